"""Recording from the site in headless Chromium against a real `mkdocs serve`:
each button makes exactly the edit of its `ajar` command (only the expected
lines change), the page reloads with the change and a confirmation, undo puts
the file back, the dashboard works from the keyboard, and a static build shows
the commands with copy buttons."""

from __future__ import annotations

import difflib
import time
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

import pytest

try:
    from playwright.sync_api import expect
except ImportError:  # the browser fixture skips (or fails) with the reason
    expect = None

from helpers import build_site, make_project, serve_directory
from test_site_endpoint import TODAY, serving, started

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REJECTIONS = {
    # a reply owed (the dashboard and the timeline)
    "2026-11-20-acme-analyst": {"company": "Acme", "role": "Analyst", "date": "2026-11-20",
                                "contact": "jane-doe"},
    "2026-11-21-globex-tester": {"company": "Globex", "role": "Tester", "date": "2026-11-21"},
    "2026-11-22-initech-engineer": {"company": "Initech", "role": "Engineer",
                                    "date": "2026-11-22"},
    # arrives in two days: replying today is refused
    "2026-11-25-umbrella-tester": {"company": "Umbrella", "role": "Tester",
                                   "date": "2026-11-25"},
    # replied long ago: a reconnect is due with Omar
    "2026-06-01-hooli-analyst": {"company": "Hooli", "role": "Analyst", "date": "2026-06-01",
                                 "contact": "omar-haddad", "replied": "2026-06-02"},
}
CONTACTS = {
    "jane-doe": {"name": "Jane Doe", "company": "Acme",
                 "linkedin": "https://www.linkedin.com/in/jane-doe"},
    # Connected already: his LinkedIn item (even without a profile) is not owed.
    "omar-haddad": {"name": "Omar Haddad", "company": "Hooli",
                    "linkedin_connected": "2026-06-03"},
    "jane-fischer": {"name": "Lena Fischer", "company": "Umbrella"},
}


