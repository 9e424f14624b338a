"""Companies: the radar first (with the next check), then every company known
from files, rejections and contacts; one page per company, file or not."""

from __future__ import annotations

from typing import Any, Iterable

from ..context import GeneratedPage, SiteContext
from .common import page


def radar_items(ctx: SiteContext) -> dict[str, Any]:
    """Each radar company's next check (the schedule's item), by company slug."""
    return {item.company: item for item in ctx.schedule if item.kind == "radar"}


def ordered(ctx: SiteContext) -> tuple[list[Any], list[Any]]:
    """The radar, next check first; then the others, most rejections first."""
    checks = radar_items(ctx)
    views = list(ctx.companies)
    radar = sorted((v for v in views if v.slug in checks),
                   key=lambda v: (checks[v.slug].due, v.name.casefold()))
    others = sorted((v for v in views if v.slug not in checks),
                    key=lambda v: (-len(v.rejections), v.name.casefold()))
    return radar, others


def build(ctx: SiteContext) -> Iterable[GeneratedPage]:
    checks = radar_items(ctx)
    radar, others = ordered(ctx)
    yield page(ctx, "companies/index.md", "companies.md.j2", "Companies", radar=radar,
               others=others, checks=checks)
    for view in [*radar, *others]:
        yield page(ctx, ctx.links.company(view.slug), "company.md.j2", view.name, entry=True,
                   company=view, check=checks.get(view.slug))
