"""Twenty-seventh pass: titles as Central European languages write them (a Slavic head and
its genitive, a Hungarian title before its post word, a Greek title in the genitive, a unit
after a Romanian or Austrian title), and employers named by a job board, a recruiter's call,
a brand with an organisation's kind word, a defined acronym or a name in sentence case.
Every letter below is written anew (invented names, reserved example domains)."""

from __future__ import annotations

import pytest

from ajar.formats.company_imprint import defined_acronyms
from ajar.formats.company_spelling import spelled_in_sentence_case, spelled_out
from ajar.formats.company_words import ends_in_organisation_kind
from ajar.formats.mail import draft_rejection
from ajar.formats.mail_fields import board_verdicts, from_subject, relayed_from
from ajar.formats.mail_title_central import (greek_nominative, hungarian_post,
                                             slavic_gender_out, with_lower_specialty,
                                             with_slavic_complement, without_post_word,
                                             without_turkish_employer)
from helpers import letter

ME = frozenset({"alex.morgan@example.net"})


def _draft(sender: str, subject: str, body: str):
    return draft_rejection(letter(sender, subject, body, message_id="<scripts27@example.com>"),
                           "scripts27.eml", ME)


@pytest.mark.parametrize("role, subject, letter_text, title", [
    # the subject names the post in the nominative
    ("Dispečer", "Dispečer vlakové dopravy – výsledek", "Dobrý den, děkujeme.",
     "Dispečer vlakové dopravy"),
    ("Planista", "Rekrutacja – Planista rozkładów jazdy", "Dzień dobry, dziękujemy.",
     "Planista rozkładów jazdy"),
    # the letter, after the post's own words, up to a preposition
    ("Majster", "Výsledok výberového konania",
     "na pozíciu Majster údržby koľajových vozidiel pre stredisko Zvolen", "Majster údržby koľajových vozidiel"),
    ("Voditelj", "Vaša prijava", "za radno mjesto Voditelj/ica smjene u hotelu Lastavica",
     "Voditelj smjene"),
    # the letter in another case: the head read stays
    ("Asistenta", "Výsledek", "jsme se rozhodli obsadit místo asistenta střihu jinak", "Asistenta střihu"),
    # a word that ends the title at once, and a mail in no Slavic language
    ("Koordinátor", "Pozice Koordinátor", "Děkujeme, že jste se přihlásil.", "Koordinátor"),
    ("Engineer", "Engineer role update", "Engineer shortlisted candidates only", "Engineer"),
    # a title already read whole is not lengthened
    ("Planista rozkładów", "Planista rozkładów jazdy", "Dziękujemy.", "Planista rozkładów"),
])
def test_a_slavic_head_keeps_its_genitive(role: str, subject: str, letter_text: str,
                                          title: str) -> None:
    assert with_slavic_complement(role, subject, letter_text) == title


def test_a_slavic_gender_ending_leaves_only_in_a_slavic_mail() -> None:
    assert slavic_gender_out("Koordynator/ka produkcji", "Rekrutacja", "Dzień dobry, dziękujemy") \
        == "Koordynator produkcji"
    assert slavic_gender_out("Koordinátor/ka VFX", "Výsledek řízení", "Děkujeme") == "Koordinátor VFX"
    assert slavic_gender_out("Técnico/a de campo", "Tu candidatura", "Gracias") == "Técnico/a de campo"


@pytest.mark.parametrize("subject, letter_text, title", [
    ("Építész tervező pozíció – visszajelzés", "", "Építész tervező"),
    ("Tájékoztatás – Főépítészi Iroda, településtervezési referens munkakör", "",
     "Településtervezési referens"),
    ("Értesítés", "a Főépítészi Iroda településtervezési referens munkakörének betöltésére",
     "Településtervezési referens"),
    ("Jelentkezésed", "elküldted jelentkezésedet az Utánpótlás erőnléti edző pozícióra",
     "Utánpótlás erőnléti edző"),
    ("Utómunka-koordinátor pozíció", "", "Utómunka-koordinátor"),
    # "a similar post", "the advertised post": no title
    ("Értesítés", "amennyiben hasonló pozíció nyílik, felvesszük Önnel a kapcsolatot", None),
    ("Értesítés", "a meghirdetett munkakörre sok pályázat érkezett", None),
])
def test_a_hungarian_title_before_its_post_word(subject: str, letter_text: str,
                                               title: str | None) -> None:
    assert hungarian_post(subject, letter_text) == title


