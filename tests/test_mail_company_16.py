"""Company families of the sixteenth pass (issue 11): a name that only a run-together domain
gives, a ministry or agency behind a state's portal, an agency with no client named, a
council's own name, and an address that is nobody's name.

Every case is written anew (invented names, reserved example domains); near misses that
must keep their answer follow each table.
"""

from __future__ import annotations

import pytest

from ajar.formats.company_spelling import segmented
from ajar.formats.public_bodies import public_body, signed_body, umbrella
from ajar.formats.word_list import languages_of
from test_mail_fields_families import NO, draft

# ------------------------------------------------------------------ run-together domains

# A small business sends from its own domain and never writes its name: the domain's words,
# found in the mail's text or in a language's common words, in title case.
SIXTEENTH_DOMAINS = [
    ("Ruth Okafor <ruth@thecopperkettle.example>", "Re: Barista job",
     "hey Alex, sorry we gave the shifts to someone local. all the best\n\nRuth",
     "The Copper Kettle"),
    ("Joana Reis <joana@casadoporto.example>", "Re: Cozinheiro",
     "Olá Alex, já encontrámos alguém para a vaga. Boa sorte!\n\nJoana", "Casa do Porto"),
    ("Marek Lind <marek@bluefernstudio.example>", "Re: Junior designer - Blue Fern",
     "Hi Alex, we went with someone else in the end. Thanks for coming in.\n\nMarek",
     "Blue Fern Studio"),
    # near misses: one word that may be one name, and a dictionary word of its own
    ("Ann Tully <ann@hartwell.example>", "Re: Receptionist",
     "Hi Alex, the post has been filled. Best of luck.\n\nAnn", "Hartwell"),
    ("Ann Tully <ann@greyfriars.example>", "Re: Receptionist",
     "Hi Alex, the post has been filled. Best of luck.\n\nAnn", "Greyfriars"),
]


@pytest.mark.parametrize("sender, subject, body, company", SIXTEENTH_DOMAINS,
                         ids=[c[3] for c in SIXTEENTH_DOMAINS])
