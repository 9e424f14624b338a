"""Role families of the thirteenth pass (issue 11).

Each table holds cases written from how such mail generally reads (new names,
reserved example domains), then near misses that must keep their answer.
"""

from __future__ import annotations

import pytest

from test_mail_fields_families import NO, draft

HR = "Talent Team <careers@employer.example.com>"

# A trainee's or an apprentice's programme names the post the person would hold: the
# "Store Manager Trainee Programme" is a Store Manager Trainee, the "Bricklayer
# Apprenticeship" a Bricklayer Apprentice; a programme with no trade before it stays.
THIRTEENTH_TRAINEE = [
    ("Your application: Store Manager Trainee Programme", f"Dear Alex,\n\n{NO}",
     "Store Manager Trainee"),
    ("Application update", "Dear Alex,\n\nThank you for applying to the Hotel Operations "
     f"Trainee Program this spring.\n\n{NO}", "Hotel Operations Trainee"),
    ("Bricklayer Apprenticeship - Selection Results", f"Dear Alex,\n\n{NO}",
     "Bricklayer Apprentice"),
    ("Lineman Apprenticeship Program - Results", f"Dear Alex,\n\n{NO}", "Lineman Apprentice"),
    ("Ihr Vorstellungsgespräch am 4. Mai - Traineeprogramm Vertrieb",
     "Sehr geehrte Frau Morgan,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine "
     "andere Kandidatin entschieden haben.", "Trainee Vertrieb"),
    # near misses: a degree or a season before the programme, a
    # coordinator of the programme, a trainee title already
    ("Your application: Software Degree Apprenticeship", f"Dear Alex,\n\n{NO}",
     "Software Degree Apprenticeship"),
    ("Your application: Summer Apprenticeship", f"Dear Alex,\n\n{NO}",
     "Summer Apprenticeship"),
    ("Your application: Trainee Programme Coordinator", f"Dear Alex,\n\n{NO}",
     "Trainee Programme Coordinator"),
    ("Your application: Management Trainee", f"Dear Alex,\n\n{NO}", "Management Trainee"),
]


@pytest.mark.parametrize("subject, body, role", THIRTEENTH_TRAINEE,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(THIRTEENTH_TRAINEE)])
def test_a_trainee_programme_names_the_trainee(subject: str, body: str, role: str) -> None:
    assert draft(HR, subject, body).role == role


# A letter in Spanish, Portuguese, French or Swedish names the post after its own words
# ("tu postulación para", "a vaga", "la convocatoria de", "tjänsten som"), often in lower
# case, with heads of a title ("coordinador", "operador", "ejecutiva", "chercheuse") the
# English list lacks; "Candidatura a ..." in a subject is the letter's heading.
THIRTEENTH_ABROAD = [
    ("Tu postulación para Supervisora de Almacén fue revisada",
     "Hola Alex,\n\nGracias por tu interés. Decidimos continuar con otros perfiles.",
     "Supervisora de Almacén"),
    ("Actualización de tu proceso", "Hola Alex,\n\nRevisamos tu perfil para la vacante "
     "Ejecutiva de Cuentas Clave en Monterrey y decidimos no avanzar con tu candidatura.",
     "Ejecutiva de Cuentas Clave"),
    ("Resultado", "Estimada Alex:\n\nLe agradecemos su participación en la convocatoria de "
     "coordinadora de proyectos europeos del Instituto. Lamentamos comunicarle que no ha "
     "sido seleccionada.", "Coordinadora de Proyectos Europeos"),
    ("Candidatura a Analista de Crédito", "Olá Alex,\n\nInfelizmente não vamos avançar "
     "com a sua candidatura.", "Analista de Crédito"),
    ("Retorno do processo", "Olá Alex,\n\nApresentámos a sua candidatura para a função de "
     "operadora de logística no armazém. Infelizmente o cliente escolheu outro perfil.",
     "Operadora de Logística"),
    ("Din ansökan", "Hej Alex,\n\nVi har valt att erbjuda tjänsten som senior projektledare "
     "till en annan kandidat.", "Senior Projektledare"),
    ("Votre candidature", "Chère Alex,\n\nLe jury a retenu une autre candidature pour le "
     "poste de chercheuse en sociologie urbaine. Nous vous remercions.",
     "Chercheuse en sociologie urbaine"),
    ("Proceso de selección", "Hola Alex,\n\nGracias por participar en el proceso para el "
     "puesto de Jefe de Turno en el centro de Querétaro.", "Jefe de Turno"),
    ("Tu postulación para Data Engineer", "Hola Alex,\n\nDecidimos no avanzar.",
     "Data Engineer"),
    # near misses: a company before the title, a heading before a colon, an English
    # letter, a letter that names no post
    ("Lindqvist Bygg - Projektledare", "Hej Alex,\n\nTack för din ansökan.", "Projektledare"),
    ("Vacante: Gerente de Tienda", "Hola Alex,\n\nDecidimos no avanzar.", "Gerente de Tienda"),
    ("Your application", "Dear Alex,\n\nThank you for applying for the Warehouse Operator "
     f"position.\n\n{NO}", "Warehouse Operator"),
    ("Tu candidatura", "Hola Alex,\n\nGracias por tu interés. Hemos decidido no continuar.",
     None),
]


