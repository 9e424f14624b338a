"""Fortieth pass, read end to end from letters written for these tests (not the corpus's):
an agency's no that names its client only in the quoted thread below it, a reply's quoted
history under a mail program's "Original Message" line in the reader's language, and what the
blind splits fresh166-170 showed (an Android engineer's mail in Ukraine and Poland, a backend
developer's in Indonesia, a full-stack developer's in Thailand, a data engineer's in the
Baltics, a platform engineer's in Serbia, Croatia and Bosnia).

Noes and conditionals in those languages; the other finalist dropped and what some employers
do, which are no noes; the employer a board, an agency or its thread names; titles after local
post words; a last round; a signer under a footer or a signature note; reasons."""

from __future__ import annotations

import pytest

from ajar.formats.company_spelling import with_accents
from ajar.formats.mail import thread_history, top_of_thread
from helpers import letter_draft as draft, letter_kind as kind


# ------------------------------------------------------------------ the client in the thread

@pytest.mark.parametrize(("sender", "subject", "body", "client"), [
    ("Maeve Doyle <maeve@brightpath-talent.example.com>", "Re: Platform Engineer - any news?",
     "Hi Alex,\n\nSorry for the wait. I finally heard back from their side this morning: they "
     "have decided to go with someone who has run Kubernetes at a larger scale, so they won't "
     "take your application further.\n\nI'll keep you in mind for the next one.\n\nMaeve Doyle\n"
     "Senior Consultant | Brightpath Talent\n\n"
     "On Mon, 3 Nov 2025 at 09:12, Alex Morgan <alex.morgan@example.net> wrote:\n"
     "> Hi Maeve, any update on the Platform Engineer role at Corvid Analytics after\n"
     "> Thursday's panel? Thanks, Alex\n", "Corvid Analytics"),
    ("Jonas Weber <j.weber@hanse-personal.example.com>", "AW: Backend-Entwickler (Go)",
     "Hallo Alex,\n\nleider hat sich unser Kunde nach dem zweiten Gespräch für einen anderen "
     "Kandidaten entschieden, der mehr Erfahrung mit Zahlungssystemen mitbringt.\n\nViele Grüße"
     "\nJonas Weber\nHanse Personal\n\n-----Ursprüngliche Nachricht-----\nVon: Jonas Weber\n"
     "Gesendet: Dienstag, 4. November 2025 10:02\nBetreff: Backend-Entwickler (Go)\n\n"
     "Hallo Alex,\n\ndas zweite Gespräch bei der Nordwerk Systems GmbH ist bestätigt: "
     "Donnerstag, 14 Uhr.\n", "Nordwerk Systems"),
    ("陈悦 <chen.yue@qihang-hunter.example.com>", "回复：数据平台工程师机会",
     "Alex 你好，\n\n客户那边给了反馈，用人部门决定不再推进了，主要是希望候选人有更多实时计算的经验。\n\n"
     "陈悦\n启航猎头\n\n---- 原始邮件 ----\n发件人：陈悦\n主题：数据平台工程师机会\n\n"
     "Alex 你好，\n\n云杉数据「数据平台工程师」的一面时间定在周三下午三点。\n", "云杉数据"),
])
def test_an_agency_s_client_named_only_in_the_thread_is_the_employer(sender, subject, body,
                                                                     client):
    assert draft(sender, subject, body).company == client


def test_an_employer_s_own_no_keeps_its_name_above_a_thread_naming_another_firm():
    letter = draft("Priya Nair <priya.nair@larchwood.example.com>", "Re: Site Reliability Engineer",
                   "Hi Alex,\n\nThank you for following up. We have decided not to move forward "
                   "with your application for the SRE role.\n\nBest,\nPriya Nair\nTalent Partner,"
                   " Larchwood Bank\n\nOn Tue, 4 Nov 2025 at 18:40, Alex Morgan "
                   "<alex.morgan@example.net> wrote:\n> Hi Priya, I also have a final interview "
                   "with Corvid Analytics next week,\n> so I wanted to check in on timing.\n")
    assert letter.company == "Larchwood Bank"


def test_an_agency_s_thread_that_names_no_job_at_a_firm_leaves_the_agency():
    letter = draft("Maeve Doyle <maeve@brightpath-talent.example.com>", "Re: catching up",
                   "Hi Alex,\n\nI'm sorry, the client has decided not to progress your "
                   "application.\n\nMaeve Doyle\nBrightpath Talent\n\n"
                   "On Mon, 3 Nov 2025 at 09:12, Alex Morgan <alex.morgan@example.net> wrote:\n"
                   "> Hi Maeve, I saw Corvid Analytics in the news today. Any update?\n")
    assert letter.company == "Brightpath Talent"


