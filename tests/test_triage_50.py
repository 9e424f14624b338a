"""Fiftieth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh216-220 showed (a tea exporter's mail in Sri Lanka, a port
engineer's in Oman and Yemen, a charter sales manager's on the Slovenian and Croatian coast,
a fund accountant's in Luxembourg and Liechtenstein, a process engineer's in Tatarstan and
Bashkortostan).

Noes in Sinhala (in its script and in Latin letters), Tamil, Omani and Yemeni Arabizi,
Djibouti French, Croatian, Slovene, Italian, German, Tatar (Cyrillic and Zamanälif), Russian
and Romanian; a bank's finance refused, a receipt that warns of silence after a date, the
reader's own withdrawal and a Turkish receipt that are no noes; a conditional offer and an
invitation to the next stage; addresses, legal forms, an agency's label and a town around
the company; Sinhala words after the title; reasons in these languages."""

from __future__ import annotations

import pytest

from ajar.formats import triage_model
from helpers import letter_draft as draft, letter_kind as kind


# ------------------------------------------------------------------ noes

@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Logistics Lead - Pettah Labs",
     "Hi Alex,\n\nSorry machan, me sathiye godak busy. Investors la kiwwa hiring okkoma hold "
     "karanna kiyala, ee nisa Logistics Lead role eka dan offer karanna bari wenawa.\n\nNuwan"),
    ("Interview feedback - Shipping Executive",
     "Hi Alex,\n\nThanks for coming for the interview. Api wena candidate kenek ekka idiriyata "
     "yanawa, sorry.\n\nDilani"),
    ("ඔබගේ අයදුම්පත - Warehouse Executive",
     "හිතවත් Alex,\n\nඔබගේ අයදුම්පතට ස්තූතියි. මෙම අවස්ථාවේ ඔබගේ අයදුම්පත ඉදිරියට ගෙන යාමට "
     "නොහැකි බව කනගාටුවෙන් දන්වමු.\n\nමානව සම්පත් අංශය"),
    ("Assistant Director – விண்ணப்பம்",
     "திரு. அலெக்ஸ்,\n\nதங்கள் விண்ணப்பம் பரிசீலிக்கப்பட்டது. நேர்முகப் பரீட்சைக்கு "
     "அழைக்கப்படுவோர் பட்டியலில் தங்கள் பெயர் சேர்க்கப்படவில்லை.\n\nமனிதவளப் பிரிவு"),
    ("Logistics Manager – முடிவு",
     "அன்புள்ள அலெக்ஸ்,\n\nநேர்முகத்தில் கலந்துகொண்டமைக்கு நன்றி. வேறொரு விண்ணப்பதாரரைத் "
     "தெரிவு செய்ய நிர்வாகம் தீர்மானித்துள்ளது.\n\nராஜா"),
    ("Port Planner",
     "Hala Alex,\n\nEl interview kan zain, bas el idara garrarat ti3ayyin wa7id min dakhil el "
     "shirka. Ma 3aleh ya akhoi.\n\nKhalid"),
    ("Poste d'ingénieur portuaire",
     "Bonjour Monsieur Morgan,\n\nMerci pour votre étude de cas. La direction a tranché pour un "
     "recrutement local : le poste ira à un profil résident.\n\nAhmed"),
    ("Re: Voditelj prodaje",
     "Bok Alex,\n\nRazgovarali smo s vlasnikom i ne možemo si sada priuštiti još jednog "
     "prodavača. Nije do tebe.\n\nIvan"),
    ("Vodja prodaje – odločitev",
     "Spoštovani g. Morgan,\n\nhvala za razgovor. Z obžalovanjem Vas obveščamo, da smo se "
     "odločili za kandidatko, ki lahko začne že marca.\n\nKadrovska služba"),
    ("Responsabile vendite",
     "Gentile Alex,\n\nla ringraziamo per il colloquio. Abbiamo scelto un altro candidato con "
     "esperienza nel charter.\n\nUfficio HR"),
    ("Ihre Bewerbung als Sales Manager",
     "Guten Tag Alex Morgan,\n\nleider müssen wir Ihnen mitteilen, dass wir die Position intern "
     "nachbesetzen konnten.\n\nMit freundlichen Grüßen\nPersonal"),
    ("Тест биреме нәтиҗәләре",
     "Хәерле көн, Алекс!\n\nТест биремегез өчен рәхмәт. Кызганычка каршы, «Инженер-технолог» "
     "вазыйфасына сезне чираттагы этапка чакыра алмыйбыз.\n\nКадрлар бүлеге"),
    ("Data Engineer: näticä",
     "Sälam, Alex!\n\nİntervyu öçen räxmät. Läkin, qızğanıçqa qarşı, «Data Engineer» wazıyfasına "
     "bu yulı Sezgä täqdim yasıy almıybız.\n\nTimur"),
    ("тестовое",
     "Алекс, привет.\n\nПо аналитику не срослось, взяли парня с опытом SCADA. Тестовое норм "
     "было.\n\nР."),
    ("Об отзыве предложения о работе",
     "Уважаемый Алекс!\n\nНастоящим уведомляем, что мы вынуждены отозвать направленное Вам "
     "предложение о работе на должность инженера.\n\nДиректор по персоналу"),
    ("Actualizare aplicare: Tester",
     "Salut, Alex!\n\nAngajatorul a revizuit CV-ul tau si a mutat aplicarea in etapa \"Nu "
     "continuam\". Multumim si mult succes!\n\nEchipa"),
])
def test_a_no_in_these_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body", "wanted"), [
    ("Personal Finance Application Update",
     "Dear Customer,\n\nWe regret to inform you that we are unable to approve your personal "
     "finance application at this time.\n\nAl Noor Bank", "other"),
    ("Potvrda primitka prijave – Prodajni predstavnik",
     "Poštovani Alex,\n\npotvrđujemo da smo zaprimili Vašu prijavu za radno mjesto Prodajni "
     "predstavnik. Ako Vam se ne javimo do 28. veljače, to znači da Vaša prijava ovaj put nije "
     "ušla u uži izbor.\n\nLjudski resursi", "acknowledgement"),
    ("Re: Povlačenje prijave – Charter Manager",
     "Poštovani Alex,\n\nhvala što ste nas obavijestili. Žao nam je što povlačite prijavu za "
     "poziciju Charter Manager, ali razumijemo i čestitamo na novom poslu!\n\nLuka", "other"),
    ("Başvurunuz bize ulaştı",
     "Merhaba Alex,\n\nVeri Analisti pozisyonuna başvurduğunuz için teşekkür ederiz. Başvurunuz "
     "başarıyla alındı. İşe alım ekibimiz tüm başvuruları ilan kapandıktan sonra "
     "değerlendiriyor.\n\nİK Ekibi", "acknowledgement"),
    ("عرض وظيفي - مهندس عمليات",
     "الفاضل أليكس مورغان المحترم،\n\nيسر الشركة أن تعرض عليكم شغل وظيفة مهندس عمليات. "
     "ونحيطكم علماً بأن هذا العرض مشروط بحصول الشركة على ترخيص وزارة العمل.\n\nالموارد البشرية",
     "offer"),
    ("ඊළඟ අදියර - Planning Manager",
     "ආයුබෝවන් Alex,\n\nඔබව Planning Manager තනතුරේ ඊළඟ අදියරට තෝරාගෙන ඇති බව දැනුම් දෙමු. "
     "අවාසනාවකට මෙන් freight rates වෙනස් වී ඇති බැවින්, ඒ බව ද සැලකිල්ලට ගන්න.\n\nSachini",
     "interview"),
])
def test_a_loan_a_receipt_a_withdrawal_an_offer_or_a_next_step_is_no_no(subject, body, wanted):
    assert kind(subject, body, "Someone <someone@example.org>") == wanted


