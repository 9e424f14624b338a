"""A rejection whose every contact asked not to be contacted owes no reply, and
every view says the same: ``ajar due``, ``ajar stats``, the rejections list, the
rejection's page and the calendar."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import build_site, make_project, run_ajar

ENV = {"AJAR_TODAY": "2026-11-23"}


def test_do_not_contact_owes_no_reply_everywhere(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={
        "quiet": {"name": "Quinn Quiet", "do_not_contact": True},
        "open": {"name": "Olga Open"}},
        rejections={
        "silenced": {"company": "Acme", "role": "Dev", "date": "2026-11-20",
                     "contact": "quiet"},
        "owed": {"company": "Bolt", "role": "Ops", "date": "2026-11-21",
                 "contact": ["quiet", "open"]}})
    due = json.loads(run_ajar("due", "--json", "--within", "1 year", cwd=tmp_path,
                              env=ENV).stdout)
    replies = [(i["rejection"], i["contact"]) for i in due["items"] if i["kind"] == "reply"]
    assert replies == [("owed", "open")]
    stats = json.loads(run_ajar("stats", "--json", cwd=tmp_path, env=ENV).stdout)
    assert (stats["reply_owed"], stats["no_reply"]) == (1, 1)
    assert build_site(tmp_path, env=ENV).returncode == 0
    listing = (tmp_path / "site/rejections/index.html").read_text()
    assert listing.count("reply owed</span>") == 1
    assert "no reply owed: do not contact" in listing
    page = (tmp_path / "site/rejections/silenced/index.html").read_text()
    assert "No reply owed (they asked not to be contacted)" in page
    assert "Send the thank-you reply" not in page
    calendar = (tmp_path / "site/reconnect.ics").read_text()
    assert "Acme" not in calendar and "Bolt" in calendar
