"""The reconnect rules added with company files, case by case, on real ledger files:
the snooze-only contact, a faulty neighbour, a move, the radar, a LinkedIn connect
without a profile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import make_project

from ajar.config.project import load_project
from ajar.ledger.loader import load_ledger
from ajar.rules.schedule import describe, last_touch, schedule

TODAY = dt.date(2026, 6, 15)
# (kind, due, contact, rejection, company, basis, faulty files)
Row = tuple[str, str, "str | None", "str | None", "str | None", str, tuple[str, ...]]

CONNECTED = {"linkedin_connected": "2026-01-01"}
BAD = "ledger/rejections/bad.md"


def rows(root: Path) -> list[Row]:
    project = load_project(explicit=root / "mkdocs.yml")
    ledger = load_ledger(project.root, project.settings.ledger_dir, today=TODAY)
    return [(i.kind, i.due.isoformat(), i.contact, i.rejection, i.company, i.basis, i.faulty)
            for i in schedule(ledger, project.settings, TODAY)]


CASES: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any], list[Row]]] = [
    ("a snooze alone schedules a reconnect (no rejection, no log)",
     {"dana": {"name": "Dana Kim", "next_reconnect": "2026-07-06"}}, {}, {},
     [("reconnect", "2026-07-06", "dana", None, None, "next_reconnect", ())]),
    ("a snooze alone in the past is overdue, and do_not_contact still wins",
     {"dana": {"name": "Dana Kim", "next_reconnect": "2026-06-01"},
      "quiet": {"name": "Quiet", "next_reconnect": "2026-06-01", "do_not_contact": True}},
     {}, {},
     [("reconnect", "2026-06-01", "dana", None, None, "next_reconnect", ())]),
    ("a faulty rejection still counts for its contact, with a warning",
     {"ann": {"name": "Ann", "company": "Acme", **CONNECTED}},
     {"bad": "company: Acme\nrole: Analyst\ndate: 2026-03-01\ncontact: ann\n"
             "stage: screeening\nreplied: 2026-03-02"}, {},
     [("reconnect", "2026-06-01", "ann", "bad", "acme", "first_after", (BAD,))]),
    ("a faulty rejection without replied still owes its reply",
     {"ann": {"name": "Ann", **CONNECTED}},
     {"bad": "company: Acme\nrole: Analyst\ndate: 2026-06-14\ncontact: ann\nstage: 3"}, {},
     [("reply", "2026-06-16", "ann", "bad", None, "reply_within", (BAD,)),
      ("reconnect", "2026-09-14", "ann", "bad", None, "first_after", (BAD,))]),
    ("a faulty rejection's no_reply is still respected",
     {}, {"bad": "company: Acme\nrole: X\ndate: 2026-06-14\nno_reply: true\nemail: [x"}, {},
     []),
    ("a faulty neighbour: only the contact it names leans on it",
     {"ann": {"name": "Ann", **CONNECTED}, "bob": {"name": "Bob", **CONNECTED}},
     {"bad": "company: Acme\nrole: X\ndate: 2026-05-01\ncontact: ann\nreplied: 2026-05-01\n"
             "stage: nope",
      "good": {"company": "Acme", "role": "Y", "date": "2026-04-01", "contact": ["ann", "bob"],
               "replied": "2026-04-01"}}, {},
     [("reconnect", "2026-07-01", "bob", "good", "acme", "first_after", ()),
      ("reconnect", "2026-08-01", "ann", "bad", "acme", "first_after", (BAD,))]),
    ("a rejection naming an unknown contact still counts for the known one",
     {"ann": {"name": "Ann", **CONNECTED}},
     {"bad": {"company": "Acme", "role": "X", "date": "2026-05-01", "contact": ["ann", "ghost"],
              "replied": "2026-05-01"}}, {},
     [("reconnect", "2026-08-01", "ann", "bad", None, "first_after", (BAD,))]),
    ("a faulty rejection without a valid date counts for nothing",
     {"ann": {"name": "Ann", **CONNECTED}},
     {"bad": "company: Acme\nrole: X\ndate: 2026-02-30\ncontact: ann"}, {}, []),
    ("moved: the reconnect comes forward to two weeks after the move",
     {"lee": {"name": "Lee", **CONNECTED, "log": [
         {"date": "2026-04-01", "kind": "reconnect"},
         {"date": "2026-06-10", "kind": "moved", "note": "now at Lima"}]}},
     {"r": {"company": "Kilo", "role": "X", "date": "2026-03-01", "contact": "lee",
            "replied": "2026-03-01"}}, {},
     [("reconnect", "2026-06-24", "lee", "r", "kilo", "moved", ())]),
    ("moved, then a reconnect: the cadence runs from the reconnect",
     {"lee": {"name": "Lee", **CONNECTED, "log": [
         {"date": "2026-05-01", "kind": "moved"},
         {"date": "2026-05-10", "kind": "reconnect", "note": "congratulated"}]}}, {}, {},
     [("reconnect", "2026-11-10", "lee", None, None, "cadence", ())]),
    ("moved before a later rejection: the rejection's rule",
     {"lee": {"name": "Lee", **CONNECTED, "log": [{"date": "2026-01-01", "kind": "moved"}]}},
     {"r": {"company": "Kilo", "role": "X", "date": "2026-03-01", "contact": "lee",
            "replied": "2026-03-01"}}, {},
     [("reconnect", "2026-06-01", "lee", "r", "kilo", "first_after", ())]),
    ("moved, but next_reconnect is set: the plan wins",
     {"lee": {"name": "Lee", **CONNECTED, "next_reconnect": "2026-09-01",
              "log": [{"date": "2026-06-10", "kind": "moved"}]}}, {}, {},
     [("reconnect", "2026-09-01", "lee", None, None, "next_reconnect", ())]),
    ("moved, with a cadence shorter than two weeks: the cadence",
     {"lee": {"name": "Lee", **CONNECTED, "reconnect_every": "1 week",
              "log": [{"date": "2026-06-10", "kind": "moved"}]}}, {}, {},
     [("reconnect", "2026-06-17", "lee", None, None, "cadence", ())]),
    ("LinkedIn connect without a profile: find it (due with the reply)",
     {"ann": {"name": "Ann"}},
     {"r": {"company": "Acme", "role": "X", "date": "2026-06-14", "contact": "ann",
            "replied": "2026-06-14"}}, {},
     [("linkedin", "2026-06-16", "ann", "r", "acme", "reply_within", ()),
      ("reconnect", "2026-09-14", "ann", "r", "acme", "first_after", ())]),
    ("radar: next_check wins",
     {}, {}, {"acme": {"name": "Acme", "radar": True, "next_check": "2026-07-01",
                       "log": [{"date": "2026-06-01", "kind": "check"}]}},
     [("radar", "2026-07-01", None, None, "acme", "next_check", ())]),
    ("radar: check_every after the latest check (other log kinds do not count)",
     {}, {"r": {"company": "ACME", "role": "X", "date": "2026-06-10", "replied": "2026-06-10"}},
     {"acme": {"name": "Acme", "radar": True, "check_every": "1 month",
               "log": [{"date": "2026-05-20", "kind": "check"},
                       {"date": "2026-04-01", "kind": "check"},
                       {"date": "2026-06-01", "kind": "other"}]}},
     [("radar", "2026-06-20", None, None, "acme", "check_every", ())]),
    ("radar without checks: after the company's latest rejection (matched without case)",
     {}, {"old": {"company": "acme", "role": "X", "date": "2026-01-10", "replied": "2026-01-10"},
          "new": {"company": "ACME ", "role": "Y", "date": "2026-02-10",
                  "replied": "2026-02-10"}},
     {"acme-corp": {"name": "Acme", "radar": True}},
     [("radar", "2026-05-10", None, "new", "acme-corp", "check_every", ())]),
    ("radar without checks or rejections: from today",
     {}, {}, {"acme": {"name": "Acme", "radar": True, "check_every": "2 weeks"}},
     [("radar", "2026-06-29", None, None, "acme", "check_every", ())]),
    ("no radar, no item: a company file may be only a note",
     {}, {}, {"acme": {"name": "Acme", "careers": "https://acme.example/jobs"}}, []),
    ("radar after a faulty rejection: counted, with a warning",
     {}, {"bad": "company: Acme\nrole: X\ndate: 2026-05-01\nreplied: 2026-05-01\nstage: 7"},
     {"acme": {"name": "Acme", "radar": True}},
     [("radar", "2026-08-01", None, "bad", "acme", "check_every", (BAD,))]),
]


@pytest.mark.parametrize("contacts, rejections, companies, expected",
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_rules(tmp_path: Path, contacts: dict[str, Any], rejections: dict[str, Any],
               companies: dict[str, Any], expected: list[Row]) -> None:
    root = make_project(tmp_path, contacts=contacts, rejections=rejections,
                        companies=companies)
    assert rows(root) == expected


def test_company_slugs_on_every_item(tmp_path: Path) -> None:
    """A company file's slug, else one made from the name; the contact's company for
    their items, the rejection's for a reply."""
    root = make_project(tmp_path, contacts={
        "ann": {"name": "Ann", "company": "Tailspin Toys", **CONNECTED}},
        rejections={"r": {"company": "Wide World Importers", "role": "X", "date": "2026-06-14",
                          "contact": "ann"}},
        companies={"tt": {"name": "tailspin  toys"}})
    assert [(k, c) for k, _, _, _, c, _, _ in rows(root)] == [
        ("reply", "wide-world-importers"), ("reconnect", "tt")]


