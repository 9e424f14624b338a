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
