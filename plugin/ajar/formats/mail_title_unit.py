"""Twentieth pass (role): the unit, team or programme the mail writes as part of the vacancy's
name, whatever separates it from the title, and the unit a Scandinavian title names with a
preposition.

The corpus convention keeps a unit that follows a title ("Staff Nurse, Acute Medical Unit",
"Project Officer: Clean Rivers Programme", "Care Assistant (Night Team)"). The readers
before this one keep a unit after a dash in the letter; a subject's colon, a bracket, a
slash or a comma lost it. A unit is known by the word that names it as one (Unit, Team,
Programme, Department, Ward, ...), so a place ("(Midlands)") or the employer after the same
separators still leaves. Danish, Norwegian and Swedish name the unit after a preposition,
in its definite form ("socialrådgiver til familieafdelingen", "enhetschef inom
hemtjänsten"): one lower-case word with the definite ending belongs to the title; "til
vores afdeling" (a determiner) or a capitalised name (the employer) does not.
"""

from __future__ import annotations

import itertools
import re

from ajar.formats.mail_titles import head_in, is_head
from ajar.formats.unit_words import HIRING_FUNCTION
from ajar.formats.world_places import is_place

# The words that name a part of an organisation or a funded programme, closing its name.
_UNIT_WORD = (r"(?:Unit|Ward|Team|Department|Service|Services|Division|Directorate|Programme|"
              r"Program|Projects?|Programmes|Initiative|Clinic|Centre|Center|Laboratory|Laboratories|Lab|"
              r"Hub|Desk|Squad|Practice|Pharmacy|Theatres?|Faculty|School|Institute|Office)")
# A unit's head word that opens its name instead: "Pôle Industrie", "Service RH".
_UNIT_LEAD = (r"(?:P[ôo]le|Service|Servicio|Servi[çc]o|Servizio|Abteilung|Afdeling|Avdelning|Dienst|"
              r"Unidade|Unidad|Unité|Unità|"
              # twenty-seventh pass: Romanian and Central European units ("..., Serviciul
              # Urbanism și Amenajarea Teritoriului", "Odbor dopravy", "Wydział Inwestycji")
              r"Serviciul|Direc[țţ]ia|Departamentul|Compartimentul|Biroul|Odd[ěe]lení|Odbor|"
              r"Dzia[łl]|Wydzia[łl]|Odjel|Odsjek|Oddelek|Slu[žz]ba|Sektor|Referat)")  # twenty-first pass: "..., Unidade Chapecó"
_CAPITAL = r"[A-Z0-9À-Þ](?:[\w&'’/-]|\.(?=\w))*"  # a full stop inside ("St.John") only
_JOIN = r"(?:&|and|of|for|de|des|du|la|le|del|da|do|y|e|et|und|für|și|şi|i|a|és)"
_RUN = (rf"(?:(?:{_CAPITAL}\s(?:{_JOIN}\s)?){{0,4}}{_UNIT_WORD}"
        rf"|{_UNIT_LEAD}(?:\s(?:{_JOIN}\s)?{_CAPITAL}){{1,3}})")
# The separators a vacancy's name is written with; a bracket must close.
_WRITTEN_UNIT = re.compile(
    rf"(?P<sep>:\s|,\s|\s[-–—]\s|\s/\s)(?P<u>{_RUN})(?![\w&'’-])"
    rf"(?=\s*(?:$|\n|[.,;)!?“”\"»]|\s\(|\s[-–—|]\s|\s(?i:at|with|in|on|position|role|post|job|vacancy|"
    rf"opening|has|was|is|we|and|bei|chez|à|au|en|em|no|na|ha|a été)\b))"
    rf"|\s\((?P<b>{_RUN})\)")
# In brackets a programme is the route in, not the unit: "Police Constable (Degree Holder
# Entry Programme)".
_ROUTE = re.compile(r"(?:Programme|Program|Project|Initiative|Scheme|School|Institute)$")
# A tail the role already carries: another reader has judged its extent.
_HAS_TAIL = re.compile(r",\s|\s[-–—/]\s|:\s|\(")
_HIRING = re.compile(rf"(?i:{HIRING_FUNCTION})(?:\s(?i:team|department|office|service))?$")
_LOOK = 4000


