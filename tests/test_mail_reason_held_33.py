"""Thirty-third pass (reason): a post filled from inside, held, or given to a named need
(``formats/mail_reason_held.py``). Every wording is new (none is copied from the corpus)."""

from __future__ import annotations

import pytest

from ajar.formats.mail_reason import reason_from_text


@pytest.mark.parametrize(("text", "reason"), [
    ("Hi Alex, sorry, we ended up filling the role from our own network. Best, Sam",
     "filling the role"),
    ("The panel prioritized a candidate working on marine robotics, an area we lack.",
     "marine robotics"),
    ("Our seed round close has been pushed back to the autumn, so we cannot hire now.",
     "pushed back"),
    ("Helaas is de vacature komen te vervallen door een reorganisatie.", "komen te vervallen"),
    ("Wij hebben de functie intern ingevuld.", "intern ingevuld"),
    ("Vi har beslutat att tillsätta tjänsten internt.", "tillsätta tjänsten internt"),
    ("Ons het besluit om die pos intern te vul.", "intern te vul"),
    ("La plaça s'ha cobert amb una persona de la borsa de treball interna.", "borsa de treball interna"),
    ("A pozíciót végül egy belső kollégánkkal töltöttük be.", "belső kollégánkkal"),
    ("该岗位最终决定由内部同事调岗补缺。", "内部同事"),
    ("Le recrutement pour ce poste est suspendu jusqu'à nouvel ordre.", "suspendu"),
    ("Le comité a privilégié un profil titulaire d'un doctorat en acoustique.", "doctorat"),
])
def test_a_post_filled_inside_held_or_given_to_a_need(text: str, reason: str) -> None:
    assert reason in (reason_from_text(text) or "")


@pytest.mark.parametrize("text", [
    "Thank you for your interest. We have decided to move forward with other candidates.",
    "We hope to fill the role soon and will keep your details on file.",
])
def test_a_plain_no_still_gives_none(text: str) -> None:
    assert reason_from_text(text) is None
