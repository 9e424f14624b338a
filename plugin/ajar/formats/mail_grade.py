"""Pay grades out of a job title: "Data Analyst (APS 6)" is recorded as "Data Analyst".

A pay plan, band or civil-service grade says what the post pays, not what the job is
(the corpus convention); a level that is part of the title ("Engineer II", "Senior")
stays, and so does a unit or team after the title.
"""

from __future__ import annotations

import re

# One grade: a US or Canadian pay plan ("GS-0343-11", "WG-5", "EC-04"), an NHS band
# ("Band 5", "AfC Band 8a"), an Australian level ("APS 6", "EL1", "APS Level 5"), a UK
# civil-service grade ("Grade 7", "G7", "HEO", "SCS1"), a council scale ("Scale 6", "SO1"),
# an Irish "Grade IV" and a school's "Grades 6-8".
_NUMBER = r"(?:\d{1,2}[a-d]?|[IVX]{1,4}|K)"
_RANGE = rf"{_NUMBER}(?:\s?[-–/]\s?{_NUMBER})?"
_PAY_PLAN = r"(?:GS|GG|GL|GM|WG|WL|WS|NH|NM|FS|FP|ES|AD|AS|EC|PM|CR|IT|EX|FI|PE|CS|SV|ZP)" \
            r"-\d{1,4}(?:-\d{1,2})?(?:/\d{1,2})?"
_CIVIL = r"(?:HEO|SEO|EO|AO|G[67]|SCS ?[1-4]?|Grade [67])"
# (after reading fresh276-280: an Indian public-sector grade written after the post, "E-1
# Grade", "E3 Grade", and a UN level after a comma, ", P3", "P-4")
_PSU_AND_UN = r"(?:E-?\d{1,2} Grade|P-?[1-5]|D-?[12]|NO-?[A-D]|G-?[1-7])"
_GRADE = (rf"(?:{_PAY_PLAN}|{_PSU_AND_UN}|(?:(?:AfC|Agenda for Change|Pay|Salary|SCS Pay) )?Band {_RANGE}"
          rf"|APS(?: Level)? ?{_RANGE}|EL ?[12](?:/EL ?[12])?|(?:Clerk |Pay |Salary )?Grades? {_RANGE}"
          rf"|{_CIVIL}(?:/{_CIVIL})*|(?:Pay )?Scale {_RANGE}|(?:SO|PO) ?\d(?:[-/](?:SO|PO)? ?\d)?)")
# Grades written out, in brackets or after a comma: "(Higher Executive Officer)".
_GRADE_NAME = (r"(?:(?:Higher |Senior )?Executive Officer|Administrative (?:Officer|Assistant)"
               r"|(?:Higher |Senior )?Scientific Officer|Senior Civil Service(?: Pay Band \d)?)")
_ANY = rf"(?:{_GRADE}|{_GRADE_NAME})"
# In brackets anywhere after the title: "Staff Nurse (Band 5) - Acute Medical Unit".
_BRACKETED = re.compile(rf"\s*[(\[](?:{_ANY})(?:,? {_ANY})?[)\]]")
# After a comma or a dash at the end: "Contract Specialist, GS-1102-12".
_TRAILING = re.compile(rf"(?:,\s*|\s+[-–|]\s+)(?:{_ANY})$")
# Before the title: "APS 6 Data Analyst", "Band 5 Staff Nurse" (a school's "Grade 3
# Teacher" names the class taught, and "SEO Manager" is search engine optimisation).
_LEADING = re.compile(rf"^(?:(?:AfC )?Band {_RANGE}|APS(?: Level)? ?{_RANGE}|EL ?[12]|"
                      rf"{_PAY_PLAN}|G[67]|HEO|Grade [67](?! (?i:teacher|class|tutor)))"
                      r"(?:\s*[-–:]\s*|\s+)(?=[A-Z])")
# A vacancy announcement number left after the grade: ", DCR-27-1184-MP".
_ANNOUNCEMENT = re.compile(r"(?:,\s*|\s+[-–]\s+)(?=[A-Z0-9-]*\d{2})[A-Z]{1,5}(?:-[A-Z0-9]+){2,}$")
# "Content Writer (SEO)": search engine optimisation, a specialty, not a grade.
_SEARCH_WORK = re.compile(r"(?i:\b(?:marketing|content|digital|web|copy\w*|search|writer|editor|"
                          r"growth|e-?commerce|brand|social|media|performance|ppc|sem|technical)\b)")


def without_grade(role: str) -> str:
    """"Policy Adviser (Senior Executive Officer)" -> "Policy Adviser"; "Engineer II" stays."""
    if _SEARCH_WORK.search(role) and re.search(r"\bSEO\b", role):
        return role
    stripped = _BRACKETED.sub("", role)
    for _ in range(2):  # "..., GS-0343-11, DCR-27-1184-MP": the number, then the grade
        before = stripped
        stripped = _TRAILING.sub("", stripped)
        if stripped != before:
            stripped = _ANNOUNCEMENT.sub("", stripped)
        elif _TRAILING.search(_ANNOUNCEMENT.sub("", stripped)):
            stripped = _ANNOUNCEMENT.sub("", stripped)
    stripped = _LEADING.sub("", stripped).strip(" ,-–")
    return stripped if re.search(r"[^\W\d_]", stripped) else role  # a grade alone stays
