"""The git audit trail: real repositories, scripted commits at fixed dates."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ajar import history
from ajar.history import Change, HistoryCache, git_calls, read_history

from gitrepo import Repo, isolate_git

UTC = dt.timezone.utc
PARIS = dt.timezone(dt.timedelta(hours=2))


@pytest.fixture(autouse=True)
def clean_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch, tmp_path)


def at(day: str, zone: dt.timezone = UTC) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T10:00:00").replace(tzinfo=zone)


JANE = "ledger/contacts/jane.md"
JANE_DOE = "ledger/contacts/jane-doe.md"
ACME = "ledger/rejections/2024-03-01-acme-engineer.md"


def story(repo: Repo, base: str = "") -> None:
    """Create, edit, a commit outside the ledger, rename, edit, one commit on two entries."""
    repo.write(f"{base}{JANE}", "---\nname: Jane\n---\nMet at a meetup.\n")
    repo.commit("Add Jane", at("2024-01-01"))
    repo.write(f"{base}{JANE}", "---\nname: Jane\ncompany: Acme\n---\nMet at a meetup.\n")
    repo.commit("Jane works at Acme", at("2024-01-05", PARIS), "Sam Editor")
    repo.write("README.md", "my ledger\n")
    repo.commit("Readme", at("2024-01-10"))
    repo.git("mv", f"{base}{JANE}", f"{base}{JANE_DOE}")
    repo.commit("Rename Jane to Jane Doe", at("2024-02-01"))
    repo.write(f"{base}{JANE_DOE}", "---\nname: Jane Doe\ncompany: Acme\n---\nMet at a meetup.\n")
    repo.commit("Full name", at("2024-02-10"))
    repo.write(f"{base}{ACME}", "---\ncompany: Acme\nrole: Engineer\ndate: 2024-03-01\n---\n")
    repo.write(f"{base}{JANE_DOE}", "---\nname: Jane Doe\ncompany: Acme\n---\nSent the no.\n")
    repo.commit("Acme said no", at("2024-03-01"))


def subjects(commits: list[history.Commit]) -> list[str]:
    return [commit.subject for commit in commits]


def test_history_per_path_follows_renames_newest_first(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    found = read_history(repo.top, "ledger")

    assert found.available and found.reason is None
    assert found.head == repo.git("rev-parse", "HEAD")
    assert subjects(found.commits) == [
        "Acme said no", "Full name", "Rename Jane to Jane Doe", "Jane works at Acme", "Add Jane"]
    assert subjects(found.for_path(JANE_DOE)) == subjects(found.commits)
    assert [c.date for c in found.for_path(JANE_DOE)] == [
        at("2024-03-01"), at("2024-02-10"), at("2024-02-01"), at("2024-01-05", PARIS),
        at("2024-01-01")]
    assert subjects(found.for_path(ACME)) == ["Acme said no"]
    assert found.for_path(JANE) == [] and found.for_path("README.md") == []
    assert set(found.by_path) == {JANE_DOE, ACME}


def test_commit_details_and_changes(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    newest, _, renamed, edited, created = read_history(repo.top, "ledger").commits

    assert newest.hexsha == repo.git("rev-parse", "HEAD")
    assert newest.short == repo.git("rev-parse", "--short", "HEAD")
    assert edited.author == "Sam Editor" and edited.date.utcoffset() == dt.timedelta(hours=2)
    assert {change.path: change.status for change in newest.changes} == {ACME: "A", JANE_DOE: "M"}
    assert renamed.changes == (Change("R", JANE_DOE, JANE),)
    # Older changes keep the name of their day and say where the file is now.
    assert created.changes == (Change("A", JANE, None, JANE_DOE),)
    assert edited.changes[0].current_path == JANE_DOE


def test_uncommitted_changes_include_untracked_files_in_the_ledger_only(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    repo.write(ACME, "---\ncompany: Acme\nrole: Engineer\ndate: 2024-03-02\n---\n")
    repo.write("ledger/contacts/new/bob.md", "---\nname: Bob\n---\n")
    repo.write("notes.txt", "outside the ledger\n")
    repo.write("README.md", "changed outside the ledger\n")

    found = read_history(repo.top, "ledger")

    assert found.uncommitted == {ACME, "ledger/contacts/new/bob.md"}
    assert len(found.commits) == 5  # uncommitted work is not history


def test_project_in_a_subfolder_of_the_repo_uses_project_relative_paths(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("ledger/contacts/other.md", "---\nname: Not this project\n---\n")
    story(repo, base="site/")
    repo.write("site/ledger/contacts/new.md", "---\nname: New\n---\n")

    found = read_history(repo.top / "site", "ledger")

    assert subjects(found.for_path(JANE_DOE))[0] == "Acme said no"
    assert set(found.by_path) == {JANE_DOE, ACME}
    assert found.uncommitted == {"ledger/contacts/new.md"}
    assert found.commits[2].changes == (Change("R", JANE_DOE, JANE),)


def test_a_ledger_outside_the_project_folder(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    (repo.top / "site").mkdir()
    found = read_history(repo.top / "site", "../ledger")
    assert set(found.by_path) == {f"../{JANE_DOE}", f"../{ACME}"}


def test_paths_with_spaces_and_accents_are_not_quoted(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    path = "ledger/contacts/josé \"the\" doe.md"
    repo.write(path, "---\nname: José\n---\n")
    repo.commit("Add José, \x1f\ttabs and all", at("2024-01-01"))
    found = read_history(repo.top, "ledger")
    assert subjects(found.for_path(path)) == ["Add José, \x1f\ttabs and all"]


def test_a_chain_of_renames_and_a_reused_name(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("ledger/contacts/a.md", "---\nname: Ann Lee\ncompany: Acme\n---\nlong notes\n")
    repo.commit("add a", at("2024-01-01"))
    repo.git("mv", "ledger/contacts/a.md", "ledger/contacts/b.md")
    repo.commit("a to b", at("2024-01-02"))
    repo.git("mv", "ledger/contacts/b.md", "ledger/contacts/c.md")
    repo.commit("b to c", at("2024-01-03"))
    repo.write("ledger/contacts/a.md", "---\nname: Someone Else Entirely\n---\n")
    repo.commit("a new a", at("2024-01-04"))
    repo.git("rm", "-q", "ledger/contacts/c.md")
    repo.commit("drop c", at("2024-01-05"))

    found = read_history(repo.top, "ledger")

    assert subjects(found.for_path("ledger/contacts/a.md")) == ["a new a"]
    assert subjects(found.for_path("ledger/contacts/c.md")) == [
        "drop c", "b to c", "a to b", "add a"]


def test_merges_without_changes_of_their_own_are_left_out(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("ledger/contacts/a.md", "---\nname: A\n---\n")
    repo.commit("add a", at("2024-01-01"))
    repo.git("checkout", "-q", "-b", "side")
    repo.write("ledger/contacts/b.md", "---\nname: B\n---\n")
    repo.commit("add b on a branch", at("2024-01-02"))
    repo.git("checkout", "-q", "main")
    repo.write("ledger/contacts/a.md", "---\nname: A A\n---\n")
    repo.commit("edit a", at("2024-01-03"))
    repo.git("merge", "-q", "--no-edit", "side", env={
        "GIT_AUTHOR_DATE": at("2024-01-04").isoformat(),
        "GIT_COMMITTER_DATE": at("2024-01-04").isoformat(),
        "GIT_AUTHOR_NAME": "A", "GIT_AUTHOR_EMAIL": "a@example.com",
        "GIT_COMMITTER_NAME": "A", "GIT_COMMITTER_EMAIL": "a@example.com"})

    found = read_history(repo.top, "ledger")

    assert subjects(found.commits) == ["edit a", "add b on a branch", "add a"]
    assert subjects(found.for_path("ledger/contacts/b.md")) == ["add b on a branch"]


def test_limit_keeps_the_newest_ledger_commits(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo, base="site/")
    repo.write("README.md", "newer, outside the ledger\n")
    repo.commit("Readme again", at("2024-04-01"))
    found = read_history(repo.top / "site", "ledger", limit=2)
    assert subjects(found.commits) == ["Acme said no", "Full name"]
    assert set(found.by_path) == {JANE_DOE, ACME}


def test_a_sibling_folder_with_a_longer_name_is_not_the_ledger(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    repo.write("ledger-old/contacts/jane.md", "---\nname: Old\n---\n")
    repo.write("ledgers.md", "not the ledger\n")
    repo.commit("Old stuff", at("2024-04-01"))
    repo.write("ledger-old/contacts/new.md", "---\nname: New\n---\n")
    found = read_history(repo.top, "ledger")
    assert set(found.by_path) == {JANE_DOE, ACME} and found.uncommitted == set()


@pytest.mark.parametrize("ledger_dir", ["ledger", Path("ledger"), "./ledger/"])
def test_ledger_dir_spellings(tmp_path: Path, ledger_dir: str | Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    assert set(read_history(repo.top, ledger_dir).by_path) == {JANE_DOE, ACME}


# --- no history, and why ---------------------------------------------------


def test_not_a_repository(tmp_path: Path) -> None:
    (tmp_path / "plain" / "ledger").mkdir(parents=True)
    found = read_history(tmp_path / "plain", "ledger")
    assert not found.available and found.commits == [] and found.by_path == {}
    assert found.reason is not None and found.reason.startswith("not a git repository")
    assert "git init" in found.reason


def test_a_ledger_outside_the_repository(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    (tmp_path / "ledger").mkdir()
    found = read_history(repo.top, "../ledger")
    assert not found.available and "outside the git repository" in (found.reason or "")


def test_missing_folder_never_reads_another_repository(tmp_path: Path) -> None:
    found = read_history(tmp_path / "nowhere", "ledger")
    assert not found.available and "not a folder" in (found.reason or "")


def test_no_commits_yet(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write(JANE, "---\nname: Jane\n---\n")
    found = read_history(repo.top, "ledger")
    assert not found.available and found.reason is not None
    assert found.reason.startswith("no commits yet")
    assert found.uncommitted == {JANE}


def test_shallow_clone(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo.top}", str(clone)],
                   check=True, capture_output=True)
    found = read_history(clone, "ledger")
    assert not found.available and found.commits == []
    assert found.reason is not None and found.reason.startswith("shallow clone")
    assert "git fetch --unshallow" in found.reason


def test_git_missing_in_process(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    found = read_history(repo.top, "ledger", git_executable=str(tmp_path / "no-such-git"))
    assert not found.available and found.reason == history.NO_GIT


def test_git_missing_when_gitpython_is_first_imported(tmp_path: Path) -> None:
    # GitPython looks for git once, at import: only a fresh interpreter shows it.
    repo = Repo(tmp_path / "repo")
    story(repo)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "GIT_PYTHON_REFRESH"}
    env.update(PATH=str(empty), GIT_PYTHON_GIT_EXECUTABLE=str(tmp_path / "no-such-git"))
    code = ("import sys; from ajar.history import read_history;"
            " h = read_history(sys.argv[1], 'ledger'); print(h.available); print(h.reason)")
    done = subprocess.run([sys.executable, "-c", code, str(repo.top)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["False", history.NO_GIT]


# --- cost: a constant number of git processes --------------------------------


def fast_repo(top: Path, entries: int, commits: int | None = None) -> Repo:
    """A repo of ``entries`` rejections over ``commits`` commits, written by fast-import.

    With more commits than entries, each commit adds or edits one entry; with
    fewer, each commit adds a batch.
    """
    repo = Repo(top)
    commits = entries if commits is None else commits
    stream: list[str] = []
    for n in range(commits):
        batch = range(n * entries // commits, (n + 1) * entries // commits) \
            if commits < entries else [n % entries]
        message = f"commit {n}"
        stamp = 1_700_000_000 + n * 60
        stream += [
            "commit refs/heads/main",
            f"author A <a@example.com> {stamp} +0000",
            f"committer A <a@example.com> {stamp} +0000",
            f"data {len(message.encode())}", message]
        for k in batch:
            body = f"---\ncompany: C{k}\nrole: Dev\ndate: 2024-01-01\n---\nedit {n}\n"
            stream += [f"M 100644 inline ledger/rejections/r{k:05d}.md",
                       f"data {len(body.encode())}", body]
        stream.append("")
    subprocess.run(["git", "fast-import", "--quiet"], cwd=top, check=True,
                   input="\n".join(stream).encode(), capture_output=True)
    repo.git("reset", "-q", "--hard", "main")
    return repo


def calls_for_a_read(repo: Repo) -> int:
    before = git_calls()
    found = read_history(repo.top, "ledger")
    assert found.available
    return git_calls() - before


def test_git_processes_do_not_grow_with_entries(tmp_path: Path) -> None:
    small = fast_repo(tmp_path / "small", 10)
    large = fast_repo(tmp_path / "large", 500)
    assert len(read_history(large.top, "ledger").by_path) == 500
    assert calls_for_a_read(small) == calls_for_a_read(large) == 3



@pytest.mark.slow
def test_ten_thousand_rejections_over_two_thousand_commits(tmp_path: Path) -> None:
    repo = fast_repo(tmp_path / "big", 10_000, commits=2_000)
    found = read_history(repo.top, "ledger")
    assert len(found.commits) == 2_000 and len(found.by_path) == 10_000
    assert subjects(found.for_path("ledger/rejections/r00007.md")) == ["commit 1"]


def test_parsing_a_large_log() -> None:
    # Python's share alone: 12,000 commits over 10,000 files, with renames.
    tokens: list[str] = []
    for n in range(12_000):
        tokens += [f"\x1e{n:040x}", f"{n:07x}", "2024-01-01T00:00:00+00:00", "A", f"c{n}"]
        if n % 6:
            tokens += ["\nM", f"ledger/rejections/r{n % 10_000:05d}.md"]
        else:
            tokens += ["\nR100", f"ledger/rejections/o{n:05d}.md",
                       f"ledger/rejections/r{n % 10_000:05d}.md"]
    out = "\0".join(tokens) + "\0"
    commits, by_path = history._follow_renames(history._split_log(out))
    assert len(commits) == 12_000 and len(by_path) == 10_000


# --- the cache for mkdocs serve --------------------------------------------


def test_cache_reuses_the_history_while_nothing_changes(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    cache = HistoryCache()
    first = cache.get(repo.top, "ledger")

    before = git_calls()
    again = cache.get(repo.top, "ledger")
    assert git_calls() - before <= 2
    assert again is first and cache.reads == 1


def test_cache_rereads_after_a_commit(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    cache = HistoryCache()
    first = cache.get(repo.top, "ledger")
    repo.write(ACME, "---\ncompany: Acme\nrole: Engineer\ndate: 2024-03-01\nreplied: 2024-03-02\n---\n")
    repo.commit("Replied to Acme", at("2024-03-02"))

    after = cache.get(repo.top, "ledger")

    assert after is not first and cache.reads == 2
    assert subjects(after.for_path(ACME)) == ["Replied to Acme", "Acme said no"]


def test_cache_rereads_after_a_working_tree_edit(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    story(repo)
    cache = HistoryCache()
    first = cache.get(repo.top, "ledger")
    repo.write(ACME, "---\ncompany: Acme\nrole: Engineer\ndate: 2024-03-09\n---\n")

    before = git_calls()
    edited = cache.get(repo.top, "ledger")
    # The working tree is re-read; the commits, which only HEAD decides, are kept.
    assert git_calls() - before <= 2 and cache.reads == 1
    assert edited is not first and edited.uncommitted == {ACME}
    assert edited.commits is first.commits and edited.by_path is first.by_path

    repo.write("ledger/contacts/bob.md", "---\nname: Bob\n---\n")
    assert cache.get(repo.top, "ledger").uncommitted == {ACME, "ledger/contacts/bob.md"}
    repo.git("checkout", "--", ACME)
    assert cache.get(repo.top, "ledger").uncommitted == {"ledger/contacts/bob.md"}


def test_cache_notices_git_init(tmp_path: Path) -> None:
    top = tmp_path / "repo"
    (top / "ledger" / "contacts").mkdir(parents=True)
    cache = HistoryCache()
    assert not cache.get(top, "ledger").available
    repo = Repo(top)
    repo.write(JANE, "---\nname: Jane\n---\n")
    repo.commit("Add Jane", at("2024-01-01"))
    assert subjects(cache.get(top, "ledger").for_path(JANE)) == ["Add Jane"]
