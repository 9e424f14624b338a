"""Small pieces every page builder uses."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from ..context import GeneratedPage, SiteContext
from ..fasthtml import convert
from ..markup import strip_bidi
from ..templating import render

_ICONS = Path(__import__("material").__file__).parent / "templates" / ".icons"


@lru_cache(maxsize=None)
def icon_svg(name: str) -> str:
    """The SVG source of a Material icon (``material/account``), or '' if unknown."""
    try:
        return (_ICONS / f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return ""


@lru_cache(maxsize=None)
def icon(name: str) -> Markup:
    """A Material icon inlined as SVG: nothing fetched."""
    svg = icon_svg(name)
    return Markup(f'<span class="twemoji ajar-icon">{svg}</span>' if svg else "")


def page(ctx: SiteContext, src_uri: str, template: str, title: str, *, entry: bool = False,
         **values: Any) -> GeneratedPage:
    """Render ``template`` into a generated Markdown page titled ``title``."""
    def href(to_uri: str) -> str:
        return ctx.links.href(src_uri, to_uri)

    body = render(template, ctx=ctx, ledger=ctx.ledger, today=ctx.today, href=href, icon=icon,
                  settings=ctx.settings, src_uri=src_uri, **values)
    # The title goes through front matter as a JSON string (valid YAML, no injection),
    # escaped already: Material prints page.title into <title> and <h1> unescaped.
    meta = json.dumps(str(escape(strip_bidi(title))))
    content, toc = convert(body)
    # MkDocs converts only this stub; the plugin swaps in the HTML (see fasthtml).
    return GeneratedPage(src_uri, f"---\ntitle: {meta}\n---\n", entry, content, toc)


def filled_replies(ctx: SiteContext, purposes: tuple[str, ...], contact: Any = None,
                   rejection: Any = None) -> list[tuple[Any, Any]]:
    """Each template for ``purposes`` filled in, or the problem it raised."""
    from ajar.rules.replies import ReplyError

    filled: list[tuple[Any, Any]] = []
    context = ctx.renderer.context(ctx.ledger, contact, rejection)
    for template in ctx.ledger.replies.values():
        if template.meta.for_ not in purposes:
            continue
        try:
            filled.append((template, ctx.renderer.render(template, context)))
        except ReplyError as error:
            filled.append((template, error.problem))
    return filled
