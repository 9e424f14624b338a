"""Forty-first pass, read end to end from letters written for these tests (not the corpus's):
a software title's bracket of stack, and what the blind splits fresh171-175
showed (a backend developer's mail in Central Asia and the Caucasus, a mobile developer's in
Egypt, the Maghreb and Jordan, a front-end developer's in Chile, Peru, Uruguay and Costa Rica,
a .NET developer's in the Netherlands and Belgium, a PHP developer's in Wales, Ireland and
Scotland).

Noes in Georgian, Armenian, Egyptian Arabic, Irish and an agency's English; a question the
recruiter asked and the answer after its "but"; invitations, offers, receipts and others' noes
that are no noes; the employer an agency's subject files the relay under, a signature's team,
a street or a careers word that is not the employer; signers in Georgian and Armenian."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft, letter_kind as kind


# ------------------------------------------------------------------ a title's stack bracket

@pytest.mark.parametrize(("subject", "body", "role"), [
    ("About your application for Backend Engineer (Python)",
     "Hi Alex,\n\nThanks for applying to the Backend Engineer (Python) role at Larchwood. We have "
     "decided not to move forward with your application.\n\nLarchwood Talent",
     "Backend Engineer (Python)"),
    ("Your application",
     "Hi Alex,\n\nThank you for your interest in the Full Stack Developer (Remote, APAC) position at "
     "Orchid Metrics. Unfortunately we will not be moving forward with your application.\n\n"
     "Orchid Metrics Hiring Team", "Full Stack Developer"),
])
def test_a_title_keeps_the_stack_bracket_the_mail_first_writes_and_leaves_a_work_mode(subject, body,
                                                                                      role):
    assert draft("Talent <jobs@larchwood.example.com>", subject, body).role == role


def test_a_later_listing_of_another_opening_lends_no_bracket():
    letter = draft("Jobs <jobs@example.com>", "Status: Technical Artist",
                   "Hi Alex,\n\nThe employer reviewed your application for Technical Artist and "
                   "decided not to shortlist you this time.\n\nOther openings:\n"
                   "• Senior Technical Artist (Unity) - Belgrade\n\nThe Jobs team")
    assert letter.role == "Technical Artist"


# ------------------------------------------------------------------ noes

@pytest.mark.parametrize(("subject", "body"), [
    ("უკუკავშირი — Go Developer",
     "გამარჯობა ალექს,\n\nკლიენტმა გადაწყვიტა, Go Developer-ის პოზიციაზე პროცესი თქვენთან აღარ "
     "გააგრძელოს.\n\nპატივისცემით,\nნინო\nრეკრუტერი"),
    ("Re: վերջնական հանդիպում",
     "Բարև Ալեքս,\n\nՇնորհակալ եմ զրույցի համար։ Թիմի հետ որոշեցինք առաջ գնալ մյուս թեկնածուի հետ։"
     "\n\nԱրամ\nCEO"),
    ("بخصوص الانترفيو",
     "أهلاً يا أليكس،\n\nمتشكر على وقتك في الانترفيو بتاع وظيفة Flutter Developer. إحنا قعدنا "
     "مع بعض وقررنا نكمل مع مرشح تاني عنده خبرة أكتر في Kotlin.\n\nكريم\nEngineering Manager"),
    ("أخبار الوظيفة",
     "ازيك يا أليكس؟\n\nللأسف الشركة وقفوا التعيين خالص لحد نهاية السنة، فالـ position بتاع "
     "Mobile Lead اتقفلت.\n\nعمر\nSenior Tech Recruiter"),
    ("An post Forbróir Gréasáin",
     "A Alex, a chara,\n\nGo raibh maith agat as teacht chuig an agallamh. Tar éis machnamh "
     "cúramach, níl muid in ann an post a thairiscint duit an uair seo.\n\nLe gach dea-ghuí,\n"
     "Neasa"),
    ("Re: Senior React Developer",
     "Hi Alex,\n\nI pushed back and asked whether they'd consider you for the live round anyway, "
     "but they're keeping the cutoff firm, so this one won't move forward.\n\nCheers,\nKevin\n"
     "Senior Technical Recruiter"),
])
def test_noes_in_georgian_armenian_egyptian_arabic_irish_and_an_agency_s_english(subject, body):
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Texnik suhbat vaqti — Golang dasturchi",
     "Assalomu alaykum, Alex!\n\nBirinchi suhbatdan so'ng jamoamiz siz bilan texnik suhbatni davom "
     "ettirishni xohlaydi. Afsuski, siz taklif qilgan chorshanba kuni rahbarimiz safarda bo'ladi, "
     "quyidagi vaqtlardan birini tanlang.\n\nHR menejer"),
    ("Статус Вашей рекомендации: QA Engineer",
     "Алекс, здравствуйте!\n\nСпасибо, что рекомендовали Бауыржана на вакансию QA Engineer. По "
     "итогам интервью команда приняла решение не продолжать процесс с кандидатом.\n\nHR-команда"),
    ("Gracias por la referencia",
     "Hola Alex:\n\nQuería agradecerle por la llamada y por la referencia tan detallada que nos dio "
     "sobre Diego. Al final no vamos a avanzar con Diego para la posición de Frontend Developer."
     "\n\nSaludos,\nGabriel"),
    ("Aanbod: Senior .NET Consultant",
     "Hoi Alex,\n\nBij dezen doen we je graag een aanbod voor de functie van Senior .NET Consultant."
     " Een leaseauto kunnen we helaas niet aanbieden.\n\nHartelijke groet,\nThomas"),
    ("¡Tu CV fue visto!",
     "Hola Alex,\n\nInversiones Tambo revisó tu CV para el aviso Analista Programador.\n\nEstado de "
     "tu postulación: En evaluación\n\nLa empresa la está evaluando junto con las de otros "
     "postulantes.\n\nEl equipo de Cumbre Empleos"),
])
def test_a_slot_a_referral_s_no_an_offer_and_a_board_s_status_are_no_noes(subject, body):
    assert kind(subject, body) != "rejection"


# ------------------------------------------------------------------ the employer

def test_an_agency_s_subject_names_the_client_the_letter_calls_the_client():
    letter = draft("Дана Сейткали <d.seitkali@steppetalent.example.com>",
                   "Altyn Orda Logistics / Python-разработчик (FastAPI) — обратная связь",
                   "Алекс, добрый день!\n\nПо итогам всех встреч клиент сделал выбор в пользу "
                   "другого кандидата.\n\nС уважением,\nДана Сейткали\nSenior IT Recruiter | "
                   "Steppe Talent Partners")
    assert letter.company == "Altyn Orda Logistics"


def test_a_firm_with_its_posting_in_brackets_is_the_client_not_a_person():
    letter = draft("Florencia Techera <florencia@puertosurtalent.example.com>",
                   "Brightkeel – novedades de la entrevista técnica",
                   "Hola Alex,\n\nTe escribo por lo de Brightkeel (Senior Frontend Engineer). Al "
                   "final van a seguir con otro candidato.\n\nUn abrazo,\nFlor\n\nFlorencia "
                   "Techera\nTalent Partner, Puerto Sur Talent")
    assert (letter.company, letter.role) == ("Brightkeel", "Senior Frontend Engineer")


@pytest.mark.parametrize(("sender", "subject", "body", "company"), [
    ("Femke Hoekstra <femke.hoekstra@havenzorg.example.com>", "Your take-home assignment",
     "Hi Alex,\n\nThank you for the time you put into the claims-routing assignment for the Claims "
     "Platform team. We won't be moving forward to the interview stage."
     "\n\nKind regards,\nFemke Hoekstra\nTalent Acquisition Partner – Tech\nHavenzorg Verzekeringen"
     "\nWeena 212, 3012 NJ Rotterdam", "Havenzorg Verzekeringen"),
    ("Eva Jansen <eva@routewijs.example.com>", "Je aanbod",
     "Hoi Alex,\n\nHelaas moeten we het aanbod intrekken: de Series A gaat niet door.\n\nEva\n\n"
     "Eva Jansen\nCo-founder & CEO, Routewijs\nMoreelsepark 48, Utrecht", "Routewijs"),
    ("Aoife Brennan <aoife.brennan@quaybook.example.com>", "Your take-home for Quaybook",
     "Hi Alex,\n\nThanks for the take-home for the Backend Engineer role. So we won't be moving to "
     "the onsite stage with your application this time.\n\n"
     "Aoife\nAoife Brennan\nTalent Partner, Quaybook\nGrand Canal Dock, Dublin 2", "Quaybook"),
    ("Dastarkhan Pay — Карьера <no-reply@tandau.example.com>",
     "Dastarkhan Pay: результаты тестового задания",
     "Алекс, здравствуйте!\n\nК сожалению, мы не готовы пригласить Вас на следующий этап.\n\n"
     "Команда Dastarkhan Pay", "Dastarkhan Pay"),
    ("Kevin Alarcón <kevin@nearbridgetalent.example.com>",
     "Re: Senior React Developer – Cobaltline (remote, US client)",
     "Hi Alex,\n\nI got the Cobaltline assessment results back. They're keeping the cutoff firm, so "
     "this one won't move forward.\n\nKevin\n"
     "Nearbridge Talent", "Cobaltline"),
])
def test_a_team_a_street_a_careers_word_or_a_bracket_is_not_the_employer(
        sender, subject, body, company):
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ the signer

@pytest.mark.parametrize(("body", "person"), [
    ("გამარჯობა ალექს,\n\nსამწუხაროდ, კლიენტმა გადაწყვიტა პროცესი თქვენთან აღარ გააგრძელოს."
     "\n\nპატივისცემით,\nნინო ბერიძე\nHR მენეჯერი", "ნინო ბერიძე"),
    ("Հարգելի Ալեքս,\n\nՑավոք, որոշեցինք առաջ գնալ մյուս թեկնածուի հետ։\n\nՀարգանքով՝\n"
     "Անի Պետրոսյան\nHR մասնագետ", "Անի Պետրոսյան"),
])
def test_a_signer_in_georgian_or_armenian_is_read(body, person):
    letter = draft("HR <hr@example.com>", "Update", body)
    assert letter.person is not None and letter.person.name == person


def test_a_dot_net_stack_bracket_and_a_flemish_subject_s_title():
    letter = draft("Trapkracht Talent Team <jobs@trapkracht.example.com>", "Your application",
                   "Hi Alex,\n\nThanks so much for applying to join Trapkracht as a Full Stack "
                   "Developer (.NET / React)! We've decided to move forward with other candidates."
                   "\n\nTrapkracht Talent Team")
    assert letter.role == "Full Stack Developer (.NET / React)"
    flemish = draft("Kobalt Consulting <no-reply@kobalt.example.com>",
                    "Je kandidatuur voor Azure Cloud Engineer bij Kobalt Consulting",
                    "Dag Alex,\n\nVoor deze rol zoeken we iemand die vlot Frans spreekt. Daarom gaan "
                    "we voor deze vacature niet verder met je kandidatuur.\n\nKobalt Consulting")
    assert flemish.role == "Azure Cloud Engineer"


def test_an_employer_s_department_after_a_dash_in_the_display_name_leaves_the_employer():
    letter = draft("Atlas Télécom – Pôle Digital <recrutement@atlastelecom.teamtailor-mail.example.com>",
                   "Votre candidature – Lead Développeur Mobile",
                   "Bonjour Alex,\n\nAprès une dernière délibération, notre choix s'est porté sur un "
                   "autre candidat.\n\nBien cordialement,\nSalma Bennani\nResponsable Acquisition de "
                   "Talents – Pôle Digital\nAtlas Télécom")
    assert (letter.company, letter.person.name) == ("Atlas Télécom", "Salma Bennani")


@pytest.mark.parametrize(("sender", "body", "person"), [
    ("Milagros Quispe <mquispe@tiendasmisti.example.com>",
     "Estimado Alex:\n\nLamentamos informarle que su postulación no continuará en el proceso.\n\n"
     "Atentamente,\n\nMilagros Quispe Huamán\nAnalista de Selección\nTiendas Misti", "Milagros Quispe Huamán"),
    ("Timur Alimov <t.alimov@chorsudigital.example.com>",
     "Алекс, добрый день!\n\nК сожалению, руководство банка решило закрыть позицию внутренним "
     "переводом, поэтому мы не сможем продолжить процесс с Вами.\n\nС уважением,\nТимур Алимов\n"
     "Руководитель разработки", "Тимур Алимов"),
])
def test_the_signer_s_name_as_signed_a_second_surname_or_the_letter_s_own_script(sender, body,
                                                                                 person):
    assert draft(sender, "Resultado", body).person.name == person


@pytest.mark.parametrize(("subject", "body", "stage"), [
    ("Your take-home",
     "Hi Alex,\n\nThanks again for working through the take-home for the Frontend Engineer role. The "
     "panel liked your component API, but the combobox had no keyboard navigation, so we won't be "
     "advancing your application to the onsite loop.\n\nJordan", "screening"),
    ("Your take-home",
     "Hi Alex,\n\nThank you for completing the take-home assignment. After a close look, we've "
     "decided to move forward with other candidates for the onsite stage.\n\nThe Talent Team",
     "screening"),
    ("Assessment outcome",
     "Hello Alex,\n\nThank you for completing the online technical assessment. Your overall score did "
     "not reach the benchmark we set for progressing candidates to the technical interview.\n\n"
     "Talent Acquisition", "screening"),
    ("Over je aanbod",
     "Hoi Alex,\n\nVorige week hebben we je een aanbod gedaan voor de rol van Senior .NET Engineer. "
     "Helaas betekent de vacaturestop dat we het aanbod aan jou moeten intrekken.\n\nEva", "offer"),
    ("Re: Tsiran Labs — վերջնական հանդիպում",
     "Բարև Ալեքս,\n\nԹիմի հետ որոշեցինք առաջ գնալ մյուս թեկնածուի հետ։\n\nԱրամ\nCEO", "final-round"),
])
def test_how_far_it_went_a_take_home_s_panel_a_cutoff_an_offer_taken_back_a_final_meeting(
        subject, body, stage):
    assert draft("Talent <talent@example.com>", subject, body).stage == stage


@pytest.mark.parametrize(("body", "reason"), [
    ("Hi Alex,\n\nThanks for the chat. We've decided to stay fully native (Swift + Kotlin) for the v2 "
     "rewrite, so we won't be hiring a Flutter developer.\n\nLaith", "stay fully native"),
    ("Hoi Alex,\n\nJe score op het onderdeel numeriek redeneren lag onder de norm die wij voor deze "
     "functie hanteren. Wij nemen je sollicitatie daarom niet mee naar de volgende fase.\n\nTeam "
     "Recruitment", "lag onder de norm"),
    ("A Alex, a chara,\n\nNíl muid in ann an post a thairiscint duit an uair seo. Teastaíonn líofacht "
     "iomlán sa Ghaeilge labhartha don ról seo.\n\nNeasa", "líofacht iomlán"),
])
def test_the_reason_in_these_words_is_read(body, reason):
    found = draft("Talent <talent@example.com>", "Update", body).reason or ""
    assert reason.casefold() in found.casefold()


def test_a_stock_closer_match_line_is_no_reason():
    letter = draft("Talent <talent@example.com>", "Your application",
                   "Hi Alex,\n\nWe've decided to progress with applicants whose experience is a closer "
                   "match for where we are right now, so we won't be taking your application further "
                   "for this role.\n\nThe Hiring Team")
    assert letter.reason is None