# ------------------------------------------------------------------ the quoted history

@pytest.mark.parametrize("head", [
    "-----Eredeti üzenet-----", "-----Ursprüngliche Nachricht-----", "---- 原始邮件 ----",
    "-----Původní zpráva-----", "-----Message d'origine-----", "-----Mensaje original-----",
    "El lun, 3 nov 2025 a las 10:02, Ana Ruiz (<ana@example.com>) escribió:",
    "Op ma 3 nov. 2025 om 10:02 schreef Eva de Vries <eva@example.com>:",
    "W dniu 3.11.2025 o 10:02 Anna Nowak <anna@example.com> napisał(a):",
])
def test_a_reply_s_history_under_a_local_header_is_left_out_of_the_newest_message(head):
    text = f"Sorry, we went with someone else.\n\n{head}\nWe'd like to invite you to interview.\n"
    assert top_of_thread(text).strip() == "Sorry, we went with someone else."
    assert thread_history(text).strip() == "We'd like to invite you to interview."


def test_a_line_that_only_mentions_an_original_message_is_kept():
    text = "Please find the original message attached.\nThanks"
    assert top_of_thread(text) == text
    assert thread_history(text) == ""


# ------------------------------------------------------------------ after sealing fresh166-170

@pytest.mark.parametrize(("subject", "body"), [
    ("Hasil Seleksi Tahap Psikotes",
     "Yth. Sdr/i Alex Morgan,\n\nBerdasarkan hasil psikotes untuk posisi Backend Engineer, status "
     "Saudara/i: TIDAK DIREKOMENDASIKAN untuk mengikuti tahap wawancara.\n\nPanitia Rekrutmen\n"
     "PT Sinar Data Nusantara"),
    ("Jūsų kandidatūra: Backend inžinierius",
     "Sveiki, Alex,\n\ndėkojame už kandidatūrą į Backend inžinieriaus pareigas. Šį kartą į pokalbį "
     "Jūsų nekviesime.\n\nSėkmės,\nRūta\nŠiaurės Duomenys"),
    ("Konkursi tulemus",
     "Lugupeetud Alex Morgan\n\nTäname osalemise eest avalikul konkursil andmeinseneri ametikohale. "
     "Konkursikomisjon otsustas Teie kandidatuuri konkursi järgmisse vooru mitte edasi saata.\n\n"
     "Lugupidamisega\nMari Tamm\npersonalijuht"),
    ("Prijava za poziciju Go Developer",
     "Zdravo Alex,\n\nhvala na prijavi za poziciju Go Developer. Nažalost, tvoju prijavu nećemo dalje "
     "razmatrati.\n\nTim za zapošljavanje\nSava Soft d.o.o."),
    ("Фідбек по вакансії Android Developer",
     "Привіт, Алексе!\n\nДякую за співбесіду. На жаль, з позицією Android Developer у них далі йде "
     "інший кандидат.\n\nОксана\nIT Recruiter"),
    ("ผลการสัมภาษณ์ ตำแหน่ง Backend Developer",
     "เรียน คุณ Alex\n\nขอบคุณที่มาสัมภาษณ์กับเราครับ หลังจากพิจารณาแล้ว เราตัดสินใจเลือกผู้สมัครอีกท่านหนึ่ง"
     "สำหรับตำแหน่ง Backend Developer ครับ\n\nสมชาย\nบริษัท ฟ้าใส ซอฟต์ จำกัด"),
])
def test_noes_in_indonesian_baltic_serbian_ukrainian_and_thai(subject, body):
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Lamaranmu sudah diterima",
     "Hai Alex,\n\nLamaranmu untuk posisi Go Developer sudah kami terima. Kalau lamaranmu tidak "
     "lolos ke tahap berikutnya, kami akan mengabari kamu di sini.\n\nTim Rekrutmen"),
    ("ยืนยันการรับใบสมัคร ตำแหน่ง Backend Developer",
     "เรียน คุณ Alex\n\nบริษัทได้รับใบสมัครของท่านเรียบร้อยแล้ว หากท่านไม่ได้รับการติดต่อภายใน 14 วัน "
     "ขอให้ถือว่าท่านไม่ผ่านการคัดเลือกในครั้งนี้\n\nฝ่ายทรัพยากรบุคคล"),
    ("Final interview invitation",
     "Hi Alex,\n\nThey'd like to invite you to the final interview. In confidence: they decided not "
     "to move forward with the other candidate, so you are the only finalist. Let me know which "
     "slot works.\n\nRuta\nSenior IT Recruiter"),
    ("Prijava je zaprimljena",
     "Poštovani,\n\nVaša prijava za poziciju Go Developer je zaprimljena. Imajte na umu da se neki "
     "poslodavci ne javljaju kandidatima koji nisu odabrani.\n\nVaš Posao tim"),
])
def test_conditional_noes_another_finalist_s_and_what_some_employers_do_are_not_noes(subject, body):
    assert kind(subject, body) != "rejection"


