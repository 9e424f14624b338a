"""Seventy-fourth pass, read end to end from letters written for these tests (not the corpus's).

Opening fresh321-325 (Kalmykia, Svalbard and the Faroes, Moldova, north-east England, Kerala)
taught the field readers: a Russian post that is a verb's object ("вакансию системного
администратора закрываем") or written in the nominative after a public service's frame and a
dash, a subject's short title made whole by the letter, a Latin prefix in a Russian title
("B2B-продаж"), an organisation signed in guillemets or sent as a legal form and a quoted name,
a PhD candidate's field, and a score below the cut-off "for moving to the interview round"
(that round was never reached).
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft

EMPLOYER = "Talent <jobs@employer.example.com>"


# ---------------------------------------------------------------- Russian posts

@pytest.mark.parametrize(("subject", "body", "role"), [
    # the post is the object of a verb: "вакансию ... закрываем"
    ("по вакансии",
     "Алекс, привет!\n\nМы потеряли клиента, и вакансию старшего бухгалтера закрываем совсем — "
     "никого не берём.\n\nИзвини.\n\n--\nОлег Петров\nдиректор",
     "Старший бухгалтер"),
    ("Новости",
     "Алекс, добрый вечер.\n\nФинансирование не подтвердили, и вакансию инженера отдела "
     "водоснабжения мы вынуждены закрыть.\n\nС уважением,\nИван Сидоров",
     "Инженер отдела водоснабжения"),
    # the public service's frame, then the title in the nominative after a dash
    ("О результатах конкурса",
     "Уважаемая Алекс Морган!\n\nСообщаем, что состоялся конкурс на замещение вакантной должности "
     "государственной гражданской службы Республики Тыва — ведущий специалист отдела лесного "
     "контроля.\n\nПо итогам собеседования конкурсная комиссия приняла решение об отказе вам в "
     "назначении.\n\nСекретарь комиссии\nАйдын Монгуш",
     "Ведущий специалист отдела лесного контроля"),
    ("Уведомление",
     "Уважаемая Алекс Морган!\n\nВаше заявление на участие в конкурсе на замещение должности "
     "педагогического работника, относящегося к профессорско-преподавательскому составу, — "
     "доцент кафедры экологии (0,5 ставки) — рассмотрено. Комиссия приняла решение об отказе "
     "в допуске к участию в конкурсе.\n\nУчёный секретарь\nОльга Ким",
     "Доцент кафедры экологии"),
    # the subject's short title, made whole by the letter
    ("Итоги конкурса на замещение должности доцента",
     "Уважаемая Алекс!\n\nПо решению учёного совета на должность доцента кафедры почвоведения "
     "рекомендован другой кандидат.\n\nС уважением,\nАнна Белова",
     "Доцент кафедры почвоведения"),
    # a Latin prefix joined by a hyphen is part of a word of the title
    ("Ответ",
     "Алекс, здравствуйте!\n\nКлиент завершил отбор на позицию руководителя отдела B2C-продаж и "
     "выбрал другого кандидата.\n\nС уважением,\nВиктория",
     "Руководитель отдела B2C-продаж"),
])
def test_a_russian_post_is_read_in_the_nominative(subject: str, body: str, role: str) -> None:
    assert draft(EMPLOYER, subject, body).role == role


# ---------------------------------------------------------------- organisations in guillemets

def test_a_name_in_guillemets_after_the_signer_is_the_employer() -> None:
    body = ("Алекс, спасибо за тестовое задание. Дальше по вакансии гида, к сожалению, не "
            "пойдём. Удачи!\n\nДарина Очирова, «Степной Караван»")
    got = draft("Дарина Очирова <darina@steppe-caravan.example.com>", "Тестовое задание", body)
    assert got.company == "Степной Караван"


def test_a_public_forms_quoted_name_as_the_sender_is_the_employer() -> None:
    body = ("Уважаемая Алекс!\n\nСообщаем, что вакансия учителя химии закрыта: на эту должность "
            "переведён учитель из другой школы. Рассмотреть вашу кандидатуру мы не сможем.\n\n"
            "С уважением,\nдиректор\nЕлена Петровна Иванова\nтел. (84733) 2-00-00")
    got = draft("МБОУ «Гимназия №5» <school5@yashkul-edu.example.org>", "Ответ по вакансии", body)
    assert got.company == "Гимназия №5"


# ---------------------------------------------------------------- titles and stages

def test_a_phd_candidates_field_belongs_to_the_title() -> None:
    body = ("Dear Alex,\n\nReference is made to your application for the position of PhD "
            "Candidate in Polar Oceanography (ref. 2025/77). The committee has ranked other "
            "applicants higher, and we are unable to offer you the position.\n\nKind regards,\n"
            "Kari Nordmann\nHR Adviser")
    assert draft(EMPLOYER, "Your application", body).role == "PhD Candidate in Polar Oceanography"


def test_a_score_below_the_cutoff_for_the_interview_round_is_a_screening() -> None:
    body = ("Hi Alex,\n\nThank you for taking the online assessment for the Data Analyst role. "
            "Your score was below the cut-off we set for moving to the interview round, so we "
            "won't be able to take your application further.\n\nBest,\nPriya\nTalent team")
    assert draft(EMPLOYER, "Data Analyst assessment", body).stage == "screening"
