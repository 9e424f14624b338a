"""``ajar init``: a new private ledger repository, ready for `mkdocs serve`."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ajar.store.writer import write_new

STARTER = resources.files("ajar") / "starter"
# Starter file -> path in the new repository.
LAYOUT = {
    "mkdocs.yml": "mkdocs.yml",
    "gitignore": ".gitignore",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
    "docs/about.md": "docs/about.md",
    "ledger/replies/thank-you.md": "ledger/replies/thank-you.md",
    "ledger/replies/circle-back.md": "ledger/replies/circle-back.md",
    "ledger/replies/linkedin-note.md": "ledger/replies/linkedin-note.md",
}
EMPTY_FOLDERS = ("ledger/contacts", "ledger/rejections")


class InitError(Exception):
    """The folder cannot become a ledger; the message says why."""


@dataclass(frozen=True)
class Initialised:
    root: Path
    files: list[str]
    committed: bool
    note: str | None


def init_ledger(root: Path, *, name: str, email: str, commit: bool = True) -> Initialised:
    root = root.resolve()
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise InitError(f"{root} is not empty: ajar init only creates a new ledger;"
                        " pick a new folder")
    root.mkdir(parents=True, exist_ok=True)
    written = []
    for source, target in LAYOUT.items():
        text = (STARTER / source).read_text(encoding="utf-8")
        if source == "mkdocs.yml":
            text = (text.replace("__NAME__", json.dumps(name))
                    .replace("__EMAIL__", json.dumps(email))
                    .replace("__SIGNATURE__", json.dumps(name.split()[0] if name else name)))
        (root / target).parent.mkdir(parents=True, exist_ok=True)
        write_new(root / target, text)
        written.append(target)
    for folder in EMPTY_FOLDERS:
        # git keeps no empty folders; a .gitkeep makes a fresh clone build too.
        (root / folder).mkdir(parents=True, exist_ok=True)
        write_new(root / folder / ".gitkeep", "")
        written.append(f"{folder}/.gitkeep")
    if not commit:
        return Initialised(root, written, False, None)
    committed, note = _git_init(root, written)
    return Initialised(root, written, committed, note)


def _git_init(root: Path, files: list[str]) -> tuple[bool, str | None]:
    git = shutil.which("git")
    if git is None:
        return False, "git is not installed: install it and run 'git init' to keep history"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([git, *args], cwd=root, capture_output=True, text=True)

    if run("init", "-q").returncode != 0:
        return False, "git init failed"
    run("add", "--", *files)
    result = run("commit", "-q", "-m", "Start my Ajar ledger")
    if result.returncode != 0:
        who = "; ".join(result.stderr.strip().splitlines()[:1])
        return False, (f"git could not commit ({who}): set 'git config user.name' and"
                       " 'user.email', then commit")
    return True, None
