"""A card that matches an existing contact: one line says what happened to the file,
and the card's note fills in a file without notes (an empty body is a missing field)."""

from __future__ import annotations

from pathlib import Path

from helpers import make_project, run_ajar, write

TODAY = {"AJAR_TODAY": "2026-11-23"}


def card(*lines: str) -> bytes:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""]).encode()


def test_one_line_per_card_and_the_note_fills_an_empty_body(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"ann-lee": "name: Ann Lee\nemail: ann@example.com"})
    write(tmp_path / "one.vcf", card("FN:Ann Lee", "EMAIL:ann@example.com", "TITLE:Recruiter",
                                     "NOTE:Met at the fair.\\nLikes tea."))
    first = run_ajar("import", "one.vcf", cwd=tmp_path, env=TODAY)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        "updated ledger/contacts/ann-lee.md: added title, notes (one.vcf#1 (Ann Lee))"]
    assert (tmp_path / "ledger/contacts/ann-lee.md").read_text("utf-8") == (
        "---\nname: Ann Lee\nemail: ann@example.com\ntitle: Recruiter\n---\n"
        "Met at the fair.\nLikes tea.\n")
    again = run_ajar("import", "one.vcf", cwd=tmp_path, env=TODAY)
    assert again.stdout.splitlines() == [
        "unchanged ledger/contacts/ann-lee.md (one.vcf#1 (Ann Lee))", "nothing new to import"]
    check = run_ajar("check", cwd=tmp_path, env=TODAY)
    assert check.returncode == 0 and check.stdout == ""


def test_notes_of_its_own_are_kept_and_the_difference_said(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"ann-lee": ("name: Ann Lee\nemail: ann@example.com",
                                                 "My own notes.\n")})
    before = (tmp_path / "ledger/contacts/ann-lee.md").read_bytes()
    write(tmp_path / "one.vcf", card("FN:Ann Lee", "EMAIL:ann@example.com", "NOTE:Theirs."))
    result = run_ajar("import", "one.vcf", cwd=tmp_path, env=TODAY)
    assert result.stdout.splitlines() == [
        "unchanged ledger/contacts/ann-lee.md (one.vcf#1 (Ann Lee))",
        "ledger/contacts/ann-lee.md: notes differ: the file has notes of its own (kept the"
        " file's)",
        "nothing new to import"]
    assert (tmp_path / "ledger/contacts/ann-lee.md").read_bytes() == before


def test_a_blank_body_with_crlf_line_endings_is_filled_in_the_same_style(tmp_path: Path
                                                                          ) -> None:
    make_project(tmp_path)
    write(tmp_path / "ledger/contacts/ann.md",
          b"---\r\nname: Ann Lee\r\nemail: ann@example.com\r\n---\r\n\r\n")
    write(tmp_path / "one.vcf", card("FN:Ann Lee", "EMAIL:ann@example.com", "NOTE:A\\nB"))
    result = run_ajar("import", "one.vcf", cwd=tmp_path, env=TODAY)
    assert result.stdout.splitlines() == [
        "updated ledger/contacts/ann.md: added notes (one.vcf#1 (Ann Lee))"]
    assert (tmp_path / "ledger/contacts/ann.md").read_bytes() == (
        b"---\r\nname: Ann Lee\r\nemail: ann@example.com\r\n---\r\nA\r\nB\r\n")


def test_a_uid_that_names_another_slug_is_said_on_the_same_line(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"ann-lee": "name: Ann Lee\nemail: ann@example.com"})
    write(tmp_path / "one.vcf", card("FN:Ann Lee", "EMAIL:ann@example.com", "TITLE:Recruiter",
                                     "UID:annie@ajar"))
    result = run_ajar("import", "one.vcf", cwd=tmp_path, env=TODAY)
    assert result.stdout.splitlines() == [
        "updated ledger/contacts/ann-lee.md: added title (one.vcf#1 (Ann Lee); its UID names"
        " 'annie', matched by email instead)"]
