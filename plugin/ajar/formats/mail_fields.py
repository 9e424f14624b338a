"""Company, role, stage and reason read from an email's subject and text.

Pure text functions: the email's headers and body are read in ``mail``; this
module only knows how rejection emails word things ("... for ROLE at COMPANY",
Lever's "Company - Role" subjects, agency "my client, Company").
"""

from __future__ import annotations

import re

# Words that make a phrase a job title ("Senior Software Engineer, Data").
ROLE_WORDS = re.compile(
    r"\b(?:engineer|engineering|developer|manager|analyst|designer|scientist|lead|director|"
    r"architect|specialist|coordinator|consultant|intern|internship|administrator|officer|"
    r"associate|assistant|head|vp|researcher|writer|editor|technician|representative|"
    r"executive|sre|devops|accountant|recruiter|strategist|owner|programmer|tester|qa|"
    r"counsel|advocate|operator|controller|planner|producer|marketer|principal|staff|"
    r"fellow|trainee|apprentice|nurse|teacher|lecturer|professor|buyer|advisor|adviser|"
    r"partner|chef|clerk|agent|generalist|steward|postdoc|supervisor|worker|driver|foreman|"
    r"attendant|cashier|paralegal|lawyer|attorney|pharmacist|therapist|developpeur|"
    r"trader|dealer|broker|banker|underwriter|auditor|actuary|bookkeeper|receptionist|"
    r"\w*(?:ologist|chemist|physicist|journalist|economist|artist|linguist|archivist|"
    r"hygienist|stylist|machinist|columnist|nutritionist|dentist)|"
    r"développeur|entwickler|ingenieur|analista|desarrollador|member of technical staff)s?\b",
    re.IGNORECASE)

_WORD = r"(?:[A-Z0-9][\w&'’+-]*(?:\.[a-z]{2,}\b)?)"
_COMPANY = rf"(?P<c>{_WORD}(?:[ ](?:&[ ]|and[ ]|of[ ]|de[ ])?{_WORD}){{0,5}})"
_COMPANY_PATTERNS = [re.compile(p) for p in (
    rf"(?i:my client,? |our client,? |the client,? ){_COMPANY}",
    rf"(?i:thank(?:s| you) for (?:applying|your application|your interest|your time|"
    rf"considering|interviewing)(?: (?:to|at|with|in) (?:joining |working (?:at|with) )?"
    rf"| to ))(?:the )?{_COMPANY}",
    rf"(?i:your application (?:to|at|with) ){_COMPANY}",
    rf"(?i:update (?:on|about) your ){_COMPANY}(?i: application)",
    rf"(?i:your ){_COMPANY}(?i: application| candidacy)",
    rf"(?i:(?:application|candidacy|interview(?:s|ing|ed)?|interest|opportunit(?:y|ies)|"
    rf"position|role|process|time|journey|career) (?:at|with) ){_COMPANY}",
    rf"(?i:interest in (?:joining |working (?:at|with|for) )?){_COMPANY}",
    rf"(?i:\b(?:working|work|career) (?:for|at|with) ){_COMPANY}",
    rf"(?i:(?:from|at) the ){_COMPANY}(?i: (?:talent|recruiting|hiring|people|careers) team)",
    rf"(?i:on behalf of ){_COMPANY}",
    rf"(?i:heard back from |feedback from ){_COMPANY}",
    rf"(?:^|\n|\. ){_COMPANY}(?i: (?:has|have) (?:now |just )?(?:reviewed|decided|chosen|moved|"
    rf"filled|closed|let us know|come back|finished|completed|gone|gotten back))",
)]
NOT_COMPANIES = {"the", "our", "we", "us", "you", "your", "this", "that", "unfortunately",
                 "thank", "thanks", "hi", "hello", "dear", "application", "team",
                 "position", "role", "job", "update", "re", "fwd", "regards", "best", "i",
                 "it", "they", "he", "she", "hiring", "after", "however", "all", "a", "an",
                 "my client", "client", "company", "us all", "everyone", "candidate",
                 "next steps", "following up", "quick question", "recruiting", "recruitment",
                 "talent", "careers", "career", "hr", "jobs", "people", "hiring team",
                 "talent acquisition", "human resources", "people team", "people ops"}
