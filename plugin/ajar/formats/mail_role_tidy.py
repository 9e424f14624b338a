"""The last look at a role read from a rejection: what the title reader took in that is not
the title leaves, and what the mail writes as part of the title comes back.

A place after the title ("Store Manager, Bath", "Country Director - Mali") leaves, a
specialty ("Registered Nurse - ICU") stays; the sentence going on ("... last month", "...
n'a pas été retenue"), a client in brackets and a second language's copy of the title
leave; a licence class or a seniority word the mail writes after the title comes back.
"""

from __future__ import annotations

import itertools
import re

from ajar.formats.mail_specialty import FIELD_WORD as _FIELD_WORD
from ajar.formats.mail_specialty import FIELDS as _FIELDS
from ajar.formats.mail_titles import PROCESS_LEAD, SUBJECT_LEAD, head_in, is_head
from ajar.formats.unit_words import UNIT_NOUNS
from ajar.formats.world_places import is_locality, is_place

# Countries and territories the gazetteer in ``world_places`` leaves out (it serves the
# company reader, which must not lose firms named "Jordan" or "Georgia"); after a title
# with a separator a country is where the post is.
_COUNTRIES = frozenset("""
afghanistan albania algeria andorra angola armenia azerbaijan bahamas bahrain bangladesh
barbados belarus belize benin bhutan bolivia bosnia botswana brunei burkina-faso burundi
cambodia cameroon cape-verde central-african-republic chad comoros congo costa-rica
côte-d'ivoire cote-d'ivoire ivory-coast cuba cyprus djibouti dominican-republic drc
dr-congo ecuador el-salvador equatorial-guinea eritrea eswatini ethiopia fiji gabon gambia
georgia grenada guatemala guinea guinea-bissau guyana haiti honduras hong-kong iran iraq
jamaica jordan kazakhstan kosovo kuwait kyrgyzstan laos lebanon lesotho liberia libya
liechtenstein luxembourg madagascar malawi maldives mali malta mauritania mauritius moldova
monaco mongolia montenegro mozambique myanmar namibia nepal nicaragua niger north-macedonia
oman palestine panama papua-new-guinea paraguay rwanda samoa saudi-arabia senegal
sierra-leone somalia somaliland south-sudan sudan suriname syria tajikistan tanzania
timor-leste togo trinidad turkmenistan uganda uzbekistan venezuela yemen zambia zimbabwe
""".split())

# Compass regions of a country: "North West", "South-East", "East Midlands", "Northern
# Ireland", "(North)", "Nord-Est", "Noreste".
_COMPASS = re.compile(
    r"(?i:(?:north|south|east|west|central|northern|southern|eastern|western|nord|sud|süd|est|"
    r"ouest|norte|sur|sul|este|oeste|noord|zuid|oost|centro|centre)"
    r"(?:[- ]?(?:east|west|ouest|est|oeste|este|ost|oost|west))?"
    r"(?: (?:england|scotland|wales|ireland|midlands|region|coast|territory|province|"
    r"division|area|zone|province))?|(?:east|west) midlands|home counties|highlands)")

# The business regions of a sales or legal title stay: "Head of Legal, EMEA".
_BUSINESS_REGIONS = frozenset({"emea", "apac", "amer", "americas", "latam", "dach", "nordics",
                               "benelux", "anz", "mena", "emeia", "cee", "ssa", "global",
                               "international", "uk&i", "ukie", "africa", "asia", "europe",
                               "oceania", "north-america", "south-america", "latin-america",
                               "middle-east", "scandinavia", "iberia", "balkans", "baltics",
                               "gulf", "west-africa", "east-africa", "southern-africa",
                               "central-africa", "north-africa", "sahel", "horn-of-africa",
                               "asia-pacific", "central-asia", "south-asia", "southeast-asia",
                               "caribbean", "central-america", "central-europe",
                               "eastern-europe", "western-europe", "western-balkans"})


def _business_region(name: str) -> bool:
    return re.sub(r"\s+", "-", name.strip().casefold()) in _BUSINESS_REGIONS

# Where a place stands in a letter: after a preposition of place, in every language job
# mail is written in, or before the word for a site ("the Bath shop", "based in Maiduguri",
# "in Mali", "bureau régional de Dakar", "am Standort Hamm").
_AT_PLACE = (r"(?:\b(?i:in|at|near|from|based in|located in|à|au|aux|dans|près de|en|em|no|na|"
             r"nos|nas|a|al|in der|im|am|bei|nel|nella|presso|di|w|we|i|på|bij|te|op|"
             # (after sealing fresh316-320: Russian "в Батуми", "из Батуми")
             r"в|во|из|под)"
             r"\s+(?:(?i:the|our|your|le|la|l['’]|el|o|a|il|de|het|der|dem|den)\s+)?)")
_SITE = (r"(?i:shop|store|branch|office|site|base|depot|hub|warehouse|campus|clinic|kitchen|"
         r"location|plant|factory|premises|bureau|agence|boutique|magasin|tienda|oficina|"
         r"loja|escritório|filiale|standort|niederlassung|negozio|sede|vestiging|winkel|"
         r"sklep|oddział|kontor|butik|country office|sub-office|field office)")
_SITE_BEFORE = (r"(?i:bureau|office|agence|oficina|escritório|sede|standort|filiale|"
                r"niederlassung|vestiging|base|site|store|shop|branch|tienda|loja|negozio|"
                r"magasin|boutique|sklep|oddział)(?:\s+(?i:régional|regional|pays|country|"
                r"national|provincial))?\s+(?i:de|du|d['’]|di|da|do|in|at|en|em|w|of)\s*")


# A separator and a tail at the end of a title: ", Bath", " - Mali", " (North West)".
_TAIL = re.compile(r"(?:,\s+|\s+[-–—]\s+|\s+\()(?P<p>[^(),–—]{2,40}?)\)?$")
# A team or unit split by area names it in brackets after the unit word (council and NHS
# posts): the bracket is part of the unit's name, not where the job is.
_AREA_OF_TEAM = re.compile(r"\b(?:Team|Unit|Ward|Service|Services|Division|Directorate)$")
_AREA = re.compile(r"(?:North|South|East|West|Central|Inner|Outer)(?:[ -](?:East|West))?")
_PLACE_WORD = re.compile(r"[A-ZÀ-ÞА-ЯЁ][\w'’.-]*|d['’][A-ZÀ-Þ][\w'’.-]*|de|do|da|del|di|upon|on|"
                         r"the|of|la|le|sur|am|an|der|im|in|-")


def _place_words(tail: str) -> bool:
    words = tail.split()
    return 0 < len(words) <= 4 and words[0][:1].isupper() \
        and all(_PLACE_WORD.fullmatch(w) for w in words) and not re.search(r"\d", tail)


def _known_place(tail: str) -> bool:
    key = re.sub(r"\s+", "-", tail.strip().casefold())
    if _business_region(tail):
        return False
    return is_place(tail) or key in _COUNTRIES or _COMPASS.fullmatch(tail) is not None


# Languages and platforms a technical title is qualified by ("Backend Engineer (Go)").
_TECH = frozenset("""
    go golang rust java python ruby scala kotlin swift elixir erlang haskell clojure php perl
    c c# c++ .net dotnet typescript javascript node react angular vue flutter unity unreal
    salesforce sap oracle azure aws gcp kubernetes linux windows sql spark kafka
    """.split())


