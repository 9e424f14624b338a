"""Sixteenth pass: stage, reason and person as families that also catch wording nobody in the
corpus wrote. Each positive case is a new wording that failed before the pass; each near miss
keeps its answer."""

from __future__ import annotations

import pytest

from ajar.formats.mail_signature import read_signature
from ajar.formats.mail_stage import reached_step
from test_mail_fields_families import draft

NO = "We have decided to go with another candidate."
ATS = "Harrow Kitchens <no-reply@harrow.example.com>"


def _stage(body: str, sender: str = ATS, subject: str = "Your application") -> str | None:
    return draft(sender, subject, body).stage


# ------------------------------------------------------------------ stage: a step that happened

HAPPENED = [
    # a trade's trial, thanked for or given its day, in several languages
    ("Thanks for the cook-off on Thursday, the brigade enjoyed it. " + NO, "interview"),
    ("Merci pour la journée d'essai samedi dernier. Nous avons retenu une autre personne.",
     "interview"),
    ("Danke für den Probetag am Montag. Leider haben wir uns für jemand anderen entschieden.",
     "interview"),
    ("Thank you for the demo lesson with Year 9 on Friday. " + NO, "interview"),
    ("Takk for prøvedagen forrige uke. Vi har valgt en annen kandidat.", "interview"),
    # an interview by its Québec or Nordic name, taken part in
    ("Merci d'avoir participé à l'entrevue du 12 mars. Votre candidature n'est pas retenue.",
     "interview"),
    ("Tak fordi du tog dig tid til samtalen med os i torsdags. Vi har valgt en anden kandidat.",
     "interview"),
    # a final step in an inflected language, a finalist, a day at the studio
    ("Nach der finalen Auswahlrunde haben wir uns für eine andere Person entschieden.",
     "final-round"),
    ("Sie waren unter den Finalisten, doch wir haben uns anders entschieden.", "final-round"),
    ("Thank you for spending the office day with us. " + NO, "final-round"),
    # a sample sat alone, or a client shown the profile by an agency
    ("Thanks for the recorded responses you sent on Sunday. " + NO, "screening"),
    ("Thank you for sitting the simulator assessment on Monday. " + NO, "screening"),
    ("Just to update you: my client has reviewed your CV and will not take it further.",
     "screening"),
]


@pytest.mark.parametrize(("body", "stage"), HAPPENED)
def test_a_step_said_to_have_happened_is_the_stage(body: str, stage: str) -> None:
    assert _stage(f"Hi Alex,\n\n{body}\n\nBest regards,\nHarrow Kitchens") == stage


NOT_HAPPENED = [
    # offered, planned or denied: the step never happened to the reader
    "We will not be inviting you to a trial shift. " + NO,
    "Shortlisted applicants would then be asked to a cook-off. " + NO,
    "Nous ne vous proposerons pas d'entrevue. Votre candidature n'est pas retenue.",
    "Only shortlisted applicants will be invited to a demo lesson. " + NO,
    "Without attending the cook-off no offer can be made. " + NO,
    "Wir werden Sie nicht zu einem Probetag einladen. Leider haben wir uns anders entschieden.",
]


@pytest.mark.parametrize("body", NOT_HAPPENED)
def test_a_step_offered_or_denied_is_not_reached(body: str) -> None:
    assert _stage(f"Hi Alex,\n\n{body}\n\nBest regards,\nHarrow Kitchens") in ("applied", None)


def test_the_employer_reviewing_an_application_is_no_screening() -> None:
    # a job board's relay: the employer read the application, nobody was shown a shortlist
    assert _stage("Hi Alex,\n\nThe employer has reviewed your application and will not take it "
                  "further.\n\nThe Jobs Team") == "applied"


# ------------------------------------------------------------------ stage: a talk by who signs

def test_a_conversation_with_the_person_hiring_is_an_interview() -> None:
    body = ("Hi Alex,\n\nThanks for the talk on Monday about the menu. " + NO + "\n\n"
            "Best,\nRosa Villanueva\nHead Chef\nHarrow Kitchens")
    assert _stage(body, "Rosa Villanueva <rosa@harrow.example.com>") == "interview"


def test_the_same_conversation_with_a_recruiter_is_a_screening() -> None:
    body = ("Hi Alex,\n\nThanks for the talk on Monday about the menu. " + NO + "\n\n"
            "Best,\nRosa Villanueva\nTalent Acquisition Partner\nHarrow Kitchens")
    assert _stage(body, "Rosa Villanueva <rosa@harrow.example.com>") == "screening"


def test_a_phone_call_with_the_person_hiring_stays_a_screening() -> None:
    body = ("Hi Alex,\n\nThanks for the phone conversation on Monday. " + NO + "\n\n"
            "Best,\nRosa Villanueva\nHead Chef\nHarrow Kitchens")
    assert _stage(body, "Rosa Villanueva <rosa@harrow.example.com>") == "screening"


def test_a_day_thanked_for_in_a_short_note_is_a_meeting() -> None:
    body = "Alex - thanks for yesterday. We've picked someone else for the sous role. Cheers."
    assert _stage(body, "Ivo Marsh <ivo@harrow.example.com>", "Sous chef") == "interview"


def test_thanks_for_a_days_email_is_no_meeting() -> None:
    body = "Alex - thanks for Monday's email. We've picked someone else for the sous role."
    assert _stage(body, "Ivo Marsh <ivo@harrow.example.com>", "Sous chef") == "applied"


def test_a_video_interview_with_a_named_person_on_a_day_is_live() -> None:
    body = ("Dear Alex,\n\nFollowing your video interview on Monday with Captain Ilse Brandt, "
            "the line will not offer you the post.\n\nKind regards,\nMara Quist\n"
            "Crewing Officer")
    assert _stage(body, "Mara Quist <mara@crew.example.com>") == "interview"


@pytest.mark.parametrize(("text", "stage"), [
    ("Thank you for the tasting on Friday.", "interview"),
    ("We do not run a tasting for this post.", None),
    ("Your final tasting impressed the owners.", "final-round"),
    ("Great to talk on Thursday, and thanks for the time.", None),  # a verb names no step
])
def test_reached_step_on_its_own(text: str, stage: str | None) -> None:
    assert reached_step(text) == stage


# ------------------------------------------------------------------ person: signatures

def test_a_given_name_then_the_full_name_signs_in_full() -> None:
    signature = read_signature("Herzliche Grüße\nJonas\n\nJonas Baumeister\nPersonalwesen\n")
    assert signature.name == "Jonas Baumeister"


def test_a_one_line_signature_with_pipes_is_read() -> None:
    signature = read_signature("Thanks for the chat.\n\nK\n\nKit Brannagh | Lead Designer | "
                               "Ferrow Games\n")
    assert (signature.name, signature.title) == ("Kit Brannagh", "Lead Designer")


def test_a_one_line_sentence_with_a_pipe_is_no_signature() -> None:
    signature = read_signature("All good here.\n\nRelease notes | Version 4 | March\n")
    assert signature.name is None
