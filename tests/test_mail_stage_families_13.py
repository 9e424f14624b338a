"""Thirteenth pass: an interview had, named in French, German, Dutch or Swedish (fresh20 to fresh26's stage
misses), in new wordings; with near misses that keep their answer."""

from __future__ import annotations

import pytest

from test_mail_fields_families import draft

SENDER = "Acme <no-reply@hire.lever.co>"

# "Thank you for your interview / after our conversation", in the reader's other languages.
INTERVIEW_ABROAD = [
    "Cher Alex,\n\nsuite à l'audition devant le comité, le poste a été attribué à une autre "
    "candidate.",
    "Hallo Alex,\n\nvielen Dank für unser Gespräch letzte Woche. Leider haben wir uns für eine "
    "andere Bewerberin entschieden.",
    "Beste Alex,\n\nBedankt voor het gesprek van vorige week. Helaas hebben we gekozen voor een "
    "andere kandidaat.",
    "Hej Alex,\n\nTack för intervjun i tisdags. Vi har tyvärr valt en annan kandidat.",
]
INTERVIEW_ABROAD_NEAR = [
    ("applied", "Beste Alex,\n\nWe hebben besloten je niet uit te nodigen voor een gesprek. "
                "Veel succes."),
    ("applied", "Hallo Alex,\n\nleider können wir Sie nicht zu einem Gespräch einladen."),
]


@pytest.mark.parametrize("body", INTERVIEW_ABROAD)
def test_an_interview_named_in_another_language_is_the_interview_stage(body: str) -> None:
    assert draft(SENDER, "Candidatura", body).stage == "interview", body


@pytest.mark.parametrize(("stage", "body"), INTERVIEW_ABROAD_NEAR)
def test_no_invitation_to_a_conversation_stays_applied(stage: str, body: str) -> None:
    assert draft(SENDER, "Candidatura", body).stage == stage, body
