"""Fourteenth pass (languages): job mail in German, French, Spanish, Portuguese, Italian,
Dutch, Swedish, Norwegian, Finnish and Polish, as families: interview invitations and
moves, receipts, offers, noes the gate never let through, and the noes of flats, loans and
courses in those languages. New wordings, written from how such letters generally read,
not copied from the corpus; each family has near misses that must keep their answer."""

from __future__ import annotations

import pytest

from ajar.formats import triage_model
from ajar.formats.triage import classify


def _is(kind: str, want: str) -> bool:
    return kind != want[1:] if want.startswith("!") else kind == want


# An interview asked for in the letter's own language.
INVITATIONS = [
    ("Ihre Bewerbung als Logistiker",
     "Guten Tag Alex Morgan, gerne laden wir Sie zu einem persönlichen Gespräch in unser Lager "
     "in Kassel ein. Passt Ihnen Montag, 8. März, um 9 Uhr?"),
    ("Einladung zum Kennenlernen",
     "Hallo Alex, wir würden dich gern zu einem ersten Kennenlerngespräch per Video einladen. "
     "Bitte wähle einen Termin."),
    ("Votre candidature - technicien de maintenance",
     "Bonjour, nous souhaiterions vous convier à un entretien dans nos locaux de Lyon le "
     "vendredi 4 juin à 10 h. Merci de confirmer votre présence."),
    ("Proceso de selección - Analista de datos",
     "Hola Alex, nos gustaría invitarte a una entrevista por videollamada el miércoles a las "
     "16:00 con la responsable del área."),
    ("Vaga de analista financeiro",
     "Olá Alex, gostaríamos de convidar você para uma conversa com o gestor da área na "
     "segunda-feira às 14h."),
    ("Candidatura - tecnico commerciale",
     "Gentile Alex, vorremmo invitarla a un colloquio conoscitivo presso la nostra sede di "
     "Bologna giovedì alle 11."),
    ("Je sollicitatie bij Havenlicht",
     "Beste Alex, graag nodigen we je uit voor een kennismakingsgesprek op ons kantoor in "
     "Utrecht, dinsdag om 10.00 uur."),
    ("Din ansökan - lagerarbetare",
     "Hej Alex, vi vill gärna bjuda in dig till en intervju på vårt kontor i Malmö nästa "
     "vecka."),
    ("Hakemuksesi: ohjelmistokehittäjä",
     "Hei Alex, haluaisimme kutsua sinut haastatteluun toimistollemme Tampereelle ensi "
     "viikolla."),
    ("Rekrutacja - specjalista ds. zakupów",
     "Dzień dobry, chcielibyśmy zaprosić Pana na rozmowę kwalifikacyjną w naszym biurze w "
     "Krakowie we wtorek o 10:00."),
]


@pytest.mark.parametrize(("subject", "body"), INVITATIONS)
def test_an_invitation_in_another_language_is_an_interview(subject: str, body: str) -> None:
    verdict = classify(subject, body, "talent@example.com")
    assert verdict.kind == "interview", verdict


# An interview moved, said with the language's "unfortunately": a meeting, not a no.
MOVES = [
    ("Unser Gespräch am Donnerstag",
     "Hallo Alex, leider muss ich unseren Termin für das Vorstellungsgespräch verschieben. "
     "Würde Ihnen Freitag um 11 Uhr passen?"),
    ("Entretien de mardi",
     "Bonjour Alex, malheureusement je dois déplacer notre entretien de mardi. Seriez-vous "
     "disponible jeudi à 15 h ?"),
    ("Tu entrevista del lunes",
     "Hola Alex, lamentablemente tenemos que cambiar la fecha de la entrevista del lunes por "
     "un imprevisto del equipo. ¿Te viene bien el miércoles a las 10?"),
]


@pytest.mark.parametrize(("subject", "body"), MOVES)
def test_an_interview_moved_with_regret_is_not_a_no(subject: str, body: str) -> None:
    verdict = classify(subject, body, "hr@example.com")
    assert verdict.kind == "interview", verdict