def _specialty(tail: str, text: str) -> bool:
    """A field of work, a unit or a team: the lexicon's fields, a head word, a learned ending,
    or words the mail also writes in lower case (a place name never is)."""
    words = [w.strip("&'’.-").casefold() for w in tail.split()]
    if tail.casefold() in _FIELDS | _TECH or any(w in _TECH for w in words) \
            or len(tail) < 3 or any(w in _FIELDS for w in words if len(w) > 2) \
            or any(is_head(w) for w in tail.split()):
        return True
    if re.search(rf"\b{re.escape(tail)}\s+{UNIT_NOUNS}", text):
        return True  # "our Family department", "the Payments team"
    for word in (w for w in tail.split() if len(w) > 3):
        if re.search(rf"(?<![\w.@/=-]){re.escape(word.casefold())}\b", text):
            return True  # "investment funds" in the text: words of a field
        # (after sealing fresh316-320: not a link's "?region=chitral", see the lookbehind)
    return False


# Academic titles take their field after "in": "Research Associate in Medieval Manuscripts".
_ACADEMIC = re.compile(r"(?i:lecturer|reader|professor|fellow|associate|researcher|postdoc|"
                       r"scientist|chair|studentship|lectureship|tutor)$")


def _at_site(tail: str, text: str) -> bool:
    """The mail names a site by the tail: "our Bath shop", "le bureau régional de Dakar"."""
    name = re.escape(tail)
    pattern = re.compile(rf"\b{name}\s+{_SITE}\b|{_SITE_BEFORE}{name}\b")
    return any(True for _ in itertools.islice(pattern.finditer(text), 1))


def _said_as_place(tail: str, head: str, text: str) -> bool:
    """The mail itself writes the tail as where something is: "in Covent Garden", "based in
    Maiduguri" (an academic title's "in" names its field)."""
    name = re.escape(tail)
    field_after = rf"(?<!{re.escape(head.split()[-1])} )" if _ACADEMIC.search(head) else ""
    # "experience in Private Markets", "years in Go": the field one works in
    field_after += (r"(?<!experience )(?<!background )(?<!expertise )(?<!years )(?<!career )"
                    r"(?<!skills )(?<!knowledge )(?<!interest )(?<!work )(?<!working )"
                    r"(?<!specialising )(?<!specializing )(?<!focus )")
    pattern = re.compile(rf"{field_after}{_AT_PLACE}{name}\b(?![\w-])")
    if any(True for _ in itertools.islice(pattern.finditer(text), 1)):
        return True
    # sixty-first pass: an address or a site's bracket names it after another place or a
    # firm ("'i Neiafu, Vava'u", "Brisas Marigot Resort (Saint-Martin)"); not the title again
    # (and "Erbil, Iraq": a town the letter writes before its country)
    for found in itertools.islice(re.finditer(rf"(?<![\w-]){name},\s+(?P<c>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)",
                                              text), 5):
        if _known_place(found.group("c")):
            return True
    # (a title's own head before it is the post again: "Skadechef, Erhverv", "Analyst (Power BI)")
    own = {word.casefold() for word in head.split()}
    after = re.compile(rf"(?<![\w'’-])(?P<w>[A-ZÀ-Þ][\w'’-]+)(?:, | \(){name}(?:\)|(?=[,.;\n]|$))")
    stems = {word[:5] for word in own if len(word) >= 5}  # "Skadechef" beside "Skadekonsulent"
    return any(match.group("w").casefold() not in own and not is_head(match.group("w"))
               and match.group("w").casefold()[:5] not in stems
               for match in itertools.islice(after.finditer(text), 20))


_POSTCODE_DISTRICT = re.compile(r"\s+[A-Z]{1,2}\d[A-Z\d]?$")
# After sealing fresh316-320: a Russian title's head, which the occupation lexicon does not hold
# ("Агент по судозаходам (Батуми)")
_RUSSIAN_HEAD = re.compile(r"(?i:агент|менеджер|аналитик|руководитель|директор|разработчик|переводчик|"
                           r"технолог|бухгалтер|экономист|юрист|администратор|диспетчер|инспектор|"
                           r"преподаватель|врач|оператор|механик|водитель|консультант|координатор|"
                           r"специалист|эксперт|начальник|заместитель|ассистент|логист|программист|"
                           r"тестировщик|дизайнер|маркетолог|редактор|инженер|гид|инструктор)")


def without_place_tail(role: str, text: str) -> str:
    """"Logistics Coordinator, Maiduguri" -> "Logistics Coordinator" when the tail is a place:
    a known one (a country, a capital, a compass region) or one the mail writes as a place;
    a specialty ("Registered Nurse - ICU", "Programme Officer - Maternal Health") stays."""
    tail = _TAIL.search(role)
    if not tail:
        return role
    head, place = role[:tail.start()].strip(), tail.group("p").strip()
    town = _POSTCODE_DISTRICT.sub("", place)
    if town != place and _known_place(town):
        place = town  # "Café Manager - York YO1": a town and its postcode district
    if not head or not (any(is_head(w) for w in head.split()) or _RUSSIAN_HEAD.match(head)) \
            or not _place_words(place):
        return role
    if _AREA_OF_TEAM.search(head) and role.endswith(")") and _AREA.fullmatch(place):
        return role  # "... Community Mental Health Team (North)": the team's area, its name
    if _business_region(place):
        return role
    if _known_place(place):
        town = re.search(r",\s+(?P<t>[A-ZÀ-Þ][\w'’.-]+(?:\s[A-ZÀ-Þ][\w'’.-]+)?)$", head)
        if town and not _specialty(town.group("t"), text) \
                and any(is_head(w) for w in head[:town.start()].split()):
            return head[:town.start()]  # "Programme Officer, Goma, DRC": a town and its country
        return head
    if place.casefold() in _FIELDS or _specialty(place, text):
        return role
    if _at_site(place, text):
        return head  # "our Reading clinic": a site's name, even one that looks like a field
    if _FIELD_WORD.fullmatch(place) and " " not in place \
            or re.search(r"[^su]s$", place.split()[-1]):
        return role  # "Engineering", "Private Markets": a line of business more likely
    return head if _said_as_place(place, head, text) else role


# A place written with a preposition straight after the title: "Infirmière en Martinique",
# "Registered Nurse in Leeds", "Analista no Recife".
_PREPOSITION_TAIL = re.compile(r"\s(?P<p>en|em|in|à|au|aux|no|na|nel|nella|w|we|bei|im)\s"
                               r"(?P<x>[A-ZÀ-Þ][\w'’-]*(?:\s(?:de\s|del\s|do\s|da\s)?"
                               r"[A-ZÀ-Þ][\w'’-]*){0,2})$")


def without_place_after(role: str) -> str:
    """A known place after "in", "en", "no" leaves; French writes a field in lower case
    ("infirmière en réanimation"), so a capital after a French title's "en" or "à" is a
    place even when no list knows it; "Lecturer in Law" keeps its field."""
    found = _PREPOSITION_TAIL.search(role)
    if not found:
        return role
    head, place = role[:found.start()], found.group("x")
    words = head.split()
    if not any(is_head(w) for w in words) or _business_region(place):
        return role
    if _known_place(place):
        return head
    french = any(head_in(w, "fr") for w in words) and not any(
        head_in(w, language) for w in words for language in ("es", "pt", "it"))
    if french and found.group("p") in ("en", "à", "au", "aux") \
            and place.casefold() not in _FIELDS:
        return head
    # German takes an article before a field ("in der Pflege", "im Vertrieb"): a bare
    # capitalised word after "in" is a town ("Filialleiter in Augsburg")
    if found.group("p") == "in" and any(head_in(w, "de") or w.casefold().endswith(
            ("leiter", "leiterin", "fahrer", "fahrerin", "kraft", "mitarbeiter")) for w in words) \
            and " " not in place and place.casefold() not in _FIELDS \
            and not re.fullmatch(r"(?i:teilzeit|vollzeit|voll|elternzeit)", place):
        return head
    return role


# A site and a place written straight after a title, with no separator: "Heftruckchauffeur
# DC Tilburg", "Store Manager HQ Leeds".
_SITE_AND_PLACE = re.compile(r"\s+(?:DC|HQ|RDC|NDC|CD|Depot|Hub|Site|Store|Filiale|Standort|"
                             r"Vestiging)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?$")


