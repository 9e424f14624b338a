"""Job titles in the languages job mail is written in, read by their head word.

A lexicon of occupation head words (English, German, French, Spanish, Portuguese,
Italian, Dutch, Swedish, Danish, Norwegian, Polish, Finnish) with the compound endings
those languages build titles from ("Pflegefachperson", "kinésithérapeute"), and the
phrases that introduce a post ("für die Stelle als", "pour le poste de", "na
stanowisko"): the fallback reader when the phrase rules of ``mail_fields`` find no title.
"""

from __future__ import annotations

import re

from ajar.formats.mail_fields import NEWS_OF_STEP, SIGN_OFF
from ajar.formats.mail_occupations import MORE_HEADS
from ajar.formats.occupation_heads import ISCO_HEADS
from ajar.formats.title_compounds import COMPOUND_ONLY_HEADS, INFLECTIONS, NOT_TITLES

# Occupation heads, by language, written from general knowledge of occupations (the kinds of
# title in public occupation classifications). Plurals and feminine forms are read by
# ``_forms`` below; list the base form.
_HEADS = {
    "en": """
        accountant actuary administrator adviser advisor agent analyst animator apprentice
        architect archivist artist assistant associate attendant attorney auditor baker
        banker barista barber bartender bookkeeper bricklayer broker builder buyer carer
        caregiver carpenter cashier chef chemist cleaner clerk clinician coach consultant
        controller cook coordinator copywriter counsel counsellor counselor courier curator
        dentist designer detective developer dietitian director dispatcher doctor driver
        economist editor electrician engineer estimator executive fellow firefighter fitter
        foreman gardener generalist hand geologist guard handler housekeeper hygienist illustrator
        inspector installer instructor intern interpreter investigator janitor joiner
        journalist labourer laborer lawyer lead lecturer librarian lifeguard linguist machinist
        manager marketer mason mechanic merchandiser midwife modeller modeler nanny nurse
        officer operative operator optometrist packer painter paralegal paramedic partner
        pharmacist photographer physician physicist physiotherapist picker pilot pipefitter
        planner plasterer plumber porter postdoc practitioner producer professor programmer
        psychologist radiographer receptionist recruiter registrar reporter representative
        researcher roofer runner salesperson scaffolder scientist secretary sergeant server
        sonographer specialist statistician steward stocker storekeeper strategist student
        supervisor surgeon surveyor teacher technician technologist tester therapist trader
        trainee trainer translator tutor underwriter veterinarian waiter waitress warden
        welder worker writer
        """,
    "de": """
        arzt ärztin apotheker assistent assistenz auszubildender azubi bäcker berater
        betreuer buchhalter controller dozent elektriker entwickler erzieher fachangestellte
        fachfrau fachmann fahrer friseur hebamme hilfe ingenieur informatiker jurist kauffrau
        kaufmann koch köchin kellner lehrer leiter leitung logopäde maler mechaniker
        mechatroniker meister mitarbeiter monteur pfleger physiotherapeut praktikant
        redakteur referent sachbearbeiter schreiner sekretär sozialarbeiter techniker
        therapeut tischler trainee verkäufer volontär werkstudent wissenschaftler doktorand
        """,
    "fr": """
        acheteur agent aide analyste animateur apprenti architecte assistant auxiliaire avocat
        caissier cariste chargé chauffeur chef chercheur commercial comptable concepteur
        conseiller consultant cuisinier designer développeur directeur doctorant éducateur
        électricien employé enseignant ergothérapeute gestionnaire graphiste infirmier
        ingénieur juriste kinésithérapeute livreur logisticien magasinier manipulateur maçon
        mécanicien médecin menuisier opérateur orthophoniste pharmacien plombier préparateur
        professeur psychologue psychomotricien rédacteur réceptionniste responsable
        sage-femme secrétaire serveur soudeur stagiaire technicien traducteur vendeur
        aide-soignant alternant coordinateur coordonnateur spécialiste officier superviseur
        administrateur délégué expert formateur intervenant
        """,
    "es": """
        abogado administrativo agente albañil analista animador asesor asistente auxiliar
        ayudante becario cajero camarero carretillero chófer cocinero comercial conductor
        consultor contable contador coordinador cuidador dependiente desarrollador diseñador
        director docente ejecutivo electricista encargado enfermero especialista
        farmacéutico fisioterapeuta fontanero gerente ingeniero investigador jefe maestro
        mecánico médico mozo operador operario pasante practicante profesor programador
        recepcionista redactor repartidor reponedor responsable soldador supervisor técnico
        teleoperador terapeuta traductor vendedor oficial coordinador promotor capataz
        """,
    "pt": """
        advogado analista animador assistente atendente auxiliar chefe consultor contador
        coordenador cozinheiro cuidador desenvolvedor designer diretor encarregado
        enfermeiro engenheiro especialista estagiário executivo fisioterapeuta garçom
        gerente médico motorista operador pesquisador professor programador recepcionista
        redator representante supervisor técnico tradutor vendedor oficial líder
        """,
    "it": """
        addetto analista animatore assistente autista avvocato barista cameriere capo
        commerciale commesso consulente contabile coordinatore cuoco direttore docente
        educatore elettricista fisioterapista giornalista grafico idraulico impiegato
        infermiere ingegnere insegnante magazziniere meccanico medico operaio operatore
        programmatore progettista redattore responsabile ricercatore saldatore specialista
        stagista sviluppatore tecnico tirocinante traduttore venditore funzionario
        """,
    "nl": """
        accountant adviseur advocaat analist apotheker arts assistent begeleider beheerder
        chauffeur consultant coördinator directeur docent elektricien fysiotherapeut hoofd
        jurist kok lasser leerkracht leidinggevende leraar lerares loodgieter medewerker
        monteur onderzoeker ontwerper ontwikkelaar programmeur promovendus receptionist
        schoonmaker secretaresse stagiair timmerman verkoper verpleegkundige verzorgende
        teamleider orderpicker heftruckchauffeur magazijnmedewerker
        """,
    "sv": """
        analytiker arbetsterapeut assistent chaufför controller doktorand ekonom elektriker
        fysioterapeut forskare förskollärare handläggare ingenjör koordinator kock konsult
        läkare lärare montör pedagog praktikant projektledare receptionist rådgivare
        sekreterare servitör sjuksköterska snickare specialist säljare tekniker
        undersköterska utvecklare vårdbiträde
        """,
    "da-no": """
        assistent elektriker forsker ingeniør konsulent lege læge lærer medarbejder
        medarbeider prosjektleder projektleder rådgiver selger sygeplejerske sykepleier
        sælger tekniker udvikler utvikler helsefagarbeider
        """,
    "pl": """
        analityk animator architekt asystent doradca dyrektor elektryk fizjoterapeuta grafik
        handlowiec inżynier kasjer kelner kierowca kierownik konsultant koordynator kucharz
        księgowy lekarz magazynier mechanik monter nauczyciel opiekun operator pielęgniarka
        pielęgniarz pracownik praktykant prawnik programista projektant przedstawiciel
        ratownik recepcjonista redaktor referent rysownik sekretarka specjalista spawacz
        sprzedawca stażysta technik tester tłumacz mistrz brygadzista
        """,
    "fi": """
        animaattori asiantuntija harjoittelija insinööri kehittäjä myyjä päällikkö
        sairaanhoitaja suunnittelija lähihoitaja
        """,
}
for _language, _more in [*MORE_HEADS.items(), *ISCO_HEADS.items()]:
    _HEADS[_language] = _HEADS.get(_language, "") + _more  # seventeenth pass: new languages
