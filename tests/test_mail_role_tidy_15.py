"""The role's last look (fifteenth pass, issue 11): a place after the title leaves and a
specialty stays; the sentence trailing into a title, a client in brackets and a second
language's copy leave; a level or licence class written after the title comes back; titles
in terse or non-English mail are read, and a signature's own title is not the post.

New wordings, not the corpus's; near misses keep their answer.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_role_tidy import (one_language, settled, with_qualifier, without_clause,
                                         without_place_tail)
from ajar.formats.mail_titles import is_head, read_title, title_from_subject
from test_mail_fields_families import NO, draft

HR = "Careers <jobs@employer.example.com>"

# A place after the title: known (a country, a compass region) or written by the mail as one.
PLACES = [
    ("Field Coordinator, Tanzania", f"Dear Alex,\n\n{NO}", "Field Coordinator"),
    ("Regional Sales Manager (South East)", f"Dear Alex,\n\n{NO}", "Regional Sales Manager"),
    ("Area Manager - Scotland", f"Dear Alex,\n\n{NO}", "Area Manager"),
    ("Project Manager - Jordan", f"Dear Alex,\n\nThanks for your interest in our work in "
     f"Jordan. {NO}", "Project Manager"),
    ("Programme Manager - Kinshasa", "Dear Alex,\n\nThank you for your application. The "
     f"programme in Kinshasa will be led by someone already in country. {NO}",
     "Programme Manager"),
    ("Nurse Practitioner - Reading", "Dear Alex,\n\nThank you for coming to our Reading "
     f"clinic. {NO}", "Nurse Practitioner"),
    ("Sous Chef - Canary Wharf", "Hi Alex,\n\nThanks for the trial shift at our Canary Wharf "
     f"kitchen. {NO}", "Sous Chef"),
    ("Chef de rang - Annecy", "Bonjour,\n\nmerci pour votre candidature pour notre "
     "restaurant d'Annecy. Nous ne donnerons pas suite.", "Chef de rang"),
    ("Candidature - Aide-soignante en Guadeloupe", "Bonjour,\n\nnous ne pouvons pas donner "
     "suite.", "Aide-soignante"),
]

# Near misses: a specialty, a team, a business region, a language, a field after "in".
SPECIALTIES = [
    ("Staff Nurse - Oncology", f"Dear Alex,\n\n{NO}", "Staff Nurse - Oncology"),
    ("Data Scientist, Search Ranking", f"Dear Alex,\n\n{NO}", "Data Scientist, Search Ranking"),
    ("Account Manager - Hospitality", f"Dear Alex,\n\n{NO}", "Account Manager - Hospitality"),
    ("Software Engineer (Rust)", f"Hi Alex, we need someone with years in Rust. {NO}",
     "Software Engineer (Rust)"),
    ("Head of Partnerships, EMEA", f"Dear Alex,\n\n{NO}", "Head of Partnerships, EMEA"),
    ("Lecturer in Law", f"Dear Alex,\n\n{NO}", "Lecturer in Law"),
    ("Investment Analyst, Private Markets", "Dear Alex,\n\nWe need more experience in Private "
     f"Markets. {NO}", "Investment Analyst, Private Markets"),
    ("Investment Analyst, Private Markets", "Dear Alex,\n\nThe team in Private Markets chose "
     f"another candidate. {NO}", "Investment Analyst, Private Markets"),
    ("Commis Chef (weekend banqueting)", f"Dear Alex,\n\n{NO}",
     "Commis Chef (weekend banqueting)"),
    ("Staff Engineer, Developer Experience", f"Dear Alex,\n\n{NO}",
     "Staff Engineer, Developer Experience"),
    ("Support Engineer, Tier 2", f"Dear Alex,\n\n{NO}", "Support Engineer, Tier 2"),
    ("Paralegal (Conveyancing)", "Dear Alex,\n\nThank you for applying to be a paralegal in our "
     f"Conveyancing team. {NO}", "Paralegal (Conveyancing)"),
]


@pytest.mark.parametrize("subject, body, role", PLACES + SPECIALTIES,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(PLACES + SPECIALTIES)])
def test_a_place_leaves_and_a_specialty_stays(subject: str, body: str, role: str) -> None:
    assert draft(HR, subject, body).role == role


# The sentence going on after the title, in the languages of job mail.
CLAUSES = [
    ("Update", "Dear Alex,\n\nThanks for interviewing for the Senior Planner role yesterday. "
     f"{NO}", "Senior Planner"),
    ("Retour", "Bonjour,\n\nvotre candidature au poste de Assistante de direction n'a "
     "malheureusement pas été retenue.", "Assistante de direction"),
    ("Candidatura", "Olá Alex,\n\nnão vamos seguir com você para a vaga de Analista de Dados "
     "hoje.", "Analista de Dados"),
    ("Re: vaga", "Oi Alex, decidimos não seguir com você pra vaga de Designer de Produto "
     "agora. Abraço!", "Designer de Produto"),
    ("Retorno - Analista de BI (cliente Banco Ipiranga)", "Olá,\n\no cliente optou por outro "
     "perfil.", "Analista de BI"),
]


@pytest.mark.parametrize("subject, body, role", CLAUSES, ids=[c[2] for c in CLAUSES])
def test_the_sentence_going_on_is_not_the_title(subject: str, body: str, role: str) -> None:
    assert draft(HR, subject, body).role == role


# A level or licence class that belongs to the title; titles in terse or non-English mail.
TITLES = [
    ("Bewerbung als Lkw-Fahrer C/CE", "Guten Tag,\n\nleider müssen wir Ihnen absagen.",
     "Lkw-Fahrer C/CE"),
    ("Vaga Desenvolvedor Backend", "Oi Alex,\n\nobrigado pelo papo sobre a vaga de "
     "Desenvolvedor Backend Sênior. Infelizmente seguimos com outra pessoa.",
     "Desenvolvedor Backend Sênior"),
    ("vacature vrachtwagenchauffeur", "Hoi Alex, helaas hebben we iemand anders gekozen.",
     "Vrachtwagenchauffeur"),
    ("Proceso de selección - Coordinador de Logística", "Estimado Alex:\n\nLe informamos que "
     "hemos continuado con otra persona.", "Coordinador de Logística"),
    ("Recrutement Chargé de communication", "Bonjour,\n\nnous avons retenu un autre profil.",
     "Chargé de communication"),
    ("colloquio", "Ciao Alex, per il posto di addetto alle vendite abbiamo scelto un'altra "
     "persona. Un saluto!", "Addetto alle vendite"),
    ("Terugkoppeling sollicitatie Orderpicker", "Beste Alex,\n\nhelaas hebben we voor een "
     "andere kandidaat gekozen.", "Orderpicker"),
    ("Re: Postdoc in marine ecology", "Hi Alex, I offered the post to someone else. Sorry!",
     "Postdoc in marine ecology"),
    # near misses: an English title that opens with a process word stays whole
    ("Recruitment Coordinator", f"Dear Alex,\n\n{NO}", "Recruitment Coordinator"),
    ("Feedback Analyst", f"Dear Alex,\n\n{NO}", "Feedback Analyst"),
]


@pytest.mark.parametrize("subject, body, role", TITLES, ids=[c[2] for c in TITLES])
def test_titles_in_terse_and_foreign_mail(subject: str, body: str, role: str) -> None:
    assert draft(HR, subject, body).role == role


BILINGUAL_PL = ("Cześć Alex,\n\ndziękujemy za udział w rekrutacji na stanowisko Kierownik "
                "Zmiany. Niestety nie przejdziesz dalej.\n\n---\n\nHi Alex,\n\nthank you for "
                "applying for the Shift Manager (Kierownik Zmiany) role. Unfortunately you "
                "will not move on.")


def test_a_bilingual_title_keeps_the_language_the_mail_leads_with() -> None:
    assert draft(HR, "Kierownik Zmiany - rekrutacja", BILINGUAL_PL).role == "Kierownik Zmiany"
    english = BILINGUAL_PL.split("---\n\n")[1]
    assert draft(HR, "Shift Manager", english).role == "Shift Manager"


def test_a_signature_title_is_the_writer_s_not_the_post_s() -> None:
    body = ("Bonjour Madame,\n\nNous vous remercions de l'intérêt porté à notre association. "
            "Nous avons le regret de vous informer que votre candidature n'a pas été retenue "
            "pour la suite du processus.\n\nNous vous prions d'agréer nos salutations "
            "distinguées.\n\nMarie Dupont\nResponsable du Recrutement\nAssociation Terre "
            "Solidaire\nTél. 01 00 00 00 00")
    assert draft(HR, "Votre candidature - Chargée de projet", body).role == "Chargée de projet"
    assert draft(HR, "Votre candidature", body).role != "Responsable du Recrutement"


def test_the_pieces_one_by_one() -> None:
    assert without_place_tail("Country Manager - Chad", "") == "Country Manager"
    assert without_place_tail("Nurse - ICU", "in ICU") == "Nurse - ICU"
    assert without_clause("Analyst last week") == "Analyst"
    assert without_clause("Head of Data, Next Generation") == "Head of Data, Next Generation"
    assert one_language("Warehouse Operative (Magazynier Sklepu)", ["x Magazynier Sklepu"]) \
        == "Magazynier Sklepu"
    assert one_language("Backend Engineer (Go)", ["Go"]) == "Backend Engineer (Go)"
    assert with_qualifier("Chauffeur", ["de functie Chauffeur CE, helaas"]) == "Chauffeur CE"
    assert with_qualifier("Analyst", ["the Analyst C role"]) == "Analyst"  # no driver
    assert settled(None, "", "") is None
    assert is_head("Kfz-Mechatroniker") and not is_head("e-commerce")
    assert read_title("chauffeur CE") == "Chauffeur CE"
    assert title_from_subject("Recrutement Coordinateur logistique - décision") \
        == "Coordinateur logistique"


def test_the_last_look_is_bounded_on_huge_input() -> None:
    text = "the Driver CE " * 40_000 + "in Leeds " * 20_000
    assert with_qualifier("Driver", [text]) == "Driver CE"
    assert without_place_tail("Driver, Leeds", text) == "Driver"
    assert settled("Driver (Kierowca Zawodowy)", text, text) in (
        "Driver", "Driver CE", "Kierowca Zawodowy", "Driver (Kierowca Zawodowy)")


# A terse subject naming the post by its trade's acronym.
ACRONYMS = [
    ("Sr BA role", "Hi Alex, thanks for your time, we're going another way.",
     "Senior Business Analyst"),
    ("RN position", "Hi Alex, the unit has hired internally. Sorry!", "Registered Nurse"),
    ("Assoc Prof Linguistics search", "Dr. Morgan - you are not on our shortlist.",
     "Associate Professor of Linguistics"),
    ("PM role", "Hi Alex, we've picked someone with more project delivery on site. Cheers.",
     "Project Manager"),
    ("Lead PM role at Fernhill", "Alex - we're passing; the product org needs someone who has "
     "run a payments product.", "Lead Product Manager"),
]


@pytest.mark.parametrize("subject, body, role", ACRONYMS, ids=[c[2] for c in ACRONYMS])
def test_a_terse_subject_names_the_post_by_its_acronym(subject: str, body: str,
                                                        role: str) -> None:
    assert draft("Sam Reed <sam.reed@gmail.com>", subject, body).role == role


def test_an_acronym_that_is_no_title_names_nothing() -> None:
    from ajar.formats.mail_role_tidy import title_from_acronym
    assert title_from_acronym("FC Utrecht role", "") is None  # a club's name, not a field
    assert title_from_acronym("PM chat", "see you then") is None  # product or project: unsaid
    assert title_from_acronym("XYZ role", "") is None


# A town and its country, a town after a German "in", a known town with no separator, and
# the sentence going on in more words of time and manner.
MORE = [
    ("Programme Officer, Goma, DRC", f"Dear Alex,\n\n{NO}", "Programme Officer"),
    ("Bewerbung als Filialleiter (m/w/d) in Augsburg", "Guten Tag,\n\nleider müssen wir Ihnen "
     "absagen.", "Filialleiter"),
    ("Sollicitatie Filiaalmanager Utrecht", "Beste Alex,\n\nhelaas hebben we gekozen voor een "
     "andere kandidaat.", "Filiaalmanager"),
    ("Rekrutacja - Kierownik Sklepu (Kraków)", "Cześć Alex,\n\nniestety nie przejdziesz "
     "dalej.", "Kierownik Sklepu"),
    ("Update", "Dear Alex,\n\nThank you for applying for the Data Analyst role back in March. "
     f"{NO}", "Data Analyst"),
    ("Candidatura", "Hola Alex,\n\nhemos decidido no avanzar con tu candidatura al puesto de "
     "Analista de Datos por ahora.", "Analista de Datos"),
    ("Retour candidature", "Bonjour,\n\nnous ne retenons pas votre candidature au poste de "
     "Responsable de magasin cette fois.", "Responsable de magasin"),
    # near misses: a business region with no separator, an English field after "in"
    ("Researcher in Economics", f"Dear Alex,\n\n{NO}", "Researcher in Economics"),
    ("Head of Legal EMEA", f"Dear Alex,\n\n{NO}", "Head of Legal EMEA"),
]


@pytest.mark.parametrize("subject, body, role", MORE, ids=[c[2] for c in MORE])
def test_more_places_and_clauses(subject: str, body: str, role: str) -> None:
    assert draft(HR, subject, body).role == role


# Subjects and letters in other languages: a possessive and a process word before the title,
# a licence class written with its word or in brackets, a title read from the subject alone.
ABROAD = [
    ("La sua candidatura per Addetto Vendite - Milano", "Gentile Alex,\n\nla ringraziamo ma "
     "abbiamo scelto un altro profilo.", "Addetto Vendite"),
    ("Twoja aplikacja na stanowisko Magazynier", "Cześć Alex,\n\nniestety wybraliśmy innego "
     "kandydata.", "Magazynier"),
    ("Votre candidature au poste d'Assistante RH", "Bonjour,\n\nnous ne donnerons pas suite à "
     "votre candidature.", "Assistante RH"),
    ("Absage", "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Berufskraftfahrer (C/CE) im "
     "Nahverkehr. Leider haben wir uns anders entschieden.", "Berufskraftfahrer (C/CE)"),
    ("Re: vaga de motorista", "Oi Alex, a vaga de motorista categoria D já foi preenchida. "
     "Abraço", "Motorista categoria D"),
    ("Proceso Analista Contable", "Estimado Alex:\n\nle informamos que su perfil no continúa "
     "en el proceso.", "Analista Contable"),
    ("Tu postulación a Desarrollador Backend Senior en Acme", "Hola Alex,\n\nlamentablemente "
     "no seguiremos con tu proceso.", "Desarrollador Backend Senior"),
    # near misses: an English title that opens with the word for an application; a level
    # word elsewhere in the letter is not the title's
    ("Application Engineer", f"Dear Alex,\n\n{NO}", "Application Engineer"),
    ("Analyst role", "Hi Alex, we went with a more senior analyst. Sorry!", "Analyst"),
]


@pytest.mark.parametrize("subject, body, role", ABROAD, ids=[c[2] for c in ABROAD])
def test_titles_abroad_lose_their_heading_words(subject: str, body: str, role: str) -> None:
    assert draft(HR, subject, body).role == role


# Near misses: a continent or macro-region is a business region and stays; two titles in one
# language in brackets are not a translation; a title word with a hyphen is not a clause.
REGIONS_AND_PAIRS = [
    ("Regional Director, West Africa", f"Dear Alex,\n\n{NO}", "Regional Director, West Africa"),
    ("Head of Sales, Europe", f"Dear Alex,\n\n{NO}", "Head of Sales, Europe"),
    ("Agente de Atención al Cliente", "Hola Alex,\n\nlamentablemente elegimos a otra persona.",
     "Agente de Atención al Cliente"),
]


@pytest.mark.parametrize("subject, body, role", REGIONS_AND_PAIRS,
                         ids=[c[2] for c in REGIONS_AND_PAIRS])
def test_business_regions_and_one_language_pairs_stay(subject: str, body: str,
                                                      role: str) -> None:
    assert draft(HR, subject, body).role == role


def test_two_titles_in_one_language_are_not_a_translation() -> None:
    assert one_language("Sales Assistant (Weekend Cashier)", ["Sales Assistant"]) \
        == "Sales Assistant (Weekend Cashier)"
    assert without_clause("Non-Executive Director not yet") == "Non-Executive Director"
    assert without_clause("Non-Executive Director") == "Non-Executive Director"


# A field after a dash that the specialty lexicon now knows: humanitarian and clinical fields,
# and "-ology" words of any length ("Biology").
FIELDS_15 = [
    ("Policy Officer - Child Protection", f"Dear Alex,\n\n{NO}", "Policy Officer - Child Protection"),
    ("Physiotherapist - Musculoskeletal", f"Dear Alex,\n\n{NO}", "Physiotherapist - Musculoskeletal"),
    ("Postdoctoral Researcher - Computational Biology", f"Dear Alex,\n\n{NO}",
     "Postdoctoral Researcher - Computational Biology"),
    ("Programme Officer - Nutrition", f"Dear Alex,\n\n{NO}", "Programme Officer - Nutrition"),
]


@pytest.mark.parametrize("subject, body, role", FIELDS_15, ids=[c[2] for c in FIELDS_15])
def test_a_field_the_lexicon_knows_stays(subject: str, body: str, role: str) -> None:
    assert draft(HR, subject, body).role == role


# A one-line note naming the post with its article, in the languages of job mail.
NOTES = [
    ("vacante", "Hola Alex, la vacante de cajero ya fue cubierta. Gracias!", "Cajero"),
    ("poste", "Bonjour Alex, le poste de vendeuse est déjà pourvu. Bonne continuation !",
     "Vendeuse"),
    ("posizione", "Ciao Alex, la posizione di cameriere è stata già coperta. Grazie!",
     "Cameriere"),
    ("vacature", "Hoi Alex, de vacature voor kok is al vervuld. Groetjes", "Kok"),
    ("Re: Saturday", "Hi Alex, thanks for the trial shift as a kitchen porter on Saturday. "
     "We've gone with someone else.", "Kitchen porter"),
]


@pytest.mark.parametrize("subject, body, role", NOTES, ids=[c[2] for c in NOTES])
def test_a_note_names_the_post_with_its_article(subject: str, body: str, role: str) -> None:
    assert draft("Sam Reed <sam@smallshop.example>", subject, body).role == role


# A subject that names where the post is, or a job ad's gender tag, after the title.
SUBJECT_TAILS = [
    ("Ihre Bewerbung als Lagermitarbeiter (m/w/d) am Standort Bremen", "Guten Tag,\n\nleider "
     "müssen wir Ihnen absagen.", "Lagermitarbeiter"),
    ("Candidature – Préparateur de commandes H/F – Lyon", "Bonjour,\n\nnous ne donnerons pas "
     "suite.", "Préparateur de commandes"),
    ("Sollicitatie Chauffeur C/CE regio Rotterdam", "Beste Alex,\n\nhelaas hebben we gekozen "
     "voor een andere kandidaat.", "Chauffeur C/CE"),
]


@pytest.mark.parametrize("subject, body, role", SUBJECT_TAILS, ids=[c[2] for c in SUBJECT_TAILS])
def test_a_subject_s_place_and_gender_tag_leave(subject: str, body: str, role: str) -> None:
    assert draft(HR, subject, body).role == role


def test_a_team_leader_is_a_title_but_a_team_lead_chat_is_a_note() -> None:
    assert draft(HR, "Team Leader (Nights)", f"Dear Alex,\n\n{NO}").role == "Team Leader"
    assert draft("Dana Reyes <dana.reyes@gmail.com>", "Re: team lead chat",
                 "Hi Alex, going to pass for now, sorry.").role is None
