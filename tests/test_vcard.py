"""contacts.vcf: every contact as a vCard that address books read back."""

from __future__ import annotations

import os
import re
from pathlib import Path

import vobject

from ajar.ledger.loader import load_ledger
from ajar.formats.vcard_export import build_vcards

from helpers import make_project, run_ajar

GOLDEN = Path(__file__).parent / "golden" / "contacts.vcf"


def small_ledger(root: Path) -> Path:
    return make_project(root, contacts={
        "jane-doe": {"name": "Jane Doe", "company": "Northwind", "title": "Recruiter",
                     "email": "jane@example.com", "phone": "+1 555 0100",
                     "linkedin": "https://www.linkedin.com/in/jane-example",
                     "tags": ["recruiter", "data"]},
        "cher": {"name": "Cher"},
        "odd": {"name": "Semi; Colon, Esq.", "company": "A, B; C\nD"},
    })


def test_golden(tmp_path: Path) -> None:
    data = build_vcards(load_ledger(small_ledger(tmp_path)))
    if os.environ.get("AJAR_REGENERATE_GOLDEN"):
        GOLDEN.write_bytes(data)
    assert data == GOLDEN.read_bytes()


def test_cards_read_back(tmp_path: Path) -> None:
    cards = list(vobject.readComponents(build_vcards(load_ledger(small_ledger(tmp_path)))
                                        .decode()))
    assert [c.uid.value for c in cards] == ["cher@ajar", "jane-doe@ajar", "odd@ajar"]
    jane = cards[1]
    assert jane.fn.value == "Jane Doe"
    assert (jane.n.value.given, jane.n.value.family) == ("Jane", "Doe")
    assert jane.org.value == ["Northwind"]
    assert jane.email.value == "jane@example.com"
    assert jane.url.value == "https://www.linkedin.com/in/jane-example"
    assert jane.categories.value == ["recruiter", "data"]
    odd = cards[2]
    assert odd.fn.value == "Semi; Colon, Esq."  # escaped on the way out, intact on the way in
    assert odd.org.value == ["A, B; C\nD"]
    assert cards[0].n.value.given == "Cher"


def test_export_drops_control_characters(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"eve": (
        {"name": "Eve\x1b[31m Red\x07", "company": "Acme\x0c Inc", "tags": ["a\x1bb"],
         "log": [{"date": "2026-01-02", "kind": "reconnect", "note": "hi\x1bthere"}]},
        "Met at\x0b the fair.\n")})
    result = run_ajar("export", "vcard", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", text.replace("\r\n", "\n"))
    assert "FN:Eve[31m Red" in text and "ORG:Acme Inc" in text and "Met at the fair." in text
