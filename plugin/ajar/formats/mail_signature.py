"""The sender's signature: name, title, company, phone and LinkedIn address.

Read from the lines after the sign-off ("Best regards,") so that a title or a
phone number in the body proper is never taken for the sender's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ajar.formats.mail_fields import WORKPLACE, LEGAL_FORM, SIGN_OFF as _SIGN_OFF, company_or_none, could_be_company, \
    looks_like_role
from ajar.formats.company_words import organisation_word, without_team_opening
from ajar.formats.mail_script_signer import script_name
from ajar.formats.world_places import is_country, is_locality
from ajar.formats.unit_words import (DEPARTMENT_ENDINGS, DEPARTMENT_OPENINGS, TEAM_WORDS,
                                     TEAM_WORDS_ABROAD, UNIT_HEADINGS)

_LINKEDIN = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[\w%-]+/?", re.I)
_PHONE = re.compile(r"(?<![\w/])\+?\(?\d[\d ().-]{6,18}\d(?![\w/])")
# (seventeenth pass: an Irish "Ó" before the family name, "Niamh Ó Briain")
# (twenty-seventh pass: the capitals of Central European names too, "Šindelářová", "Łukasz")
_CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞİĶĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# (after sealing fresh341-345: a Malay patronymic of five letters, "Noraini binti Sulaiman")
_PERSON = re.compile(rf"^[{_CAP}][\w'’.-]+(?: (?:(?:[a-zà-ÿ]{{1,3}}|Ó|binti|binte) ){{0,2}}[{_CAP}][\w'’.-]+){{1,3}}$")
TEAMISH = re.compile(r"\b(?:team|talent|recruiting|recruitment|careers|hr|people|hiring|"
                      r"acquisition|inc|ltd|gmbh|llc|group|the|labs?|industries|systems|technolog\w*|"
                      r"software|solutions|health|bank|capital|analytics|consulting|partners|"
                      r"studios?|media|games|energy|robotics|data|cloud|ai|ventures|holdings|"
                      r"r[ée]crut\w*|recrut\w*|karriere|jobs|emploi|rh|personal|corp\w*|co|[ée]quipe|"
                      r"equipo|talento|university|council|school|resources|publishing|payments|"
                      r"department|office|services|support|academy|institute|college|hospital|clinic|trust|"
                      r"foundation|museum|library|society|agency|bakery|cafe|coffee|restaurant|"
                      r"hotel|collective|logistics|insurance|foods|motors|pharma|bio|"
                      r"cent(?:er|re)s?|medical|union|credit|mutual|county|city|borough|district|"
                      r"authority|ministry|association|federation|network|company|gallery|"
                      r"theat(?:re|er)|airlines?|pharmacy|dental|care|estates?|properties|"
                      # trades and their plurals: "Amberleigh Hotels", "Northfold Rail"
                      r"hotels|resorts?|homes|pubs?|inns?|restaurants|stores?|shops?|hospitals|"
                      r"schools|clinics|farms?|bakeries|pharmacies|hospitality|leisure|retail|"
                      r"gardens|nurseries|venues?|brewery|breweries|brewing|distribution|"
                      r"freight|transport|rail(?:ways?)?|marine|aviation|logistics|"
                      r"construction|builders|engineering|manufacturing|works|mills?|"
                      r"supplies|outfitters|interiors|motors|foods|kitchens?|"
                      r"office|dept|secretariat|bureau|registry|"
                      r"design|designs|architecture|consultancy|advisory|accountancy|accounting|"
                      r"creative|digital|communications|productions|events|catering|cleaning|"
                      r"landscaping|joinery|roofing|printing|electrical|mechanical|plumbing|"
                      r"heating|trades|training|committee|commission|board|"
                      # organisation words of other languages (tenth pass)
                      # fortieth pass: "Tim Vrelo Fintech", "FinanceCareers Hub"
                      r"fintech|insurtech|proptech|edtech|healthtech|hubs?|"
                      r"tecnolog\w*|soluciones|soluções|servicios|serviços|sistemas|consultoria|"
                      r"ingenier[ií]a|grupo|banco|seguros|energ[ií]a|pagamentos|pagos|inmobiliaria|"
                      r"construcciones|transportes|industrias|alimentos|farmacia|salud|saúde|"
                      r"cl[ií]nica|universidad\w*|fundaci[óo]n|fundação|asociaci[óo]n|instituto|"
                      r"ayuntamiento|prefeitura|stiftung|verlag|werke|technik|logistik|kliniken|"
                      r"klinikum|versicherung\w*|energie|gruppe|holding|bouw|groep|zorg|gemeente|"
                      r"techniek|energi|teknik|gruppen|bygg|sjukhus|kommune|kommun|"
                      r"soci[ée]t[ée]|groupe|assurances?|[ée]nergies?|ingénierie|conseil|mairie|"
                      r"h[ôo]pital|universit[éàä]t?|hochschule|scuola|azienda|gruppo|"
                      # life sciences, retail and media, here and abroad (twelfth pass)
                      r"pharmaceuticals?|biosciences?|biologics|therapeutics|diagnostics|genomics|"
                      r"laborator(?:y|ies)|cosmetics|cosm[ée]ticos?|beauty|fashion|apparel|"
                      r"markets?|supermarkets?|trading|varejo|com[ée]rcio|comercial|"
                      r"editora|editorial|edizioni|[ée]ditions|wydawnictwo|grupa|sp[óo][łl]ka|"
                      r"medialna|mediale|medios|m[íi]dia|broadcasting|televis\w*|radio|"
                      # a team or a department in other languages: "Dział Personalny", "Time
                      # de Atração de Talentos", "Risorse Umane"
                      r"dzia[łl]|personaln\w*|kadr(?:y|owy|owa)?|zesp[óo][łl]|rekrutac\w*|talentos|"
                      r"atra[çc][ãa]o|equipa|risorse|umane|selezione|reclutamento|recursos|"
                      r"humanos|gente|pessoas|personas|"
                      # forty-fifth pass: Albanian "Ekipi i Rekrutimit", "Lumtel Karriera"
                      r"ekipi|rekrutimit|karriera|talenteve|burimeve|humana|humano|"
                      # (opened fresh341-345: an Indonesian "Tim Rekrutmen", no Tim)
                      r"rekrutmen|perekrutan|personalia|sdm|"
                      # (after sealing fresh361-365: Swahili's co-operative, council, ministry)
                      r"ushirika|halmashauri|wizara|shirika|"
                      # (... a Tajik hospital, a registrar's office, "Registrar SCIMS")
                      r"беморхона\w*|registrar|"
                      # utilities and carriers, here and abroad (thirteenth pass): "Severnmoor
                      # Water", "Borealis Windpower", "Aerovia Linhas Aéreas", "Rede Solmar Hotéis"
                      r"water|power|\w+power|utilities|linhas|a[ée]reas|aerol[ií]neas|"
                      r"hot[ée]is|hoteles|hotelera|hoteleira|restaurantes|log[ií]stica|"
                      # forty-third pass: a public employer's level of government, "Kanton
                      # Bern", "Gemeinde Köniz", "Comune di Lugano"
                      r"kanton|cantone|gemeinde|landkreis|bezirksamt|bundesamt|landesamt|"
                      r"stadtverwaltung|magistrat|comune|municipio|municipalidad|prefectura|amt|\w*dienst|"
                      # ... and a Swahili human-resources desk, "Rasilimali Watu"
                      r"rasilimali|"
                      # fifty-seventh pass: a Malagasy staff desk, "Ny Sampana Mpiasa sy Fitantanana"
                      r"mpiasa|sampana|sampan-draharaha\w*|"
                      # after sealing fresh246-250: a Swahili team, "Timu ya Ajira"
                      r"timu)\b",
                      re.I)


# "Dr", and the German "i. A." / "i. V." (signing on behalf of) before a signer's name
# (twenty-seventh pass: the academic titles of Austria and Central Europe, "Mag.a", "Ing.",
# "Mgr.", "Dipl.-Ing.", "арх.")
_HONORIFIC = re.compile(r"^(?:(?:(?:dr|prof|mr|mrs|ms|mx|miss|"
                        # forty-third pass: Swahili "Bi."/"Bw."/"Ndg.", Andean "Mgs.", "Lic.",
                        # "Lcda.", "Abg.", "Econ."
                        r"bi|bw|ndg|mgs|lic|lcda|lcdo|abg|econ)\.?|professor|i\.\s?[av]\.|p\.\s?p\.|"
                        r"(?:mag|mmag|ing|mgr|bc|phdr|rndr|judr|mudr|dipl\.-ing|arh|арх|инж)\.(?:a|in)?|"
                        # Polish "mgr inż.", Croatian "mr. sc.", "dipl. ing."
                        r"mgr|inż\.|sc\.|dipl\.|univ\.|spec\.|"
                        # sixty-first pass: the Polish habilitation ("prof. dr hab. inż.")
                        r"hab\.|"
                        # forty-second pass: Portuguese and Lusophone Africa's "Eng.ª", "Eng.",
                        # "Dra.", "Arq.ª"
                        r"(?:eng|dra|arq)\.[ªºa]?|"
                        # after sealing fresh246-250: the Dutch engineer's "ir." and "drs."
                        # before a name ("dr. ir. Anne-Marije Bosma")
                        r"ir\.|drs\.|"
                        # after sealing fresh266-270: Italian "Dott."/"Dott.ssa", Paraguayan
                        # "Abog." (a lawyer)
                        r"dott\.(?:ssa)?|abog\.|avv\.|"
                        # after sealing fresh336-340: an Andean master's degree, "M.Sc.", "MSc.",
                        # "Mg.", an engineer's "Ing." (Italian "Ing. Sebastiano Loi")
                        r"m\.\s?sc\.|msc\.|mg\.|"
                        # ... and a Spanish tribunal's "Fdo.:" (signed) before the name
                        r"fdo\.:?|"
                        # after sealing fresh341-345: a Romanian lecturer's "Conf. dr. ing.", "Ș.l."
                        r"conf\.|lect\.|ș\.l\.|ş\.l\.|"
                        # after sealing fresh346-350: a Pakistani engineer's "Engr."
                        r"engr\.|"
                        # after sealing fresh351-355: a mission hospital's Sister, "Sr Ruth Kaupa"
                        r"sr\.?|sister|"
                        # after sealing fresh331-335: a Mauritian civil servant's "(Mrs)"
                        r"\((?:mrs|mr|ms|miss|dr)\.?\))\s+)+"
                        r"(?=[A-ZÀ-ÞĀ-ŽА-Я])", re.I)


# A company's legal imprint under a signature names its directors and court, not the writer.
_IMPRINT = re.compile(r"^(?:managing directors?|directors?|geschäftsführ\w*|vorstand|"
                      r"aufsichtsrat\w*|registered (?:office|in|address)|amtsgericht|hrb|"
                      r"sitz der gesellschaft|registergericht|ust-?id\w*|vat (?:no|number|id)|"
                      r"company (?:no|number|registration)|registration (?:no|number))\b[^:]*:",
                      re.I)


# "For Vastra Projects Ltd." over "(Authorised Signatory)": India's and the Commonwealth's way
# to sign for a firm; the firm is what follows "For".
# Forty-fourth pass: "Pour le Directeur des Ressources Humaines," over the signer: an office
# signed for, nobody's name.
_FOR_THE_OFFICE = re.compile(r"^(?i:pour|p/o|p\.o\.|für|por|per|for) (?i:le|la|l['’]|den|die|el|il|the) "
                             r"[^\n]{3,60}[,:]$"
                             # (after sealing fresh331-335: Polish "z up. Dyrektora", by the
                             # director's authority)
                             r"|^(?i:z up\.|z upoważnienia|w z\.) ?[^\n]{3,40}$")
# A Portuguese or Spanish office over the signer's name, with its article and a comma: "O
# Presidente do Júri,", "A Diretora de Recursos Humanos,", "Pel'O Júri do Procedimento,"
# (fifty-seventh pass: and a French one, "Le Coordonnateur National,").
_OFFICE_ABOVE_NAME = re.compile(r"^(?:Pel['’]\s?)?(?:O|A|El|La|Le|Il|Lo|Pelo|Pela|Por el|Por la|"
                                r"EL|LA|LE|IL|LO)\s+"  # (fresh336-340: "EL PRESIDENTE DEL TRIBUNAL")
                                r"(?:[\w.ºª'’-]+\s+){0,8}[\w.ºª'’-]+,?$")  # (fresh331-335: nine words,
# "La cheffe du bureau des concours et examens professionnels")
_SIGNED_FOR = re.compile(r"^(?i:for(?: and on behalf of)?|on behalf of)\s*:?\s+(?=[A-Z0-9À-Þ])")
_LEGAL_LINE = re.compile(rf"^(?:(?i:for(?: and on behalf of)?|on behalf of)\s*:?\s+(?=[A-Z0-9À-Þ]))?(?P<c>[A-Z0-9À-Þ][^,|·•\n]{{1,50}}?,?\s{LEGAL_FORM})(?=\s*(?:[,·|•]|$))")


# A form no title ends with: "Barzan Engineering Co. W.L.L." is a firm though "Engineering"
# reads like a job's field; a bare "AS" or "SE" could still close a title.
_SURE_FORM = re.compile(r"\s(?:\w+\.){2,}$|\s(?:Ltd\.?|Limited|GmbH|LLC|Inc\.?|Berhad|Bhd\.?|"
                        r"WLL|Plc|PLC|Pvt\.? Ltd\.?)$")


# "Toronto, ON", "Austin, TX", "Dubai, U.A.E.": where the writer sits, not who employs them.
_PLACE_LINE = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+)?,\s*(?:[A-Z]{2}|(?:[A-Z]\.){2,3}|"
                         r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)$")


# "Nurse Unit Manager – Emergency Department", "Lecturer, School of Law": the unit the writer
# works in, when a line below names the organisation.
_UNIT = re.compile(rf"^(?:the )?(?:{DEPARTMENT_OPENINGS}) (?:of|for) "
                   rf"|\b(?:{DEPARTMENT_ENDINGS}|service|services|team)$", re.I)


# "WeChat: vivianzhou_hcs", "WhatsApp: +971 ...", "LINE ID: x": a messenger's handle, which
# Chinese, Gulf, Japanese and Southeast Asian signatures give beside the phone.
_HANDLE = re.compile(r"^(?i:wechat|weixin|whatsapp|skype|line|telegram|signal|kakaotalk|kakao|"
                     r"zalo|viber|qq|teams)(?: ?id)?\s*[:：]")


def is_place_line(line: str) -> bool:
    """"New Cairo, Egypt", "Austin, TX": a signature's line that says where, not who."""
    return bool(_PLACE_LINE.match(line)) or _town_and_country(line)