_LAST_WORDS = re.compile(r"\s(?P<p>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)$")


def without_site(role: str) -> str:
    """"Heftruckchauffeur DC Tilburg", "Filiaalmanager Utrecht": a site or a known town
    written straight after the title."""
    found = _SITE_AND_PLACE.search(role)
    if found and any(is_head(w) for w in role[:found.start()].split()) \
            and not any(is_head(w) for w in found.group(0).split()[1:]):
        return role[:found.start()]
    last = _LAST_WORDS.search(role)
    if last:
        for place in (last.group("p"), last.group("p").split()[-1]):
            head = re.sub(r"\s+(?:in|en|em|à|au|no|na|w|we|bei|im|am|te|at|a)$", "",
                          role[:len(role) - len(place)].rstrip())  # "Filialleiter in Augsburg"
            if head and head[-1:].isalnum() and is_place(place) and not _business_region(place) \
                    and any(is_head(w) for w in head.split()) and not is_head(place):
                return head  # (a place after a separator is without_place_tail's)
    return role


# The sentence going on after a title, in the languages of job mail: a word of time, a
# negation or a verb ("... last month", "... agora", "... n'a pas été retenue").
_CLAUSE = re.compile(
    r"\s+(?=(?:last|next|this|earlier|recently|yesterday|today|now|tomorrow|ago|agora|hoje|"
    r"ontem|ainda|já|ahora|hoy|ayer|todavía|ya|maintenant|hier|aujourd['’]hui|déjà|encore|"
    r"jetzt|heute|gestern|bereits|noch|schon|nu|vandaag|gisteren|nog|oggi|ieri|adesso|già|"
    r"ancora|teraz|dzisiaj|wczoraj|już|nå|idag|igår|redan|n['’]\w+|ne|pas|não|nao|nie|niet|"
    r"nicht|non|not|has|had|was|were|is|are|will|would|ha|han|hat|ist|wurde|est|était|a été|"
    r"foi|fue|será|è|sono|jest|został[ao]?|heeft|werd|är|blev|har|"
    r"since|until|depuis|desde|dal|sinds|seit|od|back|during|after|before|when|while|so|"
    r"because|but|as|via|por|desta|nesta|esta|cette|diesmal|dieses|deze|questa|tym|"
    # after sealing fresh346-350: a board's status line going on ("... cambió de estatus")
    r"cambió|cambio\s+de\s+estatus|mudou|changed|"
    # after sealing fresh351-355: an Italian owner's "... Controllo Qualità abbiamo deciso"
    r"abbiamo|avevamo|hanno|"
    # after sealing fresh356-360: a German "... Röstassistenz brauchen wir", a French post's
    # base after it ("... commercial basé à l'aéroport de Saint-Pierre")
    r"brauchen|suchen|benötigen|bas[ée]e?s?\s+(?:à|au|aux|en|sur)|"
    # thirty-fourth pass: German verbs and participles after the title ("... Treasury gehen wir
    # mit der anderen Kandidatin weiter", "... Einkauf betroffen", "... leider")
    r"gehen|geht|haben|hatten|werden|können|konnten|müssen|mussten|möchten|sind|war|waren|"
    r"betroffen|besetzt|vergeben|entfällt|entfallen|gestrichen|leider|ausschließlich|"
    # sixty-sixth pass: Dutch "... Klimaatadaptatie en het selectiegesprek dat u ...", a second
    # thing the letter thanks for after the title
    r"en\s+(?:het|uw|ons|onze)|"
    # after sealing fresh326-330: the letter going on with whom it goes on ("... FI/CO mit zwei
    # Kandidatinnen fort")
    r"mit\s+(?:zwei|drei|vier|fünf|mehreren|anderen|weiteren|einer\s+anderen|einem\s+anderen)\s+"
    r"(?i:kandidat|bewerber|mitbewerber|person|interessent)\w*)"
    r"(?![\w-]))")


def without_clause(role: str) -> str:
    """"Desenvolvedor Python agora" -> "Desenvolvedor Python": a title stops where the
    sentence goes on; what stays must still hold a head."""
    for found in _CLAUSE.finditer(role):
        head = role[:found.start()]
        rest = role[found.end():]
        if rest[:1].isupper():
            continue  # "Head of Data, Next Generation Networks"
        if any(is_head(w) for w in head.split()):
            return head
    return role


def clause_as_written(role: str, text: str) -> str:
    """"Vendeuse Est Déjà Pourvu" given capitals by a reader, "le poste de vendeuse est déjà
    pourvu" in the note: the clause is cut where the note's own words go on."""
    found = re.search(re.escape(role), text[:20_000], re.IGNORECASE)
    if not found or found.group(0) == role:
        return role
    cut = without_clause(found.group(0))
    return role[:len(cut)].rstrip() if cut != found.group(0) else role


# A client in brackets after an agency's title: "(cliente Seguradora Ipê)", "(client: X)".
_CLIENT_BRACKET = re.compile(r"\s*\((?i:confidential client|cliente confidencial|client confidentiel|"
                             r"cliente|client|klant|kunde|klient|kund|for|para|pour|"
                             r"per|für|voor|on behalf of|em nome de)\b[^()]*\)$")


def without_client(role: str) -> str:
    found = _CLIENT_BRACKET.search(role)
    return role[:found.start()] if found and found.start() > 0 else role


_BRACKET = re.compile(r"^(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)$")


_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "sv", "da-no", "pl", "fi")


def _languages(title: str) -> set[str]:
    """The languages whose lexicon names a head of the title."""
    return {language for language in _LANGUAGES for word in title.split()
            if len(word) > 3 and head_in(word, language)}


def one_language(role: str, texts: list[str]) -> str:
    """"Deputy Store Manager (Zastępca Kierownika Sklepu)": a title and its translation; the
    mail's own leading language wins (the copy it writes first, elsewhere than here)."""
    found = _BRACKET.match(role)
    if not found:
        return role
    first, second = found.group("a").strip(), found.group("b").strip()
    if not any(is_head(w) for w in first.split()) or not any(is_head(w) for w in second.split()) \
            or len(second.split()) < 2 or second.isupper():
        return role
    one, other = _languages(first), _languages(second)
    if not one or not other or one & other:
        return role  # "Sales Assistant (Weekend Cashier)": one language, two titles
    best: tuple[int, int, str] | None = None
    for order, text in enumerate(texts):
        body = text.replace(role, " ")
        for name in (first, second):
            at = body.find(name)
            if at >= 0 and (best is None or (order, at) < best[:2]):
                best = (order, at, name)
    return best[2] if best else role


# Thirty-sixth pass: a Welsh or Irish public body writes the title in both languages
# ("Rheolwr Caffi a Siop / Café and Shop Manager"); the English copy is the one a tracker keeps.
_CELTIC_HEAD = re.compile(
    r"(?i)\b(?:rheolwr(?:aig)?|swyddog|cynorthwy(?:ydd|wr)|goruchwyliwr|cydlynydd|pennaeth|"
    r"arweinydd|gweinyddwr|technegydd|cogydd|bainisteoir|oifigeach|c[úu]nt[óo]ir|maoirseoir|"
    r"comhordaitheoir|riarth[óo]ir|feighl[íi]the|c[óo]c[áa]ire)\b")
_BOTH_COPIES = re.compile(r"^(?P<a>[^/|]+?)\s+[/|]\s+(?P<b>[^/|]+)$")


# After opening fresh141-145: an English copy of a title in brackets after it
# ("Sikkerhetsrådgiver (Security Consultant)"): the title as the letter's language writes it.
_GLOSS = re.compile(r"(?P<t>\S.*?\S)\s+\((?P<g>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})\)")