def test_a_run_together_domain_is_split_into_its_words(sender: str, subject: str, body: str,
                                                       company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_segmented_spells_as_the_mail_writes() -> None:
    assert segmented("Greenlanternbooks", "Hi from the GREEN Lantern crew") == \
        "Green Lantern Books"
    assert segmented("Oldmillbakery", "thanks, see you at the Old Mill Bakery") == \
        "Old Mill Bakery"
    assert segmented("Deliveroo", "") is None  # no split into common words
    assert segmented("Acme", "") is None  # too short to be run together
    assert segmented("Oldmillbakery", "oldmillbakery is our name") is None  # written as one


def test_only_english_and_the_mails_own_language_are_loaded() -> None:
    assert languages_of("Hi Alex, thanks for your time. We have filled the role.") == ("en",)
    assert languages_of("Obrigado Alex, we found someone. Boa sorte!") == ("en", "pt")
    assert languages_of("Sehr geehrte Frau Morgan, leider haben wir uns für eine andere "
                        "Bewerberin entschieden.") == ("en", "de")


# ------------------------------------------------------------------ public bodies

# A public employer: a ministry named behind a state's portal or service, a body written in
# sentence case, a compound that ends in the word for its kind, a department of a province.
SIXTEENTH_PUBLIC = [
    ("Government of Westmarch Careers <noreply@careers.westmarch.example>",
     "Your application - Program Officer",
     "Dear Alex Morgan,\n\nThank you for your interest in the Program Officer position with "
     "the Ministry of Coastal Affairs, Fisheries Policy Branch.\n\nWe regret to inform you "
     "that you were not successful in this competition.\n\nGovernment of Westmarch\n"
     "Talent Acquisition", "Ministry of Coastal Affairs"),
    ("Federal Jobs - Emplois fédéraux <no-reply@jobs-emplois.fed.example>",
     "Selection process 27-HIT-118 - update",
     f"Dear Alex Morgan,\n\n{NO}\n\nHarbour and Inland Transport Canada - Staffing Services\n"
     "dotation@hit.fed.example\n\nThis is an automated message.",
     "Harbour and Inland Transport Canada"),
    ("Rekrytering <noreply@statensjobb.example>", "Din ansökan",
     "Hej Alex,\n\nTack för din ansökan. Vi har valt att gå vidare med andra kandidater.\n\n"
     "Med vänliga hälsningar\nMyndigheten för digital förvaltning\nHR-enheten",
     "Myndigheten för digital förvaltning"),
    ("Kari Lund <kari.lund@khd.dep.example>", "Rådgiver",
     "Hei Alex,\n\nVi har dessverre valgt en annen kandidat.\n\nVennlig hilsen\nKari Lund\n"
     "seniorrådgiver, Analyseseksjonen\nKyst- og havnedepartementet\nTlf. +47 22 55 01 99",
     "Kyst- og havnedepartementet"),
    ("Dana Price <dana.price@lakeland.gov.example>", "Policy Analyst - Department of "
     "Heritage Trails", f"Dear Alex,\n\n{NO}\n\nDana Price\nDepartment of Heritage Trails, "
     "Province of Lakeland", "Department of Heritage Trails"),
    # near misses: a university's department, and a state that names no body of its own
    ("Rhea Monk <rmonk@wexcombe.ac.example>", "Lectureship",
     f"Dear Alex,\n\n{NO}\n\nRhea Monk\nDepartment of Computer Science, Wexcombe University",
     "Wexcombe University"),
    ("Westmarch Public Service <noreply@careers.westmarch.example>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nWestmarch Public Service", "Westmarch Public Service"),
]


@pytest.mark.parametrize("sender, subject, body, company", SIXTEENTH_PUBLIC,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(SIXTEENTH_PUBLIC)])
def test_the_public_body_the_notice_names_is_the_employer(sender: str, subject: str,
                                                          body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_public_body_words() -> None:
    assert public_body("Agence québécoise des parcs riverains")
    assert public_body("Bundesamt für Binnenschifffahrt")
    assert public_body("Itäisen liikenteen virasto")
    assert public_body("Department of Rural Renewal")
    assert not public_body("Department of Mathematics and Statistics")  # a university's
    assert not public_body("Agence Intérim Nordique")  # a temp agency
    assert not public_body("Direction des Ressources Humaines")  # a hiring unit
    assert umbrella("State of Westmarch")
    assert umbrella("Westmarch Public Service")
    assert not umbrella("Westmarch Public Relations")
    assert signed_body("Regards\nMinistère des Ports | Ministry of Ports\n") == \
        "Ministère des Ports"


# ------------------------------------------------------------------ agencies, councils, addresses

SIXTEENTH_OTHERS = [
    # an agency that names no client is known by its full name
    ("Tidewell Care <priya@tidewellcare.example>", "Senior Care Assistant role",
     "Hi Alex,\n\nOur client, a family-run care home near Bath, has decided not to take your "
     "application further.\n\nKind regards,\n\nPriya Shah\nConsultant | Tidewell Care "
     "Recruitment\nM: 07700 900 123", "Tidewell Care Recruitment"),
    # a council's own name over the town's
    ("Owen Pryce <opryce@lakemoor.example>", "Deputy Clerk",
     "Dear Alex,\n\nThank you for your interest in working for Lakemoor. We have appointed "
     "another candidate.\n\nRegards,\n\nOwen Pryce\nHead of Governance\nCity of Lakemoor",
     "City of Lakemoor"),
    # an address under the signature is nobody's name
    ("Léa Morel <lea.morel@morel-associes.example>", "Votre candidature",
     "Bonjour Alex,\n\nmon client a choisi un autre profil.\n\nBien à vous,\n\nLéa Morel\n"
     "Rue du Marché 12, 1204 Genève\n+41 22 555 01 12", "Morel Associes"),
    # near misses: an in-house recruiting team, and a firm named after its town
    ("Polestar Maps <no-reply@polestarmaps.example>", "Your application",
     f"Hi Alex,\n\n{NO}\n\nBest,\nPolestar Maps Recruiting", "Polestar Maps"),
    ("Lakemoor Cycles <jobs@lakemoorcycles.example>", "Workshop mechanic",
     f"Hi Alex,\n\n{NO}\n\nLakemoor Cycles", "Lakemoor Cycles"),
]


@pytest.mark.parametrize("sender, subject, body, company", SIXTEENTH_OTHERS,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(SIXTEENTH_OTHERS)])
def test_agencies_councils_and_addresses(sender: str, subject: str, body: str,
                                         company: str) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ a firm's name that looks like a person's

# An ATS sends in the employer's name, which reads like a person's ("Fjellvik Spill"); the
# letter writes it in a sentence or under the writer's title or unit, so it is the employer.
SIXTEENTH_SENDERS = [
    ("Fjellvik Spill <no-reply@teamtailor.com>", "Din søknad",
     "Hei Alex!\n\nTakk for at du søkte jobben som 3D-artist hos Fjellvik Spill. Vi har "
     "dessverre valgt en annen kandidat.\n\nVennlig hilsen\nMari Dahl", "Fjellvik Spill"),
    ("Kreissparkasse Ohmtal <noreply@softgarden.io>", "Ihre Bewerbung",
     "Sehr geehrte/r Alex Morgan,\n\nleider haben wir uns für eine andere Bewerberin "
     "entschieden.\n\nFreundliche Grüße\n\nJana Roth\nPersonalabteilung\nKreissparkasse Ohmtal",
     "Kreissparkasse Ohmtal"),
    # near misses: the recruiter's own name through the ATS, signed under the sign-off
    ("Jonas Weber <noreply@softgarden.io>", "Ihre Bewerbung",
     "Sehr geehrte/r Alex Morgan,\n\nleider haben wir uns für eine andere Bewerberin "
     "entschieden.\n\nViele Grüße\nJonas Weber\nRecruiter\nOhmtal Energie", "Ohmtal Energie"),
    ("Tomasz Wrona <no-reply@teamtailor.com>", "Your application",
     f"Hi Alex,\n\n{NO}\n\nBest regards,\nTomasz Wrona\nTalent Partner, Halvane", "Halvane"),
]


@pytest.mark.parametrize("sender, subject, body, company", SIXTEENTH_SENDERS,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(SIXTEENTH_SENDERS)])
def test_a_sender_name_the_letter_writes_as_the_employer(sender: str, subject: str,
                                                         body: str, company: str) -> None:
    found = draft(sender, subject, body)
    assert found.company == company
    assert found.person is not None and found.person.name != company
