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

# Capital letters of the Latin scripts the corpus is written in ("Śląskie", "Łódź", "Čakovec")
UPPER = ("A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ")

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
    r"[ée]quipe(?: (?:de )?(?:recrutement|rh|talents?))?|"
    r"equip de (?:selecci[óo]|persones|talent|recursos humans)|"  # (after sealing fresh361-365: Catalan)
    r"equipo(?: de (?:talento|selecci[óo]n|"
    r"reclutamiento|rrhh|personas))?|equipe(?: de (?:recrutamento|talentos|pessoas))?|"
    r"time(?= (?:de|da|do) )|squadra|(?<=das )team|(?<=het )team|(?<=il )team|teamet|tiimi|holdet|"
    # Indonesian and Malay "Tim People X", "Pasukan HR X" (twenty-first pass)
    r"tim(?: (?:people|hr|sdm|rekrutmen|talenta|personalia|human capital))?|"
    r"pasukan(?: (?:hr|sumber manusia|pengambilan))?|"
    # thirtieth pass: a careers desk or an HR department before the name ("Kerjaya Bank
    # Permata Nusa", "Portail Carrières TCE", "Phòng Nhân sự Sao Khuê", "Dział HR X")
    r"kerjaya|karir|karier|portail(?: (?:carri[èe]res|emploi|recrutement))?|carri[èe]res|"
    r"carreiras|portal de (?:empleo|vagas|carreiras|talento)|"
    r"portale(?: (?:reclutamento|concorsi|selezioni|carriere|lavora con noi))?|"  # (fresh266-270)
    r"drh|dsrh|rekrutmen|"  # (fresh271-275: "DRH Société Cotonnière", "Rekrutmen Bank Arunika")
    r"ph[òo]ng (?:nh[âa]n s[ựu]|tuy[ểe]n d[ụu]ng)|b[ộo] ph[ậa]n (?:nh[âa]n s[ựu]|tuy[ểe]n d[ụu]ng)|"
    r"departamento de (?:recursos humanos|rrhh|personas|talento humano|gesti[óo]n humana)|"
    r"service (?:des )?(?:rh|ressources humaines|recrutement)|direction des ressources humaines|"
    r"personalabteilung|abteilung personal|hr-afdeling|afdeling (?:hr|p&o|personeelszaken)|"
    r"personeelszaken|"  # (after sealing fresh246-250: "Personeelszaken Centrale Bank X")
    r"comité de selección|oficina de personal|"  # (after sealing fresh251-255)
    r"dzia[łl] (?:hr|kadr|personalny|rekrutacji)|odd[ěe]len[íi] (?:hr|lidsk[ýy]ch zdroj[ůu])|"
    # forty-fourth pass: a Russian team or department before the name ("команда КарьераПлюс")
    r"команда(?: (?:подбора|рекрутинга|hr))?|отдел (?:кадров|подбора|персонала)|"
    # forty-fifth pass: a Caribbean HR unit before the name ("Capital Humano ETIC", "Gestión
    # Humana de Banco Ceibeño Múltiple"), an Albanian team ("Ekipi i PunaHub")
    r"capital humano|gesti[óo]n humana|talento humano|ekipi(?: i)?|"
    # (after sealing fresh321-325: a Romanian job board's team, "Echipa JobListă")
    r"echipa)"
    r"(?: (?:de|del|de la|da|do|von|van|der|di|du|des|z|od|på|i|från|fra))?\s+(?-i:(?=[A-ZÀ-ÞА-ЯЁ0-9]))",
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
    r"(?i:\b(?:onze|de|bij onze|aan onze|mijn|bij mijn|aan mijn) (?:opdrachtgever|klant)|"
    # (thirty-seventh pass: one consultant's own client, "das Feedback meines Kunden, der X")
    r"\b(?:unsere[mnrs]?|unser|meine[mnrs]?|mein|dem|den|der|beim|bei unserem|bei meinem) "
    r"(?:kunden?|auftraggeber)|"
    r"\b(?:d?[oa]s? |ao |à |pel[oa] )?(?:nosso|nossa|meu|minha) cliente|"
    r"\b(?:nuestro|nuestra|a nuestro|de nuestro|del|al|mi|a mi|de mi) cliente|"
    r"\b(?:notre|à notre|de notre|le|du|au|mon|à mon|de mon) client(?:e)?|"
    r"\b(?:il nostro|al nostro|del nostro|la nostra|il mio|al mio|del mio) cliente|"
    r"\b(?:nasz\w*|dla naszego) klient\w*|"
    r"\b(?:vår|vores|vår) (?:kund|kunde|klient|uppdragsgivare|oppdragsgiver)|"
    r"\basiakkaamme)"
    r",? (?:(?:die|der|das|den|a|o|la|el|l['’]|le|de|het) )?"
    rf"(?P<c>[{UPPER}0-9](?:[\w&'’-]|\.(?=\w))*(?:\s(?:(?:de|do|da|di|del|van|von|der|&|e|y|et|und) )?"
    rf"[{UPPER}0-9&](?:[\w&'’-]|\.(?=\w))*){{0,4}})")