def _town_and_country(line: str) -> bool:
    """"Sheikh Zayed City, Egypt": a town of several words, then its country."""
    town, _, country = line.rpartition(", ")
    return bool(town) and is_country(country) and 1 <= len(town.split()) <= 4 \
        and all(word[:1].isupper() for word in town.split())


# A recruitment consultant's title: the firm they sign for is an agency, named in full.
_AGENCY_TITLE = re.compile(r"\b(?:consultant|recruiter|headhunter|account manager|"
                           r"resourcer|talent partner|search (?:consultant|partner)|"
                           r"(?:associate )?director)\b", re.I)


# "Office 555-0173", "Ph: (02) 5550 2231", "Direct line: ...": a number's label, not a name.
_PHONE_LABEL = re.compile(r"^(?:(?:direct|main|work|office|desk|mobile|cell|phone|tel|telephone|"
                          r"telefon|telefone|telefono|teléfono|téléphone|tél|tlf|puh|"  # abroad
                          r"ph|ext|fax|switchboard|pager|bleep|mob|m|t|p|d|o|w|f)\b\.?"
                          r"(?: ?(?:line|no\.?|number|phone))?\s*[:.]?\s*)+(?=[+(\d])", re.I)


# "Jamie Ortega, PhD", "Maya Chen (she/her)", "JAMIE ORTEGA": the name without its letters,
# pronouns or capitals.
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:Ph\.?D\.?|MBA|CPA|CIPD|Assoc CIPD|Chartered MCIPD|MCIPD|"
                            r"SHRM-(?:CP|SCP)|PHR|SPHR|MSc|MA|BA|BSc|MD|RN|Esq\.?|CFA|ACA|FCA|PMP|"
                            r"MRes|LLM|LLB|CPRW|CIR|"
                            # nursing, medicine, teaching and accounting letters
                            r"MSN|BSN|CCRN|CEN|NP|FNP(?:-BC)?|DNP|APRN|LPN|RGN|RMN|RNMH|NE-BC|"
                            r"MBBS|MBChB|FRCS|FRCP|MRCP|PA-C|PharmD|DDS|DMD|MPH|MHA|MSW|LCSW|CRNA|"
                            r"MEd|EdD|PGCE|QTS|ACCA|CIMA|CMA|FCCA|MCIPS|CEng|MIET|"
                            # (after sealing fresh351-355: a Filipino nurse's "RN, MAN", a
                            # teacher's "LPT", a public servant's "MPA", "MAEd")
                            r"MAN|LPT|MPA|MAEd|MAT|RM|RSW|CPA))+$")
