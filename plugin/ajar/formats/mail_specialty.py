"""A title's specialty or unit, as the mail writes it after the title, stays in the role.

"Registered Nurse - Emergency", "Audit Manager - Insurance", "Infirmier en réanimation":
the corpus convention keeps a specialty, unit or team that the mail writes as part of the
title. A place, a requisition id, a grade, a gender marker, hours or contract terms after
the title still leave, and a tail is kept only on evidence that it names a field of work.
"""

from __future__ import annotations

import itertools
import re

from ajar.formats.mail_grade import without_grade
from ajar.formats.regex_needs import may_hold

# Fields of work a title is qualified by: clinical specialties, business lines, trades and
# industries (general knowledge, in the languages job mail is written in).
_FIELDS = frozenset("""
    emergency icu ccu nicu picu pacu er ed a&e med/surg medical surgical med-surg telemetry
    oncology cardiology cardiac neurology neuro paediatrics pediatrics paediatric pediatric
    maternity obstetrics midwifery theatres theatre perioperative critical care intensive
    dialysis renal orthopaedics orthopedics radiology imaging mental health psychiatry
    palliative hospice geriatrics rehabilitation rehab community primary outpatient inpatient
    anaesthetics anesthesia endoscopy urology dermatology haematology hematology respiratory
    stroke trauma neonatal wound infection prevention
    insurance lending payments banking credit risk compliance audit tax treasury wealth
    retail wholesale commercial corporate consumer enterprise mid-market smb public sector
    healthcare pharma biotech fintech insurtech energy wind solar water distribution utilities
    rail aviation automotive marine offshore mining construction formwork civils civil
    structural electrical mechanical hvac plumbing infrastructure platform data analytics
    machine learning ml ai security cloud devops mobile ios android frontend backend
    full-stack fullstack web payroll procurement logistics supply chain operations finance
    accounting marketing sales growth brand content product design research engineering
    quality regulatory clinical legal litigation employment property real estate hospitality
    events education schools early years collections conservation entomology archives
    réanimation urgences pédiatrie gériatrie chirurgie cardiologie oncologie psychiatrie
    soins palliatifs bloc opératoire néonatologie maternité dialyse radiologie
    intensivstation intensivpflege anästhesie chirurgie kardiologie onkologie pädiatrie
    geriatrie psychiatrie notaufnahme radiologie neurologie
    urgencias pediatría quirófano uci oncología cardiología ventas grupos convenciones
    recepção recepción vendas
    protection safeguarding nutrition wash sanitation hygiene shelter livelihoods food
    humanitarian advocacy policy gender monitoring evaluation m&e meal maternal child
    musculoskeletal msk neurological physiotherapy occupational speech outreach
    maintenance manutenção manutencao mantenimiento manutenzione maintenance wartung
    instandhaltung onderhoud vedlikehold underhåll vedligehold huolto konserwacja údržba
    avionics aviônicos aviónica avionique avionik airframe powerplant structures
    residential claims underwriting actuarial pricing reserving valuation software hardware
    firmware embedded networks telecoms broadcast digital e-commerce ecommerce
    suivi-évaluation suivi-evaluation informatique logistique comptabilité communication santé
    """.split())
_FIELD_WORD = re.compile(r"(?:\w{2,}(?:ology|ologie|ología|ologia)|\w{3,}(?:ics|ing|ique|ía|ie))$",
                         re.I)
FIELDS, FIELD_WORD = _FIELDS, _FIELD_WORD  # for the role's last look (mail_role_tidy)