@pytest.mark.parametrize("role, subject, letter_text, title", [
    ("Νηπιαγωγού", "Η αίτησή σας για τη θέση Νηπιαγωγού", "", "Νηπιαγωγός"),
    ("Εκπαιδευτικών Δράσεων", "Re: Θέση Συντονιστή/τριας Εκπαιδευτικών Δράσεων", "",
     "Συντονιστής Εκπαιδευτικών Δράσεων"),
    ("Γραμματέα", "Αίτηση", "για τη θέση του Γραμματέα της διοίκησης", "Γραμματέας"),
    # no title read at all: the words after "θέση"
    (None, "Re: Θέση Συντονιστή/τριας Εκπαιδευτικών Δράσεων", "", "Συντονιστής Εκπαιδευτικών Δράσεων"),
    # a nominative read, or a genitive without "θέση" before it, stays
    ("Υπεύθυνος Υποδοχής", "Θέση Υπεύθυνος Υποδοχής", "", "Υπεύθυνος Υποδοχής"),
    ("Τεχνική Υποστήριξη", "Ενημέρωση", "η ομάδα Τεχνική Υποστήριξη", "Τεχνική Υποστήριξη"),
])
def test_a_greek_title_in_the_nominative(role: str | None, subject: str, letter_text: str,
                                         title: str) -> None:
    assert greek_nominative(role, subject, letter_text) == title


def test_the_employer_before_a_turkish_title_leaves() -> None:
    assert without_turkish_employer("Bilgeada Koleji'ndeki Anaokulu Öğretmeni") == "Anaokulu Öğretmeni"
    assert without_turkish_employer("Kule Altyapı'daki Saha Mühendisi") == "Saha Mühendisi"
    assert without_turkish_employer("Saha Mühendisi") == "Saha Mühendisi"


@pytest.mark.parametrize("sender, subject, body, role", [
    ("Personalservice <jobportal@stadt-lindau.example.org>",
     "Ausschreibung Verkehrsplaner*in – Widerruf",
     "Sie haben sich für die Stelle „Verkehrsplaner*in – Abteilung Mobilität und Stadtraum“ "
     "beworben. Leider wurde die Ausschreibung widerrufen.\n\nMit freundlichen Grüßen\n"
     "Personalservice", "Verkehrsplaner – Abteilung Mobilität und Stadtraum"),
    ("Primăria Valea Mare <resurse.umane@valeamare.example.org>",
     "Fwd: Rezultat proba scrisă – concurs consilier, Serviciul Urbanism și Cadastru",
     "Vă comunicăm că nu ați promovat proba scrisă la concursul pentru funcția de consilier, "
     "Serviciul Urbanism și Cadastru.\n\nCu stimă,\nCompartimentul Resurse Umane",
     "Consilier, Serviciul Urbanism și Cadastru"),
])
def test_a_unit_after_the_title_in_more_languages(sender: str, subject: str, body: str,
                                                 role: str) -> None:
    assert (_draft(sender, subject, body).role or "").casefold() == role.casefold()


def test_a_feedback_word_beside_the_name_in_a_subject() -> None:
    assert from_subject("Revenue Manager – Hotel Lastavica, povratna informacija") \
        == ("Hotel Lastavica", "Revenue Manager")
    assert from_subject("Feedback Arcadia Proiect – Arhitect proiectant") \
        == ("Arcadia Proiect", "Arhitect proiectant")


def test_a_board_names_the_employer_in_french_ukrainian_and_croatian() -> None:
    assert board_verdicts(" Le recruteur  Clinique Ndar Santé  a consulté votre candidature") \
        == ["Clinique Ndar Santé"]
    assert board_verdicts(" Компанія  Sotnia Cloud  переглянула ваш відгук") == ["Sotnia Cloud"]
    assert board_verdicts("Poslodavac Hotel Lastavica pregledao je Vaš životopis.") \
        == ["Hotel Lastavica"]


