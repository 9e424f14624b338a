"""Seventeenth pass (reason): a sentence that states a cause beats praise, consolation and
policy, in Dutch, Czech, Romanian and Turkish too; a consequence points at its cause.

Every wording here is new (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_reason import reason_from_text

CAUSES = [
    # Dutch: a need for someone who can, the chosen colleague "die", "omdat"
    ("Beste Sam,\n\nVoor het nieuwe filiaal hebben we iemand nodig die zelfstandig "
     "echografieën maakt. Veel succes.", "echografieën"),
    ("Hoi Sam,\n\nUiteindelijk zijn we gegaan voor een fysiotherapeut die al sportblessures "
     "behandelt. Bedankt voor je tijd.", "sportblessures"),
    ("Beste Sam,\n\nHelaas gaan we niet verder vanwege de bezorgroute in het weekend. "
     "Groet, Els", "bezorgroute"),
    # Czech, Romanian, Turkish
    ("Dobrý den,\n\nmísto jsme nabídli uchazečce, která má zkušenost s auditem ISO 27001. "
     "Děkujeme za zájem.", "ISO 27001"),
    ("Bună ziua,\n\nAm ales o candidată care a mai condus o echipă de suport, deoarece echipa "
     "se dublează anul acesta. Mult succes!", "echipă de suport"),
    ("Merhaba,\n\nBu pozisyon için en az beş yıl deneyim şartı arıyoruz ve başvurunuz bu "
     "şartı karşılamıyor. Başarılar dileriz.", "beş yıl deneyim"),
    # English: a plan changed, a project that will not open, a preference, a bar
    ("Hi Sam,\n\nThe trust has decided to delay the new dialysis unit by a year. That means "
     "the Band 6 post you interviewed for is on ice. Sorry.", "delay the new dialysis unit"),
    ("Dear Sam,\n\nThe Leeds studio will not open this spring after the lease fell through. "
     "We have withdrawn every offer tied to it.", "will not open this spring"),
    ("Hi Sam,\n\nIn the end the board preferred continuity in the maths department. "
     "Thanks again.", "continuity in the maths department"),
    ("Hello,\n\nFor the next stage we are only inviting the top forty on the logic paper, "
     "and your mark placed you 112th.", "top forty"),
    ("Hi Sam,\n\nRight now we have more ski instructors on our roster than we have bookings "
     "for, so we are not hiring anyone until December.", "more ski instructors"),
    ("Hallo Sam,\n\nFür die Stelle setzen wir eine abgeschlossene Meisterprüfung im "
     "Elektrohandwerk voraus. Alles Gute!", "Meisterprüfung"),
    # a plan put off, by the verb's stem in any person ("amânăm", "ertelediği", "przesunęliśmy")
    ("Bună ziua,\n\nAm decis să amânăm deschiderea biroului din Iași până anul viitor. Prin "
     "urmare, nu mai angajăm pentru acest post.", "deschiderea biroului"),
    ("Merhaba,\n\nOkulumuz yeni kampüs açılışını ertelediği için bu pozisyonu kapattık.",
     "kampüs açılışını"),
    ("Dzień dobry,\n\nPrzesunęliśmy otwarcie laboratorium na przyszły rok, więc nie "
     "zatrudniamy teraz nikogo.", "otwarcie laboratorium"),
]


@pytest.mark.parametrize(("text", "phrase"), CAUSES)
def test_a_cause_is_read_in_the_letters_language(text: str, phrase: str) -> None:
    found = reason_from_text(text)
    assert found and phrase in found, found


CAUSE_OVER_COMFORT = [
    # praise of the reader before the cause
    ("Hi Sam,\n\nYour portfolio review was excellent and the team loved your sketches. We "
     "went with someone who has shipped two console titles.", "two console titles"),
    ("Beste Sam,\n\nJe zou prima in ons team passen, dat vonden we allemaal. Toch kiezen we "
     "voor een collega die al leiding heeft gegeven.", "leiding heeft gegeven"),
    # consolation beside the cause
    ("Dear Sam,\n\nThis has nothing to do with your interview, and everyone who met you was "
     "impressed. The regional office is being closed, so the role no longer exists.",
     "regional office is being closed"),
    # a consequence whose cause is the sentence before
    ("Dear Sam,\n\nPupil numbers for September came in far lower than forecast. The governors "
     "have therefore frozen all new teaching posts, including the one we offered you.",
     "Pupil numbers for September"),
    ("Dear Sam,\n\nThe ward needs someone who can start on 1 March, because two nurses leave "
     "in February. I have therefore offered the post to an applicant who is free now.",
     "start on 1 March"),
]


@pytest.mark.parametrize(("text", "phrase"), CAUSE_OVER_COMFORT)
def test_the_cause_beats_praise_consolation_and_consequence(text: str, phrase: str) -> None:
    found = reason_from_text(text)
    assert found and phrase in found, found


NO_CAUSE = [
    # policy, volume and footers abroad are no reason
    "Dear Applicant,\n\nWe regret that your application was unsuccessful. As so many people "
    "applied, we are not in a position to give individual feedback.",
    "Hi Sam,\n\nIt was wonderful to see so many people who care about the museum. "
    "Unfortunately we will not take your application further.",
    "Dobrý den,\n\nděkujeme za zájem, ale rozhodli jsme se pokračovat s jinými uchazeči.\n\n"
    "Tento e-mail jste obdrželi, protože jste odpověděli na inzerát.",
    "Merhaba,\n\nBaşvurunuz olumsuz sonuçlandı.\n\nBu e-postayı üyeliğiniz nedeniyle aldınız.\n\n"
    "Bildirim tercihlerini buradan değiştir.",
    # near misses: the no itself, a count of applications, an application closed
    "Dear Sam,\n\nWe received far more applications than we have places this year, and yours "
    "was not selected.",
    "Hi Sam,\n\nI'm afraid we have had to close your application for the analyst role.",
    "Hi Sam,\n\nWe have decided to move forward with other candidates. Best of luck.",
]


@pytest.mark.parametrize("text", NO_CAUSE)
def test_policy_volume_and_footers_give_no_reason(text: str) -> None:
    assert reason_from_text(text) is None
