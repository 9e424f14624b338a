"""Thirty-sixth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh131-135 showed (an Italian dietitian's and a Swiss food
scientist's mail, a data engineer's in Japan, a customs broker's in Latin America, an HR
generalist's in South and East Africa, a café supervisor's in Ireland and Wales).

Spanish mail is no longer taken for Dutch (its "de" and "en"); a status, a step's heading or a
person is never the employer; noes in Swahili and Italian, an offer rescinded, a Japanese
offer taken back; an HR officer asked to pass noes on and a market stall refused are no
noes to the reader; Swiss sign-offs; Spanish firms named by their kind; a board's relay in
Spanish; assessment days abroad; titles in two languages, with a colon, with hiring terms;
a writer's own title is never the job."""

from __future__ import annotations

import pytest

from ajar.formats.company_words import without_desk_ends
from ajar.formats.mail_company import without_hiring_tail
from ajar.formats.mail_fields import (could_be_company, header_fields, relayed_from,
                                      role_from_text, role_or_none, stage_from_text,
                                      without_terms)
from ajar.formats.mail_role_tidy import without_celtic_copy, without_place_tail
from ajar.formats.mail_sender import company_from_domain
from ajar.formats.mail_signature import read_signature, title_under_name
from ajar.formats.word_list import languages_of
from helpers import letter, letter_draft as draft, letter_kind as kind


def test_spanish_with_many_de_and_en_is_spanish() -> None:
    text = ("Hola Alex:\n\nGracias por tu interés en la posición de Analista de Aduanas en "
            "Grupo Sierra, con sede en Puebla. Después de revisar tu perfil en detalle, en esta "
            "ocasión no avanzarás a la siguiente etapa del proceso de selección de personal.")
    assert "es" in languages_of(text) and "nl" not in languages_of(text)
    assert "nl" in languages_of("Helaas hebben wij besloten om niet met jouw sollicitatie "
                                "verder te gaan, ook al was het gesprek bij ons fijn.")


NOES = [
    ("Nafasi ya Afisa Mishahara",
     "Habari Alex,\n\nAsante kwa muda wako kwenye usaili. Kwa masikitiko, hatutaendelea na "
     "uajiri wa nafasi hii kwa sababu bajeti imesitishwa.\n\nKila la heri,\nAmina Odhiambo"),
    ("Re: Recruitment Partner - Tembo Foods",
     "Sasa Alex,\n\nNiliongea na client jana. Kwa bahati mbaya hawataendelea na wewe kwa hii "
     "nafasi, wanataka mtu wa kuanza mara moja.\n\nShukran,\nJoseph Mwangi"),
    ("Avviso pubblico Tecnico di laboratorio - comunicazione di non ammissione",
     "Gentile Dott.ssa Morgan,\n\ncon riferimento alla domanda di partecipazione all'avviso "
     "pubblico per Tecnico di laboratorio, si comunica che la S.V. NON è stata ammessa alla "
     "procedura per mancanza del titolo richiesto dal bando. L'elenco dei candidati ammessi è "
     "pubblicato sul sito aziendale.\n\nDistinti saluti\nUfficio Concorsi"),
    ("Regarding your offer - Analytics Engineer",
     "Hi Alex,\n\nI'm sorry to write this. A company-wide hiring freeze now covers all pending "
     "hires, and this includes your offer for the Analytics Engineer position, which we are "
     "having to rescind.\n\nWith apologies,\nDana Whitlow\nHead of People"),
    ("内定取り消しのご連絡",
     "アレックス・モーガン様\n\n先日は採用内定のご通知を差し上げましたが、事業計画の見直しにより、"
     "誠に申し訳ございませんが採用内定を取り消させていただきたく、ご連絡いたしました。\n\n"
     "株式会社ミナトデータ 人事部"),
    ("Your take-home for Mapleline",
     "Hi Alex,\n\nThanks for completing the take-home assignment for the Data Engineer role. "
     "Our two reviewers went through your submission this week. We've decided not to progress "
     "your application to the onsite interviews.\n\nBest,\nRuth"),
]