def test_a_recruiters_call_with_the_client() -> None:
    assert relayed_from("Just got off the phone with Marcus at Tesserine and wanted to call.") \
        == ["Tesserine"]
    assert relayed_from("I spoke with Dana from Harlow Foods this morning.") == ["Harlow Foods"]


def test_a_recruiter_relays_a_named_client() -> None:
    draft = _draft("Jordan Reyes <jordan@brightwelltalent.example.com>",
                   "Tesserine - Design Systems Lead update",
                   "Hey Alex,\n\nJust got off the phone with Marcus at Tesserine. They're not "
                   "going to extend an offer for the Design Systems Lead role; they promoted "
                   "someone internally.\n\nJordan\n\nJordan Reyes | Principal Recruiter\n"
                   "Brightwell Talent")
    assert draft.company == "Tesserine"


@pytest.mark.parametrize("name, expected", [
    ("Dala Telecom", True), ("Defne Otel Grubu", True), ("Bilgeada Koleji", True),
    ("Modra Uvala Hoteli", True), ("Jörg Müller", False), ("Telecom", False),
])
def test_an_organisations_kind_word_ends_its_name(name: str, expected: bool) -> None:
    assert ends_in_organisation_kind(name) is expected


def test_an_ats_sending_as_the_organisation() -> None:
    draft = _draft("Dala Telecom <noreply@smartrecruiters.com>",
                   "Ваша заявка на позицию «Инженер по мониторингу»",
                   "Здравствуйте, Алекс!\n\nБлагодарим вас за интерес к Dala Telecom. К сожалению, "
                   "мы приняли решение продолжить рассмотрение других кандидатов.\n\n"
                   "С уважением,\nКоманда по подбору персонала Dala Telecom")
    assert draft.company == "Dala Telecom"
    assert draft.person is None


def test_acronyms_spelled_out() -> None:
    assert spelled_out("Pbdb", "Urban Development Specialist\nPannonia-Balkan Development Bank\n") \
        == "Pannonia-Balkan Development Bank"
    assert defined_acronyms("notre client, l'Alliance Ivoirienne pour la Santé Maternelle (AISM), "
                            "a retenu") == {"AISM": "Alliance Ivoirienne pour la Santé Maternelle"}
    assert spelled_in_sentence_case("ZVSD Kras", "Zavod za varstvo stavbne dediščine Kras\n") \
        == "Zavod za varstvo stavbne dediščine Kras"
    assert spelled_in_sentence_case("ZVSD Kras", "Zavod Kras\n") is None


def test_an_agency_relays_a_defined_acronym() -> None:
    draft = _draft("Aya Kouassi <aya@ivoiretalents.example.com>",
                   "Votre candidature – Chargé de Suivi-Évaluation – AISM",
                   "Bonjour Alex,\n\nJe reviens vers vous concernant le poste de Chargé de "
                   "Suivi-Évaluation pour lequel nous avions présenté votre dossier à notre client, "
                   "l'Alliance Ivoirienne pour la Santé Maternelle (AISM). Malheureusement, le client "
                   "a retenu un autre profil.\n\nCordialement,\nAya Kouassi\nIvoire Talents RH")
    assert draft.company == "Alliance Ivoirienne pour la Santé Maternelle"


@pytest.mark.parametrize("sender, body, person, company", [
    ("Stadt Lindau – Personalservice <jobportal@lindau.example.org>",
     "Leider wurde die Ausschreibung widerrufen.\n\nMit freundlichen Grüßen\n\n"
     "Für den Bürgermeister:\nMag.a Lena Hofer\nPersonalservice\nMagistrat der Stadt Lindau\n",
     "Lena Hofer", "Magistrat der Stadt Lindau"),
    ("hr@bregovica.example.org",
     "Уважаеми г-н Морган,\n\nКомисията не Ви допуска до следващия етап на конкурса.\n\n"
     "С уважение,\n\nарх. Калина Петрова\nНачалник отдел „Човешки ресурси“\nОбщина Бреговица\n",
     "Калина Петрова", None),
])
def test_a_title_before_the_signers_name(sender: str, body: str, person: str,
                                         company: str | None) -> None:
    draft = _draft(sender, "Konkurs", body)
    assert draft.person is not None and draft.person.name == person
    if company:
        assert draft.company == company


