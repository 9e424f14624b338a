"""Sixteenth pass (kind): who a no is said to, what an offer offers, and where a job is named.
A newsletter's or a team note's no, and the sender's own, are news, not a no to the reader;
an offer of a feedback call is a warm no's courtesy; a club or a season is a setting a job
can have; a rule of the process stated about a class of applicants is no no; receipts and
conditions in Norwegian and Danish; a status set to "Not Shortlisted". New wordings, not
copied from the corpus; each family has near misses that keep their answer."""

from __future__ import annotations

import pytest

from ajar.formats import triage_audience, triage_matter, triage_model
from ajar.formats.triage import classify


def _kind(subject: str, text: str, sender: str = "someone@example.com") -> str:
    return classify(subject, text, sender).kind


# News of other people's noes: a newsletter, a note to a team, the sender's own no.
NEWS = [
    ("Frame and Fold: job cuts, a cancelled sequel and good news",
     "A mid-sized studio in Bristol confirmed job cuts after its distributor decided not to "
     "proceed with a second series. The national screen body said most applicants to its "
     "winter intake were unsuccessful. Regrettably, we cannot list every "
     "shortlisted studio here. Studio jobs this week: Rigger (Cardiff), Compositor (Leeds). "
     "You're receiving this because you subscribed at frameandfold.example. Unsubscribe."),
    ("Hospital contract",
     "Hi all, quick one before the rota goes out. Sadly we weren't successful with the "
     "hospital cleaning contract - the trust decided not to proceed with us and went with a "
     "national provider. Nobody's hours change this month. Thanks to everyone who helped "
     "with the bid. Priya"),
    ("ugh",
     "didn't land the Leeds job in the end, they picked someone internal. oh well. are you "
     "still up for climbing on thursday? tom"),
]

# Near misses: a relay or a mass no that names the reader's application, or greets them.
NEWS_NEAR_MISSES = [
    ("Update on your application",
     "Kestrel Logistics has an update on your application. Thank you for applying. Kestrel "
     "Logistics has decided not to proceed with applicants for this role at this time. More "
     "jobs like this. Unsubscribe from application updates."),
    ("Transport Planner vacancy",
     "Dear all, thank you for your applications for the Transport Planner vacancy. "
     "Unfortunately the post has now been filled and we will not be progressing any further "
     "applications. Kind regards, Harbour Council HR"),
    ("Marta sent you a message",
     "Hi Alex, sorry for the silence. I checked with our recruiter and the Data Analyst role "
     "is filled: we went with an internal candidate last week. Good luck! View message. You "
     "are receiving message notification emails. Unsubscribe"),
]


@pytest.mark.parametrize("subject,text", NEWS)
def test_news_of_other_peoples_noes_is_not_a_rejection(subject: str, text: str) -> None:
    verdict = classify(subject, text, "news@example.org")
    assert verdict.kind != "rejection", verdict


@pytest.mark.parametrize("subject,text", NEWS_NEAR_MISSES)
def test_a_no_relayed_or_sent_to_all_applicants_is_still_a_rejection(subject: str,
                                                                     text: str) -> None:
    assert _kind(subject, text, "noreply@jobs.example.com") == "rejection"


def test_the_audience_reader_explains_itself() -> None:
    why = triage_audience.not_said_to_the_reader(
        "weekly\n\nthe studio decided not to proceed. unsubscribe",
        ["the studio decided not to proceed."])
    assert why and "news to many" in why
    assert triage_audience.not_said_to_the_reader(
        "x\n\nhi alex, we decided not to proceed with your application. unsubscribe",
        ["we decided not to proceed with your application."]) is None
    assert triage_audience.the_senders_own("sadly our tender was not successful.")
    assert triage_audience.the_senders_own("didn't get the job, they picked someone else.")
    assert not triage_audience.the_senders_own("we were not successful in placing you.")
    assert not triage_audience.the_senders_own("didn't make the cut this time, sorry.")


