"""Small pieces every page builder uses."""

from __future__ import annotations

import json
from functools import partial
from typing import IO, Any, Callable

from markupsafe import escape

from ..context import GeneratedPage, SiteContext
from ..fasthtml import convert_chunks
from ..markup import strip_controls
from ..templating import render_chunks
from ..icons import icon, icon_svg  # noqa: F401  (icon_svg: for other builders)


def page(ctx: SiteContext, src_uri: str, template: str, title: str, *, entry: bool = False,
         search: str | None = None, later: Callable[[], dict[str, Any]] | None = None,
         **values: Any) -> GeneratedPage:
    """A generated page titled ``title`` whose body is ``template`` rendered (when
    MkDocs builds the page); ``search`` is its one search entry's text (see
    ``site.search``), None to index its HTML. ``later`` gives the values that are
    worth computing only when the page is built (they are not held until then)."""
    render = partial(_html, ctx, src_uri, template, later, values)  # not a closure: smaller
    # The title goes through front matter as a JSON string (valid YAML, no injection),
    # escaped already: Material prints page.title into <title> and <h1> unescaped.
    title = str(escape(strip_controls(title)))
    # MkDocs reads only this stub; the plugin puts in the HTML (see fasthtml).
    return GeneratedPage(src_uri, f"---\ntitle: {json.dumps(title)}\n---\n", entry, render,
                         title=title, search=search)


def _html(ctx: SiteContext, src_uri: str, template: str,
          later: Callable[[], dict[str, Any]] | None,
          values: dict[str, Any], sink: IO[str] | None = None
          ) -> tuple[str, list[dict[str, Any]]]:
    root, target = ctx.links.root_from(src_uri), ctx.links.target

    def href(to_uri: str) -> str:
        return root + target(to_uri)

    more = later() if later is not None else {}
    return convert_chunks(render_chunks(
        template, ctx=ctx, ledger=ctx.ledger, today=ctx.today, href=href, icon=icon,
        settings=ctx.settings, src_uri=src_uri, **values, **more), sink)


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
