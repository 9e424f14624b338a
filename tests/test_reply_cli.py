"""`ajar reply REJECTION [--template NAME]`: the subject, a blank line, the body,
ready to paste; one line on stderr and a non-zero exit otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import make_project, run_ajar, sample_replies, write

REPO = Path(__file__).resolve().parents[1]
MKDOCS = ("site_name: Test ledger\ntheme:\n  name: material\nplugins:\n  - ajar:\n"
          "      me: {name: Alex Example, email: alex@example.com, signature: Alex}\n")
ENV = {"AJAR_TODAY": "2026-11-23"}
CONTACTS = {
    "jane-doe": {"name": "Jane Doe", "company": "Acme", "email": "jane@example.com"},
    "bob-stone": {"name": "Bob Stone", "company": "Globex"},
}
REJECTIONS = {
    "2026-11-20-acme-data-engineer": {"company": "Acme", "role": "Data Engineer",
                                      "date": "2026-11-20", "contact": ["jane-doe", "bob-stone"],
                                      "stage": "interview", "reason": "Internal candidate"},
    "2026-10-01-initech-tester": {"company": "Initech", "role": "Tester", "date": "2026-10-01",
                                  "stage": "applied"},
}
SIMPLE = {
    "thank-you": ("title: Thank you\nfor: rejection\n"
                  "subject: \"Re: {{ rejection.role }} at {{ rejection.company }}\"",
                  "Hi {{ contact.first_name if contact else 'there' }},\n\n"
                  "Thanks for the {{ rejection.role }} process.\n\n{{ me.signature }}\n"),
    "another": ("title: Another\nfor: rejection\nsubject: Another", "Another body\n"),
    "circle": ("title: Circle\nfor: reconnect\nsubject: \"Hello {{ contact.name }}\"",
               "About {{ rejection.role }}.\n"),
    "note": ("title: Note\nfor: linkedin",
             "Hi {{ contact.first_name if contact else 'there' }}, re {{ rejection.company }}.\n"),
}



def project(root: Path, replies: dict[str, Any] | None = None, **kwargs: Any) -> Path:
    return make_project(root, mkdocs=MKDOCS, contacts=kwargs.get("contacts", CONTACTS),
                        rejections=kwargs.get("rejections", REJECTIONS),
                        replies=SIMPLE if replies is None else replies)


def reply(root: Path, *args: str) -> Any:
    return run_ajar("reply", *args, cwd=root, env=ENV)


def test_prints_subject_blank_line_body_exactly(tmp_path: Path) -> None:
    result = reply(project(tmp_path), "2026-11-20-acme-data-engineer")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == ("Re: Data Engineer at Acme\n"
                             "\n"
                             "Hi Jane,\n"
                             "\n"
                             "Thanks for the Data Engineer process.\n"
                             "\n"
                             "Alex\n")


def test_the_shipped_thank_you_exactly(tmp_path: Path) -> None:
    result = reply(project(tmp_path, sample_replies()), "2026-11-20-acme-data-engineer")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (
        "Re: Data Engineer at Acme\n"
        "\n"
        "Hi Jane,\n"
        "\n"
        "Thank you for letting me know about the Data Engineer role at Acme, and for the time"
        " you and the team spent with me. It's not the news I'd hoped for, but no hard feelings"
        " at all: I appreciate the clear answer, and I really enjoyed getting to know the team.\n"
        "\n"
        "I'd be glad to stay in touch and to be considered if something suitable opens up in"
        " the future. And if I can ever help you or the team, with an introduction or a"
        " referral, please just ask.\n"
        "\n"
        "Thanks again, and all the best,\n"
        "Alex\n")


def test_the_shipped_thank_you_without_a_contact(tmp_path: Path) -> None:
    result = reply(project(tmp_path, sample_replies()), "2026-10-01-initech-tester")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Re: Tester at Initech\n\nHi there,\n\n")
    assert "consider my application" in result.stdout


def test_an_imported_subject_is_answered_with_re(tmp_path: Path) -> None:
    rejections = {"r": {**REJECTIONS["2026-11-20-acme-data-engineer"],
                        "subject": "Your application to Acme"}}
    result = reply(project(tmp_path, sample_replies(), rejections=rejections), "r")
    assert result.stdout.startswith("Re: Your application to Acme\n\nHi Jane,\n")


def test_without_contact_the_template_guards(tmp_path: Path) -> None:
    result = reply(project(tmp_path), "2026-10-01-initech-tester")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Re: Tester at Initech\n\nHi there,\n")


def test_a_file_path_works_as_the_name(tmp_path: Path) -> None:
    root = project(tmp_path)
    result = reply(root, "ledger/rejections/2026-11-20-acme-data-engineer.md")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Re: Data Engineer at Acme\n")


def test_template_option(tmp_path: Path) -> None:
    result = reply(project(tmp_path), "2026-11-20-acme-data-engineer", "--template", "another")
    assert (result.returncode, result.stdout) == (0, "Another\n\nAnother body\n")


def test_default_is_the_first_rejection_template_without_thank_you(tmp_path: Path) -> None:
    replies = {k: v for k, v in SIMPLE.items() if k != "thank-you"}
    result = reply(project(tmp_path, replies), "2026-11-20-acme-data-engineer")
    assert (result.returncode, result.stdout) == (0, "Another\n\nAnother body\n")


@pytest.mark.parametrize("name, expected", [
    ("note", "Hi Jane, re Acme.\n"),
    ("circle", "Hello Jane Doe\n\nAbout Data Engineer.\n"),
])
def test_other_templates_are_for_the_first_contact(tmp_path: Path, name: str,
                                                   expected: str) -> None:
    result = reply(project(tmp_path), "2026-11-20-acme-data-engineer", "-t", name)
    assert (result.returncode, result.stderr, result.stdout) == (0, "", expected)


def test_a_linkedin_note_for_a_rejection_without_contact(tmp_path: Path) -> None:
    result = reply(project(tmp_path), "2026-10-01-initech-tester", "-t", "note")
    assert (result.returncode, result.stdout) == (0, "Hi there, re Initech.\n")


def test_unknown_rejection_suggests_one(tmp_path: Path) -> None:
    result = reply(project(tmp_path), "2026-11-20-acme-data-enginer")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == ("ajar: no rejection '2026-11-20-acme-data-enginer' in"
                             " ledger/rejections/"
                             " (did you mean '2026-11-20-acme-data-engineer'?)\n")


def test_a_part_of_the_name_is_suggested(tmp_path: Path) -> None:
    result = reply(project(tmp_path), "initech")
    assert result.returncode == 2
    assert result.stderr == ("ajar: no rejection 'initech' in ledger/rejections/"
                             " (did you mean '2026-10-01-initech-tester'?)\n")


def test_unknown_rejection_without_anything_close(tmp_path: Path) -> None:
    result = reply(project(tmp_path), "zzz")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("ajar: no rejection 'zzz'")


def test_unknown_template_suggests_one(tmp_path: Path) -> None:
    result = reply(project(tmp_path), "2026-11-20-acme-data-engineer", "-t", "thank-yu")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "ajar: no reply template 'thank-yu' (did you mean 'thank-you'?)\n"


def test_a_template_that_fails_prints_the_problem(tmp_path: Path) -> None:
    replies = {**SIMPLE, "thank-you": ("title: T\nfor: rejection", "Hi\n{{ rejection.salary }}\n")}
    result = reply(project(tmp_path, replies), "2026-11-20-acme-data-engineer")
    assert (result.returncode, result.stdout) == (1, "")
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("ledger/replies/thank-you.md:6: error[template-undefined]:"
                               " fails for rejection '2026-11-20-acme-data-engineer':")
    assert "salary" in lines[0]


def test_a_template_with_a_syntax_error_prints_the_problem(tmp_path: Path) -> None:
    replies = {**SIMPLE, "thank-you": ("title: T\nfor: rejection", "Hi\n{% if %}\n")}
    result = reply(project(tmp_path, replies), "2026-11-20-acme-data-engineer")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith("ledger/replies/thank-you.md:6:1: error[template-syntax]:")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("source", ["{{ contact.__class__.__mro__ }}",
                                    "{% for i in range(10**9) %}x{% endfor %}",
                                    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
                                    "{{ 'x' * 10**10 }}"])
def test_a_hostile_template_prints_the_problem(tmp_path: Path, source: str) -> None:
    replies = {**SIMPLE, "evil": ("title: E\nfor: rejection", source)}
    result = reply(project(tmp_path, replies), "2026-11-20-acme-data-engineer", "-t", "evil")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith("ledger/replies/evil.md:5: error[template-unsafe]:")
    assert len(result.stderr.splitlines()) == 1


def test_ledger_values_are_printed_as_written(tmp_path: Path) -> None:
    rejections = {"r": {"company": "{{ 7*7 }}", "role": "{% raw %}", "date": "2026-11-20"}}
    result = reply(project(tmp_path, rejections=rejections), "r")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("Re: {% raw %} at {{ 7*7 }}\n\nHi there,\n\n"
                             "Thanks for the {% raw %} process.\n\nAlex\n")


def test_a_rejection_with_errors_says_so(tmp_path: Path) -> None:
    root = project(tmp_path)
    write(root / "ledger" / "rejections" / "bad.md",
          "---\ncompany: Acme\nrole: X\ndate: 2026-02-30\n---\n")
    result = reply(root, "bad")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == ("ajar: ledger/rejections/bad.md has errors: run 'ajar check'"
                             " and fix them first\n")


def test_no_template_for_rejections(tmp_path: Path) -> None:
    result = reply(project(tmp_path, {"note": SIMPLE["note"]}), "2026-11-20-acme-data-engineer")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith("ajar: no reply template for rejections")
    assert len(result.stderr.splitlines()) == 1


def test_the_sample_ledger(tmp_path: Path) -> None:
    result = run_ajar("reply", "2026-11-22-alpine-ski-house-data-engineer", cwd=REPO, env=ENV)
    assert result.returncode == 0, result.stderr
    subject, blank, *body = result.stdout.splitlines()
    assert (subject, blank, body[0]) == ("Re: Data Engineer at Alpine Ski House", "", "Hi Owen,")
    assert body[-1] == "Alex"


@pytest.mark.parametrize("name", ["2026-11-20-acme-data-engineer",
                                  "2026-11-20-acme-data-engineer.md",
                                  "ledger/rejections/2026-11-20-acme-data-engineer.md",
                                  "./ledger/rejections/2026-11-20-acme-data-engineer.md"])
def test_a_rejection_is_named_by_slug_file_name_or_path(tmp_path: Path, name: str) -> None:
    root = project(tmp_path)
    expected = reply(root, "2026-11-20-acme-data-engineer").stdout
    result = reply(root, name)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == expected != ""


def test_a_contact_file_is_not_a_rejection(tmp_path: Path) -> None:
    result = reply(project(tmp_path), "ledger/contacts/jane-doe.md")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "ajar: ledger/contacts/jane-doe.md is a contact, not a rejection\n"


def test_no_reply_is_refused_not_drafted(tmp_path: Path) -> None:
    """A no_reply rejection owes nothing: no "Hi there" draft for nobody."""
    rejections = {"r": {"company": "Acme", "role": "X", "date": "2026-11-20",
                        "no_reply": True}}
    result = reply(project(tmp_path, rejections=rejections), "r")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == ("ajar: ledger/rejections/r.md says no_reply: true (nobody to reply"
                             " to): no reply to draft; remove no_reply from the file if there"
                             " is someone to answer\n")


def test_one_long_value_fails_for_that_rejection_only(tmp_path: Path) -> None:
    """A 25,000-character subject breaks the thank-you for that rejection alone: `ajar
    reply` still works for the others, and `ajar check` names that rejection's file."""
    rejections = {**REJECTIONS, "2026-11-21-acme-long": {
        "company": "Acme", "role": "Analyst", "date": "2026-11-21", "contact": "jane-doe",
        "subject": "x" * 25_000}}
    root = project(tmp_path, sample_replies(), rejections=rejections)
    fine = reply(root, "2026-11-20-acme-data-engineer")
    assert fine.returncode == 0, fine.stderr
    assert fine.stdout.startswith("Re: Data Engineer at Acme\n\nHi Jane,")
    long = reply(root, "2026-11-21-acme-long")
    assert (long.returncode, long.stdout) == (1, "")
    assert "error[template-unsafe]: subject fails for rejection '2026-11-21-acme-long'" \
        in long.stderr
    check = run_ajar("check", cwd=root, env=ENV)
    assert check.returncode == 1
    assert check.stdout.splitlines() == [
        "ledger/rejections/2026-11-21-acme-long.md:6: error[template-unsafe]: the reply"
        " template 'thank-you' (ledger/replies/thank-you.md:4) fails for this rejection:"
        " output longer than 20,000 characters (the longest value, its subject, is 25,000"
        " characters)"]
