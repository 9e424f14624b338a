"""Seventy-fifth pass, read end to end from letters written for these tests (not the corpus's).

Opening fresh326-330 (Dagestan and Chechnya, Greenland and Iceland, the Basque Country, German
firms, north-east Brazil) taught the field readers: a German "für die Rolle X", a public post's
pay grade ("(EG 10 TVöD)"), a bilingual card's label ("Kategoria / Categoría:"), a Portuguese
"contratação temporária de X", Russian posts in guillemets, labelled or cut by who decided ("...
клиент решил"), a selection body or the applicant's CV that is no employer, and a step denied
after it is named ("Eine Einladung zum Auswahlgespräch ist nicht möglich").

Sealing fresh346-350 (Sumatra; Yucatán and Belize; Anatolia; the Sahel and Côte d'Ivoire;
Balochistan and Sindh) taught triage Turkish, Indonesian, Mexican, French and English noes,
that a condition of silence ("En l'absence de réponse passé ce délai"), a Chinese receipt, a
Turkish "olumlu ya da olumsuz" and friends' own noes are not the reader's noes; and the field
readers: webmail words in a sender's domain, an address's "Office 5", an Indonesian notice's
subject, an "HRD" desk, a site or a case number after a title, Turkish post words, French fields
after "en", an Indonesian offer letter cancelled, a Turkish oral exam, and reasons.
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind

EMPLOYER = "Talent <jobs@employer.example.com>"


# ---------------------------------------------------------------- titles

@pytest.mark.parametrize(("subject", "body", "role"), [
    # a German "für die Rolle", the title straight after it
    ("Dein Case für Lindwurm Systems",
     "Hallo Alex,\n\ndanke für deine Lösung. Leider gehen wir für die Rolle Backend Engineer (Go) "
     "nicht mit dir in die nächste Runde.\n\nViele Grüße\nJonas",
     "Backend Engineer (Go)"),
    # a public post's line with its pay grade
    ("Ausschreibung 2026-04 – Ergebnis",
     "Landkreis Wiesental\nPersonalamt\n\nKennziffer: 2026-04\nSachbearbeitung Wohngeld (EG 9b "
     "TVöD), Sozialamt\n\nSehr geehrte Frau Morgan,\n\nleider konnten wir Ihre Bewerbung nicht "
     "berücksichtigen.\n\nMit freundlichen Grüßen\nPersonalamt",
     "Sachbearbeitung Wohngeld"),
    # a bilingual card's label and value: the value in the label's second language
    ("Emaitzak / Resultados",
     "Izena / Nombre: Alex Morgan\n\nKategoria / Categoría: Administrari Laguntzailea / Auxiliar "
     "Administrativo\n\nLe comunicamos que no ha superado el ejercicio.\n\nTribunal Calificador",
     "Auxiliar Administrativo"),
    # a Brazilian public selection's "contratação temporária de X"
    ("Resultado individual",
     "Prezada Alex Morgan,\n\nNo processo seletivo para contratação temporária de Professor "
     "Substituto de Química (regime de 20 horas), sua média final ficou abaixo da mínima "
     "exigida. Dessa forma, a candidata não foi aprovada.\n\nAtenciosamente,\nChefia do "
     "Departamento",
     "Professor Substituto de Química"),
    # Russian: the title in guillemets after the public service's frame
    ("О результатах конкурса",
     "Уважаемая Алекс Морган!\n\nСообщаем, что по итогам конкурса на замещение вакантной "
     "должности государственной гражданской службы Республики Адыгея «ведущий специалист-эксперт "
     "отдела водных ресурсов» победителем признан другой кандидат.\n\nОтдел кадров",
     "Ведущий специалист-эксперт отдела водных ресурсов"),
    # ... labelled in lower case, longer than a line of eighty
    ("Результаты тестирования",
     "Уважаемая Алекс Морган!\n\nДолжность: главный специалист-эксперт отдела обеспечения "
     "сохранности и государственного учёта архивных документов\n\nРешение: кандидат не допущен ко "
     "второму этапу конкурса.\n\nСлужба поддержки портала",
     "Главный специалист-эксперт отдела обеспечения сохранности и государственного учёта "
     "архивных документов"),
    # ... cut where the one who decided begins
    ("Re: обратная связь",
     "Алекс, добрый день!\n\nК сожалению, по позиции инженера по охране труда заказчик решил "
     "двигаться с другим кандидатом.\n\nС уважением,\nМарина",
     "Инженер по охране труда"),
    # Turkish: the post's word after the title ("X kadrosuna", "X alımı")
    ("Ön Değerlendirme Sonucu",
     "Sayın Alex MORGAN,\n\n2026/3 sayılı ilan ile duyurulan Almanca Öğretim Görevlisi kadrosuna "
     "yapmış olduğunuz başvuru incelenmiş olup başvurunuz değerlendirme dışı bırakılmıştır.\n\n"
     "Personel Daire Başkanlığı",
     "Almanca Öğretim Görevlisi"),
    ("Fwd: Muhasebe Uzmanı Alımı - Sözlü Mülakat Sonuç Bildirimi",
     "Sayın Alex MORGAN,\n\nMülakat puanınızın 70 barajının altında kaldığı görülmüş olup başarı "
     "listesinde yer almanız mümkün olmamıştır.\n\nBölge Müdürü",
     "Muhasebe Uzmanı"),
    # a site or a case number after the title
    ("Your application: Maintenance Planner - Tarsus Plant",
     "Dear Alex,\n\nThank you for applying. We have decided not to move forward with your "
     "application.\n\nTalent Acquisition",
     "Maintenance Planner"),
    # French: a field after "en" with a capital is no place
    ("Recrutement d'un(e) Spécialiste en Suivi-Évaluation – Annulation du processus",
     "Madame,\n\nDans le cadre du recrutement d'un Spécialiste en Suivi-Évaluation pour le projet, "
     "nous avons le regret de vous informer que ce processus est annulé.\n\nLe Coordonnateur",
     "Spécialiste en Suivi-Évaluation"),
])
def test_a_title_from_the_seventy_fifth_pass_is_read(subject: str, body: str, role: str) -> None:
    assert draft(EMPLOYER, subject, body).role == role


def test_a_russian_subjects_results_word_is_no_title() -> None:
    body = ("Алекс, добрый день!\n\nПо вакансии кладовщика склада готовой продукции: терминал "
            "решил закрыть позицию внутренним кандидатом.\n\nРустам")
    assert draft(EMPLOYER, "Терминал — итоги по кладовщику", body).role == \
        "Кладовщик склада готовой продукции"


# ---------------------------------------------------------------- employers

def test_a_selection_body_is_no_employer() -> None:
    body = ("UNIVERSIDADE ESTADUAL DO VALE VERDE\nDepartamento de Física\n\nPrezada Alex Morgan,\n\n"
            "Em nome da Comissão Examinadora do Processo Seletivo Simplificado, comunico que a "
            "candidata não foi aprovada no presente processo seletivo.\n\nAtenciosamente,\n"
            "Profa. Dra. Lúcia Prado")
    got = draft("Departamento de Física - UEVV <fisica@uevv.example.org>", "Resultado", body)
    assert not (got.company or "").startswith("Comissão")
    got = draft("Comissão de Seleção – CIVALE <selecao@civale.example.org>", "Resultado",
                "Prezada Alex,\n\nInformamos que a candidata não foi aprovada na seleção pública "
                "para Apoiador Técnico.\n\nComissão de Seleção")
    assert got.company == "CIVALE"


def test_the_applicants_cv_in_a_subject_is_no_employer() -> None:
    got = draft("Carla Menezes <carla@hotelmaresia.example.com>", "Re: Currículo – Recepcionista",
                "Oi Alex, obrigada pelo interesse! A vaga de Recepcionista já foi preenchida, mas "
                "guardamos seu contato.\n\nAbs,\nCarla Menezes\nHotel Maresia – Natal/RN")
    assert got.company != "Currículo"


def test_a_webmail_named_by_the_word_for_mail_is_no_employer() -> None:
    body = ("Hola Alex!\n\nAl final no vamos a contratar a nadie para lo de la tienda, las ventas "
            "estuvieron flojas.\n\nSaludos!\nLupita")
    got = draft("Lupita Chan <lupita.chan@correo.example.com>", "lo de la chamba", body)
    assert got.company != "Correo"
    got = draft("Hasan Kaya <hasankaya@posta.example.net>", "muhasebe işi",
                "Alex Hanım selamlar,\nŞimdilik kimseyi almayacağız. Kusura bakmayın.\n\nHasan")
    assert got.company != "Posta"


def test_an_address_line_and_a_notices_subject_are_no_employers() -> None:
    body = ("Hi Alex,\n\nWe've decided to offer the role to someone else.\n\nZoya Hamid\n"
            "Head of Design, Kite Freight\nOffice 7, The Forum, Clifton, Karachi")
    assert draft("Zoya Hamid <zoya@kitefreight.example.com>", "Product Designer - after Thursday",
                 body).company != "Office 7"
    body = ("Dengan hormat,\n\nMerujuk pada Surat Penawaran Kerja untuk posisi Process Engineer, "
            "dengan sangat menyesal kami sampaikan bahwa penawaran tersebut kami batalkan.\n\n"
            "Hormat kami,\nPT Sawit Kimia Nusantara")
    got = draft("HRD PT Sawit Kimia Nusantara <hrd@sawitkimia.example.com>",
                "Pembatalan Surat Penawaran Kerja - Process Engineer", body)
    assert got.company == "Sawit Kimia Nusantara"
    assert got.stage == "offer"  # the job offer letter, cancelled


def test_a_post_named_before_position_is_no_employer() -> None:
    body = ("Dear Alex,\n\nThank you for your interest in Riverbend Palm Holdings and for applying "
            "to the Estate Agronomist position. We will not be moving your application forward.\n\n"
            "Talent Acquisition Team\nRiverbend Palm Holdings")
    got = draft("Riverbend Palm Holdings <no-reply@myworkday.example.com>",
                "Your application for Estate Agronomist", body)
    assert got.company == "Riverbend Palm Holdings"


# ---------------------------------------------------------------- stages and signers

@pytest.mark.parametrize(("subject", "body"), [
    ("Online-Auswahltest",
     "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Teilnahme am Online-Test. Leider "
     "haben Sie die erforderliche Mindestpunktzahl nicht erreicht. Eine Einladung zum "
     "Auswahlgespräch ist deshalb nicht möglich.\n\nMit freundlichen Grüßen\nPersonalservice"),
    ("Тестовое задание",
     "Алекс, спасибо за тестовое задание. Решение не адаптировано под мобильные, поэтому к "
     "техническому интервью мы дальше не пойдём.\n\nИслам"),
])
def test_a_step_denied_after_it_is_named_is_not_reached(subject: str, body: str) -> None:
    assert draft(EMPLOYER, subject, body).stage == "screening"


def test_a_turkish_oral_exam_is_an_interview() -> None:
    body = ("Sayın Alex Morgan,\n\nUzman Personel alımı kapsamında gerçekleştirilen sözlü sınava "
            "katılımınız için teşekkür ederiz. Nihai listede yer alacak puanı alamadığınız "
            "anlaşılmıştır.\n\nGenel Sekreter")
    assert draft(EMPLOYER, "Sözlü Sınav Sonuçları", body).stage == "interview"


def test_a_pakistani_engineers_title_is_not_part_of_the_name() -> None:
    body = ("Dear Candidate,\n\nThe competent authority has cancelled the recruitment process for "
            "the said position.\n\nEngr. Imran Baloch\nProject Director")
    got = draft(EMPLOYER, "Cancellation of recruitment", body)
    assert got.person is not None and got.person.name == "Imran Baloch"


# ---------------------------------------------------------------- kinds

@pytest.mark.parametrize(("subject", "body"), [
    # Turkish: an application set aside, a score under the bar, nobody taken for now, no invitation
    ("Ön Değerlendirme Sonucu",
     "Sayın Alex MORGAN,\n\nALES puanınızın ilanda aranan şartını karşılamadığı tespit "
     "edildiğinden başvurunuz değerlendirme dışı bırakılmıştır.\n\nPersonel Daire Başkanlığı"),
    ("Sözlü Sınav Sonuçları",
     "Sayın Alex Morgan,\n\nNihai listede yer alacak puanı alamadığınız anlaşılmıştır. Bu nedenle "
     "Ajansımızda Uzman Personel olarak istihdam edilmeniz mümkün olmamaktadır.\n\nGenel Sekreter"),
    ("Frontend Developer - case çalışması",
     "Merhaba Alex,\n\nFrontend Developer pozisyonu için gönderdiğin case için teşekkürler. Bu "
     "yüzden bir sonraki aşama olan teknik görüşmeye seni davet etmiyoruz.\n\nBurak"),
    # Indonesian: a final result
    ("Pemberitahuan Hasil Akhir Seleksi",
     "Yth. Sdri. Alex Morgan,\n\nTerima kasih telah mengikuti seluruh tahapan seleksi. Dengan ini "
     "kami sampaikan bahwa Saudari dinyatakan TIDAK LULUS pada seleksi tahap akhir.\n\nDivisi "
     "Human Capital"),
    # Mexican Spanish, French, English
    ("lo de la chamba",
     "Hola Alex! Oye fijate que al final no vamos a contratar a nadie para lo de ventas en "
     "linea, no nos alcanza.\n\nSaludos!\nLupita"),
    ("Concours 2026 - Résultats de l'épreuve écrite",
     "Madame,\n\nEmploi postulé : Attaché d'administration\n\nNous avons le regret de vous faire "
     "connaître que vous n'êtes pas déclarée admissible à l'épreuve orale.\n\nLe Directeur des "
     "Concours"),
    ("Cancellation of recruitment - Finance Officer",
     "NOTICE\n\nThis is to inform all candidates who were interviewed for the position of Finance "
     "Officer that the competent authority has cancelled the recruitment process for the said "
     "position.\n\nProject Director"),
    # a German ad's gender mark names the job: "this season" is then the job's
    ("Your application: Quality Coordinator (m/w/d) - Medan",
     "Dear Alex Morgan,\n\nthank you for the exercise. However, we have decided not to continue "
     "with your application. For this season we need someone who already holds a grader "
     "licence.\n\nWith kind regards\nHead of Quality"),
])
def test_a_no_read_from_fresh346_350_is_a_rejection(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body", "sender"), [
    # a condition of silence, in French
    ("Nous avons bien reçu votre candidature - Data Analyst (H/F)",
     "Bonjour Alex,\n\nNous vous confirmons la bonne réception de votre candidature. En l'absence "
     "de réponse passé ce délai, vous pourrez considérer que votre candidature n'a pas été "
     "retenue.\n\nL'équipe Talent Acquisition", "Talent <jobs@example.com>"),
    # a Turkish board's "positive or negative"
    ("Başvurun iletildi",
     "Merhaba Alex,\n\nBaşvurun başarıyla iletildi. Başvurunun olumlu ya da olumsuz sonuçlandığını "
     "\"Başvurularım\" sayfasından takip edebilirsin.\n\nİşKapısı Ekibi", "Talent <jobs@example.com>"),
    # a Chinese receipt with the post between
    ("已收到您的求职申请 - 会计助理",
     "Alex 您好，\n\n我们已经收到您应聘会计助理的简历和资料，谢谢您对本公司的关注。\n\n人事部",
     "Talent <jobs@example.com>"),
    # friends' own noes, in French and Indonesian
    ("Nouvelles de Bamako",
     "Salut Alex !\n\nPetite nouvelle pas terrible : la banque m'a finalement dit non pour le poste "
     "d'analyste. Après trois entretiens, ça fait mal.\n\nMoussa", "Moussa <moussa@mail.example.com>"),
    ("aku ditolak lex",
     "Lex,\n\nBarusan dapat email, aku gak lolos final interview untuk yang Finance Supervisor itu. "
     "Katanya mereka pilih kandidat internal.\n\nButet", "Butet <butet@mail.example.com>"),
])
def test_what_is_not_the_readers_no(subject: str, body: str, sender: str) -> None:
    assert kind(subject, body, sender) != "rejection"


# ---------------------------------------------------------------- reasons

@pytest.mark.parametrize(("body", "reason"), [
    ("Sehr geehrte Frau Morgan,\n\nleider liegt Ihre Gehaltsvorstellung deutlich über dem "
     "vorgesehenen Rahmen. Wir haben uns daher anders entschieden.\n\nPersonal",
     "Gehaltsvorstellung"),
    ("Hallo Alex,\n\nin deiner Lösung haben uns automatisierte Tests gefehlt. Deshalb gehen wir "
     "nicht weiter.\n\nFelix", "gefehlt"),
    ("Hola Alex,\n\nNecesitamos a alguien ya y tu plazo de preaviso de dos meses no nos lo "
     "permite, así que no seguimos.\n\nUn saludo", "plazo de preaviso"),
    ("Oi Alex,\n\nA rodada de investimento que esperávamos fechar não saiu, e precisamos retirar "
     "a oferta.\n\nAbraço", "rodada de investimento"),
    ("Yth. Alex,\n\nNilai Saudari berada di bawah nilai ambang batas yang ditetapkan panitia. "
     "Saudari tidak lulus.\n\nPanitia", "ambang batas"),
    ("Sayın Alex,\n\nCase çalışmasında beklediğimiz seviyeyi göremedik, bu yüzden ilerlemiyoruz."
     "\n\nBurak", "beklediğimiz seviyeyi göremedik"),
    ("Madame,\n\nVotre moyenne est inférieure à la moyenne d'admissibilité fixée par le jury. Vous "
     "n'êtes pas admissible.\n\nLe Directeur", "inférieure à la moyenne"),
    ("Alex sahiba,\n\nHumein aisa banda chahiye tha jo Sukkur mein rehta ho, is liye hum aage "
     "nahi barh rahe.\n\nArif", "banda chahiye tha"),
])
def test_the_reason_is_read(body: str, reason: str) -> None:
    got = draft(EMPLOYER, "Resultado", body)
    assert got.reason and reason in got.reason


def test_a_stock_preference_line_is_no_reason() -> None:
    body = ("Dear Alex,\n\nPlease be advised that this requisition has been cancelled and the "
            "position will not be filled at this time.\n\nPreference will be given to candidates "
            "from designated groups in line with our approved EE plan.\n\nTalent Acquisition")
    got = draft(EMPLOYER, "Requisition update", body)
    assert got.reason is None or "Preference will be given" not in got.reason
