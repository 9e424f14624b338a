"""Seventh pass: the families behind fresh7's kind and stage misses, in new wordings
(written from public template shapes, not from the corpus), each with near misses
that must keep their class."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from ajar.formats.mail import draft_rejection
from ajar.formats.triage import classify

ME = frozenset({"alex.morgan@example.net"})
NO = "Unfortunately, we have decided not to move forward with your application."


# A negative with "yet", or a question, is a decision still to come: a status note or a
# job board's upsell, not a no ("we haven't shortlisted yet", "Not selected yet?").
NOT_YET = [
    ("We haven't shortlisted for the Finance Assistant post yet because two of the panel are"
     " on leave. Your application is still under consideration.", "acknowledgement"),
    ("The hiring manager has not selected anyone for interview yet and nothing has been"
     " decided about your application for the Porter role.", "acknowledgement"),
    ("Your application for Barista was seen by the employer today. Not shortlisted yet?"
     " Here are three tips to help your CV stand out to employers.", "other"),
    ("Update on your application: the recruiter viewed your CV for the Sales Associate job."
     " Not been selected yet? Jobs based on your profile: Retail Assistant.", "other"),
]
NOT_YET_NEAR_MISS = [
    "You have not been shortlisted for the Finance Assistant post. We have yet to set the"
    " interview dates for the other candidates.",
    "We have not selected you for the next stage of the Porter role, and we will not be"
    " reopening it this year.",
    # the "yet" belongs to another clause
    "We have decided not to proceed with your application because the role is not yet funded.",
]


@pytest.mark.parametrize("text, kind", NOT_YET)
def test_a_decision_not_made_yet_is_not_a_no(text: str, kind: str) -> None:
    assert classify("Your application", text).kind == kind, text


@pytest.mark.parametrize("text", NOT_YET_NEAR_MISS)
def test_a_no_with_yet_in_another_clause_stays_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


# An offer recalled ("last week I was pleased to offer you ...") and then taken back is a no.
OFFER_RECALLED_THEN_TAKEN_BACK = [
    "When we spoke on Monday I was pleased to offer you the Sous Chef role. I'm very sorry,"
    " but the sale of the restaurant means we must withdraw that offer.",
    "We were thrilled to make you an offer for the Data Analyst position last month. Sadly a"
    " budget freeze means the offer has been rescinded.",
    "Further to our offer of employment for the post of Ward Clerk, I regret that the Trust is"
    " no longer able to honour the offer following the recruitment freeze.",
    "Last week we offered you the Store Manager job with a start date of 1 June. Head office"
    " has since closed the branch, so I have to cancel your offer of employment.",
]
OFFER_KEPT = [
    "We are delighted to offer you the Sous Chef role! We reserve the right to withdraw this"
    " offer should your right-to-work check be unsuccessful.",
    "I'm pleased to extend you a formal offer for the Analyst role. The offer will be"
    " withdrawn if it is not accepted by Friday, so please sign soon.",
]


@pytest.mark.parametrize("text", OFFER_RECALLED_THEN_TAKEN_BACK)
def test_an_offer_recalled_then_taken_back_is_a_no(text: str) -> None:
    assert classify("Regarding our offer", text).kind == "rejection", text


@pytest.mark.parametrize("text", OFFER_KEPT)
def test_an_offer_with_a_condition_to_withdraw_it_stays_an_offer(text: str) -> None:
    assert classify("Your offer", text).kind == "offer", text


# A work sample as the next step is an interview stage (a take-home, a case study, a test).
ASSESSMENT_NEXT = [
    "Thanks for your time on the phone. The next step for the Finance Analyst position is a"
    " written case study, which you can start from the link below.",
    "As the next stage of the process, please begin the short take-home task for the Junior"
    " Developer role; you'll have 48 hours once you open it.",
    "Here is the link to your online numerical reasoning test for the Graduate Surveyor role."
    " Please submit it within five days.",
    "Start the exercise here: https://assess.example.com/x1. It should take about two hours"
    " and you'll have 72 hours from when you open the link. Hiring team, Data Engineer role.",
]
ASSESSMENT_NEAR_MISS = [
    "Thanks for completing the take-home exercise for the Data Engineer role. Unfortunately"
    " we have decided not to move forward with your application.",
    "The next step would have been a case study, but we have decided to progress other"
    " candidates whose experience is closer to the role.",
]


@pytest.mark.parametrize("text", ASSESSMENT_NEXT)
def test_an_assessment_as_the_next_step_is_an_interview(text: str) -> None:
    assert classify("Next step", text).kind == "interview", text


@pytest.mark.parametrize("text", ASSESSMENT_NEAR_MISS)
def test_a_no_after_or_instead_of_an_assessment_stays_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


# A non-job word inside a job title ("Flight Attendant", "Club Manager", "Programme
# Coordinator") does not make a job's no another subject's no.
TITLE_WITH_NON_JOB_WORD = [
    "Thank you for applying for the Student Services Adviser post. Unfortunately we have"
    " appointed a candidate whose experience more closely matches the role.",
    "Thank you for interviewing for the Flight Attendant role with Skyward. We have decided"
    " not to move forward with your application.",
    "Thanks for your interest in the Club Manager vacancy at Riverside Tennis. We've appointed"
    " someone with more hospitality experience.",
    "The trustees interviewed five people for the Programme Coordinator job and have hired"
    " someone who ran a similar scheme for a national charity.",
]
NON_JOB_STILL_NON_JOB = [
    "Your application to the MSc Data Science programme has not been successful this year.",
    "We are sorry: your flight to Lisbon was cancelled and we were not able to rebook you.",
    "Your club membership application was declined, as the squad is full this season.",
]


@pytest.mark.parametrize("text", TITLE_WITH_NON_JOB_WORD)
def test_a_no_for_a_title_with_a_non_job_word_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


@pytest.mark.parametrize("text", NON_JOB_STILL_NON_JOB)
def test_the_non_job_subjects_stay_other(text: str) -> None:
    assert classify("Your application", text).kind == "other", text


# Match notifications (dating, flat-shares) say "candidates" and "not feeling it": not a no.
MATCH_NOTIFICATIONS = [
    "Not feeling it? No problem - you can unmatch whenever you like and we will keep"
    " searching for better candidates for you.",
    "Sam liked you back! Not quite right? No worries, swipe on and we'll keep lining up other"
    " candidates for you.",
    "A new housemate liked your room listing. Not the one? No worries, we'll keep lining up"
    " other candidates for you.",
]
MATCH_NEAR_MISS = [
    "Thank you for interviewing for the Community Manager role at Heartline, the dating app."
    " We have decided to move forward with another candidate.",
    "Thanks for applying to be a Matchmaker at Kindred Introductions. Unfortunately we will"
    " not be progressing your application.",
]


@pytest.mark.parametrize("text", MATCH_NOTIFICATIONS)
def test_a_match_notification_is_not_a_no(text: str) -> None:
    assert classify("It's a match", text).kind == "other", text


@pytest.mark.parametrize("text", MATCH_NEAR_MISS)
def test_a_no_from_a_dating_company_stays_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


# The process stopped at this point, in so many words.
PROCESS_STOPPED = [
    "We've decided to stop the process here for the Analyst role.",
    "Thanks for the take-home, Alex. We're halting your candidacy here for the Backend role"
    " and I'll share notes.",
    "The panel has chosen to conclude your candidacy here for the Porter role.",
]
PROCESS_NOT_STOPPED = [
    "If you'd like to stop the process here, just let us know and we'll withdraw your"
    " application for the role.",
    "Thanks for the first interview for the role. We'll stop the process here for today and"
    " continue with the panel interview next week.",
]


@pytest.mark.parametrize("text", PROCESS_STOPPED)
def test_a_process_stopped_here_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


@pytest.mark.parametrize("text", PROCESS_NOT_STOPPED)
def test_a_process_stopped_on_a_condition_or_for_the_day_is_not(text: str) -> None:
    assert classify("Your application", text).kind != "rejection", text


# An insider got the job, said casually (lower case, typos, no "candidate").
INSIDER_GOT_IT = [
    "hi, just to say we've gone with one of our own for the supervisor job, he's been here"
    " years. cheers",
    "thanks for the call. gonna level with you, were going with somone from inside for the"
    " driver job",
    "store lead job - we gave it to one of our own in the end, sorry alex.",
]
INSIDER_NEAR_MISS = [
    ("If we end up going with someone internal for the driver job, I'll tell you straight"
     " away.", "rejection"),
    ("Congratulations! We're delighted to offer you the Shift Lead job; someone internal will"
     " show you the racking system on day one.", "offer"),
]


@pytest.mark.parametrize("text", INSIDER_GOT_IT)
def test_an_insider_got_it_is_a_no(text: str) -> None:
    assert classify("re: the job", text).kind == "rejection", text


@pytest.mark.parametrize("text, not_kind", INSIDER_NEAR_MISS[:1])
def test_an_insider_on_a_condition_is_not_a_no(text: str, not_kind: str) -> None:
    assert classify("re: the job", text).kind != not_kind, text


@pytest.mark.parametrize("text, kind", INSIDER_NEAR_MISS[1:])
def test_an_insider_in_an_offer_stays_an_offer(text: str, kind: str) -> None:
    assert classify("Your offer", text).kind == kind, text


# A freelance bid, pitch or quote not won: the client hired another freelancer.
GIG_NOT_WON = [
    ("Your proposal", "The client has closed the project and hired another freelancer. Keep"
     " bidding on jobs that match your skills."),
    ("Re: quote for the shop fit-out", "Thanks for the quote, but we've chosen a different"
     " contractor for the fit-out."),
    ("Your proposal was declined", "Your proposal was declined by the client, who has hired a"
     " different designer for the logo job."),
]
GIG_NEAR_MISS = [
    ("Programme committee decision", "We regret that your proposal for a talk was not accepted"
     " by the programme committee this year."),
    ("Your proposal", "The client has shortlisted your proposal and would like to interview you"
     " on Thursday; please pick a time."),
]


@pytest.mark.parametrize("subject, text", GIG_NOT_WON)
def test_a_gig_not_won_is_a_no(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "rejection", text


@pytest.mark.parametrize("subject, text", GIG_NEAR_MISS)
def test_a_conference_proposal_or_a_shortlisted_bid_is_not(subject: str, text: str) -> None:
    assert classify(subject, text).kind != "rejection", text


# School places, for the reader's child: "unable to offer a place" is not a job's no.
SCHOOL_PLACES = [
    "Dear Parent, we are unable to offer your child a place at any of your preferred schools;"
    " a place has been offered at the nearest school with vacancies.",
    "Your application for a Reception class place: your daughter has not been offered a place"
    " at Hill Top Primary. You may appeal the decision.",
    "We are sorry that we cannot offer your son a Year 7 place. He is on the waiting list, and"
    " the panel will hear appeals in June.",
]
SCHOOL_JOBS = [
    "Thank you for applying for the Class Teacher vacancy at Hill Top Primary. We are unable"
    " to offer you an interview on this occasion.",
    "Dear Alex, the governors have appointed another candidate to the Head of Year post at"
    " Meadow School. Thank you for your application.",
]


@pytest.mark.parametrize("text", SCHOOL_PLACES)
def test_a_school_place_refused_is_not_a_job_no(text: str) -> None:
    assert classify("School place", text).kind == "other", text


@pytest.mark.parametrize("text", SCHOOL_JOBS)
def test_a_school_job_refused_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


# Prizes and contests say "not shortlisted" too.
CONTESTS = [
    "Thanks for entering the Spring Poetry Prize. Unfortunately your poem was not shortlisted"
    " this year; the winners will be announced in June.",
    "The judges have chosen the longlist and I'm sorry to say your entry was not selected.",
    "Your photo was not shortlisted in our landscape contest, but thank you for taking part.",
]
CONTEST_NEAR_MISS = [
    "Thank you for applying for the Events Officer post. Competition was strong and"
    " unfortunately you have not been shortlisted for interview.",
    "We had a very competitive field for the Writer role and you were not shortlisted.",
]


@pytest.mark.parametrize("text", CONTESTS)
def test_a_contest_not_won_is_not_a_job_no(text: str) -> None:
    assert classify("Results", text).kind == "other", text


@pytest.mark.parametrize("text", CONTEST_NEAR_MISS)
def test_a_job_with_strong_competition_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


# Asked to a further round, with no word like "interview" or "role".
FURTHER_ROUND = [
    "Great chatting! We'd love to invite you to a final round with our founders next week.",
    "You're through to the next round: could you come in on Friday at 9:30 to meet the owner?",
    "We'd like to bring you back for a third round with the design director. Are you free"
    " Monday or Tuesday?",
]
FURTHER_ROUND_NEAR_MISS = [
    "We won't be inviting you to the final round, as we've decided to progress other"
    " candidates.",
    "We are moving other candidates to the final round and won't be taking your application"
    " further.",
]


@pytest.mark.parametrize("text", FURTHER_ROUND)
def test_a_further_round_is_an_interview(text: str) -> None:
    assert classify("Next round", text).kind == "interview", text


@pytest.mark.parametrize("text", FURTHER_ROUND_NEAR_MISS)
def test_a_further_round_for_others_is_a_no(text: str) -> None:
    assert classify("Next round", text).kind == "rejection", text


# Council and state services refuse "applications" too: discounts, badges, benefits.
PUBLIC_SERVICES = [
    "Your application for a single person discount has not been successful because more than"
    " one adult lives at the address.",
    "We are sorry to tell you that your Blue Badge application has not been successful, as you"
    " do not meet the criteria.",
    "Your application to join the housing register was unsuccessful because you have not lived"
    " in the borough for two years.",
    "We have decided not to proceed with your housing benefit claim because we did not receive"
    " the documents.",
]
PUBLIC_SERVICE_JOBS = [
    "Thank you for applying for the Council Tax Officer role. Unfortunately you have not been"
    " shortlisted.",
    "Thank you for applying for the Housing Officer post; we have decided not to progress your"
    " application.",
]


@pytest.mark.parametrize("text", PUBLIC_SERVICES)
def test_a_public_service_refused_is_not_a_job_no(text: str) -> None:
    assert classify("Your application", text).kind == "other", text


@pytest.mark.parametrize("text", PUBLIC_SERVICE_JOBS)
def test_a_job_in_a_public_service_refused_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


# The employer closed the candidacy, or narrowed the search to others.
CANDIDACY_CLOSED = [
    "Thank you for your interest in the Risk Analyst role. Your candidacy has been closed.",
    "The recruiting team has archived your application for the Data Engineer role.",
    "We have reviewed your profile for the Nurse role and will be concentrating on candidates"
    " who hold a current ICU qualification.",
]
CANDIDACY_NOT_CLOSED = [
    "Applications for the Porter role are now closed; we will review all applications next"
    " week and let you know either way.",
    "The application window for the Analyst role has been closed early; interviews start next"
    " week and we will be in touch.",
]


@pytest.mark.parametrize("text", CANDIDACY_CLOSED)
def test_a_closed_candidacy_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


@pytest.mark.parametrize("text", CANDIDACY_NOT_CLOSED)
def test_a_closed_posting_is_not_a_no(text: str) -> None:
    assert classify("Your application", text).kind != "rejection", text


# Went with a described other, or cannot take the reader on.
WENT_WITH_DESCRIBED = [
    "Thanks for meeting the kids on Saturday. We've decided to go with a nanny who can also do"
    " the school runs.",
    "Thanks for the trial. In the end we went with a barber whose clients can follow him here.",
    "Thanks for applying to help at the summer camp; we're not able to take you on this year.",
]
WENT_WITH_NEAR_MISS = [
    ("We're excited to have you start on Monday; we've gone with a desk layout that puts you"
     " near the design team.", "rejection"),
    ("We can't take on any more volunteers this month, but we'll have places in May. Would you"
     " like an interview then?", "rejection"),
]


@pytest.mark.parametrize("text", WENT_WITH_DESCRIBED)
def test_went_with_a_described_other_is_a_no(text: str) -> None:
    assert classify("Re: the job", text).kind == "rejection", text


@pytest.mark.parametrize("text, not_kind", WENT_WITH_NEAR_MISS)
def test_went_with_a_thing_is_not_a_no(text: str, not_kind: str) -> None:
    assert classify("Re: the job", text).kind != not_kind, text


# News of someone the reader referred, and advice columns: another person's no.
NOT_THE_READERS_NO = [
    "Thanks for referring Sam for the Designer role. Unfortunately Sam wasn't selected this"
    " time, but we appreciate you thinking of us.",
    "The candidate you referred for the Analyst job was not successful at interview. Thanks"
    " for recommending her.",
    "5 reasons your application wasn't successful - and how to fix them. Read it on our blog.",
]
THE_READERS_NO = [
    "Thank you for your application, which came to us through a referral from Sam."
    " Unfortunately you were not selected for the Designer role.",
    "Thanks for recommending us to your friends! Sadly your own application for the Analyst"
    " job was not successful.",
]


@pytest.mark.parametrize("text", NOT_THE_READERS_NO)
def test_someone_elses_no_is_not_the_readers(text: str) -> None:
    assert classify("Your referral", text).kind != "rejection", text


@pytest.mark.parametrize("text", THE_READERS_NO)
def test_the_readers_own_no_near_a_referral_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


# The search goes on without the reader; a job named only by its occupation.
KEEP_LOOKING = [
    ("Re: lab technician", "Thanks for coming in. We liked you, but we're going to keep"
     " looking. - Priya"),
    ("Re: sous chef", "Cheers for the trial shift. The owners want to keep interviewing for the"
     " position, so it won't be you this time."),
    ("Translator test", "Thank you for the test translation. Sadly it did not meet our quality"
     " standard, so we are unable to add you to our pool of translators."),
]
KEEP_LOOKING_NEAR_MISS = [
    ("Re: roles", "Nothing right now, but we'll keep looking for roles for you and call when"
     " something comes up."),
    ("Re: your listing", "No takers yet for your spare room. We'll keep looking for a good"
     " match for you."),
]


@pytest.mark.parametrize("subject, text", KEEP_LOOKING)
def test_the_search_going_on_without_you_is_a_no(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "rejection", text


@pytest.mark.parametrize("subject, text", KEEP_LOOKING_NEAR_MISS)
def test_keep_looking_for_you_is_not_a_no(subject: str, text: str) -> None:
    assert classify(subject, text).kind != "rejection", text


# Insurance cover and charitable funds refuse too.
COVER_AND_FUNDS = [
    "Thanks for requesting a car insurance quote. Unfortunately we can't offer you cover based"
    " on the information provided.",
    "Unfortunately your application to the Community Fund was not successful this round.",
    "We regret that your hardship fund application has been unsuccessful; please contact"
    " student support.",
]
COVER_AND_FUNDS_JOBS = [
    "Thank you for applying for the Claims Handler role at Harbor Point Insurance."
    " Unfortunately we will not be progressing your application.",
    "Thank you for interviewing for the Fundraising Officer post at the Riverside Foundation;"
    " we have appointed another candidate.",
    # a start-up's funding round is the employer's money, not the reader's grant
    "Our seed funding round has slipped, so we have paused hiring and won't be progressing your"
    " application for the Engineer role.",
]


@pytest.mark.parametrize("text", COVER_AND_FUNDS)
def test_cover_and_funds_refused_are_not_a_job_no(text: str) -> None:
    assert classify("Your application", text).kind == "other", text


@pytest.mark.parametrize("text", COVER_AND_FUNDS_JOBS)
def test_a_job_at_an_insurer_or_a_fund_refused_is_a_no(text: str) -> None:
    assert classify("Your application", text).kind == "rejection", text


# No room for the reader; news they did not hope for.
NO_ROOM_BAD_NEWS = [
    "We had over 600 applications for four internship spots, and we couldn't find a place for"
    " everyone - including you, this time.",
    "The team has made a decision on the Principal Designer role, and unfortunately it's not"
    " the news you were hoping for.",
    "I've spoken to all the candidates for the Site Manager job and I'm afraid the outcome"
    " isn't good for you this time.",
]
NO_ROOM_NEAR_MISS = [
    "We couldn't find a room for your interview on site, so the Analyst interview will be on"
    " video at 10am on Friday instead.",
    "I know another week of waiting is not the news you were hoping for, but no decision has"
    " been made on the role yet.",
]


@pytest.mark.parametrize("text", NO_ROOM_BAD_NEWS)
def test_no_room_or_unhoped_news_is_a_no(text: str) -> None:
    assert classify("Following up", text).kind == "rejection", text


@pytest.mark.parametrize("text", NO_ROOM_NEAR_MISS)
def test_a_room_or_a_wait_is_not_a_no(text: str) -> None:
    assert classify("Following up", text).kind != "rejection", text


# Stage: a work sample or several conversations named in a no means interviews happened.
def stage(text: str) -> str | None:
    message = EmailMessage()
    message["From"] = "Acme <no-reply@hire.lever.co>"
    message["To"] = "Alex Morgan <alex.morgan@example.net>"
    message["Subject"] = "Update"
    message["Date"] = "Tue, 03 Nov 2026 10:00:00 +0000"
    message["Message-ID"] = "<family7@example.com>"
    message.set_content(f"Hi Alex,\n\n{text} {NO}\n\nBest,\nThe Acme Team\n")
    return draft_rejection(message.as_bytes(), "family.eml", ME).stage


WORK_SAMPLE_STAGES = [
    "Thanks for the three conversations over the past fortnight.",
    "Thank you for the pairing session with our engineers.",
    "Thanks for coming in for the trial shift on Saturday.",
]
# A work sample with no live interview said is a screening (the convention since the
# fourteenth pass; these two were interviews before it).
WORK_SAMPLE_SCREENINGS = [
    "Thank you for all the effort you put into the character design test.",
    "We really appreciated the copywriting task you sent over.",
]
# Named interview formats (oral board, interview panel) and an agency's submission.
NAMED_STAGES = [
    ("Thank you for taking part in the structured oral board interview on 4 May.", "interview"),
    ("Thanks for participating in our competency-based interview last week.", "interview"),
    ("Thank you for attending before the interview board for the Clerk post.", "interview"),
    ("Quick update on the Payroll Officer temp role I submitted you for on Monday.", "screening"),
    ("I presented you to the client for the Bookkeeper contract last week.", "screening"),
    ("I submitted your profile to the client for the Analyst contract.", "screening"),
]
# A day-long loop of interviews is the final round.
DAY_LONG_LOOP = [
    ("Thank you for spending a full day with us at the studio.", "final-round"),
    ("Thanks for handling four interviews in one day so gracefully.", "final-round"),
    ("Thank you for spending most of Thursday with the team.", "final-round"),
    ("Thanks for spending time with us on Tuesday.", "interview"),  # a visit, not a day
]


@pytest.mark.parametrize("text, expected", DAY_LONG_LOOP)
def test_a_day_long_loop_is_the_final_round(text: str, expected: str) -> None:
    assert stage(text) == expected, text


NAMED_STAGES_NEAR_MISS = [
    ("Thanks for applying; the oral board interviews are for shortlisted people only.", "applied"),
    ("We did not submit you for the role as the client closed it.", "applied"),
]


@pytest.mark.parametrize("text, expected", NAMED_STAGES + NAMED_STAGES_NEAR_MISS)
def test_named_interview_formats_and_agency_submissions(text: str, expected: str) -> None:
    assert stage(text) == expected, text


WORK_SAMPLE_NEAR_MISS = [
    ("We won't be sending you the design test for this role.", "applied"),
    ("Thanks for your interest in joining our art team.", "applied"),
]


@pytest.mark.parametrize("text", WORK_SAMPLE_STAGES)
def test_a_work_sample_or_conversations_mean_an_interview_stage(text: str) -> None:
    assert stage(text) == "interview", text


@pytest.mark.parametrize("text", WORK_SAMPLE_SCREENINGS)
def test_a_work_sample_alone_is_a_screening(text: str) -> None:
    assert stage(text) == "screening", text


@pytest.mark.parametrize("text, expected", WORK_SAMPLE_NEAR_MISS)
def test_no_work_sample_means_applied(text: str, expected: str) -> None:
    assert stage(text) == expected, text
