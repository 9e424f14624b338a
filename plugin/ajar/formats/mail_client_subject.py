"""Twenty-ninth pass (company): the client an agency's subject names.

A recruiter files each mail under the client: "Calderbrook - Interim FC", "Sable Palm - Chef
de Cuisine (Italian)", "Team Leader - US Voice | Pinnacle Connect", "Ihre Kandidatur bei
Veltrona Biotech AG - Scientist", "東邦精機様 SCMプランナー 書類選考結果のご連絡". The letter then
says "they" or "the client" and never "our client, X", so the agency that signs and sends won
the vote. When the sender's side is an agency or a job board and a part of the subject is a
name the letter also writes (or a Japanese subject marks with 様, or a subject places the job
"at" or "bei" it), that name is the employer; the letter's fuller spelling of it ("Calderbrook
Foods") is kept. A part right after a title is the title's specialty or place ("Senior
Physiotherapist - Neuro Rehab", "Completions Supervisor – Caspian"), never the client; a part
is no town of the wider list ("Maputo") and no title the letter writes as one ("the Resident
Conservator role", "appoint a Paper Conservator").
"""

from __future__ import annotations

import re

from ajar.formats.company_words import AGENCY
from ajar.formats.mail_fields import acronym_of_a_title, company_or_none, looks_like_role
from ajar.formats import company_model
from ajar.formats.world_places import is_locality, is_place
from ajar.formats.mail_sender import ATS_NAMES

# The sender's side relays: an agency, a search firm, a job board or career site.
_RELAYS = re.compile(
    r"\b(?:talent\w*|recruit\w*|recrut\w*|rekrut\w*|search|staffing|resourcing|headhunt\w*|"
    r"personnel|placements?|interim|manpower|crew(?:ing)?|careers?|jobs?|emploi|empleos?|"
    r"empregos?|lavoro|stellen\w*|selection|agency|hr|nearshore|staff augmentation)\b"
    r"|(?<=\w )remote$"
    r"|personalberat\w*|personaldienst\w*|personalvermittl\w*"
    r"|(?-i:(?<=[a-z])(?:Staff|Talent\w*|Recruit\w*|Hire|Search|Jobs|Career)\b)"
    r"|(?-i:\b[A-Z]{1,3}Talent\b)"  # (after sealing fresh161-165: "ITalent Slovakia")
    r"|キャリア|人材|人才|猎头|獵頭|헤드헌|커리어", re.I)
_PARTS = re.compile(r"\s[-–—|]\s|\s\|\s|:\s|[【】\[\]｜]|\s{2,}")
_AT = re.compile(r"\b(?:at|bei|chez|en|na|presso|för|hos|bij)\s+(?P<c>[^\s].*)$")
_BRACKET = re.compile(r"\s*\([^()]*\)$")  # "(Doha)", "(Italian)"
# (forty-third pass: after the agency's own bracket, "【リンクキャリア】ミナトコマース様 …")
_HONORIFIC = re.compile(r"^(?:(?i:re|fwd?|fw|aw|sv|vs):\s*)*(?:【[^】\s]{1,20}】|\[[^\]\s]{1,20}\])?\s*"
                        r"(?P<c>[^\s【】\[\]]{2,30}?)様(?:\s|$)")
# A floor for how much a subject's part must read as a firm's name to the company model: a
# name such as "Pinnacle Connect" reads at 0.45, a heading at 0.1-0.2. (Titles and towns are
# told apart above: the model alone put "Resident Conservator" at 0.41.)
NAME_LIKE = 0.3
# Subject words that are the matter, not a name: "feedback", "update", "status".
_MATTER = re.compile(r"\b(?:feedback|update|status|news|result|results|outcome|your|ihre|votre|"
                     r"tu|su|sua|application|candidat\w*|kandidatur|bewerbung|profile?|next "
                     r"steps?|follow[- ]?up|re|fwd?|mission|role|position|job|vacancy|retorno|"
                     r"devolutiva|novedades|novidades|resultado|respuesta|resposta|"
                     # (seventy-sixth pass, lost to the retrained name model: a French "Suivi -
                     # Biologiste ..." and its neighbours, a follow-up)
                     r"suivi|seguimiento|seguimento|aggiornamento|actualizaci[óo]n|atualiza[çc][ãa]o)\b", re.I)
