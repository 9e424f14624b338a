"""Role families of the twelfth pass (issue 11).

Each table holds cases written from how such mail generally reads (new names,
reserved example domains), then near misses that must keep their answer.
"""

from __future__ import annotations

import pytest

from test_mail_fields_families import NO, draft

# A pay grade, band, pay plan or civil-service grade says what the post pays, not what
# the job is (the corpus convention of the twelfth pass): it leaves the title, in a
# subject, a portal's field or the text; a level that is part of the title stays.
TWELFTH_GRADE = [
    ("Your application: Budget Analyst, GS-0560-09", f"Dear Applicant,\n\n{NO}",
     "Budget Analyst"),
    ("Notice of results", "Dear Applicant,\n\nPosition: Program Specialist, GS-0301-12/13\n"
     f"Agency: Office of Rural Grants\n\n{NO}", "Program Specialist"),
    ("Your application: Caseworker (Executive Officer)", f"Dear Alex,\n\n{NO}", "Caseworker"),
    ("Your application: Statistician (Grade 6)", f"Dear Alex,\n\n{NO}", "Statistician"),
    ("Your application: Economist, G7", f"Dear Alex,\n\n{NO}", "Economist"),
    ("Outcome: APS 5 Client Service Officer", f"Dear Alex,\n\n{NO}", "Client Service Officer"),
    ("Your application: Band 6 Occupational Therapist", f"Dear Alex,\n\n{NO}",
     "Occupational Therapist"),
    ("Your application: Physiotherapist (Band 7) - Stroke Unit", f"Dear Alex,\n\n{NO}",
     "Physiotherapist - Stroke Unit"),
    ("Application update - Mathematics Teacher, Grades 9-12", f"Dear Alex,\n\n{NO}",
     "Mathematics Teacher"),
    ("Your application: Project Officer, EL1", f"Dear Alex,\n\n{NO}", "Project Officer"),
    ("Application outcome", "Dear Alex,\n\nVacancy: 4471203 - Caseworker, Appeals Team "
     f"(Executive Officer)\n\n{NO}", "Caseworker, Appeals Team"),
    # near misses: a level in the title, search engine optimisation, a class taught, a
    # grade's name that is the whole title, a unit, a word that only starts like a band
    ("Your application: Software Engineer II", f"Dear Alex,\n\n{NO}", "Software Engineer II"),
    ("Your application: Content Writer (SEO)", f"Dear Alex,\n\n{NO}", "Content Writer (SEO)"),
    ("Your application: SEO Manager", f"Dear Alex,\n\n{NO}", "SEO Manager"),
    ("Your application: Grade 3 Teacher", f"Dear Alex,\n\n{NO}", "Grade 3 Teacher"),
    ("Your application: Senior Executive Officer", f"Dear Alex,\n\n{NO}",
     "Senior Executive Officer"),
    ("Your application: Staff Nurse - Acute Medical Unit", f"Dear Alex,\n\n{NO}",
     "Staff Nurse - Acute Medical Unit"),
    ("Your application: Band Manager", f"Dear Alex,\n\n{NO}", "Band Manager"),
]


@pytest.mark.parametrize("subject, body, role", TWELFTH_GRADE,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_GRADE)])
def test_a_pay_grade_is_not_part_of_the_title(subject: str, body: str, role: str) -> None:
    assert draft("Civic Jobs <no-reply@civicjobs.example.gov>", subject, body).role == role


# A notice, a result or a candidate number after the title in a subject ("outcome of your
# assessment centre", "Notice of Examination Results", "candidate WPC/27/1182"): the
# subject's noise, not the employer or the title.
TWELFTH_SUBJECT_NOTICE = [
    ("Pelham Borough Council - Parking Enforcement Officer - Notice of Eligibility",
     "Parking Enforcement Officer"),
    ("Wexley College - Lab Technician - outcome of your interview", "Lab Technician"),
    ("Prison Officer - applicant 55102 - online test results", "Prison Officer"),
    ("Harbour Trust - Marine Biologist: results of your written assessment", "Marine Biologist"),
    # near misses: a bare notice names no title; a company and a title stay as they were
    ("Notice of examination results", None),
    ("Kestrel Bank - Data Engineer", "Data Engineer"),
    ("Orsino Bank | Update regarding your application", None),
]