# A receipt, in words the receipt rules of the tenth pass did not know, and a receipt that
# says what happens if the answer is no.
RECEIPTS = [
    ("Ihre Bewerbung wurde versendet",
     "Hallo Alex, Ihre Bewerbung wurde erfolgreich an die Firma Elbstrom übermittelt. Das "
     "Unternehmen meldet sich direkt bei Ihnen."),
    ("Inscripción confirmada",
     "Hola Alex, te has inscrito en la oferta de Mozo de almacén. La empresa revisará tu CV y "
     "te avisaremos de cualquier cambio."),
    ("Hakemuksesi on vastaanotettu",
     "Hei Alex, kiitos hakemuksestasi. Käymme hakemukset läpi haun päätyttyä."),
    ("Potwierdzenie aplikacji",
     "Dzień dobry, otrzymaliśmy Pana zgłoszenie na stanowisko magazyniera. Skontaktujemy się z "
     "wybranymi kandydatami."),
]


@pytest.mark.parametrize(("subject", "body"), RECEIPTS)
def test_a_receipt_in_another_language_is_an_acknowledgement(subject: str, body: str) -> None:
    verdict = classify(subject, body, "noreply@example.com")
    assert verdict.kind == "acknowledgement", verdict


# An offer made.
OFFERS = [
    ("Ihre Anstellung",
     "Liebe Alex, wir freuen uns sehr, Ihnen die Stelle als Elektronikerin anbieten zu "
     "können. Den Arbeitsvertrag finden Sie im Anhang."),
    ("Proposition d'embauche",
     "Bonjour Alex, nous avons le plaisir de vous proposer le poste de chef de rayon à "
     "compter du 1er septembre."),
    ("Oferta - jefe de turno",
     "Hola Alex, nos complace ofrecerte el puesto de jefe de turno en nuestro centro de "
     "Zaragoza."),
    ("Aanbod", "Beste Alex, met veel plezier bieden we je de functie van planner aan."),
]


@pytest.mark.parametrize(("subject", "body"), OFFERS)
def test_an_offer_in_another_language_is_an_offer(subject: str, body: str) -> None:
    verdict = classify(subject, body, "hr@example.com")
    assert verdict.kind == "offer", verdict


# A no whose only job words are in its own language (the gate used to stop it).
GATED_NOES = [
    ("Hakemuksesi: varastotyöntekijä",
     "Hei Alex, kiitos kiinnostuksestasi. Valitettavasti päätimme jatkaa rekrytointia toisen "
     "hakijan kanssa."),
    ("Fwd: Ihre Vorstellung bei uns",
     "Liebe Alex, danke für das Vorstellungsgespräch. Leider haben wir uns für eine andere "
     "Bewerberin entschieden."),
]


@pytest.mark.parametrize(("subject", "body"), GATED_NOES)
def test_a_no_in_another_language_reaches_the_rules(subject: str, body: str) -> None:
    verdict = classify(subject, body, "hr@example.com")
    assert verdict.kind == "rejection", verdict


