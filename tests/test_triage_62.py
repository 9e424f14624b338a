"""Sixty-second pass, read end to end from letters written for these tests (not the corpus's).

Reading the sealed fresh266-270 (Sardinia, Greenland, South Louisiana, Sri Lanka, Paraguay)
taught triage an Italian public call revoked, a Campidanese "we took someone else", a Cajun
"had to go with a fella who", a parish's "application has therefore been rejected", a Sinhala
hiring stop in Latin letters and a Paraguayan portal's "NO ADMITIDO"; a consultancy's lost bid
is no job's no, a board's relay is a receipt, and a forward that greets its forwarder by her
full name is hers. The fields learned Italian public posts and offices, Icelandic titles,
German "für" titles, a season after a title, HR desks and boards that are no employer, and
"Cordialmente" as a sign-off.

Reading the sealed fresh271-275 (Newfoundland and Labrador, Timor-Leste, Andorra and the
Pyrenees, West Africa, Assam) taught Tetum, Catalan, Aranese and Indian English noes, a
Spanish board's bare status, a friend quoting the "votre candidature" she was told, any mail
client's forward marker, a fellowship's award, street lines that are no company, a name going
on past its "d'", a UN level and an advert's number after a title, and a public post's
discipline in brackets."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind


@pytest.mark.parametrize(("subject", "body"), [
    ("Avviso di revoca - selezione Istruttore Amministrativo",
     "Gentile candidato,\n\nsi comunica che è stata disposta la revoca in autotutela dell'avviso "
     "pubblico di selezione per l'assunzione di n. 1 Istruttore Amministrativo. Non si darà luogo "
     "allo svolgimento dei colloqui.\n\nIl Segretario Comunale"),
    ("Re: Candidadura",
     "Cara Lucia,\nsu postu de cuntabili no est andada: eus pigau un'atra persona de bidda.\n"
     "Saludus,\nTore"),
    ("Warehouse lead job",
     "Lucie,\n\nThanks for driving out Tuesday. Corporate wants the Warehouse Lead to start "
     "Monday with a forklift ticket, so we had to go with a fella who already has his. Call me "
     "in the spring.\n\nRandy"),
    ("Eligible List Status - Clerk III",
     "Dear applicant:\n\nThis examination was open only to residents of the parish, and no proof "
     "of residency was submitted. Your application has therefore been rejected and your name will "
     "not be placed on the eligible list.\n\nCivil Service Board"),
    ("Re: Accountant post",
     "Hi Lucie,\n\nSorry for the late reply. Sales eka adu nisa api hiring eka nawaththuwa. "
     "Next year balamu.\n\nNimal"),
    ("Concurso N° 12/2026 – Lista de Admitidos",
     "Estimada postulante:\n\nCargo: Técnico Agrónomo\nResultado de la evaluación documental: NO "
     "ADMITIDO\nMotivo: no acredita experiencia mínima.\n\nPortal de Concursos"),
    ("Resultado final del Concurso Público N° 4/2026",
     "Señora:\n\nNinguno de los postulantes alcanzó el puntaje mínimo y el Concurso Público N° "
     "4/2026 para el cargo de Analista fue declarado desierto.\n\nDirección de Personas"),
    ("Kona ba pozisaun Asistente Finanseiru",
     "Bondia Lucia,\n\nObrigadu ba entrevista. Maibé ami desidi la kontrata Ita ba pozisaun ne'e. "
     "Ami hili ema seluk ne'ebé hela iha Baucau.\n\nAbrasu,\nJoão"),
    ("Notificació de resultats - Convocatòria 2026/012",
     "Senyora,\n\nLa puntuació mínima era de 5 punts. Us comuniquem que no heu superat la primera "
     "prova i, en conseqüència, quedeu exclosa del procés selectiu.\n\nFunció Pública"),
    ("Candidatura tath lòc de Recepcionista",
     "Bonjorn Lucia,\n\nMercés pera entrevista. Vos comuniqui que non auem causit era vòsta "
     "candidatura. Auem preferit ua persona qu'a ja trabalhat en Vielha.\n\nSalutacions"),
    ("Rejection of application - Advt. No. ABC/REC/01/2026",
     "Sir/Madam,\n\nYour application for the post of Junior Engineer (Civil) has been scrutinised "
     "and the same has been rejected on the following ground: the experience certificate was "
     "not enclosed.\n\nYours faithfully,\nGeneral Manager (HR)"),
    ("Tu candidatura en «Camarero - Huesca» ha cambiado de estado",
     "Hola Lucía,\n\nLa empresa Hostal del Valle ha actualizado el estado de tu candidatura en "
     "la oferta Camarero - Huesca.\nEstado: Descartado\n\nEmpleoValle"),
])
def test_a_no_in_these_words_is_a_rejection(subject, body):
    assert kind(subject, body) == "rejection"


def test_a_consultancys_lost_bid_is_no_jobs_no():
    assert kind("Notification of Unsuccessful Bid - Ref. PC/2026/03",
                "Dear Ms Diaz,\n\nThe Procurement Committee has evaluated the proposals. We regret "
                "that your proposal was not successful, and the contract has been awarded to "
                "Harbour Advisory Ltd.\n\nSecretary, Procurement Committee") != "rejection"


def test_a_boards_relay_of_the_cv_is_a_receipt():
    assert kind("Your CV has been sent to Lagoon Villas",
                "Hi Lucia,\n\nYour application for Front Office Manager was delivered to the "
                "employer today. The employer will contact shortlisted candidates directly; we do "
                "not take part in the selection process.\n\nJobsBoard Team") == "acknowledgement"


def test_a_fellowships_award_is_no_jobs_no():
    assert kind("River Leaders Fellowship 2027 - outcome",
                "Dear Lucia,\n\nThank you for applying to the fellowship. We received 300 "
                "applications for six fellowships this year and your application was not selected "
                "for an award.\n\nProgramme Director") != "rejection"


def test_a_forward_that_greets_its_forwarder_in_full_is_her_own_mail():
    # no "Til:" line in the forwarded header: the greeting says whose letter it was
    body = ("Hej Lucia!\n\nSå fik jeg også mit nej, se herunder. Kaffe på fredag?\n\nKnus, Sara\n\n"
            "-------- Videresendt besked --------\nFra: Sygehuset <job@sygehus.example.org>\n"
            "Emne: Vedr. din ansøgning - Sygeplejerske\n\nKære Sara Holm\nTak for din ansøgning. "
            "Vi har valgt en anden ansøger og går derfor ikke videre med din ansøgning.\n"
            "Med venlig hilsen\nSygehuset")
    assert kind("Fw: Vedr. din ansøgning - Sygeplejerske", body,
                "Sara Holm <sara.holm@example.net>") != "rejection"


def test_any_mail_clients_marker_over_a_from_line_opens_a_forward():
    body = ("Lucia,\n\nNimepata jibu kutoka benki, tafadhali nisaidie na CV yangu.\n\nAmina\n\n"
            "------ Ujumbe wa awali ------\nFrom: Bank HR <hr@bank.example.org>\n"
            "To: amina@example.net\nSubject: Your application - Teller\n\nDear Amina,\n\nWe regret "
            "that your application was not successful on this occasion.\n\nHuman Resources")
    assert kind("Fw: Your application - Teller", body, "Amina Juma <amina@example.net>") != "rejection"


def test_a_friend_quoting_the_your_she_was_told_reports_her_own_no():
    assert kind("c'est gâté chez Lagune Télécom",
                "Mon frère,\n\nLagune Télécom m'a envoyé leur mail hier : « nous ne retenons pas "
                "votre candidature ». Après deux entretiens, ils disent qu'ils ont pris quelqu'un en "
                "interne.\n\nOn se voit samedi,\nKoffi",
                "Koffi Yao <koffi.yao@example.net>") != "rejection"


def test_forward_headers_are_read_in_other_languages():
    from ajar.formats.mail_forward import find_forward

    found = find_forward("Se her:\n\n-------- Videresendt meddelelse --------\nFra: Ida Berg "
                         "<ida@firma.example.dk>\nDato: 3. nov. 2026\nEmne: Din ansøgning\nTil: Lucia "
                         "<lucia@example.net>\n\nKære Lucia\nTak.")
    assert found is not None
    assert (found.address, found.subject, found.to) == ("ida@firma.example.dk", "Din ansøgning",
                                                        "Lucia <lucia@example.net>")


def test_an_italian_public_post_office_and_title_are_read():
    found = draft("Comune di Pratobello - Ufficio Personale <personale@pratobello.example.org>",
                  "Esito selezione Istruttore Amministrativo a tempo determinato",
                  "Gentile candidata,\n\nsi comunica l'esito della selezione per titoli e colloquio "
                  "per l'assunzione di n. 1 Istruttore Amministrativo, categoria C. La S.V. è "
                  "risultata non idonea.\n\nDistinti saluti.\n\nIl Responsabile del Servizio\n"
                  "Dott.ssa Maria Pinna")
    assert found.role == "Istruttore Amministrativo"
    assert found.person is not None and found.person.name == "Maria Pinna"
    assert found.stage == "applied"  # "per titoli e colloquio" is the call's form, not a step


def test_cordialmente_opens_the_signature_over_a_disclaimer():
    found = draft("Frigorífico del Sur <seleccion@frisur.example.com>", "Su postulación",
                  "Estimada Lucía:\n\nLe informamos que se ha decidido continuar con otro candidato "
                  "para el puesto de Jefe de Planta.\n\nCordialmente,\n\nLic. Rosa Benítez\nJefa de "
                  "Selección\nFrigorífico del Sur S.A.\n\n--\nLa información contenida en este "
                  "mensaje es confidencial y para uso exclusivo del destinatario.")
    assert found.person is not None and found.person.name == "Rosa Benítez"


@pytest.mark.parametrize(("sender", "subject", "body", "company"), [
    ("Municipalidad de Itá – RR.HH. <rrhh@ita.example.org>", "Llamado 04/2026",
     "Estimada:\n\nLe informamos que no fue seleccionada para el cargo de Jefe de Catastro.\n\n"
     "Recursos Humanos", "Municipalidad de Itá"),
    ("Lucas Friesen <l.friesen@campoverde.example.org>", "Re: Jefe de Depósito",
     "Hola Lucía,\n\nLa Comisión Directiva decidió congelar la vacante de Jefe de Depósito, así "
     "que no vamos a seguir con ninguna candidatura.\n\nSaludos,\n\nLucas Friesen\nJefe de "
     "Personal\nCooperativa Campo Verde Ltda.", "Cooperativa Campo Verde"),
    ("Banque Lagunaire de Côte d'Ivoire <blci@myworkday.example.com>",
     "Votre candidature chez Banque Lagunaire de Côte d'Ivoire",
     "Bonjour Lucia,\n\nNous vous remercions pour votre candidature chez Banque Lagunaire de Côte "
     "d'Ivoire. Nous ne retenons pas votre candidature pour le poste d'Analyste Crédit.\n\n"
     "L'équipe Talents", "Banque Lagunaire de Côte d'Ivoire"),
])
def test_a_desk_or_a_board_is_no_employer_and_a_name_goes_on_past_its_d(sender, subject, body,
                                                                         company):
    assert draft(sender, subject, body).company == company


@pytest.mark.parametrize("line", ["Avenida da Liberdade, 120", "Carrer Major, 7", "Immeuble Horizon",
                                  "21F Bayani Tower"])
def test_a_street_or_a_building_is_not_acceptable_as_a_company(line):
    from ajar.formats.mail_company import acceptable

    assert not acceptable(line, [])


def test_a_street_line_is_no_company():
    found = draft("Rita Soares <rita@atlanticaconsult.example.com>", "A sua proposta",
                  "Cara Lucia,\n\nLamentamos informar que não poderemos avançar com a sua "
                  "contratação como Consultora Sénior.\n\nCumprimentos,\nRita Soares\nAvenida da "
                  "Liberdade, 120\n1250-145 Lisboa")
    assert found.company != "Avenida da Liberdade, 120"


def test_a_city_before_a_bracket_is_no_client():
    found = draft("Omar Said <omar@sandbridge.example.com>",
                  "Guest Services Manager - Doha (confidential client)",
                  "Hi Lucia,\n\nMy client, a resort group in Doha I cannot name yet, will not take "
                  "your profile forward to interview for the Guest Services Manager vacancy.\n\n"
                  "Best regards,\nOmar Said\nSenior Consultant\nSandbridge Talent")
    assert found.company != "Doha"


@pytest.mark.parametrize(("subject", "body", "role"), [
    ("Result of Written Test - Advt. No. XYZ/REC/02/2026 - Deputy Manager (Operations)",
     "Dear candidate,\n\nWith reference to your application for the post of Deputy Manager "
     "(Operations), we regret that you have not qualified in the written test.\n\nHR",
     "Deputy Manager (Operations)"),
    ("Ihre Bewerbung als Referent für Wasserwirtschaft und Hochwasserschutz",
     "Sehr geehrte Frau Diaz,\n\nwir haben uns für eine andere Person entschieden.\n\n"
     "Mit freundlichen Grüßen\nPersonalabteilung", "Referent für Wasserwirtschaft und Hochwasserschutz"),
    ("Offer withdrawn - Camp Supervisor, Nordfjord 2027 season",
     "Dear Lucia,\n\nWe are sorry to withdraw the offer for the Camp Supervisor position.\n\nHR",
     "Camp Supervisor"),
])
def test_the_title_keeps_its_discipline_and_drops_its_numbers_and_season(subject, body, role):
    found = draft("Recruitment <jobs@employer.example.com>", subject, body).role
    assert found == role


def test_an_icelandic_heads_genitive_stays_in_the_title():
    from ajar.formats.mail_fields import role_from_text, role_or_none

    assert role_or_none("Verkefnastjóri flutninga") == "Verkefnastjóri flutninga"
    assert role_from_text("Starf: Verkefnastjóri flutninga\n") == "Verkefnastjóri flutninga"


def test_an_italian_offer_taken_back_is_an_offer_stage():
    found = draft("Elena Sanna <e.sanna@fondazione.example.org>", "La tua offerta – Project Manager",
                  "Cara Lucia,\n\nti scrivo a una settimana dalla lettera di offerta che ti abbiamo "
                  "inviato. Il Consiglio mi ha chiesto di ritirare l'offerta: il finanziamento è "
                  "saltato.\n\nCon stima,\nElena Sanna")
    assert found.stage == "offer"


@pytest.mark.parametrize(("body", "reason"), [
    ("Dear applicant,\n\nYour application was not accepted. Applicant exceeds the maximum age "
     "limit of 35 years as at the closing date.\n\nRecruitment Portal", "maximum age limit"),
    ("Gentile candidata,\n\nla selezione è revocata per sopravvenute esigenze di contenimento "
     "della spesa di personale.\n\nUfficio Personale", "contenimento della spesa"),
])
def test_the_reason_is_read_in_these_words(body, reason):
    found = draft("HR <hr@employer.example.org>", "Your application", body).reason
    assert found is not None and reason in found
