"""The words for an organisation's parts and its hiring teams: departments, units, faculties,
fields of study and recruiting teams, in the eleven languages triage reads.

The company reader must not take "Emergency Department" or "Service RH" for the employer, the
signature reader must not take "People & Culture" for a firm, and the role reader must not take
"the Payments team" for a place: one lexicon keeps the three agreeing on what a unit is.
"""

from __future__ import annotations

import re

# A people or recruiting function, alone or after a unit's head ("Dirección de Gestión
# Humana", "Service RH", "Dział Kadr"): the unit that writes, never the employer.
HIRING_FUNCTION = (
    r"(?:human resources|hr|people(?: (?:&|and) culture)?|talent(?: acquisition)?|recruit\w*|"
    r"personal\w*|personnel|ressources humaines|rh|gestión humana|gestion humana|talento humano|"
    r"capital humano|desarrollo humano|recursos humanos|rrhh|gente (?:&|e|y) (?:cultura|gestão)|"
    r"gestão de pessoas|gest[ãa]o humana|pessoas|risorse umane|personale|personeelszaken|p&o|"
    r"hrm|zasob[óo]w ludzkich|kadr|personalavdelningen|hr-avdelningen|henkilöstöhallinto|"
    r"selecci[óo]n|sele[çc][ãa]o|recrutement|recrutamento|reclutamiento|werving|rekrytering|"
    r"rekruttering|rekrytointi|rekrutacj\w*|"
    # (after sealing fresh266-270: a Paraguayan "Gestión de Personas", "Gestión y Desarrollo de
    # las Personas")
    r"gesti[óo]n (?:y desarrollo )?de (?:las )?personas|gesti[óo]n del talento|"
    # (after sealing fresh336-340: a public body's competitions office, "Ufficio Concorsi",
    # "Servicio de Oposiciones", "Bureau des concours")
    r"concorsi|oposiciones|concursos|concours|"
    r"mannau[ðd]\w*)")  # (Icelandic "Mannauður", "Mannauðssvið")

# A unit's head word in another language: "Dirección de ...", "Abteilung ...", "Dział ...",
# "Faculteit ...".
FOREIGN_UNIT_HEADS = (
    r"direcci[óo]n|direc[çc][ãa]o|direction|direzione|departamento|d[ée]partement|"
    r"dipartimento|abteilung|afdeling|avdelning|osasto|dzia[łl]|wydzia[łl]|gerencia|ger[êe]ncia|"
    r"coordinaci[óo]n|coordena[çc][ãa]o|subdirecci[óo]n|jefatura|secretar[íi]a|servicio|"
    r"servi[çc]o|servizio|ufficio|p[ôo]le|referat|dezernat|faculdade|facultad|facolt[àa]|"
    r"facult[ée]|faculteit|fakult[äa]t|"
    # twenty-fifth pass: an Arabic ward or section ("وحدة العناية المركزة لحديثي الولادة")
    r"وحدة|قسم|شعبة|"
    # thirty-sixth pass: an agency's or a firm's division ("Divisione Food & Retail")
    r"divisione|divisi[óo]n|divis[ãa]o|sparte|gesch[äa]ftsbereich|"
    # after sealing fresh351-355: an Italian health authority's unit ("UOC Risorse Umane",
    # "U.O.C. Gestione Risorse Umane", "Unità Operativa Complessa ...", "Settore Reclutamento")
    r"uoc|uos|uosd|u\.o\.c\.|u\.o\.s\.|unit[àa] operativa|settore")

# A unit's head word in any language: the heads above, and "Service ...", "Biuro ...",
# "Department ...", "Office ...".
UNIT_HEADS = (
    rf"(?:{FOREIGN_UNIT_HEADS}|[áa]rea|service|bureau|stabsstelle|sektion|enheten|yksikkö|biuro|"
    r"zesp[óo][łl]|department|division|directorate|office|unit)")

# "Department of Sociology", "School of Law", "Office for Students": what opens an English
# unit's name before "of" or "for".
DEPARTMENT_OPENINGS = r"department|dept\.?|school|faculty|division|office|unit|directorate"

# "Emergency Department", "Maternity Ward", "Claims Unit": what closes an English unit's name.
DEPARTMENT_ENDINGS = r"department|dept\.?|unit|ward|division|directorate|section"

# "Bureau of Inland Waterways, Office of Fisheries": a unit written as a heading, with a capital,
# after its organisation.
UNIT_HEADINGS = ("Office", "Division", "Branch", "Section", "Unit", "Directorate", "Department",
                 "Bureau", "Service", "Faculty", "School")

# A word for a unit or a team: what a mail writes before it is a team's name ("our Family
# department", "the Payments team", "l'équipe Ventes"), not a place.
UNIT_NOUNS = (r"(?i:department|dept|team|unit|practice|group|division|directorate|ward|services?|"
              r"desk|squad|function|programme|program|portfolio|service|abteilung|équipe|service|"
              r"pôle|departamento|equipo|equipe|área|area|reparto|afdeling|dział|zespół)\b")

