"""Twenty-fifth pass (role): the tail a sender writes as part of the posting's name, known by
how it is written rather than by its words.

"Maintenance Team Lead – Press Shop (R-0048817)", "the Senior Midwife, Labour & Delivery
role", "**Senior NOC Engineer – Transport & IP**": the readers before this one keep a tail
after a title only when its words name a field or a unit they know (``mail_specialty``,
``mail_title_unit``); a shop floor, a sales channel or an Arabic ward name was cut. Here the
evidence is the writing: the posting's name closed by its requisition id, by the post's noun,
or by the emphasis an ATS puts around it. A place, the employer, hours and contract terms,
a grade, a gender marker or the subject's noise after the title still leave.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ajar.formats.mail_fields import ORG_WORDS
from ajar.formats.mail_grade import without_grade
from ajar.formats.mail_specialty import is_terms, is_noise
from ajar.formats.mail_titles import is_head
from ajar.formats.regex_needs import may_hold
from ajar.formats.unit_words import HIRING_FUNCTION
from ajar.formats.world_places import is_locality

_SEPARATOR = r"(?P<sep>,\s|:\s|\s[-–—]\s)"
# One to five words of letters, joined by spaces or "&"; the first in capitals where the
# script has them ("Press Shop", "Expérience numérique", "العناية المركزة للبالغين").
_WORD = r"[^\W\d_][\w'’./&-]*"
_TAIL = rf"(?P<x>(?![a-zà-ÿ]){_WORD}(?:\s(?:&\s)?{_WORD}){{0,4}})(?![\w'’&-])"
# What closes a posting's name: its requisition id (four digits or more), the post's noun,
# or the emphasis around it.
_REQUISITION = (r"\s*[(\[]?\s*(?:(?i:job requisition|requisition|req\.?|job id|id|ref\.?|"
                r"reference)\s*(?:no\.?|#)?\s*:?\s*)?#?(?!(?:19|20)\d\d\b)(?=[A-Z]{0,5}[-_]?\d{4,})"
                r"[A-Z]{0,5}[-_]?\d")  # (a year is no requisition: "Marketing Intern - Summer 2027")
_POST_NOUN = r"\s(?i:role|position|post|vacancy|opening)\b"
_HIRING = re.compile(rf"(?i:{HIRING_FUNCTION})(?:\s(?i:team|department|office|service))?$")
_GENDER = re.compile(r"(?i:\b[mwfdxh]\s?/\s?[mwfdxh]\b|all genders)")
_LOOK = 5000
_UN_GRADE = re.compile(r"(?:P|G|D|NO|GS|FS|SB|LSC)-?\d{1,2}")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_NUMBERED = re.compile(rf"{_SEPARATOR}{_TAIL}(?={_REQUISITION})")
_CLOSED = re.compile(rf"{_SEPARATOR}{_TAIL}(?={_REQUISITION}|{_POST_NOUN})")
_EMPHASISED = re.compile(rf"{_SEPARATOR}{_TAIL}\*\*")
# Thirty-second pass: a line that ends the posting's name, in a labelled field ("Job title:
# Operations Manager - Surgery and Anaesthetics") or in a subject the letter repeats.
_LINE_END = re.compile(rf"{_SEPARATOR}{_TAIL}[ \t]*(?=\n|$)")
_SENTENCE_END = re.compile(rf"{_SEPARATOR}{_TAIL}(?=\.(?:\s|$))")
_CUE_BEFORE = re.compile(r"(?i:(?:position|post|role|vacancy|job|opening) (?:of|for|as)(?: an?| the)?"
                         r"|(?:application|applying|applied) (?:for|to)(?: the| our)?)\s+$")
_FIELD = re.compile(r"(?im)^[ \t]*(?:\*\*)?(?:job title|position title|job|position|post|role|"
                    r"vacancy|title|poste|puesto|stelle|functie|vacature)(?:\*\*)?[ \t]*:"
                    r"(?:\*\*)?[ \t]*$")


def _tails_after(title: re.Pattern[str], tail: re.Pattern[str],
                 text: str) -> Iterator[re.Match[str]]:
    """The tails written right after the title's first few copies (in bold when the tail
    closes with the bold)."""
    for found in itertools.islice(title.finditer(text), 6):
        if tail is _EMPHASISED and text[max(0, found.start() - 2):found.start()] != "**":
            continue
        written = tail.match(text, found.end())
        if written:
            yield written


def with_posting_tail(role: str | None, subject: str, letter: str,
                      company: str | None) -> str | None:
    """"Maintenance Team Lead" read, "Maintenance Team Lead – Press Shop (R-0048817)"
    written: the tail the sender writes inside the posting's name belongs to the title.
    ``subject`` and ``letter`` as written (ids and emphasis still in); a subject's tail
    counts only before a requisition id ("Scaffolder - Docklands job" names a site)."""
    if not role or re.search(r",\s|:\s|\s[-–—/]\s|\(", role) \
            or not any(is_head(word) for word in role.split()) and _LATIN.search(role):
        return role  # a title in a script the head lexicon does not hold is its reader's
    letter = letter[:_LOOK]
    # (only the title's own pattern is made per mail: the tails' are compiled once)
    title = re.compile(rf"(?<![\w-])(?i:{re.escape(role)})")
    for text, patterns in ((subject, (_NUMBERED,)), (letter, (_CLOSED, _EMPHASISED))):
        if not may_hold(text, role, ignore_case=True):
            continue
        for pattern in patterns:
            for found in _tails_after(title, pattern, text):
                tail = found.group("x").rstrip(".")
                if _is_posting_tail(role, tail, company) \
                        and not _named_as_place(tail, [subject, letter]):
                    sep = found.group("sep")
                    return _joined(role, found.group("sep"), tail)
    return _written_twice(role, title, subject, letter, company) \
        or _in_field(role, title, subject, letter, company) \
        or _cued_sentence(role, title, subject, letter, company) or role


def _cued_sentence(role: str, title: re.Pattern[str], subject: str, letter: str,
                   company: str | None) -> str | None:
    """"... for the position of MIS Reporting Analyst - Contact Center Operations.": the
    posting's name between its cue and the sentence's end."""
    for start in itertools.islice(title.finditer(letter), 6):
        if not _CUE_BEFORE.search(letter[max(0, start.start() - 40):start.start()]):
            continue
        found = _SENTENCE_END.match(letter, start.end())
        if not found:
            continue
        tail = found.group("x")
        if _is_posting_tail(role, tail, company) and not _named_as_place(tail, [subject, letter]) \
                and tail.split()[-1] not in ORG_WORDS:  # "Senior Analyst - Kestrel Bank"
            return _joined(role, found.group("sep"), tail)
    return None


def _joined(role: str, sep: str, tail: str) -> str:
    return f"{role}{sep if sep.strip() in (',', ':') else ' ' + sep.strip() + ' '}{tail}"


def _line_tails(title: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    for found in itertools.islice(title.finditer(text), 6):
        written = _LINE_END.match(text, found.end())
        if written:
            yield found, written


def _written_twice(role: str, title: re.Pattern[str], subject: str, letter: str,
                   company: str | None) -> str | None:
    """The subject ends with the title and a tail, and the letter writes the same tail after
    it: one posting's name, written twice the same way."""
    subject = subject.splitlines()[0] if subject else ""
    for _, found in _line_tails(title, subject):
        tail = found.group("x").rstrip(".")
        if not _is_posting_tail(role, tail, company) or _named_as_place(tail, [subject, letter]):
            continue
        again = re.compile(rf"(?<![\w-])(?i:{re.escape(role)}){_SEPARATOR}{re.escape(tail)}(?![\w'’&-])")
        if again.search(letter):
            return _joined(role, found.group("sep"), tail)
    return None


