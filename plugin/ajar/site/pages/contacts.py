"""The contact index (sortable, filterable) and one page per contact."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Iterable

from ajar.ledger.models import Contact, LogEntry
from ajar.rules.schedule import Touch, last_touch
from ..context import GeneratedPage, SiteContext
from ..search import contact_text
from .common import filled_replies, page


@dataclass(frozen=True)
class ContactRow:
    contact: Contact
    rejections: int
    touch: Touch | None  # the latest log entry, reply sent or LinkedIn connection
    next_reconnect: Any  # the schedule item, or None
    linkedin: str  # "connected", "to connect", "none" or "do not contact"
    moved: LogEntry | None = None  # the latest `moved` log entry: news worth a word

    @property
    def last_touch(self) -> dt.date | None:
        return self.touch.date if self.touch is not None else None


def latest_move(contact: Contact) -> LogEntry | None:
    return max((e for e in contact.meta.log if e.kind == "moved"), key=lambda e: e.date,
               default=None)


def linkedin_state(contact: Contact) -> str:
    if contact.meta.linkedin_connected:
        return "connected"
    if contact.meta.do_not_contact:
        return "do not contact"
    return "to connect" if contact.meta.linkedin else "none"


def rows(ctx: SiteContext) -> list[ContactRow]:
    reconnect = {item.contact: item for item in ctx.schedule if item.kind == "reconnect"}
    by_contact = ctx.ledger.rejections_by_contact
    return [ContactRow(c, len(by_contact.get(c.slug, [])), last_touch(ctx.ledger, c),
                       reconnect.get(c.slug), linkedin_state(c), latest_move(c))
            for c in sorted(ctx.ledger.contacts.values(), key=lambda c: c.meta.name.lower())]


def build(ctx: SiteContext) -> Iterable[GeneratedPage]:
    all_rows = rows(ctx)
    yield page(ctx, "contacts/index.md", "contacts.md.j2", "Contacts", search="",
               rows=all_rows)
    for row in all_rows:
        contact = row.contact
        yield page(ctx, ctx.links.contact(contact.slug), "contact.md.j2", contact.meta.name,
                   entry=True, search=contact_text(ctx.ledger, contact), later=_values(ctx, row))


def _values(ctx: SiteContext, row: ContactRow) -> Callable[[], dict[str, Any]]:
    """A contact page's values, made when the page is built (see common.page)."""
    return partial(_page_values, ctx, row)


def _page_values(ctx: SiteContext, row: ContactRow) -> dict[str, Any]:
    contact = row.contact
    return {"row": row, "contact": contact,
            "rejections": ctx.ledger.rejections_by_contact.get(contact.slug, [])[::-1],
            "replies": contact_replies(ctx, contact)}


def contact_replies(ctx: SiteContext, contact: Contact) -> list[Any]:
    """The reconnect and LinkedIn templates filled in for this person (none for
    someone who asked not to be contacted: no draft to send them)."""
    if contact.meta.do_not_contact:
        return []
    return filled_replies(ctx, ("reconnect", "linkedin"), contact=contact)
