"""Shared fixtures: a local web server for built sites, and one headless Chromium
per session that fails a test on any request to another host, page error,
console error or dialog."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

import pytest

from helpers import ServedSite, build_site, run_mkdocs, serve_directory

REPO = Path(__file__).resolve().parents[1]
SAMPLE_TODAY = "2026-11-23"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 # Belt and braces: no other host even resolves (every request is
                 # still recorded and fails the test).
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]


# ---------------------------------------------------------------- the sample site

@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """The repository's sample ledger, built once with the repository's mkdocs.yml and
    served over HTTP on 127.0.0.1 (a free port).

    The config is the repository's own, read from stdin with one line added:
    ``site_url`` pointing at the local server, as ``mkdocs serve`` does; Material's
    instant navigation only follows links listed in the sitemap, which needs it.
    """
    out = tmp_path_factory.mktemp("sample-site") / "site"
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    # bound first: the port is known and ours; no lifetime, as the suite runs longer
    # than any fixed one and this session fixture's teardown always stops it
    with serve_directory(out, lifetime=None) as base:
        result = run_mkdocs("build", "-q", "-f", "-", "-d", str(out), cwd=REPO,
                            input=f"{config}\nsite_url: {base}\n",
                            env={"AJAR_TODAY": SAMPLE_TODAY})
        assert result.returncode == 0, result.stderr
        yield ServedSite(out, base)


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample ledger built exactly as a user builds it (the repo's mkdocs.yml as
    is, no site_url), into a temporary folder."""
    out = tmp_path_factory.mktemp("sample-build") / "site"
    result = build_site(REPO, "-d", str(out), env={"AJAR_TODAY": SAMPLE_TODAY})
    assert result.returncode == 0, result.stderr
    return out


# ---------------------------------------------------------------- the browser

def find_chromium() -> str | None:
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


def _no_browser(reason: str) -> None:
    if os.environ.get("AJAR_REQUIRE_BROWSER") == "1":
        pytest.fail(f"AJAR_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session."""
    executable = find_chromium()
    if executable is None:
        _no_browser("no Chromium: neither /usr/bin/chromium nor `chromium` on PATH")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_browser("the playwright package is not installed (pip install playwright)")
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=executable,
                                                  args=CHROMIUM_ARGS, headless=True)
        except Exception as error:  # a broken install: say why
            _no_browser(f"Chromium at {executable} does not start: {error}")
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Watch:
    """Everything a page did that a private site must never do."""

    origin: str
    requests: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob"):
            return True
        return f"{parts.scheme}://{parts.netloc}" == self.origin

    def failures(self) -> list[str]:
        return ([f"request to another host: {u}" for u in self.foreign]
                + [f"page or console error: {e}" for e in self.errors]
                + [f"dialog opened: {d}" for d in self.dialogs])

    def check(self) -> None:
        assert not self.failures(), "\n".join(self.failures())


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    """``open_page(base_url) -> (page, watch)``: a fresh browser context watched for
    requests to other hosts (which cannot resolve), failed local requests, page and
    console errors and dialogs;
    the test fails at teardown if any happened."""
    contexts: list[tuple[Any, Watch]] = []

    def opener(base: str) -> tuple[Any, Watch]:
        parts = urlsplit(base)
        watch = Watch(origin=f"{parts.scheme}://{parts.netloc}")
        context = browser.new_context(viewport={"width": 1280, "height": 900},
                                      service_workers="block")
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.on("request", lambda request: _on_request(watch, request.url))
        page.on("response", lambda response: response.status >= 400 and watch.errors.append(
            f"HTTP {response.status} for {response.url}"))
        page.on("requestfailed", lambda request: watch.allowed(request.url) and
                watch.errors.append(f"request failed: {request.url} {request.failure}"))
        page.on("pageerror", lambda error: watch.errors.append(f"pageerror: {error}"))
        page.on("console", lambda message: message.type == "error" and watch.errors.append(
            f"console: {message.text} at {message.location}"))

        def dialog(dialog: Any) -> None:
            watch.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", dialog)
        contexts.append((context, watch))
        return page, watch

    yield opener
    failures = [f for _, watch in contexts for f in watch.failures()]
    for context, _ in contexts:
        context.close()
    assert not failures, "\n".join(failures)


def _on_request(watch: Watch, url: str) -> None:
    watch.requests.append(url)
    if not watch.allowed(url) and url not in watch.foreign:
        watch.foreign.append(url)