HEADS = frozenset(word for words in _HEADS.values() for word in words.split())
# Heads that close a one-word compound in the languages that build titles so
# ("Lebensversicherungsaktuar", "seniorrådgiver", "erityisasiantuntija").
_COMPOUND_HEADS = frozenset(word for language in ("de", "nl", "sv", "da-no", "fi", "is")
                            for word in _HEADS[language].split() if len(word) >= 5)
_COMPOUND_HEADS |= COMPOUND_ONLY_HEADS  # eighteenth pass: heads that close a compound only
_LONGEST_HEAD = max(len(word) for word in _COMPOUND_HEADS)


def compound_head(word: str) -> str | None:
    """The head that closes a one-word compound title ("seniorrådgiver" -> "rådgiver"), also
    in a feminine form ("Lohnbuchhalterin" -> "buchhalter", "medewerkster" -> "medewerker")."""
    word = word.casefold()
    if word in NOT_TITLES:
        return None
    head = _closing_head(word)
    if head:
        return head
    for ending, restore in INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 8:
            head = _closing_head(word[:-len(ending)] + restore)
            if head:
                return head
    return None


def _closing_head(word: str) -> str | None:
    for size in range(min(len(word) - 3, _LONGEST_HEAD), 4, -1):
        if word[-size:] in _COMPOUND_HEADS:
            return word[-size:]
    return None

# Compound endings: German, Dutch and Scandinavian titles are one word built on a head
# ("Pflegefachperson", "Radiologietechnologe", "magazijnmedewerker", "undersköterska"), and
# French, Spanish and Italian build on learned endings ("kinésithérapeute").
_COMPOUND = re.compile(
    r"\w{3,}(?:fachkraft|fachperson|fachfrau|fachmann|pfleger(?:in)?|therapeut(?:in)?|technologe|"
    r"technologin|hilfe|helfer(?:in)?|assistent(?:in)?|techniker(?:in)?|leitung|kraft|arzt|ärztin|"
    r"berater(?:in)?|leiter(?:in)?|meister(?:in)?|referent(?:in)?|manager(?:in)?|entwickler(?:in)?|"
    r"ingenieur(?:in)?|arbeiter(?:in)?|kaufmann|kauffrau|fahrer(?:in)?|mitarbeiter(?:in)?|"
    r"erzieher(?:in)?|lehrer(?:in)?|medewerker|kundige|leider|arts|chauffeur|chaufför|picker|sköterska|ledare|arbetare|"
    r"läkare|terapeut|lärare|handläggare|leder|thérapeute|therapeute|logue|ologist|ólogo|óloga|"
    r"ologo|ologa|ologe|ologin|fitter|maker|smith|wright|worker|keeper|writer|designer|"
    r"developer|engineer|analyst|manager)",
    re.IGNORECASE)

# Feminine and plural forms of a head, and the gender spellings of job ads: "Animador(a)",
# "Coordenador(a)", "Infirmier/ère", "aide-soignant(e)", "Radiologietechnologe/-technologin".
_GENDER_FORM = re.compile(r"(?:\((?:a|e|o|in|ne|se|ère|euse|rice|trice|ka)\)|/-?\w{1,14}"
                          r"|\*in|:in|_in)$", re.IGNORECASE)


def _gender_tail(word: str) -> re.Match[str] | None:
    """The gender spelling that ends ``word``; "Schaden/Unfall", two capitalised words with
    different initials, is a pair of fields, not a gender form ("Koch/Köchin" is one)."""
    match = _GENDER_FORM.search(word)
    if match and match.group(0)[1:2].isupper() and match.group(0).startswith("/") \
            and match.group(0)[1:2].casefold() != word[:1].casefold():
        return None
    return match


_ENDINGS = ("", "s", "e", "es", "a", "as", "in", "innen", "ne", "nne", "ère", "euse", "rice",
            "trice", "ka", "ki", "ice", "ów", "owie", "er", "n", "en")
_TRUNCATE = {"ère": "er", "euse": "eur", "rice": "ore", "trice": "teur", "ice": "e"}


# "Coordenador(a) de Recepção", "Animador(a) 3D": a job ad's feminine ending in brackets.
_GENDER_PAREN = re.compile(r"(?<=[^\W\d_])\((?:a|as|o|os|e|es|ne|in|innen|ka|ère|euse|rice|trice)\)")


def is_process_word(text: str) -> bool:
    """Twenty-third pass: a subject's word for the process alone ("Provspel", "Bewerbung",
    "Candidature") is never a title, whatever the title model says."""
    return bool(re.fullmatch(_PROCESS, text.strip().lower()))


