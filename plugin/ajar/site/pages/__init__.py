"""Page builders: one module per page kind, each ``build(ctx) -> pages``."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from ..context import GeneratedPage, SiteContext
from . import (changes, companies, contacts, dashboard, downloads, insights, problems,
               rejections, replies, timeline)

_ASSET_DIR = Path(__file__).resolve().parent.parent / "assets"
ASSETS = {"assets/ajar/ajar.css": _ASSET_DIR / "ajar.css",
          "assets/ajar/ajar.js": _ASSET_DIR / "ajar.js"}

NAV_ORDER = ["timeline/index.md", "contacts/index.md", "rejections/index.md",
             "companies/index.md", "replies/index.md", "insights/index.md",
             "changes/index.md", "problems/index.md"]

BUILDERS: list[Callable[[SiteContext], Iterable[GeneratedPage]]] = [
    dashboard.build, timeline.build, contacts.build, rejections.build, companies.build,
    replies.build, insights.build, changes.build, problems.build, downloads.build,
]


def build_all(ctx: SiteContext) -> list[GeneratedPage]:
    return [page for builder in BUILDERS for page in builder(ctx)]
