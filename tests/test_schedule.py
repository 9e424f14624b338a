"""The reconnect rules of DESIGN.md, case by case, on real ledger files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import MINIMAL_MKDOCS, make_project

from ajar.ledger.dates import Duration
from ajar.ledger.ledger import Ledger
from ajar.ledger.loader import load_ledger
from ajar.ledger.models import ContactMeta, Entry, RejectionMeta
from ajar.config.project import load_project
from ajar.rules.schedule import (Item, describe, due_within, group, group_title, schedule,
                           when_phrase)
from ajar.config.settings import Settings

TODAY = dt.date(2026, 6, 15)
D = dt.date.fromisoformat
Row = tuple[str, str, bool, "str | None", "str | None"]


def load(root: Path) -> tuple[Ledger, Settings]:
    project = load_project(explicit=root / "mkdocs.yml")
    ledger = load_ledger(project.root, project.settings.ledger_dir)
    assert ledger.problems == []
    return ledger, project.settings


def rows(items: list[Item]) -> list[Row]:
    return [(i.kind, i.due.isoformat(), i.overdue, i.contact, i.rejection) for i in items]


def rej(date: str, contact: Any = None, **more: Any) -> dict[str, Any]:
    """A rejection that has been replied to unless told otherwise."""
    data: dict[str, Any] = {"company": "Northwind", "role": "Data Engineer", "date": date}
    if contact is not None:
        data["contact"] = contact
    data.setdefault("replied", date)
    data.update(more)
    return {k: v for k, v in data.items() if v is not None}


# Already connected on LinkedIn: the cases about reconnects get no LinkedIn item.
JANE = {"name": "Jane Doe", "company": "Northwind", "linkedin_connected": "2025-01-01"}
LINKEDIN = "https://www.linkedin.com/in/jane"
# Not connected yet: a LinkedIn connect is owed once there is a rejection.
JANE_TO_CONNECT = {"name": "Jane Doe", "company": "Northwind", "linkedin": LINKEDIN}

CASES: list[tuple[str, dict[str, Any], dict[str, Any], list[Row]]] = [
    ("first reconnect after a rejection",
     {"jane": JANE}, {"r": rej("2026-01-10", "jane")},
     [("reconnect", "2026-04-10", True, "jane", "r")]),
    ("cadence after a log entry later than the rejection",
     {"jane": {**JANE, "log": [{"date": "2026-02-01", "kind": "reply"}]}},
     {"r": rej("2026-01-10", "jane")},
     [("reconnect", "2026-08-01", False, "jane", "r")]),
    ("a log entry on the rejection's day counts as on or after it",
     {"jane": {**JANE, "log": [{"date": "2026-01-10", "kind": "reply"}]}},
     {"r": rej("2026-01-10", "jane")},
     [("reconnect", "2026-07-10", False, "jane", "r")]),
    ("a log entry before the rejection does not count",
     {"jane": {**JANE, "log": [{"date": "2025-12-01", "kind": "meeting"}]}},
     {"r": rej("2026-01-10", "jane")},
     [("reconnect", "2026-04-10", True, "jane", "r")]),
    ("the latest log entry counts, whatever the order in the file",
     {"jane": {**JANE, "log": [{"date": "2026-03-01", "kind": "reconnect"},
                               {"date": "2026-02-01", "kind": "other"}]}},
     {"r": rej("2026-01-10", "jane")},
     [("reconnect", "2026-09-01", False, "jane", "r")]),
    ("per-contact cadence; due today is not overdue",
     {"jane": {**JANE, "reconnect_every": "2 weeks",
               "log": [{"date": "2026-06-01", "kind": "reconnect"}]}},
     {"r": rej("2026-01-10", "jane")},
     [("reconnect", "2026-06-15", False, "jane", "r")]),
    ("due yesterday is overdue",
     {"jane": {**JANE, "reconnect_every": "2 weeks",
               "log": [{"date": "2026-05-31", "kind": "reconnect"}]}},
     {},
     [("reconnect", "2026-06-14", True, "jane", None)]),
    ("a log entry alone schedules a reconnect with no rejection",
     {"jane": {**JANE, "log": [{"date": "2025-12-01", "kind": "meeting"}]}}, {},
     [("reconnect", "2026-06-01", True, "jane", None)]),
    ("a contact with neither rejection nor log gets nothing",
     {"jane": JANE_TO_CONNECT}, {}, []),
    ("snooze: next_reconnect wins, even over a later log entry",
     {"jane": {**JANE, "next_reconnect": "2026-09-01",
               "log": [{"date": "2026-06-10", "kind": "reconnect"}]}},
     {"r": rej("2026-01-10", "jane")},
     [("reconnect", "2026-09-01", False, "jane", "r")]),
    ("a snooze date in the past is overdue",
     {"jane": {**JANE, "next_reconnect": "2026-06-01"}}, {"r": rej("2026-06-10", "jane")},
     [("reconnect", "2026-06-01", True, "jane", "r")]),
    ("do_not_contact silences everything for that person",
     {"jane": {**JANE_TO_CONNECT, "do_not_contact": True,
               "log": [{"date": "2026-01-01", "kind": "meeting"}]}},
     {"r": rej("2026-06-14", "jane", replied=None)}, []),
    ("a reply to several contacts names the first who may be contacted",
     {"ann": {"name": "Ann", "do_not_contact": True}, "bob": {"name": "Bob"},
      "cy": {"name": "Cy"}},
     {"r": rej("2026-06-14", ["ann", "bob", "cy"], replied=None)},
     [("reply", "2026-06-16", False, "bob", "r"),
      ("linkedin", "2026-06-16", False, "bob", "r"),
      ("linkedin", "2026-06-16", False, "cy", "r"),
      ("reconnect", "2026-09-14", False, "bob", "r"),
      ("reconnect", "2026-09-14", False, "cy", "r")]),
    ("a rejection with no contact owes a reply to nobody in particular",
     {}, {"r": rej("2026-06-14", replied=None)},
     [("reply", "2026-06-16", False, None, "r")]),
    ("replied: no reply owed",
     {}, {"r": rej("2026-06-14", replied="2026-06-14")}, []),
    ("no_reply: no reply owed",
     {}, {"r": rej("2026-06-14", replied=None, no_reply=True)}, []),
    ("no_reply: false still owes one",
     {}, {"r": rej("2026-06-10", replied=None, no_reply=False)},
     [("reply", "2026-06-12", True, None, "r")]),
    ("the latest of several rejections counts",
     {"jane": JANE_TO_CONNECT},
     {"old": rej("2025-01-01", "jane"), "new": rej("2026-03-01", "jane"),
      "mid": rej("2025-06-01", "jane")},
     [("linkedin", "2026-03-03", True, "jane", "new"),
      ("reconnect", "2026-06-01", True, "jane", "new")]),
    ("rejections on the same day: the greater slug is the latest",
     {"jane": JANE}, {"b": rej("2026-03-01", "jane"), "a": rej("2026-03-01", "jane")},
     [("reconnect", "2026-06-01", True, "jane", "b")]),
    ("LinkedIn connect due with the reply; gone once connected",
     {"jane": JANE_TO_CONNECT,
      "bob": {"name": "Bob", "linkedin": "https://www.linkedin.com/in/bob",
              "linkedin_connected": "2026-06-14"}},
     {"r": rej("2026-06-14", ["jane", "bob"], replied=None)},
     [("reply", "2026-06-16", False, "jane", "r"),
      ("linkedin", "2026-06-16", False, "jane", "r"),
      ("reconnect", "2026-09-14", False, "bob", "r"),
      ("reconnect", "2026-09-14", False, "jane", "r")]),
    ("LinkedIn connect needs a rejection",
     {"jane": {**JANE_TO_CONNECT,
               "log": [{"date": "2026-06-01", "kind": "meeting"}]}}, {},
     [("reconnect", "2026-12-01", False, "jane", None)]),
    ("month end: 2026-08-31 + 3 months = 2026-11-30",
     {"jane": JANE}, {"r": rej("2026-08-31", "jane")},
     [("reconnect", "2026-11-30", False, "jane", "r")]),
    ("leap year: 2027-11-29 + 3 months = 2028-02-29",
     {"jane": JANE}, {"r": rej("2027-11-29", "jane")},
     [("reconnect", "2028-02-29", False, "jane", "r")]),
    ("leap day: 2024-02-29 + 1 year = 2025-02-28",
     {"jane": {**JANE, "reconnect_every": "1 year",
               "log": [{"date": "2024-02-29", "kind": "reconnect"}]}}, {},
     [("reconnect", "2025-02-28", True, "jane", None)]),
]


@pytest.mark.parametrize("contacts, rejections, expected",
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_rules(tmp_path: Path, contacts: dict[str, Any], rejections: dict[str, Any],
               expected: list[Row]) -> None:
    ledger, settings = load(make_project(tmp_path, contacts=contacts, rejections=rejections))
    assert rows(schedule(ledger, settings, TODAY)) == expected


def test_settings_change_the_durations(tmp_path: Path) -> None:
    mkdocs = MINIMAL_MKDOCS.replace(
        "  - ajar\n", "  - ajar:\n      reply_within: 1 week\n"
        "      reconnect: {first_after: 1 year, every: 2 months}\n")
    ledger, settings = load(make_project(
        tmp_path, mkdocs=mkdocs,
        contacts={"jane": JANE, "bob": {"name": "Bob",
                                        "log": [{"date": "2026-05-31", "kind": "meeting"}]}},
        rejections={"r": rej("2026-06-10", "jane", replied=None)}))
    assert rows(schedule(ledger, settings, TODAY)) == [
        ("reply", "2026-06-17", False, "jane", "r"),
        ("reconnect", "2026-07-31", False, "bob", None),
        ("reconnect", "2027-06-10", False, "jane", "r"),
    ]


def test_sorted_overdue_first_then_date_then_kind_then_slug(tmp_path: Path) -> None:
    ledger, settings = load(make_project(
        tmp_path,
        contacts={"zed": {"name": "Zed", "linkedin": LINKEDIN},
                  "amy": {"name": "Amy", "linkedin": LINKEDIN}},
        rejections={"r-zed": rej("2026-06-14", "zed", replied=None),
                    "r-amy": rej("2026-06-14", "amy", replied=None),
                    "r-old": rej("2026-06-01", replied=None)}))
    assert rows(schedule(ledger, settings, TODAY)) == [
        ("reply", "2026-06-03", True, None, "r-old"),
        ("reply", "2026-06-16", False, "amy", "r-amy"),
        ("reply", "2026-06-16", False, "zed", "r-zed"),
        ("linkedin", "2026-06-16", False, "amy", "r-amy"),
        ("linkedin", "2026-06-16", False, "zed", "r-zed"),
        ("reconnect", "2026-09-14", False, "amy", "r-amy"),
        ("reconnect", "2026-09-14", False, "zed", "r-zed"),
    ]


def item(due: str, slug: str = "x") -> Item:
    """A snoozed reconnect due on ``due``."""
    return Item("reconnect", D(due), D(due) < TODAY, slug, None, "next_reconnect")


def test_due_within_is_inclusive() -> None:
    items = [item("2026-01-01"), item("2026-06-22"), item("2026-06-23")]
    assert due_within(items, TODAY, Duration(7, "day")) == items[:2]
    assert due_within(items, TODAY, Duration(0, "day")) == items[:1]
    assert due_within(items, D("2026-06-21"), Duration(1, "day")) == items[:2]


def test_due_within_counts_calendar_months() -> None:
    items = [item("2026-11-30"), item("2026-12-01")]
    assert due_within(items, D("2026-08-31"), Duration(3, "month")) == items[:1]


def test_groups() -> None:
    items = [item(d, slug=d) for d in ("2027-01-05", "2026-06-10", "2026-06-22", "2026-06-23",
                                       "2026-06-30", "2026-07-01", "2026-07-31", "2026-06-15")]
    groups = group(items, TODAY)
    assert [(g.key, g.title, [i.due.isoformat() for i in g.items]) for g in groups] == [
        ("overdue", "Overdue", ["2026-06-10"]),
        ("this-week", "This week", ["2026-06-15", "2026-06-22"]),
        ("this-month", "This month", ["2026-06-23", "2026-06-30"]),
        ("2026-07", "July 2026", ["2026-07-01", "2026-07-31"]),
        ("2027-01", "January 2027", ["2027-01-05"]),
    ]


def test_this_week_may_run_into_next_month() -> None:
    today = D("2026-06-28")
    groups = group([item("2026-07-05"), item("2026-07-06")], today)
    assert [g.key for g in groups] == ["this-week", "2026-07"]
    assert group([], today) == []
    assert group_title("2026-12") == "December 2026"


def test_descriptions(tmp_path: Path) -> None:
    ledger, settings = load(make_project(
        tmp_path,
        contacts={"jane": {**JANE, "log": [{"date": "2026-05-01", "kind": "meeting",
                                            "note": "coffee"}]},
                  "moved": {"name": "Mo", "company": "Contoso"}},
        rejections={"r": rej("2026-04-01", "jane", stage="final-round"),
                    "m": rej("2026-06-13", "moved", replied=None, company="Fabrikam"),
                    "anon": rej("2026-06-14", replied=None, role="Analyst")}))
    got = {(i.kind, i.slug): i for i in schedule(ledger, settings, TODAY)}
    jane = describe(ledger, got["reconnect", "jane"])
    assert (jane.action, jane.who) == ("reconnect", "Jane Doe (Northwind)")
    assert jane.why == "Data Engineer, final-round, rejected 2026-04-01; last touch 2026-05-01"
    assert got["reconnect", "jane"].reason == "6 months after the last touch on 2026-05-01"
    reply = describe(ledger, got["reply", "m"])
    assert (reply.who, reply.why) == ("Mo (Contoso)",
                                      "Data Engineer at Fabrikam, rejected 2026-06-13")
    assert got["reply", "m"].reason == "2 days after the rejection on 2026-06-13"
    anon = describe(ledger, got["reply", "anon"])
    assert (anon.action, anon.who, anon.why) == ("reply", "Northwind",
                                                 "Analyst, rejected 2026-06-14")


def test_when_phrase() -> None:
    assert [when_phrase(D(d), TODAY) for d in
            ("2026-06-12", "2026-06-14", "2026-06-15", "2026-06-16", "2026-06-20")] == [
        "3 days overdue", "1 day overdue", "today", "tomorrow", "in 5 days"]


def test_json_shape() -> None:
    assert item("2026-06-14").as_json() == {
        "kind": "reconnect", "due": "2026-06-14", "overdue": True, "contact": "x",
        "rejection": None, "company": None, "warning": None, "problems": []}
    # DESIGN.md's keys in its order, then what tells of files with errors.
    assert list(item("2026-06-14").as_json()) == ["kind", "due", "overdue", "contact",
                                                  "rejection", "company", "warning",
                                                  "problems"]


def test_large_ledger_schedules_everyone(tmp_path: Path) -> None:
    """10,000 rejections and 5,000 contacts (speed is measured by bench/run.py)."""
    ledger = Ledger(root=tmp_path, ledger_dir=tmp_path / "ledger")
    start = D("2020-01-01")
    for n in range(5_000):
        log = [{"date": start + dt.timedelta(days=n % 900), "kind": "reply"}] if n % 2 else []
        meta = ContactMeta.model_validate(
            {"name": f"Person {n}", "linkedin": LINKEDIN if n % 3 else None, "log": log})
        ledger.contacts[f"c{n}"] = Entry(f"c{n}", f"ledger/contacts/c{n}.md", meta)
    for n in range(10_000):
        rejection = RejectionMeta.model_validate(
            {"company": "Co", "role": "Role", "date": start + dt.timedelta(days=n % 1500),
             "contact": f"c{n % 5_000}", "replied": None if n % 4 else start})
        ledger.rejections[f"r{n}"] = Entry(f"r{n}", f"ledger/rejections/r{n}.md", rejection)
    items = schedule(ledger, Settings.from_mapping({}), TODAY)
    assert len([i for i in items if i.kind == "reconnect"]) == 5_000
    assert len([i for i in items if i.kind == "reply"]) == 7_500