# Twenty-sixth pass: the client in Catalan, Galician, Romanian, Maltese, Russian, Turkish,
# Azerbaijani, Uzbek and Kazakh ("el nostre client X", "наш клиент, компания «X»",
# "müştərimiz X"); a name in quotes is taken whole.
CLIENT_LEAD_MORE = re.compile(
    r"(?i:\b(?:el nostre|al nostre|del nostre|la nostra|pel nostre) client[ae]?|"
    r"\b(?:o noso|ao noso|do noso|a nosa|polo noso) cliente|\bclient(?:ul|ului) (?:nostru|nostră)|"
    r"\bil-klijent tagħna|(?<!\w)(?:наш(?:ему|его|им|ем)?|у нашего) (?:клиент\w*|заказчик\w*)|"
    r"\b(?:müşteri|müştəri)miz\w*|\bmijozimiz\w*|(?<!\w)клиентіміз\w*|"
    # twenty-seventh pass: Czech, Slovak, Croatian, Serbian, Slovene and Albanian
    r"\b(?:n[áa][šs]\w*|na[šs]\w*|na[šs]eg\w*) (?:klient\w*|klijent\w*|naro[čc]nik\w*)|"
    r"\bklient(?:em|a|ovi)?,? (?=spole[čc]nost|spolo[čc]nos[ťt]|firma)|"
    r"\bklienti yn[ëe]\w*)"
    r"[,:]?\s+(?:[-–—]\s+)?(?:(?i:компани[яиюей]|банк[аеу]?|şirkəti?|şirketi?|kompaniya(?:si)?|"
    r"spole[čc]nost[ií]?|spolo[čc]nos[ťt]|firma|tvrtka|kompanija|dru[žz]ba|kompania|"
    r"el|la|o|a|l['’]|il-)\s?)?"
    r"(?:[«\"“](?P<q>[^»\"”\n]{2,60})[»\"”]"
    rf"|(?P<c>[{UPPER}А-ЯЁ0-9](?:[\w&'’-]|\.(?=\w))*(?:\s(?:(?:de|do|da|di|del|&|e|y|i|і) )?"
    rf"[{UPPER}А-ЯЁ0-9&](?:[\w&'’-]|\.(?=\w))*){{0,4}}))")