_EMPLOYERS = [
    ("Posao <obavestenja@posao.example.com>", "Odgovor poslodavca na Vašu prijavu",
     "Poštovani Alex,\n\nposlodavac Kvadrat Sistemi d.o.o. pregledao je Vašu prijavu i odlučio da "
     "je neće dalje razmatrati.\n\nVaš Posao tim", "Kvadrat Sistemi"),
    ("Töötorn <teavitus@tootorn.example.com>", "Sinu kandideerimise staatus muutus",
     "Tere, Alex!\n\nTööandja Hiiumaa Andmed AS on vaadanud üle sinu kandideerimise.\n\n"
     "Kandideerimise staatus: Tööandja ei jätka sinu kandideerimisega\n\nTöötorni meeskond",
     "Hiiumaa Andmed"),
    ("Amira Hodžić <amira@neretva-soft.example.com>", "Go Developer",
     "Zdravo Alex,\n\nnažalost, odlučili smo se za drugog kandidata.\n\nAmira Hodžić\n"
     "Neretva Soft d.o.o. Sarajevo", "Neretva Soft"),
    ("Ivana Perić <ivana@kvorum-talent.example.com>", "Lindqvist Systems – Backend Engineer – ishod",
     "Zdravo Alex,\n\nevo povratne informacije od Lindqvist Systemsa: odlučili su da poziciju popune "
     "interno.\n\nIvana Perić\nKvorum Talent", "Lindqvist Systems"),
    ("Tomasz Nowak <tomasz@wisla-recruitment.example.com>", "Re: Android Developer",
     "Hi Alex,\n\nI heard back from the hiring manager: they won't be taking your CV further.\n\n"
     "Tomasz\nWisła Recruitment\n\nOn Tue, 10 Jun 2025 at 11:02, Tomasz Nowak wrote:\n> I've "
     "submitted your CV to Orlik Devices for the Android Developer role.\n", "Orlik Devices"),
    ("Elin Berg <elin@fjellsearch.example.com>", "RE: Next steps",
     "Hi Alex,\n\nThe client won't be taking you forward to the final round.\n\nElin\nFjell "
     "Search AB\n\n-----Original Message-----\nFrom: Alex Morgan <alex.morgan@example.net>\n"
     "Subject: Next steps\n\nHi Elin, any news from Skarv Energi's team after Tuesday?\n",
     "Skarv Energi"),
]


_EMPLOYERS += [
    ("Kaito Trading Recruitment <noreply@hrcloud-th.example.com>",
     "ผลการพิจารณาใบสมัคร / Application Result - Web Developer (Node.js)",
     "เรียน คุณ Alex Morgan\n\nบริษัท ไคโตะ เทรดดิ้ง (ประเทศไทย) จำกัด ขอขอบคุณท่าน\n\nDear Alex Morgan,\n\n"
     "Thank you for your application for the position of Web Developer (Node.js) at Kaito Trading "
     "(Thailand) Co., Ltd. We are unable to consider your application for this position at this "
     "time.\n\nฝ่ายทรัพยากรบุคคล / Human Resources Department\nบริษัท ไคโตะ เทรดดิ้ง (ประเทศไทย) จำกัด\n"
     "Kaito Trading (Thailand) Co., Ltd.\n\nอีเมลนี้ส่งจากระบบ HR Cloud TH โดยอัตโนมัติ / This is an "
     "automated message from HR Cloud TH.", "Kaito Trading"),
]


def test_a_domain_s_transliterated_umlauts_take_the_letter_s_spelling():
    assert with_accents("Vooremaa Analyytika", "Kadri Mets\nVooremaa Analüütika OÜ") \
        == "Vooremaa Analüütika"
    assert with_accents("Mueller Bau", "Grüße\nMüller Bau GmbH") == "Müller Bau"


