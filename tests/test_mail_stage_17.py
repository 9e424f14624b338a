"""Seventeenth pass (stage): the steps a letter says the reader took, in Czech, Romanian,
Turkish and Dutch as in the other languages; a visit by any name; an aptitude test or a
capture-the-flag sat; an offer withdrawn whatever points at it; a step ahead is none.

Every wording here is new (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import stage_from_text
from ajar.formats.mail_stage import call_stage, reached_step


def _stage(text: str, title: str | None = None) -> str:
    """As the mail reader does it: the text's own stage, then the call and step readers."""
    return call_stage(stage_from_text(text) or "applied", text, title)


STEPS = [
    # an interview by its name in Czech, Romanian, Turkish and Dutch
    ("Dobrý den,\n\nděkujeme za pohovor ve čtvrtek. Bohužel jsme vybrali jiného uchazeče.",
     "interview"),
    ("Bună ziua,\n\nVă mulțumim pentru interviul de luni. Din păcate am ales alt candidat.",
     "interview"),
    ("Merhaba,\n\nSalı günkü mülakat için teşekkür ederiz. Maalesef başka bir adayla devam "
     "ediyoruz.", "interview"),
    ("Beste Sam,\n\nDank voor de kennismaking op het kantoor. Helaas kiezen we voor een ander.",
     "interview"),
    # the reader came to a place, or was shown round it
    ("Hi Sam,\n\nThanks for coming up to Inverness last week. We have offered the post to "
     "someone else.", "interview"),
    ("Beste Sam,\n\nFijn dat je dinsdag naar Zwolle kwam. We gaan helaas verder met een ander.",
     "interview"),
    ("Bonjour,\n\nMerci encore d'être venue jeudi. Nous avons retenu une autre candidature.",
     "interview"),
    ("Hi Sam,\n\nThe nurses enjoyed meeting you on the ward walk-round. Sadly we appointed "
     "another applicant.", "interview"),
    # a last stage by its noun abroad
    ("Sehr geehrte Frau Lee,\n\nSie haben die letzte Stufe unseres Verfahrens erreicht, doch wir "
     "haben uns für eine andere Person entschieden.", "final-round"),
    ("Bună ziua,\n\nDupă etapa finală cu directorul, am decis să mergem cu alt candidat.",
     "final-round"),
    ("Dobrý den,\n\npo závěrečném kole jsme se rozhodli pro jiného uchazeče.", "final-round"),
    ("Madame,\n\nVous faisiez partie des candidats reçus à ce dernier stade, mais nous avons "
     "choisi un autre profil.", "final-round"),
    # a recruiter's intake, a call on the phone, an aptitude test, a capture-the-flag
    ("Hoi Sam,\n\nBedankt voor het intakegesprek van maandag. De opdrachtgever kiest helaas "
     "voor iemand anders.", "screening"),
    ("Ciao Sam,\n\ncome ti accennavo al telefono ieri, il cliente ha scelto un altro profilo.",
     "screening"),
    ("Guten Tag,\n\nvielen Dank für Ihre Teilnahme am Eignungstest. Leider reichen die "
     "Ergebnisse nicht aus.", "screening"),
    ("Hi Sam,\n\nThanks for playing in our hiring CTF last month. You finished below the "
     "cut-off, so we will not invite you to interview.", "screening"),
    # an offer withdrawn with "that"
    ("Dear Sam,\n\nI'm sorry to say we must withdraw that offer: the grant behind the post "
     "did not come through.", "offer"),
]


