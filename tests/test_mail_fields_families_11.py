"""Company, role and person families of the eleventh pass (issue 11).

Each table holds cases written from how such mail generally reads (new names,
reserved example domains), then near misses that must keep their answer.
"""

from __future__ import annotations

import pytest

from test_mail_fields_families import NO, draft

# ------------------------------------------------------------------ role

# A title named in passing in the body: "the day-to-day in this Data Analyst role", "to the
# final round for Product Designer", "the onsite for Site Reliability Engineer".
ELEVENTH_IN_PASSING = [
    ("Hi Alex,\n\nThanks for the take-home. Reporting is a big part of the day-to-day in this "
     "Data Analyst role, and we felt it fell short, so we've decided not to invite you to the "
     "onsite.\n\nPriya", "Data Analyst"),
    ("Hi Alex,\n\nWe've decided not to move you forward to the final round for Product "
     "Designer. Thanks for your time.\n\nPriya", "Product Designer"),
    ("Hi Alex,\n\nWe will not be progressing you to the next stage for Site Reliability "
     "Engineer at this time.\n\nPriya", "Site Reliability Engineer"),
    ("Hi Alex,\n\nAfter the panel we're not inviting you to the onsite for Senior Backend "
     "Engineer, Payments. I'm sorry it's not better news.\n\nPriya",
     "Senior Backend Engineer, Payments"),
    ("Hi Alex,\n\nFluent Dutch is a must in this Finance Business Partner position, so we "
     "won't continue with your application.\n\nPriya", "Finance Business Partner"),
    # near misses: no title named, a title named in lower case after "this", a round for a date
    ("Hi Alex,\n\nWe've decided not to move forward. This role needs more testing depth than "
     "we saw.\n\nPriya", None),
    ("Hi Alex,\n\nWe've decided not to move you to the final round for this role.\n\nPriya", None),
    ("Hi Alex,\n\nWe've decided not to move forward; this exciting role will be reposted.\n\n"
     "Priya", None),
    ("Hi Alex,\n\nWe won't be inviting you to the next round for now. Thanks for your time.\n\n"
     "Priya", None),
]


@pytest.mark.parametrize("body, role", ELEVENTH_IN_PASSING,
                         ids=[f"{c[1]}-{n}" for n, c in enumerate(ELEVENTH_IN_PASSING)])
def test_a_title_named_in_passing(body: str, role: str | None) -> None:
    assert draft("Priya Natarajan <priya@quillhaven.example>", "Quillhaven - update",
                 body).role == role


# "(remote US)", "(Remote - EU)", "(Hybrid / London)": how and where the work is done,
# written after the title in a subject, is not part of it.
ELEVENTH_WORK_MODE = [
    ("Re: Data Engineer (remote US)", "Data Engineer"),
    ("Backend Engineer (Remote - EU)", "Backend Engineer"),
    ("Product Manager (Hybrid / London)", "Product Manager"),
    ("Your application: Support Engineer (Remote EMEA)", "Support Engineer"),
    # near misses: a language pair, a sensing title, a team in brackets
    ("Your application: Support Engineer (EN/DE)", "Support Engineer (EN/DE)"),
    ("Your application: Remote Sensing Analyst", "Remote Sensing Analyst"),
    ("Your application: Analyst (Risk)", "Analyst (Risk)"),
]


@pytest.mark.parametrize("subject, role", ELEVENTH_WORK_MODE,
                         ids=[f"{c[1]}-{n}" for n, c in enumerate(ELEVENTH_WORK_MODE)])
def test_the_work_mode_after_a_title_is_left_out(subject: str, role: str) -> None:
    body = f"Hello Alex,\n\nThank you for applying to Brindle Logistics. {NO}\n\nBrindle Logistics"
    assert draft("Talent <no-reply@hire.lever.co>", subject, body).role == role


# ------------------------------------------------------------------ company