def lines_changed(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


class Site:
    """The served project and one browser page on it."""

    def __init__(self, root: Path, base: str, page: Any, errors: list[str]) -> None:
        self.root, self.base, self.page, self.errors = root, base, page, errors

    def file(self, path: str) -> Path:
        return self.root / "ledger" / path

    def goto(self, path: str) -> None:
        self.page.goto(self.base + path, wait_until="load")
        self.page.wait_for_selector(".ajar-action[data-ajar-ready]", state="attached")

    def click_and_reload(self, locator: Any, path: Path) -> str:
        """Click; the file changes, the server rebuilds and live reload brings the
        new page with the confirmation. The file's new text."""
        before = path.read_text() if path.exists() else None
        with self.page.expect_navigation(timeout=60_000):
            locator.click()
        deadline = time.monotonic() + 30
        while path.read_text() == before and time.monotonic() < deadline:
            time.sleep(0.1)
        expect(self.page.locator(".ajar-flash")).to_be_visible(timeout=60_000)
        return path.read_text()


@pytest.fixture
def site(tmp_path: Path, browser: Any) -> Iterator[Site]:
    root = make_project(tmp_path / "project", contacts=CONTACTS, rejections=REJECTIONS)
    log = tmp_path / "serve.log"
    with serving(root, log) as (base, port, server):
        started(base, server, log)
        context = browser.new_context(viewport={"width": 1280, "height": 900},
                                      service_workers="block")
        page = context.new_page()
        page.set_default_timeout(20_000)
        errors: list[str] = []
        origin = f"http://127.0.0.1:{port}"
        page.on("request", lambda r: not r.url.startswith((origin, "data:", "blob:"))
                and errors.append(f"request to another host: {r.url}"))
        page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
        # (a refused action is an HTTP error the console reports: expected)
        page.on("console", lambda m: m.type == "error"
                and "/_ajar/" not in m.location.get("url", "")
                and errors.append(f"console: {m.text} at {m.location}"))
        try:
            yield Site(root, base, page, errors)
        finally:
            context.close()
        assert server.poll() is None
    assert not errors, "\n".join(errors)


SLOW = 60_000  # ms: the rebuild after a change, on a busy machine


def test_dashboard_buttons_record_and_undo(site: Site) -> None:
    page = site.page
    site.goto("")
    assert page.locator("meta[name='ajar-token']").count() == 1
    reply = site.file("rejections/2026-11-20-acme-analyst.md")
    before = reply.read_text()
    owed = "li[data-kind='reply'][data-rejection='2026-11-20-acme-analyst']"
    item = page.locator(owed)
    # served: a button, the command hidden
    button = item.get_by_role("button", name="Reply sent")
    expect(button).to_be_visible()
    expect(item.locator("code")).to_be_hidden()
    after = site.click_and_reload(button, reply)
    assert lines_changed(before, after) == [f"+replied: {TODAY}"]
    expect(page.locator(owed)).to_have_count(0, timeout=SLOW)
    flash = page.locator(".ajar-flash")
    expect(flash).to_contain_text(f"recorded: replied on {TODAY}")
    # undo puts the bytes back, and the item comes back
    assert site.click_and_reload(flash.get_by_role("button", name="Undo"), reply) == before
    expect(page.locator(owed)).to_have_count(1, timeout=SLOW)
    expect(page.locator(".ajar-flash")).to_contain_text("undone")

    # LinkedIn: connected
    contact = site.file("contacts/jane-doe.md")
    before = contact.read_text()
    after = site.click_and_reload(
        page.locator("li[data-kind='linkedin'][data-contact='jane-doe']")
        .get_by_role("button", name="Connected"), contact)
    assert lines_changed(before, after) == [f"+linkedin_connected: {TODAY}"]
    expect(page.locator("li[data-kind='linkedin']")).to_have_count(0, timeout=SLOW)

    # reconnected, with a note typed into the form
    omar = site.file("contacts/omar-haddad.md")
    before = omar.read_text()
    row = page.locator("li[data-kind='reconnect'][data-contact='omar-haddad']")
    row.get_by_role("button", name="Reconnected…").click()
    note = row.get_by_role("textbox", name="Note")
    expect(note).to_be_focused()
    note.fill("Coffee, talked about the Q1 team")
    after = site.click_and_reload(row.get_by_role("button", name="Save"), omar)
    assert lines_changed(before, after) == [
        "+log:", f"+  - date: {TODAY}", "+    kind: reconnect",
        '+    note: "Coffee, talked about the Q1 team"']
    expect(page.locator("li[data-kind='reconnect'][data-contact='omar-haddad']")
           ).to_have_count(0, timeout=SLOW)


def test_entry_pages_and_timeline_buttons(site: Site) -> None:
    page = site.page
    # rejection page: no reply possible
    site.goto("rejections/2026-11-21-globex-tester/")
    globex = site.file("rejections/2026-11-21-globex-tester.md")
    before = globex.read_text()
    after = site.click_and_reload(page.get_by_role("button", name="No reply possible"), globex)
    assert lines_changed(before, after) == ["+no_reply: true"]
    expect(page.get_by_role("button", name="Reply sent")).to_have_count(0, timeout=SLOW)

    # contact page: snooze for a chosen duration
    site.goto("contacts/jane-doe/")
    jane = site.file("contacts/jane-doe.md")
    before = jane.read_text()
    page.get_by_role("button", name="Snooze…").click()
    page.get_by_role("combobox", name="Snooze for").select_option("1 month")
    after = site.click_and_reload(
        page.locator(".ajar-action__form").get_by_role("button", name="Snooze"), jane)
    assert lines_changed(before, after) == ["+next_reconnect: 2026-12-23"]
    expect(page.locator("article")).to_contain_text("23 Dec 2026 in 4 weeks (planned)",
                                                    timeout=SLOW)

    # timeline: reply sent
    site.goto("timeline/")
    initech = site.file("rejections/2026-11-22-initech-engineer.md")
    before = initech.read_text()
    owed = "li.ajar-tl-item[data-kind='reply'][data-rejection='2026-11-22-initech-engineer']"
    after = site.click_and_reload(page.locator(owed).get_by_role("button", name="Reply sent"),
                                  initech)
    assert lines_changed(before, after) == [f"+replied: {TODAY}"]
    expect(page.locator(owed)).to_have_count(0, timeout=SLOW)

    # a refusal shows the command's message in the page and writes nothing
    site.goto("rejections/2026-11-25-umbrella-tester/")
    future = site.file("rejections/2026-11-25-umbrella-tester.md")
    kept = future.read_bytes()
    page.get_by_role("button", name="Reply sent").click()
    expect(page.get_by_role("alert")).to_have_text(
        "--on 2026-11-23 is before the rejection arrived (2026-11-25)")
    expect(page.get_by_role("button", name="Reply sent")).to_be_enabled()
    assert future.read_bytes() == kept


def test_dashboard_from_the_keyboard(site: Site) -> None:
    page = site.page
    site.goto("")
    items = page.locator(".ajar-worklist > li[data-kind]")
    first = items.nth(0)
    slug = first.get_attribute("data-rejection")
    assert first.get_attribute("data-kind") == "reply" and slug
    second = items.nth(1).get_attribute("data-rejection")
    path = site.file(f"rejections/{slug}.md")
    before = path.read_text()
    page.locator("body").focus()
    page.keyboard.press("j")
    expect(first).to_be_focused()
    page.keyboard.press("j")
    expect(items.nth(1)).to_be_focused()
    page.keyboard.press("k")
    expect(first).to_be_focused()
    with page.expect_navigation(timeout=SLOW):
        page.keyboard.press("d")
    deadline = time.monotonic() + 30
    while path.read_text() == before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert lines_changed(before, path.read_text()) == [f"+replied: {TODAY}"]
    expect(page.locator(f"li[data-kind='reply'][data-rejection='{slug}']")
           ).to_have_count(0, timeout=SLOW)
    # focus lands on the item that took its place, ready for the next "d"
    now_first = page.locator(".ajar-worklist > li[data-kind]").nth(0)
    assert now_first.get_attribute("data-rejection") == second
    expect(now_first).to_be_focused()
    # Tab reaches its button (after the item's links)
    for _ in range(4):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('ajar-record')"):
            break
    assert page.evaluate("document.activeElement.closest('li[data-kind]')"
                         ".getAttribute('data-rejection')") == second
    assert page.evaluate("document.activeElement.textContent") == "Reply sent"


def test_static_build_shows_commands_with_copy_buttons(tmp_path: Path, browser: Any) -> None:
    root = make_project(tmp_path / "project", contacts=CONTACTS, rejections=REJECTIONS)
    out = tmp_path / "site"
    result = build_site(root, "-d", str(out), env={"AJAR_TODAY": TODAY})
    assert result.returncode == 0, result.stderr
    html = (out / "index.html").read_text()
    assert "ajar replied 2026-11-20-acme-analyst" in html
    assert '<meta name="ajar-token"' not in html
    with serve_directory(out) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            context.grant_permissions(["clipboard-read", "clipboard-write"],
                                      origin=base.rstrip("/"))
            page = context.new_page()
            page.goto(base, wait_until="load")
            item = page.locator("li[data-kind='reply'][data-rejection='2026-11-20-acme-analyst']")
            expect(item.locator("code")).to_have_text("ajar replied 2026-11-20-acme-analyst")
            assert item.locator(".ajar-record").count() == 0
            item.get_by_role("button", name="Copy").click()
            expect(item.get_by_role("button", name="Copied")).to_be_visible()
            assert page.evaluate("navigator.clipboard.readText()") == \
                "ajar replied 2026-11-20-acme-analyst"
            page.goto(base + "contacts/jane-doe/", wait_until="load")
            expect(page.locator(".ajar-action code").first).to_have_text("ajar connected jane-doe")
        finally:
            context.close()
    assert urlsplit(base).hostname == "127.0.0.1"