_PRONOUNS = re.compile(r"\s*\((?:she|he|they|ze|xe)\s*/\s*\w+(?:\s*/\s*\w+)?\)"
                       # "Adaeze Okonkwo (Mrs)": a formal letter's honorific after the name
                       r"|\s*\((?:mrs|mr|ms|miss|dr|chief|engr|barr|alhaji|hajia)\.?\)$", re.I)


# "Patricia “Trish” Dizon", "Robert (Bob) Lang": a nickname between the names (fifteenth pass).
_NICKNAME = re.compile(r"(?<=\w)\s+[“\"'‘(][A-ZÀ-Þ][\w'’.-]{0,20}[”\"'’)]\s+(?=[A-ZÀ-Þ])")


def _as_name(line: str) -> str:
    # "(ZULKIFLI BIN OMAR)": a formal letter brackets the signatory's name under the sign-off
    line = re.sub(r"^\((?=[^()]{4,40}\)$)(.*)\)$", r"\1", line.strip())
    line = re.sub(r"^Fdo\.?:?\s+(?=[A-ZÀ-Þ])", "", line)  # sixty-first pass: "Fdo.: Marcos Villa" (signed)
    name = _POST_NOMINALS.sub("", _PRONOUNS.sub("", _NICKNAME.sub(" ", line))).strip()
    words = name.split()
    if 2 <= len(words) <= 5 and name.isupper() and all(w.isalpha() for w in words) \
            and not re.search(rf"\s{LEGAL_FORM}$", name):  # "NORDVIK AS" is a firm
        # "JAMIE ORTEGA", "ZULKIFLI BIN OMAR" (a patronymic's "bin" stays small)
        name = " ".join(w.lower() if index and w.lower() in _PATRONYMIC else w.capitalize()
                        for index, w in enumerate(words))
    return name


_PATRONYMIC = frozenset({"bin", "binti", "bte", "binte", "ibn", "bint", "ap", "ferch"})


@dataclass
class Signature:
    name: str | None = None
    title: str | None = None
    company: str | None = None
    phone: str | None = None
    linkedin: str | None = None


# Fifty-fourth pass: a Balinese name's birth-order and caste words ("Ni Luh Putu Ayu
# Sukmawati", "I Gusti Ngurah Rai") come before a name of its own, which can be long.
_BALINESE_LEAD = re.compile(r"^(?:I|Ni|Anak Agung) (?:(?:Gusti|Luh|Made|Wayan|Putu|Ketut|Nyoman|"
                            r"Kadek|Komang|Gede|Ngurah|Nengah|Agung) ){1,2}(?=[A-Z])")


def looks_like_person(name: str) -> bool:
    """"Jörg Müller" is a person; "Acme Talent Team" and "Lumen Health Inc" are not."""
    name = name.strip(" \"'")
    own = _BALINESE_LEAD.sub("", name)
    return bool(_PERSON.match(own if " " in own else name)) and not TEAMISH.search(name) \
        and not looks_like_role(name) and not _NOT_A_NAME.search(name) \
        and not (len(name.split()) >= 3 and re.search(r"\b[A-Z]{3,}\b", name)) \
        and not re.search(rf"\s{LEGAL_FORM}$", name)  # "... JATC", "NORDVIK AS"


