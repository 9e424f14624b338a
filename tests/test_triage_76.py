"""Seventy-sixth pass, read end to end from letters written for these tests (not the corpus's).

Sealing fresh351-355 (Siberia; Northern Nigeria; Mindanao and the Visayas; Papua New Guinea, the
Solomons and Vanuatu; Sicily and Calabria) taught triage a Russian chat's "коротко: дальше мы не
идём" and a developer as a job word, an Italian comune's exclusion, a freeze "pending adoption of
the revised budget", and that a Russian or Italian decision put off is no no; and the field
readers: a Russian street, a notice's subject, an office before or after its organisation, an
agency's branch, a recruiter's shorthand for the title, an Italian health authority's unit, a
town's region in brackets, "Appointment as", a Hausa subject's "Game da aikin", a grade and a
position number after a title, an Italian clause after one, "Signed:", a Sister, longer sign-offs,
steps refused after they are named, French and Hausa written tests, a live German video
interview, and reasons.
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind

EMPLOYER = "Talent <jobs@employer.example.com>"


# ---------------------------------------------------------------- noes and not noes

@pytest.mark.parametrize(("subject", "body"), [
    # a Russian team lead's chat: "briefly: we are not going further", a developer named
    ("по iOS",
     "Привет, Алекс!\n\nЭто Саша из «Кедровой студии», мы говорили во вторник про "
     "iOS-разработчика. Коротко: дальше мы не идём, нужен человек с опытом SwiftUI в проде.\n\n"
     "Удачи!\nСаша"),
    # a freeze pending a budget's adoption is a no, no adoption of a child
    ("Recruitment for Policy Officer (VN 2026/03)",
     "Dear Ms Morgan,\n\nThank you for attending the interview for the position of Policy "
     "Officer.\n\nI regret to inform you that the recruitment for this position has been "
     "suspended. The Board has imposed a freeze on all new appointments pending adoption of the "
     "revised 2027 budget, and the vacancy has been closed without making an appointment.\n\n"
     "Yours sincerely,\nCorporate Services"),
    # an Italian comune's exclusion from its public competition
    ("Concorso Istruttore Tecnico – comunicazione di esclusione",
     "Prot. n. 412 del 20/01/2027\n\nOggetto: Concorso pubblico, per esami, per la copertura di "
     "n. 2 posti di Istruttore Tecnico a tempo pieno e indeterminato. Comunicazione di "
     "esclusione.\n\nGentile candidata,\n\n"
     "A seguito della verifica delle domande pervenute, si comunica che la "
     "Sua domanda di partecipazione non può essere accolta per mancato versamento della tassa di "
     "concorso. Pertanto la S.V. è esclusa dalla procedura concorsuale in oggetto.\n\n"
     "Il Responsabile del Servizio Personale"),
])
def test_a_no_read_from_fresh351_355_is_a_rejection(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    # a Russian university: no decision yet, the candidacy still considered
    ("Re: Вакансия инженера-программиста",
     "Алекс, добрый день!\n\nРешение по вакансии пока не принято: руководитель проекта в "
     "командировке до 20 января, без его подписи мы не можем завершить отбор. Ваша кандидатура "
     "по-прежнему рассматривается, дополнительных документов не требуется.\n\nС уважением,\n"
     "Ирина Лосева\nуправление кадров"),
    # an Italian region's list put off to a date to be set, nothing decided
    ("Concorso Funzionari Tecnici - differimento pubblicazione graduatoria",
     "Gentile candidata,\n\nsi comunica che la Commissione esaminatrice non ha ancora concluso la "
     "valutazione dei titoli. La pubblicazione della graduatoria finale del concorso è pertanto "
     "differita a data da destinarsi.\n\nNessuna decisione è stata ancora assunta in merito alla "
     "posizione dei singoli candidati.\n\nSettore Reclutamento"),
])
def test_a_decision_put_off_is_no_rejection(subject: str, body: str) -> None:
    assert kind(subject, body) != "rejection"


# ---------------------------------------------------------------- employers

def test_a_russian_street_in_a_signature_is_no_employer() -> None:
    body = ("Уважаемый Алекс!\n\nК сожалению, конкурсная комиссия отдала предпочтение другому "
            "претенденту.\n\nС уважением,\nучёный секретарь\nПавел Андреевич Гусев\n"
            "630090, г. Новосибирск, ул. Институтская, д. 00\nтел. +7 (383) 330-00-00")
    got = draft("Учёный секретарь <secretary@inst.example.org>", "Результаты конкурса", body)
    assert got.company != "ул. Институтская"


def test_a_notices_subject_is_no_employer() -> None:
    body = ("Dear Applicant:\n\nPlease be informed that you were not selected for appointment to "
            "the above position.\n\nFor the Personnel Selection Board:\n\nRODEL M. TAN\n"
            "Administrative Officer V\nDavao River Basin Authority")
    got = draft("DRBA Personnel Unit <personnel@drba.example.org>",
                "Notice of Result of Selection - Engineer II", body)
    assert got.company == "Davao River Basin Authority"


@pytest.mark.parametrize(("sender", "company"), [
    ("Registry, Kaduna Polytechnic University <registry@kpu.example.org>",
     "Kaduna Polytechnic University"),
    ("Nursing Service Office - Holy Cross Medical Center <nso@holycross.example.org>",
     "Holy Cross Medical Center"),
    ("Comune di Paola - Protocollo <protocollo@comunepaola.example.org>", "Comune di Paola"),
])
def test_an_office_beside_its_organisation_goes(sender: str, company: str) -> None:
    body = ("Dear Alex,\n\nWe regret to inform you that your application for the post of Records "
            "Clerk was not successful.\n\nRegards")
    assert draft(sender, "Your application", body).company == company


def test_an_agencys_branch_is_no_employer_nor_the_post_its_client() -> None:
    body = ("Buongiorno Alex,\n\nla ricontatto in merito alla posizione di Magazziniere "
            "carrellista, per la quale ha svolto il colloquio presso la nostra filiale.\n\n"
            "Purtroppo l'azienda cliente ha scelto un profilo con patentino già in corso di "
            "validità.\n\nCordiali saluti,\n\nGiusi Ferro\nRecruiter – Filiale di Messina\n"
            "Stretto Lavoro S.p.A. – Agenzia per il Lavoro")
    got = draft("Giusi Ferro <g.ferro@strettolavoro.example.com>",
                "Aggiornamento candidatura – Magazziniere carrellista", body)
    assert got.company == "Stretto Lavoro"
    assert got.role == "Magazziniere carrellista"


def test_a_recruiters_shorthand_for_the_title_is_no_client() -> None:
    body = ("Hi Alex,\n\nHeard back from the client on the Maintenance Superintendent role (the "
            "mine I can't name yet). They've gone with an internal candidate, so it's a no this "
            "time.\n\nCheers,\nDarren Pike\nReef Mining Recruitment")
    got = draft("Darren Pike <darren@reefrecruit.example.com>", "Maint Super - Highlands gig",
                body)
    assert got.company == "Reef Mining Recruitment"


# ---------------------------------------------------------------- titles

@pytest.mark.parametrize(("subject", "body", "role"), [
    # a town's region in brackets after the title
    ("Your application: Credit Analyst (Kano Region)",
     "Dear Alex,\n\nThank you for applying. Unfortunately we will not be moving forward.\n\n"
     "Regards", "Credit Analyst"),
    # a Nigerian letter's "Appointment as"
    ("RE: APPLICATION FOR APPOINTMENT AS LIBRARY OFFICER",
     "Dear Sir/Madam,\n\nI am directed to inform you that the Committee did not recommend you "
     "for appointment.\n\nRegistrar", "Library Officer"),
    # a grade and a position number after the title
    ("Selection outcome",
     "Dear Ms Morgan,\n\nRE: NOTICE OF SELECTION OUTCOME - SENIOR BUDGET OFFICER, PROVINCIAL "
     "TREASURY (GRADE 12), POSITION No. PT-BUD-012\n\nI write to advise that you were not "
     "successful.\n\nHuman Resources", "Senior Budget Officer, Provincial Treasury"),
    # an Italian owner's clause after the title
    ("Il posto in magazzino",
     "Cara Alex,\n\nalla fine per il ruolo di Responsabile Magazzino abbiamo deciso di dare "
     "fiducia a un ragazzo del paese.\n\nUn saluto,\nNino", "Responsabile Magazzino"),
])
def test_a_title_from_the_seventy_sixth_pass_is_read(subject: str, body: str, role: str) -> None:
    assert draft(EMPLOYER, subject, body).role == role


def test_a_hausa_subjects_about_the_job_is_no_part_of_the_title() -> None:
    from ajar.formats.mail_role_tidy import settled

    subject = "Game da aikin Operations Officer"
    assert settled(subject, subject, "Salam Alex,") == "Operations Officer"


# ---------------------------------------------------------------- signers

@pytest.mark.parametrize(("body", "person"), [
    ("Dear Candidate,\n\nThe recruitment exercise has been suspended indefinitely.\n\nSigned:\n"
     "Musa Bello Danjuma\nDirector of Administration\nfor: Chief Medical Director",
     "Musa Bello Danjuma"),
    ("Thank you for coming up for the interview. I'm sorry to let you know that we will not be "
     "offering you the Pharmacy Officer position.\n\nGod i blesim yu,\nSr Grace Wena\n"
     "Acting Hospital Manager", "Grace Wena"),
])
def test_the_signer_is_read(body: str, person: str) -> None:
    got = draft(EMPLOYER, "Your application", body)
    assert got.person is not None and got.person.name == person


# ---------------------------------------------------------------- stages

@pytest.mark.parametrize(("subject", "body", "stage"), [
    # a Russian test task, then the interview refused after it is named
    ("Ваш отклик на вакансию «Аналитик данных»",
     "Здравствуйте, Алекс!\n\nСпасибо, что выполнили тестовое задание. К сожалению, оно не "
     "набрало проходного балла, поэтому на интервью с руководителем отдела мы вас не "
     "приглашаем.\n\nРекрутер", "screening"),
    # a French written test
    ("Votre candidature",
     "Madame,\n\nNous vous remercions du temps consacré à l'épreuve écrite du 21 janvier. Nous "
     "sommes au regret de vous informer que votre candidature n'a pas été retenue.\n\nRH",
     "screening"),
    # a German video interview held with the writer
    ("Ihre Bewerbung",
     "Sehr geehrte Frau Morgan,\n\nvielen Dank für das angenehme Videointerview am 3. März mit "
     "Herrn Vogt und mir. Leider haben wir uns für eine andere Kandidatin entschieden.\n\n"
     "Mit freundlichen Grüßen\nPersonalabteilung", "interview"),
])
def test_the_stage_is_read(subject: str, body: str, stage: str) -> None:
    assert draft(EMPLOYER, subject, body).stage == stage


def test_a_recorded_german_video_interview_stays_a_screening() -> None:
    body = ("Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihr aufgezeichnetes Videointerview. Leider "
            "haben wir uns für eine andere Kandidatin entschieden.\n\nMit freundlichen Grüßen\n"
            "Personalabteilung")
    assert draft(EMPLOYER, "Ihre Bewerbung", body).stage == "screening"


# ---------------------------------------------------------------- reasons

@pytest.mark.parametrize(("body", "reason"), [
    ("Dear Alex,\n\nThank you for your time. We have decided to promote our current Assistant "
     "Manager into the role, after two strong seasons with us.\n\nRegards",
     "decided to promote our current Assistant"),
    ("Cara Alex,\n\npurtroppo per il posto abbiamo già preso una ragazza del paese, figlia di "
     "amici.\n\nUn saluto", "abbiamo già preso una ragazza"),
    ("Dear Alex,\n\nMipela i makim pinis narapela man i bin wok long ol trak inap faivpela yia."
     "\n\nTenkyu", "makim pinis narapela man"),
])
def test_the_reason_is_read(body: str, reason: str) -> None:
    got = draft(EMPLOYER, "Your application", body)
    assert got.reason is not None and reason in got.reason
