"""Job titles read by their head word in many languages (fourteenth pass, issue 11).

When the phrase rules find no title, ``mail_titles`` reads one by an occupation lexicon:
a subject that is a title ("Bewerbung Logopädin"), or the words after a phrase that
introduces a post ("na stanowisko magazyniera", "para a vaga de"). New wordings, not the
corpus's; near misses keep their answer.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_titles import is_head, read_title, title_after_cue, title_from_subject
from test_mail_fields_families import NO as NO_, draft

HR = "Personal <jobs@employer.example.com>"

# A subject that is the title, in the letter's language, with its heading word.
SUBJECT_TITLES = [
    ("Bewerbung Logopädin", "Guten Tag,\n\nleider können wir Ihnen keine Zusage geben.",
     "Logopädin"),
    ("Ihre Bewerbung als Küchenhilfe (Teilzeit 50 %)", "Guten Tag,\n\nleider müssen wir "
     "Ihnen absagen.", "Küchenhilfe"),
    ("Candidature - Orthophoniste", "Bonjour,\n\nnous ne pouvons malheureusement pas donner "
     "suite.", "Orthophoniste"),
    ("Candidature psychomotricienne", "Bonjour,\n\nle poste a été pourvu.",
     "Psychomotricienne"),
    ("Retorno - Cozinheiro(a) Pleno", "Olá,\n\ninfelizmente seguimos com outro perfil.",
     "Cozinheiro Pleno"),
    ("Re: Scaffolder - Docklands job", "Mate, we've got our crew sorted, cheers anyway.",
     "Scaffolder"),
    ("Sollicitatie Fysiotherapeut", "Beste Alex,\n\nhelaas hebben we gekozen voor een "
     "andere kandidaat.", "Fysiotherapeut"),
    ("Scaffolder position at Harbour Build", "Hi Alex,\n\nWe've filled the role, sorry.",
     "Scaffolder"),
    ("Re: growth lead chat", "Hey Alex, going to pass on this one, sorry.", "Growth Lead"),
    ("Re: Roofer role", "Hi Alex, we've gone with someone local. Cheers.", "Roofer"),
    ("Ansökan: Undersköterska", "Hej,\n\ntyvärr har vi valt en annan kandidat.",
     "Undersköterska"),
]


@pytest.mark.parametrize("subject, body, role", SUBJECT_TITLES,
                         ids=[c[2] for c in SUBJECT_TITLES])
def test_a_subject_that_is_a_title_in_any_language(subject: str, body: str, role: str) -> None:
    assert draft(HR, subject, body).role == role


# A phrase that introduces the post, then the title, often in lower case.
CUE_TITLES = [
    ("Informacja o rekrutacji", "Dzień dobry,\n\ndziękujemy za udział w rekrutacji na "
     "stanowisko Fizjoterapeuta w naszej przychodni. Niestety wybraliśmy innego kandydata.",
     "Fizjoterapeuta"),
    ("Esito selezione", "Gentile Alex,\n\nla ringraziamo per la candidatura per la posizione "
     "di fisioterapista presso il nostro centro. Purtroppo abbiamo scelto un altro profilo.",
     "Fisioterapista"),
    ("Retorno", "Olá Alex,\n\nobrigado por participar do processo para a vaga de "
     "Recepcionista Bilíngue e pelo seu tempo. Infelizmente não seguiremos.",
     "Recepcionista Bilíngue"),
    ("Votre candidature", "Bonjour,\n\nnous avons bien étudié votre candidature au poste "
     "d'ergothérapeute en pédiatrie et ne pouvons y donner suite.",
     "Ergothérapeute en pédiatrie"),
    ("Absage", "Guten Tag,\n\nvielen Dank für Ihr Interesse an der Stelle als "
     "Ergotherapeutin in unserer Praxis. Leider haben wir uns anders entschieden.",
     "Ergotherapeutin"),
    ("Tu candidatura", "Hola Alex,\n\ngracias por tu interés en la vacante de Fisioterapeuta "
     "Deportivo en nuestra clínica. Hemos decidido seguir con otros perfiles.",
     "Fisioterapeuta Deportivo"),
]


@pytest.mark.parametrize("subject, body, role", CUE_TITLES, ids=[c[2] for c in CUE_TITLES])
def test_a_cue_phrase_introduces_the_title(subject: str, body: str, role: str) -> None:
    assert draft(HR, subject, body).role == role


# Near misses: no title, or a cue with no occupation after it.
NO_TITLE = [
    ("Your flight to Lisbon", "Unfortunately your flight has been cancelled."),
    ("Bewerbung", "Guten Tag,\n\nleider müssen wir Ihnen absagen."),
    ("Candidature - suite", "Bonjour,\n\nnous ne donnerons pas suite à votre candidature."),
    ("Re: quick update", "Hi Alex, we won't be moving forward with your application to the "
     "next stage."),
    ("Retorno do processo seletivo", "Olá,\n\nagradecemos a participação no processo."),
]


@pytest.mark.parametrize("subject, body", NO_TITLE, ids=[c[0] for c in NO_TITLE])
def test_no_title_is_made_up(subject: str, body: str) -> None:
    assert draft(HR, subject, body).role is None


def test_heads_in_their_forms() -> None:
    for word in ("Pflegefachperson", "Radiologietechnologe/-technologin", "Animador(a)",
                 "infirmière", "enfermera", "magazijnmedewerker", "sjuksköterska",
                 "programistka", "Pipefitter", "kinésithérapeute"):
        assert is_head(word), word
    for word in ("Madrid", "retorno", "processo", "update", "Re", "Bewerbung", "candidature"):
        assert not is_head(word), word


def test_the_reader_stops_at_the_employer_and_the_letter() -> None:
    assert read_title("infirmière en soins intensifs et vous remercions") == \
        "Infirmière en soins intensifs"
    assert read_title("Ejecutivo de Ventas en Monterrey y") == "Ejecutivo de Ventas"
    assert read_title("Pflegefachperson Chirurgie 80-100 %") == "Pflegefachperson Chirurgie"
    assert title_after_cue("your application to the partner interview stage") is None
    assert title_from_subject("Invoice 2231 - Acme Plumbing") is None
    assert title_from_subject("Your application - Tax Senior, Private Clients (Cork)") == \
        "Tax Senior, Private Clients"


# A specialty, unit or team the mail writes after the title stays with it (the corpus
# convention); a place, an id, a grade, hours, contract terms or a gender marker still leave.
SPECIALTY = [
    ("Your application for Staff Pharmacist - Oncology (Req 88120)",
     f"Dear Alex,\n\n{NO_}", "Staff Pharmacist - Oncology"),
    ("Radiographer - Interventional Radiology", "Dear Alex,\n\nThank you for applying for "
     f"the Radiographer role.\n\n{NO_}", "Radiographer - Interventional Radiology"),
    ("Your application for Estimator - Civils (Ref 2231)", "Hi Alex,\n\nThanks for your time "
     "on the phone. The client has gone with someone with more civils "
     "tendering behind them.", "Estimator - Civils"),
    ("Votre candidature - Technicien en maintenance biomédicale", "Bonjour,\n\nnous ne "
     "pouvons pas donner suite à votre candidature.",
     "Technicien en maintenance biomédicale"),
    ("Quantity Surveyor - Fit Out | Harbour Build", "Hi Alex,\n\nThanks for your "
     "time on the phone. The client has gone with someone with more fit out experience.",
     "Quantity Surveyor - Fit Out"),
]
# near misses: a place, hours, a contract, an id, a gender marker, the subject's noise
NOT_SPECIALTY = [
    ("Staff Pharmacist - Nights", f"Dear Alex,\n\n{NO_}", "Staff Pharmacist"),
    ("Your application: Account Executive - Leeds", "Dear Alex,\n\nThank you for applying "
     f"for the Account Executive role in Leeds.\n\n{NO_}", "Account Executive"),
    ("Bewerbung als Physiotherapeut - Vollzeit", "Guten Tag,\n\nleider müssen wir Ihnen "
     "absagen.", "Physiotherapeut"),
    ("Registered Nurse - Update on your application", f"Dear Alex,\n\n{NO_}",
     "Registered Nurse"),
    ("Re: Site Manager", "Hi Alex,\n\nThanks for coming in about the Site Manager - thank you "
     "again. We've gone with someone else.", "Site Manager"),
    ("Candidature - Infirmière en Martinique", "Bonjour,\n\nnous ne pouvons pas donner "
     "suite.", "Infirmière"),
]


@pytest.mark.parametrize("subject, body, role", SPECIALTY + NOT_SPECIALTY,
                         ids=[c[2] + f"-{n}" for n, c in enumerate(SPECIALTY + NOT_SPECIALTY)])
def test_a_specialty_stays_and_the_rest_leaves(subject: str, body: str, role: str) -> None:
    assert draft("Harbour Build <jobs@harbourbuild.example.com>", subject, body).role == role


# What still leaves, in any language: hours and contract terms after a dash or in brackets,
# a reference number, a pay level in brackets, an intake year after a bracket; the reader's
# own name before the post.
LEAVES = [
    ("Ihre Bewerbung: Projektleiter Hochbau – Teilzeit", "Guten Tag,\n\nleider müssen wir "
     "Ihnen absagen.", "Projektleiter Hochbau"),
    ("Candidature - Comptable (CDI temps plein)", "Bonjour,\n\nnous ne donnerons pas suite.",
     "Comptable"),
    ("Your application: Lecturer in Nursing (Level B)", f"Dear Alex,\n\n{NO_}",
     "Lecturer in Nursing"),
    ("Your application: Graduate Surveyor (Rural) 2028", f"Dear Alex,\n\n{NO_}",
     "Graduate Surveyor (Rural)"),
    ("Ihre Bewerbung als Laborleiter, Kennziffer 27/114", "Guten Tag,\n\nleider müssen wir "
     "Ihnen absagen.", "Laborleiter"),
    ("Fwd: Referral - Alex Morgan (Data Engineer)", "Alex - see below, sorry!\n\n> They've "
     "decided to go with an internal candidate for this one.", "Data Engineer"),
]


@pytest.mark.parametrize("subject, body, role", LEAVES, ids=[c[2] for c in LEAVES])
def test_terms_ids_levels_and_names_leave_the_title(subject: str, body: str, role: str) -> None:
    assert draft("Harbour Build <jobs@harbourbuild.example.com>", subject, body).role == role


# A job board's card above the letter: a title alone over the employer alone; a signature's
# title over its firm is the writer's own, not the post.
def test_a_job_cards_title_is_the_post() -> None:
    body = ("Hi Alex,\n\nThere is news on one of your applications.\n\nWarehouse Team Leader "
            "(Nights)\nBrindle Freight\nStatus: Closed\n\nThe employer has reviewed your "
            "application and decided not to take it further at this time.\n\nGood luck!")
    assert draft("Jobs Board <alerts@board.example.com>", "An update from Brindle Freight",
                 body).role == "Warehouse Team Leader"


def test_a_signatures_title_is_not_the_post() -> None:
    body = ("Hi Alex,\n\nWe have decided not to move forward with your application. "
            "Thank you for your time.\n\nMaria Lopez\nTalent Acquisition Partner\nBrindle "
            "Freight\n")
    assert draft("Maria Lopez <maria@brindle.example.com>", "Your application",
                 body).role is None
