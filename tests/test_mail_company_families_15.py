"""Company families of the fifteenth pass (issue 11): units, teams, agencies and boards in
the eleven languages triage reads, and the text spelling out a short or run-together name.

Every case is written anew (invented names, reserved example domains); near misses that
must keep their answer follow each table.
"""

from __future__ import annotations

import pytest

from ajar.formats.company_spelling import fuller_in_text, spelled_out
from ajar.formats.company_words import discipline, people_unit, without_team_opening
from ajar.formats.mail_company import without_place
from test_mail_fields_families import NO, draft

# ------------------------------------------------------------------ units and teams

# A unit that writes ("Gerencia de Talento Humano", "Chair, Physics and Astronomy") or a team
# word before the name ("Zespół Rekrutacji X", "L'équipe RH X") is not the employer.
FIFTEENTH_UNITS = [
    ("Lorena Paz <lpaz@montebravo-seguros.example>", "Proceso de selección",
     f"Estimada Alex:\n\n{NO}\n\nLorena Paz\nJefa de Selección\nGerencia de Talento Humano\n"
     "Aseguradora Montebravo", "Aseguradora Montebravo"),
    ("Hugh Varley <hvarley@brackley-college.example>", "Lecturer search",
     f"Alex,\n\n{NO}\n\nHugh Varley\nChair, Physics and Astronomy", "Brackley College"),
    ("Sklepy Wierzbowe <no-reply@teamtailor.com>", "Kasjer",
     f"Cześć Alex,\n\n{NO}\n\nPozdrawiamy,\nZespół Rekrutacji Sklepy Wierzbowe",
     "Sklepy Wierzbowe"),
    # near misses: an English team name that is the firm's own, and a unit with its university
    ("Team Halcyon <jobs@teamhalcyon.example>", "Your application",
     f"Hi Alex,\n\n{NO}\n\nTeam Halcyon", "Team Halcyon"),
    ("Rhea Monk <rmonk@wexcombe.ac.example>", "Lectureship",
     f"Dear Alex,\n\n{NO}\n\nRhea Monk\nDepartment of History, Wexcombe University",
     "Wexcombe University"),
]