_STOPS = {"Unfortunately", "We", "However", "After", "The", "For", "Our", "I", "It", "This",
          "Thank", "Thanks", "Hi", "Dear", "Please", "While", "As", "Although", "And",
          "Regarding", "Re", "In", "On", "At", "To", "Your", "You", "They", "Who", "Is",
          "Was", "Has", "Have", "Had", "Team", "Hiring", "Recruiting", "Talent"}

_ROLE = r"(?P<r>[A-Z0-9][^\n.;:!?()\"\[\]]{1,80}?)"
_ROLE_END = (r"(?= (?i:position|role|opening|job|vacancy|opportunity|req(?:uisition)?)\b"
             r"| (?i:at|with|in|here|on|and (?:the|your|for|we|our|I)|we|has|was|is)\b| [-–|] "
             r"|[.;:!?()\[\n\"]"
             r"|, (?=[a-z])|,? (?i:but|however|unfortunately)\b|$)")
_ROLE_PATTERNS = [re.compile(p) for p in (
    rf"(?i:for (?:the|our|a|an|this) (?:position|role|job|opening) of ){_ROLE}{_ROLE_END}",
    rf"(?i:\bfor (?:the|our|a|an|this) ){_ROLE} (?i:position|role|opening|job|vacancy|"
    rf"opportunity)\b",
    rf"(?i:(?:application|applying|applied|candidacy|interest|interviewing|interviewed|"
    rf"considered|consideration|submission) (?:for|to|as) (?:the |our |a |an )?"
    rf"(?:position of |role of |job of )?){_ROLE}{_ROLE_END}",
    r"(?i:\bthe )(?P<r>[A-Za-z0-9](?:(?!(?i:the) )[^\n.;:!?\"\[\]]){1,80}?) "
    r"(?i:position|role|opening|vacancy|job|opportunity|team|spot|seat|post)\b",
    rf"(?i:\b(?:position|role|job title|job|vacancy|requisition|opening)\s*[:-]\s*){_ROLE}"
    rf"{_ROLE_END}",
    rf"(?i:\bas (?:a |an |our )?){_ROLE}(?= (?i:at|with)\b)",
    rf"(?i:\b(?:au poste de|pour le poste de|post of|puesto de|als) ){_ROLE}{_ROLE_END}",
)]
NOT_ROLES = {"this", "that", "the", "your", "our", "open", "same", "other", "position",
             "role", "job", "opening", "a", "an", "any", "it", "future", "similar", "next",
             "further", "another", "these", "those", "all", "new", "team", "company",
             "interest", "interview", "application", "us", "you", "time", "consideration"}

_FOR_ROLE_AT_COMPANY = re.compile(
    rf"(?i:\b(?:for|as|to)(?: the| our| a| an)?(?: position of| role of)? )"
    rf"(?P<r>[A-Z0-9][^\n.;:!?\"]{{1,80}}?)(?i: (?:position |role |opening )?(?:at|with) )"
    rf"{_COMPANY}")

_ROLE_AT_COMPANY = re.compile(r"(?P<r>[A-Z0-9][^:|@]{1,80}?) (?:at|@) (?P<c>[A-Z0-9][^:|@]{1,60})")

_PREFIX = re.compile(r"^(?:(?:re|aw|fw|fwd|wg|tr|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_SUBJECT_NOISE = re.compile(
    r"^(?:(?:an? )?update (?:on|about|regarding) your application|your application(?: status)?"
    r"|application (?:status|update)|regarding your application|thank you for applying"
    r"|thank you|important information about your application|your candidacy"
    r"|following up|next steps)\s*(?:[-–:|]\s*|for |to |at |with )?",
    re.IGNORECASE)
_NOISE_PART = re.compile(
    r"(?:an? )?(?:update|news|feedback|next steps?|outcome|decision|status|your application|"
    r"application(?: status| update)?|your candidacy|candidacy)(?: update)?", re.IGNORECASE)
_SPLIT = re.compile(r"\s+[-–—|]\s+|\s*:\s+")

