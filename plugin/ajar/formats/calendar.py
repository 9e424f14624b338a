"""``reconnect.ics``: the schedule as an iCalendar feed (RFC 5545).

The site serves it and ``ajar export ics`` writes it; both call
:func:`build_calendar`. Decisions:

* **What is in it**: one all-day event per owed reply, per reconnect and per
  radar check (``radar-<company>@ajar``), as DESIGN.md lists. LinkedIn connects are left out: they fall on the same day as
  the reply to the same rejection, and a second event for one conversation is
  noise; the dashboard and ``ajar due`` show them.
* **UID**: ``<kind>-<slug>@ajar`` (the rejection's slug for a reply, the
  contact's for a reconnect), never the due date. A calendar treats the same UID
  with a new DTSTART as the same event moved, so a snooze or a new log entry
  moves the reminder instead of leaving a stale copy behind, and a done item
  simply disappears.
* **Overdue items** are placed on ``today`` (the build date), titled
  ``Overdue: ...`` with the original due date in the description: an event in
  the past is one nobody sees, and with the stable UID a subscribed calendar
  carries the reminder forward on each refresh until it is done.
* **Reproducible**: DTSTAMP is midnight UTC of ``today`` and events follow the
  schedule's order, so the same ledger and ``today`` give the same bytes.
* Ledger text is reduced to one printable line per field (no control
  characters); commas, semicolons and backslashes are escaped (RFC 5545 TEXT).
* Written line by line (see ``contentlines``), in the property order and with
  the folding of the icalendar library, which the tests use to read it back.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ajar.formats.contentlines import component, fold, text
from ajar.ledger.ledger import Ledger
from ajar.rules.schedule import (Described, Item, Kind, describe, facts_phrase,
                                 rejection_phrase, schedule)
from ajar.config.settings import Settings

PRODID = "-//Ajar//Ajar//EN"
CALENDAR_NAME = "Ajar: replies and reconnects"
FEED_KINDS: tuple[Kind, ...] = ("reply", "reconnect", "radar")
FOLDERS = {"reply": "rejections", "radar": "companies"}


def build_calendar(ledger: Ledger, settings: Settings, today: dt.date,
                   site_url: str | None = None, directory_urls: bool = True) -> bytes:
    """The ``reconnect.ics`` bytes for ``today``; pages are linked when ``site_url`` is set
    (as MkDocs names them: ``contacts/<slug>/``, or ``contacts/<slug>.html`` when
    ``directory_urls`` is off)."""
    lines = [_line("VERSION", "2.0"), _line("PRODID", PRODID), _line("CALSCALE", "GREGORIAN"),
             _line("METHOD", "PUBLISH"),
             # X- properties as icalendar wrote them: the fixed text, not TEXT-escaped.
             _line("X-WR-CALDESC",
                   "Owed replies, reconnects and radar checks from your Ajar ledger",
                   escaped=True),
             _line("X-WR-CALNAME", CALENDAR_NAME, escaped=True)]
    stamp = f"{_date(today)}T000000Z"  # midnight UTC of today
    for item in feed_items(ledger, settings, today):
        event = _event(describe(ledger, item), today, stamp, site_url, directory_urls)
        if event is not None:
            lines.append(event.rstrip("\r\n"))
    return component("VCALENDAR", lines).encode("utf-8")


def _date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _line(name: str, value: str, escaped: bool = False) -> str:
    """One folded property line; ``value`` is TEXT unless ``escaped`` already."""
    return fold(f"{name}:{value if escaped else text(value)}", first=74, keep_escapes=True)


def feed_items(ledger: Ledger, settings: Settings, today: dt.date) -> list[Item]:
    """The items the feed holds: every owed reply, reconnect and radar check."""
    return [item for item in schedule(ledger, settings, today) if item.kind in FEED_KINDS]


def event_uid(item: Item) -> str:
    """Stable across builds and due-date changes: kind and slug only."""
    return f"{item.kind}-{_clean(item.slug)}@ajar"


def page_url(site_url: str | None, item: Item, directory_urls: bool = True) -> str | None:
    """The site page an item is about: ``rejections/<slug>/``, ``contacts/<slug>/`` or
    ``companies/<slug>/``; the problems page for a reply whose file has errors (it
    has no page of its own until it is fixed); so for a faulty contact's reminders."""
    if not site_url:
        return None
    folder = FOLDERS.get(item.kind, "contacts")
    if any(path.endswith(f"{folder}/{item.slug}.md") for path in item.faulty):
        return f"{site_url.rstrip('/')}/problems/" + ("" if directory_urls else "index.html")
    page = quote(item.slug, safe="") + ("/" if directory_urls else ".html")
    return f"{site_url.rstrip('/')}/{folder}/{page}"