# "Warehouse Associate - Night Shift", "Picker - Weekends": the hours after a title's dash
# are neither the employer nor part of the title people say.
ELEVENTH_SHIFT = [
    ("Regarding your application for Warehouse Associate - Night Shift",
     "Brindle Fulfillment", "Warehouse Associate"),
    ("Regarding your application for Picker - Weekend Shift", "Brindle Fulfillment", "Picker"),
    ("Your application: Sortation Associate - Overnights", "Brindle Fulfillment",
     "Sortation Associate"),
    ("Your application: Kitchen Porter - Part-time", "Brindle Fulfillment", "Kitchen Porter"),
    # near misses: the employer after the dash, a unit after the dash
    ("Your application: Shift Lead - Brindle Fulfillment", "Brindle Fulfillment", "Shift Lead"),
    ("Your application: Night Manager - Brindle Fulfillment", "Brindle Fulfillment",
     "Night Manager"),
    ("Your application: Staff Nurse - Night Team", "Brindle Fulfillment",
     "Staff Nurse - Night Team"),
]


@pytest.mark.parametrize("subject, company, role", ELEVENTH_SHIFT,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(ELEVENTH_SHIFT)])
def test_the_hours_after_a_title_are_not_the_employer(subject: str, company: str,
                                                      role: str) -> None:
    body = ("Hello Alex,\n\nThe requisition you applied to has now been closed, and we will not "
            "be moving forward with your application. This does not affect your eligibility "
            "for other roles at Brindle.\n\nBest regards,\nBrindle Fulfillment Recruiting\n")
    found = draft("Brindle Fulfillment <brindle@myworkday.com>", subject, body)
    assert (found.company, found.role) == (company, role)
    assert found.person is None


# A sign-off in another language ("Met vriendelijke groet,", "Mit freundlichen Grüßen",
# "Cordialement", "Saludos") starts the signature: the signer's own title over "Firm | City"
# below it is not a job board's card naming the job and the employer.
ELEVENTH_SIGNED_CARD = [
    ("Hi Alex,\n\nI just heard back from Dunmere after your interview. Unfortunately they've "
     "decided not to continue for this Senior Data Engineer role.\n\nMet vriendelijke groet,\n"
     "Femke Aalders\nSenior Consultant, Data & Analytics\nBrookvale Talent | Amsterdam\n+31 20 555 0148",
     "Dunmere", "Senior Data Engineer"),
    ("Hallo Alex,\n\nI just heard back from Dunmere. They have decided not to move forward with "
     "you for the Product Owner role.\n\nMit freundlichen Grüßen\nJonas Albrecht\nPrincipal "
     "Consultant, Tech\nBrookvale Talent | Berlin\nTel. +49 30 555 0182", "Dunmere", "Product Owner"),
    ("Bonjour Alex,\n\nI had feedback from Dunmere: they will not continue with your "
     "application for the Chef de Projet role.\n\nCordialement,\nClaire Mercier\nSenior "
     "Recruiter, Digital\nBrookvale Talent - Lyon\n+33 4 55 50 01 23", "Dunmere", "Chef de Projet"),
    ("Hola Alex,\n\nI heard back from Dunmere and they've decided not to proceed for the "
     "Backend Engineer role.\n\nSaludos,\nLucía Ortega\nTalent Partner, Engineering\nBrookvale "
     "Talent | Madrid\nbrookvaletalent.example", "Dunmere", "Backend Engineer"),
    # near misses: a job board's card above the sign-off, an English sign-off
    ("Hi Alex,\n\nAn update from a job you applied to:\n\nWarehouse Supervisor\nDunmere - Leeds\n\n"
     "The employer has decided not to move forward with your application.\n\nMet vriendelijke "
     "groet,\nBrookvale Talent", "Dunmere", "Warehouse Supervisor"),
    ("Hi Alex,\n\nI just heard back from Dunmere. Unfortunately they've decided not to continue "
     "for this Senior Data Engineer role.\n\nKind regards,\nFemke Aalders\nSenior Consultant, "
     "Data & Analytics\nBrookvale Talent | Amsterdam\n+31 20 555 0148", "Dunmere", "Senior Data Engineer"),
]


@pytest.mark.parametrize("body, company, role", ELEVENTH_SIGNED_CARD,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(ELEVENTH_SIGNED_CARD)])
def test_a_signature_after_a_foreign_sign_off_is_no_job_card(body: str, company: str,
                                                             role: str) -> None:
    found = draft("Recruiter <hello@brookvaletalent.example>", "Dunmere - feedback", body)
    assert (found.company, found.role) == (company, role)


