"""`changes/` and the dashboard list entries, not housekeeping files: a commit
that adds `contacts/.gitkeep` beside an entry shows the entry alone, and an
uncommitted `.gitkeep` is not "not committed yet". A company file reads by its
name, like contacts and rejections, never as its path."""

from __future__ import annotations

from pathlib import Path

import pytest

from gitrepo import Repo, isolate_git
from helpers import article, build_site, entry, make_project, text_of

TODAY = "2026-11-23"


@pytest.fixture(autouse=True)
def clean_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch, tmp_path)


def test_gitkeep_is_not_an_entry(tmp_path: Path) -> None:
    import datetime as dt

    top = tmp_path / "project"
    repo = Repo(top)
    make_project(top)
    repo.write("ledger/contacts/.gitkeep", "")
    repo.write("ledger/rejections/.gitkeep", "")
    repo.write("ledger/contacts/jane-doe.md", entry({"name": "Jane Doe"}))
    repo.commit("Start", dt.datetime(2026, 11, 1, 9, tzinfo=dt.timezone.utc))
    repo.write("ledger/replies/.gitkeep", "")  # uncommitted
    out = tmp_path / "site"
    result = build_site(top, "-d", str(out), env={"AJAR_TODAY": TODAY})
    assert result.returncode == 0, result.stderr
    for page in ("changes/index.html", "index.html"):
        html = (out / page).read_text(encoding="utf-8")
        assert ".gitkeep" not in html, page
        assert "Jane Doe" in text_of(html), page


def test_company_files_are_named_and_linked(tmp_path: Path) -> None:
    import datetime as dt

    top = tmp_path / "project"
    repo = Repo(top)
    make_project(top, companies={})
    repo.write("ledger/companies/northwind.md", entry({"name": "Northwind Traders",
                                                       "radar": True}))
    repo.write("ledger/companies/gone.md", entry({"name": "Gone Inc"}))
    repo.commit("Companies", dt.datetime(2026, 11, 1, 9, tzinfo=dt.timezone.utc))
    repo.git("rm", "-q", "ledger/companies/gone.md")
    repo.commit("Gone", dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc))
    out = tmp_path / "site"
    result = build_site(top, "-d", str(out), env={"AJAR_TODAY": TODAY})
    assert result.returncode == 0, result.stderr
    for page, to_company in (("changes/index.html", "../companies/northwind/"),
                             ("index.html", "companies/northwind/")):
        html = (out / page).read_text(encoding="utf-8")
        text = text_of(article(html))
        assert "added Northwind Traders" in text, page
        assert f'<a href="{to_company}">Northwind Traders</a>' in html, page
        assert "deleted company gone (deleted)" in text, page
        assert "companies/northwind.md" not in text and "companies/gone.md" not in text, page
