"""A hostile ledger renders inert: every value from front matter is data, never
markup, never a script, never a template, never a javascript: link."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from helpers import (MINIMAL_MKDOCS, article, build_site, html_pages, make_project,
                     serve_directory, text_of)

TODAY = "2026-11-23"
SCRIPT = "<script>alert(1)</script>"
ATTR = '" onmouseover="alert(1)'
IMG = "<img src=x onerror=alert(1)>"
TEMPLATE = "{{ 7*7 }}"
RAW = "{% raw %}"
LONG = "Lorem-ipsum-" * 400  # 4800 characters without a space

CONTACTS = {
    "evil": ({"name": f"Eve {SCRIPT}{ATTR}", "company": f"Evil {IMG} Corp",
              "title": f"Chief {TEMPLATE} {RAW}", "email": "eve@example.com",
              "phone": ATTR, "tags": [SCRIPT, TEMPLATE, ATTR],
              "log": [{"date": "2026-10-01", "kind": "other", "note": f"{IMG} {TEMPLATE}"}]},
             f"Notes with [a link](javascript:alert(1)) and {SCRIPT} and {IMG}.\n\n"
             f"[click](javascript:alert(1)) <a href=\"javascript:alert(1)\">raw</a>\n\n"
             f"![pic](javascript:alert(1)) {TEMPLATE} {RAW}\n\n"
             "<iframe src=\"https://example.com\"></iframe>\n"),
    "markdown": {"name": "# heading *bold* [link](javascript:alert(1))", "company": "Acme",
                 "title": "| table | cell |"},
    "long": {"name": f"Long {LONG}", "company": LONG, "tags": [LONG]},
    "jsprofile": {"name": "Jay Script", "linkedin": "javascript:alert(1)"},
}
REJECTIONS = {
    "2026-11-01-evil": ({"company": f"Evil {IMG} Corp", "role": f"Role {SCRIPT}",
                         "date": "2026-11-01", "contact": ["evil", "markdown"],
                         "reason": f"{ATTR} {TEMPLATE} {RAW}", "tags": [RAW, SCRIPT],
                         "subject": f"Re: {SCRIPT}", "from": f"{ATTR} <a@example.com>"},
                        f"Body [x](javascript:alert(1)) {SCRIPT}\n"),
    "2026-11-02-long": {"company": LONG, "role": LONG, "date": "2026-11-02",
                        "contact": "long", "reason": LONG},
}
REPLIES = {
    "thank-you": ({"title": f"Thanks {SCRIPT}", "for": "rejection",
                   "subject": "Re: {{ rejection.role }}"},
                  "Hi {{ contact.name }}, about {{ rejection.reason }} at"
                  " {{ rejection.company }}.\n"),
    "circle-back": ({"title": "Circle back", "for": "reconnect"},
                    "Hi {{ contact.name }} ({{ contact.company }}).\n"),
}


@dataclass(frozen=True)
class Hostile:
    root: Path
    site: Path
    stderr: str

    def pages(self) -> list[Path]:
        return html_pages(self.site)

    def html(self, url: str) -> str:
        return (self.site / url / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Hostile:
    config = MINIMAL_MKDOCS.replace("  - ajar\n", "  - search\n  - ajar\n")
    root = make_project(tmp_path_factory.mktemp("hostile") / "project", mkdocs=config,
                        contacts=CONTACTS, rejections=REJECTIONS, replies=REPLIES)
    result = build_site(root, env={"AJAR_TODAY": TODAY,
                                   "GIT_CEILING_DIRECTORIES": str(root.parent)})
    assert result.returncode == 0, result.stderr
    return Hostile(root, root / "site", result.stderr)


ENTRY_PAGES = ["contacts/evil", "contacts/markdown", "contacts/long",
               "rejections/2026-11-01-evil", "rejections/2026-11-02-long"]
INDEX_PAGES = ["", "contacts", "rejections", "companies", "timeline", "replies", "insights",
               "problems"]


def test_every_page_is_built(hostile: Hostile) -> None:
    for url in ENTRY_PAGES + INDEX_PAGES:
        assert (hostile.site / url / "index.html").is_file(), url


class _Tags:
    """Every start tag and its attributes, as a browser would parse them."""

    def __init__(self, html: str) -> None:
        from html.parser import HTMLParser

        self.tags: list[tuple[str, dict[str, str | None]]] = []
        tags = self.tags

        class Parser(HTMLParser):
            def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
                tags.append((tag, dict(attrs)))

        Parser(convert_charrefs=True).feed(html)


def test_no_markup_from_values(hostile: Hostile) -> None:
    for page in hostile.pages():
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html, page
        assert not re.search(r"<img\s+src=x", html), page
        assert "<iframe" not in html, page
        for tag, attrs in _Tags(html).tags:
            assert not any(name.startswith("on") for name in attrs), (page, tag, attrs)
            for name in ("href", "src", "action", "formaction"):
                value = (attrs.get(name) or "").strip().lower()
                assert not value.startswith(("javascript:", "vbscript:", "data:text/html")), \
                    (page, tag, attrs)
        assert not re.search(r"""<[^>]*\b(href|src)\s*=\s*["']?\s*javascript:""", html,
                             re.I), page


