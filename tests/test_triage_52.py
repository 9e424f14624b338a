"""Fifty-second pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh226-230 showed (a food-quality manager's mail in Sicily and Malta,
a ropeway engineer's in Bavaria and the Tyrols, a public-health coordinator's in Haiti and its
diaspora, a BPO team lead's in Ilocos and Mindanao, an HSE officer's in Kurdistan).

Noes in Italian, Maltese, German and its Alpine dialects, Haitian Creole, Quebec French,
English, Ilocano, Tagalog, Cebuano, Kurmanji, Sorani, Iraqi Arabic and Turkish; a German
withdrawal confirmed, a Turkish residence permit refused, a friend's own no in Creole and a
Sorani acknowledgement's "if you hear nothing" that are no noes; boards' cards in Creole and
Tagalog; a postcode, a dash or a district after the employer; post words and a German verb
around the title; a desk or a closing that is no person; reasons in these languages."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft, letter_kind as kind


# ------------------------------------------------------------------ noes

@pytest.mark.parametrize(("subject", "body"), [
    ("Selezione Responsabile Export",
     "Caro Alex,\n\ndopo una stagione difficile la proprietà ha deciso di congelare tutte le nuove "
     "assunzioni fino a giugno.\n\nUn saluto,\nRosario"),
    ("Ricerca Buyer Senior - esito",
     "Buongiorno Alex,\n\nil nostro cliente ha ritenuto di orientarsi su un candidato con "
     "esperienza nel settore ittico.\n\nCordiali saluti,\nGiulia Amato\nSenior Consultant"),
    ("Colloquio Responsabile Logistica",
     "Gentile Alex,\n\nl'azienda ha scelto di affidare l'incarico a un candidato interno.\n\n"
     "Cordialmente,\nUfficio Risorse Umane"),
    ("Sejħa għall-Applikazzjonijiet - Uffiċjal",
     "Sur Morgan,\n\nB'dispjaċir ngħarrfek li ma ksibtx il-marka minima meħtieġa wara "
     "l-intervista.\n\nDirettur (Riżorsi Umani)"),
    ("Ihre Bewerbung als Servicetechniker",
     "Sehr geehrter Herr Morgan,\n\nleider fällt unsere Entscheidung für die Position "
     "Servicetechniker diesmal nicht auf Sie.\n\nMit freundlichen Grüßen\nAnna Huber"),
    ("Ihre Fachaufgabe",
     "Hallo Herr Morgan,\n\ndanke für Ihre Lösung zur Position Konstrukteur. Deshalb werden wir "
     "Sie nicht zum Fachgespräch einladen.\n\nViele Grüße\nJonas"),
    ("Probetag",
     "Servus Alex,\n\ndanke fürs Kemma zum Probetag. Für'n Liftwart nehmen mir heuer den Toni aus'm "
     "Dorf.\n\nPfiat di\nSepp"),
    ("Pòs asistan administratif la",
     "Bonjou Alex,\n\nMèsi pou entèvyou a. Apre nou fin reflechi, nou pa p ka kontinye avè w pou "
     "pòs la.\n\nMirlande"),
    ("Pòs kowòdonatè",
     "Bonjou Alex,\n\nDireksyon an deside ranpli pòs la an entèn ak yon kolèg.\n\nRH"),
    ("Votre candidature - Agent de recherche",
     "Bonjour,\n\nAprès analyse, votre candidature ne peut être retenue pour ce poste.\n\n"
     "Service de la dotation"),
    ("Your offer - Field Coordinator",
     "Dear Alex,\n\nFollowing the funding cut, all offers that are not yet signed, including "
     "yours, must be withdrawn.\n\nHannah"),
    ("Clinic Coordinator",
     "Alex,\n\nAgyamanak iti interview. Ngem saanmi pay a maituloy ti panag-hire iti coordinator "
     "ita a tawen.\n\nDra. Ventura"),
    ("Assessment Result - Team Leader",
     "Hi Alex,\n\nUnfortunately po, hindi na po natin ma-endorse sa operations interview ang "
     "application niyo.\n\nKristine"),
    ("Team Lead position",
     "Hi Alex,\n\nGusto lang nako ipahibalo nga na-fill-upan na ang Team Lead position.\n\nRhea"),
    ("Serlêdana te - Berpirsê HSE",
     "Birêz Alex,\n\nMixabin, em nikarin serlêdana te bibin qonaxa din.\n\nNesrîn"),
    ("بخصوص وظيفة مهندس سلامة",
     "هلا أستاذ أليكس،\n\nبصراحة ما صار نصيب بهالوظيفة، المدير يريد واحد عنده خبرة بالغاز.\n\nمصطفى"),
    ("وەڵامی داواکاری دامەزراندن",
     "بەڕێز ئەلێکس،\n\nبە داخەوە ناتوانین داواکارییەکەتان قبوڵ بکەین بۆ ئەم پۆستە.\n\nسەرچاوە مرۆییەکان"),
    ("Final Mülakat Sonucu",
     "Sayın Alex Morgan,\n\nDeğerlendirme komitemiz bu pozisyon için başka bir adayla ilerleme "
     "kararı almıştır.\n\nSaygılarımızla,\nElif Demirtaş"),
])
def test_a_no_in_these_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Bestätigung: Sie haben Ihre Bewerbung zurückgezogen",
     "Hallo Alex,\n\nhiermit bestätigen wir, dass Sie Ihre Bewerbung für die Position Monteur am "
     "16.03.2026 zurückgezogen haben. Ihre Bewerbung wird nicht mehr berücksichtigt.\n\nIhr Team"),
    ("İkamet İzni Başvurunuz",
     "Sayın ALEX MORGAN,\n\nkısa dönem ikamet izni başvurunuz İl Göç İdaresi tarafından "
     "değerlendirilmiş ve başvurunuz olumsuz sonuçlanmıştır. Vize süreniz bitmeden yeni başvuru "
     "yapabilirsiniz.\n\ne-İkamet"),
    ("Nouvèl!",
     "Alex!\n\nOu sonje pòs la m te aplike a? Yo voye yon lèt ban m: « nous avons retenu une autre "
     "candidature ». Men jodi a yo ofri m yon lòt djòb!\n\nSteph"),
    ("پشتڕاستکردنەوەی وەرگرتنی داواکاری",
     "بەڕێز Alex Morgan،\n\nسوپاس بۆ ناردنی داواکارییەکەت بۆ پۆستی ئەفسەری سەلامەتی. ئەگەر لە ماوەی "
     "دوو هەفتەدا وەڵامت وەرنەگرت، واتای ئەوەیە کە ئەم جارە هەڵنەبژێردراویت.\n\nیەکەی سەرچاوە مرۆییەکان"),
])
def test_a_withdrawal_a_permit_a_friends_news_or_an_acknowledgement_is_no_no(subject, body):
    assert kind(subject, body) != "rejection"


# ------------------------------------------------------------------ the employer and the post

@pytest.mark.parametrize(("sender", "subject", "body", "company", "role"), [
    ("Djòb Ayiti <notifikasyon@djobayiti.example.com>", "Mizajou sou aplikasyon w",
     "Bonjou Alex,\n\nMen yon mizajou sou aplikasyon ou.\n\nPòs: Responsab Lojistik\n\n"
     "Anplwayè: Klinik Solidarite Jakmèl\n\nEstati: Pa retni\n\nEkip Djòb Ayiti",
     "Klinik Solidarite Jakmèl", None),
    ("KaryeraPH <notifications@karyeraph.example.com>", "May update ang employer",
     "Kumusta, Alex!\n\nMay bagong update ang employer sa iyong application.\n\n"
     "Posisyon: Healthcare Account Supervisor\n\nKumpanya: Bayfront Contact Center\n\n"
     "Status: Hindi na itinuloy\n\nAng KaryeraPH Team",
     "Bayfront Contact Center", "Healthcare Account Supervisor"),
    ("JobRaum <keine-antwort@jobraum.example.org>", "Statusänderung zu Ihrer Bewerbung",
     "Guten Tag Alex Morgan,\n\nzu einer Ihrer Bewerbungen gibt es eine Neuigkeit.\n\n"
     "Stelle: Mechatroniker (Vollzeit)\n\nUnternehmen: Achental Metallbau GmbH, 6215 Achenkirch\n\n"
     "Neuer Status: Nicht berücksichtigt\n\nJobRaum",
     "Achental Metallbau", None),
])
def test_a_boards_card_names_the_employer(sender, subject, body, company, role):
    letter = draft(sender, subject, body)
    assert letter.company == company
    if role:
        assert letter.role == role


@pytest.mark.parametrize(("sender", "signature", "company"), [
    ("HR <hr@example.com>", "Salvo Pappalardo\nFounder\nEtnavia Sensors S.r.l. - Stradale Primosole 50",
     "Etnavia Sensors"),
    ("Personal <personal@rienztal-automation.example.com>",
     "Paolo Gasser\nTechnischer Leiter / Direttore tecnico\nRienztal Automation GmbH - srl\n"
     "Industriestraße 18 / Via Industria 18\nI-39031 Bruneck / Brunico", "Rienztal Automation"),
])
def test_a_dash_after_the_legal_form_is_no_part_of_the_company(sender, signature, company):
    body = ("Hallo Alex,\n\nleider haben wir uns für einen anderen Kandidaten entschieden.\n\n"
            f"Viele Grüße\n{signature}")
    assert draft(sender, "Ihre Bewerbung", body).company == company


def test_a_district_and_its_city_are_no_company():
    body = ("Merhaba Alex,\n\nMüşterimiz Saha İSG Müdürü pozisyonunu şimdilik dondurma kararı "
            "aldı.\n\nSevgiler,\nBurak Şahin\nKıdemli Danışman\nLevent, İstanbul")
    assert draft("Burak <burak@search.example.com>", "Görüşme hakkında", body).company \
        != "Levent, İstanbul"


@pytest.mark.parametrize(("subject", "title"), [
    ("Pòs Coordonnateur Surveillance - desizyon", "Coordonnateur Surveillance"),
    ("Ricerca Plant Quality Manager - esito", "Plant Quality Manager"),
])
def test_a_post_word_before_the_title_is_no_part_of_it(subject, title):
    body = "Bonjou Alex,\n\nNou p ap kontinye pwosesis la ak kandida ekstèn yo.\n\nRH"
    assert draft("RH <rh@example.org>", subject, body).role == title


def test_a_german_verb_after_the_title_is_no_part_of_it():
    body = ("Hallo Alex,\n\nunser Mandant hat sich für die Position Servicetechniker Fördertechnik "
            "dennoch für einen anderen Kandidaten entschieden.\n\nGrüße\nDaniel")
    assert draft("Daniel <d@personal.example.com>", "Rückmeldung", body).role == \
        "Servicetechniker Fördertechnik"


@pytest.mark.parametrize(("sender", "body"), [
    ("Personale <hr@cantina.example.com>",
     "Gentile Alex,\n\npurtroppo abbiamo scelto un altro candidato.\n\nCordiali saluti\n"
     "Ufficio Personale"),
    ("هاوکاری <hr@hawkari.example.org>",
     "بەڕێز ئەلێکس،\n\nبە داخەوە ناتوانین داواکارییەکەتان قبوڵ بکەین بۆ ئەم پۆستە.\n\n"
     "لەگەڵ ڕێزماندا،"),
])
def test_a_desk_or_a_closing_is_no_person(sender, body):
    letter = draft(sender, "Candidatura", body)
    assert letter.person is None or letter.person.name not in ("Ufficio Personale", "لەگەڵ ڕێزماندا")


@pytest.mark.parametrize(("subject", "body"), [
    ("Selezione Export Manager",
     "Caro Alex,\n\ndopo l'incontro finale con la famiglia, purtroppo abbiamo scelto un altro "
     "candidato.\n\nMarco"),
    ("Encama hevpeyvîna dawî",
     "Birêz Alex,\n\nspas ji bo hevpeyvîna dawî. Mixabin, em nikarin serlêdana te bibin qonaxa "
     "din.\n\nRojda"),
])
def test_a_final_meeting_in_italian_or_kurmanji_is_the_final_round(subject, body):
    assert draft("HR <hr@example.org>", subject, body).stage == "final-round"


# ------------------------------------------------------------------ the reason

@pytest.mark.parametrize(("subject", "body", "reason"), [
    ("Responsabile Qualità",
     "Gentile Alex,\n\npurtroppo abbiamo deciso di tenere il ruolo in casa: mio nipote rientra da "
     "Bologna.\n\nGiuseppe", "tenere il ruolo in casa"),
    ("Pòs koòdonatè",
     "Bonjou Alex,\n\nnou pa p ka kontinye avè w. Nou te bezwen yon moun ki deja travay nan Sid "
     "la.\n\nMirlande", "Nou te bezwen yon moun ki"),
    ("Nurse II",
     "Dear Ms. Morgan,\n\nWe regret that you were not included in the top five ranked applicants "
     "for the position.\n\nHRMO", "not included in the top"),
    ("Saha HSE Mühendisi",
     "Sayın Alex Morgan,\n\nihale sözleşmesinin idare tarafından askıya alınması nedeniyle Saha "
     "HSE Mühendisi pozisyonu için işe alım sürecimiz durdurulmuştur.\n\nİK",
     "askıya alınması"),
])
def test_the_reason_in_these_languages(subject, body, reason):
    found = draft("HR <hr@example.com>", subject, body)
    assert found.reason and reason in found.reason