# A meeting, a visit or a test by its plain name, put in the past by the words around it
# (before it in most languages, after it in Turkish); on the phone or recorded it is a screening.
STEPS += [
    ("Dobrý den, děkujeme za návštěvu u nás v kanceláři. Bohužel jsme vybrali jiného "
     "kandidáta.", "interview"),
    ("Bună ziua, vă mulțumim pentru vizita de joi la birou. Din păcate am ales pe altcineva.",
     "interview"),
    ("Merhaba, geçen haftaki toplantımız için teşekkürler. Maalesef başka bir aday seçtik.",
     "interview"),
    ("Hola, gracias por la reunión del lunes con el equipo. Lamentablemente elegimos a otra "
     "persona.", "interview"),
    ("Ciao, grazie per l'incontro di martedì. Purtroppo abbiamo scelto un altro candidato.",
     "interview"),
    ("Dzień dobry, dziękujemy za spotkanie w zeszły wtorek. Niestety wybraliśmy innego "
     "kandydata.", "interview"),
    ("Hallo, danke für das Treffen am Dienstag. Leider haben wir uns anders entschieden.",
     "interview"),
    ("Merhaba, online sınavımıza katıldığınız için teşekkürler. Puanınız yeterli olmadı.",
     "screening"),
    ("Dobrý den, děkujeme za vyplnění online testu. Bohužel jste nedosáhl potřebného skóre.",
     "screening"),
    ("Bună ziua, vă mulțumim pentru completarea testului online. Din păcate scorul nu a fost "
     "suficient.", "screening"),
    ("Merhaba, telefon görüşmemiz için teşekkürler. Maalesef başka bir adayla devam ediyoruz.",
     "screening"),
    ("Bună ziua, vă mulțumim pentru discuția telefonică. Din păcate am ales alt candidat.",
     "screening"),
    ("Merhaba, video mülakat için teşekkürler, kayıtlarınızı izledik. Maalesef olumsuz.",
     "screening"),
]


@pytest.mark.parametrize(("text", "stage"), STEPS)
def test_a_step_the_reader_took_is_read_in_the_letters_language(text: str, stage: str) -> None:
    assert _stage(text) == stage


def test_a_principal_on_a_video_call_is_an_interview() -> None:
    text = "Dear Sam,\n\nI enjoyed our Teams call very much, but I have appointed someone else."
    assert _stage(text, "Headteacher") == "interview"
    assert _stage(text, "Recruitment Officer") == "screening"  # near miss: a recruiter's call


def test_a_recorded_lesson_is_a_screening() -> None:
    text = "Hi Sam,\n\nThanks for recording your demo lesson. We are not taking tutors on."
    assert reached_step(text) == "screening"
    assert reached_step("Hi Sam,\n\nThanks for teaching your demo lesson on Friday.") \
        == "interview"  # near miss: taught live


NEAR_MISSES = [
    # no step taken: an offer refused, a step ahead, a call for applications, a step denied
    ("Sehr geehrter Herr Lee,\n\nleider können wir Ihnen kein Vertragsangebot machen.",
     "applied"),
    ("Hi Sam,\n\nThe next conversations will be with people who hold a CIPP/E, so we'll stop "
     "here.", "applied"),
    ("Dear Applicant,\n\nApplications were assessed against the criteria set out in the call. "
     "Yours was not shortlisted.", "applied"),
    ("Dobrý den,\n\nbohužel Vás nebudeme zvát na pohovor.", "applied"),
    ("Hi Sam,\n\nWhen it came to Kubernetes, the other candidates had more depth.", "applied"),
    ("Bonjour,\n\nvotre candidature ne peut être passée à l'étape suivante.", "applied"),
    ("Merhaba, sizi mülakata davet edemiyoruz.", "applied"),
    ("Dear Sam,\n\nThank you for the Test Analyst application. Sadly it was unsuccessful.",
     "applied"),
    ("Dear Sam,\n\nAfter the meeting of the selection board, your application was not "
     "shortlisted.", "applied"),
    ("Dobrý den, bohužel Vás nepozveme na pohovor.", "applied"),
    ("Bonjour,\n\nAprès examen attentif de votre dossier, nous ne donnerons pas suite.",
     "applied"),
]


@pytest.mark.parametrize(("text", "stage"), NEAR_MISSES)
def test_a_step_not_taken_is_not_read(text: str, stage: str) -> None:
    assert _stage(text) == stage
