"""Nothing is skipped without a word: every path in a kind folder that is not
read as an entry is named (a warning), unreadable folders are errors, and a
symbolic link leading out of the ledger is never read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ajar.ledger.loader import load_ledger
from helpers import build_site, entry, make_project, run_ajar, write

ENV = {"AJAR_TODAY": "2026-11-23"}
JANE = {"name": "Jane Doe"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p", contacts={"jane-doe": JANE})


def _problems(root: Path) -> dict[str, tuple[str, str]]:
    ledger = load_ledger(root, "ledger")
    return {p.path: (p.severity, p.code) for p in ledger.problems}


def test_paths_that_look_like_entries_are_named(project: Path) -> None:
    contacts = project / "ledger/contacts"
    write(contacts / "UPPER.MD", entry({"name": "Upper Case"}))
    write(contacts / "notes.markdown", entry({"name": "Long Extension"}))
    (contacts / "x.md").mkdir()
    (contacts / "archive").mkdir()
    (contacts / "gone.md").symlink_to(contacts / "nowhere.md")
    problems = _problems(project)
    for name in ("UPPER.MD", "notes.markdown", "x.md", "archive", "gone.md"):
        assert problems[f"ledger/contacts/{name}"] == ("warning", "skipped"), problems
    result = run_ajar("check", cwd=project, env=ENV)
    assert "ledger/contacts/UPPER.MD: warning[skipped]: not read: only files ending in" \
        " .md (lowercase) are entries; rename it to UPPER.md" in result.stdout
    assert "broken symbolic link" in result.stdout
    assert result.returncode == 0  # warnings: the rest of the ledger is fine


def test_hidden_temporary_lock_and_attachment_files_are_ignored_quietly(
        project: Path) -> None:
    contacts = project / "ledger/contacts"
    for name in (".jane-doe.md.a1b2c3.tmp", ".gitkeep", "~jane-doe.md", "photo.png",
                 "cv.pdf"):
        write(contacts / name, "x")
    write(project / "ledger/.ajar.lock", "")
    ledger = load_ledger(project, "ledger")
    assert ledger.problems == []
    assert list(ledger.contacts) == ["jane-doe"]


def test_an_unreadable_folder_is_an_error_not_an_empty_ledger(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_scandir = os.scandir
    blocked = str(project / "ledger/contacts")

    def scandir(path: object = ".") -> object:
        if str(path) == blocked:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    ledger = load_ledger(project, "ledger")
    assert [(p.path, p.severity, p.code) for p in ledger.problems] == [
        ("ledger/contacts", "error", "unreadable")]
    assert "Permission denied" in ledger.problems[0].message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_folder_fails_ajar_check(project: Path) -> None:
    folder = project / "ledger/contacts"
    folder.chmod(0)
    try:
        result = run_ajar("check", cwd=project, env=ENV)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1
    assert "ledger/contacts: error[unreadable]" in result.stdout


def test_a_kind_that_is_a_file_is_an_error(project: Path) -> None:
    (project / "ledger/rejections").rmdir()
    write(project / "ledger/rejections", "oops")
    result = run_ajar("check", cwd=project, env=ENV)
    assert result.returncode == 1
    assert "ledger/rejections: error[unreadable]" in result.stdout


def test_a_symlink_leading_out_of_the_ledger_is_never_read_or_published(
        project: Path, tmp_path: Path) -> None:
    secret = write(tmp_path / "secret.md", entry({"name": "Secret Person"}))
    (project / "ledger/contacts/secret.md").symlink_to(secret)
    inside = project / "ledger/contacts/alias.md"
    inside.symlink_to("jane-doe.md")
    ledger = load_ledger(project, "ledger")
    assert "secret" not in ledger.contacts and "secret" in ledger.broken["contacts"]
    assert ledger.contacts["alias"].meta.name == "Jane Doe"  # inside: followed
    check = run_ajar("check", cwd=project, env=ENV)
    assert "ledger/contacts/secret.md: error[symlink-outside]" in check.stdout
    build = build_site(project, env=ENV)
    assert build.returncode == 0, build.stderr
    assert "symlink-outside" in build.stderr
    published = [p for p in (project / "site").rglob("*")
                 if p.is_file() and b"Secret Person" in p.read_bytes()]
    assert published == []
