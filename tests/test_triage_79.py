"""Seventy-ninth pass, read end to end from letters written for these tests (not the corpus's).

Opening fresh346-350 (Sumatra, the Yucatán, eastern Anatolia, the Sahel, Balochistan and the
Gulf) taught the field readers an Indonesian civil-service card's labels, a resort town of two
or three words after a firm, and reasons in Indonesian, Turkish, Mexican Spanish and French.
Sealing fresh366-370 (Occitania and the Val d'Aran; Eswatini and Lesotho; Sulawesi and Maluku;
Vojvodina; Kyushu and Shikoku) taught triage noes in Occitan, Aranese, Catalan, siSwati,
Indonesian, Ambonese and Manado Malay, Serbian, Rusyn, Slovak and Japanese (romaji too), that
two ruled noes outweigh the whole message's doubt, a Japanese receipt that mentions 不採用 in its
small print, a job board's tally of 見送り and a prefecture's "no decision yet"; and the field
readers a domain spelled with its small words, desks after the name, organisation words that
are no person, and reasons in fifteen languages.
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind

EMPLOYER = "Talent <jobs@employer.example.com>"


# ---------------------------------------------------------------- noes and not noes

@pytest.mark.parametrize(("subject", "body"), [
    # an Occitan school: decided not to offer you the post, chose a person who has the diploma
    ("Vòstra candidatura al pòst de regenta",
     "Adieu Alex,\n\nVos mercejam per l'entrevista. Totun, avèm decidit de pas vos prepausar lo pòst "
     "de regenta per la rintrada. Avèm causit una persona qu'a ja lo diplòma.\n\nAmistats,\nMarta"),
    # an Aranese council: the minimum score not reached, out of the process
    ("Resultat deth procès de seleccion - Auxiliar administratiu",
     "Senhora,\n\nVos comunicam que, dempús dera entrevista, non auetz arribat ara puntuacion minima "
     "exigida enes bases. Per tant, quedatz fòra deth procès.\n\nEra Secretària"),
    # a Catalan town hall: on the final list of the excluded applicants
    ("Llista definitiva – Auxiliar de biblioteca",
     "Benvolguda,\n\nUs comuniquem que la vostra sol·licitud figura a la llista definitiva d'aspirants "
     "exclosos de la convocatòria.\n\nMotiu d'exclusió: manca el certificat de català.\n\n"
     "Servei de Recursos Humans"),
    # a siSwati water project's text: we have not chosen you for the post
    ("Field Technician",
     "Sawubona Alex\n\nNgiyacolisa, asikakukhetsi esikhundleni se-Field Technician. Ngiyabonga "
     "ngekuta ku-interview.\n\nThemba"),
    # an Indonesian provincial office: declared not eligible (a weak job context)
    ("Pengumuman Hasil Seleksi Administrasi",
     "Kepada Yth. Sdr/i. ALEX MORGAN\n\nBerdasarkan hasil verifikasi berkas, dengan ini kami "
     "sampaikan bahwa Saudara/i dinyatakan TIDAK MEMENUHI SYARAT (TMS) administrasi dengan keterangan: "
     "tidak melampirkan surat keterangan pengalaman kerja.\n\nPanitia Seleksi Tenaga Pendamping"),
    # an Ambonese shop owner: I won't take you for the post after all
    ("soal posisi kasir",
     "Ibu Alex, salamat siang.\n\nJadi bagini Ibu: beta seng jadi ambil Ibu par posisi kasir. Papa "
     "su putus kasi posisi itu par beta pung ade.\n\nSalam,\nYohanes"),
    # a Manado forwarder: they took someone who lives in town, your application goes no further
    ("lamaran Staf Gudang",
     "Sore Nona Alex,\n\nMar maaf neh, dorang so ambe orang yang so tinggal di Bitung. Jadi Nona pe "
     "lamaran nyanda lanjut dulu.\n\nMeiske"),
    # a Serbian institute's competition notice: "Vi niste izabrani" (a job call, not a contest)
    ("Obaveštenje o ishodu konkursa br. 12/2025",
     "Poštovana kandidatkinjo,\n\nobaveštavamo Vas da je po okončanju izbornog postupka po konkursu "
     "br. 12/2025 za radno mesto Laborant direktor doneo Rešenje o izboru kandidata. Na osnovu "
     "rezultata ostvarenih u razgovoru sa konkursnom komisijom, Vi niste izabrani.\n\n"
     "Predsednik konkursne komisije"),
    # a Serbian utility: the public job ad annulled
    ("Обавештење о поништењу огласа",
     "Поштовани кандидати,\n\nобавештавамо Вас да је Надзорни одбор донео одлуку о поништењу јавног "
     "огласа за радно место Техничар одржавања. Поступак избора се неће наставити.\n\nКомисија"),
    # a Rusyn co-operative: two noes, each a rule's, outweigh the whole message's doubt
    ("Одвит на приявку",
     "Почитована панї Морган,\n\nНажаль, тим разом нє вибрали зме Вас. Прияли зме кандидата зоз "
     "валала хтори уж роби у задруги.\n\nЗ почитованьом,\nМихайло"),
    # a Slovak co-operative, no other job word: the post filled otherwise
    ("Naša odpoveď",
     "Dobrý deň, pani Morgan,\n\nmusím Vám oznámiť, že miesto sme napokon obsadili inak. Prajem Vám "
     "veľa úspechov.\n\nJán"),
    # a Serbian winemaker's note, no other job word: we are not taking on a new one this harvest
    ("ono za enologa",
     "Ćao Alex,\n\nna kraju smo rešili da za ovu berbu ne primamo novog enologa, ostaje Pera još "
     "jednu sezonu.\n\nPozdrav,\nVlada"),
    # a Serbian firm takes its offer back
    ("Ponuda za posao – Tehnolog",
     "Poštovana Alex,\n\nsa žaljenjem Vam pišem u vezi sa ponudom za poziciju Tehnolog. Novi vlasnik je "
     "zamrzao sva nova zapošljavanja, pa smo primorani da ponudu povučemo.\n\nHR"),
    # a ryokan writing in romaji: "we will have to see you off this time"
    ("Mensetsu no kekka ni tsuite",
     "Alex Morgan sama\n\nSenjitsu no mensetsu no kekka desu ga, zannen nagara kondo wa o-miokuri to "
     "sasete itadaku koto ni narimashita.\n\nKawabata"),
    # a Japanese foundation stops its call for applicants
    ("【重要】「観光コーディネーター」募集中止のお知らせ",
     "応募者各位\n\n補助事業の枠組みが見直されることとなり、本募集を中止することといたしました。"
     "お預かりした応募書類は選考に用いることなく廃棄いたします。\n\n事務局"),
    # lost to the retrain and mended: an Indonesian bank's online test not passed
    ("Hasil Seleksi Tahap Tes Online - Teller",
     "Yth. Sdr/i Alex Morgan,\n\nBerdasarkan hasil evaluasi tahap Tes Online, dengan ini kami "
     "sampaikan bahwa Saudara/i belum berhasil untuk melanjutkan ke tahap seleksi berikutnya.\n\n"
     "Divisi Human Capital"),
    # ... a family firm in Minahasa: we can't take you yet, we need Mandarin
    ("Hasil interview Admin Gudang",
     "Halo Kak Alex,\n\nThanks ya sudah datang. Tapi setelah kami rundingkan, untuk posisi Admin "
     "Gudang kami belum bisa ambil Kakak. Kami butuh yang bisa berbahasa Mandarin.\n\nSalam,\nVivian"),
    # ... an Ambonese owner whose father gave the post to a cousin
    ("soal posisi admin",
     "Ibu Alex, salamat pagi.\n\nBeta seng jadi ambil Ibu par posisi admin. Papa su putus kasi posisi "
     "itu par beta pung sepupu yang baru pulang dari Surabaya.\n\nSalam,\nYohanes"),
])
def test_a_no_read_from_fresh366_370_is_a_rejection(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


def test_a_japanese_receipt_that_names_a_no_in_its_small_print_is_a_receipt() -> None:
    body = ("Alex Morgan 様\n\nこのたびは中途採用にご応募いただき、誠にありがとうございます。"
            "以下の内容で応募を受け付けました。\n\n応募職種：営業企画\n\n書類選考の結果は、合否にかかわらず"
            "メールでご連絡いたします。なお、不採用の理由についてはお答えできかねます。\n\n採用担当")
    assert kind("【自動返信】ご応募ありがとうございます", body) == "acknowledgement"


def test_a_job_boards_tally_of_applications_seen_off_is_no_rejection() -> None:
    body = ("Alex Morgan 様\n\n新着求人が5件あります。\n\n1. プロセスエンジニア｜熊本県\n\n"
            "【あなたの応募状況】\n選考中：1件（書類選考中）／ 見送り：2件\n\n配信停止はこちら")
    assert kind("【新着5件】条件に合う求人が見つかりました", body) != "rejection"


def test_a_prefectures_note_that_no_decision_is_made_is_no_rejection() -> None:
    body = ("Alex Morgan 様\n\n先日は面接にご参加いただき、ありがとうございました。選考結果の通知が"
            "2月下旬となる見込みです。\n\nなお、現時点で合否は決定しておりません。\n\n総務担当")
    assert kind("選考結果の通知時期について", body) != "rejection"


# ---------------------------------------------------------------- fields

def test_an_indonesian_card_names_the_employer_and_the_post() -> None:
    body = ("Kepada Yth.\nSdr/i ALEX MORGAN\n\nBerikut kami sampaikan hasil verifikasi dokumen:\n\n"
            "Instansi           : Pemerintah Kabupaten Agam\nJabatan            : Analis Sistem "
            "Informasi\nStatus             : TIDAK MEMENUHI SYARAT (TMS)\n\nPanitia Seleksi")
    got = draft("Panselda <no-reply@panselda.agamkab.example.org>",
                "[SSCASN] Hasil Seleksi Administrasi", body)
    assert got.company == "Pemerintah Kabupaten Agam"
    assert got.role == "Analis Sistem Informasi"


def test_a_resort_town_after_the_firm_goes() -> None:
    body = ("Hi Alex,\n\nThank you for meeting the panel. We have decided to move forward with another "
            "candidate for the Spa Manager role.\n\nBest,\nHannah\nBlue Lagoon Resorts")
    got = draft("Hannah Lee <hannah@bluelagoonresorts.example.com>",
                "Spa Manager - Blue Lagoon Resorts Playa del Carmen", body)
    assert got.company == "Blue Lagoon Resorts"


def test_a_domain_is_spelled_with_the_letters_small_words() -> None:
    body = ("Adieu Alex,\n\nVos escrivi de la part de la Calandreta de Murèth. Totun, avèm decidit de "
            "pas vos prepausar lo pòst.\n\nAmistats,\nJoan")
    got = draft("Calandreta de Murèth <burèu@calandreta-mureth.example.org>",
                "Vòstra candidatura", body)
    assert got.company == "Calandreta de Murèth"


def test_a_desk_after_the_town_hall_goes() -> None:
    body = ("Benvolguda,\n\nLa vostra sol·licitud figura a la llista definitiva d'aspirants exclosos.\n\n"
            "Servei de Recursos Humans")
    got = draft("Ajuntament de Tàrrega – Selecció de personal <seleccio@tarrega.example.org>",
                "Llista definitiva d'aspirants admesos i exclosos", body)
    assert got.company == "Ajuntament de Tàrrega"


@pytest.mark.parametrize(("sender", "signed"), [
    ("Institut za ratarstvo Novi Sad <konkursi@ifvcns.example.org>", "dr Milan Petrović"),
    ("Задруга Жатва Руски Керестур <zadruga@zhatva.example.org>", "Михайло Планчак"),
    ("Conselh Generau d'Aran - Recorsi Umans <ru@conselharan.example.org>", "Maria Barrera Sans"),
])
def test_an_organisation_sending_is_no_person(sender: str, signed: str) -> None:
    body = f"Poštovana,\n\nNažalost, Vi niste izabrani.\n\nS poštovanjem,\n\n{signed}\nsekretar\n"
    got = draft(sender, "Obaveštenje o ishodu konkursa", body)
    assert got.person is None or got.person.name != sender.split(" <")[0]


@pytest.mark.parametrize(("body", "reason"), [
    ("Bonjour Alex,\n\nMerci pour l'entretien. Le conseil d'administration a voté le gel de toutes les "
     "créations de poste pour 2026. Nous ne pourrons donc pas donner suite.\n\nBernard",
     "le gel de toutes les créations de poste"),
    ("Dear Alex,\n\nThank you for the case study. Your case study was light on maintenance cost "
     "recovery, so we will not be moving forward.\n\nMaya",
     "was light on maintenance cost recovery"),
    ("Yth. Ibu Alex,\n\nDengan menyesal kami sampaikan bahwa Ibu belum dapat kami terima. Posisi ini "
     "mensyaratkan kualifikasi pendidikan minimal Magister (S2).\n\nPanitia",
     "mensyaratkan kualifikasi pendidikan minimal Magister"),
    ("Poštovana Alex,\n\nNažalost, poziciju smo u međuvremenu popunili koleginicom koja je već radila "
     "na GC-MS uređaju.\n\nPozdrav",
     "popunili koleginicom"),
    ("Tisztelt Pályázó!\n\nPályázatát nem fogadta el a munkáltató. Indoklás: a kinevezéshez szükséges "
     "oklevéllel Ön nem rendelkezett.\n\nfőosztályvezető",
     "nem rendelkezett"),
    ("Alex Morgan様\n\n誠に残念ながら今回は採用を見送らせていただきます。技術試験においてその分野の得点が"
     "基準に達しなかったためです。\n\n人事部",
     "基準に達しなかった"),
    ("Alex,\n\nAkçay Gıda, Orta Doğu pazarında daha uzun süre sahada çalışmış bir adayla ilerleme "
     "kararı aldı. Başarılar dilerim.\n\nDeniz",
     "çalışmış bir adayla"),
])
def test_the_reason_is_read(body: str, reason: str) -> None:
    got = draft(EMPLOYER, "Your application", body)
    assert got.reason is not None and reason in got.reason
