"""Role families of the twelfth pass (issue 11).

Each table holds cases written from how such mail generally reads (new names,
reserved example domains), then near misses that must keep their answer.
"""

from __future__ import annotations

import pytest

from test_mail_fields_families import NO, draft

# A pay grade, band, pay plan or civil-service grade says what the post pays, not what
# the job is (the corpus convention of the twelfth pass): it leaves the title, in a
# subject, a portal's field or the text; a level that is part of the title stays.
TWELFTH_GRADE = [
    ("Your application: Budget Analyst, GS-0560-09", f"Dear Applicant,\n\n{NO}",
     "Budget Analyst"),
    ("Notice of results", "Dear Applicant,\n\nPosition: Program Specialist, GS-0301-12/13\n"
     f"Agency: Office of Rural Grants\n\n{NO}", "Program Specialist"),
    ("Your application: Caseworker (Executive Officer)", f"Dear Alex,\n\n{NO}", "Caseworker"),
    ("Your application: Statistician (Grade 6)", f"Dear Alex,\n\n{NO}", "Statistician"),
    ("Your application: Economist, G7", f"Dear Alex,\n\n{NO}", "Economist"),
    ("Outcome: APS 5 Client Service Officer", f"Dear Alex,\n\n{NO}", "Client Service Officer"),
    ("Your application: Band 6 Occupational Therapist", f"Dear Alex,\n\n{NO}",
     "Occupational Therapist"),
    ("Your application: Physiotherapist (Band 7) - Stroke Unit", f"Dear Alex,\n\n{NO}",
     "Physiotherapist - Stroke Unit"),
    ("Application update - Mathematics Teacher, Grades 9-12", f"Dear Alex,\n\n{NO}",
     "Mathematics Teacher"),
    ("Your application: Project Officer, EL1", f"Dear Alex,\n\n{NO}", "Project Officer"),
    # near misses: a level in the title, search engine optimisation, a class taught, a
    # grade's name that is the whole title, a unit, a word that only starts like a band
    ("Your application: Software Engineer II", f"Dear Alex,\n\n{NO}", "Software Engineer II"),
    ("Your application: Content Writer (SEO)", f"Dear Alex,\n\n{NO}", "Content Writer (SEO)"),
    ("Your application: SEO Manager", f"Dear Alex,\n\n{NO}", "SEO Manager"),
    ("Your application: Grade 3 Teacher", f"Dear Alex,\n\n{NO}", "Grade 3 Teacher"),
    ("Your application: Senior Executive Officer", f"Dear Alex,\n\n{NO}",
     "Senior Executive Officer"),
    ("Your application: Staff Nurse - Acute Medical Unit", f"Dear Alex,\n\n{NO}",
     "Staff Nurse - Acute Medical Unit"),
    ("Your application: Band Manager", f"Dear Alex,\n\n{NO}", "Band Manager"),
]


@pytest.mark.parametrize("subject, body, role", TWELFTH_GRADE,
                         ids=[f"{c[2]}-{n}" for n, c in enumerate(TWELFTH_GRADE)])
def test_a_pay_grade_is_not_part_of_the_title(subject: str, body: str, role: str) -> None:
    assert draft("Civic Jobs <no-reply@civicjobs.example.gov>", subject, body).role == role
