"""Eleventh pass: the families behind fresh14's and fresh15's kind misses, in new wordings
written from how such mail generally reads, not copied from the corpus; each with near
misses that must keep their answer."""

from __future__ import annotations

import pytest

from ajar.formats.triage import classify


def _is(kind: str, want: str) -> bool:
    return kind != want[1:] if want.startswith("!") else kind == want


# A digest of other people's chat or forum posts that quote a no straight after the
# quotation mark: the no is reported speech, not the sender's.
QUOTED_AT_ONCE = [
    "You have 5 new messages in #careers (Analytics Guild)\n\nNadia  08:41\n"
    "\"not progressing your application at this time\" - second one this week after a final "
    "round interview\n\nOwen  08:50\nthat's rough, hang in there",
    "New replies in the Job Hunting forum\n\nmarek_b wrote:\n\"Unsuccessful on this "
    "occasion\" is all the recruiter sent after my application. Do they ever give "
    "feedback?",
    "Thread: rejection emails that made you laugh\n\nPosted by kiwi_dev:\n'not selected "
    "for the next stage' arrived four minutes after I hit submit on the application.",
]
QUOTED_AT_ONCE_NEAR = [
    ("rejection", "Re: \"Data Analyst\" application\n\nHi Alex, we have decided not to "
                  "move forward with your application for the role."),
    ("rejection", "Hi Alex, the hiring manager replied:\n\"Hi Alex, thanks for the "
                  "interview, but we've decided to go with another candidate.\""),
]


@pytest.mark.parametrize("text", QUOTED_AT_ONCE)
def test_a_no_quoted_from_the_first_character_is_reported_speech(text: str) -> None:
    assert _is(classify("New messages", text).kind, "!rejection"), text


@pytest.mark.parametrize(("want", "text"), QUOTED_AT_ONCE_NEAR)
def test_a_title_in_quotes_or_a_relayed_no_is_still_a_no(want: str, text: str) -> None:
    assert _is(classify("Your application", text).kind, want), text


# The model's most no-like sentence is a question ("Not the right fit?"): a question asks,
# it decides nothing (a product's trial ending, a job board's coaching pitch).
QUESTIONS = [
    ("Your Pro trial has ended",
     "Hi Alex, your 30-day trial of Pitchdeck Pro ended on Sunday and your portfolio "
     "workspace is back on the free plan. Still not the right fit for your team? Tell us "
     "why."),
    ("Tips for your job search",
     "Applied to twenty roles and heard nothing back? Did they decide not to move forward "
     "without a word? Our CV review service helps candidates get noticed."),
    ("Quick survey",
     "Thanks for using our interview practice tool. Was it not a good match for your "
     "interview prep? We'd love to know what we could do better for your job search."),
]
QUESTIONS_NEAR = [
    "Hi Alex, thanks for interviewing with us. Unfortunately we have decided not to move "
    "forward with your application. Would you like some feedback?",
    "Dear Alex, we won't be progressing your application for the Analyst role; we felt "
    "another candidate was a closer match. Any questions?",
]


@pytest.mark.parametrize(("subject", "text"), QUESTIONS)
def test_a_no_asked_as_a_question_is_not_a_no(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "!rejection"), text


@pytest.mark.parametrize("text", QUESTIONS_NEAR)
def test_a_no_followed_by_a_question_is_still_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


