"""Company and person families of the twelfth pass (issue 11).

Each table holds cases written from how such mail generally reads (new names,
reserved example domains), then near misses that must keep their answer.
"""

from __future__ import annotations

import pytest

from test_mail_fields_families import NO, draft


def _person(found) -> str | None:  # noqa: ANN001 - a MailDraft
    return found.person.name if found.person else None


# ------------------------------------------------------------------ signatures

# A signature's contact lines: a phone with its area code in brackets or a label ("Office",
# "Ph:", "Desk", "Switchboard"), the writer's letters after a name ("RN, CCRN", "MBBS"), a
# unit after the title ("– Intensive Care Unit"), a sign-off in any language with a blank line
# under it. None of them is the employer, and none hides the writer.
TWELFTH_SIGNATURE_LINES = [
    ("Owen Tallis <otallis@millbrook.example.gov>",
     f"Dear Alex,\n\n{NO}\n\nRegards,\n\nOwen Tallis\nPayroll Supervisor\nTown of Millbrook\n"
     "(555) 201-7784", "Town of Millbrook", "Owen Tallis"),
    ("Priya Raman <praman@hollowell.example.org>",
     f"Hi Alex,\n\n{NO} I hope our paths cross again.\n\nPriya\n\nPriya Raman, BSN, RN, CCRN\n"
     "Charge Nurse, Cardiac Step-Down\nHollowell Memorial Hospital\nDesk 555-0199",
     "Hollowell Memorial Hospital", "Priya Raman"),
    ("Dana Whit <dana.whit@marlowbay-health.example>",
     f"Dear Alex,\n\n{NO}\n\nKind regards,\n\nDana Whit\nClinical Nurse Educator – Intensive "
     "Care Unit\nMarlow Bay Hospital\nPh: (07) 5550 8812", "Marlow Bay Hospital", "Dana Whit"),
    ("Officina Castaldi <officinacastaldi@jobs.recruitee.com>",
     "Gentile Alex,\n\nabbiamo deciso di non proseguire con la sua candidatura.\n\n"
     "Un cordiale saluto,\n\nGiulia Ferraris\nResponsabile HR | Officina Castaldi\n\n"
     "Sent via Recruitee", "Officina Castaldi", "Giulia Ferraris"),
    ("Jonas Brekke <jonas@fjordlys.example>",
     f"Hi Alex,\n\n{NO}\n\nVennlig hilsen fra oss,\n\nJonas Brekke, MBA\nHead of People\n"
     "Fjordlys Energi\nSwitchboard +47 555 12 345", "Fjordlys Energi", "Jonas Brekke"),
    # near misses: a number in the firm's own name, a phone with a plain label, a unit with
    # no organisation under it
    ("Rosa Lind <rosa@route66diner.example>",
     f"Hi Alex,\n\n{NO}\n\nBest,\n\nRosa Lind\nManager\nRoute 66 Diner\nT: +1 555 010 2233",
     "Route 66 Diner", "Rosa Lind"),
    ("Kit Ames <kit@fernbrook.example>",
     f"Dear Alex,\n\n{NO}\n\nRegards,\n\nKit Ames\nRecruiter\nFernbrook Analytics\n"
     "Tel: +44 20 7946 0555", "Fernbrook Analytics", "Kit Ames"),
    ("Noor Haddad <noor@qaswa.example>",
     f"Dear Alex,\n\nThank you for applying to Qaswa Holdings. {NO}\n\nRegards,\n\nNoor Haddad\n"
     "HR Officer – Talent Team", "Qaswa Holdings", "Noor Haddad"),
]


@pytest.mark.parametrize("sender, body, company, person", TWELFTH_SIGNATURE_LINES,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_SIGNATURE_LINES)])
def test_a_signatures_contact_lines_are_not_the_employer(sender: str, body: str, company: str,
                                                         person: str) -> None:
    found = draft(sender, "Your application", body)
    assert (found.company, _person(found)) == (company, person)


# ------------------------------------------------------------------ people, not firms

