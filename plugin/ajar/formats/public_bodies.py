"""A ministry, department or agency of a state, and the umbrella a state hires through.

A public employer writes its own name in sentence case in most languages ("Direktoratet for
regional forvaltning", "Agence canadienne de la culture numérique", "Alueellisen kehittämisen
virasto"), signs under a hiring unit, and sends through a state-wide portal or service ("GC
Jobs", "Ontario Public Service", "Province of X"); the employer is the body the notice names.
"""

from __future__ import annotations

import re

from ajar.formats.company_words import AGENCY, discipline, people_unit
from ajar.formats.mail_fields import company_or_none, could_be_company, looks_like_role

# A public body's opening word, then its field: "Ministry of ...", "Agence canadienne ...",
# "Direktoratet for ...", "Bundesamt für ...". English "Department of" and "Office of" also
# name a university's parts: those count only when what follows is no field of study.
_HEAD = (r"ministry|ministère|ministerio|ministério|ministero|ministerie|ministerium|"
         r"ministerstwo|bundesministerium|agency|agence|agencia|agência|agenzia|agencja|"
         r"directorate|direktoratet|direktoratet|departementet|departamentet|authority|"
         r"autorité|autoridad|autoridade|commission|secretariat|secrétariat|secretaría|"
         r"bundesamt|landesamt|urząd|styrelsen|myndigheten|tilsynet|verket|etaten|"
         r"consejería|conselleria|direction générale|dirección general|direção-geral|"
         # after sealing fresh336-340: an Italian authority, a park or reserve of the state
         # ("Autorità di Sistema Portuale ...", "Parc naturel marin de Balagne", "Area Marina
         # Protetta ...")
         r"autorità|parc naturel|parc national|parco nazionale|parco naturale|parque natural|"
         r"parque nacional|area marina protetta|réserve naturelle|riserva naturale")
# A state's agency by its adjective ("Agenzia Regionale per l'Ambiente", "Agence nationale de
# ..."), not an employment agency, whose word it shares
_STATE_AGENCY = re.compile(r"^(?i:agenzia|agence|agencia|agência|agency|agencja)\s+(?i:regionale?|"
                           r"nazionale|nationale?|nacional|estatal|statale|federale?|fédérale|"
                           r"provinciale?|municipale?|metropolitana|territoriale?|regional|"
                           r"national|state|federal|provincial|municipal)\b")
_OPENING = re.compile(rf"^(?:the |l['’]|la |le |el |a |o )?(?i:{_HEAD})\b(?=.)", re.I)
_ENGLISH_UNIT = re.compile(r"^(?:the )?(?:department|dept\.?|office|bureau) (?:of|for) "
                           r"(?:the )?(?P<f>.+)$", re.I)
# A public body written as one compound at the end: "... forvaltningsdepartementet",
# "Skattedirektoratet", "Alueellisen kehittämisen virasto", "Gesundheitsministerium".
_CLOSING = re.compile(r"(?i:departementet|departementet|direktoratet|ministeriet|styrelsen|"
                      r"verket|tilsynet|myndigheten|etaten|virasto|ministeriö|laitos|"
                      r"ministerium|bundesamt|landesamt|behörde|"
                      # twentieth pass: a Nordic municipality or county, a Finnish town
                      r"kommune|kommun|kommunen|fylkeskommune|landsting|kunta|kaupunki|"
                      # (after sealing fresh321-325: Svalbard's "Longyearbyen lokalstyre", a
                      # Faroese "Tórshavnar kommuna")
                      r"lokalstyre|lokalstyret|kommuna|"
                      # after sealing fresh311-315: a Finnish university or wellbeing region,
                      # written in sentence case ("Lapin yliopisto", "Lapin hyvinvointialue")
                      r"yliopisto|ammattikorkeakoulu|korkeakoulu|hyvinvointialue|sairaanhoitopiiri)$")
_STAFFING = re.compile(r"(?i:recruit\w*|staffing|talent|search|personnel|placement\w*|"
                       r"emploi|empleo|emprego|travail|trabajo|job\w*|career\w*)")
# A state-wide employer or portal that hires for its departments.
_UMBRELLA = re.compile(r"^(?:the )?(?:government|province|state|commonwealth|canton|republic)"
                       r" of \S|\b(?:public service|civil service|government)(?: careers| jobs)?$"
                       r"|^[\w&' .-]{2,30}\s(?:jobs|vacancies)(?:\s*[-/|]\s*.+)?$", re.I)


def public_body(name: str) -> bool:
    """"Ministry of Municipal Partnerships", "Direktoratet for regional forvaltning",
    "Distrikts- og forvaltningsdepartementet": a body of the state, named by its kind."""
    name = " ".join(name.split())
    if " / " in name:
        return False  # two names, "Agence canadienne ... / Canadian Open Data Agency": one each
    if re.match(rf"{_RUSSIAN_LEAD_ADJECTIVES}(?i:{_RUSSIAN_HEAD})\s", name) and _RUSSIAN_OF_STATE.search(name) \
            and len(name.split()) <= 17:
        return True  # "Министерство ... Республики Калмыкия": a Russian body, of its region
    if not 2 <= len(name.split()) <= 9 or people_unit(name) or looks_like_role(name) \
            or (AGENCY.search(name) or _STAFFING.search(name)) and not _STATE_AGENCY.match(name):
        return False  # "Agence Intérim Nord", "Agency Staffing Partners": a private agency
    unit = _ENGLISH_UNIT.match(name)
    if unit:
        field = unit.group("f")
        return len(field.split()) >= 2 and field[:1].isupper() and not discipline(field)
    return bool(_OPENING.match(name) or _CLOSING.search(name.split()[-1]))


