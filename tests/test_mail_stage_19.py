"""Nineteenth pass (stage): three families the next authors' mail showed
(``formats/mail_stage_client.py``, ``formats/mail_stage_met.py``):

* an agency relaying its client's decision on the CV it put forward is a screening (the
  corpus convention), in English and the languages job mail comes in;
* a work sample sat alone (a technical test, a data or coding challenge, a vetting
  assessment) is a screening, even when a live interview is named as the step it led to;
* an interview reached but only alluded to (came to the office or the site, met two named
  people, "our two interviews", an interview's outcome in the subject, the interview in
  Japanese, Chinese, Korean, Arabic, Malay or Thai) is an interview.

Every wording here is new (none is copied from the corpus). The near misses: a client's job
only named, a freelance marketplace's client, a step denied or still to come, a careers
site visited, a video interview recorded alone.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import stage_from_text
from ajar.formats.mail_stage import call_stage


def _stage(text: str, title: str | None = None) -> str:
    """As the mail reader does it: the text's own stage, then the step reader."""
    return call_stage(stage_from_text(text) or "applied", text, title)


AGENCY = [
    "The client has gone with an internal candidate for the Planning Engineer job, so it's a "
    "no this time.",
    "My client came back today: they want somebody with NEBOSH, so they won't take it further.",
    "Your CV was reviewed by the client on Friday and sadly they've decided against it.",
    "I put your resume forward on Monday but the hiring company has gone with someone local.",
    "My client has decided to pause the search, so your application stops here for now.",
    "They really liked your CV, but the budget for the post was cut last week.",
    "Mon client a retenu un profil plus senior.",
    "Leider hat sich unser Kunde für jemand anderen entschieden.",
    "Helaas kiest de opdrachtgever voor een andere kandidaat.",
    "Nuestro cliente ha decidido seguir con otro perfil.",
    "O nosso cliente optou por outro candidato.",
    "Il nostro cliente ha scelto un altro profilo.",
    "Vår kund har valt att gå vidare med en annan kandidat.",
    "Nasz klient zdecydował się na innego kandydata.",
]


@pytest.mark.parametrize("text", AGENCY)
def test_an_agency_relaying_its_clients_decision_reached_the_screening(text: str) -> None:
    assert _stage(text) == "screening"


AGENCY_NEAR_MISSES = [
    # the client's job only named; the agency itself decided
    ("Thank you for applying to our client's Site Manager role. Unfortunately your application "
     "has not been successful.", "applied"),
    # a freelance marketplace: its client hires directly
    ("The client has declined your proposal for the logo refresh job.", "applied"),
    # the client interviewed the reader: the interview stands
    ("Feedback from the client after your interview on Tuesday: they have chosen someone else.",
     "interview"),
]


@pytest.mark.parametrize(("text", "stage"), AGENCY_NEAR_MISSES)
def test_a_client_only_named_or_a_marketplace_client_keeps_its_stage(text: str, stage: str) -> None:
    assert _stage(text) == stage


SAMPLES = [
    "Thanks for taking part in our Analytics Hackathon; your entry did not make the top ten.",
    "Thank you for completing the coding challenge. We won't be progressing your application.",
    "You did not reach the pass mark in the timed Python assessment, so we cannot continue.",
    "Thank you for doing the vetting test with us; your score was below our bar for the live "
    "technical interview.",
    "Your score in the aptitude test was below the threshold required to move on to the final "
    "technical interview.",
    "Thank you for sitting our written exercise. Only the top 20 candidates were invited to the "
    "interview stage, and your result was not among them.",
    "Merci d'avoir réalisé le test technique ; nous ne donnerons pas suite à votre candidature.",
    "Vielen Dank für die Bearbeitung der Probeaufgabe. Leider müssen wir Ihnen absagen.",
    "Bedankt voor het maken van de thuisopdracht; helaas gaan we niet verder.",
    "Gracias por completar el reto técnico; no continuaremos con tu candidatura.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_a_work_sample_sat_alone_is_a_screening(text: str) -> None:
    assert _stage(text) == "screening"


SAMPLE_NEAR_MISSES = [
    # a sample and a live interview after it: the interview stands
    ("After the coding challenge and your interview with the team, we chose someone else.",
     "interview"),
    # a challenge only offered, never sat
    ("We will not be inviting you to the data challenge stage.", "applied"),
]


@pytest.mark.parametrize(("text", "stage"), SAMPLE_NEAR_MISSES)
def test_a_sample_with_an_interview_or_only_offered_keeps_its_stage(text: str, stage: str) -> None:
    assert _stage(text) == stage


MET = [
    "Thanks for coming to site on Monday; we've gone with a local engineer.",
    "Thank you for coming to our Penang head office to see the team. Sadly it's a no.",
    "It was good of you to come over to the Marina Bay office last week; we chose someone else.",
    "Thank you for your time when you came to meet Dr Ferreira and myself.",
    "We enjoyed both interviews, but we are going with another applicant.",
    "After our three interviews we have decided not to offer you the post.",
    "Interview outcome: unfortunately you have not been successful.",
    "先日は二次面接にご参加いただき、ありがとうございました。今回は採用を見送らせていただきます。",
    "感谢您参加我们的面试。很遗憾，您未能通过本次招聘。",
    "면접에 참석해 주셔서 감사합니다. 아쉽게도 이번에는 함께하지 못하게 되었습니다.",
    "نشكرك على حضور المقابلة، ونأسف لإبلاغك بأنه لم يتم اختيارك.",
    "Terima kasih kerana menghadiri temu duga; malangnya permohonan anda tidak berjaya.",
    "ขอบคุณที่เข้าร่วมสัมภาษณ์ แต่เราได้เลือกผู้สมัครท่านอื่น",
]


@pytest.mark.parametrize("text", MET)
def test_an_interview_alluded_to_was_reached(text: str) -> None:
    assert _stage(text) == "interview"


MET_NEAR_MISSES = [
    # a careers site, not the building site
    ("Thank you for coming to our careers site and applying; we chose others.", "applied"),
    # an interview denied in Japanese and Korean (the noun with no word of attending)
    ("今回は面接のご案内を見送らせていただきます。", "applied"),
    ("이번에는 면접 기회를 드리지 못하게 되었습니다.", "applied"),
    # interviews still to come, for others
    ("We will not be inviting you to the two interviews next month.", "applied"),
]


@pytest.mark.parametrize(("text", "stage"), MET_NEAR_MISSES)
def test_a_site_visited_online_or_an_interview_denied_is_not_reached(text: str, stage: str) -> None:
    assert _stage(text) == stage


def test_a_video_interview_with_the_readers_own_questions_was_live() -> None:
    text = ("Thank you for the video interview on Thursday and your questions about the "
            "boarding house. We have decided not to offer you the role.")
    assert _stage(text, "Deputy Head") == "interview"
    # recorded alone it stays a screening
    assert _stage("Thank you for recording your video interview answers. We have decided not to "
                  "progress your application.") == "screening"


@pytest.mark.parametrize("text", [
    "Fijn dat we gisteren even hebben gebeld. Helaas gaan we niet verder met je sollicitatie.",
    "Danke, dass wir heute Morgen kurz telefoniert haben; leider passt das Profil nicht.",
])
def test_a_call_said_with_a_verb_is_a_screening(text: str) -> None:
    assert _stage(text, "Recruiter") == "screening"


def test_a_call_denied_in_dutch_is_not_reached() -> None:
    assert _stage("We hebben je niet gebeld, want de functie is al vervuld.") == "applied"
