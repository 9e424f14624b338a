"""Twenty-first pass (kind): mail in other languages and unusual shapes. An ensemble's
audition for a post, a freelance roster not joined, a search closed without a hire, a
decision not to go on in Spanish, Portuguese, Italian and French, a German audition or
trial year not passed and a withdrawn offer of appointment are rejections; a waiting list,
a migration skills assessment, a vetting service's paperwork, a candidate writing to the
reader about their own no and a written test passed are not. Invitations, moved interviews
and offers in German, Swedish, Afrikaans, Indonesian, Portuguese and French are found.
New wordings written from the shapes, not copied from the corpus; each family has near
misses that keep their answer."""

from __future__ import annotations

import pytest

from ajar.formats.triage import classify


def _kind(subject: str, text: str) -> str:
    return classify(subject, text, "someone@example.org").kind


ENSEMBLE_NOES = [
    ("Principal Horn audition - screening round", "Dear Sam Ortiz,\n\nThank you for sending a "
     "screening video for the Principal Horn vacancy. The audition committee heard every "
     "submission behind a screen. We are sorry to say your video was not among those "
     "progressed to the first live round.\n\nPersonnel Office\nRiverbend Philharmonic"),
    ("Second Violin audition", "Hi Jo,\n\nSorry for the slow reply. We've closed the Second "
     "Violin search without a hire; the chair stays open for this season and will be "
     "re-advertised in spring.\n\nBest,\nKit\nNorthfield Chamber Players"),
    ("Application update: Cello (Tutti)", "Hello Ana,\n\nThe ensemble has looked at every "
     "application and told us that you won't receive an invitation to the audition this "
     "time.\n\nThe Music Jobs team"),
]


@pytest.mark.parametrize(("subject", "text"), ENSEMBLE_NOES)
def test_an_ensembles_no_after_an_audition_for_a_post_is_a_rejection(subject: str,
                                                                     text: str) -> None:
    assert _kind(subject, text) == "rejection"


def test_a_talent_shows_audition_stays_other() -> None:
    assert _kind("Spring Showcase - audition results", "Hi Lee!\n\nThanks for coming to the "
                 "auditions on Saturday. Sadly you weren't selected for the final line-up "
                 "this year; the judges went with acts that suited the running order.\n\n"
                 "Love, the Showcase volunteers") != "rejection"


def test_an_audition_moved_for_a_post_is_an_interview() -> None:
    assert _kind("CHANGE OF DATE: Section Cello auditions", "Dear Mo,\n\nBecause the hall is "
                 "double-booked we have to move the Section Cello auditions from May 3 to "
                 "May 5. Your new time is 11:20.\n\nAudition Office") == "interview"


ROSTER_NOES = [
    ("Translator test", "Dear Kim,\n\nThank you for taking our translation test. I'm sorry "
     "to say we won't be adding you to our freelance translator roster this season; the "
     "reviewers found too many terminology slips.\n\nVendor Management"),
    ("Locum panel", "Hi Dev,\n\nThanks for registering with us. We will not be placing you on "
     "the locum panel this season.\n\nRegards, Staffing"),
]


@pytest.mark.parametrize(("subject", "text"), ROSTER_NOES)
def test_not_added_to_a_freelance_roster_is_a_rejection(subject: str, text: str) -> None:
    assert _kind(subject, text) == "rejection"