# "Parcelwise Courier Team Lead - decision": a subject that puts the employer's name before
# the title; the title is what follows it.
ELEVENTH_NAME_BEFORE_TITLE = [
    ("Omar Haddad <omar.haddad@hire.lever.co>", "Brindle Forklift Operator - decision",
     f"Hello Alex,\n\n{NO}\n\nOmar Haddad\nShift Manager, Leeds Depot\nBrindle\n555-0101",
     "Brindle", "Forklift Operator"),
    ("Nadia Berg <nadia@quillhaven.example>", "Quillhaven Senior Data Analyst - next steps",
     f"Hi Alex,\n\n{NO}\n\nNadia Berg\nHead of Data, Quillhaven", "Quillhaven",
     "Senior Data Analyst"),
    ("Harbour Foods Careers <careers@harbourfoods.example>",
     "Harbour Foods Night Shift Team Leader", f"Hi Alex,\n\n{NO}\n\nHarbour Foods Careers",
     "Harbour Foods", "Night Shift Team Leader"),
    # near misses: a product named for the employer, a title that does not start with it
    ("Talent <talent@salesforce.example>", "Salesforce Developer",
     f"Hi Alex,\n\nThank you for applying to Salesforce. {NO}\n\nSalesforce Talent",
     "Salesforce", "Salesforce Developer"),
    ("Nadia Berg <nadia@quillhaven.example>", "Senior Data Analyst - Quillhaven",
     f"Hi Alex,\n\n{NO}\n\nNadia Berg\nHead of Data, Quillhaven", "Quillhaven",
     "Senior Data Analyst"),
]


@pytest.mark.parametrize("sender, subject, body, company, role", ELEVENTH_NAME_BEFORE_TITLE,
                         ids=[f"{c[4]}-{n}" for n, c in enumerate(ELEVENTH_NAME_BEFORE_TITLE)])
def test_the_employers_name_before_a_title_is_left_out(sender: str, subject: str, body: str,
                                                       company: str, role: str) -> None:
    found = draft(sender, subject, body)
    assert (found.company, found.role) == (company, role)


# "Rosemead" in the subject and the text, "Rosemead Care Home" under the signer's name: the
# signature's fuller name says what kind of place the employer is, and is its name.
ELEVENTH_KIND_OF_PLACE = [
    ("Janet Holloway <manager@rosemeadcare.example>", "Senior Care Assistant interview - Rosemead",
     "Dear Alex,\n\nThank you for coming to see us at Rosemead on Wednesday. I'm afraid I "
     "won't be offering you the post.\n\nWith kind regards,\n\nJanet Holloway\nRegistered "
     "Manager\nRosemead Care Home\nTel: 01632 960 418", "Rosemead Care Home"),
    ("Paul Finch <paul@hollisdental.example>", "Dental Nurse - Hollis",
     f"Dear Alex,\n\nThanks for visiting Hollis last week. {NO}\n\nBest wishes,\nPaul Finch\n"
     "Practice Manager\nHollis Dental Practice\n01632 960 111", "Hollis Dental Practice"),
    ("Tom Reed <tom@ashcroft.example>", "Vehicle Technician - Ashcroft",
     f"Hi Alex,\n\nThanks for the interview at Ashcroft. {NO}\n\nTom Reed\nWorkshop Manager\n"
     "Ashcroft Garage\n01632 960 444", "Ashcroft Garage"),
    ("Ruth Dale <ruth@marlow.example>", "Night Porter - Marlow",
     f"Dear Alex,\n\nThank you for the trial shift at Marlow on Tuesday. {NO}\n\nKind regards,\n"
     "Ruth Dale\nGeneral Manager\nMarlow Hotel\n01632 960 333", "Marlow Hotel"),
    ("Marta Ruiz <marta@quayside.example>", "Line Cook - Quayside",
     f"Hi Alex,\n\nThanks for the trial at Quayside on Friday. {NO}\n\nMarta Ruiz\nHead Chef\n"
     "Quayside Bistro\n01632 960 222", "Quayside Bistro"),
    # near misses: a place, a holding company, the short name in the signature too
    ("Paul Finch <paul@hollis.example>", "Dental Nurse - Hollis",
     f"Dear Alex,\n\nThanks for visiting Hollis last week. {NO}\n\nBest wishes,\nPaul Finch\n"
     "Practice Manager\nHollis Northbrook\n01632 960 111", "Hollis"),
    ("Paul Finch <paul@hollis.example>", "Dental Nurse - Hollis",
     f"Dear Alex,\n\nThanks for visiting Hollis last week. {NO}\n\nBest wishes,\nPaul Finch\n"
     "Practice Manager\nHollis Holdings\n01632 960 111", "Hollis"),
    ("Paul Finch <paul@hollis.example>", "Dental Nurse - Hollis",
     f"Dear Alex,\n\nThanks for visiting Hollis last week. {NO}\n\nBest wishes,\nPaul Finch\n"
     "Practice Manager, Hollis\n01632 960 111", "Hollis"),
]


