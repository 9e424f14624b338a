"""The company vote of the fourteenth pass (issue 11): a learned ranking of the groups, and
the families the newest splits showed (job boards relaying the employer in several
languages, team words around a sender's organisation, spellings a domain shortens).

Each table holds cases in new wordings (invented names, reserved example domains), then
near misses that keep their answer.
"""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from ajar.formats import company_model, mail_company
from ajar.formats.mail_company import Candidate, same_company
from ajar.formats.world_places import is_place
from helpers import make_project, run_ajar, training_script
from test_mail_fields_families import NO, draft

ROOT = Path(__file__).resolve().parents[1]


def _training():  # noqa: ANN202
    return training_script("company")


# ------------------------------------------------------------------ the shipped model

def test_the_shipped_weights_are_a_fresh_training_run() -> None:
    """Nobody edits the weights by hand: retraining gives the same file byte for byte."""
    train = _training()
    emails = train.corpus()
    assert {email.split for email in emails} == set(train.TRAIN_SPLITS)
    assert train.dump(train.train(emails)) == company_model.WEIGHTS.read_text(
        encoding="utf-8"), "run: python train/company/train.py"
    data = json.loads(company_model.WEIGHTS.read_text(encoding="utf-8"))
    assert 100 < len(data["name"]["weights"]) < 20_000
    assert {"hand", "places", "name"} <= set(data["rank"]["weights"])


def test_training_never_reads_a_split_outside_its_list(tmp_path: Path) -> None:
    train = _training()
    assert train.corpus(("a-sealed-split",)) == []


def test_the_wheel_carries_the_company_weights() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"formats/*.json"' in pyproject  # the package data glob that ships both models
    assert company_model.WEIGHTS.parent == (ROOT / "plugin" / "ajar" / "formats")


def test_a_document_heading_does_not_outrank_the_organisation_named_twice() -> None:
    """The model reads a group's places and shape: a subject's heading named once loses to
    an organisation that signs and sends, where the hand weights tie or favour the subject."""
    candidates = [Candidate("Internal Referral", "subject"),
                  Candidate("Lowmoor Analytics", "signature"),
                  Candidate("Lowmoor Analytics", "domain")]
    assert mail_company.vote(candidates, []) == "Lowmoor Analytics"
    company, why = mail_company.decide(candidates, [])
    assert company == "Lowmoor Analytics"
    assert why.startswith("named by signature, domain (") and why.endswith(
        "over Internal Referral (subject)")


def test_without_the_model_the_hand_vote_decides() -> None:
    candidates = [Candidate("Brackwater Surveying", "subject"),
                  Candidate("Brackwater Surveying", "display")]
    assert mail_company.vote(candidates, [], model=None) == "Brackwater Surveying"
    assert mail_company.vote([], []) is None


# ------------------------------------------------------------------ whole emails

def _board(subject: str, body: str) -> str | None:
    return draft("EmpleoRed <avisos@empleored.example>", subject, body).company


# A job board relays the employer's verdict in the employer's name, in several languages.
RELAYS = [
    ("Fennick Robotics reviewed your application",
     "Hi Alex,\n\nYour application status has changed.\n\nMechanical Design Engineer\n"
     "Status: Not selected\n\nThe employer has chosen not to proceed.\n\nSee similar jobs: "
     "https://empleored.example/jobs", "Fennick Robotics"),
    ("Actualización de tu postulación",
     "Hola Alex,\n\nLa empresa Ferretería Los Almendros revisó tu perfil para la vacante "
     "Encargado de Almacén y decidió no continuar con tu proceso.\n\nSigue buscando.",
     "Ferretería Los Almendros"),
    ("Tu postulación cambió de estado",
     "Hola Alex,\n\nClínica Santa Brígida actualizó el estado de tu postulación a la vacante "
     "Auxiliar de Enfermería.\n\nEstado: No seleccionado", "Clínica Santa Brígida"),
    ("Réponse à votre candidature",
     "Bonjour Alex,\n\nAtelier Montcalm a répondu à votre candidature au poste de Graphiste "
     "junior.\n\nMalheureusement, votre profil n'a pas été retenu.", "Atelier Montcalm"),
    ("Atualização da sua candidatura",
     "Olá Alex,\n\nA empresa Padaria Estrela do Norte analisou o seu currículo e decidiu não "
     "avançar com a sua candidatura.", "Padaria Estrela do Norte"),
    ("Estado de tu candidatura",
     'Hola Alex,\n\nHa cambiado el estado de tu candidatura en la oferta "Técnico de '
     'Mantenimiento" de Talleres Urbión S.L. (Soria).\n\nEstado: Descartado',
     "Talleres Urbión"),
]