# What the no is about is the reader's team, film, ticket, claim or an investment, not
# their job application, even when the mail speaks of applications and experience.
NOT_A_JOB_THING = [
    ("Your Hack the Harbour application",
     "Thanks for applying to Hack the Harbour. We received 1,400 applications for 250 "
     "spots, and unfortunately your team was not selected this time."),
    ("Seed round",
     "Hi Alex, thanks for walking us through your startup and your team's experience. "
     "After a lot of discussion we've decided not to proceed with an investment at this "
     "stage."),
    ("Your festival application",
     "Thank you for your application to the Northern Shorts festival. Sadly your film has "
     "not been selected for screening this year; we had more than 3,000 applications and "
     "enjoyed your experience as a first-time director."),
    ("Support request #20931",
     "Hi Alex, thanks for your patience while we reviewed your application logs. We won't "
     "be moving forward with the refund, as the plan was used past the trial period."),
]
NOT_A_JOB_THING_NEAR = [
    "Thanks for applying to the Hackathon Coordinator role. Unfortunately your application "
    "was not selected for interview this time.",
    "Hi Alex, thank you for the time you gave our team during the onsite. We've decided "
    "not to move forward with your candidacy for the Platform Engineer position.",
    "Dear Alex, thank you for your take-home submission. We have decided not to proceed "
    "with your application for the Data Engineer role.",
]


@pytest.mark.parametrize(("subject", "text"), NOT_A_JOB_THING)
def test_a_no_to_a_team_film_refund_or_investment_is_not_a_job(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "!rejection"), text


@pytest.mark.parametrize("text", NOT_A_JOB_THING_NEAR)
def test_a_no_to_the_readers_application_is_still_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


# The reader gave a reference for, or referred, someone whose candidacy ends: their no.
SOMEONE_ELSES = [
    ("Your reference for Dana",
     "Hi Alex, many thanks for the call about Dana last week; it was really useful. As a "
     "courtesy, I wanted to tell you that we won't be moving forward with Dana's "
     "application for the Product Analyst role."),
    ("Re: Ben",
     "Thanks again for speaking with me about Ben. The panel has decided not to progress "
     "his candidacy; it came down to domain experience. Your comments were appreciated."),
    ("Update on your referral",
     "Hi Alex, a quick update on the friend you put forward for our Support Lead opening: "
     "we've decided not to proceed further with their application at this point."),
]
SOMEONE_ELSES_NEAR = [
    "Hi Alex, Dana from our talent team asked me to follow up. We won't be moving forward "
    "with your application for the Product Analyst role.",
    "Dear Alex, thank you for meeting Ben's team on Tuesday. We have decided not to progress "
    "your candidacy any further.",
]


@pytest.mark.parametrize(("subject", "text"), SOMEONE_ELSES)
def test_a_no_to_someone_the_reader_vouched_for_is_not_theirs(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "!rejection"), text


@pytest.mark.parametrize("text", SOMEONE_ELSES_NEAR)
def test_a_no_to_the_reader_naming_someone_else_is_still_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


# Volunteering: a shift or spot signed up for is unpaid help, not a job.
VOLUNTEERING = [
    "Hi Alex, thank you for signing up to help at the parkrun on Saturday. Unfortunately "
    "we've already filled the marshal positions for that week, so we won't need you for "
    "this shift. More openings are on the site.",
    "Thanks for offering to volunteer at the hospice shop. Sadly all our volunteer shifts "
    "are filled for the summer and we can't offer you a slot, but we'll keep your details "
    "and experience on file.",
    "Dear Alex, thank you for applying to volunteer at Riverside Lates. We had far more "
    "applications than volunteer places and unfortunately you were not selected for this "
    "event's crew.",
]
VOLUNTEERING_NEAR = [
    "Dear Alex, thank you for interviewing for the Volunteer Programme Manager position. "
    "We have decided to appoint another candidate whose experience of volunteer rotas was "
    "broader.",
    "Hi Alex, thanks for applying to help at the summer scheme as a paid play worker; "
    "we're not able to take you on this year.",
]


@pytest.mark.parametrize("text", VOLUNTEERING)
def test_a_full_volunteer_rota_is_not_a_job_no(text: str) -> None:
    assert _is(classify("Volunteer sign-up", text).kind, "other"), text


@pytest.mark.parametrize("text", VOLUNTEERING_NEAR)
def test_a_paid_post_about_volunteers_is_still_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


