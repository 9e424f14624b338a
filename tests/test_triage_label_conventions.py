"""The corpus's label conventions, held in code: a work sample alone is the screening; stock
"whose experience better matches the role" is no reason; a post filled or closed is one."""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import stage_from_text
from ajar.formats.mail_reason import reason_from_text

# A take-home, art test, code test, writing task or other sample, and nothing live said.
SAMPLE_ALONE = [
    "Many thanks for the written assignment you sent on Friday. We are not taking your "
    "application further.",
    "The reviewers went through your technical exercise and felt it was not quite at the "
    "level we need, so we'll close your application here.",
    "Thank you for the translation sample. We have decided to proceed with other applicants.",
    "Our engineers looked at your take-home and we won't be moving ahead with you.",
    "Thank you for the design brief you put together for the Associate PM opening. Sadly we "
    "won't be progressing you.",
]
# A sample and a live interview: the interview; a sample and a final onsite reached: the final
# round; a live presentation or a named interview is no sample.
SAMPLE_AND_LIVE = [
    ("Thanks for the take-home and for the panel interview with the platform team last "
     "week. We have chosen another candidate.", "interview"),
    ("Thank you for the take-home, and for the time you spent in the final onsite on "
     "Thursday. We have made an offer to someone else.", "final-round"),
    ("After the storyboard assignment you also presented to the creative directors. We "
     "have gone with another artist.", "interview"),
    ("Thank you for taking part in the coding challenge and the interviews with Tomasz. We "
     "won't be moving forward.", "interview"),
    ("Thanks for the exercise and for meeting the team on Monday. We will not proceed.",
     "interview"),
    ("Thank you for speaking with Dr Haugen and me on Teams, and for the translation sample. "
     "We have chosen another applicant.", "interview"),
]


@pytest.mark.parametrize("text", SAMPLE_ALONE)
def test_a_work_sample_alone_is_the_screening(text: str) -> None:
    assert stage_from_text(text) == "screening", text


@pytest.mark.parametrize(("text", "expected"), SAMPLE_AND_LIVE)
def test_a_sample_and_a_live_step_keeps_the_live_step(text: str, expected: str) -> None:
    assert stage_from_text(text) == expected, text


def reason(text: str) -> str | None:
    return reason_from_text(f"Hi Alex,\n\n{text}\n\nBest,\nThe Acme Team")


# Stock wording that says only that others were chosen: no reason.
STOCK_FIT = [
    "We have chosen to continue with candidates whose skills are a better match for the "
    "team's current needs.",
    "After review, we are pursuing applicants whose backgrounds more closely align with the "
    "requirements of this position.",
]
# The same wording naming what the others had, and a post filled or closed: a reason.
NAMED_REASONS = [
    ("We are moving ahead with candidates whose skills better match our need for Rust "
     "experience.", "Rust"),
    ("I'm sorry to say the vacancy's now been filled.", "filled"),
    ("The requisition for this opening was closed this morning.", "closed"),
]


@pytest.mark.parametrize("text", STOCK_FIT)
def test_stock_fit_wording_is_no_reason(text: str) -> None:
    assert reason(text) is None, text


@pytest.mark.parametrize(("text", "phrase"), NAMED_REASONS)
def test_a_named_need_or_a_post_filled_is_a_reason(text: str, phrase: str) -> None:
    assert phrase in (reason(text) or ""), text
