"""The index pages on a 390 px phone (headless Chromium, the sample ledger): the
contacts and rejections tables become one card per row, no word is cut in two
across lines and nothing is wider than the screen. Screenshots are kept in the
test's folder for a look."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import ServedSite

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# Every word (split at spaces and hyphens) of every visible table cell: the words
# whose text is laid out on more than one line, i.e. broken mid-word.
BROKEN_WORDS = """(selector) => {
  const broken = [];
  for (const cell of document.querySelectorAll(selector)) {
    if (!cell.offsetParent) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/[^\\s\\-\\u2013\\u2014\\/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set(Array.from(range.getClientRects(), r => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""


@pytest.mark.parametrize("url, table", [("contacts/", "#ajar-contacts"),
                                        ("rejections/", "#ajar-rejections")])
def test_index_tables_on_a_phone(open_page: Any, sample_site: ServedSite, tmp_path: Path,
                                 url: str, table: str) -> None:
    page, _ = open_page(sample_site.base)
    page.set_viewport_size(PHONE)
    page.goto(sample_site.url(url), wait_until="load")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(tmp_path / f"{url.strip('/')}-390.png"), full_page=True)
    rows = page.locator(f"{table} tbody tr")
    assert rows.count() > 5
    assert page.evaluate(BROKEN_WORDS, f"{table} td") == []
    # one card per row: the rows are blocks as wide as the text column
    display = page.evaluate(f"getComputedStyle(document.querySelector('{table} tbody tr')).display")
    assert display == "block"
    # each value is labelled, and nothing needs sideways scrolling
    label = page.evaluate(f"getComputedStyle(document.querySelector('{table} td:nth-child(2)'),"
                          " '::before').content")
    assert label.strip('"') in ("Company",)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # the wide layout is still a table
    page.set_viewport_size({"width": 1280, "height": 900})
    assert page.evaluate(
        f"getComputedStyle(document.querySelector('{table} tbody tr')).display") == "table-row"