_CAPITALISED = r"(?:[A-ZÀ-ÖØ-Þ][\w'’&-]*|&|of|de|du|des|la|le|di|da|do|del|y|and|und|et)"


# thirty-ninth pass: the name inside a matter phrase ("Update on the Brightwell Health
# offer", "Update from Ledgerly", "Harrowgate Lettings feedback"): a run of capitalised words
_MATTER_AFTER = re.compile(r"offer|interview|decision|call|process|opportunity|team", re.I)
# forty-fourth pass: "Quick update - CDAC analytics engineer": the matter's own words
_MATTER_ADJECTIVES = frozenset(("quick", "short", "brief", "small", "little", "final", "latest",
                                "important", "urgent", "good", "bad", "big", "some", "just",
                                "an", "a", "one", "another", "further", "new"))
_NAME_RUN = re.compile(rf"(?<![\w'’])[A-ZÀ-ÖØ-Þ][\w'’&-]*(?: {_CAPITALISED}(?![\w'’]))*")


def _written_as_title(name: str, text: str) -> bool:
    # (after sealing fresh331-335: or after the post's noun, "la journée de sélection du poste de
    # Guide naturaliste sous-marin", "the position of", "na stanowisko", "als")
    return bool(re.search(rf"\b(?:a|an)\s+{re.escape(name)}(?!\w)|(?<!\w){re.escape(name)}\s+"
                          r"(?:role|post|position|job|vacancy|opening)\b|\b(?:position|post|role|"
                          r"poste|puesto|posto|plaza|vaga|cargo|stanowisko|pozice|pozici|stelle|"
                          # (after sealing fresh351-355: "la posizione di Operatore back office")
                          r"posizione|posición|posição|ruolo|figura|"
                          rf"должность)\s+(?:of\s+|de\s+|d['’]|du\s+|als\s+|di\s+|del\s+|da\s+|do\s+)?"
                          rf"{re.escape(name)}(?!\w)",
                          text, re.I))


def _names_beside_matter(part: str, text: str) -> list[str]:
    """The capitalised runs of a subject's matter phrase that the letter also writes,
    with the matter words ("Update", "Feedback") and a title left out."""
    names = []
    for match in _NAME_RUN.finditer(part):
        after = part[match.end():].split()
        if after and after[0][0].islower() and not _MATTER.fullmatch(after[0]) \
                and not _MATTER_AFTER.fullmatch(after[0]):
            continue  # "Flutter dev role": a title in lower case
        words = match.group().split()
        while words and (_MATTER.fullmatch(words[0]) or words[0].islower()
                         or words[0].casefold() in _MATTER_ADJECTIVES):
            words.pop(0)
        while words and (_MATTER.fullmatch(words[-1]) or words[-1][0].islower()
                         or words[-1] == "&"):
            words.pop()
        name = " ".join(words)
        if not name or len(words) > 4 or looks_like_role(name) or is_locality(name) \
                or re.search(r"\d", name) or name.isupper() \
                or _written_as_title(name, text):  # "AAA", "HRBP": a grade or a title's letters
            continue
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            names.append(_fuller(name, text))
    return names


def relays(company: str | None) -> bool:
    """The sender's side is an agency or a job board ("Ledgerline Interim", "Kaamsetu Jobs")."""
    return bool(company) and bool(_RELAYS.search(company or "") or AGENCY.search(company or ""))


