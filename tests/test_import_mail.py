"""`ajar import` of rejection emails (.eml, .mbox, stdin), run as a user would on
real fixture files: each entry written is read back through the loader and
`ajar check` stays clean."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ajar.ledger.loader import load_ledger
from helpers import make_project, run_ajar

MAIL = Path(__file__).parent / "fixtures" / "mail"
ENV = {"AJAR_TODAY": "2026-11-23", "TZ": "UTC"}
CONTACTS = {"bob-stone": {"name": "Bob Stone", "company": "Globex",
                          "email": "Bob@globex.example.org"}}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p", contacts=CONTACTS)


def ajar(root: Path, *args: str, input: str = "") -> subprocess.CompletedProcess[str]:
    # input="" : standard input is a pipe, never a terminal (no prompts)
    return run_ajar(*args, cwd=root, env=ENV, input=input)


def ledger(root: Path):  # noqa: ANN201
    found = load_ledger(root, "ledger")
    assert not found.problems, [p.format() for p in found.problems]
    return found


def assert_clean(root: Path) -> None:
    result = ajar(root, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def only_rejection(root: Path):  # noqa: ANN201
    rejections = ledger(root).rejections
    assert len(rejections) == 1, sorted(rejections)
    return next(iter(rejections.values()))


def test_greenhouse_utf8_names_and_quoted_printable(project: Path) -> None:
    result = ajar(project, "import", str(MAIL / "greenhouse-qp.eml"))
    assert result.returncode == 0, result.stderr
    entry = only_rejection(project)
    meta = entry.meta
    assert entry.slug == "2026-11-20-zurich-analytics-senior-data-engineer"
    assert (meta.company, meta.role, meta.date.isoformat()) == (
        "Zürich Analytics", "Senior Data Engineer", "2026-11-20")
    assert meta.subject == "Your application to Zürich Analytics"  # RFC 2047 Q
    assert meta.from_.startswith("Zürich Analytics Talent Team via Greenhouse")  # RFC 2047 B
    assert meta.message_id == "<gh-1001@greenhouse.example.com>"
    assert meta.no_reply is True and meta.contact is None
    assert "> Thank you for your interest in Zürich Analytics" in entry.body  # QP decoded
    assert "=C3" not in entry.body
    assert set(ledger(project).contacts) == {"bob-stone"}  # an ATS is no contact
    assert f"created ledger/rejections/{entry.slug}.md" in result.stdout
    assert_clean(project)


def test_lever_base64_iso_8859_1(project: Path) -> None:
    result = ajar(project, "import", str(MAIL / "lever-base64.eml"))
    assert result.returncode == 0, result.stderr
    meta = only_rejection(project).meta
    assert (meta.company, meta.role) == ("Globex", "Backend Engineer")  # from the subject
    assert meta.from_.startswith("Globex Récrutement")  # ISO-8859-1 Q
    assert meta.no_reply is True
    assert "apply for the Backend Engineer role at Globex" in only_rejection(project).body
    assert set(ledger(project).contacts) == {"bob-stone"}
    assert_clean(project)


def test_workday_html_only_hostile_html_left_inert(project: Path) -> None:
    result = ajar(project, "import", str(MAIL / "workday-html.eml"))
    assert result.returncode == 0, result.stderr
    entry = only_rejection(project)
    assert (entry.meta.company, entry.meta.role) == ("Initech", "Product Analyst")
    assert entry.meta.no_reply is True
    body = entry.body
    assert "Thank you for applying to **Initech**" in body
    for bad in ("<", "script>", "alert(", "javascript:", "onerror", "onclick", "pixel.gif",
                "color:red", "iframe", "evil.example.com"):
        assert bad not in body, bad
    assert "Click here" in body  # the text of the javascript: link, without the link
    assert "[see other openings](https://careers.example.com/initech)" in body
    assert "&lt;script&gt;evil()" in body  # text that looked like a tag stays text
    assert_clean(project)


def test_personal_sender_becomes_a_contact(project: Path) -> None:
    result = ajar(project, "import", str(MAIL / "personal.eml"))
    assert result.returncode == 0, result.stderr
    found = ledger(project)
    jane = found.contacts["jane-doe"].meta
    assert (jane.name, jane.company, jane.email) == (
        "Jane Doe", "Northwind", "jane.doe@northwind.example.com")
    meta = only_rejection(project).meta
    assert (meta.company, meta.role, meta.contact) == ("Northwind", "Senior Data Engineer",
                                                       "jane-doe")
    assert meta.no_reply is False
    assert "created ledger/contacts/jane-doe.md" in result.stdout
    assert_clean(project)


def test_known_contact_is_linked_not_duplicated(project: Path) -> None:
    result = ajar(project, "import", str(MAIL / "known-contact.eml"))
    assert result.returncode == 0, result.stderr
    assert set(ledger(project).contacts) == {"bob-stone"}
    meta = only_rejection(project).meta
    assert (meta.company, meta.role, meta.contact) == ("Globex", "Platform Engineer",
                                                       "bob-stone")
    assert "linked ledger/contacts/bob-stone.md" in result.stdout
    assert_clean(project)


def test_same_message_id_twice_makes_one_entry(project: Path) -> None:
    first = ajar(project, "import", str(MAIL / "personal.eml"))
    assert first.returncode == 0, first.stderr
    before = sorted(p.name for p in (project / "ledger").rglob("*.md"))
    again = ajar(project, "import", "-", input=(MAIL / "personal.eml").read_text())
    assert again.returncode == 0, again.stderr
    assert "already imported: -" in again.stdout
    third = ajar(project, "import", str(MAIL / "personal.eml"))
    assert f"already imported: {MAIL / 'personal.eml'}" in third.stdout
    assert sorted(p.name for p in (project / "ledger").rglob("*.md")) == before
    assert_clean(project)


def test_one_email_on_stdin(project: Path) -> None:
    result = ajar(project, "import", "-", input=(MAIL / "lever-base64.eml").read_text())
    assert result.returncode == 0, result.stderr
    assert only_rejection(project).meta.company == "Globex"


def test_missing_role_refused_naming_the_flag_then_imported_with_it(project: Path) -> None:
    refused = ajar(project, "import", str(MAIL / "noreply-no-role.eml"))
    assert refused.returncode == 1
    assert "--role" in refused.stderr and "role" in refused.stderr
    assert "--company" not in refused.stderr  # the company was found (Hooli)
    assert "Traceback" not in refused.stderr
    assert not ledger(project).rejections
    done = ajar(project, "import", str(MAIL / "noreply-no-role.eml"),
                "--role", "Site Reliability Engineer", "--stage", "screening")
    assert done.returncode == 0, done.stderr
    meta = only_rejection(project).meta
    assert (meta.company, meta.role, meta.stage) == ("Hooli", "Site Reliability Engineer",
                                                     "screening")
    assert meta.no_reply is True
    assert set(ledger(project).contacts) == {"bob-stone"}
    assert_clean(project)


def test_mbox_with_three_messages(project: Path) -> None:
    result = ajar(project, "import", str(MAIL / "three.mbox"))
    assert result.returncode == 0, result.stderr
    found = ledger(project)
    by_company = {r.meta.company: r.meta for r in found.rejections.values()}
    assert set(by_company) == {"Umbrella Labs", "Vandelay Industries", "Stark Dynamics"}
    ashby = by_company["Umbrella Labs"]
    # Ashby no-reply sender with a personal Reply-To: the Reply-To is the contact.
    assert ashby.role == "Machine Learning Engineer" and ashby.contact == "priya-natarajan"
    assert ashby.no_reply is False
    assert found.contacts["priya-natarajan"].meta.email == "priya@umbrella.example.org"
    assert by_company["Vandelay Industries"].role == "Logistics Coordinator"
    assert by_company["Stark Dynamics"].role == "QA Lead"
    assert by_company["Stark Dynamics"].no_reply is True
    assert result.stdout.count("created ledger/rejections/") == 3
    assert_clean(project)


def test_garbage_is_a_clear_error_and_the_rest_is_imported(project: Path) -> None:
    result = ajar(project, "import", str(MAIL / "garbage.eml"), str(MAIL / "lever-base64.eml"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"ajar: {MAIL / 'garbage.eml'}: this is not an email" in result.stderr
    assert only_rejection(project).meta.company == "Globex"
    assert_clean(project)


def test_commit_commits_exactly_the_files_written(project: Path) -> None:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=project, capture_output=True, text=True,
                              check=True).stdout

    git("init", "-q")
    git("-c", "user.name=T", "-c", "user.email=t@example.com", "add", "-A")
    git("-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-qm", "start")
    (project / "untouched.txt").write_text("not mine\n")
    env = {**ENV, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.com"}
    result = run_ajar("import", "--commit", str(MAIL / "three.mbox"), cwd=project, env=env,
                      input="")
    assert result.returncode == 0, result.stderr
    assert git("log", "-1", "--format=%s").strip() == \
        "Import 3 rejections and 1 contact from three.mbox"
    changed = git("show", "--name-only", "--format=", "HEAD").split()
    assert len(changed) == 4 and all(p.startswith("ledger/") for p in changed)
    assert "untouched.txt" in git("status", "--porcelain")


def test_huge_email_is_capped(project: Path, tmp_path: Path) -> None:
    line = "We regret to inform you that the position has been filled. " * 20 + "\n"
    body = line * (8 * 1024 * 1024 // len(line))
    raw = ("From: Acme Recruiting <jobs@acme.example.com>\nTo: sam@example.net\n"
           "Subject: Your application to Acme\nDate: Mon, 23 Nov 2026 09:00:00 +0000\n"
           "Message-ID: <huge-1@acme.example.com>\nContent-Type: text/plain\n\n"
           "Thank you for applying for the Staff Engineer position.\n" + body)
    path = tmp_path / "huge.eml"
    path.write_text(raw)
    result = ajar(project, "import", str(path))
    assert result.returncode == 0, result.stderr
    entry = only_rejection(project)
    assert (entry.meta.company, entry.meta.role) == ("Acme", "Staff Engineer")
    assert len(entry.body) < 25_000
    assert "only its first 20,000 characters" in entry.body
    assert_clean(project)
