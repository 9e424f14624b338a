"""The problems page: every fault with its file and line."""

from __future__ import annotations

from typing import Iterable

from ..context import GeneratedPage, SiteContext
from .common import page


def build(ctx: SiteContext) -> Iterable[GeneratedPage]:
    problems = ctx.ledger.sorted_problems()
    errors = sum(1 for p in problems if p.is_error)
    yield page(ctx, "problems/index.md", "problems.md.j2", "Problems", problems=problems,
               errors=errors)
