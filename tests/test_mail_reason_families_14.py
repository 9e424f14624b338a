"""Fourteenth pass: the reason a rejection gives, in the languages job mail comes in and as
requirements named (a licence, a language certificate, a registration, a score below a
cutoff, a hiring freeze, a post filled from inside); and boilerplate that gives none (a job
board's footer, a stock "candidates whose experience more closely matches the needs of the
position"). New wordings, each failing before the pass, with near misses."""

from __future__ import annotations

import pytest

from ajar.formats.mail_reason import reason_from_text

# (the email's text, a phrase the reason must hold)
GIVEN = [
    # "because" and "what decided", abroad
    ("Leider können wir Ihre Bewerbung nicht berücksichtigen, da für die Stelle ein "
     "Staplerschein verlangt wird.", "Staplerschein"),
    ("Nous ne pouvons pas retenir votre candidature, car le poste demande trois ans en "
     "bloc opératoire.", "bloc opératoire"),
    ("No podemos seguir con tu candidatura, ya que el puesto pide turnos de noche.",
     "turnos de noche"),
    ("Não vamos avançar, pois a vaga pede disponibilidade aos fins de semana.",
     "fins de semana"),
    ("Nie możemy kontynuować, ponieważ stanowisko wymaga pracy w Krakowie na miejscu.",
     "Krakowie"),
    ("Emme valitettavasti voi jatkaa, koska tehtävä vaatii ruotsin kielen taitoa.",
     "ruotsin"),
    # who was chosen, and what they had, abroad
    ("Wir haben uns für einen Kandidaten entschieden, der bereits ein Team in der Logistik "
     "geführt hat.", "Logistik"),
    ("Nous avons retenu une personne ayant déjà travaillé en pédiatrie.", "pédiatrie"),
    ("Elegimos a una persona con más años en atención al cliente.", "atención al cliente"),
    ("Escolhemos alguém com experiência em vendas B2B.", "vendas B2B"),
    ("Wybraliśmy osobę z doświadczeniem w grach mobilnych.", "grach mobilnych"),
    ("Valitsimme hakijan, jolla oli kokemusta Unity-pelimoottorista.", "Unity"),
    # requirements named: a licence, a language certificate, a registration
    ("The site only takes drivers holding a full HGV licence.", "HGV licence"),
    ("The programme only takes nurses with an IELTS certificate at 7.0 or above.",
     "IELTS certificate"),
    ("Your registration with the nursing council will not be complete by the start date.",
     "registration"),
    ("Für die Stelle ist die Approbation als Apothekerin Voraussetzung.", "Approbation"),
    # a test score below a cutoff
    ("Your mark of 52 on the aptitude paper was below the cutoff of 60 for this intake.",
     "cutoff"),
    ("Based on your results in the logical reasoning assessment, we will not take your "
     "application further.", "logical reasoning"),
    ("Sua nota na prova técnica ficou abaixo do mínimo para a vaga.", "abaixo do mínimo"),
    # the job: a hiring freeze, a post filled from inside
    ("The group has announced a freeze on all new hires until the spring.", "freeze"),
    ("The manager decided to promote one of the shift supervisors into the post.",
     "promote one of the shift supervisors"),
    ("In the end they gave it to one of their own team leads.", "one of their own"),
    # a chat pasted in: each line is a sentence
    ("pasting the chat:\n[09:14] Ola: hi! sorry, bad news\n[09:15] Ola: we went with "
     "someone who's shipped two console titles\n[09:15] Ola: keep in touch though!",
     "console titles"),
]

# No reason in these: boilerplate, footers and closings, in English and abroad.
NONE_GIVEN = [
    "We have decided to move forward with other applicants whose background more closely "
    "aligns with the requirements of the position.",
    "While your experience is impressive, we have chosen candidates whose qualifications "
    "better match our current needs.",
    "You received this email because you applied for a job on JobHarbor.",
    "Recibes este correo porque te postulaste a una vacante en EmpleoYa.",
    "Você recebeu este e-mail porque se candidatou a uma vaga no Vagas Agora.",
    "Te invitamos a seguir postulando a futuras vacantes que se ajusten a tu experiencia.",
    "Después de revisar tu perfil con atención, no continuarás en el proceso.",
    "Vielen Dank für Ihre Bewerbung. Leider haben wir uns anders entschieden.",
]
NEAR_KEPT = [
    # a stock line that names what the others had is still a reason
    ("We chose candidates whose experience more closely matches ours in paediatric "
     "oncology research.", "paediatric oncology"),
    # a title with a language in it is no language requirement; the reason after it is read
    ("Thanks for applying for the Bilingual Support Agent role. We went with someone who "
     "has run a support queue before.", "support queue"),
]


@pytest.mark.parametrize(("text", "phrase"), GIVEN, ids=[p for _, p in GIVEN])
def test_a_reason_given_abroad_or_as_a_requirement_is_read(text: str, phrase: str) -> None:
    found = reason_from_text("Hi Alex,\n\n" + text + "\n\nBest wishes,\nJo")
    assert found is not None and phrase.casefold() in found.casefold(), found


@pytest.mark.parametrize("text", NONE_GIVEN)
def test_boilerplate_and_footers_give_no_reason(text: str) -> None:
    assert reason_from_text("Dear Alex,\n\n" + text + "\n\nKind regards,\nHR") is None


@pytest.mark.parametrize(("text", "phrase"), NEAR_KEPT, ids=[p for _, p in NEAR_KEPT])
def test_a_specific_reason_near_boilerplate_is_kept(text: str, phrase: str) -> None:
    found = reason_from_text("Hi Alex,\n\n" + text + "\n\nBest wishes,\nJo")
    assert found is not None and phrase.casefold() in found.casefold(), found


# English families: what tipped it, the chosen person's record, a score, a restriction, a
# notice period too long, a role cut or re-scoped, a reason labelled as one.
GIVEN_ENGLISH = [
    ("What tipped it in the end was the Mandarin.", "Mandarin"),
    ("The person we hired has run two warehouse migrations before.", "warehouse migrations"),
    ("The other applicant has a current HGV licence and lives ten minutes away.",
     "HGV licence"),
    ("She's already managed a team of twelve in a busy kitchen.", "team of twelve"),
    ("Your result on the verbal reasoning section was under the line we set.",
     "verbal reasoning"),
    ("We are only considering applicants within commuting distance of Bristol.", "Bristol"),
    ("A three-month notice period is too long for a project that starts in May.",
     "notice period"),
    ("The board decided to eliminate the Deputy Editor post in the new structure.",
     "Deputy Editor post"),
    ("Client feedback below. Reason given by the client: the day rate.", "day rate"),
]
NONE_GIVEN_ENGLISH = [
    "Sorry it took us too long to get back to you. We won't be taking your application further.",
    "As a result, you will no longer be considered for this requisition.",
    "We have offered the post to the other finalist, who has accepted.",
]


@pytest.mark.parametrize(("text", "phrase"), GIVEN_ENGLISH, ids=[p for _, p in GIVEN_ENGLISH])
def test_an_english_reason_family_is_read(text: str, phrase: str) -> None:
    found = reason_from_text("Hi Alex,\n\n" + text + "\n\nBest wishes,\nJo")
    assert found is not None and phrase.casefold() in found.casefold(), found


@pytest.mark.parametrize("text", NONE_GIVEN_ENGLISH)
def test_a_delay_a_result_or_an_acceptance_gives_no_reason(text: str) -> None:
    assert reason_from_text("Dear Alex,\n\n" + text + "\n\nKind regards,\nHR") is None