# A job board naming the employer in another language: "la empresa X revisó", "a empresa
# X", "l'entreprise X", "das Unternehmen X", "het bedrijf X", "l'azienda X", "firma X".
# Languages without articles before the noun (Polish, Czech, Slovak, Romanian) write it alone
# before the name: "pracodawca X", "společnost X", "Compania X" (seventeenth pass).
EMPLOYER_NOUN = re.compile(
    r"(?i:\b(?:(?:la|a|l['’]|das|die|het|de|el|o|w|firmy?) "
    r"(?:empresa|entreprise|soci[ée]t[ée]|unternehmen|firma|azienda|societ[àa]|bedrijf|"
    r"organisatie|organiza[çc][ãa]o|organizaci[óo]n|organisation|werkgever|arbeitgeber|"
    r"employeur|empleador|empregador|pracodawca|instituci[óo]n|institui[çc][ãa]o)|"
    r"pracodawca|pracodawcy|sp[óo][łl]ka|spółki|spole[čc]nost|spolo[čc]nos[ťt]|"
    r"zam[ěe]stnavatel|zamestn[áa]vate[ľl]|compania|companiei|angajatorul|angajatorului|"
    r"societatea|"
    # fortieth pass: a board's "poslodavac Telemetrika d.o.o.", "darbdavys AB Nemuno bankas",
    # "Tööandja Saaremaa Logistika", "uzņēmumā Ziemeļbite Finance", "Компанія Пульс Медіа"
    r"poslodavac|poslodavca|darbdavys|darbdavio|tööandja|uzņēmumā|uzņēmums|darba devējs|"
    r"компанія|компания|роботодавець|работодатель)) "
    rf"(?P<c>[{UPPER}0-9](?:[\w&'’-]|\.(?=\w))*(?:\s(?:(?:de|do|da|di|del|van|von|der|&|e|y|et|und) )?"
    rf"[{UPPER}0-9&](?:[\w&'’-]|\.(?=\w))*){{0,4}})")

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
    r"hiring institution|university|universit[ée]|universidad|universidade|"
    # a job board's card in Indonesian, Malay, Vietnamese and Turkish (twenty-first pass)
    r"perusahaan|syarikat|majikan|c[ôo]ng ty|nh[àa] tuy[ểe]n d[ụu]ng|[şs]irket|i[şs]veren|"
    # thirty-seventh pass: a job board's card in English below its first sentence ("Job
    # title: ... / Company: HARBOURLINE INFRASTRUCTURE PTE. LTD.")
    r"company|company name|employer|employer name|hiring company)[*_ ]*:\s*"
    r"(?P<v>[A-ZÀ-Þ0-9].{1,80})$", re.I | re.M)
# Twenty-fifth pass: the same card's label in scripts without capitals ("■ 기업명: (주)한빛로지스",
# "企業名：東邦精機", "اسم الشركة: ..."); the value need not open with a capital.
SCRIPT_EMPLOYER_LABEL = re.compile(
    r"^(?:[^\S\n]|[■□●○•▶▷◆◇※*_-])*(?:기업명|회사명|업체명|채용기업|企業名|会社名|募集企業|公司名称|公司名稱|"
    r"企业名称|企業名稱|招聘单位|招聘單位|用人单位|用人單位|公司|公司名|اسم الشركة|اسم المؤسسة|कंपनी का नाम|"
    r"संस्था का नाम|Компания|Работодатель|Роботодавець|Работодавач|Εταιρεία|Εργοδότης|חברה|מעסיק|"
    # forty-third pass: a Mongolian board's "Байгууллага:" (organisation), "Ажил олгогч:" (employer)
    r"Байгууллага|Ажил олгогч|"
    # after sealing fresh331-335: a Russian state portal's card, "Государственный орган: X"
    r"Государственный орган|Орган власти|"
    # forty-fourth pass: an Armenian and a Georgian board's card ("Ընկերություն՝ X",
    # "Գործատու՝ X", "კომპანია: X", "დამსაქმებელი: X")
    r"Ընկերություն|Գործատու|კომპანია|დამსაქმებელი)\s*[:：՝]\s*"
    r"(?P<v>[^\s:：].{0,60})$", re.M)

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


# seventeenth pass: what a capitalised phrase in a rejection often is, but never an
# organisation's name, in any of the languages triage reads.

# "Ergebnis Ihrer Online-Eignungsuntersuchung", "Informacja o Twojej aplikacji", "Votre
# dossier": a phrase holding "your" is written to the reader about their application.
_SECOND_PERSON = frozenset({
    "your", "yours", "ihr", "ihre", "ihrer", "ihres", "ihren", "ihrem", "dein", "deine",
    "deiner", "deines", "deinen", "deinem", "votre", "vos", "ton", "tes", "tu", "tus", "tuya",
    "vuestro", "vuestra", "seu", "sua", "teu", "tua", "tuo", "tuoi", "vostro", "vostra", "uw",
    "jouw", "twoja", "twojej", "twoją", "twojego", "twoje", "twój", "pański", "pani", "váš",
    "vaše", "vaši", "vašÍ", "vašich", "vašeho", "tvůj", "tvoje", "tvoji", "tău", "ta", "tăi", "dumneavoastră", "sizin", "senin", "başvurun", "başvurunuz", "ditt", "dina", "sinun",
    "teidän"})
