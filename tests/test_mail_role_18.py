"""Eighteenth pass (role): a title written in the letter's own language as one compound word
is read by the occupation head that closes it (``formats/title_compounds.py``), in a feminine
form too, and a Finnish head in a case ending with its stop weakened; a subject's job-board
status line ("Status update for ...", "Søknad på ...") is not part of the title.

Cases are new wordings (reserved example domains, invented names, not from the corpus),
then near misses that must keep their answer.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_titles import compound_head
from test_mail_fields_families import draft

SENDER = "HR <jobs@larchfield.example.com>"
BOARD = "Jobs <noreply@jobboard.example.com>"
NO = "Dear Alex,\n\nUnfortunately the employer has decided not to progress your application.\n\nThe team"

FOUND = [
    # a compound closed by a head that is too common a word to be a title alone
    (SENDER, "Ihre Bewerbung", "Guten Tag,\n\nvielen Dank für Ihre Bewerbung als "
     "Lagerlogistiker. Leider haben wir uns für einen anderen Bewerber entschieden.\n\nGrüße\nHR",
     "Lagerlogistiker"),
    (SENDER, "Søknad", "Hei,\n\nTakk for at du søkte jobben som kundebehandler. Vi har "
     "dessverre valgt en annen kandidat.\n\nHilsen\nHR", "Kundebehandler"),
    (SENDER, "Søknad", "Hei,\n\nTakk for søknaden på stillingen som fagarbeider. Vi har "
     "dessverre valgt en annen kandidat.\n\nHilsen\nHR", "Fagarbeider"),
    (SENDER, "Ansøgning", "Hej,\n\nTak for din ansøgning som sygehjælper. Vi har desværre valgt "
     "en anden.\n\nHilsen\nHR", "Sygehjælper"),
    (SENDER, "Sollicitatie", "Beste Alex,\n\nBedankt voor je sollicitatie voor de functie van "
     "klantondersteuner. Helaas kiezen we voor een andere kandidaat.\n\nGroet\nHR",
     "Klantondersteuner"),
    (SENDER, "Sollicitatie", "Beste Alex,\n\nBedankt voor je sollicitatie als magazijnbediende. "
     "Helaas kiezen we voor een andere kandidaat.\n\nGroet\nHR", "Magazijnbediende"),
    # a German feminine compound
    (SENDER, "Bewerbung", "Hallo,\n\nDanke für Ihr Interesse an der Position als "
     "Lohnbuchhalterin. Leider haben wir eine andere Kandidatin gewählt.\n\nGruß\nHR",
     "Lohnbuchhalterin"),
    (SENDER, "Ihre Bewerbung", "Guten Tag,\n\nvielen Dank für Ihr Interesse an der Stelle als "
     "Versicherungsmathematikerin. Leider haben wir uns anders entschieden.\n\nGrüße\nHR",
     "Versicherungsmathematikerin"),
    # a Finnish head in the genitive, its double stop weakened ("päällikkö" -> "päällikön")
    (SENDER, "Hakemuksesi", "Hei Alex,\n\nKiitos hakemuksestasi myyntipäällikön tehtävään. "
     "Valitettavasti valitsimme toisen hakijan.\n\nTerveisin\nHR", "Myyntipäällikkö"),
    (SENDER, "Hakemuksesi", "Hei Alex,\n\nKiitos kiinnostuksestasi palkanlaskijan tehtävään. "
     "Valitsimme valitettavasti toisen hakijan.\n\nTerveisin\nHR", "Palkanlaskija"),
    # a subject behind a job board's name or status line
    (BOARD, "Finn.no: Søknad på Prosessoperatør", "Hei,\n\nVi har dessverre valgt en annen "
     "kandidat.\n\nHilsen", "Prosessoperatør"),
    (BOARD, "Monster: Status update for HVAC Technician", NO, "HVAC Technician"),
    (BOARD, "Nationale Vacaturebank: update sollicitatie Orderpicker", NO, "Orderpicker"),
]


@pytest.mark.parametrize("sender, subject, body, role", FOUND, ids=[c[3] for c in FOUND])
def test_a_compound_title_is_read_by_its_head(sender: str, subject: str, body: str,
                                              role: str) -> None:
    assert draft(sender, subject, body).role == role


KEPT = [
    # a verb that ends on a head is no title
    (SENDER, "Søknad", "Hei,\n\nVi samarbeider med flere kunder. Dessverre har vi valgt en "
     "annen kandidat.\n\nHilsen\nHR", None),
    # compounds read before keep their reading
    (SENDER, "Søknaden din", "Hei Alex,\n\nTakk for din søknad på stillingen som "
     "reguleringsplanlegger hos oss. Vi har dessverre valgt en annen kandidat.\n\nHilsen\nHR",
     "Reguleringsplanlegger"),
    (SENDER, "Hakemuksesi", "Hei Alex,\n\nKiitos hakemuksestasi talousasiantuntijan "
     "tehtävään. Valitettavasti valitsimme toisen hakijan.\n\nTerveisin\nHR",
     "Talousasiantuntija"),
    # "Update" inside a title stays
    (BOARD, "Indeed Apply: Forklift Operator", NO, "Forklift Operator"),
]


@pytest.mark.parametrize("sender, subject, body, role", KEPT, ids=[str(c[3]) for c in KEPT])
def test_near_misses_keep_their_role(sender: str, subject: str, body: str,
                                     role: str | None) -> None:
    assert draft(sender, subject, body).role == role


@pytest.mark.parametrize("word", ["samarbeider", "utarbeider", "bewerberin", "kandidatin",
                                  "teilnehmerin", "ansprechpartnerin", "arbeider", "behandler"])
def test_ordinary_words_close_on_no_head(word: str) -> None:
    assert compound_head(word) is None


@pytest.mark.parametrize("word, head", [("lagerlogistiker", "logistiker"),
                                        ("kontoarbeider", "arbeider"),
                                        ("personalleiterin", "leiter"),
                                        ("saksbehandlerin", "behandler"),
                                        ("palkanlaskija", "laskija")])
def test_compounds_close_on_their_head(word: str, head: str) -> None:
    assert compound_head(word) == head
