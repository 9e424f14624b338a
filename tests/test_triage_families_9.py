"""Ninth pass: the families behind fresh10's and fresh11's kind misses, in new wordings
(written from public template shapes, not from the corpus), each with near misses that
must keep their class."""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import stage_from_text
from ajar.formats.triage import classify

NO = "Unfortunately, we have decided not to move forward with your application."


# An ATS note to the reader as the hiring manager: someone else's candidate was declined.
HIRING_MANAGER_NOTICES = [
    "Rejection reason: Overqualified\nAn unsuccessful-outcome email will be sent to the"
    " applicant tomorrow.\nYou are receiving this email because you are on the hiring team"
    " for this job.",
    "Nina Shah rejected Omar Field from Warehouse Lead at stage Onsite. The candidate was"
    " unsuccessful and a decline email goes out on Monday.",
    "Heads up: Mira Cole has been moved to Rejected on the Office Manager requisition by your"
    " recruiter. She was not selected. You are listed as a hiring team member for this job.",
]
HIRING_MANAGER_NEAR = [
    "Dear Alex, thank you for meeting our hiring manager. " + NO,
    "As the hiring manager for the Analyst role, I wanted to tell you myself that we have"
    " decided to go with another candidate.",
]


@pytest.mark.parametrize("text", HIRING_MANAGER_NOTICES)
def test_a_notice_to_the_hiring_manager_about_a_candidate_is_not_the_readers_no(text):
    assert classify("Candidate rejected", text).kind == "other", text


@pytest.mark.parametrize("text", HIRING_MANAGER_NEAR)
def test_a_hiring_manager_writing_the_no_is_still_a_no(text):
    assert classify("Your application", text).kind == "rejection", text


# An invitation to sit ability tests: "applications without the tests cannot progress".
TEST_INVITES = [
    "Harlow Foods has invited you to complete the online tests for the Buyer role. The tests"
    " cover numerical and verbal reasoning. Incomplete applications cannot be progressed.",
    "Kestrel Bank invites you to complete a short online numerical reasoning test for the"
    " Credit Analyst post. The test is timed; find a quiet room.",
    "As the next step for the Claims Handler position, please sit a short psychometric"
    " assessment. Candidates who do not complete it will not be considered further.",
]
TEST_INVITE_NEAR = [
    "Thank you for completing the numerical reasoning test for the Buyer role. " + NO,
    "Your psychometric assessment results for the Claims Handler position fell below the"
    " level we need, so we will not be progressing your application.",
]


@pytest.mark.parametrize("text", TEST_INVITES)
def test_an_invitation_to_sit_tests_is_an_interview_step(text):
    assert classify("Next step: online assessment", text).kind == "interview", text


@pytest.mark.parametrize("text", TEST_INVITE_NEAR)
def test_test_results_with_a_no_are_still_a_no(text):
    assert classify("Your assessment", text).kind == "rejection", text


# A counter-offer or revised terms being negotiated is an offer, not a no.
COUNTER_OFFERS = [
    "Good news: the client has improved their offer. Base goes up to 95k and they will add a"
    " relocation allowance. They need your answer by Friday.",
    "Following your counter-offer, the company came back with revised terms: a higher base"
    " salary and an extra week of leave. Let me know what you think before the deadline.",
    "They have sweetened the package after hearing about your current employer's"
    " counter-offer; the sign-on bonus is now paid in month one.",
]
COUNTER_OFFER_NEAR = [
    "I went back to the client with your counter-offer, but they were not prepared to move"
    " and have withdrawn the offer. I'm sorry.",
    "After your salary request the company has decided to offer the role to another"
    " candidate instead.",
]


@pytest.mark.parametrize("text", COUNTER_OFFERS)
def test_revised_terms_are_an_offer(text):
    assert classify("Re: the offer", text).kind == "offer", text


@pytest.mark.parametrize("text", COUNTER_OFFER_NEAR)
def test_an_offer_lost_in_negotiation_is_a_no(text):
    assert classify("Re: the offer", text).kind == "rejection", text