def _fuller(name: str, text: str) -> str:
    """The letter's longest spelling that starts with ``name``: "Calderbrook" -> "Calderbrook
    Foods" (at most three more capitalised words; a place after it stays out)."""
    best = name
    for match in re.finditer(re.escape(name) + rf"((?: {_CAPITALISED}){{1,3}})(?=[\s,.;:!?)]|$)",
                             text):
        words = match.group(1).split()
        if words and words[-1][-2:] in ("'s", "’s"):
            words[-1] = words[-1][:-2]  # forty-fifth pass: "Kestrel Health's team"
        while words and (words[-1][0].islower() or words[-1] in ("&", "I")  # "at Ledgerly and I"
                         or is_place(words[-1]) or re.search(r"\d", words[-1])
                         or words[-1].isupper() and len(words[-1]) <= 4):  # "Arbor & Vine GCC L2"
            words.pop()
        longer = " ".join([name, *words])
        if len(longer) > len(best):
            best = longer
    return best


# The newest message speaks of a client: "their side", "the client", "a partnerünk HR-ese"
CLIENT_SPOKEN = re.compile(r"(?i:\b(?:the|our|my) client\b|\bclient['’]s\b|\btheir side\b|"
                     r"\b(?:unser(?:em|en|er)?|mein(?:em|en)?) (?:Kunden?|Auftraggeber)\b|"
                     r"\bpartner(?:ünk|unk|ünknél|unknál)\b|\bügyfel(?:ünk|em)\b|"
                     r"\b(?:nuestro|nosso|il nostro|notre|onze) (?:cliente|client|klant)\b|"
                     # forty-first pass: Russian, Georgian, Spanish and Dutch ("команда клиента",
                     # "ჩვენი კლიენტი", "el cliente", "de klant")
                     r"(?<!\w)клиент(?:а|у|ом|е|ы|ов)?(?!\w)|კლიენტ|\bel cliente\b|\bde klant\b|"
                     # forty-second pass: Portuguese, Norwegian, Swedish, Danish, Swiss German
                     # ("do cliente", "hos kunden", "unserer Mandantin") and an English word in
                     # Cantonese ("同 client 傾完電話")
                     r"\b(?:o|do|ao|pelo|junto do|del|al) cliente\b|\b(?:hos |til |fra |for )?kunden(?: vår| vores| "
                     r"vår)?\b|\bmandant(?:in|en)?\b)"
                     r"|[\u3400-\u9fff] ?client\b"
                     r"|客户|客戶|クライアント|고객사")


# Forty-first pass: a client the subject files the relay under before the title ("Altyn Orda
# Logistics / Python-разработчик (FastAPI) — обратная связь") and the letter never repeats,
# calling it "the client": taken when the letter speaks of a client.
_CLIENT_BEFORE_TITLE = re.compile(r"^(?:(?i:re|fwd?|aw|sv|vs):\s*)*(?P<c>[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?: [A-ZÀ-ÖØ-Þ&]"
                                  r"[\w'’&.-]*){0,3})(?:\s(?:/|[-–—|])\s|\s?｜\s?)")


# Forty-fifth pass: ... and after the process the subject names ("Proceso Kotlin – Veloria
# Bank", "Process update | Kestrel Health"), never repeated: taken when the letter speaks of a
# client.
_CLIENT_AFTER_PROCESS = re.compile(r"^(?:(?i:re|fwd?|aw|sv|vs):\s*)*(?i:proceso|process|processo|"
                                   r"processus|prozess|update|feedback|novedades)\b[^|–—]{0,40}?"
                                   r"\s[-–—|]\s(?P<c>[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?: [A-ZÀ-ÖØ-Þ&]"
                                   r"[\w'’&.-]*){0,3})\s*$")


# A word that says the client is not named ("Director de Operaciones – Confidencial").
_UNNAMED = re.compile(r"(?:cliente? |client )?(?:confiden\w*|vertraulich\w*|riservat\w*|sigilos\w*|"
                      r"anonym\w*|anónim\w*|undisclosed)")


def _short_for_words_of(name: str, text: str) -> bool:
    """After sealing fresh351-355: "Enviro Super" in a recruiter's subject, short for the
    "Environmental Superintendent" role the letter names, is no client."""
    words = name.split()
    if len(words) < 2 or re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        return False
    longer = r"\w+\s+".join(re.escape(w) for w in words) + r"\w+"
    return bool(re.search(rf"(?<!\w){longer}", text, re.I))


