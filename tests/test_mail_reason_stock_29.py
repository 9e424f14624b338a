"""Twenty-ninth pass: stock lines are no reason, told by their words in any language.

Each letter here was written for this probe; none is a corpus message.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_reason import reason_from_text
from ajar.formats.mail_reason_stock import stock_fit_clause, thanks_only

STOCK = [
    "We have chosen to progress candidates whose skills and background more closely match "
    "what the hiring team needs right now.",
    "After review we are moving ahead with applicants whose profiles better meet the present "
    "needs of the department.",
    "We went with another candidate whose experience lines up more closely with the role.",
    "Hemos optado por seguir con otras candidatas cuyo perfil se ajusta de mejor manera a las "
    "necesidades del puesto.",
    "Nous poursuivons avec d'autres candidats dont le parcours correspond davantage aux "
    "exigences du poste.",
    "Abbiamo scelto altri candidati il cui profilo risulta più in linea con le esigenze del "
    "ruolo.",
    "Wir haben uns für Bewerberinnen entschieden, deren Erfahrung den Anforderungen der Stelle "
    "besser entspricht.",
    "We hebben gekozen voor kandidaten wiens ervaring beter aansluit bij de eisen van de "
    "functie.",
    "Vi har valt att gå vidare med kandidater vars erfarenhet bättre matchar kraven för "
    "tjänsten.",
    "Zdecydowaliśmy się na kandydatów, których doświadczenie lepiej odpowiada wymaganiom "
    "stanowiska.",
    "Am ales alți candidați, al căror profil corespunde mai bine cerințelor postului.",
    "Otsustasime jätkata teiste kandidaatidega, kelle kogemus vastab paremini ametikoha "
    "nõuetele.",
    "Optámos por outros candidatos cujo perfil está mais alinhado com os requisitos da vaga.",
]

SPECIFIC = [
    ("We went with a candidate whose background in marine insurance was a closer fit.",
     "marine insurance"),
    ("We chose someone whose fieldwork in the Sahel matched the project more closely.",
     "fieldwork in the Sahel"),
    ("Nous avons retenu une candidate dont l'expérience en paie suisse correspond davantage "
     "au poste.", "paie suisse"),
    ("Wir haben uns für eine Bewerberin entschieden, deren SAP-Erfahrung besser zur Stelle "
     "passt.", "SAP"),
    ("We have offered the job to someone with more experience in the role.",
     "more experience in the role"),
]


@pytest.mark.parametrize("sentence", STOCK)
def test_a_stock_fit_line_is_no_reason(sentence: str) -> None:
    assert stock_fit_clause(sentence) is not None
    assert reason_from_text(f"Dear Alex,\n\n{sentence}\n\nKind regards,\nMira") is None


@pytest.mark.parametrize(("sentence", "named"), SPECIFIC)
def test_a_fit_line_that_names_what_they_had_is_the_reason(sentence: str, named: str) -> None:
    found = reason_from_text(f"Dear Alex,\n\n{sentence}\n\nKind regards,\nMira")
    assert found is not None and named in found


def test_the_reason_beside_a_stock_line_is_found() -> None:
    letter = ("Hello Alex,\n\nThank you for applying for the Buyer role. We have decided to "
              "continue with candidates whose experience more closely matches our needs. The "
              "post has since been filled internally by a colleague from Logistics.\n\nBest,\nJo")
    assert reason_from_text(letter) == ("The post has since been filled internally by a "
                                        "colleague from Logistics.")


@pytest.mark.parametrize("line", [
    "Ricevi questa e-mail perché hai un profilo su LavoroFacile.",
    "Recibís este correo porque te postulaste a través de BuscoTrabajo.",
    "Você está recebendo este e-mail porque possui cadastro no VagaBoa.",
    "Получавате този имейл, защото сте кандидатствали чрез Работа24.",
    "Tip: candidates who add a portfolio are three times more likely to be contacted.",
    "Candidatos com foto no perfil têm mais chances de serem chamados.",
    "This email and any attachments are confidential and intended for the addressee only.",
    "تنويه: هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط.",
])
def test_a_job_boards_footer_tip_or_notice_is_no_reason(line: str) -> None:
    letter = f"Dear Alex,\n\nYour application was not taken further.\n\n{line}"
    assert reason_from_text(letter) is None


@pytest.mark.parametrize("line", [
    "Nous vous remercions de l'intérêt porté au poste de Chef de projet, Expérience client.",
    "Agradecemos o interesse demonstrado e a candidatura que submeteu para a função.",
    "نشكركم على اهتمامكم بالانضمام إلى فريق الخبرة لدينا وعلى حضوركم المقابلة.",
    "感谢您参加我们采购工程师岗位的面试，也感谢您分享的宝贵经验。",
    "この度は経験者採用にご応募いただき、誠にありがとうございました。",
    "먼저 경력직 채용에 관심을 갖고 지원해 주셔서 진심으로 감사드립니다.",
    "Ďakujeme Vám za účasť vo výberovom konaní a za Vaše skúsenosti.",
])
def test_thanks_with_no_turn_is_no_reason(line: str) -> None:
    assert thanks_only(line)
    assert reason_from_text(f"{line}\n\nS pozdravom / Best regards") is None


@pytest.mark.parametrize("line", [
    "Vielen Dank für Ihre Bewerbung, leider ist die Stelle bereits intern besetzt worden.",
    "Merci pour votre candidature, mais le poste a été pourvu en interne.",
    "Thank you for your patience; unfortunately the post has been filled internally.",
])
def test_thanks_that_turn_to_the_news_can_hold_the_reason(line: str) -> None:
    assert not thanks_only(line)
    assert reason_from_text(line) is not None


def test_thanks_with_a_but_in_chinese_is_not_thanks_only() -> None:
    assert not thanks_only("感谢您的关注，但该职位已由内部同事调岗补缺。")
