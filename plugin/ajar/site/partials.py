"""Material renders the same partials into every page: the navigation, the
palette toggle, the search box, the back-to-top button, the table of contents.
Those that read no page are made once per build. The navigation reads the page
only through its active item and its relative links: for a page outside the nav
(every rejection, contact and company page) none is active, so pages in the same
folder get the same HTML, made once per folder (see ``PartialCache.nav_key``).
The table of contents reads only the page's headings, the same few on every
entry page: made once per list of headings."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path
from typing import Any, Callable, Iterator

from jinja2 import Environment, TemplateNotFound
from mkdocs.utils import _norm_parts

NAV_TEMPLATE = "partials/nav.html"
TOC_TEMPLATE = "partials/toc.html"
# Material's partials that read neither the page nor its URL: the same on every page.
FIXED_TEMPLATES = ("partials/palette.html", "partials/search.html", "partials/top.html")

Key = tuple[Any, ...]


class PartialCache:
    """Partials' HTML by template and key, for one build (see ``wrap``)."""

    def __init__(self) -> None:
        self.nav: Any = None
        self.targets: list[list[str]] = []  # every URL the navigation links to, in parts
        self.html: dict[tuple[str, Key], str] = {}

    def wrap(self, env: Environment) -> None:
        """A new build: let ``env``'s partials answer from the cache where they may.
        Only Material's own files: an override in the user's ``custom_dir`` may read
        the page."""
        self.nav, self.html = None, {}
        self._wrap(env, NAV_TEMPLATE, self.nav_key)
        self._wrap(env, TOC_TEMPLATE, toc_key)
        for name in FIXED_TEMPLATES:
            self._wrap(env, name, _same_everywhere)

    def _wrap(self, env: Environment, name: str,
              key_of: Callable[[Any], Key | None]) -> None:
        try:
            template = env.get_template(name)
        except TemplateNotFound:  # another theme
            return
        if not _material_file(template.filename):
            return
        render = template.root_render_func
        original: Callable[[Any], Iterator[str]] = getattr(render, "original", render)

        def cached(context: Any) -> Iterator[str]:
            key = key_of(context)
            if key is None:
                yield from original(context)
                return
            html = self.html.get((name, key))
            if html is None:
                html = self.html[(name, key)] = "".join(original(context))
            yield html

        cached.original = original  # type: ignore[attr-defined]
        template.root_render_func = cached

    def _read_nav(self, nav: Any, config: Any) -> None:
        """The build's nav (complete by the time pages are rendered): the URLs it
        links to."""
        self.nav = nav
        urls = [getattr(nav.homepage, "url", None), config.theme.get("logo"),
                (config.extra or {}).get("homepage")]
        urls += [getattr(item, "url", None) for item in _walk(nav.items)]
        self.targets = [_norm_parts(url) for url in urls if isinstance(url, str)]
        self.html = {k: v for k, v in self.html.items() if k[0] != NAV_TEMPLATE}

    def nav_key(self, context: Any) -> Key | None:
        """What the navigation's relative links depend on: the page's folder (every
        link is relative to it); or, when no link points inside that folder, the
        folder without its last part and its depth, which sibling folders share
        (``rejections/a/`` and ``contacts/b/``). None for a page the navigation
        shows (or marks active)."""
        page, nav = context.get("page"), context.get("nav")
        if nav is None or page is None or page.parent is not None:
            return None
        if nav is not self.nav:
            self._read_nav(nav, context["config"])
        if any(item.active for item in nav.items) or any(p is page for p in nav.pages):
            return None
        url = page.url
        folder, _, name = url.rpartition("/")
        parts = _norm_parts(folder if "." in name else url)
        depth = len(parts)
        if depth and not any(target[:depth] == parts for target in self.targets):
            return tuple(parts[:-1]), depth
        return tuple(parts), 0


def _same_everywhere(context: Any) -> Key:
    return ()


def toc_key(context: Any) -> Key | None:
    """The page's headings as the table of contents prints them (text, anchor,
    level, nesting); None when one carries more (Material's typeset title)."""
    page = context.get("page")
    if page is None:
        return None
    return _headings(page.toc)


def _headings(items: Any) -> Key | None:
    key: list[Any] = []
    for item in items:
        if getattr(item, "typeset", None) is not None:
            return None
        children = _headings(item.children)
        if children is None:
            return None
        key.append((item.title, item.url, item.level, children))
    return tuple(key)


def _material_file(filename: str | None) -> bool:
    spec = find_spec("material")
    if filename is None or spec is None or not spec.submodule_search_locations:
        return False
    templates = Path(next(iter(spec.submodule_search_locations))).resolve() / "templates"
    return Path(filename).resolve().is_relative_to(templates)


def _walk(items: list[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        yield from _walk(getattr(item, "children", None) or [])
