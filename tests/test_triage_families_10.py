"""Tenth pass: the families behind fresh12's and fresh13's kind and stage misses (and
fresh10's last ones), in new wordings written from how such mail generally reads, not
copied from the corpus; each with near misses that must keep their answer."""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import stage_from_text
from ajar.formats.triage import classify


def _is(kind: str, want: str) -> bool:
    return kind != want[1:] if want.startswith("!") else kind == want


# Students, a campus, a club, a season or a programme around a named job are its setting,
# not another subject (a lecturer's campus visit, a theatre's season, an internship programme).
WEAK_SETTING = [
    "Dear Alex, thank you for visiting the campus for your Lab Technician "
    "interview. We have decided to appoint another candidate, whose experience is "
    "closer to what we need.",
    "Hi Alex, thanks for applying to be a swimming coach at our club this summer. "
    "We've now filled all our coaching places, so we won't be able to offer you a "
    "role this time.",
    "Dear Alex, thank you for interviewing for the Lecturer in Chemistry post. The "
    "students on the panel enjoyed your session, but the committee has appointed "
    "another candidate.",
    "Thank you for your application to our summer internship. Sadly we're unable "
    "to offer you a place on this year's internship programme.",
    "Thanks for meeting us for the Box Office Supervisor role. It has been a busy "
    "season, and we've decided to go with another candidate this season.",
]
WEAK_SETTING_NEAR = [
    "Dear Alex, thank you for applying to the Riverside Tennis Club. Unfortunately "
    "we cannot offer you a place this season as membership is full.",
    "Dear Alex, we regret that your application for a place on the MSc programme "
    "has not been successful. Many students applied this year.",
    "Dear Alex, thank you for applying to our mentoring programme for students. "
    "Unfortunately we were not able to offer you a place this semester.",
    "Thank you for standing for the position of club secretary; unfortunately you "
    "were not elected at the AGM.",
]


@pytest.mark.parametrize("text", WEAK_SETTING)
def test_a_job_in_a_campus_club_or_season_setting_is_still_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


@pytest.mark.parametrize("text", WEAK_SETTING_NEAR)
def test_a_place_at_a_club_or_on_a_course_is_still_not_a_job(text: str) -> None:
    assert _is(classify("Your application", text).kind, "other"), text


# A job board or ATS status line that says no ("Application status: Declined").
STATUS_SAYS_NO = [
    "Hi Alex,\nThe hiring team at Maple & Finch has reviewed your application for "
    "the Junior Buyer position.\nApplication status: Declined\nSee more jobs like "
    "this on our site.",
    "Your application to Orrin Labs (QA Tester) has been updated. Status changed "
    "to Rejected by the employer on 3 March.",
    "Greenleaf Dental reviewed your application for Dental Nurse. Your application "
    "status has been set to Rejected.",
]
STATUS_NEAR = [
    "Your application for Junior Buyer at Maple & Finch has been updated. "
    "Application status: In review.",
    'Your candidate status is now Interview requested. Pick a time in the portal.',
]


@pytest.mark.parametrize("text", STATUS_SAYS_NO)
def test_a_status_line_that_says_no_is_a_no(text: str) -> None:
    assert _is(classify("Update on your application", text).kind, "rejection"), text


@pytest.mark.parametrize("text", STATUS_NEAR)
def test_a_status_line_still_open_is_not_a_no(text: str) -> None:
    assert _is(classify("Update on your application", text).kind, "!rejection"), text


# A platform relaying the employer's own message, greeting and all: its no is the reader's.
RELAYED = [
    "Northway Bakery sent you a message about your application for the Shift "
     'Supervisor job:\n\n"Dear Alex, thanks for your interest in the role and for '
    "your CV. After reviewing every candidate, you have not been selected for the "
     'next step. Best wishes."\n\nReply on the app.',
    'New message from the employer (Tallow Design, Junior Designer):\n\n"Hello Alex '
    "- we reviewed your portfolio and we've decided to go with another candidate. "
     'Thanks for applying."',
]
RELAYED_NEAR = [
    'This week on the blog: why "we\'ve decided to go with another candidate" is '
    "not the end of your job search. Read more in our newsletter.",
    'Our readers asked: what does it mean when a recruiter writes "you have not '
     'been selected for this role"? Read more on our blog.',
]


