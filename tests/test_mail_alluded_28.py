"""Twenty-eighth pass: what a person's letter says without the template words. The step
alluded to (people named, a visit, a recruiter's client answering), the job kept with the
people already there as the reason, a consultant's practice beside the title (not the
agency), a subject's word before the title, and a day's ordinal that does not end a
sentence. Every letter below is written anew (invented names, reserved example domains)."""

from __future__ import annotations

import pytest

from ajar.formats.mail import draft_rejection
from ajar.formats.mail_reason import reason_from_text
from ajar.formats.mail_signature import read_signature
from ajar.formats.mail_title_central import without_post_word
from helpers import letter

ME = frozenset({"alex.morgan@example.net"})


def _draft(sender: str, subject: str, body: str):
    return draft_rejection(letter(sender, subject, body, message_id="<alluded28@example.com>"),
                           "alluded28.eml", ME)


@pytest.mark.parametrize("body, stage", [
    # two people named: the team met the reader
    ("Thanks so much for speaking with Ilse and Tomasz last week about the Platform Engineer "
     "role. After talking it through, we've decided to go with someone who has run on-call "
     "rotations before.", "interview"),
    ("Thank you for speaking with Dr Amadi and me on Zoom about the research post. I have "
     "decided to offer it to a student already in the department.", "interview"),
    # one person named: the recruiter's screen
    ("Thanks again for chatting with Rosalind last week about the Account Manager role. We have "
     "decided not to move forward with your application.", "screening"),
    # seen at the office, or came down to it
    ("Lovely to see you at the office on Thursday. For this block we're going to keep Ned on as "
     "coordinator.", "interview"),
    ("Thank you for coming down to the office on Saturday. The post we spoke about is not one "
     "we will be creating this year.", "interview"),
    # thanks for the time on a day: the signer is hiring
    ("Thanks again for the time on Tuesday. We're going to pass on the Senior Account Executive "
     "seat.", "interview"),
    # a recruiter's client answered: the screening
    ("Hi Alex, heard back from the client on the estimator job - they've gone another way.",
     "screening"),
    ("Thanks so much for your patience while we waited on the client. They've decided to "
     "progress other candidates.", "screening"),
    ("Had feedback from my client this morning on the warehouse lead role: it's a no.", "screening"),
    ("They've gone through the CVs I presented and have decided not to invite you to interview.",
     "screening"),
    ("Alex - client's gone with someone already on site, so that one's dead.", "screening"),
    # a bare template stays at applying
    ("Thank you for your application. We have decided not to move forward with it at this time.",
     "applied"),
    # invitations and promises are no step reached
    ("Thanks for your application. I'd love you to meet Ilse and Tomasz, but the role has been "
     "put on hold.", "applied"),
    ("Unfortunately the client will review applications only in March, so we are closing this "
     "one.", "applied"),
])
def test_a_step_alluded_to_is_read(body: str, stage: str) -> None:
    draft = _draft("Morwenna Pell <morwenna@kestrelfold.example.com>", "Update", body +
                   "\n\nBest,\nMorwenna Pell\nHead of Engineering, Kestrelfold\n")
    assert draft.stage == stage


@pytest.mark.parametrize("text, phrase", [
    ("Hi Alex,\n\nLovely to meet you. For this block we're going to keep Ned on as coordinator "
     "and move Evie up to assist him.\n\nBest,\nMo", "keep Ned on as coordinator"),
    ("Dear Alex,\n\nThe board went back and forth, but we've agreed to keep the role with "
     "Primož, who has run the section since March.\n\nKind regards", "keep the role with Primož"),
    ("Hi Alex,\n\nWhen we looked at the runway, we decided to keep design with the agency "
     "through the end of the year.\n\nThanks", "keep design with the agency"),
    ("Hi,\n\nHonestly I can't justify a supervisor's wage this side of spring, so I'll hold "
     "off.\n\nCheers", "can't justify a supervisor's wage"),
    ("Hola Alex, al final lo cubrimos con alguien de adentro. Suerte!", "alguien de adentro"),
    ("Hej Alex, vi har valgt at gå videre med en af vores egne montører. Held og lykke.",
     "en af vores egne montører"),
])
def test_the_job_kept_with_the_people_there_is_the_reason(text: str, phrase: str) -> None:
    assert phrase in (reason_from_text(text) or "")