def without_gloss(role: str) -> str:
    gloss = _GLOSS.fullmatch(role) if len(role) <= 120 else None
    if not gloss:
        return role
    title, english = gloss.group("t"), gloss.group("g")
    if head_in(english.split()[-1], "en") and not any(head_in(word, "en") for word in title.split()) \
            and is_head(title.split()[-1]):
        return title
    return role


def without_celtic_copy(role: str) -> str:
    both = _BOTH_COPIES.match(role)
    if not both:
        return role
    first, second = both.group("a"), both.group("b")
    if _CELTIC_HEAD.search(first) and not _CELTIC_HEAD.search(second) \
            and any(head_in(word, "en") for word in second.split()):
        return second
    if _CELTIC_HEAD.search(second) and not _CELTIC_HEAD.search(first) \
            and any(head_in(word, "en") for word in first.split()):
        return first
    return role


# Words that qualify a title and belong to it when the mail writes them straight after it: a
# seniority level (Brazilian "Pleno", "Sênior", "Júnior"; "Semi Senior") or a licence class.
_LICENCE = (r"(?:(?i:categoria|categoría|cat\.?|klasse|kl\.|permis|rijbewijs|kategoria|"
            r"category)\s+)?(?:C1?E?|D1?E?|C/CE|C1/C1E|CE/C|HGV ?[12]|LGV)")
_QUALIFIER = re.compile(rf"\s(?P<q>Pleno|Plena|S[êe]nior|J[úu]nior|Semi[- ]?[Ss]enior|Ssr|SSR|"
                        rf"{_LICENCE}(?=\s|$|[,.;])|\({_LICENCE}\))(?![\w-])")
_DRIVER = re.compile(r"(?i:driver|fahrer(?:in)?|chauffeur|chaufför|sjåfør|chauffør|kierowca|"
                     r"conductor(?:a)?|motorista|autista|chófer|camionneur)$")


def with_qualifier(role: str, texts: list[str]) -> str:
    """"Engenheiro de Dados" read, "a vaga de Engenheiro de Dados Pleno" written: the level
    (or a driver's licence class) that the mail writes after the title belongs to it."""
    if _QUALIFIER.search(role + " "):
        return role
    pattern = re.compile(re.escape(role), re.IGNORECASE)
    for text in texts:
        for found in itertools.islice(pattern.finditer(text), 8):  # bounded on huge input
            qualifier = _QUALIFIER.match(text, found.end())
            if not qualifier:
                continue
            word = qualifier.group("q")
            level = re.fullmatch(r"Pleno|Plena|S[êe]nior|J[úu]nior|Semi[- ]?[Ss]enior|Ssr|SSR", word)
            if not level and not _DRIVER.search(role.split()[-1]):
                continue  # a licence class belongs to a driver's title only
            return f"{role} {word}"
    return role


# A contract term that opens a title: "Tenure-track Assistant Professor".
_LEAD_TERM = re.compile(r"^(?i:tenure[- ]track|tenured|non-tenure[- ]track)\s+(?=[A-Z])")


def without_lead_term(role: str) -> str:
    found = _LEAD_TERM.match(role)
    rest = role[found.end():] if found else role
    return rest if found and any(is_head(w) for w in rest.split()) else role


_GENDER_AFTER = re.compile(r"\s+(?:H/F|F/H|M/F|F/M|H/M|M/W/D|m/w/d|w/m/d|m/f/d|M/V|m/v|V/M|"
                           # (after sealing fresh316-320: a Russian ad's "(м/ж)")
                           r"\((?:м/ж|ж/м|М/Ж|Ж/М)\))$")
# Thirty-fourth pass: the hours after the title ("SAP Berater MM in Teilzeit", "... Vollzeit"),
# and a word of place or time left hanging at the end ("SAP Berater MM in").
_HOURS_AFTER = re.compile(r"\s+(?:(?:in|als|en|à|a) )?(?:Teilzeit|Vollzeit|Teil- oder Vollzeit|Voll- "
                          r"oder Teilzeit|temps partiel|temps plein|tiempo parcial|part[- ]time|"
                          r"full[- ]time|"
                          # (after sealing fresh266-270: Italian, "a tempo determinato e parziale")
                          r"tempo (?:determinato|indeterminato|pieno|parziale)(?: e (?:pieno|parziale))?)$",
                          re.I)
_TRAILING_AND = re.compile(r"\s+(?:e|and|y|et|und|og|och|ja|és|&)$")
_PLACE_OF_LEFT = re.compile(r",\s+[A-Z][\w'’-]+ (?:of|de|di|du|do|da)$"
                            r"|,\s+(?:Port|Puerto|Porto|Harbour|Harbor) (?:of|de|di) [A-ZÀ-Þ][\w'’-]+$")
_DANGLING = re.compile(r"\s+(?:in|im|en|em|à|au|bei|at|of|for|de|du|des|zur|zum|als|für|with|mit|"
                       r"basée?|based|située?|"  # (forty-sixth pass: "... Core Network basé (à Alger)")
                       r"ved|på|vid|hos|til|till)$")  # (fresh276-280: "Samisklærer ved")


# After opening fresh141-145: what a Romanian subject leaves after its "Candidatura": the
# possessive and "for" ("Candidatura ta pentru Team Lead Java").
_ROMANIAN_REST = re.compile(r"^(?:ta|dumneavoastr[ăa]|dvs\.?) pentru (?:postul de |pozi[țt]ia de )?"
                            r"(?=[A-ZÀ-Þ])")


# After sealing fresh146-150: a Hebrew "at the cyber company in Herzliya" after a title written
# in Latin letters ("Data Engineer בחברת הסייבר בהרצליה").
_HEBREW_WHERE = re.compile(r"(?<=[A-Za-z)])\s+(?:בחברת|בחברה|בצוות|במשרד|במחלקת)\s.*$")


# Forty-seventh pass: an announcement's code after a comma ("Wildlife Biologist (Spatial
# Ecologist), ARS-AK-26-0147-MP") and an employer after a middle dot ("Jefe/a de Eventos · Hotel
# Kontxa Berri") are no part of the title.
_CODE_TAIL = re.compile(r",\s*(?=[A-Z0-9-]*\d)[A-Z]{2,5}(?:-[A-Z0-9]{1,8}){2,}\s*$"
                        # (after sealing fresh316-320: an examination's number, ", Exam No. 25-0931")
                        # (after sealing fresh346-350: a commission's ", Case No. 14/2025")
                        # (after sealing fresh351-355: a post's ", POSITION No. MPA-PPD-014" after its
                        # grade, "(GRADE 14)")
                        r"|(?:\s*\((?i:grade|band|level|scale)\s+\w{1,4}\))?,\s*(?i:position|post|vacancy)\.?"
                        r" (?:No\.?|Number|#) ?[A-Z0-9][\w/-]*\s*$|\s*\((?i:grade|band|level)\s+\d{1,2}\w?\)\s*$"
                        r"|,\s*(?:Exam(?:ination)?|Announcement|Req(?:uisition)?|Job|Ref(?:erence)?|Case|File|"
                        r"Advt|Advertisement)\.?"
                        r" (?:No\.?|Number|#|ID:?) ?[A-Z0-9][\w/-]*\s*$"
                        # (... and cut at its number's full stop, "..., Case No")
                        r"|,\s*(?:Case|File|Advt|Advertisement)\.? No\.?$")
# ... before the title too: "Exam No. 25-118, GIS Systems Analyst", "Search for Assistant Director"
_CODE_LEAD = re.compile(r"^(?:(?:Exam(?:ination)?|Announcement|Req(?:uisition)?|Job|Ref(?:erence)?)\.? "
                        r"(?:No\.?|Number|#|ID:?) ?[A-Z0-9][\w/-]*,\s*|(?:The )?Search for (?:an? |the )?|"
                        # (after sealing fresh321-325: an agency's "Re: CV for Credit Risk Analyst")
                        r"(?:CV|CVs|Resume|Résumé|Profile|Profiles) (?:for|of) (?:the |an? )?)"
                        r"(?=[A-Z])")