def test_an_agency_speaking_as_we_is_still_a_rejection() -> None:
    text = ("Hi Alex, I've had feedback from the client. Unfortunately we weren't successful "
            "with Harwick Foods this time; they didn't get past the CV stage with us. Speak soon, "
            "Priya")
    assert _kind("Harwick Foods - Planner", text, "priya@agency.example") == "rejection"


# A warm final-round no that offers a feedback call is a no, not an offer.
def test_an_offer_of_a_feedback_call_beside_a_no_is_a_rejection() -> None:
    text = ("Dear Alex, thank you for the time you gave us over the last three weeks: the "
            "screening call, the paid exercise and Thursday's panel. We had two finalists for "
            "the Lead Illustrator role and I'm afraid we've given it to the other person, who "
            "has art-directed a picture-book series before. I'd love to offer you a proper "
            "debrief with our creative director if that would help. Warm regards, Ines")
    assert _kind("Thank you - Lead Illustrator", text) == "rejection"


def test_an_offer_of_the_role_is_still_an_offer() -> None:
    text = ("Dear Alex, thank you for Thursday's panel. I'd like to offer you the Lead "
            "Illustrator role, starting in March; the contract will follow. Warm regards, Ines")
    assert _kind("Lead Illustrator", text) == "offer"


# A club or a season is the setting of a job: a no to a titled job there is a no.
SETTINGS = [
    ("Academy Strength Coach - outcome",
     "Dear Alex, thank you for spending the day with the squad and the coaching staff. I'm sorry to say we won't be offering you the Academy Strength Coach position; "
     "we chose a candidate who has worked in a professional club for three seasons. Best "
     "wishes, Head of Performance"),
    ("Sous Chef - river cruise client",
     "Hi Alex, thanks for the call. I've spoken to the client and I'm afraid I can't put you "
     "forward for the Sous Chef contract this season: they need a food hygiene level 3 "
     "certificate before boarding. Best, Crew Desk"),
]


@pytest.mark.parametrize("subject,text", SETTINGS)
def test_a_no_to_a_titled_job_at_a_club_or_for_a_season_is_a_rejection(subject: str,
                                                                       text: str) -> None:
    assert _kind(subject, text, "crew@example.com") == "rejection"


def test_a_squad_selection_no_is_still_not_a_job() -> None:
    text = ("Hi everyone, thanks to all of you who came to trials on Saturday. The coaches "
            "have picked the first team squad for this season and unfortunately not everyone "
            "could be selected. Training starts Tuesday. The Club")
    assert _kind("Squad selection", text, "club@example.org") != "rejection"


def test_a_titled_job_is_read_beside_its_noun() -> None:
    assert triage_matter.names_a_titled_job("we can't offer you the first team physiotherapist"
                                            " position")
    assert triage_matter.names_a_titled_job("i can't put you forward for the sous chef contract")
    assert not triage_matter.names_a_titled_job("you were not picked for the squad this season")


# A rule of the process about a class of applicants is not a no to the reader.
def test_a_rule_about_a_class_of_applicants_in_an_invitation_is_not_a_rejection() -> None:
    text = ("Hello, you have been screened in to the next phase of the selection process for "
            "Economist (EC-05). You are invited to complete a timed written examination on "
            "May 3. Applicants who score below the pass mark will not be considered further. "
            "Please confirm by April 28. Staffing Team")
    assert _kind("Invitation: written examination", text, "staffing@example.gc.ca") == \
        "interview"


def test_a_no_beside_candidates_who_went_further_is_still_a_rejection() -> None:
    text = ("Dear Alex, thank you for applying. We have decided to progress candidates whose "
            "experience is closer to the role, and we will not be progressing your application "
            "further. Kind regards, Talent Team")
    assert _kind("Your application - Economist", text) == "rejection"


def test_the_model_sees_a_class_rule_and_a_choice_of_others() -> None:
    cue = triage_model.features(triage_model.tokens(
        "Applicants who miss the deadline will not be considered."))
    assert "#class" in cue
    assert "#class" not in triage_model.features(triage_model.tokens(
        "We went with candidates who had more experience."))
    assert "#went-with" in triage_model.features(triage_model.tokens(
        "We've gone with folks who live near the site."))
    assert "#went-with" not in triage_model.features(triage_model.tokens(
        "We went with your suggestion for the date."))


