"""The timeline: when to reconnect (overdue, this week, this month, then month
by month) and what happened, month by month.

Every row is built here, in one pass over the schedule and one over the
ledger, so the template only prints: no lookups, scans or macro calls per row
in Jinja (10,000 rejections make one page). Decisions where DESIGN.md is silent:

* Upcoming items are exactly ``ctx.schedule`` (the same list ``ajar due``,
  the dashboard and ``reconnect.ics`` read), grouped by :func:`schedule.group`.
* "What happened" holds rejections received, replies sent (a rejection's
  ``replied`` date) and every ``log`` entry, dated on or before ``today``: an
  entry dated later has not happened yet (a plan belongs in ``next_reconnect``).
  Months run newest first, and so do the events in a month; on one day the
  touches come first, then the reply, then the rejection (the reverse of the
  order they happen in), then by name.
* Each item links to the filled-in template for its step: the rejection page's
  "Reply" section for a reply, the contact page's "Messages" section for a
  LinkedIn connect or a reconnect (the page itself when the ledger has no
  template of that kind, so there is no such section).
* Icons are drawn by the icon stylesheet (see ``icons``): a row holds an
  empty ``<span>``, not the SVG, which would add megabytes to a big ledger's page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from markdown.extensions.toc import slugify
from markupsafe import Markup

from ajar.ledger.models import Contact, LogEntry, Rejection
from ajar.rules.schedule import (Item, Touch, describe, group, group_title, last_touch,
                                 unanswered_move)
from ..context import GeneratedPage, SiteContext
from ..markup import safe_url
from ..templating import human_date, relative_days
from ..icons import icon
from .common import page

SRC_URI = "timeline/index.md"

ACTIONS = {"reply": "Reply to", "linkedin": "Connect on LinkedIn with",
           "reconnect": "Reconnect with", "radar": "Look at the openings at"}
ICONS = {"reply": "material/email-outline", "linkedin": "material/linkedin",
         "reconnect": "material/account-reactivate-outline", "radar": "material/radar"}
CALENDAR_ICON = "material/calendar-export"
# Which templates fill in each step, and the section of the page that shows them.
PURPOSE = {"reply": "rejection", "linkedin": "linkedin", "reconnect": "reconnect"}
ANCHOR = {"reply": "reply", "linkedin": "messages", "reconnect": "messages"}
FIXED_GROUPS = ("overdue", "this-week", "this-month")

EVENT_LABELS = {"rejection": "Rejection", "replied": "Reply sent", "reply": "Reply",
                "reconnect": "Reconnect", "linkedin": "LinkedIn", "meeting": "Meeting",
                "other": "Touch", "connected": "Connected on LinkedIn", "moved": "Moved",
                "check": "Openings checked"}
# On one day (newest first): touches, then the reply sent, then the rejection.
_DAY_ORDER = {"rejection": 0, "replied": 1}
_TOUCH_ORDER = 2



@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class Row:
    """One upcoming item, ready to print."""

    item: Item
    action: str  # "Reply to", "Connect on LinkedIn with", "Reconnect with"
    icon: Markup
    due_text: str  # "23 Nov 2026"
    when: str  # "3 days overdue", "today", "in 2 weeks"
    who: Link | None  # the contact; None for a reply to nobody in particular
    company: str | None
    rejection: Link | None  # "Senior Data Engineer at Northwind"
    rejected_text: str  # the rejection's date, "18 Nov 2026"
    stage: str | None
    reason: str | None  # the reason the rejection gave
    last_touch: Touch | None  # any touch: a log entry, a reply sent, the connection
    touch_text: str  # the last touch's date
    basis: str  # why it is due then: "3 months after the rejection on 2026-02-27"
    template: Link | None  # the filled-in message for this step
    profile: str | None  # the LinkedIn profile, for a LinkedIn connect
    company_link: Link | None = None  # the company's page (a radar check's subject)
    careers: str | None = None  # the careers page, for a radar check
    warnings: tuple[Link, ...] = ()  # files with errors the item leans on, to the problem
    moved: LogEntry | None = None  # news not yet answered, for a reconnect
    moved_text: str = ""


@dataclass(frozen=True)
class Section:
    """A group of the schedule (``key`` as in :func:`schedule.group`)."""

    key: str
    anchor: str  # the id of its heading
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Event:
    """Something that happened: a rejection, a reply sent, or a logged touch."""

    date: dt.date
    date_text: str
    kind: str  # "rejection", "replied" or a log kind
    label: str
    rejection: Link | None
    company: str | None
    stage: str | None
    reason: str | None
    contacts: tuple[Link, ...]  # who sent the rejection, or who was touched
    note: str | None
    order: int  # a rank within the day (see _DAY_ORDER)


@dataclass(frozen=True)
class Month:
    key: str  # "2026-11"
    title: str  # "November 2026"
    anchor: str
    events: tuple[Event, ...]
    rejections: int
    replies: int
    touches: int


def when(due: dt.date, today: dt.date) -> str:
    """``3 days overdue`` (``yesterday`` reads ``1 day overdue``), else as ``relative``."""
    if due < today:
        late = relative_days(due, today)
        return "1 day overdue" if late == "yesterday" else late.replace(" ago", " overdue")
    return relative_days(due, today)


def anchor(title: str) -> str:
    """The id the page's heading gets (``This week`` is ``#this-week``).

    Headings need no explicit ids: upcoming months lie after today's month and
    the months of "What happened" on or before it, so no two titles clash.
    """
    return slugify(title, "-")


_date_text = lru_cache(maxsize=4096)(human_date)


# -- rows --------------------------------------------------------------------

class _Builder:
    """Links and names, each computed once per entry."""

    def __init__(self, ctx: SiteContext) -> None:
        self.ctx = ctx
        self._contacts: dict[str, Link] = {}
        self._rejections: dict[str, Link] = {}
        titles: dict[str, str] = {}
        for template in sorted(ctx.ledger.replies.values(), key=lambda t: t.slug):
            titles.setdefault(template.meta.for_, template.meta.title or template.slug)
        self.template_titles = titles

    def href(self, to_uri: str) -> str:
        return self.ctx.links.href(SRC_URI, to_uri)

    def contact(self, contact: Contact) -> Link:
        """A link to the contact's page; to its problems for a faulty file (no page)."""
        link = self._contacts.get(contact.slug)
        if link is None:
            if contact.extra.get("faulty"):
                link = Link(f"{contact.meta.name} (the file has errors)",
                            self.problem(contact.path).href)
            else:
                link = Link(contact.meta.name, self.href(self.ctx.links.contact(contact.slug)))
            self._contacts[contact.slug] = link
        return link

    def rejection(self, rejection: Rejection) -> Link:
        link = self._rejections.get(rejection.slug)
        if link is None:
            text = f"{rejection.meta.role} at {rejection.meta.company}"
            link = Link(text, self.href(self.ctx.links.rejection(rejection.slug)))
            self._rejections[rejection.slug] = link
        return link

    def problem(self, path: str) -> Link:
        return Link(path, f"{self.href('problems/index.md')}#"
                          f"{self.ctx.links.problem_anchor(path)}")

    def template(self, item: Item, contact: Contact | None,
                 rejection: Rejection | None) -> Link | None:
        """The filled-in message: ``#reply`` of the rejection, ``#messages`` of the contact."""
        if item.kind == "radar":
            return None
        if item.kind == "reply":
            page_link = self.rejection(rejection) if rejection is not None else None
        else:
            page_link = self.contact(contact) \
                if contact is not None and not contact.extra.get("faulty") else None
        if page_link is None:
            return None
        title = self.template_titles.get(PURPOSE[item.kind])
        if title is None:  # no template of this kind: no section to point at
            return Link("Open the page", page_link.href)
        return Link(f"{title} (filled in)", f"{page_link.href}#{ANCHOR[item.kind]}")

    def row(self, item: Item) -> Row:
        about = describe(self.ctx.ledger, item)
        contact, rejection, facts = about.contact, about.rejection, about.facts
        touch = last_touch(self.ctx.ledger, contact) if contact is not None else None
        profile = safe_url(contact.meta.linkedin) \
            if item.kind == "linkedin" and contact is not None else None
        if rejection is not None:
            rejection_link: Link | None = self.rejection(rejection)
        elif facts is not None:  # a faulty file: named from its valid values
            what = f"{facts.role or facts.slug}" + (f" at {facts.company}" if facts.company else "")
            rejection_link = Link(f"{what} (the file has errors)", self.problem(facts.path).href)
        else:
            rejection_link = None
        view = about.company_view
        careers = None
        if item.kind == "radar" and view is not None and view.file is not None:
            careers = safe_url(view.file.meta.careers) if view.file.meta.careers else None
        move = unanswered_move(contact) \
            if item.kind == "reconnect" and contact is not None else None
        return Row(
            item=item, action=ACTIONS[item.kind], icon=icon(ICONS[item.kind]),
            due_text=_date_text(item.due), when=when(item.due, self.ctx.today),
            who=self.contact(contact) if contact is not None else None,
            company=about.company,
            rejection=rejection_link,
            rejected_text=_date_text(facts.date) if facts is not None else "",
            stage=rejection.meta.stage if rejection is not None else None,
            reason=rejection.meta.reason if rejection is not None else None,
            last_touch=touch, touch_text=_date_text(touch.date) if touch is not None else "",
            basis=item.reason, template=self.template(item, contact, rejection),
            profile=profile, moved=move,
            moved_text=_date_text(move.date) if move is not None else "",
            company_link=Link(view.name, self.href(self.ctx.links.company(view.slug)))
            if view is not None else None,
            careers=careers, warnings=tuple(self.problem(p) for p in item.faulty))


