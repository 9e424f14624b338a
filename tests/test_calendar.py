"""`reconnect.ics` and `ajar export ics`."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import MINIMAL_MKDOCS, make_project, run_ajar
from icalendar import Calendar

from ajar.formats.calendar import build_calendar, event_uid
from ajar.ledger.loader import load_ledger
from ajar.config.project import load_project
from ajar.rules.schedule import schedule

TODAY = dt.date(2026, 6, 15)
GOLDEN = Path(__file__).parent / "golden" / "reconnect.ics"
HOSTILE = 'Evil, "Name"; DROP\nEND:VEVENT\r\nBEGIN:VEVENT\\n \x1b[31m'


def sample(root: Path, mkdocs: str = MINIMAL_MKDOCS) -> Path:
    """A small fixed ledger: an overdue reply, an upcoming one, reconnects, a snooze."""
    return make_project(root, mkdocs=mkdocs, contacts={
        "jane-doe": {"name": "Jane Doe", "company": "Northwind", "title": "Head of Data",
                     "email": "jane@northwind.example",
                     "linkedin": "https://www.linkedin.com/in/jane-doe"},
        "bob": {"name": "Bob Stone", "company": "Contoso", "reconnect_every": "2 months",
                "log": [{"date": "2026-05-01", "kind": "meeting", "note": "coffee; good chat"}]},
        "sam": {"name": "Sam Lee", "next_reconnect": "2026-12-01"},
        "quiet": {"name": "Quiet", "do_not_contact": True,
                  "log": [{"date": "2025-01-01", "kind": "other"}]},
    }, rejections={
        "2026-06-10-northwind-senior-data-engineer": {
            "company": "Northwind", "role": "Senior Data Engineer", "date": "2026-06-10",
            "contact": "jane-doe", "stage": "final-round",
            "reason": "another candidate, more Spark"},
        "2026-06-14-fabrikam-analyst": {
            "company": "Fabrikam", "role": "Analyst", "date": "2026-06-14"},
        "2026-02-01-acme-pm": {
            "company": "Acme", "role": "PM", "date": "2026-02-01", "contact": "sam",
            "replied": "2026-02-02"},
    }, companies={
        # On the radar: looked at its openings in May, every 2 months.
        "northwind": {"name": "Northwind", "radar": True, "check_every": "2 months",
                      "careers": "https://careers.northwind.example/jobs",
                      "log": [{"date": "2026-05-20", "kind": "check"}]},
        # Never checked: 3 months after its latest rejection.
        "acme-inc": {"name": "ACME", "radar": True},
        "fabrikam": {"name": "Fabrikam"},  # a note only: not on the radar
    })


def build(root: Path, today: dt.date = TODAY, site_url: str | None = None) -> bytes:
    project = load_project(explicit=root / "mkdocs.yml")
    ledger = load_ledger(project.root, project.settings.ledger_dir)
    return build_calendar(ledger, project.settings, today, site_url)


def events(data: bytes) -> dict[str, Any]:
    return {str(e["uid"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_events(tmp_path: Path) -> None:
    data = build(sample(tmp_path))
    calendar = Calendar.from_ical(data)
    assert str(calendar["prodid"]) == "-//Ajar//Ajar//EN"
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["x-wr-calname"]) == "Ajar: replies and reconnects"
    found = events(data)
    # No LinkedIn connects (documented), nothing for the do-not-contact person.
    assert {uid: (str(e["summary"]), e.decoded("dtstart")) for uid, e in found.items()} == {
        "reply-2026-06-10-northwind-senior-data-engineer@ajar": (
            "Overdue: Reply to Jane Doe (Northwind) about Senior Data Engineer", TODAY),
        "reply-2026-06-14-fabrikam-analyst@ajar": (
            "Reply to Fabrikam about Analyst", dt.date(2026, 6, 16)),
        "reconnect-bob@ajar": ("Reconnect with Bob Stone (Contoso)", dt.date(2026, 7, 1)),
        "reconnect-jane-doe@ajar": ("Reconnect with Jane Doe (Northwind)",
                                    dt.date(2026, 9, 10)),
        "reconnect-sam@ajar": ("Reconnect with Sam Lee (Acme)", dt.date(2026, 12, 1)),
        # 2 months after the last check; 3 months after the rejection (overdue: today).
        "radar-northwind@ajar": ("Check openings at Northwind", dt.date(2026, 7, 20)),
        "radar-acme-inc@ajar": ("Overdue: Check openings at ACME", TODAY),
    }
    for event in found.values():
        start = event.decoded("dtstart")
        assert type(start) is dt.date  # all-day: VALUE=DATE, not a date-time
        assert event.decoded("dtend") == start + dt.timedelta(days=1)
        assert event.decoded("dtstamp") == dt.datetime(2026, 6, 15, tzinfo=dt.timezone.utc)
        assert "url" not in event
    assert b"DTSTART;VALUE=DATE:20260616\r\n" in data


def test_descriptions_give_the_context(tmp_path: Path) -> None:
    found = events(build(sample(tmp_path), site_url="https://me.example/ajar/"))
    overdue = str(found["reply-2026-06-10-northwind-senior-data-engineer@ajar"]["description"])
    assert overdue.splitlines() == [
        "Was due 2026-06-12 (3 days overdue): 2 days after the rejection on 2026-06-10.",
        "Contact: Jane Doe (Northwind), Head of Data, jane@northwind.example",
        "Rejection: Senior Data Engineer at Northwind, final-round, rejected 2026-06-10",
        "Reason: another candidate, more Spark",
        "Page: https://me.example/ajar/rejections/2026-06-10-northwind-senior-data-engineer/",
    ]
    radar = found["radar-northwind@ajar"]
    assert str(radar["description"]).splitlines() == [
        "Due 2026-07-20: 2 months after the last check on 2026-05-20.",
        "Careers: https://careers.northwind.example/jobs",
        "Page: https://me.example/ajar/companies/northwind/",
    ]
    assert str(radar["url"]) == "https://me.example/ajar/companies/northwind/"
    bob = found["reconnect-bob@ajar"]
    assert str(bob["description"]).splitlines() == [
        "Due 2026-07-01: 2 months after the last touch on 2026-05-01.",
        "Contact: Bob Stone (Contoso)",
        "Last touch: 2026-05-01 (meeting): coffee; good chat",
        "Page: https://me.example/ajar/contacts/bob/",
    ]
    assert str(bob["url"]) == "https://me.example/ajar/contacts/bob/"
    sam = str(found["reconnect-sam@ajar"]["description"])
    assert sam.startswith("Due 2026-12-01: the planned date (next_reconnect).\n")


def test_uids_are_stable_across_builds(tmp_path: Path) -> None:
    root = sample(tmp_path)
    early, late = events(build(root, TODAY)), events(build(root, dt.date(2026, 8, 1)))
    assert set(early) == set(late)
    # Same UID, new date: calendar apps move the event instead of duplicating it.
    assert late["reconnect-bob@ajar"].decoded("dtstart") == dt.date(2026, 8, 1)
    assert str(late["reconnect-bob@ajar"]["summary"]).startswith("Overdue: ")
    write = root / "ledger/contacts/bob.md"
    write.write_text(write.read_text().replace("2026-05-01", "2026-06-01"), encoding="utf-8")
    moved = events(build(root, TODAY))
    assert moved["reconnect-bob@ajar"].decoded("dtstart") == dt.date(2026, 8, 1)


def test_uid_is_kind_and_slug(tmp_path: Path) -> None:
    root = sample(tmp_path)
    project = load_project(explicit=root / "mkdocs.yml")
    ledger = load_ledger(project.root)
    uids = {event_uid(i) for i in schedule(ledger, project.settings, TODAY)}
    assert "linkedin-jane-doe@ajar" in uids  # defined, though not in the feed


def test_same_input_same_bytes(tmp_path: Path) -> None:
    root = sample(tmp_path)
    assert build(root) == build(root)


def test_hostile_values_are_escaped(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"evil": {"name": HOSTILE, "company": "A;B,C"}},
                 rejections={"r": {"company": "A;B,C", "role": "Role\nX-INJECTED:1",
                                   "date": "2026-06-14", "contact": "evil",
                                   "reason": "line one\nline two; three, four"}})
    data = build(tmp_path)
    lines = data.split(b"\r\n")
    assert lines.count(b"BEGIN:VEVENT") == 2 and lines.count(b"END:VEVENT") == 2
    assert not any(line.startswith(b"X-INJECTED") for line in lines)
    assert b"\x1b" not in data
    found = events(data)
    name = 'Evil, "Name"; DROP END:VEVENT BEGIN:VEVENT\\n [31m'
    assert str(found["reconnect-evil@ajar"]["summary"]) == f"Reconnect with {name} (A;B,C)"
    assert str(found["reply-r@ajar"]["summary"]) == \
        f"Reply to {name} (A;B,C) about Role X-INJECTED:1"
    description = str(found["reply-r@ajar"]["description"]).splitlines()
    assert "Reason: line one line two; three, four" in description


def test_export_ics_writes_the_same_bytes(tmp_path: Path) -> None:
    root = sample(tmp_path, MINIMAL_MKDOCS + "site_url: https://me.example/ajar/\n")
    expected = build(root, site_url="https://me.example/ajar/")
    env = {"AJAR_TODAY": "2026-06-15"}
    result = run_ajar("export", "ics", "-o", "out/reconnect.ics", cwd=root, env=env)
    assert result.returncode == 1 and "cannot write" in result.stderr  # no such folder
    (root / "out").mkdir()
    (root / "out/reconnect.ics").write_bytes(b"BEGIN:VCALENDAR\r\nold\r\n")  # an earlier export
    result = run_ajar("export", "ics", "-o", "out/reconnect.ics", cwd=root, env=env)
    assert result.returncode == 0, result.stderr
    assert (root / "out/reconnect.ics").read_bytes() == expected
    assert os.listdir(root / "out") == ["reconnect.ics"]  # no temporary file left


def test_export_ics_to_stdout_is_binary(tmp_path: Path) -> None:
    root = sample(tmp_path)
    script = Path(sys.executable).parent / "ajar"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "ajar"]
    result = subprocess.run([*command, "export", "ics"], cwd=root, capture_output=True,
                            env={**os.environ, "AJAR_TODAY": "2026-06-15"}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == build(root)


def test_golden(tmp_path: Path) -> None:
    """Regenerate deliberately with AJAR_UPDATE_GOLDEN=1 and review the diff."""
    data = build(sample(tmp_path), site_url="https://me.example/ajar/")
    if os.environ.get("AJAR_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_bytes(data)
    if not GOLDEN.exists():
        pytest.fail(f"{GOLDEN} is missing: run with AJAR_UPDATE_GOLDEN=1 and review it")
    assert data == GOLDEN.read_bytes()


def test_reply_event_names_the_company_that_said_no(tmp_path: Path) -> None:
    """The contact moved to Contoso since Northwind said no: the reply is still about
    Northwind's rejection (the summary names it), the contact line says where they are now."""
    root = sample(tmp_path)
    path = root / "ledger/contacts/jane-doe.md"
    path.write_text(path.read_text().replace("company: Northwind", "company: Contoso"))
    found = events(build(root))
    reply = found["reply-2026-06-10-northwind-senior-data-engineer@ajar"]
    assert str(reply["summary"]) == \
        "Overdue: Reply to Jane Doe (Northwind) about Senior Data Engineer"
    assert "Contact: Jane Doe (Contoso), Head of Data, jane@northwind.example" in \
        str(reply["description"]).splitlines()
    assert str(found["reconnect-jane-doe@ajar"]["summary"]) == \
        "Reconnect with Jane Doe (Contoso)"