LANGUAGE_NOES = [
    ("Proceso Analista de Laboratorio", "Estimada Carla:\n\nGracias por venir a conocer la "
     "planta el martes. Después de pensarlo mucho, escogimos a la otra finalista para el cargo "
     "de Analista de Laboratorio.\n\nSaludos,\nMateo Ruiz"),
    ("Resultado del concurso", "Sr. Pérez:\n\nEl comité terminó la evaluación. Su puntaje no "
     "alcanza el mínimo requerido, por lo que su postulación no continúa en el concurso.\n\n"
     "Atentamente"),
    ("Novedades sobre tu postulación", "Hola Luis,\n\nLa empresa revisó tu postulación al "
     "aviso \"Operario de Planta\" y decidió no continuar con ella.\n\nEl equipo del portal"),
    ("Probespiel Solo-Cello", "Liebe Frau Berg,\n\ndanke, dass Sie zu unserem Probespiel "
     "gekommen sind. Die Jury hat Sie leider nicht in die zweite Runde genommen.\n\nHerzliche "
     "Grüße\nOrchesterbüro"),
    ("Sobre a vaga", "Oi Bruno,\n\nPassando pra contar: a vaga de coordenador de logística da "
     "unidade nova de Campinas acabou ficando com o Paulo, que já era da casa. Gostei muito da "
     "nossa conversa.\n\nAbraço,\nLuiz"),
    ("Resultado", "Estimado Pedro:\n\nLe informamos que el comité eligió a otro postulante "
     "para el cargo.\n\nRRHH"),
    ("Provspel", "Hej Eva,\n\nTyvärr blev du inte inbjuden till provspelet den här gången."
     "\n\nOrkesterkansliet"),
    ("Ende der Probezeit", "Sehr geehrter Herr Lind,\n\nwir teilen Ihnen mit, dass Ihr "
     "Probejahr in der Hornstelle nicht in einen unbefristeten Vertrag übergeht.\n\nMit "
     "freundlichen Grüßen\nOrchesterdirektion"),
]


@pytest.mark.parametrize(("subject", "text"), LANGUAGE_NOES)
def test_noes_in_other_languages_are_rejections(subject: str, text: str) -> None:
    assert _kind(subject, text) == "rejection"


def test_a_german_round_named_in_a_condition_is_not_a_no() -> None:
    assert _kind("Probespiel", "Liebe Frau Berg,\n\nfalls Sie nicht in die zweite Runde "
                 "kommen, erstatten wir die Reisekosten trotzdem.\n\nOrchesterbüro") \
        != "rejection"


def test_an_offer_of_appointment_withdrawn_by_a_secretariat_is_a_rejection() -> None:
    assert _kind("Your offer of appointment - Editor", "Dear Ola,\n\nAs you know, we sent you "
                 "our letter of offer for the Editor (French) post last month. The Assembly "
                 "has frozen all recruitment, and I have been told to withdraw all offers that "
                 "are not yet signed, including yours. I am very sorry.\n\nChief, Language Services"
                 ) == "rejection"


NOT_THE_READERS_NO = [
    ("Barista Trainer course - May", "Dear Nia,\n\nThank you for applying for a funded place "
     "on the Barista Trainer course. Demand was high and you have not been selected for the May "
     "course; your application has been placed on the waiting list in position 4.\n\n"
     "Training Team"),
    ("Skills assessment outcome", "Dear Ms Li,\n\nNominated occupation: Accountant (ANZSCO "
     "221111)\n\nUnfortunately your skills assessment was unsuccessful because the employment "
     "reference did not list your duties.\n\nAssessment Services"),
    ("Police check application - documents", "Hello Ro,\n\nYour background check application, "
     "requested by Acme Staffing, could not be progressed. Unfortunately the ID you uploaded "
     "was not accepted.\n\nVetting Team"),
    ("Warehouse Lead application", "Dear Mr. Diaz,\n\nThank you for your email letting me know "
     "that I was not selected for the Warehouse Lead position. Could you share any feedback on "
     "my interview?\n\nRegards,\nTeo Banks"),
]


@pytest.mark.parametrize(("subject", "text"), NOT_THE_READERS_NO)
def test_a_no_that_is_not_an_employers_no_to_the_reader(subject: str, text: str) -> None:
    assert _kind(subject, text) != "rejection"