# Fields of study: "Mathematics and Computer Science" signed under "Chair," is a department.
DISCIPLINES = frozenset("""
mathematics maths math statistics computer computing science sciences physics chemistry biology
biochemistry biological chemical geology geography geosciences earth environmental ecology
economics finance accounting history philosophy psychology sociology anthropology linguistics
english literature languages classics music art arts theatre theater drama film media
communication communications journalism politics political law nursing medicine medical
pharmacy pharmacology neuroscience cognitive engineering mechanical electrical civil
architecture education humanities social informatics information data management business
marketing astronomy astrophysics oceanography agriculture veterinary dentistry public health
health sport sports kinesiology religion theology studies modern applied pure natural
molecular cell cellular genetics microbiology zoology botany materials
technology tecnología tecnologia technologie tecnologie technik informática informatica
informatique informatik ti it finanzas finanças finances finanzen finanza ventas vendas
vertrieb ventes vendite sprzedaż operaciones operações opérations operazioni betrieb
logística logistique logistik logistica logistyka producto produto produit produkt prodotto
ingeniería engenharia ingénierie ingegneria datos dados données daten dati administración
administração administration verwaltung amministrazione comercial commercial kommerziell
mercadeo compras achats einkauf acquisti zakupy calidad qualidade qualité qualität qualità
""".split())

# The words of a hiring team's name in English: "People & Culture", "Recruitment Services
# Office", "Early Careers Team".
TEAM_WORDS = frozenset({
    "people", "culture", "talent", "acquisition", "human", "resources", "hr", "recruiting",
    "recruitment", "careers", "career", "team", "hiring", "operations", "ops", "department",
    "services", "service", "office", "onboarding", "payroll", "staffing", "resourcing",
    "employee", "experience", "early", "graduate", "campus", "&", "and", "of", "the", "for"})
# A team signing in another language: "Equipe de Recrutamento", "Equipo de Selección".
TEAM_WORDS_ABROAD = frozenset({
    "equipe", "équipe", "equipo", "recrutamento", "recrutement", "reclutamiento", "selección",
    "seleção", "selección", "talento", "personal", "personalabteilung", "rrhh", "rh",
    "ressources", "humaines", "recursos", "humanos", "werving", "selectie", "rekrytering",
    "rekruttering", "ihr", "ihre", "your", "das", "de", "da", "do", "des", "del", "y", "e", "et",
    "und", "en", "personalteam", "recruitingteam", "talent-team",
    # twelfth pass: "Service Recrutement", "Ufficio Selezione", "Dział Kadr", "Time de Atração
    # de Talentos", "Afdeling Werving", "Departamento de Gente e Gestão"
    "service", "servicio", "serviço", "ufficio", "selezione", "risorse", "umane", "reclutamento",
    "afdeling", "abteilung", "dienst", "departamento", "dipartimento", "dział", "kadr", "kadry",
    "zespół", "rekrutacji", "rekrutacja", "time", "atração", "talentos", "gente", "gestão",
    "pessoas", "personas", "people", "selectie", "rekrutering", "hr-afdeling", "di", "della",
    # twentieth pass: the Nordic "HR-afdelingen", "HR-avdelingen", "Personalavdelningen"; the
    # Indonesian and Malaysian "Human Capital", "Divisi HRD", "Bagian Personalia"; the Vietnamese
    # "Phòng Nhân sự", "Bộ phận Tuyển dụng"
    "hr-afdelingen", "hr-avdelingen", "hr-avdelningen", "personalavdelningen",
    "personalavdelingen", "personaleafdelingen", "capital", "hrd", "divisi", "bagian",
    "personalia", "sumber", "daya", "manusia", "phòng", "nhân", "sự", "bộ", "phận", "tuyển",
    "dụng", "ban",
    # fifty-second pass: the Italian "Ufficio Personale" and the Maltese "Riżorsi Umani"
    "personale", "riżorsi", "umani"})

# Thirty-seventh pass: a business function made only of its generic words ("Technology
# Services", "Data & Analytics", "Platform Engineering"): a part of the employer written
# beside a title ("Senior DevOps Engineer - Technology Services (Manchester)"), never the
# employer, whose name has a word of its own.
BUSINESS_FUNCTION = re.compile(
    r"(?i:(?:(?:technology|tech|it|information|digital|data|analytics|platforms?|infrastructure|"
    r"cloud|engineering|software|product|operations|services?|solutions|systems|security|cyber|"
    r"risk|compliance|finance|financial|corporate|marketing|sales|customer|support|research|"
    r"development|innovation|architecture|reliability|enterprise|shared|business|core|"
    r"delivery|change|transformation|group|global)(?:\s*(?:&|and|,)\s*|\s+|$))+)"
    r"(?:\s*\([^()]{1,40}\))?$")


def business_function(name: str) -> bool:
    """"Technology Services (Manchester)", "Data & Analytics": a function, at least two words."""
    name = " ".join(name.split())
    return len(name.split()) >= 2 and BUSINESS_FUNCTION.fullmatch(name) is not None
