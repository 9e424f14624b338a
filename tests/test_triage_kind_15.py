"""Fifteenth pass (kind): what a no refuses. A landlord, a visa office, a compute panel or
a branch contest says no in a job's words; the nouns name the thing refused. A letter
drafted for the reader to send is the reader's no, not one to them. A clear no to a job
named in the sentence is not silenced by one word of another subject, and a title in the
subject or a "posición" in the text opens the gate in other languages. New wordings, not
copied from the corpus; each family has near misses that keep their answer."""

from __future__ import annotations

import pytest

from ajar.formats import triage_matter
from ajar.formats.triage import classify


def _is(kind: str, want: str) -> bool:
    return kind != want[1:] if want.startswith("!") else kind == want


# The no refuses a thing that is not a job: a home, a permit, an allocation, a contest.
ANOTHER_THING = [
    ("Woning Lindenlaan 8 - uw kandidatuur",
     "Beste Alex, hartelijk dank voor uw interesse in de woning aan de Lindenlaan en voor de "
     "bezichtiging. Helaas heeft de eigenaar gekozen voor een andere kandidaat; de verhuurder "
     "vond diens contract zekerder. Met "
     "vriendelijke groet, Makelaardij Oost"),
    ("Apartamento en calle Alcalá - resultado de su candidatura",
     "Estimado Alex: lamentablemente el propietario ha elegido a otro candidato para el "
     "apartamento. Le avisaremos si la inmobiliaria tiene otro en el barrio. Un saludo"),
    ("Decision on your residence status",
     "Dear applicant, we regret to inform you that your application has been refused. Your "
     "passport must be valid on the date of arrival. Border and Immigration Service"),
    ("Compute request CR-4410: outcome",
     "Dear Dr Morgan, we regret that your request was not successful in this round. Requests "
     "for GPU hours far exceeded the allocation, and the panel prioritised projects with "
     "existing funding. Allocations Office"),
    ("Branch of the quarter: results",
     "Hi all, thanks to every branch that entered; nominations were strong. Sadly Riverside "
     "wasn't selected this quarter, but the judging panel highly commended their window "
     "display. Regional team"),
]

# Near misses: a job's no that names a thing beside the job keeps its answer.
JOB_BESIDE_A_THING = [
    ("Mortgage Adviser - Harbour Bank",
     "Dear Alex, thank you for your interest in the Mortgage Adviser post. Our advisers handle "
     "mortgage, loan and credit card products and manage each account from first call to "
     "payment. Unfortunately we will not be taking your application for the post further. "
     "Harbour Bank"),
    ("Lettings - your application",
     "Hi Alex, thanks for applying to join our front desk. We look after owners, tenants, "
     "viewings and the whole neighbourhood, and we've decided not to progress your "
     "application for the job. Best, Harbour Homes"),
    ("Lettings Negotiator - your application",
     "Dear Alex, thank you for applying for the Lettings Negotiator role. Unfortunately we "
     "have decided not to progress your application for this position, as we need someone "
     "with experience of managing landlords and tenancies. Kind regards, Harbour Homes "
     "Recruitment"),
    ("Grants Officer vacancy",
     "Dear Alex, thank you for interviewing for the Grants Officer post. We regret that on "
     "this occasion you have not been successful; the panel appointed a candidate with more "
     "experience of funding rounds. Human Resources"),
    ("Re: Visa sponsorship and the role",
     "Hi Alex, sorry to say we can't move forward with your application for the backend "
     "engineer position: we aren't able to sponsor a visa for this role. Best, Priya"),
]

# A letter drafted for the reader to check and send: the no is the reader's own.
DRAFTED = [
    ("Regret letters for the analyst shortlist",
     "Hi Alex, here is a draft of the email to the applicants we're not shortlisting - can you "
     "look it over before I send it? --- Dear [First name], thank you for applying for the "
     "Data Analyst role. Unfortunately we will not be taking your application further. --- "
     "Thanks, Morven"),
    ("Absagen Lagerhelfer",
     "Hallo Alex, anbei der Entwurf der Absage an die übrigen Bewerber, bitte kurz prüfen: "
     "Sehr geehrte/r {Name}, leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen "
     "Bewerber entschieden haben. Gruß, Timo"),
]
# Near misses: a no about the reader's own draft work is still a no.
NOT_DRAFTED = [
    ("Copywriter - writing task",
     "Hi Alex, thank you for your draft of the product email for the writing task. "
     "Unfortunately we have decided not to move forward with your application for the "
     "Copywriter role. Best, Ines"),
]

