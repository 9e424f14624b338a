"""What is owed and when: replies, LinkedIn connects and reconnects.

One pure function of (ledger, settings, today) following DESIGN.md's
"Reconnect rules"; the dashboard, the timeline page, ``ajar due`` and the
calendar feed all read the same items from here.

Decisions where DESIGN.md is silent:

* ``do_not_contact`` silences everything for that person, replies included: a
  rejection whose listed contacts all say ``do_not_contact`` owes no reply; one
  that lists some writable contacts names the first of those.
* "Latest" rejection means the greatest ``(date, slug)``, so ties on a date
  are broken the same way on every run.
* Items sort overdue first, then by due date, then by kind (reply, linkedin,
  reconnect: the order a day's work is done in), then by slug.
* Groups for display: ``overdue`` (due before today), ``this-week`` (due from
  today to today + 7 days, inclusive: exactly what a plain ``ajar due`` adds to
  the overdue ones), ``this-month`` (later, but in today's calendar month), then
  one group per later calendar month keyed ``YYYY-MM``. Empty groups are left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Literal

from ajar.ledger.dates import Duration
from ajar.ledger.ledger import Ledger
from ajar.ledger.models import Contact, LogEntry, Rejection
from ajar.config.settings import Settings

Kind = Literal["reply", "linkedin", "reconnect"]
KINDS: tuple[Kind, ...] = ("reply", "linkedin", "reconnect")

# Which rule set the due date, so pages can say why something is due.
Basis = Literal["reply_within", "next_reconnect", "cadence", "first_after", "moved"]

ACTIONS: dict[Kind, str] = {
    "reply": "reply",
    "linkedin": "connect on LinkedIn",
    "reconnect": "reconnect",
}

WEEK = dt.timedelta(days=7)
# News is a reason to write: a move brings the reconnect forward to this after it.
AFTER_MOVE = Duration(2, "week")
# What "due" means with no --within: plain ``ajar due`` and the dashboard's lists.
DEFAULT_WITHIN = Duration(7, "day")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True)
class Item:
    """One thing to do: ``contact`` and ``rejection`` are slugs (or None).

    ``due`` is ``after`` added to ``since`` (the rejection's or the last touch's
    date), except for a ``next_reconnect`` date set by hand (both None).
    """

    kind: Kind
    due: dt.date
    overdue: bool
    contact: str | None
    rejection: str | None
    basis: Basis
    since: dt.date | None = None
    after: Duration | None = None

    @property
    def slug(self) -> str:
        """The entry the item is about: the rejection for a reply, else the contact."""
        return (self.rejection if self.kind == "reply" else self.contact) or ""

    def days_late(self, today: dt.date) -> int:
        """Days past due (0 when not overdue)."""
        return max((today - self.due).days, 0)

    @property
    def reason(self) -> str:
        """Why it is due then: ``3 months after the rejection on 2026-02-27``."""
        if self.basis == "next_reconnect" or self.since is None:
            return "the planned date (next_reconnect)"
        origin = {"cadence": "the last touch", "moved": "they moved"}.get(
            self.basis, "the rejection")
        return f"{self.after} after {origin} on {self.since.isoformat()}"

    def as_json(self) -> dict[str, object]:
        """The ``ajar due --json`` shape, keys in the documented order."""
        return {"kind": self.kind, "due": self.due.isoformat(), "overdue": self.overdue,
                "contact": self.contact, "rejection": self.rejection}


def schedule(ledger: Ledger, settings: Settings, today: dt.date) -> list[Item]:
    """Every owed reply, LinkedIn connect and reconnect, sorted for display."""
    items = [*_replies(ledger, settings, today), *_contact_items(ledger, settings, today)]
    return sorted(items, key=sort_key)


def sort_key(item: Item) -> tuple[bool, dt.date, int, str]:
    return (not item.overdue, item.due, KINDS.index(item.kind), item.slug)


def due_within(items: Iterable[Item], today: dt.date,
               within: Duration = DEFAULT_WITHIN) -> list[Item]:
    """The items due on or before ``today + within`` (overdue ones included)."""
    limit = within.after(today)
    return [item for item in items if item.due <= limit]


# -- the rules ---------------------------------------------------------------

def _replies(ledger: Ledger, settings: Settings, today: dt.date) -> Iterable[Item]:
    for rejection in ledger.rejections.values():
        meta = rejection.meta
        if meta.replied is not None or meta.no_reply:
            continue
        known = [ledger.contacts[s] for s in dict.fromkeys(meta.contacts)
                 if s in ledger.contacts]
        writable = [c for c in known if not c.meta.do_not_contact]
        if known and not writable:
            continue  # everyone to write to asked not to be contacted
        due = settings.reply_within.after(meta.date)
        yield Item("reply", due, due < today, writable[0].slug if writable else None,
                   rejection.slug, "reply_within", meta.date, settings.reply_within)


def _contact_items(ledger: Ledger, settings: Settings, today: dt.date) -> Iterable[Item]:
    by_contact = ledger.rejections_by_contact
    for contact in ledger.contacts.values():
        if contact.meta.do_not_contact:
            continue
        rejections = by_contact.get(contact.slug) or []
        latest = rejections[-1] if rejections else None
        linkedin = _linkedin(contact, latest, settings, today)
        if linkedin is not None:
            yield linkedin
        reconnect = _reconnect(contact, latest, settings, today)
        if reconnect is not None:
            yield reconnect


def _linkedin(contact: Contact, latest: Rejection | None, settings: Settings,
              today: dt.date) -> Item | None:
    meta = contact.meta
    if not meta.linkedin or meta.linkedin_connected is not None or latest is None:
        return None
    due = settings.reply_within.after(latest.meta.date)
    return Item("linkedin", due, due < today, contact.slug, latest.slug, "reply_within",
                latest.meta.date, settings.reply_within)


def _reconnect(contact: Contact, latest: Rejection | None, settings: Settings,
               today: dt.date) -> Item | None:
    last_touch = latest_log(contact)
    if latest is None and last_touch is None:
        return None
    rejection = latest.slug if latest else None
    if contact.meta.next_reconnect is not None:
        due = contact.meta.next_reconnect
        return Item("reconnect", due, due < today, contact.slug, rejection, "next_reconnect")
    basis: Basis
    if last_touch is not None and (latest is None or last_touch.date >= latest.meta.date):
        since, after = last_touch.date, contact.meta.reconnect_every or settings.reconnect.every
        basis = "cadence"
    else:
        assert latest is not None  # no log entry, so there is a rejection
        since, after, basis = latest.meta.date, settings.reconnect.first_after, "first_after"
    due = after.after(since)
    move = unanswered_move(contact)
    if move is not None and AFTER_MOVE.after(move.date) < due:
        since, after, basis = move.date, AFTER_MOVE, "moved"
        due = after.after(since)
    return Item("reconnect", due, due < today, contact.slug, rejection, basis, since, after)


def unanswered_move(contact: Contact) -> LogEntry | None:
    """The latest ``moved`` entry when no other touch is on or after its date: news
    not yet acted on (a reconnect after the move has answered it)."""
    moves = [e for e in contact.meta.log if e.kind == "moved"]
    if not moves:
        return None
    move = max(moves, key=lambda e: e.date)
    if any(e.kind != "moved" and e.date >= move.date for e in contact.meta.log):
        return None
    return move


def latest_log(contact: Contact) -> LogEntry | None:
    """The contact's most recent touch (the log need not be in date order;
    on a tie the later line wins)."""
    best: LogEntry | None = None
    for entry in contact.meta.log:
        if best is None or entry.date >= best.date:
            best = entry
    return best


# -- display helpers ---------------------------------------------------------

@dataclass(frozen=True)
class Described:
    """An item with the entries it is about, and plain-text phrases for it."""

    item: Item
    contact: Contact | None
    rejection: Rejection | None
    last_touch: LogEntry | None

    @property
    def action(self) -> str:
        """``reply``, ``connect on LinkedIn`` or ``reconnect``."""
        return ACTIONS[self.item.kind]

    @property
    def company(self) -> str | None:
        if self.contact is not None and self.contact.meta.company:
            return self.contact.meta.company
        return self.rejection.meta.company if self.rejection is not None else None

    @property
    def who(self) -> str:
        """``Jane Doe (Northwind)``; the company alone for a reply to nobody in particular."""
        company = self.company
        if self.contact is None:
            return company or "(unknown)"
        name = self.contact.meta.name
        return f"{name} ({company})" if company else name

    @property
    def why(self) -> str:
        """The rejection behind the item, or the last touch when there is none."""
        parts: list[str] = []
        if self.rejection is not None:
            # Name the company only when it is not already in ``who``.
            other = self.rejection.meta.company != self.company
            parts.append(rejection_phrase(self.rejection, with_company=other))
        elif self.last_touch is not None:
            parts.append(f"last touch {self.last_touch.date.isoformat()}"
                         f" ({self.last_touch.kind})")
        if self.item.basis == "next_reconnect":
            parts.append("planned date")
        elif self.item.basis == "moved" and self.item.since is not None:
            parts.append(f"moved {self.item.since.isoformat()}")
        elif self.item.basis == "cadence" and self.rejection is not None and \
                self.item.since is not None:
            parts.append(f"last touch {self.item.since.isoformat()}")
        return "; ".join(parts)


def describe(ledger: Ledger, item: Item) -> Described:
    contact = ledger.contacts.get(item.contact) if item.contact else None
    rejection = ledger.rejections.get(item.rejection) if item.rejection else None
    return Described(item, contact, rejection,
                     latest_log(contact) if contact is not None else None)


def rejection_phrase(rejection: Rejection, with_company: bool = True) -> str:
    """``Senior Data Engineer at Northwind, final-round, rejected 2026-02-28``."""
    meta = rejection.meta
    parts = [f"{meta.role} at {meta.company}" if with_company else meta.role]
    if meta.stage:
        parts.append(meta.stage)
    parts.append(f"rejected {meta.date.isoformat()}")
    return ", ".join(parts)


def when_phrase(due: dt.date, today: dt.date) -> str:
    """``3 days overdue``, ``today``, ``tomorrow``, ``in 5 days``."""
    days = (due - today).days
    if days < 0:
        return f"{-days} day{'' if days == -1 else 's'} overdue"
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    return f"in {days} days"


@dataclass(frozen=True)
class Group:
    """A heading of the timeline: ``key`` is stable (for anchors), ``title`` is shown."""

    key: str
    title: str
    items: tuple[Item, ...]


def group_key(due: dt.date, today: dt.date) -> str:
    if due < today:
        return "overdue"
    if due <= today + WEEK:
        return "this-week"
    if (due.year, due.month) == (today.year, today.month):
        return "this-month"
    return f"{due.year:04d}-{due.month:02d}"


def group(items: Iterable[Item], today: dt.date) -> list[Group]:
    """Overdue, this week, this month, then month by month; items keep their order."""
    buckets: dict[str, list[Item]] = {}
    for item in sorted(items, key=sort_key):
        buckets.setdefault(group_key(item.due, today), []).append(item)
    fixed = ("overdue", "this-week", "this-month")
    keys = [k for k in fixed if k in buckets] + sorted(k for k in buckets if k not in fixed)
    return [Group(key, group_title(key), tuple(buckets[key])) for key in keys]


def group_title(key: str) -> str:
    fixed = {"overdue": "Overdue", "this-week": "This week", "this-month": "This month"}
    if key in fixed:
        return fixed[key]
    year, month = key.split("-")
    return f"{_MONTHS[int(month) - 1]} {year}"
