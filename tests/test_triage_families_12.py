"""Twelfth pass: the families behind fresh16's to fresh19's kind misses, in new wordings
written from how such mail generally reads, not copied from the corpus; each with near
misses that must keep their answer."""

from __future__ import annotations

import pytest

from ajar.actions.scan import classify_raw
from ajar.formats.triage import classify


def _is(kind: str, want: str) -> bool:
    return kind != want[1:] if want.startswith("!") else kind == want


# A public-sector notice of results: eligible or qualified, but not referred on, screened
# out or eliminated from the process; a status line "Not Referred".
NOT_REFERRED = [
    ("Notice of Results - Program Analyst",
     "Dear Alex Morgan, thank you for applying to vacancy 28-114. You met the minimum "
     "qualifications for this announcement. However, you were not referred to the hiring "
     "manager for further consideration, as higher-rated applicants were available. You may "
     "check the status of your application at any time in the portal."),
    ("Selection process 28-EC-0091",
     "Dear Alex Morgan, following the written examination you have been screened out of this "
     "selection process and will not be given further consideration. You may request an "
     "informal discussion within five working days."),
    ("Hiring update - Case Worker II",
     "Hello Alex, thank you for applying. Your application has been reviewed and you were "
     "found ineligible for this announcement because you did not meet the specialized "
     "experience requirement. Track your application status online."),
    ("Competition CW-2028-14",
     "Dear Alex, thank you for your participation. You have been eliminated from further "
     "consideration in this selection process. You can check your application status in the "
     "candidate portal."),
    ("Notice of results",
     "Dear Alex, your application was not among those referred to the hiring panel for this "
     "vacancy."),
    ("Application update",
     "Vacancy 2211 - Result: Not Referred. Thank you for your interest in federal employment."),
]
NOT_REFERRED_NEAR = [
    ("!rejection", "Notice of Results",
     "Dear Alex, you were found qualified and have been referred to the selecting official "
     "for further consideration. The hiring manager will contact you to arrange interviews."),
    ("!rejection", "Application received",
     "Thank you for applying. If you are not referred, you will receive a notice of results "
     "by email once the announcement closes. Track your application status in the portal."),
]