# ... and an Urdu "post of" after a Latin title ("Community Liaison Officer کی اسامی")
_URDU_POST_TAIL = re.compile(r"(?<=[A-Za-z)])\s+(?:کی|کے) (?:اسامی|آسامی|پوسٹ|عہدے|نشست)\S*(?:\s.*)?$")
_DOT_TAIL = re.compile(r"\s+·\s+[^·]+$")


# Forty-ninth pass: a UN-style grade in brackets ("Monitoring and Evaluation Officer (NOB)"),
# a subject's Ethiopic words before a Latin title ("ብዛዕባ ቃለ-መሕትት ቦታ Data Analyst"), and
# Cape Verdean or Creole "post of" before it ("Pusison di Front Office Manager").
# (after sealing fresh361-365: a board's count of posts, "Ward Administrator (5 Posts)", and a
# Swahili grade, "Afisa Ustawi wa Jamii Daraja la II")
_GRADE_BRACKET = re.compile(r"\s*\((?:NO-?[A-D]|[PDG]-?\d|GS-?\d|ICS-?\d{1,2}|NPSA-?\d{1,2}|SB-?\d|"
                            r"(?i:\d{1,3} (?:posts?|positions?|vacanc(?:y|ies)|nafasi)))\)$"
                            r"|\s+(?i:daraja la) (?:[IVX]{1,4}|\d{1,2})$"
                            # (and the department in brackets, "Tècnic/a de Medi Ambient
                            # (Departament de Medi Ambient i Sostenibilitat)")
                            r"|\s*\((?i:departament|department|departamento|département|dept\.?)\s[^()]{2,80}\)$"
                            # (a Romanian post's number and its station or section, "Asistent
                            # universitar poz. 27", "Inginer tehnolog, Stația de Epurare Cluj-Sud")
                            r"|\s+(?i:poz\.|poziția|pozitia) ?(?:nr\.? ?)?\d{1,4}$"
                            r"|(?:,|\s[-–])\s+(?:Stația|Statia|Secția|Sectia)\s[^,]{2,60}$")
# (after sealing fresh341-345: a Japanese subject's heading in lenticular brackets before a
# Latin title, "【選考結果のご連絡】Production Planner")
_SCRIPT_LEAD = re.compile(r"^(?:(?:[\u1200-\u139f]\S*[\s፡:]+)+|【[^】]{1,30}】\s*)(?=[A-Z])")
# ... and Uzbek or Kyrgyz "post of ... about" after the title ("... лавозими бўйича жавоб")
_POST_ABOUT_TAIL = re.compile(r"\s*(?:лавозим|кызмат|lavozim)\w*\s+(?:бўйича|боюнча|bo['ʻ’]yicha)(?:\s.*)?$")
_CREOLE_POST_LEAD = re.compile(r"^(?i:pusison|pozison|posison|pozisyon|pos) (?:di|pou|pour|de) (?=[A-Z])")
# Fifty-first pass: Somali "the post" or "your application" and Norwegian "the post" before a
# title ("Jagada Site Logistics Supervisor", "Codsigaaga Supply Chain Officer", "Stillinga
# Prosjektleiar Vasskraft")
_POST_WORD_LEAD = re.compile(r"^(?i:jagada|jagadan|jagadii|codsigaaga|codsigaagii|stillinga|stillingen|"
                             # fifty-second pass: Haitian "Pòs" (the post), Italian "Ricerca"
                             # (a search firm's brief), "Comunicazione esito selezione", Ilocano
                             # "Maipanggep iti" (about the)
                             r"pòs|ricerca|(?:comunicazione )?esito (?:della )?selezione|"
                             r"maipanggep iti|"
                             # fifty-fourth pass: Indonesian "soal" (about), Portuguese "Lugar de"
                             r"soal|lugar de|posició|posición|posição|"
                             # fifty-seventh pass: Danish "Din ansøgning som" (your application
                             # as), Ndebele "Isikhundla se-" (the post of), Shona "Chikumbiro
                             # chenyu che" (your application for), Nyanja "Ntchito ya" (the job
                             # of), an English "The post of"
                             r"din ansøgning|isikhundla se-|chikumbiro chenyu che|ntchito ya|"
                             r"the post of|the position of|"
                             # sixtieth pass: Frisian "Oangeande de fakatuere" (about the
                             # vacancy), Italian "La Sua candidatura –", Romansh "Plazza" (post),
                             # Papiamentu "Bo solisitut pa" (your application for), Spanish "Su
                             # proceso para", Khmer "ជូនដំណឹងអំពីមុខតំណែង" (notice about the post)
                             r"oangeande de fakatuere|la sua candidatura(?: [-–—])?|plazza|"
                             r"bo solisitut pa|su proceso para|su postulación a|"
                             # after sealing fresh306-310: a Spanish "Bolsa de empleo" (a
                             # standby list), a Dutch agency's "Terugkoppeling" (feedback), a
                             # "Proceso selectivo" whose "Proceso" went first
                             r"bolsa de empleo(?: de)?|terugkoppeling|(?:proceso )?selectivo(?: de| para)?|"
                             r"ជូនដំណឹងអំពីមុខតំណែង|អំពីមុខតំណែង|មុខតំណែង|"
                             # after sealing fresh311-315: a public notice's "Announcement
                             # OPS-FY26-0142" before the title
                             r"(?:job |vacancy )?announcement(?: no\.?| number)?:? [A-Z0-9]+(?:-[A-Z0-9]+)+)"
                             r"(?: (?i:som))?(?: |(?<=-))(?=[A-ZÆØÅ])")
# After sealing fresh331-335: a French public competition named before the post it recruits
# for ("Concours externe de technicien de l'environnement")
_COMPETITION_LEAD = re.compile(r"(?i:concours (?:externe |interne |réservé |unique |sur titres? |"
                               r"troisième voie )?(?:de |d['’]|pour le recrutement d(?:e |['’]|es ))|"
                               r"examen professionnel (?:de |d['’]))")
# After sealing fresh311-315: the season after a title ("Гид-переводчик (английский язык), сезон
# 2026"), which is when, not what
_SEASON_TAIL = re.compile(r",\s*(?i:сезон|season|temporada|saison|stagione|kausi|sesong|säsong)"
                          r"(?:\s+(?:19|20)?\d\d(?:\s*[/–-]\s*\d{2,4})?)?\s*$")
# ... and a German sentence's verb run into the title ("Servicetechniker Fördertechnik dennoch
# für einen anderen Kandidaten entschieden", "Inbetriebnahmetechniker ... angeboten")
_GERMAN_VERB_TAIL = re.compile(r"(?<=\w) (?:dennoch|jedoch|leider|trotzdem) (?:\w+ ){0,5}"
                               r"(?:entschieden|besetzt|vergeben)$|(?<=\w) (?:angeboten|zugesagt|"
                               r"abgesagt)$"
                               # sixtieth pass: a Dutch verb run into the title ("... Melkvee-
                               # houderij hebt gestoken", "... Voermanagement moeten intrekken")
                               r"|(?<=\w) (?:hebt|heeft|hebben|moeten|moest|hadden|had|zijn|"
                               r"wordt|werd) (?:[a-z]\w* ){0,3}[a-z]\w*(?:en|d|t)$")
# Fifty-fourth pass: the employer after the title ("Responsable Produit Paiements Portuaires au
# sein de Terminal Conteneurs du Golfe") and a subject's "– Resultado" after it.
_EMPLOYER_TAIL = re.compile(r"(?<=\w)\s+(?:au sein d(?:e|u|es)|au sein d['’]|presso)\s.*$"
                            r"|(?<=\w)\s+bij\s+(?=[A-Z]).*$"  # sixtieth pass: "... bij Koeadvies
                            # (after sealing fresh306-310: "... binnen de Directie Economische ...")
                            r"|(?<=\w)\s+binnen (?:de|het)\s+(?=[A-Z]).*$")
