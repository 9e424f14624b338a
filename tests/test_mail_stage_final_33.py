"""Thirty-third pass (stage): the last step by the names the earlier cues missed
(``formats/mail_stage_final.py``), and a subject that names a further step than the letter.

* an assessment centre or day attended, a final talk in Dutch, Afrikaans, French,
  Portuguese, Spanish, Azerbaijani, Albanian, being one of the last two, references given,
  and a Korean final interview with its round number are the final round;
* the same step ahead of others or of the reader ("required to progress to our assessment
  centre", "taking forward to the assessment day") was not reached;
* "Fwd: Your final round with us" over a letter that names the technical rounds is the
  final round: the further of the subject's step and the letter's.

Every wording is new (none is copied from the corpus).
"""

from __future__ import annotations

import pytest
from helpers import letter

from ajar.formats.mail import draft_rejection
from ajar.formats.mail_fields import further_stage, stage_from_text
from ajar.formats.mail_stage import call_stage


def _stage(text: str, title: str | None = None) -> str:
    """As the mail reader does it: the text's own stage, then the step reader."""
    return call_stage(stage_from_text(text) or "applied", text, title)


FINAL = [
    "Thank you for attending our assessment centre in Reading on Tuesday. We are sorry to say "
    "that you have not been offered a place on the 2027 scheme.",
    "Assessment Day outcome: thank you for the group exercise and the presentation.",
    "Bedankt voor het finale gesprek met Ilse en mij vorige week.",
    "Baie dankie vir die finale onderhoud op Maandag.",
    "Merci pour ta rencontre finale avec notre directrice.",
    "Obrigada pela conversa final com a Renata na quinta.",
    "Gracias por la reunión final con el comité.",
    "Final müsahibəsində iştirak etdiyiniz üçün təşəkkür edirik.",
    "Kandidati tjetër që arriti në fazën finale kishte më shumë përvojë.",
    "Vous faisiez partie des deux derniers candidats pour ce poste.",
    "Thank you for providing your references; we spoke with both of them this week.",
    "최종면접(3차)까지 참여해 주셔서 깊이 감사드립니다.",
    "Merci pour votre participation au panel final de mardi avec notre vice-présidente.",
]


@pytest.mark.parametrize("text", FINAL)
def test_a_last_step_by_these_names_is_the_final_round(text: str) -> None:
    assert _stage(text) == "final-round"


NOT_REACHED = [
    "Thank you for completing the online tests. Your results did not meet the benchmark "
    "required to progress to our assessment centre.",
    "Thank you for the first call. You are not among the candidates we will be taking forward "
    "to the assessment day.",
    "We will not be inviting you to an assessment centre this year.",
]


@pytest.mark.parametrize("text", NOT_REACHED)
def test_an_assessment_centre_ahead_was_not_reached(text: str) -> None:
    assert _stage(text) != "final-round"


def test_the_further_of_two_stages() -> None:
    assert further_stage("interview", "final-round") == "final-round"
    assert further_stage("offer", "screening") == "offer"
    assert further_stage(None, "screening") == "screening"
    assert further_stage(None, None) is None


def test_a_subject_naming_the_final_round_outranks_the_letters_earlier_rounds() -> None:
    body = ("Dear Alex,\n\nThank you for coming to our Pune office after the two technical "
            "rounds. It was a close call, but we have offered the Backend Engineer role to "
            "another candidate.\n\nRavi Menon\nEngineering Manager, Lantern Labs\n")
    me = frozenset({"alex.morgan@example.net"})
    sender = "Ravi Menon <ravi.menon@lantern.example.com>"
    assert draft_rejection(letter(sender, "Fwd: Your final round with us", body), "a.eml",
                           me).stage == "final-round"
    assert draft_rejection(letter(sender, "Your application", body), "b.eml",
                           me).stage == "interview"


SCREENING = [
    "You were not taken further after the group discussion round held on campus.",
    "Thank you for appearing in the Orbis Tech online aptitude test held on 3 August.",
    "Thanks for turning the valuation exercise around so quickly over the weekend.",
    "Thank you for the research proposal you submitted; we will not move you to interviews.",
    "Dank voor het telefoontje van gisteren, maar we kiezen voor iemand anders.",
    "어제 통화 감사했습니다. 아쉽지만 이번 포지션은 진행하기 어렵습니다.",
]


@pytest.mark.parametrize("text", SCREENING)
def test_an_earlier_step_sat_or_a_call_is_the_screening(text: str) -> None:
    assert _stage(text) == "screening"


@pytest.mark.parametrize("text", [
    "You did not clear the test and will not be considered for the subsequent technical and "
    "HR interview rounds.",
    "Your score is below the cut-off, so you have not been shortlisted for Group Discussion "
    "and Personal Interview for this post.",
])
def test_a_step_ahead_or_not_shortlisted_for_was_not_reached(text: str) -> None:
    assert _stage(text) in ("applied", "screening")


