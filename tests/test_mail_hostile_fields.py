"""Hostile subjects and bodies give plain answers: no field is made of the junk.

Their cost is measured in ``bench/triage.py`` ("read the fields of one rejection"):
each case once made a pattern retry from every position of a 100 KB run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugin"))

from ajar.formats.mail import draft_rejection  # noqa: E402
from ajar.formats.mail_fields import role_or_none, strip_markup  # noqa: E402

ME = frozenset({"alex.morgan@example.net"})


def _note(subject: str, body: str = "") -> bytes:
    return (f"From: Jane Doe <jane@northwind.example.com>\nTo: alex.morgan@example.net\n"
            f"Subject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n"
            f"Thank you for applying for the Data Engineer position at Northwind. {body}"
            " Unfortunately we have decided not to move forward with your application."
            "\n\nBest,\nJane Doe\n").encode()


@pytest.mark.parametrize("fragment", ["( 1", "'Grade", "A-", "#(1", "[", "[a](", " "])
@pytest.mark.parametrize("where", ["subject", "body"])
def test_a_run_of_junk_is_no_field(fragment: str, where: str) -> None:
    junk = fragment * (20_000 // len(fragment))
    raw = _note(f"Your application {junk}") if where == "subject" \
        else _note("Your application", junk)
    draft = draft_rejection(raw, "hostile.eml", ME)
    assert draft.company == "Northwind"
    assert draft.role == "Data Engineer"
    assert draft.person is not None and draft.person.name == "Jane Doe"


def test_a_title_is_short() -> None:
    assert role_or_none("Senior Data Engineer") == "Senior Data Engineer"
    assert role_or_none("Data Engineer " + "x" * 300) is None


def test_markup_links_still_read_as_their_text() -> None:
    assert strip_markup("the [Data Engineer](https://jobs.example.com/1) role") == \
        "the Data Engineer role"
    assert strip_markup("**Lead** [a [b](c)") == "Lead [a b"
    assert strip_markup("[" * 1000) == "[" * 1000



def test_a_huge_header_is_cut_before_it_is_parsed() -> None:
    """A 400 KB subject took seconds in the email library's header parser, a 400 KB
    Reply-To minutes: a header is cut to MAX_HEADER_CHARS first."""
    from ajar.formats.mail import MAX_HEADER_CHARS, header, parse_message
    junk = "( 1" * 150_000
    subject = header(parse_message(_note(f"Your application {junk}")), "Subject")
    assert subject is not None and subject.startswith("Your application ( 1( 1")
    assert len(subject) <= MAX_HEADER_CHARS
    encoded = "=?utf-8?q?J=C3=B6rg?= " + "x " * 10_000  # decoded even when cut
    assert header(parse_message(_note(encoded)), "Subject").startswith("Jörg x x")
    assert header(parse_message(_note("Your application")), "Subject") == "Your application"
    draft = draft_rejection(_note(f"Your application {junk}"), "hostile.eml", ME)
    assert draft.company == "Northwind" and draft.role == "Data Engineer"


@pytest.mark.parametrize("name", ["From", "Reply-To", "To", "Content-Type"])
def test_thousands_of_nested_comments_in_a_header_lose_nothing(name: str) -> None:
    """``email.utils.parseaddr`` and the header registry recurse once per ``(``: a head
    with thousands of them raised RecursionError and the message was lost."""
    from ajar.actions.scan import classify_raw
    raw = _note("Your application")
    junk = "(" * 3000 + "x" + ")" * 3000
    if name == "Content-Type":
        raw = raw.replace(b"Content-Type: text/plain; charset=utf-8",
                          f"Content-Type: text/plain; charset=utf-8 {junk}".encode())
    elif name == "From":
        raw = raw.replace(b"From: Jane Doe <", f"From: Jane Doe {junk} <".encode())
    else:
        raw = raw.replace(b"Subject:", f"{name}: {junk}\nSubject:".encode())
    assert classify_raw(raw)[1].kind == "rejection"
    draft = draft_rejection(raw, "hostile.eml", ME)
    assert draft.company == "Northwind" and draft.role == "Data Engineer"
    if name != "Reply-To":  # a Reply-To of junk may name nobody; the letter still reads
        assert draft.person is not None and draft.person.name == "Jane Doe"


def test_a_head_with_a_few_comments_is_parsed_as_written() -> None:
    from ajar.formats.mail import address, parse_message
    raw = _note("Your application").replace(
        b"From: Jane Doe <", b"From: Jane Doe (Talent, Northwind) <")
    assert address(parse_message(raw), "From") == ("Jane Doe", "jane@northwind.example.com")
