"""Insights and the pattern alert, and `ajar stats` in the terminal."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from ajar.rules.insights import insights, pattern_alert
from ajar.ledger.loader import load_ledger
from ajar.config.settings import Settings

from helpers import REPO, make_project, run_ajar

TODAY = dt.date(2026, 11, 23)


def rejections(*specs: tuple[str, str]) -> dict[str, dict[str, str]]:
    """(date, stage) pairs as rejection front matter."""
    return {f"r{i}": {"company": f"Co {i % 2}", "role": "Engineer", "date": date, "stage": stage}
            for i, (date, stage) in enumerate(specs)}


@pytest.mark.parametrize("specs, active, words", [
    ([("2026-10-01", "final-round")] * 2, False, "keep doing what got you this far"),
    ([("2026-10-01", "final-round")] * 3, True, "you keep reaching the last round"),
    # 2026-05-23 is the first day of a 6-month window ending 2026-11-23.
    ([("2026-05-23", "final-round")] * 3, True, "last round"),
    ([("2026-05-22", "final-round")] * 3, False, "keep doing"),
    ([("2026-09-01", "applied")] * 12, True, "that makes a dozen"),
    ([("2026-09-01", "applied")] * 11, False, "keep doing"),
    ([("2026-12-01", "final-round")] * 3, False, "keep doing"),  # after today
])
def test_pattern_alert(tmp_path: Path, specs: list[tuple[str, str]], active: bool,
                       words: str) -> None:
    make_project(tmp_path, rejections=rejections(*specs))
    alert = pattern_alert(load_ledger(tmp_path), Settings(), TODAY)
    assert alert.active is active
    assert words in alert.message


def test_thresholds_come_from_settings(tmp_path: Path) -> None:
    make_project(tmp_path, rejections=rejections(("2026-11-01", "interview")))
    settings = Settings.from_mapping({"pattern": {"window": "4 weeks", "rejections": 1}})
    assert pattern_alert(load_ledger(tmp_path), settings, TODAY).active
    settings = Settings.from_mapping({"pattern": {"window": "2 weeks", "rejections": 1}})
    assert not pattern_alert(load_ledger(tmp_path), settings, TODAY).active


def test_counts_rate_and_delay(tmp_path: Path) -> None:
    make_project(tmp_path, rejections={
        "a": {"company": "Acme", "role": "R", "date": "2026-01-10", "stage": "interview",
              "replied": "2026-01-11", "reason": "Went internal"},
        "b": {"company": "Acme", "role": "R", "date": "2026-03-05", "replied": "2026-03-08"},
        "c": {"company": "Bolt", "role": "R", "date": "2026-03-20", "reason": "Went internal"},
        "d": {"company": "Bolt", "role": "R", "date": "2026-03-21", "no_reply": True},
    })
    data = insights(load_ledger(tmp_path), Settings(), TODAY)
    assert data.total == 4
    assert data.by_stage["interview"] == 1 and data.by_stage["unknown"] == 3
    assert data.by_month == {"2026-01": 1, "2026-02": 0, "2026-03": 3}
    assert data.by_reason == [("no reason given", 2), ("Went internal", 2)] or \
        sorted(data.by_reason) == [("Went internal", 2), ("no reason given", 2)]
    assert data.by_company == [("Acme", 2), ("Bolt", 2)]
    assert (data.replied, data.reply_owed, data.no_reply) == (2, 1, 1)
    assert data.reply_rate == pytest.approx(2 / 3)
    assert data.median_reply_days == 2.0


def test_stats_cli(tmp_path: Path) -> None:
    make_project(tmp_path, rejections=rejections(*[("2026-10-01", "final-round")] * 3))
    result = run_ajar("stats", cwd=tmp_path, env={"AJAR_TODAY": "2026-11-23"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("3 rejections; replied 0 (0%), 3 owed")
    assert "you keep reaching the last round" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when piped
    data = json.loads(run_ajar("stats", "--json", cwd=tmp_path,
                               env={"AJAR_TODAY": "2026-11-23"}).stdout)
    assert data["today"] == "2026-11-23" and data["total"] == 3
    assert {"label": "final-round", "count": 3} in data["by_stage"]
    assert data["pattern"]["active"] is True


STATS_GOLDEN = REPO / "tests" / "golden" / "stats.json"


def test_stats_json_golden_on_the_sample_ledger() -> None:
    """The documented shape (docs/guide.md): regenerate with AJAR_UPDATE_GOLDEN=1
    and review the diff."""
    result = run_ajar("stats", "--json", cwd=REPO, env={"AJAR_TODAY": "2026-11-23"})
    assert result.returncode == 0, result.stderr
    if os.environ.get("AJAR_UPDATE_GOLDEN"):
        STATS_GOLDEN.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == STATS_GOLDEN.read_text(encoding="utf-8")
    data = json.loads(result.stdout)
    assert list(data) == ["today", "total", "replied", "reply_owed", "no_reply",
                          "reply_rate", "median_reply_days", "by_stage", "by_month",
                          "by_reason", "by_company", "pattern"]
    for key in ("by_stage", "by_month", "by_reason", "by_company"):
        assert all(list(row) == ["label", "count"] and isinstance(row["label"], str)
                   and isinstance(row["count"], int) for row in data[key]), key
        assert sum(row["count"] for row in data[key]) == data["total"], key
    counts = [row["count"] for row in data["by_company"]]
    assert counts == sorted(counts, reverse=True)


def test_stats_and_check_count_in_the_right_number(tmp_path: Path) -> None:
    make_project(tmp_path, rejections=rejections(("2026-10-01", "applied")))
    stats = run_ajar("stats", cwd=tmp_path, env={"AJAR_TODAY": "2026-11-23"})
    assert stats.stdout.startswith("1 rejection; replied 0 (0%)"), stats.stdout
    assert "1 rejection since 2026-05-23: keep doing" in stats.stdout
    check = run_ajar("check", cwd=tmp_path, env={"AJAR_TODAY": "2026-11-23"})
    assert "1 rejection, " in check.stderr, check.stderr


def test_companies_are_counted_without_case_as_on_the_companies_page(tmp_path: Path) -> None:
    make_project(tmp_path, rejections={
        "a": {"company": "ACME", "role": "Dev", "date": "2026-10-01"},
        "b": {"company": "acme ", "role": "Ops", "date": "2026-10-02"},
        "c": {"company": "Bolt", "role": "Dev", "date": "2026-10-03"}})
    data = insights(load_ledger(tmp_path), Settings(), TODAY)
    assert len(data.by_company) == 2 and data.by_company[0][1] == 2
    assert data.by_company[0][0].casefold() == "acme" and data.by_company[1] == ("Bolt", 1)