# Forty-second pass: a French or West African signature writes the surname in capitals
# after the given names ("Mame Diarra SOW", "Grâce MBUYI KALONJI"), over the signer's title;
# a display name such as "Portail Carrières TCE" has no title under it.
_SURNAME_IN_CAPITALS = re.compile(r"^(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+ ){1,2}(?:(?=[A-Z]*[AEIOUYÀ-Ý])[A-ZÀ-Þ'’-]{2,}"
                                  r"(?: |$)){1,2}$")


# "Ihr Personalteam", "Uw Recruitmentteam", "Votre équipe": a possessive or a team compound.
_NOT_A_NAME = re.compile(r"^(?:your|our|ihr|ihre|dein|deine|euer|eure|unser|unsere|votre|notre|"
                         r"uw|jouw|onze|seu|sua|nosso|nossa|vostro|vostra)\b"
                         r"|\w(?:team|teamet|teamen)\b", re.I)


_FOOTER = re.compile(r"(?i:\byou (?:are receiving|received|have received) this (?:e-?mail|message)\b|"
                     r"\bunsubscribe\b|\bmanage your (?:data|preferences|notifications)\b|"
                     r"\bthis (?:e-?mail|message) was sent (?:by|to|because|via)\b|"
                     # (after sealing fresh356-360: a French system's footer)
                     r"\bvous recevez (?:cet|ce) (?:e-?mail|message|courriel)\b)")
# "(allkirjastatud digitaalselt)", "(digitally signed)": a note above the signer's name
_SIGNED_NOTE = re.compile(r"^(?i:signed:|sgd\.?|\(sgd\.?\)|\(signed\)|(?:documento )?firmado (?:electrónica|digital)mente|"
                          r"(?:documento )?assinado (?:eletronica|digital)mente)$|"  # forty-third pass
                          r"^\((?i:allkirjastatud digitaalselt|digitaalselt allkirjastatud|digitally "
                          r"signed|signed electronically|elektroniskai pasirašyta|parakstīts "
                          r"elektroniski|digitalno potpisano|elektronski potpisano)\)$")


def _unsigned_block(lines: list[str], signer: str = "") -> int | None:
    """A signature with no sign-off ("Grace Liu / Head of Marketing, Bluepeak"): the
    last paragraph, when it is short and opens with a person's name."""
    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    begin = end
    while begin and lines[begin - 1]:
        begin -= 1
    last = " ".join(lines[begin:end])
    if begin and (_FOOTER.search(last) or len(last) > 80 and _DISCLAIMER.search(last)):
        # (seventy-seventh pass: or a confidentiality notice, "Le informazioni contenute in
        # questo messaggio sono riservate ...", under a signer with no sign-off line)
        end = begin  # fortieth pass: a system's footer under the signature ("You are receiving
        while end and not lines[end - 1]:  # this email because you applied ...")
            end -= 1
        begin = end
        while begin and lines[begin - 1]:
            begin -= 1
    if begin and end - begin <= 2 and all(_SENT_VIA.search(line) and len(line) <= 80
                                          and re.search(r"\bvia\b|^powered by\b|^inviato dal mio\b", line, re.I)
                                          for line in lines[begin:end]):
        end = begin  # fifty-seventh pass: "Envoyé via Teamtailor" under the signature (not
        # "Sent from my iPhone", under a note whose last lines are no signature block; eightieth
        # pass: "Powered by Workable" is an ATS's line too, and "Inviato dal mio smartphone" under a
        # name and a firm; an English "Sent from my Galaxy" stays, as it read "Quill Recruitment |
        # 021 ..." as a team)
        while end and not lines[end - 1]:
            end -= 1
        begin = end
        while begin and lines[begin - 1]:
            begin -= 1
    if begin >= 2 and not lines[begin - 1] and lines[begin - 2] \
            and (begin < 3 or not lines[begin - 3]) and end - begin <= 6 \
            and looks_like_person(_as_name(lines[begin - 2])) \
            and any(_PHONE.search(line) or could_be_company(line) for line in lines[begin:end]):
        return begin - 2  # fifty-seventh pass: "RAKOTONIRINA Haingo", a blank, then the office
    if begin < end - 2 and _SIGNED_NOTE.match(lines[begin]):
        begin += 1  # "(allkirjastatud digitaalselt)" above the name
    if 1 < end - begin <= 6 and (looks_like_person(_as_name(lines[begin]))
                                 or (re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+", lines[begin])
                                     or _SURNAME_IN_CAPITALS.match(lines[begin])
                                     and not TEAMISH.search(lines[begin]))
                                 and (looks_like_role(lines[begin + 1].split(",")[0])
                                      or lines[begin].casefold() == signer.casefold())):
        return begin  # "Grace Liu / Head of Marketing", "Nora / Founder, Little Fern"
    if 1 < end - begin <= 6 and script_name(lines[begin]) \
            and looks_like_role(re.split(r"\s+[|•·]\s+", lines[begin + 1])[0].split(",")[0]):
        return begin  # forty-fourth pass: "Мадина Ержанова / Senior IT Recruiter | Steppe Talent"
    pieces = re.split(r"\s+[|•·]\s+", lines[begin]) if end - begin == 1 else []
    if len(pieces) >= 2 and looks_like_person(_as_name(pieces[0])) \
            and looks_like_role(pieces[1].split(",")[0]):
        return begin  # sixteenth pass: one line, "Dana Reyes | Animation Lead | Studio"
    parts = lines[begin].split(", ") if end - begin == 1 and begin else []
    if len(parts) == 3 and looks_like_person(_as_name(parts[0])) and looks_like_role(parts[1]) \
            and not looks_like_role(parts[2]) and re.match(r"[A-Z0-9À-Þ]", parts[2]):
        return begin  # after sealing fresh311-315: "Farah Siddiqui, Talent Partner, Rayyan Hotels"
    return None


# An article before a name: a firm's ("Les Salines de ..."), never a person's
_ARTICLE_FIRST = re.compile(r"(?:Les|La|Le|L['’]|El|Los|Las|Il|Lo|Gli|The|Die|Der|Das|Het)\s")
# A town after an organisation on its line, one or two capitalised words
_TOWN_AFTER = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?")
# "Sent via Personio", "Sent from my iPhone": a mailer's line, nobody's company.
# (forty-fourth pass: and in French, Spanish and Portuguese, "Envoyé de mon iPhone",
# "Enviado desde mi iPhone"; eightieth pass: Italian, "Inviato dal mio smartphone")
_SENT_VIA = re.compile(r"(?:sent (?:via|from|with|using|by)|powered by|via|envoyé (?:de|depuis|"
                       r"avec)|enviado (?:desde|de|com|con)|inviato (?:dal?|con))\b", re.I)
# "Recrutamento, Corallo", "People Team, Acme": the team, then the company.
_TEAM_COMMA = re.compile(r"^(?:recrut\w*|recruit\w*|talent(?: acquisition)?|hr|rh|rrhh|"
                         r"people(?: team)?|"
                         r"human resources|personal\w*|selec\w+|karriere)\s*,\s*(?=\S)", re.I)