# "We cannot offer you the post", "we went with another candidate", in the words each
# language uses for them.
CANNOT_OFFER = [
    ("Ihre Bewerbung als Fahrer",
     "Guten Tag, nach dem Gespräch können wir Ihnen die Stelle leider doch nicht anbieten, da "
     "der Führerschein C fehlt."),
    ("Bewerbung Küchenhilfe", "Hallo Alex, danke dir, aber diesmal kann ich dich nicht nehmen."),
    ("Ihre Bewerbung als Buchhalterin",
     "Guten Tag, wir haben uns für eine Kandidatin entschieden, die schon mit DATEV arbeitet."),
    ("Votre candidature - préparateur",
     "Bonjour, nous ne sommes malheureusement pas en mesure de vous proposer le poste."),
    ("Candidature agent d'accueil",
     "Bonjour, après réflexion, le choix s'est porté sur une autre candidate."),
    ("Vacante de repartidor",
     "Hola Alex, lo siento pero al final nos quedamos con otro candidato de la zona."),
    ("Vaga de recepcionista",
     "Oi Alex, não vamos poder seguir com você nesta vaga, desculpa a demora."),
    ("Candidatura magazziniere",
     "Gentile Alex, non siamo in grado di offrirle la posizione in questo momento."),
    ("Sollicitatie magazijnmedewerker",
     "Beste Alex, de keuze is uiteindelijk gevallen op een andere kandidaat."),
    ("Ansökan butiksbiträde",
     "Hej Alex, tyvärr kan vi inte erbjuda dig tjänsten den här gången."),
    ("Hakemuksesi: myyjä",
     "Hei Alex, emme valitettavasti voi tarjota sinulle tehtävää tällä kertaa."),
]


@pytest.mark.parametrize(("subject", "body"), CANNOT_OFFER)
def test_cannot_offer_or_another_chosen_in_another_language_is_a_no(subject: str,
                                                                    body: str) -> None:
    verdict = classify(subject, body, "hr@example.com")
    assert verdict.kind == "rejection", verdict


CANNOT_OFFER_NEAR = [
    ("interview", "Einladung zum Vorstellungsgespräch",
     "Guten Tag, gerne laden wir Sie zu einem Vorstellungsgespräch am Montag um 9 Uhr ein. "
     "Leider können wir Ihnen keine Parkplätze anbieten."),
    ("!rejection", "Ihre Bewerbung",
     "Liebe Alex, wir haben uns für Sie entschieden und freuen uns auf die Zusammenarbeit!"),
    ("!rejection", "Ihre Bewerbung als Lagerist",
     "Guten Tag, sollten wir Ihnen keine Stelle anbieten können, melden wir uns bis Ende Mai."),
    ("!rejection", "Entretien - poste de caissier",
     "Bonjour Alex, nous ne pouvons pas vous proposer d'autre créneau pour l'entretien que "
     "mardi à 9 h, est-ce possible pour vous ?"),
]


@pytest.mark.parametrize(("want", "subject", "body"), CANNOT_OFFER_NEAR)
def test_cannot_offer_near_misses_keep_their_answer(want: str, subject: str,
                                                    body: str) -> None:
    verdict = classify(subject, body, "hr@example.com")
    assert _is(verdict.kind, want), verdict


# The application itself not admitted or accepted.
NOT_ADMITTED = [
    ("rejection", "Resolución de la convocatoria - técnico de laboratorio",
     "Estimada Alex: le comunicamos que su candidatura no ha sido admitida por no acreditar la "
     "titulación requerida."),
    ("rejection", "Processo seletivo - analista",
     "Olá Alex, sua candidatura não foi aceita porque o cadastro estava incompleto."),
    ("rejection", "Ihre Bewerbung als Laborantin",
     "Guten Tag, Ihre Bewerbung wurde leider nicht angenommen, da die Frist abgelaufen war."),
    ("other", "Solicitud de beca",
     "Estimada Alex: su solicitud de beca no ha sido admitida en esta convocatoria."),
]


@pytest.mark.parametrize(("want", "subject", "body"), NOT_ADMITTED)
def test_an_application_not_admitted_is_a_no_unless_another_subject(
        want: str, subject: str, body: str) -> None:
    verdict = classify(subject, body, "rrhh@example.com")
    assert _is(verdict.kind, want), verdict


