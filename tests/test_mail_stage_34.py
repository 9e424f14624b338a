"""Thirty-fourth pass (stage): a step the letter says did not take place for anyone, had not
started, or was held with other people is not reached: "ohne dass Gespräche stattgefunden
haben", "noch bevor Einladungen zu Vorstellungsgesprächen versandt wurden", "mit Personen ins
Gespräch zu gehen, deren ...", and the same "without" and "before" in French, Spanish,
Portuguese, Italian and Dutch; a conversation held stays one."""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import stage_from_text


@pytest.mark.parametrize("text", [
    "Die Position wird nicht besetzt. Das Verfahren ist damit beendet, ohne dass Gespräche "
    "stattgefunden haben.",
    "Die Stelle wurde intern besetzt, noch bevor Einladungen zu Vorstellungsgesprächen versandt "
    "wurden.",
    "Wir haben uns entschieden, mit Kandidatinnen ins Gespräch zu gehen, deren Profil näher am "
    "Bedarf liegt.",
    "Le poste a été pourvu avant que des entretiens ne soient organisés.",
    "La vacante se ha cerrado sin que se hayan celebrado entrevistas.",
    "De vacature is ingetrokken voordat de sollicitatiegesprekken plaatsvonden.",
])
def test_a_step_not_held_is_not_reached(text: str) -> None:
    assert stage_from_text(text, contact_only=True) is None


@pytest.mark.parametrize("text", [
    "Vielen Dank für das angenehme Gespräch am Dienstag. Leider haben wir uns anders entschieden.",
    "Nach dem Vorstellungsgespräch mit Frau Weber haben wir uns für jemand anderen entschieden.",
    "Merci pour l'entretien de jeudi ; nous avons retenu une autre candidature.",
])
def test_a_step_held_stays_reached(text: str) -> None:
    assert stage_from_text(text, contact_only=True) == "interview"
