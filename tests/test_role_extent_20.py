"""Twentieth pass (role): how far a title reaches, as the mail writes it.

A unit, team or programme written after the title by a colon, a comma, a slash or in
brackets is part of the vacancy's name (``formats/mail_title_unit.py``); a place or the
employer after the same separators is not. A Scandinavian title keeps the unit it names in
the definite form after a preposition ("socialrådgiver til familieafdelingen"). A specialty after a
dash stops at a full stop. When the subject and the letter disagree in extent, the fuller
written form is the title ("Técnico" and "a vaga de Técnico de Enfermagem"). Vietnamese and Chinese letters name the post in their own word
order; a suspended compound ("Lager- og logistikmedarbejder") is one title; Indonesian
and Malay titles open with their head ("Staf Administrasi Keuangan").

Cases are new wordings (reserved example domains, invented names, not from the corpus),
then near misses that must keep their answer.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_title_scripts import title_in_script
from ajar.formats.mail_title_unit import (fuller_in_letter, with_scandinavian_unit,
                                          with_written_unit)
from test_mail_fields_families import draft

SENDER = "HR <jobs@larchfield.example.com>"
NO = ("Dear Alex,\n\nUnfortunately we have decided not to progress your application on this "
      "occasion.\n\nKind regards\nHR")


def _letter(opening: str, sentence: str, closing: str = "Regards\nHR") -> str:
    return f"{opening}\n\n{sentence}\n\n{closing}"


FOUND = [
    # a programme after a subject's colon
    ("Your application for Project Officer: Clean Rivers Programme", NO,
     "Project Officer: Clean Rivers Programme"),
    ("Your application for Policy Officer: Healthy Homes Programme", NO,
     "Policy Officer: Healthy Homes Programme"),
    # a team in brackets, in the letter
    ("Your application", _letter("Dear Alex,", "Thank you for applying for the Software "
     "Engineer (Payments Platform Team) vacancy. Sadly we will not be taking this further."),
     "Software Engineer (Payments Platform Team)"),
    # the letter writes the unit after a comma the subject left out: the fuller form
    ("Application: Occupational Therapist", _letter("Dear Alex,", "Thank you for applying "
     "for the Occupational Therapist, Community Rehabilitation Team post. Unfortunately we "
     "will not be progressing your application."),
     "Occupational Therapist, Community Rehabilitation Team"),
    # a programme's plural unit word after a colon, in the letter
    ("Your application", _letter("Dear Alex,", "Thank you for your application for Finance "
     "Manager: Capital Projects. Sadly you have not been shortlisted."),
     "Finance Manager: Capital Projects"),
    # the subject's short form, the letter's fuller one: the fuller written form
    ("Candidatura: Técnico", _letter("Olá Alex,", "Agradecemos a sua candidatura à vaga de "
     "Técnico de Enfermagem. Infelizmente optámos por outro candidato.", "RH"),
     "Técnico de Enfermagem"),
    # a French unit opened by its own head word after a dash, and the letter's sentence ends
    ("Votre candidature", _letter("Bonjour Alex,", "Merci pour votre candidature au poste "
     "de Gestionnaire de Paie - Pôle Santé. Malheureusement, nous ne pouvons pas y donner "
     "suite.", "Cordialement\nRH"), "Gestionnaire de Paie - Pôle Santé"),
    # Scandinavian units in the definite form after a preposition
    ("Ansøgning", _letter("Kære Alex,", "Tak for din ansøgning til stillingen som pædagog "
     "til vuggestuen. Vi har desværre valgt en anden kandidat.", "Venlig hilsen\nHR"),
     "Pædagog til vuggestuen"),
    ("Din ansökan", _letter("Hej Alex,", "Tack för din ansökan till tjänsten som "
     "undersköterska på akutmottagningen. Tyvärr har vi valt en annan kandidat.",
     "Hälsningar\nHR"), "Undersköterska på akutmottagningen"),
    ("Søknad", _letter("Hei Alex,", "Takk for søknaden på stillingen som sykepleier ved "
     "barneavdelingen. Vi har dessverre valgt en annen kandidat.", "Hilsen\nHR"),
     "Sykepleier ved barneavdelingen"),
    # a suspended compound joined by a Scandinavian or Dutch conjunction
    ("Ansøgning", _letter("Kære Alex,", "Tak for din ansøgning som lager- og "
     "logistikmedarbejder. Vi har desværre valgt en anden.", "Hilsen\nHR"),
     "Lager- og logistikmedarbejder"),
    ("Ansökan", _letter("Hej Alex,", "Tack för din ansökan till tjänsten som Försäljnings- "
     "och marknadsassistent. Tyvärr har vi valt en annan kandidat.", "Hälsningar\nHR"),
     "Försäljnings- och marknadsassistent"),
    # Vietnamese: the title after "vị trí", up to the employer
    ("Thư phản hồi", _letter("Chào Alex,", "Cảm ơn bạn đã quan tâm đến vị trí Nhân viên "
     "Kinh doanh tại Công ty Sao Mai. Rất tiếc, chúng tôi đã chọn ứng viên khác.",
     "Trân trọng\nHR"), "Nhân viên Kinh doanh"),
    ("Kết quả ứng tuyển", _letter("Chào Alex,", "Cảm ơn bạn đã ứng tuyển vị trí Kỹ sư "
     "Phần mềm. Rất tiếc, hồ sơ của bạn chưa phù hợp.", "Trân trọng\nHR"), "Kỹ sư Phần mềm"),
    # Chinese: the title between the applying verb and the post word
    ("感谢您的申请", "您好，\n\n感谢您应聘我们的数据分析师职位。很遗憾，我们决定不推进您的申请。\n\n人力资源部",
     "数据分析师"),
    ("申请结果", "您好，\n\n感谢您对本公司“产品运营”岗位的关注。经过慎重考虑，我们决定不进入下一轮。\n\n人力资源部",
     "产品运营"),
    # Indonesian and Malay: a subject that is the title, head first
    ("Re: Staf Administrasi Keuangan", _letter("Halo Alex,", "Mohon maaf, kami memutuskan "
     "untuk tidak melanjutkan lamaran Anda.", "Salam\nHR"), "Staf Administrasi Keuangan"),
    ("Permohonan Jawatan: Pegawai Pemasaran", _letter("Salam Alex,", "Dukacita dimaklumkan "
     "permohonan anda tidak berjaya.", "Terima kasih\nHR"), "Pegawai Pemasaran"),
]


@pytest.mark.parametrize("subject, body, role", FOUND, ids=[c[2] for c in FOUND])
def test_the_title_reaches_as_far_as_the_mail_writes_it(subject: str, body: str,
                                                         role: str) -> None:
    found = draft(SENDER, subject, body).role
    assert found is not None and found.casefold() == role.casefold()  # as the bench compares


KEPT = [
    # a place after the same separators still leaves
    ("Application: Area Sales Manager (Midlands)", NO, "Area Sales Manager"),
    ("Your application: Logistics Coordinator, Nairobi", NO, "Logistics Coordinator"),
    # the employer after a dash, and a subject's colon before its news
    ("Your application: Warehouse Operative - Larchfield", NO, "Warehouse Operative"),
    ("Warehouse Operative: an update on your application", NO, "Warehouse Operative"),
    # the team the letter names in a clause of its own is not the vacancy's name
    ("Your application", _letter("Dear Alex,", "Thank you for applying for the Data Analyst "
     "role in the Customer Insights team. Unfortunately we will not be taking your "
     "application further."), "Data Analyst"),
    # a level that is part of the title stays, a grade leaves
    ("Your application", _letter("Dear Alex,", "Thank you for your application for the "
     "position of Software Engineer II. Unfortunately you have not been shortlisted."),
     "Software Engineer II"),
    ("Application: Staff Nurse, Acute Medical Unit (Band 5)", NO,
     "Staff Nurse, Acute Medical Unit"),
    # a Scandinavian time, a determiner or the employer after the preposition is no unit
    ("Ansøgning", _letter("Kære Alex,", "Tak for din ansøgning som lærer i efteråret. Vi "
     "har desværre valgt en anden kandidat.", "Venlig hilsen\nHR"), "Lærer"),
    ("Ansøgning", _letter("Kære Alex,", "Tak for din ansøgning som sygeplejerske til vores "
     "afdeling. Vi har desværre valgt en anden kandidat.", "Venlig hilsen\nHR"),
     "Sygeplejerske"),
    # a programme in brackets is the route in, not the unit
    ("Application: Prison Officer", _letter("Dear Alex,", "Thank you for applying for "
     "Prison Officer (Graduate Entry Programme). Sadly you have not been successful."),
     "Prison Officer"),
    # the letter's longer copy that adds the employer or a grade is not a fuller title
    ("Application: Staff Nurse", _letter("Dear Alex,", "Thank you for applying for the Band 5 "
     "Staff Nurse post. Sadly we will not progress."), "Staff Nurse"),
    ("Application: Support Worker", _letter("Dear Alex,", "Thank you for applying for the "
     "Larchfield Support Worker post. Sadly we will not progress."), "Support Worker"),
    # a slash ending that is a written-out gender form stays as written
    ("Candidatura", _letter("Hola Alex,", "Gracias por tu candidatura al puesto de "
     "Técnico/a de Campo. Lamentablemente hemos seleccionado a otra persona.",
     "Saludos\nRRHH"), "Técnico/a de Campo"),
]


@pytest.mark.parametrize("subject, body, role", KEPT, ids=[c[2] for c in KEPT])
def test_a_place_an_employer_or_a_clause_stays_out(subject: str, body: str, role: str) -> None:
    assert draft(SENDER, subject, body).role == role


def test_a_hiring_team_after_the_title_is_the_sender() -> None:
    assert with_written_unit("Data Analyst", "Data Analyst - Talent Acquisition Team", "",
                             None) == "Data Analyst"


def test_the_employer_after_a_colon_is_no_unit() -> None:
    assert with_written_unit("Project Officer", "Project Officer: Larchfield Services", "",
                             "Larchfield Services") == "Project Officer"


def test_an_english_title_takes_no_scandinavian_unit() -> None:
    assert with_scandinavian_unit("Developer", "the Developer i teamet.") == "Developer"


@pytest.mark.parametrize("text", [
    "感谢您对我们公司的关注。", "感谢您对这个职位的关注。", "Cảm ơn bạn đã quan tâm.",
    "Thank you for your interest in the role."])
def test_no_title_is_read_where_none_is_named(text: str) -> None:
    assert title_in_script("", text) is None


@pytest.mark.parametrize("role, letter, kept", [
    ("Analyst", "Analyst HEO", "Analyst"),  # a grade's tag
    ("Nurse", "Nurse 2027", "Nurse"),  # a figure
    ("Data Analyst", "Analyst", "Data Analyst"),  # the letter's copy is the shorter
    ("Engineer", "Engineer II", "Engineer"),  # a level the subject left out stays out
    ("Técnico", "Técnico de Enfermagem", "Técnico de Enfermagem"),
    # the letter going on, a place, a lower-case word, a specialty after a comma
    ("Crew Control Officer", "Crew Control Officer di cui abbiamo parlato",
     "Crew Control Officer"),
    ("Area Manager", "Area Manager Nord-Est", "Area Manager"),
    ("Graduate Engineer", "Graduate Engineer programme", "Graduate Engineer"),
    ("Territory Manager", "Territory Manager, Cardiovascular", "Territory Manager"),
    ("Gerente", "Gerente de Larchfield", "Gerente"),
])
def test_the_letter_gives_only_a_fuller_copy_of_the_same_title(role: str, letter: str,
                                                                kept: str) -> None:
    assert fuller_in_letter(role, letter, "Larchfield") == kept
