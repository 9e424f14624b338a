"""A service, team or ward signed on the line above the organisation that holds it.

NHS trusts, councils, universities and firms sign as a stack: "Community Mental Health Team"
then "Ashdown Health and Care NHS Trust", "Children's Services" then "Brackley Borough
Council", "Departamento de Calidad" then "Alimentos Río Verde S.L.". The unit's name is often
also the sender's name and the text's ("thank you for applying to Children's Services"), so
it would win a vote by places; the stack says whose unit it is. Only a unit written in a
language's common words ("Adult Social Care", not "Sunrise Home Care" under its group) and
an organisation the line below names by its kind (a council, trust, university, ministry,
a legal form) count: a brand above its parent group is left alone.
"""

from __future__ import annotations

import re

from ajar.formats.company_words import FOREIGN_UNIT, people_unit
from ajar.formats.mail_fields import LEGAL_FORM, company_or_none, name_key
from ajar.formats.mail_signature import is_team
from ajar.formats.public_bodies import public_body
from ajar.formats.word_list import frequency, languages_of

# The last word of a unit's name: a team, a ward, a department, a programme.
_UNIT_END = re.compile(
    r"(?i:\b(?:team|teams|unit|ward|wards|department|dept|programmes?|programs?|"
    r"directorate|division|office|section|desk|afdelingen|afdeling|avdelingen|"
    r"avdeling|avdelningen|abteilung|équipe|equipo|equipa|ufficio|departamento|dipartimento|"
    r"département|recruitment|recruiting|hr)$)")
# A service's last word, which a business's name may end with too ("Sunrise Home Care"): a unit
# only above an organisation named by its kind, not above a firm's legal form alone.
_SERVICE_END = re.compile(r"(?i:\b(?:services?|care|clinic|clinics|pathway|dienst|servicio|"
                          r"serviço|servizio)$)")
# A unit named by its kind first: "Departamento de Calidad", "Service des Urgences".
_UNIT_START = re.compile(
    r"(?i:^(?:the )?(?:department|dept|directorate|division|office|service|servicio|serviço|"
    r"servizio|departamento|dipartimento|département|ufficio|afdeling|abteilung|team|équipe|"
    r"equipo|equipa)\b)")
# The organisation's line says what kind of organisation it is.
_HOLDER_KIND = re.compile(
    r"(?i:\b(?:council|kommune|kommun|municipality|municipalidad|município|comune|gemeente|"
    r"mairie|ville|stadt|ayuntamiento|prefeitura|university|universit\w*|college|hospitals?|"
    r"infirmary|trust|nhs|health board|institute|instituto|institut|ministry|ministerio|"
    r"ministério|ministère|authority|agency|foundation|fundación|fundação|academy|school|"
    r"police|fire and rescue|service)\b)")
# A tail a sender's name or a signature line adds to the unit: "Adult Social Care Recruitment".
_TEAM_TAIL = re.compile(r"(?i:\s+(?:team|recruitment|recruiting|hr|careers|jobs|vacancies))+$")
# "Part of the Linnaeus Group", "Registered in England": a line about the organisation.
_ABOUT_LINE = re.compile(r"(?i:^(?:part of|a member of|member of|registered|a division of|"
                         r"an? |in partnership)\b)")
_ONE_LINE = re.compile(r"\s+[|–—-]\s+|\s*,\s+")
_SMALL = frozenset({"of", "for", "and", "the", "de", "del", "la", "el", "des", "du", "di", "da",
                    "do", "&", "y", "e", "et", "und", "og", "och"})


def _common_words(line: str, languages: tuple[str, ...]) -> bool:
    """Every word of the line is a common word of the mail's languages (no proper name)."""
    words = [re.sub(r"['’]s$", "", w).strip("'’-").casefold() for w in line.split()]
    words = [w for w in words if w and w not in _SMALL]
    return bool(words) and all(any(frequency(w, language) for language in languages)
                               for w in words)


def _unit_kind(line: str, languages: tuple[str, ...]) -> str | None:
    """"unit" (a team, a department, a ward), "service" (a name a business may also have) or
    None (no unit)."""
    if not 1 <= len(line.split()) <= 6 or any(ch.isdigit() or ch in "@:/|," for ch in line):
        return None
    if people_unit(line) or FOREIGN_UNIT.match(line) or _UNIT_START.match(line):
        return "unit"
    if not _common_words(line, languages):
        return None
    if _UNIT_END.search(line) or is_team(line):
        return "unit"
    return "service" if _SERVICE_END.search(line) else None


def _organisation(line: str) -> tuple[str, bool] | None:
    """The organisation a line names and whether it names it by its kind (a council, a trust)
    rather than by a legal form alone."""
    if _ABOUT_LINE.match(line) or not line[:1].isupper() or len(line.split()) > 9 \
            or any(ch.isdigit() or ch in "@:/|" for ch in line):
        return None
    name = company_or_none(line)
    if not name:
        return None
    kind = bool(_HOLDER_KIND.search(name) or public_body(name))
    legal = bool(re.search(rf"(?:^|\s){LEGAL_FORM}$", line))
    return (name, kind) if kind or legal else None


def units_above_organisations(text: str) -> dict[str, str]:
    """Each unit signed directly above its organisation, keyed by the unit's name (and by the
    name without a team's tail word), to the organisation's name."""
    lines = [line.strip().strip("*_>").strip() for line in text[-3000:].splitlines()]
    lines = [line for line in lines if line][-20:]
    if len(lines) < 2:
        return {}
    languages = languages_of(text)
    found: dict[str, str] = {}
    pairs = list(zip(lines, lines[1:]))
    # "Children's Services | Harrowmere Borough Council": the stack written on one line
    pairs += [tuple(parts) for parts in (_ONE_LINE.split(line) for line in lines)
              if len(parts) == 2]
    for unit, below in pairs:
        unit = re.sub(r"(?i)^the\s+", "", unit)
        found_below = _organisation(below)
        # "Department of Northern and Arctic Affairs | Ministère des Affaires du Nord": a body
        # of the state named in two languages, not a unit of the other
        kind = _unit_kind(unit, languages) if found_below and not public_body(unit) else None
        if not found_below or not kind or kind == "service" and not found_below[1]:
            continue
        organisation = found_below[0]
        if people_unit(organisation) or people_unit(re.sub(r"(?i)^(?:le|la) chef(?:fe)? d[eu]s? ", "", organisation)):
            continue  # (sixty-ninth pass: "Le chef du service des ressources humaines", a post)
        if name_key(unit.split()[0]) == name_key(organisation.split()[0]):
            continue  # "Bluebell Care" above "Bluebell Group Ltd": one name's two lines
        for form in (unit, _TEAM_TAIL.sub("", unit)):
            if form and name_key(form) != name_key(organisation):
                found[name_key(form)] = organisation
    return found