# What must still leave: hours, contract terms, a place or the letter's noise.
_TERMS = re.compile(
    r"(?i:(?:(?:early|late|night|day|evening|weekend|weekday|rotating|split)\s)?shifts?|nights?|"
    r"days|evenings|weekends?|part[- ]?time|full[- ]?time|seasonal|temporary|temp|"
    r"fixed[- ]term|permanent|contract(?:[- ]to[- ]hire)?|locum|zero[- ]hours|remote|hybrid|"
    r"on-?site|vollzeit|teilzeit|befristet|unbefristet|temps (?:plein|partiel|complet)|cdi|cdd|"
    r"tiempo (?:completo|parcial)|jornada (?:completa|parcial)|media jornada|tempo (?:integral|"
    r"parcial|pieno|determinato|indeterminato)|meio per[ií]odo|voltijd|deeltijd|heltid|deltid|"
    r"vikariat|maternity cover|secondment|interim|internship|graduate|junior|senior|entry level)")
_NOISE = re.compile(r"(?i:\b(?:application|update|outcome|decision|results?|feedback|interview|"
                    r"stage|round|status|next steps?|regarding|your|our|the|position|role|job|"
                    r"vacancy|opening|post|req|requisition|ref|posting|offer|candidate|"
                    r"candidature|bewerbung|candidatura|absage|réponse|retorno)\b)")
# (a contact, call, data or service centre is a kind of operation, not a site: thirty-second pass)
_PLACE_WORDS = re.compile(r"(?i:\b(?:north|south|east|west|central|"
                          r"(?<!contact )(?<!call )(?<!data )(?<!service )(?:centre|center)|city|downtown|"
                          r"uptown|airport|region|regional|county|district|office|site|campus|"
                          r"branch|store|depot|hq|headquarters|area|metro|greater|upper|lower|"
                          r"sucursal|filiale|standort|agence|tienda|loja|unidade|sede|program|"
                          r"programme)\b)")
_GENDER = re.compile(r"(?i:\b[mwfdxh]\s?/\s?[mwfdxh]\b|all genders)")

# The tail after a title: a dash, a comma, or a field in French, Portuguese or Spanish
# ("Infirmier en réanimation"), up to a bracket, a line end or the sentence going on.
_TAIL = re.compile(r"(?P<sep>\s[-–—]\s|,\s|\s(?:en|em)\s(?=\w))"
                   r"(?P<x>[^\W\d_][\w&'’/.-]*(?:\s(?:&\s|and\s|y\s|e\s|et\s|und\s|de\s|des\s|du\s|"
                   r"of\s)?[^\W\d_][\w&'’/.-]*){0,3})")
_STOP_AFTER = re.compile(r"\s(?i:position|role|job|post|opening|vacancy|team|at|with|in|on|for|"
                         r"based|here|and|has|was|is|which|who|that|where|we|à|au|chez|bei|dans|"
                         r"pour|et|avec|que|qui|no|na|em|en|para|con|com|da|do)\b")


_JOINERS = frozenset({"&", "and", "of", "y", "e", "et", "und", "de", "des", "du"})
# A capitalised run going on after "and" to an organisation's word: the tail is the employer.
_ORGANISATION_RUN = re.compile(
    r"\s(?:and|&|et|und|y|e)\s(?:[A-ZÀ-Þ][\w'’-]*\s){0,3}(?:[A-ZÀ-Þ][\w'’-]*\s)?"
    r"(?:Canada|Department|Ministry|Agency|Development|Services|Council|Government|Authority|"
    r"Office|Bureau|Commission|Institute|Foundation|Trust|Board|Directorate|Administration)\b")


