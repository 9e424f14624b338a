"""The people a message speaks of, so that none of them is taken for the employer.

An agency passes on "feedback from Sarah"; a relay's subject says "New message from
Bruna Teixeira". The text tells a person from a firm by how it goes on: a pronoun
("... from Sarah. She felt"), a post in apposition ("Marcus, their Head of Engineering",
"Patrícia (marketing director)"), the firm the person is at ("Sarah at Oxley Foods") or,
failing those, a common given name ("heard back from Sarah").
"""

from __future__ import annotations

import re

from ajar.formats.given_names import GIVEN_NAMES
from ajar.formats.mail_fields import looks_like_role
from ajar.formats.mail_signature import TEAMISH

# One to three capitalised words, accents and hyphens allowed: "Sarah", "Tomás Ruiz".
_NAME = r"(?P<n>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+){0,2})"
# "feedback from", "spoke to", "heard back from", "your interview with", "a call with".
_TOLD = (r"(?i:\b(?:feedback|word|news|update|message|note|decision|call|chat|catch-up|"
         r"conversation|interview|meeting|heard(?: back)?|back|spoke|spoken|speaking|talked|"
         r"talking)(?: back)? (?:from|to|with) |\b(?:met|told|asked) )")
# "... from Sarah this morning. She felt", "from Sarah - she was", "from Sarah and he said".
_PRONOUN_NEXT = re.compile(
    rf"{_TOLD}{_NAME}\b[^.;:!?\n—–]{{0,60}}(?:[.;:!?—–]\s+|,? (?:and|but|so|who) |\s-\s)"
    r"(?:(?i:and|but|so|sadly|unfortunately|honestly),? )?(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is)\b")
# "Marcus, their Head of Engineering", "Patrícia (marketing director)", "Sarah, the hiring manager"
_APPOSITION = re.compile(
    rf"\b{_NAME}(?:, (?:the|their|our|its|your|who is (?:the|their)) |\s*\((?:the |their )?)"
    r"(?P<r>[\w'’ &/-]{3,40}?)(?:[),.;:!?]|\s(?:at|from|of|for|and|who|said|felt|thought)\b)")
# "Sarah at Oxley Foods", "Bruna here from Hunter Talentos", "this is Sam from Acme".
_AT_FIRM = re.compile(rf"(?:{_TOLD}|(?i:\b(?:it's|this is|i'm|i am) )){_NAME} (?:at|from|with) (?=[A-Z0-9])"
                      rf"|(?:^|\n|[.!?] ){_NAME.replace('?P<n>', '?P<n2>')} here,? (?:at|from|with) (?=[A-Z0-9])")
# "feedback from Sarah", "spoke to Tomás Ruiz": whoever passed it on, when the first word is a
# given name.
_TOLD_BY = re.compile(rf"{_TOLD}{_NAME}\b")
# Capitalised words that open a line or a sentence without naming anyone.
_NOBODY = frozenset({"sent", "thanks", "thank", "everyone", "greetings", "hello", "hi", "regards",
                     "best", "cheers", "all", "news", "feedback", "word", "update", "love",
                     "sadly", "unfortunately", "today", "again"})


def _posting_in_bracket(found: re.Match[str]) -> bool:
    """Forty-first pass: "por lo de Brightkeel (Senior Frontend Engineer)": a firm and the post
    it advertised, in title case, not a person and their post; a given name still is one
    ("Patrícia (Marketing Director)")."""
    return "(" in found.group(0) and found.group("r")[:1].isupper() \
        and found.group("n").split()[0].casefold() not in GIVEN_NAMES


def people_named(text: str) -> list[str]:
    """Names the text speaks of as persons ("Sarah", "Marcus", "Patrícia")."""
    text = text[:6000]
    names = [m.group("n") for m in _PRONOUN_NEXT.finditer(text)]
    names += [m.group("n") for m in _APPOSITION.finditer(text)
              if (looks_like_role(m.group("r")) or looks_like_role(m.group("r").title()))
              and not _posting_in_bracket(m)]
    names += [m.group("n") or m.group("n2") for m in _AT_FIRM.finditer(text)]
    names += [m.group("n") for m in _TOLD_BY.finditer(text)
              if m.group("n").split()[0].casefold() in GIVEN_NAMES]
    return [name for name in dict.fromkeys(names) if not TEAMISH.search(name)
            and name.split()[0].casefold() not in _NOBODY]