@pytest.mark.parametrize("subject, body, company", RELAYS,
                         ids=[c[2] for c in RELAYS])
def test_a_job_board_relays_the_employer_by_name(subject: str, body: str, company: str) -> None:
    assert _board(subject, body) == company


def test_a_panel_that_reviewed_is_not_a_company() -> None:
    found = draft("Morwen Tate <morwen@quayside-energy.example>", "Your application",
                  f"Hi Alex,\n\nOur panel reviewed your application carefully. {NO}\n\n"
                  "Best,\nMorwen Tate\nTalent Partner, Quayside Energy").company
    assert found == "Quayside Energy"


def test_a_person_at_a_line_start_who_reviewed_is_not_a_company() -> None:
    found = draft("Morwen Tate <morwen@quayside-energy.example>", "Your application",
                  f"Hi Alex,\n\nMorwen reviewed your application with the team. {NO}\n\n"
                  "Best,\nMorwen Tate\nQuayside Energy").company
    assert found == "Quayside Energy"


# A team's words around the organisation's name in the sender's name.
TEAM_WORDS = [
    ("Talent Acquisition - Kestrel Maritime <careers@kestrel-maritime.example>",
     "Application Status - Deck Officer", f"Dear Alex,\n\n{NO}\n\nRegards,\nRecruitment",
     "Kestrel Maritime"),
    ("Talento Olivar Energía <talento@olivar-energia.example>",
     "Proceso de selección Técnico de Campo - Sevilla",
     "Hola Alex,\n\nGracias por tu interés. Lamentablemente no continuaremos con tu "
     "candidatura.\n\nUn saludo", "Olivar Energía"),
    ("Stadtwerke Quellbach Personalmanagement <bewerbung@stadtwerke-quellbach.example>",
     "Ihre Bewerbung als Elektroniker",
     "Sehr geehrte Frau Morgan,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine "
     "andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\nIhr Personalteam",
     "Stadtwerke Quellbach"),
    ("Orrin Bay Ferries - Talent Acquisition <careers@orrinbay.example>",
     "Application Status - Deck Officer", f"Dear Alex,\n\n{NO}", "Orrin Bay Ferries"),
    # near misses: a word that only begins like a team's, and a person before the name
    ("Personalwerk Nord <bewerbung@personalwerk-nord.example>", "Ihre Bewerbung",
     "Hallo Alex,\n\nleider können wir Ihnen keine Stelle anbieten.\n\nViele Grüße",
     "Personalwerk Nord"),
    ("Ines Carvalho - Orrin Bay Ferries <ines@orrinbay.example>", "Deck Officer",
     f"Dear Alex,\n\n{NO}\n\nInes", "Orrin Bay Ferries"),
]


@pytest.mark.parametrize("sender, subject, body, company", TEAM_WORDS,
                         ids=[c[3] for c in TEAM_WORDS])
def test_team_words_around_the_senders_organisation(sender: str, subject: str, body: str,
                                                    company: str) -> None:
    assert draft(sender, subject, body).company == company


