"""Forty-ninth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh211-215 showed (a public-health analyst's mail in Ethiopia and
Eritrea, a water engineer's in Uzbekistan and Kyrgyzstan, a marine biologist's in Brittany,
Wales and Cornwall, a hotel manager's in the Azores, Madeira and Cape Verde, a compliance
officer's in Mauritius, Réunion and the Seychelles).

Noes in Tigrinya, Amharic (in Ge'ez and in Latin letters), Uzbek, Kyrgyz, Portuguese, Canarian
Spanish, American English and the Creoles of the Indian Ocean; a loan, a scholarship, a tender,
two receipts and two friends' own noes that are no noes to the reader; legal forms, taglines,
streets, grades and subject words around the company and the title; reasons in these
languages."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft, letter_kind as kind


# ------------------------------------------------------------------ noes

@pytest.mark.parametrize(("subject", "body"), [
    ("ውጽኢት ቃለ-መሕትት",
     "ክቡር ኣቶ ኣሌክስ፣\n\nንቃለ-መሕትት ስለ ዝመጻእካ ነመስግነካ። ኮሚተና ነቲ ቦታ ንኻልእ ተወዳዳሪ ክህቦ ወሲኑ ኣሎ።"
     "\n\nሰላምታ\nዮሃንስ"),
    ("የቅጥር ሂደት ውጤት",
     "ለአቶ Alex Morgan\n\nበጽሑፍ ፈተናው ያገኙት ውጤት ዝቅተኛ በመሆኑ ወደ ቀጣዩ ደረጃ ማለፍ ያልቻሉ መሆኑን "
     "እንገልጻለን።\n\nየሰው ሀብት ክፍል"),
    ("final interview-u",
     "Selam Alex,\n\nBetam amesegnalehu. Gin management-u bota-wn ke-wist sew lemmulat wesene, "
     "ahun adis sew mekter alfelegum.\n\nMikias"),
    ("Муҳандис лавозими бўйича",
     "Ҳурматли Алекс!\n\nСуҳбатда иштирок этганингиз учун раҳмат. Афсуски, ишга қабул қилиш "
     "жараёни вақтинча тўхтатилди.\n\nКадрлар бўлими"),
    ("Инженер кызматы боюнча",
     "Урматтуу Алекс мырза,\n\nМаегибизге келгениңиз үчүн рахмат. Тилекке каршы, бул жолу башка "
     "талапкерди тандадык.\n\nКадрлар бөлүмү"),
    ("A vaga de rececionista",
     "Olá Alex,\n\nObrigada pela conversa. Decidimos entregar a receção ao Rui, que já cá trabalha "
     "há três anos. Não foi por falta de mérito seu.\n\nUm abraço,\nFátima"),
    ("Re: el puesto de guía",
     "Buenas Alex,\n\nAl final nos quedamos con otra persona que ya tiene el título de guía "
     "oficial. Gracias por venir.\n\nAyoze"),
    ("Bookkeeper",
     "Alex,\n\nHonestly, the numbers this quarter mean I can't carry a full-time bookkeeper on "
     "the books right now. It's not about you.\n\nTony"),
    ("Pos Compliance Officer",
     "Bonzour Alex,\n\nMersi pou letan ki ou finn pran. Nou pa pe al pli lwin avek ou kandidatir, "
     "nou finn swazir enn kandida ki deza travay ar nou.\n\nDevika"),
    ("Out kandidatir",
     "Salu Alex,\n\nNou lé oblizé arèt lo rekritman pou lo pos analis: lo bidzé la pa ankor "
     "sinyé.\n\nFred"),
    ("Analyst - rezilta",
     "Bonzour Alex,\n\nMalerezman nou pa pou kapab ofer ou sa pozisyon. Labank in deside pour "
     "pran en kandida lokal.\n\nSandra"),
])
def test_a_no_in_these_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body", "wanted"), [
    ("የብድር ጥያቄዎ ውጤት",
     "ውድ ደንበኛችን፣\n\nያቀረቡት የብድር ጥያቄ ተቀባይነት አላገኘም። ቋሚ የሥራ ውል ማስረጃ ያስፈልጋል።\n\nየብድር "
     "አገልግሎት ክፍል", "other"),
    ("Burs Başvuru Sonucu",
     "Sayın Alex Morgan,\n\nDeğerlendirme sonucunda başvurunuz bu yıl burs almaya hak kazananlar "
     "arasında yer almamaktadır.\n\nBurs Birimi", "other"),
    ("Consultation n° 2026-03 - Notification",
     "Madame, Monsieur,\n\nNous avons le regret de vous informer que votre offre n'a pas été "
     "retenue. L'attributaire pressenti est le cabinet Dumas.\n\nLe Directeur", "other"),
    ("Arizangiz qabul qilindi: Muhandis",
     "Assalomu alaykum, Alex!\n\nMuhandis lavozimiga yuborgan arizangiz muvaffaqiyatli qabul "
     "qilindi. 21 kun ichida javob olmasangiz, boshqa nomzodlar tanlangan bo'ladi.\n\nHR",
     "acknowledgement"),
    ("Ou aplikasyon - Analyst",
     "Bonzour Alex,\n\nMon'n byen resevwar ou CV pour pos Analyst. Nou pou kontakte zis bann "
     "kandida ki nou pou envit pour en lantrevi.\n\nMarie", "acknowledgement"),
    ("Ka haal ba!",
     "Ka haal ba bhai!\n\nMo pa'nn gagn sa pos la Durban. Zot finn dir mwa apre final interview ki "
     "zot pe pran enn kandida lokal. Me mo pe marye Zanvie!\n\nAnil", "other"),
    ("news from Penzance",
     "Hiya!\n\nI didn't get the harbour job. They rang on Monday and said they'd gone with an "
     "internal candidate. Never mind, I'm off to Norway in spring!\n\nJen x", "other"),
])
def test_a_loan_a_scholarship_a_tender_a_receipt_or_a_friends_news_is_no_no(
        subject, body, wanted):
    assert kind(subject, body, "Someone <someone@example.org>") == wanted


# ------------------------------------------------------------------ fields

@pytest.mark.parametrize(("sender", "body", "company"), [
    ("Kadrlar <kadrlar@navbahor.example.com>",
     "Ҳурматли Алекс!\n\n\"Навбаҳор Қурилиш\" МЧЖ номидан раҳмат. Афсуски, ишга қабул қилиш "
     "жараёни вақтинча тўхтатилди.\n\nҲурмат билан,\nКадрлар бўлими\n\"Навбаҳор Қурилиш\" МЧЖ",
     "Навбаҳор Қурилиш"),
    ("Nuno <nuno@golfinhoverde.example.com>",
     "Olá Alex,\n\nInfelizmente decidimos avançar com outro candidato para a vaga de guia.\n\n"
     "Nuno Silveira\nSócio-gerente\nGolfinho Verde - Passeios no Mar, Lda.\nCais da Madalena",
     "Golfinho Verde"),
    ("Rita <rita@example.com>",
     "Dear Alex,\n\nUnfortunately we have decided to move forward with another candidate for the "
     "Office Manager role.\n\nRita Lopes\nOwner, Morabeza Travel\nBowdoin St, Dorchester MA",
     "Morabeza Travel"),
])
def test_a_legal_form_a_tagline_or_a_street_is_no_part_of_the_company(sender, body, company):
    assert draft(sender, "Your application", body).company == company


@pytest.mark.parametrize(("subject", "title"), [
    ("Monitoring Officer (NOB) - update", "Monitoring Officer"),
    ("ብዛዕባ ቃለ-መሕትት ቦታ Data Analyst", "Data Analyst"),
    ("Pusison di Front Office Manager", "Front Office Manager"),
    ("Бош ҳисобчи ўринбосари лавозими бўйича жавоб", "Бош ҳисобчи ўринбосари"),
])
def test_a_grade_or_the_subjects_own_words_are_no_part_of_the_title(subject, title):
    body = "Hi Alex,\n\nUnfortunately we will not be moving forward with your application.\n\nHR"
    assert draft("HR <hr@example.com>", subject, body).role == title


@pytest.mark.parametrize(("subject", "body", "reason"), [
    ("Analyst",
     "Hi Alex,\n\nThanks for the interview. We decided to promote our deputy manager, Sam, into "
     "the role instead.\n\nKate", "promote our deputy manager"),
    ("Technicien",
     "Bonjour Alex,\n\nMerci pour votre travail. Malheureusement votre cas pratique ne couvrait "
     "pas suffisamment les contrôles KYC, nous ne poursuivrons donc pas.\n\nClaire",
     "ne couvrait pas suffisamment"),
    ("Gerente",
     "Olá Alex,\n\nNô gostá txeu di bo. Ma infelizmente nô ka tem orsamentu pa un gerente ês ano, "
     "pa es sabura nô ka ta kontrata ningen.\n\nTuta", "ka tem orsamentu"),
])
def test_the_reason_in_these_languages(subject, body, reason):
    found = draft("HR <hr@example.com>", subject, body)
    assert found.reason and reason in found.reason


@pytest.mark.parametrize(("body", "stage"), [
    ("Hi Alex,\n\nThank you for taking the time to complete our online assessment for the Sales "
     "Analyst role. Unfortunately, we won't be moving forward.\n\nTalent Team", "screening"),
    ("Hi Alex,\n\nThank you for attending our assessment centre last Thursday for the Graduate "
     "Analyst role. Unfortunately, we won't be moving forward.\n\nTalent Team", "final-round"),
])
def test_an_assessment_sat_alone_is_a_screening_an_assessment_centre_a_final(body, stage):
    assert draft("Talent <talent@example.com>", "Your application", body).stage == stage


@pytest.mark.parametrize("quote", ['"{}"', "«{}»"])
def test_a_boards_quoted_employer_comment_is_the_employers_own_no(quote):
    body = ("Hola Alex:\n\nEl llamado Analista Contable publicado por Molinos del Sur cambió de "
            "estado.\n\nEstado del llamado: Cerrado\nComentario del empleador: "
            + quote.format("La vacante ya fue cubierta. Gracias a todos los postulantes.")
            + "\n\nEquipo EmpleosYa")
    assert kind("Novedades sobre tu postulación", body) == "rejection"
