"""The audit trail on the site: each entry's history, the changes page and the
dashboard's "Recently changed", built by MkDocs from real git repositories with
scripted commits at fixed dates."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from htmltree import Node, parse
from gitrepo import Repo, isolate_git
from helpers import MINIMAL_MKDOCS, build_site, entry, make_project, write

TODAY = "2026-11-23"
UTC = dt.timezone.utc
CET = dt.timezone(dt.timedelta(hours=1))

ACME = "2026-01-05-acme-engineer"


@pytest.fixture(autouse=True)
def clean_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch, tmp_path)


def at(moment: str, zone: dt.timezone = UTC) -> dt.datetime:
    return dt.datetime.fromisoformat(moment).replace(tzinfo=zone)


def build(root: Path, *args: str, env: dict[str, str] | None = None
          ) -> subprocess.CompletedProcess[str]:
    return build_site(root, *args, env={"AJAR_TODAY": TODAY, **(env or {})})


# --- reading the pages ------------------------------------------------------

def article(site: Path, url: str) -> Node:
    return parse((site / url / "index.html").read_text(encoding="utf-8")).one(
        lambda n: n.tag == "article")


def history_rows(site: Path, url: str) -> list[tuple[str, str, str, str]]:
    """(date, short hash, what, who) of each row of an entry page's history."""
    table = article(site, url).one(lambda n: n.has_class("ajar-history-table"))
    rows = table.one(lambda n: n.tag == "tbody").kids("tr")
    return [tuple(td.text for td in row.kids("td")) for row in rows]  # type: ignore[misc]


@dataclass(frozen=True)
class Shown:
    """A commit as the changes page or the dashboard shows it."""

    sha: str
    head: str  # time or date, short hash, subject, author
    touched: list[tuple[str, str | None]]  # (text, href or None)


def shown_commits(node: Node) -> list[Shown]:
    found = []
    for li in node.cls("ajar-commit"):
        head = li.one(lambda n: n.has_class("ajar-commit-head"))
        touched = []
        for item in li.all(lambda n: n.tag == "li" and n.parent is not None
                           and n.parent.has_class("ajar-touched")):
            links = item.links()
            touched.append((item.text, links[0][1] if links else None))
        found.append(Shown(li.attrs["data-commit"], head.text, touched))
    return found


# --- the story --------------------------------------------------------------

JANE = {"name": "Jane", "email": "jane@example.com"}
CARL = {"name": "Carl Smith", "company": "Initech", "title": "Recruiter"}
BOB = ({"name": "Bob Builder", "company": "Globex", "title": "Engineering manager",
        "email": "bob@example.com", "tags": ["met at a conference", "infra"]},
       "Long notes about Bob, nothing like Carl's file at all.\n" * 3)
THANKS = {"title": "Thank you", "for": "rejection", "subject": "Thank you"}
THANKS_BODY = "Hi {{ contact.first_name if contact else 'there' }},\n\nThank you.\n"


def acme_meta(contact: str) -> dict[str, object]:
    return {"company": "Acme", "role": "Engineer", "date": dt.date(2026, 1, 5),
            "contact": contact, "stage": "interview"}


def acme(contact: str) -> str:
    return entry(acme_meta(contact))


@dataclass
class Story:
    repo: Repo
    shas: dict[str, str]  # step name -> full hash

    def short(self, step: str) -> str:
        return self.repo.short(self.shas[step])


