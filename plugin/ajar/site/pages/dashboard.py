"""The dashboard: today's work, counts, the pattern alert, recent changes.

Every owed reply and every LinkedIn connect is listed (overdue first, then the
soonest): each can be done this morning, and a reply due in ten days is still
owed, as ``ajar stats`` counts it. Reconnects and radar checks are the ones a
plain ``ajar due`` lists (overdue or due in the next 7 days); the timeline has
the rest. Each card counts exactly what is listed under it.
"""

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
    # The 7-day window of a plain `ajar due`: the same schedule, the same window.
    due = due_within(ctx.schedule, ctx.today, DEFAULT_WITHIN)
    lists = {"replies": [i for i in ctx.schedule if i.kind == "reply"],
             "linkedin": [i for i in ctx.schedule if i.kind == "linkedin"],
             "reconnects": [i for i in due if i.kind == "reconnect"],
             "radar": [i for i in due if i.kind == "radar"]}
    listed = [item for items in lists.values() for item in items]
    counts = {**{name: len(items) for name, items in lists.items()},
              "warnings": sum(1 for i in listed if i.faulty),
              "overdue": sum(1 for i in due if i.overdue),
              "today": sum(1 for i in due if not i.overdue)}
    recent = changes.recent(ctx)  # the newest ledger commits, as the changes page shows them
    return dict(counts=counts, recent=recent, **lists)