@pytest.mark.parametrize(("subject", "text"), NOT_REFERRED)
def test_not_referred_or_screened_out_is_a_no(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "subject", "text"), NOT_REFERRED_NEAR)
def test_referred_or_a_conditional_notice_is_not_a_no(want: str, subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# A job named by the notice's own header ("Position:", "Selection process", "Job ID") makes
# a programme, a campus or students the job's setting, not another subject.
HEADER_NAMES_THE_JOB = [
    ("Selection process 28-NSA-041 / Processus de sélection 28-NSA-041",
     "Position: Agent de programme (PM-02)\n\nDear Alex Morgan, we regret to inform you that "
     "your application will not be considered further. / Nous avons le regret de vous "
     "informer que votre candidature ne sera plus considérée."),
    ("Your application",
     "Job ID: 4471\nPosition: Programme Support (fixed term)\n\nDear Alex, we regret to inform "
     "you that your application has not been successful."),
    ("Your application",
     "Job title: Students' Union Bar Supervisor\n\nHi Alex, thank you for applying. "
     "Unfortunately you were not successful on this occasion."),
]
HEADER_NAMES_THE_JOB_NEAR = [
    ("!rejection", "Your application to the MSc",
     "Programme: MSc Data Science\n\nDear Alex, we regret to inform you that your application "
     "to the programme has not been successful."),
    ("!rejection", "Campus accommodation",
     "Dear student, we regret to inform you that no campus room is available for the "
     "semester; you are on the waiting list."),
]


@pytest.mark.parametrize(("subject", "text"), HEADER_NAMES_THE_JOB)
def test_a_job_named_in_the_header_keeps_the_no(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "subject", "text"), HEADER_NAMES_THE_JOB_NEAR)
def test_a_programme_or_campus_without_a_job_is_still_not_a_job(want: str, subject: str,
                                                                  text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# An offer taken back after a clause that says what no longer exists: the "no longer" of
# the clause before the comma does not deny the withdrawal after it.
TAKEN_BACK_AFTER_A_CLAUSE = [
    "Dear Alex, because the funding for the post was not renewed, we must withdraw the offer "
    "of employment we made to you last week. Your start date of 3 March is cancelled.",
    "Hi Alex, as the team no longer exists after the reorganisation, we have had to rescind "
    "your job offer for the Analyst role. I am very sorry.",
    "Alex, since the budget was not approved, the company has to withdraw your offer letter, "
    "effective today. The start date we agreed no longer applies.",
]
TAKEN_BACK_NEAR = [
    ("offer", "Dear Alex, we are not, despite what you may have heard, withdrawing your offer "
              "of employment; your start date stands."),
    ("offer", "Alex, we will not withdraw the offer of employment - the start date of 3 "
              "March is confirmed and the offer letter is attached."),
]


@pytest.mark.parametrize("text", TAKEN_BACK_AFTER_A_CLAUSE)
def test_an_offer_withdrawn_after_a_clause_is_a_no(text: str) -> None:
    assert _is(classify("Your offer of employment", text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "text"), TAKEN_BACK_NEAR)
def test_an_offer_not_withdrawn_is_still_an_offer(want: str, text: str) -> None:
    assert _is(classify("Your offer of employment", text).kind, want), text


# The sender's own licence, funding or visa application ("our licence application") is the
# employer's business, not the reader's other subject.
SENDERS_OWN_AND_SOMEONE_ELSE = [
    "Hi Alex, thanks for your patience. With our banking licence application still pending, "
    "we have decided not to move forward with your application for the Compliance Lead role.",
    "Dear Alex, our funding proposal for the lab was declined, so we will not be able to "
    "offer you the technician post.",
    "Hi Alex, with our operating licence application still under review we've decided to "
    "pause and go another way for now. Sorry.",
    "Hi Alex, we're still waiting on our visa application for the new office, and we've "
    "decided not to move forward with your application in the meantime.",
]
SENDERS_OWN_NEAR = [
    ("!rejection", "Dear Alex, we regret to inform you that your grant application to the "
                   "Arts Fund was unsuccessful this round."),
    ("!rejection", "Dear Alex, we regret that your visa application has been refused."),
]


@pytest.mark.parametrize("text", SENDERS_OWN_AND_SOMEONE_ELSE)
def test_the_senders_own_application_is_not_another_subject(text: str) -> None:
    assert _is(classify("Your application", text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "text"), SENDERS_OWN_NEAR)
def test_the_readers_own_grant_or_visa_is_still_not_a_job(want: str, text: str) -> None:
    assert _is(classify("Your application", text).kind, want), text


# Professional pathways (a vacation scheme, a training contract, pupillage, a clerkship)
# are jobs: "unable to offer you a place" on one is a no, not a course's.
PATHWAYS = [
    ("Winter Vacation Scheme 2028",
     "Dear Alex, thank you for your application to our Winter Vacation Scheme. We are sorry "
     "to tell you that we cannot offer you a place this year."),
    ("Pupillage 2028",
     "Dear Alex, the pupillage committee has considered your application carefully and is "
     "not able to offer you a place on this occasion."),
    ("Summer clerkship",
     "Dear Alex, thank you for applying for a summer clerkship with the firm. Regrettably we "
     "are unable to offer you a place in this year's clerkship programme."),
]
PATHWAYS_NEAR = [
    ("!rejection", "Your MSc application",
     "Dear Alex, we are unable to offer you a place on the MSc programme this year."),
    ("!rejection", "Evening course",
     "Dear Alex, the evening course in pottery is full, so we cannot offer you a place."),
]


@pytest.mark.parametrize(("subject", "text"), PATHWAYS)
def test_no_place_on_a_professional_pathway_is_a_no(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "subject", "text"), PATHWAYS_NEAR)
def test_no_place_on_a_course_is_still_not_a_job(want: str, subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# A senior person's one-line reply in a thread whose subject holds only a title ("Re: COO",
# "Re: VP Finance - next steps"): the title is the job.
ONE_LINERS = [
    ("Re: COO - next steps", "Alex - we've gone a different way. Thanks for your time, truly."),
    ("Re: VP Finance", "Alex, decided to go another way. Appreciate all the time you gave us."),
    ("Re: Head of Finance conversation", "Hi Alex - it's a no from the board, sorry. Rupert"),
]
ONE_LINERS_NEAR = [
    ("other", "Re: CEO breakfast", "Thanks for coming this morning - great chat, speak soon."),
    ("other", "Re: dinner", "Alex - we've gone a different way. Thanks for your time, truly."),
]


@pytest.mark.parametrize(("subject", "text"), ONE_LINERS)
def test_a_one_line_no_under_a_senior_title_is_a_no(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "subject", "text"), ONE_LINERS_NEAR)
def test_a_one_liner_without_a_job_is_still_other(want: str, subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# Letters wholly in Polish, Italian or Czech: the usual ways to say no.
LANGUAGES = [
    ("Rekrutacja - Analityk Danych",
     "Dzień dobry, dziękujemy za udział w rekrutacji na stanowisko Analityk Danych. Po analizie "
     "zgłoszeń zdecydowaliśmy się na wybór innego kandydata. Pozdrawiamy, Dział HR"),
    ("Odpowiedź na aplikację",
     "Szanowna Pani, informujemy, że Pani kandydatura nie została zakwalifikowana do kolejnego "
     "etapu rekrutacji. Dziękujemy za zainteresowanie naszą ofertą pracy."),
    ("Candidatura - Account Manager",
     "Gentile Alex, la ringraziamo per l'interesse. Dopo un'attenta valutazione abbiamo deciso "
     "di proseguire con altri candidati il cui profilo è più in linea con la posizione."),
    ("Esito selezione",
     "Gentile Alex, le comunichiamo che purtroppo non possiamo dare seguito alla sua "
     "candidatura per la posizione di grafico."),
    ("Candidatura",
     "Gentile Alex, dopo attenta valutazione abbiamo preferito orientarci su altri profili per "
     "la posizione."),
    ("Výběrové řízení - Grafik",
     "Dobrý den, děkujeme za Váš zájem o pozici Grafik. Bohužel jsme se rozhodli pokračovat "
     "s jiným uchazečem."),
]
LANGUAGES_NEAR = [
    ("!rejection", "Potwierdzenie aplikacji",
     "Dzień dobry, dziękujemy za przesłanie aplikacji na stanowisko Analityk Danych. "
     "Skontaktujemy się z wybranymi kandydatami."),
    ("!rejection", "Invito al colloquio",
     "Gentile Alex, siamo lieti di invitarla a un colloquio per la posizione di grafico "
     "giovedì alle 10."),
]


@pytest.mark.parametrize(("subject", "text"), LANGUAGES)
def test_a_no_in_polish_italian_or_czech_is_a_no(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "subject", "text"), LANGUAGES_NEAR)
def test_a_receipt_or_an_invitation_in_those_languages_is_not(want: str, subject: str,
                                                            text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# A forward of someone else's own mail: the forwarded message was addressed to the person
# who forwards it (a partner, a friend), not to the reader, and does not name the reader.
def _forward(outer_from: str, outer_to: str, inner_to: str, body: str,
             marker: str = "---------- Forwarded message ---------") -> bytes:
    return (f"From: {outer_from}\nTo: {outer_to}\nSubject: Fwd: Your application\n"
            "Date: Mon, 21 Jun 2027 18:12:00 +0100\nMessage-ID: <x@example.com>\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            "Ugh. Can you read this and tell me what you think?\n\n"
            f"{marker}\nFrom: Careers <careers@employer.example>\nDate: Mon, 21 Jun 2027\n"
            f"Subject: Your application\nTo: {inner_to}\n\n{body}\n").encode()


SOMEONE_ELSES = [
    _forward("Sam Lee <sam.lee@example.com>", "Alex Morgan <alex.morgan@example.net>",
             "Sam Lee <sam.lee@example.com>",
             "Dear Sam, we regret to inform you that you have not been selected for the "
             "Archivist post. We wish you every success."),
    _forward("Priya Shah <priya@example.org>", "Alex Morgan <alex.morgan@example.net>",
             "priya@example.org",
             "Hi Priya, thanks for applying. We'd like to invite you to an interview for the "
             "Designer role. Please pick a time here."),
    _forward("Dan Okafor <dan.okafor@example.com>", "Alex Morgan <alex.morgan@example.net>",
             "Dan Okafor <dan.okafor@example.com>",
             "Dear Dan, unfortunately we will not be moving forward with your application "
             "for the Warehouse Supervisor position.",
             marker="-----Original Message-----"),
]
SOMEONE_ELSES_NEAR = [
    # the reader forwarding from a work address to a personal one
    ("rejection", _forward("Alex Morgan <alex@work.example>",
                           "Alex Morgan <alex.morgan@example.net>", "Alex Morgan <alex@work.example>",
                           "Dear Alex, we regret to inform you that you have not been selected "
                           "for the Archivist post.")),
    # a recruiter forwarding the client's no about the reader
    ("rejection", _forward("Ben Hart <ben@agency.example>", "Alex Morgan <alex.morgan@example.net>",
                           "Ben Hart <ben@agency.example>",
                           "Hi Ben, thanks for sending Alex over. Unfortunately we have decided "
                           "not to move forward with Alex for the Analyst role.")),
]


@pytest.mark.parametrize("raw", SOMEONE_ELSES)
def test_a_forward_of_someone_elses_own_mail_is_not_the_readers(raw: bytes) -> None:
    verdict = classify_raw(raw)[1]
    assert verdict.kind == "other", raw
    assert any("addressed to" in reason for reason in verdict.because)


@pytest.mark.parametrize(("want", "raw"), SOMEONE_ELSES_NEAR)
def test_the_readers_own_forward_or_a_relay_naming_the_reader_is_read(want: str,
                                                                     raw: bytes) -> None:
    assert _is(classify_raw(raw)[1].kind, want), raw


# A public tender lost is a firm's bid, not a job application.
TENDERS = [
    ("Outcome of ITT 2028/031 - Facilities Management",
     "Dear Alex Morgan, thank you for your tender. Following evaluation we regret to inform you "
     "that your tender was unsuccessful. The contract will be awarded to the highest-scoring "
     "bidder. A standstill period of ten days applies."),
    ("RFP 44-2028 Managed IT Services - result",
     "Dear Alex, thank you for your organisation's response to the RFP. After evaluation your "
     "proposal was not shortlisted for the framework. Feedback against the award criteria is "
     "attached."),
    ("Tender outcome",
     "Dear Alex, your tender submission for the framework was unsuccessful. The contract will "
     "be awarded to the highest-scoring bidders after the standstill period."),
]
TENDERS_NEAR = [
    ("rejection", "Re: logo quote",
     "Hi Alex, thanks for your quote for the logo work - the client hired another designer."),
    ("rejection", "Re: logo project",
     "Hi Alex, thanks for your bid on the logo project - unfortunately the client hired another "
     "designer."),
    ("interview", "Interview confirmation",
     "Hi Alex, we'd like to invite you to an interview on Tuesday at 10am for the Analyst role. "
     "Please park in Lot 2 behind the building."),
    ("offer", "Your offer",
     "Hi Alex, we're delighted to offer you the Bid Manager role; you'll lead our RFP responses. "
     "Your offer letter is attached."),
    ("rejection", "Procurement Officer",
     "Dear Alex, thank you for applying for the Procurement Officer role. Unfortunately we will "
     "not be progressing your application."),
]


@pytest.mark.parametrize(("subject", "text"), TENDERS)
def test_a_tender_lost_is_not_a_job_no(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "other"), text


@pytest.mark.parametrize(("want", "subject", "text"), TENDERS_NEAR)
def test_a_freelance_quote_or_a_procurement_job_is_still_a_no(want: str, subject: str,
                                                              text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# The reader hiring: a candidate declines the reader's own offer.
DECLINES_YOUR_OFFER = [
    "Hi Alex, bad news I'm afraid: Marta has decided not to accept your offer for the Product "
    "Designer role. She's staying where she is. I have two other candidates who could meet you "
    "next week.",
    "Alex - unfortunately the candidate has declined your offer; his current employer matched "
    "the salary. Shall we go back to the shortlist?",
    "Hi Alex, sorry - Jamie has declined the offer for your Sales Lead position and accepted a "
    "counter-offer. Unfortunately we're back to the shortlist.",
]
DECLINES_YOUR_OFFER_NEAR = [
    ("rejection", "Hi Alex, unfortunately we've had to withdraw our offer to you for the Ops "
                  "Manager role after the budget review."),
    ("!rejection", "Great news Alex - Marta has accepted your offer for the Product Designer "
                   "role and can start on the 1st."),
    ("offer", "Hi Alex, our first-choice candidate has declined the offer, so we would like to "
              "offer you the Analyst role."),
]


@pytest.mark.parametrize("text", DECLINES_YOUR_OFFER)
def test_a_candidate_declining_the_readers_offer_is_not_a_no(text: str) -> None:
    assert _is(classify("Your candidate", text).kind, "other"), text


@pytest.mark.parametrize(("want", "text"), DECLINES_YOUR_OFFER_NEAR)
def test_an_offer_to_the_reader_withdrawn_is_still_a_no(want: str, text: str) -> None:
    assert _is(classify("Your candidate", text).kind, want), text


# An open call, an exhibition or a festival jury's selection: art, not a job.
OPEN_CALLS = [
    ("Open call results",
     "Dear Alex, we regret to inform you that your submission to the open call was not "
     "selected by the jury. Thank you for applying."),
    ("Exhibition 2028",
     "Dear Alex, unfortunately your work has not been chosen for the exhibition. We received "
     "500 applications."),
    ("Salon 2028",
     "Dear Alex Morgan, we regret to inform you that your series has not been chosen by the "
     "selection jury for Salon 2028. Thank you for applying."),
]
OPEN_CALLS_NEAR = [
    ("rejection", "Exhibition Assistant",
     "Dear Alex, thank you for applying for the Exhibition Assistant role. Unfortunately you "
     "were not selected for interview."),
    ("rejection", "Gallery Technician",
     "Dear Alex, the panel has decided not to progress your application for the Gallery "
     "Technician post."),
]


@pytest.mark.parametrize(("subject", "text"), OPEN_CALLS)
def test_an_open_call_or_a_jury_is_not_a_job(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "other"), text


@pytest.mark.parametrize(("want", "subject", "text"), OPEN_CALLS_NEAR)
def test_a_gallery_job_is_still_a_no(want: str, subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# A visa section or a consulate cancels an appointment: a service, not a job.
CONSULAR = [
    ("Visa centre",
     "Dear applicant, we regret to inform you that your biometrics appointment at the visa "
     "centre has been cancelled due to a system outage. Your application is not affected."),
    ("Consular section",
     "We regret to inform you that the consular section cannot proceed with your application, "
     "as the passport photo does not meet the requirements."),
    ("Visa office update",
     "We regret to inform you that the visa office is unable to proceed with your application "
     "until your biometrics are received."),
]
CONSULAR_NEAR = [
    ("rejection", "Your application",
     "Dear Alex, unfortunately we cannot sponsor a work visa for this role, so we will not be "
     "progressing your application."),
    ("rejection", "Visa Support Officer",
     "Dear Alex, thank you for applying for the Visa Support Officer role. We regret to inform "
     "you that you were not selected."),
]


@pytest.mark.parametrize(("subject", "text"), CONSULAR)
def test_a_visa_section_notice_is_not_a_job_no(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "other"), text


@pytest.mark.parametrize(("want", "subject", "text"), CONSULAR_NEAR)
def test_a_job_no_about_a_visa_is_still_a_no(want: str, subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# Work already under way called off (a client's campaign dropped, "stop working", "send me
# your hours", a kill fee): the reader is paid, no application was turned down.
WORK_CALLED_OFF = [
    "Hi Alex, the client has decided not to proceed with the autumn campaign, so please stop "
    "working on the illustrations. Send me your hours so far and we'll pay them.",
    "Hi Alex, the client has decided not to move forward with the campaign after all, so "
    "please stop work on the layouts. Send me your hours and we'll pay for them.",
    "Hi Alex, unfortunately the project has been cancelled on the client side. Please stop "
    "working on it and invoice us for the days you've done so far.",
]
WORK_CALLED_OFF_NEAR = [
    ("rejection", "Hi Alex, thanks for the pitch - the client decided to go with another "
                  "illustrator for the brief."),
    ("rejection", "Hi Alex, thanks for your proposal for the brief; unfortunately we've "
                  "decided not to proceed with your application for the illustrator role."),
    ("rejection", "Hi Alex, thanks for the trial shift on Saturday. Unfortunately we won't be "
                  "offering you the job - send me your hours and I'll pay you for the trial."),
]


@pytest.mark.parametrize("text", WORK_CALLED_OFF)
def test_work_under_way_called_off_is_not_a_no(text: str) -> None:
    assert _is(classify("The brief", text).kind, "other"), text


@pytest.mark.parametrize(("want", "text"), WORK_CALLED_OFF_NEAR)
def test_a_pitch_not_won_is_still_a_no(want: str, text: str) -> None:
    assert _is(classify("The brief", text).kind, want), text


# "Only candidates selected for interview will be contacted": a receipt's warning, not an
# invitation.
ONLY_SELECTED = [
    "Thank you for applying to the Teacher Pool. Only applicants selected for interview will be "
    "contacted by the school.",
    "We have your application. Due to the volume of applications, only those shortlisted for an "
    "interview will be contacted.",
    "Thank you for your application. Only people invited for an assessment will be notified of "
    "the outcome.",
]
ONLY_SELECTED_NEAR = [
    ("interview", "Hi Alex, you have been selected for an interview for the Teacher role; please "
                  "pick a time that suits you."),
    ("interview", "Good news Alex - we have shortlisted you for an interview on Monday."),
]


@pytest.mark.parametrize("text", ONLY_SELECTED)
def test_only_those_selected_will_be_contacted_is_a_receipt(text: str) -> None:
    assert _is(classify("Thank you for applying", text).kind, "acknowledgement"), text


@pytest.mark.parametrize(("want", "text"), ONLY_SELECTED_NEAR)
def test_the_reader_selected_for_interview_is_an_interview(want: str, text: str) -> None:
    assert _is(classify("Thank you for applying", text).kind, want), text


# "Grants Officer" is a job's title, not a grant round.
GRANTS_TITLE = [
    ("offer", "Offer of appointment - Grants Officer",
     "Dear Alex, I am delighted to offer you the post of Grants Officer in the Research Office. "
     "Your contract is attached."),
    ("rejection", "Grants Officer",
     "Dear Alex, thank you for applying for the Grants Officer role. Unfortunately you have not "
     "been shortlisted."),
    ("interview", "Senior Grants Officer - next steps",
     "Dear Alex, we would like to invite you to an interview for the Senior Grants Officer post."),
]
GRANTS_TITLE_NEAR = [
    ("other", "Community fund",
     "Dear applicant, the grants panel has decided not to fund your project this round."),
    ("other", "Your grant",
     "Dear Alex, we regret that your grant application was unsuccessful; the grants officer can "
     "give feedback."),
]


@pytest.mark.parametrize(("want", "subject", "text"), GRANTS_TITLE)
def test_a_grants_officer_is_a_job(want: str, subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


@pytest.mark.parametrize(("want", "subject", "text"), GRANTS_TITLE_NEAR)
def test_a_grant_round_is_still_not_a_job(want: str, subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# A merit pool, an eligibility list: a wait for a post, not a receipt or a no.
POOLS = [
    "Dear Alex, the panel assessed you as suitable and your name has been placed in a merit pool "
    "for APS 4 roles. Keep your details current in your candidate profile.",
    "Dear Alex, your name has been placed on the eligibility register for Prison Officer posts. "
    "We will be in touch as vacancies arise; please update your applicant account if your "
    "details change.",
    "Dear Alex, following the assessment you are now on the eligible list for Library Assistant "
    "posts; we will be in touch as vacancies arise.",
]
POOLS_NEAR = [
    ("rejection", "Dear Alex, unfortunately you were not successful at interview, so we will not "
                  "be progressing your application for the merit pool."),
    ("rejection", "Dear Alex, unfortunately you were not found suitable for the Customs Officer "
                  "role, so you have not been placed on the eligibility list."),
]


@pytest.mark.parametrize("text", POOLS)
def test_a_merit_pool_or_eligibility_list_is_a_wait(text: str) -> None:
    assert _is(classify("Merit pool notification", text).kind, "other"), text


@pytest.mark.parametrize(("want", "text"), POOLS_NEAR)
def test_not_placed_in_the_pool_is_a_no(want: str, text: str) -> None:
    assert _is(classify("Merit pool notification", text).kind, want), text


# A search firm's longlist for interviews is a job's, not a prize's.
SEARCH_LONGLIST = [
    "Thank you for applying for the role of Head of Finance. We confirm receipt of your CV and "
    "will agree a longlist for first interviews by 10 May.",
    "We have received your application for the Director appointment; the longlist for "
    "preliminary interview will be drawn up after the closing date.",
    "Thank you for your application, which we have received. Our consultants will review every "
    "CV before agreeing a longlist with the Trust.",
]
SEARCH_LONGLIST_NEAR = [
    ("other", "Congratulations: your novel has been longlisted for the Debut Prize."),
    ("other", "The judges have announced the longlist; unfortunately your entry was not "
              "included."),
]


@pytest.mark.parametrize("text", SEARCH_LONGLIST)
def test_a_search_longlist_is_a_job(text: str) -> None:
    assert _is(classify("Application received", text).kind, "acknowledgement"), text


@pytest.mark.parametrize(("want", "text"), SEARCH_LONGLIST_NEAR)
def test_a_prize_longlist_is_still_other(want: str, text: str) -> None:
    assert _is(classify("Longlist", text).kind, want), text


# A shadow shift, an observation day or a working interview moved to another day.
STEP_MOVED = [
    "Hi Alex, unfortunately we need to move your shadow shift on Ward 5 - could you do Friday "
    "0800-1600 instead?",
    "Hi Alex, we need to rearrange your observation day to next Thursday; let me know if "
    "Thursday works.",
    "Hi Alex, we need to move your trial day to Saturday 07:30-15:30 if that works.",
]
STEP_MOVED_NEAR = [
    ("!interview", "Hi Alex, unfortunately we need to move the team meeting to Friday; the "
                   "agenda is attached."),
    ("rejection", "Hi Alex, thank you for the shadow shift. Unfortunately we won't be taking "
                  "your application further."),
]


@pytest.mark.parametrize("text", STEP_MOVED)
def test_a_shadow_shift_or_observation_day_moved_is_an_interview(text: str) -> None:
    assert _is(classify("Change of plan", text).kind, "interview"), text


@pytest.mark.parametrize(("want", "text"), STEP_MOVED_NEAR)
def test_a_meeting_moved_or_a_no_after_the_shift_keeps_its_kind(want: str, text: str) -> None:
    assert _is(classify("Change of plan", text).kind, want), text


# A test sent "in attachment" (English as a second language): the next step.
IN_ATTACHMENT = [
    "Hi Alex, as promised, in attachment you find our creative test for the Social Media role. "
    "You have 5 working days.",
    "Dear Alex, in the attachment you will find the case study for the Analyst position; please "
    "send it back by Friday.",
    "Hi Alex, please find in attachment the copy test for the Copywriter role; deadline Monday "
    "12:00.",
]
IN_ATTACHMENT_NEAR = [
    ("rejection", "Hi Alex, in attachment you find the feedback on your test. Unfortunately we "
                  "will not continue with your application."),
    ("other", "Hi Alex, in attachment you find the invoice for March."),
]


@pytest.mark.parametrize("text", IN_ATTACHMENT)
def test_a_test_sent_in_attachment_is_an_interview(text: str) -> None:
    assert _is(classify("Creative test", text).kind, "interview"), text


@pytest.mark.parametrize(("want", "text"), IN_ATTACHMENT_NEAR)
def test_feedback_or_an_invoice_in_attachment_keeps_its_kind(want: str, text: str) -> None:
    assert _is(classify("Creative test", text).kind, want), text


# A fact after a clause with "if" or "whether" ("not knowing whether it will restart, we have
# had to withdraw the offer") is no condition; "if ..., we will withdraw" still is.
FACT_AFTER_A_CONDITION = [
    "Dear Alex, with no certainty over whether the project will restart, we have had to "
    "withdraw the offer. I am very sorry.",
    "Hi Alex, since nobody can say if the funding comes back, we've had to withdraw your offer "
    "for the Analyst role.",
    "Dear Alex, as it is unclear whether the post will be funded next year, we have decided not "
    "to proceed with your application.",
]
FACT_AFTER_A_CONDITION_NEAR = [
    ("!rejection", "Dear Alex, if your references are not satisfactory, we will withdraw the "
                   "offer."),
    ("!rejection", "Dear Alex, should the checks fail, we would have to withdraw the offer of "
                   "employment."),
]


@pytest.mark.parametrize("text", FACT_AFTER_A_CONDITION)
def test_a_fact_after_an_if_clause_is_a_no(text: str) -> None:
    assert _is(classify("Your offer", text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "text"), FACT_AFTER_A_CONDITION_NEAR)
def test_a_condition_of_the_offer_is_still_not_a_no(want: str, text: str) -> None:
    assert _is(classify("Your offer", text).kind, want), text