def tell_story(top: Path, *, broken: bool = True, dirty: bool = True) -> Story:
    """Create, edit, rename, edit after the rename, add, delete; then uncommitted work."""
    repo = Repo(top)
    make_project(top)
    write(top / "docs" / ".gitkeep", "")
    shas = {"start": repo.commit("Start the ledger", at("2026-01-02T09:00:00"))}
    repo.write("ledger/contacts/jane.md", entry(JANE))
    repo.write("ledger/contacts/carl.md", entry(CARL))
    repo.write(f"ledger/rejections/{ACME}.md", acme("jane"))
    repo.write("ledger/replies/thank-you.md", entry(THANKS, THANKS_BODY))
    shas["create"] = repo.commit("Add Jane, Carl and the Acme rejection",
                                 at("2026-01-05T09:00:00"))
    repo.write("ledger/contacts/jane.md", entry({**JANE, "company": "Acme"}))
    # Late in the evening of the 11th in Paris: the 10th in UTC.
    shas["edit"] = repo.commit("Jane works at Acme", at("2026-02-11T00:30:00", CET),
                               "Sam Editor")
    repo.git("mv", "ledger/contacts/jane.md", "ledger/contacts/jane-doe.md")
    repo.write(f"ledger/rejections/{ACME}.md", acme("jane-doe"))
    shas["rename"] = repo.commit("Rename Jane to Jane Doe", at("2026-03-01T10:00:00"))
    repo.write("ledger/contacts/jane-doe.md",
               entry({**JANE, "name": "Jane Doe", "company": "Acme"}))
    shas["after"] = repo.commit("Full name", at("2026-03-15T10:00:00"))
    repo.write("ledger/contacts/bob.md", entry(*BOB))
    shas["bob"] = repo.commit("Add Bob <b>the builder</b>", at("2026-04-02T10:00:00"))
    repo.git("rm", "-q", "ledger/contacts/carl.md")
    shas["drop"] = repo.commit("Drop Carl", at("2026-04-05T18:00:00"))
    repo.write("ledger/replies/thank-you.md", entry(THANKS, THANKS_BODY + "All the best.\n"))
    if broken:
        repo.write("ledger/contacts/dana.md", entry({"company": "No name Inc"}))
    shas["last"] = repo.commit("Warmer thank-you" + ("; Dana" if broken else ""),
                               at("2026-04-20T08:15:00"))
    if dirty:
        repo.write("ledger/contacts/jane-doe.md",
                   entry({**JANE, "name": "Jane Doe", "company": "Acme"}, "Call her back.\n"))
        repo.write("ledger/contacts/eve.md", entry({"name": "Eve Newcomer"}))
    return Story(repo, shas)


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Story, Path]]:
    """The story, built once for the tests that only read its pages."""
    folder = tmp_path_factory.mktemp("story")
    with pytest.MonkeyPatch.context() as monkeypatch:
        isolate_git(monkeypatch, folder)
        told = tell_story(folder / "project")
        result = build(told.repo.top, "-q")
        assert result.returncode == 0, result.stderr
        yield told, told.repo.top / "site"


def test_entry_history_follows_the_rename_back_to_the_first_commit(
        story: tuple[Story, Path]) -> None:
    told, site = story
    assert history_rows(site, "contacts/jane-doe") == [
        ("2026-03-15", told.short("after"), "edited Full name", "Alex Example"),
        ("2026-03-01", told.short("rename"), "renamed Rename Jane to Jane Doe renamed from jane",
         "Alex Example"),
        ("2026-02-11", told.short("edit"), "edited Jane works at Acme", "Sam Editor"),
        ("2026-01-05", told.short("create"), "added Add Jane, Carl and the Acme rejection",
         "Alex Example"),
    ]
    assert history_rows(site, f"rejections/{ACME}") == [
        ("2026-03-01", told.short("rename"), "edited Rename Jane to Jane Doe", "Alex Example"),
        ("2026-01-05", told.short("create"), "added Add Jane, Carl and the Acme rejection",
         "Alex Example"),
    ]
    assert history_rows(site, "contacts/bob") == [
        ("2026-04-02", told.short("bob"), "added Add Bob <b>the builder</b>", "Alex Example")]


def test_dates_are_the_authors_own_with_the_full_moment_kept(story: tuple[Story, Path]) -> None:
    told, site = story
    table = article(site, "contacts/jane-doe").one(lambda n: n.has_class("ajar-history-table"))
    times = [t.attrs["datetime"] for t in table.all(lambda n: n.tag == "time")]
    assert times[2] == "2026-02-11T00:30:00+01:00"
    rows = table.all(lambda n: n.tag == "tr" and "data-commit" in n.attrs)
    assert [r.attrs["data-commit"] for r in rows] == [
        told.shas[s] for s in ("after", "rename", "edit", "create")]


