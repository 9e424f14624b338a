"""Shapes of company, role and stage that rejection emails use (pure text functions)."""

from __future__ import annotations

from ajar.formats.mail_fields import (company_from_text, from_subject, respell,
                                      role_from_text, role_or_none, stage_from_text)


def test_a_subject_role_at_company() -> None:
    assert from_subject("Marketing Coordinator at Lark & Fenn") == (
        "Lark & Fenn", "Marketing Coordinator")
    assert from_subject("Lunch at Noon Cafe") == (None, None)


def test_a_clause_after_the_role_is_neither_role_nor_company() -> None:
    text = ("we've chosen to pursue others for the Marketing Coordinator role whose experience "
            "with B2B events is a closer fit.")
    assert role_from_text(text) == "Marketing Coordinator"
    assert company_from_text(text) != "B2B"


def test_role_noise_at_the_end() -> None:
    text = "Calloway Foods has reviewed your application for Supply Chain Planner and has decided"
    assert role_from_text(text) == "Supply Chain Planner"
    assert role_or_none("Branch Manager requisition update") == "Branch Manager"
    assert role_from_text("we're going to hold off on hiring for the product designer spot."
                          ) == "Product Designer"


def test_a_domain_name_keeps_the_organisation_word() -> None:
    assert respell("Greyfriars", "Dr Dana Whitfield\nGreyfriars Institute") == \
        "Greyfriars Institute"
    assert respell("Lumenhealth", "Thanks from Lumen Health.") == "Lumen Health"
    assert respell("Northwind", "Northwind has decided") == "Northwind"


def test_stage_words() -> None:
    assert stage_from_text("It was a pleasure speaking with you on the phone earlier this week."
                           ) == "screening"
    assert stage_from_text("Everyone enjoyed meeting you last Thursday.") == "interview"
    assert stage_from_text("Thanks for taking the time to apply for our opening.") == "applied"
