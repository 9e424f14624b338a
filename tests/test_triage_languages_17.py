"""Seventeenth pass (languages3): noes to a job application in Czech, Slovak, Romanian,
Turkish, Hungarian, Greek, Croatian/Serbian/Bosnian, Slovenian, Bulgarian, Lithuanian,
Latvian, Estonian, Polish, Flemish Dutch and Swiss German, through the real classifier;
and near misses in the same languages (a loan declined, a course full, a cautious receipt,
an interview moved "unfortunately") that must stay "other". New wordings, written from
how such letters generally read, not copied from the corpus or the training sentences.
Also the occupation heads of those languages (occupation_heads.LANGUAGES3)."""

from __future__ import annotations

import pytest

from ajar.formats import triage_model
from ajar.formats.mail_titles import is_head
from ajar.formats.triage import classify
from test_mail_fields_families import draft

SENDER = "jobs@example.com"

REJECTIONS = [
    ("Přihláška na pozici Správce sítě",
     "Dobrý den,\n\nděkujeme, že jste se zúčastnil našeho výběrového řízení. Bohužel Vám "
     "musíme oznámit, že jsme se rozhodli obsadit místo uchazečkou s certifikací CISSP.\n\n"
     "S přáním hezkého dne\nLucie Dvořáková\nNábor"),
    ("Výberové konanie - Skladník",
     "Dobrý deň pán Kováč,\n\nďakujeme za Váš čas na pohovore. Žiaľ, tentokrát sme sa "
     "rozhodli pre iného uchádzača, ktorý môže nastúpiť okamžite.\n\nS pozdravom\nZuzana"),
    ("Candidatura ta pentru postul de Analist SOC",
     "Salut,\n\nîți mulțumim pentru interesul arătat. Din păcate, în urma evaluării am ales "
     "un alt candidat, mai apropiat de cerințele rolului.\n\nToate cele bune,\nMaria, HR"),
    ("Başvurunuz hakkında - Matematik Öğretmeni",
     "Sayın Morgan,\n\nOkulumuza gösterdiğiniz ilgi için teşekkür ederiz. Maalesef bu yıl için "
     "başka bir öğretmen adayını tercih ettik.\n\nSaygılarımızla,\nİnsan Kaynakları Birimi"),
    ("Jelentkezés - Pénzügyi elemző",
     "Kedves Alex!\n\nKöszönjük, hogy érdeklődött a pozíció iránt. Sajnos úgy döntöttünk, "
     "hogy olyan jelölttel folytatjuk, aki több banki tapasztalattal rendelkezik.\n\n"
     "Üdvözlettel,\nToborzási csapat"),
    ("Θέση Μηχανικού Λογισμικού",
     "Αγαπητέ Alex,\n\nσας ευχαριστούμε για τον χρόνο σας στη συνέντευξη. Δυστυχώς "
     "επιλέξαμε άλλον υποψήφιο με μεγαλύτερη εμπειρία στον κλάδο.\n\nΜε εκτίμηση,\nΕλένη"),
    ("Natječaj za radno mjesto - Medicinska sestra",
     "Poštovana,\n\nzahvaljujemo na Vašoj prijavi na natječaj. Nažalost, odabrana je druga "
     "kandidatkinja s više iskustva u intenzivnoj skrbi.\n\nSrdačan pozdrav,\nKadrovska služba"),
    ("Prijava na delovno mesto - Skladiščnik",
     "Spoštovani,\n\nhvala za vaš čas na razgovoru. Žal smo izbrali kandidata, ki lahko "
     "začne takoj.\n\nLep pozdrav,\nKadrovska služba"),
    ("Кандидатура за позицията Маркетинг мениджър",
     "Здравейте,\n\nблагодарим за времето, което отделихте за интервюто. За съжаление "
     "решихме да продължим с друг кандидат с повече опит.\n\nПоздрави,\nМария"),
    ("Jūsų kandidatūra - Programuotojas",
     "Sveiki,\n\nDėkojame už dalyvavimą atrankoje. Apgailestaujame, bet pasirinkome kitą "
     "kandidatą, kurio patirtis labiau atitinka poziciją.\n\nPagarbiai,\nAtrankos komanda"),
    ("Jūsu pieteikums vakancei - Grāmatvedis",
     "Labdien,\n\npaldies par pieteikumu. Diemžēl esam nolēmuši turpināt ar citu kandidātu, "
     "kuram ir lielāka pieredze.\n\nAr cieņu,\nPersonāla nodaļa"),
    ("Kandideerimine ametikohale - Klienditeenindaja",
     "Tere,\n\naitäh teile huvi eest. Kahjuks valisime teise kandidaadi, kellel on rohkem "
     "kogemust klienditeeninduses.\n\nParimat,\nPersonaliosakond"),
    ("Rekrutacja - Specjalista ds. bezpieczeństwa",
     "Dzień dobry,\n\ndziękujemy za czas poświęcony na rozmowę. Z przykrością informujemy, "
     "że wybraliśmy innego kandydata do dalszej współpracy.\n\nPozdrawiamy,\nZespół HR"),
    ("Je sollicitatie als dierenarts",
     "Dag Alex,\n\nbedankt voor het fijne gesprek. Spijtig genoeg hebben we gekozen voor een "
     "andere kandidaat met meer ervaring in de gemengde praktijk.\n\nMet vriendelijke groeten,\n"
     "Els"),
    ("Ihre Bewerbung als Compliance Officer",
     "Grüezi Herr Morgan\n\nBesten Dank für Ihr Dossier. Leider müssen wir Ihnen mitteilen, "
     "dass wir uns für eine andere Kandidatin entschieden haben.\n\nFreundliche Grüsse\n"
     "Andrea Keller"),
]


