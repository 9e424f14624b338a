"""Fourteenth pass: the furthest step a rejection says happened, by the label convention
(screening = a recruiter's call, a recorded video, a test or take-home; interview = a live
interview with the team; final-round = a final step; offer = an offer made, then withdrawn),
in English and the languages job mail comes in. New wordings, each failing before the pass,
with near misses that keep their answer."""

from __future__ import annotations

import pytest

from test_mail_fields_families import draft

SENDER = "Acme Talent <no-reply@hire.example.com>"


def stage(body: str, subject: str = "Your application") -> str | None:
    return draft(SENDER, subject, body).stage


# A final step named by what it was: a final day or afternoon, a final HR talk, two people
# left, the last step; in German, French, Spanish, Portuguese, Polish, Finnish, Dutch, Swedish.
FINAL = [
    "Hi Alex,\n\nThank you for spending the final morning with our directors. We have chosen "
    "another candidate for the Planner role.",
    "Dear Alex,\n\nThanks for making it through to the final HR conversation. Regrettably the "
    "position went to someone else.",
    "Alex, it came down to three people and we went with the one who has run a depot before. "
    "Sorry.",
    "Dear Alex,\n\nYou were one of the last two candidates, and the decision was hard. We have "
    "offered the post to the other candidate.",
    "Hallo Alex,\n\nSie waren in der letzten Runde unseres Verfahrens. Leider haben wir uns "
    "für eine andere Person entschieden.",
    "Bonjour Alex,\n\nmerci pour votre présence à la dernière étape du processus. Nous avons "
    "retenu une autre candidature.",
    "Hola Alex:\n\nGracias por llegar a la última etapa del proceso. Hemos elegido a otra "
    "persona para el puesto.",
    "Olá Alex,\n\nobrigado por participar da fase final do processo. Optámos por outro "
    "candidato.",
    "Cześć Alex,\n\ndziękujemy za udział w ostatnim etapie rekrutacji. Wybraliśmy inną osobę.",
    "Hei Alex,\n\nkiitos osallistumisesta viimeiseen haastatteluun. Valitsimme toisen "
    "hakijan.",
    "Beste Alex,\n\nbedankt voor het eindgesprek van dinsdag. We hebben voor een andere "
    "kandidaat gekozen.",
]
FINAL_NEAR = [
    # a final decision is no final round
    ("interview", "Hi Alex,\n\nThanks for your interview. The panel made its final decision "
                  "this afternoon and we have chosen someone else."),
    # what a decision came down to is no shortlist
    ("interview", "Hi Alex,\n\nThanks for interviewing with us. In the end it came down to two "
                  "things: budget and timing. We will not proceed."),
    ("applied", "Dear Alex,\n\nThank you for applying. We have decided not to move forward "
                "with your application."),
]


@pytest.mark.parametrize("body", FINAL)
def test_a_final_step_named_in_many_ways_is_the_final_round(body: str) -> None:
    assert stage(body) == "final-round", body


@pytest.mark.parametrize(("expected", "body"), FINAL_NEAR)
def test_a_final_decision_or_two_reasons_is_no_final_round(expected: str, body: str) -> None:
    assert stage(body) == expected, body


# A live meeting with the employer: "Tuesday's interview", "the L2 technical round", "your
# time with Priya and me", "coming in", "meeting with the lab"; abroad.
INTERVIEW = [
    "Hi Alex,\n\nThanks for Tuesday's interview. We have decided to go with another candidate.",
    "Dear Alex,\n\nThis is regarding the L2 technical round you attended. The client has not "
    "selected your profile.",
    "Alex, really enjoyed your time with Priya and me last week. We are going in another "
    "direction though.",
    "Hey Alex - appreciate you coming by the shop on Monday. We gave the job to someone else.",
    "Hi Alex,\n\nThank you for meeting with the department on the 3rd. The search committee "
    "has selected another candidate.",
    "Guten Tag Alex,\n\nherzlichen Dank für das freundliche Gespräch am Montag. Leider können "
    "wir Ihnen keine Zusage geben.",
    "Bonjour Alex,\n\nmerci d'avoir rencontré notre équipe la semaine dernière. Nous avons "
    "choisi une autre personne.",
    "Olá Alex,\n\nagradecemos as entrevistas que fez connosco. Decidimos avançar com outro "
    "candidato.",
    "Cześć Alex,\n\ndziękujemy za rozmowę w zeszły czwartek. Niestety wybraliśmy innego "
    "kandydata.",
    "Hei Alex,\n\nkiitos haastattelusta viime viikolla. Valitettavasti valitsimme toisen "
    "hakijan.",
    "Hej Alex,\n\ntack för samtalet i fredags. Vi har valt en annan kandidat.",
]
INTERVIEW_NEAR = [
    # a conversation not invited to, in German; an interview a shortlist was picked for
    ("applied", "Hallo Alex,\n\nleider können wir Sie nicht zu einem Gespräch einladen."),
    ("applied", "Cześć Alex,\n\ndziękujemy za aplikację. Niestety nie zaprosimy Cię na "
                "rozmowę."),
]