_TITLES = [
    ("NitroSoft <no-reply@nitrosoft.example.com>", "Vaša prijava za poziciju Senior Go Developer – NitroSoft",
     "Zdravo Alex,\n\nnažalost, tvoju prijavu nećemo dalje razmatrati.\n\nTim NitroSoft",
     "Senior Go Developer"),
    ("Jonas Petraitis <jonas@baltija.example.com>", "Dėl Data Engineer pozicijos",
     "Labas, Alex,\n\nnusprendėme poziciją pasiūlyti kitam kandidatui.\n\nJonas", "Data Engineer"),
    ("Fah Sai <hr@fahsai.example.com>", "ผลการสมัครงานตำแหน่ง Backend Engineer (Payments) – FahSai",
     "เรียน คุณ Alex\n\nเราตัดสินใจเลือกผู้สมัครอีกท่านหนึ่งค่ะ\n\nฝ่ายบุคคล", "Backend Engineer (Payments)"),
    ("DarboTinklas <info@darbotinklas.example.com>", "Darbdavio atsakymas į Jūsų CV",
     "Sveiki,\n\ndarbdavys UAB Vilkas peržiūrėjo Jūsų CV, pateiktą į skelbimą „Duomenų analitikas“ "
     "(Kaunas).\n\nDarbdavys nusprendė Jūsų kandidatūros toliau nesvarstyti.\n\nDarboTinklas "
     "komanda", "Duomenų analitikas"),
    ("Nordvik Bank <nordvik@myworkday.example.com>", "Application status update",
     "Hello Alex Morgan,\n\nThere has been an update to your application.\n\nJob: Data Engineer - "
     "Credit Risk\nLocation: Oslo\nStatus: No Longer Under Consideration\n", "Data Engineer - Credit Risk"),
    ("Calder <noreply@calder.icims.example.com>",
     "Update on Requisition 2025-4471 – Senior Backend Engineer (Go), Belgrade Studio",
     "Dear Alex,\n\nThe requisition for the position of Senior Backend Engineer (Go), Belgrade "
     "Studio, to which you applied, has been cancelled.\n\nCalder Talent Team",
     "Senior Backend Engineer (Go)"),
]


_LAST_ROUNDS = [
    ("Оксана <oksana@kruh.example.com>", "Фідбек після фіналу",
     "Привіт, Алексе!\n\nФінал ти пройшов добре, але вони взяли іншого кандидата.\n\nОксана",
     "final-round"),
    ("Thanapol <t@taladnam.example.com>", "ขอบคุณสำหรับการสัมภาษณ์รอบสุดท้ายครับ",
     "สวัสดีครับคุณ Alex\n\nเราตัดสินใจเลือกผู้สมัครอีกท่านหนึ่งที่มีประสบการณ์มากกว่าครับ\n\nธนพล",
     "final-round"),
    ("Mantas <mantas@gintaras.example.com>", "Dėl Staff Engineer pozicijos",
     "Labas, Alex,\n\nnusprendėme poziciją pasiūlyti kitam kandidatui. Abu buvote labai stiprūs "
     "finale.\n\nMantas", "final-round"),
]


_NOT_THE_NAME = [
    ("Taras Hnat <taras@nordbyte.example.com>", "Your application: Android Engineer",
     "Hi Alex,\n\nThe position has been put on hold, so we are closing all candidacies.\n\n"
     "Best regards,\nTaras Hnat\nSenior Recruiter, NordByte\nLviv Delivery Center | +380 93 118 40 27",
     "NordByte"),
    ("Дмитро Мельник <d.melnyk@dubbank.example.com>", "Позиція Android Developer",
     "Добрий день, Алексе!\n\nНа жаль, ми не можемо зробити вам пропозицію щодо цієї позиції.\n\n"
     "З повагою,\nДмитро Мельник\nФахівець з підбору персоналу\nАТ «Дуб Банк»\nтел. +380 44 590 13 27",
     "Дуб Банк"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "person"), [
    ("Tidemark Systems <no-reply@tidemark.teamtailor-mail.example.com>", "Backend Engineer",
     "Hi Alex,\n\nWe have put a hiring freeze in place and this position has been closed.\n\n"
     "Johanna Lind\nPeople & Talent, Tidemark Systems\n\nYou are receiving this email because you "
     "applied for a job at Tidemark Systems. Manage your data: https://tidemark.example.com/privacy",
     "Johanna Lind"),
    ("Andmeamet <personal@andmeamet.example.org>", "Avaliku konkursi tulemus",
     "Lugupeetud Alex Morgan\n\nKomisjon otsustas Teie kandidatuuri mitte edasi saata.\n\n"
     "Lugupidamisega\n\n(allkirjastatud digitaalselt)\nKatrin Kask\npersonalijuht\nAndmeamet",
     "Katrin Kask"),
])
def test_a_signer_above_a_system_s_footer_or_below_a_digital_signature_note(sender, subject, body,
                                                                          person):
    letter = draft(sender, subject, body)
    assert letter.person is not None and letter.person.name == person


