"""Thirty-third pass: the whole-message model reads no given names (the corpus greets Alex and
is signed by invented people, so a name had come to speak for a kind of mail), but keeps the
names that are also words a letter uses ("mark", "bill")."""

from __future__ import annotations

from ajar.formats.triage_message import features


def test_given_names_are_no_words_of_the_message() -> None:
    found = features("Update", "Hi Sam, thanks from Anna and Maria. You missed the pass mark "
                     "and the bill was paid.")
    assert not {"sam", "anna", "maria"} & found
    assert {"mark", "bill", "miss"} <= found
