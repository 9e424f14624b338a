"""Edge cases found in review: each one once crashed, misled or broke a page."""

from __future__ import annotations

import re
from pathlib import Path

from icalendar import Calendar

from helpers import build_site, make_project, run_ajar, write

ENV = {"AJAR_TODAY": "2026-11-23"}
REJECTION = {"company": "Acme", "role": "Engineer", "date": "2026-11-01"}


def test_a_snooze_to_9999_builds_and_exports(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": {"name": "Jane", "next_reconnect": "9999-12-31"}},
                 rejections={"r": {**REJECTION, "contact": "jane"}})
    assert build_site(tmp_path, env=ENV).returncode == 0
    exported = run_ajar("export", "ics", cwd=tmp_path, env=ENV)
    assert exported.returncode == 0, exported.stderr
    uids = [str(e["uid"]) for e in Calendar.from_ical(exported.stdout).walk("VEVENT")]
    assert uids == ["reply-r@ajar"]  # the "never" reconnect is not an event


def test_index_is_a_reserved_slug(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"index": {"name": "Index Person"},
                                     "jane": {"name": "Jane"}})
    result = run_ajar("check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("ledger/contacts/index.md:1:1: error[reserved-slug]")
    build_site(tmp_path, env=ENV)
    listing = (tmp_path / "site/contacts/index.html").read_text()
    assert 'id="ajar-contacts"' in listing and "Index Person" not in listing


def test_slugs_with_url_characters_are_linked_correctly(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"zoë#?% x": {"name": "Zoë"}},
                 rejections={"r": {**REJECTION, "contact": "zoë#?% x"}})
    assert build_site(tmp_path, env=ENV).returncode == 0
    page = (tmp_path / "site/rejections/r/index.html").read_text()
    href = re.search(r'href="([^"]*)">Zoë</a>', page).group(1)
    assert href == "../../contacts/zo%C3%AB%23%3F%25%20x/"
    assert (tmp_path / "site/contacts/zoë#?% x/index.html").is_file()


def test_a_name_of_spaces_is_empty(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"blank": {"name": "   "}})
    result = run_ajar("check", cwd=tmp_path)
    assert "error[missing-key]" in result.stdout and "'name' is empty" in result.stdout


def test_multi_line_values_and_notes_cannot_make_headings(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": ({"name": "Jane"}, "Some text\n\\# not a heading\n")},
                 rejections={"r": {**REJECTION, "role": "Eng\n# Injected heading",
                                   "contact": "jane"}})
    assert build_site(tmp_path, env=ENV).returncode == 0
    for page in (tmp_path / "site").rglob("*.html"):
        text = page.read_text()
        assert 'id="injected-heading"' not in text, page
        assert 'id="not-a-heading"' not in text, page


def test_very_long_pattern_window(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs="site_name: x\ntheme: {name: material}\nplugins:\n"
                 "  - ajar: {pattern: {window: 3000 years}}\n", rejections={"r": REJECTION})
    result = run_ajar("stats", cwd=tmp_path, env=ENV)
    assert result.returncode == 0, result.stderr
    assert build_site(tmp_path, env=ENV).returncode == 0


def test_impossible_config_date_is_one_line(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs="site_name: x\nplugins:\n  - ajar: {today: 2026-02-30}\n")
    result = run_ajar("check", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "mkdocs.yml" in result.stderr


def test_absolute_ledger_dir_paths_stay_relative(tmp_path: Path) -> None:
    ledger = tmp_path / "elsewhere"
    write(ledger / "contacts" / "jane.md", "---\nname: Jane\nemail: nope\n---\n")
    make_project(tmp_path / "site-project",
                 mkdocs=f"site_name: x\nplugins:\n  - ajar: {{ledger_dir: '{ledger}'}}\n")
    result = run_ajar("check", cwd=tmp_path / "site-project")
    assert result.stdout.startswith("../elsewhere/contacts/jane.md:3:1: error[bad-email]")


def test_plugins_that_are_not_a_list(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs="site_name: x\nplugins: 5\n", contacts={"j": {"name": "J"}})
    result = run_ajar("check", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_ics_links_follow_use_directory_urls(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs="site_name: x\nsite_url: https://me.example/\n"
                 "use_directory_urls: false\ntheme: {name: material}\nplugins:\n  - ajar\n",
                 contacts={"jane": {"name": "Jane"}},
                 rejections={"r": {**REJECTION, "contact": "jane"}})
    exported = run_ajar("export", "ics", cwd=tmp_path, env=ENV).stdout
    assert "URL:https://me.example/rejections/r.html" in exported
    assert build_site(tmp_path, env=ENV).returncode == 0
    assert (tmp_path / "site/reconnect.ics").read_text() == exported