@pytest.mark.parametrize("subject,text", REJECTIONS, ids=lambda value: value[:20])
def test_a_no_in_the_letters_language_reads_as_a_rejection(subject, text):
    verdict = classify(subject, text, SENDER)
    assert verdict.kind == "rejection", verdict.because


NEAR_MISSES = [
    ("Přihláška na pozici Správce sítě",  # a cautious receipt
     "Dobrý den,\n\nděkujeme za Vaši přihlášku, v pořádku jsme ji obdrželi. Pokud nebudete "
     "vybrán do dalšího kola, dáme Vám vědět e-mailem.\n\nNábor"),
    ("Pohovor - Skladník",  # an interview moved, "unfortunately"
     "Dobrý deň,\n\nžiaľ, musíme presunúť Váš pohovor z utorka na štvrtok o 10:00. Vyhovuje "
     "Vám tento termín?\n\nZuzana"),
    ("Cererea dumneavoastră de credit",  # a loan declined
     "Stimate client,\n\ndin păcate, cererea dumneavoastră de credit nu a fost aprobată în "
     "urma analizei.\n\nBanca"),
    ("Kurs kaydı",  # a course full
     "Merhaba,\n\nmaalesef İspanyolca kursumuzun kontenjanı dolmuştur, sizi bekleme listesine "
     "aldık.\n\nDil Okulu"),
    ("Jelentkezés - Pénzügyi elemző",  # a cautious receipt
     "Kedves Alex!\n\nKöszönjük jelentkezését, megkaptuk. Amennyiben nem jut tovább a "
     "következő fordulóba, e-mailben értesítjük.\n\nToborzási csapat"),
    ("Συνέντευξη για τη θέση Λογιστή",  # an invitation
     "Αγαπητέ Alex,\n\nθα θέλαμε να σας προσκαλέσουμε σε συνέντευξη την Τρίτη στις 11:00 "
     "στα γραφεία μας.\n\nΕλένη"),
    ("Zahtjev za kredit",  # a loan declined
     "Poštovani,\n\nnažalost, Vaš zahtjev za stambeni kredit nije odobren.\n\nBanka"),
    ("Кандидатура за позицията Маркетинг мениджър",  # an offer
     "Здравейте,\n\nс удоволствие Ви предлагаме позицията Маркетинг мениджър, считано от "
     "първи март.\n\nМария"),
    ("Jūsu pieteikums vakancei - Grāmatvedis",  # a cautious receipt
     "Labdien,\n\npaldies par pieteikumu, esam to saņēmuši. Ja netiksiet izvēlēts nākamajai "
     "kārtai, mēs jūs informēsim.\n\nPersonāla nodaļa"),
    ("Kursus",  # a course full
     "Tere,\n\nkahjuks on eesti keele kursus juba täis.\n\nKeelekool"),
]


@pytest.mark.parametrize("subject,text", NEAR_MISSES, ids=lambda value: value[:20])
def test_a_near_miss_in_the_same_language_is_not_a_rejection(subject, text):
    verdict = classify(subject, text, SENDER)
    assert verdict.kind != "rejection", verdict.because


@pytest.mark.parametrize("word,name", [
    ("nažalost", "regret"), ("bohužel", "regret"), ("sajnálattal", "regret"),
    ("δυστυχώς", "regret"), ("съжаление", "regret"), ("kahjuks", "regret"),
    ("diemžēl", "regret"), ("maalesef", "regret"), ("edemeyeceğiz", "neg"),
    ("jiného", "other"), ("başka", "other"), ("uchazečem", "person"),
    ("obsazena", "filled"), ("pohovor", "interview"), ("υποψήφιο", "person"),
])
def test_these_languages_share_the_concepts_of_a_no(word, name):
    [stem] = triage_model.tokens(word)
    assert triage_model.concept(stem) == name


@pytest.mark.parametrize("word", [
    "Programátor", "Účtovník", "Inginer", "Öğretmen", "Mérnök", "Λογιστής", "Računovođa",
    "Zdravnik", "Счетоводител", "Programuotojas", "Grāmatvedis", "Raamatupidaja"])
def test_common_titles_of_these_languages_are_occupation_heads(word):
    assert is_head(word)


@pytest.mark.parametrize("word", ["sestra", "eladó", "vedoucí", "mistr", "οδηγός"])
def test_everyday_words_of_these_languages_are_no_heads(word):
    assert not is_head(word)


@pytest.mark.parametrize("subject,body,role", [
    ("Přihláška: Programátor",
     "Dobrý den,\n\nbohužel jsme vybrali jiného uchazeče.\n\nS pozdravem\nHR", "Programátor"),
    ("Başvurunuz - Muhasebeci",
     "Merhaba,\n\nmaalesef başka bir adayla ilerlemeye karar verdik.\n\nİK", "Muhasebeci"),
])
def test_a_title_of_these_languages_in_the_subject_is_the_role(subject, body, role):
    assert draft("Hiring <jobs@harbourline.example.com>", subject, body).role == role