@pytest.mark.parametrize("subject, role", TWELFTH_SUBJECT_NOTICE,
                         ids=[f"{c[1]}-{n}" for n, c in enumerate(TWELFTH_SUBJECT_NOTICE)])
def test_a_notice_after_the_title_in_a_subject(subject: str, role: str | None) -> None:
    assert draft("Civic Jobs <no-reply@civicjobs.example.gov>", subject,
                 f"Dear Alex,\n\n{NO}").role == role


# "Prison Officer Recruitment 2028", "Paramedic recruitment campaign": the campaign hiring
# for the title is not part of it; after a word that is not a title's head it stays.
TWELFTH_CAMPAIGN = [
    ("Prison Officer Recruitment 2028 - outcome", "Prison Officer"),
    ("Paramedic Recruitment Campaign 2027 - outcome", "Paramedic"),
    ("Special Constable Intake 2027 - result", "Special Constable"),
    ("Re: Detective Constable recruitment", "Detective Constable"),
    # the recruiting trade's own titles keep the word
    ("Your application: Recruitment Consultant", "Recruitment Consultant"),
    ("Recruitment Coordinator - outcome", "Recruitment Coordinator"),
    # near misses: the trade after "Head of", a team's name that is no title
    ("Your application: Head of Recruitment", "Head of Recruitment"),
    ("Graduate Recruitment - update", None),
]


@pytest.mark.parametrize("subject, role", TWELFTH_CAMPAIGN,
                         ids=[f"{c[1]}-{n}" for n, c in enumerate(TWELFTH_CAMPAIGN)])
def test_a_recruitment_campaign_is_not_part_of_the_title(subject: str, role: str) -> None:
    assert draft("Resourcing <jobs@northvale.example.gov>", subject,
                 f"Dear Alex,\n\n{NO}").role == role


# "Chief of Staff to the CEO", "Executive Assistant to the Managing Director": whom the post
# serves is part of the title, not a clause that ends it.
TWELFTH_SERVING = [
    ("Executive Assistant to the Managing Director - your application",
     "Executive Assistant to the Managing Director"),
    ("Chief of Staff to the Founder: next steps", "Chief of Staff to the Founder"),
    ("Your application: Personal Assistant to the Chief Executive",
     "Personal Assistant to the Chief Executive"),
    # near misses: "to the" after a word that is no title's head
    ("Letter to the Editor", None),
    ("Welcome to the Team", None),
]


@pytest.mark.parametrize("subject, role", TWELFTH_SERVING,
                         ids=[f"{c[1]}-{n}" for n, c in enumerate(TWELFTH_SERVING)])
def test_whom_the_post_serves_is_part_of_the_title(subject: str, role: str | None) -> None:
    assert draft("Careers <no-reply@ashbyhq.com>", subject, f"Hi Alex,\n\n{NO}").role == role


# "Marlow Partners CFO - next steps": the employer's name (found elsewhere) before a title
# of one word is not part of it.
TWELFTH_EMPLOYER_FIRST = [
    ("Iris Bell <iris@marlowpartners.example>", "Re: Marlow Partners CFO - next steps",
     "Hi Alex - we've gone another way. Thanks for your time.\n\nIris\nMarlow Partners", "CFO"),
    ("Tom Reyes <tom@ternvalleyfoods.example>", "Tern Valley Foods Buyer",
     "Hi Alex, we've given the job to someone else. Sorry.\n\nTom\nTern Valley Foods", "Buyer"),
    ("Ana Ruiz <ana@quaysidehomes.example>", "Quayside Homes Controller - update",
     "Alex, we went with another candidate. Best of luck.\n\nAna\nQuayside Homes", "Controller"),
    # near misses: a name of one word before the title stays; so does a longer title
    ("Sam Cole <sam@acme.example>", "Acme Engineer - update",
     "Alex, we went with another candidate.\n\nSam\nAcme", "Acme Engineer"),
    ("Iris Bell <iris@marlowpartners.example>", "Marlow Partners Senior Analyst",
     "Alex, we went with another candidate.\n\nIris\nMarlow Partners", "Senior Analyst"),
]


