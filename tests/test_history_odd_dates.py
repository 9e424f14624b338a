"""Commits whose date git cannot give as a real date (a year past 9999, a zone
such as +051800: possible in hand-made commit objects) are left out of the
history with an info line; the build and the rest of the history go on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ajar.history import read_history
from gitrepo import Repo, isolate_git
from helpers import MINIMAL_MKDOCS, build_site, entry, make_project

ODD = ["253402300800 +0000", "1700000000 +051800", "1700000000 +9999"]


@pytest.fixture(autouse=True)
def clean_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch, tmp_path)


def odd_repo(top: Path) -> Repo:
    """A ledger whose newest commits were written by hand with odd dates."""
    make_project(top, mkdocs=MINIMAL_MKDOCS, contacts={"jane-doe": {"name": "Jane Doe"}})
    repo = Repo(top)
    repo.commit("Start", dt.datetime(2026, 11, 1, 9, tzinfo=dt.timezone.utc))
    for number, stamp in enumerate(ODD):
        (top / "ledger/contacts/jane-doe.md").write_text(
            entry({"name": "Jane Doe", "title": f"v{number}"}), encoding="utf-8")
        repo.git("add", "-A")
        tree = repo.git("write-tree")
        parent = repo.git("rev-parse", "HEAD")
        raw = (f"tree {tree}\nparent {parent}\nauthor Odd <odd@example.com> {stamp}\n"
               f"committer Odd <odd@example.com> {stamp}\n\nOdd date {stamp}\n")
        sha = repo.git("hash-object", "-t", "commit", "--literally", "-w", "--stdin",
                       input=raw)
        repo.git("update-ref", "refs/heads/main", sha)
    return repo


def test_commits_with_unreadable_dates_are_left_out_with_a_line_each(tmp_path: Path) -> None:
    odd_repo(tmp_path / "p")
    history = read_history(tmp_path / "p", "ledger")
    assert history.available
    assert [c.subject for c in history.commits] == ["Start"]
    assert len(history.skipped) == 3
    assert all("left out of the history" in line for line in history.skipped)


def test_the_build_goes_on_and_says_which_commits_it_left_out(tmp_path: Path) -> None:
    odd_repo(tmp_path / "p")
    result = build_site(tmp_path / "p", "--strict", env={"AJAR_TODAY": "2026-11-23"})
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("left out of the history") == 3
    assert "Invalid isoformat" not in result.stderr