@pytest.mark.parametrize("text", RELAYED)
def test_a_relayed_message_with_a_no_is_a_no(text: str) -> None:
    assert _is(classify("A message about your application", text).kind, "rejection"), text


@pytest.mark.parametrize("text", RELAYED_NEAR)
def test_a_quoted_no_in_a_newsletter_is_still_not(text: str) -> None:
    assert _is(classify("A message about your application", text).kind, "!rejection"), text


# Asked to come in or back, shortlisted for a post, asked to confirm attendance.
INVITED_IN = [
    "Hi Alex, thanks for applying for the Junior Landscape Designer role. Could "
    "you come in for a portfolio chat with Mia and me next week? Tuesday at 3pm or "
    "Wednesday morning both work.",
    "Dear Alex, I'm pleased to say the panel has shortlisted you for the post of "
    "Senior Librarian. Please confirm your attendance on 9 June by replying to "
    "this email.",
    "Loved your application for the Sous Chef job. We'd like you to come in and "
    "cook two dishes with our head chef next week.",
    "Dear Dr Morgan, you have been shortlisted for the Lectureship in Law. Please "
    "confirm that you can attend on 2 April.",
]
INVITED_IN_NEAR = [
    "Dear Alex, thank you for coming in for the interview. Unfortunately you have "
    "not been shortlisted for the final stage, and we have decided to go with "
    "another candidate.",
    "Thanks for applying. We won't be inviting you to come in for an interview, as "
    "we have decided to proceed with other candidates.",
]


@pytest.mark.parametrize("text", INVITED_IN)
def test_asked_in_or_shortlisted_is_an_interview(text: str) -> None:
    assert _is(classify("Your application", text).kind, "interview"), text


@pytest.mark.parametrize("text", INVITED_IN_NEAR)
def test_not_invited_in_is_still_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


# "Not everyone has progressed, but you have": others' no above the reader's next step.
NOT_EVERYONE = [
    "Thanks for the first interview for the Buyer role. Not everyone has been "
    "taken forward, but you have: please pick a slot for the final interview.",
    "It was a strong field and not all candidates have progressed to the next "
    "stage - but you have! Please pick a slot for your panel interview.",
]
NOT_EVERYONE_NEAR = [
    "Thanks for the first interview. Unfortunately your application has not "
    "progressed to the next stage.",
    "Not everyone could be chosen, and we have decided not to move forward with "
    "your application.",
]


@pytest.mark.parametrize("text", NOT_EVERYONE)
def test_others_not_progressing_is_not_the_readers_no(text: str) -> None:
    assert _is(classify("Next steps", text).kind, "interview"), text


@pytest.mark.parametrize("text", NOT_EVERYONE_NEAR)
def test_the_reader_not_progressing_is_a_no(text: str) -> None:
    assert _is(classify("Next steps", text).kind, "rejection"), text


# A grant round that did not fund the reader is not a job's no.
GRANT_ROUNDS = [
    "Dear applicant, thank you for applying to our Community Grants scheme. We "
    "regret that your application was unsuccessful in this round; the grants panel "
    "received 400 bids.",
    "Thank you for your application for a Heritage Grant. Unfortunately the grants "
    "team was not able to offer you funding this time.",
    "Thank you for applying to the Small Project Grants round. Regrettably your "
    "project has not been selected for funding. Feedback from the assessors is "
    "available.",
]
GRANT_ROUNDS_NEAR = [
    "Dear Alex, thank you for applying for the Grants Officer position. "
    "Unfortunately we have decided to proceed with other candidates.",
    "Thank you for interviewing for the Research Assistant post. The project's "
    "funding round closed without renewal, so we regret to inform you that the "
    "post will not be filled.",
]


@pytest.mark.parametrize("text", GRANT_ROUNDS)
def test_a_grant_not_awarded_is_not_a_job(text: str) -> None:
    assert _is(classify("Your application", text).kind, "other"), text


@pytest.mark.parametrize("text", GRANT_ROUNDS_NEAR)
def test_a_grants_job_or_a_post_losing_its_funding_is_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


