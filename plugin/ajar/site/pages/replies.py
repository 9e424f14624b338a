"""The reply templates: what each is for, an example filled in, and its source."""

from __future__ import annotations

from typing import Any, Iterable

from ajar.ledger.models import ReplyTemplate
from ajar.rules.replies import PURPOSES, ReplyError
from ..context import GeneratedPage, SiteContext
from .common import page


def build(ctx: SiteContext) -> Iterable[GeneratedPage]:
    templates = sorted(ctx.ledger.replies.values(),
                       key=lambda t: (list(PURPOSES).index(t.meta.for_), t.slug))
    yield page(ctx, "replies/index.md", "replies.md.j2", "Reply templates",
               templates=templates, purposes=PURPOSES,
               examples={t.slug: example(ctx, t) for t in templates},
               broken=sorted(ctx.ledger.broken.get("replies", set())))


def example(ctx: SiteContext, template: ReplyTemplate) -> dict[str, Any] | None:
    """The template filled in for the newest rejection (or the person who sent it):
    ``{"for": (kind, slug, label), "reply": RenderedReply or Problem}``, or None
    when the ledger has nobody to fill it in for."""
    ledger = ctx.ledger
    newest = ledger.rejections_newest_first
    if template.meta.for_ == "rejection":
        if not newest:
            return None
        rejection = newest[0]
        target = ("rejection", rejection.slug, f"{rejection.meta.role} at {rejection.meta.company}")
        context = ctx.renderer.context(ledger, None, rejection)
    else:
        contact = next((ledger.contacts[s] for r in newest for s in r.meta.contacts
                        if s in ledger.contacts), None)
        if contact is None:
            contact = next(iter(sorted(ledger.contacts.values(), key=lambda c: c.slug)), None)
        if contact is None:
            return None
        target = ("contact", contact.slug, contact.meta.name)
        context = ctx.renderer.context(ledger, contact, None)
    try:
        reply: Any = ctx.renderer.render(template, context)
    except ReplyError as error:
        reply = error.problem
    return {"for": target, "reply": reply}
