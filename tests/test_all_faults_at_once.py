"""Loading never stops at the first fault: a file with a schema error still has its
references and facts checked on the values that are valid in it, so that fixing
one problem does not reveal the next."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from helpers import make_project, run_ajar

TODAY = {"AJAR_TODAY": "2026-11-23"}
PRIYA = {"priya-raman": {"name": "Priya Raman"}}


def problems(root: Path) -> list[tuple[str, int, int, str, str, str]]:
    result = run_ajar("check", "--json", cwd=root, env=TODAY)
    assert "Traceback" not in result.stderr, result.stderr
    return [(p["path"], p["line"], p["column"], p["code"], p["severity"], p["message"])
            for p in json.loads(result.stdout)["problems"]]


def codes(found: list[tuple[Any, ...]]) -> list[tuple[str, int, str]]:
    return [(path, line, code) for path, line, _, code, _, _ in found]


def test_a_bad_stage_does_not_hide_an_unknown_contact(tmp_path: Path) -> None:
    make_project(tmp_path, contacts=PRIYA, rejections={"r": (
        "company: Northwind\nrole: Dev\ndate: 2026-11-01\nstage: finals\ncontact: priya-ramen")})
    found = problems(tmp_path)
    assert codes(found) == [("ledger/rejections/r.md", 5, "bad-value"),
                            ("ledger/rejections/r.md", 6, "unknown-contact")]
    assert "(did you mean 'priya-raman'?)" in found[1][5]


def test_a_bad_log_kind_does_not_hide_a_future_date(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": (
        "name: Jane\nlog:\n  - {date: 2026-01-01, kind: coffee}\n"
        "  - {date: 2027-01-01, kind: reply}\nlinkedin_connected: 2026-12-01")})
    assert codes(problems(tmp_path)) == [
        ("ledger/contacts/jane.md", 4, "bad-value"),
        ("ledger/contacts/jane.md", 5, "future-date"),
        ("ledger/contacts/jane.md", 6, "future-date")]


def test_a_faulty_company_still_has_its_dates_checked(tmp_path: Path) -> None:
    make_project(tmp_path, companies={"acme": (
        "name: Acme\nradar: maybe\nlog:\n  - {date: 2026-12-01, kind: check}")})
    found = problems(tmp_path)
    assert codes(found) == [("ledger/companies/acme.md", 3, "wrong-type"),
                            ("ledger/companies/acme.md", 5, "future-date")]
    assert found[1][5].startswith("log entry 1 (check) is dated 2026-12-01")


def test_a_faulty_rejection_with_an_impossible_reply_still_owes_it(tmp_path: Path) -> None:
    """The reply date before the rejection is reported on the faulty file too, and
    the schedule (which counts the faulty file's valid values) does not take it for
    a reply."""
    make_project(tmp_path, contacts=PRIYA, rejections={"r": (
        "company: Northwind\nrole: Dev\ndate: 2026-11-20\nstage: finals\n"
        "contact: priya-raman\nreplied: 2026-11-02")})
    assert codes(problems(tmp_path)) == [("ledger/rejections/r.md", 5, "bad-value"),
                                         ("ledger/rejections/r.md", 7, "impossible-date")]
    due = run_ajar("due", "--json", cwd=tmp_path, env=TODAY)
    items = json.loads(due.stdout)["items"]
    assert [(i["kind"], i["rejection"]) for i in items if i["kind"] == "reply"] == [
        ("reply", "r")]


def test_an_unknown_contact_does_not_hide_the_facts(tmp_path: Path) -> None:
    make_project(tmp_path, contacts=PRIYA, rejections={"r": (
        "company: Northwind\nrole: Dev\ndate: 2026-11-20\ncontact: priya\n"
        "replied: 2026-11-21\nno_reply: true")})
    assert codes(problems(tmp_path)) == [
        ("ledger/rejections/r.md", 5, "unknown-contact"),
        ("ledger/rejections/r.md", 7, "replied-and-no-reply")]


def test_a_missing_required_key_still_checks_the_rest(tmp_path: Path) -> None:
    """No company and no date: nothing to schedule, but the contact is still checked."""
    make_project(tmp_path, contacts=PRIYA, rejections={"r": "role: Dev\ncontact: [priya-ramen]"})
    assert codes(problems(tmp_path)) == [("ledger/rejections/r.md", 1, "missing-key"),
                                         ("ledger/rejections/r.md", 1, "missing-key"),
                                         ("ledger/rejections/r.md", 3, "unknown-contact")]


def test_a_repeated_contact_is_a_warning(tmp_path: Path) -> None:
    make_project(tmp_path, contacts=PRIYA, rejections={"r": (
        "company: Northwind\nrole: Dev\ndate: 2026-11-20\nno_reply: true\n"
        "contact: [priya-raman, priya-raman]")})
    result = run_ajar("check", cwd=tmp_path, env=TODAY)
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines() == [
        "ledger/rejections/r.md:6:24: warning[repeated-contact]: contact 'priya-raman' is"
        " listed twice: remove the repeat"]
