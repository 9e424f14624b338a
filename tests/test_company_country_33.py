"""Thirty-third pass (company): a subsidiary's country written after its name, on a line of
its own or as the object of a sentence, is part of the name ("Volta Drinks Ghana"); a
country before another capitalised word is not ("Acme Ghana Office"). A French subject's
"Suivi" (follow-up) is no employer."""

from __future__ import annotations

import pytest
from helpers import letter

from ajar.formats.mail import draft_rejection
from ajar.formats.mail_company import with_registered_country, without_hiring_tail

ME = frozenset({"alex.morgan@example.net"})


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Volta Drinks", "I presented your profile to Volta Drinks Ghana for the role.",
     "Volta Drinks Ghana"),
    ("Sika Wallet", "Regards,\nAma Mensah\nSika Wallet Ghana\n", "Sika Wallet Ghana"),
    ("Orinex Medical", "Orinex Medical Egypt, Cairo", "Orinex Medical Egypt"),
    ("Mosoni Powertrain", "Mosoni Powertrain Hungary Kft.", "Mosoni Powertrain Hungary"),
    ("Acme", "Please visit the Acme Ghana Office on Monday.", "Acme"),
    ("Acme", "Acme in Ghana, for the role.", "Acme"),
])
def test_a_country_written_after_the_name(company: str, text: str, expected: str) -> None:
    assert with_registered_country(company, text) == expected


def test_a_french_follow_up_subject_names_no_employer() -> None:
    raw = letter("Isabelle Roy <isabelle.roy@bfl.example.com>",
                 "Suivi – Conseiller principal, Stratégie",
                 "Bonjour Alex,\n\nMerci pour votre participation au panel final de jeudi "
                 "dernier. Après mûre réflexion, nous avons décidé de poursuivre avec une "
                 "autre personne.\n\nIsabelle Roy\nPartenaire d'affaires, Acquisition de "
                 "talents\nBanque Fleuve-Laurent\n")
    draft = draft_rejection(raw, "x", ME)
    assert draft.company == "Banque Fleuve-Laurent"
    assert draft.stage == "final-round"


@pytest.mark.parametrize(("company", "bare"), [
    ("Calderbrook Council HR Service Centre", "Calderbrook Council"),
    ("Yeşilvadi Üniversitesi Hastanesi İK", "Yeşilvadi Üniversitesi Hastanesi"),
    ("Nordsee Bank AB Latvia Branch", "Nordsee Bank"),
    ("Rückmeldung Donautal Kunststofftechnik", "Donautal Kunststofftechnik"),
    # a branch's name that is no country, and an HR firm's own name, stay
    ("Harbour Bank Canary Wharf Branch", "Harbour Bank Canary Wharf Branch"),
    ("HR Partners", "HR Partners"),
])
def test_a_desk_a_branch_or_a_feedback_word_leaves(company: str, bare: str) -> None:
    assert without_hiring_tail(company) == bare


@pytest.mark.parametrize(("company", "bare"), [
    ("Universität Wendel – Bewerbungsportal", "Universität Wendel"),
    ("Seleccion de Personal Banco Andino", "Banco Andino"),
    ("Outbound Sales at Harbor Teleservices", "Harbor Teleservices"),
    # "at" inside a name stays: one word before it, or one word after it
    ("Eat at Joes", "Eat at Joes"),
])
def test_a_portal_a_desk_or_a_post_before_the_name_leaves(company: str, bare: str) -> None:
    assert without_hiring_tail(company) == bare


@pytest.mark.parametrize(("name", "bare"), [
    ("Sykehusapoteket Nordfjord HF", "Sykehusapoteket Nordfjord"),
    ("Cedar Genomics s.a.l", "Cedar Genomics"),
    ("Fair Harbour Europe AISBL", "Fair Harbour Europe"),
])
def test_more_legal_forms_leave(name: str, bare: str) -> None:
    from ajar.formats.mail_fields import company_or_none
    assert company_or_none(name) == bare


@pytest.mark.parametrize(("name", "bare"), [
    ("Rila Pay AD", "Rila Pay"), ("Serdika Shared Services EAD", "Serdika Shared Services"),
    ("Tovaris Soft EOOD", "Tovaris Soft"), ("Argia Energia Koop", "Argia Energia"),
])
def test_bulgarian_forms_and_a_cooperative_leave(name: str, bare: str) -> None:
    from ajar.formats.mail_fields import company_or_none
    assert company_or_none(name) == bare


@pytest.mark.parametrize(("company", "bare"), [
    ("BalkanWave Кариери", "BalkanWave"), ("חברה: אופק אוויוניקה", "אופק אוויוניקה"),
])
def test_a_careers_desk_or_a_field_label_leaves(company: str, bare: str) -> None:
    assert without_hiring_tail(company) == bare


@pytest.mark.parametrize("word", ["Hemos", "Gracias", "Twoim", "Echipa", "Group", "Central",
                                  "Assessment Center"])
def test_a_sentence_s_first_word_or_a_generic_word_is_no_company(word: str) -> None:
    from ajar.formats.mail_company import acceptable
    assert not acceptable(word, [])