# An offer taken back, in the letter's language: a no, not an offer.
TAKEN_BACK = [
    ("Ihr Arbeitsvertrag",
     "Guten Tag, da die Berufserlaubnis nicht rechtzeitig erteilt wird, müssen wir unser "
     "Angebot für die Stelle als Pflegefachkraft leider zurückziehen."),
    ("Votre promesse d'embauche",
     "Bonjour Alex, suite au gel des recrutements, nous devons malheureusement retirer notre "
     "proposition d'embauche."),
    ("Oferta de empleo",
     "Hola Alex, sentimos mucho tener que retirar la oferta: la vacante ha sido congelada."),
    ("Sua proposta", "Olá Alex, infelizmente a proposta de trabalho foi cancelada pela diretoria."),
    ("Aanbod planner",
     "Beste Alex, door de reorganisatie trekken wij ons aanbod voor de functie helaas in."),
    ("Työtarjous", "Hei Alex, joudumme valitettavasti perumaan työtarjouksen."),
]


@pytest.mark.parametrize(("subject", "body"), TAKEN_BACK)
def test_an_offer_taken_back_in_another_language_is_a_no(subject: str, body: str) -> None:
    verdict = classify(subject, body, "hr@example.com")
    assert verdict.kind == "rejection", verdict


TAKEN_BACK_NEAR = [
    ("!rejection", "Ihr Vertragsangebot",
     "Guten Tag, sollte die Anerkennung bis März nicht vorliegen, müssten wir das Angebot "
     "zurückziehen; wir drücken Ihnen die Daumen."),
    ("offer", "Proposition d'embauche",
     "Bonjour Alex, nous avons le plaisir de vous proposer le poste de technicien ; vous "
     "trouverez ci-joint la promesse d'embauche à nous retourner signée."),
]


@pytest.mark.parametrize(("want", "subject", "body"), TAKEN_BACK_NEAR)
def test_taken_back_near_misses_keep_their_answer(want: str, subject: str, body: str) -> None:
    verdict = classify(subject, body, "hr@example.com")
    assert _is(verdict.kind, want), verdict


# The noes of other subjects in other languages: a flat, a loan, a course, a scholarship.
OTHER_SUBJECTS = [
    ("Ihre Anfrage für die 3-Zimmer-Wohnung",
     "Guten Tag, vielen Dank für Ihr Interesse an der Wohnung. Leider haben wir uns für "
     "andere Mietinteressenten entschieden."),
    ("Demande d'inscription - cours de néerlandais",
     "Bonjour, votre candidature au cours intensif n'a pas été retenue, faute de places. "
     "Vous êtes sur liste d'attente."),
    ("Solicitud de préstamo",
     "Estimado cliente, lamentamos comunicarle que su solicitud de préstamo no ha sido "
     "aprobada."),
    ("Bolsa de estudos",
     "Olá Alex, infelizmente sua candidatura à bolsa de estudos não foi selecionada nesta "
     "edição."),
]


@pytest.mark.parametrize(("subject", "body"), OTHER_SUBJECTS)
def test_a_no_about_another_subject_in_another_language_is_other(subject: str,
                                                                  body: str) -> None:
    verdict = classify(subject, body, "info@example.com")
    assert verdict.kind == "other", verdict


# Near misses: a no said with the words of an invitation or an offer stays a no; a course a
# job requires does not make the job's no another subject.
NEAR_MISSES = [
    ("rejection", "Ihre Bewerbung als Lagerist",
     "Guten Tag, leider können wir Sie nicht zu einem Vorstellungsgespräch einladen, da wir "
     "uns für andere Bewerber entschieden haben."),
    ("rejection", "Tu candidatura - mozo de almacén",
     "Hola Alex, lamentablemente no podemos invitarte a una entrevista: hemos seguido con "
     "otros candidatos."),
    ("!offer", "Votre candidature au poste de magasinier",
     "Bonjour Alex, nous ne pouvons malheureusement pas vous proposer le poste, nous avons "
     "retenu une autre candidature."),
    ("rejection", "Ihre Bewerbung als Pflegehelferin",
     "Guten Tag, für die Stelle als Pflegehelferin ist ein Deutschkurs auf Niveau B2 "
     "Voraussetzung. Leider haben wir uns deshalb für eine andere Bewerberin entschieden."),
    ("!rejection", "Bewerbung Pflegefachkraft",
     "Sehr geehrte Frau Morgan, vielen Dank für Ihr Interesse. Sollten wir Sie im weiteren "
     "Verfahren nicht berücksichtigen können, informieren wir Sie selbstverständlich."),
    ("!rejection", "Candidature - technicienne réseau",
     "Bonjour Alex, merci pour votre candidature. Sans nouvelles de notre part d'ici trois "
     "semaines, considérez que votre candidature n'a pas été retenue."),
    ("!rejection", "Your application - Network Technician",
     "Hello Alex, thank you for applying. Without news from us within three weeks, please "
     "consider that your application was not retained."),
    ("!rejection", "Einladung zum Vorstellungsgespräch",
     "Hallo Alex, wir laden Sie gerne zu einem Vorstellungsgespräch ein. Leider ist unser "
     "Parkplatz gesperrt, bitte kommen Sie mit der Bahn."),
]


