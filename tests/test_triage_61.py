"""Sixty-first pass, read end to end from letters written for these tests (not the corpus's).

Opening fresh256-260 for training taught the fields: an office and a post written above the
signer's name, a double given name that shares a word with the family firm, a Polish
habilitation before a name, a Samoan office as a sender, a place after a title in a bracket
or an address, an agency's "(Mandat vertraulich)", a Czech or Polish subject's lower-case
specialty after a dash, a Romansh subject's lower-case complement, "Cargo" in a freight
title, Samoan and Tongan post words, an acronym whose name joins its words with "und", a
letter's accents on a sender's bare name, and an exercise sent in or a German phone
interview as a screening.

The blind splits fresh261-265 (a dairy and food quality manager's mail in Asturias and
Cantabria, a ground-operations coordinator's on Guam and the Marianas, a structural-change
project manager's in Lusatia, a water and energy programme manager's in the Four Corners, an
HSE specialist's in Kurdistan) showed noes in Asturian, Spanish public calls, Upper and Lower
Sorbian, German public bodies and family firms, Sorani and Kurmanji, an eligibility list's
English; a title's "Conference" or a "... Coordinator spot" is a job's; a friend's "they said
they gave it to someone" is her own no; a decision delayed is no answer yet."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind


@pytest.mark.parametrize(("subject", "body"), [
    ("El puestu de Responsable de Producción",
     "Bones, Lena:\n\nGracies por venir a la entrevista. Dempués de pensalo, nun vamos siguir "
     "contigo nel procesu de seleición pal puestu.\n\nUn abrazu,\nXuan"),
    ("Lista definitiva - Bolsa de empleo de Auxiliar Administrativo",
     "Estimado/a aspirante:\n\nLe comunicamos que su solicitud para el puesto figura en la relación "
     "definitiva de EXCLUIDOS del proceso selectivo por no aportar el título exigido.\n\nEl Tribunal"),
    ("Plaza de Técnico de Laboratorio",
     "Estimada Ana:\n\nGracias por su participación en el proceso de selección para la plaza. La "
     "comisión ha propuesto la contratación de otra candidata con doctorado.\n\nUn cordial saludo"),
    ("Application status: Plant Operator II",
     "Your application status has changed.\nReceived - Reviewed - Interviewed - Not Selected\n\n"
     "Thank you for interviewing for this position. Candidates ranked higher on the eligibility "
     "list were selected for the vacancy.\n\nHuman Resources"),
    ("Employment notification: Water Technician",
     "Dear applicant,\n\nYour application for the vacancy has been reviewed. Your name has not been "
     "placed on the certificate of eligibility forwarded to the hiring manager.\n\nPersonnel Office"),
    ("Ihre Bewerbung - Sachbearbeitung Haushalt",
     "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung auf die Stelle. Aufgrund einer "
     "Haushaltssperre wird das Stellenbesetzungsverfahren ohne Auswahlentscheidung beendet.\n\n"
     "Mit freundlichen Grüßen\nPersonalamt"),
    ("Unsere Entscheidung zur Stelle",
     "Liebe Frau Hahn,\n\nwir hätten Sie sehr gern als Projektleitung für den Hofladen eingestellt. "
     "Aber unser Sohn hat entschieden, zurückzukommen, und er wird den Hofladen selbst aufbauen. "
     "Danke für Ihre Bewerbung.\n\nHerzliche Grüße\nUte"),
    ("Wašo požadanje: redaktor",
     "Česćena knjeni Nowak,\n\nwulki dźak za Wašu rozmołwu. Dyrbimy Wam bohužel zdźělić, zo je so "
     "městno pomjeńšiło a wobsadźi so nětko z jednej z našich sobudźěłaćerkow.\n\nZ postrowom"),
    ("Karê Rêveberê Firotinê",
     "Birêz Azad,\n\nSpas ji bo daxwaza te û hevpeyvînê. Me biryar da ku karê rêveberê firotinê bidin "
     "birazayê min, ku ji Hewlêrê vedigere.\n\nBi rêz"),
])
def test_a_no_in_these_words_is_a_rejection(subject, body):
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    # the conference is the job's name here, and the no is the reader's
    ("Conference & Events Coordinator - search outcome",
     "Dear Sam,\n\nThank you for the final interviews for the Conference & Events Coordinator "
     "position. I regret that we will not be extending an offer to you.\n\nSincerely,\nMaria"),
    ("Dive Operations Coordinator",
     "Hi Sam, thanks for applying for the Dive Operations Coordinator spot. We won't be taking your "
     "application further this season. Good luck.\nKen"),
])
def test_a_setting_word_inside_a_named_job_does_not_hide_the_no(subject, body):
    assert kind(subject, body) == "rejection"


def test_a_friends_report_of_her_own_no_is_not_the_readers():
    assert kind("well that's that",
                "Hey cuz,\n\nJust got the email from the utility about the engineering tech job in "
                "Shiprock. They said they gave it to someone who already works in the district "
                "office. I did the interview and the practical test too. Anyway, can you look at "
                "my resume for the next application?\n\nMarla",
                "Marla Tso <marla.tso@example.net>") != "rejection"


def test_an_office_and_a_delegation_above_the_signer_are_not_the_signer():
    found = draft("Région Nord - DRH <recrutement@region-nord.example.org>",
                  "Votre candidature - Chargé de mission Europe",
                  "Madame,\n\nJ'ai le regret de vous informer que je ne suis pas en mesure de réserver "
                  "une suite favorable à votre candidature pour le poste.\n\nJe vous prie d'agréer, "
                  "Madame, l'expression de mes salutations distinguées.\n\nPour le Président et par "
                  "délégation,\nLa Directrice des Ressources humaines,\nClaire Wendling\nRégion Nord")
    assert found.person is not None and found.person.name == "Claire Wendling"


def test_a_double_given_name_sharing_the_family_firms_name_is_a_person():
    found = draft("Domaine Haller & Fils <contact@domaine-haller.example.com>",
                  "Votre candidature - Responsable qualité",
                  "Bonjour Alex,\n\nMerci pour votre visite. Nous avons choisi quelqu'un de la "
                  "famille pour le poste, nous ne donnerons pas suite à votre candidature.\n\nBis "
                  "bàll,\n\nMarie-Claude Haller\nDomaine Haller & Fils")
    assert found.person is not None and found.person.name == "Marie-Claude Haller"


def test_a_polish_habilitation_is_no_part_of_the_name():
    found = draft("Sekretariat Wydziału <sekretariat@wydzial.example.org>",
                  "Rozstrzygnięcie konkursu na stanowisko asystenta",
                  "Szanowny Panie,\n\nuprzejmie informuję, że Pana zgłoszenie nie zostało dopuszczone "
                  "do oceny w konkursie na stanowisko.\n\nZ wyrazami szacunku\n\nprof. dr hab. inż. "
                  "Jan Kowalczyk\nPrzewodniczący Komisji Konkursowej")
    assert found.person is not None and found.person.name == "Jan Kowalczyk"


def test_a_sign_off_from_a_place_opens_the_signature():
    found = draft("Waldblick Diagnostics <jobs@waldblick.example.com>",
                  "Deine Bewerbung als Qualitätsmanager",
                  "Hallo Alex,\n\ndie Stelle als Qualitätsmanager konnte inzwischen besetzt werden. "
                  "Deine Bewerbung konnten wir daher nicht mehr berücksichtigen.\n\nViele Grüße aus "
                  "dem Breisgau\nLena Riedel\nPeople & Culture")
    assert found.person is not None and found.person.name == "Lena Riedel"


@pytest.mark.parametrize(("subject", "body", "role"), [
    ("Vaše přihláška na pozici Procesní inženýr – lakování karoserií",
     "Dobrý den,\n\nděkujeme za Váš zájem o pozici. Bohužel jsme se rozhodli pokračovat s jinými "
     "kandidáty.\n\nS pozdravem\nPersonální oddělení", "Procesní inženýr – lakování karoserií"),
    ("Tia candidatura sco manader da la reconvalescenza",
     "Char Alex,\n\nGrazia fitg per tia annunzia. Nus avain decidì da cuntinuar il process cun "
     "in'autra persuna.\n\nSalids\nAnna", "Manader da la reconvalescenza"),
    ("Update on your application – Cargo Operations Supervisor (R-2231)",
     "Dear Alex,\n\nThank you for applying for the Cargo Operations Supervisor position. We have "
     "decided to move forward with other candidates.\n\nTalent Team", "Cargo Operations Supervisor"),
    ("Head of Regulatory Affairs (Mandat vertraulich)",
     "Sehr geehrte Frau Morgan,\n\nleider hat unsere Mandantin entschieden, die Stelle als Head of "
     "Regulatory Affairs intern zu besetzen. Wir können Ihre Bewerbung nicht weiter "
     "berücksichtigen.\n\nFreundliche Grüsse\nNadia Gysin\nDreiland Search",
     "Head of Regulatory Affairs"),
])
def test_the_title_keeps_its_specialty_and_drops_what_is_not_it(subject, body, role):
    found = draft("Recruiting <jobs@employer.example.com>", subject, body).role
    assert found is not None and found.casefold() == role.casefold()


def test_a_dash_remark_after_a_czech_title_is_no_specialty():
    found = draft("HR <hr@firma.example.cz>", "Procesní inženýr – rozhodnutí po pohovoru",
                  "Dobrý den,\n\nděkujeme za pohovor na pozici Procesní inženýr. Bohužel jsme vybrali "
                  "jiného kandidáta.\n\nS pozdravem\nHR").role
    assert found == "Procesní inženýr"


def test_a_place_in_brackets_written_as_a_place_in_the_letter_is_dropped():
    found = draft("Brisas Group <jobs@brisas.example.com>",
                  "Actualización de su postulación – Gerente de Recepción (Saint-Barth)",
                  "Gracias por su postulación para la posición de Gerente de Recepción en Brisas "
                  "Gustavia Resort (Saint-Barth). Lamentablemente hemos decidido avanzar con otros "
                  "candidatos.\n\nTalento Humano").role
    assert found == "Gerente de Recepción"


def test_a_title_and_its_team_in_a_signature_are_no_place():
    found = draft("Forsikring HR <hr@forsikring.example.dk>", "Skadekonsulent, Erhverv – anden samtale",
                  "Kære Alex,\n\nTak for den anden samtale til stillingen som skadekonsulent. Vi har "
                  "desværre valgt en anden kandidat.\n\nVenlig hilsen\nRasmus Bech\nSkadechef, Erhverv").role
    assert found == "Skadekonsulent, Erhverv"


def test_a_samoan_post_word_leads_to_the_title():
    found = draft("Tavita Leota <tavita@leotabros.example.com>", "Fa'amatalaga taua",
                  "Talofa Alex,\n\nSa matou lafo atu le tusi ofo (offer letter) mo le tofiga Warehouse "
                  "Supervisor. Peita'i ua tolopo le nonogatupe, o lea e le mafai ona matou toe "
                  "fa'aauauina le tofiga.\n\nTavita").role
    assert found == "Warehouse Supervisor"


def test_an_acronym_domain_is_spelled_out_by_a_name_joined_with_und():
    found = draft("Reto Capaul <reto.capaul@awn.gr.example.org>",
                  "Ihre Bewerbung als Projektleitung Regionalentwicklung",
                  "Guten Tag Alex Morgan\n\nNach eingehender Prüfung hat sich die Wahlkommission für "
                  "eine andere Person entschieden.\n\nFreundliche Grüsse\nReto Capaul\nLeiter Personal\n"
                  "Amt für Wald und Naturgefahren\nGrabenstrasse 1, 7001 Chur")
    assert found.company == "Amt für Wald und Naturgefahren"


def test_a_senders_bare_name_takes_the_letters_accents():
    found = draft("Region Rhone-Saone - DRH <recrutement@region-rs.example.org>",
                  "Votre candidature - Chargé de mission",
                  "Madame,\n\nAprès examen, j'ai le regret de vous informer que votre candidature au "
                  "poste n'a pas été retenue.\n\nCordialement,\nRégion Rhône-Saône - Hôtel de Région")
    assert found.company == "Région Rhône-Saône"


@pytest.mark.parametrize("sent_in", [
    "Thanks for sending through the route-planning exercise on Friday.",
    "Merci vielmal für das angenehme Telefoninterview vom letzten Freitag.",
])
def test_an_exercise_sent_in_or_a_phone_interview_is_a_screening(sent_in):
    found = draft("Viliame <v@shipping.example.com>", "Operations Planner",
                  f"Hi Alex,\n\n{sent_in} We have decided not to progress your application for the "
                  "Operations Planner role.\n\nViliame")
    assert found.stage == "screening"


def _sure_not(subject: str, text: str):
    from ajar.formats import triage_message, triage_model
    return triage_model.Model(-6.0, dict.fromkeys(triage_message.features(subject, text), 0.0))


def test_a_short_notes_ruled_no_is_outvoted_by_the_whole_message_only_at_half():
    from ajar.formats import triage
    subject = "Convocatoria N° 07/2025 - Técnico"
    short = ("Señora Ana Ruiz:\n\nMe dirijo a usted en su calidad de postulante. Comunico a usted que "
             "la Convocatoria N° 07/2025 para el cargo de Técnico ha sido anulada en todas sus "
             "etapas.\n\nRecursos Humanos")
    silent = triage.classify(subject, short, message_model=triage.triage_model.Model(0.0, {}))
    pulled = triage.classify(subject, short, message_model=_sure_not(subject, short))
    assert silent.scores["rejection"] - pulled.scores["rejection"] == \
        pytest.approx(triage.MESSAGE_WEIGHT / 2, abs=0.05)
    assert len(short.split()) < triage.SHORT_NOTE_WORDS
    # a letter long enough to say what else it is about is heard in full
    long = short.replace("Recursos Humanos", "Le recordamos que las bases de la convocatoria, los "
                         "plazos de reclamación y el calendario de las próximas convocatorias "
                         "están publicados en el tablón de anuncios de la sede electrónica, donde "
                         "también puede consultar el estado de sus otras solicitudes.\n\nRecursos Humanos")
    silent = triage.classify(subject, long, message_model=triage.triage_model.Model(0.0, {}))
    pulled = triage.classify(subject, long, message_model=_sure_not(subject, long))
    assert silent.scores["rejection"] - pulled.scores["rejection"] == \
        pytest.approx(triage.MESSAGE_WEIGHT, abs=0.05)
