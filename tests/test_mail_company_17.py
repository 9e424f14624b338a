"""Company families of the seventeenth pass (issue 11): a job board writing in a language
without articles, a phrase that is no organisation's name (written to the reader, a time of
year, a file's number, a form of address), a sender's name the letter writes as its own, a
signed unit above its organisation, a legal form, and an acronym the letter defines.

Every case is written anew (invented names, reserved example domains); near misses that
must keep their answer follow each table.
"""

from __future__ import annotations

import pytest

from ajar.formats.company_spelling import spelled_out
from ajar.formats.company_words import addressed_to_reader, holiday, reference_code
from ajar.formats.mail_fields import company_or_none
from test_mail_fields_families import draft

# ------------------------------------------------------------------ job boards abroad

# A board relays the employer's word; Polish, Czech and Romanian write the noun for
# "employer" or "company" with no article before the name, Turkish the name's genitive.
BOARDS = [
    ("Praca Dziś <powiadomienia@pracadzis.example>", "Status Twojej aplikacji",
     "Dzień dobry,\n\npracodawca Wiślane Młyny Sp. z o.o. zakończył rekrutację na stanowisko "
     "Księgowa. Niestety tym razem nie zostałaś wybrana.\n\nZespół Praca Dziś", "Wiślane Młyny"),
    ("Prace Dnes <info@pracednes.example>", "Odpověď na Vaši přihlášku",
     "Dobrý den,\n\nSpolečnost Hradecká Strojírna a.s. se rozhodla pokračovat s jinými "
     "uchazeči o pozici Svářeč.\n\nTým Prace Dnes", "Hradecká Strojírna"),
    ("Joburi Azi <alerte@joburiazi.example>", "Actualizare aplicare",
     "Salut, Alex!\n\nAngajatorul Dunărea Logistic a analizat aplicarea ta pentru postul de "
     "Dispecer și a decis să nu continue procesul cu tine.\n\nEchipa Joburi Azi",
     "Dunărea Logistic"),
    ("İş Kapısı <bildirim@iskapisi.example>", "Başvurun hakkında",
     "Merhaba Alex,\n\nEge Deniz Yazılım'ın \"Backend Geliştirici\" ilanına yaptığın başvuru "
     "olumsuz değerlendirildi.\n\nİş Kapısı Ekibi", "Ege Deniz Yazılım"),
]


