"""`ajar due`, run as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import make_project, run_ajar

TODAY = {"AJAR_TODAY": "2026-06-15"}
# An item that leans on no file with errors.
FINE = {"warning": None, "problems": []}


@pytest.fixture()
def ledger(tmp_path: Path) -> Path:
    return make_project(tmp_path, contacts={
        "jane-doe": {"name": "Jane Doe", "company": "Northwind",
                     "linkedin": "https://www.linkedin.com/in/jane-doe"},
        "bob": {"name": "Bob Stone", "company": "Contoso", "reconnect_every": "2 weeks",
                "linkedin_connected": "2026-01-05",
                "log": [{"date": "2026-06-08", "kind": "meeting", "note": "coffee"}]},
        "quiet": {"name": "Quiet Person", "do_not_contact": True,
                  "log": [{"date": "2025-01-01", "kind": "other"}]},
    }, rejections={
        "2026-06-10-northwind-senior-data-engineer": {
            "company": "Northwind", "role": "Senior Data Engineer", "date": "2026-06-10",
            "contact": "jane-doe", "stage": "final-round"},
        "2026-06-14-fabrikam-analyst": {
            "company": "Fabrikam", "role": "Analyst", "date": "2026-06-14",
            "stage": "screening"},
        "2026-01-02-contoso-pm": {
            "company": "Contoso", "role": "PM", "date": "2026-01-02", "contact": "bob",
            "replied": "2026-01-03"},
    })


def test_json_is_exact(ledger: Path) -> None:
    result = run_ajar("due", "--json", cwd=ledger, env=TODAY)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout) == {"today": "2026-06-15", "items": [
        {"kind": "reply", "due": "2026-06-12", "overdue": True, "contact": "jane-doe",
         "rejection": "2026-06-10-northwind-senior-data-engineer", "company": "northwind",
         **FINE},
        {"kind": "linkedin", "due": "2026-06-12", "overdue": True, "contact": "jane-doe",
         "rejection": "2026-06-10-northwind-senior-data-engineer", "company": "northwind",
         **FINE},
        {"kind": "reply", "due": "2026-06-16", "overdue": False, "contact": None,
         "rejection": "2026-06-14-fabrikam-analyst", "company": "fabrikam", **FINE},
        {"kind": "reconnect", "due": "2026-06-22", "overdue": False, "contact": "bob",
         "rejection": "2026-01-02-contoso-pm", "company": "contoso", **FINE},
    ]}
    # The documented key order, not just the same mapping.
    assert result.stdout.index('"today"') < result.stdout.index('"items"')
    first = json.loads(result.stdout)["items"][0]
    assert list(first) == ["kind", "due", "overdue", "contact", "rejection", "company",
                           "warning", "problems"]


def test_within_widens_the_window(ledger: Path) -> None:
    result = run_ajar("due", "--within", "3months", "--json", cwd=ledger, env=TODAY)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)["items"]
    assert items[-1] == {"kind": "reconnect", "due": "2026-09-10", "overdue": False,
                         "contact": "jane-doe",
                         "rejection": "2026-06-10-northwind-senior-data-engineer",
                         "company": "northwind", **FINE}
    assert all(item["contact"] != "quiet" for item in items)


def test_within_boundary_is_inclusive(ledger: Path) -> None:
    def dues(within: str) -> list[str]:
        result = run_ajar("due", "--within", within, "--json", cwd=ledger, env=TODAY)
        return [item["due"] for item in json.loads(result.stdout)["items"]]
    assert "2026-06-22" in dues("7 days")
    assert "2026-06-22" not in dues("6 days")
    assert dues("0 days") == ["2026-06-12", "2026-06-12"]


def test_human_output(ledger: Path) -> None:
    result = run_ajar("due", cwd=ledger, env=TODAY)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    lines = result.stdout.splitlines()
    assert lines == [
        "Overdue",
        "  2026-06-12  3 days overdue  reply                Jane Doe (Northwind)"
        " - Senior Data Engineer, final-round, rejected 2026-06-10",
        "  2026-06-12  3 days overdue  connect on LinkedIn  Jane Doe (Northwind)"
        " - Senior Data Engineer, final-round, rejected 2026-06-10",
        "",
        "This week",
        "  2026-06-16  tomorrow        reply                Fabrikam"
        " - Analyst, screening, rejected 2026-06-14",
        "  2026-06-22  in 7 days       reconnect            Bob Stone (Contoso)"
        " - PM, rejected 2026-01-02; last touch 2026-06-08",
    ]


def test_later_months_are_grouped(ledger: Path) -> None:
    result = run_ajar("due", "--within", "1 year", cwd=ledger, env=TODAY)
    assert result.returncode == 0, result.stderr
    assert "\nSeptember 2026\n  2026-09-10  in 87 days      reconnect            Jane Doe" \
        in result.stdout


def test_nothing_due(tmp_path: Path) -> None:
    make_project(tmp_path)
    result = run_ajar("due", cwd=tmp_path, env=TODAY)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Nothing due by 2026-06-22 (7 days from today).\n"
    result = run_ajar("due", "--json", cwd=tmp_path, env=TODAY)
    assert json.loads(result.stdout) == {"today": "2026-06-15", "items": []}


@pytest.mark.parametrize("within", ["soon", "3 fortnights", "-1 days", ""])
def test_bad_within(ledger: Path, within: str) -> None:
    result = run_ajar("due", "--within", within, cwd=ledger, env=TODAY)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("ajar: --within: ")
    assert "Traceback" not in result.stderr


def test_bad_today(ledger: Path) -> None:
    result = run_ajar("due", cwd=ledger, env={"AJAR_TODAY": "2026-02-30"})
    assert result.returncode == 2
    assert result.stderr.startswith("ajar: AJAR_TODAY: ")
    assert len(result.stderr.splitlines()) == 1


def test_entries_with_errors_are_left_out(ledger: Path) -> None:
    (ledger / "ledger/rejections/broken.md").write_text(
        "---\ncompany: X\nrole: Y\ndate: 2026-02-30\n---\n", encoding="utf-8")
    result = run_ajar("due", "--json", cwd=ledger, env=TODAY)
    assert result.returncode == 0
    # Without a valid date nothing can be scheduled from it.
    assert len(json.loads(result.stdout)["items"]) == 4
    assert "ajar check" in result.stderr


def test_a_faulty_rejection_still_reminds_and_says_why(ledger: Path) -> None:
    """A typo in stage must not make the contact's reconnect disappear."""
    (ledger / "ledger/contacts/dana.md").write_text(
        "---\nname: Dana Kim\ncompany: Litware\nlinkedin_connected: 2026-06-01\n---\n",
        encoding="utf-8")
    (ledger / "ledger/rejections/typo.md").write_text(
        "---\ncompany: Litware\nrole: Analyst\ndate: 2026-03-20\ncontact: dana\n"
        "stage: screeening\nreplied: 2026-03-21\n---\n", encoding="utf-8")
    result = run_ajar("due", "--json", cwd=ledger, env=TODAY)
    assert result.returncode == 0, result.stderr
    dana = [i for i in json.loads(result.stdout)["items"] if i["contact"] == "dana"]
    assert dana == [{"kind": "reconnect", "due": "2026-06-20", "overdue": False,
                     "contact": "dana", "rejection": "typo", "company": "litware",
                     "warning": "ledger/rejections/typo.md has errors and is left out of"
                                " the pages: run 'ajar check' and fix it",
                     "problems": ["ledger/rejections/typo.md"]}]
    text = run_ajar("due", cwd=ledger, env=TODAY).stdout
    line = next(line for line in text.splitlines() if "Dana Kim" in line)
    assert line.endswith("Dana Kim (Litware) - Analyst, rejected 2026-03-20 (the file has errors)")
    assert "ledger/rejections/typo.md has errors" in text