def with_written_unit(role: str | None, subject: str, opening: str,
                      company: str | None) -> str | None:
    """"Project Officer" read, "Project Officer: Clean Rivers Programme" written: the unit or
    programme written after the title, by any separator, is part of the vacancy's name."""
    if not role or not any(is_head(w) for w in role.split()):
        return role
    # twenty-seventh pass: the gender ending the letter writes after it ("Stadtplaner*in –
    # Abteilung ...") is passed over
    pattern = re.compile(rf"(?<![\w-]){re.escape(role)}(?:[*:_/]in(?:nen)?(?!\w))?", re.IGNORECASE)
    if _HAS_TAIL.search(role):
        return _with_unit_word(role, pattern, [subject, opening[:_LOOK]])
    for text in (subject, opening[:_LOOK]):
        for found in itertools.islice(pattern.finditer(text), 6):
            unit = _WRITTEN_UNIT.match(text, found.end())
            if not unit:
                continue
            name = unit.group("u") or unit.group("b")
            if _HIRING.fullmatch(name) or _names_company(name, company):
                continue  # "- People Team", "- Larchfield Services": the sender, the employer
            if unit.group("b"):
                if _ROUTE.search(name):
                    continue
                return f"{role} ({name})"
            sep = unit.group("sep")
            return f"{role}{sep if sep.strip() in (':', ',') else ' ' + sep.strip() + ' '}{name}"
    return role


_UNIT_CLOSE = re.compile(rf"\s(?P<w>{_UNIT_WORD})(?![\w&'’-])")


def _with_unit_word(role: str, pattern: re.Pattern[str], texts: list[str]) -> str:
    """"Occupational Therapist, Community Rehabilitation" read, "..., Community
    Rehabilitation Team post" written: the tail's own unit word, cut by a reader, comes back."""
    if re.search(rf"{_UNIT_WORD}\)?$", role):
        return role
    for text in texts:
        for found in itertools.islice(pattern.finditer(text), 6):
            word = _UNIT_CLOSE.match(text, found.end())
            if word:
                return f"{role} {word.group('w')}"
    return role


def _names_company(name: str, company: str | None) -> bool:
    if not company:
        return False
    words = {w.casefold() for w in company.split() if len(w) > 2}
    return any(w.casefold() in words for w in name.split())


# A Scandinavian preposition and a unit in its definite form: "til familieafdelingen",
# "inom hemtjänsten", "på akutmottaket", "ved hjemmeplejen".
# Twenty-first pass: a team named by its acronym ("til SSP-teamet", "i IT-avdelingen"), and
# the department that holds the team, a capitalised name in the definite form ("til
# myndighedsteamet i Familieafdelingen"), as Danish and Swedish councils write them.
_SCANDINAVIAN_UNIT = re.compile(
    r"\s(?P<p>til|inom|i|ved|på|for|för|hos)\s"
    r"(?P<u>(?:[a-zæøåäö][a-zæøåäöé-]{4,}|[A-ZÆØÅÄÖ]{2,5}-[a-zæøåäö]{3,})"
    r"(?:en|et|na|ne|erne|arna|orna|heten))(?![\w-])"
    r"(?P<v>\s(?:i|inom|ved|på)\s[A-ZÆØÅÄÖ][a-zæøåäö-]{2,}(?:afdelingen|avdelingen|avdelningen|"
    r"forvaltningen|förvaltningen|enheden|enheten|sektionen|centret|centeret))?"
    r"(?=\s*(?:$|\n|[.,;:!?)]|\s(?:i|og|och|ved|hos|på|er|är|har|blev|ble|vi|med)\b))")
_SCANDINAVIAN = ("sv", "da-no")
# A time in the definite form is when, not where: "lærer i efteråret", "i perioden".
_TIME = re.compile(r"(?:perioden|året|aaret|efteråret|foråret|sommeren|vinteren|høsten|våren|"
                   r"hösten|sommaren|vintern|måneden|månaden|ugen|uken|veckan|dagen|natten|"
                   r"morgenen|kvällen|aftenen|helgen|weekenden|tiden|stund\w*|jobbet|stillingen|"
                   r"tjänsten|rollen|processen|prosessen|forløbet|omgången|runden)$")
# A preposition that names the employer, not a unit: "hos", "ved" before a capital is
# excluded by the lower-case unit; "hos" before a common noun is still the employer's side.
_NOT_UNIT_PREPOSITION = frozenset({"hos"})


def with_scandinavian_unit(role: str | None, opening: str) -> str | None:
    """"Socialrådgiver" read, "stillingen som socialrådgiver til familieafdelingen" written:
    the unit in its definite form after a Scandinavian title belongs to it."""
    if not role or len(role.split()) > 4:
        return role
    last = role.split()[-1]
    if not any(head_in(last, language) for language in _SCANDINAVIAN) \
            and not _scandinavian_compound(last):
        return role
    pattern = re.compile(rf"(?<![\w-]){re.escape(role)}", re.IGNORECASE)
    for found in itertools.islice(pattern.finditer(opening[:_LOOK]), 6):
        unit = _SCANDINAVIAN_UNIT.match(opening, found.end())
        if unit and unit.group("p") not in _NOT_UNIT_PREPOSITION \
                and not _TIME.fullmatch(unit.group("u")):
            return f"{role} {unit.group('p')} {unit.group('u')}{unit.group('v') or ''}"
    return role


def _scandinavian_compound(word: str) -> bool:
    """A one-word compound closed by a Scandinavian head ("enhetschef", "socialrådgiver")."""
    from ajar.formats.mail_titles import compound_head
    head = compound_head(word)
    return bool(head) and any(head_in(head, language) for language in _SCANDINAVIAN)


