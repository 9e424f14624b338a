"""Seventeenth pass (person): a firm's name is nobody to write to, however the ATS shows it;
an Irish "Ó" before a family name is part of the person's name.

Every wording here is new (none is copied from the corpus).
"""

from __future__ import annotations

from ajar.formats.mail_person import settled_name
from ajar.formats.mail_signature import looks_like_person, read_signature


def test_a_name_the_letter_uses_as_the_firm_is_nobody() -> None:
    text = ("Madame,\n\nMerci de l'intérêt porté à Verhaegen Dubreuil et à notre cabinet.\n\n"
            "L'équipe RH\nVerhaegen Dubreuil")
    assert settled_name("Verhaegen Dubreuil", None, None, [], text) is None


def test_the_line_under_a_team_sign_off_is_the_firm() -> None:
    text = ("Dear Sam,\n\nThank you for your interest.\n\nKind regards,\n\nGraduate Team\n"
            "Pembrook Orthopaedics | 4 Mill Lane")
    assert settled_name("Pembrook Orthopaedics", None, None, [], text) is None


def test_a_person_after_a_preposition_or_a_team_stays_a_person() -> None:
    # near misses: a given name keeps the person ("merci à Claire Fontaine"), and a name on
    # the line under a person's own sign-off is the person
    text = "Bonjour,\n\nUn grand merci à Claire Fontaine pour l'entretien.\n\nClaire Fontaine"
    assert settled_name("Claire Fontaine", None, None, [], text) == "Claire Fontaine"
    text = "Hi Sam,\n\nSorry it wasn't better news.\n\nBest,\nTomás Varga\nTeam Lead, Payments"
    assert settled_name("Tomás Varga", None, None, [], text) == "Tomás Varga"


def test_an_irish_o_before_the_family_name_is_part_of_the_name() -> None:
    assert looks_like_person("Siobhán Ó Dálaigh")
    text = ("Hi Sam,\n\nThanks for coming to the assessment day.\n\nSiobhán Ó Dálaigh\n"
            "Ground Operations Recruitment Lead\nShannon Ferries")
    assert read_signature(text, "").name == "Siobhán Ó Dálaigh"
    assert not looks_like_person("Ó Dálaigh Holdings Ltd")  # near miss: a firm