# An agency passes on someone's word ("feedback from Sarah"), a relay's subject says "New
# message from Keiko Tanaka": a name the text speaks of as a person (a pronoun after it, a
# post in apposition, the firm the person is at, the sender introducing themselves) is
# never the employer; the firm the text names for the job is.
AGENCY = "Tom Hale <tom.hale@brightpath-search.example>"
TWELFTH_PEOPLE_NOT_FIRMS = [
    (AGENCY, "Product Lead", "Hi Alex,\n\nI've had feedback from Sarah this morning on the "
     "Product Lead role at Oxley Foods. She felt your roadmap answer was strong, but they've "
     "decided to go with someone from retail.\n\nTom Hale\nBrightpath Search", "Oxley Foods"),
    (AGENCY, "Platform Engineer", "Hi Alex,\n\nQuick one: I heard back from Marcus, their Head "
     "of Engineering, about the Platform Engineer role with Harrow Logistics, and unfortunately "
     "they won't be taking you forward.\n\nTom", "Harrow Logistics"),
    (AGENCY, "Update", "Hi Alex,\n\nNews from Ingrid (the hiring manager) on the Copywriter "
     "role with Saltmarsh Studio: it's a no this time, sorry.\n\nTom", "Saltmarsh Studio"),
    (AGENCY, "Update", "Hi Alex,\n\nI had feedback from Tomás at Vela Foods: they won't be "
     "moving you forward to the final stage.\n\nTom", "Vela Foods"),
    ("Keiko Tanaka <relay+88231@chatbridge.example>", "New message from Keiko Tanaka",
     "Hello Alex! Keiko here from Lumen Talent.\n\nSadly the Brand Manager position at Sorel "
     "Beauty is closed for you, the client hired internally.\n\nKeiko", "Sorel Beauty"),
    # near misses: the firm itself passes it on, with a person's pronoun nearby
    (AGENCY, "Update", "Hi Alex,\n\nI had feedback from Northwind this morning: they have "
     "decided not to move you forward.\n\nTom", "Northwind"),
    (AGENCY, "Update", "Hi Alex,\n\nI've had word back from Harlow Foods, and the hiring "
     "manager said he was impressed, but they have gone with another candidate.\n\nTom",
     "Harlow Foods"),
    (AGENCY, "Update", "Hi Alex,\n\nFeedback from Kestrel Bank: she said no. Sorry.\n\nTom",
     "Kestrel Bank"),
]


@pytest.mark.parametrize("sender, subject, body, company", TWELFTH_PEOPLE_NOT_FIRMS,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(TWELFTH_PEOPLE_NOT_FIRMS)])
def test_a_person_passing_it_on_is_not_the_employer(sender: str, subject: str, body: str,
                                                    company: str) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ places

# "Data Engineer - Rotterdam", "Barista | Galway": a word after the title's dash that no other
# place names (text, sender, domain) is where the job is; "Harrow Finch Geneva" over "our
# office in Geneva" is the firm without its city. Unknown is asked for, never guessed.
TWELFTH_PLACE_AFTER_TITLE = [
    ("Talent <no-reply@hire.lever.co>", "Data Engineer - Rotterdam",
     f"Hi Alex,\n\nThank you for applying. {NO}\n\nThe Recruiting Team", None),
    ("Careers <no-reply@myworkday.com>", "Senior Accountant – Calgary, AB",
     f"Dear Alex,\n\nThank you for your interest. {NO}\n\nTalent Acquisition", None),
    ("Recruiting Team <talent@northlake.example>", "Account Executive - Monterrey",
     f"Hi Alex,\n\nThanks for applying to Northlake. {NO}\n\nRecruiting Team", "Northlake"),
    ("Jobs <jobs@greenhouse.io>", "Barista | Galway",
     f"Hi Alex,\n\nThanks for applying. {NO}\n\nThe team", None),
    ("Odile Brun <o.brun@harrowfinch.example>", "Relationship Manager - Harrow Finch Geneva",
     f"Dear Alex,\n\nThank you for coming to our office in Geneva. {NO}\n\nOdile Brun\n"
     "Harrow Finch", "Harrow Finch"),
    ("Odile Brun <o.brun@velasco-mar.example>", "Analista Financiero - Velasco Mar Sevilla",
     f"Hola Alex,\n\nGracias por viajar a Sevilla. {NO}\n\nOdile Brun\nVelasco Mar SL\n"
     "Calle Feria 12, 41003 Sevilla", "Velasco Mar"),
    ("Talent Team <talent@pinecrest.example>", "Sales Associate - Denver, CO",
     f"Hi Alex,\n\n{NO}\n\nTalent Team", "Pinecrest"),
    ("Jobs <jobs@greenhouse.io>", "Software Engineer - London (Hybrid)",
     f"Hi Alex,\n\nThanks for applying. {NO}\n\nThe team", None),
    # near misses: the employer after the dash, named by the sender, the domain or the text;
    # a firm's name with its trade; a city inside the firm's name
    ("Quillhaven <no-reply@hire.lever.co>", "Data Engineer - Quillhaven",
     f"Hi Alex,\n\n{NO}\n\nThe Recruiting Team", "Quillhaven"),
    ("Talent <no-reply@hire.lever.co>", "Data Engineer - Fernhill Analytics",
     f"Hi Alex,\n\n{NO}\n\nThe Recruiting Team", "Fernhill Analytics"),
    ("Talent <talent@brightwater.example>", "Product Designer - Brightwater",
     f"Hi Alex,\n\n{NO}\n\nThe Recruiting Team", "Brightwater"),
    ("Talent <no-reply@hire.lever.co>", "Data Engineer - Corvane",
     f"Hi Alex,\n\nThank you for applying to Corvane. {NO}\n\nThe Recruiting Team", "Corvane"),
    ("Odile Brun <o.brun@harrowfinch.example>", "Relationship Manager - Bank of Geneva",
     f"Dear Alex,\n\nThank you for coming to Bank of Geneva in Geneva. {NO}\n\nOdile Brun",
     "Bank of Geneva"),
]


