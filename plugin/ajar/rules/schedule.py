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
from ajar.ledger.models import Contact, LogEntry, Rejection, RejectionFacts
from ajar.config.settings import Settings
from ajar.rules.companies import Companies, CompanyView, companies

Kind = Literal["reply", "linkedin", "reconnect", "radar"]
KINDS: tuple[Kind, ...] = ("reply", "linkedin", "reconnect", "radar")

# Which rule set the due date, so pages can say why something is due.
Basis = Literal["reply_within", "next_reconnect", "cadence", "first_after", "moved",
                "next_check", "check_every"]

ACTIONS: dict[Kind, str] = {
    "reply": "reply",
    "linkedin": "connect on LinkedIn",
    "reconnect": "reconnect",
    "radar": "check openings",
}

WEEK = dt.timedelta(days=7)
# News is a reason to write: a move brings the reconnect forward to this after it.
AFTER_MOVE = Duration(2, "week")
# What "due" means with no --within: plain ``ajar due``, and the dashboard's reconnects
# and radar checks (it lists every owed reply and LinkedIn connect).
DEFAULT_WITHIN = Duration(7, "day")
# How often to look at a radar company's openings when its file does not say.
CHECK_EVERY = Duration(3, "month")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True)
class Item:
    """One thing to do: ``contact``, ``rejection`` and ``company`` are slugs (or None).

    ``due`` is ``after`` added to ``since`` (the rejection's or the last touch's
    date), except for a date set by hand (``next_reconnect``, ``next_check``: both
    None). ``faulty`` lists the files with errors the item leans on: it still
    counts, but the user must be told (DESIGN.md: never lost silently).
    """

    kind: Kind
    due: dt.date
    overdue: bool
    contact: str | None
    rejection: str | None
    basis: Basis
    since: dt.date | None = None
    after: Duration | None = None
    company: str | None = None
    faulty: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        """The entry the item is about: the rejection for a reply, the company for a
        radar check, else the contact."""
        if self.kind == "reply":
            return self.rejection or ""
        if self.kind == "radar":
            return self.company or ""
        return self.contact or ""

    def days_late(self, today: dt.date) -> int:
        """Days past due (0 when not overdue)."""
        return max((today - self.due).days, 0)

    @property
    def reason(self) -> str:
        """Why it is due then: ``3 months after the rejection on 2026-02-27``."""
        if self.basis == "next_reconnect" or (self.since is None and self.kind != "radar"):
            return "the planned date (next_reconnect)"
        if self.basis == "next_check":
            return "the planned date (next_check)"
        if self.since is None:
            return f"{self.after} from today (never checked)"
        origin = {"cadence": "the last touch", "moved": "they moved",
                  "check_every": "the last check" if self.rejection is None
                  else "the last rejection"}.get(self.basis, "the rejection")
        return f"{self.after} after {origin} on {self.since.isoformat()}"

    @property
    def warning(self) -> str | None:
        """What the user must know when the item leans on files with errors."""
        if not self.faulty:
            return None
        files = ", ".join(self.faulty)
        return (f"{files} {'has' if len(self.faulty) == 1 else 'have'} errors and"
                " {} left out of the pages: run 'ajar check' and fix {}".format(
                    "is" if len(self.faulty) == 1 else "are",
                    "it" if len(self.faulty) == 1 else "them"))

    def as_json(self) -> dict[str, object]:
        """The ``ajar due --json`` shape: the documented keys in order, then ``warning``."""
        return {"kind": self.kind, "due": self.due.isoformat(), "overdue": self.overdue,
                "contact": self.contact, "rejection": self.rejection,
                "company": self.company, "warning": self.warning,
                "problems": list(self.faulty)}


def schedule(ledger: Ledger, settings: Settings, today: dt.date) -> list[Item]:
    """Every owed reply, LinkedIn connect, reconnect and radar check, sorted for display."""
    index = companies(ledger)
    items = [*_replies(ledger, settings, today, index),
             *_contact_items(ledger, settings, today, index),
             *_radar(today, index)]
    return sorted(items, key=sort_key)


def sort_key(item: Item) -> tuple[bool, dt.date, int, str]:
    return (not item.overdue, item.due, KINDS.index(item.kind), item.slug)


def due_within(items: Iterable[Item], today: dt.date,
               within: Duration = DEFAULT_WITHIN) -> list[Item]:
    """The items due on or before ``today + within`` (overdue ones included)."""
    limit = within.after(today)
    return [item for item in items if item.due <= limit]


# -- the rules ---------------------------------------------------------------