@pytest.mark.parametrize("sender, subject, body, company", BOARDS, ids=[c[3] for c in BOARDS])
def test_a_board_abroad_relays_the_employer_it_names(sender: str, subject: str, body: str,
                                                     company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_a_readers_name_in_the_turkish_genitive_is_no_employer() -> None:
    found = draft("Kariyer Yolu <bildirim@kariyeryolu.example>", "Başvurun hakkında",
                  "Merhaba,\n\nAlex Morgan'ın \"Muhasebe Uzmanı\" ilanına başvurusu olumsuz "
                  "değerlendirildi.\n\nKariyer Yolu Ekibi").company
    assert found != "Alex Morgan"


# ------------------------------------------------------------------ not a name

NOT_NAMES = [
    # a subject written to the reader, the sender's domain naming the airline
    ("Nordwind Flugdienst <auswahl@nordwindair.example>",
     "Resultat Ihres Auswahltests - Flugbegleiter",
     "Sehr geehrte/r Alex Morgan,\n\nleider haben Sie die Mindestpunktzahl nicht erreicht. Wir "
     "können Ihre Bewerbung daher nicht weiterführen.\n\nMit freundlichen Grüßen\n"
     "Ihr Team Kabinenpersonal\nNordwind Air",
     "Nordwind Air"),
    # near miss: a time of year after "at", the school signing below, keeps the school
    ("Priya Nair <p.nair@lotusbay-school.example>", "Head of Science",
     "Dear Alex,\n\nThe post must be covered from January, as our current head of science "
     "retires at Easter, and you are contracted until summer. We have therefore offered it "
     "to another candidate.\n\nKind regards,\nPriya Nair\nPrincipal\nLotus Bay International "
     "School, Kuala Lumpur", "Lotus Bay International School"),
]


@pytest.mark.parametrize("sender, subject, body, company", NOT_NAMES, ids=[c[3] for c in NOT_NAMES])
def test_a_phrase_that_is_no_organisation_loses(sender: str, subject: str, body: str,
                                               company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_phrases_written_to_the_reader_or_about_when() -> None:
    assert addressed_to_reader("Ergebnis Ihrer Eignungsprüfung")
    assert addressed_to_reader("Informacja o Twojej aplikacji")
    assert addressed_to_reader("Madame, Monsieur")
    assert addressed_to_reader("Geachte heer")
    assert holiday("Christmas") and holiday("Wielkanoc") and holiday("Semana Santa")
    assert reference_code("CASA/TA/2027/044") and reference_code("TRN-2027-10-03318")
    # near misses: names that hold such a word, or a slash, stay names
    assert not addressed_to_reader("Madame Tussauds")
    assert not addressed_to_reader("Sir Robert McAlpine")
    assert not addressed_to_reader("Pan Am")
    assert not holiday("Easter Ross Distillery")
    assert not reference_code("AC/DC")
    assert not reference_code("Harlow 24/7 Care")


# ------------------------------------------------------------------ the sender's own name

# An ATS sends as the firm; two surnames look like a person's name, but the letter writes
# them after a one-letter preposition, or on the line under a team's.
def test_an_ats_senders_name_the_letter_writes_after_a_short_word_is_the_firm() -> None:
    found = draft("Ferrer Quintana <notifications@teamtailor.com>",
                  "Tu candidatura - Abogado junior",
                  "Hola Alex,\n\nGracias por tu interés en unirte a Ferrer Quintana y por el tiempo "
                  "dedicado a tu candidatura. Lamentamos comunicarte que no continuaremos con tu "
                  "proceso.\n\nEl equipo de Selección").company
    assert found == "Ferrer Quintana"


def test_an_ats_senders_name_on_the_line_under_a_team_is_the_firm() -> None:
    found = draft("Holloway Brigg <no-reply@greenhouse.io>", "Your application",
                  "Dear Alex,\n\nThank you for applying. We are sorry to tell you that you have "
                  "not been offered a place this year.\n\nWith best wishes,\n\nAdmissions Team\n"
                  "Holloway Brigg").company
    assert found == "Holloway Brigg"


def test_an_ats_sender_who_is_a_person_stays_no_company() -> None:
    found = draft("Martin Keller <no-reply@greenhouse.io>", "Your application",
                  "Dear Alex,\n\nThank you for applying. We have decided not to move forward.\n\n"
                  "Best wishes,\nMartin Keller").company
    assert found != "Martin Keller"


# ------------------------------------------------------------------ units and organisations

def test_a_unit_after_a_signed_title_gives_way_to_the_organisation_below() -> None:
    found = draft("Hana Petrov <hana@hire.lever.co>", "After your visit to Harrowfield",
                  "Hi Alex,\n\nWe have chosen another candidate for the exotics post.\n\n"
                  "Best wishes,\n\nHana Petrov\nPractice Manager, Exotics & Wildlife\n"
                  "Harrowfield Specialist Vets").company
    assert found == "Harrowfield Specialist Vets"


def test_a_university_signed_beside_its_faculty_is_the_employer() -> None:
    found = draft("Joris Peeters <j.peeters@ukb-brabant.example>", "Assistent Chemie - beslissing",
                  "Beste Alex,\n\nDe commissie heeft beslist de functie aan een andere kandidaat "
                  "toe te kennen.\n\nMet vriendelijke groeten,\n\nProf. dr. Joris Peeters\n"
                  "Faculteit Wetenschappen - Universiteit Brabant").company
    assert found == "Universiteit Brabant"


def test_a_title_with_its_team_and_no_organisation_below_keeps_the_old_reading() -> None:
    found = draft("Ola Berg <ola@lumenhealth.example>", "Data Engineer",
                  f"Hi Alex,\n\nWe went another way.\n\nBest,\nOla Berg\n"
                  "Recruiter, Lumen Health").company
    assert found == "Lumen Health"


# ------------------------------------------------------------------ legal forms, acronyms

@pytest.mark.parametrize("written, name", [
    ("Brněnské Sklárny s.r.o.", "Brněnské Sklárny"), ("Cabinet Roussel Favre AARPI",
                                                      "Cabinet Roussel Favre"),
    ("Istanbul Veri A.Ş.", "Istanbul Veri"), ("Moser Partner Sàrl", "Moser Partner"),
    ("Tisza Gépgyár Kft.", "Tisza Gépgyár"), ("Carpați Soft S.R.L.", "Carpați Soft"),
    # near misses: a word that ends like a form is part of the name
    ("Atlas", "Atlas"), ("Kass Bros", "Kass Bros")])
def test_a_legal_form_of_europe_or_turkey_is_left_off(written: str, name: str) -> None:
    assert company_or_none(written) == name


def test_a_signed_legal_form_is_left_off_the_firm() -> None:
    found = draft("Pavla Novotná <pavla@brnosklo.example>", "Výběrové řízení",
                  "Dobrý den,\n\nbohužel jsme se rozhodli pokračovat s jiným uchazečem.\n\n"
                  "S pozdravem\n\nPavla Novotná\nPersonalistka\nBrněnské Sklárny s.r.o.\n"
                  "+420 555 000 111").company
    assert found == "Brněnské Sklárny"


def test_a_domain_word_the_letter_defines_as_an_acronym_is_spelled_out() -> None:
    text = ("Thank you for your application to the traineeship session at the Northern Soil "
            "Rights Agency (NSRA). Madame, Monsieur, nous vous remercions pour votre candidature "
            "à l'Agence nordique des droits des sols (NSRA).")
    assert spelled_out("Nsra Agency", text) == "Northern Soil Rights Agency"
    # near miss: a domain word the letter never writes in capitals and brackets stays
    assert spelled_out("Nsra Agency", text.replace("(NSRA)", "")) is None


def test_a_file_number_in_the_subject_loses_to_the_office_it_spells() -> None:
    found = draft("NMPO Candidate Account <no-reply@nmpo-candidates.example>",
                  "NMPO/AD/77/28 - Auditors: results of the tests",
                  "Dear Candidate,\n\nWe regret to inform you that you did not obtain the pass "
                  "mark.\n\nNordic Maritime Personnel Office\nCandidate Contact Team").company
    assert found == "Nordic Maritime Personnel Office"
