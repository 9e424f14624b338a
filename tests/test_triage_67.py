"""Sixty-seventh pass, read end to end from letters written for these tests (not the corpus's).

Sealing fresh306-310 (Crete and the Canaries; Mizoram and Nagaland; Tasmania; the Galápagos and
Tierra del Fuego; Bonaire, Curaçao and Saba) taught triage the noes below and what is none, and
the field readers a phone line, a street and a public body of the islands, and where a title
stops.
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind

EMPLOYER = "Talent <jobs@employer.example.com>"


@pytest.mark.parametrize(("subject", "body"), [
    # Spanish: a public list's "your application appears as excluded"
    ("Lista provisional de admitidos y excluidos – Auxiliar Administrativo",
     "Estimado/a aspirante:\n\nLe comunicamos que su solicitud figura como excluida por no aportar "
     "el título exigido en las bases.\n\nEl Tribunal de Selección"),
    # Spanish: an owner took someone who already worked there
    ("Re: Camarero temporada",
     "Hola Alex! Al final cogimos a una chica que ya trabajó aquí el verano pasado. Gracias y "
     "mucha suerte!\n\nPepe"),
    # Mizo: we cannot give you this post
    ("Zirtirtu hna - interview result",
     "Chibai Alex,\n\nInterview-ah i lo kal avangin kan lawm e. He hna hi i hnenah kan pe thei "
     "lo.\n\nPrincipal"),
    # Nagamese: I cannot give you the job
    ("Cashier kaam",
     "Alex,\n\nInterview laga karone dhanyabad. Kintu etu Cashier kaam apuni ke dibole na "
     "paribo.\n\nOwner"),
    # Hindi: your application was not shortlisted for the interview
    ("लेखाकार पद हेतु आवेदन की स्थिति",
     "प्रिय अभ्यर्थी,\n\nआपका आवेदन साक्षात्कार हेतु शॉर्टलिस्ट नहीं किया गया है।\n\nप्रशासन अनुभाग"),
    # Papiamentu: a portal's new status, not selected
    ("Aktualisashon di status",
     "Stimá Alex,\n\nVakatura: Kontador\nStatus nobo: No selekshoná\n\nE dunadó di trabou a "
     "evaluá bo aplikashon.\n\nTrabouPortal"),
    # English: a founder will not hire for the post after all
    ("Barista",
     "Hi Alex,\n\nThanks for coming by the shop on Saturday. We will not hire a barista for the "
     "weekend shifts after all; my nephew will cover them.\n\nBest,\nTom"),
    # Spanish: an offer taken back, with the rent the reader had looked for
    ("Re: Incorporación - Analista de Compras",
     "Alex, buenas tardes.\n\nTenemos que dar marcha atrás con la oferta que te hicimos para el "
     "puesto de Analista de Compras: la dirección congeló las incorporaciones. Sé que ya buscabas "
     "alquiler en Ushuaia.\n\nUn saludo,\nSergio"),
    # English: the grant that paid for the post ended, so nobody is hired
    ("Ranger vacancy - update",
     "Dear Alex,\n\nAfter your interview we were ready to decide on the Ranger vacancy. However, "
     "the project grant that would have paid for this position will not be renewed, so the board "
     "has put the vacancy on hold indefinitely.\n\nRegards,\nJo"),
    # Malay, lost to the retrain: the panel decided not to carry the application on
    ("Keputusan Permohonan Jawatan Pegawai Kewangan",
     "Tuan/Puan,\n\nSetelah temu duga, pihak panel telah memutuskan untuk tidak meneruskan "
     "permohonan tuan/puan ke peringkat seterusnya.\n\nSekian, terima kasih."),
])
def test_a_no_read_from_fresh306_310_is_a_rejection(subject, body):
    assert kind(subject, body, EMPLOYER) == "rejection"


@pytest.mark.parametrize(("subject", "body", "sender"), [
    # a flat given to another applicant
    ("12 Hill Street - application outcome",
     "Hi Alex,\n\nThe owner has approved another applicant for the property, so unfortunately your "
     "application was unsuccessful. Another unit is coming up for inspection next week.\n\n"
     "Kind regards,\nShona", "Shona <shona@property.example.com>"),
    # a friend's own no in a public competition
    ("me bocharon",
     "Alex!!\n\nSalió el orden de mérito del concurso de bomberos y quedé afuera: en la entrevista "
     "no llegué al puntaje mínimo. ¿Vos cómo andás con lo tuyo?\n\nCaro",
     "Caro <caro@mail.example.net>"),
    # a hotel still deciding: "nothing has been decided against you"
    ("Re: Sales Coordinator",
     "Dear Alex,\n\nI'm afraid we haven't been able to make a decision on the Sales Coordinator "
     "role yet. You are still very much in the process - nothing has been decided against you.\n\n"
     "Kind regards,\nEleni", "Eleni <eleni@hotel.example.com>"),
    # a board's results put off, no application dropped
    ("Concurso Guardaparque – Postergación del orden de mérito",
     "Estimada/o postulante:\n\nLa publicación del orden de mérito del concurso se posterga hasta "
     "nuevo aviso por reclamos de otros postulantes. Todas las postulaciones continúan en "
     "evaluación y ninguna ha sido desestimada.\n\nDepartamento de Concursos", EMPLOYER),
])
def test_what_is_no_no_to_the_reader_stays_so(subject, body, sender):
    assert kind(subject, body, sender) != "rejection"


@pytest.mark.parametrize(("subject", "body", "expected"), [
    # an offer that says the others will be told they were unsuccessful
    ("Offer of appointment - Project Officer",
     "Dear Alex,\n\nI am pleased to advise that the selection panel has recommended you for "
     "appointment to the position of Project Officer. Once your acceptance has been received, the "
     "unsuccessful applicants will be advised.\n\nYours sincerely,\nIngrid", "offer"),
    # an interview moved: "Not a no at all!"
    ("Re: Divemaster position",
     "Hi Alex,\n\nSorry for the slow reply, I'm afraid Thursday doesn't work anymore. Not a no at "
     "all! We'd still love to have you over for the interview. Could you do Tuesday the 24th "
     "instead?\n\nCheers,\nTessa", "interview"),
    # a walk-in interview whose rules speak of candidates not found eligible
    ("Walk-in interview for Pharmacist",
     "Dear Candidate,\n\nWith reference to your application for the post of Pharmacist, you are "
     "requested to appear for a walk-in interview on 24 November at 10:30 AM. Candidates not "
     "found eligible on document verification will be disqualified.\n\nMedical Superintendent",
     "interview"),
    # Portuguese: one post filled, the other still open, "I'd like to talk to you"
    ("Vaga de guia",
     "Olá Alex,\n\nA vaga de skipper já ficou preenchida, mas a de guia ainda está aberta e "
     "gostava de falar contigo. Podes passar cá na marina na quinta-feira?\n\nAbraço,\nNuno",
     "interview"),
])
def test_an_offer_or_an_interview_is_read_as_one(subject, body, expected):
    assert kind(subject, body, EMPLOYER) == expected


def test_a_phone_line_is_never_the_company():
    body = ("Hey Alex,\n\nI'm going to pass on you for this season, I need the theory taught in "
            "German.\n\nRuben Martis\nOwner, Kaya Reef Divers - Bonaire\nWhatsApp +599 795 5000")
    company = draft("Ruben Martis <ruben@kayareefdivers.example.com>", "Instructor spot", body).company
    assert company == "Kaya Reef Divers"


def test_a_public_body_of_the_islands_and_its_street():
    body = ("Geachte mevrouw Morgan,\n\nTot onze spijt moeten wij u meedelen dat de keuze niet op u "
            "is gevallen voor de functie van Beleidsmedewerker Toerisme binnen de Directie "
            "Economische Ontwikkeling.\n\nMet vriendelijke groet,\n\nM. Frans\nHoofd Unit P&O\n"
            "Kaya Grandi 2, Kralendijk, Bonaire")
    found = draft("Openbaar Lichaam Bonaire - Unit P&O <p-en-o@bonairegov.example.org>",
                  "Uitslag selectieprocedure", body)
    assert (found.company, found.role) == ("Openbaar Lichaam Bonaire", "Beleidsmedewerker Toerisme")


@pytest.mark.parametrize(("subject", "role"), [
    ("Bolsa de empleo Auxiliar de Información Turística – lista definitiva",
     "Auxiliar de Información Turística"),
    ("Terugkoppeling Tax & Corporate Officer (vertrouwelijke opdracht)", "Tax & Corporate Officer"),
    ("Research Officer (Higher & Technical Education Department) - result", "Research Officer"),
    ("Proceso selectivo Técnico Medio de Turismo: calificaciones", "Técnico Medio de Turismo"),
])
def test_a_subjects_list_desk_or_department_is_no_part_of_the_title(subject, role):
    body = "Dear Alex,\n\nUnfortunately we will not move forward with your application.\n\nHR"
    assert draft(EMPLOYER, subject, body).role == role


def test_a_greek_closing_is_never_the_signer():
    body = ("Αγαπητή κυρία Morgan,\n\nΣας ενημερώνουμε ότι η αίτησή σας για τη θέση Υπαλλήλου "
            "Γραφείου δεν προκρίθηκε.\n\nΜε τιμή,\n\nΕιρήνη Βαρδάκη\nΠροϊσταμένη Τμήματος")
    found = draft("Δήμος Λευκών Ακτών <dimos@leukes.example.org>", "Αποτελέσματα", body)
    assert found.person is not None and found.person.name == "Ειρήνη Βαρδάκη"


@pytest.mark.parametrize(("sender", "subject", "body", "company"), [
    # an Argentine board: the firm that reviewed the application, the firm that set the test
    ("Bumeran <avisos@mail.bumeran.example.com>", "Novedades sobre tu postulación",
     "¡Hola Alex!\n\nTalleres Beagle S.R.L. revisó tu postulación al aviso Soldador y decidió no "
     "avanzar con tu perfil.\n\nEquipo Bumeran\nRecibiste este mail porque tenés una cuenta activa.",
     "Talleres Beagle"),
    ("ZonaJobs <no-reply@zonajobs.example.com>", "Resultado de tu evaluación",
     "Hola, Alex:\n\nGracias por completar la evaluación online que te envió Frigorífico Austral "
     "S.A. para el aviso Analista de Costos.\n\nLa empresa nos pidió que te informemos que no vas a "
     "continuar en el proceso.\n\nEste es un mensaje automático, por favor no lo respondas.",
     "Frigorífico Austral"),
    # an Indian board relays a recruiter's reply: the firm after "from", not the person
    ("Nilgiri Labs via Naukri <recruiter-messages@naukri.example.com>", "Recruiter response",
     "Priya Raman from Kaveri Softworks has responded to your application\n\nStatus: Not "
     "shortlisted\n\nWe will not be proceeding with your profile.\n\nUnsubscribe",
     "Kaveri Softworks"),
    # a desk, a dash, then the bank
    ("Giselle Cicilia <g.cicilia@bankodesaroyo.example.com>", "Re: Credit Officer",
     "Bon dia Alex,\n\nNos a disidí di sigui ku un otro kandidato.\n\nSaludo,\nGiselle Cicilia\n"
     "Recursos Humano - Banko di Desaroyo Boneiru", "Banko di Desaroyo Boneiru"),
    # the firm on the owner's title line, not the landmark address under it
    ("Neisalhou Rutsa <neisalhou@mail.example.com>", "Café Manager",
     "Hi Alex,\n\nSorry, we have given the Café Manager post to Vikhono.\n\nDhanyabad,\n"
     "Neisalhou Rutsa\nOwner, Hills Roast Café\nBelow Razhü Point, Kohima", "Hills Roast Café"),
    # a Mizo postposition glued to the school's name
    ("Zion Memorial HSS <office@zionmemorial.example.org>", "Teacher - interview result",
     "Chibai Alex,\n\nZion Memorial Higher Secondary School-a Teacher hna i dil a, kan lawm e. "
     "He hna hi i hnenah kan pe thei lo.\n\nPrincipal", "Zion Memorial Higher Secondary School"),
])
def test_the_employer_a_board_a_desk_or_an_owner_names(sender, subject, body, company):
    assert draft(sender, subject, body).company == company


def test_a_slovenian_boards_title_is_read_as_the_title():
    body = ("Pozdravljeni, Alex Morgan!\n\nDelodajalec Marina Piran d.o.o. je posodobil status Vaše "
            "prijave na oglas:\n\nKomercialist za najem plovil (m/ž)\n\nStatus: Prijava ni bila "
            "uvrščena v nadaljnji izbor\n\nEkipa Zaposlitev\n\nTo je samodejno obvestilo. Na to "
            "sporočilo ne odgovarjajte.")
    found = draft("Zaposlitev obvestila <obvestila@zaposlitev.example.net>",
                  "Status Vaše prijave: Komercialist za najem plovil (m/ž) – Marina Piran d.o.o.", body)
    assert found.role == "Komercialist za najem plovil"