@pytest.mark.parametrize("subject, body, role", [
    ("Výsledek výběrového řízení", "Dobrý den,\n\nděkujeme za Váš zájem o pozici Plánovač jízdních "
     "řádů. Bohužel jsme vybrali jiného uchazeče.\n\nS pozdravem\nJana Nováková\npersonalistka",
     "Plánovač jízdních řádů"),
    ("Výberové konanie – Technik údržby koľajových vozidiel", "Dobrý deň,\n\nďakujeme za Váš "
     "záujem. Žiaľ, vybrali sme iného uchádzača.\n\nS pozdravom\nPeter Horváth",
     "Technik údržby koľajových vozidiel"),
    ("Prijava na delovno mesto", "Spoštovani,\n\nzahvaljujemo se vam za prijavo na delovno mesto "
     "Inženir za signalno-varnostne naprave. Žal smo izbrali drugega kandidata.\n\nLep pozdrav\n"
     "Maja Novak", "Inženir za signalno-varnostne naprave"),
    ("Rukovodilac smjene – odluka", "Poštovani,\n\nodlučili smo da poziciju Rukovodioca smjene "
     "ponudimo drugom kandidatu.\n\nSrdačan pozdrav\nJelena Vuković", "Rukovodilac smjene"),
    ("Aplikimi juaj", "I nderuar z. Morgan,\n\nju faleminderit për aplikimin për pozicionin Menaxher "
     "i Marketingut Turistik. Fatkeqësisht, kemi zgjedhur një kandidat tjetër.\n\nMe respekt\n"
     "Arta Hoxha", "Menaxher i Marketingut Turistik"),
    ("Кандидатура", "Здравейте,\n\nблагодарим Ви за кандидатурата за позицията „Мениджър продукт“. "
     "За съжаление избрахме друг кандидат.\n\nПоздрави\nМария Иванова", "Мениджър продукт"),
    ("Αίτηση", "Αγαπητέ κύριε Morgan,\n\nσας ευχαριστούμε για την αίτησή σας για τη θέση Υπεύθυνου "
     "Προώθησης Προορισμού. Δυστυχώς επιλέξαμε άλλον υποψήφιο.\n\nΜε εκτίμηση\nΕλένη Παππά",
     "Υπεύθυνος Προώθησης Προορισμού"),
])
def test_titles_after_post_words_in_the_balkans_and_central_europe(subject: str, body: str,
                                                                  role: str) -> None:
    assert _draft("Someone <hr@employer.example.com>", subject, body).role == role


@pytest.mark.parametrize("sender, subject, body, company", [
    ("Tomasz Nowak <t.nowak@kadrypro.example.com>", "Rekrutacja – Dyspozytor",
     "Dzień dobry,\n\nnasz klient, Koleje Śląskie Południe, zdecydował się na innego kandydata.\n\n"
     "Pozdrawiam\nTomasz Nowak\nKadryPro", "Koleje Śląskie Południe"),
    ("Awa Diop <awa.diop@panafrica-talent.example.com>", "Candidature – Chef de produit",
     "Bonjour Alex,\n\nJe reviens vers vous suite au retour de notre client, Sahel Mobile Money SA. "
     "Ils ont finalement retenu un autre candidat.\n\nCordialement,\nAwa Diop\nPanAfrica Talent",
     "Sahel Mobile Money"),
    ("Ivana Babić <ivana@jadranstaff.example.com>", "Povratna informacija",
     "Pozdrav Alex,\n\nnaš klijent Hotel Lastavica odlučio se za drugog kandidata.\n\n"
     "Lijep pozdrav,\nIvana Babić\nJadranStaff", "Hotel Lastavica"),
])
def test_a_client_named_in_more_languages(sender: str, subject: str, body: str,
                                         company: str) -> None:
    assert _draft(sender, subject, body).company == company