# A board's team signing, not a person: "Tim PoslovniKod.rs", "Équipe Jobzy", "Team Acme".
_TEAM_SIGNS = re.compile(r"(?i:tim|team|tým|zespół|ekipa|equipe|équipe|equipo|squadra)\s|.*\w\.(?:rs|com|hr|ba|si|me|mk|io)\b")


def _foreign_sign_off(lines: list[str]) -> int | None:
    """A sign-off in a language we have no list for ("Un abrazo,", "Groetjes,"): a short
    line ending in a comma, near the end, right above a person's name."""
    for index in range(len(lines) - 2, max(-1, len(lines) - 10), -1):
        line = lines[index]
        below = index + 1 + (not lines[index + 1] and index + 2 < len(lines))  # a blank between
        # (after sealing fresh351-355: up to five words, "God i blesim yu,", "Un abbraccio
        # dalla famiglia Cannizzaro,")
        # (after sealing fresh356-360: or an exclamation mark, "Bonne route !")
        if line.endswith((",", "!")) and 1 <= len(line.split()) <= 5 and not any(
                c.isdigit() for c in line) \
                and looks_like_person(_as_name(_HONORIFIC.sub("", lines[below]))) \
                and not _TEAM_SIGNS.match(lines[below]):
            return below
    return None


# fifteenth pass: a line of its own saying the writer signs for someone else ("im Auftrag",
# "in Vertretung", "p.p.", "on behalf of the committee", "por ausencia"); the name follows it.
_COPY_LINE = re.compile(r"^(?i:nakala|cc|c\.c\.|copy to|copie à|copia a|c/c)\s*:")
_PROXY_LINE = re.compile(r"^(?:im auftrag|in vertretung|i\.\s?a\.|i\.\s?v\.|p\.\s?p\.?|pp|"
                         r"per pro(?:curationem)?|on behalf of\b.{0,60}|por (?:ausencia|poder)|"
                         r"p/o|pela|per conto (?:di|del)\b.{0,60}|namens\b.{0,60}|"
                         r"på vegne av\b.{0,60}|på uppdrag av\b.{0,60}|w imieniu\b.{0,60}|"
                         # (after sealing fresh356-360: "Pour le Directeur général et par délégation,")
                         r"pour (?:le|la|l['’])\b.{0,60}?par (?:délégation|ordre)|par (?:délégation|ordre))"
                         r"[,:]?$", re.I)


def _two_sign_offs(line: str) -> bool:
    """"Kind regards / Viele Grüße": a sign-off in two languages."""
    parts = re.split(r"\s+[/|]\s+", line)
    # "Yn gywir / Yours sincerely": one half known, the other as short as a sign-off
    return len(parts) == 2 and any(_SIGN_OFF.fullmatch(part.rstrip(",!. ")) for part in parts) \
        and all(1 <= len(part.split()) <= 4 and not re.search(r"[.?:;]\s|\d", part)
                for part in parts)


# Sixty-first pass: a Spanish official letter's place and date, near its end, over the office
# that signs ("Oviedo, 18 de marzo de 2026" / "La Jefa del Servicio de Personal" / the name);
# at the top of a letter it is only its date.
# (after reading fresh266-275: Catalan, "Andorra la Vella, 17 d'octubre del 2025")
_PLACE_AND_DATE = re.compile(r"[A-ZÀ-Þ][\w'’ -]{1,30}, (?:a )?\d{1,2} (?:de |d['’])[a-zñç]+ de(?:l)? \d{4}\.?")


# A confidentiality notice's words, in the languages job mail is written in.
_DISCLAIMER = re.compile(r"(?i:confiden[ct]ial|vertraulich|riservat[aeio]|destinatari[oa]|"
                         r"confidentiel|destinataire|"  # (after sealing fresh356-360: French)
                         r"intended (?:only )?for|exclusiv[oa] del|if you (?:have )?received)")


_MOTTO = re.compile(r"[\"“«][^\"“”«»]{3,80}[\"”»]\.?")


