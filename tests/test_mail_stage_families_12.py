"""Twelfth pass: the stage families behind fresh16's to fresh19's stage misses, in new
wordings written from how such mail generally reads; each with near misses that keep
their answer."""

from __future__ import annotations

import pytest

from test_mail_fields_families import draft

SENDER = "Acme <no-reply@hire.lever.co>"

# An exam or a test sat (written, online, physical, typing) and no interview after it:
# a screening.
EXAMS = [
    "Dear Alex,\n\nThank you for sitting the written examination for Revenue Officer on 2 May. "
    "Your score of 58 was below the pass mark of 65, so your application will not proceed.",
    "Dear Alex,\n\nYou did not pass the physical agility test held on 12 June, so we cannot "
    "continue with your application for Firefighter Recruit.",
    "Gentile Alex,\n\ngrazie per aver svolto la prova scritta per la posizione di redattore. "
    "Purtroppo non proseguiremo con la sua candidatura.",
    "Olá Alex,\n\nobrigado pelo tempo dedicado ao teste online. Infelizmente não seguiremos com "
    "a sua candidatura.",
]
EXAMS_NEAR = [
    ("interview", "Dear Alex,\n\nThank you for the interview on Tuesday and for the written test "
                  "you did afterwards. We have decided to offer the role to another candidate."),
    ("applied", "Dear Alex,\n\nWe have reviewed your application. Unfortunately you have not "
                "been selected for the Revenue Officer post."),
]