@pytest.mark.parametrize("text, stage", [
    ("Po razgovoru smo se odločili za drugega kandidata.", "interview"),
    ("Nakon razgovora odlučili smo se za drugog kandidata.", "interview"),
    ("Након разговора одлучили смо се за другог кандидата.", "interview"),
    ("Pas intervistës, vendosëm të vazhdojmë me një kandidat tjetër.", "interview"),
    ("Pas intervistës përfundimtare, vendosëm të zgjedhim një kandidat tjetër.", "final-round"),
    ("Nakon završnog kruga razgovora odlučili smo se za drugu kandidatkinju.", "final-round"),
    ("Köszönjük a személyes elbeszélgetést.", "interview"),
    ("Děkujeme za účast ve druhém kole výběrového řízení.", "interview"),
    ("Děkujeme za vypracování případové studie.", "screening"),
    ("Predali sme Váš životopis nášmu klientovi.", "screening"),
    ("Votre CV a été transmis à notre client.", "screening"),
    ("Σας ευχαριστούμε για την τηλεφωνική μας επικοινωνία.", "screening"),
    # a French "pas" is no Albanian "after"
    ("Nous ne passerons pas à l'entretien final.", None),
    ("Nažalost, ne možemo Vas pozvati na razgovor.", None),
])
def test_stage_in_the_twenty_seventh_languages(text: str, stage: str | None) -> None:
    from ajar.formats.mail_fields import stage_from_text
    assert stage_from_text(text, contact_only=True) == stage


@pytest.mark.parametrize("text, reason", [
    ("Δυστυχώς δεν μπορούμε να προχωρήσουμε, καθώς απαιτείται άδεια ξεναγού.", "άδεια ξεναγού"),
    ("Fatkeqësisht, pozicioni është anuluar për shkak të shkurtimeve buxhetore.", "shkurtimeve"),
    ("Για τη θέση αναζητούμε φαρμακοποιό με άριστη γνώση της ελληνικής γλώσσας.", "γνώση"),
    # "as well as" is no cause
    ("Σας ευχαριστούμε για το ενδιαφέρον, καθώς και για τον χρόνο σας.", None),
])
def test_reasons_in_albanian_and_greek(text: str, reason: str | None) -> None:
    from ajar.formats.mail_reason import reason_from_text
    found = reason_from_text(text)
    assert (found is None) if reason is None else (found is not None and reason in found)


def test_a_slovene_selection_opens_the_job_gate() -> None:
    from ajar.formats.triage import classify
    verdict = classify("Obvestilo o izbiri", "Spoštovani,\n\nobveščamo vas, da v postopku izbire "
                       "niste bili izbrani.\n\nLep pozdrav", "hr@example.com")
    assert verdict.kind == "rejection"


@pytest.mark.parametrize("body, person", [
    ("Poštovani,\n\nnažalost, odlučili smo se za drugog kandidata.\n\nLijep pozdrav,\n\n"
     "mr. sc. Ivana Horvat\nvoditeljica ljudskih potencijala\nHotel Lastavica d.d.", "Ivana Horvat"),
    ("Dzień dobry,\n\nniestety wybraliśmy innego kandydata.\n\nZ poważaniem\nmgr inż. Anna Kowalska\n"
     "Specjalista ds. rekrutacji\nKoleje Śląskie", "Anna Kowalska"),
    ("Dobrý den,\n\nbohužel jsme vybrali jiného uchazeče.\n\nS pozdravem\n\nIng. Petr Dvořák, Ph.D.\n"
     "vedoucí personálního oddělení\nMoravské dráhy a.s.", "Petr Dvořák"),
])
def test_degrees_before_a_central_european_signer(body: str, person: str) -> None:
    draft = _draft("hr@employer.example.com", "Výsledek", body)
    assert draft.person is not None and draft.person.name == person


def test_a_hungarian_talk_not_held_is_no_interview() -> None:
    from ajar.formats.mail_fields import stage_from_text
    assert stage_from_text("Sajnos nem tudjuk behívni személyes interjúra.", contact_only=True) is None
    assert stage_from_text("A személyes interjút követően más jelöltet választottunk.",
                           contact_only=True) == "interview"


# After opening fresh86-90: families read from the new authors' letters, each written anew.

@pytest.mark.parametrize("sentence", [
    "Upozorňujeme, že neúplné přihlášky nelze do výběrového řízení zařadit.",
    "Kandidati, ki pogojev ne izpolnjujejo, v nadaljnji postopek ne bodo uvrščeni.",
    "Kandidatët që nuk e kaluan provimin nuk paguajnë sërish tarifën.",
    "Les dossiers incomplets ne seront pas étudiés.",
])
def test_a_rule_about_a_class_of_applicants_is_no_no(sentence: str) -> None:
    from ajar.formats.triage import _good_news_only
    assert _good_news_only(sentence)


