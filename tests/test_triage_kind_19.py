"""Nineteenth pass (kind): where the reader stands in a no, and what the no refuses. The
reader's own no to an offer, acknowledged; the reader on a selection panel; a permit, a
professional title or a national-service posting refused are not rejections. A talent
network's vetting failed, an application not admitted to a recruitment exam and a one-line
"it's a no from us" are; an interview moved or postponed is an interview. New wordings, not
copied from the corpus; each family has near misses that keep their answer."""

from __future__ import annotations

import pytest

from ajar.formats.triage import classify


def _kind(subject: str, text: str) -> str:
    return classify(subject, text, "someone@example.org").kind


READER_DECLINED = [
    ("Re: Our offer", "Hi Sam,\n\nThanks for letting us know your decision. We're sad that you "
     "won't be joining the Harbour Logistics team as Planner, but we understand. We'll withdraw "
     "the offer in our system.\n\nBest, Mia"),
    ("Your decision", "Dear Priya,\n\nI understand you have declined our offer for the Data "
     "Analyst position. We have rescinded the paperwork and wish you well.\n\nHR"),
    ("Votre décision", "Bonjour Léa,\n\nMerci de nous avoir fait part de votre décision. Nous "
     "regrettons que vous ayez décliné notre offre pour le poste de comptable.\n\nCordialement"),
    ("Tu decisión", "Hola Marta:\n\nGracias por comunicarnos tu decisión sobre el puesto de "
     "enfermera. Retiramos la oferta en el sistema.\n\nUn saludo"),
]


@pytest.mark.parametrize(("subject", "text"), READER_DECLINED)
def test_the_readers_own_no_is_not_a_rejection(subject: str, text: str) -> None:
    assert _kind(subject, text) != "rejection"


OFFER_WITHDRAWN = [
    ("Research Fellow offer", "Dear Nina,\n\nThe research council has cut the project's "
     "funding and the grant will not be renewed, so sadly we must withdraw the offer we made to "
     "you for the Research Fellow position last month. I am very sorry.\n\nProf. Hart"),
    ("Offer update", "Dear Tom,\n\nI'm very sorry. The grant that was to fund the Research "
     "Technician post has not been renewed, so I have to withdraw the offer we made to you last "
     "week.\n\nRegards, Dr Ellis"),
]


@pytest.mark.parametrize(("subject", "text"), OFFER_WITHDRAWN)
def test_an_offer_withdrawn_for_want_of_funding_is_a_rejection(subject: str, text: str) -> None:
    assert _kind(subject, text) == "rejection"


ON_THE_PANEL = [
    ("Graduate Trainee hiring", "Hi Chris,\n\nThanks so much for sitting on the interview panel "
     "yesterday. Jo has accepted. I've written to the applicants we did not shortlist to say "
     "they were unsuccessful.\n\nAnna"),
    ("Recruitment panel", "Dear Ravi,\n\nThank you for serving on the selection panel for the "
     "Records Officer post. The two applicants we decided not to appoint have been told they "
     "were unsuccessful.\n\nHR"),
    ("Jury de recrutement", "Bonjour Paul,\n\nMerci encore d'avoir siégé au jury. Les candidats "
     "non retenus ont été informés par courrier.\n\nNadia"),
]


@pytest.mark.parametrize(("subject", "text"), ON_THE_PANEL)
def test_the_reader_on_a_panel_is_not_rejected(subject: str, text: str) -> None:
    assert _kind(subject, text) != "rejection"


PERMITS = [
    ("Reference: END/55 - Second Engineer", "Dear Mr Lee,\n\nWe regret to inform you that your "
     "application for the endorsement of your certificate (Second Engineer) has not been "
     "approved. The medical certificate is not from a recognised practitioner.\n\nEndorsements "
     "Section"),
    ("Application status changed: Residence Visa Renewal", "Dear Customer,\n\nStatus: Rejected"
     "\n\nReason: the employee's medical test result is missing. Please complete the medical "
     "test and resubmit.\n\nTyping Centre"),
    ("Application update", "Dear applicant,\n\nYour application for the endorsement of your "
     "certificate of competency has not been approved. Please resubmit with a valid medical."
     "\n\nMaritime Administration"),
    ("Status update", "Dear Customer,\n\nResidence permit renewal for your family has been "
     "rejected. Reason: missing tenancy contract. Please resubmit.\n\nTyping Centre"),
    ("Deferment request", "Dear Corps Member,\n\nWe regret to inform you that your request for "
     "redeployment has been declined as it does not meet the criteria.\n\nManagement"),
]