@pytest.mark.parametrize("body", EXAMS)
def test_an_exam_or_test_sat_is_a_screening(body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == "screening", body


@pytest.mark.parametrize(("stage", "body"), EXAMS_NEAR)
def test_a_test_after_an_interview_or_none_keeps_its_stage(stage: str, body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == stage, body


# The interview named as the step the reader needed to reach ("a score of 70% to progress
# to the interview stage") was not reached.
NOT_REACHED = [
    ("screening", "Dear Alex,\n\nApplicants needed a score of 70% in the online assessment to "
                  "progress to the interview stage. Your score did not reach this, so we cannot "
                  "advance your application."),
    ("applied", "Dear Alex,\n\nApplicants had to score 60 on the application questions to "
                "proceed to the interview round. Your score was 48, so we will not progress your "
                "application."),
    ("screening", "Hi Alex,\n\nOnly candidates who pass the typing test move on to the "
                  "interview. Unfortunately your result was below the required speed."),
]
NOT_REACHED_NEAR = [
    ("interview", "Dear Alex,\n\nThank you for progressing to the interview stage and meeting "
                  "the panel last week. Unfortunately you were not successful."),
    ("interview", "Dear Alex,\n\nYou moved on to the interview stage, where the panel was "
                  "impressed; sadly another candidate was stronger."),
]


@pytest.mark.parametrize(("stage", "body"), NOT_REACHED)
def test_an_interview_to_be_reached_was_not_reached(stage: str, body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == stage, body


@pytest.mark.parametrize(("stage", "body"), NOT_REACHED_NEAR)
def test_an_interview_reached_is_still_an_interview(stage: str, body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == stage, body


# An offer taken back after a clause that says "unable to" or "not yet", or offers in the
# plural withdrawn: the offer stage.
OFFERS_TAKEN_BACK = [
    "Dear Alex,\n\nAs your registration will not be in place by the start date, we are unable "
    "to hold the post open and must withdraw the conditional offer.",
    "Hi Alex,\n\nThe board has frozen hiring, and all open offers not yet signed must be "
    "withdrawn, including yours. I am so sorry.",
    "Dear Alex,\n\nBecause the funding was cut, the offers made last month have been "
    "rescinded, yours among them.",
]
OFFERS_NEAR = [
    ("interview", "Dear Alex,\n\nThank you for the interview. Unfortunately we have decided to "
                  "go with another candidate."),
    ("interview", "Dear Alex,\n\nAfter your interview we have decided not to offer you the "
                  "role."),
]


@pytest.mark.parametrize("body", OFFERS_TAKEN_BACK)
def test_an_offer_taken_back_is_the_offer_stage(body: str) -> None:
    assert draft(SENDER, "Your offer", body).stage == "offer", body


@pytest.mark.parametrize(("stage", "body"), OFFERS_NEAR)
def test_no_offer_made_keeps_the_interview_stage(stage: str, body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == stage, body


# Rounds of discussions, or the reader's discussions with named people: interviews.
DISCUSSIONS = [
    "Dear Mr Morgan,\n\nThank you for the two rounds of discussions with our partners last "
    "month. We have decided not to pursue your candidacy further.",
    "Dear Alex,\n\nThank you for your discussions with our Head of Risk and the COO. After "
    "reflection we will not proceed.",
    "Hi Alex,\n\nAfter several rounds with the team we've decided to go another way.",
]
DISCUSSIONS_NEAR = [
    ("applied", "Dear Alex,\n\nFollowing internal discussions, we have decided not to proceed "
                "with your application."),
    ("applied", "Dear Alex,\n\nAfter discussions with the hiring manager, we have decided not "
                "to progress your application."),
]


@pytest.mark.parametrize("body", DISCUSSIONS)
def test_rounds_of_discussions_are_interviews(body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == "interview", body


@pytest.mark.parametrize(("stage", "body"), DISCUSSIONS_NEAR)
def test_discussions_without_the_reader_are_not(stage: str, body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == stage, body


# A job board's list of other jobs with their work mode "(On-site)" or "· On-site" is no
# onsite visit; a full day on site is.
ON_SITE = [
    ("applied", "Unfortunately, we will not be moving forward with your application.\n\n"
                "Top jobs for you\nProduct Designer · Lumen · Lisbon (On-site)\n"
                "UX Writer · Fable · Remote"),
    ("applied", "Thank you for applying. Unfortunately we will not progress your application."
                "\n\nSimilar roles\nData Analyst · Porto · On-site\nBI Developer · Braga · Hybrid"),
    ("final-round", "Dear Alex,\n\nThank you for the full day on site with us last week and "
                    "your seminar. Sadly we will not be offering you the position."),
]
ON_SITE_NEAR = [
    ("final-round", "Dear Alex,\n\nThank you for coming on-site last Thursday to meet the team. "
                    "Unfortunately we have chosen another candidate."),
    ("applied", "Dear Alex,\n\nThis is an on site role based in Leeds and we need someone "
                "local. Unfortunately we will not progress your application."),
]


@pytest.mark.parametrize(("stage", "body"), ON_SITE)
def test_a_work_mode_in_a_list_is_no_onsite_but_a_day_on_site_is(stage: str, body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == stage, body


@pytest.mark.parametrize(("stage", "body"), ON_SITE_NEAR)
def test_an_onsite_visit_or_an_on_site_role_keep_their_stage(stage: str, body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == stage, body


# The sender and a named colleague met the reader ("the conversation of last Monday with me
# and Marta", "nice to talk with you and Pavel"): an interview, not a recruiter's screen.
WITH_A_COLLEAGUE = [
    "Dear Alex,\n\nThank you for the conversation of last Monday with me and Marta. After we "
    "discussed internally we will not proceed with your application.",
    "Dear Alex,\n\nThank you for the video call on Friday; it was nice to talk with you and "
    "Pavel. Unfortunately we have to close the process.",
    "Hi Alex,\n\nThanks for the call yesterday with me and Jonas - unfortunately we decided for "
    "another candidate.",
]
WITH_A_COLLEAGUE_NEAR = [
    ("screening", "Dear Alex,\n\nThank you for the call with me last week. Unfortunately we will "
                  "not proceed with your application."),
    ("screening", "Hi Alex,\n\nThanks for the quick chat with our recruiter; we won't proceed "
                  "with your application."),
]


@pytest.mark.parametrize("body", WITH_A_COLLEAGUE)
def test_a_conversation_with_the_sender_and_a_colleague_is_an_interview(body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == "interview", body


@pytest.mark.parametrize(("stage", "body"), WITH_A_COLLEAGUE_NEAR)
def test_a_call_with_the_recruiter_alone_is_a_screening(stage: str, body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == stage, body


# "Nothing you did or didn't do in the interview": a "not" about the reader's conduct at a
# stage says the stage happened.
CONDUCT = [
    ("interview", "Dear Alex,\n\nIt was nothing you did or didn't do in the interview; we simply "
                  "chose someone with more sector experience."),
    ("screening", "Hi Alex,\n\nThis wasn't about anything you said or didn't say during our call - "
                  "the client has gone with an internal hire."),
    ("interview", "Dear Alex,\n\nPlease don't read anything into what you did or didn't do at the "
                  "panel - another candidate had a licence we need."),
]
CONDUCT_NEAR = [
    ("applied", "Dear Alex,\n\nUnfortunately we did not invite you to the interview stage this "
                "time."),
    ("applied", "Dear Alex,\n\nYou didn't do the assessment in time, so we cannot progress your "
                "application."),
]


@pytest.mark.parametrize(("stage", "body"), CONDUCT)
def test_the_readers_conduct_at_a_stage_says_it_happened(stage: str, body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == stage, body


@pytest.mark.parametrize(("stage", "body"), CONDUCT_NEAR)
def test_a_stage_not_offered_or_not_done_keeps_its_stage(stage: str, body: str) -> None:
    assert draft(SENDER, "Your application", body).stage == stage, body