@pytest.mark.parametrize("sender, subject, body, company", TWELFTH_PLACE_AFTER_TITLE,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(TWELFTH_PLACE_AFTER_TITLE)])
def test_a_place_after_a_title_is_not_the_employer(sender: str, subject: str, body: str,
                                                   company: str | None) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ organisations as senders

# "Editora Pedra Azul <naoresponda@...>", "Dział Kadr", "Halden Therapeutics": a shared
# mailbox ("do not reply" and "notifications" in other languages), an organisation named for
# its trade (life sciences, publishing, retail, media) or a team signing in another language
# is nobody to write to, and the organisation is the employer.
TWELFTH_ORGANISATION_SENDER = [
    ("Editora Pedra Azul <naoresponda@vagas-portal.example>", "Olá Alex,\n\nAgradecemos a sua "
     "participação no processo para a vaga de Assistente Editorial na Editora Pedra Azul. "
     "Infelizmente não seguiremos com a sua candidatura.\n\nAbraços,\nEquipe de Recrutamento\n"
     "Editora Pedra Azul", "Editora Pedra Azul", None),
    ("Wydawnictwo Lipowe <powiadomienia@rekrutacja-system.example>", "Dzień dobry,\n\n"
     "zdecydowaliśmy się kontynuować proces rekrutacji z innymi kandydatami.\n\nZ poważaniem,\n"
     "Dział Kadr\nWydawnictwo Lipowe", "Wydawnictwo Lipowe", None),
    ("Halden Therapeutics <halden@myworkday.com>", "Dear Alex,\n\nWe are writing about the "
     "Clinical Scientist role. The position has been cancelled.\n\nKind regards,\nHalden Global "
     "Talent Acquisition", "Halden Therapeutics", None),
    ("Lucerna Moda <nonrispondere@lucerna-moda.example>", "Gentile Alex,\n\nabbiamo deciso di "
     "non proseguire con la sua candidatura.\n\nCordiali saluti,\nRisorse Umane\nLucerna Moda",
     "Lucerna Moda", None),
    ("Éditions du Phare <ne-pas-repondre@phare-editions.example>", "Bonjour Alex,\n\nNous ne "
     "donnerons pas suite à votre candidature.\n\nCordialement,\nL'équipe recrutement\n"
     "Éditions du Phare", "Éditions du Phare", None),
    # near misses: people writing from their own address, with names near the new words
    ("Pedro Almeida <pedro.almeida@pedraazul.example>", "Olá Alex,\n\nInfelizmente não "
     "seguiremos com a sua candidatura.\n\nAbraços,\nPedro Almeida\nEditora Pedra Azul",
     "Editora Pedra Azul", "Pedro Almeida"),
    ("Kadri Tamm <kadri.tamm@laanemets.example>", f"Hi Alex,\n\n{NO}\n\nBest,\nKadri Tamm\n"
     "Head of People\nLäänemets Foods", "Läänemets Foods", "Kadri Tamm"),
    ("Marketa Novak <marketa@brnoworks.example>", f"Hi Alex,\n\n{NO}\n\nBest,\nMarketa Novak\n"
     "Recruiter\nBrno Works", "Brno Works", "Marketa Novak"),
]