@pytest.mark.parametrize(("sender", "subject", "body"), [
    ('"PosaoZona.rs" <obavestenja@posaozona.example.com>', "Odgovor poslodavca",
     "Poštovani Alex,\n\nposlodavac Kvadrat d.o.o. nije odabrao Vašu prijavu.\n\nVaš PosaoZona tim"),
    ("Sava Fintech <noreply@sava-fintech.workablemail.example.com>", "Vaša prijava",
     "Zdravo Alex,\n\nnećemo nastaviti s Vašom prijavom.\n\nSrdačno,\nTim Sava Fintech"),
])
def test_a_board_s_notifications_mailbox_and_a_fintech_s_team_are_nobody_to_write_to(sender,
                                                                                   subject, body):
    letter = draft(sender, subject, body)
    assert letter.person is None or not letter.person.name


@pytest.mark.parametrize(("body", "reason"), [
    ("Привіт, Алексе!\n\nДякую за співбесіду. Але вони хочуть людину, яка вже мала кілька років Kotlin "
     "Multiplatform у продакшені. Тому з позицією у них далі йде інший кандидат.\n\nОксана",
     "вони хочуть людину"),
    ("Hai Alex,\n\nJujur aja: kita butuh orang yang bisa langsung pegang infra sendiri dari hari "
     "pertama. Jadi kami memutuskan nggak lanjut.\n\nRaka", "kita butuh orang yang"),
    ("Dzień dobry,\n\nNiestety rozwiązanie nie spełniło naszych oczekiwań w zakresie testów, więc nie "
     "przejdziemy dalej.\n\nAnna", "nie spełniło naszych oczekiwań"),
    ("Zdravo Alex,\n\nTrebamo nekoga tko je već pisao eBPF programe u produkciji. Nažalost, nećemo "
     "dalje razmatrati tvoju prijavu.\n\nIvo", "Trebamo nekoga"),
    ("Hi Alex,\n\nThe salary you mentioned is well above the band we have for this role, so we won't "
     "be moving forward.\n\nBest,\nMaria", "well above the band"),
])
def test_the_reason_in_these_languages_is_read(body, reason):
    letter = draft("Hiring <hiring@firma.example.com>", "Your application", body)
    assert letter.reason and reason in letter.reason


def test_a_founder_s_short_no_under_a_dev_subject_is_a_no():
    assert kind("Re: Full-stack dev (Vue/Nuxt) - Lanna Code",
                "Hi Alex,\n\nGood chatting on Friday. We need whoever takes this in the office four "
                "days a week, so I don't think it works this time.\n\nPing me if you move up "
                "north.\n\nSomchai\nFounder, Lanna Code") == "rejection"


def test_an_estonian_invitation_to_a_competition_s_second_round_is_an_interview():
    assert kind("Kutse konkursi teise vooru: andmeinsener",
                "Lugupeetud Alex Morgan\n\nTäname Teid kandideerimise eest andmeinseneri ametikohale. "
                "Teatame, et Teie kandidatuur on valitud konkursi teise vooru.\n\nTeine voor toimub "
                "vestlusena 24. aprillil kell 10.00. Palume kinnitada osalemine.\n\nLugupidamisega\n"
                "Piret Vaher\npersonalispetsialist") == "interview"


# (a company, a title or a step: what each letter names, read as the import drafts it)
@pytest.mark.parametrize(("field", "sender", "subject", "body", "value"), [
    *(("company", *case) for case in _EMPLOYERS + _NOT_THE_NAME),
    *(("role", *case) for case in _TITLES),
    *(("stage", *case) for case in _LAST_ROUNDS),
])
def test_the_company_title_and_step_these_letters_name(field, sender, subject, body, value):
    assert getattr(draft(sender, subject, body), field) == value