# twenty-fourth pass: Hebrew writes both forms with a slash ("מנהל/ת", "פדגוגי/ת")
# twenty-fifth pass: Arabic too ("ممرض/ة أول")
_GENDER_SLASH_HEBREW = re.compile(r"(?<=[\u05d0-\u05ea])/(?:ת|ית|ה|יה)(?![\u05d0-\u05ea])"
                                  r"|(?<=[\u0620-\u064a])\s?/\s?ـ?(?:ة|ه)(?![\u0620-\u064a])")


# Thirty-seventh pass: French inclusive writing's middle dot ("Rédacteur·rice technique",
# "Développeur·euse·s"): the words after it are no new word.
_GENDER_DOT = re.compile(r"(?<=[^\W\d_]{3})[·•](?:e|ne|fe|ère|rice|trice|euse)(?:[·•]?s)?(?![\w·•])")


def gender_forms_out(text: str) -> str:
    """"Coordenador(a) de Recepção" read as "Coordenador de Recepção", "מנהל/ת" as "מנהל"."""
    return _GENDER_SLASH_HEBREW.sub("", _GENDER_PAREN.sub("", text))


def inclusive_dots_out(text: str) -> str:
    """"Rédacteur·rice technique, SDK" as "Rédacteur technique, SDK": for a subject the
    title readers cannot read with its dots (a quote keeps them)."""
    return _GENDER_DOT.sub("", text)


def base_word(word: str) -> str:
    """"Animador(a)" -> "Animador", "Radiologietechnologe/-technologin" -> its first form."""
    word = word.strip(".,;:!?\"'’[]")
    tail = _gender_tail(word)
    return (word[:tail.start()] if tail else word).strip("()")


def is_head(word: str) -> bool:
    """A word that names an occupation in one of the languages above, in any of its forms."""
    word = base_word(word).casefold()
    if len(word) < 2:
        return False
    if word in HEADS or _COMPOUND.fullmatch(word) or compound_head(word):
        return True
    for ending in _ENDINGS[1:]:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            if stem in HEADS or stem + _TRUNCATE.get(ending, "") in HEADS \
                    or stem + "o" in HEADS or stem + "e" in HEADS or stem + "a" in HEADS:
                return True
    if "-" in word.strip("-") and len(word.rsplit("-", 1)[1]) >= 4:
        return is_head(word.rsplit("-", 1)[1])  # "Lkw-Fahrer", "Kfz-Mechatroniker"
    parts = word.split("/")
    if 1 < len(parts) <= 3 and all(len(p) >= 4 for p in parts):
        return any(is_head(p) for p in parts)  # a double post: "Traduttore/Revisore"
    return False


_BY_LANGUAGE = {language: frozenset(words.split()) for language, words in _HEADS.items()}


def head_in(word: str, language: str) -> bool:
    """A head of that language's lexicon, in any of its forms ("Infirmière" is French)."""
    heads = _BY_LANGUAGE[language]
    word = base_word(word).casefold()
    if word in heads:
        return True
    return any(word.endswith(ending) and len(word) - len(ending) >= 3 and (
        word[:-len(ending)] in heads or word[:-len(ending)] + _TRUNCATE.get(ending, "") in heads)
        for ending in _ENDINGS[1:])


# Senior as a head in the accounting trade: "Audit Senior", "Tax Senior".
_SENIOR_HEAD = re.compile(r"^(?:audit|tax|assurance|advisory|accounts|payroll|valuations?|"
                          r"deals|risk|consulting)$", re.IGNORECASE)

# The words that may sit inside a title between capitalised words, in each language.
_SMALL = frozenset({
    "of", "and", "&", "for", "to", "in", "the", "de", "du", "des", "d", "la", "le", "l", "en",
    "et", "und", "für", "der", "die", "das", "im", "y", "del", "e", "da", "do", "dos", "das",
    "em", "di", "della", "dello", "delle", "del", "per", "van", "voor", "het", "en", "och",
    "og", "för", "for", "ds.", "ds", "do", "spraw", "wa", "kwa", "i", "í", "/", "-", "–", "a", "al", "alla", "alle",
    "allo", "agli", "ai", "all'", "dal", "dals", "dalla"})

# Where a title ends: the employer, the place or the letter going on.
_STOP_WORDS = frozenset({
    "at", "with", "here", "foar", "fan", "en", "em", "bei", "chez", "presso", "hos", "w", "we", "na", "no",
    "a", "à",
    "au", "aux", "in", "im", "am", "an", "on", "within", "within", "from", "auprès", "bij",
    "hos", "ved", "på", "u", "dla", "nella", "nel", "nello", "nei", "sul", "dans", "sur", "chez",
    "para", "pour", "per", "für", "that", "which", "who", "que", "qui", "che", "die", "der",
    "dass", "dat", "som", "och", "og", "und", "et", "y", "e", "and", "or", "ou", "oder", "o",
    "has", "have", "is", "was", "were", "wurde", "ist", "est", "es", "è", "é", "foi", "fue",
    "ha", "hat", "heeft", "har", "has", "sind", "sont", "son", "são", "sono", "zijn", "är",
    "er", "jest", "został", "została", "because", "weil", "da", "car", "porque", "perché",
    "omdat", "eftersom", "fordi", "ponieważ", "but", "aber", "mais", "pero", "mas", "ma",
    "maar", "men", "ale", "with", "mit", "avec", "con", "com", "met", "med", "z", "ze",
    "this", "diese", "dieser", "ce", "cette", "este", "esta", "questo", "questa", "deze",
    "denna", "dette", "ten", "ta", "to", "in", "your", "ihre", "votre", "su", "sua", "uw",
    "din", "twoja", "pana", "pani", "you", "sie", "vous", "usted", "você", "lei", "u", "du",
    "dig", "pan", "we", "wir", "nous", "nosotros", "nós", "noi", "wij", "vi", "my", "not",
    "nicht", "pas", "ne", "no", "não", "non", "niet", "inte", "ikke", "nie", "ei"})

