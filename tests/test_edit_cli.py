"""The writing commands (`ajar replied/connected/reconnected/snooze`, `ajar add
contact/rejection`) run as a user would: each effect is read back through the
loader, `ajar check` stays clean, `--commit` commits exactly the file written."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from ajar.ledger.loader import load_ledger
from helpers import make_project, run_ajar, write

ENV = {"AJAR_TODAY": "2026-11-23"}
CONTACTS = {
    "jane-doe": ("name: Jane Doe   # recruiter\ncompany: Northwind\n"
                 "log:\n  - {date: 2026-10-01, kind: reply, note: \"Thanks!\"}\n"
                 "next_reconnect: 2026-11-01\nx-custom: keep me",
                 "Notes  \n"),
    "bob-stone": {"name": "Bob Stone", "company": "Globex",
                  "next_reconnect": "2027-05-01"},
}
REJECTIONS = {
    "2026-11-20-northwind-senior-data-engineer": (
        "company: Northwind\nrole: 'Senior Data Engineer'\ndate: 2026-11-20\n"
        "contact: jane-doe\nstage: interview  # so close", "They chose someone else.\n"),
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p", contacts=CONTACTS, rejections=REJECTIONS)


def ajar(root: Path, *args: str, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    return run_ajar(*args, cwd=root, env={**ENV, **(env or {})})


def ledger(root: Path):  # noqa: ANN201
    return load_ledger(root, "ledger")


def assert_clean(root: Path) -> None:
    result = ajar(root, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def one_error_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ajar: "), result.stderr
    return lines[0]


REJECTION = "2026-11-20-northwind-senior-data-engineer"
REJECTION_FILE = f"ledger/rejections/{REJECTION}.md"


# ------------------------------------------------------------------ replied

def test_replied_sets_the_date_and_keeps_the_rest(project: Path) -> None:
    path = project / REJECTION_FILE
    before = path.read_text(encoding="utf-8")
    result = ajar(project, "replied", REJECTION)
    assert result.returncode == 0, result.stderr
    assert "replied on 2026-11-23" in result.stdout
    assert path.read_text(encoding="utf-8") == before.replace(
        "# so close\n", "# so close\nreplied: 2026-11-23\n")
    meta = ledger(project).rejections[REJECTION].meta
    assert meta.replied.isoformat() == "2026-11-23"
    assert_clean(project)


def test_replied_again_same_date_is_fine_other_date_refused(project: Path) -> None:
    assert ajar(project, "replied", REJECTION, "--on", "2026-11-21").returncode == 0
    after = (project / REJECTION_FILE).read_bytes()
    again = ajar(project, "replied", REJECTION, "--on", "2026-11-21")
    assert again.returncode == 0 and "already recorded" in again.stdout
    other = ajar(project, "replied", REJECTION)
    assert "already records a reply on 2026-11-21" in one_error_line(other, 1)
    assert (project / REJECTION_FILE).read_bytes() == after


def test_unknown_slug_bad_date_and_future(project: Path) -> None:
    line = one_error_line(ajar(project, "replied", "2026-11-20-northwind-senior-data-eng"), 2)
    assert f"did you mean '{REJECTION}'" in line
    assert "did you mean 'jane-doe'" in one_error_line(ajar(project, "connected", "Jane-Doe"), 2)
    assert "--on" in one_error_line(ajar(project, "replied", REJECTION, "--on", "2026-02-30"), 2)
    assert "future" in one_error_line(ajar(project, "replied", REJECTION, "--on",
                                           "2026-12-01"), 2)
    assert ledger(project).rejections[REJECTION].meta.replied is None


def test_a_faulty_file_is_not_edited(project: Path) -> None:
    path = write(project / "ledger/contacts/broken.md", "---\nname: [oops\n---\n")
    line = one_error_line(ajar(project, "connected", "broken"), 1)
    assert "ajar check" in line
    assert path.read_text(encoding="utf-8") == "---\nname: [oops\n---\n"


# ------------------------------------------------------------------ contacts

def test_connected_sets_linkedin_connected(project: Path) -> None:
    result = ajar(project, "connected", "bob-stone", "--on", "2026-11-22")
    assert result.returncode == 0, result.stderr
    assert ledger(project).contacts["bob-stone"].meta.linkedin_connected.isoformat() \
        == "2026-11-22"
    assert "already recorded" in ajar(project, "connected", "bob-stone", "--on",
                                      "2026-11-22").stdout
    assert "already records" in one_error_line(ajar(project, "connected", "bob-stone"), 1)
    assert_clean(project)


def test_reconnected_appends_in_flow_style_and_clears_a_passed_snooze(project: Path) -> None:
    path = project / "ledger/contacts/jane-doe.md"
    result = ajar(project, "reconnected", "jane-doe", "--note", "Coffee: #1 {{ x }}\nnext")
    assert result.returncode == 0, result.stderr
    text = path.read_text(encoding="utf-8")
    assert ('  - {date: 2026-11-23, kind: reconnect, note: "Coffee: #1 {{ x }}\\nnext"}\n'
            in text)
    assert "next_reconnect" not in text
    assert "x-custom: keep me\n---\nNotes  \n" in text
    meta = ledger(project).contacts["jane-doe"].meta
    assert [(e.kind, e.note) for e in meta.log] == [("reply", "Thanks!"),
                                                    ("reconnect", "Coffee: #1 {{ x }}\nnext")]
    assert meta.next_reconnect is None
    assert_clean(project)


def test_reconnected_keeps_a_future_plan_and_creates_log(project: Path) -> None:
    assert ajar(project, "reconnected", "bob-stone", "--on", "2026-11-20").returncode == 0
    meta = ledger(project).contacts["bob-stone"].meta
    assert meta.next_reconnect.isoformat() == "2027-05-01"
    assert [(e.date.isoformat(), e.kind, e.note) for e in meta.log] == [
        ("2026-11-20", "reconnect", None)]
    assert_clean(project)


def test_snooze_until_and_for(project: Path) -> None:
    assert ajar(project, "snooze", "jane-doe", "--for", "3 months").returncode == 0
    assert ledger(project).contacts["jane-doe"].meta.next_reconnect.isoformat() == "2027-02-23"
    assert ajar(project, "snooze", "jane-doe", "--until", "2027-01-10").returncode == 0
    assert ledger(project).contacts["jane-doe"].meta.next_reconnect.isoformat() == "2027-01-10"
    one_error_line(ajar(project, "snooze", "jane-doe"), 2)
    one_error_line(ajar(project, "snooze", "jane-doe", "--until", "2026-11-01"), 2)
    one_error_line(ajar(project, "snooze", "jane-doe", "--for", "soon"), 2)
    assert_clean(project)


# ------------------------------------------------------------------ add

def test_add_contact_writes_a_valid_file_and_never_overwrites(project: Path) -> None:
    result = ajar(project, "add", "contact", "Zoë O'Brien-Müller", "--company", "Acme: #1",
                  "--email", "zoe@example.com", "--tag", "data", "--tag", "{{ x }}",
                  "--title", "Lead\nEngineer")
    assert result.returncode == 0, result.stderr
    assert "ledger/contacts/zoe-o-brien-muller.md" in result.stdout
    meta = ledger(project).contacts["zoe-o-brien-muller"].meta
    assert (meta.name, meta.company, meta.title, meta.tags) == (
        "Zoë O'Brien-Müller", "Acme: #1", "Lead\nEngineer", ["data", "{{ x }}"])
    path = project / "ledger/contacts/zoe-o-brien-muller.md"
    before = path.read_bytes()
    again = one_error_line(ajar(project, "add", "contact", "Zoe O'Brien Muller"), 1)
    assert "zoe-o-brien-muller.md already exists" in again and "--slug" in again
    assert path.read_bytes() == before
    assert ajar(project, "add", "contact", "Zoe O'Brien Muller", "--slug",
                "zoe-2").returncode == 0
    assert_clean(project)


def test_add_contact_refuses_bad_values(project: Path) -> None:
    assert "--email" in one_error_line(ajar(project, "add", "contact", "Al",
                                            "--email", "not-an-email"), 2)
    assert "--linkedin" in one_error_line(ajar(project, "add", "contact", "Al",
                                               "--linkedin", "linkedin.com/in/al"), 2)
    one_error_line(ajar(project, "add", "contact", "   "), 2)
    one_error_line(ajar(project, "add", "contact", "李"), 2)  # no ASCII slug: --slug
    assert not (project / "ledger/contacts/al.md").exists()


def test_add_rejection(project: Path) -> None:
    result = ajar(project, "add", "rejection", "--company", "Initech", "--role",
                  "QA Lead", "--contact", "jane-doe", "--contact", "bob-stone",
                  "--stage", "final-round", "--reason", "Budget: frozen # sadly")
    assert result.returncode == 0, result.stderr
    meta = ledger(project).rejections["2026-11-23-initech-qa-lead"].meta
    assert (meta.contacts, meta.stage, meta.reason, meta.date.isoformat()) == (
        ["jane-doe", "bob-stone"], "final-round", "Budget: frozen # sadly", "2026-11-23")
    one_error_line(ajar(project, "add", "rejection", "--company", "Initech", "--role",
                        "QA Lead"), 1)
    line = one_error_line(ajar(project, "add", "rejection", "--company", "X", "--role", "Y",
                               "--contact", "jane-do"), 2)
    assert "did you mean 'jane-doe'" in line
    assert "did you mean 'final-round'" in one_error_line(
        ajar(project, "add", "rejection", "--company", "X", "--role", "Y",
             "--stage", "final"), 2)
    assert sorted(p.name for p in (project / "ledger/rejections").iterdir()) == [
        "2026-11-20-northwind-senior-data-engineer.md", "2026-11-23-initech-qa-lead.md"]
    assert_clean(project)


# ------------------------------------------------------------------ git

def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                          check=True, env=GIT_ENV).stdout


GIT_ENV: dict[str, str] = {}


@pytest.fixture
def repo(project: Path, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    GIT_ENV.clear()
    GIT_ENV.update({**os.environ, "HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1",
                    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.com",
                    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.com"})
    write(project / ".gitignore", ".ajar.lock\n")  # as `ajar init` writes it
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "start")
    # Someone else's work in progress, staged and not: never committed by ajar.
    write(project / "ledger/contacts/bob-stone.md",
          (project / "ledger/contacts/bob-stone.md").read_text(encoding="utf-8") + "wip\n")
    write(project / "docs/draft.md", "draft\n")
    git(project, "add", "docs/draft.md")
    return project


def ajar_git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_ajar(*args, cwd=root, env={**GIT_ENV, **ENV})


def test_commit_commits_exactly_the_written_file(repo: Path) -> None:
    result = ajar_git(repo, "replied", REJECTION, "--commit")
    assert result.returncode == 0, result.stderr
    assert git(repo, "log", "-1", "--format=%s") == \
        "Replied to Northwind about Senior Data Engineer\n"
    assert git(repo, "show", "--name-only", "--format=", "HEAD").split() == [REJECTION_FILE]
    status = git(repo, "status", "--porcelain").splitlines()
    assert set(status) == {"A  docs/draft.md", " M ledger/contacts/bob-stone.md"}

    result = ajar_git(repo, "add", "contact", "Ann Lee", "--commit")
    assert result.returncode == 0, result.stderr
    assert git(repo, "show", "--name-only", "--format=%s", "HEAD").split("\n")[:3] == [
        "Add contact Ann Lee", "", "ledger/contacts/ann-lee.md"]


def test_auto_commit_from_mkdocs_yml(repo: Path) -> None:
    write(repo / "mkdocs.yml", "site_name: T\nplugins:\n  - ajar:\n      auto_commit: true\n")
    git(repo, "commit", "-q", "-m", "config", "--", "mkdocs.yml")
    result = ajar_git(repo, "reconnected", "jane-doe", "--note", "Lunch")
    assert result.returncode == 0, result.stderr
    assert git(repo, "log", "-1", "--format=%s") == "Reconnected with Jane Doe\n"
    result = ajar_git(repo, "snooze", "jane-doe", "--for", "2 weeks", "--no-commit")
    assert result.returncode == 0, result.stderr
    assert git(repo, "log", "-1", "--format=%s") == "Reconnected with Jane Doe\n"


@pytest.mark.parametrize("marker", ["MERGE_HEAD", "rebase-merge", "CHERRY_PICK_HEAD"])
def test_refuses_during_a_merge_with_nothing_written(repo: Path, marker: str) -> None:
    head = git(repo, "rev-parse", "HEAD")
    target = repo / ".git" / marker
    if marker.startswith("rebase"):
        target.mkdir()
    else:
        target.write_text(head, encoding="utf-8")
    before = (repo / REJECTION_FILE).read_bytes()
    line = one_error_line(ajar_git(repo, "replied", REJECTION, "--commit"), 1)
    assert "in progress" in line
    assert (repo / REJECTION_FILE).read_bytes() == before
    one_error_line(ajar_git(repo, "add", "contact", "Ann Lee", "--commit"), 1)
    assert not (repo / "ledger/contacts/ann-lee.md").exists()
    assert git(repo, "rev-parse", "HEAD") == head


def test_commit_outside_git_is_refused_before_writing(project: Path, tmp_path: Path) -> None:
    env = {"GIT_CEILING_DIRECTORIES": str(tmp_path)}
    before = (project / REJECTION_FILE).read_bytes()
    line = one_error_line(ajar(project, "replied", REJECTION, "--commit", env=env), 1)
    assert "git" in line
    assert (project / REJECTION_FILE).read_bytes() == before


# ------------------------------------------------------------------ entry names

@pytest.mark.parametrize("command, name", [
    (("replied",), REJECTION),
    (("replied",), f"{REJECTION}.md"),
    (("replied",), REJECTION_FILE),
    (("connected",), "jane-doe"),
    (("connected",), "jane-doe.md"),
    (("connected",), "ledger/contacts/jane-doe.md"),
    (("reconnected",), "ledger/contacts/jane-doe.md"),
    (("snooze", "--for", "2 weeks"), "ledger/contacts/jane-doe.md"),
])
def test_every_command_takes_slug_file_name_or_path(project: Path, command: tuple[str, ...],
                                                    name: str) -> None:
    result = ajar(project, command[0], name, *command[1:])
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("recorded: ")


@pytest.mark.parametrize("command, name, hint", [
    ("replied", "2026-11-20-northwind-senior-data-engineeer", REJECTION),
    ("connected", "jane-do", "jane-doe"),
    ("reconnected", "ledger/contacts/Jane-Doe.md", "jane-doe"),
    ("snooze", "bob-ston", "bob-stone"),
])
def test_unknown_names_get_did_you_mean(project: Path, command: str, name: str,
                                        hint: str) -> None:
    args = [command, name] + (["--for", "1 month"] if command == "snooze" else [])
    line = one_error_line(ajar(project, *args), 2)
    assert f"(did you mean '{hint}'?)" in line


def test_a_path_to_the_wrong_kind_is_named(project: Path) -> None:
    line = one_error_line(ajar(project, "replied", "ledger/contacts/jane-doe.md"), 2)
    assert "is a contact, not a rejection" in line


def test_replied_refuses_a_no_reply_rejection(project: Path) -> None:
    path = project / REJECTION_FILE
    write(path, path.read_text().replace("stage: interview", "no_reply: true\nstage: interview"))
    before = path.read_bytes()
    line = one_error_line(ajar(project, "replied", REJECTION), 1)
    assert "no_reply: true" in line
    assert path.read_bytes() == before


def test_replied_before_the_rejection_is_refused(project: Path) -> None:
    line = one_error_line(ajar(project, "replied", REJECTION, "--on", "2026-11-02"), 2)
    assert "before the rejection arrived" in line


@pytest.mark.parametrize("flags, key, value", [
    (("--replied", "2026-10-03"), "replied", "2026-10-03"),
    (("--no-reply",), "no_reply", True),
])
def test_add_rejection_backfills_the_reply_state(project: Path, flags: tuple[str, ...],
                                                 key: str, value: object) -> None:
    result = ajar(project, "add", "rejection", "--company", "Initech", "--role", "Analyst",
                  "--date", "2026-10-01", *flags)
    assert result.returncode == 0, result.stderr
    meta = ledger(project).rejections["2026-10-01-initech-analyst"].meta
    assert str(getattr(meta, key)) == str(value)
    assert_clean(project)
    due = ajar(project, "due", "--json", "--within", "1 year")
    assert "2026-10-01-initech-analyst" not in due.stdout


@pytest.mark.parametrize("flags, message", [
    (("--replied", "2026-10-03", "--no-reply"), "not both"),
    (("--replied", "2026-09-01"), "before --date"),
    (("--replied", "2026-12-01"), "in the future"),
])
def test_add_rejection_refuses_impossible_reply_states(project: Path, flags: tuple[str, ...],
                                                       message: str) -> None:
    result = ajar(project, "add", "rejection", "--company", "Initech", "--role", "Analyst",
                  "--date", "2026-10-01", *flags)
    assert message in one_error_line(result, 2)
    assert not (project / "ledger/rejections/2026-10-01-initech-analyst.md").exists()