@pytest.mark.parametrize("sender, subject, body, role", TWELFTH_EMPLOYER_FIRST,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(TWELFTH_EMPLOYER_FIRST)])
def test_the_employer_before_a_one_word_title(sender: str, subject: str, body: str,
                                              role: str) -> None:
    assert draft(sender, subject, body).role == role


# A board's or a search firm's shorthand in capitals: "Interim FD", "Deputy MD", "NED".
TWELFTH_SHORTHAND = [
    ("Kestrel Foods - Interim FD", "Interim Finance Director"),
    ("Your application: Deputy MD", "Deputy Managing Director"),
    ("Harlow Mills - NED", "Non-Executive Director"),
    ("Your application: Group FD", "Group Finance Director"),
    # near misses: a name and a brand that start like the shorthand
    ("Your application: EA Games Tester", "EA Games Tester"),
    ("Your application: Finance Director", "Finance Director"),
]


@pytest.mark.parametrize("subject, role", TWELFTH_SHORTHAND,
                         ids=[f"{c[1]}-{n}" for n, c in enumerate(TWELFTH_SHORTHAND)])
def test_a_boards_shorthand_is_spelled_out(subject: str, role: str) -> None:
    assert draft("Gareth Pryce <gareth@interimsearch.example>", subject,
                 f"Alex - {NO}\n\nGareth").role == role


# Letters in Italian, Polish, Portuguese and Spanish name the post after their own words,
# often in lower case ("per la posizione di grafico junior presso ..."); a subject may open
# with the selection ("Selezione grafico junior - esito").
TWELFTH_LANGUAGES = [
    ("Esito candidatura", "Gentile Alex,\n\nla ringraziamo per la candidatura per la posizione "
     "di grafico junior presso il nostro studio. Purtroppo abbiamo scelto un altro profilo.",
     "Grafico Junior"),
    ("Informacja o rekrutacji", "Dzień dobry,\n\ndziękujemy za udział w rekrutacji na "
     "stanowisko Młodszy Analityk w naszej firmie. Niestety wybraliśmy innego kandydata.",
     "Młodszy Analityk"),
    ("Retorno do processo seletivo", "Olá Alex,\n\nagradecemos o seu interesse na vaga de "
     "analista de marketing da Lumiar. Infelizmente seguimos com outra pessoa.",
     "Analista de Marketing"),
    ("Proceso de selección", "Hola Alex,\n\ngracias por participar en el proceso para el "
     "puesto de redactor creativo en nuestra agencia. Lamentablemente no seguiremos adelante.",
     "Redactor Creativo"),
    ("Selezione redattrice web – esito", "Gentile Alex,\n\npurtroppo abbiamo scelto un'altra "
     "candidata.", "Redattrice Web"),
    # near misses: no title named after the phrase; an English title stays as it was
    ("Esito candidatura", "Gentile Alex,\n\nin merito alla posizione di cui sopra, abbiamo "
     "scelto un altro profilo.", None),
    ("Your application", "Dear Alex,\n\nThank you for applying for the position of Data "
     f"Analyst. {NO}", "Data Analyst"),
]


@pytest.mark.parametrize("subject, body, role", TWELFTH_LANGUAGES,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_LANGUAGES)])
def test_a_title_in_a_letter_in_another_language(subject: str, body: str,
                                                 role: str | None) -> None:
    assert draft("Selezione <noreply@recruiting.example>", subject, body).role == role


# A short line ending in a comma after the letter's sentences closes it in any language
# ("Un saludo muy fuerte,"): the writer's title under it is not a job board's card.
TWELFTH_CLOSING = [
    ("Hola Alex,\n\nWe will not continue with your application for the Junior Art Director "
     "position.\n\nUn saludo muy fuerte,\n\nMarta\nHead of Design\nEstudio Faro | Calle Mayor 3, "
     "Madrid\n+34 91 555 0101", "Junior Art Director"),
    ("Ciao Alex,\n\nwe have chosen another candidate for the Social Media Editor role.\n\n"
     "Un caro saluto e buona fortuna,\n\nGiulia\nCreative Director\nStudio Lanterna | Via Po 4, "
     "Torino\n+39 011 555 0199", "Social Media Editor"),
    ("Hi Alex,\n\nWe went with another candidate for the Motion Designer role.\n\n"
     "Cheers and good luck,\n\nLeo\nArt Director\nFoxglove - Bristol\n07700 900123",
     "Motion Designer"),
    # near misses: a job board's card above the letter; a greeting line with a comma
    ("Hi Alex,\n\nData Engineer\nAcme - London\n\nUnfortunately Acme has decided not to move "
     "forward with your application.", "Data Engineer"),
    ("Dear Alex,\n\nThank you for applying for the Payroll Officer role. We have filled it.\n\n"
     "Best,\nNoor", "Payroll Officer"),
]