# The phrases that introduce a post, in the languages job mail comes in. Each is followed
# by the title (after an article, if any).
CUES = re.compile(
    r"(?i:\b(?:"
    # English
    r"(?:application|applying|applied|candidacy|interest|interviewing|interviewed|"
    r"considered|consideration|cv|resume|take-home|take home|coding (?:test|challenge|exercise)|"
    r"technical (?:test|assessment)|case study) (?:for|as) (?:the |our |a |an )?"
    r"(?:(?:position|role|post|job|vacancy|opening) (?:of |as )?)?"
    r"|(?:for|to) (?:the|our|this|a|an) (?:(?:open|advertised|vacant) )?(?:position|role|post|job|"
    r"vacancy|opening) (?:of|as) (?:an? )?"
    # German
    r"|(?:bewerbung|bewerbungen|interesse|gespräch|vorstellungsgespräch|stelle|position|"
    r"funktion|tätigkeit|einsatz) (?:als|für die (?:stelle|position) (?:als|einer?s?)|"
    r"um die (?:stelle|position) (?:als|einer?s?)|auf die (?:stelle|position) (?:als|einer?s?))"
    r"|(?:für|um|auf) die (?:stelle|position|funktion) (?:als|einer?s?|eines)"
    # seventy-fifth pass: "für die Rolle Frontend Engineer (React)", the title right after
    r"|(?:für|um|auf) die rolle (?:als |einer?s? )?"
    r"|(?:bewerbung|bewerbungen) (?:für|um) (?:die|eine)? ?(?:stelle )?(?:als )?"
    # French
    r"|(?:pour|au|du|sur) (?:le|un) (?:poste|emploi) (?:de |d['’]|d’)"
    r"|(?:au|du) poste (?:de |d['’])"
    r"|(?:candidature|entretien|intérêt) (?:au poste |pour le poste |pour un poste |en tant que |"
    r"comme |pour l['’]emploi )?(?:de |d['’]|d’)"
    r"|en tant que|(?:offre|annonce) (?:d['’]emploi )?(?:de |d['’])"
    # Spanish
    r"|(?:para|a|al|del) (?:la|el)? ?(?:vacante|puesto|cargo|plaza|oferta|posici[óo]n) (?:de |como )?"
    r"|(?:candidatura|postulaci[óo]n|solicitud|inter[ée]s) (?:para|a|al|como|en) (?:el puesto de |la "
    r"vacante de |la posici[óo]n de |el cargo de )?"
    # Portuguese
    r"|(?:para|à|a|da|na) (?:vaga|posi[çc][ãa]o|fun[çc][ãa]o|oportunidade) (?:de |para |como )?"
    r"|(?:candidatura|inscri[çc][ãa]o) (?:para|à|a|como) (?:a vaga de |o cargo de )?"
    # seventy-fifth pass: a public selection "para contratação temporária de Professor Substituto"
    r"|contrata[çc][ãa]o (?:tempor[áa]ria )?(?:de|do|da) "
    # Italian
    r"|(?:per|alla|della|nella|al|del|nel) (?:la |il |un )?(?:posizione|ruolo|figura|selezione|"
    r"candidatura|posto|incarico|lavoro) "
    r"(?:di |come |per |da )?"
    r"|(?:candidatura|colloquio) (?:per|come|a) (?:la posizione di |il ruolo di )?"
    # Dutch
    r"|(?:voor|naar) (?:de|een) (?:functie|vacature|positie|rol) (?:van|als)? ?"
    r"|(?:sollicitatie|kandidatuur|interesse) (?:voor|als|naar) (?:de (?:functie|vacature|stage|stageplaats) (?:van |als )?)?"
    # Swedish, Danish, Norwegian
    r"|(?:tjänsten|rollen|befattningen|stillingen|stillinga|jobbet|ansökan|ansøgning|søknad) "
    r"(?:som|till|til|på|for) (?:tjänsten som |stillingen som |stilling som |stillinga som )?"
    # the post named with its article, in a note ("la vacante de cajero ya fue cubierta", "de
    # vacature voor kok", "le poste de vendeuse est pourvu", "la posizione di cameriere")
    r"|(?:la|el|a|o|il|le|de|die) (?:vacante|vaga|posizione|poste|stelle|vacature|puesto|plaza|"
    r"posici[óo]n|cargo|ruolo|functie|funzione|posição|posicao) (?:de |di |als |voor |van |d['’]|"
    r"per |como |da |do )"
    r"|(?:trial|trial shift|trial day|shift|stage) as (?:an? )?"
    # forty-third pass: Romanian "pentru funcția de consilier" (the retrained model alone read it)
    r"|(?:pentru|la) (?:funcția|funcţia|postul|poziția|poziţia) (?:de )?"
    # Polish
    r"|na stanowisk(?:o|u) |(?:rekrutacj[ia]|aplikacj[ia]|kandydatur[ay]) na (?:stanowisko )?"
    r"|(?:w|dla) (?:procesie )?rekrutacji na (?:stanowisko )?"
    # sixtieth pass: Papiamentu "e posicion di", Romansh "plazza da" and "candidatura sco",
    # Sesotho "boemo ba" (the post of), an all-capitals notice's "POST OF"
    r"|(?:e )?posicion di |plazza da |candidatura sco |boemo ba |post of "
    # sixty-first pass: Samoan "le tofiga" and Tongan "ki he lakanga" (the post)
    r"|le tofiga |he lakanga "
    r")(?:(?:the|le|la|l['’]|el|o|a|il|lo|de|het|een|der|die|das|une?|einer?) )?)")


# twenty-fifth pass: Polish "ds." ("do spraw", in charge of) inside a title: "Mistrz ds. eksploatacji"
_WORD = re.compile(r"(?<!\w)ds\.(?=\s)|\d{1,2}\.?[ªº°](?!\w)|[^\s,;:.!?()\[\]\"“”„«»|]+(?:\((?:a|e|o|in|ne|se|ère|euse|rice|trice|ka)\))?"
                   r"|\((?:a|e|o|in|ne|se|ère|euse|rice|trice|ka)\)", re.IGNORECASE)


_GENDER_TOKEN = re.compile(r"(?i:h/f|f/h|m/f|f/m|h/m|m/w/d|w/m/d|m/f/d|m/v|v/m|m/w|w/m)")


# The conjunctions a suspended compound is joined by: "Gesundheits- und Krankenpfleger",
# "Lager- og logistikmedarbejder", "Ont- en uitleenmedewerker", "Försäljnings- och ...".
_CONJUNCTIONS = frozenset({"und", "og", "och", "en", "et", "and", "oder", "eller", "of", "or"})