# A hiring assistant's no in a text-message shape: "not able to move you forward" under a
# condition that reads more like a no ("If your availability changes, reply UPDATE").
NOT_MOVED_ON = [
    "Hi Alex! It's Max, the virtual hiring assistant for Beanline Coffee #88.\n\nThanks for "
    "applying for the Barista position. Based on the availability you entered (Saturdays "
    "8am-1pm only), we're not able to move you forward right now. This store needs people "
    "for late shifts and Sundays.\n\nIf your availability changes, reply UPDATE and I can "
    "help you reapply.\n\nMsg & data rates may apply. Reply STOP to opt out.",
    "Hey Alex! Ava here, Fernhill Cafe's hiring helper.\n\nThanks for applying for the "
    "Kitchen Assistant position. Based on the days you picked (weekdays 10am-2pm only), we "
    "aren't able to move you ahead right now. The kitchen needs weekend cover.\n\nIf your "
    "schedule opens up, message me AVAILABLE.\n\nReply STOP to opt out. Msg & data rates "
    "may apply.",
    "Hi Alex, Juno here, the hiring assistant for Portside Cinemas.\n\nThanks for applying "
    "for the Usher position (Portside Central). With the times you gave (Sundays 9am-12pm "
    "only), we're not able to put you forward right now; the site needs late "
    "shows.\n\nIf that changes, reply TIMES to update.\n\nReply STOP to opt out.",
]
NOT_MOVED_ON_NEAR = [
    ("interview", "Hi Alex, great news: we'd like to move you forward to the next round for "
                  "the Kitchen Porter job. Please pick a time for your interview."),
    ("!rejection", "Hi Alex, thanks for applying for the Claims Handler role. If we are not "
                   "able to move your application forward, we will let you know by email."),
]


@pytest.mark.parametrize("text", NOT_MOVED_ON)
def test_not_moving_the_reader_forward_is_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "text"), NOT_MOVED_ON_NEAR)
def test_moving_the_reader_forward_or_a_conditional_is_not_a_no(want: str, text: str) -> None:
    assert _is(classify("Your application", text).kind, want), text


# An employer's assessment (a "job tryout", an online test) with a result below the bar.
BELOW_THE_BAR = [
    "Thank you for your interest in the Contact Centre Agent role and for completing the "
    "online tryout. Your results did not meet the standard set for this position. You may "
    "re-take the assessment after 6 months.",
    "Thanks for doing the online job tryout for the Warehouse Associate position. Your "
    "scores didn't reach the benchmark we use, so we're unable to move your application "
    "forward. You can reapply after 90 days.",
    "Thank you for completing the virtual tryout for the Bank Teller position. Your results "
    "did not reach the minimum level for this role. You may try again in 6 months.",
]
BELOW_THE_BAR_NEAR = [
    ("interview", "Hi Alex, your assessment results for the Contact Centre Agent role met the "
                  "benchmark, so we'd like to invite you to an interview next week."),
    ("!rejection", "Thanks for applying for the Trainee Accountant position. Candidates who "
                   "do not meet the minimum standard in the test will be told within a week."),
]


@pytest.mark.parametrize("text", BELOW_THE_BAR)
def test_a_result_below_the_bar_is_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "text"), BELOW_THE_BAR_NEAR)
def test_a_result_above_the_bar_or_a_warning_is_not_a_no(want: str, text: str) -> None:
    assert _is(classify("Your application", text).kind, want), text


# The job taken, said short, or the offer made to someone else who accepted.
TAKEN_SHORT = [
    "Andrea Lotz\nTalent Partner at Brightwell\n\nHi Alex, thanks for checking in. The "
    "Junior Designer role is filled now - we offered it to someone last month and she "
    "accepted.\n\nView message\nYou are receiving LinkedIn notification emails. "
    "Unsubscribe",
    "Hello Alex, sorry for the slow reply - the courier spot was already taken by the time "
    "your application came in.",
    "Tom sent you a message\n\nHi Alex, sorry, the place has been taken - we made an offer "
    "to another applicant on Friday.\n\nView message | Unsubscribe",
]
TAKEN_SHORT_NEAR = [
    ("!rejection", "Thanks for applying for the Weekend Barista job. The advert stays up "
                   "until the position is filled, and we'll contact shortlisted applicants."),
    ("!rejection", "Hi Alex, good news: the role hasn't been filled yet, so we'd still love "
                   "to see your application for the Data Engineer job."),
]


