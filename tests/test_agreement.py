"""One schedule, four views: `ajar due --json`, the dashboard's lists, the
timeline page and `reconnect.ics` must agree with each other and with
`schedule.schedule()`, for several ledgers and several days (month ends, a year
end and a leap day among them). Each (ledger, today) is built once, for real."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers import make_project, run_ajar
from icalendar import Calendar
from test_timeline_page import (CONTACTS, REJECTIONS, Node, article_of, build, is_overdue,
                                item_key as item_key4, sample_replies, schedule_items)

from ajar.rules.check import load_checked
from ajar.config.project import load_project
from ajar.rules.schedule import schedule

REPO = Path(__file__).resolve().parents[1]

# Month ends, the clamp of "N months" to a shorter month, a year end, a leap day.
MONTH_END_CONTACTS: dict[str, Any] = {
    "ann": {"name": "Ann Avery", "company": "Alpha", "reconnect_every": "3 months",
            "log": [{"date": "2027-11-30", "kind": "reconnect"}]},  # next: 2028-02-29
    "ben": {"name": "Ben Brook", "company": "Beta",
            "linkedin": "https://www.linkedin.com/in/ben"},
    "cat": {"name": "Cat Cole", "next_reconnect": "2028-03-01"},
    "dan": {"name": "Dan Dale", "company": "Delta"},
    "eve": {"name": "Eve East", "reconnect_every": "1 month",
            "log": [{"date": "2026-01-31", "kind": "other"}]},  # next: 2026-02-28
    "fay": {"name": "Fay Ford", "company": "Foxtrot",
            "linkedin": "https://www.linkedin.com/in/fay"},
    "gus": {"name": "Gus Gray", "company": "Golf", "do_not_contact": True,
            "linkedin": "https://www.linkedin.com/in/gus"},
    "hal": {"name": "Hal Hunt", "company": "Hotel", "linkedin": "https://www.linkedin.com/in/hal",
            "log": [{"date": "2026-11-30", "kind": "meeting"}]},
}
MONTH_END_REJECTIONS: dict[str, Any] = {
    # reply due 2027-12-01, reconnect 2028-02-29 (Nov 29 + 3 months), LinkedIn
    "2027-11-29-beta-analyst": {"company": "Beta", "role": "Analyst", "date": "2027-11-29",
                                "contact": "ben", "stage": "interview"},
    # replied; reconnect 2026-11-30 (Aug 31 + 3 months, clamped)
    "2026-08-31-delta-engineer": {"company": "Delta", "role": "Engineer", "date": "2026-08-31",
                                  "contact": "dan", "replied": "2026-09-01"},
    # reply due 2027-01-02 (over the year end), reconnect 2027-03-31, LinkedIn
    "2026-12-31-foxtrot-lead": {"company": "Foxtrot", "role": "Lead", "date": "2026-12-31",
                                "contact": "fay", "stage": "final-round"},
    # reply due 2028-02-29 (the leap day itself); nobody to write to
    "2028-02-27-india-intern": {"company": "India", "role": "Intern", "date": "2028-02-27"},
    # reply due 2026-01-01, no contact
    "2025-12-30-juliet-analyst": {"company": "Juliet", "role": "Analyst", "date": "2025-12-30",
                                  "stage": "applied"},
    # do_not_contact: no reply, no LinkedIn, no reconnect
    "2026-01-31-golf-engineer": {"company": "Golf", "role": "Engineer", "date": "2026-01-31",
                                 "contact": "gus"},
    # the log (2026-11-30) is after it: cadence 6 months -> 2027-05-30; reply owed
    "2026-05-31-hotel-analyst": {"company": "Hotel", "role": "Analyst", "date": "2026-05-31",
                                 "contact": "hal", "stage": "screening"},
}


# The radar, and a faulty rejection whose contact keeps her reminders.
RADAR_CONTACTS: dict[str, Any] = {
    "kim": {"name": "Kim Kay", "company": "Kilo", "linkedin_connected": "2026-03-02"},
    "lee": {"name": "Lee Lam", "company": "Lima", "log": [
        {"date": "2026-04-01", "kind": "reconnect"},
        {"date": "2026-05-20", "kind": "moved", "note": "now Head of Data at Lima"}]},
    "max": {"name": "Max Mo", "next_reconnect": "2026-07-04"},  # a snooze alone
}
RADAR_REJECTIONS: dict[str, Any] = {
    "2026-03-01-kilo-analyst": {"company": "Kilo", "role": "Analyst", "date": "2026-03-01",
                                "contact": "kim", "replied": "2026-03-02"},
    # A typo in stage: left out of the pages, still counted for Kim's schedule.
    "2026-05-10-kilo-lead": "company: Kilo\nrole: Lead\ndate: 2026-05-10\ncontact: kim\n"
                            "stage: final-rund\nreplied: 2026-05-11",
    "2026-02-15-mike-dev": {"company": "Mike", "role": "Dev", "date": "2026-02-15",
                            "no_reply": True},
}
RADAR_COMPANIES: dict[str, Any] = {
    "kilo": {"name": "Kilo", "radar": True},  # after its latest rejection (the faulty one)
    "lima": {"name": "Lima", "radar": True, "check_every": "1 month",
             "log": [{"date": "2026-05-30", "kind": "check"}]},
    "mike": {"name": "mike", "radar": True, "next_check": "2026-06-20"},
    "november": {"name": "November", "radar": True},  # known from nothing: from today
    "oscar": {"name": "Oscar"},  # a note, not on the radar
}


def radar(root: Path) -> Path:
    return make_project(root, contacts=RADAR_CONTACTS, rejections=RADAR_REJECTIONS,
                        replies=sample_replies(), companies=RADAR_COMPANIES)


def small(root: Path) -> Path:
    return make_project(root, contacts=CONTACTS, rejections=REJECTIONS,
                        replies=sample_replies())


def month_ends(root: Path) -> Path:
    return make_project(root, contacts=MONTH_END_CONTACTS, rejections=MONTH_END_REJECTIONS,
                        replies=sample_replies())


def sample(root: Path) -> Path:
    """The repository's sample ledger with its own mkdocs.yml (its `today:` is
    overridden by AJAR_TODAY)."""
    root.mkdir(parents=True)
    shutil.copytree(REPO / "ledger", root / "ledger")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "docs").mkdir()
    return root


LEDGERS = {"small": small, "month-ends": month_ends, "sample": sample, "radar": radar}
CASES = [
    ("small", "2026-06-15"), ("small", "2026-06-30"),
    ("month-ends", "2026-01-31"), ("month-ends", "2026-02-28"), ("month-ends", "2026-11-15"),
    ("month-ends", "2026-11-30"), ("month-ends", "2026-12-31"),
    ("month-ends", "2028-02-22"),  # the leap day is today + 7: the last day of "due"
    ("month-ends", "2028-02-29"),
    ("sample", "2026-11-23"), ("sample", "2026-11-30"), ("sample", "2028-02-29"),
    ("radar", "2026-06-01"), ("radar", "2026-06-30"),
]


@dataclass(frozen=True)
class Views:
    today: dt.date
    expected: list[dict[str, Any]]  # schedule.schedule(), in the `ajar due --json` shape
    due_all: dict[str, Any]  # `ajar due --within 100years --json`
    due_week: dict[str, Any]  # `ajar due --json`
    dashboard: Node
    timeline: Node
    calendar: bytes
    exported: bytes  # `ajar export ics`
    name: str = ""  # which ledger
    reply_owed: int = 0  # `ajar stats --json`


def run_json(root: Path, today: str, *args: str, clean: bool = True) -> dict[str, Any]:
    result = run_ajar("due", *args, "--json", cwd=root, env={"AJAR_TODAY": today})
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    # A clean ledger: nothing left out; else say so (and the items say what leans on it).
    assert result.stderr == ("" if clean else
                             "ajar: some entries have errors and are left out: run 'ajar check'\n")
    return data


@pytest.fixture(scope="module", params=CASES, ids=[f"{n}-{d}" for n, d in CASES])
def views(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Views:
    name, today = request.param
    root = LEDGERS[name](tmp_path_factory.mktemp(name) / "project")
    project = load_project(explicit=root / "mkdocs.yml")
    day = dt.date.fromisoformat(today)
    checked = load_checked(project, today=day)
    # Days before the ledger's own dates see its replies and touches as future ones:
    # a warning each (they cannot be true yet), never an error, nothing left out;
    # the radar ledger has one faulty file on purpose.
    faults = [(p.path, p.code) for p in checked.ledger.problems if p.code != "future-date"]
    assert faults == ([("ledger/rejections/2026-05-10-kilo-lead.md", "bad-value")]
                      if name == "radar" else [])
    expected = [i.as_json() for i in schedule(checked.ledger, project.settings, day)]
    site = build(root, today)
    out = root / "export" / "reconnect.ics"
    out.parent.mkdir()
    exported = run_ajar("export", "ics", "-o", str(out), cwd=root, env={"AJAR_TODAY": today})
    assert exported.returncode == 0, exported.stderr
    clean = name != "radar"
    stats = run_ajar("stats", "--json", cwd=root, env={"AJAR_TODAY": today})
    assert stats.returncode == 0, stats.stderr
    return Views(day, expected, run_json(root, today, "--within", "100years", clean=clean),
                 run_json(root, today, clean=clean), article_of(site / "index.html"),
                 article_of(site / "timeline" / "index.html"),
                 (site / "reconnect.ics").read_bytes(), out.read_bytes(), name,
                 json.loads(stats.stdout)["reply_owed"])


Key = tuple[str, str, "str | None", "str | None", "str | None"]


def item_key(li: Node) -> Key:
    """(kind, due, contact, rejection, company) of a list item with ``data-kind``."""
    return (*item_key4(li), li.attrs.get("data-company") or None)


def key(item: dict[str, Any]) -> Key:
    return (item["kind"], item["due"], item["contact"], item["rejection"], item["company"])


def listed(page: Node) -> list[tuple[Key, bool]]:
    """(kind, due, contact, rejection) and overdue of every schedule item on a page."""
    return [(item_key(li), is_overdue(li)) for li in schedule_items(page)]


def test_due_json_is_the_schedule(views: Views) -> None:
    assert views.due_all["today"] == views.today.isoformat()
    assert views.due_all["items"] == views.expected
    assert views.expected, "every case has something scheduled"
    horizon = views.today + dt.timedelta(days=7)
    assert views.due_week["items"] == [
        i for i in views.expected if dt.date.fromisoformat(i["due"]) <= horizon]
    for item in views.expected:
        assert item["overdue"] == (dt.date.fromisoformat(item["due"]) < views.today)


def test_the_timeline_lists_exactly_the_schedule(views: Views) -> None:
    # Same items, same order (overdue, this week, this month, then month by month),
    # the same overdue flags.
    assert listed(views.timeline) == [(key(i), i["overdue"]) for i in views.due_all["items"]]


def test_the_timeline_groups_follow_the_rules(views: Views) -> None:
    today = views.today
    for ol in views.timeline.find_all(lambda n: n.tag == "ol" and "ajar-timeline" in n.classes):
        group = ol.attrs["data-group"]
        for li in schedule_items(ol):
            due = dt.date.fromisoformat(li.attrs["data-due"])
            if group == "overdue":
                assert due < today
            elif group == "this-week":
                assert today <= due <= today + dt.timedelta(days=7)
            elif group == "this-month":
                assert due > today + dt.timedelta(days=7)
                assert (due.year, due.month) == (today.year, today.month)
            else:
                assert due > today + dt.timedelta(days=7)
                assert group == f"{due.year:04d}-{due.month:02d}" != today.strftime("%Y-%m")
    cards = views.timeline.find(lambda n: "ajar-tl-counts" in n.classes).text
    overdue = sum(1 for i in views.expected if i["overdue"])
    assert cards.startswith(f"{overdue} overdue")


def test_the_dashboard_lists_every_owed_reply_and_the_weeks_reconnects(views: Views) -> None:
    """Every owed reply and LinkedIn connect (they can all be done today), and the
    reconnects and radar checks of a plain `ajar due`, each card counting its list."""
    shown = listed(views.dashboard)
    every = [(key(i), i["overdue"]) for i in views.due_all["items"]]
    week = [(key(i), i["overdue"]) for i in views.due_week["items"]]
    # Grouped by kind under their headings, each in the schedule's order.
    for kind, source in (("reply", every), ("linkedin", every), ("reconnect", week),
                         ("radar", week)):
        assert [s for s in shown if s[0][0] == kind] == [e for e in source if e[0][0] == kind]
    headings = [h.text.rstrip("¶").strip() for h in views.dashboard.find_all(
        lambda n: n.tag == "h2")]
    assert headings[:4] == ["Replies owed", "LinkedIn connects", "Reconnects due",
                            "Companies to check"]
    cards = [li.text.split(None, 1) for li in views.dashboard.find(
        lambda n: "ajar-counts" in n.classes).find_all(lambda n: n.tag == "li")]
    counted = {kind: sum(1 for s in shown if s[0][0] == kind)
               for kind in ("reply", "linkedin", "reconnect", "radar")}
    assert counted["reply"] == views.reply_owed  # as `ajar stats` counts them
    assert [(int(number), words.split(" (")[0]) for number, words in cards[:4]] == [
        (counted["reply"], "reply owed" if counted["reply"] == 1 else "replies owed"),
        (counted["linkedin"], "LinkedIn connect" + "s" * (counted["linkedin"] != 1)
         + " to make"),
        (counted["reconnect"], "reconnect" + "s" * (counted["reconnect"] != 1) + " due"),
        (counted["radar"], ("company" if counted["radar"] == 1 else "companies")
         + " to check")]


def test_items_that_lean_on_a_faulty_file_say_so_everywhere(views: Views) -> None:
    """The JSON names the files; the timeline, the dashboard and the calendar warn."""
    faulty = {key(i): i for i in views.due_all["items"] if i["problems"]}
    timeline = {item_key(li): li for li in schedule_items(views.timeline)}
    dashboard = {item_key(li): li for li in schedule_items(views.dashboard)}
    found = events(views.calendar)
    for k, item in faulty.items():
        for path in item["problems"]:
            assert path in timeline[k].text and "which has errors" in timeline[k].text
            assert any(href.endswith("problems/#problem-" + path.replace("/", "-")
                                     .replace(".", "-")) for _, href in timeline[k].links())
            if k in dashboard:
                assert path in dashboard[k].text
        uid = f"{item['kind']}-{uid_slug(item)}@ajar"
        if uid in found:
            assert f"Warning: {item['warning']}" in str(found[uid]["description"])
    assert bool(faulty) == (views.name == "radar"), "only the radar ledger has a faulty file"


def uid_slug(item: dict[str, Any]) -> str:
    return {"reply": item["rejection"], "radar": item["company"]}.get(item["kind"],
                                                                      item["contact"])


def events(data: bytes) -> dict[str, Any]:
    calendar = Calendar.from_ical(data)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_the_calendar_has_every_reply_and_reconnect(views: Views) -> None:
    found = events(views.calendar)
    expected = {}
    for item in views.due_all["items"]:
        if item["kind"] == "linkedin":
            continue
        due = dt.date.fromisoformat(item["due"])
        expected[f"{item['kind']}-{uid_slug(item)}@ajar"] = (max(due, views.today), item["overdue"])
    assert {uid: (e.decoded("dtstart"), str(e["summary"]).startswith("Overdue: "))
            for uid, e in found.items()} == expected
    for event in found.values():
        assert event.decoded("dtend") == event.decoded("dtstart") + dt.timedelta(days=1)


def test_the_site_serves_what_ajar_export_writes(views: Views) -> None:
    assert views.calendar == views.exported
