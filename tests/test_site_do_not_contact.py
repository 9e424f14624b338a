"""Someone who asked not to be contacted: the contacts list says "do not contact"
where the LinkedIn and reconnect state would be, and their page offers no message
to send and no button to record a reconnect or a connection; their rejections,
log, notes and history stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import build_site, make_project, sample_replies
from htmltree import Node, parse

TODAY = "2026-11-23"
CONTACTS = {
    "rafa": ({"name": "Rafa Diaz", "company": "Wide World", "email": "rafa@example.net",
              "linkedin": "https://www.linkedin.com/in/rafa", "do_not_contact": True,
              "log": [{"date": "2026-10-20", "kind": "other",
                       "note": "He asked me not to follow up."}]},
             "He is leaving recruiting: no outreach.\n"),
    "ann": {"name": "Ann Avery", "company": "Acme", "email": "ann@example.com",
            "linkedin": "https://www.linkedin.com/in/ann"},
}
REJECTIONS = {
    "2026-10-07-wide-world-bi": {"company": "Wide World", "role": "BI Developer",
                                 "date": "2026-10-07", "contact": "rafa",
                                 "replied": "2026-10-08"},
    "2026-10-09-acme-analyst": {"company": "Acme", "role": "Analyst", "date": "2026-10-09",
                                "contact": "ann", "replied": "2026-10-10"},
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("dnc") / "p", contacts=CONTACTS,
                        rejections=REJECTIONS, replies=sample_replies())
    result = build_site(root, env={"AJAR_TODAY": TODAY})
    assert result.returncode == 0, result.stderr
    return root / "site"


def article(site: Path, url: str) -> Node:
    html = (site / url / "index.html").read_text(encoding="utf-8")
    return parse(html).find(lambda n: n.tag == "article")


def row_cells(site: Path, slug: str) -> dict[str, str]:
    table = article(site, "contacts")
    row = table.find(lambda n: n.tag == "tr" and any(
        a.attrs.get("href", "").endswith(f"contacts/{slug}/") for a in n.find_all(
            lambda m: m.tag == "a")))
    return {td.attrs["data-label"]: td.text for td in row.find_all(lambda n: n.tag == "td")}


def test_the_contacts_list_says_do_not_contact(site: Path) -> None:
    rafa = row_cells(site, "rafa")
    assert rafa["LinkedIn"] == "do not contact"
    assert rafa["Next reconnect"] == "do not contact"
    ann = row_cells(site, "ann")  # the same facts without the flag
    assert ann["LinkedIn"] == "to connect" and ann["Next reconnect"] != "do not contact"


def actions(page: Node) -> set[str]:
    return {n.attrs["data-ajar-action"] for n in page.find_all(
        lambda n: "data-ajar-action" in n.attrs)}


def test_their_page_offers_no_outreach(site: Path) -> None:
    page = article(site, "contacts/rafa")
    assert not page.cls("ajar-reply"), "no filled-in message to send them"
    assert not actions(page), "no button to record a reconnect, a connection or a snooze"
    assert not [a for a in page.find_all(lambda n: n.tag == "a")
                if "?subject=" in a.attrs.get("href", "")]
    facts = {dt.text: dd.text for dt, dd in zip(page.find_all(lambda n: n.tag == "dt"),
                                                page.find_all(lambda n: n.tag == "dd"))}
    assert facts["LinkedIn"] == "profile, do not contact"
    assert facts["Next reconnect"] == "never: do not contact"
    headings = [h.text.rstrip("¶").strip() for h in page.find_all(lambda n: n.tag == "h2")]
    assert headings == ["Rejections", "Log", "Notes", "History"]
    text = page.text
    assert "BI Developer at Wide World" in text
    assert "He asked me not to follow up." in text
    assert "He is leaving recruiting: no outreach." in text


def test_anyone_else_keeps_their_drafts_and_buttons(site: Path) -> None:
    page = article(site, "contacts/ann")
    assert len(page.cls("ajar-reply")) == 2  # the reconnect email and the LinkedIn note
    assert actions(page) == {"connected", "reconnected", "snooze"}