def _closing_compound(word: str) -> bool:
    """A one-word compound closed by a head ("programvareutvikler"), not the head alone."""
    head = compound_head(word)
    return bool(head) and len(word) > len(head) + 3


def _capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


# The word for a language before its name, which Romance titles write in lower case
_LANGUAGE_NOUNS = frozenset(("limba", "limbii", "lengua", "língua", "lingua", "langue", "idioma"))


def read_title(text: str, *, max_words: int = 7) -> str | None:
    """The job title that opens ``text`` ("infirmier en réanimation et vous remercions ..." ->
    "infirmier en réanimation"): words up to the employer, a place or the letter going on;
    a title holds an occupation head."""
    words: list[str] = []
    position = 0
    seen_head = False
    for match in _WORD.finditer(text):
        gap = text[position:match.start()]
        if words and (gap.strip() or "\n" in gap):
            break  # a comma, a bracket or a line ends the title
        word = match.group(0)
        lowered = base_word(word).casefold()
        if not word[:1].isalnum() and not (word == "&" and words and _capital(words[0])) \
                or "%" in word or re.fullmatch(r"\d+[-–/]\d+", word) \
                or _GENDER_TOKEN.fullmatch(word):
            break  # a dash, a bar, "80-100 %", "H/F": the title is over
        suspended = len(words) >= 2 and words[-2].endswith("-") and len(words[-2]) > 2 \
            and words[-1].casefold() in _CONJUNCTIONS  # "Lager- og logistikmedarbejder"
        if not seen_head and words and not _capital(word) and _capital(words[0]) \
                and lowered not in _SMALL and not suspended \
                and not (len(words) == 1 and _closing_compound(word)):  # "Embedded programvareutvikler"
            break  # "Retorno do processo ...": a lower-case word before any head
        if seen_head and lowered in _UNITS and words[-1].casefold() in _FIELD_PREPOSITIONS:
            break  # "seniorrådgiver i avdeling for ...": where the post sits, not its field
        head = is_head(word) or bool(words) and lowered == "senior" \
            and bool(_SENIOR_HEAD.match(words[-1]))
        if words and not head:
            if _LICENCE.fullmatch(word) and _DRIVER.search(base_word(words[-1])):
                pass  # "Chauffeur CE", "Berufskraftfahrer C1E": the licence class is the post's
            elif lowered in _SMALL and lowered not in _STOP_WORDS:
                pass  # "Pflegefachperson für Intensivpflege", "chargé de communication"
            elif lowered in {"and", "y", "e", "et", "und", "&", "och", "og", "i", "en"} \
                    and _capital(words[0]) and _capital(text[match.end():].lstrip()[:1] or "a") \
                    and not (lowered == "en" and (len(words) < 2
                                                  or _dutch_and_is_place(words, text[match.end():]))):
                pass  # "Ejecutivo de Ventas de Grupos y Convenciones"
            elif lowered in _CONJUNCTIONS and words[-1].endswith("-") and len(words[-1]) > 2:
                pass  # twentieth pass: a suspended compound, "Lager- og logistikmedarbejder"
            elif lowered in _STOP_WORDS:
                if not seen_head or lowered not in {"in", "en", "em", "für", "de", "di", "da",
                                                    "do", "van", "för", "for", "i", "í", "na",
                                                    "în"} \
                        or not is_head(words[-1]):
                    break
                # "Infirmier en réanimation", "Lecturer in Law": the field of a title
                following = text[match.end():match.end() + 40].lstrip()
                nxt = _WORD.match(following)
                if not nxt or nxt.group(0).casefold() in _STOP_WORDS | _ARTICLES | _DETERMINERS \
                        | _UNITS \
                        or (_capital(nxt.group(0)) and lowered in {"in", "en", "em", "i", "na"}
                            and not _capital(words[0])) \
                        or (_capital(nxt.group(0)) and lowered == "na"):  # "... na Palm Beach"
                    break  # "... en Madrid" after a lower-case title is a place
            elif not _capital(word) and seen_head and not lowered.isdigit():
                if words[-1].casefold() in _SMALL or _in_field(words):
                    pass  # "Infirmier en soins palliatifs", "Postdoc in computational phonology"
                elif words[-1].casefold() in _LANGUAGE_NOUNS and _capital(words[0]):
                    pass  # after sealing fresh321-325: "Profesor de limba engleză"
                elif "ds." in words[-4:]:
                    pass  # twenty-fifth pass: "Mistrz ds. eksploatacji sieci ciepłowniczej"
                elif len(words) >= 1 and _ADJECTIVE.search(lowered):
                    pass  # "chercheur postdoctoral", "técnico administrativo"
                elif is_head(words[-1]) and _COMPLEMENT.match(text, match.end()) \
                        and lowered not in _ADVERBS \
                        and any(head_in(words[-1], lang) for lang in ("fr", "es", "pt", "it")):
                    pass  # "Analyste risques de crédit", "Gestor cuentas de clientes"
                else:
                    break
        if not seen_head and lowered in _POST_WORDS:
            return None
        if lowered in _ARTICLES and not words:
            position = match.end()
            continue
        words.append(word)
        seen_head = seen_head or bool(head)
        position = match.end()
        if len(words) > max_words + 2:
            return None
    while words and (base_word(words[-1]).casefold() in _SMALL | _STOP_WORDS | _ARTICLES) \
            and not (len(words) > 1 and _LICENCE.fullmatch(words[-1])
                     and _DRIVER.search(base_word(words[-2]))):
        words.pop()
    if not words or not seen_head or len(words) > max_words:
        return None
    title = " ".join(base_word(w) if _gender_tail(w.strip(".,")) and not _LICENCE.fullmatch(w)
                     else w for w in words)
    return title_cased(title)


def _dutch_and_is_place(words: list[str], rest: str) -> bool:
    """Sixtieth pass: Dutch "en" joins "Landbouw en Natuur" (after a head and its field); in a
    Romance title ("Analista de Aduanas en Barranquilla") or before a place it says where, as
    it does after a head alone ("Aide-soignante en Guadeloupe")."""
    from ajar.formats.world_places import is_place
    following = _WORD.match(rest.lstrip())
    return any(w.casefold() in {"de", "del", "di", "da", "do", "des", "du"} for w in words) \
        or not following or is_place(following.group(0))