@pytest.mark.parametrize("sender, body, company, person", TWELFTH_ORGANISATION_SENDER,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_ORGANISATION_SENDER)])
def test_an_organisation_sending_is_nobody_to_write_to(sender: str, body: str, company: str,
                                                      person: str | None) -> None:
    found = draft(sender, "Regarding your application", body)
    assert (found.company, _person(found)) == (company, person)


# ------------------------------------------------------------------ agencies and public bodies

# An agency names its client by what it did ("I submitted your profile to X", "sent your CV
# over to X", "introduced you to X") and by the client's decision after a "but" or a ";"
# ("but Penrose Dairies have gone with"); a public body is "the Department of X": the
# client, the body, is the employer.
NIA = "Nia Cole <nia.cole@harbourside-people.example>"
TWELFTH_CLIENT_NAMED = [
    (NIA, "Staff Pharmacist", "Hi Alex,\n\nThanks again for your time on Monday. I submitted "
     "your profile to Kelmarsh Community Pharmacy on Tuesday, but they have decided to progress "
     "with candidates who have more dispensary experience.\n\nNia Cole\nConsultant\n"
     "Harbourside People", "Kelmarsh Community Pharmacy"),
    (NIA, "Update", "Hi Alex,\n\nI sent your CV over to Tallis Marine Engineering last week and "
     "sadly they won't be taking it further.\n\nNia\n\nNia Cole\nHarbourside People",
     "Tallis Marine Engineering"),
    (NIA, "Feedback", "Alex - I had introduced you to Orrin & Vale Architects, but Orrin & Vale "
     "have now filled the post internally. Sorry!\n\nNia", "Orrin & Vale Architects"),
    (NIA, "Interim CFO", "Alex - I pitched you hard, but Penrose Dairies have gone with someone "
     "who can start sooner. I'll be in touch.\n\nNia", "Penrose Dairies"),
    (NIA, "Interim CFO", "Alex, thanks for your patience; Calloway Freight has decided to keep "
     "the search internal.\n\nNia", "Calloway Freight"),
    ("Staffing Notices <no-reply@jobs.example.gov>", "Application status", "Dear Alex,\n\n"
     "Thank you for your interest in the Budget Analyst position with the Department of Harbour "
     "Works, Office of Finance. You have been found ineligible for this position.",
     "Department of Harbour Works"),
    ("Staffing Notices <no-reply@jobs.example.gov>", "Application status", "Dear Alex,\n\n"
     "Thank you for your application for the Planner role with the County of Westmere. You were "
     "not referred to the selecting official.", "County of Westmere"),
    # near misses: no client named, a role named "for" a firm, the writer's own "we"
    (NIA, "Update", "Hi Alex,\n\nI sent your CV over last week and sadly they won't be taking it "
     "further.\n\nNia Cole\nHarbourside People", "Harbourside People"),
    (NIA, "Update", "Hi Alex,\n\nI put you forward for the BI Lead role with Greywell Analytics. "
     "Sadly they've gone with an internal hire.\n\nNia", "Greywell Analytics"),
    (NIA, "Update", "Hi Alex,\n\nI spoke to them twice, but we have decided to stop working on "
     "this search.\n\nNia Cole\nHarbourside People", "Harbourside People"),
    ("Tessa Lyle <tessa@corbel.example>", "Your application", "Hi Alex,\n\nThank you for your "
     "time with the team. Unfortunately, we have decided not to move forward.\n\nTessa Lyle\n"
     "Corbel", "Corbel"),
]


