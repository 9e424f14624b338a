"""Thirteenth pass: the families behind fresh20's to fresh26's kind misses, in new wordings
written from how such mail generally reads, not copied from the corpus; each with near
misses that must keep their answer."""

from __future__ import annotations

import pytest

from ajar.formats.triage import classify


def _is(kind: str, want: str) -> bool:
    return kind != want[1:] if want.startswith("!") else kind == want


# A no in Spanish, Portuguese, French, Dutch or Swedish: "not selected", "you will not go on
# in the process", "not retained", said in the language's own words for the process.
LANGUAGES = [
    ("Tu postulación a Coordinador de Turnos",
     "Hola Alex, gracias por postularte. Te comunicamos que en esta etapa no seguirás "
     "avanzando en el proceso de selección. Te deseamos éxito en tu búsqueda."),
    ("Estado de tu postulación",
     "Hola Alex. Estatus: No seleccionado. La empresa revisó tu perfil para la vacante de "
     "Analista de Compras."),
    ("Processo seletivo - Supervisor de Expedição",
     "Olá Alex, agradecemos a participação na entrevista. Infelizmente você não passará para "
     "a próxima etapa do processo seletivo."),
    ("Vaga de Assistente Logístico",
     "Prezado Alex, após análise do seu currículo, decidimos não prosseguir com o seu perfil "
     "nesta seleção."),
    ("Poste de maître de conférences",
     "Cher Alex, après l'audition, le jury a retenu un autre profil pour ce poste. Bien "
     "cordialement."),
    ("Solicitud Analista de Compras",
     "Hola Alex, tras revisar tu CV, decidimos no avanzar con tu postulación."),
    ("Suite à votre audition",
     "Cher Alex, merci pour votre audition devant le comité. Le comité a finalement décidé "
     "de recruter un autre candidat pour ce poste de maître de conférences."),
    ("Je sollicitatie als projectleider",
     "Beste Alex, na zorgvuldige afweging hebben we besloten je niet uit te nodigen voor een "
     "gesprek."),
    ("Din ansökan till Lagerchef",
     "Hej Alex, tack för din ansökan. Vi har nu gått igenom alla ansökningar och valt att "
     "inte gå vidare med din ansökan i rekryteringen."),
]
LANGUAGES_NEAR = [
    ("!rejection", "Tu postulación a Coordinador de Turnos",
     "Hola Alex, gracias por postularte. Tu perfil avanza a la siguiente etapa del proceso de "
     "selección: te enviaremos la fecha de la entrevista."),
    ("!rejection", "Confirmação de candidatura",
     "Olá Alex, recebemos sua candidatura para a vaga de Supervisor. Se o seu perfil não "
     "seguir no processo seletivo, avisaremos por e-mail."),
    ("!rejection", "Te has inscrito en la vacante",
     "Hola Alex, tu postulación se registró. Si no continúas en el proceso de selección, te "
     "avisaremos por correo para que no esperes."),
    ("!rejection", "Votre candidature",
     "Bonjour Alex, nous avons bien reçu votre candidature au poste d'ingénieur méthodes et "
     "ne manquerons pas de revenir vers vous."),
    ("other", "Votre vol AF1234",
     "Bonjour Alex, malheureusement votre vol ne partira pas à l'heure prévue. Nous vous "
     "proposons un autre vol."),
]