def title_cased(title: str) -> str:
    """The title with a capital first, unless its first word has its own capitals ("iOS
    Engineer", "kdb+ Developer": forty-third pass)."""
    if re.search(r"^.\w*[A-Z]|\+$", title.split(" ", 1)[0]):
        return title
    return title[:1].upper() + title[1:]


# A driving licence class after a driver's title ("Chauffeur CE", "Berufskraftfahrer C/CE").
_LICENCE = re.compile(r"(?:C1?E?|D1?E?|BE|C1?/C1?E|C/CE|HGV ?[12]|LGV|ADR)")
_DRIVER = re.compile(r"(?i:driver|fahrer(?:in)?|chauffeur|chaufför|sjåfør|chauffør|kierowca|"
                     r"conductor(?:a)?|motorista|autista|chófer|camionneur)$")
_FIELD_PREPOSITIONS = frozenset({"in", "en", "em", "i", "í", "na", "für", "di", "van", "för", "for"})


def _in_field(words: list[str]) -> bool:
    """A head, a field preposition and at most two words of its field so far: a field in lower
    case goes on ("Postdoc in computational phonology")."""
    for back in (2, 3):
        if len(words) >= back + 1 and words[-back].casefold() in _FIELD_PREPOSITIONS \
                and is_head(words[-back - 1]) \
                and all(not _capital(w) for w in words[-back + 1:]):
            return True
    return False


# A noun's own complement after a Romance head's bare noun: "risques de crédit".
_COMPLEMENT = re.compile(r" (?:(?:de|des|du|di|del|da|do) |d['’])[^\W\d_]")
_ADVERBS = frozenset("""depuis pendant avant après durant lors près loin hors dentro fuera
    desde durante antes después cerca lejos dopo prima durante presso além ainda também
    também encore ainsi aussi todavía también anche ancora""".split())
# "seniorrådgiver i avdeling for ...": a unit of the organisation after "in", not a field.
_UNITS = frozenset({
    "avdeling", "avdelingen", "afdeling", "afdelingen", "avdelning", "avdelningen",
    "abteilung", "department", "team", "unit", "division", "branch", "section", "enhet",
    "enheten", "seksjon", "seksjonen", "yksikkö", "yksikössä", "osasto", "osastolla", "dienst",
    "service", "servicio", "departamento", "serviço", "reparto", "ufficio", "dział", "dziale"})
_ARTICLES = frozenset({"the", "a", "an", "le", "la", "l", "les", "el", "los", "las", "o", "os",
                       "as", "il", "lo", "gli", "de", "het", "een", "der", "die", "das", "ein",
                       "eine", "einer", "un", "une", "una", "uno"})
# "in unserer Praxis", "en nuestra clínica": a place in the organisation, not a field.
_DETERMINERS = frozenset({
    "unserer", "unserem", "unseren", "unser", "unsere", "ihrer", "ihrem", "einer", "einem",
    "dem", "den", "des", "notre", "nos", "nuestra", "nuestro", "nuestras", "nuestros", "nossa",
    "nosso", "nostro", "nostra", "onze", "ons", "our", "their", "vår", "vårt", "våra", "vores",
    "naszej", "naszym", "this", "that", "any", "all", "each", "der", "die", "das"})
# Adjectives after a head in the Romance languages: "postdoctoral", "administrativo",
# "commerciale", "senior", "junior", "sanitario", "médico-social".
_ADJECTIVE = re.compile(r"(?:al|ale|ales|el|elle|ico|ica|ique|ivo|iva|if|ive|ario|aria|aire|"
                        r"ário|ária|iero|iera|ista|iste|ior|junior|senior|e?ur|euse|ado|ada|"
                        r"é|ée|ato|ata|3d|2d)s?$")
# The words for a post itself: a reader that meets one before any head has read the cue's
# own words ("per la candidatura per la posizione di ..."), not a title.
_POST_WORDS = frozenset({
    "position", "role", "post", "job", "vacancy", "opening", "stelle", "position", "poste",
    "emploi", "puesto", "vacante", "cargo", "plaza", "vaga", "posição", "posicao", "posizione",
    "ruolo", "figura", "posto", "incarico", "functie", "vacature", "tjänsten", "stillingen", "stanowisko",
    "candidatura", "candidature", "bewerbung", "application", "selezione", "processo",
    "proceso", "process", "oferta", "offre", "annonce"})


def title_after_cue(text: str) -> str | None:
    """The first title a cue phrase introduces ("für die Stelle als Pflegefachkraft auf der
    Intensivstation ..." -> "Pflegefachkraft")."""
    start = 0
    while True:  # cues may overlap: "per la candidatura per la posizione di ..."
        cue = CUES.search(text, start)
        if not cue:
            return None
        title = read_title(text[cue.end():cue.end() + 120])
        if title:
            return title
        start = cue.start() + 1


# A subject's heading words in the languages of job mail, before the title.
SUBJECT_LEAD = _SUBJECT_LEAD = re.compile(
    r"^(?:(?:re|aw|fw|fwd|wg|tr|sv|vs|rv|odp|antw)\s*:\s*)*"
    r"(?:(?:ihre|deine|your|votre|ta|tu|su|sua|a sua|la sua|la tua|la vostra|uw|je|jouw|din|"
    r"twoja|pana|pani|seu|teu)\s+)?"
    r"(?:bewerbung|application|candidature|candidatura|postulaci[óo]n|solicitud|sollicitatie|kandidatuur|"
    r"ansökan|ansøgning|søknad|aplikacja|kandydatura|hakemus|"
    r"umsókn|umsøkn|"  # (after sealing fresh321-325: Faroese "Umsókn: Góðskuleiðari hjá ...")
    # forty-third pass: Maltese "L-applikazzjoni tiegħek għal ..."
    r"l-applikazzjoni(?: tiegħek)?(?: għal(?:l-pożizzjoni ta['’])?)?)"
    # (after opening fresh141-145: Romanian "Candidatura ta pentru ...", the possessive after)
    r"(?:\s+(?:ta|dumneavoastră|dumneavoastra|dvs\.?))?"
    r"(?:\s+(?:(?:als|für|um|as|for|to|pour|au poste de|comme|como|para|per|come|voor|als|som|"
    r"pentru(?: postul de| pozi[țt]ia de)?|"
    r"till|til|på|paa|na stanowisko|na|a|à)\b|au poste d['’]))?(?:\s+(?:the|le|la|l['’]|el|o|a|il|lo|de|"
    r"het|een|die|eine|einer|un|une|una)\b)?[\s:–—|-]*", re.IGNORECASE)