def test_last_touch_counts_replies_and_connections(tmp_path: Path) -> None:
    root = make_project(tmp_path, contacts={
        "ann": {"name": "Ann", "linkedin_connected": "2026-05-03",
                "log": [{"date": "2026-04-01", "kind": "meeting"},
                        {"date": "2026-06-01", "kind": "moved"}]},
        "bob": {"name": "Bob"}},
        rejections={"r": {"company": "Acme", "role": "X", "date": "2026-05-01",
                          "contact": ["ann", "bob"], "replied": "2026-05-02"}})
    project = load_project(explicit=root / "mkdocs.yml")
    ledger = load_ledger(project.root, project.settings.ledger_dir)
    ann, bob = last_touch(ledger, ledger.contacts["ann"]), last_touch(ledger, ledger.contacts["bob"])
    assert (ann.date.isoformat(), ann.kind) == ("2026-05-03", "connected")  # moved is news
    assert (bob.date.isoformat(), bob.kind) == ("2026-05-02", "replied")


def test_descriptions_of_the_new_items(tmp_path: Path) -> None:
    root = make_project(tmp_path, contacts={"ann": {"name": "Ann"}},
                        rejections={"r": {"company": "Acme", "role": "X", "date": "2026-06-14",
                                          "contact": "ann", "replied": "2026-06-14"}},
                        companies={"acme": {"name": "Acme", "radar": True,
                                            "careers": "https://acme.example/jobs"}})
    project = load_project(explicit=root / "mkdocs.yml")
    ledger = load_ledger(project.root, project.settings.ledger_dir)
    items = {i.kind: i for i in schedule(ledger, project.settings, TODAY)}
    find = describe(ledger, items["linkedin"])
    assert (find.action, find.who) == ("find on LinkedIn", "Ann (Acme)")
    radar = describe(ledger, items["radar"])
    assert (radar.action, radar.who) == ("check openings", "Acme")
    assert radar.why == ("3 months after the last rejection on 2026-06-14;"
                         " https://acme.example/jobs")
