"""Role families of the sixteenth pass (issue 11): a title found by its occupation head
wherever the mail names the post, in the languages job mail is written in.

Cases are new wordings (reserved example domains, invented names), then near misses that
must keep their answer: a title the letter does not mark as the post (the signer's own, a
colleague's) is not the role.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_title_finder import find_title
from ajar.formats.mail_titles import base_word, is_head, read_title
from test_mail_fields_families import draft

SENDER = "Hiring <jobs@harbourline.example.com>"

# ------------------------------------------------------------------ the finder, end to end

FOUND = [
    # a clipped or field noun before a post word: the title the user would write
    ("Quick note about the physio role", "Hi Alex,\n\nWe've gone another way this time. "
     "Sorry!\n\nPriya", "Physiotherapist"),
    ("re: pastry job", "Thanks Alex, the spot is gone. Take care.", "Pastry Chef"),
    # the other person hired, named by the occupation (an after-interview letter)
    ("Saturday", "Hi Alex,\n\nThanks for the trial shift. In the end we offered the role to "
     "another sous chef with more banqueting experience.\n\nBest,\nGiulia", "Sous Chef"),
    # a post word just before the head, and a German compound on a head
    ("Ihr Vertragsangebot", "Sehr geehrte Frau Morgan,\n\nleider müssen wir das Angebot für die "
     "Position Versicherungsmathematiker Krankenversicherung zurückziehen, da die Stelle "
     "gestrichen wurde.\n\nMit freundlichen Grüßen\nP. Lind",
     "Versicherungsmathematiker Krankenversicherung"),
    # Norwegian: the title and the post word in one word
    ("Saksbehandlerstillingen hos oss", "Hei Alex,\n\nVi har valgt en annen kandidat denne "
     "gangen.\n\nHilsen\nKari", "Saksbehandler"),
    # Finnish: a head in the genitive before the post word
    ("Tietoa hakemuksestasi", "Hei Alex,\n\nKiitos hakemuksestasi ylitarkastajan tehtävään. "
     "Valinta ei tällä kertaa kohdistunut sinuun.\n\nTerveisin\nHenkilöstöpalvelut",
     "Ylitarkastaja"),
    # a selection process or competition by number, the title after it
    ("Competition 2027-XYZ-0031: result", "Dear Alex,\n\nThank you for taking part in "
     "competition 2027-XYZ-0031, Program Officer (PM-03), Department of Coastal Affairs. You "
     "will not be considered further.\n\nStaffing", "Program Officer"),
    # Dutch: the post word before a compound title
    ("Terugkoppeling", "Beste Alex,\n\nHelaas gaan we niet verder met je sollicitatie op de "
     "vacature beleidsadviseur.\n\nMet vriendelijke groet,\nTeam HR", "Beleidsadviseur"),
    # a head the first lexicon lacked, after the cue readers' own phrases
    ("Svar på din ansökan", "Hej Alex,\n\nTack för din ansökan till tjänsten som utredare. Vi "
     "har gått vidare med andra sökande.\n\nHälsningar\nHR", "Utredare"),
    ("Tu candidatura", "Hola Alex,\n\nNo seguiremos adelante con tu candidatura al puesto de "
     "Sumiller.\n\nUn saludo,\nRRHH", "Sumiller"),
    # a title with its modifiers, named once in an offer-withdrawn letter
    ("About your offer", "Hi Alex,\n\nThe funding for the new Community Outreach Dietitian "
     "post has fallen through, so I have to withdraw the offer.\n\nSorry,\nMaeve",
     "Community Outreach Dietitian"),
]


@pytest.mark.parametrize("subject, body, role", FOUND, ids=[c[2] for c in FOUND])
def test_the_title_is_found_where_the_mail_names_the_post(subject: str, body: str,
                                                          role: str) -> None:
    assert draft(SENDER, subject, body).role == role


KEPT = [
    # a title the letter does not mark as the post: a colleague's, the signer's own
    ("Following up", "Hi Alex,\n\nThanks for meeting our Principal Physiotherapist on "
     "Monday. We have decided not to go ahead.\n\nKind regards,\nSam Reid\nSenior Actuary",
     None),
    # an everyday word that is also a head, alone
    ("Update", "Hi Alex,\n\nWe went with another associate who knows the market.\n\nBest,\nLi",
     None),
    # a field noun that is no post
    ("Registration", "Hi Alex,\n\nYou are not yet registered with the Physiotherapy Board, so "
     "we cannot proceed.\n\nTom", None),
    # the readers that already answer keep their answer
    ("Your application for Staff Nurse", "Dear Alex,\n\nUnfortunately, we have decided not to "
     "move forward with your application.", "Staff Nurse"),
]


@pytest.mark.parametrize("subject, body, role", KEPT, ids=[str(n) for n in range(len(KEPT))])
def test_a_title_not_named_as_the_post_is_not_the_role(subject: str, body: str,
                                                       role: str | None) -> None:
    assert draft(SENDER, subject, body).role == role


# ------------------------------------------------------------------ the parts

@pytest.mark.parametrize("word", ["Lebensversicherungsaktuar", "seniorrådgiver",
                                  "erityisasiantuntija", "avdelingsdirektør", "Aktuarin",
                                  "atuário", "Sommelier", "kökschef", "aktuariusz"])
def test_compound_and_new_heads_are_occupations(word: str) -> None:
    assert is_head(word)


@pytest.mark.parametrize("word", ["Versicherung", "Unterlagen", "Gespräch", "Statistics",
                                  "Analyseavdelingen", "hakemus"])
def test_ordinary_words_are_not_occupations(word: str) -> None:
    assert not is_head(word)


def test_two_capitalised_fields_are_not_a_gender_form() -> None:
    assert base_word("Schaden/Unfall") == "Schaden/Unfall"
    assert base_word("Koch/Köchin") == "Koch"
    assert base_word("Infirmier/ère") == "Infirmier"
    assert read_title("Aktuar Schaden/Unfall zurückziehen") == "Aktuar Schaden/Unfall"


def test_a_unit_after_in_ends_the_title_but_a_field_stays() -> None:
    assert read_title("seniorrådgiver i avdeling for analyse og utredning") == "Seniorrådgiver"
    assert read_title("Lecturer in Law at the university") == "Lecturer in Law"


def test_a_grade_in_brackets_marks_the_title() -> None:
    assert find_title("Result", "Thank you for your interest in competition 12-0009, Research "
                      "Officer (RO-02), Coastal Agency.") == "Research Officer"


def test_a_tail_running_into_an_employer_is_no_specialty() -> None:
    message = draft(SENDER, "Selection process 27-ABC-0001 - update",
                    "Dear Alex,\n\nThank you for your interest in selection process 27-ABC-0001, "
                    "Policy Analyst (EC-04), Coastal and Fisheries Development Canada, Ottawa.\n\n"
                    "You will not be considered further in this process.\n\nStaffing")
    assert message.role == "Policy Analyst"


def test_the_finder_is_bounded_on_huge_input() -> None:
    text = "the physio " * 40_000 + "position"
    assert find_title("x", text) is None  # only the top of the letter is read


# ------------------------------------------------------------------ the title as written

WRITTEN = [
    # a specialty between the title and its post word, in the letter
    ("Your application for Radiographer (REQ-5531)", "Dear Alex,\n\nThank you for applying "
     "for the Radiographer - Interventional position at Harbourline Health. We will not be "
     "taking your application further.", "Radiographer - Interventional"),
    ("Sous Chef (Banqueting)", "Hi Alex,\n\nWe have decided to go with someone else for the "
     "Sous Chef - Banqueting role.\n\nBest,\nNoor", "Sous Chef - Banqueting"),
    # an application word before the title in a one-line subject
    ("AW: Bewerbung Senior Underwriter", "Guten Tag\n\nDie Stelle ist inzwischen besetzt.\n\n"
     "Freundliche Grüsse\nK. Amrein", "Senior Underwriter"),
    # a French bare noun with its complement, and a Portuguese ordinal grade
    ("Votre candidature - Gestionnaire sinistres de masse", "Madame, Monsieur,\n\nNous ne "
     "pouvons pas donner une suite favorable à votre candidature.", "Gestionnaire sinistres de masse"),
    ("Votre candidature", "Madame, Monsieur,\n\nNous vous remercions de votre candidature au "
     "poste de Conseiller ventes de gros. Nous ne pouvons pas y donner une suite favorable.",
     "Conseiller ventes de gros"),
    ("Candidatura - Empregado de Mesa de 2.ª", "Caro Alex,\n\nInformamos que não foi "
     "selecionado para a fase seguinte.", "Empregado de Mesa de 2.ª"),
]

WRITTEN_KEPT = [
    # hours after the dash are no specialty; a place leaves
    ("Your application for Warehouse Operative", "Dear Alex,\n\nThank you for applying for "
     "the Warehouse Operative - Night Shift position. We will not be taking your application "
     "further.", "Warehouse Operative"),
    ("Your application for Store Manager", "Dear Alex,\n\nThank you for applying for the Store "
     "Manager - Madrid position. We will not be taking your application further.",
     "Store Manager"),
    # an English application title keeps its first word
    ("Application Engineer", "Dear Alex,\n\nUnfortunately, we have decided not to move forward "
     "with your application.", "Application Engineer"),
    # a Romance head followed by an adverb, not a complement
    ("Votre candidature", "Bonjour,\n\nVotre candidature au poste d'infirmière depuis des mois "
     "en attente n'a pas été retenue.", "Infirmière"),
]


@pytest.mark.parametrize("subject, body, role", WRITTEN + WRITTEN_KEPT,
                         ids=[c[2] for c in WRITTEN + WRITTEN_KEPT])
def test_the_title_as_the_mail_writes_it(subject: str, body: str, role: str) -> None:
    assert draft(SENDER, subject, body).role == role
