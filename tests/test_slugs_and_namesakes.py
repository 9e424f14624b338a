"""File names from names keep every letter (Weiß -> weiss), and `ajar add contact`
does not quietly make a second file for a person the ledger already has."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import make_project, run_ajar

TODAY = {"AJAR_TODAY": "2026-11-23"}


@pytest.mark.parametrize("name, slug", [
    ("Jörg Weiß", "jorg-weiss"),
    ("Søren Ærø", "soren-aero"),
    ("Łukasz Đorđević", "lukasz-dordevic"),
    ("Þóra Œuvre", "thora-oeuvre"),
    ("Zoë Müller-Lüdenscheidt", "zoe-muller-ludenscheidt"),
])
def test_add_contact_transliterates_the_name(tmp_path: Path, name: str, slug: str) -> None:
    make_project(tmp_path)
    result = run_ajar("add", "contact", name, cwd=tmp_path, env=TODAY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"created ledger/contacts/{slug}.md")
    assert f"name: {name}" in (tmp_path / f"ledger/contacts/{slug}.md").read_text("utf-8")


def test_a_rejection_slug_keeps_the_letters(tmp_path: Path) -> None:
    make_project(tmp_path)
    result = run_ajar("add", "rejection", "--company", "Straße AG", "--role", "Ingeniør",
                      "--date", "2026-11-01", cwd=tmp_path, env=TODAY)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ledger/rejections/2026-11-01-strasse-ag-ingenior.md").exists()


def test_add_contact_refuses_a_second_file_for_the_same_name(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"crlf": "name: Crlf  Person\ncompany: Acme"})
    result = run_ajar("add", "contact", "crlf person", cwd=tmp_path, env=TODAY)
    assert result.returncode == 1
    assert result.stderr == ("ajar: ledger/contacts/crlf.md is already called 'crlf person':"
                             " add to that file, or pass --slug to add another person of the"
                             " same name\n")
    assert sorted(p.name for p in (tmp_path / "ledger/contacts").iterdir()) == ["crlf.md"]


def test_a_namesake_with_its_own_slug_is_added_with_a_warning(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"crlf": "name: Crlf Person"})
    result = run_ajar("add", "contact", "Crlf Person", "--slug", "crlf-person-globex",
                      cwd=tmp_path, env=TODAY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("created ledger/contacts/crlf-person-globex.md")
    assert result.stderr == "ajar: warning: ledger/contacts/crlf.md has the same name\n"