# A subject's words for the hiring process or its outcome before the title, in the languages
# of job mail: "Recrutement Coordinateur logistique", "Terugkoppeling sollicitatie Teamleider".
# (English words are left out: "Recruitment Coordinator", "Feedback Analyst" are titles.)
_PROCESS = (r"(?:recrutement|recrutamento|reclutamiento|reclutamento|rekrutacja|werving|"
            r"selectie|selecci[óo]n|sele[çc][ãa]o|selezione|proceso|processo|procédure|procedura|"
            r"terugkoppeling|rückmeldung|retour|retorno|résultats?|resultados?|risultati?|esito|"
            r"uitslag|absage|réponse|respuesta|resposta|risposta|sollicitatie|candidature|"
            r"candidatura|bewerbung|postulaci[óo]n|décision|decisión|decisão|vacature|vacante|"
            r"vaga|poste|stelle|"
            # (after sealing fresh381-385: a Tetum "Aplikasaun ba pozisaun Program Officer")
            r"aplikasaun(?: ba)? pozisaun|"
            # twenty-first pass: an offer, a search or a selection procedure named before
            # the title ("Oferta Gerente de ...", "Búsqueda Jefe/a de ...", "Lamaran Staf
            # ...", "Auswahlverfahren Senior Lecturer", "Probespiel Solo-Cello")
            r"oferta|offerta|offre|búsqueda|busqueda|busca|lamaran|lowongan|rekrutmen|seleksi|"
            r"auswahlverfahren|stellenausschreibung|ausschreibung|probespiel|provspel|"
            r"concurso(?: p[úu]blico| interno| externo)?(?: de (?:ingresso|acesso))?|convocatoria|aviso|"
            # forty-sixth pass: a French interview and a Dutch offer of a post before the title
            # ("Re: entretien Superviseur Support ...", "aanbod functie Business Analyst ...")
            r"entretien|aanbod(?: functie)?|"
            # forty-seventh pass: an Italian or Spanish interview ("Re: Colloquio Project Engineer",
            # "Entrevista Data Engineer")
            r"colloquio|entrevista|"
            # after sealing fresh351-355: a Nigerian letter's "Appointment as Assistant Lecturer",
            # a Hausa subject's "Game da aikin Operations Assistant" (about the job)
            r"appointment as|game da(?: aikin| matsayin| guraben| gurbin)?|"
            # twenty-fifth pass: the Scandinavian and Finnish words for an application
            r"s[øo]knad(?:en)?|ans[øo]gning(?:en)?|ans[öo]kan|ans[öo]kningen|hakemus|hakemuksesi|"
            # Romanian, Czech, Slovak, Turkish, Hungarian, Croatian, Greek
            r"procesul|recrutare|recrutarea|selec[țt]ie|selec[țt]ia|pozi[țt]ia|pozi[țt]ie|postul|"
            r"resoluci[óo]|proc[ée]s selectiu|proc[ée]s de selecci[óo]|"  # (Catalan, after sealing fresh361-365)
            r"aplicare|aplicarea|decizie|rezultat|concurs(?:ul)?|candidatur[ăa]|pozice|pozici|v[ýy]b[ěe]rov[ée]ho ř[íi]zen[íi]|"
            r"v[ýy]b[ěe]rov[ée] ř[íi]zen[íi]|p[řr]ihl[áa][šs]ka|rozhodnut[íi]|poz[íi]cia|poz[íi]ciu|"
            r"v[ýy]berov[ée] konanie|pozisyon|pozisyonu|ba[şs]vuru|ba[şs]vurunuz|poz[íi]ci[óo]|"
            r"p[áa]ly[áa]zat|jelentkez[ée]s|natje[čc]aj|radno mjesto|θέση|αίτηση|"
            # eighteenth pass: a job board's status line ("Status update for", "update
            # sollicitatie"); "update" alone stays a word a title may hold
            r"atualiza[çc][ãa]o|actualizaci[óo]n|aktualizace|aktualizacja|"
            # thirty-second pass: "update" in the Scandinavian languages and Finnish, a
            # subject alone ("Oppdatering"), which the role model retrained after opening
            # fresh111-115 took for a title
            r"(?:status)?(?:oppdatering|opdatering|uppdatering)(?:en)?|(?:tilanne)?päivitys|"
            r"(?:status )?update(?= (?:for|on|regarding|about|sollicitatie|bewerbung|candidature|"
            r"ansøgning|ansökan|søknad)\b)|(?<=update )(?:for|on|regarding|about))")
PROCESS_LEAD = _PROCESS_LEAD = re.compile(rf"(?i:{_PROCESS}(?:\s+(?:de|du|d['’]|do|da|di|del|della|zur|zum|van|"
                           rf"voor|sur|sobre|als|como|comme|come|jako|som|para|pour|per|für|na|seletivo|(?:de )?recrutement))?"
                           # eighteenth pass: "Atualização da sua candidatura para ..."
                           rf"(?:\s+(?:sua|seu|tu|su|votre|ta|ihrer?|deiner?|your|din|je|uw|jouw))?\s+)+")
_UPDATE = re.compile(r"(?i:(?:status )?update)\b")
_SUBJECT_SPLIT = re.compile(r"\s+[-–—|/]\s+|\s*:\s+|\s+//\s+|\s*｜\s*")
# Forty-second pass: a Chinese subject's word for the post after a Latin title ("Execution
# Developer 一職", "Quant Developer 職位"): the title without it.
_CJK_POST_AFTER = re.compile(r"(?<=[A-Za-z])\s*(?:一職|一职|職位|职位|崗位|岗位)$")


