"""Forty-fourth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh186-190 showed (a backend developer's mail in Nepal, Bhutan and
India, a front-end developer's in Armenia and Georgia, an analytics engineer's in Quebec and
Acadia, a Java engineer's in Kazakhstan and Central Asia, a PHP developer's in Madagascar,
Mauritius and Réunion).

Noes in romanised Nepali, Georgian, Russian, Kazakh, Malagasy, Mauritian Kreol and Quebec
French, a board's status line; an interview postponed with regret, a job alert's filter, a
Russian receipt's "if you hear nothing", an invitation that names an internal candidate, a
post open again and a board's "viewed" that are no noes; employers from a Russian or Georgian
board's quotation marks, an Armenian card, a title's comma with a work-place line below, an
agency's quick update; titles with ".js", a written gender, a French board's "l'offre", an
Armenian frame, a bracket of places; steps that would have come; signers after "Pour le
Directeur" or a Kazakh initial; reasons in these languages, and lines that are none."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft, letter_kind as kind


# ------------------------------------------------------------------ noes

@pytest.mark.parametrize(("subject", "body"), [
    ("Application status: Himal Fintech",
     "Namaste Alex,\n\nJob: Python Developer\nStatus: Shortlist ma pareko chhaina\n\nEmployer le "
     "tapai ko application herisakyo ra aghi badhna nasakne bhaneko chha.\n\nRojgarBoard Team"),
    ("Interview ko result",
     "Alex ji,\n\nInterview ko lagi dhanyabad. Management le Backend Engineer post ko lagi arko "
     "candidate lai select garnu bhayo.\n\nRam"),
    ("თქვენი განაცხადი",
     "გამარჯობა, ალექს!\n\nსამწუხაროდ, კომპანიამ გადაწყვიტა, რომ თქვენს კანდიდატურას აღარ "
     "განიხილავს ვაკანსიაზე „React დეველოპერი“.\n\nJobsGe"),
    ("Фидбек от клиента",
     "Алекс, привет!\n\nКлиент посмотрел твоё резюме на позицию Java-разработчика. Так что с "
     "ними дальше не двигаемся.\n\nАнна"),
    ("Ответ по вакансии Senior Java Developer",
     "Алекс, добрый день.\n\nПосле интервью с техлидом они решили не продолжать с вашей "
     "кандидатурой.\n\nС уважением,\nИгорь"),
    ("Оффер на позицию Kotlin Developer",
     "Алекс, добрый день.\n\nБюджет направления заморожен, и мы вынуждены отозвать оффер, "
     "направленный вам на прошлой неделе.\n\nЕрлан"),
    ("Backend Developer: soñğy kezeñ",
     "Qūrmettı Aleks!\n\nSūhbatqa qatysqanyñyz üşın raqmet. Ökınışke qarai, bız basqa ümıtkerdı "
     "tañdadyq.\n\nHR"),
    ("Valin'ny fangatahana asa - Mpandrindra PHP",
     "Manao ahoana,\n\nMisaotra tamin'ny fangatahana asa. Indrisy fa tsy voafidy ianao amin'ity "
     "indray mitoraka ity.\n\nHR"),
    ("Pos developer PHP",
     "Bonzour Alex,\n\nMersi pou lintervyou. Malerezman nou pa pou kapav avanse ar twa pou sa "
     "pos developer-la.\n\nDev"),
    ("Re: Jasette de mardi",
     "Salut Alex,\n\nMerci pour le café. On a jasé avec l'équipe et on va passer notre tour pour "
     "le poste d'analyste.\n\nMarc"),
    ("Merci pour l'entrevue",
     "Bonjour Alex,\n\nMerci pour ton temps. Après réflexion, on a donc offert le poste à une "
     "personne déjà à Moncton.\n\nJulie"),
    ("Taarifa kuhusu ombi lako",
     "Habari Alex,\n\nMwajiri Pwani Tours amepitia ombi lako. Kwa bahati mbaya, mwajiri ameamua "
     "kutoendelea na ombi lako katika hatua hii.\n\nTimu ya KaziBora"),
    ("Thanks for Thursday",
     "Hi Alex,\n\nThanks for coming in. I've slept on it, and we're going to keep looking for "
     "the level designer seat.\n\nVille"),
    ("Pengumuman Hasil Seleksi",
     "Yth. Alex Morgan,\n\nDengan ini kami sampaikan bahwa Saudara belum berhasil  melanjutkan ke "
     "tahap berikutnya.\n\nPanitia"),
    ("Avis concernant votre candidature",
     "Bonjour Alex,\n\nLe statut de votre candidature a été mis à jour.\n\nOffre : Analyste BI\n"
     "Nouveau statut : Poste pourvu\n\nMonEspace Candidat"),
])
def test_a_no_in_these_words_is_a_rejection(subject, body):
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Interview postponed - Backend Engineer",
     "Dear Alex,\n\nWe regret to inform you that we have to postpone your interview scheduled "
     "for tomorrow, as our office will be closed. Could you do Monday at 2 PM instead?\n\n"
     "Warm regards,\nSita"),
    ("5 new jobs matching \"Go developer\"",
     "Hi Alex,\n\nHere are 5 new jobs for you: Go Developer at Dhaulagiri Soft, Backend Engineer "
     "at Trisuli Tech.\n\nJobs for which you do not meet the minimum experience are hidden from "
     "this alert.\n\nUnsubscribe"),
    ("Мы получили ваш отклик",
     "Здравствуйте, Алекс!\n\nСпасибо за отклик на вакансию Java-разработчика. Если в течение "
     "десяти дней вы не получите ответа, значит, к сожалению, мы не готовы пригласить вас на "
     "следующий этап.\n\nКоманда подбора"),
    ("Приглашение на интервью — Java Developer",
     "Алекс, добрый день!\n\nХотела бы пригласить вас на техническое интервью в четверг в 11:00. "
     "Честно скажу: на позицию также рассматривается внутренний кандидат, поэтому решение будет "
     "в конце месяца.\n\nЖанна"),
    ("Lead PHP à Tana – le poste est de nouveau ouvert",
     "Bonjour Alex,\n\nNous pensions avoir recruté, mais le candidat retenu a finalement décliné "
     "notre proposition : le poste est donc de nouveau ouvert. Seriez-vous disponible pour un "
     "échange ?\n\nRavo"),
    ("Senior Java — вакансия снова открыта",
     "Алекс, добрый день!\n\nУ нас снова открылась позиция Senior Java Developer: кандидат, "
     "которого мы вывели летом, к сожалению, не прошёл испытательный срок. Интересно?\n\nТимур"),
    ("New roles for you",
     "Hi Alex,\n\nWe'll keep looking for new roles that match your alert and send them every "
     "Monday.\n\nUnsubscribe"),
    ("Votre candidature a été consultée",
     "Groupe Beaulac a consulté votre candidature au poste d'Analyste de données.\n\nL'offre ne "
     "reçoit plus de candidatures, mais l'examen se poursuit.\n\nSe désabonner"),
])
def test_a_postponement_an_alert_a_receipt_an_invitation_a_reopening_or_a_view_is_no_no(
        subject, body):
    assert kind(subject, body) != "rejection"


# ------------------------------------------------------------------ company

def test_a_title_and_employer_on_one_line_over_a_work_place_line():
    body = ("Hi Alex,\n\nThanks for Thursday. We won't be extending an offer for the Staff "
            "Engineer role.\n\nWarmly,\nClaire\n\nClaire Dubois | Talent Partner, Brivo\n"
            "Remote (Lyon, UTC+1)")
    letter = draft("Claire Dubois <no-reply@brivo.ashbyhq-mail.example.com>",
                   "Thank you for Thursday", body)
    assert letter.company == "Brivo"


def test_our_client_solutions_unit_is_no_client():
    body = ("Dear Alex,\n\nOn 3 March we made you an offer for the position of Web Developer "
            "within our Client Services unit. The programme has been cancelled, and we are "
            "obliged to withdraw the offer made to you.\n\nYours sincerely,\n\nAnita Ramjee\n"
            "HR Business Partner\nCoralbay Outsourcing Ltd")
    letter = draft("Anita Ramjee <anita@coralbay.example.com>", "Regarding your offer", body)
    assert letter.company == "Coralbay Outsourcing"


def test_a_quick_update_names_no_employer():
    body = ("Hi Alex,\n\nQuick update after my call with the hiring manager at the Northern "
            "Rail Authority this morning. They won't be putting you through to the panel.\n\n"
            "Derek\nDerek Chow | Principal, Ridgeline Search")
    letter = draft("Derek Chow <derek@ridgeline.example.com>", "Quick update - NRA analyst", body)
    assert letter.company == "Northern Rail Authority"


def test_a_family_first_display_is_a_person():
    body = ("Bonjour Alex,\n\nVotre candidature ne sera pas retenue pour les prochaines étapes "
            "de ce processus.\n\nCordialement,\nMarie Gagnon\nConseillère en dotation\nAgence "
            "canadienne des données maritimes")
    letter = draft("\"Gagnon, Marie (ACDM/CMDA)\" <marie.gagnon@acdm.example.com>",
                   "Résultats de l'examen", body)
    assert letter.company == "Agence canadienne des données maritimes"
    assert letter.person is not None and letter.person.name == "Marie Gagnon"


def test_an_armenian_case_ending_leaves_the_name():
    body = ("Հարգելի Ալեքս,\n\nՇնորհակալություն Ararat Pixel-ում QA Engineer պաշտոնի համար "
            "դիմելու համար։ Ցավոք, որոշել ենք շարունակել այլ թեկնածուների հետ։\n\nHR")
    letter = draft("Ararat Pixel <no-reply@greenhouse-mail.example.com>",
                   "Ձեր դիմումը՝ QA Engineer պաշտոնի համար | Ararat Pixel", body)
    assert letter.company == "Ararat Pixel"
    assert letter.role == "QA Engineer"


@pytest.mark.parametrize(("subject", "body", "employer"), [
    ("Работодатель ответил на ваш отклик",
     "<p>Здравствуйте, Алекс!</p><p>Работодатель ТОО «Dala Freight Tech» рассмотрел ваш отклик "
     "на вакансию «Java-разработчик» и, к сожалению, не готов пригласить вас на собеседование.</p>"
     "<p>Подобрали для вас похожие вакансии: Java Developer, Qaraqat Pay.</p><p>Не отвечайте на "
     "это письмо.</p>", "Dala Freight Tech"),
    ("თქვენი განაცხადის სტატუსი",
     "<p>გამარჯობა, ალექს!</p><p>დამსაქმებელმა „Kazbegi Apps“-მა განიხილა თქვენი რეზიუმე.</p>"
     "<p>სამწუხაროდ, კომპანიამ გადაწყვიტა, რომ თქვენს კანდიდატურას არ განიხილავს.</p><p>"
     "მსგავსი ვაკანსიები: React Engineer — Lazika Games</p>", "Kazbegi Apps"),
])
def test_a_boards_employer_in_quotation_marks(subject, body, employer):
    letter = draft("Board <no-reply@jobsboard.example.com>", subject, body)
    assert letter.company == employer


def test_a_russian_team_line_names_its_company():
    body = ("Здравствуйте, Алекс!\n\nК сожалению, компания не готова пригласить вас на "
            "собеседование.\n\nС уважением,\nкоманда ArmJobs")
    letter = draft("ArmJobs <noreply@armjobs.example.com>", "Ответ по вакансии", body)
    assert letter.company != "команда ArmJobs"


# ------------------------------------------------------------------ role

@pytest.mark.parametrize(("subject", "body", "title"), [
    ("Votre candidature chez Nosy Web",
     "Bonjour Alex,\n\nMerci pour votre candidature au poste de Développeur Full-Stack PHP / "
     "Vue.js (H/F) basé à Tana. Nous avons fait le choix d'avancer avec d'autres profils.\n\nRH",
     "Développeur Full-Stack PHP / Vue.js"),
    ("Du nouveau sur votre candidature",
     "Bonjour Alex,\n\nStudio Bleu a mis à jour le statut de votre candidature pour l'offre "
     "Développeur·se Nuxt.js – Saint-Denis (La Réunion).\n\nStatut : Candidature non retenue",
     "Développeur·se Nuxt.js"),
    ("Votre candidature – Lead développeur Symfony",
     "Bonjour Alex,\n\nLe client a choisi de retenir l'autre finaliste.\n\nPriya",
     "Lead développeur Symfony"),
    ("Backend dasturchi (Go) vakansiyasi bo‘yicha javob",
     "Assalomu alaykum, Aleks!\n\nAfsuski, nomzodingiz bo‘yicha ijobiy qaror qabul "
     "qilinmadi.\n\nHR", "Backend dasturchi (Go)"),
    ("Application update",
     "Dear Alex,\n\nThank you for applying for Java Integration Developer (Atyrau / Hybrid). "
     "We will not be progressing your application.\n\nHR", "Java Integration Developer"),
    ("Interview result - Data Engineer, Vacancy Notice No. TDC/HR/2026/12",
     "Dear Alex,\n\nWe regret to inform you that you have not been selected.\n\nHR Division",
     "Data Engineer"),
])
def test_the_title_as_the_letter_writes_it(subject, body, title):
    assert draft("HR <hr@example.com>", subject, body).role == title


# ------------------------------------------------------------------ stage

def test_a_final_stage_that_would_have_come_was_not_reached():
    body = ("Dear Alex,\n\nThank you for the two conversations with us. We have frozen all new "
            "headcount and closed the position. Had the role stayed open we would have invited "
            "you to the final stage.\n\nLena")
    assert draft("Lena <lena@kestrel.example.com>", "Your application", body).stage == "interview"


def test_one_of_two_people_we_wanted_to_bring_in_did_not_reach_the_final():
    body = ("Hi Alex,\n\nThanks for the interviews. We've put the Analytics Engineer search on "
            "hold. You were one of two people we wanted to bring in for the final conversation "
            "with our CEO.\n\nHannah")
    assert draft("Hannah <hannah@brume.example.com>", "Re: next steps", body).stage != "final-round"


def test_the_better_part_of_a_day_with_us_is_the_final_round():
    body = ("Hi Alex,\n\nThanks for spending the better part of Thursday with us. We won't be "
            "extending an offer for the Staff Engineer role.\n\nSophie")
    assert draft("Sophie <sophie@nimbo.example.com>", "Thank you", body).stage == "final-round"


def test_a_russian_offer_recalled_reached_the_offer():
    body = ("Алекс, добрый день.\n\nСовет директоров заморозил направление, и мы вынуждены "
            "отозвать оффер, направленный вам 2 декабря.\n\nЕрлан\nCTO")
    letter = draft("Ерлан <e@arqa.example.com>", "Оффер на позицию Lead Backend Engineer", body)
    assert letter.stage == "offer"


# ------------------------------------------------------------------ person

def test_a_kazakh_initial_and_surname_sign():
    body = ("Уважаемый Алекс!\n\nКонкурсная комиссия приняла решение о выборе другого "
            "кандидата.\n\nС уважением,\nРуководитель Службы управления персоналом\nН. Қасымов")
    letter = draft("АО НОЦС <kadry@nocs.example.org>", "О результатах конкурса", body)
    assert letter.person is not None and letter.person.name == "Н. Қасымов"


def test_the_office_signed_for_is_no_name():
    body = ("Madame, Monsieur,\n\nNous ne sommes pas en mesure de donner suite à votre "
            "candidature.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos "
            "salutations distinguées.\n\nPour le Directeur des Ressources Humaines,\nHanta "
            "Rasoanaivo\nResponsable Recrutement\n\nTELMA SERVICES S.A.")
    letter = draft("Direction des Ressources Humaines <drh.recrutement@telma.example.com>",
                   "Votre candidature", body)
    assert letter.person is not None and letter.person.name == "Hanta Rasoanaivo"


def test_a_russian_line_in_lower_case_is_no_signer():
    body = ("<p>Здравствуйте, Алекс!</p><p>Работодатель рассмотрел ваш отклик. Статус: «Отказ».</p>"
            "<p>Подобрали для вас похожие вакансии:</p><p>— Kotlin Developer, Qaraqat Pay</p>")
    letter = draft("Jumys <no-reply@jumys.example.com>", "Ответ работодателя", body)
    assert letter.person is None


# ------------------------------------------------------------------ reason

@pytest.mark.parametrize(("body", "phrase"), [
    ("Алекс, привет!\n\nК сожалению, дальше не идём. На лайв-кодинге не хватило глубины по "
     "корутинам.\n\nМадина", "не хватило глубины"),
    ("Bonjour Alex,\n\nNous ne retenons pas votre candidature. Vos prétentions salariales sont "
     "au-delà de l'enveloppe prévue pour ce poste.\n\nRH", "prétentions salariales"),
    ("Bonzour Alex,\n\nMalerezman nou pa pou kapav avanse ar twa. Nou bizin enn dimounn ki "
     "konn Laravel an prodiksion.\n\nKevin", "Nou bizin"),
    ("Dear Alex,\n\nWe will not move forward. Your submission didn't include any tests for the "
     "components.\n\nNadia", "didn't include any tests"),
])
def test_a_reason_in_these_words(body, phrase):
    letter = draft("HR <hr@example.com>", "Your application", body)
    assert letter.reason is not None and phrase in letter.reason


@pytest.mark.parametrize("body", [
    "Hi Alex,\n\nSorry for the late revert, it was Dashain and the office was closed for a week. "
    "We have decided not to move forward.\n\nPrakash",
    "Dear Alex,\n\nHaving reviewed the applications, we have identified candidates whose profiles "
    "are a closer fit, and we will not be considering your application further.\n\nTalent Team",
    "Hi Alex,\n\nThey went with the other finalist. She didn't go into much detail beyond saying "
    "it was close.\n\nMark",
    "Здравствуйте, Алекс!\n\nК сожалению, компания не готова пригласить вас. Не расстраивайтесь: "
    "работодатели отвечают отказом по разным причинам.\n\nКоманда",
])
def test_no_reason_in_these_lines(body):
    assert draft("HR <hr@example.com>", "Your application", body).reason is None


# ------------------------------------------------------------------ more employers

def test_a_kind_of_organisation_alone_gives_way_to_its_full_name():
    body = ("Bonjour Alex,\n\nOn vous remercie de l'intérêt que vous portez à la Coopérative "
            "financière Beaulieu. Nous ne retiendrons pas votre candidature.\n\nCordialement,\n\n"
            "Isabelle Roy\nConseillère principale, Acquisition de talents\nCoopérative financière "
            "Beaulieu")
    letter = draft("Coopérative financière Beaulieu – Acquisition de talents "
                   "<talents-noreply@beaulieu.talentys.example.com>", "Votre candidature", body)
    assert letter.company == "Coopérative financière Beaulieu"


def test_a_municipal_hr_service_after_the_town_is_no_part_of_its_name():
    body = ("Madame, Monsieur,\n\nVotre candidature ne figure pas parmi celles qui ont été "
            "retenues.\n\nLe Service des ressources humaines\nVille de Lac-Doré")
    letter = draft("Ville de Lac-Doré - Service des ressources humaines <rh@lacdore.example.org>",
                   "Concours 2026-04", body)
    assert letter.company == "Ville de Lac-Doré"


def test_an_it_department_of_the_client_names_the_client():
    body = ("Bonjour Alex,\n\nJ'ai eu ce matin le retour de la DSI des Assurances Corail à la "
            "suite de votre entretien. Ils ont choisi de retenir l'autre finaliste.\n\nBien à vous,"
            "\n\nPriya Ramdin\nSenior Consultant\nTalentis Partners Ltd | Cabinet de recrutement")
    letter = draft("Priya Ramdin <priya@talentis.example.com>", "Votre candidature – Lead PHP", body)
    assert letter.company == "Assurances Corail"


def test_a_kazakh_legal_form_after_the_quoted_name():
    body = ("Құрметті Алекс!\n\nӨкінішке қарай, бұл жолы басқа үміткерді таңдадық.\n\n"
            "Құрметпен,\nГүлнар Әбенова\nМенеджер\n«Жайық Мұнай Цифр» ЖШС\nАтырау қ.")
    letter = draft("Жайық HR <hr@zhaiyk.example.com>", "Іріктеу нәтижесі", body)
    assert letter.company == "Жайық Мұнай Цифр"


def test_a_cyrillic_signer_over_a_latin_title_and_an_agencys_client():
    body = ("Алекс, привет!\n\nПришла обратная связь от Tengri Insurance по позиции Kotlin "
            "Developer. К сожалению, дальше не идём.\n\nМадина Ержанова\nSenior IT Recruiter | "
            "Steppe Talent Partners\n+7 701 555 23 89")
    letter = draft("Мадина Ержанова <madina@steppetalent.example.com>",
                   "Tengri Insurance — обратная связь", body)
    assert letter.company == "Tengri Insurance"
    assert letter.person is not None and letter.person.title == "Senior IT Recruiter"


def test_an_organisation_in_two_scripts_is_read_in_latin_letters():
    body = ("عزيزي أليكس،\n\nنأسف لإبلاغكم بأن اللجنة قررت تأجيل التعيين في هذه الوظيفة.\n\n"
            "مع خالص التحية،\n\nسارة الكعبي\nإدارة الموارد البشرية\n"
            "هيئة النخيل الرقمية | Al Nakheel Digital Authority\nأبوظبي")
    letter = draft("HR <hr@nakheel-da.example.ae>", "طلب التوظيف", body)
    assert letter.company is not None and letter.company.endswith("Nakheel Digital Authority")