# One organisation written two ways: a domain drops the small words and the hyphens, a
# holding's word stands before the name.
SAME = [
    ("CIUSSS des Monts-Blancs", "Ciusss Monts Blancs", True),
    ("Fondation de la Haute-Vallée", "Fondation Haute Vallee", True),
    ("Grupo Marés Vivas", "Marés Vivas Cascais", True),
    ("Groupe Lavandière", "Lavandière", False),  # one word left: too little to say
    ("Banco del Sur", "Banco Norte", False),
    ("Grupo Norte", "Norte Digital", False),
]


@pytest.mark.parametrize("one, other, same", SAME, ids=[f"{c[0]}-{c[1]}" for c in SAME])
def test_spellings_of_one_organisation(one: str, other: str, same: bool) -> None:
    assert same_company(one, other) is same


def test_a_name_that_loses_its_small_words_in_the_domain_is_one_vote() -> None:
    found = draft("Fondation de la Haute-Vallée <recrutement@fondation-haute-vallee.example>",
                  "Votre candidature - Lyon",
                  "Bonjour Alex,\n\nMalheureusement, votre candidature n'a pas été retenue.\n\n"
                  "Cordialement").company
    assert found == "Fondation de la Haute-Vallée"


# ------------------------------------------------------------------ ajar scan says why

def test_scan_says_which_places_named_the_company(tmp_path: Path) -> None:
    me = ("site_name: t\nplugins:\n  - ajar:\n      me:\n        name: Alex Morgan\n"
          "        email: alex.morgan@example.net\n")
    root = make_project(tmp_path / "p", mkdocs=me)
    message = EmailMessage()
    message["From"] = "Hollis Varga <hollis@brackwater-surveying.example>"
    message["To"] = "Alex Morgan <alex.morgan@example.net>"
    message["Subject"] = "Your application to Brackwater Surveying"
    message["Date"] = "Tue, 03 Nov 2026 10:00:00 +0000"
    message["Message-ID"] = "<why@example.com>"
    message.set_content(f"Hi Alex,\n\n{NO}\n\nBest,\nHollis Varga\nBrackwater Surveying\n")
    path = tmp_path / "why.eml"
    path.write_bytes(message.as_bytes())
    result = run_ajar("scan", str(path), cwd=root, env={"AJAR_TODAY": "2027-01-10"})
    assert result.returncode == 0, result.stderr
    assert "-> Brackwater Surveying" in result.stdout
    assert "company: named by subject, " in result.stdout


# ------------------------------------------------------------------ document headings

# A document's heading or a contract's terms in a subject or a sender's name: never the
# employer, whoever else names it.
HEADINGS = [
    ("Talent Team <talent@marlpit.example>", "Fixed-Term Contract (9 months) - Lab Technician",
     f"Hi Alex,\n\n{NO}\n\nMarlpit Biosciences", "Marlpit Biosciences"),
    ("People <p@alder-grove.example>", "Temporary Contract - Barista",
     f"Hi Alex,\n\n{NO}\n\nAlder Grove Cafe", "Alder Grove Cafe"),
    # near misses: a heading's word inside a name, and headings that already lost
    ("Contract Furniture Group <hr@cfg.example>", "Your application",
     f"Hi Alex,\n\n{NO}\n\nContract Furniture Group", "Contract Furniture Group"),
    ("Decision Lab <jobs@decisionlab.example>", "Your application",
     f"Hi Alex,\n\n{NO}\n\nDecision Lab", "Decision Lab"),
    ("Brennock County <noreply@brennockcounty.example>", "Eligibility Notice - Deputy Sheriff",
     f"Dear Alex,\n\n{NO}", "Brennock County"),
    ("Selection Outcome <noreply@ketterby.example>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nKetterby Council", "Ketterby Council"),
]


@pytest.mark.parametrize("sender, subject, body, company", HEADINGS,
                         ids=[c[3] for c in HEADINGS])
def test_a_document_heading_is_never_the_employer(sender: str, subject: str, body: str,
                                                  company: str) -> None:
    assert draft(sender, subject, body).company == company


@pytest.mark.parametrize("name", ["Conditional Offer Letter", "Notice of Examination Results",
                                  "Lateral Hires", "Contract (12 months)",
                                  "Candidate Notification", "Status Update"])