def title_from_subject(subject: str) -> str | None:
    """A subject that is, or holds as one of its parts, a title: "Bewerbung Heimhilfe",
    "Candidature - Ergothérapeute (poste permanent temps complet)"."""
    text = _CJK_POST_AFTER.sub("", subject.strip())
    lead = _SUBJECT_LEAD.match(text)
    rest = text[lead.end():] if lead else text
    pieces = [rest] + [p for p in _SUBJECT_SPLIT.split(rest) if p.strip()]
    for piece in pieces:
        piece = _SUBJECT_LEAD.sub("", piece.strip()).lstrip(" -–—|:")
        process = _PROCESS_LEAD.match(piece)
        if process and process.end() < len(piece) and (is_head(piece[process.end():].split()[0])
                                                       or _UPDATE.match(piece)
                                                       and any(is_head(w) for w in piece[process.end():].split()[:4])):
            piece = piece[process.end():]  # "Recrutement Coordinateur logistique"
        title = read_title(piece, max_words=6)
        if title and NEWS_OF_STEP.search(title):
            continue  # forty-first pass: "novedades de la entrevista técnica" is news, not a post
        if title and _whole_piece(title, piece):
            # "product lead chat": a note's title in lower case gets an English title's capitals
            return _english_capitals(title) if piece[:1].islower() and title.isascii() else title
        team = _TEAM_AFTER.match(piece[len(title):]) if title and piece.startswith(title) else None
        if team:  # "Audit Senior, Financial Services (Leeds)": the title and its team
            return f"{title}, {team.group('t')}"
    return None


def _english_capitals(title: str) -> str:
    small = {"of", "and", "for", "the", "in", "to", "at", "on", "a", "an"}
    return " ".join(w if i and w in small else w[:1].upper() + w[1:]
                    for i, w in enumerate(title.split()))


_TEAM_AFTER = re.compile(r", (?P<t>[A-Z][\w&'’/-]*(?: (?:&|and|of) )?(?: ?[A-Z][\w&'’/-]*){0,3})"
                         r"(?:\s*\([^()]{1,40}\))?\s*$")


def _whole_piece(title: str, piece: str) -> bool:
    """The title is the piece, give or take a bracket or figures after it: a subject part
    that goes on in words is a sentence, not a title."""
    piece = " ".join(base_word(w) if _gender_tail(w) and not _LICENCE.fullmatch(w)
                     and not _GENDER_TOKEN.fullmatch(w) else w for w in piece.split())
    rest = piece[len(title):] if piece.casefold().startswith(title.casefold()) else None
    if rest is None:
        # the gender forms were written out ("Animador(a) 3D" read as "Animador 3D")
        return len(title.split()) == len(re.sub(r"\((?:a|e|o|in|ne|se|ère|euse|rice|trice|ka)\)",
                                                "", piece).split())
    rest = re.sub(r"(?<!\S)" + _GENDER_TOKEN.pattern + r"(?!\S)", "", rest)  # "... H/F"
    if _POST_AFTER.match(rest):
        return True  # "Scaffolder position at Harbour Build", "Roofer role"
    if _PLACE_AFTER.fullmatch(re.sub(r"\s*\([^()]*\)", "", rest)):
        return True  # "Lagermitarbeiter (m/w/d) am Standort Bremen", "... regio Rotterdam"
    return not re.search(r"[^\W\d_]", re.sub(r"\([^()]*\)|\d[\d\s%.,–-]*%?", "", rest))


# Where the post is, after a title in a subject: "am Standort Bremen", "regio Rotterdam".
_PLACE_AFTER = re.compile(r"\s+(?i:am standort|standort|in|im|à|au|en|em|no|na|w|we|regio|regione|"
                          r"región|region|zona|zone|área|area|provincia|província|bei|sede|"
                          r"vestiging|filiale)\s+[A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*)?\s*")


# A title's own post word or its employer after it, in a subject.
_POST_AFTER = re.compile(r"\s+(?:(?i:position|role|job|vacancy|opening|post|stelle|poste|vacante|"
                         r"vaga|posizione|vacature|tjänst|chat|call|convo|conversation|interview|"
                         r"search)(?:\s|$)|(?i:at|with|@|bei|chez|presso|hos|bij)\s+[A-Z0-9À-Þ])")


# "Best,", "Un abrazo,": a short closing line; the writer's own title and firm follow.
_SIGNED = re.compile(r"^[^\W\d_][\w'’ ]{0,30},$")
_NAME_LINE = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,2}")
_CARD_OWNER = re.compile(r"[A-Z0-9À-Þ][\w&'’.-]*(?: (?:&|and|of|de|du|der|van|y|e)?\s?[A-Z0-9À-Þ]"
                         r"[\w&'’.-]*){0,5}")


# The last word of a firm's name that is also a head: "Fellgate Veterinary Partners".
_FIRM_WORD = re.compile(r"(?i:partners|associates|consultants|advisors|advisers)")


def title_on_card(text: str) -> str | None:
    """A job board's card above the sign-off: a line that is a title alone ("Junior Data
    Analyst (Entry Level)") over a line that is a name alone (the employer)."""
    lines = [line.strip() for line in text[:3000].splitlines()]
    for index, line in enumerate(lines[:-1]):
        if SIGN_OFF.match(line) or _SIGNED.match(line) and any(
                earlier.endswith((".", "!", "?")) for earlier in lines[:index]):
            return None  # the writer's own title and firm follow
        below = re.split(r"\s+[-–·•|]\s+", lines[index + 1])[0]  # "Acme - Hexham": its place
        if not line or len(line) > 80 or not _CARD_OWNER.fullmatch(below) \
                or is_head(below.split()[-1]) and not _FIRM_WORD.fullmatch(below.split()[-1]):
            continue
        above = lines[index - 1] if index else ""
        if _NAME_LINE.fullmatch(above) and not any(is_head(w) for w in above.split()):
            continue  # "Maria Lopez / Talent Partner / Acme": a signature, not a card
        if not any(later.endswith((".", "!", "?")) and len(later.split()) > 4
                   for later in lines[index + 2:]):
            continue  # nothing of the letter follows: the signature at its end
        title = read_title(line, max_words=6)
        if title and title[:1].isupper() and line[:1].isupper() and _whole_piece(title, line) \
                and not line.endswith((".", "!", "?", ",", ":")):
            return title
    return None