# A receipt that warns of many applicants and points to a status page is not a no.
HIGH_VOLUME_ACKS = [
    "Thanks for applying for the Planner role. Your application is with us. Because of the"
    " volume of applicants, only shortlisted people will be contacted. You can follow your"
    " application status in your account.",
    "We have your application for the Site Manager vacancy. We get a large number of"
    " applications, so please check progress in the applicant portal.",
    "This confirms your application for the Buyer job reached our team. Track its status"
    " online at any time in your candidate profile.",
]
HIGH_VOLUME_NEAR = [
    "Because of the volume of applicants we received for the Planner role, we regret to"
    " inform you that your application has not been shortlisted.",
    "We received a large number of applications for the Site Manager vacancy and have"
    " decided to progress other candidates.",
]


@pytest.mark.parametrize("text", HIGH_VOLUME_ACKS)
def test_a_receipt_warning_of_volume_is_an_acknowledgement(text):
    assert classify("Your application", text).kind == "acknowledgement", text


@pytest.mark.parametrize("text", HIGH_VOLUME_NEAR)
def test_a_volume_apology_with_a_no_is_a_no(text):
    assert classify("Your application", text).kind == "rejection", text


# A careers-service bulletin about coping with rejection and closing deadlines.
CAREERS_BULLETINS = [
    "From the university careers service: applications unsuccessful so far? You are not"
    " alone. Our drop-in on Monday covers what to do next.",
    "Careers Centre weekly: drop-in CV clinic on Tuesday, mock interview sessions with"
    " employers, and a talk on bouncing back from unsuccessful applications.",
    "The Careers Hub this month: a session for graduates whose applications were"
    " unsuccessful, and a CV clinic every Friday.",
]
CAREERS_NEAR = [
    "Careers team at Harlow Foods: thank you for applying to the graduate scheme. " + NO,
    "Thank you for attending our careers fair stand and applying for the Buyer internship."
    " We regret to inform you that you have not been selected.",
]


@pytest.mark.parametrize("text", CAREERS_BULLETINS)
def test_a_careers_service_bulletin_is_other(text):
    assert classify("Weekly bulletin", text).kind == "other", text


@pytest.mark.parametrize("text", CAREERS_NEAR)
def test_an_employers_careers_team_no_is_a_no(text):
    assert classify("Your application", text).kind == "rejection", text


# Asked to record a video interview ("shortlisted for a video interview ... within 72 hours").
VIDEO_INVITES = [
    "Good news - you have been shortlisted for a recorded video interview for the Trainee"
    " Surveyor scheme. Answer four questions on camera within five days.",
    "You've been selected for a one-way video interview for the Junior Buyer role. Your link"
    " stays open for 48 hours; take it somewhere quiet.",
    "Next up for the Store Manager role is an on-demand video interview: three questions,"
    " two minutes each. Please record your answers by Sunday.",
]
VIDEO_NEAR = [
    "Thank you for recording your video interview for the Junior Buyer role. " + NO,
    "We have watched your video interview for the Trainee Surveyor scheme and regret to"
    " inform you that we will not be inviting you to the assessment centre.",
]


@pytest.mark.parametrize("text", VIDEO_INVITES)
def test_a_video_interview_invitation_is_an_interview(text):
    assert classify("Your video interview", text).kind == "interview", text


@pytest.mark.parametrize("text", VIDEO_NEAR)
def test_a_no_after_a_video_interview_is_a_no(text):
    assert classify("Your application", text).kind == "rejection", text


# The employer, or a search firm's client, wants to meet the reader: an interview step.
WANTS_TO_MEET = [
    "I showed your CV to the client this morning and they would very much like to meet you"
    " next week for the Finance Director search.",
    "Quick update on the COO search: the candidate longlist went to the board and the chair has"
    " asked to meet you. Can you send me your availability?",
    "The hiring manager read your application for the Estate Manager post and is keen to"
    " meet you in person.",
    "The panel has not progressed most candidates from the first sift for the Head of Sales"
    " role, but they would like to meet you on Thursday.",
]
WANTS_TO_MEET_NEAR = [
    "The client was keen to meet you, but having read the longlist again they have decided"
    " not to move forward with your candidacy for the Finance Director search.",
    "Your story has made the longlist for the short fiction prize; the judges will announce"
    " the winners next month.",
]


@pytest.mark.parametrize("text", WANTS_TO_MEET)
def test_a_client_wanting_to_meet_is_an_interview(text):
    assert classify("Re: the search", text).kind == "interview", text


@pytest.mark.parametrize("text", WANTS_TO_MEET_NEAR)
def test_a_meeting_that_will_not_happen_or_a_prize_longlist_is_not(text):
    assert classify("Re: update", text).kind != "interview", text


