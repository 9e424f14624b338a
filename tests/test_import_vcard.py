"""`ajar import FILE.vcf`: contacts from vCard 2.1, 3.0 and 4.0 exports, and merging
into an existing contact that changes only the lines it must."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ajar.ledger.loader import load_ledger
from helpers import make_project, run_ajar

VCARD = Path(__file__).parent / "fixtures" / "vcard"
ENV = {"AJAR_TODAY": "2026-11-23"}
JANE = ("name: Jane Doe   # met at the onsite\ncompany: Northwind\ntitle: 'Recruiter'\n"
        "email: jane.doe@northwind.example.com\nx-custom: keep me",
        "Notes  \r\nkept as they are\n")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p", contacts={"jane-doe": JANE})


def ajar(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_ajar(*args, cwd=root, env=ENV, input="")


def contacts(root: Path):  # noqa: ANN201
    found = load_ledger(root, "ledger")
    assert not found.problems, [p.format() for p in found.problems]
    return found.contacts


def assert_clean(root: Path) -> None:
    result = ajar(root, "check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_vcard_2_1_quoted_printable_and_charset(project: Path) -> None:
    result = ajar(project, "import", str(VCARD / "outlook-2.1.vcf"))
    assert result.returncode == 0, result.stderr
    found = contacts(project)
    jurgen = found["jurgen-muller"]
    meta = jurgen.meta
    assert (meta.name, meta.company, meta.title) == ("Jürgen Müller", "Grünwald Logistik",
                                                     "Talent Partner")
    assert meta.email == "juergen.mueller@gruenwald.example.org"
    assert meta.phone == "+49 30 5550 1234"
    # QP soft line break joined, ISO-8859-1 decoded, commas and semicolons kept
    assert jurgen.body == "Sehr freundlich, nett; Grüße aus München.\nSecond line of the note.\n"
    chidi = found["chidi-okafor"].meta
    assert chidi.linkedin is None  # http:// is not taken: only https LinkedIn addresses
    assert "created ledger/contacts/jurgen-muller.md" in result.stdout
    assert_clean(project)


def test_vcard_3_0_apple_and_broken_cards(project: Path) -> None:
    result = ajar(project, "import", str(VCARD / "apple-3.0.vcf"))
    assert result.returncode == 1
    found = contacts(project)
    astrid = found["astrid-lindqvist"]
    meta = astrid.meta
    assert (meta.name, meta.company, meta.title) == ("Astrid Lindqvist", "Nordlys Software",
                                                     "Engineering Manager")
    assert meta.email == "astrid@nordlys.example.com" and meta.phone == "+46 70 555 01 23"
    assert meta.linkedin == "https://www.linkedin.com/in/astrid-lindqvist-example"
    assert meta.tags == ["recruiting", "nordics"]
    assert astrid.body == "Met at DataConf 2026, very kind. Said to reach out in spring.\n"
    # the two broken cards: one error line each, no traceback, nothing written for them
    errors = [line for line in result.stderr.splitlines() if "apple-3.0.vcf#" in line]
    assert len(errors) == 2, result.stderr
    assert "no name" in errors[0] and "TEL;TYPE=CELL" in errors[1]
    assert "Traceback" not in result.stderr
    assert set(found) == {"jane-doe", "astrid-lindqvist"}
    assert_clean(project)


def test_vcard_4_0(project: Path) -> None:
    result = ajar(project, "import", str(VCARD / "v4.vcf"))
    assert result.returncode == 0, result.stderr
    ana = contacts(project)["ana-lima"]
    assert (ana.meta.name, ana.meta.company, ana.meta.title) == ("Ana Lima", "Initech",
                                                                 "Head of Talent")
    assert ana.meta.phone == "+1-555-0100"
    assert ana.meta.linkedin == "https://www.linkedin.com/in/ana-lima-example"
    assert ana.meta.tags == ["recruiter", "fintech"]
    assert ana.body == "Prefers email.\n"
    assert_clean(project)


def test_merge_adds_missing_fields_and_reports_conflicts(project: Path) -> None:
    path = project / "ledger/contacts/jane-doe.md"
    before = path.read_bytes()
    result = ajar(project, "import", str(VCARD / "merge.vcf"))
    assert result.returncode == 0, result.stderr
    assert "jane-doe.md: title differs: file 'Recruiter', card 'Head of Talent'" \
        " (kept the file's)" in result.stdout
    assert "updated ledger/contacts/jane-doe.md: added phone" in result.stdout
    after = path.read_bytes()
    # one line added after the last key; every other byte as it was
    assert after == before.replace(b"x-custom: keep me\n",
                                   b"x-custom: keep me\nphone: \"+1 555 0199\"\n")
    found = contacts(project)
    assert set(found) == {"jane-doe"}  # the email matched (case aside): no new contact
    assert found["jane-doe"].meta.title == "Recruiter"
    assert found["jane-doe"].meta.linkedin is None  # the card's javascript: URL is ignored
    again = ajar(project, "import", str(VCARD / "merge.vcf"))
    assert again.returncode == 0 and "unchanged ledger/contacts/jane-doe.md" in again.stdout
    assert path.read_bytes() == after
    assert_clean(project)


def test_same_name_without_email_match_gets_a_new_slug(project: Path, tmp_path: Path) -> None:
    card = tmp_path / "other.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Jane Doe\nEMAIL:jane@other.example.org\n"
                    "END:VCARD\n")
    result = ajar(project, "import", str(card))
    assert result.returncode == 0, result.stderr
    found = contacts(project)
    assert found["jane-doe-2"].meta.email == "jane@other.example.org"
    assert found["jane-doe"].meta.email == "jane.doe@northwind.example.com"
    assert_clean(project)
