"""vCards out of Ajar and back in lose nothing: escapes decoded once and encoded
once, every ledger fact carried (UID, notes, tags, X-AJAR-...), N from a name
rule that keeps two surnames together, and the sample ledger's round trip
(export -> import into a fresh `ajar init` ledger -> export) byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from helpers import REPO, make_project, run_ajar, write

from ajar.formats.vcard_import import CardContact, CardError, read_cards
from ajar.formats.vcard_names import name_parts, structured_name
from ajar.ledger.loader import load_ledger
from ajar.ledger.source import parse_source

ENV = {"AJAR_TODAY": "2026-11-23"}


def card(*lines: str) -> CardContact:
    text = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"
    [found] = list(read_cards(text.encode("utf-8"), "t.vcf"))
    assert isinstance(found, CardContact), found
    return found


# (raw vCard value, what the ledger gets): each escape decoded exactly once.
TEXT_ESCAPES = [
    (r"Data \\ Analytics", "Data \\ Analytics"),
    (r"Files in C:\\new\\reports", "Files in C:\\new\\reports"),
    (r"a\, b\; c", "a, b; c"),
    (r"line one\nline two", "line one\nline two"),
    (r"line one\Nline two", "line one\nline two"),
    (r"ends with \\", "ends with \\"),
    (r"\\n is not a newline", "\\n is not a newline"),
]


@pytest.mark.parametrize("raw, expected", TEXT_ESCAPES)
def test_text_escapes_are_decoded_once(raw: str, expected: str) -> None:
    found = card("FN:Jane Doe", f"TITLE:{raw}", f"NOTE:{raw}", f"ORG:{raw};Dept",
                 f"CATEGORIES:{raw},other")
    one_line = " ".join(expected.split())
    assert found.fields["title"] == one_line
    assert found.note == expected + "\n"
    assert found.fields["company"] == one_line
    assert found.fields["tags"][0] == one_line


def test_structured_name_escapes() -> None:
    found = card(r"N:García López\, Jr.;María\;José;;;")
    assert found.name == "María;José García López, Jr."


@pytest.mark.parametrize("text", [
    "Data \\ Analytics", "C:\\new\\reports", "a, b; c", "two\nlines", "ends \\", "\\n",
    "Semi; Colon, Esq.", "ünïcödé ✓"])
def test_export_encodes_once_and_import_decodes_once(tmp_path: Path, text: str) -> None:
    root = make_project(tmp_path / "a", contacts={"x": ({"name": "Jane Doe", "title": " ".join(
        text.split()), "company": " ".join(text.split()), "tags": [" ".join(text.split())]},
        text + "\n")})
    exported = run_ajar("export", "vcard", cwd=root, env=ENV)
    assert exported.returncode == 0, exported.stderr
    parsed = vobject.readOne(exported.stdout)
    assert parsed.note.value == text  # vobject decodes what we encoded: once
    assert parsed.title.value == " ".join(text.split())
    [found] = list(read_cards(exported.stdout.encode(), "x.vcf"))
    assert isinstance(found, CardContact)
    assert found.note == text + "\n"
    assert found.fields["title"] == found.fields["company"] == " ".join(text.split())
    assert found.fields["tags"] == [" ".join(text.split())]


@pytest.mark.parametrize("name, family, given, prefix, suffix", [
    ("María García López", "García López", "María", "", ""),
    ("Priya Raman", "Raman", "Priya", "", ""),
    ("Cher", "", "Cher", "", ""),
    ("Dr. Jan van der Berg", "van der Berg", "Jan", "Dr.", ""),
    ("Zoë Müller-Łukasiewicz Jr. PhD", "Müller-Łukasiewicz", "Zoë", "", "Jr. PhD"),
    ("Ludwig van Beethoven", "van Beethoven", "Ludwig", "", ""),
])
def test_n_from_the_name(name: str, family: str, given: str, prefix: str, suffix: str
                         ) -> None:
    parts = name_parts(structured_name(name))
    assert (parts[0], parts[1], parts[3], parts[4]) == (family, given, prefix, suffix)


def test_a_cards_own_n_is_kept_and_exported_again(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    vcf = write(tmp_path / "in.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana María Pérez\r\n"
                "N:Pérez;Ana;María;;\r\nEND:VCARD\r\n")
    result = run_ajar("import", str(vcf), cwd=root, env=ENV)
    assert result.returncode == 0, result.stderr
    assert 'vcard_n: "Pérez;Ana;María;;"' in (root / "ledger/contacts/ana-maria-perez.md") \
        .read_text(encoding="utf-8")
    exported = run_ajar("export", "vcard", cwd=root, env=ENV).stdout
    assert "\nN:Pérez;Ana;María;;\n" in exported
    # A card whose N is what the name gives anyway adds nothing.
    vcf = write(tmp_path / "in2.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Priya Raman\r\n"
                "N:Raman;Priya;;;\r\nEND:VCARD\r\n")
    run_ajar("import", str(vcf), cwd=root, env=ENV)
    assert "vcard_n" not in (root / "ledger/contacts/priya-raman.md").read_text()


def test_a_nul_in_a_charset_is_a_problem_of_that_card() -> None:
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane\r\nFN:Jane Doe\r\n"
            b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf\x00-8:caf=C3=A9\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Next One\r\n"
            b"TITLE;ENCODING=QUOTED-PRINTABLE;CHARSET=klingon:x=41\r\nEND:VCARD\r\n")
    first, second = list(read_cards(data, "odd.vcf"))
    assert isinstance(first, CardContact) and isinstance(second, CardContact)
    assert first.note == "café\n"
    assert first.warnings == ["line 1: NOTE: unknown CHARSET 'utf\\x00-8': read as UTF-8"
                              " (check the accents of this value)"]
    assert second.fields["title"] == "xA"
    assert second.warnings[0].startswith("line 7: TITLE: unknown CHARSET 'klingon'")


def test_a_nul_in_a_charset_through_the_command(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    vcf = write(tmp_path / "odd.vcf",
                b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Jane Doe\r\n"
                b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=\x00:hi\r\nEND:VCARD\r\n")
    result = run_ajar("import", str(vcf), cwd=root, env=ENV)
    assert result.returncode == 0, result.stderr
    assert "odd.vcf#1 (Jane Doe): warning: line 1: NOTE: unknown CHARSET '\\x00'" \
        in result.stderr
    assert "Traceback" not in result.stderr
    assert (root / "ledger/contacts/jane-doe.md").exists()


def test_ajar_facts_come_back(tmp_path: Path) -> None:
    root = make_project(tmp_path / "a", contacts={"zoe-muller": ({
        "name": "Zoë Müller-Łukasiewicz Jr. PhD", "company": "Fabrikam", "title": "CTO",
        "email": "zoe@example.com", "phone": "+1 555 0100",
        "linkedin": "https://www.linkedin.com/in/zoe", "linkedin_connected": "2026-01-02",
        "tags": ["warm", "a, b; c"], "reconnect_every": "3 months",
        "next_reconnect": "2027-01-05", "do_not_contact": True,
        "log": [{"date": "2026-01-01", "kind": "reply", "note": "Thanks; see C:\\x, ok"},
                {"date": "2026-02-01", "kind": "moved"}]},
        "Notes with \\ and, commas;\n\n- a list\n")})
    exported = run_ajar("export", "vcard", cwd=root, env=ENV).stdout
    assert "UID:zoe-muller@ajar" in exported
    assert "X-AJAR-DO-NOT-CONTACT:TRUE" in exported
    assert "X-AJAR-LINKEDIN-CONNECTED:2026-01-02" in exported
    fresh = make_project(tmp_path / "b")
    vcf = write(tmp_path / "out.vcf", exported.encode())
    result = run_ajar("import", str(vcf), cwd=fresh, env=ENV)
    assert result.returncode == 0, result.stderr
    assert "created ledger/contacts/zoe-muller.md" in result.stdout  # the UID's slug
    same(root / "ledger/contacts/zoe-muller.md", fresh / "ledger/contacts/zoe-muller.md")


def same(original: Path, imported: Path) -> None:
    """Field by field, and the notes."""
    a, b = parse_source(original.read_bytes(), "a"), parse_source(imported.read_bytes(), "b")
    assert b.problems == []
    for key in sorted(set(a.data) | set(b.data)):
        assert a.data.get(key) == b.data.get(key), (original.name, key)
    assert a.body.strip() == b.body.strip(), original.name


def test_sample_ledger_round_trip(tmp_path: Path) -> None:
    first = run_ajar("export", "vcard", "-o", str(tmp_path / "first.vcf"), cwd=REPO, env=ENV)
    assert first.returncode == 0, first.stderr
    init = run_ajar("init", "fresh", "--no-git", "--name", "T", "--email", "t@example.com",
                    cwd=tmp_path, env=ENV)
    assert init.returncode == 0, init.stderr
    fresh = tmp_path / "fresh"
    imported = run_ajar("import", str(tmp_path / "first.vcf"), cwd=fresh, env=ENV)
    assert imported.returncode == 0, imported.stderr
    assert "warning" not in imported.stderr
    samples = sorted((REPO / "ledger/contacts").glob("*.md"))
    made = sorted((fresh / "ledger/contacts").glob("*.md"))
    assert [p.name for p in made] == [p.name for p in samples]  # same slugs
    for original in samples:
        same(original, fresh / "ledger/contacts" / original.name)
    rafael = load_ledger(fresh).contacts["rafael-dominguez"].meta
    assert rafael.do_not_contact is True  # still not to be contacted
    again = run_ajar("export", "vcard", "-o", str(tmp_path / "again.vcf"), cwd=fresh, env=ENV)
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again.vcf").read_bytes() == (tmp_path / "first.vcf").read_bytes()
    assert run_ajar("check", cwd=fresh, env=ENV).returncode == 0


def test_broken_cards_still_do_not_stop_the_others() -> None:
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ok\r\nEND:VCARD\r\n")
    first, second = list(read_cards(data, "x.vcf"))
    assert isinstance(first, CardError) and isinstance(second, CardContact)


def test_merge_adds_missing_tags_and_do_not_contact_in_place(tmp_path: Path) -> None:
    text = ("---\r\nname: Jane Doe  # from the onsite\r\nemail: jane@example.com\r\n"
            "company: Northwind\r\n---\r\nNotes\r\n")
    root = make_project(tmp_path / "p")
    write(root / "ledger/contacts/jane-doe.md", text)
    vcf = write(tmp_path / "in.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\n"
                "EMAIL:jane@example.com\r\nCATEGORIES:recruiter,data\r\n"
                "X-AJAR-DO-NOT-CONTACT:TRUE\r\nORG:Contoso\r\nEND:VCARD\r\n")
    result = run_ajar("import", str(vcf), cwd=root, env=ENV)
    assert result.returncode == 0, result.stderr
    assert "added do_not_contact, tags" in result.stdout
    assert "company differs: file 'Northwind', card 'Contoso' (kept the file's)" \
        in result.stdout
    after = (root / "ledger/contacts/jane-doe.md").read_bytes().decode()
    assert after.startswith(text.split("---\r\nNotes")[0])  # earlier lines untouched
    assert after.endswith("do_not_contact: true\r\ntags: [recruiter, data]\r\n---\r\nNotes\r\n")
    assert load_ledger(root).contacts["jane-doe"].meta.do_not_contact is True
