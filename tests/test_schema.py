"""`ajar schema KIND` and `ajar check` agree on every value.

Each value is written into a real ledger file; `ajar check --json` judges the
whole ledger in one run, and `jsonschema` judges the same YAML-parsed front
matter against `ajar schema KIND`. The verdicts must be the same.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO, make_project, run_ajar, write
from jsonschema import Draft202012Validator

from ajar.ledger.loader import KINDS
from ajar.ledger.schema import kinds
from ajar.ledger.source import parse_source

BASE = {
    "contact": {"name": "Base Person"},
    "rejection": {"company": "Acme", "role": "Engineer", "date": "2026-01-10",
                  "contact": "c-base"},
    "reply": {"title": "Thanks", "for": "rejection", "subject": "Thank you"},
    "company": {"name": "Base Co"},
}
FOLDER = {kind: folder for folder, kind in zip(KINDS, kinds())}

# (kind, the line(s) that replace the key's line, does `ajar check` accept it?)
TABLE: list[tuple[str, str, bool]] = [
    # booleans: YAML 1.1 words are accepted with a warning; quoted text is not a boolean
    ("contact", "do_not_contact: yes", True),
    ("contact", "do_not_contact: no", True),
    ("contact", "do_not_contact: On", True),
    ("contact", "do_not_contact: OFF", True),
    ("contact", "do_not_contact: true", True),
    ("contact", "do_not_contact: False", True),
    ("contact", 'do_not_contact: "true"', False),
    ("contact", "do_not_contact: 1", False),
    ("contact", "do_not_contact: y", False),
    ("contact", "do_not_contact: null", False),
    ("rejection", 'no_reply: "true"', False),
    ("rejection", "no_reply: yes", True),
    ("rejection", "no_reply: true", True),
    # text: numbers are fine, blank is not
    ("contact", "name: 12345", True),
    ("contact", "name: 12.5", True),
    ("contact", "name: yes", True),
    ("contact", 'name: "   "', False),
    ("contact", "name: ''", False),
    ("contact", "name: true", False),
    ("contact", "name: [Priya]", False),
    ("contact", "name: null", False),
    ("contact", "company: 3M", True),
    ("contact", "company: 1999", True),
    ("contact", "phone: 5550100", True),
    ("contact", "phone: +1 555 0100", True),
    ("rejection", "role: 3", True),
    ("rejection", "company: ''", False),
    ("rejection", "from: Priya <p@example.com>", True),
    ("rejection", "message_id: <abc@mail.example>", True),
    # lists of text: one text is a one-item list
    ("contact", "tags: recruiter", True),
    ("contact", "tags: 2025", True),
    ("contact", "tags: [a, 2025]", True),
    ("contact", "tags: []", True),
    ("contact", "tags: [a, [b]]", False),
    ("contact", "tags: {a: 1}", False),
    ("contact", "tags: true", False),
    ("contact", "tags: [true]", False),
    ("contact", "tags: null", False),
    # emails
    ("contact", "email: p@example.com", True),
    ("contact", "email: P.Raman+jobs@Example.co.uk", True),
    ("contact", 'email: " p@example.com "', True),
    ("contact", 'email: "Priya <p@example.com>"', False),
    ("contact", "email: p@example", False),
    ("contact", "email: priya", False),
    ("contact", "email: 12", False),
    ("contact", "email: [p@example.com]", False),
    # URLs
    ("contact", "linkedin: https://www.linkedin.com/in/priya", True),
    ("contact", "linkedin: HTTPS://www.linkedin.com/in/priya", True),
    ("contact", "linkedin: http://example.com", True),  # with warnings (see test_url_hints)
    ("contact", "linkedin: http://www.linkedin.com/in/priya", True),
    ("contact", "linkedin: https://x", True),
    ("contact", "linkedin: www.linkedin.com/in/priya", False),
    ("contact", "linkedin: ftp://example.com", False),
    ("contact", 'linkedin: "https://example.com/a b"', False),
    ("contact", "linkedin: 42", False),
    # dates: every real day, nothing else
    ("contact", "linkedin_connected: 2026-02-28", True),
    ("contact", "linkedin_connected: 2024-02-29", True),
    ("contact", "linkedin_connected: 2000-02-29", True),
    ("contact", "linkedin_connected: '2026-01-05'", True),
    ("contact", "linkedin_connected: 2026-02-29", False),
    ("contact", "linkedin_connected: 1900-02-29", False),
    ("contact", "linkedin_connected: 2026-02-30", False),
    ("contact", "linkedin_connected: 2026-04-31", False),
    ("contact", "linkedin_connected: 2026-13-01", False),
    ("contact", "linkedin_connected: 0000-01-01", False),
    ("contact", "linkedin_connected: 2026-1-5", False),
    ("contact", "linkedin_connected: 26-01-05", False),
    ("contact", "linkedin_connected: 20260105", False),
    ("contact", "linkedin_connected: 2026-01-05T10:00:00", False),
    ("contact", "linkedin_connected: yesterday", False),
    ("contact", "next_reconnect: 2027-03-01", True),
    ("rejection", "date: 2026-02-30", False),
    ("rejection", "replied: 2026-01-11", True),
    # durations
    ("contact", "reconnect_every: 3 months", True),
    ("contact", "reconnect_every: 2 Weeks", True),
    ("contact", "reconnect_every: 1 YEAR", True),
    ("contact", "reconnect_every: 3months", True),
    ("contact", "reconnect_every: 10 days", True),
    ("contact", "reconnect_every: 3 fortnights", False),
    ("contact", "reconnect_every: 3", False),
    ("contact", "reconnect_every: months", False),
    ("contact", "reconnect_every: 1234567 days", False),
    ("contact", "reconnect_every: -3 months", False),
    # a cadence is at least a day: `0 days` would be due again on the day it is done
    ("contact", "reconnect_every: 0 days", False),
    ("contact", "reconnect_every: 000 Months", False),
    ("contact", "reconnect_every: 01 month", True),
    ("company", "check_every: 0 weeks", False),  # one company row: they share a name
    # the log
    ("contact", "log: [{date: 2026-01-01, kind: moved, note: Now CTO at Fabrikam}]", True),
    ("contact", "log:\n  - date: 2026-01-01\n    kind: reply\n    note: 5", True),
    ("contact", "log: [{date: 2026-01-01, kind: lunch}]", False),
    ("contact", "log: [{kind: reply}]", False),
    ("contact", "log: [{date: 2026-02-30, kind: reply}]", False),
    ("contact", "log: {date: 2026-01-01, kind: reply}", False),
    ("contact", "log: [reply]", False),
    # choices
    ("rejection", "stage: final-round", True),
    ("rejection", "stage: final", False),
    ("rejection", "stage: 3", False),
    ("rejection", "contact: [c-base]", True),
    ("rejection", "contact: {a: 1}", False),
    ("reply", "for: reconnect", True),
    ("reply", "for: thanks", False),
    ("reply", "for: null", False),
    ("reply", "subject: 12", True),
    # unknown keys are kept and ignored
    ("contact", "favourite_colour: [1, {a: b}]", True),
]

# Values tried in every key of every kind (schema-level faults only: a contact
# slug that names no file is `check`'s business, not the schema's).
PROBES = ["yes", "no", "On", '"true"', "true", "12345", "1.5", "recruiter", "[a, b]",
          "[1, 2]", "[]", "{a: 1}", "null", '""', '"  "', "2026-01-15", "2026-02-30",
          '"2026-01-15"', "3 months", "3 Months", "https://www.linkedin.com/in/x",
          "p@example.com", '"Priya <p@example.com>"', "final-round", "rejection", "moved",
          "[{date: 2026-01-01, kind: moved}]", "[{date: 2026-01-01}]", "0", "-1"]
SCHEMA_CODES = {"missing-key", "wrong-type", "bad-value", "bad-date", "bad-duration",
                "bad-email", "bad-url"}


def front_matter(kind: str, replace: str) -> str:
    key = replace.split(":", 1)[0].strip()
    lines = [f"{k}: {v}" for k, v in BASE[kind].items() if k != key]
    return "---\n" + "\n".join([*lines, replace]) + "\n---\nNotes.\n"


def judge(root: Path, files: dict[str, tuple[str, str]], codes: set[str] | None
          ) -> tuple[dict[str, bool], dict[str, bool], dict[str, list[str]]]:
    """Write ``files`` (relative path -> (kind, text)); return check's and the
    schema's verdicts by path, and check's messages."""
    make_project(root, contacts={"c-base": {"name": "Base"}})
    for path, (_, text) in files.items():
        write(root / path, text)
    result = run_ajar("check", "--json", cwd=root)
    assert result.returncode in (0, 1), result.stderr
    said: dict[str, list[str]] = {}
    for problem in json.loads(result.stdout)["problems"]:
        if problem["severity"] == "error" and (codes is None or problem["code"] in codes):
            said.setdefault(problem["path"], []).append(problem["message"])
    validators = {kind: Draft202012Validator(schema(kind)) for kind in kinds()}
    by_check, by_schema = {}, {}
    for path, (kind, _) in files.items():
        data = parse_source((root / path).read_bytes(), path).data
        by_check[path] = path not in said
        by_schema[path] = validators[kind].is_valid(data)
    return by_check, by_schema, said


def schema(kind: str) -> dict[str, Any]:
    result = run_ajar("schema", kind, cwd=REPO)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_table_agrees(tmp_path: Path) -> None:
    files = {f"ledger/{FOLDER[kind]}/row-{n}.md": (kind, front_matter(kind, line))
             for n, (kind, line, _) in enumerate(TABLE)}
    by_check, by_schema, said = judge(tmp_path, files, None)
    wrong = []
    for n, (kind, line, expected) in enumerate(TABLE):
        path = f"ledger/{FOLDER[kind]}/row-{n}.md"
        if not by_check[path] == by_schema[path] == expected:
            wrong.append(f"{kind} {line!r}: expected {expected}, check {by_check[path]}"
                         f" {said.get(path, [])}, schema {by_schema[path]}")
    assert not wrong, "\n".join(wrong)


def test_every_key_and_probe_agrees(tmp_path: Path) -> None:
    files = {}
    for kind in kinds():
        for key in schema(kind)["properties"]:
            for n, probe in enumerate(PROBES):
                files[f"ledger/{FOLDER[kind]}/{key}-{n}.md"] = (
                    kind, front_matter(kind, f"{key}: {probe}"))
    by_check, by_schema, said = judge(tmp_path, files, SCHEMA_CODES)
    wrong = [f"{path} ({files[path][1].splitlines()[-3]}): check {by_check[path]}"
             f" {said.get(path, [])}, schema {by_schema[path]}"
             for path in files if by_check[path] != by_schema[path]]
    assert not wrong, "\n".join(wrong)


def test_bool_words_warn(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"a": "name: A\ndo_not_contact: yes"},
                 rejections={"r": "company: A\nrole: B\ndate: 2026-01-01\nno_reply: Off"})
    result = run_ajar("check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines() == [
        "ledger/contacts/a.md:3:1: warning[yes-no]: do_not_contact: 'yes' is read as true,"
        " but YAML 1.2 editors read it as text: write do_not_contact: true",
        "ledger/rejections/r.md:5:1: warning[yes-no]: no_reply: 'Off' is read as false,"
        " but YAML 1.2 editors read it as text: write no_reply: false",
    ]


def test_schema_without_a_kind_lists_the_kinds() -> None:
    result = run_ajar("schema", cwd=REPO)
    assert result.returncode == 2 and result.stdout == ""
    assert "contact, rejection" in result.stderr and "reply" in result.stderr
    result = run_ajar("schema", "contacts", cwd=REPO)
    assert result.returncode == 2 and "did you mean 'contact'" in result.stderr


@pytest.mark.parametrize("kind", list(kinds()))
def test_schemas_are_valid_json_schema(kind: str) -> None:
    Draft202012Validator.check_schema(schema(kind))


def test_every_sample_ledger_file_is_valid() -> None:
    checked = 0
    for kind in kinds():
        validator = Draft202012Validator(schema(kind))
        for path in sorted((REPO / "ledger" / FOLDER[kind]).glob("*.md")):
            data = parse_source(path.read_bytes(), path.name).data
            errors = [f"{'.'.join(map(str, e.absolute_path))}: {e.message}"
                      for e in validator.iter_errors(data)]
            assert not errors, f"{path.name}: {errors}"
            checked += 1
    assert checked >= 30