@pytest.mark.parametrize("subject, body, role", THIRTEENTH_ABROAD,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(THIRTEENTH_ABROAD)])
def test_a_letter_abroad_names_its_post(subject: str, body: str, role: str | None) -> None:
    assert draft(HR, subject, body).role == role


# An interview's date before the title in a subject ("Ihr Gespräch am 12. März -
# Einkäufer", "Your interview on 4 May - Buyer") is the meeting, never the employer.
THIRTEENTH_MEETING = [
    ("Ihr Gespräch am 9. Juni - Projektleiter Bau", "Sehr geehrte Frau Morgan,\n\nleider "
     "haben wir uns anders entschieden.", (None, "Projektleiter Bau")),
    ("Ihr Vorstellungsgespräch vom 3. April - Teamleiter Logistik", "Sehr geehrte Frau "
     "Morgan,\n\nleider nicht.", (None, "Teamleiter Logistik")),
    ("Unser Gespräch am Dienstag - Vertriebsleiterin", "Sehr geehrte Frau Morgan,\n\nleider "
     "nicht.", (None, "Vertriebsleiterin")),
    # near misses: a Dutch and an English interview's date, a company before the title, a
    # title before a company
    ("Ons gesprek op 3 april - Teamleider Magazijn", "Beste Alex,\n\nhelaas.",
     (None, "Teamleider Magazijn")),
    ("Your interview on 4 May - Buyer", f"Dear Alex,\n\n{NO}", (None, "Buyer")),
    ("Halden Logistik - Projektleiter Bau", "Sehr geehrte Frau Morgan,\n\nleider nicht.",
     ("Halden Logistik", "Projektleiter Bau")),
    ("Buyer - Ormsby Foods", f"Dear Alex,\n\n{NO}", ("Ormsby Foods", "Buyer")),
]


@pytest.mark.parametrize("subject, body, fields", THIRTEENTH_MEETING,
                         ids=[f"{c[2][1]}-{n}" for n, c in enumerate(THIRTEENTH_MEETING)])
def test_an_interview_date_in_a_subject_is_not_the_employer(
        subject: str, body: str, fields: tuple[str | None, str]) -> None:
    found = draft("Personal <bewerbung@employer.example.com>", subject, body)
    company, role = fields
    assert found.role == role
    if company is None:
        assert found.company is None or found.company.casefold() not in subject.casefold()
    else:
        assert found.company == company


# A short note's subject names the post in the writer's shorthand ("kitchen mgr spot",
# "sr buyer opening", "vacante jefe de almacén"): the title spelled out; a chat or a call
# about something else names none.
THIRTEENTH_NOTE = [
    ("bakery mgr spot", "Hi Alex, thanks for coming in. Going with someone else, sorry.",
     "Bakery Manager"),
    ("asst store mgr job", "hey alex - we filled it, sorry. good luck", "Assistant Store Manager"),
    ("Re: sr buyer opening", "Alex, we went another way on this one. Best of luck.",
     "Senior Buyer"),
    ("vacante jefe de almacén", "Alex, vamos a ir con otro candidato. Saludos.",
     "Jefe de Almacén"),
    # near misses: a chat or a call, a lead that is no title, a casual title already read
    ("coffee chat", "Hi Alex, going to pass for now, sorry.", None),
    ("Re: team lead chat", "Hi Alex, going to pass for now, sorry.", None),
    ("night nurse post", "Hi Alex, we filled the post, sorry.", "Night Nurse"),
]


@pytest.mark.parametrize("subject, body, role", THIRTEENTH_NOTE,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(THIRTEENTH_NOTE)])
def test_a_note_names_its_post_in_shorthand(subject: str, body: str, role: str | None) -> None:
    assert draft("Dana Reyes <dana.reyes@gmail.com>", subject, body).role == role
