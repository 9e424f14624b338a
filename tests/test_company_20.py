"""Company families of the twentieth pass (issue 11).

(a) A service, team, ward or department signed on the line above the organisation that holds
it ("Children's Services" over "Brackley Borough Council") is the organisation's, though the
sender's name and the text name the unit more often; a brand above its parent group, a firm
above its own legal name, stay. A hiring team written as one Nordic word ("Rekrutteringsteam")
is a team. (b) Legal forms written before the name ("PT ... Tbk", "Công ty Cổ phần"), a trade's
plural before a legal form ("Solicitors LLP"), a co-operative, a Nordic municipality
("hegeland.kommune.no", "Hegeland kommune"), a Latin institution in full beside its acronym.
(c) An agency relaying a client the text names as the one that decided. (d) A Nordic job
board's "Virksomheden X har behandlet din ansøgning".

Every case is written anew (invented names, reserved example domains).
"""

from __future__ import annotations

import pytest

from ajar.formats.company_imprint import defined_acronyms
from ajar.formats.company_units import units_above_organisations
from ajar.formats.mail_fields import company_or_none, could_be_company
from ajar.formats.mail_sender import company_from_domain
from ajar.formats.mail_signature import is_team, read_signature
from test_mail_fields_families import draft

NO = "Unfortunately, we have decided not to move forward with your application."

# ------------------------------------------------------------------ (a) a unit above its holder

UNIT_ABOVE = [
    ("Community Mental Health Team <cmht.recruitment@ashdownhealth.example>",
     "Your application - Support Worker",
     f"Dear Alex,\n\nThank you for applying to the Community Mental Health Team. {NO}\n\n"
     "Kind regards,\nJane Porter\nTeam Manager\nCommunity Mental Health Team\n"
     "Ashdown Health and Care NHS Trust", "Ashdown Health and Care NHS Trust"),
    ("Children's Services <childrens.services@brackley.gov.example>", "Social Worker application",
     f"Dear Alex,\n\nThank you for your application to Children's Services. {NO}\n\nRegards,\n"
     "Children's Services\nBrackley Borough Council", "Brackley Borough Council"),
    ("Adult Social Care <asc.recruitment@kelby.gov.example>", "Care Coordinator",
     f"Dear Alex,\n\nThank you for applying to Adult Social Care. {NO}\n\nYours sincerely,\n"
     "Adult Social Care Recruitment\nKelby City Council", "Kelby City Council"),
    ("Children's Services <cs@harrowmere.gov.example>", "Your application",
     f"Dear Alex,\n\nThank you for applying to Children's Services. {NO}\n\nRegards,\n"
     "Children's Services | Harrowmere Borough Council", "Harrowmere Borough Council"),
    ("Youth Offending Service <yos@calderbrook.gov.example>", "Application: Case Worker",
     f"Dear Alex,\n\nThank you for your application to the Youth Offending Service. {NO}\n\n"
     "Youth Offending Service\nCalderbrook Metropolitan Borough Council",
     "Calderbrook Metropolitan Borough Council"),
    ("Rekrutteringsteam <job@example.dk>", "Din ansøgning",
     "Kære Alex\n\nVi har desværre valgt en anden kandidat.\n\nVenlig hilsen\n"
     "Rekrutteringsteamet\nAarhus Kommune", "Aarhus Kommune"),
]

# near misses: a brand over its group, a firm over its own legal name, a team over its firm
UNIT_ABOVE_KEPT = [
    ("Sunrise Home Care <jobs@sunrisehomecare.example>", "Your application - Care Assistant",
     f"Dear Alex,\n\nThank you for applying to Sunrise Home Care. {NO}\n\nKind regards,\n"
     "Sunrise Home Care\nHarbour Health Group Ltd", "Sunrise Home Care"),
    ("Bluebell Care <jobs@bluebellcare.example>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nRegards,\nBluebell Care\nBluebell Group Ltd", "Bluebell Care"),
    ("Recruitment <jobs@ashvale.example>", "Your application",
     f"Dear Alex,\n\nThank you for applying to Ashvale Engineering. {NO}\n\nRegards,\n"
     "Recruitment Team\nAshvale Engineering Ltd", "Ashvale Engineering"),
    ("Emergency Department <ed.jobs@example.org>", "Your application - Staff Nurse",
     f"Dear Alex,\n\nThank you for applying to the Emergency Department. {NO}\n\nRegards,\n"
     "Emergency Department\nSt Bride's University Hospital", "St Bride's University Hospital"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), UNIT_ABOVE + UNIT_ABOVE_KEPT)
