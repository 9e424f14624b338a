"""The sender's signature and the stage, read from a personal note's own words."""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import stage_from_text
from ajar.formats.mail_signature import read_signature

UNSIGNED = """Hi Alex,

Thanks for the second round. I'm afraid we went with someone else.

Grace Liu
Head of Marketing, Bluepeak
"""


def test_a_signature_without_a_sign_off_gives_the_title() -> None:
    signature = read_signature(UNSIGNED)
    assert (signature.name, signature.title, signature.company) == (
        "Grace Liu", "Head of Marketing", "Bluepeak")


@pytest.mark.parametrize("text", [
    "Hi Alex,\n\nSorry, no.\n\nThe Bluepeak team\n",  # a team, not a person
    "Hi Alex,\n\nWe chose another candidate.\n",       # no block at all
    "Hi Alex,\n\nGrace Liu will be in touch about the role next week.\nThanks\n",
])
def test_no_title_is_made_up(text: str) -> None:
    assert read_signature(text).title is None


@pytest.mark.parametrize("text, stage", [
    ("Thanks for doing the second round with us.", "interview"),
    ("after your 2nd stage with the team", "interview"),
    ("You won't be moving on to the second round.", "interview"),  # there was a first
    ("We loved the final round.", "final-round"),
])
def test_rounds_give_the_stage(text: str, stage: str) -> None:
    assert stage_from_text(text) == stage