# Shortlisting still going on, no decisions yet: a status note, not a no.
STILL_SHORTLISTING = [
    "Sorry for the silence about the Library Assistant posts. Shortlisting is taking longer"
    " than we planned and no decisions have been made yet.",
    "We're still shortlisting for the Care Worker vacancies because of the number of"
    " applications, and will write to every applicant by the end of the month.",
    "Shortlisting for the Porter role is still ongoing; no decisions have been taken so far.",
]
STILL_SHORTLISTING_NEAR = [
    "Shortlisting for the Porter role has now finished and we regret to inform you that you"
    " have not been shortlisted.",
    "We have completed shortlisting for the Care Worker vacancies. " + NO,
]


@pytest.mark.parametrize("text", STILL_SHORTLISTING)
def test_still_shortlisting_is_an_acknowledgement(text):
    assert classify("Your application", text).kind == "acknowledgement", text


@pytest.mark.parametrize("text", STILL_SHORTLISTING_NEAR)
def test_shortlisting_finished_with_a_no_is_a_no(text):
    assert classify("Your application", text).kind == "rejection", text


# Through to the next round, or among the final few: an interview step, whatever the
# "unfortunately" said about the others.
THROUGH = [
    "We met many strong people in the first round for the Ops Director role and could only"
    " keep a few - I'm glad to say you are one of them. The second round will be a case"
    " presentation.",
    "You are one of the three final candidates for the Head of Data post, and the chair will"
    " send a date for the last conversation shortly.",
    "Unfortunately we could only take a handful forward from the sift for the Bursar role;"
    " you're one of them, and the next round will consist of a panel and a tour.",
]
THROUGH_NEAR = [
    "You were one of the three final candidates for the Head of Data post, but we have"
    " decided to appoint another candidate.",
    "We could only take a handful forward from the sift for the Bursar role and regret to"
    " inform you that you are not one of them.",
]


@pytest.mark.parametrize("text", THROUGH)
def test_through_to_the_next_round_is_an_interview(text):
    assert classify("Your application", text).kind == "interview", text


@pytest.mark.parametrize("text", THROUGH_NEAR)
def test_a_finalist_who_was_not_chosen_is_a_no(text):
    assert classify("Your application", text).kind == "rejection", text


# An interim or contract role kept by the person already in it: the reader's no.
INCUMBENT_KEPT = [
    "Update from the client: after meeting you both they have decided not to bring anyone"
    " new in, and are extending the current interim's contract by three months.",
    "Sorry - the client has renewed the existing contractor's engagement until March rather"
    " than bring in a new interim.",
    "The board has opted not to appoint anyone new: the current interim director's contract"
    " is being renewed for a year.",
]
INCUMBENT_NEAR = [
    "Good news: the client is extending your contract by three months, same day rate.",
    "Your current assignment has been extended to the end of the programme - congratulations,"
    " and enjoy the extra months.",
]


@pytest.mark.parametrize("text", INCUMBENT_KEPT)
def test_an_incumbent_kept_on_is_a_no(text):
    assert classify("Re: the interim role", text).kind == "rejection", text


@pytest.mark.parametrize("text", INCUMBENT_NEAR)
def test_the_readers_own_contract_extended_is_not_a_no(text):
    assert classify("Re: your contract", text).kind != "rejection", text


# A recorded one-way video interview or an online ability test is a screen, not an interview.

SCREEN_TESTS = [
    "Thank you for recording your video interview for the Buyer scheme. We will not be"
    " inviting you to the next stage.",
    "Thanks for completing the online assessments for the Planner role; your score was below"
    " the threshold for progression.",
    "We have reviewed your numerical reasoning test for the Analyst post and will not be"
    " taking your application further.",
]
SCREEN_NEAR = [
    ("Thank you for your video interview with Maria and the hiring manager last week. " + NO,
     "interview"),
    ("Thank you for the panel interview after your online assessments for the Planner role. "
     + NO, "interview"),
]


@pytest.mark.parametrize("text", SCREEN_TESTS)
def test_a_recorded_interview_or_an_online_test_is_a_screening(text):
    assert stage_from_text(text) == "screening", text


@pytest.mark.parametrize("text, stage", SCREEN_NEAR)
def test_a_live_interview_after_tests_is_an_interview(text, stage):
    assert stage_from_text(text) == stage, text
