"""Seventy-first pass, read end to end from letters written for these tests (not the corpus's).

Sealing fresh326-330 (Chechnya and Dagestan; Greenland and Iceland; the Basque Country and
Navarre; mainstream Germany; Brazil's Nordeste) taught triage the noes below, and the field
readers: a From header whose display name holds an unquoted comma, the staff desks written
after an employer's name, and where a German, Portuguese or Icelandic title stops.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail import draft_rejection
from ajar.formats.mail_address import parse_address
from helpers import letter_draft as draft
from helpers import letter_kind as kind

EMPLOYER = "Talent <jobs@employer.example.com>"


@pytest.mark.parametrize(("subject", "body"), [
    # Icelandic: someone has been hired ("Ráðin hefur verið ...")
    ("Niðurstaða ráðningar í starf bókara",
     "Sæl/l Alex,\n\nRáðið hefur verið í starf bókara hjá Fjarðabæ. Ráðin hefur verið Anna "
     "Sigurðardóttir, viðskiptafræðingur. Við þökkum þér áhugann á starfinu.\n\nKveðja\nJón"),
    # Danish: the school will not fill the post after all
    ("Stillingen som pædagog – annulleret",
     "Kære Alex\n\nTak for samtalen. Jeg må desværre skrive, at vi alligevel ikke kommer til at "
     "besætte stillingen som pædagog. Stillingen er blevet inddraget.\n\nVenlig hilsen\nAviaja"),
    # Basque: your application has not been accepted
    ("Plaza: eskaeraren egoera",
     "Egun on, Alex:\n\nEskerrik asko plazarako aurkeztu duzun eskaeragatik. Hautaketa-batzordeak "
     "eskaerak aztertu ondoren, jakinarazten dizugu zure eskaera ez dela onartu.\n\nAdeitasunez,"
     "\nMiren"),
    # Spanish public exam: the exercise not passed, no job word but the exam board's
    ("OPE 2025 - Resultados del primer ejercicio",
     "Categoría: Técnico de Mantenimiento\n\nEl Tribunal Calificador ha hecho públicas las "
     "calificaciones. Le comunicamos que no ha superado el ejercicio, por lo que no pasará a la "
     "fase de concurso.\n\nSecretaría del Tribunal"),
    # Spanish: listed among the excluded applicants of a hiring list
    ("Lista de contratación temporal - relación definitiva",
     "Sra. Alex Morgan:\n\nLe comunicamos que figura usted en la relación definitiva de aspirantes "
     "excluidos de la convocatoria para la contratación temporal de Técnico de Laboratorio.\n\n"
     "Servicio de Selección"),
    # Brazil: a public selection's result, not classified
    ("Seleção Pública Simplificada nº 07/2025 – Resultado",
     "Prezado(a) candidato(a),\n\nA Comissão de Seleção torna público o resultado da Análise "
     "Curricular para a função de Agente Administrativo.\n\nNome: ALEX MORGAN\nSituação: NÃO "
     "CLASSIFICADO(A)\n\nComissão de Seleção"),
    # Brazil: a university's temporary lecturer not approved; its campus is in the signature
    ("Processo Seletivo Simplificado – resultado individual",
     "Prezada Alex Morgan,\n\nAgradeço sua participação na seleção para contratação temporária de "
     "Professor Substituto de Física. Sua média final foi inferior à mínima exigida. Dessa forma, "
     "a candidata não foi aprovada no presente processo seletivo.\n\nProfa. Dra. Lia Reis\n"
     "Universidade Federal do Litoral – Campus Centro"),
    # German: an offer taken back in the zu-infinitive
    ("Ihr Arbeitsvertrag als Lagerleiter",
     "Sehr geehrte Frau Morgan,\n\nleider sehen wir uns gezwungen, unser Angebot "
     "zurückzuziehen, da die Stelle als Lagerleiter entfällt.\n\nMit freundlichen Grüßen\n"
     "Ralf Weber"),
    # Danish: we chose to hire a candidate with a PhD (a person's degree, not a PhD course)
    ("Forskningskoordinator – afslag",
     "Kære Alex\n\nVi har valgt at ansætte en kandidat med en ph.d. i havbiologi.\n\nDear Alex,\n\n"
     "Thank you for the final round for the Research Coordinator position. We have chosen a "
     "candidate with a PhD in marine biology.\n\nKind regards\nDorthe"),
])
def test_a_no_read_from_fresh326_330_is_a_rejection(subject: str, body: str) -> None:
    assert kind(subject, body, EMPLOYER) == "rejection"


def test_a_danish_home_loan_refused_is_no_job_even_naming_employment() -> None:
    body = ("Kære Alex Morgan\n\nTak for din ansøgning om boliglån. Vi må desværre give dig afslag. "
            "Vi kan ikke yde lån, så længe du ikke har fast ansættelse.\n\nNuna Sparekasse")
    assert kind("Svar på din låneansøgning", body, "Bank <kunde@bank.example.com>") == "other"


def test_a_bank_job_whose_duties_name_home_loans_is_still_a_job() -> None:
    body = ("Kære Alex\n\nJeg må desværre meddele, at vi har valgt at tilbyde stillingen til en "
            "anden kandidat, da rådgiveren skal kunne behandle boliglån selvstændigt.\n\nSólrun")
    assert kind("Stillingen som kreditrådgiver", body, EMPLOYER) == "rejection"


def test_an_icelandic_receipt_saying_when_the_post_is_filled_is_no_no() -> None:
    body = ("Þetta er sjálfvirk staðfesting á því að umsókn þín um starf bókara hefur borist. "
            "Öllum umsóknum verður svarað þegar ráðið hefur verið í starfið.")
    assert kind("Staðfesting á móttöku umsóknar – Bókari", body, EMPLOYER) != "rejection"


def test_a_start_ups_german_invitation_is_an_interview() -> None:
    body = ("Hi Alex,\n\ndanke für deine Bewerbung als Head of Operations! Sorry dafür, dass es "
            "gedauert hat. Wir würden dich gern kennenlernen, erstmal 30 Minuten per Video.\n\nTobi")
    assert kind("Kennenlernen? Head of Operations", body, EMPLOYER) == "interview"


def test_a_start_ups_german_offer_that_turned_the_others_down_is_an_offer() -> None:
    body = ("Hi Alex,\n\nwir würden dich wahnsinnig gern als Finance Lead an Bord holen! Ehrlich "
            "gesagt haben wir den anderen Kandidat:innen schon heute Vormittag abgesagt.\n\nDas "
            "offizielle Angebot kommt gleich per DocuSign.\n\nMareike")
    assert kind("Wir wollen dich im Team!", body, EMPLOYER) == "offer"


def test_interviews_not_offered_outside_the_dates_is_an_invitation() -> None:
    body = ("Dear Alex Morgan\n\nWe are pleased to tell you that you have passed the sift. You "
            "are now invited to a video interview. Please book an interview slot between 23 and "
            "27 March.\n\nUnfortunately we are unable to offer interviews outside the dates "
            "above.\n\nRecruitment Team")
    assert kind("Application 412115: invitation to interview", body, EMPLOYER) == "interview"


def test_a_friends_own_no_in_arabic_is_not_the_readers() -> None:
    body = ("يا صاحبتي، حبيت أخبرك إنهم رفضوني في وظيفة الحارس البيئي. ما حصلت الوظيفة.\n\n"
            "Anyway how is your search going?\n\nسعيد")
    assert kind("ما حصلت الوظيفة", body, "Saeed <saeed@mail.example.com>") == "other"


# ---------------------------------------------------------------- a From with a bare comma

def raw_letter(from_header: str, subject: str, body: str) -> bytes:
    """A letter whose From header is written as given, byte for byte."""
    return (f"From: {from_header}\r\nTo: Alex Morgan <alex.morgan@example.net>\r\n"
            f"Subject: {subject}\r\nDate: Tue, 03 Nov 2026 10:00:00 +0000\r\n"
            f"Message-ID: <comma@example.org>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f"{body}\r\n").encode("utf-8")


@pytest.mark.parametrize(("value", "expected"), [
    ("Nuuk Regionssygehus, Rekruttering <rekruttering@nrs.example.org>",
     ("Nuuk Regionssygehus, Rekruttering", "rekruttering@nrs.example.org")),
    ('"Nuuk Regionssygehus", Rekruttering <rekruttering@nrs.example.org>',
     ("Nuuk Regionssygehus, Rekruttering", "rekruttering@nrs.example.org")),
    ("Doe, Jane <jane@example.com>", ("Doe, Jane", "jane@example.com")),
    ('"Doe, Jane" <jane@example.com>', ("Doe, Jane", "jane@example.com")),
    ("a@example.com, b@example.org", ("", "a@example.com")),  # two addresses: the first
])
def test_an_unquoted_comma_in_a_display_name_keeps_name_and_address(value: str,
                                                                    expected: tuple[str, str]) -> None:
    assert parse_address(value) == expected


@pytest.mark.parametrize(("from_header", "company"), [
    ("Kommuneqarfik Ilulik, Personaleafdelingen <personale@ilulik.example.org>",
     "Kommuneqarfik Ilulik"),
    ("Nuuk Regionssygehus, Rekruttering <rekruttering@nrs.example.org>", "Nuuk Regionssygehus"),
])
def test_the_employer_before_an_unquoted_comma_and_its_staff_desk(from_header: str,
                                                                 company: str) -> None:
    body = ("Kære Alex Morgan\n\nTak for din ansøgning til stillingen som lægesekretær. Vi må "
            "desværre meddele dig, at vi ikke kan tilbyde dig stillingen.\n\nMed venlig hilsen\n"
            "Naja Berg")
    found = draft_rejection(raw_letter(from_header, "Vedr. din ansøgning", body), "test.eml",
                            frozenset({"alex.morgan@example.net"}))
    assert found.company == company
    assert found.person.name == "Naja Berg"


@pytest.mark.parametrize(("sender", "company"), [
    ("Agentur für Arbeit Leipzig - Interner Service Personal <is@arbeitsagentur.example.org>",
     "Agentur für Arbeit Leipzig"),
    ("Stadt Brühlingen - Personalamt <personalamt@bruehlingen.example.org>", "Stadt Brühlingen"),
])
def test_a_german_staff_desk_after_the_employer(sender: str, company: str) -> None:
    body = ("Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin. "
            "Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.\n\nMit freundlichen "
            "Grüßen\nIm Auftrag\n\nRamona Seidel")
    assert draft(sender, "Ihre Bewerbung", body).company == company


def test_a_town_halls_numbered_unit_is_not_the_employer() -> None:
    body = ("Stadt Brühlingen\nDer Bürgermeister\nFachbereich 1 - Personal und Organisation\n\n"
            "Sehr geehrte Frau Morgan,\n\nSie hatten sich auf die Stelle beworben. Ich muss Ihnen "
            "mitteilen, dass Ihre Bewerbung nicht berücksichtigt werden konnte.\n\nMit freundlichen "
            "Grüßen\nPetra Hollweg\n\nStadt Brühlingen · Rathausplatz 1")
    found = draft("Stadt Brühlingen - Personalamt <personalamt@bruehlingen.example.org>",
                  "Mitteilung über das Ergebnis des Auswahlverfahrens", body)
    assert found.company == "Stadt Brühlingen"
    assert found.role != "Der Bürgermeister"  # the letterhead's authority, not the post


@pytest.mark.parametrize(("sender", "subject", "body", "role"), [
    # German: the letter goes on with whom the round goes on
    (EMPLOYER, "Re: Ihre Bewerbung",
     "Guten Tag Frau Morgan,\n\nleider habe ich keine gute Nachricht: Wir setzen die zweite Runde "
     "für die Stelle als SAP Inhouse Consultant FI/CO mit zwei Kandidatinnen fort, die mehr "
     "Erfahrung mitbringen.\n\nViele Grüße\nJana Krämer", "SAP Inhouse Consultant FI/CO"),
    # Portuguese: the note goes on after the title with "e infelizmente"
    ("Luana <luana@conecta.example.com>", "vaga AgroVale",
     "Oi Alex! Então, levei teu perfil pro pessoal da AgroVale pra vaga de Representante "
     "Comercial e infelizmente eles não vão seguir contigo, querem alguém de Petrolina.\n\nLuana",
     "Representante Comercial"),
    # Icelandic: the employer after the title in the subject ("... hjá Norðurljós Travel")
    ("Starfaleit <noreply@starfaleit.example.com>",
     "Staða umsóknar: Þjónustufulltrúi í bókunardeild hjá Norðurljós Travel",
     "Norðurljós Travel hefur uppfært stöðu umsóknar þinnar. Staða: Ekki valin/n.\n\nStarfaleit",
     "Þjónustufulltrúi í bókunardeild"),
])
def test_where_a_title_stops(sender: str, subject: str, body: str, role: str) -> None:
    assert draft(sender, subject, body).role == role


def test_a_directorys_unit_after_a_colon_is_still_read_as_the_library_reads_it() -> None:
    """"Okafor, Darnell WST:EX <...>": the colon makes a group; the person is the signer."""
    body = ("Dear Alex,\n\nThank you for attending the panel interview. Unfortunately you were not "
            "successful in this competition.\n\nRegards,\nDarnell Okafor\nHiring Manager")
    found = draft_rejection(raw_letter("Okafor, Darnell WST:EX <darnell.okafor@gov.example.org>",
                                       "Competition 118830", body), "test.eml",
                            frozenset({"alex.morgan@example.net"}))
    assert found.person.name == "Darnell Okafor"