@pytest.mark.parametrize("sender, subject, body, company", TWELFTH_CLIENT_NAMED,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(TWELFTH_CLIENT_NAMED)])
def test_the_client_an_agency_or_a_notice_names_is_the_employer(sender: str, subject: str,
                                                               body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ domains

# A domain runs a name together with its small words or its trade: "casadelmare" is the
# text's "Casa del Mare", "vandermeerbouw" "Van der Meer Bouw", "harborlinefood" "Harborline
# Food".
TWELFTH_DOMAIN_SPELLING = [
    ("Marco Ferri <m.ferri@casadelmare.example>", "Gentile Alex,\n\nla ringrazio per il colloquio "
     "per la posizione di cameriere alla Casa del Mare. Abbiamo deciso di non proseguire con la "
     "sua candidatura.\n\nCordiali saluti,\nMarco Ferri", "Casa del Mare"),
    ("Lucía Gil <lucia.gil@bodegasdelvalle.example>", "Hola Alex,\n\nGracias por tu interés en "
     "Bodegas del Valle. Lamentablemente hemos decidido seguir con otros candidatos.\n\n"
     "Un saludo,\nLucía Gil", "Bodegas del Valle"),
    ("Joost Bakker <joost@vandermeerbouw.example>", "Beste Alex,\n\nBedankt voor je sollicitatie "
     "bij Van der Meer Bouw. Helaas hebben we besloten om niet verder te gaan met je "
     "sollicitatie.\n\nMet vriendelijke groet,\nJoost Bakker", "Van der Meer Bouw"),
    ("Dana Reyes <dana@harborlinefood.example>", "Hi Alex - we've gone with another applicant "
     "for the driver job. Thanks for applying. - Dana", "Harborline Food"),
    # near misses: a name the text spells, a name it does not, a trade inside a word
    ("Sam Lee <sam@lumenhealth.example>", f"Hi Alex,\n\nThanks for applying to Lumen Health. "
     f"{NO}\n\nSam Lee", "Lumen Health"),
    ("Sam Lee <sam@northwind.example>", f"Hi Alex,\n\n{NO}\n\nSam Lee", "Northwind"),
    ("Sam Lee <sam@seafoodshack.example>", f"Hi Alex,\n\n{NO}\n\nSam Lee", "Seafoodshack"),
]


@pytest.mark.parametrize("sender, body, company", TWELFTH_DOMAIN_SPELLING,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_DOMAIN_SPELLING)])
def test_a_domain_is_spelled_as_the_text_writes_it(sender: str, body: str, company: str) -> None:
    assert draft(sender, "Your application", body).company == company


# ------------------------------------------------------------------ units and teams

# "Department of Harbour Works, Permits and Licensing Division", "Ministry of Transport,
# Office of Road Safety", "Land Registry Agency Resourcing": the organisation, then the unit
# inside it or the team that signed; the organisation is the employer. A sender calling
# itself "Hiring Notices" names nobody.
NOTICES = "Hiring Notices <no-reply@jobs.example.gov>"
TWELFTH_UNIT_AFTER_NAME = [
    (NOTICES, "Notice of Results\n\nPosition: Permit Technician\nOrganization: Department of "
     "Harbour Works, Permits and Licensing Division\n\nDear Alex,\n\nYou were found eligible but "
     "were not referred to the selecting official.\n", "Department of Harbour Works"),
    (NOTICES, "Dear Alex,\n\nThank you for applying. Unfortunately you were not selected for "
     "interview.\n\nKind regards,\n\nMinistry of Transport, Office of Road Safety",
     "Ministry of Transport"),
    (NOTICES, "Dear Alex,\n\nThank you for applying to the Land Registry Agency. Unfortunately "
     "we are unable to offer you a post.\n\nLand Registry Agency Resourcing",
     "Land Registry Agency"),
    (NOTICES, "Dear Alex,\n\nThank you for applying to the Land Registry Agency. Unfortunately "
     "we are unable to offer you a post.\n\nLand Registry Agency People Services",
     "Land Registry Agency"),
    (NOTICES, "Dear Alex,\n\nThank you for applying to Carrow Water. Unfortunately we are unable "
     "to offer you a post.\n\nCarrow Water Personnel", "Carrow Water"),
    (NOTICES, "Dear Alex,\n\nThank you for applying. Unfortunately you were not selected for "
     "interview.\n\nKind regards,\n\nDepartment of History, Kelmarsh University",
     "Kelmarsh University"),
    # near misses: a trade after the comma, a trade word in the name, an agency signing with its
    # own name, a team word that is the whole name
    ("Jobs <jobs@halemoss.example>", f"Dear Alex,\n\nThank you for applying to Hale & Moss. "
     f"{NO}\n\nHale & Moss, Solicitors", "Hale & Moss"),
    ("Jobs <jobs@carrow.example>", f"Dear Alex,\n\nThank you for applying to Carrow Water "
     f"Services. {NO}\n\nCarrow Water Services", "Carrow Water Services"),
    ("Ivo Hart <ivo@kestrel-search.example>", "Dear Alex,\n\nMy client has decided not to "
     "progress.\n\nRegards,\nIvo Hart\nKestrel Search Recruitment", "Kestrel Search Recruitment"),
    ("Jobs <jobs@orrin.example>", f"Dear Alex,\n\n{NO}\n\nOrrin Talent", "Orrin Talent"),
]


