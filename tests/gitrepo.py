"""Scratch git repositories with scripted, dated commits, isolated from this machine."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from helpers import write


def isolate_git(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Git sees no config of this machine, and no repository above ``folder``."""
    home = folder / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(folder))
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_CONFIG_GLOBAL",
                 "GIT_PYTHON_GIT_EXECUTABLE"):
        monkeypatch.delenv(name, raising=False)


class Repo:
    """A scratch git repository driven by the git command."""

    def __init__(self, top: Path, init: bool = True) -> None:
        self.top = top
        top.mkdir(parents=True, exist_ok=True)
        if init:
            self.git("init", "-q", "-b", "main")

    def git(self, *args: str, env: dict[str, str] | None = None, input: str | None = None
            ) -> str:
        done = subprocess.run(["git", *args], cwd=self.top, env={**os.environ, **(env or {})},
                              input=input, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    def write(self, path: str, text: str) -> None:
        write(self.top / path, text)

    def commit(self, subject: str, when: dt.datetime, author: str = "Alex Example",
               *paths: str) -> str:
        """Commit everything (or only ``paths``) as ``author`` at ``when``."""
        self.git("add", "-A", *(["--", *paths] if paths else []))
        stamp = when.isoformat()
        self.git("commit", "-q", "-m", subject, env={
            "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp,
            "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "alex@example.com",
            "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": "alex@example.com"})
        return self.git("rev-parse", "HEAD")

    def short(self, sha: str) -> str:
        return self.git("rev-parse", "--short", sha)