@pytest.mark.parametrize("sender, subject, body, company", ELEVENTH_KIND_OF_PLACE,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(ELEVENTH_KIND_OF_PLACE)])
def test_the_signatures_name_for_the_kind_of_place(sender: str, subject: str, body: str,
                                                   company: str) -> None:
    assert draft(sender, subject, body).company == company


# A note typed on a phone, signed in lower case under the writer's name ("dev / kettle &
# crumb"): the line that spells the sender's domain is how the employer writes its name.
ELEVENTH_LOWER_CASE_SIGNATURE = [
    ("Devon Railey <devon@kettleandcrumb.example>", "trial shift",
     "hey alex thx for coming in sat for the trial shift. gonna go with someone who can do "
     "opens tho. sorry!!\n\ndev\nkettle & crumb\n\nSent from my iPhone", "Kettle & Crumb"),
    ("Mo Patel <mo@thedailygrind.example>", "re: barista",
     "hey alex, we filled the spot already, sorry about that\n\nmo\nthe daily grind",
     "The Daily Grind"),
    ("Lena Fisk <lena@saltandsage.example>", "weekend shifts",
     "hi alex - we went with someone who has more grill experience, sorry! good luck\n\n"
     "lena\nsalt & sage kitchen", "Salt & Sage Kitchen"),
    # near misses: a line that does not spell the domain, a capitalised signature
    ("Devon Railey <devon@kettleandcrumb.example>", "trial shift",
     "hey alex, gonna go with someone who can do opens. sorry!!\n\ndev\nsent from my phone",
     "Kettleandcrumb"),
    ("Devon Railey <devon@kettleandcrumb.example>", "trial shift",
     "hey alex, gonna go with someone who can do opens. sorry!!\n\nDevon\nKettle & Crumb",
     "Kettle & Crumb"),
]


@pytest.mark.parametrize("sender, subject, body, company", ELEVENTH_LOWER_CASE_SIGNATURE,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(ELEVENTH_LOWER_CASE_SIGNATURE)])
def test_a_lower_case_signature_spells_the_domain(sender: str, subject: str, body: str,
                                                  company: str) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ person

# A hiring chatbot that introduces itself by a first name ("It's Olivia, the virtual hiring
# assistant", "I'm Ava, an AI recruiting assistant") is nobody to write back to.
ELEVENTH_BOT = [
    ("Olivia from Harvest Burger <olivia@chat.harvestburger.example>",
     "Hi Alex! It's Olivia, the virtual hiring assistant for Harvest Burger.\n\nThanks for "
     "applying for the Crew Member position. Based on your availability, we're not able to "
     "move you forward right now.\n\nOlivia\nHarvest Burger Hiring Assistant", None),
    ("Ava at Brindle <ava@hire.brindle.example>",
     f"Hi Alex, I'm Ava, Brindle's AI recruiting assistant.\n\n{NO}\n\nAva", None),
    ("Max <max@chat.quillhaven.example>",
     f"Hello Alex, this is Max, your digital hiring assistant at Quillhaven. {NO}\n\nMax\n"
     "Quillhaven Careers", None),
    # near misses: a person whose title is "Hiring Assistant", a person introducing herself
    ("Olivia Grant <olivia.grant@harvestburger.example>",
     f"Hi Alex,\n\n{NO}\n\nOlivia Grant\nHiring Assistant, Harvest Burger", "Olivia Grant"),
    ("Olivia Grant <olivia.grant@harvestburger.example>",
     f"Hi Alex, it's Olivia, the hiring manager at Harvest Burger. {NO}\n\nOlivia Grant",
     "Olivia Grant"),
]