def test_a_written_test_passed_and_an_assessment_centre_is_an_interview() -> None:
    assert _kind("Open competition - invitation to the assessment centre", "Dear Candidate,"
                 "\n\nYou passed the written tests and are among the best. You are therefore "
                 "invited to the assessment centre on 4 June.\n\nPlease note that candidates "
                 "who passed but whose marks were not among the best were not selected for the "
                 "assessment centre.\n\nSelection Unit") == "interview"


INVITATIONS_AND_MOVES = [
    ("Einladung zum Probespiel", "Sehr geehrter Herr Kaya,\n\nwir freuen uns, Sie zum "
     "Probespiel für die Stelle Kontrabass am 3. Juni einzuladen.\n\nOrchesterbüro"),
    ("Onderhoud", "Goeie dag Pieter\n\nDankie vir u aansoek om die pos van Klerk. Ons wil u "
     "graag na 'n onderhoud uit te nooi op Dinsdag om 10:00.\n\nGroete"),
    ("Perubahan jadwal wawancara", "Dear Bapak Adi,\n\nMohon maaf, jadwal wawancara untuk "
     "posisi Supervisor Gudang diundur ke hari Senin pukul 10.00.\n\nSalam, HR"),
]


INVITATIONS_AND_MOVES += [
    ("Ons nooi jou", "Beste Thabo\n\nOns nooi jou graag uit vir 'n onderhoud vir die pos van "
     "klerk op Vrydag.\n\nGroete"),
    ("Cambio de fecha de la entrevista", "Hola Ana:\n\nLa gerente no podrá estar el jueves. "
     "¿Podemos pasar su entrevista para el cargo de Analista al lunes a las 10:00?\n\nRRHH"),
    ("Remarcação", "Olá João,\n\nPrecisamos remarcar sua entrevista para a vaga de Técnico. Pode "
     "ser na terça às 14h?\n\nRH"),
    ("Terminänderung", "Hallo Herr Roth,\n\nleider müssen wir Ihr Vorstellungsgespräch auf "
     "Donnerstag, 10 Uhr, verschieben.\n\nPersonalabteilung"),
]


@pytest.mark.parametrize(("subject", "text"), INVITATIONS_AND_MOVES)
def test_invitations_and_moves_in_other_languages_are_interviews(subject: str,
                                                                 text: str) -> None:
    assert _kind(subject, text) == "interview"


OFFERS = [
    ("Erbjudande", "Hej Eva!\n\nGrattis! Vi har beslutat att erbjuda dig tjänsten som "
     "lagerchef. Avtalet kommer i nästa mejl.\n\nHälsningar"),
    ("Proposta", "Olá, Rui!\n\nÉ com alegria que formalizamos a proposta para a vaga de "
     "Analista Fiscal. Início em 1º de junho.\n\nRH"),
    ("Offre", "Bonjour Anne,\n\nJe vous confirme avec plaisir notre offre pour le poste de "
     "traductrice, à compter du 2 mai.\n\nCordialement"),
]


@pytest.mark.parametrize(("subject", "text"), OFFERS)
def test_offers_in_other_languages_are_offers(subject: str, text: str) -> None:
    assert _kind(subject, text) == "offer"


def test_a_swedish_offer_refused_is_no_offer() -> None:
    assert _kind("Tjänsten", "Hej Eva,\n\ntyvärr kan vi inte erbjuda dig tjänsten den här "
                 "gången.\n\nHälsningar") != "offer"


def test_a_step_named_as_what_will_not_happen_is_no_invitation() -> None:
    assert _kind("Site Engineer application", "Hi Ravi,\n\nAfter reading the assessors' "
                 "notes, we'll leave it there for the Site Engineer post rather than invite you "
                 "to the final round.\n\nBest, Jo") != "interview"


def test_hostile_input_is_still_classified_quickly() -> None:
    text = ("probejahr " + "nicht " * 20000 + "x") + " na 'n " * 5000 + "jadwal " * 5000
    assert _kind("Probespiel " * 200, text) in {"rejection", "other", "interview"}