@pytest.mark.parametrize(("subject", "text"), LANGUAGES)
def test_a_no_in_another_language_is_a_rejection(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "subject", "text"), LANGUAGES_NEAR)
def test_a_step_on_or_a_receipt_in_another_language_is_not(want: str, subject: str,
                                                            text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# An offer withdrawn: the whole intake or all offers pulled; a reference offered after it, or
# a contract the job hung on, does not make it another subject.
OFFER_WITHDRAWN = [
    ("Your offer - Operations Analyst",
     "Hi Alex, with the merger now confirmed, all offers that had not yet started have been "
     "rescinded, including yours for the Operations Analyst role. I'm very sorry, and happy "
     "to be a reference for anything you apply to next."),
    ("Conditional offer of employment",
     "Dear Alex, your offer of employment for the Field Engineer position depended on the "
     "contract award, which has gone to another bidder. We therefore have to withdraw the "
     "offer. I'd gladly give you a reference for any other role."),
    ("Graduate scheme offer",
     "Dear Alex, because of the restructure, all offers for the 2028 intake have been "
     "withdrawn, yours included. Please accept our apologies."),
]
OFFER_WITHDRAWN_NEAR = [
    ("offer", "Your offer - Operations Analyst",
     "Hi Alex, delighted to confirm your offer for the Operations Analyst role. Offers that "
     "are not signed within ten days may be withdrawn, so please sign soon."),
    ("!rejection", "Your offer on 12 Elm Row",
     "Hi Alex, the vendor has withdrawn the property, so your offer on the flat has been "
     "withdrawn too. A reference for any other property is on file."),
]


@pytest.mark.parametrize(("subject", "text"), OFFER_WITHDRAWN)
def test_an_offer_withdrawn_is_a_rejection(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "subject", "text"), OFFER_WITHDRAWN_NEAR)
def test_an_offer_that_may_be_withdrawn_or_a_flat_offer_is_not(want: str, subject: str,
                                                               text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# A one-line no from a person, the job named only in the subject by its title.
ONE_LINERS = [
    ("Re: Warehouse Supervisor",
     "Alex - we've gone another way on this, thanks for your time. Best, Jo"),
    ("Re: Night supervisor",
     "Hi Alex, sorry mate, going with somebody from the other site. Cheers Dan"),
    ("Re: design lead coffee",
     "Hey Alex, we're going to pass on this one for now, sorry. Good luck. Priya"),
    ("Re: Junior Estimator",
     "Mate, had to go with another bloke who's already got his ticket. Cheers, Rob"),
]
ONE_LINERS_NEAR = [
    ("!rejection", "Re: Warehouse Supervisor",
     "Alex - thanks for coming in, can you do Thursday at 10 to meet the shift manager?"),
    ("other", "Re: team lead drinks",
     "Hey Alex, going to pass on drinks tonight, sorry - next week? Priya"),
    ("!rejection", "Your interview",
     "Hi Alex, we've gone a different way with the interview schedule: you are now on Friday "
     "at 11."),
    ("other", "Re: dinner",
     "Alex - we've gone another way with the menu, hope you like fish. Jo"),
]


@pytest.mark.parametrize(("subject", "text"), ONE_LINERS)
def test_a_one_line_no_under_a_job_title_is_a_rejection(subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, "rejection"), text


@pytest.mark.parametrize(("want", "subject", "text"), ONE_LINERS_NEAR)
def test_a_one_line_invite_or_a_personal_no_is_not(want: str, subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, want), text


# A no to something that is not a job application: funding, an award, a cohort, a guest
# spot or a quote for a repair.
NON_JOB = [
    ("Outcome of your proposal",
     "Dear Dr Morgan, your proposal to the postdoctoral fellowships call has been evaluated. "
     "Unfortunately your application has not been retained for funding."),
    ("Conference travel award",
     "Hi Alex, thank you for applying for a conference travel award. We are sorry that we are "
     "not able to offer you an award this year, as applications far exceeded the funds."),
    ("Demo day cohort - decision",
     "Hi Alex, thank you for applying to our accelerator with your startup. Unfortunately we "
     "have decided not to move forward with your company for this cohort."),
    ("Re: guest pitch",
     "Hi Alex, thanks for the pitch. We've decided not to move ahead with this one for the "
     "podcast's next season."),
    ("Re: Quote for trailer repair",
     "Hi Alex, thanks for your quote and for coming out. Unfortunately we've decided to go with "
     "another quote from a local welder. Cheers, Kim"),
]
NON_JOB_NEAR = [
    ("rejection", "Your application - Research Fellow",
     "Dear Dr Morgan, thank you for applying for the Research Fellow post. Unfortunately the "
     "panel has decided not to move forward with your application for this position."),
    ("rejection", "Your proposal - copywriting brief",
     "Hi Alex, thanks for the pitch for our spring campaign brief. We've decided to go with "
     "another freelancer whose portfolio is closer to our sector."),
]


@pytest.mark.parametrize(("subject", "text"), NON_JOB)
def test_a_no_to_funding_a_cohort_a_guest_or_a_quote_is_not_a_job_no(subject: str,
                                                                    text: str) -> None:
    assert _is(classify(subject, text).kind, "!rejection"), text


@pytest.mark.parametrize(("want", "subject", "text"), NON_JOB_NEAR)
def test_a_job_or_freelance_no_stays_a_rejection(want: str, subject: str, text: str) -> None:
    assert _is(classify(subject, text).kind, want), text