def test_uncommitted_changes_are_noted(story: tuple[Story, Path]) -> None:
    _, site = story
    note = article(site, "contacts/jane-doe").one(lambda n: n.has_class("ajar-uncommitted"))
    assert note.text == ("uncommitted ledger/contacts/jane-doe.md has changes that are not"
                         " committed yet.")
    new = article(site, "contacts/eve")
    assert new.one(lambda n: n.has_class("ajar-uncommitted")).text == (
        "uncommitted ledger/contacts/eve.md is new: it is not committed yet.")
    assert new.cls("ajar-history-table") == []
    assert article(site, "contacts/bob").cls("ajar-uncommitted") == []


def test_changes_page_reads_like_a_journal(story: tuple[Story, Path]) -> None:
    told, site = story
    page = article(site, "changes")
    months = [h.text.rstrip("¶") for h in page.all(lambda n: n.tag == "h2")]
    assert months == ["Not committed yet", "April 2026", "March 2026", "February 2026",
                      "January 2026"]
    days = [li.attrs["data-date"] for li in page.cls("ajar-journal-day")]
    assert days == ["2026-04-20", "2026-04-05", "2026-04-02", "2026-03-15", "2026-03-01",
                    "2026-02-11", "2026-01-05"]
    assert page.cls("ajar-journal-date")[0].text == "Monday 20 April 2026"
    s = told.short
    assert shown_commits(page) == [
        Shown(told.shas["last"], f"08:15 {s('last')} Warmer thank-you; Dana Alex Example", [
            ("added contact dana (has problems)", None),
            ("edited reply template “Thank you”", "../replies/")]),
        Shown(told.shas["drop"], f"18:00 {s('drop')} Drop Carl Alex Example", [
            ("deleted contact carl (deleted)", None)]),
        Shown(told.shas["bob"], f"10:00 {s('bob')} Add Bob <b>the builder</b> Alex Example", [
            ("added Bob Builder", "../contacts/bob/")]),
        Shown(told.shas["after"], f"10:00 {s('after')} Full name Alex Example", [
            ("edited Jane Doe", "../contacts/jane-doe/")]),
        Shown(told.shas["rename"], f"10:00 {s('rename')} Rename Jane to Jane Doe Alex Example", [
            ("renamed Jane Doe from jane", "../contacts/jane-doe/"),
            ("edited Engineer at Acme", f"../rejections/{ACME}/")]),
        Shown(told.shas["edit"], f"00:30 {s('edit')} Jane works at Acme Sam Editor", [
            ("edited Jane Doe (as jane)", "../contacts/jane-doe/")]),
        Shown(told.shas["create"],
              f"09:00 {s('create')} Add Jane, Carl and the Acme rejection Alex Example", [
                  ("added contact carl (deleted)", None),
                  ("added Jane Doe (as jane)", "../contacts/jane-doe/"),
                  ("added Engineer at Acme", f"../rejections/{ACME}/"),
                  ("added reply template “Thank you”", "../replies/")]),
    ]
    # The commit outside the ledger is not part of its trail.
    assert told.shas["start"] not in {c.sha for c in shown_commits(page)}
    lede = page.one(lambda n: n.has_class("ajar-lede")).text
    assert lede.startswith("All 7 commits that touched the ledger, newest first")


def test_changes_page_lists_uncommitted_work(story: tuple[Story, Path]) -> None:
    _, site = story
    listing = article(site, "changes").one(lambda n: n.has_class("ajar-uncommitted-list"))
    assert [(li.text, li.links()) for li in listing.kids("li")] == [
        ("uncommitted Eve Newcomer", [("Eve Newcomer", "../contacts/eve/")]),
        ("uncommitted Jane Doe", [("Jane Doe", "../contacts/jane-doe/")])]


