"""The dashboard: today's work, counts, the pattern alert, recent changes."""

from __future__ import annotations

from typing import Any, Iterable

from ajar.rules.schedule import DEFAULT_WITHIN, due_within
from ..context import GeneratedPage, SiteContext
from . import changes
from .common import page


def build(ctx: SiteContext) -> Iterable[GeneratedPage]:
    yield page(ctx, ctx.links.dashboard_uri, "dashboard.md.j2", "Today", search="",
               later=lambda: values(ctx))


def values(ctx: SiteContext) -> dict[str, Any]:
    """The page's items, gathered when the page is built."""
    # Exactly what a plain `ajar due` lists: the same schedule, the same window.
    due = due_within(ctx.schedule, ctx.today, DEFAULT_WITHIN)
    by_kind = {kind: [i for i in due if i.kind == kind]
               for kind in ("reply", "linkedin", "reconnect", "radar")}
    counts = {"replies": len(by_kind["reply"]), "linkedin": len(by_kind["linkedin"]),
              "reconnects": len(by_kind["reconnect"]), "radar": len(by_kind["radar"]),
              "warnings": sum(1 for i in due if i.faulty),
              "overdue": sum(1 for i in due if i.overdue),
              "today": sum(1 for i in due if not i.overdue)}
    recent = changes.recent(ctx)  # the newest ledger commits, as the changes page shows them
    return dict(counts=counts, replies=by_kind["reply"], linkedin=by_kind["linkedin"],
                reconnects=by_kind["reconnect"], radar=by_kind["radar"], recent=recent)
