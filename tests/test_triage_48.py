"""Forty-eighth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh206-210 showed (a data analyst's mail in Paraguay and Uruguay, a
structural engineer's from Sudan and Egypt, a wildlife biologist's in the Yukon and the
Northwest Territories, an events manager's in the Basque Country and Catalonia, a firmware
engineer's in southern Taiwan and the Visayas).

Noes in Spanish, Egyptian Arabizi, Basque, Hiligaynon, Cebuano and English (a US federal
"rated ineligible", a hire not going ahead); a friend's own "no quedé", the reader's own
withdrawal, a Catalan "no decision yet", a Japanese scholarship and a Chinese hackathon that are
no noes; an interview word, an announcement code and an employer after a middle dot around the
title; reasons in these languages."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft, letter_kind as kind


# ------------------------------------------------------------------ noes

@pytest.mark.parametrize(("subject", "body"), [
    ("Llamado 14/2025 – Analista de Datos",
     "Estimado Sr. Morgan:\n\nLe agradezco su participación en todas las instancias del proceso. "
     "Cumplo en informarle que el cargo fue adjudicado a un funcionario de la propia Universidad, "
     "en aplicación del criterio de prioridad para personal interno.\n\nMag. Silvia Pereyra"),
    ("Nile Towers - feedback",
     "Ezayak ya Eng. Alex,\n\nKalemt el HR el nharda. Kano mabsoteen mennak bas fel akher 2arraro "
     "ykammelo ma3 candidate tany lel Structural Engineer.\n\nAhmed"),
    ("Application Status Update: Biologist, ARS-AK-26-0200",
     "Dear Alex Morgan,\n\nYour application has been reviewed by a Human Resources Specialist. "
     "Based on this review, you have been rated  Ineligible  for this position.\n\nHR"),
    ("Ekitaldien arduraduna - berriak",
     "Kaixo Alex,\n\nZuzen esango dizut: ekitaldien arduradunaren lanpostua bertan behera geratu "
     "da, hitzarmena ez delako berritu.\n\nXabier"),
    ("Resulta sang Technical Exam – Firmware Engineer",
     "Maayong aga, Alex!\n\nSalamat sa pag-take sang exam para sa Firmware Engineer position. Sa "
     "subong, indi ka pa naka-abot sa passing score, gani indi kami makapadayon sa imo "
     "application.\n\nJessa"),
    ("Re: Embedded Engineer role",
     "Hi Alex,\n\nPasensya sa late reply, bai. Na-cut ang budget, so nag-decide mi nga dili na lang "
     "mo-hire og bag-ong engineer karon, ug i-freeze sa ang Embedded Engineer role.\n\nPaolo"),
])
def test_a_no_in_these_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body", "wanted"), [
    ("che, noticias!!",
     "Alex!! ¿Cómo va todo?\n\nAl final NO quedé en Cuotas Ya, ndaje que eligieron a alguien con "
     "más experiencia. PEROOO ayer me ofrecieron el puesto en la cooperativa!!\n\nLore", "other"),
    ("Your application has been withdrawn: Wildlife Technologist",
     "Hello Alex,\n\nThis email confirms that you have withdrawn your application for the Wildlife "
     "Technologist position, as requested. Your application is no longer under consideration for "
     "this position.\n\nTalent Acquisition", "other"),
    ("Re: Events Manager – actualització",
     "Hola Alex,\n\nEncara no hem pres cap decisió: la direcció revisa l'organigrama. Continues en "
     "el procés, i ets un dels dos perfils finals.\n\nJordi", "acknowledgement"),
    ("【選考結果】2026年度 日本語研修奨学金",
     "Alex Morgan 様\n\n当財団の奨学金にご応募いただき、誠にありがとうございました。選考の結果、誠に"
     "残念ながら、今回は不採用となりました。\n\n奨学事業部", "other"),
    ("2025 智慧製造黑客松｜初選結果通知",
     "Alex 您好：\n\n很遺憾，您的團隊提案此次未能進入決賽名單。\n\n黑客松 籌備小組", "other"),
])
def test_a_friends_no_a_withdrawal_a_delay_a_scholarship_or_a_hackathon_is_no_no(
        subject, body, wanted):
    assert kind(subject, body, "Someone <someone@example.org>") == wanted


# ------------------------------------------------------------------ fields

@pytest.mark.parametrize(("subject", "title"), [
    ("Entrevista Data Engineer", "Data Engineer"),
    ("Application Status Update: Wildlife Biologist (Spatial Ecologist), ARS-AK-26-0147-MP",
     "Wildlife Biologist (Spatial Ecologist)"),
    ("Oferta retirada: Jefe/a de Eventos · Hotel Kontxa", "Jefe/a de Eventos"),
])
def test_an_interview_a_code_or_an_employer_around_the_title_is_no_part_of_it(subject, title):
    body = "Hi Alex,\n\nUnfortunately we will not be moving forward with your application.\n\nHR"
    assert draft("HR <hr@example.com>", subject, body).role == title


@pytest.mark.parametrize(("subject", "body", "reason"), [
    ("Búsqueda Data Analyst",
     "Hola Alex,\n\nLamentablemente no vamos a avanzar. La empresa decidió frenar la búsqueda por "
     "un cambio de prioridades.\n\nValeria", "frenar la búsqueda"),
    ("Wildlife Manager",
     "Dear Alex,\n\nThank you for your time. Unfortunately Chief and Council decided to fill the "
     "position with a citizen of the First Nation.\n\nHR", "fill the position with a citizen"),
    ("韌體工程師 應徵結果",
     "Alex 您好：\n\n很遺憾通知您，本職缺已由內部同仁轉調補足，因此無法安排後續面試。\n\n人資部", "內部同仁轉調"),
])
def test_the_reason_in_these_languages(subject, body, reason):
    found = draft("HR <hr@example.com>", subject, body)
    assert found.reason and reason in found.reason


def test_an_icelandic_no_the_retrained_models_dropped_is_held_by_a_rule():
    body = ("Sæll Alex,\n\nTakk fyrir viðtalið. Því miður varð niðurstaðan sú að ráða annan "
            "umsækjanda í starfið.\n\nKær kveðja,\nSigrún")
    assert kind("Niðurstaða ráðningar", body) == "rejection"