def read_signature(text: str, signer: str = "") -> Signature:
    """What the signature block at the end of ``text`` says about its writer
    (``signer``: the sender's first name, when a person sent it)."""
    lines = [line.strip().strip("*_ ") for line in text.splitlines()]
    start = None
    for index in range(len(lines) - 1, -1, -1):
        if lines[index] in ("--", "-- ") and all(
                not line or re.search(r"https?://|www\.", line) or _SENT_VIA.match(line)
                or _DISCLAIMER.search(line) for line in lines[index + 1:]):
            continue  # sixty-first pass: a "--" over an ATS's footer alone, not over the signer
            # (after sealing fresh266-270: nor over a confidentiality notice alone)
        if lines[index] in ("--", "-- ") and any(_SIGN_OFF.match(line) for line in lines[max(0, index - 8):index]) \
                and not any(looks_like_person(re.split(r"\s+[/|•·–-]\s+|,\s*", line)[0]) or script_name(line)
                            for line in lines[index + 1:index + 4] if line):
            continue  # (after sealing fresh341-345: a "--" over the firm's imprint, under the signer)
        if _SIGN_OFF.match(lines[index]) or lines[index] in ("--", "-- ") \
                or _two_sign_offs(lines[index]) \
                or index >= len(lines) - 8 and _PLACE_AND_DATE.fullmatch(lines[index]):
            start = index + 1
            break
    signature = Signature()
    linkedin = _LINKEDIN.search(text)
    if linkedin:
        url = linkedin.group(0).rstrip("/")
        signature.linkedin = url if url.lower().startswith("http") else "https://" + url
    if start is None:
        start = _foreign_sign_off(lines)
    if start is None:
        start = _unsigned_block(lines, signer)
    if start is None:
        return signature
    block = [line for line in lines[start:start + 10] if line
             and not _IMPRINT.match(line) and not _PROXY_LINE.match(line)
             and not _SIGNED_NOTE.match(line)
             # (after sealing fresh361-365: a letter's copy list, "Nakala: Mwenyekiti wa Bodi", "cc:")
             and not _COPY_LINE.match(line)
             # (after sealing fresh341-345: an office's motto in quotes, "Educar para la comunidad")
             and not _MOTTO.fullmatch(line)
             # (after sealing fresh336-340: "Envoyé de mon iPhone" under a two-line note)
             and not (_SENT_VIA.match(line) and len(line) <= 40 and not re.search(r"[|@]", line))][:7]
    rest: list[str] = []
    line_of: dict[str, int] = {}  # each piece's line in the block
    for line_number, line in enumerate(block):
        # (after sealing fresh336-340: a remark in brackets after the organisation, "Achnabeg
        # Community Wind (chair, unpaid, God help me)")
        line = re.sub(r"(?<=\w)\s+\((?=[a-z])[^()]{2,60}\)$", "", line) or line
        # (after sealing fresh371-375: a firm of a trade, what it does and where, "Mizan
        # Traders (Ship Chandler & Provision Supplier), Sadarghat, Ctg": the firm)
        trade_firm = _FIRM_THEN_PLACE.match(line)
        line = trade_firm.group("f") if trade_firm else line
        pieces = [p.strip() for p in re.split(r"\s+[|•·–]\s+", line) if p.strip()]
        if len(pieces) == 2 and _TOWN_AFTER.fullmatch(pieces[1]) and len(pieces[0].split()) >= 3 \
                and not looks_like_role(pieces[0]) and not looks_like_role(pieces[1]) \
                and (not looks_like_person(pieces[0]) or _ARTICLE_FIRST.match(pieces[0])) \
                and not _is_team(pieces[1]):
            pieces = pieces[:1]  # after sealing fresh336-340: "Les Huîtres de l'Étang de Diana – Aléria"
        name_first = line.split(" / ", 1)
        if len(pieces) == 1 and len(name_first) == 2 and looks_like_person(name_first[0]) \
                and looks_like_role(name_first[1]):
            pieces = name_first  # thirty-sixth pass: "Kenta Takahashi / Senior Engineer"
        if len(pieces) == 1 and "," in line:  # "Jane Doe, Recruiter" but not "VP, Data"
            first, rest_of_line = (p.strip() for p in line.split(",", 1))
            if looks_like_person(first) and looks_like_role(rest_of_line):
                pieces = [first, rest_of_line]
        for piece in pieces:
            label = _PHONE_LABEL.sub("", piece)
            if _LINKEDIN.search(piece) or "@" in piece or re.search(r"https?://|www\.", piece) \
                    or _SENT_VIA.match(piece) or _HANDLE.match(piece):
                continue
            if _PHONE.fullmatch(label.strip()) and sum(c.isdigit() for c in label) >= 7:
                signature.phone = signature.phone or label.strip()
                continue
            rest.append(piece)
            line_of.setdefault(piece, line_number)
    # sixty-first pass: both may stand over the name ("Pour le Président et par délégation," /
    # "La Directrice des Ressources humaines," / "Hélène Wurtz")
    for _office in range(2):
        if len(rest) >= 2 and (rest[0].endswith(":") and len(rest[0].split()) <= 5
                               or _FOR_THE_OFFICE.match(rest[0])):
            rest.pop(0)  # twenty-seventh pass: "Für den Bürgermeister:" over the signer's name
        elif len(rest) >= 2 and _OFFICE_ABOVE_NAME.match(rest[0]) \
                and looks_like_person(_as_name(_HONORIFIC.sub("", rest[1]))):
            rest.pop(0)  # fifty-fourth pass: "A Presidente do Júri," over the signer's name
    signed_for = _LEGAL_LINE.match(rest[0]) if rest and _SIGNED_FOR.match(rest[0]) else None
    if signed_for and len(rest) >= 2:
        # "For: Harmattan Trust Bank Plc" over the signatory's name: the firm, then the writer
        signature.company = company_or_none(signed_for.group("c"))
        rest.pop(0)
    if rest:
        rest[0] = _as_name(rest[0])
    # sixteenth pass: "Lena" signing, then "Lena Hoffmeister": the full name, whatever its last
    # word looks like ("-meister" is no title)
    given_then_full = len(rest) >= 2 and bool(re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+", rest[0])) \
        and bool(_PERSON.match(rest[1])) and rest[1].split()[0] == rest[0]
    if given_then_full:
        rest.pop(0)
    if rest and (given_then_full or looks_like_person(_HONORIFIC.sub("", rest[0]))
                 or _SURNAME_IN_CAPITALS.match(rest[0]) and len(rest) > 1
                 and not TEAMISH.search(rest[0]) and looks_like_role(rest[1].split(",")[0])
                 or script_name(rest[0]) and len(rest) > 1 and looks_like_role(rest[1].split(",")[0])
                 or re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+", rest[0]) and len(rest) > 1
                 and not _is_team(rest[0])  # "Recruitment" over the firm: a team, no one's name
                 and (looks_like_role(rest[1].split(",")[0])
                      or signer and rest[0].casefold() == signer.casefold())):
        signature.name = _HONORIFIC.sub("", rest.pop(0))
        signature.name = script_name(signature.name) or signature.name  # "정민재 드림": 정민재
        if rest and " " not in signature.name and looks_like_person(rest[0]) \
                and rest[0].split()[0].casefold() == signature.name.casefold():
            signature.name = rest.pop(0)  # "Ines" under the sign-off, then "Ines Halvorsen"
        rest = [piece for piece in rest if not is_place_line(piece)
                or (looks_like_role(piece.split(",")[0]) or TEAMISH.search(piece))
                and not _town_and_country(piece)]
        if len(rest) == 1 and not looks_like_role(rest[0]) and len(rest[0]) <= 60 \
                and re.match(r"[A-Z0-9]", rest[0]) and not _PHONE.search(rest[0]) \
                and len(rest[0].split()) >= 2:
            # "Dr Dana Whitfield / Greyfriars Institute"
            signature.company = _TEAM_COMMA.sub("", rest[0])
    if signature.name is None:
        _name_below_organisation(signature, rest)
    if signature.name is None and len(rest) >= 2 and _is_team(rest[0]) \
            and re.match(r"[A-Z0-9À-Þ]", rest[1]) and len(rest[1]) <= 60 \
            and could_be_company(rest[1]) and not looks_like_person(rest[1]) \
            and not _is_team(rest[1]):
        signature.company = rest[1]  # "Equipe de Recrutamento / Cajueiro Tecnologia"
    if rest and signature.title is None and len(rest) <= 2 and not looks_like_role(rest[-1]):
        # "Acme Recruiting Team" under the sign-off: the company, not a title
        team = re.match(r"^(?:the )?(.+?)\s+(?:recruit\w*|talent(?: acquisition)?|careers|"
                        r"hiring team|hr|people team)(?: team)?$", rest[-1], re.I)
        if team and (signature.name is None or re.search(r"\bteam$", rest[-1], re.I)
                     or not _AGENCY_TITLE.search(" ".join(rest[:-1]))):
            signature.company = team.group(1)
        elif team:  # "Senior Consultant / Wexford Legal Recruitment": an agency's own name
            signature.company = rest[-1]
    # forty-fourth pass: "Solidarités Sahel Action - Bureau régional Afrique de l'Ouest": a long
    # line of the organisation and its office, the organisation first
    rest = [piece.split(" - ", 1)[0] if len(piece) > 60 and " - " in piece
            and not looks_like_role(piece.split(" - ", 1)[0]) else piece for piece in rest]
    for piece in rest:
        if signature.company is None and _FIRM_OF_TRADE.search(piece) and len(piece) <= 60 \
                and not looks_like_role(piece.split()[0]) and re.match(r"[A-Z0-9À-Þ]", piece):
            signature.company = piece  # "Wickramasinghe Spice Traders": a firm, not a title
            continue
        office, dash, body = piece.partition(" - ")
        if signature.title is None and signature.company is None and dash \
                and organisation_word(body.split()[0]) and len(office.split()) <= 3 \
                and not organisation_word(office) and len(piece) <= 80:
            # "Presidente - Cooperativa Pastori de Monte Lerno": the office, then the body
            signature.title, signature.company = office, body
            continue
        if signature.title is None and looks_like_role(piece) and len(piece) <= 80 \
                and not _LEGAL_LINE.match(piece):  # "Barzan Engineering Co. W.L.L.": a firm
            signature.title = piece
        elif signature.company is None and signature.title is not None and len(piece) <= 60 \
                and (could_be_company(piece) or _SURE_FORM.search(piece)) \
                and re.match(r"[A-Z0-9]", piece) and not is_locality(piece) \
                and not WORKPLACE.search(piece) and not _LANDMARK.match(piece) \
                and not _US_ADDRESS.search(piece) \
                and not (_UNIT.search(piece) and piece is not rest[-1]):
            # (forty-third pass: "… Credit Union Limited" is a firm though "Union" reads
            # like a trade's; "Mosta" after "Founder, Fennel Games" is where, not who)
            # "Kestrel Consultants" under "VP Product, Growth": a firm named for its trade
            signature.company = piece
    for piece in rest if signature.company is None else [signature.company]:
        # "Kestrel Mobility GmbH · Torstraße 41", "Al Nakheel Holding L.L.C., P.O. Box ...":
        # the line with a legal form is the firm, whatever the lines around it are
        legal = _LEGAL_LINE.match(piece)
        if legal and (could_be_company(legal.group("c")) or _SURE_FORM.search(legal.group("c"))) \
                and company_or_none(legal.group("c")):
            signature.company = company_or_none(legal.group("c"))
            break
    signature.company = _agency_under_practice(signature, rest, line_of)
    parts = (signature.title or "").split(", ")
    if signature.company is None and len(parts) == 3 and looks_like_role(parts[0]) \
            and could_be_company(parts[1]) and not _FUNCTION_ONLY.fullmatch(parts[1]) \
            and len(parts[2].split()) <= 2 and not looks_like_role(parts[2]) \
            and len(parts[1].split()) >= 2:
        # after reading fresh266-275: "Co-founder, Bahbari Bamboo Works, Jorhat": the post,
        # the firm, the town
        signature.title, signature.company = parts[0], parts[1]
    if signature.title and signature.company is None and ", " in signature.title:
        title, _, company = signature.title.rpartition(", ")  # "Recruiter, Lumen Health"
        if looks_like_role(title) and could_be_company(company) and not _FUNCTION_ONLY.fullmatch(company):
            signature.title, signature.company = title, company
    return signature


# After sealing fresh311-315: a US address's state and ZIP code ("Capitol Hill, Saipan, MP 96950")
_US_ADDRESS = re.compile(r",\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$")
# After sealing fresh306-310: a place told by a landmark ("Below Razhü Point, Kohima") is where
# the writer sits, not the firm
_LANDMARK = re.compile(r"(?:Below|Above|Opposite|Opp\.|Near|Behind|Beside|Next to)\s")


# After reading fresh266-275: a trade's plural ends a firm's name, never a title
# ("Wickramasinghe Spice Traders", "Talento Mbareté Consultores"; a title is singular).
_FIRM_OF_TRADE = re.compile(r"\s(?i:traders|consultants|consultores|consultors|auctioneers|brokers|"
                            r"exporters|importers|growers|distributors|suppliers|contractors|"
                            r"surveyors|solicitors|architects|engineers|builders)$")


_FIRM_THEN_PLACE = re.compile(r"^(?P<f>[A-Z][^,()|]{2,60}?\s(?i:traders|consultants|exporters|importers|"
                              r"growers|distributors|suppliers|contractors|builders))\s*"
                              r"(?:\([^()]{2,60}\))?(?:,\s*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}){1,3}$")


def _name_below_organisation(signature: Signature, rest: list[str]) -> None:
    """Forty-third pass: a public body signs with its name and office first, then the writer
    ("Kanton Bern / Amt für Daten und Statistik / Personaldienst / Simone Wälti /
    HR-Fachfrau"): the first person whose title follows, when every line above is an
    organisation's; the top line is then the employer."""
    for index in range(1, min(len(rest) - 1, 4)):
        if not looks_like_person(rest[index]) or not looks_like_role(rest[index + 1].split(",")[0]):
            continue
        above = rest[:index]
        if all(TEAMISH.search(line) or _UNIT.search(line) or _is_team(line) for line in above) \
                and not any(looks_like_role(line) for line in above):
            signature.name, signature.title = rest[index], rest[index + 1]
            if could_be_company(above[0]) and re.match(r"[A-Z0-9À-Þ]", above[0]):
                signature.company = above[0]
            del rest[:index + 2]
        return


# thirty-sixth pass: a title's team, named by its function only ("Senior Engineer, Data
# Infra", "Senior Consultant, Finance & Technology"): no firm
_FUNCTION = (r"(?:data|infra|infrastructure|platform|platforms|engineering|analytics|operations|"
             r"finance|technology|tech|product|design|marketing|sales|security|research|growth|"
             r"risk|payments|growth|it|hr|legal|compliance|strategy|ml|ai|cloud|devops|sre|"
             r"supply chain|logistics|procurement|quality|services)")
_FUNCTION_ONLY = re.compile(rf"(?i:{_FUNCTION}(?:\s*(?:&|and|,|/)?\s*{_FUNCTION}){{0,3}})")


# twenty-eighth pass: an agency's name ("Crescent Talent Partners", "RailPeople Polska")
_AGENCY_NAME = re.compile(r"\b(?:talent\w*|recruit\w*|recrut\w*|rekrut\w*|search|staffing|"
                          r"resourcing|headhunt\w*|people|personnel|chasse|executive|consult\w*)\b"
                          r"|(?-i:(?<=[a-z])(?:Staff|Talent|People|Recruit\w*|Search)\b)", re.I)


def _agency_under_practice(signature: Signature, rest: list[str],
                           line_of: dict[str, int]) -> str | None:
    """"Recruitment Consultant | Telecoms" over "Crescent Talent Partners": a consultant's
    practice beside the title is no company; the agency's name on a line below is."""
    company, title = signature.company, signature.title
    if not company or not title or not _AGENCY_TITLE.search(title) or company not in rest \
            or title not in rest or rest.index(company) < rest.index(title) \
            or line_of.get(company) != line_of.get(title):
        return company
    for piece in rest:
        if line_of.get(piece, -1) > line_of[company] and len(piece) <= 60 \
                and re.match(r"[A-Z0-9À-Þ]", piece) and could_be_company(piece) \
                and _AGENCY_NAME.search(piece) and len(piece.split()) >= 2:
            legal = _LEGAL_LINE.match(piece)
            return company_or_none(legal.group("c")) if legal else piece
    return company


_TEAM_LINE = re.compile(
    r"^(?:[-–—]\s*)?(?:the\s+)?(?P<c>[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9&][\w&'’.-]*){0,4}?)\s+"
    r"(?:(?:early|graduate|emerging|campus|student)\s+(?=talent|recruit|careers|hiring))?(?:talent(?:\s+acquisition)?|recruit(?:ing|ment)|hiring|people(?:\s+(?:&|and)\s+culture"
    r"|\s+ops|\s+operations)?|careers|hr|human\s+resources)(?:\s+team)?\s*$", re.IGNORECASE)


# "Talent, Lantern Bay Studios", "Recruiting | Orrin Bank": the team, then its company.
_TEAM_FIRST = re.compile(
    r"^(?:talent(?:\s+acquisition)?|recruit(?:ing|ment)|people(?:\s+(?:&|and)\s+culture)?|"
    r"careers|hr|human\s+resources)(?:\s+team)?\s*(?:,|\||[-–—]|at)\s+"
    r"(?P<c>[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9&][\w&'’.-]*){0,4})\s*$", re.IGNORECASE)


def team_line(text: str) -> str | None:
    """The company in a closing line signed by a team: "The Tallowmere Talent Team",
    "- Fernweh hiring team", "Meridale Health Human Resources", "Talent, Lantern Bay"."""
    lines = [line.strip().strip("*_ ") for line in text.splitlines() if line.strip()]
    for line in reversed(lines[-6:]):
        match = _TEAM_LINE.match(line) or _TEAM_FIRST.match(line)
        opened = without_team_opening(line)
        if not match and opened != line and len(line) <= 80 and len(opened.split()) <= 5 \
                and could_be_company(opened) and not _FOOTER_WORDS.search(line):
            return opened  # "Tim People Kopi Nusantara", "Équipe RH Vientoclaro": a team, then
        if match and len(line) <= 80:
            name = match.group("c")
            name = re.sub(r"^(?i:ihr|dein|euer|your|votre|uw|jouw|su|seu|tu)\s+", "", name)
            if re.search(r"\s(?:&|and|und|et)$", name):
                name = line  # "Blue Helm Crewing & Recruitment": "&" binds the word into the name
            if name.casefold() not in {"the", "our", "your", "from"} and name[0].isupper():
                return name
    return None


_FOOTER_WORDS = re.compile(r"\b(?:privacy|terms|unsubscribe|rights|policy|preferences|notice|"
                           r"cookies?|powered|sent|reply|confidential\w*|disclaimer)\b", re.I)

# twentieth pass: one word made of a hiring word and "team", as the Nordic and Dutch languages
# write it ("Rekrutteringsteam", "HR-teamet", "Rekryteringsteamet", "Wervingsteam").
_TEAM_COMPOUND = re.compile(r"(?i:(?:rekrut\w*|rekryt\w*|recruit\w*|hr|personal\w*|talent\w*|"
                            r"werving\w*|people|hiring|ansættelses|ansettelses|"
                            r"anställnings)-?team(?:et|en|s)?)")


def _is_team(line: str) -> bool:
    if _TEAM_COMPOUND.fullmatch(line.strip()):
        return True
    words = line.casefold().replace(",", " ").split()
    return bool(words) and all(w in TEAM_WORDS or w in TEAM_WORDS_ABROAD for w in words) \
        and any(w not in {"&", "and", "of", "the", "for", "de", "da", "do", "des", "del", "y",
                          "e", "et", "und", "en", "your", "ihr", "ihre", "das", "di", "della",
                          "service", "servicio", "serviço", "time", "team"} for w in words)


def is_team(line: str) -> bool:
    """"Equipo de Selección", "Service Recrutement", "People & Culture": a team, nobody's
    employer."""
    return _is_team(line)


_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ0-9][\w'’.-]*|&|and|of|the|for|de)$")


def closing_name(text: str) -> str | None:
    """An organisation's name alone on the last line of a template ("Keswick Bank",
    "Harbour & Reed Solicitors"): a person's name or a footer is not one."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1:end].strip().strip("*_ ")
    words = line.split()
    if re.search(rf"\w, (?:the )?(?:{'|'.join(UNIT_HEADINGS)}) (?:of|for) [A-Z]"
                 r"|^(?:the )?(?:Department|School|Faculty|Office|Division|Centre|Center|"
                 r"Institute) (?:of|for) [^,]{3,40}, [A-Z]", line):
        words = [word.removesuffix(",") for word in words]  # "Ministry of X, Office of Y"
    if not 2 <= len(words) <= (8 if "," in line else 6) or len(line) > 60 or not words[0][:1].isupper() \
            or line[-1] in ".!?:,;" or not all(_NAME_WORD.match(w) for w in words):
        return None
    if looks_like_person(line) or not could_be_company(line) or _FOOTER_WORDS.search(line) \
            or sum(c.isdigit() for c in line) >= 5 \
            or _NOT_A_NAME.match(line) \
            or _TEAM_LINE.match(line) and (not re.search(r"\b(?:recruit\w*|talent|careers)$", line,
                                                          re.I)
                                           or TEAMISH.search(_TEAM_LINE.match(line).group("c"))):
        # "Hexa People Ops", "Northdale NHS Trust Recruitment": a team's line ("Carewell
        # Recruitment" may be an agency)
        return None
    if all(word.casefold() in TEAM_WORDS for word in words):
        return None  # "People & Culture", "Recruitment Services Office": a team

    if TEAMISH.search(line) or "&" in words or " of " in line:
        return line
    return None


# "... in case that changes. Sheila (Dunmore's Bakery)": a first name, then the business.
_NAME_AND_BUSINESS = re.compile(r"(?:^|[.!?,]\s+|\n)[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+)?"
                                r"\s*\((?P<c>[A-Z0-9][^()\n\d]{2,50})\)\s*$")


def signed_business(text: str) -> str | None:
    """The business a casual note is signed from: "Sheila (Dunmore's Bakery)"."""
    tail = text.rstrip()[-120:]
    match = _NAME_AND_BUSINESS.search(tail)
    if match and could_be_company(match.group("c")):
        return match.group("c").strip()
    return None


def title_under_name(title: str, text: str) -> bool:
    """Thirty-sixth pass: the title written on the line under a person's name near the end,
    the writer's own ("中村 彩（Aya Nakamura）" over "Senior Consultant, Finance & Technology"),
    not the job applied for, even where no sign-off opens the signature."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][-10:]
    for above, line in zip(lines, lines[1:]):
        if line.casefold() != title.casefold():
            continue
        names = [above, *re.findall(r"[（(]([^）)]{3,40})[）)]", above)]
        if any(looks_like_person(_as_name(_HONORIFIC.sub("", name))) for name in names) \
                or script_name(above):  # (after sealing fresh311-315: "Жасур Нематов" / "CTO, SuvData")
            return True
    return False