# Interviews that others were picked for, or that a score was needed to reach, were not had.
INTERVIEW_FOR_OTHERS = [
    "Hi Alex,\n\nThank you for applying. You were not among the applicants selected to move "
    "on to the team interviews.",
    "Dear Alex,\n\nEveryone sits the same exercises before candidates are invited to the "
    "panel interviews, and your marks fell below the cut-off, so we will stop here.",
]


@pytest.mark.parametrize("body", INTERVIEW_FOR_OTHERS)
def test_an_interview_others_were_picked_for_was_not_had(body: str) -> None:
    assert stage(body) in ("applied", "screening"), body


@pytest.mark.parametrize("body", INTERVIEW)
def test_a_live_meeting_with_the_employer_is_the_interview_stage(body: str) -> None:
    assert stage(body) == "interview", body


@pytest.mark.parametrize(("expected", "body"), INTERVIEW_NEAR)
def test_an_interview_not_reached_stays_applied(expected: str, body: str) -> None:
    assert stage(body) == expected, body


# A test, a recorded video or a recruiter's call is the screening: an online assessment, a
# work sample after which the process stopped before "the next stage", a video recorded; abroad.
SCREENING = [
    "Hi Alex,\n\nThank you for recording your answers to our video questions. We will not be "
    "progressing your application.",
    "Dear Alex,\n\nThanks for completing the technical screen. We have decided not to move "
    "forward.",
    "Hi Alex,\n\nThanks for the effort on the copywriting exercise. We won't be taking you "
    "through to the next round for the Writer role.",
    "Dear Alex,\n\nThanks for sending back the analytics task. We won't be moving you on to "
    "the next stage.",
    "Dear Alex,\n\nYour score was below the mark required to progress to our assessment day, "
    "so we cannot take your application further.",
    "Bonjour Alex,\n\nmerci d'avoir échangé avec moi par téléphone mardi. Nous ne pouvons pas "
    "poursuivre votre candidature.",
    "Hola Alex:\n\ngracias por completar las pruebas online. No continuarás en el proceso.",
    "Olá Alex,\n\nobrigado pelo teste prático. Decidimos não seguir com a sua candidatura.",
    "Cześć Alex,\n\ndziękujemy za wykonanie zadania rekrutacyjnego. Niestety nie przechodzisz "
    "dalej.",
    "Hei Alex,\n\nkiitos ennakkotehtävästä. Valitettavasti emme jatka kanssasi.",
    # the convention since the fourteenth pass (the writers' brief): a sample alone, or a
    # sample and then an onsite not reached, is the screening (these two were interviews)
    "Hi Alex,\n\nThanks for the effort on the copywriting exercise. We won't be continuing "
    "with your application.",
    "Hi Alex,\n\nThanks for the take-home exercise. We won't be continuing to the onsite "
    "stage.",
    "Bonjour Alex,\n\nmerci d'avoir complété l'entretien vidéo enregistré. Votre profil n'a "
    "pas été retenu.",
]
SCREENING_NEAR = [
    # a work sample followed by a live interview stays an interview
    ("interview", "Hi Alex,\n\nThanks for the take-home and for the panel interview with our "
                  "engineers. We have chosen another candidate."),
    ("final-round", "Hi Alex,\n\nThank you for the video interview and the final panel last "
                    "week. We have offered the role to another finalist."),
]


@pytest.mark.parametrize("body", SCREENING)
def test_a_test_a_video_or_a_call_is_the_screening(body: str) -> None:
    assert stage(body) == "screening", body


@pytest.mark.parametrize(("expected", "body"), SCREENING_NEAR)
def test_a_sample_with_a_live_step_after_it_keeps_that_step(expected: str, body: str) -> None:
    assert stage(body) == expected, body


# An offer made, then withdrawn, said plainly or abroad.
OFFER = [
    "Alex,\n\nLast month we extended you a written offer for the Analyst role. Because of a "
    "budget cut we now have to withdraw it.",
    "Sehr geehrte Alex Morgan,\n\nleider müssen wir unser Angebot für die Stelle "
    "zurückziehen.",
    "Bonjour Alex,\n\nnous devons malheureusement retirer notre offre pour le poste.",
    "Hola Alex:\n\nlamentablemente debemos retirar la oferta que te enviamos.",
    "Olá Alex,\n\ninfelizmente temos de retirar a proposta que lhe enviámos.",
    "Cześć Alex,\n\nniestety musimy wycofać naszą ofertę pracy.",
]
OFFER_NEAR = [
    ("applied", "Dear Alex,\n\nWe have made an offer to another applicant. Thank you for "
                "applying."),
    ("applied", "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Unser Angebot an "
                "Weiterbildungen finden Sie online. Leider haben wir uns anders entschieden."),
]


@pytest.mark.parametrize("body", OFFER)
def test_an_offer_made_then_withdrawn_is_the_offer_stage(body: str) -> None:
    assert stage(body) == "offer", body


@pytest.mark.parametrize(("expected", "body"), OFFER_NEAR)
def test_an_offer_to_someone_else_is_no_offer_stage(expected: str, body: str) -> None:
    assert stage(body) == expected, body
