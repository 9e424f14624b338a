"""The occupation lexicon by ISCO-08 group (issue 11, sixteenth pass): a title is found by its
head noun in an occupation the corpus never met, in every language job mail comes in, while
everyday words stay no title.

Cases are new wordings (reserved example domains, invented names): each positive case named no
title before the lexicon covered every sub-major group.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_title_finder import find_title
from ajar.formats.mail_titles import HEADS, is_head
from ajar.formats.occupation_heads import ISCO_GROUPS, LANGUAGES
from test_mail_fields_families import draft

SENDER = "Hiring <jobs@harbourline.example.com>"

FOUND = [
    # building trades (ISCO 71), German, after the cue "die Stelle als"
    ("Ihre Bewerbung", "Sehr geehrter Herr Morgan,\n\nleider ist die Stelle als Dachdecker "
     "bereits besetzt.\n\nFreundliche Grüße\nPersonal", "Dachdecker"),
    ("Ihre Bewerbung", "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihr Interesse an der "
     "Position Fliesenleger in unserem Team. Leider können wir Ihnen keine Zusage geben.\n\n"
     "Freundliche Grüße\nPersonal", "Fliesenleger"),
    ("Bewerbung Schornsteinfeger", "Hallo Alex,\n\nleider haben wir uns anders entschieden."
     "\n\nGruß\nTeam", "Schornsteinfeger"),
    # building and metal trades (71, 72), French, lower and upper case
    ("Votre candidature", "Bonjour Alex,\n\nNous avons retenu un autre profil pour le poste de "
     "carreleur.\n\nCordialement,\nRH", "Carreleur"),
    ("Votre candidature", "Bonjour Alex,\n\nLe poste de Chaudronnier est pourvu.\n\n"
     "Cordialement,\nRH", "Chaudronnier"),
    # Portuguese mason (71), Italian pizza maker (75) and car body repairer (72)
    ("Candidatura", "Olá Alex,\n\nA vaga de Pedreiro já foi preenchida.\n\nCumprimentos,\nRH",
     "Pedreiro"),
    ("Candidatura", "Ciao Alex,\n\nla posizione di Pizzaiolo è stata assegnata.\n\n"
     "Cordiali saluti,\nHR", "Pizzaiolo"),
    ("Aggiornamento", "Ciao,\n\nabbiamo scelto un altro candidato per il ruolo di Carrozziere."
     "\n\nSaluti", "Carrozziere"),
    # Spanish cabinet maker (75)
    ("Actualización", "Hola Alex,\n\nel puesto de Ebanista ya está cubierto.\n\nSaludos",
     "Ebanista"),
    # Dutch plasterer, Swedish plumber, Norwegian carpenter (71)
    ("Sollicitatie", "Beste Alex,\n\nDe vacature Stukadoor is helaas al vervuld.\n\nGroet,\nHR",
     "Stukadoor"),
    ("Din ansökan", "Hej Alex,\n\nTjänsten som rörmokare är tillsatt.\n\nHälsningar\nHR",
     "Rörmokare"),
    ("Søknad", "Hei Alex,\n\nStillingen som tømrer er besatt.\n\nHilsen\nHR", "Tømrer"),
    # a Norwegian train driver (83): head and post word in one word
    ("Oppdatering", "Hei,\n\nvi har ansatt en annen i lokførerstillingen.\n\nHilsen", "Lokfører"),
    # a Finnish welder (72) in the genitive before the post word
    ("Hakemus", "Hei Alex,\n\nKiitos hakemuksestasi hitsaajan tehtävään. Valinta ei "
     "kohdistunut sinuun.\n\nTerveisin\nHR", "Hitsaaja"),
    # a Polish lathe operator (72)
    ("Aplikacja", "Dzień dobry,\n\ndziękujemy za aplikację na stanowisko Tokarz. Wybraliśmy "
     "innego kandydata.\n\nPozdrawiam\nHR", "Tokarz"),
    # English: a casino dealer (42) in the subject, a ship's officer (31) and an undertaker
    # (51) after a cue, in lower case
    ("Your application: Croupier", "Dear Alex,\n\nUnfortunately we will not proceed.\n\n"
     "Casino HR", "Croupier"),
    ("Update", "Dear Alex,\n\nThank you for applying for the position of boatswain. We have "
     "chosen another candidate.\n\nCrewing", "Boatswain"),
    ("Update", "Dear Alex,\n\nThank you for your application for the role of embalmer. We "
     "will not be taking it further.\n\nFuneral Services", "Embalmer"),
]


@pytest.mark.parametrize("subject, body, role", FOUND, ids=[c[2] for c in FOUND])
def test_a_title_in_an_occupation_never_met_is_found(subject: str, body: str,
                                                    role: str) -> None:
    assert draft(SENDER, subject, body).role == role


KEPT = [
    # everyday words that are no post, in the subject and the letter
    ("Register for job alerts", "Hi Alex,\n\nWe have decided not to move forward with your "
     "application.\n\nTalent team", None),
    ("Update", "Hi Alex,\n\nOur scheduler will not book a second interview; we judge every "
     "application on its own.\n\nBest,\nLi", None),
    # a new head that the letter does not mark as the post: a colleague, the signer's own
    ("Following up", "Hi Alex,\n\nThanks for meeting our Choreographer on Monday. We have "
     "decided not to go ahead.\n\nKind regards,\nSam Reid\nHarbourmaster", None),
    ("Update", "Hi Alex,\n\nWe decided to hire another electrician.\n\nThanks,\nPat", None),
    # a place that ends like a head in another language
    ("Update", "Hi Alex,\n\nWe have decided not to proceed with applicants outside "
     "Annapolis.\n\nThanks,\nPat", None),
]


@pytest.mark.parametrize("subject, body, role", KEPT, ids=[str(n) for n in range(len(KEPT))])
def test_everyday_words_stay_no_title(subject: str, body: str, role: str | None) -> None:
    assert draft(SENDER, subject, body).role == role


@pytest.mark.parametrize("word", [
    "register", "Annapolis", "näher", "Gartner", "drukker", "administratief", "cadre",
    "facteur", "porteur", "fører", "pakker", "lähetti", "Zimmermann", "hunter", "guide",
    "printer", "vendor", "Biologie", "biologi", "Ferreira", "Herrera", "ZipRecruiter", "Copilot",
    "informática"])
def test_everyday_words_surnames_and_firms_are_no_heads(word: str) -> None:
    assert not is_head(word)


@pytest.mark.parametrize("word", [
    "Dachdeckerin", "Rohrschweißer", "Kranführerin", "carreleuse", "Fontanera", "pizzaiola",
    "kucharka", "professoressa", "betongarbetare", "lastebilsjåfør", "sähköasentaja", "Schweißer",
    "Straßenbauerin"])
def test_feminine_and_compound_forms_of_new_heads_are_occupations(word: str) -> None:
    assert is_head(word)


def test_every_isco_group_names_heads_in_every_language() -> None:
    assert len(ISCO_GROUPS) == 43
    for group, heads in ISCO_GROUPS.items():
        assert set(heads) == set(LANGUAGES), group
        assert all(words and all(w.casefold() in HEADS for w in words)
                   for words in heads.values()), group


def test_the_finder_reads_a_new_head_only_where_the_post_is_named() -> None:
    assert find_title("Update", "The stevedore vacancy at the port is filled.") == "Stevedore"
    assert find_title("Update", "Our stevedore will show you round.") is None
