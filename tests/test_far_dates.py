"""The last day a date can hold: commands answer instead of overflowing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import REPO, run_ajar


@pytest.mark.parametrize("args", [("due",), ("due", "--json"), ("due", "--within", "3 months"),
                                  ("stats",), ("check",)])
def test_the_last_representable_day_is_handled(tmp_path: Path, args: tuple[str, ...]) -> None:
    root = tmp_path / "sample"
    shutil.copytree(REPO / "ledger", root / "ledger")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    result = run_ajar(*args, cwd=root, env={"AJAR_TODAY": "9999-12-31"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