def test_dashboard_shows_the_same_commits_the_same_way(story: tuple[Story, Path]) -> None:
    told, site = story
    recent = article(site, "").one(lambda n: n.has_class("ajar-recent"))
    shown = shown_commits(recent)
    assert [c.sha for c in shown] == [told.shas[s] for s in
                                      ("last", "drop", "bob", "after", "rename")]
    assert shown[0].head == f"2026-04-20 {told.short('last')} Warmer thank-you; Dana Alex Example"
    assert shown[0].touched == [("added contact dana (has problems)", None),
                                ("edited reply template “Thank you”", "replies/")]
    assert shown[4].touched == [("renamed Jane Doe from jane", "contacts/jane-doe/"),
                                ("edited Engineer at Acme", f"rejections/{ACME}/")]
    # Same data, same rendering as the changes page (only the links' depth and
    # the date, which the journal shows in its day headings, differ).
    journal = shown_commits(article(site, "changes"))[:5]
    for mine, theirs in zip(shown, journal):
        assert mine.sha == theirs.sha
        assert mine.head.split(" ", 1)[1] == theirs.head.split(" ", 1)[1]
        assert [t for t, _ in mine.touched] == [t for t, _ in theirs.touched]
    links = article(site, "").links()
    assert ("All changes", "changes/") in links


def test_every_history_link_leads_to_a_page(story: tuple[Story, Path]) -> None:
    _, site = story
    for url in ("changes", ""):
        page = site / url / "index.html"
        for _, href in [t for c in shown_commits(article(site, url)) for t in c.touched]:
            if href:
                assert (page.parent / href / "index.html").resolve().is_file(), href


def test_subjects_are_escaped(story: tuple[Story, Path]) -> None:
    _, site = story
    html = (site / "changes" / "index.html").read_text(encoding="utf-8")
    assert "Add Bob &lt;b&gt;the builder&lt;/b&gt;" in html and "<b>the builder" not in html


# --- no history, and why ------------------------------------------------------

def simple_project(root: Path) -> Path:
    return make_project(root, contacts={"jane": JANE},
                        rejections={ACME: acme_meta("jane")})


def assert_no_history(site: Path, reason: str) -> None:
    for url in ("contacts/jane", f"rejections/{ACME}"):
        note = article(site, url).one(lambda n: n.has_class("ajar-no-history"))
        assert note.text.startswith(f"No history: {reason}"), note.text
    box = article(site, "changes").one(lambda n: n.has_class("ajar-no-history"))
    title, why = box.kids("p")
    assert title.text == "No history" and why.text.startswith(reason), box.text
    assert article(site, "changes").cls("ajar-commit") == []
    assert article(site, "").cls("ajar-recent") == []


def assert_info_only(result: subprocess.CompletedProcess[str], reason: str) -> None:
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "no git history" in line]
    assert len(lines) == 1 and lines[0].startswith("INFO"), result.stderr
    assert reason in lines[0]
    assert "WARNING" not in result.stderr, result.stderr


def test_outside_a_git_repository_strict_passes(tmp_path: Path) -> None:
    root = simple_project(tmp_path / "plain")
    result = build(root, "--strict")
    assert_info_only(result, "not a git repository")
    assert_no_history(root / "site", "not a git repository: run 'git init' in")


def test_in_a_shallow_clone_strict_passes(tmp_path: Path) -> None:
    told = tell_story(tmp_path / "origin", broken=False, dirty=False)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{told.repo.top}",
                    str(clone)], check=True, capture_output=True)
    (clone / "docs").mkdir(exist_ok=True)
    write(clone / "ledger" / "contacts" / "jane.md", entry(JANE))  # so assert_no_history finds it
    write(clone / "ledger" / "rejections" / f"{ACME}.md", acme("jane"))
    result = build(clone, "--strict")
    assert_info_only(result, "shallow clone")
    assert_no_history(clone / "site", "shallow clone: history is incomplete; run 'git fetch"
                                      " --unshallow' to see it")


def test_before_the_first_commit_strict_passes(tmp_path: Path) -> None:
    root = simple_project(tmp_path / "fresh")
    Repo(root)
    result = build(root, "--strict")
    assert_info_only(result, "no commits yet")
    assert_no_history(root / "site", "no commits yet")
    # What is there is still listed as not committed.
    listing = article(root / "site", "changes").one(
        lambda n: n.has_class("ajar-uncommitted-list"))
    assert [li.text for li in listing.kids("li")] == [
        "uncommitted Jane", "uncommitted Engineer at Acme"]


