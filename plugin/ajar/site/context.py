"""What every page builder gets: the checked ledger, settings, today and links."""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

from ajar.ledger.ledger import Ledger
from ajar.rules.replies import ReplyRenderer
from ajar.config.settings import Settings


@dataclass(frozen=True)
class GeneratedPage:
    """A page (or file) the plugin adds to the site.

    ``entry`` pages (one per contact or rejection) stay out of the navigation:
    Material renders the whole nav into every page, so thousands of entries in
    it would make the build quadratic.

    ``render`` makes a page's HTML and table of contents when MkDocs builds that
    page, not before: a big ledger's pages are never all in memory at once. Given
    a text file, it writes the HTML there instead of returning it (see plugin:
    big pages are spliced into the written page, never held whole).
    """

    src_uri: str
    content: str | bytes
    entry: bool = False
    render: Callable[..., tuple[str, list[dict[str, Any]]]] | None = None  # HTML, toc
    title: str = ""  # HTML-escaped, as the front matter of ``content`` holds it
    search: str | None = None  # one search entry's text; None: index the page's HTML


@dataclass(frozen=True)
class Links:
    """Site URLs of generated pages, relative to the site root."""

    use_directory_urls: bool
    dashboard_uri: str = "index.md"

    def url(self, src_uri: str) -> str:
        """The URL MkDocs gives the page at ``src_uri``."""
        return _url(self.use_directory_urls, src_uri)

    def root_from(self, src_uri: str) -> str:
        """The relative prefix that leads from the page at ``src_uri`` to the root."""
        url = _url(self.use_directory_urls, src_uri)
        return "" if url == "./" else "../" * url.count("/")

    def target(self, to_uri: str) -> str:
        """The page at ``to_uri`` from the site root, quoted for an href."""
        return _target(self.use_directory_urls, to_uri)

    def href(self, from_uri: str, to_uri: str) -> str:
        return self.root_from(from_uri) + self.target(to_uri)

    @staticmethod
    def contact(slug: str) -> str:
        return f"contacts/{slug}.md"

    @staticmethod
    def rejection(slug: str) -> str:
        return f"rejections/{slug}.md"

    @staticmethod
    def company(slug: str) -> str:
        return f"companies/{slug}.md"

    @staticmethod
    def problem_anchor(path: str) -> str:
        """The id of a file's first row on the problems page."""
        return "problem-" + "".join(ch if ch.isalnum() else "-" for ch in path.lower())


def _url(use_directory_urls: bool, src_uri: str) -> str:
    stem, ext = posixpath.splitext(src_uri)
    if ext != ".md":
        return src_uri
    folder, name = posixpath.split(stem)
    if not use_directory_urls:
        return f"{stem}.html"
    if name == "index":
        return f"{folder}/" if folder else "./"
    return f"{stem}/"


# Pages link to the same companies, contacts and index pages over and over: the
# most used targets are worked out once (a pure function: safe across rebuilds;
# small, as it is held at the build's peak of memory).
@lru_cache(maxsize=2048)
def _target(use_directory_urls: bool, to_uri: str) -> str:
    target = _url(use_directory_urls, to_uri)
    if target == "./":
        target = ""
    return quote(target, safe="/.-_~") or "./"


@dataclass
class SiteContext:
    """One build's view of the ledger. Derived views are computed once, lazily."""

    root: Path
    settings: Settings
    today: dt.date
    ledger: Ledger
    renderer: ReplyRenderer
    links: Links
    site_url: str | None = None
    history: Any = None  # ajar.history.History when git is read
    extras: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def schedule(self) -> Any:
        from ajar.rules import schedule
        return schedule.schedule(self.ledger, self.settings, self.today)

    @cached_property
    def companies(self) -> Any:
        from ajar.rules.companies import companies
        return companies(self.ledger)

    @cached_property
    def insights(self) -> Any:
        from ajar.rules.insights import insights
        return insights(self.ledger, self.settings, self.today)
