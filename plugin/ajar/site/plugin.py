"""The ``ajar`` MkDocs plugin: thin event handlers over the ledger core."""

from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from ajar.rules.check import load_checked
from ajar.ledger.dates import DateError
from ajar.ledger.loader import LoadCache
from ajar.config.project import Project, settings_problems
from ajar.config.settings import Settings
from . import icons, search, theme
from .config import AjarConfig
from .context import GeneratedPage, Links, SiteContext
from .pages import ASSETS, NAV_ORDER, build_all
from .partials import PartialCache
from .privacy import site_privacy_problems
from .splice import Spliced

log = get_plugin_logger(__name__)

_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
ROBOTS = '<meta name="robots" content="noindex, nofollow">'
BIG_PAGE = 1 << 20  # bytes of a page's body above which it is spliced (see Spliced)


class AjarPlugin(BasePlugin[AjarConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command = "build"
        self.cache = LoadCache()  # plugin instances outlive `mkdocs serve` rebuilds
        self.history_cache: Any = None
        self.settings = Settings()
        self.root = Path.cwd()
        self.context: SiteContext | None = None
        self.ready: dict[str, GeneratedPage] = {}  # our pages by src_uri, HTML to make
        self.rendering: dict[str, GeneratedPage] = {}  # ... read by MkDocs, not built yet
        self.built: set[str] = set()  # ... built, until written out
        self.search_texts: dict[str, GeneratedPage] = {}  # pages with their own search entry
        self.search_index: list[dict[str, Any]] | None = None  # Material's, when in use
        self.spliced: list[Spliced] = []  # big pages, put together after the build
        self.partials = PartialCache()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.settings, issues = Settings.read(dict(self.config))
        problems = settings_problems(issues, _config_file(config))
        errors = [problem.format() for problem in problems if problem.is_error]
        if errors:
            raise PluginError("\n".join(errors))
        for problem in problems:
            log.warning(problem.format())  # a warning: `--strict` fails on it
        if self.command == "gh-deploy" and not self.settings.allow_publish:
            raise PluginError(
                "ajar: refusing to publish: this site holds other people's personal data."
                " Set 'allow_publish: true' under the ajar plugin in mkdocs.yml only if the"
                " destination is private.")
        self.root = _project_root(config)
        self._guard_site_dir(config)
        for problem in site_privacy_problems(config, self.command, _config_file(config)):
            log.warning(problem.format())  # a warning: `--strict` fails on it
        theme.configure(config)
        return config

    def _guard_site_dir(self, config: MkDocsConfig) -> None:
        # MkDocs empties site_dir before a build: it must neither be inside the ledger
        # or docs (the build would write there) nor contain them (the clean would
        # delete them).
        site = Path(config.site_dir).resolve()
        for protected in (self.root / self.settings.ledger_dir, Path(config.docs_dir)):
            protected = protected.resolve()
            if site == protected or protected in site.parents:
                raise PluginError(f"ajar: site_dir {site} is inside {protected}: the build"
                                  " never writes into the ledger or docs; choose another"
                                  " site_dir")
            if site in protected.parents:
                raise PluginError(f"ajar: site_dir {site} contains {protected}: building"
                                  " would empty it; choose a site_dir outside the ledger"
                                  " and docs")

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        try:
            today = self.settings.resolve_today()
        except DateError as error:
            raise PluginError(str(error)) from None
        project = Project(_config_file(config), self.settings)
        checked = load_checked(project, self.cache, today)
        taken = _taken_uris(files)
        dashboard = "dashboard/index.md" if "index.html" in taken else "index.md"
        self.context = SiteContext(
            root=self.root, settings=self.settings, today=today, ledger=checked.ledger,
            renderer=checked.renderer, links=Links(config.use_directory_urls, dashboard),
            site_url=config.site_url, history=self._read_history())
        docs = _display_dir(Path(config.docs_dir), self.root)
        self.ready, self.rendering, self.search_texts, self.built = {}, {}, {}, set()
        _ReadyPage.plugin = self
        self.spliced = []
        self.search_index = search.material_index(config)
        for page in build_all(self.context):
            inclusion = InclusionLevel.NOT_IN_NAV if page.entry else InclusionLevel.UNDEFINED
            file = File.generated(config, page.src_uri, content=page.content,
                                  inclusion=inclusion)
            mine = taken.get(file.src_uri) or taken.get(file.dest_uri)
            if mine is not None:
                log.warning(f"{docs}/{mine} hides the page Ajar generates at"
                            f" {file.url or './'}: rename your file")
                continue
            files.append(file)
            if page.render is not None:
                self.ready[page.src_uri] = page
                if page.search is not None and self.search_index is not None:
                    self.search_texts[page.src_uri] = page
        for name, path in ASSETS.items():
            files.append(File.generated(config, name, abs_src_path=str(path)))
        files.append(File.generated(config, icons.STYLESHEET, content=icons.stylesheet()))
        for problem in checked.ledger.sorted_problems():
            # Logged as warnings so that `mkdocs build --strict` fails on any problem.
            log.warning(problem.format())
        # The ledger and the generated pages live until the build ends: out of the
        # collector's way, full collections cost in proportion to the new objects
        # only, not to the whole ledger again and again (see on_post_build).
        gc.collect(1)
        gc.freeze()
        return files

    def on_post_build(self, config: MkDocsConfig) -> None:
        for spliced in self.spliced:
            spliced.write()
        self.spliced = []
        # Under `mkdocs serve` this build's objects become garbage at the next one.
        gc.unfreeze()

    def on_build_error(self, error: Exception) -> None:
        for spliced in self.spliced:
            spliced.discard()
        self.spliced = []
        gc.unfreeze()

    def _read_history(self) -> Any:
        try:
            from ajar.history import HistoryCache
        except ImportError:  # the audit trail is optional for the rest of the site
            return None
        if self.history_cache is None:
            self.history_cache = HistoryCache()
        history = self.history_cache.get(self.root, self.settings.ledger_dir)
        if not history.available:
            log.info(f"no git history: {history.reason}")
        for line in history.skipped:
            log.info(line)
        return history

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        if config.nav is None:
            # Our index pages first, in the order of the day's work; the user's pages after.
            order = {uri: i for i, uri in enumerate(NAV_ORDER)}
            dashboard = self.context.links.dashboard_uri if self.context else "index.md"
            order[dashboard] = -1
            # Each index page sits alone in its folder's section ("Contacts" holding
            # "Contacts"): show the page itself instead.
            nav.items = [_unwrap(item, order) for item in nav.items]
            nav.items.sort(key=lambda item: order.get(_src_uri(item), len(order)))
            # Previous/next links follow the new order.
            nav.pages = _pages(nav.items)
            bookended = [None, *nav.pages, None]
            for before, page, after in zip(bookended, nav.pages, bookended[2:]):
                page.previous_page, page.next_page = before, after
        return nav

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        # Material's partials made once per build (the navigation: once per folder
        # for the pages outside it), not once per page.
        self.partials.wrap(env)
        return env

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        # The ledger lives outside docs_dir: watch it so edits reload the site.
        ledger = self.root / self.settings.ledger_dir
        if ledger.is_dir():
            server.watch(str(ledger))
        else:  # watching a missing folder would stop the server before it starts
            log.info(f"not watching {ledger}: it does not exist; create it and restart"
                     " mkdocs serve")
        self._serve_actions(server, config)
        return server

    def _serve_actions(self, server: Any, config: MkDocsConfig) -> None:
        """Let served pages record actions (site/endpoint.py): on loopback, or
        elsewhere only with ``allow_remote_edits: true``."""
        from .endpoint import Endpoint, Served

        host, port = config.dev_addr.host, config.dev_addr.port
        served = Served(host, port, getattr(server, "mount_path", "/"))
        enabled = served.loopback or self.settings.allow_remote_edits
        refusal = ""
        if not enabled:
            refusal = (f"recording from the site is off: mkdocs serve listens on {host},"
                       " not on loopback; set 'allow_remote_edits: true' under the ajar"
                       " plugin to turn it on")
            log.warning(f"privacy: {refusal}; the pages show the ajar commands instead")
        config_file = _config_file(config)
        endpoint = Endpoint(server.get_app(), served,
                            lambda: Project(config_file, self.settings),
                            enabled=enabled, refusal=refusal)
        server.set_app(endpoint)

    def on_pre_page(self, page: Page, config: MkDocsConfig, files: Files) -> Page:
        ready = self.ready.pop(page.file.src_uri, None)
        if ready is not None:
            # Our pages are HTML already (see fasthtml): no front matter to parse and
            # no Python-Markdown to run, which MkDocs would set up anew for each page.
            # A class, not two closures per page: those held every page's values
            # (and a copy of its attribute dict) until the build ended.
            page.__class__ = _ReadyPage
            self.rendering[page.file.src_uri] = ready
        return page

    @event_priority(50)  # before the search plugin reads the page
    def on_page_context(self, context: Any, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> Any:
        ready = self.rendering.pop(page.file.src_uri, None)
        if ready is not None and ready.render is not None:
            if not ready.entry and ready.search is not None:
                # An index page (the timeline holds every rejection): its HTML goes
                # to a file and, when big, into the written page at the end (see
                # Spliced); its own search entry means search needs not read it.
                spliced = Spliced(page.file.abs_dest_path)
                _, toc = ready.render(spliced.body)
                page.content = spliced.small(BIG_PAGE)
                if page.content is None:
                    page.content = spliced.marker
                    self.spliced.append(spliced)
            else:
                page.content, toc = ready.render()
            page.toc = get_toc(toc)  # type: ignore[arg-type]
            self.built.add(page.file.src_uri)
        ready = self.search_texts.pop(page.file.src_uri, None)
        if ready is not None and self.search_index is not None:
            self.search_index.append(
                {"location": page.url, "title": ready.title, "text": ready.search})
        return context

    @event_priority(-50)  # after other plugins, which may still read page.content
    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if page.file.src_uri in self.built:
            self.built.discard(page.file.src_uri)
            # Written out: one page's HTML and headings in memory at a time.
            page.content = None
            page.toc = _NO_TOC
        return _noindex(output)

    def on_post_template(self, output_content: str, template_name: str,
                         config: MkDocsConfig) -> str:
        # Static templates (404.html) are pages too, for search engines.
        if template_name.endswith((".html", ".htm")):
            return _noindex(output_content)
        return output_content


_NO_TOC = get_toc([])


class _ReadyPage(Page):
    """One of the plugin's pages, read from the plugin instead of a file."""

    plugin: AjarPlugin | None = None  # the one instance (no multiple instances)

    def read_source(self, config: MkDocsConfig) -> None:
        assert self.plugin is not None
        ready = self.plugin.rendering[self.file.src_uri]
        self.markdown = ""
        self.meta = {"title": ready.title}
        if self.file.src_uri in self.plugin.search_texts:
            # Material's search leaves the HTML alone; on_page_context adds the entry.
            self.meta["search"] = {"exclude": True}

    def render(self, config: MkDocsConfig, files: Files) -> None:
        # The HTML is made in on_page_context, just before Material's template needs it.
        self.content = ""
        self.toc = _NO_TOC


def _noindex(html: str) -> str:
    if ROBOTS in html:
        return html
    return _HEAD.sub(lambda m: m.group(0) + ROBOTS, html, count=1)


def _taken_uris(files: Files) -> dict[str, str]:
    """The user's own files by source and by destination: a generated page must
    not clash with either (docs/contacts.md is served at contacts/ too, and
    docs/README.md at the root)."""
    taken: dict[str, str] = {}
    for file in files:
        taken.setdefault(file.src_uri, file.src_uri)
        taken.setdefault(file.dest_uri, file.src_uri)
    return taken


def _display_dir(folder: Path, root: Path) -> str:
    try:
        return folder.resolve().relative_to(root).as_posix()
    except ValueError:
        return folder.as_posix()


def _config_file(config: MkDocsConfig) -> Path:
    """The config file; MkDocs leaves the path empty when it reads the config from
    stdin (``mkdocs build -f -``): the project is then the current folder, as it is
    for MkDocs' own relative paths."""
    if config.config_file_path:
        return Path(config.config_file_path).resolve()
    return Path.cwd().resolve() / "mkdocs.yml"


def _project_root(config: MkDocsConfig) -> Path:
    return _config_file(config).parent


def _unwrap(item: Any, ours: dict[str, int]) -> Any:
    """A section whose only child is one of our index pages becomes that page."""
    children = getattr(item, "children", None) or []
    if getattr(item, "is_section", False) and len(children) == 1:
        child = children[0]
        file = getattr(child, "file", None)
        if getattr(child, "is_page", False) and file is not None and file.src_uri in ours:
            child.parent = item.parent
            return child
    return item


def _pages(items: list[Any]) -> list[Page]:
    pages: list[Page] = []
    for item in items:
        if isinstance(item, Page):
            pages.append(item)
        pages.extend(_pages(getattr(item, "children", None) or []))
    return pages


def _src_uri(item: Any) -> str:
    file = getattr(item, "file", None)
    if file is not None:
        return str(file.src_uri)
    children = getattr(item, "children", None) or []
    return _src_uri(children[0]) if children else ""