def test_javascript_linkedin_is_a_problem_never_a_link(hostile: Hostile) -> None:
    assert "ledger/contacts/jsprofile.md:3" in hostile.stderr
    problems = text_of(article(hostile.html("problems")))
    assert "ledger/contacts/jsprofile.md:3:1 error bad-url" in problems
    assert not (hostile.site / "contacts" / "jsprofile").exists()


# {{ 7*7 }} run as a template would print a lone 49 (not the 49 of "pytest-492")
EVALUATED = re.compile(r"(?<![\w./-])49(?![\w])")


def test_values_print_as_written(hostile: Hostile) -> None:
    page = article(hostile.html("contacts/evil"))
    text = text_of(page)
    assert f"Eve {SCRIPT}{ATTR}" in text
    assert f"Chief {TEMPLATE} {RAW}" in text
    assert f"Evil {IMG} Corp" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not EVALUATED.search(text)
    rejection = text_of(article(hostile.html("rejections/2026-11-01-evil")))
    assert f"{ATTR} {TEMPLATE} {RAW}" in rejection
    assert f"Role {SCRIPT}" in rejection
    assert not EVALUATED.search(rejection)


def test_template_syntax_in_values_is_not_evaluated(hostile: Hostile) -> None:
    for page in hostile.pages():
        text = text_of(article(page.read_text(encoding="utf-8")))
        if TEMPLATE.replace(" ", "") in text.replace(" ", ""):
            assert TEMPLATE in text, page
        assert not re.search(r"Chief 49|about \S* ?49", text), page
    # in a filled-in reply the value is printed, not run
    reply = text_of(article(hostile.html("rejections/2026-11-01-evil")))
    assert f"about {ATTR} {TEMPLATE} {RAW} at Evil {IMG} Corp." in reply


def test_markdown_in_names_stays_text(hostile: Hostile) -> None:
    html = hostile.html("contacts/markdown")
    assert "<h1># heading *bold* [link](javascript:alert(1))</h1>" in html
    listing = article(hostile.html("contacts"))
    assert "# heading *bold*" in text_of(listing)
    assert "<strong>bold</strong>" not in listing and "<em>bold</em>" not in listing
    assert "| table | cell |" in text_of(article(html))


def test_notes_links_are_defused(hostile: Hostile) -> None:
    notes = article(hostile.html("contacts/evil"))
    notes = notes[notes.index("ajar-notes"):]
    assert "a link" in notes and "click" in notes
    assert "&lt;a href=" in notes  # raw HTML in notes is shown as text
    assert "<img" not in notes


def test_long_values_build_and_stay_whole(hostile: Hostile) -> None:
    text = text_of(article(hostile.html("contacts/long")))
    assert LONG in text
    assert LONG in text_of(article(hostile.html("rejections/2026-11-02-long")))


def test_search_index_holds_no_markup(hostile: Hostile) -> None:
    """Material's search shows titles and text as HTML: they must hold only escaped
    values."""
    import json

    index = json.loads((hostile.site / "search" / "search_index.json").read_text("utf-8"))
    seen = ""
    for doc in index["docs"]:
        for html in (doc["title"], doc["text"]):
            seen += html
            for tag, attrs in _Tags(html).tags:
                assert tag not in ("script", "img", "iframe"), doc
                assert not any(name.startswith("on") for name in attrs), doc
                assert not (attrs.get("href") or "").strip().lower().startswith("javascript:")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in seen


# --------------------------------------------------------------- in a real browser

@pytest.fixture(scope="module")
def served(hostile: Hostile) -> Any:
    with serve_directory(hostile.site) as base:
        yield base


@pytest.mark.browser
@pytest.mark.parametrize("url", ENTRY_PAGES + INDEX_PAGES)
def test_hostile_pages_run_no_script(open_page: Any, served: str, url: str) -> None:
    page, watch = open_page(served)
    page.goto(served + (url + "/" if url else ""), wait_until="load")
    page.mouse.move(400, 300)
    page.mouse.move(600, 600, steps=5)
    assert page.evaluate(HANDLERS) == []
    assert not watch.dialogs


# Elements of the live DOM (after every script ran) with an inline event handler
# or a javascript: address.
HANDLERS = """() => Array.from(document.querySelectorAll("*")).filter(el =>
    Array.from(el.attributes).some(a => /^on/i.test(a.name) ||
        (/^(href|src|action|formaction)$/i.test(a.name) && /^\\s*javascript:/i.test(a.value)))
).map(el => el.outerHTML.slice(0, 200))"""


@pytest.mark.browser
def test_hostile_search_results_run_no_script(open_page: Any, served: str) -> None:
    page, watch = open_page(served)
    page.goto(served, wait_until="load")
    page.locator(".md-search__input").click()
    page.keyboard.type("Evil")
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    page.wait_for_timeout(300)
    results = page.locator(".md-search-result").inner_html()
    assert "<script>alert" not in results
    assert not page.locator(".md-search-result img").count()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in results  # shown as text
    assert SCRIPT in page.locator(".md-search-result").inner_text()
    assert page.evaluate(HANDLERS) == []
    assert not watch.dialogs


def test_a_note_of_brackets_renders_whole_as_text() -> None:
    # Python-Markdown took minutes on this (quadratic link scanning); the speed is
    # measured in bench/hostile.py, this checks the result.
    from ajar.site.markup import render_notes

    for notes in ("[" * 100_000, "![" * 50_000, "[a](" * 25_000):
        html = str(render_notes(notes))
        assert html.count("[") == notes.count("[")
        assert "<a " not in html and "<img" not in html