# "Madame, Monsieur", "Geachte heer", "Szanowni Państwo": a letter's form of address.
_SALUTATION = frozenset({
    "madame", "monsieur", "mesdames", "messieurs", "mademoiselle", "mevrouw", "meneer", "heer",
    "frau", "herr", "herrn", "damen", "herren", "señor", "señora", "señores", "senhor", "senhora",
    "signora", "signore", "signori", "pan", "pani", "państwo", "pane", "paní", "doamnă", "doamna",
    "domnule", "domnul", "sayın", "hanım", "bey", "sir", "madam", "mr", "mrs", "ms", "dear",
    "geachte", "cher", "chère", "chers", "vážený", "vážená", "szanowny", "szanowna",
    "szanowni", "stimate", "stimată", "estimado", "estimada", "prezado", "prezada", "gentile",
    "egregio", "liebe", "lieber", "sehr", "geehrte", "geehrter"})
# "Christmas", "Pâques", "Wielkanoc", "Tết": a holiday says when, not who.
_HOLIDAYS = frozenset({
    "christmas", "xmas", "easter", "new year", "new year's", "new years", "thanksgiving",
    "halloween", "ramadan", "eid", "diwali", "hanukkah", "passover", "half term", "half-term",
    "noël", "noel", "pâques", "paques", "toussaint", "nouvel an", "weihnachten", "ostern",
    "pfingsten", "silvester", "neujahr", "navidad", "semana santa", "año nuevo", "pascua",
    "páscoa", "carnaval", "natale", "pasqua", "capodanno", "ferragosto", "kerst",
    "kerstmis", "pasen", "pinksteren", "boże narodzenie", "wielkanoc", "sylwester", "vánoce",
    "velikonoce", "silvestr", "crăciun", "craciun", "paște", "paşte", "bayram",
    "kurban bayramı", "ramazan bayramı", "yılbaşı", "tết", "tet", "lunar new year",
    "chinese new year", "jul", "påsk", "påske", "joulu", "pääsiäinen"})
# "EPSSO/AD/418/27", "TRN-2027-10-03318", "REF 2027/114": a file's or a competition's number.
_REFERENCE = re.compile(r"\b[\w]+(?:/[\w]+){2,}\b|\b\w*\d\w*[/-]\w*\d\w*[/-]\w*\d|"
                        r"(?<!\w)\d{2,}/\d{2,}(?!\w)")


def addressed_to_reader(name: str) -> bool:
    """"Ihrer Bewerbung", "Madame, Monsieur": a phrase written to the reader, not a name."""
    words = [w.strip(".,;:!?()\"'’") for w in name.casefold().split()]
    words = [w for w in words if w]
    if not words:
        return False
    if any(w in _SECOND_PERSON for w in words[1:]) or words[0] in _SECOND_PERSON - {"ta"}:
        return True
    return all(w in _SALUTATION for w in words)


def holiday(name: str) -> bool:
    """"Christmas", "Semana Santa", "Wielkanoc": a time of year, never an employer."""
    return " ".join(name.casefold().split()).removesuffix("'s") in _HOLIDAYS


def reference_code(name: str) -> bool:
    """"EPSSO/AD/418/27", "TRN-2027-10-03318": a file or competition number, not a name."""
    return bool(_REFERENCE.search(name))


# "Marmara Koleji'nin ... ilanına": Turkish writes a name's genitive after an apostrophe, the
# job advert ("ilan"), post or application following (seventeenth pass).
EMPLOYER_GENITIVE = re.compile(
    r"(?P<c>[A-ZÀ-ÞİŞĞ][\w&.-]*(?:\s[A-ZÀ-ÞİŞĞ][\w&.-]*){0,4})(?:['’](?:n?[iıuü]n|n[ae]|y?[ae]) "
    r"[^\n]{0,80}?\b(?i:ilan\w*|pozisyon\w*|başvuru\w*|kadro\w*|görev\w*)"
    # "Minik Adımlar Anaokulları firmasının ... ilanına": the firm named before its noun
    r"|\s(?:firmas[ıi]n[ıi]n|şirketinin|kurumunun)\s[^\n]{0,80}?\b(?i:ilan\w*|pozisyon\w*))")