def sections(ctx: SiteContext, builder: _Builder | None = None) -> list[Section]:
    """The schedule in its display groups, every row built."""
    builder = builder or _Builder(ctx)
    return [Section(g.key, anchor(g.title), g.title, tuple(builder.row(i) for i in g.items))
            for g in group(ctx.schedule, ctx.today)]


def months(ctx: SiteContext, builder: _Builder | None = None) -> list[Month]:
    """What happened, month by month, newest first (only dates up to today)."""
    builder = builder or _Builder(ctx)
    ledger, today = ctx.ledger, ctx.today
    found: dict[str, list[Event]] = {}

    def add(date: dt.date, kind: str, rejection: Link | None, company: str | None,
            stage: str | None, reason: str | None, contacts: tuple[Link, ...],
            note: str | None, order: int) -> None:
        if date <= today:
            event = Event(date, _date_text(date), kind, EVENT_LABELS.get(kind, kind), rejection,
                          company, stage, reason, contacts, note, order)
            found.setdefault(f"{date.year:04d}-{date.month:02d}", []).append(event)

    for rejection in ledger.rejections.values():
        meta = rejection.meta
        link = builder.rejection(rejection)
        senders = tuple(builder.contact(ledger.contacts[slug])
                        for slug in dict.fromkeys(meta.contacts) if slug in ledger.contacts)
        add(meta.date, "rejection", link, meta.company, meta.stage, meta.reason, senders, None,
            _DAY_ORDER["rejection"])
        if meta.replied is not None:
            add(meta.replied, "replied", link, meta.company, None, None, senders, None,
                _DAY_ORDER["replied"])
    for contact in ledger.contacts.values():
        meta = contact.meta
        if not meta.log and meta.linkedin_connected is None:
            continue
        who = (builder.contact(contact),)
        for entry in meta.log:
            add(entry.date, entry.kind, None, meta.company, None, None, who, entry.note,
                _TOUCH_ORDER)
        if meta.linkedin_connected is not None:
            add(meta.linkedin_connected, "connected", None, meta.company, None, None, who,
                None, _TOUCH_ORDER)
    for view in ctx.companies:
        if view.file is None:
            continue
        for entry in view.file.meta.log:
            add(entry.date, entry.kind if entry.kind == "check" else "other", None, view.name,
                None, None, (), entry.note, _TOUCH_ORDER)
    result = []
    for key in sorted(found, reverse=True):
        events = found[key]
        # Newest first; on one day by rank, then alphabetically (sorts are stable).
        events.sort(key=lambda e: (e.rejection.text if e.rejection else "",
                                   e.contacts[0].text if e.contacts else ""))
        events.sort(key=lambda e: (e.date, e.order), reverse=True)
        rejections = sum(1 for e in events if e.kind == "rejection")
        replies = sum(1 for e in events if e.kind == "replied")
        title = group_title(key)
        result.append(Month(key, title, anchor(title), tuple(events), rejections, replies,
                            len(events) - rejections - replies))
    return result


def build(ctx: SiteContext) -> Iterable[GeneratedPage]:
    yield page(ctx, SRC_URI, "timeline.md.j2", "Timeline", search="",
               later=lambda: values(ctx))


def values(ctx: SiteContext) -> dict[str, object]:
    """The page's rows, built when the page is (a big ledger's timeline is large)."""
    builder = _Builder(ctx)
    upcoming = sections(ctx, builder)
    counts = {s.key: len(s.rows) for s in upcoming}
    ahead = [s for s in upcoming if s.key not in FIXED_GROUPS]
    return dict(sections=upcoming, months=months(ctx, builder), counts=counts,
                total=len(ctx.schedule), later=sum(len(s.rows) for s in ahead),
                overdue_anchor=anchor("Overdue"), week_anchor=anchor("This week"),
                month_anchor=anchor("This month"),
                later_anchor=ahead[0].anchor if ahead else anchor("Coming up"), use=icon)
