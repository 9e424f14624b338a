"""Eighth pass: the families behind fresh8's and fresh9's kind and stage misses, in new
wordings (written from public template shapes, not from the corpus), each with near
misses that must keep their class."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from ajar.formats.mail import draft_rejection
from ajar.formats.triage import classify

ME = frozenset({"alex.morgan@example.net"})
NO = "Unfortunately, we have decided not to move forward with your application."


# The process stopped here for a role ("we'll stop here for the Designer role"), not a
# meeting paused for the day.
STOPPED_HERE = [
    "Having read the panel's notes, we've decided to stop here for the Product Designer role"
    " rather than invite you to the final round.",
    "Given the feedback, we will draw a line here for the Data Analyst opening.",
    "The team talked it over and we'll leave it there for the Backend Engineer vacancy.",
]
STOPPED_FOR_THE_DAY = [
    ("Great session on the Backend Engineer interview loop. Let's stop here for today and"
     " pick up the system design part on Thursday at 2pm - does that work for you?", "interview"),
    ("We will stop there and continue the interview tomorrow morning with the hiring"
     " manager; the calendar invite is on its way.", "interview"),
]


@pytest.mark.parametrize("text", STOPPED_HERE)
def test_a_process_stopped_here_for_a_role_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


@pytest.mark.parametrize("text, kind", STOPPED_FOR_THE_DAY)
def test_a_meeting_stopped_for_the_day_is_not_a_no(text: str, kind: str) -> None:
    assert classify("Next steps", text).kind != "rejection", text


# A take-home has reviewers too: "reviewers" is another subject only beside a paper.
TAKE_HOME_REVIEWERS = [
    "Thanks for the coding exercise. Our two reviewers felt the tests were thin, so we will"
    " not be moving forward with your application for the Platform Engineer role.",
    "The reviewers went through your case study for the Strategy Associate position and we"
    " have decided not to progress your candidacy.",
    "Both reviewers liked your design challenge, but we've chosen to move ahead with other"
    " candidates for the UX Designer role.",
]
PAPER_REVIEWERS = [
    "Thank you for submitting your paper to the workshop. The reviewers felt the evaluation"
    " was too narrow, and I regret to inform you that it was not accepted.",
    "Your grant proposal has been declined. The reviewers' comments on your research funding"
    " request are available in the applicant portal.",
]


@pytest.mark.parametrize("text", TAKE_HOME_REVIEWERS)
def test_reviewers_of_a_work_sample_do_not_make_a_no_another_subject(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


@pytest.mark.parametrize("text", PAPER_REVIEWERS)
def test_reviewers_of_a_paper_keep_it_another_subject(text: str) -> None:
    assert classify("Decision", text).kind == "other", text


# A work sample handed over is an interview stage ("here is the take-home", "submit ...
# within five days").
WORK_SAMPLE_HANDED_OVER = [
    "As promised, here's the case study for the Operations Analyst role. Please send your"
    " slides back by Friday.",
    "Please find the written exercise for the Policy Officer post attached. Submit your"
    " answers through the portal within five days.",
    "I'm sending you the design task we mentioned on the call for the Junior Designer job;"
    " it should take two or three hours.",
]
WORK_SAMPLE_NEAR_MISS = [
    ("Here is the feedback on your take-home for the Data Engineer role. " + NO, "rejection"),
    ("Thanks for submitting the take-home exercise for the Data Engineer role; we will review"
     " your submission and get back to you.", "acknowledgement"),
]


@pytest.mark.parametrize("text", WORK_SAMPLE_HANDED_OVER)
def test_a_work_sample_handed_over_is_an_interview(text: str) -> None:
    assert classify("Next step", text).kind == "interview", text


@pytest.mark.parametrize("text, kind", WORK_SAMPLE_NEAR_MISS)
def test_feedback_on_or_receipt_of_a_work_sample_is_not_an_invitation(text: str,
                                                                       kind: str) -> None:
    assert classify("Your take-home", text).kind == kind, text


# An offer said as an invitation to join ("we'd like you to join Fernwood as ...").
JOIN_AS = [
    "To confirm what I said on the phone, we'd like you to join Fernwood Labs as Senior"
    " Analyst, starting in March.",
    "The panel was unanimous: we would love for you to join the practice as our new Office"
    " Manager. HR will send the paperwork.",
    "Good news - we'd like you to come on board as a Staff Nurse on Ward 9 from next month.",
]
JOIN_NEAR_MISS = [
    ("We'd like you to join us for a panel interview with the Fernwood team as the next step;"
     " could you do Tuesday at 10am?", "interview"),
    ("Thanks for applying to Fernwood. We'd like you to join our talent community as a member"
     " so you hear about future openings first.", "other"),
]


@pytest.mark.parametrize("text", JOIN_AS)
def test_an_invitation_to_join_as_a_title_is_an_offer(text: str) -> None:
    assert classify("Following up", text).kind == "offer", text


@pytest.mark.parametrize("text, kind", JOIN_NEAR_MISS)
def test_an_invitation_to_join_a_meeting_or_a_list_is_not_an_offer(text: str, kind: str) -> None:
    assert classify("Following up", text).kind != "offer", text


# A no with no job word but the work itself: a nurse, a kitchen, a pitch, a salary.
WORK_WORDS_ONLY = [
    ("Night cover", "Thanks for coming in on Monday. We've gone with a nurse who already knows"
     " the residents."),
    ("Your pitch", "Thanks for the pitch. We've decided to give this one to a copywriter we've"
     " worked with for years."),
    ("Counter help", "Thanks for dropping in. We've taken a lad from the village on for the"
     " Saturday counter so there's nothing going right now."),
]
NO_WORK_WORDS = [
    ("Kitchen order", "Unfortunately your kitchen worktop order was not successful because"
     " the card payment failed."),
    ("Your samples", "Unfortunately the paint samples you asked for are out of stock and we"
     " will not be sending them."),
]


@pytest.mark.parametrize("subject, text", WORK_WORDS_ONLY)
def test_the_work_itself_is_job_context(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "rejection", text


@pytest.mark.parametrize("subject, text", NO_WORK_WORDS)
def test_work_words_in_shopping_stay_other(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "other", text


# A graduate or trainee programme named once and then called "the programme" is a job.
JOB_PROGRAMME_LATER = [
    "Graduate Engineering Programme 2029. Thank you for attending the final interview. You"
    " have not been selected for the programme this year.",
    "Re: Trainee Accountant Scheme. After the assessment day we regret that you were not"
    " successful in securing a place on the programme.",
    "Leadership Development Programme - outcome. The selection panel did not shortlist you"
    " for the programme's final stage.",
]
STUDY_PROGRAMME = [
    "Thank you for applying to the MSc programme in Data Science. Unfortunately your"
    " application was not successful.",
    "Your application to the part-time degree programme has been reviewed and we are unable"
    " to offer you a place.",
]


@pytest.mark.parametrize("text", JOB_PROGRAMME_LATER)
def test_a_job_programme_called_the_programme_is_a_job(text: str) -> None:
    assert classify("Outcome", text).kind == "rejection", text


@pytest.mark.parametrize("text", STUDY_PROGRAMME)
def test_a_study_programme_stays_another_subject(text: str) -> None:
    assert classify("Outcome", text).kind == "other", text


# Not going ahead with the person ("we won't be going ahead with you for it").
NOT_AHEAD_WITH_YOU = [
    "My partner and I talked it over and we won't be going ahead with you for the mural"
    " commission.",
    "Sorry for the slow reply - in the end we're not moving forward with you on the"
    " translation project.",
    "In the end we won't go forward with you for the logo commission.",
]
AHEAD_WITH_A_MEETING = [
    ("Sam is off sick, so I won't be going ahead with you on the call tomorrow; Priya will"
     " run your interview at 10am instead.", "interview"),
    ("Good news: we're going ahead with you for the commission and the contract is attached"
     " with the fee and start date.", "offer"),
]


@pytest.mark.parametrize("text", NOT_AHEAD_WITH_YOU)
def test_not_going_ahead_with_you_is_a_no(text: str) -> None:
    assert classify("Re: your quote", text).kind == "rejection", text


@pytest.mark.parametrize("text, kind", AHEAD_WITH_A_MEETING)
def test_a_meeting_called_off_or_going_ahead_is_not_a_no(text: str, kind: str) -> None:
    assert classify("Re: your quote", text).kind != "rejection", text


# Nothing going, sorted for staff, someone taken on: a small business's no.
NOTHING_GOING = [
    "Thanks for the CV. We're sorted for bar staff until September, sorry.",
    "Cheers for popping in. There's no work going at the minute, I'll ring you if that"
    " changes.",
    "Thanks for handing your CV in. We've just taken on two new starters for the summer, sorry.",
]
SOMETHING_GOING = [
    ("Thanks for the CV. There's nothing going on Tuesday, so could you come in for a trial"
     " shift on Wednesday at 4pm instead?", "interview"),
    ("Thanks for asking about shifts. We're sorted for Saturday - see you at 9 for your trial"
     " shift, ask for Mo at reception.", "interview"),
]


@pytest.mark.parametrize("text", NOTHING_GOING)
def test_nothing_going_is_a_no(text: str) -> None:
    assert classify("Job", text).kind == "rejection", text


@pytest.mark.parametrize("text, kind", SOMETHING_GOING)
def test_a_trial_arranged_is_not_a_no(text: str, kind: str) -> None:
    assert classify("Job", text).kind == kind, text


# The logistics of an assessment day or a trial are an interview, not an acknowledgement.
ASSESSMENT_DAY = [
    "Well done on reaching the assessment centre for the Graduate Surveyor scheme. The day"
    " includes a group task and an interview. Details are in your candidate portal.",
    "Here are the details for your selection day for the Retail Management Trainee role:"
    " please arrive at 8:30 and bring photo ID. Track your application in the candidate"
    " portal.",
    "Congratulations on getting through to the interview day for the Apprentice Electrician"
    " post. The day will consist of a practical test and a chat.",
]
ASSESSMENT_DAY_NEAR_MISS = [
    ("Thank you for attending the assessment centre for the Graduate Surveyor scheme. After"
     " careful consideration you have not been selected for an offer.", "rejection"),
    ("Thank you for applying for the Graduate Surveyor scheme. We have received your"
     " application; track it in your candidate portal.", "acknowledgement"),
]


@pytest.mark.parametrize("text", ASSESSMENT_DAY)
def test_assessment_day_logistics_are_an_interview(text: str) -> None:
    assert classify("Your assessment", text).kind == "interview", text


@pytest.mark.parametrize("text, kind", ASSESSMENT_DAY_NEAR_MISS)
def test_a_no_after_or_a_receipt_before_an_assessment_day_keeps_its_kind(text: str,
                                                                          kind: str) -> None:
    assert classify("Your assessment", text).kind == kind, text


# A housing bid that lost is not a job's no.
HOUSING_BIDS = [
    "Thank you for your bid on this property. Your bid was unsuccessful as the home has now"
    " been let to an applicant with a higher priority band.",
    "Bidding cycle 42 result: unfortunately you were not successful. Another applicant had"
    " an earlier band date. New properties are advertised every week.",
    "Choice based lettings: your application for the 1-bed flat was unsuccessful because the"
    " property was let to a household in a higher band.",
]
HOUSING_JOBS = [
    "Thank you for applying for the Lettings Negotiator role. Unfortunately your application"
    " was unsuccessful on this occasion.",
    "Thank you for interviewing for the Housing Officer vacancy at Kestrel Housing"
    " Association. We have decided not to progress your application.",
]


@pytest.mark.parametrize("text", HOUSING_BIDS)
def test_a_housing_bid_lost_is_not_a_job_no(text: str) -> None:
    assert classify("Bid result", text).kind == "other", text


@pytest.mark.parametrize("text", HOUSING_JOBS)
def test_a_housing_job_refused_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


# Stage: how far a no went, from what it says about the process.
def stage(text: str) -> str | None:
    message = EmailMessage()
    message["From"] = "Acme <no-reply@hire.lever.co>"
    message["To"] = "Alex Morgan <alex.morgan@example.net>"
    message["Subject"] = "Update"
    message["Date"] = "Tue, 03 Nov 2026 10:00:00 +0000"
    message["Message-ID"] = "<family8@example.com>"
    message.set_content(f"Hi Alex,\n\n{text} {NO}\n\nBest,\nThe Acme Team\n")
    return draft_rejection(message.as_bytes(), "family.eml", ME).stage


# A conversation planned for others or called off was not reached; one with a named
# person who is not the recruiter was an interview; one with the recruitment team a screen.
CONVERSATION_STAGES = [
    ("We'll be concentrating our conversations on a few people with more retail experience.",
     "applied"),
    ("We're limiting the interviews to candidates who hold a current licence.", "applied"),
    ("The role has been filled, so the chat with Priya is cancelled.", "applied"),
    ("After your call with Dominic, the team reflected on the brief.", "interview"),
    ("Thanks again for the conversation with Marguerite last Tuesday.", "interview"),
    ("Thank you for speaking with Tomasz Bell from our talent acquisition team.", "screening"),
    ("Thanks for chatting with Ana from the recruiting team on Monday.", "screening"),
]
CONVERSATION_NEAR_MISS = [
    ("Thanks for our call yesterday.", "screening"),  # the recruiter's own call
    ("Thanks for your call with Sam, our recruiter, on Monday.", "screening"),
    ("Following your chat with Leo and me, we've thought it over.", "screening"),  # the writer's
]


@pytest.mark.parametrize("text, expected", CONVERSATION_STAGES + CONVERSATION_NEAR_MISS)
def test_who_a_conversation_was_with_and_whether_it_happened(text: str, expected: str) -> None:
    assert stage(text) == expected, text


# A loop, a trial named by its day or client, a meeting with named people.
STAGE_NAMES = [
    ("The debrief after your interview loop was mixed.", "final-round"),
    ("The interviewers from the full loop met on Friday.", "final-round"),
    ("Thanks for the trial on Friday night.", "interview"),
    ("The restaurant gave feedback following your trial.", "interview"),
    ("Thank you for meeting Callum and me on Wednesday.", "interview"),
    ("It was a pleasure meeting Ines and Rowan last week.", "interview"),
    ("Thanks for coming in on Tuesday to see the kitchen.", "interview"),
]
STAGE_NAMES_NEAR_MISS = [
    ("I'll keep you in the loop about future openings.", "applied"),
    ("Thanks for coming in to drop off your CV.", "applied"),
]


@pytest.mark.parametrize("text, expected", STAGE_NAMES + STAGE_NAMES_NEAR_MISS)
def test_loops_trials_and_named_meetings(text: str, expected: str) -> None:
    assert stage(text) == expected, text


# A shortlisting panel read applications: no interview happened.
SIFT_STAGES = [
    ("The panel has shortlisted for interview and you have not been shortlisted.", "applied"),
    ("Sifting is complete and the panel could not take everyone forward.", "applied"),
    ("Your application was not taken forward to interview. The panel received 90"
     " applications.", "applied"),
]
SIFT_NEAR_MISS = [
    ("Thank you for attending the interview. The panel felt another candidate was stronger.",
     "interview"),
    ("After shortlisting you met the panel on Friday for your panel interview.", "interview"),
]


@pytest.mark.parametrize("text, expected", SIFT_STAGES + SIFT_NEAR_MISS)
def test_a_shortlisting_panel_is_not_an_interview(text: str, expected: str) -> None:
    assert stage(text) == expected, text


# An offer made and taken back is the offer stage, however the withdrawal is worded.
OFFER_STAGES = [
    "Following the references, your conditional offer is therefore withdrawn.",
    "I'm afraid the offer has now been revoked after the pre-employment checks.",
    "We have to let you know that our provisional offer cannot stand after the checks.",
]
OFFER_NEAR_MISS = [
    ("We will be checking your references before any decision.", "final-round"),
    ("We hope to make a conditional offer to one candidate next week.", "applied"),
]


@pytest.mark.parametrize("text", OFFER_STAGES)
def test_an_offer_taken_back_is_the_offer_stage(text: str) -> None:
    assert stage(text) == "offer", text


@pytest.mark.parametrize("text, expected", OFFER_NEAR_MISS)
def test_no_offer_made_is_not_the_offer_stage(text: str, expected: str) -> None:
    assert stage(text) == expected, text


# Generalisation: casual noes from small businesses and gigs, with few or no job words.
CASUAL_NO = [
    ("Re: cleaner", "Thanks for getting in touch - we've got somebody for the job already."),
    ("Re: weekend work", "Thanks for the CV but we're not taking anyone on at the moment."),
    ("Re: tutoring", "Thanks Alex, we've found a tutor for Emma so won't need you after all."),
    ("Re: Saturday job", "Thanks for covering last week, but we won't be needing you from now"
     " on."),
    ("Re: logo commission", "Lovely sketches, but we've decided to keep it in-house."),
    ("Re: your quote", "Thanks for the quote. We've gone with another builder this time."),
]
CASUAL_NEAR_MISS = [
    ("Re: your interview", "We won't need you to bring anything on the day of your interview;"
     " see you at 2pm."),
    ("Re: sofa", "Sorry, the sofa's gone - we found someone else for it."),
    ("Re: trial shift", "Are you free Saturday? We've found someone to show you round the"
     " kitchen for your trial shift."),
]


@pytest.mark.parametrize("subject, text", CASUAL_NO)
def test_a_casual_no_with_few_job_words_is_a_no(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "rejection", text


@pytest.mark.parametrize("subject, text", CASUAL_NEAR_MISS)
def test_a_casual_note_that_says_no_no_is_not_a_no(subject: str, text: str) -> None:
    assert classify(subject, text).kind != "rejection", text


# Generalisation: "unsuccessful" outside a job (an allotment, a bursary, a card, jury service).
NON_JOB_UNSUCCESSFUL = [
    "Your application for an allotment was unsuccessful as the waiting list is full.",
    "Unfortunately your bursary application was not successful this year.",
    "We're sorry, your application for the Platinum Rewards card was not successful.",
    "You have not been selected for jury service at this time; your application is closed.",
]
JOB_UNSUCCESSFUL = [
    "Thank you for applying for the Card Services Adviser role. Unfortunately your application"
    " was unsuccessful.",
    "Thank you for applying for the Bursary Administrator post. Unfortunately you were not"
    " successful on this occasion.",
]


@pytest.mark.parametrize("text", NON_JOB_UNSUCCESSFUL)
def test_unsuccessful_outside_a_job_is_not_a_job_no(text: str) -> None:
    assert classify("Your application", text).kind == "other", text


@pytest.mark.parametrize("text", JOB_UNSUCCESSFUL)
def test_unsuccessful_for_a_job_with_such_a_word_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


# Generalisation: a reserve list after meeting the standard is a wait for a post, not a no.
RESERVE_LIST = [
    "You were found appointable at interview, but other candidates scored more highly and"
    " posts have been offered in merit order. We have added you to our reserve list and may"
    " contact you with a provisional offer.",
    "Thank you for attending the assessment centre. Although you met the standard, there were"
    " more successful candidates than posts. You will be held on the reserve list until next"
    " March.",
    "You passed the interview, but other candidates scored more highly and there are fewer"
    " posts than successful candidates, so we have put you on a reserve list for a year.",
]
RESERVE_LIST_NEAR_MISS = [
    "You did not meet the standard at interview and have not been placed on the reserve"
    " list. Unfortunately your application was unsuccessful.",
    "The reserve list from the last campaign has expired, and we have decided not to progress"
    " your application for this vacancy.",
]


@pytest.mark.parametrize("text", RESERVE_LIST)
def test_a_reserve_list_is_not_a_no(text: str) -> None:
    assert classify("Interview outcome", text).kind != "rejection", text


@pytest.mark.parametrize("text", RESERVE_LIST_NEAR_MISS)
def test_no_reserve_list_is_a_no(text: str) -> None:
    assert classify("Interview outcome", text).kind == "rejection", text


# Generalisation: very short noes from small places and gigs.
SHORT_NO = [
    ("Re: bar work", "Ta for dropping in, no vacancies at the minute mate."),
    ("Re: hiya", "Sorry hun we're fully staffed now x"),
    ("Re: session work", "Thanks for the demo - we've booked a different drummer for the tour."),
    # a pitch for a contract is a rejection; a marketplace's "the buyer chose another
    # seller" is commerce by the corpus convention (fresh24/1056), so it is not held here
    ("Re: illustration commission", "Thanks Alex, the client picked another illustrator for "
     "the commission this time."),
    ("Quick update", "We went another way on the brief, sorry Alex."),
]
SHORT_NEAR_MISS = [
    ("Re: bar work", "No vacancies at the minute for Saturdays, but could you do a trial shift on"
     " Thursday at 6pm?"),
    ("Re: your booking", "We've booked a different room for your interview on Monday; ask for"
     " Jo at reception."),
]


@pytest.mark.parametrize("subject, text", SHORT_NO)
def test_a_very_short_no_is_a_no(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "rejection", text


@pytest.mark.parametrize("subject, text", SHORT_NEAR_MISS)
def test_a_short_note_with_a_next_step_is_not_a_no(subject: str, text: str) -> None:
    assert classify(subject, text).kind != "rejection", text


# Generalisation: a permit, licence or badge applied for, and a platform's saved job closing.
NO_OUTCOME_OR_NOT_A_JOB = [
    ("Permit", "Your application for a parking permit was unsuccessful."),
    ("Licence", "Your application for a street trading licence has not been successful."),
    ("Job closed", "The job you saved, Kitchen Porter at The Anchor, is no longer"
     " accepting applications."),
    ("Your saved jobs", "3 of your saved jobs have closed: Barista, Cashier, Host. The"
     " positions have been filled."),
]
A_JOB_NO_ALL_THE_SAME = [
    ("Your application", "Thank you for applying for the Licensing Officer post. Unfortunately"
     " your application for a permit assessor role was unsuccessful."),
    ("Your application", "Your application for Kitchen Porter was not selected. The position"
     " has been filled and is no longer accepting applications."),
]


@pytest.mark.parametrize("subject, text", NO_OUTCOME_OR_NOT_A_JOB)
def test_permits_and_saved_jobs_are_not_a_no(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "other", text


@pytest.mark.parametrize("subject, text", A_JOB_NO_ALL_THE_SAME)
def test_a_job_no_near_those_words_is_a_no(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "rejection", text


# Generalisation: a casual yes, a casual receipt, a trial asked for, and casual noes that
# name who said no or who was used instead.
CASUAL_KINDS = [
    ("Re: the job", "You got the job! Can you start next week?", "offer"),
    ("Good news", "We'd love you to start on Monday as a weekend kitchen porter - 8am, bring"
     " black shoes.", "offer"),
    ("Re: waiter", "Could you start on Thursday? The rota is attached and the pay is as we"
     " discussed.", "offer"),
    ("Thanks", "Thanks for your CV, we'll have a look and be in touch.", "acknowledgement"),
    ("Trial shift", "Hi Alex, can you come in for a trial shift Saturday 10-2? Ask for Dee.",
     "interview"),
    ("Re: chef de partie", "Thanks for the trial, chef said no unfortunately. Best of luck.",
     "rejection"),
    ("Re: application", "Sorry Alex, you didn't get it this time.", "rejection"),
    ("Re: editing job", "We've decided to use our regular editor for this one, thanks anyway.",
     "rejection"),
]
CASUAL_KINDS_NEAR_MISS = [
    ("Re: application", "You haven't got the job yet - the panel meets on Friday, so we will let"
     " you know either way.", "acknowledgement"),
    ("Re: the job", "Can you start the online assessment for the Barista job before Friday?",
     "interview"),
    ("Re: editing job", "We'll use our regular editor's style guide, attached, for your editing"
     " test on Monday.", "interview"),
]


@pytest.mark.parametrize("subject, text, kind", CASUAL_KINDS)
def test_casual_mail_is_read_for_its_kind(subject: str, text: str, kind: str) -> None:
    assert classify(subject, text).kind == kind, text


@pytest.mark.parametrize("subject, text, kind", CASUAL_KINDS_NEAR_MISS)
def test_casual_mail_near_a_yes_or_no_keeps_its_kind(subject: str, text: str, kind: str) -> None:
    assert classify(subject, text).kind not in ("offer", "rejection"), text


# Generalisation: "not selected" or "unsuccessful" for a cohort, a residency, a stall or an
# identity check is not a job's no; a job with such a word in its title still is.
NON_JOB_SELECTION = [
    "Thank you for applying to the Spring cohort of our accelerator program. Unfortunately"
    " your startup was not selected.",
    "We regret that your application for the artist residency was unsuccessful this year.",
    "Your application for a stall at the Christmas market was unsuccessful.",
    "We were unable to verify your identity, so your application was unsuccessful.",
]
JOB_WITH_SUCH_A_WORD = [
    "Thank you for applying for the Accelerator Programme Manager role. Unfortunately we have"
    " decided to go with another candidate.",
    "Thanks for applying for the Market Stall Assistant job; unfortunately your application"
    " was unsuccessful.",
]


@pytest.mark.parametrize("text", NON_JOB_SELECTION)
def test_a_selection_outside_a_job_is_not_a_job_no(text: str) -> None:
    assert classify("Your application", text).kind == "other", text


@pytest.mark.parametrize("text", JOB_WITH_SUCH_A_WORD)
def test_a_job_titled_with_such_a_word_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text
