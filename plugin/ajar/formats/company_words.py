"""Words that tell an organisation from its parts, its teams and its agents, in the eleven
languages triage reads (English, German, French, Spanish, Portuguese, Italian, Dutch, Polish,
Swedish, Danish/Norwegian, Finnish).

A rejection is signed by a unit ("Dirección de Gestión Humana", "Mathematics and Computer
Science"), a team ("Zespół Lniany Dom") or an agency writing for a client ("onze opdrachtgever
X"); these lexicons let the company vote see which part of a name is the employer.
"""

from __future__ import annotations

import re

from ajar.formats.unit_words import DISCIPLINES, FOREIGN_UNIT_HEADS, HIRING_FUNCTION, UNIT_HEADS

_CONNECT = r"(?:de|del|de la|des|du|de l['’]|d['’]|da|do|dos|das|di|della|dei|degli|of|for|für|" \
           r"voor|van|för|f[öo]r|ds|der)"

# "Dirección de Gestión Humana", "Service RH", "Departamento de Recursos Humanos",
# "Abteilung Personal", "Dział Kadr": a unit that runs hiring, in any of the languages.
PEOPLE_UNIT = re.compile(rf"^(?:(?:la|el|le|il|the|die|de|het|a|o) )?{UNIT_HEADS}"
                         rf"(?: {_CONNECT})? {HIRING_FUNCTION}$|^{HIRING_FUNCTION}$", re.I)

# "Faculteit Industrieel Ontwerp", "Dirección de Tecnología", "Dział Logistyki": a unit in
# another language (English units are read by mail_company's own pattern).
FOREIGN_UNIT = re.compile(rf"^(?:{FOREIGN_UNIT_HEADS})\b", re.I)

# Team words that open a signature in other languages: "Zespół X", "Équipe X", "Time X".
TEAM_OPENING = re.compile(
    r"^(?:(?:el|la|a|o|l['’]|das|het|il) ?)?(?:zesp[óo][łl](?: rekrutacyjny| rekrutacji| hr)?|"
    r"[ée]quipe(?: (?:de )?(?:recrutement|rh|talents?))?|equipo(?: de (?:talento|selecci[óo]n|"
    r"reclutamiento|rrhh|personas))?|equipe(?: de (?:recrutamento|talentos|pessoas))?|"
    r"time(?= (?:de|da|do) )|squadra|(?<=das )team|(?<=het )team|(?<=il )team|teamet|tiimi|holdet)"
    r"(?: (?:de|del|de la|da|do|von|van|der|di|du|des|z|od|på|i|från|fra))?\s+(?-i:(?=[A-ZÀ-Þ0-9]))",
    re.I)

# An agency's own name: a temp agency, a staffing firm or a recruitment consultancy.
AGENCY = re.compile(
    r"(?i:uitzend\w*|detacher\w*|payroll\w*|personalservice\w*|personaldienst\w*|zeitarbeit\w*|"
    r"personalvermittlung\w*|arbeitnehmerüberlassung|int[ée]rim\w*|consultoria|consultor[íi]a|"
    r"bemanning\w*|henkilöstöpalvelu\w*|agencja|agenzia|head ?hunt\w*|empleo temporal|"
    r"trabajo temporal|trabalho tempor[áa]rio|travail temporaire|lavoro interinale)")

# The client an agency writes about, in other languages: "onze opdrachtgever X", "unseren
# Kunden, die X", "do nosso cliente, a X", "nuestro cliente X", "notre client, X".
CLIENT_LEAD = re.compile(
    r"(?i:\b(?:onze|de|bij onze|aan onze) (?:opdrachtgever|klant)|"
    r"\b(?:unsere[mnrs]?|unser|dem|den|der|beim|bei unserem) (?:kunden?|auftraggeber)|"
    r"\b(?:d?[oa]s? |ao |à |pel[oa] )?(?:nosso|nossa) cliente|"
    r"\b(?:nuestro|nuestra|a nuestro|de nuestro|del|al) cliente|"
    r"\b(?:notre|à notre|de notre|le|du|au) client(?:e)?|"
    r"\b(?:il nostro|al nostro|del nostro|la nostra) cliente|"
    r"\b(?:nasz\w*|dla naszego) klient\w*|"
    r"\b(?:vår|vores|vår) (?:kund|kunde|klient|uppdragsgivare|oppdragsgiver)|"
    r"\basiakkaamme)"
    r",? (?:(?:die|der|das|den|a|o|la|el|l['’]|le|de|het) )?"
    r"(?P<c>[A-ZÀ-Þ0-9][\w&'’.-]*(?:\s(?:(?:de|do|da|di|del|van|von|der|&|e|y|et|und) )?"
    r"[A-ZÀ-Þ0-9&][\w&'’.-]*){0,4})")