_STAGES = [
    ("final-round", re.compile(
        r"\bfinal[- ](?:round|stage|interview|panel|conversation)s?\b|\bonsite\b|\bon-site\b"
        r"|\bsuper ?day\b|\blast round\b", re.I)),
    ("interview", re.compile(
        r"\b(?:interviewing|interviewed|(?:your|the|our|recent|technical|second|panel|video)"
        r" interviews?|interviews? with|(?:meeting|speaking|talking) (?:with )?(?:us|the team|our)"
        r"|time to (?:meet|speak|talk) with|you met|met (?:\w+ )?(?:of us|the team)|(?:met|spoke|talked) (?:with )?(?:us|me|the team|our)|take-home|"
        r"technical (?:assessment|exercise|challenge|task)|case study"
        r"|(?:second|2nd|third|3rd) (?:round|stage)"
        r"|(?:enjoyed|pleasure|great|lovely|nice|good to) (?:meeting|to meet) you)\b", re.I)),
    ("screening", re.compile(
        r"\b(?:phone|recruiter|initial|intro(?:ductory)?|screening|first) "
        r"(?:screen(?:ing)?|call|chat|conversation|interview)\b|\bscreening\b"
        r"|\b(?:our|the) (?:call|chat|conversation)\b|\bcoding (?:test|challenge)\b"
        r"|\b(?:chat|chatting|call|spoke|speaking|talking|talk) (?:with|to) me\b"
        r"|\b(?:nice|great|good|quick|short|lovely) (?:call|chat)\b|\bcall we had\b"
        r"|\bgood to (?:speak|talk|chat)\b|\b(?:speak|spoke|talk|talked) on \w+day\b"
        r"|\bhome assignment\b|\b(?:on|over) the (?:phone|telephone)\b"
        r"|\bonline assessment\b", re.I)),
]
# "we will not be moving forward to interviews" says the process stopped before them.
_NOT_INTERVIEWED = re.compile(
    r"(?:\b(?:not|no longer)\b|n't\b)[^.\n]{0,60}\b(?:interview|invite|progress|next (?:stage|step))",
    re.I)
_APPLIED = re.compile(
    r"\b(?:your (?:application|resume|cv|profile|submission|interest|qualifications)|applying|"
    r"applied|application|candidacy|to apply)\b",
    re.I)

_REASONS = [re.compile(p, re.I) for p in (
    r"\b(?:position|role|job|vacancy|opening|requisition) (?:has|have|had) (?:now )?"
    r"been (?:filled|closed|cancelled|canceled|put on hold|withdrawn|paused)",
    r"\b(?:more closely|better) (?:match|matches|matched|align|aligns|aligned|fit|fits)",
    r"\b(?:more|deeper|stronger|additional|direct|hands-on) (?:experience|background|"
    r"expertise|exposure) (?:in|with)",
    r"\b(?:hiring freeze|budget|restructur\w+|reorganization|headcount)\b",
    r"\b(?:internal candidate|promoted internally|internal move)\b",
    r"\b(?:visa sponsorship|sponsor(?:ship)?|work authori[sz]ation|relocat\w+)\b",
    r"\b(?:looking for someone|decided to go with someone|went with someone|"
    r"someone whose|candidates? whose|candidates? (?:with|who))",
)]


def strip_markup(text: str) -> str:
    """Markdown emphasis and links out of the way: ``**Lead**`` reads as ``Lead``."""
    text = re.sub(r"!?\[([^\]\n]*)\]\([^)\n]*\)", r"\1", text).replace("’", "'")
    text = re.sub(r"\*\*|__|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])", "", text)
    return re.sub(r"[ \t\u00a0]+", " ", text)


def clean_subject(subject: str) -> str:
    return _PREFIX.sub("", subject or "").strip()


def looks_like_role(text: str) -> bool:
    return bool(ROLE_WORDS.search(text))