# A freelance booking ("we want to book you as ...", a deal memo) or a contract sent to sign.
BOOKED_OR_CONTRACT = [
    "Hi Alex, good news - we want to book you as sound assistant on the Harbour "
    "Lights tour, 12 dates from May. Deal memo to follow.",
    "Hi Alex, you're booked on the Saltmarsh shoot as second assistant camera! "
    "Dates are 3 to 21 June, day rate as agreed.",
    "Dear Alex, as discussed, please find attached a draft of your employment "
    "contract for the Payroll Specialist position, with a gross annual salary of "
    "46,000 EUR.",
]
BOOKED_NEAR = [
    "Hi Alex, we'd like to book you in for a call about the sound assistant role "
    "on the tour - is Tuesday at 2pm OK?",
    "Hi Alex, sorry - we've booked another runner for the shoot, so we won't need "
    "you this time.",
]


@pytest.mark.parametrize("text", BOOKED_OR_CONTRACT)
def test_a_booking_or_a_contract_draft_is_an_offer(text: str) -> None:
    assert _is(classify("Booking", text).kind, "offer"), text


@pytest.mark.parametrize("text", BOOKED_NEAR)
def test_a_call_booked_or_another_runner_booked_is_not_an_offer(text: str) -> None:
    assert _is(classify("Booking", text).kind, "!offer"), text


# A receipt in German, French, Spanish, Dutch or Portuguese.
RECEIPTS_ABROAD = [
    "Hallo Alex, vielen Dank für Ihre Bewerbung als Projektleiter. Ihre Unterlagen "
    "sind bei uns eingegangen und wir melden uns in zwei Wochen.",
    "Bonjour Alex, nous avons bien reçu votre candidature pour le poste de chef de "
    "projet. Nous reviendrons vers vous rapidement.",
    "Hola Alex, hemos recibido tu candidatura para el puesto de Analista de Datos. "
    "Te contactaremos si tu perfil encaja.",
    "Beste Alex, bedankt voor je sollicitatie. We hebben je sollicitatie in goede "
    "orde ontvangen en nemen binnen twee weken contact op.",
    "Olá Alex, recebemos a sua candidatura para a vaga de Engenheiro de Dados. "
    "Entraremos em contacto em breve.",
]
RECEIPTS_ABROAD_NEAR = [
    "Hallo Alex, vielen Dank für Ihre Bewerbung als Projektleiter. Leider müssen "
    "wir Ihnen mitteilen, dass wir Sie nicht weiter berücksichtigen können.",
    "Bonjour Alex, nous avons étudié votre candidature pour le poste de chef de "
    "projet et nous ne pouvons malheureusement pas y donner suite.",
]


@pytest.mark.parametrize("text", RECEIPTS_ABROAD)
def test_a_receipt_in_another_language_is_an_acknowledgement(text: str) -> None:
    assert _is(classify("Bewerbung", text).kind, "acknowledgement"), text


@pytest.mark.parametrize("text", RECEIPTS_ABROAD_NEAR)
def test_a_no_in_another_language_is_still_a_no(text: str) -> None:
    assert _is(classify("Bewerbung", text).kind, "rejection"), text


# The reader's current job at risk (a redundancy consultation) is not a job search.
CURRENT_JOB = [
    "Dear Alex, I am writing to confirm that your role is at risk of redundancy. "
    "This is a proposal and no final decision has been made yet.",
    "Dear Alex, following the announcement, we are starting a collective "
    "consultation about the proposed changes to your role in Finance. No decision "
    "has been made.",
]
CURRENT_JOB_NEAR = [
    "Dear Alex, following a restructure the Finance Analyst role we offered you "
    "has been made redundant before your start date, so we have to withdraw the "
    "offer.",
    "Dear Alex, I'm sorry: the position you interviewed for has been cut in a "
    "restructure, so we will not be proceeding with your application.",
]


@pytest.mark.parametrize("text", CURRENT_JOB)
def test_a_redundancy_consultation_is_other(text: str) -> None:
    assert _is(classify("Your role", text).kind, "other"), text


@pytest.mark.parametrize("text", CURRENT_JOB_NEAR)
def test_an_offer_or_a_role_cut_before_starting_is_a_no(text: str) -> None:
    assert _is(classify("Your role", text).kind, "rejection"), text


def test_a_post_in_a_studies_department_received_is_an_acknowledgement() -> None:
    """"Studies" in a post's title is not another subject."""
    text = ("Thank you for your application for the post of Research Associate in Political"
            " Studies, which we have received. Interviews are expected in March.")
    assert classify("Application received", text).kind == "acknowledgement"