def test_headings_are_not_acceptable_names(name: str) -> None:
    assert not mail_company.acceptable(name, [])


@pytest.mark.parametrize("name", ["Contract Furniture Group", "Decision Lab", "Noticeboard Media",
                                  "Offerpad", "Updater Labs", "Letterbox Films"])
def test_names_that_begin_like_headings_stay_acceptable(name: str) -> None:
    assert mail_company.acceptable(name, [])


# ------------------------------------------------------------------ places

# A city, region or country alone (a signature's address line, a subject's location) is
# where the job is, never who employs.
PLACES = [
    ("Nilima Rao <nilima@chaiwala-labs.example>", "Your application",
     f"Hi Alex,\n\n{NO}\n\nWarm regards,\nNilima Rao\nHead of Talent\nHyderabad",
     "Chaiwala Labs"),
    ("Careers <careers@brightwater-analytics.example>", "Data Engineer - Kraków",
     f"Hi Alex,\n\n{NO}\n\nKraków\nBrightwater Analytics", "Brightwater Analytics"),
    # near misses: a place inside a name, and a place after "of"
    ("Valencia Hotels <jobs@valencia-hotels.example>", "Your application",
     f"Hola Alex,\n\n{NO}\n\nValencia Hotels", "Valencia Hotels"),
    ("Bank of Ireland Careers <careers@boi.example>", "Your application",
     f"Dear Alex,\n\n{NO}", "Bank of Ireland"),
]


@pytest.mark.parametrize("sender, subject, body, company", PLACES, ids=[c[3] for c in PLACES])
def test_a_place_alone_is_never_the_employer(sender: str, subject: str, body: str,
                                             company: str) -> None:
    assert draft(sender, subject, body).company == company


@pytest.mark.parametrize("name, place", [
    ("Hyderabad", True), ("Valencia, Spain", True), ("Greater London", True),
    ("Sao Paulo", True), ("Northeast", True), ("Zurich", False), ("Valencia Hotels", False),
    ("Bank of Ireland", False), ("Porto Seguro Insurance", False)])
def test_what_is_a_place(name: str, place: bool) -> None:
    assert is_place(name) is place


@pytest.mark.parametrize("word", ["Das", "Het", "Les", "Una"])
def test_an_article_opening_a_sentence_is_not_a_name(word: str) -> None:
    assert not mail_company.acceptable(word, [])


# ------------------------------------------------------------------ an agency's client decided

# "Ormond Dairies have hired someone", "Harrowgate Pharma have selected another candidate":
# the client named as the one who decided, above an agency's signature.
CLIENT_DECIDED = [
    ("Ruairi Walsh <ruairi@kilbarry.example>", "Quick update",
     "Hi Alex,\n\nAfraid it's not good news. Ormond Dairies have hired someone with more plant "
     "experience.\n\nThanks,\nRuairi\n\nRuairi Walsh\nKilbarry | Technical Recruitment\nCork",
     "Ormond Dairies"),
    ("Ines Duarte <ines@pinewell.example>", "Your application",
     "Dear Alex,\n\nMy apologies for the delay. Harrowgate Pharma have selected another "
     "candidate for the QA Lead role.\n\nBest,\nInes Duarte\nPinewell Search", "Harrowgate Pharma"),
    # near miss: the writer's own firm that hired, named by itself
    ("Ines Duarte <ines@harrowgate-pharma.example>", "Your application",
     "Dear Alex,\n\nWe have selected another candidate for the QA Lead role.\n\nBest,\nInes "
     "Duarte\nHarrowgate Pharma", "Harrowgate Pharma"),
]


@pytest.mark.parametrize("sender, subject, body, company", CLIENT_DECIDED,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(CLIENT_DECIDED)])
def test_the_client_that_decided_is_the_employer(sender: str, subject: str, body: str,
                                                  company: str) -> None:
    assert draft(sender, subject, body).company == company