# The kind of organisation a name says it is, in the languages of the seventeenth pass's mail
# (Dutch, Flemish, French, Czech, Polish, Romanian, Turkish, Spanish): "Vrije Universiteit
# Kempen" or "Colegio Valle Alto" is no person's name, however its words are capitalised.
ORGANISATION_WORD = re.compile(
    r"(?i:\b(?:universiteit|hogeschool|ziekenhuis|dierenkliniek|dierenartsenpraktijk|kliniek|"
    r"praktijk|advocaten|advocatenkantoor|notariaat|kantoor|gemeente|stichting|vereniging|"
    r"ministerie|provincie|waterschap|g[îi]te|h[ôo]tel|auberge|guesthouse|lichaam|"  # (sixty-sixth pass:
    # "Ministerie van Natuurlijke ...", a Réunion "Gîte Lo Piton"; after sealing fresh306-310,
    # Bonaire's "Openbaar Lichaam", its public body)
    r"universit[ée]|[ée]cole|lyc[ée]e|coll[èe]ge|cabinet|[ée]tude|avocats|clinique|fondation|"
    r"universidad|colegio|escuela|academia|cl[íi]nica|despacho|bufete|fundaci[óo]n|"
    r"universit[àa]|scuola|istituto|ospedale|uniwersytet|szko[łl]a|kancelaria|szpital|"
    r"fundacja|univerzita|[šs]kola|nemocnice|advok[áa]tn[íi]|universitatea|[șş]coala|spital|"
    r"[üu]niversitesi|okulu|koleji|kolej|hastanesi|akademi|hukuk|akademie|schule|kanzlei|"
    r"klinik|praxis|referrals|airways|airlines|aviation|forensics|veterinary|vets|"
    # thirty-first pass: a scheme or a fund ("Amanzimnyama Medical Scheme", "Kgalagadi Staff
    # Pension Fund"), whose other words may read like a title's
    r"scheme|fund|provident fund|pension fund|"
    # twenty-fourth pass: Romanian, Turkish, Polish, Czech, Slovak, Spanish and Portuguese
    r"complexul|clubul|asocia[țţt]ia|federa[țţt]ia|prim[ăa]ria|direc[țţt]ia|institutul|"
    r"spitalul|centrul|agen[țţt]ia|societatea|anaokul\w*|okullar\w*|zak[łl]ad\w*|"
    r"przedsi[ęe]biorstwo|sp[óo][łl]dzielnia|elektrownia|elektrociep[łl]ownia|wodoci[ąa]gi|"
    r"politechnika|uczelnia|spole[čc]nost|spolo[čc]nos[ťt]|z[áa]vod|podnik|elektr[áa]re[ňn]|"
    r"elektr[áa]rna|tepl[áa]rna|tepl[áa]re[ňn]|nemocnica|dru[žz]stvo|stadtwerke|"
    r"distribuidora|comercializadora|laborat[óo]rios?|corporaci[óo]n|corpora[çc][ãa]o|"
    r"compa[ñn][íi]a|companhia|cooperativa|universidade|faculdade|escola|col[ée]gio|"
    r"funda[çc][ãa]o|associa[çc][ãa]o|asociaci[óo]n|federaci[óo]n|federa[çc][ãa]o|"
    # thirty-sixth pass: Swahili's board, county, ministry, council, body and institute
    r"bodi|kaunti|wizara|halmashauri|shirika|taasisi|chuo kikuu|hospitali)\b)")


def organisation_word(name: str) -> bool:
    """A word that says what kind of organisation a name is ("Universiteit", "Koleji")."""
    return bool(ORGANISATION_WORD.search(name))


# eighteenth pass: a word of the subject or the text that names what the job is about, not who
# offers it: a field's acronym ("AML Analyst", "our KYC team"), a language ("German speaking
# Customer Advisor"), a project or programme ("Project Tidewater").

# Fields and functions written as acronyms; a bank's "AML" team is no organisation. (A text's
# acronym only: where the sender's address spells it, as hse.ie does, it is the sender's name.)
_FIELD_ACRONYMS = frozenset({
    "aml", "kyc", "cdd", "edd", "hse", "ehs", "qhse", "she", "esg", "csr", "grc", "crm", "erp",
    "seo", "sem", "ppc", "gdpr", "fp&a", "m&a", "r&d", "l&d", "dei", "d&i", "edi", "pmo", "sre",
    "nlp", "cx", "bi", "mi", "hvac", "cnc", "fmcg", "cpg", "icu", "a&e", "sen", "senco", "eal",
    "esol", "tefl", "celta", "devops", "mlops", "finops", "secops", "sox", "ifrs", "gaap",
    "rpa", "plc", "scada", "bim", "cad", "gis", "lims", "gmp", "gcp", "qc", "ra", "pv",
    "ux/ui", "ui/ux", "ar", "ap", "p&l", "b2b", "b2c", "d2c", "ecommerce", "e-commerce"})
