"""Material renders the whole navigation into every page. For a page outside the
nav (every rejection, contact and company page) no item is active and every
link is relative, so pages in the same folder get the same HTML: it is made
once per folder (or per depth, see ``key``) and build instead of once per page."""

from __future__ import annotations

from typing import Any, Callable, Iterator

from jinja2 import Environment, TemplateNotFound
from mkdocs.utils import _norm_parts

NAV_TEMPLATE = "partials/nav.html"


class NavCache:
    """The navigation's HTML by folder, for one build's nav (see ``wrap``)."""

    def __init__(self) -> None:
        self.nav: Any = None
        self.targets: list[list[str]] = []  # every URL the navigation links to, in parts
        self.html: dict[tuple[tuple[str, ...], int], str] = {}

    def _reset(self, nav: Any, config: Any) -> None:
        """A new build (its nav, complete by now): the URLs it links to, nothing
        rendered yet."""
        self.nav, self.html = nav, {}
        urls = [getattr(nav.homepage, "url", None), config.theme.get("logo"),
                (config.extra or {}).get("homepage")]
        urls += [getattr(item, "url", None) for item in _walk(nav.items)]
        self.targets = [_norm_parts(url) for url in urls if isinstance(url, str)]

    def wrap(self, env: Environment) -> None:
        """Let ``env``'s navigation template answer from the cache where it may."""
        try:
            template = env.get_template(NAV_TEMPLATE)
        except TemplateNotFound:  # another theme
            return
        render = template.root_render_func
        original: Callable[[Any], Iterator[str]] = getattr(render, "original", render)

        def cached(context: Any) -> Iterator[str]:
            key = self.key(context)
            if key is None:
                yield from original(context)
                return
            html = self.html.get(key)
            if html is None:
                html = self.html[key] = "".join(original(context))
            yield html

        cached.original = original  # type: ignore[attr-defined]
        template.root_render_func = cached

    def key(self, context: Any) -> tuple[tuple[str, ...], int] | None:
        """What the navigation's relative links depend on: the page's folder (every
        link is relative to it); or, when no link points inside that folder, the
        folder without its last part and its depth, which sibling folders share
        (``rejections/a/`` and ``contacts/b/``). None for a page the navigation
        shows (or marks active)."""
        page, nav = context.get("page"), context.get("nav")
        if nav is None or page is None or page.parent is not None:
            return None
        if nav is not self.nav:
            self._reset(nav, context["config"])
        if any(item.active for item in nav.items) or any(p is page for p in nav.pages):
            return None
        url = page.url
        folder, _, name = url.rpartition("/")
        parts = _norm_parts(folder if "." in name else url)
        depth = len(parts)
        if depth and not any(target[:depth] == parts for target in self.targets):
            return tuple(parts[:-1]), depth
        return tuple(parts), 0


def _walk(items: list[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        yield from _walk(getattr(item, "children", None) or [])
