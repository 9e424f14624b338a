"""Material's partials are rendered once per build, the navigation once per folder
for the pages outside the nav (site/partials.py): every page must be byte for
byte what rendering them for each page gives, with directory URLs or without,
with user pages in the nav (one inside an entry's own folder, whose links the
cache must not share); the cache must be used for the entry pages, and never for
a partial the user overrides (it may read the page)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from ajar.site.partials import PartialCache
from helpers import make_project, write

MKDOCS = ("site_name: Nav cache\ntheme:\n  name: material\nplugins:\n  - search\n  - ajar\n"
          "use_directory_urls: {urls}\n")


def project(root: Path, urls: bool) -> Path:
    make_project(root, mkdocs=MKDOCS.format(urls="true" if urls else "false"), contacts={
        "jane-doe": {"name": "Jane Doe", "company": "Northwind"},
        "sam-roe": {"name": "Sam Roe", "company": "Contoso"},
    }, rejections={
        f"2026-0{i}-01-acme": {"company": "Acme" if i % 2 else "Northwind",
                               "role": f"Engineer {i}", "date": f"2026-0{i}-01",
                               "contact": "jane-doe"} for i in range(1, 6)
    })
    write(root / "docs" / "about.md", "# About\n\nMy own page.\n")
    # A page of the user's inside a contact's folder: the contact page's links to
    # it are relative to that folder, so that page must not share another's nav.
    write(root / "docs" / "contacts" / "jane-doe" / "notes.md", "# Notes on Jane\n")
    return root


def build(root: Path, site: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    monkeypatch.chdir(root)
    monkeypatch.setenv("AJAR_TODAY", "2026-11-23")
    mkdocs_build(load_config(str(root / "mkdocs.yml"), site_dir=str(site)))
    return {p.relative_to(site).as_posix(): p.read_bytes()
            for p in sorted(site.rglob("*.html"))}


@pytest.mark.parametrize("urls", [True, False])
def test_cached_navigation_is_the_rendered_one(tmp_path: Path, urls: bool,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path / "project", urls)
    used: list[object] = []
    key = PartialCache.nav_key

    def counting(self: PartialCache, context: object) -> object:
        found = key(self, context)
        used.append(found)
        return found

    monkeypatch.setattr(PartialCache, "nav_key", counting)
    cached = build(root, tmp_path / "cached", monkeypatch)
    monkeypatch.setattr(PartialCache, "wrap", lambda self, env: None)
    rendered = build(root, tmp_path / "rendered", monkeypatch)
    assert cached.keys() == rendered.keys()
    for name in rendered:
        assert cached[name] == rendered[name], name
    # Made once for the entry pages of a folder (contacts, rejections, companies);
    # Jane's page alone (her folder holds a page of the nav); never for the
    # pages of the nav.
    keys = [k for k in used if k is not None]
    assert len(keys) == 10  # 2 contacts, 5 rejections, 3 companies
    assert len(set(keys)) == (4 if urls else 3), used
    if urls:
        assert (("contacts", "jane-doe"), 0) in keys
    jane = "contacts/jane-doe/index.html" if urls else "contacts/jane-doe.html"
    assert "Notes on Jane" in cached[jane].decode()
    assert used.count(None) >= 4


def test_fixed_partials_made_once_per_build(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path / "project", True)
    caches: list[PartialCache] = []
    wrap = PartialCache.wrap

    def recording(self: PartialCache, env: object) -> None:
        caches.append(self)
        wrap(self, env)  # type: ignore[arg-type]

    monkeypatch.setattr(PartialCache, "wrap", recording)
    pages = build(root, tmp_path / "site", monkeypatch)
    [cache] = caches
    made = sorted(name for name, _ in cache.html if name != "partials/toc.html")
    # One palette, search box and back-to-top button made for every page; the
    # navigation for each folder of entries and for Jane's folder.
    assert made == ["partials/nav.html"] * 4 + ["partials/palette.html",
                                                 "partials/search.html", "partials/top.html"]
    # A table of contents per list of headings: the entry pages share a few.
    tocs = [key for name, key in cache.html if name == "partials/toc.html"]
    assert 0 < len(tocs) < len(pages) - 5
    assert len(pages) > 10
    for html in pages.values():
        for marker in (b'data-md-component="palette"', b'data-md-component="search"',
                       b'data-md-component="top"'):
            assert marker in html


def test_an_override_of_the_user_is_rendered_for_each_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path / "project", True)
    text = (root / "mkdocs.yml").read_text()
    (root / "mkdocs.yml").write_text(text.replace("  name: material\n",
                                                  "  name: material\n  custom_dir: overrides\n"))
    write(root / "overrides" / "partials" / "nav.html",
          '<nav class="mine">{{ page.title }}</nav>\n')
    write(root / "overrides" / "partials" / "search.html",
          '<div class="mine">{{ page.url if page else "" }}</div>\n')
    pages = build(root, tmp_path / "site", monkeypatch)
    page = pages["rejections/2026-01-01-acme/index.html"].decode()
    assert '<nav class="mine">Engineer 1 at Acme</nav>' in page
    assert '<div class="mine">rejections/2026-01-01-acme/</div>' in page
    assert '<nav class="mine">Engineer 2 at Northwind</nav>' in \
        pages["rejections/2026-02-01-acme/index.html"].decode()
