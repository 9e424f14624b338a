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