@pytest.mark.parametrize("sender, body, person", ELEVENTH_BOT,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(ELEVENTH_BOT)])
def test_a_hiring_chatbot_is_not_a_person(sender: str, body: str, person: str | None) -> None:
    found = draft(sender, "Your application", body)
    assert (found.person.name if found.person else None) == person


# "Data Engineer - Berlin" over "the role in our Berlin office": the word after the title's
# dash is where the job is when the text says so, not the employer.
ELEVENTH_PLACE_AFTER_TITLE = [
    ("Data Engineer - Berlin", "Hi Alex,\n\nThank you for your interest in the Data Engineer "
     f"role in our Berlin office. {NO}\n\nQuillhaven Talent Team", "Quillhaven", "Data Engineer"),
    ("Store Manager - Leeds", "Hi Alex,\n\nThanks for meeting us at the Leeds store and for "
     f"applying to Quillhaven. {NO}\n\nQuillhaven Talent Team", "Quillhaven", "Store Manager"),
    ("Product Designer - Lisbon", "Hi Alex,\n\nThank you for applying; the team "
     f"in Lisbon read your portfolio closely. {NO}\n\nQuillhaven Talent Team", "Quillhaven",
     "Product Designer"),
    ("Warehouse Operative - Daventry", "Hi Alex,\n\nThank you for applying for "
     f"the role based in Daventry. {NO}\n\nQuillhaven Talent Team", "Quillhaven",
     "Warehouse Operative"),
    # near misses: the employer after the dash, named in the text as the employer
    ("Data Engineer - Quillhaven", "Hi Alex,\n\nThank you for your interest in Quillhaven. "
     f"{NO}\n\nQuillhaven Talent Team", "Quillhaven", "Data Engineer"),
    ("Product Designer - Brightwater", "Hi Alex,\n\nThank you for applying to Brightwater. "
     f"{NO}\n\nBrightwater Talent Team", "Brightwater", "Product Designer"),
]


@pytest.mark.parametrize("subject, body, company, role", ELEVENTH_PLACE_AFTER_TITLE,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(ELEVENTH_PLACE_AFTER_TITLE)])
def test_a_place_after_a_title_is_not_the_employer(subject: str, body: str, company: str,
                                                   role: str) -> None:
    found = draft("Talent <no-reply@hire.lever.co>", subject, body)
    assert (found.company, found.role) == (company, role)


# "dock hand", "deckhand", "Kitchen Hand": the trades' hands are titles, also in a short
# reply's lower-case subject.
ELEVENTH_HANDS = [
    ("RE: dock hand", "position's been filled, thanks for applying\n\nRay", "Dock Hand"),
    ("re: deckhand", "sorry, we've already taken someone on for the season.\n\nRay", "Deckhand"),
    ("farm hand job", "Hi Alex, it's gone to someone local, sorry.\n\nRay", "Farm Hand"),
    ("Your application: Kitchen Hand", f"Hi Alex,\n\n{NO}\n\nRay", "Kitchen Hand"),
    # near misses: a hand with a move, a second-hand sale
    ("Re: a hand with the move", "sorry, we went with another option\n\nRay", None),
    ("second hand sofa", "sorry, it's been sold to someone else\n\nRay", None),
]


@pytest.mark.parametrize("subject, body, role", ELEVENTH_HANDS,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(ELEVENTH_HANDS)])
def test_a_trades_hand_is_a_title(subject: str, body: str, role: str | None) -> None:
    assert draft("Ray Delgado <ray@lakesidemarina.example>", subject, body).role == role