def _faulty(*facts: RejectionFacts | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.path for f in facts if f is not None and f.faulty))


def _faulty_contact(contact: Contact | None) -> tuple[str, ...]:
    """The contact's file when only its valid values were kept (it has errors)."""
    return (contact.path,) if contact is not None and contact.extra.get("faulty") else ()


ReplyState = Literal["replied", "no-reply", "do-not-contact", "owed"]


def reply_state(ledger: Ledger, facts: RejectionFacts) -> ReplyState:
    """Whether a reply is owed for a rejection; the one rule the schedule, insights
    and pages share (a rejection whose contacts all say do_not_contact owes none)."""
    if facts.replied is not None:
        return "replied"
    if facts.no_reply:
        return "no-reply"
    known = [c for c in map(ledger.contact_or_salvaged, facts.contacts) if c is not None]
    if known and all(c.meta.do_not_contact for c in known):
        return "do-not-contact"
    return "owed"


def _replies(ledger: Ledger, settings: Settings, today: dt.date,
             index: Companies) -> Iterable[Item]:
    for facts in ledger.rejection_facts:
        if reply_state(ledger, facts) != "owed":
            continue
        people = [c for c in map(ledger.contact_or_salvaged, facts.contacts) if c is not None]
        writable = [c for c in people if not c.meta.do_not_contact]
        first = writable[0] if writable else None
        due = settings.reply_within.after(facts.date)
        yield Item("reply", due, due < today, first.slug if first else None,
                   facts.slug, "reply_within", facts.date, settings.reply_within,
                   index.slug_for(facts.company), _faulty(facts) + _faulty_contact(first))


def _contact_items(ledger: Ledger, settings: Settings, today: dt.date,
                   index: Companies) -> Iterable[Item]:
    by_contact = ledger.facts_by_contact
    for contact in [*ledger.contacts.values(), *ledger.salvaged_contacts.values()]:
        if contact.meta.do_not_contact:
            continue
        rejections = by_contact.get(contact.slug) or []
        latest = rejections[-1] if rejections else None
        company = index.slug_for(contact.meta.company) or \
            (index.slug_for(latest.company) if latest else None)
        linkedin = _linkedin(contact, latest, settings, today, company)
        if linkedin is not None:
            yield linkedin
        reconnect = _reconnect(contact, latest, settings, today, company)
        if reconnect is not None:
            yield reconnect


def _linkedin(contact: Contact, latest: RejectionFacts | None, settings: Settings,
              today: dt.date, company: str | None) -> Item | None:
    """Also for a contact without a ``linkedin`` address: find their profile."""
    if contact.meta.linkedin_connected is not None or latest is None:
        return None
    due = settings.reply_within.after(latest.date)
    return Item("linkedin", due, due < today, contact.slug, latest.slug, "reply_within",
                latest.date, settings.reply_within, company,
                _faulty_contact(contact) + _faulty(latest))


def _reconnect(contact: Contact, latest: RejectionFacts | None, settings: Settings,
               today: dt.date, company: str | None) -> Item | None:
    meta = contact.meta
    last_touch = latest_log(contact)
    if latest is None and last_touch is None and meta.next_reconnect is None:
        return None
    rejection = latest.slug if latest else None
    faulty = _faulty_contact(contact) + _faulty(latest)
    if meta.next_reconnect is not None:
        due = meta.next_reconnect
        return Item("reconnect", due, due < today, contact.slug, rejection, "next_reconnect",
                    company=company, faulty=faulty)
    basis: Basis
    if last_touch is not None and (latest is None or last_touch.date >= latest.date):
        since, after = last_touch.date, meta.reconnect_every or settings.reconnect.every
        basis = "cadence"
    else:
        assert latest is not None  # no log entry, so there is a rejection
        since, after, basis = latest.date, settings.reconnect.first_after, "first_after"
    due = after.after(since)
    move = unanswered_move(contact)
    # News since every other touch and the latest rejection: congratulate soon.
    if move is not None and since <= move.date and AFTER_MOVE.after(move.date) < due:
        since, after, basis = move.date, AFTER_MOVE, "moved"
        due = after.after(since)
    return Item("reconnect", due, due < today, contact.slug, rejection, basis, since, after,
                company, faulty)


