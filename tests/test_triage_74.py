"""Seventy-fourth pass, read end to end from letters written for these tests (not the corpus's).

Opening fresh321-325 (Kalmykia, Svalbard and the Faroes, Moldova, north-east England, Kerala)
taught the field readers: a Russian post that is a verb's object ("вакансию системного
администратора закрываем") or written in the nominative after a public service's frame and a
dash, a subject's short title made whole by the letter, a Latin prefix in a Russian title
("B2B-продаж"), an organisation signed in guillemets or sent as a legal form and a quoted name,
a PhD candidate's field, and a score below the cut-off "for moving to the interview round"
(that round was never reached).

Sealing fresh341-345 (Transylvania; Borneo; Oaxaca and Chiapas; the Altai; the Amazon basin)
taught triage the noes below (a Romanian "Rezultat: RESPINS", Mexican and Peruvian boards and
recruiters, a Portuguese client promoting from inside) and that a Hungarian friend's own no and
a Chinese regret about a proposed time are not noes; and the field readers: desks before and
after a sender's name, a numbered post on a competition's card, a "--" over a firm's imprint, an
office's motto, Malay patronymics and Russian initials, Romanian academic ranks, a contest's
written test, and reasons in Hungarian, Malay, Indonesian, Russian, Mongolian and Chinese.
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind

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


# ---------------------------------------------------------------- noes and not noes

@pytest.mark.parametrize(("subject", "body"), [
    # a Russian offer taken back, in the present
    ("Об отзыве предложения о работе",
     "Уважаемая Алекс!\n\nВынуждены сообщить, что мы отзываем данное предложение о работе на "
     "должность инженера: головная компания сократила штат.\n\nС уважением,\nОльга Петрова"),
    # Italian: not going on with the application
    ("Aggiornamento candidatura",
     "Ciao Alex,\n\nil cliente ha scelto un profilo con più esperienza. Non andremo quindi avanti "
     "con la candidatura per la posizione di Project Manager.\n\nUn saluto,\nGiulia"),
    # Andalusian Spanish: the client picked another
    ("lo del almacén",
     "holaa Alex!! lo del puesto de mozo de almacén al final na, el cliente ha cogido a un chico "
     "q ya conocía el SGA. te llamo el lunes\n\nRocío"),
    # a Romanian result line, and no seat at the interview
    ("Rezultatul probei scrise",
     "Stimată doamnă Morgan,\n\nVă comunicăm rezultatul probei scrise pentru ocuparea funcției "
     "publice de inspector.\n\nRezultat: RESPINS\n\nNu veți putea participa la interviul "
     "programat.\n\nCu stimă,\nIoana Rus"),
    # a Mexican board's status line
    ("Actualización de tu postulación: Coordinador de Programa",
     "Hola Alex,\n\nLa empresa Grupo Hotelero Costa actualizó el estatus de tu postulación.\n\n"
     "Vacante: Coordinador de Programa\n\nEstatus: Descartado por la empresa\n\nEmpleoSur"),
    # a post filled by an internal promotion, in Mexican Spanish
    ("Coordinador de Comunidad en Hotel Cantera",
     "Hola Alex,\n\nTe agradecemos tu interés en el puesto de Coordinador de Comunidad. Queremos "
     "avisarte que la vacante se cubrió con una promoción interna.\n\nUn saludo,\nFernanda"),
    # a Peruvian results table
    ("Proceso CAS N.° 015 – Resultados de la Evaluación Curricular",
     "Señor(a) postulante:\n\nSe le comunica los resultados de la evaluación curricular del "
     "proceso CAS para el puesto de Asistente Administrativo.\n\nN.° | APELLIDOS Y NOMBRES | "
     "CONDICIÓN\n03 | MORGAN, ALEX | NO APTO |\n\nAtentamente,\nOficina de Recursos Humanos"),
    # Portuguese: the client promoted someone from inside, the process closed without a hire
    ("Retorno – Analista de Materiais",
     "Oi Alex,\n\nPassando para dar o retorno sobre a vaga de Analista de Materiais do nosso "
     "cliente: no fim o cliente optou por promover uma pessoa da própria equipe.\n\nAbraço,\n"
     "Patrícia\nConsultora de Recrutamento"),
])
def test_a_no_read_from_fresh341_345_is_a_rejection(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


def test_a_un_roster_placement_is_a_wait_but_a_roster_after_a_no_is_not() -> None:
    placed = ("Dear Alex Morgan,\n\nWe are pleased to inform you that, following the assessment "
              "process for Job Opening 27-IMO-100, you have been placed on the roster for "
              "Programme Officer, P-2.\n\nPlease note that inclusion on the roster does not "
              "guarantee selection for a position.\n\nKind regards,\nRecruitment Team")
    assert kind("Roster membership: Programme Officer, P-2", placed) != "rejection"
    after_a_no = ("Dear Alex,\n\nThe panel has completed its review of the Programme Officer "
                  "post and has recommended another candidate for appointment.\n\nYour "
                  "candidacy has been placed on the roster of qualified candidates for similar "
                  "posts for two years.\n\nKind regards,\nRecruitment Team")
    assert kind("Requisition R-2025-001 – Programme Officer", after_a_no) == "rejection"


def test_a_hungarian_friends_own_no_is_not_the_readers() -> None:
    body = ("Szia Alex!\n\nGondoltam megírom: engem elutasítottak a brassói autóipari cégnél, "
            "ahová múlt hónapban beadtam. Azt írták, hogy „olyan jelöltet választottak, akinek "
            "több tapasztalata van”.\n\nSzombaton kávé?\n\nÖlel,\nBogi")
    assert kind("na, ennyi volt", body, "Bogi <bogi@mail.example.com>") != "rejection"


def test_a_chinese_regret_about_a_proposed_time_is_no_no() -> None:
    body = ("Alex 小姐您好：\n\n很遺憾您提議的時間我們的經理剛好出差，未能配合，現在重新安排如下：\n\n"
            "職位：環境經理\n日期：2026年3月4日\n時間：上午10時\n\n謝謝！\n\n黃淑芬\n人事行政部")
    assert kind("面試時間更改：環境經理", body) != "rejection"


# ---------------------------------------------------------------- companies

@pytest.mark.parametrize(("sender", "closing", "company"), [
    # a Romanian desk's words before the name
    ("Resurse Umane Hidroconstruct <hr@hidroconstruct-cluj.example.com>", "Echipa de recrutare",
     "Hidroconstruct"),
    # a selection process after it
    ("IAPM - Processo Seletivo <selecao@iapm.example.org>", "Comissão do Processo Seletivo", "IAPM"),
    # a country office after the organisation's name
    ("Brücken Weltweit – Oficina México <no-reply@bruecken.jobs.example.com>", "Atentamente",
     "Brücken Weltweit"),
])
def test_a_desk_or_an_office_beside_the_senders_name_is_left_out(sender: str, closing: str,
                                                                 company: str) -> None:
    body = ("Estimada Alex:\n\nLamentamos informarle que su candidatura no ha sido seleccionada "
            f"para el puesto de Analista.\n\n{closing}")
    assert draft(sender, "Resultado", body).company == company


def test_a_numbered_post_on_a_competitions_card_is_no_employer() -> None:
    body = ("Prezado(a) candidato(a) ALEX MORGAN,\n\nInscrição nº 2025.0441.7719\nCargo 301 – "
            "Analista de Sistemas\n\nApós a análise dos recursos, segue o resultado final da prova "
            "objetiva: Situação: ELIMINADO(A) – não atingiu a pontuação mínima exigida.\n\n"
            "Coordenação de Concursos")
    got = draft("Fundação Concursos <resultados@fconcursos.example.org>", "Resultado final", body)
    assert got.company != "Cargo 301"
    assert got.role == "Analista de Sistemas"
    assert got.stage == "screening"  # a contest's written test


# ---------------------------------------------------------------- signers

NO_ES = "Estimada Alex:\n\nLe informamos que la plaza de Coordinador fue cancelada.\n\n"


@pytest.mark.parametrize(("body", "person"), [
    # a "--" over the firm's imprint, under the signer
    (NO_ES + "Atentamente,\nJulia Neumann\nPeople & Organisation\nBrücken Weltweit gGmbH\n--\n"
     "Brücken Weltweit gGmbH · Oranienstraße 1 · 10999 Berlin\nGeschäftsführung: Dr. Tobias "
     "Albrecht · Amtsgericht Charlottenburg HRB 1 B\n", "Julia Neumann"),
    # an office's motto in quotes between the sign-off and the name
    (NO_ES + 'Atentamente,\n"Educar para la comunidad"\nDr. Heriberto Santiago López\n'
     "Secretario Académico\n", "Heriberto Santiago López"),
    # a spaced "A T E N T A M E N T E"
    (NO_ES + 'A T E N T A M E N T E\n"SUFRAGIO EFECTIVO"\nLic. Rosalba Jiménez Cruz\nDirectora de '
     "Recursos Humanos\n", "Rosalba Jiménez Cruz"),
    # greetings from a place
    (NO_ES + "Saludos desde la Sierra,\nItzel Ramírez\nTalento y Cultura\n", "Itzel Ramírez"),
    # a Malay patronymic, in capitals
    ("Dear Alex,\n\nWe regret that your application was not successful.\n\nYours faithfully,\n\n"
     "NURUL AIN BINTI ZAINAL ABIDIN\nSenior Manager, Human Resource Division\n",
     "Nurul Ain binti Zainal Abidin"),
    # a Russian official's two initials
    ("Уважаемая Алекс!\n\nСообщаем, что по итогам конкурса Вы не признаны победителем.\n\n"
     "С уважением,\nзаместитель руководителя управления\nЕ. В. Кондратьева\n", "Е. В. Кондратьева"),
    # a Romanian lecturer's rank before the name
    ("Dear Ms Morgan,\n\nThe committee proposed another candidate.\n\nCu stimă / Kind regards,\n"
     "Conf. dr. ing. Mihaela Crișan\nPreședinte comisie de concurs\n", "Mihaela Crișan"),
])
def test_the_signer_is_read(body: str, person: str) -> None:
    got = draft(EMPLOYER, "Resultado", body)
    assert got.person is not None and got.person.name == person


# ---------------------------------------------------------------- stages and reasons

def test_only_those_fit_going_on_to_the_interview_leaves_the_reader_at_applied() -> None:
    body = ("Señor(a) postulante:\n\nLe comunicamos que no cumple el perfil del puesto de "
            "Especialista en Transporte y no ha sido seleccionado.\n\nConforme a las bases, solo "
            "los postulantes en condición de APTO pasan a la etapa de Entrevista Personal.\n\n"
            "Atentamente,\nOficina de Recursos Humanos")
    assert draft(EMPLOYER, "Resultados de la Evaluación Curricular", body).stage == "applied"


@pytest.mark.parametrize(("body", "reason"), [
    ("Tisztelt Alex!\n\nSajnos nem tudjuk folytatni a jelentkezését. A munkakörhöz "
     "elengedhetetlen a tárgyalási szintű magyar nyelvtudás.\n\nÜdvözlettel,\nKovács Anna",
     "elengedhetetlen"),
    ("Tuan/Puan,\n\nDukacita dimaklumkan bahawa permohonan tuan/puan tidak berjaya. Keutamaan "
     "telah diberikan kepada calon anak negeri Sabah.\n\nSekian, terima kasih.", "Keutamaan"),
    ("Уважаемая Алекс!\n\nВы не признаны победителем конкурса. Предпочтение отдано кандидату, "
     "имеющему стаж государственной службы.\n\nС уважением,\nОльга", "Предпочтение отдано"),
    ("Hola Alex,\n\nDe verdad me gustó mucho hablar contigo y tu experiencia con la carga. Te "
     "cuento: la vacante se cubrió internamente.\n\nSaludos,\nCamilo", "se cubrió internamente"),
    ("Dear Alex,\n\nKami sangat terkesan dengan pengalaman Ibu di Sabah. Namun posisi ini sudah "
     "terisi minggu lalu.\n\nSalam,\nRina", "sudah terisi"),
])
def test_the_reason_is_read(body: str, reason: str) -> None:
    got = draft(EMPLOYER, "Resultado", body)
    assert got.reason and reason in got.reason


# ---------------------------------------------------------------- titles read from fresh341-345

@pytest.mark.parametrize(("subject", "body", "role"), [
    # a guide or a naturalist is a post when a modifier names it
    ("Your application to Kinabatangan Lodge",
     "Hi Alex!\n\nThanks for applying for Wildlife Guide at Kinabatangan Lodge. We have decided to "
     "continue with other candidates this time.\n\nAll the best,\nPeople Team", "Wildlife Guide"),
    ("Your application to Kinabatangan Lodge",
     "Hi Alex!\n\nThanks for applying for Resident Naturalist at Kinabatangan Lodge. We have "
     "decided to continue with other candidates this time.\n\nAll the best,\nPeople Team",
     "Resident Naturalist"),
    # the employer after a Romanian "la"
    ("Mulțumim pentru aplicare, Alex!",
     "Salut Alex,\n\nÎți mulțumim că ai aplicat pentru rolul de Permitting Engineer la Employer, "
     "Sibiu. Am decis să nu continuăm cu candidatura ta.\n\nEchipa Employer", "Permitting Engineer"),
    # a Japanese subject's heading and gloss around a Latin title
    ("【選考結果のご連絡】Supply Planner（需給計画）職 / Selection result",
     "Alex Morgan 様\n\n慎重に検討いたしました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n\n人事部",
     "Supply Planner"),
    # a Malaysian state's subject in capitals, the title after JAWATAN and before its grade
    ("KEPUTUSAN TEMU DUGA JAWATAN PEGAWAI HIDUPAN LIAR GRED Q41",
     "Tuan/Puan,\n\nDukacita dimaklumkan bahawa tuan/puan tidak berjaya dalam temu duga.\n\n"
     "Sekian, terima kasih.", "Pegawai Hidupan Liar"),
    ("MAKLUMAN PEMBATALAN PENGISIAN JAWATAN KURATOR (SEJARAH SEMULA JADI)",
     "Tuan/Puan,\n\nDukacita dimaklumkan bahawa pengisian jawatan tersebut telah dibatalkan.\n\n"
     "Sekian, terima kasih.", "Kurator (Sejarah Semula Jadi)"),
    # a Russian post as a verb's object, and not a verb nor an instrumental after the title
    ("Обратная связь от заказчика",
     "Алекс, добрый день!\n\nЗаказчик решил закрыть позицию главного геолога рудника внутренним "
     "кандидатом — на должность переводят нынешнего заместителя.\n\nС уважением,\nИгорь",
     "Главный геолог рудника"),
    # a Brazilian selection process's kind is no title
    ("Resultado preliminar - Edital 07/2025",
     "Prezada candidata,\n\nO Instituto divulga o resultado do Processo Seletivo Simplificado. "
     "Informamos que sua candidatura não foi classificada para a etapa de entrevistas.\n\n"
     "Atenciosamente,\nComissão", None),
    # a Romanian title and its lower-case specialty after the post word
    ("Răspuns privind candidatura dumneavoastră",
     "Stimată doamnă,\n\nVă informăm că postul de Inginer drumuri și poduri – Secția Codlea a fost "
     "ocupat între timp.\n\nCu stimă,\nResurse Umane", "Inginer drumuri și poduri"),
    ("Poziția de proiectant rețele apă-canal",
     "Salut Alex,\n\nAm mers pe varianta celuilalt candidat, pentru că are deja atestat de "
     "proiectant.\n\nRadu", "Proiectant rețele apă-canal"),
])
def test_a_title_from_fresh341_345_is_read(subject: str, body: str, role: str | None) -> None:
    assert draft(EMPLOYER, subject, body).role == role


def test_a_post_named_after_as_an_is_the_role_not_the_employer() -> None:
    body = ("Hi Alex,\n\nThank you for applying to join Altai Trails as an Expedition Guide – Geology "
            "Tours this summer: Belukha and the Multa lakes.\n\nWe have read every application, and "
            "this time we won't be offering you a place on the guide team.\n\nThe Altai Trails team")
    got = draft("Altai Trails Expeditions <no-reply@altaitrails.teamtailor-mail.example.com>",
                "Expedition Guide – Geology Tours, summer 2026", body)
    assert got.company and got.company.startswith("Altai Trails")
    assert got.role and got.role.startswith("Expedition Guide")


def test_a_russian_federal_services_office_signed_in_full_beats_its_domain() -> None:
    body = ("Уважаемая Алекс Морган!\n\nСообщаем, что по итогам конкурса Вы не признаны победителем. "
            "Предпочтение отдано кандидату, имеющему стаж государственной службы.\n\nС уважением,\n"
            "заместитель руководителя управления\nЕ. В. Кондратьева\n\nУральское межрегиональное "
            "управление горного надзора\n620000, г. Екатеринбург, ул. Горная, д. 1")
    got = draft("Отдел кадров <kadry@ural-gornadzor.example.org>", "О результатах конкурса", body)
    assert got.company == "Уральское межрегиональное управление горного надзора"


def test_a_desk_word_that_opens_the_firms_own_name_stays() -> None:
    body = ("Hola Alex,\n\nNuestro cliente decidió no avanzar con tu candidatura para el puesto de "
            "Gerente de Programas.\n\nUn abrazo,\n\nDaniela Ortiz\nConsultora Senior de "
            "Reclutamiento | Sector Social y ONG\n")
    got = draft("Daniela Ortiz | Talento Pacífico <daniela@talentopacifico.example.com>",
                "Gerente de Programas", body)
    assert got.company == "Talento Pacífico"


def test_a_boards_quoted_public_institution_is_named() -> None:
    from ajar.formats.relaying_platform import quoted_deciders

    text = ("ФГБУ «Национальный парк «Белые Камни»» ответил на ваш отклик на вакансию «Научный "
            "сотрудник».\nСтатус отклика: Отказ")
    assert quoted_deciders(text) == ["Национальный парк «Белые Камни»"]
