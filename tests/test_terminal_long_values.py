"""A huge value (a 200,000-character company) is cut in terminal listings, with an
ellipsis, and kept whole in --json."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import make_project, run_ajar

TODAY = {"AJAR_TODAY": "2026-11-23"}
HUGE = "Acme " + "A" * 200_000


def test_due_and_stats_cut_a_huge_value(tmp_path: Path) -> None:
    make_project(tmp_path, rejections={"r": {"company": HUGE, "role": "Dev " * 100,
                                             "date": "2026-11-20"}})
    due = run_ajar("due", cwd=tmp_path, env=TODAY)
    assert due.returncode == 0, due.stderr
    line = next(line for line in due.stdout.splitlines() if "reply" in line)
    assert "Acme AAAA" in line and "\u2026" in line
    assert len(line) < 500
    stats = run_ajar("stats", cwd=tmp_path, env=TODAY)
    assert max(len(line) for line in stats.stdout.splitlines()) < 300
    assert "Acme AAAA" in stats.stdout and "\u2026" in stats.stdout
    data = json.loads(run_ajar("stats", "--json", cwd=tmp_path, env=TODAY).stdout)
    assert HUGE in json.dumps(data, ensure_ascii=False)


def test_check_quotes_a_huge_value_briefly(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": {"name": "Jane", "email": "x" * 50_000,
                                              "linkedin": "https://" + "y" * 50_000}})
    result = run_ajar("check", cwd=tmp_path, env=TODAY)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(len(line) < 300 for line in lines), lines
    assert "bad-email" in lines[0] and "write name@example.com" in lines[0]
    assert "linkedin-url" in lines[1]


def test_a_one_line_message_keeps_its_start_and_end(tmp_path: Path) -> None:
    make_project(tmp_path)
    result = run_ajar("replied", "x" * 5000, cwd=tmp_path, env=TODAY)
    assert result.returncode == 2
    assert result.stderr.startswith("ajar: no rejection 'xxx") and "\u2026" in result.stderr
    assert result.stderr.endswith("in ledger/rejections/\n") and len(result.stderr) < 1100