# A clear no to a job named in the sentence, beside one word of another subject.
JOB_REFUSED_ANYWAY = [
    ("Your visit to Marsh Hollow College",
     "Dear Alex, thank you for the teaching demonstration and for meeting our scholarship "
     "students. After long deliberation the committee will not be offering you the lecturer "
     "position; we needed someone who can teach the statistics sequence. With warm wishes, "
     "Professor Ada Quist"),
]
# Near miss: a scholarship's own no stays another subject.
SCHOLARSHIP = [
    ("Scholarship decision",
     "Dear Alex, thank you for applying for the Merrow scholarship. Unfortunately the "
     "committee will not be offering you an award this year. Admissions Office"),
]

# The gate: a title of another language in the subject, a "posición" or "postdoc" in the text.
GATE = [
    ("re: chauffeur livreur",
     "Bonjour Alex, désolé, on a déjà trouvé quelqu'un pour la tournée. Bonne continuation, Karim"),
    ("AW: Lkw-Fahrer CE", "Hallo Alex, sorry, wir haben schon jemanden gefunden. Gruß Uwe"),
    ("Re: Postdoc opening",
     "Hi Alex, apologies for the delay. I've offered the postdoc to a student who already "
     "works with us, and she accepted. Best of luck, Tomasz"),
    ("Gracias por tu tiempo",
     "Hola Alex, gracias por las entrevistas. Decidimos no ofrecerte la posición de analista "
     "de datos; elegimos a alguien con más experiencia en banca. Saludos, Lucía"),
]
GATE_NEAR_MISSES = [
    ("re: chauffeur booking", "Hi Alex, your chauffeur will meet you at arrivals at 6pm."),
    ("Tu posición en la lista de espera", "Hola Alex, tu posición en la lista de espera es la 14."),
]


@pytest.mark.parametrize(("subject", "text"), ANOTHER_THING)
def test_a_no_about_another_thing_is_not_a_job_no(subject: str, text: str) -> None:
    verdict = classify(subject, text)
    assert verdict.kind == "other", verdict
    assert any(reason.startswith("about ") for reason in verdict.because), verdict