_RESULT_TAIL = re.compile(r"\s+[-–—]\s+(?i:resultados?|results?|résultats?|ergebnis|esito|uitslag)$"
                          # after sealing fresh346-350: a site after the title ("Production
                          # Supervisor - Eskisehir Plant"), a Turkish "X Alımı" (the hiring of X)
                          # and the notice's name after it
                          r"|\s+[-–—]\s+[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?\s(?:Plant|Site|Factory|Campus|"
                          r"Warehouse|Mill|Refinery|Mine|Facility)$|(?<=\w)\s+Alımı(?:\s+(?:İlanı|[-–—]\s.*))?$"
                          # fifty-fifth pass: "Head of Projects for now"; "D'ingénieur ..."
                          r"|\s+(?:for now|for the moment|right now)$|^(?i:d['’])(?=[A-ZÀ-Þa-zà-ÿ])"
                          # eighty-first pass: the hotel a recruiter hires for after the title
                          # ("Réceptionniste de nuit - Hôtel Le Récif Bleu") and a Lao or Thai
                          # branch in brackets ("ເຈົ້າໜ້າທີ່ສິນເຊື່ອ (ສາຂາປາກເຊ)", "(สาขาเชียงใหม่)")
                          r"|(?<=\w)\s+[-–—]\s+(?:Hôtel|Hotel|Hostal|Resort|Restaurant|Clinique|Clínica)"
                          r"\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þa-z][\w'’-]*){0,4}$"
                          r"|\s*\((?:ສາຂາ|สาขา)[^()]{1,30}\)$")
# Fiftieth pass: Sinhala or Tamil words after a Latin title ("Export Operations Manager තනතුර",
# "Shipping & Documentation Executive (ගාල්ල)"): the post's word or the town, not the title.
_SCRIPT_TAIL = re.compile(r"(?<=[A-Za-z)])(?:\s+\(?[\u0b80-\u0bff\u0d80-\u0dff][^\sA-Za-z()]*\)?)+$"
                          # (... and a Japanese gloss and post word after it, "（生産計画）職")
                          r"|(?<=[A-Za-z])\s*(?:（[\u3040-\u30ff\u4e00-\u9fff]{1,12}）)?(?:職|職種)?$(?<=[）職種])")


# Sixtieth pass: where the post sits or how it is filed, after the title: an office
# (", Eastern and Southern Africa Regional Office", ", Peshawar Sub-Office"), a unit or project
# (" - Unidad Andaychagua Alta", ", Proyecto Ccorccapampa", " – Directorate of Health
# Services", " - Cooperativa"), an agency's "(Confidential)", a Pakistani pay scale and case
# number ("BPS-17, Case No. 14/2025") and an Urdu copy after a Latin title (" / اسٹور آفیسر کی
# اسامی"; a Japanese or Arabic title's own two parts stay).
_OFFICE_TAIL = re.compile(
    r"(?:,| [-–—]) (?:[\w'’.&-]+ ){0,5}(?:Regional Office|Sub-Office|Country Office|Field Office)$"
    r"|(?:,| [-–—]) (?:Proyecto|Projeto|Directorate|Oficina|Cooperativa)\b[^,()]*$"
    r"|,? (?:\w+, )?\(?(?:(?:Mandat|mandat|Mandato|mandato) )?(?:Confidential|Confidencial|"
    r"Confidentiel|confidentiel|Vertraulich|vertraulich|vertrouwelijke opdracht|Vertrouwelijke "
    r"opdracht)\)?$"
    # (after sealing fresh306-310: a department in brackets, "Research Officer (Higher &
    # Technical Education Department)")
    r"|\s*\((?:[\w'’&.,-]+ ){0,5}(?:Department|Dept\.?|Departamento|Département|Directorate)\)$"
    r"|,? BPS-\d+\b.*$"
    # (after sealing fresh381-385: a Northern Territory or APS classification, ", AO5", ", EL1")
    r"|, (?:AO|SAO|ASO|APS ?|EL ?)\d\b$"
    # (... and an Arabic site after a dash, " - موقع أبو حمد")
    r"| [-–—] موقع [\u0600-\u06ff ]+$"
    r"|(?<=[A-Za-z)]) / [\u0600-\u06ff][\u0600-\u06ff ]*$")


def without_office_tail(role: str | None) -> str | None:
    """The title without the office, unit, agency mark, pay scale or script copy after it."""
    if not role or len(role) > 160:
        return role
    # (sixty-first pass: and a UN grade bared by a place cut after it, "... Officer (NOB), Erbil")
    return _GRADE_BRACKET.sub("", _OFFICE_TAIL.sub("", role).rstrip(" ,")) or role


def without_post_about_tail(role: str | None) -> str | None:
    """"Бош муҳандис лавозими бўйича жавоб" -> "Бош муҳандис": the subject's "about the post"."""
    return (_POST_ABOUT_TAIL.sub("", role) or role) if role else role


def _whole_quoted(role: str, text: str) -> str:
    """Seventy-fourth pass: a title cut inside its quotes ('"مهندس مدني' of 'وظيفة "مهندس مدني -
    محطات المعالجة"'): the quoted title whole, without its quotes."""
    if role[:1] not in "\"“«„" or any(mark in role[1:] for mark in "\"”»“"):
        return role
    bare = role[1:].strip()
    whole = re.search(r"[\"“«„]" + re.escape(bare) + r"([^\"“”«»„\n]{0,60})[\"”»“]", text)
    return (bare + whole.group(1)).strip() if whole else bare


def settled(role: str | None, subject: str, opening: str) -> str | None:
    """The role with everything above applied, in the order each needs."""
    if not role:
        return role
    role = _CODE_TAIL.sub("", _DOT_TAIL.sub("", role)) or role
    role = _whole_quoted(role, f"{subject}\n{opening}")
    role = _URDU_POST_TAIL.sub("", _CODE_LEAD.sub("", role)) or role
    if re.fullmatch(r"(?:\w+\.? ){0,2}(?:[A-Z]{2,3})", role):
        role = title_from_acronym(f"{role} role", opening) or role  # "Lead PM"
    for opening_words in (SUBJECT_LEAD, PROCESS_LEAD):
        lead = opening_words.match(role)
        if lead and 0 < lead.end() < len(role) \
                and any(is_head(w) for w in role[lead.end():].split()[:3]) \
                and (opening_words is PROCESS_LEAD or len(lead.group(0).split()) >= 2):
            # but "Application Engineer" is a title
            role = role[lead.end():]  # "La sua candidatura per Addetto Vendite", "Proceso ..."
    role = _CREOLE_POST_LEAD.sub("", _SCRIPT_LEAD.sub("", _GRADE_BRACKET.sub("", role))) or role
    role = _SCRIPT_TAIL.sub("", role) or role
    role = _POST_WORD_LEAD.sub("", role) or role
    competition = _COMPETITION_LEAD.match(role)
    if competition and len(role) > competition.end() + 3:  # "Concours externe de technicien de ..."
        role = role[competition.end()].upper() + role[competition.end() + 1:]
    role = _SEASON_TAIL.sub("", role) or role
    role = _GERMAN_VERB_TAIL.sub("", role) or role
    role = _RESULT_TAIL.sub("", _EMPLOYER_TAIL.sub("", role)) or role
    role = without_post_about_tail(role) or role
    role = _ROMANIAN_REST.sub("", role)  # "(Candidatura) ta pentru Team Lead Java"
    role = _HEBREW_WHERE.sub("", role) or role
    role = _GENDER_AFTER.sub("", role)  # "Préparateur de commandes H/F"
    role = _DANGLING.sub("", _HOURS_AFTER.sub("", role)) or role
    role = without_client(role)
    role = without_clause(clause_as_written(role, opening))
    role = one_language(role, [subject, opening])
    role = without_gloss(without_celtic_copy(role))
    role = without_site(role)
    for _ in range(2):  # "Programme Officer, Goma, DRC": a town and its country
        role = without_place_tail(role, f"{subject}\n{opening}")
    role = without_place_after(role)
    role = without_place_bracket(role)
    role = with_qualifier(role, [subject, opening])
    role = russian_nominative_title(role, f"{subject}\n{opening}")
    # (after sealing fresh336-340: what a cut place or a clause leaves at the end, "...,
    # Port of" of "Port of Málaga", the "e" of "... delle Acque e, alla fine")
    role = _DANGLING.sub("", _TRAILING_AND.sub("", _PLACE_OF_LEFT.sub("", role))) or role
    role = _NOISE_AROUND_TITLE.sub("", role).strip() or role
    vacant = _ROMANIAN_VACANT.match(role)
    if vacant and len(role) > vacant.end() + 3:  # "Vacant de profesor de informatică"
        role = role[vacant.end()].upper() + role[vacant.end() + 1:]
    return _out_of_capitals(without_lead_term(role))


