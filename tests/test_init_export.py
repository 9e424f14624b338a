"""`ajar init`, `ajar export vcard` and the atomic writer."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from ajar.store.writer import WriteError, write_atomic, write_new

from helpers import make_project, run_ajar

REPO = Path(__file__).resolve().parents[1]
GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.com",
           "GIT_CONFIG_NOSYSTEM": "1", "NO_MKDOCS_2_WARNING": "1"}


def test_init_makes_a_ledger_that_checks_and_builds(tmp_path: Path) -> None:
    env = {**GIT_ENV, "HOME": str(tmp_path)}
    result = run_ajar("init", "mine", "--name", "Sam Quinn", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    root = tmp_path / "mine"
    for path in ("mkdocs.yml", ".gitignore", ".pre-commit-config.yaml", "docs/about.md",
                 "ledger/replies/thank-you.md", "ledger/replies/circle-back.md",
                 "ledger/replies/linkedin-note.md", "ledger/contacts/.gitkeep"):
        assert (root / path).is_file(), path
    assert "site/" in (root / ".gitignore").read_text().splitlines()
    assert '"Sam Quinn"' in (root / "mkdocs.yml").read_text()
    log = subprocess.run(["git", "log", "--format=%s", "--name-only"], cwd=root,
                         capture_output=True, text=True, env={**os.environ, **env})
    assert "Start my Ajar ledger" in log.stdout and "ledger/replies/thank-you.md" in log.stdout
    assert subprocess.run(["git", "status", "--porcelain"], cwd=root, capture_output=True,
                          text=True).stdout == ""
    assert run_ajar("check", cwd=root).returncode == 0
    build = subprocess.run([os.sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
                           cwd=root, capture_output=True, text=True,
                           env={**os.environ, **env})
    assert build.returncode == 0, build.stderr
    assert (root / "site" / "index.html").is_file()


def test_init_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.md").write_text("mine")
    result = run_ajar("init", "mine", "--no-git", cwd=tmp_path)
    assert result.returncode == 2
    assert "is not empty" in result.stderr and len(result.stderr.splitlines()) == 1
    assert (tmp_path / "mine" / "notes.md").read_text() == "mine"


def test_starter_templates_are_the_sample_ones() -> None:
    starter = REPO / "plugin" / "ajar" / "starter" / "ledger" / "replies"
    for name in ("thank-you.md", "circle-back.md", "linkedin-note.md"):
        assert (starter / name).read_bytes() == (REPO / "ledger" / "replies" / name).read_bytes()


def test_export_vcard_to_file_and_stdout(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": {"name": "Jane Doe", "email": "j@example.com"}})
    out = run_ajar("export", "vcard", cwd=tmp_path)
    assert out.returncode == 0 and "FN:Jane Doe" in out.stdout
    written = run_ajar("export", "vcard", "-o", "contacts.vcf", cwd=tmp_path)
    assert written.returncode == 0
    assert (tmp_path / "contacts.vcf").read_text() == out.stdout
    again = run_ajar("export", "vcard", "-o", "contacts.vcf", cwd=tmp_path)
    assert again.returncode == 0, again.stderr  # an earlier export is replaced


@pytest.mark.parametrize("kind, target, words", [
    ("ics", "ledger/contacts/jane.md", "inside the ledger"),
    ("vcard", "ledger/rejections/new.vcf", "inside the ledger"),
    ("vcard", "mkdocs.yml", "is your mkdocs.yml"),
    ("ics", "docs/about.md", "inside the site's docs folder"),
    ("ics", "notes.txt", "is not an earlier export (a calendar)"),
    ("vcard", "old.ics", "is not an earlier export (vCards)"),
])
def test_export_never_overwrites_the_ledger_or_a_stranger(tmp_path: Path, kind: str,
                                                          target: str, words: str) -> None:
    make_project(tmp_path, contacts={"jane": {"name": "Jane Doe", "email": "j@example.com"}})
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "about.md").write_text("# About\n")
    (tmp_path / "notes.txt").write_text("my notes\n")
    (tmp_path / "old.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = run_ajar("export", kind, "-o", target, cwd=tmp_path)
    assert result.returncode == 2 and words in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    if "earlier export" in words:  # a stranger may be replaced on purpose
        forced = run_ajar("export", kind, "-o", target, "--force", cwd=tmp_path)
        assert forced.returncode == 0, forced.stderr
        assert (tmp_path / target).read_text().startswith("BEGIN:VC")
    else:  # the ledger and mkdocs.yml never
        forced = run_ajar("export", kind, "-o", target, "--force", cwd=tmp_path)
        assert forced.returncode == 2
        assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_write_new_refuses_existing_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "entry.md"
    write_new(target, "first")
    with pytest.raises(WriteError):
        write_new(target, "second")
    assert target.read_text() == "first"
    write_atomic(target, b"third")
    assert target.read_text() == "third"
    assert sorted(os.listdir(tmp_path)) == ["entry.md"]
