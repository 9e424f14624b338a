"""Sixty-ninth pass, read end to end from letters written for these tests (not the corpus's).

Sealing fresh316-320 (Adjara; Nauru and the Marshall Islands; Udmurtia and Komi;
Gilgit-Baltistan; Rust Belt ATS mail) taught triage the noes below and what is none, and the
field readers where a title ends, a Georgian title's one case, a Russian name in its quotes and
places that are not the employer; reading fresh296-303 again taught the company reader the rest.
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind

EMPLOYER = "Talent <jobs@employer.example.com>"


@pytest.mark.parametrize(("subject", "body"), [
    # Georgian: you did not become the competition's winner
    ("კონკურსის შედეგები",
     "ქალბატონო ალექს,\n\nგაცნობებთ, რომ ვაკანსიაზე „ბუღალტერი“ გამოცხადებულ კონკურსში თქვენ ვერ "
     "გახდით კონკურსში გამარჯვებული.\n\nპატივისცემით,\nკომისია"),
    # Georgian: the score did not reach the threshold, you will not be invited
    ("ტესტირების შედეგი",
     "ვაკანსიის ID: 5521. თქვენ მიერ მიღებულმა ქულამ ვერ მიაღწია დადგენილ მინიმალურ ზღვარს. "
     "შესაბამისად, გასაუბრებაზე ვერ მიიწვევით.\n\nსაკონკურსო კომისია"),
    # Turkish: a board's "your application did not turn out positive"
    ("Başvurunuz hakkında: Depo Sorumlusu",
     "Sayın Alex Morgan,\n\nFirmanın \"Depo Sorumlusu\" ilanına yaptığınız başvuru değerlendirildi. "
     "Başvurunuz olumlu sonuçlanmadı.\n\nİyi günler dileriz"),
    # Turkish: the application could not be taken into the evaluation
    ("Muhasebe Uzmanı Başvurusu Hk.",
     "Sayın Alex Morgan,\n\nMuhasebe Uzmanı kadrosu için başvurunuz incelenmiş olup, bu aşamada "
     "değerlendirme sürecine dahil edilememiştir.\n\nSaygılarımızla,\nİnsan Kaynakları"),
    # Russian: a platform's "the employer decided to refuse"
    ("Работодатель ответил на ваш отклик",
     "Здравствуйте, Алекс!\n\nКомпания ООО «Северсталь-Сервис» рассмотрела ваше резюме по вакансии "
     "«Сварщик» и, к сожалению, приняла решение об отказе.\n\nВаш личный кабинет"),
    # Russian: a chat's "alas, we are not going further"
    ("тестировщик",
     "Алекс, привет! По тестировщику — увы, дальше не идём. Тимлид хочет человека с опытом "
     "автотестов.\n\nМаша"),
    # Roman Urdu: this time we cannot take you
    ("cook post",
     "Salam Alex,\n\nCook post ke liye shukriya, lekin is dafa hum aap ko nahi le sakenge.\n\n"
     "Rashid"),
    # a US civil service: the name will not be certified; the list is kept for a year
    ("Notice of Examination Results",
     "Candidate: Alex Morgan\nClassification: Payroll Clerk\n\nOnly the top five ranked eligibles "
     "will be certified for the current vacancy. Your rank does not fall within that range, and "
     "your name will not be certified for this vacancy.\n\nYour name will remain on the eligible "
     "list for one (1) year.\n\nCivil Service Commission"),
])
def test_a_no_read_from_fresh316_320_is_a_rejection(subject, body):
    assert kind(subject, body, EMPLOYER) == "rejection"


@pytest.mark.parametrize(("subject", "body", "expected"), [
    # a Russian offer, with a perk it cannot give
    ("Предложение о работе",
     "Алекс, добрый день!\n\nПо итогам собеседований мы хотим предложить вам должность "
     "администратора. К сожалению, служебное жильё на этой позиции не предусмотрено.\n\n"
     "Прошу подтвердить согласие до пятницы.\n\nОльга", "offer"),
    # a Russian decision delayed: the candidacy is still considered
    ("Вакансия «Экономист» — сроки",
     "Алекс, добрый день!\n\nРешение по вакансии задерживается: штатное расписание ещё не "
     "утверждено, и мы не можем сделать никому из кандидатов предложение. Ваша кандидатура "
     "остаётся в рассмотрении.\n\nТатьяна", "other"),
    # a bank's car loan refused
    ("Your Auto Finance application",
     "Dear Alex,\n\nWe refer to your application for Auto Finance for a Toyota Corolla. We regret "
     "to inform you that the Bank is unable to approve the facility at this time.\n\n"
     "Consumer Finance Department", "other"),
    # a friend's own no, in Marshallese and English
    ("ejjab emman",
     "Iakwe Alex,\n\nIar jab bōk jerbal eo. (I didn't get the ward clerk job. They picked "
     "another clerk from Ebeye.)\n\nLet's meet on Friday.\nLani", "other"),
    # a friend's own no, in Roman Urdu
    ("bad news yaar",
     "Alex,\n\nHotel walon ka email aaya - unhon ne mujhe mana kar diya. They said they want "
     "someone with more experience for the chef post.\n\nZ", "other"),
    # a Turkish flat refused: the landlord chose another tenant
    ("Daire başvurunuz hk.",
     "Merhaba Alex Bey,\n\nKiralama başvurunuzla ilgili dönüş yapmak istedim. Maalesef ev sahibi "
     "daireyi başka bir kiracıya vermeyi tercih etti; başvurunuz olumlu sonuçlanmadı.\n\nOya", "other"),
])
def test_what_is_no_no(subject, body, expected):
    assert kind(subject, body, EMPLOYER) == expected


def test_a_seat_on_a_flight_is_a_favour_not_a_booking():
    body = ("Hi Alex,\n\nI can't put you on the boat crew this season, the insurer wants a local "
            "skipper licence for every deckhand job. If you're around in March, we'll find you a "
            "seat on a flight to the island anyway.\n\nDima")
    assert kind("deckhand job this season", body, EMPLOYER) == "rejection"


@pytest.mark.parametrize(("sender", "subject", "body", "company"), [
    # an agency's confidential client: the bracket after it is no name; the agency signs
    ("Dana Lee <dana.lee@harbourtalent.example.com>",
     "Compliance Officer - KYC (confidential client) - feedback",
     "Hi Alex,\n\nThe client has decided not to proceed with your application.\n\nBest,\nDana Lee\n"
     "Harbour Talent Partners", "Harbour Talent Partners"),
    # a place the letter writes as "our ... base" after the title's dash
    ("Noordwind Offshore <no-reply@hire.lever.example.com>", "Deck Officer – Harlingen",
     "Hi Alex,\n\nThank you for your interest in the Deck Officer position at our Harlingen base. "
     "We have decided not to proceed.\n\nThe Noordwind Offshore Team\n\nNoordwind Offshore Services "
     "B.V. · Harlingen, Friesland", "Noordwind Offshore"),
    # a town after a postcode in the agency's address
    ("Luc Amiel <luc.amiel@martinique-interim.example.com>", "Poste Technicien HSE - Lamentin",
     "Bonjour Alex,\n\nLe client ne souhaite pas poursuivre.\n\nLuc Amiel\nConsultant\n"
     "Martinique Intérim Conseil\nZI La Lézarde, 97232 Lamentin", "Martinique Intérim Conseil"),
    # a town written "basé à l'aéroport de ...", with its apostrophe
    ("Air Lagon – Recrutement <noreply@jobs.smartrecruiters.example.com>",
     "Votre candidature : Agent de piste – Nuku'alofa",
     "Bonjour Alex,\n\nMerci pour votre candidature au poste d'Agent de piste basé à l'aéroport de "
     "Nuku'alofa. Nous sommes au regret de ne pas pouvoir y donner une suite favorable.\n\n"
     "L'équipe Recrutement\nAir Lagon", "Air Lagon"),
    # an HR chief's title line is no organisation holding the unit that sends
    ("Direction des affaires maritimes – RH <rh.dam@administration-nc.example.org>",
     "Suite donnée à votre candidature",
     "Madame,\n\nJ'ai le regret de vous informer que votre candidature n'a pas été retenue.\n\n"
     "Le chef du service des ressources humaines,\n\nPaul Wamytan",
     "Direction des affaires maritimes"),
    # a Russian name in sentence case, written in its quotes
    ("Суперработа <noreply@superrabota.example.net>", "Работодатель ответил на ваш отклик",
     "Здравствуйте, Алекс!\n\nКомпания АО «Уральская арматура» рассмотрела ваше резюме и, к "
     "сожалению, приняла решение об отказе.\n\nАО «Уральская арматура»", "Уральская арматура"),
])
def test_the_employer_as_the_letter_names_it(sender, subject, body, company):
    assert draft(sender, subject, body).company == company


@pytest.mark.parametrize(("sender", "subject", "body", "role"), [
    # a Russian title's place in brackets, the letter writing it as a place
    ("Иван Ткач <tkach@poti-agency.example.com>", "Агент по судозаходам (Поти) — ответ",
     "Алекс, добрый день!\n\nК сожалению, мы взяли другого кандидата. Удачи в поиске — в Поти "
     "сейчас много работы.\n\nИван Ткач", "Агент по судозаходам"),
    # an examination's number before and after the title
    ("Civil Service Commission <exams@county.example.gov>",
     "Notice of Examination Results - Exam No. 25-204, Payroll Clerk",
     "Your name will not be certified for this vacancy.", "Payroll Clerk"),
    ("Water Department <hr@water.example.org>",
     "Your results: Water Program Specialist II, Exam No. 25-0931",
     "We regret to inform you that your score is below the passing point.",
     "Water Program Specialist II"),
    # a search committee's "Search for"
    ("Provost Office <provost@poly.example.edu>",
     "Search for Assistant Director, Research Computing",
     "Dear Alex,\n\nThe committee has offered the position to another candidate.\n\nMargaret Ellis",
     "Assistant Director, Research Computing"),
    # a Russian ad's gender mark
    ("Рустем Галиев <r.galiev@kessler.example.com>", "Инженер по качеству (м/ж)",
     "Алекс, добрый день! К сожалению, вакансия отменена.\n\nРустем Галиев",
     "Инженер по качеству"),
    # an Urdu "post of" after a Latin title
    ("Hydro HR <hr@hydro.example.com>", "Community Liaison Officer کی اسامی",
     "محترم الیکس، ہمیں افسوس ہے کہ آپ کا انتخاب نہیں ہو سکا۔", "Community Liaison Officer"),
    # a Turkish subject's word for the application after the title
    ("İK <ik@liman.example.com>", "Fwd: Liman Planlama Uzmanı Başvurusu Hk.",
     "Sayın Alex Morgan,\n\nBaşvurunuz bu aşamada değerlendirme sürecine dahil edilememiştir.",
     "Liman Planlama Uzmanı"),
    # a Russian title stops before "another candidate"
    ("Кадры <kadry@institute.example.ru>", "Конкурсный отбор",
     "Алекс, сообщаю, что конкурсная комиссия рекомендовала на должность инженера лаборатории "
     "почвоведения другого кандидата.", "Инженер лаборатории почвоведения"),
    # a Georgian title keeps its one case
    ("Teamtailor <no-reply@hotel.teamtailor-mail.example.com>",
     "თქვენი განაცხადი – ფრონტ-ოფისის მენეჯერი",
     "გამარჯობა, ალექს!\n\nსამწუხაროდ, ამჯერად შემდეგ ეტაპზე ვერ გადაგიყვანთ.\n\nნინო",
     "ფრონტ-ოფისის მენეჯერი"),
])
def test_where_a_title_starts_and_stops(sender, subject, body, role):
    assert draft(sender, subject, body).role == role


def test_a_public_service_in_sentence_case_is_its_name():
    body = ("Madame,\n\nJ'ai le regret de vous informer que votre candidature n'a pas été retenue.\n\n"
            "Le chef du service des ressources humaines,\n\nPaul Wamytan")
    found = draft("Direction des affaires maritimes – RH <rh.dam@administration-nc.example.org>",
                  "Suite donnée à votre candidature", body)
    assert found.company == "Direction des affaires maritimes"


@pytest.mark.parametrize(("body", "person"), [
    # a Georgian "best wishes" closes the letter; the name under it signs
    ("გამარჯობა, ალექს!\n\nსამწუხაროდ, ამჯერად შემდეგ ეტაპზე ვერ გადაგიყვანთ.\n\n"
     "საუკეთესო სურვილებით,\n\nთამარ ბერიძე", "თამარ ბერიძე"),
    # a commission and a city hall sign: nobody's name
    ("გაცნობებთ, რომ გასაუბრებაზე ვერ მიიწვევით.\n\nპატივისცემით,\nსაკონკურსო კომისია\n"
     "ბათუმის მუნიციპალიტეტის მერია", None),
])
def test_a_georgian_closing_or_body_is_no_signer(body, person):
    found = draft("HR <hr@batumi.example.org>", "კონკურსის შედეგი", body)
    assert (found.person.name if found.person else None) == person


@pytest.mark.parametrize(("subject", "body", "expected"), [
    # lost to the retrain and mended: an Italian co-op's "we need a person who is here"
    ("Dopo la chiacchierata",
     "Ciao Alex,\n\ngrazie ancora per essere venuto fino a Oristano martedì. Ci abbiamo pensato su "
     "un bel po'. Il fatto è che a noi serve una persona che stia qui in paese tutti i giorni. Tu "
     "giustamente ci hai detto che da Cagliari più di due giorni a settimana non riesci, e con i "
     "numeri che abbiamo adesso non ce la facciamo a gestirla così. Per cui il referente tecnico "
     "lo cerchiamo qua vicino.\n\nMi dispiace, eh. Un abbraccio,\nGiovanna\n\nGiovanna Sanna\n"
     "Presidente - Cooperativa Energia Sinis", "rejection"),
    # ... an Argentine hostel's "I already took a girl who speaks Portuguese"
    ("lo del hostel",
     "Alex!! perdoná la demora. Para el puesto de recepción ya tomé a una chica que habla "
     "portugués.\n\nBeso!\nMarce", "rejection"),
    # ... a landlord's approved applicant is a flat's no
    ("12/40 Logan Rd - your application",
     "Hi Alex,\n\nThanks for applying for 12/40 Logan Road. The owner has approved another "
     "applicant who was able to inspect in person. Sorry it wasn't better news.\n\nKylie\n"
     "Property Manager", "other"),
])
def test_what_the_retrain_lost_is_read_again(subject, body, expected):
    assert kind(subject, body, EMPLOYER) == expected


def test_a_name_not_placed_on_the_eligible_list_is_no_reserve_list():
    body = ("NOTICE OF EXAMINATION RESULTS\n\nClass: Payroll Clerk\n\nRESULT: NOT PASSED\n\nYour "
            "rating is below the passing score. Your name will therefore not be placed on the "
            "eligible list for this class, and you will not be referred to the department for "
            "interview.\n\nDepartment of Human Resources")
    assert kind("Notice of results - Payroll Clerk position", body, EMPLOYER) == "rejection"