# A job board naming the employer in another language: "la empresa X revisó", "a empresa
# X", "l'entreprise X", "das Unternehmen X", "het bedrijf X", "l'azienda X", "firma X".
EMPLOYER_NOUN = re.compile(
    r"(?i:\b(?:la|a|l['’]|das|die|het|de|el|o|w|firmy?) "
    r"(?:empresa|entreprise|soci[ée]t[ée]|unternehmen|firma|azienda|societ[àa]|bedrijf|"
    r"organisatie|organiza[çc][ãa]o|organizaci[óo]n|organisation|werkgever|arbeitgeber|"
    r"employeur|empleador|empregador|pracodawca|instituci[óo]n|institui[çc][ãa]o)) "
    r"(?P<c>[A-ZÀ-Þ0-9][\w&'’.-]*(?:\s(?:(?:de|do|da|di|del|van|von|der|&|e|y|et|und) )?"
    r"[A-ZÀ-Þ0-9&][\w&'’.-]*){0,4})")

# "fazer parte do time da X", "unirte al equipo de X", "rejoindre l'équipe de X", "im Team
# von X", "del team di X", "do zespołu X": the team of the employer.
TEAM_OF = re.compile(
    r"(?i:\b(?:time|equipe|equipo|[ée]quipe|team|squadra|zespo[łl]u|teamet|tiimiin|teamet hos)"
    r" (?:da|do|de la|de|del|di|della|von|van|der|of|at|hos|på|w) )"
    r"(?P<c>[A-ZÀ-Þ][\w&'’.-]*(?:\s(?:(?:de|do|da|di|del|van|von|der|&|e|y|et|und) )?"
    r"[A-ZÀ-Þ0-9&][\w&'’.-]*){0,4})")

# A label before the employer in a portal's card: "Institution: X", "Empresa: X".
EMPLOYER_LABEL = re.compile(
    r"^[*_ ]*(?:institution|instituci[óo]n|institui[çc][ãa]o|einrichtung|organisation|organisatie|"
    r"organizzazione|organiza[çc][ãa]o|organizaci[óo]n|azienda|bedrijf|werkgever|pracodawca|"
    r"firma|arbetsgivare|arbejdsgiver|arbeidsgiver|työnantaja|employeur|empleador|empregador|"
    r"hiring institution|university|universit[ée]|universidad|universidade)[*_ ]*:\s*"
    r"(?P<v>[A-ZÀ-Þ0-9].{1,80})$", re.I | re.M)

# Words that mean "the client" or a notice's heading: never the employer's name.
NOT_EMPLOYER_HEAD = re.compile(
    r"^(?:kunde|kunden|client|cliente|klant|opdrachtgever|klient|auftraggeber|"
    r"og[łl]oszenie|annonce|anuncio|an[úu]ncio|annuncio|vacature|stellenanzeige|"
    r"stellenausschreibung|oferta|vaga|nab[óo]r|rekrutacja|platsannons|ilmoitus|"
    r"faculty|facultad|faculdade|facolt[àa])(?:$|['’]s$|\s+(?:in|en|em|à|a|w|i|im|de|di|da|do)\s)",
    re.I)


def people_unit(name: str) -> bool:
    """"Dirección de Gestión Humana", "Service RH", "Abteilung Personal": a hiring unit."""
    return bool(PEOPLE_UNIT.match(" ".join(name.split())))


def discipline(name: str) -> bool:
    """"Mathematics and Computer Science", "Cognitive Science": a field of study alone."""
    words = [w for w in re.split(r"[\s,&/-]+", name.casefold()) if w]
    words = [w for w in words if w not in ("and", "of", "the", "for", "in")]
    return bool(words) and all(w in DISCIPLINES for w in words)


def without_team_opening(name: str) -> str:
    """"Zespół Lniany Dom", "Équipe recrutement Vientoclaro": the organisation alone."""
    opening = TEAM_OPENING.match(name)
    if opening and len(name) > opening.end():
        return name[opening.end():]
    return name
