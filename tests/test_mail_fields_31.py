"""Thirty-first pass: the company's full name where a domain shortens it (a scheme, a fund,
a subject that spells it out) or a Romance body writes itself in sentence case; the title's
tail settled by the title model.

Each email here was written for this probe; none is a corpus message.
"""

from __future__ import annotations

import pytest

from ajar.formats.company_words import opens_as_organisation
from ajar.formats.mail import draft_rejection
from helpers import letter

ME = frozenset({"alex.morgan@example.net"})


def _company(sender: str, subject: str, body: str) -> str | None:
    raw = letter(sender, subject, body, message_id="<p31@example.com>")
    return draft_rejection(raw, "p31.eml", ME).company


@pytest.mark.parametrize(("sender", "body", "company"), [
    # a domain's initials spelled out by the signature, whose words read like a title's
    ("Thandi Ndlovu <thandi@umzimvubu-ms.example.org>",
     "Dear Alex\n\nThank you for your time. The Board has appointed an internal candidate to "
     "the post of Benefit Analyst.\n\nKind regards\n\nThandi Ndlovu\nHR Officer\n"
     "Umzimvubu Medical Scheme\nTel: 031 555 0100", "Umzimvubu Medical Scheme"),
    ("Kagiso Pule <kagiso@mophane-spf.example.org>",
     "Dear Alex\n\nThank you for your proposal to act as consultant to the Mophane Staff "
     "Pension Fund. The trustees have decided to stay with the current consultant.\n\n"
     "Yours sincerely\n\nKagiso Pule\nPrincipal Officer\nMophane Staff Pension Fund",
     "Mophane Staff Pension Fund"),
])
def test_a_domain_short_form_is_spelled_out_by_a_fund_or_scheme(sender: str, body: str,
                                                                 company: str) -> None:
    assert _company(sender, "Your application", body) == company


def test_a_subject_spells_out_the_name_only_a_domain_gives() -> None:
    """A phone note with no signature: the subject holds the employer's full name."""
    body = ("Hi Alex - sorry, we've given the deckhand post to one of our own people. "
            "Thanks for coming in. Best, Óli\n\nSent from my iPhone")
    assert _company("oli@vagarharbour.example.com",
                    "Re: Deckhand, Vágar Harbour Services", body) == "Vágar Harbour Services"
    # the same note whose subject names no fuller form keeps the domain's name
    assert _company("oli@vagarharbour.example.com", "Re: Deckhand", body) == "Vagarharbour"


@pytest.mark.parametrize(("name", "body_kind"), [
    ("Observatoire européen de la démocratie locale", True),
    ("Réseau européen pour l'inclusion sociale", True),
    ("Institut national de la statistique", True),
    ("Groupe financier Valmont", True),
    ("Centre de formation", False),  # a kind of place, not one body's name
    ("Maison de la culture", False),
    ("Responsable de la communication interne", False),  # a title, no body's kind first
])
def test_a_romance_body_in_sentence_case_is_an_organisation(name: str, body_kind: bool) -> None:
    assert opens_as_organisation(name) is body_kind


def test_a_french_body_signing_in_sentence_case_is_the_company() -> None:
    body = ("Bonjour Alex,\n\nJe suis au regret de vous annoncer que nous avons retenu une "
            "autre candidature pour le poste de chargé de mission.\n\nBien à vous,\n\n"
            "Claire Vasseur\nDirectrice des programmes\n"
            "Observatoire européen des politiques urbaines (OEPU)\n"
            "Rue de la Loi 42, 1040 Bruxelles")
    assert _company("c.vasseur@oepu-network.example.org", "Re: Candidature", body) == \
        "Observatoire européen des politiques urbaines"
