"""The site's counts agree with what they count and are said in the right number:
a dashboard card counts exactly the items listed under it (every owed reply and
LinkedIn connect, so the replies card agrees with `ajar stats`), and one of
anything reads "1 reply owed", never "1 replies owed"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from helpers import MINIMAL_MKDOCS, build_site, make_project, run_ajar, sample_replies
from htmltree import Node, parse

TODAY = "2026-11-23"
ENV = {"AJAR_TODAY": TODAY}


def page(site: Path, url: str) -> Node:
    html = (site / url / "index.html").read_text(encoding="utf-8")
    return parse(html).find(lambda n: n.tag == "article")


def cards(article: Node) -> list[str]:
    grid = article.find(lambda n: n.has_class("grid") and n.has_class("cards"))
    return [li.text for li in grid.find_all(lambda n: n.tag == "li")]


def listed(article: Node, kind: str) -> list[tuple[str, str | None, bool]]:
    """(due, rejection, overdue) of the dashboard's items of ``kind``, in order."""
    return [(li.attrs["data-due"], li.attrs["data-rejection"] or None,
             bool(li.cls("ajar-overdue")))
            for li in article.find_all(lambda n: n.attrs.get("data-kind") == kind)]


# reply_within 10 days: one reply overdue, one due this week, one due in 9 days.
OWED_CONTACTS: dict[str, Any] = {
    "ann": {"name": "Ann Avery", "linkedin": "https://www.linkedin.com/in/ann"},
    "bob": {"name": "Bob Brook"},
    "cat": {"name": "Cat Cole", "linkedin": "https://www.linkedin.com/in/cat"},
}
OWED_REJECTIONS: dict[str, Any] = {
    "2026-11-01-acme-analyst": {"company": "Acme", "role": "Analyst", "date": "2026-11-01",
                                "contact": "ann", "replied": "2026-11-02"},
    "2026-11-10-acme-lead": {"company": "Acme", "role": "Lead", "date": "2026-11-10",
                             "contact": "ann"},  # due 11-20: overdue
    "2026-11-20-beta-dev": {"company": "Beta", "role": "Dev", "date": "2026-11-20",
                            "contact": "bob"},  # due 11-30: within 7 days
    "2026-11-22-gamma-ops": {"company": "Gamma", "role": "Ops", "date": "2026-11-22",
                             "contact": "cat"},  # due 12-02: in 9 days
}


def test_dashboard_lists_and_counts_every_owed_reply(tmp_path: Path) -> None:
    mkdocs = MINIMAL_MKDOCS.replace("  - ajar\n", "  - ajar:\n      reply_within: 10 days\n")
    root = make_project(tmp_path / "p", mkdocs=mkdocs, contacts=OWED_CONTACTS,
                        rejections=OWED_REJECTIONS, replies=sample_replies())
    result = build_site(root, env=ENV)
    assert result.returncode == 0, result.stderr
    dashboard = page(root / "site", "")
    stats = run_ajar("stats", "--json", cwd=root, env=ENV)
    assert stats.returncode == 0, stats.stderr
    owed = json.loads(stats.stdout)["reply_owed"]
    assert owed == 3
    # Every owed reply, overdue first (in red), then the soonest.
    assert listed(dashboard, "reply") == [
        ("2026-11-20", "2026-11-10-acme-lead", True),
        ("2026-11-30", "2026-11-20-beta-dev", False),
        ("2026-12-02", "2026-11-22-gamma-ops", False)]
    # Every LinkedIn connect too (Bob's is "find their profile").
    assert [due for due, _, _ in listed(dashboard, "linkedin")] == [
        "2026-11-20", "2026-11-30", "2026-12-02"]
    shown = cards(dashboard)
    assert shown[0] == f"{owed} replies owed"
    assert shown[1] == "3 LinkedIn connects to make"
    # A plain `ajar due` (7 days) has one item less of each: the lede says so.
    due = json.loads(run_ajar("due", "--json", cwd=root, env=ENV).stdout)["items"]
    assert sum(1 for i in due if i["kind"] == "reply") == 2
    lede = dashboard.find(lambda n: n.has_class("ajar-lede")).text
    assert lede.endswith(": 2 overdue, 2 due in the next 7 days.")


# One of everything: one contact, one company, one reply owed, one day to reply.
ONE_CONTACTS = {"ann": {"name": "Ann Avery", "company": "Acme",
                        "linkedin": "https://www.linkedin.com/in/ann"}}
ONE_REJECTIONS = {
    "2026-08-01-acme-analyst": {"company": "Acme", "role": "Analyst", "date": "2026-08-01",
                                "contact": "ann", "replied": "2026-08-02"},
    "2026-11-22-acme-lead": {"company": "Acme", "role": "Lead", "date": "2026-11-22",
                             "contact": "ann"},
}
ONE_COMPANIES = {"acme": {"name": "Acme", "radar": True, "next_check": "2026-11-20"}}


def test_one_of_anything_is_singular(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", contacts=ONE_CONTACTS, rejections=ONE_REJECTIONS,
                        companies=ONE_COMPANIES, replies=sample_replies())
    result = build_site(root, env=ENV)
    assert result.returncode == 0, result.stderr
    site = root / "site"
    assert cards(page(site, "")) == [
        "1 reply owed", "1 LinkedIn connect to make",
        "0 reconnects due (overdue or in the next 7 days)",
        "1 company to check (overdue or in the next 7 days)", "1 contact", "2 rejections"]
    insights = page(site, "insights")
    assert cards(insights)[2:] == ["1 day to reply (median)", "1 reply still owed"]
    assert "In the window: 2 rejections, 0 at the final round" in insights.text
    companies = page(site, "companies").text
    assert "1 company, 1 on the radar." in companies
    assert "2 rejections · 1 contact" in companies
    contacts = page(site, "contacts")
    assert contacts.find(lambda n: "data-ajar-count" in n.attrs).text == "1 contact"
    timeline = page(site, "timeline").text
    assert "1 rejection · 1 reply sent · 0 touches logged" in timeline
    for url in ("", "insights", "companies", "contacts", "timeline"):
        text = page(site, url).text
        for wrong in ("1 replies", "1 companies", "1 days", "1 contacts", "1 rejections",
                      "1 LinkedIn connects", "1 things", "1 items"):
            assert wrong not in text, (url, wrong)
