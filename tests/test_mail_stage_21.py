"""Twenty-first pass (stage): steps that orchestras, translation bureaus and employers
abroad name in their own words (``formats/mail_stage_world.py``):

* a trial period worked in the post (trial weeks, a trial year, "Probejahr") and a final
  interview in Indonesian are the final round;
* an interview said to be attended in Afrikaans, Vietnamese and German is an interview;
* a recording sent for a pre-screen, a sample or test translation turned round and an
  accreditation or interpreter test are the screening; so is "it was great to chat on
  Tuesday" unless someone hiring signs;
* a step in a counterfactual ("you'd have interviewed well") was not reached.

Every wording is new (none is copied from the corpus); near misses keep their answer.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import stage_from_text
from ajar.formats.mail_stage import call_stage


def _stage(text: str, title: str | None = None) -> str:
    """As the mail reader does it: the text's own stage, then the step reader."""
    return call_stage(stage_from_text(text) or "applied", text, title)


FINAL = [
    "Thank you for your three trial weeks with the Eastbrook Symphony. The section has voted "
    "for another player.",
    "Wir teilen Ihnen mit, dass Ihr Probejahr nicht in eine feste Stelle übergeht.",
    "Terima kasih atas kehadiran Bapak pada wawancara tahap akhir minggu lalu.",
]


@pytest.mark.parametrize("text", FINAL)
def test_a_trial_period_or_a_final_interview_abroad_is_the_final_round(text: str) -> None:
    assert _stage(text) == "final-round"


INTERVIEW = [
    "Dankie dat u die onderhoud op 4 Mei bygewoon het.",
    "Sau buổi phỏng vấn hôm thứ Ba, công ty đã quyết định chọn ứng viên khác.",
    "Nach Ihrem Probespiel hat sich die Jury für eine andere Kandidatin entschieden.",
]


@pytest.mark.parametrize("text", INTERVIEW)
def test_an_interview_attended_abroad_is_an_interview(text: str) -> None:
    assert _stage(text) == "interview"


SCREENING = [
    "Thank you for sending a preliminary recording for the Second Oboe vacancy.",
    "Tack för att du skickade in en inspelning till provspelet.",
    "Thanks for turning the sample translation round so quickly - we've gone with someone else.",
    "Merci d'avoir passé notre test d'accréditation le 3 mars.",
    "Thanks for sitting our interpreter assessment last month.",
    "感谢您完成了试译，很遗憾本次无法推进。",
]


@pytest.mark.parametrize("text", SCREENING)
def test_a_recording_sample_or_accreditation_test_is_a_screening(text: str) -> None:
    assert _stage(text) == "screening"


def test_a_chat_in_the_past_with_a_recruiter_is_a_screening() -> None:
    assert _stage("It was great to chat on Tuesday. We won't move you to the panel.",
                  "Talent Coordinator") == "screening"


def test_a_chat_in_the_past_with_the_hiring_manager_is_an_interview() -> None:
    assert _stage("It was great to chat on Tuesday. We won't move you to the panel.",
                  "Engineering Manager") == "interview"


def test_a_counterfactual_interview_was_not_reached() -> None:
    assert _stage("I presented your profile to my client. I think you'd have interviewed "
                  "really well, but they want someone local.", "Senior Consultant") \
        != "interview"


NEAR_MISSES = [
    "Please send a screening recording by Friday.",  # still to come
    "The trial weeks for the Tutti Cello post will be in May.",  # planned
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_step_still_to_come_is_not_reached(text: str) -> None:
    assert _stage(text) not in ("final-round", "interview")
