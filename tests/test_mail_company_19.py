"""Company families of the nineteenth pass (issue 11): the legal forms of Malaysia, the Gulf
and India ("Sdn. Bhd.", "Berhad", "W.L.L.", "S.P.C.", "K.S.C.C.", "Private Limited") cut off
whole, never at their first full stop; a firm signed "For X Ltd." over an authorised
signatory; a name with "&" before a word that also names a team ("Crewing & Recruitment");
a subject's title that calls itself a role.

Every case is written anew (invented names, reserved example domains); near misses that
must keep their answer follow each table.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_signature import read_signature, team_line
from test_mail_fields_families import draft

NO = ("Unfortunately, we have decided not to move forward with your application for the "
      "Site Engineer position.")

# ------------------------------------------------------------------ legal forms, cut whole

LEGAL_FORMS = [
    ("Careers <careers@pelangijaya.example>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nRegards,\nSiti Hajar\nHuman Resources\nPelangi Jaya Construction "
     "Sdn. Bhd.\nJalan Tun Razak, Kuala Lumpur", "Pelangi Jaya Construction"),
    ("Careers <careers@pelangijaya.example>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nRegards,\nSiti Hajar\nHuman Resources\nPelangi Jaya Construction "
     "Sdn Bhd (201901000123)\nJalan Tun Razak, Kuala Lumpur", "Pelangi Jaya Construction"),
    ("HR <hr@suriapantai.example>", "Your application",
     f"Dear Alex,\n\nThank you for your interest in Suria Pantai Holdings Berhad. {NO}\n\n"
     "Regards,\nHuman Resources\nSuria Pantai Holdings Berhad", "Suria Pantai Holdings"),
    ("HR <hr@suriapantai.example>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nRegards,\nHuman Resources\nSuria Pantai Holdings Bhd.",
     "Suria Pantai Holdings"),
    ("Al Wusail Trading <noreply@smartrecruiters.com>", "Al Wusail Trading - Planner",
     "Dear Alex,\n\nThank you for applying for the Planner position at Al Wusail Trading "
     f"W.L.L.\n\n{NO}\n\nRegards,\nTalent Team\nAl Wusail Trading W.L.L.\nManama, Bahrain",
     "Al Wusail Trading"),
    ("Recruitment <jobs@soharmarine.example>", "Application",
     f"Dear Alex,\n\n{NO}\n\nRegards,\nRecruitment Team\nSohar Marine Services S.P.C.\n"
     "Muscat, Oman", "Sohar Marine Services"),
    ("Recruitment <jobs@gulfpearl.example>", "Application",
     f"Dear Alex,\n\n{NO}\n\nRegards,\nRecruitment Team\nGulf Pearl Builders K.S.C.C.\n"
     "Kuwait City", "Gulf Pearl Builders"),
    ("Recruitment <jobs@barzan-eng.example>", "Application",
     f"Dear Alex,\n\n{NO}\n\nRegards,\nRecruitment Team\nBarzan Engineering Co. W.L.L.\n"
     "Doha, Qatar", "Barzan Engineering"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), LEGAL_FORMS)
def test_a_legal_form_of_malaysia_or_the_gulf_is_cut_whole(sender: str, subject: str,
                                                           body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_a_firm_with_a_legal_form_is_not_read_as_a_title() -> None:
    signature = read_signature("Dear Alex,\n\nNo.\n\nRegards,\nRecruitment Team\n"
                               "Barzan Engineering Co. W.L.L.\nDoha, Qatar")
    assert signature.title is None and signature.company == "Barzan Engineering"


# ------------------------------------------------------------------ "For X Ltd." sign-offs

SIGNED_FOR = [
    ("HR Cell <hr@nirmaanprojects.example>", "Your application",
     f"Dear Sir,\n\n{NO}\n\nYours faithfully,\nFor Nirmaan Projects Ltd.\n\n"
     "(Authorised Signatory)\nHuman Resources", "Nirmaan Projects"),
    ("HR Cell <hr@kaveriheights.example>", "Your application",
     f"Dear Sir,\n\n{NO}\n\nYours faithfully,\nfor Kaveri Heights Private Limited\n\n"
     "Authorised Signatory", "Kaveri Heights"),
    ("Recruitment <recruitment@tarawera.example>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nYours sincerely,\nFor and on behalf of Tarawera Freight Limited",
     "Tarawera Freight"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), SIGNED_FOR)
def test_a_firm_signed_for_is_the_firm(sender: str, subject: str, body: str,
                                       company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_a_name_that_begins_with_for_keeps_it_without_a_legal_form() -> None:
    # near miss: no legal form, so no signing "for" a firm
    assert team_line("Thanks,\nFor Keeps Studio Recruitment Team") == "For Keeps Studio"


# ------------------------------------------------------------------ "&" before a team word

AMPERSAND = [
    ("Rania Haddad <rania@oakline-search.example>", "Ops Manager - client feedback",
     "Hi Alex,\n\nThey went through the shortlist and won't be taking you forward; the "
     "client wants someone who has run a warehouse already.\n\nRania\n\n"
     "Rania Haddad | Consultant\nOakline Search & Recruitment\n+44 20 5555 0101",
     "Oakline Search & Recruitment"),
    ("Tomas Berg <tomas@nordkyst-crewing.example>", "Chief Officer role - feedback",
     "Hi Alex,\n\nThe owner has decided not to take you forward for this one.\n\nTomas\n\n"
     "Tomas Berg | Consultant\nNordkyst Crewing and Recruitment\n+47 555 01 234",
     "Nordkyst Crewing and Recruitment"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), AMPERSAND)
def test_a_name_joined_by_and_to_a_team_word_is_whole(sender: str, subject: str, body: str,
                                                      company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_a_team_under_its_company_stays_a_team() -> None:
    # near miss: "Harbourside Talent Team" is Harbourside's team
    assert team_line("Best,\nHarbourside Talent Team") == "Harbourside"
    assert team_line("Best,\nSalt & Pine Recruitment") == "Salt & Pine"


# ------------------------------------------------------------------ a unit, a place, a part

UNITS = [
    # a title's unit after a dash, the agency's name on the line below with its city
    ("Wanjiru Kamau <wanjiru@tausisearch.example>", "Analytics Engineer - client feedback",
     "Hi Alex,\n\nI've had feedback from my client on the Analytics Engineer role and they "
     "won't be taking you to interview; they want dbt in production.\n\nKind regards,\n"
     "Wanjiru Kamau\nPrincipal Consultant – Cloud & Platforms\nTausi Search | Mombasa\n"
     "M: +254 711 000 000", "Tausi Search"),
    # a place under the title's company is where the writer sits
    ("Youssef Haddad <youssef@sahelmart.example.com>", "Senior Analyst, Pricing",
     "Dear Alex,\n\nThank you for the final round. We have decided to offer the role to "
     "another finalist who is already based locally.\n\nBest regards,\nYoussef Haddad\n"
     "Director of Analytics, Sahelmart\nSheikh Zayed City, Egypt", "Sahelmart"),
    # a sender's one word from the middle of the organisation's full name
    ("Towage Recruitment <towage.jobs@westhaven-towage.example>", "Tug Master Intake 2027",
     "Dear Alex Morgan,\n\nWe regret to inform you that you have not been shortlisted for the "
     "assessment.\n\nYours sincerely,\nRecruitment Team\nWesthaven Harbour Towage Services",
     "Westhaven Harbour Towage Services"),
    # a domain that writes the kind of organisation as initials
    ("Nikos Ioannou <nikos@thalassa-sm.example>", "Technical Superintendent",
     "Dear Alex,\n\nThank you for meeting us. We have decided not to proceed with your "
     "application, as we need someone with dry-dock experience as superintendent.\n\n"
     "Kind regards,\nNikos Ioannou\nFleet Manager\nThalassa Ship Management\nLimassol",
     "Thalassa Ship Management"),
    # a university's library, a council's library service: the unit, not the employer
    ("Ailsa Munro <a.munro@glenbervie-university.example>", "Digital Archivist",
     "Dear Alex,\n\nThank you for interviewing. I'm sorry to tell you that we will not be "
     "offering you the post of Digital Archivist.\n\nBest wishes,\nAilsa Munro\n"
     "Head of Collections\nGlenbervie University Library", "Glenbervie University"),
    ("Recruitment <recruitment@rathcoole-coco.example>", "Library Assistant competition",
     "Dear Alex,\n\nThank you for applying to Rathcoole County Council Library Service for "
     "the post of Library Assistant. Unfortunately you did not reach the qualifying mark at "
     "the shortlisting stage.\n\nHuman Resources\nRathcoole County Council",
     "Rathcoole County Council"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), UNITS)
def test_a_unit_or_a_place_is_not_the_employer(sender: str, subject: str, body: str,
                                               company: str) -> None:
    assert draft(sender, subject, body).company == company


KEEP_UNITS = [
    # near miss: a public library is an organisation of its own
    ("HR <hr@carrickpubliclibrary.example>", "Library Assistant",
     "Dear Alex,\n\nUnfortunately we have decided not to move forward with your application."
     "\n\nRegards,\nHuman Resources\nCarrick County Public Library", "Carrick County Public Library"),
    # near miss: a sentence's first word before the name is not a longer name
    ("Talent <talent@orrinbay.example>", "Your application",
     "Dear Alex,\n\nThank you for applying to Orrin Bay. Unfortunately we have decided not to "
     "move forward with your application.\n\nOrrin Bay Talent Team", "Orrin Bay"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), KEEP_UNITS)
def test_an_organisation_that_only_looks_like_a_unit_stays(sender: str, subject: str,
                                                            body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ a board relays

def test_a_board_that_recommends_jobs_relays_the_employer_it_names() -> None:
    found = draft("GulfJobsHub <alerts@gulfjobshub.example>", "Application update",
                  "Hello Alex,\n\nCorniche Marine Engineering has reviewed your application for "
                  "Planning Engineer and has decided not to move it forward.\n\nJobs you might "
                  "like\nPlanning Engineer - Doha\nCost Controller - Muscat\n\nManage email "
                  "alerts in your settings.")
    assert found.company == "Corniche Marine Engineering"


def test_an_employer_writing_from_its_own_mailbox_keeps_its_name() -> None:
    # near miss: an employer's own no-reply names its division as deciding; no board writes
    found = draft("Corniche Marine <careers@corniche-marine.example>", "Your application",
                  "Dear Alex,\n\nThank you for your interest in Corniche Marine. Unfortunately, "
                  "we have decided not to move forward with your application.\n\nRegards,\n"
                  "Talent Team\nCorniche Marine")
    assert found.company == "Corniche Marine"


# ------------------------------------------------------------------ person in a formal letter

PERSONS = [
    # a bank's panel letter: signed for the firm, then the signatory with her honorific after
    ("Recruitment <recruitment@savannahtrust.example>", "APPLICATION FOR THE POSITION OF ANALYST",
     "Dear Alex Morgan,\n\nWe regret to inform you that you have not been found suitable for "
     "appointment at this time.\n\nYours faithfully,\nFor: Savannah Trust Bank Plc\n\n"
     "Ngozi Eze (Mrs)\nHead, Talent Acquisition\nHuman Capital Division", "Ngozi Eze",
     "Savannah Trust Bank"),
    # a bilingual council letter: a sign-off in Welsh and English
    ("Cyngor Gwynfa | Gwynfa Council <swyddi@gwynfa.gov.example>", "Swydd / Post: Archivist",
     "Dear Alex Morgan,\n\nUnfortunately, we will not be inviting you to interview for the "
     "post of Archivist.\n\nCofion cynnes / Kind regards,\n\nRhian Hughes\nSwyddog Adnoddau "
     "Dynol / Human Resources Officer\nCyngor Gwynfa / Gwynfa Council", "Rhian Hughes",
     "Gwynfa Council"),
    # a Malay letter: a hiring desk sends, the bracketed signatory signs
    ("Bahagian Sumber Manusia <hr@seriwangsa.example>", "Permohonan Jawatan Jurutera Tapak",
     "Tuan/Puan,\n\nDukacita dimaklumkan bahawa permohonan tuan/puan untuk jawatan Jurutera "
     "Tapak tidak berjaya.\n\nSekian, terima kasih.\n\nYang ikhlas,\n\n(AHMAD FAIZAL BIN "
     "YUSOF)\nPengurus, Sumber Manusia\nSeri Wangsa Construction Sdn. Bhd.",
     "Ahmad Faizal bin Yusof", "Seri Wangsa Construction"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "person", "company"), PERSONS)
def test_the_signatory_of_a_formal_letter_is_the_person(sender: str, subject: str, body: str,
                                                        person: str, company: str) -> None:
    found = draft(sender, subject, body)
    assert found.person is not None and found.person.name == person
    assert found.company == company


def test_a_mixed_case_name_keeps_its_capitals() -> None:
    # near miss: only an all-capitals name is recased, and "Al" in a name keeps its capital
    assert read_signature("Hi,\n\nNo.\n\nRegards,\n\n(HAMAD AL KUWARI)\nHR Manager").name \
        == "Hamad Al Kuwari"
    assert read_signature("Hi,\n\nNo.\n\nRegards,\nSara Bin Tarif\nHR Manager").name \
        == "Sara Bin Tarif"