@pytest.mark.parametrize("sender, subject, body, company", FIFTEENTH_UNITS,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(FIFTEENTH_UNITS)])
def test_a_unit_or_a_team_word_is_not_the_employer(sender: str, subject: str, body: str,
                                                   company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_unit_and_discipline_lexicons() -> None:
    assert people_unit("Departamento de Recursos Humanos")
    assert people_unit("Direction des Ressources Humaines")
    assert people_unit("Abteilung Personal")
    assert not people_unit("Banco Recursos del Sur")
    assert discipline("Physics and Astronomy")
    assert not discipline("Astronomy Partners")
    assert without_team_opening("Das Team Brauhaus Lindner") == "Brauhaus Lindner"
    assert without_team_opening("Team Halcyon") == "Team Halcyon"


# ------------------------------------------------------------------ places and topics

# The organisation, then where it is or what the mail is about, after a dash.
FIFTEENTH_TAILS = [
    ("Trattoria Due Ponti - Verona", "Trattoria Due Ponti"),
    ("Secours Mutuel Sahel - Bamako, Mali", "Secours Mutuel Sahel"),
    ("Service RH - Veillée Solidaire, Dakar", "Veillée Solidaire"),
    ("Gente & Cultura | Pitangueira Seguros", "Pitangueira Seguros"),
    ("L'équipe RH | Maison Verlaine", "Maison Verlaine"),
    ("Brightwell work sample", "Brightwell"),
    ("Corvin & Hale Advisory, Nairobi", "Corvin & Hale Advisory"),
    ("Tessaly Freight Norway", "Tessaly Freight"),
    # near misses: a dash inside a name, and a place or country that is the name's own word
    ("Hughes - Patel Architects", "Hughes - Patel Architects"),
    ("Bank of Verona", "Bank of Verona"),
    ("Air Portugal", "Air Portugal"),
    ("Banco de la Nación Argentina", "Banco de la Nación Argentina"),
    ("Wright, Gale & Partners", "Wright, Gale & Partners"),
]


@pytest.mark.parametrize("name, organisation", FIFTEENTH_TAILS)
def test_a_place_or_topic_after_the_name_is_not_part_of_it(name: str,
                                                            organisation: str) -> None:
    assert without_place(name) == organisation


# ------------------------------------------------------------------ agencies and boards

# An agency writing for its client, or a job board relaying the employer, in other languages.
FIFTEENTH_CLIENTS = [
    ("Ruud Smit <ruud@jobflex-uitzendbureau.example>", "je sollicitatie",
     "Hoi Alex,\n\nIk heb je voorgesteld bij onze opdrachtgever Van Lier Transport, maar zij "
     f"gaan niet verder met je.\n\n{NO}\n\nRuud Smit\nJobflex Uitzendbureau", "Van Lier Transport"),
    ("Jana Vogt <j.vogt@tempora-personalservice.example>", "Ihre Bewerbung",
     "Guten Tag,\n\nwir haben Ihre Unterlagen unserem Kunden, der Brandt Kältetechnik GmbH, "
     f"vorgestellt.\n\n{NO}\n\nJana Vogt\nTempora Personalservice", "Brandt Kältetechnik"),
    ("Marta Gil <mgil@selecta-rh.example>", "Tu candidatura",
     "Hola Alex,\n\nNuestro cliente, Laboratorios Quimera, ha revisado tu perfil.\n\n"
     f"{NO}\n\nMarta Gil\nSelecta Consultoría", "Laboratorios Quimera"),
    ("Bia Lopes <bia@rhmais.example>", "Retorno",
     "Oi Alex,\n\nFalei com o nosso cliente, a Construtora Ipiranga, sobre sua entrevista.\n\n"
     f"{NO}\n\nBia Lopes", "Construtora Ipiranga"),
    ("Talentbörse <info@talentboerse.example>", "Neuigkeiten zu Ihrer Bewerbung",
     "Hallo Alex,\n\ndas Unternehmen Brauerei Kessler hat Ihre Bewerbung geprüft und sich für "
     "andere Kandidaten entschieden.\n\nIhr Talentbörse-Team", "Brauerei Kessler"),
    # (held before: a board's sign-off "Equipe X" must not make the board the employer)
    ("Vagas Agora <notificacoes@vagasagora.example>", "Atualização da sua candidatura",
     "Olá Alex,\n\nA empresa Laticínios Serra Azul analisou seu currículo e optou por seguir "
     "com outros perfis.\n\nEquipe Vagas Agora", "Laticínios Serra Azul"),
    # near miss: "our client" with no name keeps the agency's own client unnamed
    ("Ruud Smit <ruud@jobflex-uitzendbureau.example>", "je sollicitatie",
     f"Hoi Alex,\n\nonze opdrachtgever heeft gekozen.\n\n{NO}\n\nRuud Smit", "Jobflex Uitzendbureau"),
]


@pytest.mark.parametrize("sender, subject, body, company", FIFTEENTH_CLIENTS,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(FIFTEENTH_CLIENTS)])
def test_the_client_or_employer_named_in_another_language(sender: str, subject: str,
                                                          body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ spelling

# A domain or a sender's short form, where the letter writes the name out.
FIFTEENTH_SPELLINGS = [
    ("Ilse Brandt <ilse@omconsortium.example>", "Geologist",
     "Dear Alex,\n\nFollowing the review, the Ostrava Mining Consortium selection panel chose "
     f"another geologist.\n\n{NO}\n\nIlse", "Ostrava Mining Consortium"),
    ("PLF Careers <no-reply@careers.plf.example>", "Status of your application",
     "Dear Alex,\n\nThe Pacific Lighthouse Foundation has now completed its selection.\n\n"
     f"{NO}\n\nHuman Resources", "Pacific Lighthouse Foundation"),
    ("Dirk Hale <dirk@brennanandcole.example>", "Paralegal",
     f"Alex,\n\nThe partners at Brennan & Cole met on Friday.\n\n{NO}\n\nDirk",
     "Brennan & Cole"),
    # near misses: a domain the text never spells out, and a name the text also writes alone
    ("Ilse Brandt <ilse@quorvatek.example>", "Geologist",
     f"Dear Alex,\n\n{NO}\n\nIlse Brandt\nSenior Geologist", "Quorvatek"),
]


@pytest.mark.parametrize("sender, subject, body, company", FIFTEENTH_SPELLINGS,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(FIFTEENTH_SPELLINGS)])
def test_the_text_spells_out_the_name(sender: str, subject: str, body: str,
                                      company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_spelled_out_and_fuller_names() -> None:
    assert spelled_out("Nbtrust", "Thanks,\nNorthbay Bridge Trust\n") == "Northbay Bridge Trust"
    assert spelled_out("Kelda Tu", "Faculty of Design, Kelda University of Technology") \
        == "Kelda University of Technology"
    assert spelled_out("Quorvatek", "Thanks,\nSenior Geologist\n") is None
    text = "You met the team at Gorsefield Cider Works last week.\nGorsefield Cider Works"
    assert fuller_in_text("Gorsefield", text) == "Gorsefield Cider Works"
    # the text also writes the name alone: no longer form wins
    assert fuller_in_text("Harlow Foods", "Harlow Foods Distribution and Harlow Foods") is None
    # a place, a team or a branch after the name is not part of it
    assert fuller_in_text("Harlow Foods", "at Harlow Foods Leeds today") is None
    assert fuller_in_text("Harlow Foods", "Harlow Foods Recruitment Team") is None
    assert fuller_in_text("Dobbin's", "at Dobbin's Eastmoor today") is None
    assert fuller_in_text("Harlow Foods", "the Harlow Foods Summer Internship") is None