def with_specialty(role: str, sources: list[str], text: str, company: str | None) -> str:
    """"Registered Nurse" read, "Registered Nurse - Emergency" written: the title with the
    field of work the mail writes after it."""
    if not role or re.search(r"\s[-–—]\s|,\s|\(", role):
        return role  # the title already carries a tail
    sources = [source for source in sources if may_hold(source, role, ignore_case=True)]
    if not sources:
        return role
    pattern = re.compile(re.escape(role), re.I)
    for source in sources:
        for found in itertools.islice(pattern.finditer(source), 8):  # bounded on huge input
            if found.end() < len(source) and source[found.end()].isalnum():
                continue  # "Nurse" inside "Nursery"
            tail = _TAIL.match(source, found.end())
            if not tail:
                continue
            sep, field = tail.group("sep"), tail.group("x")
            cut = _STOP_AFTER.search(field)
            if cut and _ORGANISATION_RUN.match(source, found.end() + len(sep) + cut.start()):
                continue  # "Policy Analyst, Rural and Northern Development Canada": the employer
            field = field[:cut.start()] if cut else field
            lowercase = sep.strip() in ("en", "em")
            if not lowercase:  # twentieth pass: "- Pôle Industrie. Malheureusement, ...":
                # a full stop ends a capitalised tail ("en nuestra agencia." is no field)
                field = re.split(r"(?<=[^\W\d_]{2})[.!?](?=\s)", field)[0]
            field = field.rstrip(".,;:'’-")
            if lowercase and (not field.islower() or not role[:1].isupper()):
                continue  # "en Madrid": a place; a field in these languages is in lower case
            if lowercase and field.split()[:1] and field.split()[0] in _NO_FIELD_OPENING:
                continue  # sixtieth pass: Frisian "... & Monitoring en foar dyn dielname": "and"
            if not lowercase and not all(w[:1].isupper() or w in _JOINERS for w in field.split()):
                continue  # "- thank you", ", we regret": the sentence goes on
            if field and is_field(field, role, text, company):
                joined = f" {sep.strip()} " if lowercase else (", " if sep.startswith(",")
                                                               else " - ")
                return f"{role}{joined}{field}"
    return role


# A lower-case run after "en" that opens with an article, a pronoun or a preposition is the
# sentence going on ("en la ciudad", Dutch and Frisian "en voor je", "en foar dyn").
_NO_FIELD_OPENING = frozenset({"la", "el", "los", "las", "le", "les", "su", "sus", "nuestra",
                               "nuestro", "foar", "voor", "fan", "van", "dyn", "je", "jouw", "uw",
                               "it", "het", "de", "een", "op", "oan", "met", "mei", "te", "wy",
                               "we", "wij", "ik", "dat", "dit", "dizze", "deze"})


def is_noise(tail: str) -> bool:
    """The subject's or the letter's words about the process ("Application Update") or a
    site ("Sucursal Polanco", "North Region"): no field."""
    return bool(_NOISE.search(tail) or _PLACE_WORDS.search(tail))


def is_terms(tail: str) -> bool:
    """Hours or contract terms ("Night Shift", "Part-time"), never a specialty."""
    return bool(_TERMS.fullmatch(tail) or any(_TERMS.fullmatch(w) for w in tail.split()))


def is_field(field: str, role: str, text: str, company: str | None) -> bool:
    """A field of work, a unit or a team, not a place, an employer, an id, a grade, hours,
    contract terms or the subject's noise; kept only on evidence."""
    words = field.split()
    if not words or len(words) > 4 or re.search(r"\d", field) or _TERMS.fullmatch(field) \
            or any(_TERMS.fullmatch(w) for w in words) or _NOISE.search(field) \
            or _PLACE_WORDS.search(field) or _GENDER.search(field):
        return False
    if without_grade(f"{role}, {field}") == role:
        return False  # "Policy Adviser, HEO": a grade
    known = field.casefold() in _FIELDS or all(w.casefold() in _FIELDS | _JOINERS for w in words)
    if company and not known and (field.casefold() in company.casefold()
                                  or company.casefold() in field.casefold()):
        return False  # "Head of Operations, Acme": the employer
    folded = field.casefold()
    if not field.islower() and re.search(
            rf"\b(?i:in|at|near|from|based in|à|em|en|bei|in der|in den|no|na|nos|nas|nel|nella|"
            rf"presso|dans|au|aux|w|we|i)\s+{re.escape(field)}\b"
            rf"|{re.escape(field)},\s[A-Z]{{2}}\b", text) and folded not in _FIELDS:
        return False  # "in Leeds", "Austin, TX": a place
    content = [w.strip("&'’.-").casefold() for w in words if len(w) > 2]
    if folded in _FIELDS or any(w in _FIELDS for w in content) \
            or any(_FIELD_WORD.fullmatch(w) for w in content):
        return True
    # a field's word the text also writes in lower case ("civil formwork roles"): a place
    # name is never written in lower case
    if company and set(content) & {w.casefold() for w in company.split() if len(w) > 3}:
        return False  # "Solmar Fortaleza" at "Rede Solmar Hotéis": the employer's own site
    lower = re.findall(r"(?<![\w.@/-])[a-zà-ÿ][\w-]+(?![\w.@/-]*[@/])", text)
    return any(w in lower for w in content if len(w) >= 4) \
        or len(words) > 1 and re.search(rf"\b{re.escape(folded)}\b", text) is not None