def _in_field(role: str, title: re.Pattern[str], subject: str, letter: str,
              company: str | None) -> str | None:
    """"Job title: Operations Manager - Surgery and Anaesthetics": a labelled field's value
    is the posting's whole name."""
    for start, found in _line_tails(title, letter):
        line_start = letter.rfind("\n", 0, start.start()) + 1
        if not _FIELD.match(letter[line_start:start.start()] + "\n"):
            continue
        tail = found.group("x").rstrip(".")
        if _is_posting_tail(role, tail, company) and not _named_as_place(tail, [subject, letter]):
            return _joined(role, found.group("sep"), tail)
    return None


def _is_posting_tail(role: str, tail: str, company: str | None) -> bool:
    """A unit, a specialty or a line of business, not a place, the employer, hours, terms,
    a grade, a gender marker, the sender's own desk or the subject's noise."""
    if not tail or is_terms(tail) or is_noise(tail) or _HIRING.fullmatch(tail) \
            or _GENDER.search(tail) or is_locality(tail) \
            or any(is_locality(word) for word in tail.split() if word[:1].isupper()):
        return False
    if without_grade(f"{role}, {tail}") == role or _UN_GRADE.fullmatch(tail):
        return False  # "Policy Adviser, HEO", "Programme Management Officer, P-3": a grade
    if company:
        folded, employer = tail.casefold(), company.casefold()
        words = {word for word in employer.split() if len(word) > 2}
        if folded in employer or employer in folded \
                or any(word.casefold() in words for word in tail.split()):
            return False  # "Software Engineer - Acme (R123)": the employer
    return True


def _named_as_place(tail: str, texts: list[str]) -> bool:
    """"... – Murcia" where the letter also writes "en Murcia": a place."""
    pattern = re.compile(rf"\b(?i:in|at|near|based in|en|em|à|au|aux|a|bei|in der|nel|nella|"
                         rf"presso|dans|w|we|i|u|v|ve|na|în|ב|في)\s+{re.escape(tail)}\b")
    return any(pattern.search(text) for text in texts)