@pytest.mark.parametrize("sender, body, company", TWELFTH_UNIT_AFTER_NAME,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_UNIT_AFTER_NAME)])
def test_a_unit_or_team_after_the_organisation_is_left_out(sender: str, body: str,
                                                          company: str) -> None:
    assert draft(sender, "Your application", body).company == company


# ------------------------------------------------------------------ a site of the employer

# "Branch Manager at Eastgate" from a library system whose domain is "carrowlibrary": a
# domain that keeps the first and the last word of the signing organisation's name
# ("Carrow County Public Library") speaks for it, over the branch or site the job is at.
TWELFTH_SITE_OF_EMPLOYER = [
    ("Maya Ruiz <mruiz@westfieldlibrary.example.org>", "Children's Librarian, Northgate Library",
     "Dear Alex,\n\nThank you for interviewing for Children's Librarian at Northgate last week. "
     "We have offered the post to another candidate.\n\nSincerely,\n\nMaya Ruiz\nBranch "
     "Services Manager\nWestfield County Public Library", "Westfield County Public Library"),
    ("Oren Pike <opike@ashtonhospital.example>", "Porter, Kingsway site", "Dear Alex,\n\nThank "
     "you for your interest in the Porter role at Kingsway. Unfortunately we have decided not to "
     "take your application further.\n\nKind regards,\n\nOren Pike\nFacilities Manager\n"
     "Ashton General Hospital", "Ashton General Hospital"),
    ("Ruth Dale <rdale@marlowmuseum.example>", "Gallery Assistant", "Dear Alex,\n\nThank you for "
     "interviewing for Gallery Assistant at Quayside. I'm sorry to say we have chosen another "
     "candidate.\n\nBest wishes,\n\nRuth Dale\nVisitor Services Lead\nMarlow Maritime Museum",
     "Marlow Maritime Museum"),
    # near misses: a domain that keeps only the first word, a name of two words
    ("Maya Ruiz <mruiz@carrowlibrary.example.org>", "Bookseller, Northgate", "Dear Alex,\n\n"
     "Thank you for applying for Bookseller at Northgate Books. We have offered the post to "
     "another candidate.\n\nSincerely,\n\nMaya Ruiz\nCarrow Books", "Carrow Books"),
    ("Ana Lind <ana@northwind.example>", "Analyst", f"Dear Alex,\n\nThank you for applying to "
     f"Northwind Traders. {NO}\n\nAna Lind", "Northwind Traders"),
]


