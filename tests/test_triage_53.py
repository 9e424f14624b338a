"""Fifty-third pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh231-235 showed (a customs analyst's mail in Belgium, a revenue
manager's in Java and Bali, an agronomist's in Paraguay, a product manager's in Ghana, a
fisheries officer's in the Azores and Madeira).

Noes in Belgian Dutch and French, Indonesian, Javanese, Paraguayan Spanish, Ghanaian Pidgin and
Portuguese public-competition language; a serviced-apartment firm and an aircraft maker's
"programme civil" that name no flat and no course."""

from __future__ import annotations

import pytest

from helpers import letter_kind as kind


@pytest.mark.parametrize(("subject", "body"), [
    ("Resultaat selectie - Attaché",
     "Geachte heer Morgan,\n\nU nam met uw kandidatuur voor de functie van attaché deel aan de "
     "vergelijkende selectie.\n\nResultaat: "
     "niet geslaagd\n\nUw deelname aan deze selectie is daarmee beëindigd.\n\nHet selectieteam"),
    ("Votre proposition d'engagement",
     "Monsieur Morgan,\n\nNotre groupe a décidé un gel immédiat de tous les recrutements suite à la "
     "baisse des cadences sur le programme civil. Nous devons retirer cette proposition "
     "d'engagement pour le poste d'Acheteur, malgré votre candidature retenue par le comité.\n\n"
     "Le DRH"),
    ("Feedback studi kasus - Data Analyst",
     "Halo Alex,\n\nMakasih udah ngerjain studi kasus. Setelah diskusi, kami memutuskan buat nggak "
     "lanjut ke tahap berikutnya.\n\nRaka"),
    ("Atur wangsul - lowongan Revenue Manager",
     "Mas Alex,\n\nNuwun sewu, posisi Revenue Manager menika dereng saged kaisi ing taun menika."
     "\n\nHening"),
    ("soal lamaranmu",
     "Lex,\n\nJarene Pak Gunawan wis mutusno njupuk calon liyane kanggo lowongan Data Analyst.\n\n"
     "Bayu"),
    ("Búsqueda confidencial - Gerente de Operaciones",
     "Estimado Alex:\n\nEl directorio del cliente mantuvo la entrevista final y optaron por otro "
     "profesional.\n\nGustavo Berón"),
    ("The PM thing",
     "Chale Alex,\n\nI talk to my co-founder and we no go fit move with the Product Manager hire "
     "now. We dey hold all new hires till Q2.\n\nKojo"),
    ("Procedimento concursal - lista de classificação final",
     "Exmo. Senhor,\n\nNo procedimento concursal para o posto de trabalho de Técnico Superior, a sua "
     "candidatura ficou posicionada em 3.º lugar; não haverá lugar à constituição de relação "
     "jurídica de emprego público com Vossa Excelência.\n\nA Diretora de Serviços"),
])
def test_a_no_in_these_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"


def test_a_serviced_apartment_firm_names_no_flat():
    body = ("Hi Alex,\n\nThank you for the final round. I'm sorry to say we've decided not to "
            "extend an offer; we liked your read on serviced-apartment demand in South Jakarta."
            "\n\nMarcus Lim\nHead of Pricing")
    assert kind("Senior Pricing Analyst - next steps", body) == "rejection"