@pytest.mark.parametrize(("subject", "text"), JOB_BESIDE_A_THING + NOT_DRAFTED + GATE)
def test_a_job_no_keeps_its_answer(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "rejection"


@pytest.mark.parametrize(("subject", "text"), DRAFTED)
def test_a_letter_drafted_for_the_reader_is_not_a_no_to_them(subject: str, text: str) -> None:
    verdict = classify(subject, text)
    assert verdict.kind == "other", verdict
    assert "drafted" in verdict.because[0]


@pytest.mark.parametrize(("subject", "text"), JOB_REFUSED_ANYWAY)
def test_a_clear_no_to_a_named_job_outweighs_one_word_of_another_subject(
        subject: str, text: str) -> None:
    assert classify(subject, text).kind == "rejection"


@pytest.mark.parametrize(("subject", "text"), SCHOLARSHIP + GATE_NEAR_MISSES)
def test_near_misses_stay_other(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "other"


def test_matter_counts_each_family_apart() -> None:
    seen = triage_matter.matter("the landlord chose another tenant for the flat; rent is due")
    assert seen.family == ("a home", frozenset({"landlord", "tenant", "flat", "rent"}))
    assert seen.about_another_thing
    job = triage_matter.matter("the landlord relations role: we filled the position")
    assert not job.about_another_thing
    assert triage_matter.names_a_job("nous avons retenu une autre personne pour ce poste")
    assert not triage_matter.names_a_job("le propriétaire a choisi un autre locataire")


# An Italian receipt: "if you hear nothing within N days, you were not selected" is a
# condition, not the no; the same no said outright still is one.
ITALIAN_RECEIPT = ("Abbiamo ricevuto la tua candidatura - Addetto vendite",
                   "Ciao Alex, grazie per esserti candidato. Se non dovessi avere nostre notizie "
                   "entro tre settimane, vorrà dire che la tua candidatura non è stata selezionata.")
ITALIAN_NO = ("La tua candidatura - Addetto vendite",
              "Ciao Alex, grazie per l'interesse. Purtroppo la tua candidatura non è stata "
              "selezionata per questa posizione.")


def test_an_italian_condition_is_not_the_no() -> None:
    assert classify(*ITALIAN_RECEIPT).kind == "acknowledgement"
    assert classify(*ITALIAN_NO).kind == "rejection"


# A no that names who goes on instead of saying "other", and a decision against the reader.
WHO_GOES_ON = [
    ("Your application for Depot Planner at Northway",
     "Hi Alex, thanks for the call. As the post covers weekend cover for 60 vans, we have "
     "decided to progress applicants who hold a current transport manager CPC. Northway "
     "Freight Talent Team"),
    ("Your application for Depot Planner at Northway",
     "Hi Alex, we finished the phone screens. We have elected to take forward candidates with "
     "at least two years of route planning. Northway Freight"),
    ("Ihre Bewerbung als Lagerhelfer",
     "Guten Tag Herr Morgan, unser Auftraggeber hat sich nach dem Gespräch gegen Sie "
     "entschieden, da der Staplerschein fehlt. Viele Grüße, Jana Brandt, Personaldisponentin"),
]
WHO_GOES_ON_NEAR_MISSES = [
    ("Next steps - Depot Planner",
     "Hi Alex, we have decided to progress candidates who completed the task, and that "
     "includes you: could you do a call on Thursday at 10am?"),
]


@pytest.mark.parametrize(("subject", "text"), WHO_GOES_ON)
def test_a_no_that_names_who_goes_on(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "rejection"


@pytest.mark.parametrize(("subject", "text"), WHO_GOES_ON_NEAR_MISSES)
def test_going_on_with_the_reader_is_not_a_no(subject: str, text: str) -> None:
    assert classify(subject, text).kind != "rejection"


# A no in a relative clause about others is news, not the reader's no; the reader's own no
# in the same words still is one.
OTHERS_WHO = ("Freight Weekly - Issue 88",
              "This week: applicants who were not selected for the council's graduate jobs "
              "scheme are appealing the shortlist. Also: diesel prices. Read online.")
READERS_OWN = ("Your application - Transport Planner",
               "Hi Alex, I'm sorry to say you were not selected for the Transport Planner role.")
# A final interview booked with a flight, a hotel and a seat is an interview, not another thing.
VISIT = ("Final interview - Assistant Professor search",
         "Dear Alex, we would like to invite you to a final interview on 3 March. Your flight "
         "booking, the hotel reservation and a seat at the dinner are arranged; the itinerary "
         "is attached.")


def test_a_no_about_others_is_news_and_a_visit_is_an_interview() -> None:
    assert classify(*OTHERS_WHO).kind == "other"
    assert classify(*READERS_OWN).kind == "rejection"
    assert classify(*VISIT).kind == "interview"


# Receipts in plain words and other languages; a receipt followed by the no stays a no.
RECEIPTS = [
    ("Thanks for applying!",
     "Hi Alex, we've got your application for the Barista role and a real person will read "
     "it this week."),
    ("Gracias por postularte",
     "Hola Alex, recibimos tu postulación al puesto de Coordinadora de Almacén. Te "
     "contaremos cómo sigue el proceso."),
    ("Je sollicitatie bij Van Dijk Logistiek",
     "Hoi Alex, we hebben je gegevens en je cv in goede orde ontvangen. Een recruiter belt je "
     "deze week over de functie."),
]
RECEIPT_THEN_NO = ("Your application - Barista",
                   "Hi Alex, we've got your application for the Barista role. Unfortunately we "
                   "have decided not to move forward with it, as the role needs weekend cover.")


@pytest.mark.parametrize(("subject", "text"), RECEIPTS)
def test_a_receipt_in_plain_words_or_another_language(subject: str, text: str) -> None:
    assert classify(subject, text).kind == "acknowledgement"


def test_a_receipt_then_a_no_is_a_no() -> None:
    assert classify(*RECEIPT_THEN_NO).kind == "rejection"


# Near misses of a drafted letter: an ATS's unfilled merge field over the reader's own no,
# and a draft offer letter sent to the reader.
UNFILLED_MERGE_FIELD = ("Your application - Warehouse Operative",
                        "Dear {first_name}, thank you for applying for the Warehouse Operative "
                        "role. Unfortunately we will not be progressing your application.")
DRAFT_OFFER = ("Offer - Warehouse Supervisor",
               "Hi Alex, we are delighted to offer you the Warehouse Supervisor role! Please "
               "find the draft offer letter attached; let me know if the start date works.")


def test_near_misses_of_a_drafted_letter_keep_their_kind() -> None:
    assert classify(*UNFILLED_MERGE_FIELD).kind == "rejection"
    assert classify(*DRAFT_OFFER).kind == "offer"