@pytest.mark.parametrize("sender, subject, body, company", TWELFTH_SITE_OF_EMPLOYER,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(TWELFTH_SITE_OF_EMPLOYER)])
def test_a_domain_speaks_for_the_organisation_over_its_site(sender: str, subject: str,
                                                           body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ letters in other languages

# "le poste de X chez Y", "Ihre Bewerbung bei der Müller Bau GmbH", "la posizione di X presso
# Y", "à vaga de X na Y", "tjänsten som X hos Y": the employer after the job in other
# languages; a team signing in them ("Service Recrutement", "Equipo de Selección", "Ufficio
# Selezione") is nobody's employer; a domain writing a name without its accents or umlauts
# ("mueller-bau") is the same name.
TWELFTH_ABROAD = [
    ("Recrutement <recrutement@societe-lumen.example>", "Bonjour Alex,\n\nSuite à votre "
     "candidature au poste de Chef de projet chez Lumen Conseil, nous sommes au regret de vous "
     "informer que nous ne donnerons pas suite.\n\nCordialement,\nService Recrutement",
     "Lumen Conseil"),
    ("Personalabteilung <bewerbung@mueller-bau.example>", "Sehr geehrter Herr Morgan,\n\nvielen "
     "Dank für Ihre Bewerbung bei der Müller Bau GmbH. Leider müssen wir Ihnen mitteilen, dass "
     "wir uns für einen anderen Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\n"
     "Personalabteilung", "Müller Bau"),
    ("RRHH <empleo@grupoalba.example>", "Hola Alex,\n\nGracias por tu interés en formar parte de "
     "Grupo Alba. Lamentablemente hemos decidido continuar con otros candidatos.\n\nUn saludo,\n"
     "Equipo de Selección", "Grupo Alba"),
    ("Werving <werving@devries.example>", "Beste Alex,\n\nBedankt voor je sollicitatie bij "
     "Bakkerij de Vries. Helaas hebben we besloten niet verder te gaan.\n\nMet vriendelijke "
     "groet,\nTeam Werving", "Bakkerij de Vries"),
    ("Vagas <vagas@portal.example>", "Olá Alex,\n\nObrigado por se candidatar à vaga de Analista "
     "na Lumiar Tecnologia. Infelizmente seguimos com outros candidatos.\n\nAbraços,\nEquipe de "
     "Recrutamento", "Lumiar Tecnologia"),
    ("Selezione <selezione@portal.example>", "Gentile Alex,\n\nla ringraziamo per la candidatura "
     "alla posizione di Analista presso Studio Verdi. Purtroppo abbiamo deciso di non "
     "proseguire.\n\nCordiali saluti,\nUfficio Selezione", "Studio Verdi"),
    ("Rekrytering <jobb@portal.example>", "Hej Alex,\n\nTack för din ansökan till tjänsten som "
     "Controller hos Norrsken Energi. Vi har tyvärr valt att gå vidare med andra kandidater.\n\n"
     "Vänliga hälsningar,\nRekrytering", "Norrsken Energi"),
    # near misses: a city after "en", "hos oss" (with us), an English letter
    ("Grupo Alba <empleo@grupoalba.example>", "Hola Alex,\n\nGracias por tu candidatura para el "
     "puesto en Madrid. Lamentablemente hemos decidido continuar con otros candidatos.\n\n"
     "Un saludo,\nGrupo Alba", "Grupo Alba"),
    ("Norrsken Energi <jobb@norrsken.example>", "Hej Alex,\n\nTack för din ansökan till tjänsten "
     "hos oss i Luleå. Tjänsten är nu tillsatt.\n\nVänliga hälsningar,\nNorrsken Energi",
     "Norrsken Energi"),
    ("Careers <careers@northwind.example>", "Dear Alex,\n\nThank you for applying to Northwind "
     "Traders. Unfortunately, we have decided not to move forward with your application.\n\n"
     "Recruiting Team", "Northwind Traders"),
]


@pytest.mark.parametrize("sender, body, company", TWELFTH_ABROAD,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_ABROAD)])
def test_the_employer_in_a_letter_in_another_language(sender: str, body: str,
                                                       company: str) -> None:
    assert draft(sender, "Votre candidature", body).company == company


# ------------------------------------------------------------------ a given name alone

# "heard back from Sarah", "Feedback from Marcus on Friday's interview": with no other sign, a
# common given name after the words of passing something on is a person, never the employer
# (the agency, by the corpus convention, stands when no client is named).
FERN = "Hannah Cole <hannah@fernsearch.example>"
TWELFTH_GIVEN_NAME = [
    (FERN, "Head of Finance", "Hi Alex,\n\nI've just heard back from Sarah and unfortunately the "
     "client has decided to go with another candidate for the Head of Finance role.\n\nHannah\n\n"
     "Hannah Cole\nFern Search", "Fern Search"),
    (FERN, "Friday's interview", "Hi Alex,\n\nFeedback from Marcus on Friday's interview: it's a no, "
     "I'm afraid. They want someone with more retail exposure.\n\nHannah Cole\nFern Search",
     "Fern Search"),
    (FERN, "Update", "Hi Alex,\n\nI had word from Ingrid late yesterday, and the client won't be "
     "taking your application further.\n\nBest,\nHannah Cole\nFern Search", "Fern Search"),
    (FERN, "Update", "Alex - news from Rahul this morning: they've gone another way on the CFO "
     "search. Sorry.\n\nHannah Cole\nFern Search", "Fern Search"),
    # near misses: a firm of one word, a given name that opens a firm's name
    (FERN, "Update", "Hi Alex,\n\nUpdate from Corvane: they've filled the role internally.\n\nHannah",
     "Corvane"),
    (FERN, "Update", "Hi Alex,\n\nFeedback from Oscar Health: they've gone with another "
     "candidate.\n\nHannah", "Oscar Health"),
]