@pytest.mark.parametrize(("subject", "text"), PERMITS)
def test_a_permit_or_posting_refused_is_other(subject: str, text: str) -> None:
    assert _kind(subject, text) == "other"


LET_IN_REFUSED = [
    ("Your assessment result", "Hello Ada,\n\nThanks for taking our coding test for the Backend "
     "Engineer track. Your score fell below our bar, so we are unable to accept you into our "
     "talent network at this time. You may retake in six months.\n\nThe Vetting Team"),
    ("Ref: Vacancy 3/2027 Customs Officer", "Dear Mr Ioannou,\n\nYour candidature was not "
     "admitted to the written examination, as it does not meet the qualifications of the scheme "
     "of service for the vacancy.\n\nRecruitment Committee"),
    ("Re: Site visit", "Thanks for popping in Tuesday. We've gone with someone who lives closer, "
     "so it's a no from me this time. Good luck"),
    ("Re: Tiler", "cheers for coming down. it's a no from us I'm afraid, went with a local lad"),
    ("Re: Electrician", "Cheers for coming down Monday mate. We went with somebody local so it's "
     "not this time. All the best"),
]


PROFESSIONAL_BODY = [
    ("Your professional review outcome", "Dear Sam,\n\nThank you for attending your "
     "professional review interview on 3 March. Unfortunately the assessors were not able to "
     "recommend you for election this time. Your graduate membership is unaffected.\n\n"
     "Membership Team"),
    ("Fellowship assessment result", "Dear Dr Obi,\n\nThank you for your interview with the "
     "panel. We regret that your fellowship assessment was not successful; you may reapply next "
     "year.\n\nInstitute Registry"),
]


@pytest.mark.parametrize(("subject", "text"), PROFESSIONAL_BODY)
def test_a_professional_bodys_assessment_is_other(subject: str, text: str) -> None:
    assert _kind(subject, text) == "other"


@pytest.mark.parametrize(("subject", "text"), LET_IN_REFUSED)
def test_a_way_into_work_refused_is_a_rejection(subject: str, text: str) -> None:
    assert _kind(subject, text) == "rejection"


MOVED = [
    ("Interview update - Analyst", "Hi Kim,\n\nI'm sorry, but your interview for the Analyst "
     "role has to be postponed: the hiring manager is travelling. I'll send new times "
     "soon.\n\nBest, Lee"),
    ("FW: interview time - QS", "Hi, pasting the client's note: 'need to shift Priya interview "
     "to Monday 2pm, site manager away'. Can you confirm Monday?\n\nAgency"),
    ("FW: Site Engineer", "Hi, the client asked to move your interview from Monday to "
     "Wednesday at 10. Can you make it?\n\nRaj, Recruitment"),
    ("Entretien - poste de chef de projet", "Bonjour,\n\nVotre entretien pour le poste de chef "
     "de projet doit être reporté à la semaine prochaine.\n\nCordialement, RH"),
]


@pytest.mark.parametrize(("subject", "text"), MOVED)
def test_an_interview_moved_is_an_interview(subject: str, text: str) -> None:
    assert _kind(subject, text) == "interview"


NEAR_MISSES = [
    # a job refused, though a visa or a panel is named: still a rejection
    ("Your application - Site Engineer", "Dear Omar,\n\nThank you for your application for the "
     "Site Engineer position. Unfortunately we have decided not to progress your application, "
     "as the role needs someone with a valid residence visa already.\n\nHR", "rejection"),
    ("Panel interview outcome", "Dear Jane,\n\nThank you for meeting the interview panel. "
     "Unfortunately, we will not be offering you the Librarian role.\n\nHR", "rejection"),
    # a job that asks for chartered status: still the job's no
    ("Quantity Surveyor application", "Dear Lee,\n\nThank you for your application for the "
     "Quantity Surveyor role. Unfortunately we will not be progressing it, as the role needs "
     "chartered status.\n\nHR", "rejection"),
    # an offer the sender takes back, not one the reader declined
    ("Offer withdrawn", "Dear Max,\n\nUnfortunately we have to withdraw our offer of "
     "employment for the Planner position due to a hiring freeze.\n\nHR", "rejection"),
]


@pytest.mark.parametrize(("subject", "text", "kind"), NEAR_MISSES)
def test_near_misses_keep_their_kind(subject: str, text: str, kind: str) -> None:
    assert _kind(subject, text) == kind
