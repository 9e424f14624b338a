"""Fourteenth pass (kind, English and structure): invitations and reschedules read as a no or
as other, plain receipts, non-job noes with a job's words (a trustee seat, a mortgage, a
volunteers' roster, a publishing deal), a recruiter's cold note and a one-line "client
passed". New wordings written from how such mail generally reads, each failing before the
pass, with near misses that keep their answer."""

from __future__ import annotations

import pytest

from ajar.formats.triage import classify

# (subject, text, the kind)
INVITED = [
    ("Good news", "Hi Alex, the operations director at Brightwater read your CV and wants to "
     "meet you next week for the Warehouse Supervisor role. Tuesday 2pm or Wednesday 10am?"),
    ("Northgate", "Alex - the hiring manager wants a quick call with you on Friday about the "
     "Fleet Coordinator role. Twenty minutes, phone."),
    ("Vetting interview", "Dear Mr Morgan, your vetting interview for the Analyst position has "
     "been scheduled for you on 3 June at 09:00. Report to reception."),
    ("Re: Site job", "Got your details from Sam. Can you come down to the yard Monday 8am for a "
     "chat and a look round? Bring your boots."),
    ("Campus visit", "Hi Alex, we need to move your job talk to Thursday at 3pm because the "
     "seminar room is booked. Your flight and hotel stay the same."),
    ("Interview - Tax Senior", "Hi Alex, we have to reschedule because Mr Aziz is travelling. "
     "The interview will be at our office, Gate 4 Building, Level 2. Which slot works, Monday "
     "or Tuesday?"),
]
INVITED_NEAR = [
    # a real flight is still not a job's mail
    ("Your flight", "Unfortunately your flight to Lisbon has been cancelled. Your new boarding "
     "pass is attached.", "other"),
    # a no that names the interview it will not hold
    ("Your application", "Thank you for applying for the Analyst role. Unfortunately we will "
     "not be inviting you to interview.", "rejection"),
]


@pytest.mark.parametrize(("subject", "text"), INVITED)
def test_an_invitation_or_a_reschedule_in_plain_words_is_an_interview(subject: str,
                                                                      text: str) -> None:
    assert classify(subject, text).kind == "interview", text


@pytest.mark.parametrize(("subject", "text", "kind"), INVITED_NEAR)
def test_a_flight_or_a_no_keeps_its_kind(subject: str, text: str, kind: str) -> None:
    assert classify(subject, text).kind == kind, text


# "Unfortunately we can't offer evening slots": the times offered, not a no.
def test_times_not_offered_beside_an_invitation_are_no_no() -> None:
    text = ("Thanks for chasing. We'd like to meet you for the Care Assistant post. "
            "Unfortunately we can't offer weekend slots, so Monday 9am or Tuesday 2pm.")
    assert classify("Interview", text).kind == "interview"


def test_an_offer_not_made_stays_a_no() -> None:
    text = ("Thank you for interviewing for the Care Assistant post. Unfortunately we can't "
            "offer you the position.")
    assert classify("Your application", text).kind == "rejection"


RECEIPTS = [
    ("Thanks for applying", "Hi Alex, thanks for your application for the Content Designer "
     "role. We've got it, and someone on our team will take a look soon."),
    ("Application - Barista", "Thanks for applying to be a barista. Our hiring team will have a "
     "look shortly. If you haven't heard within three weeks, we've gone with others."),
]


