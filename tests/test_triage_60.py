"""Sixtieth pass, read end to end from letters written for these tests (not the corpus's).

Opening fresh246-255 for training taught the fields: a Spanish title's field in capitals
after "en", "&" and Dutch "en" inside a title, lead words in Frisian, Italian, Romansh,
Papiamentu, Spanish and Khmer, Dutch verb tails, an executive-search firm's signed name, a
mixed-script subject that is no firm, a screening by an exercise handed in, "Haji" before a
name, a Nordic title's lower-case specialty, and an office or a script copy after a title.

The blind splits fresh256-260 (a port-logistics coordinator's mail in Tonga, Samoa and Fiji,
a tourism officer's in the French Antilles, a process engineer's in Upper Silesia and
Kashubia, a regulatory specialist's on the Alsace-Baden-Basel border, a hospitality manager's
in Graubünden) showed noes in Tongan, Samoan, Fijian, Fiji Hindi, Antillean Creole, Polish,
Silesian, Kashubian, Romansh and Swiss German; a Tongan apostrophe is a glottal stop, not a
quotation; a Polish "no word from us means" is a condition; a Polish faculty's "konkurs" for a
post is a job's; a Samoan church scholarship is no job."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind


@pytest.mark.parametrize(("subject", "body", "role"), [
    ("Resultado de la Evaluación Curricular",
     "Estimado Alex:\n\nLe comunicamos el resultado del proceso para el puesto de Especialista en "
     "Supervisión Socioambiental - Oficina Desconcentrada Puno. Lamentablemente usted no alcanzó "
     "el puntaje mínimo.\n\nComité de Selección", "Especialista en Supervisión Socioambiental"),
    ("Je sollicitatie - Adviseur Data & Monitoring",
     "Beste Alex,\n\nHartelijk dank voor je belangstelling voor de functie van Adviseur Data & "
     "Monitoring en voor je deelname aan het assessment. Helaas nodigen we je niet uit voor het "
     "tweede gesprek.\n\nGroet,\nSietske", "Adviseur Data & Monitoring"),
    ("Bevestiging uitkomst selectieprocedure Informatiemanager Landbouw en Natuur",
     "Geachte heer Morgan,\n\nHierbij bevestig ik de uitkomst van de selectieprocedure voor de "
     "functie Informatiemanager Landbouw en Natuur (schaal 11). De selectiecommissie heeft besloten "
     "u niet voor te dragen voor benoeming.\n\nMet vriendelijke groet,\nJelle",
     "Informatiemanager Landbouw en Natuur"),
    ("Bo solisitut pa Compliance Officer",
     "Estimá Alex,\n\nDanki pa bo interes den e posicion di Compliance Officer i pa e entrevista. "
     "Nos ta lamentá di informá bo ku nos no ta sigui ku bo kandidatura.\n\nSaludo,\nMirella",
     "Compliance Officer"),
    ("Angående tjänsten som översiktsplanerare",
     "Hej Alex,\n\nJag hör av mig angående tjänsten som översiktsplanerare med GIS-inriktning som "
     "du intervjuades för. Tyvärr har vi valt en annan kandidat.\n\nHälsningar\nPer-Olof",
     "Översiktsplanerare med GIS-inriktning"),
    ("Store Officer / اسٹور آفیسر کی اسامی",
     "Dear Candidate,\n\nWe regret to inform you that you have not been selected for the post of "
     "Store Officer.\n\nSecretary", "Store Officer"),
])
def test_the_title_is_read_whole_and_only_the_title(subject, body, role):
    found = draft("HR <hr@employer.example.org>", subject, body).role
    assert found is not None and found.casefold() == role.casefold()


def test_an_executive_search_firm_is_named_as_it_signs():
    found = draft("Wanjiru Kamau <wanjiru@savannasearch.example.com>", "Head of MEL - update",
                  "Habari Alex,\n\nThe client has decided to go with an internal candidate, so "
                  "they won't be moving forward with anyone from the shortlist for the post.\n\n"
                  "Kila la heri,\n\nWanjiru Kamau\nPrincipal Consultant\nSavanna Executive Search\n"
                  "Westlands, Nairobi | +254 700 000 551")
    assert found.company == "Savanna Executive Search"


def test_a_subject_in_two_scripts_names_no_firm():
    found = draft("MD <md@sardaragri.example.com>", "Head - Export Planning અંગે",
                  "પ્રિય એલેક્સભાઈ,\n\nHead - Export Planning ની જગ્યા માટે અમને એવી વ્યક્તિની જરૂર છે "
                  "જે યાર્ડ પર રહી શકે, એટલે આ વખતે વાત આગળ વધારવી યોગ્ય નહીં લાગે.\n\nઆપનો,\nકનુભાઈ")
    assert found.company != "Export Planning અંગે"


def test_an_exercise_handed_in_is_a_screening():
    found = draft("Rohan Iyer <rohan@vaidya.example.com>", "Your rollout-plan exercise",
                  "Hi Alex,\n\nThanks so much for the time and care you put into the rollout-plan "
                  "exercise. We've decided to go ahead with other candidates for the Project "
                  "Manager role.\n\nRohan")
    assert found.stage == "screening"


def test_a_pilgrims_honorific_is_no_part_of_the_name():
    found = draft("Haji Gul Zaman <gulzaman@example.com>", "Export coordinator wala kaar",
                  "Alex jana salaam,\n\nWe regret that the export coordinator position has gone "
                  "to another candidate.\n\nHaji Gul Zaman")
    assert found.person is not None and found.person.name == "Gul Zaman"


@pytest.mark.parametrize(("subject", "body"), [
    ("Ho'o kole ki he lakanga: Assistant Wharf Operations Manager",
     "Mālō e lelei Alex,\n\n'Oku mau fakamālō ki ho'o tohi kole ki he lakanga pea mo ho'o ha'u ki "
     "he fakaafe talanoa mo e kōmiti fili. Ko ia ai, 'oku mau faka'apa'apa atu ke fakahā atu 'e "
     "'ikai lava ke mau hoko atu mo ho'o kole 'i he taimi ni.\n\n'Ofa atu,\nSione"),
    ("Lau talosaga – Supply Officer",
     "Talofa lava Alex,\n\nFa'afetai mo lau talosaga mo le tofiga ma le fa'atalanoaga. Ua "
     "filifili le Komiti e tu'uina le tofiga i se tasi o le aufaigaluega. E le mafai ona matou "
     "toe fa'aauauina lau talosaga i lenei taimi.\n\nSoifua,\nFaleolo"),
    ("Humanitarian Logistics Officer – itukutuku",
     "Bula vinaka Alex,\n\nVinaka na nomu kerekere cakacaka kei na veitalanoa. Sa vakatikori tu "
     "na itavi oqo, sa sega kina ni rawa me keimami toso vata tiko kei iko ena gauna oqo.\n\n"
     "Vinaka sara,\nMereani"),
    ("Rozmowa – Inżynier ds. Optymalizacji",
     "Szanowny Panie,\n\ndziękuję za rozmowę o pracy. Po długiej naradzie postanowiliśmy jednak "
     "powierzyć to stanowisko osobie, która posiada już uprawnienia SEP.\n\nŁączę wyrazy "
     "szacunku\nGrażyna"),
    ("Rekrutacja: Inżynier biogazowni",
     "Szónowny Panie Morgan,\n\nbaro dzãkùjemë za Wôszą aplikacjã na stanowiskò i za rozmòwã. "
     "Projekt òstôł na terô wstrzimóny, tak tej nie bãdzemë nikògò przëjimac na to stanowiskò.\n\n"
     "Z pòwôżanim\nJerzy"),
    ("Vossa annunzia: Product Owner",
     "Stimà Alex Morgan\n\nGrazia fitg per Voss interess per la plazza da Product Owner e per "
     "il discurs telefonic. Suenter avair examinà tut las annunzias, avain nus decidì da "
     "cuntinuar il process cun persunas che han dapli experientscha.\n\nCordials salids\nLadina"),
    ("Recrutement - Chef de projet Tourisme durable",
     "Madame, Monsieur,\n\nVous avez fait acte de candidature pour le poste cité en objet. La "
     "procédure de recrutement est suspendue dans l'attente de l'adoption du budget "
     "supplémentaire. Il ne sera donc pas donné suite, en l'état, aux candidatures reçues.\n\n"
     "Frantz Céleste"),
    ("Rozstrzygnięcie konkursu nr 27/2025 na stanowisko adiunkta",
     "Szanowny Panie,\n\nuprzejmie informuję, że Komisja Konkursowa rozpatrzyła zgłoszenia złożone "
     "w konkursie na stanowisko adiunkta. Złożona oferta nie spełnia wymogu formalnego, w związku "
     "z czym zgłoszenie nie zostało dopuszczone do oceny merytorycznej konkursu.\n\nRyszard"),
])
def test_a_no_in_these_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"


def test_a_polish_note_on_what_silence_means_is_a_receipt():
    assert kind("Potwierdzenie otrzymania aplikacji – Inżynier",
                "Szanowny Panie,\n\nuprzejmie dziękujemy za przesłanie aplikacji na stanowisko "
                "Inżynier. Skontaktujemy się wyłącznie z wybranymi osobami. Brak kontaktu z naszej "
                "strony w ciągu 4 tygodni od daty zamknięcia ogłoszenia (31 października 2025 r.) "
                "oznacza, że tym razem nie zdecydowaliśmy się na dalsze rozmowy.\n\nDział Kadr"
                ) != "rejection"


def test_a_kashubian_candidacy_still_in_the_game_is_no_no():
    assert kind("Rekrutacjô – kòòrdinatora projektów / prośba o referencje",
                "Szónowny Panie Alex,\n\nrekrutacjô na stanowiskò kòòrdinatora jesz sã nie "
                "skùńczëła – Wôsza kandidatura dali je w grze. Prosymë ò dwie referencje.\n\n"
                "Danuta") != "rejection"


def test_a_samoan_church_scholarship_is_no_job():
    assert kind("I'uga o talosaga mo sikolasipi 2026",
                "Talofa lava Alex,\n\nFa'afetai mo lau talosaga mo le Sikolasipi a le Aulotu. Ou "
                "te fa'amalūlū atu e fa'ailoa atu e le'i filifilia lau talosaga i lenei tausaga."
                "\n\nSoifua,\nLagi") != "rejection"


@pytest.mark.parametrize(("body", "reason"), [
    ("Sehr geehrter Herr Morgan\n\nDer Verwaltungsrat hat beschlossen, sämtliche neu geschaffenen "
     "Kaderstellen bis auf Weiteres zu sistieren.\n\nFreundliche Grüsse\nAnna", "zu sistieren"),
    ("Bonjour Alex,\n\nMerci pour l'entretien. Au final on garde Ludovic qui faisait l'intérim "
     "depuis juin.\n\nPatrick", "on garde Ludovic"),
    ("Dear Alex,\n\nDespite several reminders, we were unable to complete the reference and "
     "background verification within the project's start timeline, so the committee has moved to "
     "the next candidate.\n\nHR", "unable to complete the reference"),
])
def test_the_reason_in_these_words_is_found(body, reason):
    found = draft("HR <hr@employer.example.org>", "Your application: Project Manager", body).reason
    assert found is not None and reason in found


def test_an_offer_taken_back_in_polish_is_an_offer_reached():
    found = draft("Tomasz Kreft <kadry@stocznia.example.com>", "Dotyczy: propozycji zatrudnienia",
                  "Szanowny Panie,\n\nZarząd podjął decyzję o wstrzymaniu zatrudnień. Oznacza to, "
                  "że nie jesteśmy w stanie podtrzymać przedstawionej Panu w dniu 3 listopada "
                  "propozycji zatrudnienia na stanowisku Inżyniera Procesu.\n\nTomasz Kreft")
    assert found.stage == "offer"