@pytest.mark.parametrize(("want", "subject", "body"), NEAR_MISSES)
def test_near_misses_keep_their_answer(want: str, subject: str, body: str) -> None:
    verdict = classify(subject, body, "hr@example.com")
    assert _is(verdict.kind, want), verdict


def test_the_model_reads_accents_and_languages_as_shared_concepts() -> None:
    """"não" and "nao" are one word; "andere Bewerberin", "autre personne", "otro
    candidato" and "toisen hakijan" share one feature, so a no learned in one language is
    heard in the others; English words keep only their own features."""
    assert triage_model.tokens("Não foi selecionado") == triage_model.tokens(
        "Nao foi selecionado")
    for sentence in ("Wir haben eine andere Bewerberin gewählt",
                     "Nous avons retenu une autre personne", "Elegimos a otro candidato",
                     "Escolhemos outra pessoa", "Valitsimme toisen hakijan",
                     "Wybraliśmy innego kandydata"):
        assert "@other @person" in triage_model.features(triage_model.tokens(sentence)), sentence
    english = triage_model.features(triage_model.tokens("We chose another candidate"))
    assert not [feature for feature in english if feature.startswith(("@", "~@"))]


def test_a_german_date_ends_no_sentence() -> None:
    text = "Leider können wir Ihnen die Stelle per 1. April nicht anbieten. Alles Gute."
    assert triage_model.sentences(text) == [
        "Leider können wir Ihnen die Stelle per 1. April nicht anbieten.", "Alles Gute."]


def test_the_gate_opens_on_the_same_words_as_a_word_boundary_would() -> None:
    """The gate starts with "(?<!\\w)" for speed; it must match exactly where "\\b" would."""
    import re
    from pathlib import Path

    from ajar.formats import triage
    from ajar.formats.mail_view import view

    gate = triage._JOB_CONTEXT
    assert gate.pattern.startswith("(?<!\\w)(?:")
    bounded = re.compile(r"\b" + gate.pattern[len("(?<!\\w)"):])
    corpus = Path(__file__).resolve().parent / "fixtures" / "triage"
    for path in sorted(corpus.glob("fresh2*/*.eml")):
        seen = view(path.read_bytes())
        text = triage.triage_text(seen.subject, seen.text)
        assert [m.span() for m in gate.finditer(text)] == [
            m.span() for m in bounded.finditer(text)], path.name


@pytest.mark.parametrize(("want", "body"), [
    ("rejection", "Dear Alex, as your registration will not be in place by the start date, we are "
                  "unable to hold the post open and must withdraw the conditional offer of "
                  "employment."),
    ("!rejection", "Dear Alex, we are not withdrawing the offer and must ask you to send your "
                   "certificate by Friday."),
])
def test_a_not_ends_at_and_must(want: str, body: str) -> None:
    """"unable to hold the post open and must withdraw the offer": the "not" is about
    holding the post, and the offer is withdrawn."""
    verdict = classify("Staff Nurse - conditional offer", body, "hr@example.com")
    assert _is(verdict.kind, want), verdict