def test_a_unit_signed_above_its_organisation_is_the_organisations(
        sender: str, subject: str, body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_the_stack_is_read_from_the_signature() -> None:
    stacked = units_above_organisations(
        "Regards,\nChildren's Services\nBrackley Borough Council")
    assert stacked == {"childrensservices": "Brackley Borough Council"}
    # a brand in a language's common words over a firm known by its legal form alone: no unit
    assert units_above_organisations("Regards,\nGreen Kitchen Services\nOrlan Catering Ltd") == {}
    # a line about the organisation is no organisation
    assert units_above_organisations("Regards,\nCustomer Team\nPart of the Orlan Group") == {}


def test_a_hiring_team_in_one_nordic_word_is_a_team() -> None:
    assert is_team("Rekrutteringsteam") and is_team("HR-teamet") and is_team("Wervingsteam")
    assert not is_team("Dreamteam Bygg")


# ------------------------------------------------------------------ (b) legal forms, bodies

LEGAL_AND_PUBLIC = [
    ("HRD <hrd@sinarabadi.example>", "Lamaran Anda",
     "Dear Alex,\n\nTerima kasih atas lamaran Anda. Mohon maaf, Anda belum lolos ke tahap "
     "berikutnya.\n\nSalam,\nHuman Capital\nPT Sinar Abadi Nusantara Tbk",
     "Sinar Abadi Nusantara"),
    ("Recruitment <noreply@successfactors.eu>", "Lamaran Anda",
     f"Dear Alex,\n\n{NO}\n\nHormat kami,\nHuman Capital\nPT Sinar Abadi Nusantara Tbk\nJakarta",
     "Sinar Abadi Nusantara"),
    ("Recruitment <noreply@successfactors.eu>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nTrân trọng,\nPhòng Nhân sự\nCông ty Cổ phần Thép Hòa Bình",
     "Thép Hòa Bình"),
    ("Recruitment Team <recruitment@fenwickmarsh.example>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nBest wishes,\nThe Recruitment Team\nFenwick Marsh Solicitors LLP",
     "Fenwick Marsh Solicitors"),
    ("Recruitment <noreply@successfactors.eu>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nRegards,\nRecruitment\nThe Walker Partnership Architects Ltd",
     "The Walker Partnership Architects"),
    ("Recruiting <noreply@myworkday.com>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nRegards,\nTalent Acquisition\nKoru Dairy Co-operative Limited",
     "Koru Dairy Co-operative"),
    ("HR <hr@hegeland.kommune.example>", "Søknad",
     "Hei Alex,\n\nDessverre har vi valgt å gå videre med andre kandidater.\n\n"
     "Med vennlig hilsen\nHR-avdelingen\nHegeland kommune", "Hegeland kommune"),
    ("Recruitment <recruitment@ibcs.example>", "Your application",
     "Dear Alex,\n\nThank you for applying to the Instituto Brasileiro de Ciências do Solo "
     f"(IBCS). {NO}\n\nRegards,\nIBCS Recruitment", "Instituto Brasileiro de Ciências do Solo"),
]

LEGAL_AND_PUBLIC_KEPT = [
    ("Selezione <selezione@ferramentaborsi.example>", "Candidatura",
     "Gentile Alex,\n\npurtroppo la sua candidatura non è stata selezionata.\n\n"
     "Cordiali saluti,\nUfficio Personale\nFerramenta Borsi S.p.A.", "Ferramenta Borsi"),
    ("Careers <careers@bushveld.example>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nRegards,\nHuman Resources\nBushveld Mining Services (Pty) Ltd\n"
     "Johannesburg", "Bushveld Mining Services"),
    ("Recruitment <jobs@nwta.example>", "Your application",
     "Dear Alex,\n\nThank you for applying to the Northern Waterways Transport Authority "
     f"(NWTA). {NO}\n\nRegards,\nRecruitment\nNWTA", "Northern Waterways Transport Authority"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"),
                         LEGAL_AND_PUBLIC + LEGAL_AND_PUBLIC_KEPT)
def test_a_legal_form_or_a_public_body_abroad(sender: str, subject: str, body: str,
                                              company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_a_legal_form_before_the_name_is_cut() -> None:
    assert company_or_none("PT Sinar Abadi Nusantara Tbk") == "Sinar Abadi Nusantara"
    assert company_or_none("Công ty TNHH Sông Hồng Logistics") == "Sông Hồng Logistics"
    # "PT" before one word alone, or a word that opens with the letters, stays
    assert company_or_none("PT Solutions") == "PT Solutions"
    assert company_or_none("Ptarmigan Foods") == "Ptarmigan Foods"


def test_a_trade_before_its_legal_form_is_a_firm() -> None:
    assert could_be_company("Fenwick Marsh Solicitors LLP")
    assert not could_be_company("Senior Solicitor")


def test_a_nordic_municipality_domain() -> None:
    assert company_from_domain("hr@hegeland.kommune.example") == "Hegeland kommune"
    assert company_from_domain("jobb@vestby-sor.kommune.no") == "Vestby Sor kommune"


def test_a_team_word_is_no_signers_name() -> None:
    signature = read_signature("Dear Alex,\n\nNo.\n\nRegards,\nRecruitment\n"
                               "The Walker Partnership Architects Ltd")
    assert signature.name is None


# ------------------------------------------------------------------ (c) agencies, (d) boards

RELAYED = [
    ("Priya Nair <priya@kestrelpeople.example>", "Analyst role at Ferrow Bank",
     "Hi Alex,\n\nI'm afraid Ferrow Bank have decided to go with another candidate for the "
     "Analyst role.\n\nBest,\nPriya Nair\nKestrel People", "Ferrow Bank"),
    ("Jobindex <noreply@jobindex.dk>", "Svar på din ansøgning",
     "Kære Alex\n\nVirksomheden Havbrise Vind A/S har behandlet din ansøgning og har desværre "
     "valgt andre kandidater.\n\nMed venlig hilsen\nJobindex", "Havbrise Vind"),
    ("Jobbsafari <noreply@jobbsafari.example>", "Uppdatering om din ansökan",
     "Hej Alex,\n\nFöretaget Norrbotten Timmer AB har valt att gå vidare med andra "
     "kandidater.\n\nVänliga hälsningar\nJobbsafari", "Norrbotten Timmer"),
    ("Indeed Apply <indeedapply@indeed.com>", "Application update: Barista",
     "Alex,\n\nThe employer, Copper Kettle Café, has decided not to move forward with your "
     "application.\n\nFind more jobs on Indeed", "Copper Kettle Café"),
    ("SEEK <noreply@seek.com.au>", "Your application for Site Supervisor",
     "Hi Alex,\n\nUnfortunately, Bellbird Constructions Pty Ltd has decided not to progress "
     "your application for Site Supervisor.\n\nThe SEEK team", "Bellbird Constructions"),
]

RELAYED_KEPT = [
    # a person or a team that decided, named where a relay's employer would be, is no employer
    ("Talent <talent@orlinmedia.example>", "Your application",
     "Hi Alex,\n\nUnfortunately, Sarah has decided to go with another candidate.\n\nBest,\n"
     "The Orlin Media Talent Team", "Orlin Media"),
    ("Talent <talent@orlinmedia.example>", "Your application",
     "Hi Alex,\n\nUnfortunately, Product Engineering has decided to close the role.\n\nBest,\n"
     "The Orlin Media Talent Team", "Orlin Media"),
    # an agency whose client is never named is the company
    ("Priya Nair <priya@kestrelpeople.example>", "Your application",
     "Hi Alex,\n\nI'm afraid the client has decided to go with another candidate for the "
     "Analyst role.\n\nBest,\nPriya Nair\nKestrel People", "Kestrel People"),
    ("Marie Dubois <marie@cabinetrh.example>", "Votre candidature",
     "Bonjour Alex,\n\nNotre client a décidé de ne pas poursuivre avec votre candidature.\n\n"
     "Cordialement,\nMarie Dubois\nCabinet Alpes Conseil", "Cabinet Alpes Conseil"),
    ("Marie Dubois <marie@cabinetrh.example>", "Votre candidature",
     "Bonjour Alex,\n\nNotre client, la société Vernay Industrie, a décidé de ne pas "
     "poursuivre avec votre candidature.\n\nCordialement,\nMarie Dubois\nCabinet Alpes RH",
     "Vernay Industrie"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), RELAYED + RELAYED_KEPT)
def test_a_relayed_decider(sender: str, subject: str, body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_a_public_body_named_in_two_languages_is_no_unit() -> None:
    assert units_above_organisations(
        "Regards,\nDepartment of Coastal and Inland Fisheries | Ministère des Pêches côtières "
        "et intérieures") == {}
    assert units_above_organisations(
        "Regards,\nDepartment of Coastal and Inland Fisheries\nMinistère des Pêches côtières "
        "et intérieures") == {}


# ------------------------------------------------------------------ (a) a unit inside a sentence

UNIT_IN_TEXT = [
    ("Paediatric Therapy Service <ptherapy@example.org>", "Occupational Therapist",
     "Dear Alex,\n\nThank you for your application to the Paediatric Therapy Service at "
     f"Kingsmead Community Health. {NO}\n\nKind regards,\nPaediatric Therapy Service",
     "Kingsmead Community Health"),
    ("Finance Directorate <finance.recruitment@example.org>", "Your application - Finance Officer",
     "Dear Alex,\n\nThank you for your interest in joining the Finance Directorate of Holloway "
     f"Housing Association. {NO}\n\nFinance Directorate", "Holloway Housing Association"),
    ("Recruitment <r@example.com>", "Your application",
     "Dear Alex,\n\nThank you for applying to the Marine Operations team at Portwell Harbour "
     f"Authority. {NO}\n\nRegards,\nMarine Operations", "Portwell Harbour Authority"),
    # the legal imprint names the firm a team signs for
    ("Customer Operations <co.recruit@example.net>", "Your application",
     f"Dear Alex,\n\nThank you for applying to Customer Operations. {NO}\n\nCustomer Operations"
     "\n\nMarlowe Utilities Ltd is registered in England and Wales, company number 01234567.",
     "Marlowe Utilities"),
]

UNIT_IN_TEXT_KEPT = [
    ("Recruitment <recruitment@dhsc.gov.example>", "Your application",
     "Dear Alex,\n\nThank you for your application to the Department of Health and Social Care. "
     f"{NO}\n\nRegards,\nRecruitment", "Department of Health and Social Care"),
    ("Recruitment <jobs@kestrelcare.example>", "Your application",
     f"Dear Alex,\n\nThank you for applying to Kestrel Care. {NO}\n\nRegards,\nKestrel Care",
     "Kestrel Care"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"),
                         UNIT_IN_TEXT + UNIT_IN_TEXT_KEPT)
def test_a_unit_named_in_a_sentence_is_its_organisations(sender: str, subject: str, body: str,
                                                         company: str) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ (b) an acronym defined

def test_a_defined_acronym_names_the_body_in_full() -> None:
    body = ("Dear Alex,\n\nThank you for applying to the Ministry of Agriculture, Fisheries and "
            f"Food (MAFF). {NO}\n\nMAFF Human Resources")
    assert draft("HR <hr@minagri.example>", "Your application", body).company \
        == "Ministry of Agriculture, Fisheries and Food"


def test_an_acronym_no_other_place_uses_adds_nothing() -> None:
    body = ("Hi Alex,\n\nYour application went through our Applicant Tracking System (ATS). "
            f"{NO}\n\nBest,\nThe Orlin Media Talent Team")
    assert draft("Talent <talent@orlinmedia.example>", "Your application", body).company \
        == "Orlin Media"
    assert defined_acronyms("the Ministry of Agriculture, Fisheries and Food (MAFF) said") \
        == {"MAFF": "Ministry of Agriculture, Fisheries and Food"}
    assert defined_acronyms("we met in the UK (MAFF) last year") == {}