def company_or_none(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip(" .,;:!?-–\"'’*")
    lowered = name.lower()
    if (not name or lowered in NOT_COMPANIES or lowered.split()[0] in {"your", "our", "the"}
            or not (name[0].isupper() or name[0].isdigit())
            or re.search(r"\b(?:application|bewerbung|candidatur\w*|candidacy|update|status|"
                         r"next steps?|feedback|interview|vacancy|ref|reference|req)\b", lowered)
            or "@" in name or len(name) > 60 or not re.search(r"[A-Za-z]", name)
            or re.fullmatch(r"no[-_ ]?reply|do[-_ ]?not[-_ ]?reply", lowered)):
        return None
    return _LEGAL.sub("", name).strip(" ,") or name


_LEGAL = re.compile(r",?\s+(?:GmbH|Inc\.?|Ltd\.?|LLC|L\.L\.C\.|AG|plc|PLC|S\.A\.|SA|B\.V\.|BV|"
                    r"Corp\.?|Co\.|Limited|SE|AB|AS|Oy)$")


def _trim_company(name: str) -> str:
    words = name.split()
    for index, word in enumerate(words):
        if index and (word in _STOPS or word.lower() in {"and", "of", "de"}
                      and index == len(words) - 1):
            words = words[:index]
            break
    while words and words[-1].lower() in {"and", "of", "de", "&"}:
        words.pop()
    return " ".join(words)


_ROLE_NOISE = re.compile(
    r"^(?:(?:an? )?update (?:on|about|regarding)|(?:your )?application (?:for|to)|regarding)\s+"
    r"|\s+(?:vacancy|position|role|opening|job|application|requisition|posting|"
    r"(?:interview )?(?:outcome|update|status|feedback|result))$", re.I)


def role_or_none(role: str | None) -> str | None:
    if not role:
        return None
    role = " ".join(role.split()).strip(" -–'’,*\"")
    role = re.sub(r"\s*(?:\((?:[^)]*\d[^)]*)\)|#\s*\w*\d\w*|\b(?:R|REQ|JR)-?\d+)\s*$", "", role,
                  flags=re.I).strip(" -–,")
    for _ in range(2):  # "Branch Manager requisition update": two words of noise
        role = _ROLE_NOISE.sub("", role).strip(" -–,")
    role = re.sub(r"\s+(?:and|or|&)$", "", role)  # "... for Planner and has decided"
    if re.search(r"\s(?:about|with|to|the|you|we|me|our|your|this|that|is|was|were|are|has|"
                 r"have|it|whose|who|which|where)(?:\s|$)", role):
        return None  # a clause, not a job title
    first = role.split()[0] if role else ""
    if (not role or len(role) > 80 or role.lower() in NOT_ROLES
            or (first.lower() in NOT_ROLES and not first.isupper())):
        return None
    return role


def from_subject(subject: str) -> tuple[str | None, str | None]:
    """(company, role) from subjects like Lever's "Zephyr - Senior Engineer, Data"."""
    text = clean_subject(subject)
    match = _FOR_ROLE_AT_COMPANY.search(text)
    if match and looks_like_role(match.group("r")) and role_or_none(match.group("r")):
        return company_or_none(_trim_company(match.group("c"))), role_or_none(match.group("r"))
    match = _ROLE_AT_COMPANY.fullmatch(text)  # Workable's "Marketing Coordinator at Lark & Fenn"
    if match and looks_like_role(match.group("r")) and role_or_none(match.group("r")) \
            and not looks_like_role(match.group("c")):
        return company_or_none(match.group("c")), role_or_none(match.group("r"))
    rest = _SUBJECT_NOISE.sub("", text).strip()
    parts = [p.strip() for p in _SPLIT.split(rest, maxsplit=2) if p.strip()]
    if len(parts) == 2 and _NOISE_PART.fullmatch(parts[1]) and not looks_like_role(parts[0]):
        return company_or_none(parts[0]), None  # "Adventure Works - update"
    if len(parts) == 2:
        first, second = parts
        if looks_like_role(second) and not looks_like_role(first):
            return company_or_none(first), role_or_none(second)
        if looks_like_role(first) and not looks_like_role(second):
            return company_or_none(second), role_or_none(first)
    return None, None


def company_from_text(text: str) -> str | None:
    match = _FOR_ROLE_AT_COMPANY.search(text)
    if match and looks_like_role(match.group("r")) and role_or_none(match.group("r")):
        company = company_or_none(_trim_company(match.group("c")))
        if company:
            return company
    for pattern in _COMPANY_PATTERNS:
        for found in pattern.finditer(text):
            company = company_or_none(_trim_company(found.group("c")))
            if company and not looks_like_role(company):
                return company
    return None


def role_from_text(text: str, company: str | None = None) -> str | None:
    """The job title: a phrase that reads like one wins over any other candidate."""
    candidates: list[str] = []
    match = _FOR_ROLE_AT_COMPANY.search(text)
    if match and looks_like_role(match.group("r")):
        candidates.append(match.group("r"))
    for pattern in _ROLE_PATTERNS:
        candidates += [found.group("r") for found in pattern.finditer(text)]
    bounded = [found.group("r") for index in _BOUNDED for found in
               _ROLE_PATTERNS[index].finditer(text)]
    cleaned = [r for r in (role_or_none(c) for c in candidates) if r
               and (not company or r.casefold() != company.casefold())]
    for role in cleaned:
        if looks_like_role(role):
            return role.title() if role.islower() else role
    # "the Energy Trader position": a title-cased name right before "position" is one
    for role in (role_or_none(c) for c in bounded):
        if role and len(role.split()) <= 5 and all(w[0].isupper() or w in ("of", "and", "&")
                                                   for w in role.split()) \
                and (not company or role.casefold() != company.casefold()):
            return role
    return None


_BOUNDED = (0, 1, 3)  # patterns that end at "position", "role", "opening" ...


def stage_from_text(text: str) -> str | None:
    """How far the process went, from what the email says about it."""
    screening = _STAGES[2][1]
    for stage, pattern in _STAGES:
        searched = screening.sub(" ", text) if stage == "interview" else text
        for match in pattern.finditer(searched):
            before = searched[max(0, match.start() - 70):match.start()]
            if re.search(r"(?:\b(?:not|no longer|unable to)\b|n't\b)[^.\n:;,]{0,40}$", before,
                         re.I):
                continue
            if stage == "interview" and re.search(r"\b(?:schedule|invite you)\b[^.\n]*$",
                                                  before, re.I):
                continue
            return stage
    if re.search(r"(?:\bnot|n't)\b[^.\n]{0,50}\b(?:second|2nd|final|further) (?:interview|round)"
                 r"s?\b", text, re.I):
        return "interview"  # not to the second interview: there was a first
    if _NOT_INTERVIEWED.search(text) or _APPLIED.search(text):
        return "applied"
    return None


def reason_from_text(text: str) -> str | None:
    """The reason given, as the sentence that gives it (None for a bare no)."""
    for pattern in _REASONS:
        match = pattern.search(text)
        if match:
            start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()))
            ends = [i for i in (text.find(".", match.end()), text.find("\n", match.end()))
                    if i >= 0]
            sentence = " ".join(text[start + 1:min(ends) if ends else len(text)].split())
            sentence = sentence.strip(" ,;-")
            sentence = re.sub(r"^(?:(?:and|but|so|however|unfortunately|after careful"
                              r" consideration),?\s+)+", "", sentence, flags=re.I)
            if 12 <= len(sentence) <= 300:
                return sentence[0].upper() + sentence[1:] + ("" if sentence.endswith(("!", "?"))
                                                             else ".")
    return None