# Norwegian and Danish receipts and conditions.
def test_a_norwegian_receipt_with_a_condition_is_not_a_rejection() -> None:
    text = ("Hei Alex, vi bekrefter at vi har mottatt søknaden din på stillingen som "
            "seniorrådgiver. Søknadsfristen er 1. april, og intervjuer holdes i mai. Du får "
            "beskjed dersom søknaden din ikke går videre. Med vennlig hilsen HR")
    assert _kind("Kvittering for søknad", text, "hr@example.no") == "acknowledgement"


def test_a_norwegian_no_is_still_a_rejection() -> None:
    text = ("Hei Alex, takk for søknaden på stillingen som seniorrådgiver. Vi har dessverre "
            "valgt en annen kandidat til stillingen. Med vennlig hilsen HR")
    assert _kind("Stillingen som seniorrådgiver", text, "hr@example.no") == "rejection"


# A job board's status set to a quoted no is the no itself.
def test_a_status_set_to_a_quoted_no_is_a_rejection() -> None:
    text = ("Dear Alex, this is to let you know that the recruiter at Arvind Textiles has "
            "changed the status of your application for Merchandiser to 'Not Selected'. Keep "
            "your profile updated to get noticed. Team JobsHub")
    assert _kind("Application status update", text, "alerts@jobshub.example") == "rejection"


# A registration, a course place or an item for sale refused is not a job's no.
OTHER_THINGS = [
    ("Application for registration - further documents needed",
     "Dear Alex, thank you for your application for registration as an overseas-trained "
     "radiographer. Unfortunately we are not able to progress your application until we "
     "receive certified copies of your transcript. Registration Team"),
    ("Foundation Sign Language - autumn",
     "Dear Alex, thank you for applying for a place on our Foundation Sign Language course. "
     "Unfortunately your application was unsuccessful this time; places were given to "
     "applicants who had completed the taster day. We have added you to the waitlist."),
    ("Your listing was not approved: Retro Icons Set",
     "Hello Alex, thank you for submitting Retro Icons Set. We regret to inform you that "
     "your item has not been approved for sale: the preview uses a trademarked logo and "
     "repeats an item already in your portfolio. You may resubmit the item to the "
     "marketplace after changes. Quality Team"),
]


@pytest.mark.parametrize("subject,text", OTHER_THINGS)
def test_a_no_about_a_registration_a_course_place_or_an_item_is_not_a_rejection(
        subject: str, text: str) -> None:
    assert _kind(subject, text, "team@example.org") != "rejection"


def test_a_registration_officer_job_is_still_a_job() -> None:
    text = ("Dear Alex, thank you for your application for the Registration Officer role. "
            "Unfortunately we have decided not to progress your application. HR")
    assert _kind("Registration Officer", text) == "rejection"


# A small employer's note with no job word, and a German no the model had few of.
def test_a_note_that_gave_the_spot_to_someone_else_is_a_rejection() -> None:
    text = ("Hi Alex, thanks for popping in on Monday, I enjoyed our chat about the new "
            "studio. I've thought about it a lot, but I've given the spot to someone who "
            "already teaches reformer classes. Sorry it's not better news. Dana")
    assert _kind("Monday", text, "dana@example.com") == "rejection"


def test_a_seat_given_to_another_passenger_is_not_a_rejection() -> None:
    text = ("Dear customer, your flight was overbooked and we have offered the seat to another "
            "passenger with a connection. Your refund will follow. Airline Customer Care")
    assert _kind("Your flight", text, "care@airline.example") != "rejection"


def test_a_german_no_offer_after_an_assessment_centre_is_a_rejection() -> None:
    text = ("Guten Tag Alex Morgan, vielen Dank für Ihre Teilnahme an unserem Auswahltag. "
            "Leider können wir Ihnen kein Vertragsangebot unterbreiten. Wir wünschen Ihnen "
            "alles Gute. Ihr Recruiting-Team")
    assert _kind("Ihr Auswahltag", text, "jobs@example.de") == "rejection"
