"""A contact file with an error still reminds, and says so (never lost silently).

A typo in one ``log`` date must not make a person's reconnect vanish: the schedule
keeps the contact's valid values, every item that leans on the file names it, and
the pages link to the problem instead of to a contact page that is not built.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import build_site, make_project, run_ajar

TODAY = {"AJAR_TODAY": "2026-06-15"}
PATH = "ledger/contacts/jane-doe.md"
REJECTION = "2026-01-10-northwind-data-engineer"


def _ledger(root: Path, jane: dict | str) -> Path:
    return make_project(root, contacts={
        "jane-doe": jane,
        "bob": {"name": "Bob Stone", "company": "Contoso", "linkedin_connected": "2026-01-05"},
    }, rejections={
        REJECTION: {"company": "Northwind", "role": "Data Engineer", "date": "2026-01-10",
                    "contact": "jane-doe", "replied": "2026-01-11"},
        "2026-06-14-northwind-analyst": {"company": "Northwind", "role": "Analyst",
                                         "date": "2026-06-14", "contact": "jane-doe"},
    })


def _due(root: Path) -> list[dict]:
    result = run_ajar("due", "--json", "--within", "1 year", cwd=root, env=TODAY)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["items"]


def _janes(items: list[dict]) -> dict[str, dict]:
    return {i["kind"]: i for i in items if i["contact"] == "jane-doe"}


def test_a_bad_log_date_keeps_the_reconnect_and_names_the_file(tmp_path: Path) -> None:
    root = _ledger(tmp_path, {
        "name": "Jane Doe", "company": "Northwind", "linkedin_connected": "2026-01-12",
        "log": [{"date": "2026-02-30", "kind": "meeting"},   # impossible date
                {"date": "2026-05-01", "kind": "reconnect", "note": "sent the article"}]})
    check = run_ajar("check", cwd=root, env=TODAY)
    assert check.returncode == 1 and PATH in check.stdout
    janes = _janes(_due(root))
    # The valid values still count: the rejection of 2026-06-14 is later than the
    # valid log line (2026-05-01), so the reconnect is 3 months after it.
    reconnect = janes["reconnect"]
    assert reconnect["due"] == "2026-09-14"
    assert reconnect["rejection"] == "2026-06-14-northwind-analyst"
    assert reconnect["problems"] == [PATH]
    assert PATH in reconnect["warning"] and "ajar check" in reconnect["warning"]
    # The reply owed for the new rejection still names her, and says it leans on her file.
    reply = janes["reply"]
    assert reply["rejection"] == "2026-06-14-northwind-analyst" and reply["problems"] == [PATH]
    # linkedin_connected was valid: no connect item.
    assert "linkedin" not in janes
    # The plain listing says it too.
    plain = run_ajar("due", "--within", "1 year", cwd=root, env=TODAY)
    assert plain.returncode == 0 and f"{PATH} has errors" in plain.stdout


def test_a_valid_log_after_the_rejection_sets_the_cadence(tmp_path: Path) -> None:
    root = make_project(tmp_path, contacts={"jane-doe": {
        "name": "Jane Doe", "reconnect_every": "2 weeks", "phone": ["not", "a", "phone"],
        "log": [{"date": "2026-06-01", "kind": "meeting"}, {"date": "2026-06-10", "kind": "call"}]}}, rejections={
        REJECTION: {"company": "Northwind", "role": "Data Engineer", "date": "2026-01-10",
                    "contact": "jane-doe", "replied": "2026-01-11"}})
    reconnect = _janes(_due(root))["reconnect"]
    assert (reconnect["due"], reconnect["problems"]) == ("2026-06-15", [PATH])


def test_a_faulty_do_not_contact_reminds_of_nothing(tmp_path: Path) -> None:
    """Better no reminder than one to a person who may have asked for none."""
    root = _ledger(tmp_path, {"name": "Jane Doe", "do_not_contact": "maybe"})
    janes = _janes(_due(root))
    assert "reconnect" not in janes and "linkedin" not in janes
    # The owed reply stays (it is the rejection's), naming nobody in particular.
    reply = [i for i in _due(root) if i["rejection"] == "2026-06-14-northwind-analyst"]
    assert reply and reply[0]["contact"] is None


def test_a_contact_without_a_name_is_named_by_its_slug(tmp_path: Path) -> None:
    root = _ledger(tmp_path, {"company": "Northwind", "linkedin_connected": "2026-01-12"})
    plain = run_ajar("due", "--within", "1 year", cwd=root, env=TODAY)
    assert plain.returncode == 0, plain.stderr
    assert "jane-doe (Northwind)" in plain.stdout
    assert _janes(_due(root))["reconnect"]["problems"] == [PATH]


def test_broken_yaml_has_no_values_to_keep(tmp_path: Path) -> None:
    root = _ledger(tmp_path, "name: [Jane\nlog: {")
    assert _janes(_due(root)) == {}


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    root = _ledger(tmp_path, {
        "name": "Jane <b>Doe</b>", "company": "Northwind",
        "log": [{"date": "2026-13-01", "kind": "meeting"}]})
    (root / "mkdocs.yml").write_text(
        (root / "mkdocs.yml").read_text() + "site_url: https://me.example/\n")
    result = build_site(root, env=TODAY)
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_the_pages_show_the_reminder_and_link_to_the_problem(site: Path) -> None:
    assert not (site / "contacts" / "jane-doe").exists()  # left out of the pages
    dashboard = (site / "index.html").read_text()
    assert "Jane &lt;b&gt;Doe&lt;/b&gt;" in dashboard and "<b>Doe</b>" not in dashboard
    assert f'data-faulty="{PATH}"' in dashboard
    assert 'href="contacts/jane-doe/"' not in dashboard
    timeline = (site / "timeline" / "index.html").read_text()
    assert "Jane &lt;b&gt;Doe&lt;/b&gt; (the file has errors)" in timeline
    assert "contacts/jane-doe/" not in timeline
    feed = (site / "reconnect.ics").read_text()
    assert "Reconnect with Jane <b>Doe</b> (Northwind)" in feed.replace("\r\n ", "")
    assert "contacts/jane-doe/" not in feed.replace("\r\n ", "")
    assert "https://me.example/problems/" in feed.replace("\r\n ", "")