@pytest.mark.parametrize("body, role", TWELFTH_CLOSING,
                         ids=[f"{c[1]}-{n}" for n, c in enumerate(TWELFTH_CLOSING)])
def test_a_closing_line_in_any_language_ends_the_letter(body: str, role: str) -> None:
    assert draft("Team <team@studio.example>", "Your application", body).role == role


# "Video Editor (Madrid)" when the text says "the Video Editor position in Madrid": where the
# job is is not part of the title; a field or a team stays.
TWELFTH_PLACE = [
    ("Sound Designer (Lisbon)", "Thank you for applying to the Sound Designer role in Lisbon. "
     f"{NO}", "Sound Designer"),
    ("Store Manager, Harbourside", "Thank you for meeting us about the Store Manager job at "
     f"Harbourside. {NO}", "Store Manager"),
    ("Account Manager (Rotterdam)", "Thanks for your interest in the Account Manager position "
     f"based in Rotterdam. {NO}", "Account Manager"),
    # near misses: a field of the title, a language, a place the text does not give
    ("Research Associate (Soil Science)", "Thank you for applying to be a Research Associate "
     f"in Soil Science. {NO}", "Research Associate (Soil Science)"),
    ("Backend Engineer (Go)", f"Thanks for your interest; the role needs years in Go. {NO}",
     "Backend Engineer (Go)"),
    ("Analyst (Risk)", f"Thank you for applying. {NO}", "Analyst (Risk)"),
]


@pytest.mark.parametrize("subject, body, role", TWELFTH_PLACE,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_PLACE)])
def test_where_the_job_is_is_not_part_of_the_title(subject: str, body: str, role: str) -> None:
    assert draft("Careers <no-reply@smartrecruiters.com>", subject,
                 f"Dear Alex,\n\n{body}").role == role


# Heads of public-service and liaison titles: "Medical Science Liaison", "Detective Sergeant".
TWELFTH_HEADS = [
    ("Your application: Medical Science Liaison", "Medical Science Liaison"),
    ("Your application: Detective Sergeant", "Detective Sergeant"),
    ("Your application: Countryside Ranger", "Countryside Ranger"),
    ("Your application: Senior Caseworker", "Senior Caseworker"),
    # near misses: the same words outside a title
    ("Notes from the liaison meeting", None),
    ("Community liaison update", None),
]


@pytest.mark.parametrize("subject, role", TWELFTH_HEADS,
                         ids=[f"{c[1]}-{n}" for n, c in enumerate(TWELFTH_HEADS)])
def test_more_heads_of_a_title(subject: str, role: str | None) -> None:
    assert draft("Careers <no-reply@greenhouse.io>", subject, f"Hi Alex,\n\n{NO}").role == role


# A place by its shape after the title ("(Austin, TX)", "(London office)"), or one the text
# names as a site ("our Berlin studio"); an employer after the title that the mail names.
TWELFTH_PLACE_SHAPE = [
    ("Careers <no-reply@lever.co>", "Your application: Staff Accountant (Austin, TX)", NO,
     "Staff Accountant"),
    ("Careers <no-reply@lever.co>", "Junior Copywriter (London office)", NO, "Junior Copywriter"),
    ("Careers <no-reply@lever.co>", "Junior Copywriter (Berlin)",
     f"Thanks for applying for the Junior Copywriter role at our Berlin studio. {NO}",
     "Junior Copywriter"),
    ("Talent <talent@brightwell.example>", "Re: Head of Operations, Brightwell Logistics",
     f"{NO}\n\nBrightwell Logistics", "Head of Operations"),
    ("Talent <talent@brightwell.example>", "Your application: Head of Finance, Brightwell",
     f"{NO}\n\nBrightwell", "Head of Finance"),
    # near misses: skills and a team in brackets, a team after a comma
    ("Careers <no-reply@lever.co>", "Your application: Data Engineer (Python, Go)", NO,
     "Data Engineer (Python, Go)"),
    ("Careers <no-reply@lever.co>", "Your application: Analyst (Risk)",
     f"Thanks for your interest in joining our Risk team. {NO}", "Analyst (Risk)"),
    ("Talent <talent@brightwell.example>", "Your application: Staff Engineer, Payments",
     f"{NO}\n\nBrightwell", "Staff Engineer, Payments"),
]