# What follows a field's name in a title or a team: "AML Analyst", "KYC Operations", "ESG desk".
_FIELD_FOLLOWER = (r"(?:analyst|specialist|officer|advisor|adviser|manager|lead|consultant|"
                   r"engineer|associate|coordinator|co-ordinator|technician|investigator|"
                   r"reviewer|auditor|architect|developer|executive|director|assistant|"
                   r"team|teams|desk|department|function|operations|ops|unit|practice|"
                   r"programme|program|reporting|compliance|controls?|testing|role|position|"
                   r"berater\w*|referent\w*|spezialist\w*|analyst\w*|experte|expertin|"
                   r"analista|especialista|t[ée]cnico|responsable|charg[ée]e?|équipe|equipo|"
                   r"medewerker|specialist)")
_ACRONYM = re.compile(r"^[A-Z][A-Z&/]{1,5}$")
LANGUAGES = frozenset({
    "english", "german", "french", "spanish", "portuguese", "italian", "dutch", "flemish",
    "polish", "swedish", "danish", "norwegian", "finnish", "czech", "slovak", "romanian",
    "hungarian", "turkish", "greek", "arabic", "hebrew", "russian", "ukrainian", "mandarin",
    "cantonese", "chinese", "japanese", "korean", "hindi", "urdu", "bengali", "tamil", "thai",
    "vietnamese", "indonesian", "malay", "tagalog", "swahili", "persian", "farsi", "catalan",
    "basque", "galician", "welsh", "irish", "gaelic", "icelandic", "estonian", "latvian",
    "lithuanian", "bulgarian", "croatian", "serbian", "slovenian", "albanian", "afrikaans",
    "deutsch", "englisch", "französisch", "spanisch", "italienisch", "niederländisch",
    "français", "anglais", "allemand", "espagnol", "italien", "néerlandais", "español",
    "inglés", "alemán", "francés", "italiano", "português", "inglês", "alemão", "nederlands",
    "engels", "duits", "frans", "spaans", "polski", "svenska", "dansk", "norsk", "suomi"})
_SPEAKING = re.compile(r"[\s-](?:speaking|speaker|speakers|sprachig|speaking market|market|"
                       r"desk|language|native|fluent)$", re.I)
# "Project Tidewater", "Projekt Nordlicht", "Operation Lighthouse": a project's code name.
_PROJECT = re.compile(r"^(?:project|projekt|projet|proyecto|progetto|projeto|projecto|"
                      r"operation|initiative|programme|program|programm)\s+[A-ZÀ-Þ]\S*(?:\s\S+)?$",
                      re.I)


def language_name(name: str) -> bool:
    """"German", "German speaking", "Dutch-speaking": a language the job asks for."""
    lowered = _SPEAKING.sub("", " ".join(name.split())).casefold()
    return lowered in LANGUAGES


def project_name(name: str) -> bool:
    """"Project Tidewater", "Operation Lighthouse": what the team works on, not the employer."""
    return bool(_PROJECT.match(" ".join(name.split())))


def field_acronym(name: str, text: str) -> bool:
    """"AML", "KYC Operations", "ESG": a field's acronym, known or written as one before a
    title or a team's word ("HSE Advisor", "our GRC team"), alone or with that word."""
    words = name.split()
    if not words or not _ACRONYM.match(words[0]):
        return False
    if len(words) > 2 or len(words) == 2 and not re.fullmatch(_FIELD_FOLLOWER, words[1], re.I):
        return False
    if words[0].casefold() in _FIELD_ACRONYMS:
        return True
    return bool(re.search(rf"(?<![\w&/]){re.escape(words[0])}\s+{_FIELD_FOLLOWER}\b",
                          text[:6000], re.I) and not re.search(
        rf"(?i:\b(?:at|join|joining|with|for|bei|chez)\s+){re.escape(words[0])}(?![\w&/])"
        rf"(?!\s+(?i:{_FIELD_FOLLOWER})\b)", text[:6000]))


