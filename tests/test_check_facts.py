"""`ajar check` on facts that cannot be true, near-miss keys and company files:
each a problem with its file, line and a fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import make_project, run_ajar

TODAY = {"AJAR_TODAY": "2026-11-23"}
JANE = {"jane": {"name": "Jane Doe"}}


def check(root: Path) -> tuple[int, list[dict[str, Any]]]:
    result = run_ajar("check", "--json", cwd=root, env=TODAY)
    assert "Traceback" not in result.stderr
    return result.returncode, json.loads(result.stdout)["problems"]


CASES = [
    ("replied before the rejection",
     {"rejections": {"r": "company: A\nrole: R\ndate: 2026-11-20\nreplied: 2026-11-02"}},
     ("ledger/rejections/r.md", 5, 1, "impossible-date", "error",
      "replied 2026-11-02 is before the rejection arrived (date 2026-11-20):"
      " fix one of the two dates")),
    ("replied after today",
     {"rejections": {"r": "company: A\nrole: R\ndate: 2026-11-20\nreplied: 2026-12-01"}},
     ("ledger/rejections/r.md", 5, 1, "future-date", "warning",
      "replied 2026-12-01 is after today (2026-11-23): write the day the reply was sent,"
      " or remove 'replied' until it is")),
    ("both replied and no_reply",
     {"rejections": {"r": "company: A\nrole: R\ndate: 2026-11-20\nreplied: 2026-11-21\n"
                          "no_reply: true"}},
     ("ledger/rejections/r.md", 6, 1, "replied-and-no-reply", "error",
      "the file says both replied (2026-11-21) and no_reply: true: remove no_reply if you"
      " did reply, or replied if nobody could be answered")),
    ("linkedin_connected after today",
     {"contacts": {"jane": "name: Jane\nlinkedin_connected: 2027-01-01"}},
     ("ledger/contacts/jane.md", 3, 1, "future-date", "warning",
      "linkedin_connected 2027-01-01 is after today (2026-11-23): write the day the"
      " connection was made")),
    ("a log date after today",
     {"contacts": {"jane": "name: Jane\nlog:\n  - date: 2026-11-01\n    kind: meeting\n"
                           "  - date: 2026-12-24\n    kind: other"}},
     ("ledger/contacts/jane.md", 6, 5, "future-date", "warning",
      "log entry 2 (other) is dated 2026-12-24, after today (2026-11-23): a log records what"
      " happened; put a plan in next_reconnect")),
    ("a company's check after today",
     {"companies": {"acme": "name: Acme\nlog:\n  - {date: 2026-12-01, kind: check}"}},
     ("ledger/companies/acme.md", 4, 6, "future-date", "warning",
      "log entry 1 (check) is dated 2026-12-01, after today (2026-11-23): a log records what"
      " happened; put a plan in next_check")),
    ("emial is a near miss",
     {"contacts": {"jane": "name: Jane\nemial: jane@example.com"}},
     ("ledger/contacts/jane.md", 3, 1, "unknown-key", "warning",
      "'emial' is not a key Ajar knows (did you mean 'email'?): rename it to 'email',"
      " or keep it as a note of your own")),
    ("reasn is a near miss",
     {"rejections": {"r": "company: A\nrole: R\ndate: 2026-11-20\nreplied: 2026-11-20\n"
                          "reasn: budget"}},
     ("ledger/rejections/r.md", 6, 1, "unknown-key", "warning",
      "'reasn' is not a key Ajar knows (did you mean 'reason'?): rename it to 'reason',"
      " or keep it as a note of your own")),
    ("a company's near miss",
     {"companies": {"acme": "name: Acme\ncareer: https://acme.example/jobs"}},
     ("ledger/companies/acme.md", 3, 1, "unknown-key", "warning",
      "'career' is not a key Ajar knows (did you mean 'careers'?): rename it to 'careers',"
      " or keep it as a note of your own")),
    ("a company with an unknown log kind",
     {"companies": {"acme": "name: Acme\nlog:\n  - {date: 2026-11-01, kind: applied}"}},
     ("ledger/companies/acme.md", 4, 24, "bad-value", "error",
      "log.0.kind: 'applied' is not allowed; use one of 'check' or 'other'")),
    ("two company files for one name (without case)",
     {"companies": {"acme": "name: Acme", "acme-inc": "name: '  ACME '"}},
     ("ledger/companies/acme-inc.md", 2, 1, "duplicate-company", "error",
      "ledger/companies/acme.md already names the company 'Acme' (names are compared without"
      " case): merge the two files into one")),
]


@pytest.mark.parametrize("files, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_problem(tmp_path: Path, files: dict[str, Any], expected: tuple[Any, ...]) -> None:
    root = make_project(tmp_path, **files)
    code, problems = check(root)
    keys = ("path", "line", "column", "code", "severity", "message")
    assert [tuple(p[k] for k in keys) for p in problems] == [expected]
    assert code == (1 if expected[4] == "error" else 0)


def test_far_unknown_keys_are_kept_and_ignored(tmp_path: Path) -> None:
    root = make_project(tmp_path, contacts={"jane": "name: Jane\nfavourite_food: pizza"})
    assert check(root) == (0, [])


def test_text_output_names_file_line_and_fix(tmp_path: Path) -> None:
    root = make_project(tmp_path, rejections={
        "r": "company: A\nrole: R\ndate: 2026-11-20\nreplied: 2026-11-02"})
    result = run_ajar("check", cwd=root, env=TODAY)
    assert result.returncode == 1
    assert result.stdout == ("ledger/rejections/r.md:5:1: error[impossible-date]: replied"
                             " 2026-11-02 is before the rejection arrived (date 2026-11-20):"
                             " fix one of the two dates\n")


def test_an_impossible_reply_does_not_feed_the_stats(tmp_path: Path) -> None:
    root = make_project(tmp_path, rejections={
        "early": "company: A\nrole: R\ndate: 2026-11-20\nreplied: 2026-11-02",
        "late": "company: B\nrole: R\ndate: 2026-11-10\nreplied: 2026-12-20",
        "ok": "company: C\nrole: R\ndate: 2026-11-10\nreplied: 2026-11-12"})
    result = run_ajar("stats", "--json", cwd=root, env=TODAY)
    assert json.loads(result.stdout)["median_reply_days"] == 2
    # The reply dated before the rejection is no reply: it is still owed.
    due = json.loads(run_ajar("due", "--json", cwd=root, env=TODAY).stdout)["items"]
    assert [(i["kind"], i["rejection"], i["problems"]) for i in due] == [
        ("reply", "early", ["ledger/rejections/early.md"])]


def test_companies_are_optional(tmp_path: Path) -> None:
    root = make_project(tmp_path, contacts=JANE)
    assert not (root / "ledger" / "companies").exists()
    result = run_ajar("check", cwd=root, env=TODAY)
    assert result.returncode == 0, result.stdout
    assert result.stderr == "ok: 1 contact, 0 rejections, 0 reply templates, 0 company files\n"