@pytest.mark.parametrize("sender, subject, body, role", TWELFTH_PLACE_SHAPE,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(TWELFTH_PLACE_SHAPE)])
def test_a_place_or_the_employer_after_the_title(sender: str, subject: str, body: str,
                                                 role: str) -> None:
    assert draft(sender, subject, f"Hi Alex,\n\n{body}").role == role


# The advert's heading around the title, in any language ("Stellenausschreibung Projektleiter
# Hochbau"), an executive search ("the Operations Director search") and more heads of a title.
TWELFTH_ADVERT = [
    ("Stellenausschreibung Bauleiter Tiefbau – Absage", "Sehr geehrte Frau Morgan,\n\nleider "
     "haben wir uns für einen anderen Bewerber entschieden.", "Bauleiter Tiefbau"),
    ("Vacature Beleidsmedewerker Wonen", "Beste Alex,\n\nhelaas hebben we gekozen voor een "
     "andere kandidaat.", "Beleidsmedewerker Wonen"),
    ("Regarding the search", "Dear Alex,\n\nOur client has chosen another candidate for the "
     "Chief Operating Officer search.", "Chief Operating Officer"),
    ("Your application", "Ciao Alex,\n\ngrazie per la candidatura come Junior Account "
     "Manager. Purtroppo abbiamo scelto un altro profilo.", "Junior Account Manager"),
    ("Your application", "Beste Alex,\n\nBedankt voor je sollicitatie op de functie van Data "
     "Analist. Helaas hebben we gekozen voor een andere kandidaat.", "Data Analist"),
    ("Your application: Band 7 Advanced Practitioner", f"Hi Alex,\n\n{NO}",
     "Advanced Practitioner"),
    # near misses: a contract in a title, a search that is the reader's own
    ("Your application: Contract Manager", f"Hi Alex,\n\n{NO}", "Contract Manager"),
    ("Your application", "Hi Alex,\n\nGood luck with your job search. " + NO, None),
]


@pytest.mark.parametrize("subject, body, role", TWELFTH_ADVERT,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_ADVERT)])
def test_the_adverts_heading_is_not_the_title(subject: str, body: str,
                                               role: str | None) -> None:
    assert draft("Talent <talent@recruiting.example>", subject, body).role == role


# More ways a letter names the post: "an update on the Operations Analyst recruitment",
# "join Acme as our next Head of Brand", "din ansökan till Säljare", "applying to be our
# new office manager", and a portal's "Job Application Status" or a cut id in a subject.
TWELFTH_NAMED = [
    ("Your application", "Dear Alex,\n\nWe wanted to update you on the Payroll Analyst "
     f"recruitment. {NO}", "Payroll Analyst"),
    ("Your application", "Dear Alex,\n\nWe have now finished shortlisting for the Estates "
     "Manager recruitment. You have not been shortlisted.", "Estates Manager"),
    ("Your application", "Dear Alex,\n\nThanks for your application to join Corvel as our "
     f"next Head of Partnerships. {NO}", "Head of Partnerships"),
    ("Din ansökan", "Hej Alex,\n\nTack för din ansökan till tjänsten som Lagerarbetare. Tyvärr "
     "har vi valt en annan kandidat.", "Lagerarbetare"),
    ("Je sollicitatie", "Beste Alex,\n\nBedankt voor je sollicitatie voor Verkoopmedewerker. "
     "Helaas hebben we gekozen voor een andere kandidaat.", "Verkoopmedewerker"),
    ("Uppdatering om din ansökan till Säljare", "Hej Alex,\n\ntyvärr har vi valt att gå vidare "
     "med andra kandidater.", "Säljare"),
    ("Re: your application", "Hi Alex,\n\nThanks so much for applying to be our new office "
     "manager. We've offered it to someone else.\n\nSam", "Office Manager"),
    ("Re: hello", "Hi Alex,\n\nThanks for your interest in coming to be our next bar "
     "supervisor, but we've filled it.\n\nSam", "Bar Supervisor"),
    ("Northvale: Job Application Status - Billing Specialist II (Job ID 2027-4412)",
     f"Dear Alex,\n\n{NO}", "Billing Specialist II"),
    ("Registered Nurse - Cardiology Unit - Requisition 27001234", f"Dear Alex,\n\n{NO}",
     "Registered Nurse - Cardiology Unit"),
    # a team's name before "team" is no title (it was read as one)
    ("Your application", "Dear Alex,\n\nThe Talent Recruitment team has reviewed your "
     f"profile. {NO}", None),
    # near misses: a post named by "to be" without a title, a fit
    ("Re: your application", "Hi Alex,\n\nThanks for applying. We need someone to be our "
     "new lead by March, and we've found them.\n\nSam", None),
    ("Your application", "Dear Alex,\n\nThanks for applying to be a good fit with us. " + NO,
     None),
]