# After sealing fresh376-380: an emoji after the title ("Coordinador de Operaciones Turísticas
# 🌋"), a notice's number ("Junior Engineer (Civil), Advertisement No. LRC/02"), a Romanian
# "(postul) vacant de", a Chinese "post application" after the title ("英语外教岗位申请").
_NOISE_AROUND_TITLE = re.compile(
    r"[\s\u200d\ufe0f]*[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
    r"[\s\u200d\ufe0f\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]*$"
    r"|,?\s+(?:Advertisement|Advt\.?|Notification) No\.?\s*\S+$"
    r"|(?<=[\u4e00-\u9fff])(?:岗位申请|职位申请)$")
_ROMANIAN_VACANT = re.compile(r"^(?i:vacant de|vacantă de)\s+")


# After sealing fresh331-335: a Russian title read in the genitive after the post's noun
# ("Оффер на позицию DevOps-инженера"): the head back in the nominative. Only the masculine
# heads of trades, whose genitive adds "а" ("инженер", "аналитик", "специалист") or turns "ь"
# into "я" ("руководитель").
_RUSSIAN_POST_BEFORE = r"(?:позици[юи]|должност[иь]|ваканси[юи]|роль|роли)\s+"
_RUSSIAN_GENITIVE_HEAD = re.compile(
    r"(?P<stem>(?:^|[\s-])[а-яё]*(?:ер|ор|ист|ик|чик|щик|ант|ент|лог|ед|ир|ар))а$"
    r"|(?P<soft>(?:^|[\s-])[а-яё]*тел)я$")


def russian_nominative_title(role: str, text: str) -> str:
    found = _RUSSIAN_GENITIVE_HEAD.search(role)
    if not found or len(role.split()) > 3 or not re.search(
            _RUSSIAN_POST_BEFORE + re.escape(role) + r"(?![\w-])", text, re.I):
        return role
    return role[:-1] if found.group("stem") else role[:-1] + "ь"


_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "de", "du", "des", "la", "le", "et"})


def _out_of_capitals(role: str | None) -> str | None:
    """"PRINCIPAL IRRIGATION ENGINEER" -> "Principal Irrigation Engineer" (fifty-seventh
    pass: a government letter writes the post in capitals; "QA", "HR" and "ICT" stay)."""
    words = role.split() if role else []
    if len(words) < 2 or not role or not role.isupper() or not any(len(w) > 4 for w in words):
        return role
    return " ".join(w.lower() if index and w.lower() in _SMALL_WORDS
                    else w if len(w) <= 3 and w.isalpha() else w.capitalize()
                    for index, w in enumerate(words))


# Forty-fourth pass: where and how the post is worked, in a bracket after the title
# ("Java Integration Developer (Atyrau / Hybrid)", "Développeur·euse ... (Antananarivo)").
_LAST_BRACKET = re.compile(r"\s*\((?P<b>[^()]{2,50})\)$")
_WORK_MODE = re.compile(r"(?i:remote|hybrid|hybride|on-?site|sur site|télétravail|remoto|híbrido|"
                        r"presencial|full[- ]remote|fully remote|"
                        # forty-sixth pass: in Russian ("(Вильнюс / гибрид)") and Romanian
                        r"гибрид|гибридно|удал[её]нно|удал[её]нка|офис|hibrid|la distan[țţ][ăa])")


# An agency's client left unnamed in brackets after the title: "(confidential FMCG client)".
_CLIENT_UNNAMED = re.compile(r"(?i:(?:confidential|undisclosed|unnamed|anonymous)\b[^()]{0,40}|"
                             r"client (?:confidential|undisclosed|confidentiel))")


def without_place_bracket(role: str) -> str:
    """The title without a last bracket that holds only towns, regions and work modes."""
    found = _LAST_BRACKET.search(role)
    if not found or found.start() == 0:
        return role
    if _CLIENT_UNNAMED.fullmatch(found.group("b")):
        return role[:found.start()]  # after sealing fresh356-360: "(confidential FMCG client)"
    parts = [p.strip() for p in re.split(r"\s*[/,–—|+&]\s*|\s+-\s+", found.group("b")) if p.strip()]
    # (after sealing fresh351-355: a town's region or office, "(Kano Region)")
    parts = [re.sub(r"\s+(?:Region|Province|State|District|Area|Office|Branch)$", "", p) for p in parts]
    if parts and all(_WORK_MODE.fullmatch(p) or is_locality(p) for p in parts) \
            and any(is_locality(p) for p in parts):
        return role[:found.start()]
    return role


# A terse subject that names the post by its trade's acronym: "Senior PM role at X", "FC role",
# "Asst Prof Statistics search". A PM is a product or a project manager by what the mail says.
_ACRONYMS = {"FC": "Financial Controller", "RN": "Registered Nurse",
             "LPN": "Licensed Practical Nurse", "CNA": "Certified Nursing Assistant",
             "BA": "Business Analyst", "AE": "Account Executive", "EM": "Engineering Manager",
             "TL": "Team Lead", "PROF": "Professor", "PROF.": "Professor"}
_LEADS = {"sr": "Senior", "sr.": "Senior", "jr": "Junior", "jr.": "Junior", "asst": "Assistant",
          "asst.": "Assistant", "assoc": "Associate", "assoc.": "Associate"}
_TERSE = re.compile(
    r"^(?P<lead>(?:(?i:senior|sr\.?|junior|jr\.?|lead|principal|staff|interim|group|assistant|"
    r"asst\.?|associate|assoc\.?)\s+){0,2})(?P<a>[A-Z]{2,3}|(?i:prof\.?))"
    r"(?:\s+(?P<f>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?\s+(?i:role|position|job|search|opening|post|"
    r"vacancy|chat|interview|application|opportunity)(?:\s+(?i:at|with|@)\s+.+)?$")


def title_from_acronym(subject: str, text: str) -> str | None:
    """"Senior PM role at Kopitiam Pay" -> "Senior Product Manager" (the mail speaks of a
    product), "Asst Prof Statistics search" -> "Assistant Professor of Statistics"."""
    found = _TERSE.match(subject.strip())
    if not found:
        return None
    acronym = found.group("a").upper()
    if acronym == "PM":
        lowered = text.casefold()
        product, project = lowered.count("product"), lowered.count("project")
        if product == project:
            return None
        title = "Product Manager" if product > project else "Project Manager"
    elif acronym in _ACRONYMS:
        title = _ACRONYMS[acronym]
    else:
        return None
    field = found.group("f")
    if field and title != "Professor":
        return None  # "FC Utrecht role": a name, not a field
    lead = " ".join(_LEADS.get(w.casefold(), w[:1].upper() + w[1:])
                    for w in found.group("lead").split())
    title = f"{lead} {title}".strip()
    return f"{title} of {field}" if field else title


