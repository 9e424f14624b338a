"""The rejection index (newest first) and one page per rejection."""

from __future__ import annotations

from functools import partial
from typing import Any, Callable, Iterable

from ajar.ledger.models import Rejection, RejectionFacts
from ajar.rules.schedule import reply_state
from ..context import GeneratedPage, SiteContext
from ..search import rejection_text
from .common import filled_replies, page


def build(ctx: SiteContext) -> Iterable[GeneratedPage]:
    ledger = ctx.ledger
    yield page(ctx, "rejections/index.md", "rejections.md.j2", "Rejections", search="",
               rejections=ledger.rejections_newest_first,
               reply_states={r.slug: reply_state(ledger, RejectionFacts.of(r))
                             for r in ledger.rejections.values()})
    reconnects = {i.contact: i for i in ctx.schedule if i.kind == "reconnect"}
    for rejection in ledger.rejections_newest_first:
        contacts = [ledger.contacts[s] for s in rejection.meta.contacts if s in ledger.contacts]
        yield page(ctx, ctx.links.rejection(rejection.slug), "rejection.md.j2",
                   f"{rejection.meta.role} at {rejection.meta.company}", entry=True,
                   search=rejection_text(ledger, rejection),
                   later=_values(ctx, rejection, contacts, reconnects))


def _values(ctx: SiteContext, rejection: Rejection, contacts: list[Any],
            reconnects: dict[str | None, Any]) -> Callable[[], dict[str, Any]]:
    """A rejection page's values, made when the page is built (see common.page)."""
    return partial(_page_values, ctx, rejection, contacts, reconnects)


def _page_values(ctx: SiteContext, rejection: Rejection, contacts: list[Any],
                 reconnects: dict[str | None, Any]) -> dict[str, Any]:
    return {"rejection": rejection, "contacts": contacts,
            "checklist": checklist(ctx, rejection, contacts, reconnects),
            "replies": rejection_replies(ctx, rejection),
            "mail_to": contacts[0].meta.email if contacts and contacts[0].meta.email
            else None}


def checklist(ctx: SiteContext, rejection: Rejection, contacts: list[Any],
              reconnects: dict[str | None, Any]) -> list[dict[str, Any]]:
    """Reply sent, LinkedIn, reconnect scheduled: what is done and what is next."""
    m = rejection.meta
    steps: list[dict[str, Any]] = []
    if m.replied:
        steps.append({"done": True, "text": f"Reply sent on {m.replied.isoformat()}"})
    elif m.no_reply:
        steps.append({"done": True, "text": "No reply owed (nobody to reply to)"})
    elif reply_state(ctx.ledger, RejectionFacts.of(rejection)) == "do-not-contact":
        steps.append({"done": True, "text": "No reply owed (they asked not to be contacted)"})
    else:
        due = ctx.settings.reply_within.after(m.date)
        steps.append({"done": False, "text": f"Send the thank-you reply (due {due.isoformat()})"})
    for contact in contacts:
        name = contact.meta.name
        if contact.meta.do_not_contact:
            steps.append({"done": True, "text": f"{name}: do not contact"})
            continue
        if contact.meta.linkedin_connected:
            steps.append({"done": True, "text": f"Connected with {name} on LinkedIn on"
                                                f" {contact.meta.linkedin_connected.isoformat()}"})
        elif contact.meta.linkedin:
            steps.append({"done": False, "text": f"Connect with {name} on LinkedIn"})
        item = reconnects.get(contact.slug)
        if item is not None:
            steps.append({"done": True, "text": f"Reconnect with {name} scheduled for"
                                                f" {item.due.isoformat()}"})
    if not contacts:
        steps.append({"done": False, "text": "No contact recorded: add who sent it to stay"
                                             " in touch"})
    return steps


def rejection_replies(ctx: SiteContext, rejection: Rejection) -> list[Any]:
    return filled_replies(ctx, ("rejection",), rejection=rejection)
