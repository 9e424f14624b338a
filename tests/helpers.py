"""Small helpers to write real ledger folders and run the real `ajar` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

MINIMAL_MKDOCS = "site_name: Test ledger\ntheme:\n  name: material\nplugins:\n  - ajar\n"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def entry(front_matter: dict[str, Any] | str, body: str = "") -> str:
    """A Markdown file with YAML front matter (given as a mapping or as text)."""
    if not isinstance(front_matter, str):
        front_matter = yaml.safe_dump(front_matter, sort_keys=False, allow_unicode=True)
    return f"---\n{front_matter.rstrip()}\n---\n{body}"


def make_project(root: Path, *, mkdocs: str = MINIMAL_MKDOCS,
                 contacts: dict[str, Any] | None = None,
                 rejections: dict[str, Any] | None = None,
                 replies: dict[str, Any] | None = None) -> Path:
    """Write mkdocs.yml, an empty docs/ and ledger/{contacts,rejections,replies}/<slug>.md.

    Each value is a front matter mapping, front matter text, or a
    (front matter, body) pair.
    """
    write(root / "mkdocs.yml", mkdocs)
    (root / "docs").mkdir(parents=True, exist_ok=True)  # MkDocs requires docs_dir
    for kind, entries in (("contacts", contacts), ("rejections", rejections),
                          ("replies", replies)):
        (root / "ledger" / kind).mkdir(parents=True, exist_ok=True)
        for slug, value in (entries or {}).items():
            fm, body = value if isinstance(value, tuple) else (value, "")
            write(root / "ledger" / kind / f"{slug}.md", entry(fm, body))
    return root


def run_ajar(*args: str, cwd: Path, env: dict[str, str] | None = None,
             input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `ajar` command as a user would."""
    full_env = {**os.environ, **(env or {})}
    script = Path(sys.executable).parent / "ajar"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "ajar"]
    return subprocess.run([*command, *args], cwd=cwd, env=full_env,
                          input=input, capture_output=True, text=True, timeout=120)


def run_mkdocs(*args: str, cwd: Path, env: dict[str, str] | None = None,
           timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run `python -m mkdocs ARGS` in ``cwd`` as a user would (output captured)."""
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def build_site(root: Path, *args: str, env: dict[str, str] | None = None,
               timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`mkdocs build ARGS` in the project at ``root`` (output in ``root/site`` unless
    ``-d`` says otherwise)."""
    return run_mkdocs("build", *args, cwd=root, env=env, timeout=timeout)
