"""`ajar import` writes a company the ledger already knows as the ledger writes it: a
subsidiary's country, a legal form, a domain's run-together spelling or a missing accent
would otherwise make a second company page. Run as a user would, on real .eml files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from helpers import make_project, run_ajar

from ajar.actions.known_companies import KnownCompanies, match_key
from ajar.ledger.loader import load_ledger

ENV = {"AJAR_TODAY": "2026-11-23", "TZ": "UTC"}


def eml(path: Path, sender: str, subject: str, body: str, n: int) -> Path:
    path.write_text(f"From: {sender}\nTo: Alex Morgan <alex.morgan@example.net>\n"
                    f"Subject: {subject}\nDate: Mon, 1{n} Nov 2026 09:00:00 +0000\n"
                    f"Message-ID: <known-{n}@example.com>\nMIME-Version: 1.0\n"
                    f"Content-Type: text/plain; charset=utf-8\n\n{body}", encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p", contacts={
        "kenji": {"name": "Kenji Mori", "company": "Crestmoor Securities"}},
        rejections={
            "2026-10-05-mcglynns-pharmacist": {"company": "McGlynn's Pharmacy",
                                               "role": "Pharmacist", "date": "2026-10-05"},
            "2026-10-06-deloitte-analyst": {"company": "Deloitte Canada", "role": "Analyst",
                                            "date": "2026-10-06"}},
        companies={"halvern": {"name": "Halvern Insurance", "radar": True}})


def ajar(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_ajar(*args, cwd=root, env=ENV, input="")


def companies_of(root: Path) -> set[str]:
    ledger = load_ledger(root, "ledger")
    assert not ledger.problems, [p.format() for p in ledger.problems]
    return {r.meta.company for r in ledger.rejections.values()}


def test_a_subsidiarys_country_and_legal_form_take_the_ledgers_name(project: Path) -> None:
    mail = eml(project / "crestmoor.eml", "Gregory Ashdown <gregory@crestmoor.example.com>",
               "Crestmoor Securities Japan - Data Engineer",
               "Dear Alex,\n\nThank you for interviewing for the Data Engineer role. We have"
               " decided not to extend an offer.\n\nKind regards,\n\nGregory Ashdown\n"
               "Director\nCrestmoor Securities Japan Co., Ltd.\n", 1)
    result = ajar(project, "import", str(mail))
    assert result.returncode == 0, result.stderr
    assert "written as the ledger writes it: 'Crestmoor Securities'" in result.stdout
    assert companies_of(project) == {"McGlynn's Pharmacy", "Deloitte Canada",
                                     "Crestmoor Securities"}
    contact = load_ledger(project, "ledger").contacts["gregory-ashdown"]
    assert contact.meta.company == "Crestmoor Securities"  # the new contact too
    assert ajar(project, "check").returncode == 0


def test_a_domains_spelling_takes_the_ledgers_apostrophe(project: Path) -> None:
    mail = eml(project / "note.eml", "Gary McGlynn <gary@mcglynnspharmacy.example.com>",
               "Locum pharmacist", "Alex - we went with someone local for the locum"
               " pharmacist job, sorry. Gary\n", 2)
    result = ajar(project, "import", str(mail), "--role", "Locum Pharmacist")
    assert result.returncode == 0, result.stderr
    assert "McGlynn's Pharmacy" in companies_of(project)
    assert "Mcglynns Pharmacy" not in companies_of(project)


def test_a_company_files_name_wins_and_flags_are_left_alone(project: Path) -> None:
    body = ("Dear Alex Morgan,\n\nMany thanks for your application to Halvern Insurance"
            " Ireland DAC. Unfortunately we have decided not to consider your application"
            " further for the position of Finance Business Partner.\n\nYour Halvern"
            " Recruiting Team\n")
    mail = eml(project / "halvern.eml", "Halvern Insurance Ireland <no-reply@personio.de>",
               "Your application as Finance Business Partner", body, 3)
    assert ajar(project, "import", str(mail)).returncode == 0
    assert "Halvern Insurance" in companies_of(project)
    other = eml(project / "again.eml", "Halvern Insurance Ireland <no-reply@personio.de>",
                "Your application as Claims Analyst", body.replace("Finance Business Partner",
                                                                   "Claims Analyst"), 4)
    result = ajar(project, "import", str(other), "--company", "Halvern Insurance Ireland")
    assert result.returncode == 0, result.stderr
    assert "written as the ledger" not in result.stdout
    assert "Halvern Insurance Ireland" in companies_of(project)


def test_one_countrys_arm_is_not_anothers(project: Path) -> None:
    mail = eml(project / "deloitte.eml", "Deloitte Ireland <careers@deloitte.example.com>",
               "Your application: Audit Senior at Deloitte Ireland",
               "Dear Alex,\n\nThank you for applying for the Audit Senior role at Deloitte"
               " Ireland. We regret that we will not be moving forward with your"
               " application.\n\nDeloitte Ireland Talent Team\n", 5)
    result = ajar(project, "import", str(mail))
    assert result.returncode == 0, result.stderr
    assert "written as the ledger" not in result.stdout
    assert "Deloitte Canada" in companies_of(project)
    assert len(companies_of(project)) == 3


def test_within_one_batch_the_first_spelling_is_kept(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    mbox = root / "batch.mbox"
    one = ("From MAILER-DAEMON Mon Nov 10 09:00:00 2026\nFrom: Ana Ruiz"
           " <ana@brightwell.example.com>\nSubject: Application Chemist\nDate: Mon, 10 Nov 2026"
           " 09:00:00 +0000\nMessage-ID: <b1@example.com>\n\nDear Alex,\n\nThank you for"
           " applying for the Application Chemist role at Brightwell Specialty Chemicals."
           " Unfortunately we will not be progressing your application.\n\nAna Ruiz\n"
           "Recruiter, Brightwell Specialty Chemicals\n\n")
    two = ("From MAILER-DAEMON Tue Nov 11 09:00:00 2026\nFrom: Priya Nair"
           " <priya@brightwell.example.com>\nSubject: Lab Chemist\nDate: Tue, 11 Nov 2026"
           " 09:00:00 +0000\nMessage-ID: <b2@example.com>\n\nDear Alex,\n\nThank you for"
           " applying for the Lab Chemist role at Brightwell Specialty Chemicals Malaysia."
           " Unfortunately we will not be progressing your application.\n\nPriya Nair\n"
           "Recruiter, Brightwell Specialty Chemicals Malaysia Sdn. Bhd.\n\n")
    mbox.write_text(one + two, encoding="utf-8")
    result = ajar(root, "import", str(mbox))
    assert result.returncode == 0, result.stderr
    assert companies_of(root) == {"Brightwell Specialty Chemicals"}


@pytest.mark.parametrize(("known", "found", "spelled"), [
    ("Hollins & Weir", "Hollins and Weir", "Hollins & Weir"),
    ("Résidence Les Tilleuls", "Residence Les Tilleuls", "Résidence Les Tilleuls"),
    ("Acme", "Acme GmbH", "Acme"),
    ("Acme", "ACME", None),             # case alone: the pages already group it
    ("Acme", "Acme Labs", None),        # another name
    ("Air France", "Air Canada", None),  # two countries' words, two companies
    ("Sasol", "Sasol South Africa", "Sasol"),
])
def test_match_is_strict(known: str, found: str, spelled: str | None) -> None:
    assert KnownCompanies([known]).spelling(found) == spelled


def test_most_used_spelling_wins_and_hostile_names_match_nothing() -> None:
    known = KnownCompanies(["Lumen Health", "Lumen Health", "LumenHealth"])
    assert known.spelling("Lumen Health Ltd") == "Lumen Health"
    assert match_key("x" * 100_000) == ""
    assert match_key("Co") == ""  # too short to tell companies apart
    assert KnownCompanies([", " * 5000 + "Ltd"]).spelling("Ltd") is None


def test_scan_shows_the_company_as_import_will_write_it(project: Path) -> None:
    """`ajar scan` says what import would record: the ledger's spelling, and the same
    spelling for a second letter of a company first met earlier in the same scan."""
    import json

    folder = project / "mail"
    folder.mkdir()
    eml(folder / "a.eml", "Gregory Ashdown <gregory@crestmoor.example.com>",
        "Crestmoor Securities Japan - Data Engineer",
        "Dear Alex,\n\nThank you for interviewing for the Data Engineer role. We have"
        " decided not to extend an offer.\n\nKind regards,\n\nGregory Ashdown\nDirector\n"
        "Crestmoor Securities Japan Co., Ltd.\n", 5)
    eml(folder / "b.eml", "Gary McGlynn <gary@mcglynnspharmacy.example.com>",
        "Your application: Locum Pharmacist", "Dear Alex,\n\nThank you for applying for the"
        " Locum Pharmacist post. Unfortunately we have decided not to take your application"
        " further.\n\nGary McGlynn\n", 6)
    result = ajar(project, "scan", "--json", str(folder))
    assert result.returncode == 0, result.stderr
    found = {m["source"].rsplit("/", 1)[-1]: m["rejection"]["company"]
             for m in json.loads(result.stdout)["messages"]}
    assert found == {"a.eml": "Crestmoor Securities", "b.eml": "McGlynn's Pharmacy"}
    text = ajar(project, "scan", str(folder))
    assert "-> Crestmoor Securities, Data Engineer" in text.stdout
    assert "written as the ledger writes it: 'Crestmoor Securities'" in text.stdout
    assert companies_of(project) == {"McGlynn's Pharmacy", "Deloitte Canada"}  # no write