# Twenty-first pass: a subject's short form of the unit in brackets, the letter's in full.
_BRACKETED_UNIT = re.compile(r"(?P<t>.+?)\s\((?P<x>[^()]{3,40})\)")
_COMPLEMENT = frozenset({"de", "do", "da", "dos", "das", "di", "del", "della", "des", "du",
                         "d'", "of", "für", "voor", "van"})
_JOINERS = frozenset({"de", "do", "da", "dos", "das", "di", "del", "della", "des", "du", "of",
                      "and", "&", "y", "e", "et", "und", "la", "le", "el", "the"})


def fuller_in_letter(role: str | None, letter_role: str | None, company: str | None) -> str | None:
    """"Técnico" in the subject, "a vaga de Técnico de Enfermagem" in the letter: when the
    subject and the letter disagree in extent, the fuller written form is the title, where
    what the letter adds is the title's own noun complement in capitals ("de Enfermagem").
    A level ("Data Engineer" and "the Data Engineer II role": an eighth-pass near miss), a
    specialty after a comma, a place, the post's terms or the letter going on are left to
    the readers that judge them (the corpus keeps the subject's form for those)."""
    if not role or not letter_role or role.casefold() == letter_role.casefold():
        return role
    short = _BRACKETED_UNIT.fullmatch(role)
    if short and re.fullmatch(rf"{re.escape(short.group('t'))}(?:,\s|\s[-–]\s){re.escape(short.group('x'))}"
                              rf"\s{_UNIT_WORD}", letter_role, re.IGNORECASE):
        return letter_role  # "Senior Practitioner (Leaving Care)", "..., Leaving Care Team"
    if not letter_role.casefold().startswith(role.casefold() + " "):
        return role
    extra = letter_role[len(role) + 1:].split()
    if not extra or len(extra) > 4 or re.search(r"[,:;()–—/]|\s-\s|\d", letter_role[len(role):]):
        return role
    if extra[0].casefold() in _COMPLEMENT and len(extra) >= 2 \
            and all(w[:1].isupper() or w.casefold() in _JOINERS for w in extra[1:]) \
            and extra[-1][:1].isupper() and not _names_company(" ".join(extra[1:]), company):
        return letter_role  # "Técnico de Enfermagem"
    return role


# Twenty-first pass: a specialty after a colon with no unit word ("Programme Manager: Youth
# Diversion", "Maatskaplike Werker: Pleegsorg", "Social Worker: Child Protection"), as
# councils, charities and South African and UK public posts name a vacancy. Without a unit
# word it could be a status or the letter going on, so it counts only when the subject and
# the letter both write it after the title; the letter's form is kept.
_COLON_TAIL = re.compile(r"(?P<sep>:\s|\s[-–]\s)(?P<x>[A-ZÀ-Þ][\w'’&/-]*(?:\s(?:(?:&|and|of|for|en|van|de|"
                         r"og|och|und|et|y|e)\s)?[A-ZÀ-Þ][\w'’&/-]*){0,3})(?![\w'’&/-])"
                         r"(?=\s*(?:$|\n|[.,;)]|\s\(|\s[-–]\s|\s[a-zà-ÿ]))")
_NOT_SPECIALTY = frozenset("""we i you your our thank thanks unfortunately please sadly
    regrettably the this that it although however update outcome decision application
    feedback next status result results interview invitation offer rejection unsuccessful
    reference ref job vacancy position role post closing deadline""".split())


def with_colon_specialty(role: str | None, subject: str, opening: str,
                         company: str | None) -> str | None:
    """"Programme Manager" read, "Programme Manager: Youth Diversion" in the subject and the
    letter: the specialty after the colon is part of the vacancy's name."""
    if not role or _HAS_TAIL.search(role) and not re.search(r"\s[-–]\s", role):
        return role
    base = re.split(r"\s[-–]\s", role, maxsplit=1)[0]
    if not any(is_head(w) for w in base.split()):
        return role
    pattern = re.compile(rf"(?<![\w-]){re.escape(base)}")
    for found in itertools.islice(pattern.finditer(opening[:_LOOK]), 6):
        tail = _COLON_TAIL.match(opening, found.end())
        if not tail or tail.group("sep") != ": ":
            continue
        name = tail.group("x")
        if name.split()[0].casefold() in _NOT_SPECIALTY or is_place(name) \
                or company and company.casefold().startswith(name.casefold()) \
                or any(is_head(w) for w in name.split()):
            continue
        in_subject = re.search(rf"(?<![\w-]){re.escape(base)}(?::\s|\s[-–]\s){re.escape(name)}"
                               rf"(?![\w'’&/-])", subject)
        if in_subject and (role == base or role == f"{base}{in_subject.group(0)[len(base):]}"):
            return f"{base}: {name}"
    return role