# Twenty-fifth pass: French, Spanish, Portuguese, Italian and Central European names are
# written in sentence case after the kind of organisation they are ("Groupe financier
# Valmont", "Caisse populaire Sorel", "Vodárenská spoločnosť Stredný Hron"): opened by that
# kind and closed by a proper name in capitals, such a name is no sentence.
_ORGANISATION_OPENING = re.compile(
    r"(?i:groupe|grupo|gruppo|grupa|banque|banco|banca|caisse|caja|caixa|soci[ée]t[ée]|sociedad|"
    r"sociedade|societ[àa]|compagnie|compa[ñn][íi]a|companhia|institut|instituto|istituto|"
    r"instytut|h[ôo]pital|hospital|ospedale|centre|centro|laboratoire|laboratorio|mairie|"
    r"ayuntamiento|conseil|consejo|conselho|mutuelle|coop[ée]rative|cooperativa|r[ée]seau|rede|"
    r"agence|agencia|ag[êe]ncia|agenzia|minist[èe]re|ministerio|minist[ée]rio|ministero|"
    r"fondation|fundaci[óo]n|funda[çc][ãa]o|fondazione|association|asociaci[óo]n|"
    r"associa[çc][ãa]o|associazione|office|oficina|clinique|cl[íi]nica|[ée]cole|escuela|escola|"
    r"scuola|universit[ée]|universidad|universidade|universit[àa]|"
    # (sixty-ninth pass: a public service's "Direction des affaires maritimes")
    r"direction|direcci[óo]n|dire[çc][ãa]o|direzione|d[ée]partement|departamento|autorit[ée]|"
    r"autoridad|autoridade|commission|comisi[óo]n|comiss[ãa]o|chambre|c[áa]mara|inspection|"
    r"observatoire|conservatoire|mus[ée]e|museo|museu|administraci[óo]n|administra[çc][ãa]o)")


