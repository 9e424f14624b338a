"""Company files end to end: `ajar checked` as a user runs it (by slug, file name,
path or name; the file made when missing), and the companies pages it feeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import make_project, run_ajar
from htmltree import parse

TODAY = "2026-11-23"
ENV = {"AJAR_TODAY": TODAY}
NORTHWIND = ("name: Northwind   # as the rejections write it\nradar: true\n"
             "careers: https://careers.northwind.example/\nlog:\n"
             "  - date: 2026-10-02\n    kind: check", "Hires in waves.\n")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "p", contacts={
        "lena": {"name": "Lena Park", "company": "Litware", "title": "Recruiter"}},
        rejections={
            "2026-10-05-litware-analyst": {"company": "Litware", "role": "Analyst",
                                           "date": "2026-10-05", "contact": "lena",
                                           "replied": "2026-10-06"},
            "2026-09-14-northwind-engineer": {"company": "Northwind", "role": "Engineer",
                                              "date": "2026-09-14", "replied": "2026-09-15"}},
        companies={"northwind": NORTHWIND})
    return root


def ajar(root: Path, *args: str, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    return run_ajar(*args, cwd=root, env={**ENV, **(env or {})})


@pytest.mark.parametrize("name", ["northwind", "northwind.md", "ledger/companies/northwind.md",
                                  "Northwind", "NORTHWIND"])
def test_checked_names_a_company_file_every_way(project: Path, name: str) -> None:
    before = (project / "ledger/companies/northwind.md").read_text(encoding="utf-8")
    result = ajar(project, "checked", name, "--note", "two roles open")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == ("recorded: openings checked at Northwind on 2026-11-23"
                             " (ledger/companies/northwind.md)\n")
    after = (project / "ledger/companies/northwind.md").read_text(encoding="utf-8")
    # Only the new log entry: the comment, the order and the notes stay byte for byte.
    assert after == before.replace(
        "    kind: check\n---", "    kind: check\n  - date: 2026-11-23\n    kind: check\n"
        "    note: two roles open\n---")
    again = ajar(project, "checked", name, "--note", "two roles open")
    assert again.stdout.startswith("already recorded: ")
    assert (project / "ledger/companies/northwind.md").read_text(encoding="utf-8") == after


@pytest.mark.parametrize("name", ["litware", "Litware", "litware.md",
                                  "ledger/companies/litware.md"])
def test_checked_makes_the_file_of_a_known_company(project: Path, name: str) -> None:
    result = ajar(project, "checked", name, "--on", "2026-11-20")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == ("created ledger/companies/litware.md\nrecorded: openings checked"
                             " at Litware on 2026-11-20; it is on the radar now\n")
    assert (project / "ledger/companies/litware.md").read_text(encoding="utf-8") == (
        "---\nname: Litware\nradar: true\nlog:\n  - {date: 2026-11-20, kind: check}\n---\n")
    due = json.loads(ajar(project, "due", "--within", "1 year", "--json").stdout)["items"]
    radar = {i["company"]: i["due"] for i in due if i["kind"] == "radar"}
    assert radar == {"northwind": "2027-01-02", "litware": "2027-02-20"}
    assert ajar(project, "check").returncode == 0


def test_checked_starts_watching_a_new_company_by_its_name(project: Path) -> None:
    result = ajar(project, "checked", "Lamna Healthcare", "--note", "data team forming")
    assert result.returncode == 0, result.stderr
    assert (project / "ledger/companies/lamna-healthcare.md").read_text(encoding="utf-8") == (
        "---\nname: Lamna Healthcare\nradar: true\nlog:\n"
        "  - {date: 2026-11-23, kind: check, note: data team forming}\n---\n")


@pytest.mark.parametrize("name, message", [
    ("northwnd", "ajar: no company 'northwnd' in the ledger (did you mean 'northwind'?): give"
                 " a known company's slug or name, or the full name of a new one to watch"
                 " (e.g. ajar checked \"Lamna Healthcare\")\n"),
    ("ledger/companies/lamna.md", "ajar: no company 'ledger/companies/lamna.md' in the ledger:"
                                  " give a known company's slug or name, or the full name of a"
                                  " new one to watch (e.g. ajar checked \"Lamna Healthcare\")\n"),
    ("ledger/contacts/lena.md", "ajar: ledger/contacts/lena.md is a contact, not a company\n"),
])
def test_checked_refuses_what_it_cannot_name(project: Path, name: str, message: str) -> None:
    before = sorted(p.name for p in (project / "ledger/companies").iterdir())
    result = ajar(project, "checked", name)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message)
    assert sorted(p.name for p in (project / "ledger/companies").iterdir()) == before


def test_checked_refuses_a_future_date(project: Path) -> None:
    result = ajar(project, "checked", "northwind", "--on", "2026-12-01")
    assert (result.returncode, result.stderr) == (
        2, "ajar: --on 2026-12-01 is in the future (today is 2026-11-23)\n")


def test_checked_commits_exactly_the_file(project: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.com"}

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=project, env=env, check=True,
                              capture_output=True, text=True).stdout
    (project / ".gitignore").write_text(
        (Path(__file__).parents[1] / "plugin/ajar/starter/gitignore").read_text())
    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "-m", "start")
    result = ajar(project, "checked", "Litware", "--commit", env=env)
    assert result.returncode == 0, result.stderr
    assert git("show", "--name-only", "--format=%s", "HEAD").split("\n")[:3] == [
        "Put Litware on the radar: checked its openings", "",
        "ledger/companies/litware.md"]
    assert git("status", "--porcelain") == ""


def test_schema_company(project: Path) -> None:
    result = ajar(project, "schema", "company")
    assert result.returncode == 0, result.stderr
    schema = json.loads(result.stdout)
    assert schema["title"] == "Ajar company"
    assert schema["required"] == ["name"]
    assert {"name", "radar", "careers", "check_every", "next_check", "tags", "log"} <= set(
        schema["properties"])


# -- the pages ------------------------------------------------------------------

def build(root: Path) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **ENV,
           "GIT_CEILING_DIRECTORIES": str(root.parent)}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "--strict"],
                            cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return root / "site"


def article(path: Path):  # type: ignore[no-untyped-def]
    return parse(path.read_text(encoding="utf-8")).find(lambda n: n.tag == "article")


def test_companies_pages(project: Path) -> None:
    site = build(project)
    index = article(site / "companies" / "index.html")
    cards = [li.attrs["data-company"] for li in index.find_all(
        lambda n: n.tag == "li" and "data-company" in n.attrs)]
    assert cards == ["northwind", "litware"]  # the radar first
    assert "Next check 2 Jan 2027" in index.text
    assert ("careers page", "https://careers.northwind.example/") in index.links()
    # A page for every company, file or not.
    northwind = article(site / "companies" / "northwind" / "index.html").text
    assert "on the radar: next check 2 Jan 2027" in northwind
    assert "2 months after" not in northwind and "3 months after the last check" in northwind
    assert "Hires in waves." in northwind and "Engineer at Northwind" in northwind
    litware = article(site / "companies" / "litware" / "index.html")
    assert "not on the radar" in litware.text and "ajar checked litware" in litware.text
    assert ("Lena Park", "../../contacts/lena/") in litware.links()
    # The dashboard and the rejection page lead there.
    dashboard = article(site / "index.html")
    assert "Companies to check" in dashboard.text
    rejection = article(site / "rejections" / "2026-10-05-litware-analyst" / "index.html")
    assert ("Litware", "../../companies/litware/") in rejection.links()