@pytest.mark.parametrize(("subject", "body"), NOES)
def test_the_no_is_read(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


NOT_NOES = [
    # an HR officer asked to send the regrets: other people's noes
    ("Packhouse Supervisor interviews",
     "Hi Alex\n\nThanks for sitting in yesterday. We're going with Thabo. Could you please send "
     "regrets to the other two today?\n\n- Sipho Dlamini: unsuccessful, no HACCP experience\n"
     "- Lerato Nkosi: not selected, salary outside the band\n\nThanks\nPieter"),
    ("Your stall application - Winter Market 2025",
     "Dear Alex,\n\nThank you for applying for a coffee stall at the Winter Market. We regret to "
     "say that your application was not successful this year, as only two hot drinks pitches "
     "were available.\n\nThe Market Team"),
]


@pytest.mark.parametrize(("subject", "body"), NOT_NOES)
def test_near_misses_are_no_no(subject: str, body: str) -> None:
    assert kind(subject, body) != "rejection"


def test_a_japanese_offer_is_an_offer() -> None:
    assert kind("採用内定のご通知", "アレックス・モーガン様\n\n厳正なる選考の結果、貴殿を「データ"
                "アナリスト」として採用内定とさせていただくことになりました。同封の内定承諾書に"
                "ご署名のうえご返送ください。\n\n株式会社ミナトデータ") == "offer"


def test_a_heading_of_a_step_gives_the_role_not_the_employer() -> None:
    text = ("Dear ALEX MORGAN,\n\nREF: KDA/REC/2025/11\n\nOUTCOME OF COMPUTER-BASED TEST (CBT) - "
            "SENIOR PAYROLL OFFICER (GL 09)\n\nThe Management of the Kwara Dairy Authority thanks "
            "you for taking part in the test.")
    assert header_fields(text) == (None, "SENIOR PAYROLL OFFICER")
    assert role_or_none("OUTCOME OF COMPUTER-BASED TEST") is None
    assert role_or_none("Resultado del proceso de selección") is None
    assert role_or_none("Requisición 25-0917 Especialista en Comercio Exterior") \
        == "Especialista en Comercio Exterior"


def test_a_person_heading_the_signature_is_no_employer() -> None:
    assert header_fields("Haruto Mori / Senior Engineer, Data Platform\n株式会社ミナトデータ")[0] \
        is None


def test_a_status_the_application_was_set_to_is_no_employer() -> None:
    seen = draft("Harrowgate Bio <noreply@harrowgate.myworkdayjobs.example.com>",
                 "Your application: Data Engineer",
                 "Dear Alex Morgan,\n\nThank you for your interest in the Data Engineer position at "
                 "Harrowgate Bio. Your application status has been updated to No Longer Under "
                 "Consideration in Candidate Home.\n\nSincerely,\nTalent Acquisition\n\n"
                 "Manage your notification preferences in your account.")
    assert seen.company == "Harrowgate Bio"


def test_a_board_relays_in_spanish() -> None:
    seen = draft("Empleos MX <avisos@occ.example.com>", "Tu postulación a Analista de Tráfico",
                 "Hola Alex,\n\nTe avisamos que Cerámica del Bajío revisó tu CV para la vacante "
                 "Analista de Tráfico en Celaya.\n\nPor ahora, tu postulación no fue seleccionada "
                 "para continuar en el proceso.\n\nRecibiste este correo porque tienes una cuenta "
                 "en Empleos MX.")
    assert seen.company == "Cerámica del Bajío"


def test_an_hr_platform_sends_for_the_firm_it_names() -> None:
    seen = draft("Transportes Río Claro <notificaciones@rioclaro.buk.example.com>",
                 "Tu proceso para Coordinador de Importaciones",
                 "Hola Alex,\n\nRevisamos los resultados de tu prueba psicotécnica. En esta "
                 "oportunidad decidimos avanzar con otros perfiles, por lo que tu proceso finaliza "
                 "aquí.\n\nEquipo de Talento · Transportes Río Claro\n\nEnviado a través de Buk")
    assert seen.company == "Transportes Río Claro"


def test_a_swiss_signature_is_no_job_card() -> None:
    # "Beste Grüsse" closes the letter: the agency's card under it names no employer
    text = ("Hoi Alex\n\nWie versprochen melde ich mich mit dem Feedback von der Käserei "
            "Emmental.\n\nBeste Grüsse\nUrs\n\nUrs Keller\nSenior Consultant Food\n"
            "Berg Food Personal AG")
    assert header_fields(text) == (None, None)
    assert relayed_from(text) == ["Käserei Emmental"]
    assert relayed_from("Te escribo para darte retroalimentación de Operadora Portuaria del "
                        "Caribe. Hablé ayer con su director.") == ["Operadora Portuaria del Caribe"]


def test_swiss_and_swahili_closings_open_the_signature() -> None:
    assert read_signature("Leider nicht.\n\nFreundliche Grüsse\nUrs Keller\nSenior Consultant\n"
                          "Berg Personal AG").name == "Urs Keller"
    assert read_signature("Tunasikitika.\n\nWako katika ujenzi wa Kaunti,\n\nNeema Achieng\n\n"
                          "Katibu\n\nBodi ya Utumishi wa Umma").name == "Neema Achieng"


@pytest.mark.parametrize(("name", "firm"), [
    ("Operadora Portuaria del Caribe", True),
    ("Comercializadora Andina", True),
    ("Operadora de Montacargas", False),
])
def test_a_spanish_firm_named_by_its_kind(name: str, firm: bool) -> None:
    assert could_be_company(name) is firm


@pytest.mark.parametrize(("addr", "company"), [
    ("m@dolciariaroero.example.it", "Dolciaria Roero"),
    ("d@daleviewtaverns.example.com", "Daleview Taverns"),
    ("j@kaapvallei-vrugte.example.com", "Kaapvallei Vrugte"),
    ("x@molinoverde.example.it", "Molino Verde"),
    ("y@cantina.example.com", "Cantina"),
])
def test_a_trade_word_splits_a_run_together_domain(addr: str, company: str) -> None:
    assert company_from_domain(addr) == company


@pytest.mark.parametrize(("name", "bare"), [
    ("Spital Seeberg Personaldienst", "Spital Seeberg"),
    ("Réseau hospitalier du Jura - Site de Delémont", "Réseau hospitalier du Jura"),
    ("Casa di Cura San Marco - Accreditata SSN", "Casa di Cura San Marco"),
    ("Agencia de Aduanas Llanos S.A.S. Nivel 1", "Agencia de Aduanas Llanos"),
    ("Tusker Breweries HRBP", "Tusker Breweries"),
])
def test_a_site_a_desk_or_a_level_leaves_the_name(name: str, bare: str) -> None:
    assert without_hiring_tail(name) == bare


def test_an_italian_registry_office_before_the_name_leaves() -> None:
    assert without_desk_ends("Protocollo ASST Valle Olona") == "ASST Valle Olona"


@pytest.mark.parametrize(("text", "stage"), [
    ("Vielen Dank für Ihre Teilnahme an unserem Assessment-Tag in Zug. Leider haben wir uns "
     "anders entschieden.", "final-round"),
    ("Merci pour votre participation à notre journée d'évaluation du 3 mars.", "final-round"),
    ("先日は適性検査およびオンラインコーディングテストを受検いただき、誠にありがとうございました。",
     "screening"),
    ("Tunasikitika kukujulisha kwamba hukuorodheshwa kwa usaili.", "applied"),
    ("Avviso pubblico, per titoli e colloquio. La S.V. NON è stata ammessa alla procedura; il "
     "calendario del colloquio è pubblicato sul sito.", "applied"),
])
def test_the_step_reached_abroad(text: str, stage: str) -> None:
    assert stage_from_text(text) == stage


@pytest.mark.parametrize(("role", "title"), [
    ("Rheolwr Caffi / Café Manager", "Café Manager"),
    ("Catering Manager / Rheolwr Arlwyo", "Catering Manager"),
    ("Bainisteoir Caifé | Café Manager", "Café Manager"),
    ("Marketeer / Campagnemaker", "Marketeer / Campagnemaker"),
])
def test_the_english_copy_of_a_welsh_or_irish_title(role: str, title: str) -> None:
    assert without_celtic_copy(role) == title


def test_a_town_and_its_postcode_district_leave_the_title() -> None:
    assert without_place_tail("Store Manager - Leeds LS1", "") == "Store Manager"
    assert without_place_tail("Store Manager - Leeds", "") == "Store Manager"


def test_a_colon_inside_a_title_before_its_post_word() -> None:
    assert role_from_text("They're not going ahead with you for the HRBP: Network Operations "
                          "role.", None) == "HRBP: Network Operations"


def test_an_ngos_hiring_terms_leave_the_title() -> None:
    assert without_terms("Payroll & Benefits Officer (National Position)") \
        == "Payroll & Benefits Officer"


def test_the_writers_own_title_is_not_the_job() -> None:
    text = ("面接のご準備ありがとうございました。\n\n引き続きよろしくお願いいたします。\n\n"
            "田中 花（Hana Tanaka）\nSenior Consultant, Finance & Technology\n"
            "Eastgate Career Partners K.K.")
    assert title_under_name("Senior Consultant, Finance & Technology", text)
    assert not title_under_name("Data Engineer", text + "\n\nData Engineer")
    signature = read_signature("Thanks!\n--\nHaruto Mori / Senior Engineer, Data Platform\n"
                               "株式会社ミナトデータ")
    assert (signature.name, signature.title) == ("Haruto Mori", "Senior Engineer, Data Platform")


def test_an_agency_passes_on_its_clients_word() -> None:
    seen = draft("Rosa Díaz <rdiaz@talentoandino.example.com>", "Retro Comercializadora del Pacífico",
                 "Hola Alex:\n\nTe escribo para darte retroalimentación de Comercializadora del "
                 "Pacífico. Hablé ayer con su gerente después de tu entrevista; al final decidieron "
                 "no avanzar contigo para la posición de Analista de Importaciones.\n\nSaludos,\n\n"
                 "Rosa Díaz\nConsultora Senior\nTalento Andino")
    assert seen.company == "Comercializadora del Pacífico"