# --- cost: git is read once per build -----------------------------------------

def bulk_project(top: Path, entries: int, commits: int) -> Repo:
    """An Ajar project of ``entries`` rejections added over ``commits`` commits
    (written by git fast-import: scripting 500 commits one by one is slow)."""
    repo = Repo(top)
    stream: list[str] = []
    for n in range(commits):
        message = f"batch {n}"
        stamp = 1_767_225_600 + n * 3600  # 2026-01-01, then hourly
        stream += ["commit refs/heads/main", f"author A <a@example.com> {stamp} +0000",
                   f"committer A <a@example.com> {stamp} +0000",
                   f"data {len(message.encode())}", message]
        for k in range(n * entries // commits, (n + 1) * entries // commits):
            body = entry({"company": f"Company {k}", "role": "Engineer",
                          "date": dt.date(2026, 1, 1), "stage": "applied", "replied":
                          dt.date(2026, 1, 2)})
            stream += [f"M 100644 inline ledger/rejections/r{k:04d}.md",
                       f"data {len(body.encode())}", body]
        stream.append("")
    subprocess.run(["git", "fast-import", "--quiet"], cwd=top, check=True,
                   input="\n".join(stream).encode(), capture_output=True)
    repo.git("reset", "-q", "--hard", "main")
    write(top / "mkdocs.yml", MINIMAL_MKDOCS)
    (top / "docs").mkdir()
    return repo


def git_spy(folder: Path) -> tuple[dict[str, str], Path]:
    """A ``git`` first on PATH that logs each run, then runs the real one."""
    real = shutil.which("git")
    assert real is not None
    folder.mkdir()
    log = folder / "calls.log"
    spy = folder / "git"
    spy.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{log}"\nexec "{real}" "$@"\n')
    spy.chmod(spy.stat().st_mode | stat.S_IXUSR)
    return {"PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}, log


def subcommand(call: str) -> str:
    words = call.split()
    while words and words[0] == "-c":  # the -c NAME=VALUE settings come first
        words = words[2:]
    return words[0] if words else ""


def calls_for_a_build(root: Path, tmp: Path) -> list[str]:
    env, log = git_spy(tmp)
    result = build(root, "-q", "--strict", env=env)
    assert result.returncode == 0, result.stderr
    return log.read_text().splitlines()


def test_git_runs_the_same_number_of_times_for_10_and_500_entries(tmp_path: Path) -> None:
    small = bulk_project(tmp_path / "small", 10, 10)
    large = bulk_project(tmp_path / "large", 500, 5)
    few = calls_for_a_build(small.top, tmp_path / "spy-small")
    many = calls_for_a_build(large.top, tmp_path / "spy-large")
    assert len(few) == len(many), (few, many)
    # Besides GitPython's probes of the git version (at import): where the
    # project is, what is uncommitted, and one log of the whole ledger.
    assert [subcommand(c) for c in many if c != "version"] == ["rev-parse", "status", "log"]
    # The large ledger's history is complete, and a big commit is cut short on
    # the changes page.
    page = article(large.top / "site", "changes")
    first = shown_commits(page)[0]
    assert len(first.touched) == 51 and first.touched[-1] == ("and 50 more", None)
    rows = history_rows(large.top / "site", "rejections/r0499")
    assert [(r[2], r[3]) for r in rows] == [("added batch 4", "A")]


@pytest.mark.slow
def test_git_calls_in_process_are_three_per_build(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    from ajar.history import git_calls

    counts = []
    for name, size in (("ten", 10), ("many", 500)):
        repo = bulk_project(tmp_path / name, size, 10)
        monkeypatch.chdir(repo.top)
        monkeypatch.setenv("AJAR_TODAY", TODAY)
        config = load_config(str(repo.top / "mkdocs.yml"), site_dir=str(tmp_path / f"{name}-site"))
        before = git_calls()
        mkdocs_build(config)
        counts.append(git_calls() - before)
    assert counts == [3, 3]