@pytest.mark.parametrize("text", [
    "Hi Alex,\n\nThanks for applying. We'll keep your CV on file with our team for six months.",
    "Hi Alex,\n\nLet's keep in touch with the team here, and good luck.",
])
def test_keeping_the_reader_on_file_is_no_reason(text: str) -> None:
    assert reason_from_text(text) is None


@pytest.mark.parametrize("text, phrase", [
    ("Sehr geehrte Frau Morgan,\n\nleider hat uns das Landesamt mitgeteilt, dass die Erlaubnis "
     "bis zum 1. April 2027 nicht erteilt werden kann, weshalb wir das Angebot zurückziehen "
     "müssen.\n\nMit freundlichen Grüßen", "bis zum 1. April 2027 nicht erteilt"),
    ("Hei Alex,\n\nDet var ikke en enkel avgjørelse, men vi trenger en som kan starte allerede "
     "1. august.\n\nHilsen", "starte allerede 1. august"),
    ("Dear Alex,\n\nAs this position requires experience of reports under the Ordinance (Cap. "
     "499), we will not take your application further.\n\nRegards", "(Cap. 499)"),
    ("Sehr geehrter Herr Morgan,\n\nfür die Stelle ist der Nachweis der Eignung nach AEVO bzw. "
     "der Meistertitel erforderlich.\n\nGrüße", "bzw. der Meistertitel erforderlich"),
])
def test_an_ordinal_or_abbreviation_does_not_end_the_reason(text: str, phrase: str) -> None:
    assert phrase in (reason_from_text(text) or "")


def test_a_consultants_practice_beside_the_title_is_not_the_agency() -> None:
    text = ("Hi Alex,\n\nThey won't be taking your profile forward.\n\nKind regards,\nLina\n\n"
            "Lina Haddad\nRecruitment Consultant | Telecoms\nCrescent Talent Partners\n"
            "+966 11 000 3392\n")
    assert read_signature(text, "Lina").company == "Crescent Talent Partners"
    text = ("Dzień dobry,\n\nklient wybrał innego kandydata.\n\nPozdrawiam,\nAgnieszka Wrona\n"
            "Senior Recruitment Consultant | Rail & Transport\nRailPeople Polska Sp. z o.o.\n")
    assert read_signature(text, "Agnieszka").company == "RailPeople Polska"
    # a company beside the title, and no agency's line below: the company stays
    text = ("Hi Alex,\n\nWe went with someone else.\n\nAll the best,\nMarta\n\nMarta Zielna\n"
            "Senior Talent Partner | Wyrmholt Studios\nul. Lubicz 17, 31-503 Kraków\n")
    assert read_signature(text, "Marta").company == "Wyrmholt Studios"
    # a manager's unit beside the title is no agency's practice
    text = ("Hi Alex,\n\nWe went with someone else.\n\nBest,\nOwen\n\nOwen Tarrant\n"
            "Engineering Manager | Payments\nTarrant People Analytics\n")
    assert read_signature(text, "Owen").company == "Payments"


@pytest.mark.parametrize("role, bare", [
    ("Competition for Senior Library Assistant", "Senior Library Assistant"),
    ("Update Commissioning Technician", "Commissioning Technician"),
    ("Cargo Key Account Manager Canal Moderno", "Key Account Manager Canal Moderno"),
    ("mission Ingénieur Méthodes Emboutissage", "Ingénieur Méthodes Emboutissage"),
    ("Ihre Einstellung als Research Software Engineer", "Research Software Engineer"),
    # a title that only starts with such a word keeps it
    ("Mission Specialist", "Mission Specialist"),
    ("Update", "Update"),
])
def test_a_subjects_word_before_the_title_goes(role: str, bare: str) -> None:
    assert without_post_word(role) == bare
