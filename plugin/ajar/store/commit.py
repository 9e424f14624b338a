"""Commit exactly the files a command wrote (``--commit`` / ``auto_commit``).

Other changes in the working tree, staged or not, are left alone: the commit
is made with ``git commit --only -- FILES``. During a merge, rebase,
cherry-pick or revert nothing is written and nothing is committed, nor on a
detached HEAD (the commit would belong to no branch). Callers hold the ledger
lock through the commit, so ajar's own commits never meet on git's index.lock;
another git process holding it briefly is waited for.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

# git's markers of an operation in progress (found with `git rev-parse --git-path`,
# which also works in linked worktrees).
IN_PROGRESS = {
    "MERGE_HEAD": "a merge",
    "rebase-merge": "a rebase",
    "rebase-apply": "a rebase",
    "CHERRY_PICK_HEAD": "a cherry-pick",
    "REVERT_HEAD": "a revert",
}


class CommitError(Exception):
    """Cannot commit; the message says why and what to do."""


def _git() -> str:
    git = shutil.which("git")
    if git is None:
        raise CommitError("git is not installed: install it or drop --commit")
    return git


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # LC_ALL=C: git's messages are parsed below only for the first line shown.
    env = {**os.environ, "LC_ALL": "C"}
    return subprocess.run([_git(), *args], cwd=root, capture_output=True, text=True, env=env)


def worktree(root: Path) -> Path:
    """The top of the git working tree holding ``root``."""
    result = _run(root, "rev-parse", "--show-toplevel")
    if result.returncode != 0:
        raise CommitError(f"{root} is not in a git repository: run 'git init' there"
                          " or drop --commit")
    return Path(result.stdout.strip())


def check_can_commit(root: Path) -> Path:
    """Refuse during a merge, rebase, cherry-pick or revert; return the work tree."""
    top = worktree(root)
    for marker, operation in IN_PROGRESS.items():
        result = _run(top, "rev-parse", "--git-path", marker)
        if result.returncode == 0 and (top / result.stdout.strip()).exists():
            raise CommitError(f"{operation} is in progress in {top}: finish or abort it"
                              " first; nothing was written")
    if _run(top, "symbolic-ref", "-q", "HEAD").returncode != 0:
        raise CommitError(f"HEAD is detached in {top} (no branch is checked out): run"
                          " 'git switch BRANCH' first, or drop --commit; nothing was written")
    return top


def commit_files(root: Path, files: list[Path], message: str) -> str:
    """Commit ``files`` (and nothing else) with ``message``; return the short hash."""
    top = check_can_commit(root)
    paths = [str(Path(os.path.realpath(f)).relative_to(os.path.realpath(top))) for f in files]
    added = _patiently(top, "add", "--", *paths)
    if added.returncode != 0:
        raise CommitError(f"git add failed: {_first_line(added)}")
    done = _patiently(top, "commit", "--quiet", "--only", "-m", message, "--", *paths)
    if done.returncode != 0:
        raise CommitError(f"git could not commit: {_first_line(done)}")
    head = _run(top, "rev-parse", "--short", "HEAD")
    return head.stdout.strip()


def _patiently(root: Path, *args: str, tries: int = 20) -> subprocess.CompletedProcess[str]:
    """Run git, waiting a little while another git process holds index.lock."""
    for attempt in range(tries):
        result = _run(root, *args)
        if result.returncode == 0 or "index.lock" not in result.stderr:
            return result
        time.sleep(min(0.05 * 2 ** attempt, 1.0))
    return result


def _first_line(result: subprocess.CompletedProcess[str]) -> str:
    for line in (result.stderr + "\n" + result.stdout).splitlines():
        if line.strip():
            return line.strip()
    return f"exit status {result.returncode}"