def summary(about: Described) -> str:
    """``Reconnect with Jane Doe (Northwind)``, ``Reply to Northwind about Data Engineer``."""
    if about.item.kind == "reply":
        return f"Reply to {_reply_to(about)} about {_role(about)}"
    if about.item.kind == "radar":
        return f"Check openings at {about.who}"
    if about.item.kind == "linkedin":
        return f"Connect on LinkedIn with {about.who}"
    return f"Reconnect with {about.who}"


def _role(about: Described) -> str:
    """The role, also from a faulty file's valid values."""
    return about.facts.role if about.facts is not None and about.facts.role \
        else "the rejection"


def _reply_to(about: Described) -> str:
    """The person and the company that said no (the rejection's company, not the
    contact's current one: they may have moved since)."""
    if about.facts is None or not about.facts.company:
        return about.who
    company = about.facts.company
    if about.contact is None:
        return company
    return f"{about.contact.meta.name} ({company})"


def _event(about: Described, today: dt.date, stamp: str,
           site_url: str | None, directory_urls: bool) -> str | None:
    item = about.item
    day = max(item.due, today)  # overdue reminders sit on today (see the docstring)
    if day == dt.date.max:
        return None  # "never" in practice (a snooze to 9999-12-31): nothing to remind
    title = _clean(summary(about))
    lines = [
        _line("SUMMARY", f"Overdue: {title}" if item.overdue else title),
        f"DTSTART;VALUE=DATE:{_date(day)}",
        f"DTEND;VALUE=DATE:{_date(day + dt.timedelta(days=1))}",
        f"DTSTAMP:{stamp}",
        _line("UID", event_uid(item)),
        _line("CATEGORIES", ",".join(text(word) for word in ("Ajar", item.kind)), escaped=True),
        _line("DESCRIPTION", _description(about, today, site_url, directory_urls)),
        _line("TRANSP", "TRANSPARENT"),  # a reminder, not a busy block
    ]
    url = page_url(site_url, item, directory_urls)
    if url:
        lines.append(_line("URL", url, escaped=True))  # a URI value: not TEXT-escaped
    return component("VEVENT", lines)


def _description(about: Described, today: dt.date, site_url: str | None,
                 directory_urls: bool) -> str:
    item = about.item
    due = item.due.isoformat()
    if item.overdue:
        late = item.days_late(today)
        lines = [f"Was due {due} ({late} day{'' if late == 1 else 's'} overdue): {item.reason}."]
    else:
        lines = [f"Due {due}: {item.reason}."]
    if item.warning:
        lines.append(f"Warning: {item.warning}")
    if about.company_view is not None and about.company_view.file is not None and \
            about.company_view.file.meta.careers and item.kind == "radar":
        lines.append(f"Careers: {about.company_view.file.meta.careers}")
    if about.contact is not None:
        lines.append(f"Contact: {_contact_line(about)}")
    if about.rejection is not None:
        lines.append(f"Rejection: {rejection_phrase(about.rejection)}")
        if about.rejection.meta.reason:
            lines.append(f"Reason: {about.rejection.meta.reason}")
    elif about.facts is not None:
        lines.append(f"Rejection: {facts_phrase(about.facts)}")
    if about.last_touch is not None:
        touch = about.last_touch
        note = f": {touch.note}" if touch.note else ""
        lines.append(f"Last touch: {touch.date.isoformat()} ({touch.kind}){note}")
    url = page_url(site_url, item, directory_urls)
    if url:
        lines.append(f"Page: {url}")
    return "\n".join(_clean(line) for line in lines)


def _contact_line(about: Described) -> str:
    assert about.contact is not None
    meta = about.contact.meta
    parts = [about.who]
    if meta.title:
        parts.append(meta.title)
    if meta.email:
        parts.append(meta.email)
    return ", ".join(parts)


def _clean(text: str) -> str:
    """One printable line: whitespace runs (newlines included) become one space."""
    printable = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(printable.split())