def client_in_subject(subject: str, text: str, company: str | None,
                      reader: list[str]) -> str | None:
    """The client an agency's or board's subject names, or None. Where no company was read
    at all, a name the subject and the letter both write is taken as well."""
    if not subject:
        return None
    spoken = bool(CLIENT_SPOKEN.search(text[:3000]))
    lead = _CLIENT_BEFORE_TITLE.match(subject.strip())
    if company and not relays(company):
        if company.casefold() in subject.casefold():
            return None  # "Retorno - Engenheiro de Analytics (cliente Seguradora Ipê)"
        # forty-first pass: an agency the vote did not know as one ("Steppe"), whose letter
        # speaks of "the client": only the name the subject files it under, before the title
        if not (spoken and lead) or _MATTER.search(lead.group("c")):
            return None  # (forty-second pass: "Retorno - vaga DevOps Sr" is the matter)
        subject = lead.group(0)
    company = company or ""
    honorific = _HONORIFIC.search(subject.strip())
    if honorific and not any(n and n in honorific.group("c") for n in reader) \
            and not relays(honorific.group("c")):
        return honorific.group("c")  # "東邦精機様": the client, as a Japanese agency writes
    found: list[str] = []
    after_title = False
    for part in (_BRACKET.sub("", p).strip() for p in _PARTS.split(subject)):
        if not part:
            continue
        specialty, after_title = after_title, looks_like_role(part)
        at = _AT.search(part)
        if not specialty and at and company_or_none(at.group("c")) \
                and not looks_like_role(at.group("c")):
            found.append(at.group("c"))
            continue
        if _MATTER.search(part) and not after_title:
            found += _names_beside_matter(part, text)
            continue
        if specialty:
            continue  # "Senior Physiotherapist - Neuro Rehab": the title's specialty or place
        words = part.split()
        if not 1 <= len(words) <= 5 or looks_like_role(part) \
                or is_locality(part) or not part[0].isupper() or re.search(r"\d", part) \
                or part.isupper() and len(words) >= 3:  # "MATOKEO YA USAILI": the matter
            continue
        if _written_as_title(part, text):
            continue  # "appoint a Paper Conservator", "the Paper Conservator role": a title
        # (fortieth pass: or with a Slavic case ending, "od Nordwella", "u Nordwellu")
        if re.search(rf"(?<!\w){re.escape(part)}(?:a|u|om|em|e)?(?!\w)", text):
            found.append(_fuller(part, text))
    trail = _CLIENT_AFTER_PROCESS.match(subject.strip())
    if not found and trail and spoken and not looks_like_role(trail.group("c")) \
            and not is_locality(trail.group("c")):
        found.append(trail.group("c"))  # "Proceso Kotlin – Veloria Bank", never repeated
    if not found and lead and spoken and not _MATTER.search(lead.group("c")) \
            and not looks_like_role(lead.group("c")) and not is_locality(lead.group("c")):
        found.append(lead.group("c"))  # "Altyn Orda Logistics / Python-разработчик", never repeated
    for name in found:
        name = (company_or_none(name) or "").strip()
        low = name.casefold()
        if not name or _UNNAMED.fullmatch(low) \
                or company and (low in company.casefold() or company.casefold() in low) \
                or relays(name) or any(n and n.casefold() in low for n in reader) \
                or low.removesuffix(" app") in ATS_NAMES \
                or _short_for_words_of(name, text) \
                or acronym_of_a_title(name, text) \
                or company_model.shipped().name_probability(name) < NAME_LIKE:
            continue  # (after opening fresh96-100: "Resident Conservator", "Maputo" read as names;
            # thirty-fourth pass: a board's own name, "【BOSS直聘】", "BOSS直聘 App"; after sealing
            # fresh361-365: "AFOM - Baa Atoll role", a title's initials)
        return name
    return None