ORG_WORDS = frozenset({
    "Institute", "University", "College", "School", "Group", "Labs", "Lab", "Foundation",
    "Trust", "Bank", "Health", "Hospital", "Systems", "Technologies", "Software", "Studio",
    "Studios", "Partners", "Capital", "Foods", "Motors", "Energy", "Insurance", "Council",
    "Museum", "Library", "Society", "Agency", "Solutions", "Analytics", "Robotics", "Games",
    "Media", "Consulting", "Logistics", "Industries", "Holdings", "Ventures", "Clinic"})


def respell(name: str, text: str) -> str:
    """"Lumenhealth" (from a domain) as the text writes it: "Lumen Health"."""
    key = re.sub(r"[\W_]", "", name).casefold()
    if not key:
        return name
    for match in re.finditer(r"[A-Z0-9][\w&'’.-]*(?:[ -][A-Z0-9&][\w&'’.-]*){0,4}", text):
        words = match.group(0).split()
        for start in range(len(words)):
            joined = ""
            for end in range(start, len(words)):
                joined += re.sub(r"[\W_]", "", words[end]).casefold()
                if joined == key:  # "greyfriars.ac.uk" is the text's "Greyfriars Institute"
                    more = end + 1 < len(words) and words[end + 1].strip(".,") in ORG_WORDS
                    return " ".join(words[start:end + 1 + more]).strip(".,")
                if not key.startswith(joined):
                    break
    return name
