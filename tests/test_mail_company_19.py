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