def opens_as_organisation(name: str) -> bool:
    """"Groupe financier Valmont": the kind of organisation, then its proper name; or
    (thirty-first pass) a Romance institution written in sentence case after its kind,
    as French, Spanish and Italian bodies name themselves ("Observatoire européen de la
    démocratie locale", "Réseau européen pour l'inclusion sociale")."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if not words[-1][:1].isupper():
        if _NORDIC_BODY.fullmatch(words[0]) and words[1].casefold() in _NORDIC_LINKS:
            return True  # (after sealing fresh311-315: "Institutet för renskötselforskning")
        return 4 <= len(words) <= 9 and bool(_ORGANISATION_OPENING.fullmatch(words[0])
                                             or _SENTENCE_CASE_BODY.fullmatch(words[0])) \
            and all(w[:1].islower() for w in words[1:]) \
            and any(w.casefold() in _ROMANCE_LINKS for w in words[1:-1]) \
            and sum(w.casefold() not in _ROMANCE_LINKS for w in words[1:]) >= 2
    return bool(_ORGANISATION_OPENING.fullmatch(words[0])) \
        or any(organisation_word(word) for word in words[1:-1] if word.islower())


# A Nordic body in sentence case, its kind in the definite form, then what it is for.
_NORDIC_BODY = re.compile(r"(?i:institutet|instituttet|universitetet|sjukhuset|sykehuset|museet|"
                          r"verket|förbundet|forbundet|rådet|direktoratet|senteret|centret|centeret|"
                          r"selskapet|sällskapet|akademin|akademiet)")
_NORDIC_LINKS = frozenset({"för", "for", "i", "av", "til", "till", "ved", "vid"})


_SENTENCE_CASE_BODY = re.compile(r"(?i:observatoire|observatorio|observat[óo]rio|osservatorio|"
                                 r"comit[ée]|comitato|commission|comisi[óo]n|comiss[ãa]o|"
                                 r"commissione|f[ée]d[ée]ration|federaci[óo]n|federazione|"
                                 r"syndicat|sindicato|sindacato|maison|casa|forum|foro)")
_ROMANCE_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "pour", "para", "per", "del",
                            "della", "delle", "dei", "degli", "da", "do", "dos", "das", "en",
                            "et", "y", "e", "sur", "sobre", "contre", "contra", "l'inclusion"})


# Twenty-fifth pass: the hiring desk written after the employer or before it, in the languages
# of Central and South-Eastern Europe ("Kővárhegy MJV Polgármesteri Hivatal – Humánpolitikai
# Osztály", "Primăria Municipiului Râureni – Resurse Umane", "Kadrovska služba ZVSD Kras",
# "Екипът на РаботаПлюс"): the employer is the name without it.
_DESK_AFTER_NAME = re.compile(
    r"\s+[-–—|,]\s+(?:(?:the )?(?:human resources|hr|people(?: (?:&|and) culture)?|talent acquisition|"
    r"recruitment)(?: (?:team|department|office))?|humánpolitikai osztály|humánerőforrás\w*(?: osztály)?|"
    r"személyügyi osztály|(?:serviciul |departamentul )?resurse umane|kadrovska služba|služba za "
    r"ljudske resurse|ljudski resursi|personalabteilung|personalwesen|recursos humanos|"
    r"ressources humaines|rrhh|dział kadr|kadry|personální oddělení|oddelenie ľudských zdrojov|"
    r"insan kaynakları(?: departmanı| müdürlüğü)?|човешки ресурси|отдел [„\"]?човешки ресурси[“\"]?|"
    # (after sealing fresh366-370: an Aranese council's "Recorsi Umans", a Catalan town hall's
    # "Selecció de personal", Occitan "Ressorsas umanas")
    r"recorsi umans|recursos humans|ressorsas umanas|selecció de personal)\s*$",
    re.I)
_DESK_BEFORE_NAME = re.compile(
    r"^(?:kadrovska služba|dział kadr|služba za ljudske resurse|serviciul resurse umane|"
    r"екипът на|екипа на|отдел „?човешки ресурси“? на|ekipa|"
    # forty-fifth pass: an Albanian board's "the employer" before the name ("Punëdhënësi X")
    r"pun[ëe]dh[ëe]n[ëe]si|"
    # (after sealing fresh306-310: a desk, a dash, then the name, "Recursos Humano - Banko di
    # Desaroyo Boneiru")
    r"(?:recursos humanos?|human resources|ressources humaines|personeelszaken|rrhh)\s+[-–—|]|"
    # thirty-sixth pass: an Italian public body's registry office, which sends its PEC mail
    r"(?:ufficio )?protocollo(?: generale)?|ufficio (?:personale|risorse umane))\s+(?=\S)", re.I)


def without_desk_ends(name: str) -> str:
    """"Primăria Municipiului Râureni – Resurse Umane" -> "Primăria Municipiului Râureni"."""
    return _DESK_BEFORE_NAME.sub("", _DESK_AFTER_NAME.sub("", name)).strip() or name


# Twenty-seventh pass: the word that ends an organisation's name and says what kind it is, in
# the languages of the corpus ("Dala Telecom", "Defne Otel Grubu", "Bilgeada Koleji", "Modra
# Uvala Hoteli"). An ATS sending under such a name sends as the organisation, not a person,
# even where the name's first word is a given name ("Defne").
ORGANISATION_KIND_LAST = frozenset("""
    telecom telecoms telekom telecomunicaciones telecomunicações hotel hotels hoteli hotelleri
    otel oteli otelleri hoteles hotéis group grubu grupa groupe gruppe gruppo grupo holding
    holdings college koleji kolej bank banka bankas bankası bankasi banque banco bancorp
    resort resorts resorti klinik klinika kliniği klinikası hastanesi bolnica szpital kórház
    nemocnica nemocnice university egyetem univerzita uniwersytet univerzitet universitet
    üniversitesi universidad université università universidade school okulu škola szkoła
    iskola academy akadémia akademie akademija akademia energy enerji energia energija
    energie logistics lojistik logistika logistyka insurance sigorta assurances seguros
    tourism turizm turizam turizem tours travel cruises shipping airlines airways havayolları
    inşaat mühendislik teknoloji yazılım danışmanlık museum muzeum müzesi muzej múzeum
    foundation fondacija fundacja nadace alapítvány vakfı institute institut instituut
    intézet ústav instytut systems solutions technologies software labs studio studios
    partners capital consulting media pharma pharmaceuticals biotech foods gıda payments
    microfinance fintech railways rail koleje železnice železnica mutual casualty
    """.split())


def ends_in_organisation_kind(name: str) -> bool:
    """"Dala Telecom", "Defne Otel Grubu": a name of two words or more whose last says what
    kind of organisation it is."""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold().strip(".,") in ORGANISATION_KIND_LAST