@pytest.mark.parametrize("text", TAKEN_SHORT)
def test_a_job_taken_said_short_is_a_no(text: str) -> None:
    assert _is(classify("Re: your application", text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "text"), TAKEN_SHORT_NEAR)
def test_until_filled_or_not_filled_is_not_a_no(want: str, text: str) -> None:
    assert _is(classify("Re: your application", text).kind, want), text


# A squad that is part of a business's name is not a sports team.
SQUAD_BRAND = [
    "Hi Alex, lovely to meet you about the window cleaning round. I've thought it over and "
    "I'm going to pass this time: I need someone who can start at 7am.\n\nDee\nOwner, "
    "Clean Squad Westfield",
    "Hi Alex, thanks for the trial with Gutter Squad Roofing last week. We've decided to go "
    "with another candidate for the labourer job.",
    "Dear Alex, thank you for meeting Maid Squad Lincoln about the Domestic Cleaner role. "
    "Unfortunately we will not be offering you the job on this occasion.",
]
SQUAD_BRAND_NEAR = [
    "Hi Alex, thanks for coming to the squad trials on Sunday. Unfortunately you were not "
    "selected for the first team this season, but the reserves train on Thursdays.",
    "Dear Alex, thank you for attending the tryouts for the under-21 squad. We've decided "
    "not to offer you a place on the roster this year.",
]


@pytest.mark.parametrize("text", SQUAD_BRAND)
def test_a_squad_in_a_business_name_is_still_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


@pytest.mark.parametrize("text", SQUAD_BRAND_NEAR)
def test_a_sports_squad_trial_is_still_not_a_job(text: str) -> None:
    assert _is(classify("Trials", text).kind, "other"), text


# The reader as a referee or as the one who sent someone's CV: the no is about him or her.
REFEREE = [
    ("Reference for Tomas",
     "Hi Alex, thank you for acting as a referee for Tomas last week. As a courtesy, the "
     "hiring panel has decided to go with another candidate for the Site Engineer role."),
    ("Re: your mentee",
     "Hi Alex, thanks for sending over your mentee's CV. I'm afraid we won't be moving "
     "forward with him for the graduate analyst role, but please pass on our thanks."),
    ("Your reference",
     "Dear Alex, many thanks for the reference you wrote for Imogen. The committee has "
     "decided not to offer the Research Assistant post to her; we appreciated your time."),
]
REFEREE_NEAR = [
    "Dear Alex, we have had to withdraw the offer for the Designer role after the "
    "restructuring. I'd gladly act as a referee for you in future.",
    "Hi Alex, thank you for the reference details. Unfortunately we have decided not to "
    "proceed with your application for the Site Engineer role.",
]


@pytest.mark.parametrize(("subject", "text"), REFEREE)
def test_a_referees_or_senders_news_about_someone_else_is_not_a_no(subject: str,
                                                                   text: str) -> None:
    assert _is(classify(subject, text).kind, "!rejection"), text


@pytest.mark.parametrize("text", REFEREE_NEAR)
def test_an_employer_offering_to_be_the_readers_referee_is_still_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


