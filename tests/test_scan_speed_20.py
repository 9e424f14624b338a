"""Twentieth pass: the shortcuts that keep a scan fast answer exactly as the slow way did.

Each shortcut skips a regex only when it cannot match; these cases pin the edges
(case, text start, non-ASCII letters that re folds onto ASCII ones)."""

from __future__ import annotations

import re

import pytest

from ajar.formats.mail_view import own_text, view
from ajar.formats.regex_needs import may_hold
from ajar.formats.triage import classify


@pytest.mark.parametrize(("text", "literal", "ignore_case", "expected"), [
    ("the Data Analyst role", "Data Analyst", False, True),
    ("the data analyst role", "Data Analyst", False, False),
    ("the data analyst role", "Data Analyst", True, True),
    ("the DATA ANALYST role", "data analyst", True, True),
    ("nothing here", "Data Analyst", True, False),
    ("the \u212aelvin sign", "kelvin", True, True),  # not ASCII: always "maybe"
])
def test_may_hold_is_false_only_when_no_match_is_possible(text, literal, ignore_case,
                                                          expected):
    assert may_hold(text, literal, ignore_case) is expected
    if not expected:
        flags = re.IGNORECASE if ignore_case else 0
        assert re.search(re.escape(literal), text, flags) is None


@pytest.mark.parametrize(("text", "kept"), [
    ("Thanks!\n\nOn Mon, 3 May 2027, Bob <b@example.com> wrote:\n> earlier", "Thanks!\n"),
    ("On Mon, 3 May 2027, Bob <b@example.com> wrote:\n> earlier", ""),  # at the very start
    ("Danke\nAM 3.5.2027 SCHRIEB Bob <b@example.com>:  \n> alt", "Danke"),
    ("We went with someone else. On balance it was close; she wrote: fine", None),
])
def test_a_quoted_reply_is_cut_where_its_head_line_starts(text, kept):
    assert own_text(text)[0] == (text if kept is None else kept)


@pytest.mark.parametrize("marker", ["---------- Forwarded message ---------",
                                    "-----ORIGINAL MESSAGE-----", "_" * 32,
                                    "-----Original Me\u017f\u017fage-----"])
def test_a_forward_marker_is_seen_in_any_case(marker):
    text = (f"fyi\n\n{marker}\nFrom: Jane Roe <jane@example.com>\nDate: Mon, 3 May 2027"
            "\nSubject: Your application\n\nUnfortunately we will not move forward.\n")
    body, forwarded = own_text(text)
    assert forwarded is not None and "will not move forward" in body


def test_headers_without_encoded_words_read_as_written_and_encoded_ones_decode():
    raw = (b"From: Jane   Roe <jane@example.com>\nTo: alex@example.net\n"
           b"Subject: =?utf-8?q?Ihre_Bewerbung_=E2=80=93_Absage?=\n"
           b"Date: Mon, 3 May 2027 10:00:00 +0000\nMessage-ID: <a@example.com>\n\nHallo\n")
    seen = view(raw)
    assert seen.from_header == "Jane Roe <jane@example.com>"
    assert seen.subject == "Ihre Bewerbung \u2013 Absage"
    assert seen.message_id == "<a@example.com>"


def test_the_short_no_still_opens_the_gate_and_plain_mail_stays_out():
    assert classify("", "Hi Sam, we've gone with someone else, so it's a no from us.").kind \
        == "rejection"
    assert classify("Weekly update", "garden recipe travel photo " * 200).because == \
        ["no job-search words"]