def test_a_day_before_a_lower_case_month_ends_no_sentence():
    found = triage_model.sentences("Ako Vam se ne javimo do 28. veljače, to znači ne. "
                                   "Rok je 2026. Kandidate zovemo.")
    assert found == ["Ako Vam se ne javimo do 28. veljače, to znači ne.", "Rok je 2026.",
                     "Kandidate zovemo."]


# ------------------------------------------------------------------ fields

@pytest.mark.parametrize(("sender", "body", "company"), [
    ("Chamari <chamari@kandybrokers.example.com>",
     "Hi Alex,\n\nUnfortunately we have decided to move forward with another candidate.\n\n"
     "Chamari Perera\nHR Executive\nKandy Tea Brokers (Pvt) Ltd\nNo. 12, Temple Road, Kandy",
     "Kandy Tea Brokers"),
    ("Karin <karin@rheintal-treuhand.example.li>",
     "Guten Tag Herr Morgan\n\nLeider haben wir uns für eine andere Kandidatin entschieden.\n\n"
     "Freundliche Grüsse\nKarin Beck\nRheintal Treuhand Anstalt\nAeulestrasse 5, 9490 Vaduz",
     "Rheintal Treuhand"),
    ("Олег <oleg@promkadry.example.ru>",
     "Алекс, добрый день.\n\nК сожалению, клиент выбрал другого кандидата.\n\nОлег\n"
     "Кадровое агентство «ПромКадры»",
     "ПромКадры"),
    ("Timur <timur@volgasensor.example.com>",
     "Hi Alex,\n\nUnfortunately we have decided to move forward with another candidate.\n\n"
     "Timur\nCTO, Volga Sensor Lab\nInnopolis",
     "Volga Sensor Lab"),
])
def test_an_address_a_legal_form_an_agencys_label_or_a_town_is_no_part_of_the_company(
        sender, body, company):
    assert draft(sender, "Your application", body).company == company


@pytest.mark.parametrize(("subject", "title"), [
    ("Export Operations Manager තනතුර", "Export Operations Manager"),
    ("Shipping Executive (ගාල්ල)", "Shipping Executive"),
])
def test_sinhala_words_after_a_latin_title_are_no_part_of_it(subject, title):
    body = "Hi Alex,\n\nUnfortunately we will not be moving forward with your application.\n\nHR"
    assert draft("HR <hr@example.com>", subject, body).role == title


@pytest.mark.parametrize(("subject", "body", "reason"), [
    ("Shipping Executive",
     "Hi Alex,\n\nThanks for the interview. Unfortunately the salary band for this role is fixed "
     "well below your expectation, so we will not be moving forward.\n\nChamari", "salary band"),
    ("Port Engineer",
     "Dear Alex,\n\nUnfortunately we will not be moving forward: this position has been reserved "
     "for Omani nationals.\n\nHR", "reserved for Omani nationals"),
    ("Voditelj prodaje",
     "Poštovani Alex,\n\nnažalost Vas moramo obavijestiti da ne nastavljamo s Vašom prijavom "
     "zbog privremene obustave svih novih zapošljavanja.\n\nHR",
     "obustave svih novih zapošljavanja"),
])
def test_the_reason_in_these_languages(subject, body, reason):
    found = draft("HR <hr@example.com>", subject, body)
    assert found.reason and reason in found.reason