# An application for a thing (a membership, a loan, a refund), a speaking slot, a study's
# place, the reader's startup or project: not a job, though the mail says "application".
APPLIED_FOR_A_THING = [
    "Dear Alex, unfortunately your application for the employee discount membership has "
    "been declined, as your employer is not a partner of our gym.",
    "Thanks for applying to speak at the Data Leaders summit. With 600 applications for 30 "
    "sessions, we won't be able to offer you a speaking slot this year.",
    "Thank you for your interest in our sleep research study. Based on your screening "
    "answers you are not eligible to take part, so we will not be moving forward with your "
    "application.",
    "Thank you for applying to Foundry with your startup. Unfortunately we won't be moving "
    "forward with your company for this batch; we had 900 applications.",
]
APPLIED_FOR_A_THING_NEAR = [
    "Dear Alex, unfortunately your application for the Membership Officer role has been "
    "declined after the interview stage.",
    "Thanks for applying to the Events Speaker Coordinator position. Unfortunately we won't "
    "be able to offer you the role this year.",
]


@pytest.mark.parametrize("text", APPLIED_FOR_A_THING)
def test_an_application_for_a_thing_or_a_study_is_not_a_job(text: str) -> None:
    assert _is(classify("Your application", text).kind, "!rejection"), text


@pytest.mark.parametrize("text", APPLIED_FOR_A_THING_NEAR)
def test_an_application_for_a_job_named_like_a_thing_is_still_a_no(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


# A short, lower-case next step from a founder or a shift manager: a take-home, a call
# booked from a link, a trial shift asked for in a text.
SHORT_NEXT_STEP = [
    "hey alex, good chatting today. next step on our side is a short take-home - a small "
    "api over a json file, 2-3 hrs max. send it back within the week.",
    "hi alex - saw your comment on the hiring thread, your backend work sounds relevant. "
    "want to do 20 min on thursday? grab a time here: https://cal.example.com/jo/20",
    "hi alex it's kim from the harbour tap. liked your cv for bar staff, can you come do a "
    "2 hr trial shift fri from 6? wear black",
]
SHORT_NEXT_STEP_NEAR = [
    ("rejection", "hey alex, thanks for doing the take-home. honestly we've decided to go "
                  "with another candidate, sorry."),
    ("rejection", "hi alex, thanks for doing the trial shift on friday. we've found someone "
                  "else for the bar staff job, sorry."),
]


@pytest.mark.parametrize("text", SHORT_NEXT_STEP)
def test_a_short_next_step_is_an_interview(text: str) -> None:
    assert _is(classify("next step", text).kind, "interview"), text


@pytest.mark.parametrize(("want", "text"), SHORT_NEXT_STEP_NEAR)
def test_a_no_after_the_step_is_still_a_no(want: str, text: str) -> None:
    assert _is(classify("next step", text).kind, want), text


# The offer handed over in an HR tool: "your offer for the X role is ready to review and
# sign", "the offer is open until Friday".
OFFER_HANDED_OVER = [
    "Hi Alex, great speaking today. Your offer for the Senior Data Analyst role is now "
    "ready in Workday for you to review: https://hr.example.com/offers/123",
    "Hi Alex, as discussed on the phone, please review and sign your offer in DocuSign by "
    "Thursday. Any questions, give me a call.",
    "Alex - lovely to talk earlier. Numbers are as we discussed; the offer is open until "
    "the 14th. https://hr.example.com/o/88",
]
OFFER_HANDED_OVER_NEAR = [
    ("rejection", "Hi Alex, I'm sorry to say that your offer for the Senior Data Analyst "
                  "role has been withdrawn after the budget review."),
    ("!offer", "Hi Alex, thanks for the interview. We expect to make a decision by "
               "Friday and will let you know either way."),
]


@pytest.mark.parametrize("text", OFFER_HANDED_OVER)
def test_an_offer_handed_over_is_an_offer(text: str) -> None:
    assert _is(classify("Your offer", text).kind, "offer"), text


@pytest.mark.parametrize(("want", "text"), OFFER_HANDED_OVER_NEAR)
def test_an_offer_withdrawn_or_a_decision_to_come_is_not_an_offer(want: str, text: str) -> None:
    assert _is(classify("Your offer", text).kind, want), text
