"""Writes under concurrency and faults: parallel writers, kills mid-write,
parallel commits, symbolic links. Nothing that said "recorded" may be missing,
and no temporary file may outlive the next run."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ajar.ledger.loader import load_ledger
from helpers import REPO, run_ajar

ENV = {"AJAR_TODAY": "2026-11-23"}
SLUG = "priya-raman"
ENTRY = Path("ledger/contacts/priya-raman.md")


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A copy of the sample ledger (the real one, as in the issue's report)."""
    root = tmp_path / "sample"
    root.mkdir()
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "ledger", root / "ledger")
    shutil.copy(REPO / "plugin/ajar/starter/gitignore", root / ".gitignore")  # as ajar init
    (root / "docs").mkdir()
    return root


def _ajar_command() -> list[str]:
    script = Path(sys.executable).parent / "ajar"
    return [str(script)] if script.exists() else [sys.executable, "-m", "ajar"]


def _start(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([*_ajar_command(), *args], cwd=root, text=True,
                            env={**os.environ, **ENV, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _notes(root: Path) -> list[str]:
    contact = load_ledger(root, "ledger").contacts[SLUG]
    return [item.note or "" for item in contact.meta.log]


def _temporaries(root: Path) -> list[Path]:
    return [p for p in (root / "ledger").rglob("*") if p.name.endswith(".tmp")]


def test_parallel_writers_lose_nothing(sample: Path) -> None:
    recorded: list[str] = []
    for round_ in range(3):
        writers = {f"n-{round_}-{i}": _start(sample, "reconnected", SLUG, "--note",
                                              f"n-{round_}-{i}")
                   for i in range(16)}
        for note, process in writers.items():
            out, err = process.communicate(timeout=120)
            if process.returncode == 0:
                assert "recorded: reconnect" in out
                recorded.append(note)
            else:  # allowed only as one clear line, never silently
                assert err.startswith("ajar: ") and len(err.splitlines()) == 1, err
    notes = _notes(sample)
    missing = [note for note in recorded if note not in notes]
    assert not missing, f"{len(missing)} of {len(recorded)} recorded notes are missing"
    assert len(recorded) == 48  # the lock waits: every writer gets its turn
    assert not _temporaries(sample)
    check = run_ajar("check", cwd=sample, env=ENV)
    assert check.returncode == 0, check.stdout + check.stderr


_SLOW_WRITER = """
import os, sys
from pathlib import Path
from ajar.store import writer

real_fsync = os.fsync
def fsync_then_wait(fd):
    real_fsync(fd)
    print("writing", flush=True)
    sys.stdin.read()  # until the test kills us
writer.os.fsync = fsync_then_wait
writer.write_atomic(Path(sys.argv[1]), b"---\\nname: Half Written\\n---\\n")
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_a_write_killed_midway_leaves_no_temporary_file_after_the_next_run(
        sample: Path, signum: int) -> None:
    entry = sample / ENTRY
    before = entry.read_bytes()
    process = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(entry)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline() == "writing\n"
    assert len(_temporaries(sample)) == 1  # the temporary file is there, mid-write
    process.send_signal(signum)
    process.wait(timeout=30)
    assert process.returncode != 0
    assert entry.read_bytes() == before  # the old file, whole
    if signum != signal.SIGKILL:  # the process removed its own temporary file
        assert not _temporaries(sample)
    listed = run_ajar("check", cwd=sample, env=ENV)  # the loader ignores it
    assert listed.returncode == 0, listed.stdout + listed.stderr
    done = run_ajar("reconnected", SLUG, "--note", "after the kill", cwd=sample, env=ENV)
    assert done.returncode == 0, done.stderr
    assert not _temporaries(sample)
    assert "after the kill" in _notes(sample)


def test_real_writers_killed_at_random_leave_the_ledger_whole(sample: Path) -> None:
    chance = random.Random(14)
    for i in range(12):
        process = _start(sample, "reconnected", SLUG, "--note", f"k-{i}")
        time.sleep(chance.uniform(0.0, 0.6))
        process.send_signal(signal.SIGTERM if i % 2 else signal.SIGKILL)
        process.communicate(timeout=60)
    done = run_ajar("reconnected", SLUG, "--note", "survivor", cwd=sample, env=ENV)
    assert done.returncode == 0, done.stderr
    assert not _temporaries(sample)
    assert "survivor" in _notes(sample)
    check = run_ajar("check", cwd=sample, env=ENV)
    assert check.returncode == 0, check.stdout + check.stderr


# ------------------------------------------------------------------ git


@pytest.fixture
def git_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {**ENV, "HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CEILING_DIRECTORIES": str(tmp_path),
            "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.com",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.com"}


def _git(root: Path, env: dict[str, str], *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, env={**os.environ, **env},
                          capture_output=True, text=True, check=True).stdout


@pytest.fixture
def repo(sample: Path, git_env: dict[str, str]) -> Path:
    _git(sample, git_env, "init", "-q", "-b", "main")
    _git(sample, git_env, "add", "-A")
    _git(sample, git_env, "commit", "-q", "-m", "start")
    return sample


def test_parallel_commits_all_land(repo: Path, git_env: dict[str, str]) -> None:
    contacts = sorted(p.stem for p in (repo / "ledger/contacts").glob("*.md"))[:8]
    writers = [_start(repo, "reconnected", slug, "--note", f"c-{i}", "--commit", env=git_env)
               for i, slug in enumerate(contacts)]
    for process in writers:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "committed " in out
    log = _git(repo, git_env, "log", "--format=%s").splitlines()
    assert len(log) == 1 + len(contacts)
    assert _git(repo, git_env, "status", "--porcelain") == ""


def test_commit_on_a_detached_head_is_refused_before_writing(
        repo: Path, git_env: dict[str, str]) -> None:
    _git(repo, git_env, "checkout", "-q", "--detach")
    before = (repo / ENTRY).read_bytes()
    result = run_ajar("reconnected", SLUG, "--note", "x", "--commit", cwd=repo, env=git_env)
    assert result.returncode == 1
    assert result.stderr.startswith("ajar: HEAD is detached"), result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert (repo / ENTRY).read_bytes() == before


# ------------------------------------------------------------------ symbolic links


def test_a_symlinked_entry_inside_the_ledger_is_edited_in_place(sample: Path) -> None:
    real = sample / "ledger" / "people" / "priya.md"
    real.parent.mkdir()
    (sample / ENTRY).rename(real)
    (sample / ENTRY).symlink_to(Path("..") / "people" / "priya.md")
    done = run_ajar("reconnected", SLUG, "--note", "through the link", cwd=sample, env=ENV)
    assert done.returncode == 0, done.stderr
    assert (sample / ENTRY).is_symlink()  # the link stays a link
    assert "through the link" in real.read_text(encoding="utf-8")


def test_a_symlinked_entry_outside_the_ledger_is_a_problem_and_never_written(
        sample: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.md"
    (sample / ENTRY).rename(outside)
    (sample / ENTRY).symlink_to(outside)
    before = outside.read_bytes()
    check = run_ajar("check", cwd=sample, env=ENV)
    assert check.returncode == 1
    assert f"{ENTRY.as_posix()}:" in check.stdout and "outside the ledger" in check.stdout
    done = run_ajar("reconnected", SLUG, "--note", "x", cwd=sample, env=ENV)
    assert done.returncode == 1, done.stdout + done.stderr
    assert outside.read_bytes() == before
    assert (sample / ENTRY).is_symlink()