def test_a_class_rule_said_to_the_reader_still_counts() -> None:
    from ajar.formats.triage import _good_news_only
    assert not _good_news_only("Kandidati, ki ne izpolnjujejo pogojev, kot Vaša prijava, ne bodo uvrščeni.")


def test_a_receipt_with_small_print_is_no_rejection() -> None:
    from ajar.formats.triage import classify
    verdict = classify("Potvrzení přijetí přihlášky", "Dobrý den,\n\nděkujeme za Vaši přihlášku do "
                       "výběrového řízení na pozici referenta. Upozorňujeme, že neúplné přihlášky "
                       "nelze do výběrového řízení zařadit.\n\nS pozdravem\nPersonální úsek",
                       "nabor@example.com")
    assert verdict.kind != "rejection"


@pytest.mark.parametrize("role, subject, title", [
    ("Poste d'Ingénieur Validation CSV", "Offre retirée", "Ingénieur Validation CSV"),
    ("Posición de Especialista de Validación", "Su solicitud", "Especialista de Validación"),
    ("Votre candidature au poste Business Analyst Paiements", "Fwd: candidature",
     "Business Analyst Paiements"),
    ("Signaltechniker Stellwerkstechnik - Referenznummer", "Ihre Bewerbung",
     "Signaltechniker Stellwerkstechnik"),
    ("Legal Research Technician, Recruitment", "Status", "Legal Research Technician"),
    ("Conseiller", "Suivi de votre candidature – Conseiller, conformité réglementaire (R-26114)",
     "Conseiller, conformité réglementaire"),
    ("Position Manager", "Update", "Position Manager"),
])
def test_a_post_word_or_a_reference_word_leaves_the_title(role: str, subject: str,
                                                          title: str) -> None:
    assert with_lower_specialty(without_post_word(role), subject) == title


@pytest.mark.parametrize("name, bare", [
    ("Alföldi Vasút Zrt. – Toborzás", "Alföldi Vasút Zrt."),
    ("Biosambre SA - CDMO", "Biosambre SA"),
    ("Office of Administrative Hearings (Recruitment #26-0931)", "Office of Administrative Hearings"),
    ("Hartwell People", "Hartwell People"),
])
def test_a_hiring_desk_after_the_name_leaves(name: str, bare: str) -> None:
    from ajar.formats.mail_company import without_hiring_tail
    assert without_hiring_tail(name) == bare


@pytest.mark.parametrize("closing, name", [
    ("Z wyrazami szacunku", "Katarzyna Nowicka"),
    ("S pozdravem", "Markéta Šindelářová"),
    ("Üdvözlettel:", "Szabó Eszter"),
    ("S poštovanjem,", "Ivana Horvat"),
])
def test_central_european_closings_and_capitals(closing: str, name: str) -> None:
    from ajar.formats.mail_signature import read_signature
    found = read_signature(f"Text.\n\n{closing}\n{name}\nSpecialist\nFirma Example\n", "")
    assert found.name == name


@pytest.mark.parametrize("subject, body, role", [
    ("Обавештење о исходу конкурса – Аналитичар перформанси",
     "Поштовани,\n\nВаша пријава на конкурс за радно место Аналитичар перформанси није узета у "
     "разматрање.\n\nКомисија", "Аналитичар перформанси"),
    ("سسٹم ایڈمنسٹریٹر (BS-17) کی آسامی کے بارے میں اطلاع",
     "محترم صاحب،\n\nبصد افسوس مطلع کیا جاتا ہے کہ یہ آسامی منسوخ کر دی گئی ہے۔\n\nشعبہ انتظامیہ",
     "سسٹم ایڈمنسٹریٹر"),
    ("Plaça d'orientador/a de secundària",
     "Hola Alex,\n\nfinalment no podrem comptar amb tu per a la plaça.\n\nMarta", "Orientador/a de secundària"),
])
def test_titles_the_ranker_no_longer_has_to_read(subject: str, body: str, role: str) -> None:
    assert _draft("Someone <hr@employer.example.com>", subject, body).role == role