@pytest.mark.parametrize("sender, subject, body, company", TWELFTH_GIVEN_NAME,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(TWELFTH_GIVEN_NAME)])
def test_a_given_name_passing_it_on_is_not_the_employer(sender: str, subject: str, body: str,
                                                        company: str) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ short forms

# A domain shortens a word of the name ("contoso-pharma" for Contoso Pharmaceuticals,
# "brightline-tech" for Brightline Technologies), named in "your interest in opportunities /
# careers with X"; a firm written in capitals with its legal form ("NORDVIK AS") is no person.
TWELFTH_SHORT_FORMS = [
    ("Careers <careers@contoso-pharma.example>", "Dear Alex,\n\nThank you for your interest in "
     "opportunities with Contoso Pharmaceuticals. Unfortunately, we have decided not to move "
     "forward with your application.\n\nTalent Acquisition", "Contoso Pharmaceuticals"),
    ("Careers <jobs@brightline-tech.example>", "Dear Alex,\n\nThank you for your interest in "
     "careers with Brightline Technologies. Unfortunately, the position has been filled.\n\n"
     "Recruiting", "Brightline Technologies"),
    ("NORDVIK AS <rekruttering@nordvik.example>", "Hei Alex,\n\nTakk for din søknad på stillingen "
     "som Ingeniør hos NORDVIK AS. Vi har dessverre valgt en annen kandidat.\n\nMed vennlig "
     "hilsen\nNORDVIK AS", "NORDVIK"),
    # near misses: a person in capitals, a domain whose second word is no short form
    ("JAMIE ORTEGA <jamie@fernway.example>", "Hi Alex,\n\nUnfortunately, we have decided not to "
     "move forward with your application.\n\nJAMIE ORTEGA\nFernway", "Fernway"),
    ("Careers <careers@contoso-group.example>", "Dear Alex,\n\nThank you for applying to Contoso "
     "Pharmaceuticals. Unfortunately, we have decided not to move forward with your application."
     "\n\nTalent Acquisition", "Contoso Pharmaceuticals"),
]


@pytest.mark.parametrize("sender, body, company", TWELFTH_SHORT_FORMS,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_SHORT_FORMS)])
def test_a_short_form_of_the_name_is_the_same_employer(sender: str, body: str,
                                                       company: str) -> None:
    assert draft(sender, "Your application", body).company == company


# ------------------------------------------------------------------ an agency's own name

# A recruitment consultant signing for "Copperfield Recruitment", with no client named: the
# agency is named in full (the corpus convention), its "Recruitment" or "Talent" kept; an
# employer's own HR or team signing the same way is the employer without its team word.
TWELFTH_AGENCY_NAME = [
    ("Niamh Burke <niamh@copperfield.example>", "Hi Alex,\n\nMy client has decided to go with "
     "another candidate.\n\nBest,\nNiamh\n\nNiamh Burke\nSenior Consultant\nCopperfield "
     "Recruitment", "Copperfield Recruitment"),
    ("Raj Patel <raj@northgate.example>", "Hi Alex,\n\nThe client has filled the role internally, "
     "I'm afraid.\n\nRegards,\nRaj Patel\nRecruiter\nNorthgate Talent", "Northgate Talent"),
    ("Emma Rowe <emma@kite.example>", "Hi Alex,\n\nUnfortunately the client won't be taking your "
     "application further.\n\nThanks,\nEmma Rowe\nResourcer\nKite Recruiting", "Kite Recruiting"),
    # near misses: an employer's own HR signing, a team signing with no person
    ("Ana Silva <ana.silva@marlowfoods.example>", "Dear Alex,\n\nUnfortunately, we have decided "
     "not to move forward with your application.\n\nKind regards,\nAna Silva\nHR Manager\n"
     "Marlow Foods Recruitment", "Marlow Foods"),
    ("Jobs <jobs@orrin.example>", "Dear Alex,\n\nUnfortunately, we have decided not to move "
     "forward with your application.\n\nKind regards,\nThe Orrin Recruiting Team", "Orrin"),
]


@pytest.mark.parametrize("sender, body, company", TWELFTH_AGENCY_NAME,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_AGENCY_NAME)])
def test_an_agency_signing_is_named_in_full(sender: str, body: str, company: str) -> None:
    assert draft(sender, "Update", body).company == company