# Hours and contract terms in the languages job mail is written in, after a dash or in
# brackets: "Senior Sales Manager – Vollzeit", "Ergothérapeute (poste permanent temps complet)".
_CONTRACT = (r"(?:vollzeit|teilzeit|befristet|unbefristet|(?:poste )?(?:permanent )?temps (?:plein|"
             r"partiel|complet)|(?:en )?cdi|(?:en )?cdd|tiempo (?:completo|parcial)|jornada "
             r"(?:completa|parcial)|media jornada|tempo (?:integral|parcial|pieno|determinato|"
             r"indeterminato)|meio per[ií]odo|voltijd|deeltijd|heltid|deltid|full[- ]time|"
             r"part[- ]time|\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s?%)")
_CONTRACT_TAIL = re.compile(rf"(?:\s[-–—|]\s|,\s|\s(?:a |à |em |en |in )?|\s)(?:\((?i:{_CONTRACT}(?:[ ,/]+{_CONTRACT})*)\)"
                            rf"|(?i:{_CONTRACT}(?:[ ,/]+{_CONTRACT})*))$")
# A reference number in other languages: "Kennziffer 114/2027", "réf. 2027-114", "rif. 88".
_REFERENCE = re.compile(r"(?:,\s*|\s+[-–]\s+|\s+)\(?(?i:kennziffer|kennz\.|referenznummer|ref\.-nr\.|"
                        r"stellen-id|réf\.?|référence|referencia|ref\.?|rif\.?|riferimento|"
                        r"c[óo]digo|cod\.|nr\.?|numer|vacature ?nr\.?|"
                        # (after sealing fresh271-275: an Indian advert's "Advt. No. DRL/REC/2025/03")
                        r"advt\.?(?: no\.?)?|advertisement no\.?)\s*:?\s*[\w/-]*\d[\w/-]*\)?$")
# A pay level in brackets ("Research Fellow (Level B)") and an intake year after a bracket.
_LEVEL = re.compile(r"\s\((?i:level|niveau|nivel|stufe) [A-E]?\d?[A-E]?\)$")
_YEAR_AFTER = re.compile(r"(?<=\))\s(?:19|20)\d\d(?:/\d\d)?$"
                         # (after sealing fresh266-270: "..., Killavaat 2026 season", a season
                         # of the post, not its title)
                         r"|,\s(?:[A-ZÀ-Þ][\w'’-]+\s){0,2}(?:19|20)\d\d(?:[/-]\d\d)?\s(?i:season|saison|"
                         r"sæson|sesong|temporada|stagione)$")


def without_terms_abroad(role: str) -> str:
    """The title alone: hours, contract terms, a reference, a pay level or an intake year
    after it leave, in any of the languages job mail is written in."""
    for _ in range(3):
        before = role
        for pattern in (_CONTRACT_TAIL, _REFERENCE, _LEVEL, _YEAR_AFTER):
            stripped = pattern.sub("", role).rstrip(" ,-–")
            if re.search(r"[^\W\d_]{2}", stripped):
                role = stripped
        if role == before:
            break
    return role
