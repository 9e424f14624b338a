"""The `timeline/` page, built by a real `mkdocs build`: the groups in order,
what each item says and links to, what happened month by month, the calendar
hint and escaping (build speed is measured by bench/run.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from htmltree import Node, parse
from helpers import MINIMAL_MKDOCS, broken_links, make_project, resolve_link, sample_replies

REPO = Path(__file__).resolve().parents[1]
TODAY = "2026-06-15"  # a Monday

NORTHWIND = "2026-06-10-northwind-senior-data-engineer"
FABRIKAM = "2026-06-14-fabrikam-analyst"
CONTOSO = "2026-01-02-contoso-pm"

CONTACTS: dict[str, Any] = {
    "jane-doe": {"name": "Jane Doe", "company": "Northwind",
                 "linkedin": "https://www.linkedin.com/in/jane-doe",
                 "log": [{"date": "2026-05-02", "kind": "meeting", "note": "Coffee & cake"},
                         {"date": "2026-01-20", "kind": "reply"}]},
    "bob": {"name": "Bob Stone", "company": "Contoso", "next_reconnect": "2026-06-25",
            "linkedin_connected": "2026-01-03"},
    "carol": {"name": "Carol Ng", "reconnect_every": "4 months",
              "log": [{"date": "2026-03-01", "kind": "other", "note": "Met at a meetup"}]},
    "quiet": {"name": "Quiet Person", "do_not_contact": True,
              "log": [{"date": "2025-12-05", "kind": "other", "note": "Asked for no contact"}]},
}
REJECTIONS: dict[str, Any] = {
    NORTHWIND: {"company": "Northwind", "role": "Senior Data Engineer", "date": "2026-06-10",
                "contact": "jane-doe", "stage": "final-round",
                "reason": "Went with an internal transfer"},
    FABRIKAM: {"company": "Fabrikam", "role": "Analyst", "date": "2026-06-14",
               "stage": "screening"},
    CONTOSO: {"company": "Contoso", "role": "PM", "date": "2026-01-02", "contact": "bob",
              "stage": "interview", "replied": "2026-01-03"},
}



def build(root: Path, today: str = TODAY) -> Path:
    """`mkdocs build -q` in ``root`` as a user runs it; returns the site folder."""
    (root / "docs").mkdir(exist_ok=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "AJAR_TODAY": today,
           "GIT_CEILING_DIRECTORIES": str(root.parent)}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=root, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return root / "site"


# -- a small HTML tree, enough to query the generated pages -------------------

def article_of(path: Path) -> Node:
    return parse(path.read_text(encoding="utf-8")).find(lambda n: n.tag == "article")


Key = tuple[str, str, "str | None", "str | None"]


def item_key(li: Node) -> Key:
    """(kind, due, contact, rejection) of a list item with ``data-kind``."""
    a = li.attrs
    return (a["data-kind"], a["data-due"], a["data-contact"] or None,
            a["data-rejection"] or None)


def schedule_items(page: Node) -> list[Node]:
    return page.find_all(lambda n: n.tag == "li" and "data-kind" in n.attrs)


def is_overdue(li: Node) -> bool:
    badges = li.find_all(lambda n: "ajar-overdue" in n.classes or "ajar-due" in n.classes)
    assert len(badges) == 1, li.text
    return "ajar-overdue" in badges[0].classes


# -- the small site -----------------------------------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("timeline") / "project", contacts=CONTACTS,
                        rejections=REJECTIONS, replies=sample_replies())
    return build(root)


@pytest.fixture(scope="module")
def page(site: Path) -> Node:
    return article_of(site / "timeline" / "index.html")


def test_groups_come_in_order(page: Node) -> None:
    lists = page.find_all(lambda n: n.tag == "ol" and "ajar-timeline" in n.classes)
    assert [ol.attrs["data-group"] for ol in lists] == [
        "overdue", "this-week", "this-month", "2026-07", "2026-09"]
    headings = [h.text.rstrip("¶").strip() for h in page.find_all(lambda n: n.tag in ("h2", "h3"))]
    assert headings == ["Coming up", "Overdue", "This week", "This month", "July 2026",
                        "September 2026", "What happened", "June 2026", "May 2026",
                        "March 2026", "January 2026", "December 2025"]
    # The overdue group stands out: a danger admonition; the others are plain lists.
    assert any("admonition" in a.classes and "danger" in a.classes
               for a in lists[0].ancestors())
    for ol in lists[1:]:
        assert not any("admonition" in a.classes for a in ol.ancestors())


def test_items_in_their_groups(page: Node) -> None:
    groups = {ol.attrs["data-group"]: [item_key(li) for li in schedule_items(ol)]
              for ol in page.find_all(lambda n: n.tag == "ol" and "ajar-timeline" in n.classes)}
    assert groups == {
        "overdue": [("reply", "2026-06-12", "jane-doe", NORTHWIND),
                    ("linkedin", "2026-06-12", "jane-doe", NORTHWIND)],
        "this-week": [("reply", "2026-06-16", None, FABRIKAM)],
        "this-month": [("reconnect", "2026-06-25", "bob", CONTOSO)],
        "2026-07": [("reconnect", "2026-07-01", "carol", None)],
        "2026-09": [("reconnect", "2026-09-10", "jane-doe", NORTHWIND)],
    }
    assert [is_overdue(li) for li in schedule_items(page)] == [True, True] + [False] * 4


def items_by_key(page: Node) -> dict[Key, Node]:
    return {item_key(li): li for li in schedule_items(page)}


def test_a_reply_says_who_where_why_when_and_links_the_reply(page: Node) -> None:
    li = items_by_key(page)[("reply", "2026-06-12", "jane-doe", NORTHWIND)]
    text = li.text
    assert text.startswith("12 Jun 2026 3 days overdue Reply to Jane Doe · Northwind")
    assert ("After Senior Data Engineer at Northwind final-round on 10 Jun 2026:"
            " Went with an internal transfer") in text
    assert "Last touch 2 May 2026 meeting" in text
    assert "due 2 days after the rejection on 2026-06-10" in text
    links = li.links()
    assert ("Jane Doe", "../contacts/jane-doe/") in links
    assert ("Senior Data Engineer at Northwind", f"../rejections/{NORTHWIND}/") in links
    assert ("Thank you (filled in) →", f"../rejections/{NORTHWIND}/#reply") in links


def test_linkedin_and_reconnect_link_the_messages(page: Node) -> None:
    items = items_by_key(page)
    linkedin = items[("linkedin", "2026-06-12", "jane-doe", NORTHWIND)]
    assert "Connect on LinkedIn with Jane Doe" in linkedin.text
    assert ("LinkedIn profile", "https://www.linkedin.com/in/jane-doe") in linkedin.links()
    assert ("LinkedIn note (filled in) →", "../contacts/jane-doe/#messages") in linkedin.links()
    later = items[("reconnect", "2026-09-10", "jane-doe", NORTHWIND)]
    assert "Reconnect with Jane Doe · Northwind" in later.text
    assert "due 3 months after the rejection on 2026-06-10" in later.text
    assert ("Circle back (filled in) →", "../contacts/jane-doe/#messages") in later.links()


def test_a_reply_to_nobody_in_particular(page: Node) -> None:
    li = items_by_key(page)[("reply", "2026-06-16", None, FABRIKAM)]
    assert "tomorrow Reply to Fabrikam (no contact recorded)" in li.text
    assert "After Analyst at Fabrikam screening on 14 Jun 2026" in li.text
    assert "No touch logged yet" in li.text
    assert [href for _, href in li.links()] == [f"../rejections/{FABRIKAM}/",
                                                f"../rejections/{FABRIKAM}/#reply"]


def test_a_planned_date_and_a_contact_without_rejection(page: Node) -> None:
    items = items_by_key(page)
    bob = items[("reconnect", "2026-06-25", "bob", CONTOSO)]
    assert "in 10 days Reconnect with Bob Stone · Contoso" in bob.text
    assert "After PM at Contoso interview on 2 Jan 2026" in bob.text
    assert "due the planned date (next_reconnect)" in bob.text
    carol = items[("reconnect", "2026-07-01", "carol", None)]
    assert "Reconnect with Carol Ng" in carol.text and "·" not in carol.text.split("No")[0]
    assert "No rejection on record" in carol.text
    assert "Last touch 1 Mar 2026 other" in carol.text
    assert "due 4 months after the last touch on 2026-03-01" in carol.text


def test_what_happened_month_by_month(page: Node) -> None:
    months = page.find_all(lambda n: n.tag == "ul" and "ajar-tl-history" in n.classes)
    found = {ul.attrs["data-month"]: [(li.attrs["data-event"], li.attrs["data-date"], li.text)
                                      for li in ul.find_all(lambda n: n.tag == "li")]
             for ul in months}
    assert list(found) == ["2026-06", "2026-05", "2026-03", "2026-01", "2025-12"]
    assert found["2026-06"] == [
        ("rejection", "2026-06-14", "14 Jun 2026 Rejection Analyst at Fabrikam screening"),
        ("rejection", "2026-06-10", "10 Jun 2026 Rejection Senior Data Engineer at Northwind"
                                    " final-round: Went with an internal transfer from Jane Doe"),
    ]
    assert found["2026-05"] == [
        ("meeting", "2026-05-02", "2 May 2026 Meeting Jane Doe (Northwind): Coffee & cake")]
    assert found["2026-01"] == [
        ("reply", "2026-01-20", "20 Jan 2026 Reply Jane Doe (Northwind)"),
        # A LinkedIn connection is a touch: it is part of what happened.
        ("connected", "2026-01-03", "3 Jan 2026 Connected on LinkedIn Bob Stone (Contoso)"),
        ("replied", "2026-01-03", "3 Jan 2026 Reply sent to Bob Stone about PM at Contoso"),
        ("rejection", "2026-01-02", "2 Jan 2026 Rejection PM at Contoso interview from Bob Stone"),
    ]
    assert found["2025-12"][0][2].startswith("5 Dec 2025 Touch Quiet Person")
    summary = months[2].parent
    assert summary is not None
    assert "0 rejections · 0 replies sent · 1 touch logged" in summary.text
    first = months[0].find(lambda n: n.tag == "li")
    assert ("Analyst at Fabrikam", f"../rejections/{FABRIKAM}/") in first.links()


def test_counts_and_calendar_hint(site: Path, page: Node) -> None:
    cards = page.find(lambda n: "ajar-tl-counts" in n.classes)
    assert cards.text == "2 overdue 1 this week 1 later this month 2 in the months ahead"
    assert [href for _, href in cards.links()] == ["#overdue", "#this-week", "#this-month",
                                                   "#july-2026"]
    hint = page.find(lambda n: "ajar-tl-calendar" in n.classes)
    assert ("reconnect.ics", "../reconnect.ics") in hint.links()
    assert "Import it into your calendar app" in hint.text
    assert (site / "reconnect.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_every_link_and_anchor_leads_somewhere(site: Path) -> None:
    path = site / "timeline" / "index.html"
    assert broken_links(site, path) == []
    page = article_of(path)
    anchors = {href for _, href in page.links() if "#" in href and not href.startswith("#")}
    assert {h.rsplit("#", 1)[1] for h in anchors} == {"reply", "messages"}
    for href in anchors:
        target = resolve_link(site, path, href)
        assert target is not None
        assert f'id="{href.rsplit("#", 1)[1]}"' in target.read_text(encoding="utf-8"), href
    ids = {n.attrs["id"] for n in page.walk() if "id" in n.attrs}
    for _, href in page.links():
        if href.startswith("#") and len(href) > 1:
            assert href[1:] in ids, href


def test_plain_urls_and_hostile_values(tmp_path: Path) -> None:
    evil = '<script>alert(1)</script> "Eve" & <b>co</b>'
    mkdocs = MINIMAL_MKDOCS + "use_directory_urls: false\n"
    root = make_project(tmp_path / "p", mkdocs=mkdocs, contacts={
        "eve": {"name": evil, "company": "# A & B *co*", "linkedin": "https://example.com/e",
                "log": [{"date": "2026-06-01", "kind": "other", "note": "<img src=x onerror=1>"},
                        {"date": "2026-07-01", "kind": "meeting", "note": "not yet"}]},
    }, rejections={
        "r": {"company": "# A & B *co*", "role": "<i>Role</i>", "date": "2026-06-13",
              "contact": "eve", "reason": "</li></ol><script>x()</script>"},
    }, replies=sample_replies())
    site = build(root)
    path = site / "timeline" / "index.html"
    html = path.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<script>x()" not in html
    assert "<img src=x" not in html and "<i>Role</i>" not in html
    page = article_of(path)
    items = schedule_items(page)
    assert [item_key(li)[0] for li in items] == ["reply", "linkedin", "reconnect"]
    assert f"Reply to {evil} · # A & B *co*" in items[0].text
    assert "</li></ol><script>x()</script>" in items[0].text
    assert items[0].links()[0] == (evil, "../contacts/eve.html")
    assert items[0].links()[-1][1] == "../rejections/r.html#reply"
    assert broken_links(site, path) == []
    # A log entry dated after today has not happened yet.
    events = page.find_all(lambda n: n.tag == "li" and "data-event" in n.attrs)
    assert [(e.attrs["data-event"], e.attrs["data-date"]) for e in events] == [
        ("rejection", "2026-06-13"), ("other", "2026-06-01")]
    assert "<img src=x onerror=1>" in events[1].text


def test_an_empty_ledger(tmp_path: Path) -> None:
    site = build(make_project(tmp_path / "p"))
    page = article_of(site / "timeline" / "index.html")
    assert schedule_items(page) == []
    assert "Nothing scheduled" in page.text and "Nothing yet" in page.text
    assert "0 things scheduled, 0 overdue" in page.text
    assert broken_links(site, site / "timeline" / "index.html") == []
