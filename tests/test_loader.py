"""Loading ledgers: one small broken ledger per kind of fault."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ajar.ledger.loader import LoadCache, load_ledger
from ajar.ledger.problems import Problem

from helpers import entry, make_project, write

JANE = {"name": "Jane Doe", "company": "Northwind"}
REJECTION = {"company": "Northwind", "role": "Data Engineer", "date": "2026-09-14"}


def problems_of(root: Path) -> list[Problem]:
    return load_ledger(root).sorted_problems()


def only(root: Path) -> Problem:
    found = problems_of(root)
    assert len(found) == 1, found
    return found[0]


def test_valid_ledger_loads_typed_entries(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane-doe": (
        {**JANE, "tags": "recruiter", "reconnect_every": "3 months",
         "log": [{"date": "2026-10-01", "kind": "reply", "note": "thanked her"}],
         "favourite_tea": "earl grey"}, "Met at the meetup.\n")},
        rejections={"2026-09-14-northwind-data-engineer": {
            **REJECTION, "contact": "jane-doe", "stage": "final-round", "from": "x@example.com"}})
    ledger = load_ledger(tmp_path)
    assert ledger.problems == []
    jane = ledger.contacts["jane-doe"]
    assert jane.path == "ledger/contacts/jane-doe.md"
    assert jane.meta.tags == ["recruiter"]
    assert str(jane.meta.reconnect_every) == "3 months"
    assert jane.meta.log[0].date == dt.date(2026, 10, 1)
    assert jane.meta.model_extra == {"favourite_tea": "earl grey"}  # unknown keys kept
    assert jane.body == "Met at the meetup.\n" and jane.body_line == 12
    rejection = ledger.rejections["2026-09-14-northwind-data-engineer"]
    assert rejection.meta.contacts == ["jane-doe"]
    assert rejection.meta.from_ == "x@example.com"
    assert ledger.rejections_by_contact["jane-doe"] == [rejection]


@pytest.mark.parametrize("text, line, column, code", [
    ("no front matter here\n", 1, 1, "no-front-matter"),
    ("---\nname: Jane\n", 1, 1, "no-front-matter"),          # never closed
    ("---\n- a\n- b\n---\n", 2, 1, "not-a-mapping"),
    ("---\njust text\n---\n", 2, 1, "not-a-mapping"),
    ("---\nname: Jane\ncompany: [Northwind\n---\n", 3, 10, "yaml"),  # the [ opened
    ("---\nname: Jane\n  company: x\n---\n", 3, 10, "yaml"),
    ("---\nname: Jane\nemail: not-an-address\n---\n", 3, 1, "bad-email"),
    ("---\nname: Jane\nlinkedin: javascript:alert(1)\n---\n", 3, 1, "bad-url"),
    ("---\nname: Jane\nlinkedin_connected: 2026-02-30\n---\n", 3, 1, "bad-date"),
    ("---\nname: Jane\nreconnect_every: fortnightly\n---\n", 3, 1, "bad-duration"),
    ("---\nname: Jane\ndo_not_contact: perhaps\n---\n", 3, 1, "wrong-type"),
    ("---\nname: Jane\ntags: {a: b}\n---\n", 3, 1, "wrong-type"),
    ("---\ncompany: Northwind\n---\n", 1, 1, "missing-key"),
    ("---\nname: Jane\nlog:\n  - date: 2026-01-01\n    kind: lunch\n---\n", 5, 5, "bad-value"),
    ("---\nname: Jane\nlog:\n  - kind: reply\n---\n", 4, 5, "missing-key"),
    ("---\nname: Jane\nlog: [{date: 2026-04-31, kind: reply}]\n---\n", 3, 8, "bad-date"),
])
def test_contact_faults_are_located(tmp_path: Path, text: str, line: int, column: int,
                                    code: str) -> None:
    make_project(tmp_path)
    write(tmp_path / "ledger/contacts/jane.md", text)
    problem = only(tmp_path)
    assert (problem.path, problem.line, problem.column, problem.code) == \
        ("ledger/contacts/jane.md", line, column, code)
    assert problem.severity == "error"
    assert load_ledger(tmp_path).contacts == {}  # the faulty entry is left out


def test_impossible_date_names_the_month(tmp_path: Path) -> None:
    make_project(tmp_path, rejections={"r": "company: A\nrole: B\ndate: 2026-02-30"})
    problem = only(tmp_path)
    assert (problem.line, problem.code) == (4, "bad-date")
    assert "February 2026 has 28 days" in problem.message


def test_unknown_stage_suggests_the_right_one(tmp_path: Path) -> None:
    make_project(tmp_path, rejections={"r": {**REJECTION, "stage": "final"}})
    problem = only(tmp_path)
    assert (problem.line, problem.code) == (5, "bad-value")
    assert "did you mean 'final-round'" in problem.message


def test_missing_required_keys_each_reported(tmp_path: Path) -> None:
    make_project(tmp_path, rejections={"r": {"role": "B"}})
    codes = [(p.code, p.message.split("'")[1]) for p in problems_of(tmp_path)]
    assert codes == [("missing-key", "company"), ("missing-key", "date")]


def test_unknown_contact_with_did_you_mean(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane-doe": JANE},
                 rejections={"r": {**REJECTION, "contact": ["jane-doe", "jane-deo"]}})
    problem = only(tmp_path)
    assert (problem.path, problem.line, problem.code) == ("ledger/rejections/r.md", 7,
                                                          "unknown-contact")
    assert "did you mean 'jane-doe'" in problem.message
    assert load_ledger(tmp_path).rejections == {}


def test_reference_to_a_broken_contact_is_not_reported_twice(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane-doe": {"company": "no name"}},
                 rejections={"r": {**REJECTION, "contact": "jane-doe"}})
    assert [p.code for p in problems_of(tmp_path)] == ["missing-key"]


def test_duplicate_slugs_differing_by_case(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"Jane-Doe": JANE, "jane-doe": JANE})
    problem = only(tmp_path)
    assert (problem.path, problem.code) == ("ledger/contacts/jane-doe.md", "duplicate-slug")
    assert "Jane-Doe" in problem.message


def test_bom_and_crlf_are_read(tmp_path: Path) -> None:
    make_project(tmp_path)
    write(tmp_path / "ledger/contacts/jane.md",
          b"\xef\xbb\xbf---\r\nname: Jane\r\nemail: bad\r\n---\r\nnotes\r\n")
    problems = problems_of(tmp_path)
    assert [(p.line, p.code, p.severity) for p in problems] == [
        (1, "bom", "warning"), (3, "bad-email", "error")]


def test_crlf_entry_is_valid(tmp_path: Path) -> None:
    make_project(tmp_path)
    write(tmp_path / "ledger/contacts/jane.md", b"---\r\nname: Jane\r\n---\r\nnotes\r\n")
    ledger = load_ledger(tmp_path)
    assert ledger.problems == [] and ledger.contacts["jane"].body == "notes\r\n"


def test_non_utf8_bytes_are_located(tmp_path: Path) -> None:
    make_project(tmp_path)
    write(tmp_path / "ledger/contacts/jane.md", b"---\nname: Ren\xe9e\n---\n")
    problem = only(tmp_path)
    assert (problem.line, problem.column, problem.code) == (2, 10, "encoding")


def test_duplicate_yaml_key_is_a_warning(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": "name: Jane\nname: Janet"})
    problem = only(tmp_path)
    assert (problem.line, problem.code, problem.severity) == (3, "duplicate-key", "warning")
    assert load_ledger(tmp_path).contacts["jane"].meta.name == "Janet"


def test_yaml_tags_and_aliases_cannot_attack(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi"))
    make_project(tmp_path, contacts={
        "jane": "name: !!python/object/apply:os.system ['echo hacked']",
        "laughs": f"name: Lol\n{bomb}"})
    ledger = load_ledger(tmp_path)
    assert [(p.path, p.code) for p in ledger.sorted_problems()] == [
        ("ledger/contacts/jane.md", "yaml"), ("ledger/contacts/laughs.md", "yaml")]
    assert "aliases" in ledger.sorted_problems()[1].message


def test_huge_file_is_refused_not_read(tmp_path: Path) -> None:
    make_project(tmp_path)
    write(tmp_path / "ledger/contacts/big.md", "---\nname: Big\n---\n" + "x" * 3_000_000)
    assert only(tmp_path).code == "too-large"


def test_missing_ledger_folder(tmp_path: Path) -> None:
    write(tmp_path / "mkdocs.yml", "site_name: x\n")
    problem = only(tmp_path)
    assert (problem.path, problem.code) == ("ledger", "no-ledger")


def test_other_files_are_ignored(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": JANE})
    write(tmp_path / "ledger/contacts/.#jane.md", "lock file")
    write(tmp_path / "ledger/contacts/notes.txt", "not an entry")
    assert list(load_ledger(tmp_path).contacts) == ["jane"]


def test_cache_rereads_only_changed_files(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"a": {"name": "A"}, "b": {"name": "B"}})
    cache = LoadCache()
    load_ledger(tmp_path, cache=cache)
    assert cache.reads == 2
    load_ledger(tmp_path, cache=cache)
    assert cache.reads == 2
    write(tmp_path / "ledger/contacts/b.md", entry({"name": "Bea Changed"}))
    ledger = load_ledger(tmp_path, cache=cache)
    assert cache.reads == 3 and ledger.contacts["b"].meta.name == "Bea Changed"
    (tmp_path / "ledger/contacts/a.md").unlink()
    assert list(load_ledger(tmp_path, cache=cache).contacts) == ["b"]
