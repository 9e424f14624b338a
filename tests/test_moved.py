"""The `moved` log kind: news that brings the reconnect forward (DESIGN.md: "at
most two weeks after the move, unless next_reconnect is set")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import make_project, run_ajar

from ajar.config.project import load_project
from ajar.ledger.loader import load_ledger
from ajar.rules.schedule import describe, schedule

TODAY = dt.date(2026, 6, 15)
JANE = {"name": "Jane Doe", "company": "Contoso"}
REJECTION = {"company": "Northwind", "role": "Data Engineer", "date": "2026-01-10",
             "contact": "jane", "replied": "2026-01-11"}


def moved(date: str) -> dict[str, str]:
    return {"date": date, "kind": "moved", "note": "Now Head of Data at Contoso (was ...)"}


CASES: list[tuple[str, list[dict[str, Any]], dict[str, Any], str, str]] = [
    ("a move brings the cadence forward",
     [{"date": "2026-02-01", "kind": "reply"}, moved("2026-05-01")], {}, "2026-05-15", "moved"),
    ("a move with nothing else: two weeks, not the six-month cadence",
     [moved("2026-06-10")], {}, "2026-06-24", "moved"),
    ("a reconnect after the move has answered it",
     [moved("2026-05-01"), {"date": "2026-05-20", "kind": "reconnect"}], {},
     "2026-11-20", "cadence"),
    ("a reconnect on the day of the move answers it too",
     [moved("2026-05-01"), {"date": "2026-05-01", "kind": "reconnect"}], {},
     "2026-11-01", "cadence"),
    ("next_reconnect wins over the move",
     [moved("2026-05-01")], {"next_reconnect": "2026-09-01"}, "2026-09-01", "next_reconnect"),
    ("a rule that is already sooner stays",
     [moved("2026-04-05")], {"reconnect_every": "1 week"}, "2026-04-12", "cadence"),
    ("the latest move counts",
     [moved("2026-03-01"), {"date": "2026-03-02", "kind": "meeting"}, moved("2026-06-01")], {},
     "2026-06-15", "moved"),
]


@pytest.mark.parametrize("log, more, due, basis", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_moved_rule(tmp_path: Path, log: list[dict[str, Any]], more: dict[str, Any],
                    due: str, basis: str) -> None:
    make_project(tmp_path, contacts={"jane": {**JANE, "log": log, **more}},
                 rejections={"r": REJECTION})
    project = load_project(explicit=tmp_path / "mkdocs.yml")
    ledger = load_ledger(project.root)
    assert ledger.problems == []
    [item] = [i for i in schedule(ledger, project.settings, TODAY) if i.kind == "reconnect"]
    assert (item.due.isoformat(), item.basis) == (due, basis)


def test_moved_is_explained(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": {**JANE, "log": [moved("2026-06-10")]}},
                 rejections={"r": REJECTION})
    project = load_project(explicit=tmp_path / "mkdocs.yml")
    ledger = load_ledger(project.root)
    [item] = [i for i in schedule(ledger, project.settings, TODAY) if i.kind == "reconnect"]
    assert item.reason == "2 weeks after they moved on 2026-06-10"
    assert describe(ledger, item).why == \
        "Data Engineer at Northwind, rejected 2026-01-10; moved 2026-06-10"
    result = run_ajar("due", "--within", "2 weeks", cwd=tmp_path,
                      env={"AJAR_TODAY": TODAY.isoformat()})
    assert result.returncode == 0, result.stderr
    assert "2026-06-24" in result.stdout and "moved 2026-06-10" in result.stdout


def test_do_not_contact_still_wins(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": {**JANE, "do_not_contact": True,
                                              "log": [moved("2026-06-10")]}},
                 rejections={"r": REJECTION})
    project = load_project(explicit=tmp_path / "mkdocs.yml")
    assert schedule(load_ledger(project.root), project.settings, TODAY) == []


def test_contact_page_and_timeline_say_who_moved(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from htmltree import parse

    note = "Now Head of Data at Contoso (was Engineering Manager at Northwind)"
    make_project(tmp_path, contacts={
        "jane": {**JANE, "log": [{"date": "2026-06-10", "kind": "moved", "note": note}]},
        "bob": {"name": "Bob", "log": [{"date": "2026-06-01", "kind": "reply"}]}},
        rejections={"r": REJECTION})
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "AJAR_TODAY": TODAY.isoformat(),
           "GIT_CEILING_DIRECTORIES": str(tmp_path.parent)}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    contact = parse((site / "contacts/jane/index.html").read_text(encoding="utf-8"))
    [moved_fact] = contact.cls("ajar-moved")
    assert " ".join(moved_fact.text.split()) == f"10 Jun 2026: {note}"
    assert not parse((site / "contacts/bob/index.html").read_text(encoding="utf-8")) \
        .cls("ajar-moved")
    timeline = parse((site / "timeline/index.html").read_text(encoding="utf-8"))
    [row] = [li for li in timeline.find_all(lambda n: n.tag == "li" and "data-kind" in n.attrs)
             if li.attrs.get("data-contact") == "jane" and li.attrs["data-kind"] == "reconnect"]
    assert row.attrs["data-due"] == "2026-06-24"
    assert note in row.cls("ajar-tl-moved")[0].text
    assert "due 2 weeks after they moved on 2026-06-10" in row.text
    [event] = timeline.find_all(lambda n: n.attrs.get("data-event") == "moved")
    assert "Moved" in event.text and note in event.text
