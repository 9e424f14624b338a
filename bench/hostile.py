"""The hostile-note build: the sample ledger with one contact's notes made of
100,000 '[' (an imported email body can be anything), as a ratio to the same
ledger without it. Linear-time notes keep it to a few times at most."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HOSTILE = {"brackets": "[" * 100_000, "images": "![" * 50_000, "links": "[a](" * 25_000}


def _copy_sample(root: Path, notes: str) -> Path:
    (root / "docs").mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "ledger", root / "ledger")
    if notes:
        entry = root / "ledger/contacts/priya-raman.md"
        entry.write_text(entry.read_text(encoding="utf-8") + "\n" + notes + "\n",
                         encoding="utf-8")
    return root


def _build(root: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=root, env=env,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(work: Path, env: dict[str, str], runs: int = 3) -> None:
    """Print each hostile build as a ratio to the plain sample build (best of ``runs``,
    alternating so both see the same machine load)."""
    plain = _copy_sample(work / "hostile-base", "")
    for name, notes in HOSTILE.items():
        hostile = _copy_sample(work / f"hostile-{name}", notes)
        base, bad = [], []
        for _ in range(runs):
            base.append(_build(plain, env))
            bad.append(_build(hostile, env))
        print(f"hostile  {min(bad) / min(base):6.2f}x the same ledger, one note of"
              f" {len(notes):,} chars of {notes[:4]!r}... ({min(bad):.1f}s vs {min(base):.1f}s)")