def _radar(today: dt.date, index: Companies) -> Iterable[Item]:
    """A check of openings for each company file with ``radar: true``: due at
    ``next_check``, else ``check_every`` after the last check, else after the
    latest rejection, else from today."""
    for view in index:
        if not view.radar or view.file is None:
            continue
        meta = view.file.meta
        every = meta.check_every or CHECK_EVERY
        if meta.next_check is not None:
            due = meta.next_check
            yield Item("radar", due, due < today, None, None, "next_check", company=view.slug)
            continue
        checks = [e.date for e in meta.log if e.kind == "check"]
        facts = [RejectionFacts.of(r) for r in view.rejections] + view.faulty
        latest = max(facts, key=lambda f: (f.date, f.slug), default=None)
        if checks:
            since: dt.date | None = max(checks)
            latest = None
        else:
            since = latest.date if latest is not None else None
        due = every.after(since or today)
        yield Item("radar", due, due < today, None, latest.slug if latest else None,
                   "check_every", since, every, view.slug, _faulty(latest))


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


@dataclass(frozen=True)
class Touch:
    """The last time the user was in touch: a log entry, a reply sent or a connection."""

    date: dt.date
    kind: str  # a log kind, "replied" or "connected"
    note: str | None = None


def last_touch(ledger: Ledger, contact: Contact) -> Touch | None:
    """The contact's latest touch of any kind: log entries, replies to their rejections
    and the LinkedIn connection (news such as ``moved`` is not a touch)."""
    found: list[Touch] = [Touch(e.date, e.kind, e.note) for e in contact.meta.log
                          if e.kind != "moved"]
    if contact.meta.linkedin_connected is not None:
        found.append(Touch(contact.meta.linkedin_connected, "connected"))
    for facts in ledger.facts_by_contact.get(contact.slug, []):
        if facts.replied is not None:
            found.append(Touch(facts.replied, "replied"))
    return max(found, key=lambda t: t.date) if found else None


# -- display helpers ---------------------------------------------------------

@dataclass(frozen=True)
class Described:
    """An item with the entries it is about, and plain-text phrases for it."""

    item: Item
    contact: Contact | None
    rejection: Rejection | None
    last_touch: LogEntry | None
    facts: RejectionFacts | None = None  # the rejection's facts, also from a faulty file
    company_view: CompanyView | None = None

    @property
    def action(self) -> str:
        """``reply``, ``connect on LinkedIn``, ``reconnect`` or ``check openings``."""
        if self.item.kind == "linkedin" and self.contact is not None and \
                not self.contact.meta.linkedin:
            return "find on LinkedIn"
        return ACTIONS[self.item.kind]

    @property
    def company(self) -> str | None:
        if self.item.kind == "radar" and self.company_view is not None:
            return self.company_view.name
        if self.contact is not None and self.contact.meta.company:
            return self.contact.meta.company
        if self.facts is not None and self.facts.company:
            return self.facts.company
        return self.company_view.name if self.company_view is not None else None

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
        if self.item.kind == "radar":
            careers = self.company_view.file.meta.careers \
                if self.company_view is not None and self.company_view.file else None
            parts.append(self.item.reason)
            if careers:
                parts.append(careers)
        elif self.rejection is not None:
            # Name the company only when it is not already in ``who``.
            other = self.rejection.meta.company != self.company
            parts.append(rejection_phrase(self.rejection, with_company=other))
        elif self.facts is not None:
            parts.append(facts_phrase(self.facts, self.facts.company != self.company))
        elif self.last_touch is not None:
            parts.append(f"last touch {self.last_touch.date.isoformat()}"
                         f" ({self.last_touch.kind})")
        if self.item.basis == "next_reconnect":
            parts.append("planned date")
        elif self.item.basis == "moved" and self.item.since is not None and \
                not (parts and parts[-1].endswith("(moved)")):
            parts.append(f"moved {self.item.since.isoformat()}")
        elif self.item.basis == "cadence" and self.item.since is not None and \
                (self.rejection is not None or self.facts is not None):
            parts.append(f"last touch {self.item.since.isoformat()}")
        return "; ".join(parts)


def describe(ledger: Ledger, item: Item) -> Described:
    contact = ledger.contact_or_salvaged(item.contact) if item.contact else None
    rejection = ledger.rejections.get(item.rejection) if item.rejection else None
    facts = None
    if item.rejection:
        facts = RejectionFacts.of(rejection) if rejection is not None \
            else ledger.salvaged.get(item.rejection)
    view = companies(ledger).by_slug.get(item.company) if item.company else None
    return Described(item, contact, rejection,
                     latest_log(contact) if contact is not None else None, facts, view)


def facts_phrase(facts: RejectionFacts, with_company: bool = True) -> str:
    """A faulty rejection named from what is valid in it."""
    role = facts.role or facts.slug
    what = f"{role} at {facts.company}" if with_company and facts.company else role
    return f"{what}, rejected {facts.date.isoformat()} (the file has errors)"


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