def umbrella(name: str) -> bool:
    """"Ontario Public Service", "Province of Nova Scotia", "GC Jobs - Emplois GC": a state
    or its portal, which hires for the body the notice names."""
    return bool(_UMBRELLA.search(" ".join(name.split())))


def signed_body(text: str) -> str | None:
    """The public body a notice signs as, on a line of its own near the end ("Alueellisen
    kehittämisen virasto", "Department of X | Ministère de X": the first language's)."""
    lines = [line.strip().strip("*_>").strip() for line in text[-2000:].splitlines()]
    for line in reversed([line for line in lines if line][-12:]):
        if len(line) > 120:
            continue
        for part in re.split(r"\s+[|/–—-]\s+", line):
            name = company_or_none(part)
            if name and public_body(name) and could_be_company(name):
                return name
    return None


# After sealing fresh331-335: a Russian regional or federal body of the state, written out on
# a line of its own (a letterhead, a signature) or as the subject of the notice's first
# sentence ("Министерство природных ресурсов ... Республики Калмыкия сообщает, что ...").
# The sender's name and address abbreviate it ("Минприроды РК", minprirody.example.org).
_RUSSIAN_HEAD = (r"(?:Министерство|Государственный комитет|Госкомитет|Комитет|Администрация|"
                 r"Агентство|Управление|Департамент|Служба|Инспекция|Аппарат|Правительство)")
# ... and a sign that it is the state's, not a firm's desk ("Управление персоналом"): the
# region, the town, the federation or the government it belongs to
# (after sealing fresh341-345: or a federal service's territorial office, "Сибирское
# межрегиональное управление горного надзора")
_RUSSIAN_OF_STATE = re.compile(r"(?i:\b(?:республик[иаеу]|области|края|округа|федерации|"
                               r"города|района|правительства|межрегиональн\w+|территориальн\w+)\b)")
# ... whose region's adjectives may come first ("Сибирское межрегиональное управление ...")
_RUSSIAN_LEAD_ADJECTIVES = r"(?:[А-ЯЁ][а-яё]+(?:ое|ая|ый|ий|ой)\s(?:[а-яё]+(?:ое|ая|ый|ий|ой)\s)?(?=[а-яё]))?"
_RUSSIAN_LINE = re.compile(rf"^{_RUSSIAN_LEAD_ADJECTIVES}(?i:{_RUSSIAN_HEAD})(?:\s[А-ЯЁа-яё«»,-]+){{1,16}}$")
_RUSSIAN_TELLS = re.compile(rf"(?:^|\n|\.\s)(?P<n>{_RUSSIAN_HEAD}(?:\s[А-ЯЁа-яё«»,-]+){{1,16}}?)"
                            r"\s(?:сообщает|уведомляет|информирует|извещает)\b")
# Capitalised inside a body's name: the federation, a republic, its government
_RUSSIAN_STATE_WORDS = ("республика", "республики", "республике", "федерации", "федерация",
                        "правительства", "правительство")


def _russian_cased(name: str) -> str:
    """A letterhead's capitals as the name is written: its first word, the republic, the
    region's adjective before "Республики"/"области" and the place after them."""
    if not name.isupper():
        return name
    words = name.lower().split()
    cased = [word for word in words]
    for index, word in enumerate(words):
        if index == 0 or word.strip(",") in _RUSSIAN_STATE_WORDS:
            cased[index] = word.capitalize()
        if word in ("республики", "республика", "федерации", "области", "края", "округа"):
            before = words[index - 1] if index else ""
            if re.search(r"(?:ой|ая|ий|ый|ского|ской)$", before) and index - 1 > 0:
                cased[index - 1] = before.capitalize()
        if word in ("республики", "республика", "города") and index + 1 < len(words) \
                and len(words[index + 1]) > 2:
            cased[index + 1] = words[index + 1].capitalize()
    return " ".join(cased)


def russian_state_body(text: str) -> str | None:
    """The Russian state body a notice names in full, or None."""
    told = _RUSSIAN_TELLS.search(text[:1500])
    found = [told.group("n")] if told else []
    lines = [line.strip().strip("*_>").strip() for line in text[-2500:].splitlines()]
    lines = [line for line in lines if line]
    head = [line.strip().strip("*_>").strip() for line in text[:600].splitlines() if line.strip()][:4]
    found += [line for line in head + lines[-12:] if _RUSSIAN_LINE.match(_russian_cased(line))]
    for name in found:
        name = _russian_cased(" ".join(name.split())).rstrip(",")
        if _RUSSIAN_OF_STATE.search(name) and len(name) <= 160:
            return name
    return None