@pytest.mark.parametrize("subject, body, role", TWELFTH_NAMED,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_NAMED)])
def test_more_ways_a_letter_names_the_post(subject: str, body: str, role: str | None) -> None:
    assert draft("Careers <careers@corvel.example>", subject, body).role == role


# An academic post's field after "in": "the post of Lecturer in Economics".
TWELFTH_FIELD = [
    ("Application for the post of Lecturer in Economics (Ref: 27/114)", f"Dear Dr Morgan,\n\n{NO}",
     "Lecturer in Economics"),
    ("Your application: Research Fellow", "Dear Dr Morgan,\n\nThank you for applying for the "
     f"post of Research Fellow in Marine Ecology. {NO}", "Research Fellow in Marine Ecology"),
    ("Your application", "Dear Dr Morgan,\n\nThank you for applying for the post of Senior "
     f"Lecturer in Public Health. {NO}", "Senior Lecturer in Public Health"),
    # near misses: a place after a title that is no academic post, a field in lower case
    ("Your application", "Dear Alex,\n\nThank you for applying for the post of Engineer in "
     f"Leeds. {NO}", "Engineer"),
    ("Your application", "Dear Dr Morgan,\n\nThank you for applying for the post of Lecturer "
     f"in our school. {NO}", "Lecturer"),
]


@pytest.mark.parametrize("subject, body, role", TWELFTH_FIELD,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_FIELD)])
def test_an_academic_posts_field(subject: str, body: str, role: str) -> None:
    assert draft("HR <hr@harrowgate.example.ac.uk>", subject, body).role == role


# A school's post named by its subject ("Physics position", "the maths vacancy") is the
# subject's teacher; the same words from a lab or a gallery name no teacher.
TWELFTH_SCHOOL = [
    ("Geography position", "Dear Alex,\n\nThank you for teaching a sample lesson to our Year 9 "
     "class. We have offered the post to another candidate.\n\nPrincipal, Elmfield Academy",
     "Geography Teacher"),
    ("Re: the maths vacancy", "Hi Alex,\n\nThanks for coming in. The pupils enjoyed your "
     "lesson, but we have appointed someone else.\n\nHead of Department", "Maths Teacher"),
    ("Your application", "Dear Alex,\n\nThank you for applying for the Chemistry and Physics "
     "post at our school. We have appointed another candidate.", "Chemistry and Physics Teacher"),
    # near misses: a lab's and a gallery's posts, a school post that names its title
    ("Chemistry position", "Dear Alex,\n\nThanks for visiting the lab. We have offered the "
     "role to another candidate.", None),
    ("Art position", "Dear Alex,\n\nThanks for visiting the gallery. We have offered the role "
     "to another candidate.", None),
    ("Your application", "Dear Alex,\n\nThank you for applying for the Teacher of Music post at "
     "our school. We have appointed another candidate.", "Teacher of Music"),
]


@pytest.mark.parametrize("subject, body, role", TWELFTH_SCHOOL,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_SCHOOL)])
def test_a_schools_post_named_by_its_subject(subject: str, body: str, role: str | None) -> None:
    assert draft("Jo Reed <jo.reed@elmfield.example.org>", subject, body).role == role