@pytest.mark.parametrize(("subject", "text"), RECEIPTS)
def test_a_plain_receipt_is_an_acknowledgement(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "acknowledgement", text


NOT_A_JOB = [
    ("Trustee vacancy", "Dear Alex, thank you for applying to become a trustee of the Harbour "
     "Youth Trust. After interviews the board decided to appoint someone with legal experience."),
    ("Your home loan", "Hi Alex, unfortunately we can't issue a pre-approval letter yet. We "
     "need a signed offer letter with a start date, or two years of income history."),
    ("Q2 roster", "All members, the Q2 roster is posted. We had more volunteers than places on "
     "the Sunday crew, so members not selected have been placed on Wednesday evenings."),
    ("Re: Pitch - Emberline", "Thanks for sending the demo. After our greenlight meeting we've "
     "decided not to proceed with publishing Emberline this year; our slate is full. We'd "
     "welcome your next pitch."),
    ("Logistics Lead - Fort Ashby", "Alex, saw your profile and your years as a supply "
     "officer. I've got a Logistics Lead seat on a base contract that lines up well.\n\nNot "
     "going to flood your inbox. Reply if you want the details."),
]
NOT_A_JOB_NEAR = [
    # a building society's mortgage book is the employer's business, and its no a job's no
    ("Appointment of Treasurer", "Dear Alex, thank you for attending interview. The Society is "
     "growing its mortgage book, and the committee has appointed another candidate with more "
     "lending experience.", "rejection"),
    # a paid post at a charity, decided by its trustees, is a job
    ("The coordinator post", "The trustees interviewed five people for the Volunteer Manager "
     "post and have appointed someone with more fundraising experience.", "rejection"),
]


@pytest.mark.parametrize(("subject", "text"), NOT_A_JOB)
def test_a_no_about_a_seat_a_loan_a_roster_or_a_deal_is_other(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "other", text


@pytest.mark.parametrize(("subject", "text", "kind"), NOT_A_JOB_NEAR)
def test_a_jobs_no_with_such_words_stays_a_no(subject: str, text: str, kind: str) -> None:
    assert classify(subject, text).kind == kind, text


PASSED = [
    ("Harlow", "Harlow Freight passed on you for the depot lead spot. Sorry mate, on to the "
     "next one.\n\n-Dan"),
    ("re: folio", "Hi Alex - thanks for the folio, but it's a pass from us on the illustrator "
     "opening. All the best.\n\nMira"),
    ("Brookfield update", "Quick one: the client passed. I'll keep looking for you.\n\nJo"),
]
PASSED_NEAR = [
    ("Drinks", "Tom passed on the drinks tonight, so it's just us two.", "other"),
    ("Your exam", "Great news - you passed the forklift assessment! Certificate attached.",
     "!rejection"),
]


@pytest.mark.parametrize(("subject", "text"), PASSED)
def test_a_one_line_pass_from_a_recruiter_is_a_no(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "rejection", text


@pytest.mark.parametrize(("subject", "text", "kind"), PASSED_NEAR)
def test_passing_something_else_is_no_no(subject: str, text: str, kind: str) -> None:
    found = classify(subject, text).kind
    assert found != kind[1:] if kind.startswith("!") else found == kind, text


# An offer made in plain words beside an interview's words ("join the lab", "reference checks",
# "set up a call"); a time written with a dot in an invitation.
OFFERED = [
    ("Re: Research assistant", "Hi Alex, great news - I'd love to have you join the lab. I can "
     "offer you a one-year research assistant position from September, funded by our grant."),
    ("Letter of Offer - Data Lead", "Dear Alex, further to your conversations with the team, I "
     "am delighted to extend to you an offer of employment. The attached Letter of Offer sets "
     "out the terms. It is subject to satisfactory reference checks. Happy to set up a call "
     "to go through it."),
]
OFFERED_NEAR = [
    ("Your application", "Thank you for interviewing with us. Unfortunately we are unable to "
     "offer you a position on this occasion.", "rejection"),
    ("Interview", "Hi Alex, we'd love to have you join us for an interview on Monday at 10am. "
     "Could you confirm?", "interview"),
]


@pytest.mark.parametrize(("subject", "text"), OFFERED)
def test_an_offer_made_in_plain_words_is_an_offer(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "offer", text


@pytest.mark.parametrize(("subject", "text", "kind"), OFFERED_NEAR)
def test_an_offer_not_made_or_an_invitation_keeps_its_kind(subject: str, text: str,
                                                           kind: str) -> None:
    assert classify(subject, text).kind == kind, text


def test_an_invitation_with_a_time_written_with_a_dot_is_an_interview() -> None:
    text = ("Got your number off Sam. Can you come down to the depot Friday 6.45 for a chat "
            "and a look round? Bring ID.")
    assert classify("Driver job", text).kind == "interview"
