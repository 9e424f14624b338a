"""`ajar import` on the email shapes that used to go wrong: Lever and Workable
subjects, an ATS sending in a recruiter's name, domains spelled differently from
the company, HTML-only roles, forwards, signatures; and robust writes (invalid
addresses, no Message-ID, parallel runs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ajar.formats.mail import draft_rejection
from ajar.ledger.loader import load_ledger
from helpers import make_project, run_ajar

MAIL = Path(__file__).parent / "fixtures" / "mail"
ENV = {"AJAR_TODAY": "2026-11-23", "TZ": "UTC"}
ME = "site_name: T\ntheme:\n  name: material\nplugins:\n  - ajar:\n      me:\n" \
     "        name: Sam Candidate\n        email: sam@example.net\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p", mkdocs=ME)


def ajar(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_ajar(*args, cwd=root, env=ENV, input="")


def draft(name: str):  # noqa: ANN201
    return draft_rejection((MAIL / name).read_bytes(), name, frozenset({"sam@example.net"}))


@pytest.mark.parametrize(("name", "company", "role"), [
    ("lever-subject.eml", "Zephyr", "Senior Software Engineer, Data"),
    ("workable-regarding.eml", "Proseware", "Data Platform Engineer"),
    ("smartrecruiters-person.eml", "Fabrikam", "Solutions Architect"),
    ("close-call.eml", "Northwind", "Analytics Engineer"),
    ("lumen-domain.eml", "Lumen Health", "Clinical Data Analyst"),
    ("html-strong.eml", "Contoso", "Lead Data Engineer"),
    ("forwarded-own.eml", "Tailspin Toys", "Game Designer"),
])
def test_company_and_role_on_common_shapes(name: str, company: str, role: str) -> None:
    found = draft(name)
    assert (found.company, found.role) == (company, role)


def test_ats_in_a_recruiters_name_gives_a_person_not_a_company() -> None:
    found = draft("smartrecruiters-person.eml")
    assert found.person is not None and found.person.name == "Jörg Müller"
    assert found.person.email == "" and found.no_reply is True
    assert found.person.title == "Senior Talent Acquisition Partner"
    assert found.person.phone == "+49 30 1234 5678"
    assert found.person.linkedin == "https://www.linkedin.com/in/joerg-mueller-example"
    assert found.stage == "interview"
    assert "public-sector" in (found.reason or "")


def test_stage_and_reason_are_read() -> None:
    lumen = draft("lumen-domain.eml")
    assert lumen.reason and "hiring freeze" in lumen.reason
    assert lumen.person.title == "Recruiter" and lumen.person.phone == "+1 (555) 010-4477"
    assert draft("close-call.eml").stage == "interview"
    assert draft("workday-html.eml").stage == "applied"


def test_forward_from_own_address_reads_the_forwarded_part(project: Path) -> None:
    result = ajar(project, "import", str(MAIL / "forwarded-own.eml"))
    assert result.returncode == 0, result.stderr
    found = load_ledger(project, "ledger")
    assert set(found.contacts) == {"lee-wong"}  # not the user
    lee = found.contacts["lee-wong"].meta
    assert (lee.email, lee.title) == ("lee.wong@tailspin.example.com", "Lead Recruiter")
    (rejection,) = found.rejections.values()
    assert rejection.meta.date.isoformat() == "2026-11-02"  # the original's date
    assert rejection.meta.contact == "lee-wong"
    assert rejection.meta.from_ == "Lee Wong <lee.wong@tailspin.example.com>"


def test_signature_fills_the_new_contact(project: Path) -> None:
    result = ajar(project, "import", str(MAIL / "lumen-domain.eml"))
    assert result.returncode == 0, result.stderr
    found = load_ledger(project, "ledger")
    dana = found.contacts["dana-okafor"].meta
    assert (dana.company, dana.title, dana.phone) == ("Lumen Health", "Recruiter",
                                                     "+1 (555) 010-4477")
    (rejection,) = found.rejections.values()
    assert rejection.meta.reason.endswith("due to a hiring freeze.")
    assert rejection.meta.stage == "screening"


def test_an_address_ajar_will_not_keep_is_dropped_and_nothing_is_half_written(
        project: Path) -> None:
    args = ("import", str(MAIL / "localhost-sender.eml"), "--company", "Acme", "--role", "Dev")
    result = ajar(project, *args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "left out email 'jane@localhost'" in result.stderr
    found = load_ledger(project, "ledger")
    assert not found.problems
    assert set(found.contacts) == {"jane-doe"}
    assert found.contacts["jane-doe"].meta.email is None
    (rejection,) = found.rejections.values()
    assert rejection.meta.contact == "jane-doe"
    again = ajar(project, *args)  # a retry adds nothing
    assert "already imported" in again.stdout
    assert sorted(p.name for p in (project / "ledger" / "contacts").iterdir()) == ["jane-doe.md"]


def test_a_bad_message_in_an_mbox_does_not_stop_the_rest(project: Path) -> None:
    result = ajar(project, "import", str(MAIL / "bad-then-good.mbox"))
    assert result.returncode == 1  # the first message has no company or role
    assert "cannot find the company and role" in result.stderr
    found = load_ledger(project, "ledger")
    assert [r.meta.company for r in found.rejections.values()] == ["Proseware"]
    assert not found.contacts  # the refused email left no orphan contact


def test_no_message_id_is_known_by_its_content_hash(project: Path) -> None:
    first = ajar(project, "import", str(MAIL / "no-message-id.eml"))
    assert first.returncode == 0, first.stderr
    second = ajar(project, "import", str(MAIL / "no-message-id.eml"))
    assert second.returncode == 0, second.stderr
    assert "already imported" in second.stdout
    files = list((project / "ledger" / "rejections").iterdir())
    assert len(files) == 1
    assert "email_hash: \"sha256:" in files[0].read_text()


def test_parallel_imports_of_the_same_email_make_one_entry(project: Path) -> None:
    env = {**os.environ, **ENV, "PYTHONIOENCODING": "utf-8"}
    runs = [subprocess.Popen([sys.executable, "-m", "ajar", "import",
                              str(MAIL / "no-message-id.eml"), str(MAIL / "lever-subject.eml")],
                             cwd=project, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(4)]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    names = sorted(p.name for p in (project / "ledger" / "rejections").iterdir())
    assert names == ["2026-11-10-zephyr-senior-software-engineer-data.md",
                     "2026-11-17-hooli-site-reliability-engineer.md"]