def test_a_talk_on_zoom_with_the_person_hiring_is_an_interview() -> None:
    text = "The postdoc position we talked about on Zoom last month will not be funded."
    assert _stage(text, "Associate Professor, Department of Physics") == "interview"


def test_thanks_for_making_time_to_chat_with_a_recruiter_is_a_screening() -> None:
    text = "Thanks again for making the time to chat on Tuesday. The team will not move forward."
    assert _stage(text, "Senior Talent Partner") == "screening"


def test_a_japanese_interview_and_mock_lecture_attended() -> None:
    text = "先日は、本学教員公募に係る面接および模擬授業のため、遠路ご来学いただき誠にありがとうございました。"
    assert _stage(text) == "interview"


OFFER_TAKEN_BACK = [
    "Because of a hiring freeze we have been told to withdraw all offers for roles that have "
    "not yet started.",
    "Owing to lower demand, the Letter of Intent issued to you stands withdrawn.",
    "Faute de signature, nous sommes contraints de retirer l'offre qui vous a été faite.",
    "Leider muss ich unser Angebot vom 2. März zurückziehen.",
    "Jeg er nødt til at trække vores tilbud om ansættelse tilbage.",
    "Size yaptığımız teklifi geri çekmek zorunda kaldık.",
    "Sizə təqdim etdiyimiz təklifi geri götürmək məcburiyyətindəyik.",
    "S ľútosťou Vám oznamujeme, že sťahujeme ponuku na pozíciu technológa.",
    "Lamentablemente tenemos que dejar sin efecto la propuesta que te habíamos ofrecido.",
    "Na sequência da nossa carta-proposta de 2 de Maio, lamentamos informar a anulação.",
    "부득이하게 귀하께 드렸던 채용 확정 건을 철회하게 되었습니다.",
    "誠に申し訳ございませんが、内定を取り消させていただくこととなりました。",
]


@pytest.mark.parametrize("text", OFFER_TAKEN_BACK)
def test_an_offer_taken_back_in_these_words(text: str) -> None:
    assert _stage(text) == "offer"


@pytest.mark.parametrize("text", [
    "Grazie per il nostro colloquio telefonico di martedì; il cliente ha scelto un altro profilo.",
    "Vielen Dank für das telefonische Gespräch am Montag.",
    "Thank you for completing the technical assessment for the Analyst role; we will not move "
    "you forward.",
    "Your technical assessment has been marked and you therefore cannot proceed to the "
    "interview stage of this competition.",
    "Thank you for sitting the written test. The oral interviews scheduled for the week of "
    "20th July 2026 will not take place.",
    "Thank you for completing the call-scoring exercise. Your scores were too far from ours, "
    "so we will not be taking your application to the interview stage.",
])
def test_a_phone_talk_a_test_or_an_interview_that_never_came_is_the_screening(text: str) -> None:
    assert _stage(text) == "screening"


@pytest.mark.parametrize(("text", "title", "stage"), [
    ("Really enjoyed our chat on Friday, but we went with someone else.", "Co-founder, Tidewater Tours",
     "interview"),
    ("Thanks for the conversation last week. We have chosen another engineer.",
     "Head of Structural Analysis", "interview"),
    ("Really enjoyed our chat on Friday, but we went with someone else.",
     "Senior Talent Acquisition Partner", "screening"),
    ("Thanks for our chat after the online test; we went with someone else.",
     "Head of Structural Analysis", "screening"),
])
def test_a_talk_is_an_interview_when_the_person_hiring_signs(text: str, title: str,
                                                              stage: str) -> None:
    assert _stage(text, title) == stage


def test_a_subject_s_talk_counts_with_the_person_hiring() -> None:
    text = "Hi Alex, we have decided to go with another guide for the season. All the best."
    assert call_stage("screening", text, "Co-founder, Tidewater Tours", "Our chat") == "interview"
    assert call_stage("screening", text, "Co-founder, Tidewater Tours", "Update") == "screening"


def test_the_stage_models_count_the_letter_not_its_signature() -> None:
    from ajar.formats.mail_stage_model import MIN_WORDS, _before_sign_off
    letter = ("Hallo Alex,\n\nleider hat sich die Firma für eine andere Kandidatin entschieden.\n\n"
              "Viele Grüße\nJonas Weber\nSenior Personalberater | Talentwerk GmbH\nTelefon +49 "
              "30 1234 5678\nwww.talentwerk.example.de\nGeschäftsführer: A. Beispiel, B. Muster, "
              "Amtsgericht Berlin HRB 12345, Sitz der Gesellschaft Berlin")
    assert "Jonas" not in _before_sign_off(letter)
    assert len(letter.split()) >= MIN_WORDS > len(_before_sign_off(letter).split())
