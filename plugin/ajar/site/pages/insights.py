"""Insights: counts by stage, month, reason and company; reply rate and delay."""

from __future__ import annotations

from typing import Iterable

from ..context import GeneratedPage, SiteContext
from .common import page


def build(ctx: SiteContext) -> Iterable[GeneratedPage]:
    data = ctx.insights
    peak = max(data.by_month.values(), default=0) or 1
    yield page(ctx, "insights/index.md", "insights.md.j2", "Insights", data=data, peak=peak,
               stage_peak=max(data.by_stage.values(), default=0) or 1)