# Twenty-first pass: a post read only by its acronym and a post word ("the AMHP programme",
# "your ECT role") when the subject or the letter spells the acronym out as a capitalised
# run ("Approved Mental Health Professional", "Early Career Teacher"): the spelled-out
# name is the title, as public-sector and professional bodies write it.
_ACRONYM_POST = re.compile(r"(?P<a>[A-Z]{2,6})s?(?:\s(?i:programme|program|role|post|position|job|"
                           r"vacancy|opening|scheme))?")


_ACRONYM_WORD = re.compile(r"(?<![\w-])[A-Z]{2,4}(?![\w-])")


def _acronym_in_title_written(role: str, texts: tuple[str, ...]) -> str:
    """After sealing fresh311-315, lost to the retrain: "RA Manager", "Lead PM, Supply", "Head of
    MEL" read where the mail also writes the title in full ("Regulatory Affairs Manager", "Head of
    Monitoring, Evaluation and Learning"): the full title, when it is written word for word."""
    for found in _ACRONYM_WORD.finditer(role):
        letters = found.group(0)
        run = "(?-i:" + r"(?:,?\s(?:and\s|&\s)?)".join(rf"{c}[a-z][\w'’-]*" for c in letters) + ")"
        pattern = re.compile(re.escape(role[:found.start()]) + rf"(?P<x>{run})" + re.escape(role[found.end():])
                             + r"(?![\w-])", re.I)
        for text in texts:
            written = pattern.search(text)
            if written and written.group("x")[:1].isupper():
                return role[:found.start()] + written.group("x") + role[found.end():]
    return role


def spelled_out(role: str | None, subject: str, opening: str) -> str | None:
    """"AMHP programme" -> "Approved Mental Health Professional" when the mail spells it."""
    found = _ACRONYM_POST.fullmatch(role or "")
    if role and not found and _ACRONYM_WORD.search(role):
        return _acronym_in_title_written(role, (subject, opening[:4000]))
    if not found:
        return role
    letters = found.group("a")
    run = r"\s".join(rf"{c}[a-z][\w'’-]*" for c in letters)
    for text in (subject, opening[:4000]):
        written = re.search(rf"(?<![\w-]){run}(?![\w-])", text)
        if written:
            return written.group(0)
    return role


# Thirty-fourth pass: a German sentence going on after the title (the verb second, then its
# subject: "Product Owner Treasury gehen wir mit der anderen Kandidatin weiter"), and a
# posting's project number before it ("Projekt #48213 SAP FI/CO Berater").
_GERMAN_CLAUSE = re.compile(r"\s+(?:gehen|haben|werden|können|konnten|müssen|mussten|möchten|"
                            r"sind|setzen|besetzen|entscheiden|freuen|suchen|bleiben)\s+(?:wir|sie|"
                            r"ich|uns)\b.*$")
_PROJECT_NUMBER = re.compile(r"^(?:Projekt|Project|Projet|Proyecto|Projeto|Progetto|Auftrag)\s*"
                             r"(?:Nr\.?|No\.?|#)\s*[\w/-]*\d[\w/-]*[\s:–-]+(?=[A-Z])")


# Sixty-fourth pass: "die Stelle als Front Office Manager intern zu besetzen" (to fill it from
# within): the adverb after the title is no intern
_FILLED_WITHIN = re.compile(r"\bintern(?:\s+zu)?\s+(?:besetz|nachbesetz|vergeben)")


def german_clause_out(role: str | None, text: str = "") -> str | None:
    """"Product Owner Treasury gehen wir mit ... weiter" -> "Product Owner Treasury"."""
    if not role:
        return role
    if role.endswith(" intern") and _FILLED_WITHIN.search(text):
        role = role[:-len(" intern")]
    bare = _PROJECT_NUMBER.sub("", _GERMAN_CLAUSE.sub("", role)).strip()
    return bare or role  # (a verb and its pronoun, or a project number: never a title's words)


# Thirty-fourth pass: a programme's intake and town after it, and its firm before it, as the
# corpus records titles ("Summer Clerkship Program 2026/27 (Sydney)" -> "Summer Clerkship
# Program", "Ashgrove Pemberton Seasonal Clerkship 2026/27" -> "Seasonal Clerkship").
_TOWN_BRACKET = re.compile(r"\s*\((?P<p>[^()]{2,30})\)$")
_INTAKE_AFTER = re.compile(r"\s+(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?$")
_INTAKE_BEFORE = re.compile(r"^(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?\s+(?=[A-Z])")


def without_intake(role: str | None, company: str | None) -> str | None:
    """A title without the intake's year, the town in brackets and the firm's name before."""
    if not role:
        return role
    bare = role
    for _ in range(2):
        town = _TOWN_BRACKET.search(bare)
        if town and is_place(town.group("p")):
            bare = bare[:town.start()]
        bare = _INTAKE_AFTER.sub("", bare)
    bare = _INTAKE_BEFORE.sub("", bare)
    bare = re.sub(r"\s*[（(]某[^）)]{0,20}[）)]$", "", bare)  # "（某头部跨境电商）": the client unnamed
    if company and bare.casefold().startswith(company.casefold() + " ") \
            and len(bare.split()) - len(company.split()) >= 2 and bare[len(company) + 1:][:1].isupper():
        bare = bare[len(company) + 1:]
    return bare.strip() or role


# Forty-second pass: the employer after a title the older readers do not know as one
# ("Embedded-kehittäjä, Kiulu Labs" from Kiulu Labs: a Finnish head after a hyphen), and a
# Finnish posting's "-haku" (search) after the title ("Senior Firmware Engineer -haku").
_SEARCH_SUFFIX = re.compile(r"\s?-(?:haku|rekrytointi)$", re.I)


def without_own_employer(role: str | None, company: str | None) -> str | None:
    """The title without its employer after a comma or dash, and without a "-haku"."""
    if not role:
        return role
    role = _SEARCH_SUFFIX.sub("", role) or role
    if not company:
        return role
    # (after sealing fresh331-335: a Russian "Product Analyst в Qazaq EdTech", a Polish "w")
    for sep in (", ", " - ", " – ", " i ", " at ", " bei ", " hos ", " chez ", " bij ", " в ", " во ",
                " w ", " ve "):
        head, found, tail = role.rpartition(sep)  # sixtieth pass: "Kartjournalist i Sámi Jietna"
        last = head.split()[-1] if head.split() else ""
        if found and tail.casefold() == company.casefold() \
                and (is_head(last) or is_head(last.rsplit("-", 1)[-1])):
            return head
    return role


# Sixty-sixth pass: a subject's word for the letter after the title it names ("Агент по
# обслуживанию пассажиров решение", "Ön Büro Müdürü Başvurunuz Hk.", "Localization Producer
# 최종 결과 안내"), and a board's bracket of who is preferred ("(일본어 능통자 우대)").
_LETTER_WORD_AFTER = re.compile(
    r"(?:\s+(?:решение|принято|ответ|результат\w*|итоги|отказ|обратная связь|"
    r"(?i:başvurunuz|başvurusu|başvurusu hk|başvurunuz hk|başvurunuz hakkında|hk|hakkında|sonuç|sonucu|"
    r"değerlendirme)"
    r"(?:\.)?)"
    r"|\s+(?:최종 |서류전형 |면접 )?(?:결과|전형 결과)(?: 안내| 통보)?|\s+(?:選考)?結果(?:のお知らせ|通知)?"
    r"|\s*[(（][^()（）]{1,30}(?:우대|歓迎|優遇)[)）])+$")


def without_letter_word(role: str | None) -> str | None:
    """The title without the subject's word for the letter after it; what stays must hold
    two characters at least."""
    if not role:
        return role
    bare = _LETTER_WORD_AFTER.sub("", role).strip()
    return bare if len(bare) >= 2 else role
