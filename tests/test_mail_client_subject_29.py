"""Twenty-ninth pass: the client an agency's subject names is the company.

Each email here was written for this probe; none is a corpus message.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail import draft_rejection

ME = frozenset({"alex.morgan@example.net"})


def _mail(sender: str, subject: str, body: str) -> bytes:
    return (f"From: {sender}\nTo: Alex Morgan <alex.morgan@example.net>\nSubject: {subject}\n"
            "Date: Tue, 10 Nov 2026 09:00:00 +0000\nMessage-ID: <p29@example.com>\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{body}").encode()


@pytest.mark.parametrize(("sender", "subject", "body", "company"), [
    ("Owen Price <owen@brackenhire.example.com>", "Harrowgate - Interim FM",
     "Hi Alex,\n\nQuick one on Harrowgate Dairies. I chased their FD and they've decided not "
     "to take you forward, as your notice period is too long for them.\n\nCheers,\nOwen\n\n"
     "Owen Price\nSenior Consultant\nBracken Hire Recruitment\n", "Harrowgate Dairies"),
    ("Nadia Farouk <nadia@sandline-talent.example.com>", "Palm Cove - Executive Sous Chef",
     "Hi Alex,\n\nPalm Cove came back to me today: they've gone with a chef already in Doha."
     "\n\nBest,\nNadia\n\nNadia Farouk\nSandline Talent\n", "Palm Cove"),
    ("Vikram Rao <vikram@hirebridge.example.com>", "Team Leader - Voice | Lotus Connect",
     "Alex, Lotus Connect ne profile reject kar diya. Kal baat karte hain.\n- Vikram\n",
     "Lotus Connect"),
    ("Julia Brandt <j.brandt@biotalents.example.de>",
     "Ihre Kandidatur bei Kestrel Biotech AG - Laborleiter",
     "Liebe Alex,\n\nleider hat sich unser Kunde für eine andere Kandidatin entschieden.\n\n"
     "Viele Grüße\nJulia Brandt\nBioTalents Personalberatung\n", "Kestrel Biotech"),
    ("山田 花子 <yamada@sakura-career.example.jp>", "北斗精工様 生産技術 書類選考結果のご連絡",
     "アレックス・モーガン様\n\n北斗精工様より書類選考の結果、今回は見送りとのご連絡がありました。"
     "\n\nさくらキャリア 山田\n", "北斗精工"),
])
def test_the_client_an_agencys_subject_names_is_the_company(
        sender: str, subject: str, body: str, company: str) -> None:
    assert draft_rejection(_mail(sender, subject, body), "x", ME).company == company


@pytest.mark.parametrize(("sender", "subject", "body", "company"), [
    # a specialty after the title is no client
    ("Mia Hart <mia@hartwell-recruit.example.com>", "Senior Physiotherapist - Neuro Rehab",
     "Hi Alex,\n\nThe client has decided not to progress you for the Neuro Rehab post.\n\n"
     "Mia Hart\nHartwell Recruitment\n", "Hartwell Recruitment"),
    # an employer's own subject: nothing is relayed
    ("Tom Reed <tom@glenmore.example.com>", "Glenmore Estates - Site Manager",
     "Hi Alex,\n\nThanks for meeting us. Glenmore Estates has decided to go with an internal "
     "candidate.\n\nTom Reed\nOperations Director\nGlenmore Estates\n", "Glenmore Estates"),
    # a title the title words do not know, and a town only the wider list knows
    ("Iris Vane <iris@ashlar-search.example.com>", "Paper Conservator | private library",
     "Dear Alex,\n\nThe family have decided to appoint a Paper Conservator who already knows "
     "the library.\n\nIris Vane\nAshlar Heritage Search\n", "Ashlar Heritage Search"),
    ("Rui Lopes <rui@tejo-aero-staffing.example.com>", "Aircraft Technician – Luanda",
     "Olá Alex,\n\nthe operator in Luanda has filled the Aircraft Technician post locally."
     "\n\nRui Lopes\nTejo Aero Staffing\n", "Tejo Aero Staffing"),
    # the matter of the mail is no name
    ("Owen Price <owen@brackenhire.example.com>", "Feedback - Interim FM",
     "Hi Alex,\n\nFeedback from the client: not this time.\n\nOwen Price\nBracken Hire "
     "Recruitment\n", "Bracken Hire Recruitment"),
])
def test_no_client_is_made_up(sender: str, subject: str, body: str, company: str) -> None:
    assert draft_rejection(_mail(sender, subject, body), "x", ME).company == company


def test_a_name_with_a_long_connector_spells_out_the_senders_acronym() -> None:
    """"pour", "para", "für", "voor" join a name's words as "of" and "de" do: the name is no
    sentence, and it spells out the acronym the sender writes."""
    raw = _mail("Recrutement ASSR <recrutement@assr.example.org>",
                "Votre candidature - Chargé de programme",
                "Madame, Monsieur,\n\nNous regrettons de vous informer que votre candidature "
                "n'a pas été retenue.\n\nCordialement,\n\nService des ressources humaines\n"
                "Alliance Sahélienne pour la Santé Rurale\n")
    assert draft_rejection(raw, "x", ME).company == "Alliance Sahélienne pour la Santé Rurale"


@pytest.mark.parametrize("company", [
    "Banque Lagune de Côte d'Ivoire",
    "Agence Nationale de l'Énergie Solaire",
])
def test_a_name_goes_on_through_an_elided_small_word(company: str) -> None:
    """The sender's and subject's short form ("Banque Lagune"), the letter's full name:
    "d'Ivoire" and "l'Énergie" are part of it, not where it stops."""
    short = " ".join(company.split()[:2])
    raw = _mail(f"{short} <ne-pas-repondre@lagune.taleo.example.net>",
                f"{short} - Votre candidature au poste Analyste",
                f"Bonjour Alex,\n\nNous vous remercions de votre intérêt pour {company}. Après "
                "examen, votre candidature n'a pas été retenue.\n\nCordialement,\n\n"
                f"{company}\n")
    assert draft_rejection(raw, "x", ME).company == company
