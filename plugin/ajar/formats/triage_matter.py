"""What a no is about: a job, or another thing (a flat, a permit, a grant, an allocation).

A landlord, a visa office and a funding panel say no in a job's words ("unfortunately",
"another candidate", "not successful"); what they refuse is named by other nouns. Each
lexicon below names one family of things across the languages triage knows (accents
folded, matched as a whole word or the start of one), so a no about a thing nobody in
the corpus wrote about is still told from a no to a job. Read only on messages the rules
and the model already read as a rejection, so it costs a mailbox scan nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .triage_model import _fold
from .word_marks import MARKS

MAX_CHARS = 6000

# Words that name a job or a step of hiring, in English and the ten other languages. Not
# "application", "candidate", "selected" or "process": landlords and grant panels use them.
_JOB_WORDS = frozenset((
    "job", "jobs", "role", "roles", "position", "positions", "post", "posts", "vacancy",
    "vacancies", "opening", "openings", "postdoc", "postdoctoral", "hire", "hiring", "hired",
    "recruitment", "recruiting", "recruiter", "employment", "employer", "interview",
    "interviews", "interviewed", "shortlist", "shortlisted", "shortlisting", "resume", "cv",
    "career", "careers", "salary", "onboarding", "shift", "shifts", "team", "manager",
    "poste", "emploi", "embauche", "recrutement", "entretien", "entretiens", "mission",
    "puesto", "vacante", "posicion", "empleo", "trabajo", "entrevista", "contratacion",
    "vaga", "emprego", "contratacao", "posizione", "ruolo", "impiego", "colloquio", "assunzione",
    "stelle", "tatigkeit", "anstellung", "arbeitsplatz", "einstellung", "vorstellungsgesprach",
    "functie", "vacature", "baan", "sollicitatie", "tjanst", "tjansten", "jobb", "jobbet",
    "anstallning", "intervju", "rekrytering", "stilling", "stillingen", "ansettelse",
    "ansaettelse", "tyopaikka", "tehtava", "tehtavaan", "haastattelu", "rekrytointi",
    "stanowisko", "stanowiska", "praca", "pracy", "rekrutacja", "rekrutacji", "intern", "interns",
))
# The nouns that name the job itself, the thing a no to a job refuses.
_JOB_NOUNS = frozenset((
    "job", "role", "position", "post", "vacancy", "opening", "postdoc", "poste", "emploi",
    "puesto", "vacante", "posicion", "empleo", "vaga", "emprego", "cargo", "posizione", "ruolo",
    "stelle", "position", "functie", "vacature", "baan", "tjansten", "tjanst", "stillingen",
    "stilling", "tyopaikka", "tehtava", "tehtavaan", "stanowisko", "stanowiska", "praca", "pracy",
))
# Job titles and trades name a job too ("the class 1 driver", "chauffeur CE").
_JOB_STARTS = (
    "engineer", "developer", "designer", "analyst", "technician", "professor", "lecturer",
    "researcher", "nurse", "driver", "chauffeur", "fahrer", "coordinator", "officer",
    "director", "specialist", "consultant", "operator", "supervisor", "assistant",
    "internship", "apprentic", "trainee", "headhunt", "ingenieur", "ingeniero", "desarrollador",
    "enfermer", "infirmi", "pflegefach", "kraftfahrer", "magazijn", "lagerist", "vorstellungs",
    "bewerbungsgesprach", "stellenangebot", "arbeitsvertrag", "colloqui",
)

# Things that are not a job, by family. A family counts once however often it is named.
_OTHER_FAMILIES: dict[str, tuple[str, ...]] = {
    "a home": (
        "apartment", "appartement", "appartamento", "apartamento", "flat", "flats", "bilocale",
        "trilocale", "monolocale", "wohnung", "piso", "imovel", "imoveis", "locacao",
        "aluguel", "affitto", "affitti", "locazione", "alquiler", "arriendo", "huur", "huurwoning",
        "woning", "lagenhet", "lagenheten", "hyresratt", "bostad", "leilighet", "lejlighed",
        "asunto", "vuokra", "mieszkanie", "mieszkania", "najem", "rent", "rental", "lease",
        "tenancy", "tenant", "tenants", "landlord", "lettings", "letting", "viewing", "viewings",
        "property", "propriete", "proprietaire", "proprieta", "proprietario", "proprietaria",
        "eigentumer", "vermieter", "eigenaar", "verhuurder", "regie", "bail", "loyer", "loyers",
        "fiador", "fianza", "inquilino", "inquilina", "locataire", "mieter", "huurder",
        "immobiliare", "imobiliaria", "inmobiliaria", "immobilier", "immobilien", "makelaar",
        "deposit", "caution", "garagem", "quartier", "bairro", "barrio", "neighbourhood",
        "kaution", "miete", "mietvertrag", "besichtigung", "bezichtiging", "nachmieter",
        "immobile", "inquilinato", "locatario", "arrendador", "casero", "hyresvard", "utleier",
        "udlejer", "vuokranantaja", "wynajmujacy", "wynajem", "kawalerka", "housemate",
        "flatmate", "roommate", "lodger", "letting", "lettings", "condominio", "moradia",
        # thirty-seventh pass: a French rental file ("dossier de location ... ce logement")
        "logement", "logements", "bailleur", "colocation", "meuble",
        # (and an Australian rental's "properties" and "suburb")
        "properties", "suburb", "suburbs",
    ),
    "a permit or a border": (
        "passport", "passports", "passeport", "pasaporte", "passaporto", "passaporte",
        "reisepass", "paspoort", "visa", "visas", "visto", "visado", "visum", "wiza", "permit",
        "permis", "permiso", "permesso", "aufenthaltstitel", "aufenthaltserlaubnis", "sejour",
        "residencia", "soggiorno", "verblijfsvergunning", "uppehallstillstand", "oleskelulupa",
        "pobyt", "immigration", "border", "consulate", "consular", "embassy", "ambassade",
        "embajada", "botschaft", "travel", "arrival", "schengen", "einreise", "consulado",
        "consolato", "konsulat", "citizenship", "naturalisation", "naturalization",
        "einburgerung", "nationalite", "asylum", "asyl", "biometrics", "residency",
        # thirty-seventh pass: a dependant's pass, a spouse's papers
        "dependant", "dependants", "marriage",
    ),
    "funding or an allocation": (
        "grant", "grants", "funding", "funder", "allocation", "allocations", "scholarship",
        "bursary", "beca", "becas", "bolsa", "bourse", "stipendium", "stypendium", "subvencion",
        "subvention", "subsidie", "subsidy", "foerderung", "forderung", "finanziamento",
        "financement", "financiamiento", "financiamento", "quota", "gpu", "compute", "hours",
        "investor", "investors", "investment", "accelerator", "cohort", "grantee", "grantees",
        "subsidio", "sovvenzione", "zuschuss", "foerderantrag", "fordermittel", "bando",
        "dotacja", "apuraha", "bidrag", "tilskud", "tilskudd",
        # thirty-fourth pass: their plurals ("Concurso de Bolsas", "las becas")
        "bolsas", "bourses", "stipendien", "borse", "beques",
        # eighteenth pass: a fund, a tender's bidders
        "fund", "funds", "funded", "grantmaking", "tender", "tenders", "bidder", "bidders",
        "procurement",
    ),
    "money or a claim": (
        "refund", "payment", "payments", "invoice", "loan", "mortgage", "credit", "claim",
        "claims", "insurance", "reimbursement", "pret", "prestamo", "emprestimo", "prestito",
        "mutuo", "kredit", "kredyt", "lening", "laina", "reembolso", "remboursement",
        "rimborso", "erstattung", "fee", "fees", "premium", "policy", "bank", "account",
    ),
    "a submission": (
        "paper", "papers", "manuscript", "abstract", "abstracts", "journal", "submission",
        "submissions", "article", "reviewers", "proceedings", "conference", "editor", "editors",
        "publication", "talk", "poster", "pitch", "film", "festival",
        # eighteenth pass: a book or a manuscript sent to a literary agent or a publisher
        # (not "proposal": a freelancer's proposal is a bid for work)
        "chapters", "novel", "novels", "representation", "publisher", "publishers", "publishing", "literary",
        "imprint", "memoir", "fiction", "nonfiction", "manuscrit", "manuskript", "manoscritto",
        "manuscrito", "manuscripts", "verlag", "verlagsprogramm", "editorial", "editora",
        "editore", "uitgeverij", "forlag", "kustantamo", "wydawnictwo", "romanzo",
        "novela",
    ),
    "a contest": (
        "nomination", "nominations", "nominee", "nominees", "award", "awards", "prize", "prizes",
        "contest", "judges", "judging", "winner", "winners", "commended", "entry", "entries",
        "entered", "trophy", "ballot", "lottery", "raffle", "draw", "votes", "voting",
        "ceremony", "judged", "honourable", "honorable", "gala", "wettbewerb", "concours",
        "concurso", "concorso", "wedstrijd", "tavling", "konkurs", "kilpailu",
        # eighteenth pass: a competition's jury and its finalists
        "competition", "competitions", "jury", "juror", "jurors", "finalist", "finalists",
        "laureate", "laureates", "jurado", "giuria", "jurie", "premio", "premios", "premi",
        "premiu", "odul", "dij", "nagrada", "nagrade",
        # (after sealing fresh146-150: a race's drawing)
        "drawing", "marathon", "race", "races", "runner", "runners",
        # (after sealing fresh161-165: a hackathon's round and its grand finale)
        "hackathon", "hackathons", "finale", "participant", "participants",
    ),
    "an order or a sale": (
        "order", "orders", "buyer", "buyers", "seller", "sellers", "purchase", "marketplace",
        "sale", "item", "items",
        "listing", "shipment", "delivery", "parcel", "checkout", "basket", "cart", "voucher",
        "coupon", "pedido", "commande", "bestellung", "bestelling", "ordine", "zamowienie",
        # (thirty-seventh pass: a tradesman's quote for a repair)
        "quote", "quotes", "quotation", "repair", "repairs",
    ),
    "a newsletter": (
        "newsletter", "subscribe", "subscribed", "unsubscribe", "subscribers", "edition",
        "readers", "digest", "webinar", "roundup", "bulletin", "nieuwsbrief", "rundbrief",
        "boletin", "boletim", "infolettre", "headlines",
    ),
    "a sport or a club": (
        "squad", "tryout", "tryouts", "coach", "season", "fixture", "fixtures", "league",
        "club", "match", "matches", "tournament", "verein", "mannschaft", "equipe", "equipo",
        "elftal", "joukkue", "druzyna",
    ),
    "a booking or a ticket": (
        "flight", "booking", "reservation", "hotel", "seat", "seats", "ticket", "tickets",
        "boarding", "itinerary", "waitlist", "reserva", "reservierung", "reservering",
        "prenotazione", "biglietto", "billet", "entrada", "fahrkarte",
    ),
    "a course or a school": (
        "admission", "admissions", "course", "courses", "degree", "enrolment", "enrollment",
        "tuition", "pupil", "pupils", "cours", "curso", "corso", "kurs",
        "cursus", "kurssi",
        # thirty-fourth pass: a master's or a postgraduate place refused in Spanish, Portuguese,
        # Catalan, Italian, French and German ("Resolución de admisión", "preinscripción",
        # "Escuela de Posgrado", "mestrado", "Studienplatz"); not "máster" alone (a Scrum Master)
        "admision", "admisiones", "admissao", "admissione", "ammissione", "admissio",
        "preinscripcion", "preinscripcio", "posgrado", "postgrado", "posgrau", "postgrau",
        "posgraduacao", "mestrado", "doutoramento", "studienplatz", "studiengang",
        "zulassungsverfahren",
    ),
    "a licence or a test": (
        "licence", "license", "renewal", "photograph", "certificate", "certification",
        "examination", "inspection",
        # seventeenth pass: a review of marking, an exam board's appeal
        "examinations", "examiner", "examiners", "marking", "remark", "grade", "grades", "appeal",
        "appeals",
        # eighteenth pass: an exam sat and failed, retaken or resat, its score, in the languages
        # triage knows ("egzamin", "tentamen", "eksamen", "tentti", "zkouška", "sınav", "vizsga",
        # "ispit", "izpit", "egzaminas", "eksāmens", "eksam"; not "Prüfung", "examen" or "esame":
        # "nach Prüfung Ihrer Unterlagen", "après examen de votre dossier" is a review)
        "exam", "exams", "retake", "retakes", "resit", "resits", "score", "scores", "passmark",
        "proctored", "syllabus", "recertification", "egzamin", "egzaminu", "tentamen", "eksamen",
        "eksamenen", "tentti", "zkouska", "zkousky", "skuska", "sinav", "sinavi", "vizsga",
        "vizsgat", "ispit", "ispitu", "izpit", "izpita", "egzaminas", "eksamens", "eksam", "eksami",
    ),
    # seventeenth pass: an animal's adoption or fostering ("your application to adopt")
    "an animal or an adoption": (
        "adopt", "adoption", "adopting", "adopter", "adopters", "foster", "fostering", "rescue",
        "rehoming", "homing", "pet", "pets", "puppy", "puppies", "kitten", "kittens", "dog",
        "dogs", "cat", "cats", "adoptie", "adopcion", "adozione", "adocao", "adopcja", "hund",
        "hond", "chien", "perro", "cane", "gato", "gatto", "katze", "tierheim", "asiel",
        "refugio", "canile",
    ),
}
# Stems of the same things in languages that inflect and compound them ("rahoitusta",
# "prototyyppirahoitushakemus", "Mietwohnung", "mieszkaniu"): the start of a word, or
# anywhere inside a long compound.
_OTHER_STEMS: dict[str, tuple[str, ...]] = {
    "a home": ("wohnung", "mietwohn", "mieszkan", "asunno", "vuokra", "huurwon", "lagenhet",
               "leilighet", "lejlighed", "appartament", "apartament", "immobil", "imobil",
               "inmobil", "vermiet", "verhuur",
               # after sealing fresh161-165: a flat in Slovenian, Croatian, Slovak and Hungarian
               # ("stanovanje", "najemodajalka", "varščina", "prenájom", "albérlet", "bérbeadó")
               "stanovanj", "najemodaj", "najemnin", "varscin", "prenajom", "prenajim", "najomn",
               "alberlet", "berbeado", "kaucio"),
    "a permit or a border": ("aufenthalt", "oleskelu", "viisumi", "visum", "pasaport", "passaport",
                             "reisepass", "einburger", "obywatelst", "kansalaisuu"),
    "funding or an allocation": ("rahoitu", "apurah", "foerder", "fordermittel", "stipendi",
                                 "stypendi", "subsidi", "dotacj", "finanzierung", "financiam",
                                 "finanziam"),
    "money or a claim": ("kredit", "darlehen", "hypothe", "lainahakemu", "vakuutu",
                         "versicherung", "ubezpiecz", "assicura", "erstattung", "rimbors",
                         "rembours", "reembols"),
    "a contest": ("wettbewerb", "kilpailu", "konkurs", "concours", "concorso", "palkinto",
                  "nagrod",
                  # eighteenth pass: a German prize and its laureates ("Förderpreis",
                  # "Preisträgerin", "Preisverleihung", "Auszeichnung")
                  "forderpreis", "foerderpreis", "preistrag", "preisverleih", "auszeichnung"),
    "a newsletter": ("newsletter", "nieuwsbrief", "rundbrief", "uutiskirje"),
}
# twenty-third pass: the same job words and things in Arabic, Hebrew, Urdu, Persian, Hindi,
# Bengali, Sinhala, Georgian, Armenian, Russian and Ukrainian, folded as a sentence is
_WORLD_JOB_NOUNS = tuple(map(_fold, (
    "وظيفة", "الوظيفة", "منصب", "المنصب", "شاغر", "الشاغر", "משרה", "המשרה", "תפקיד", "התפקיד",
    "ملازمت", "آسامی", "عہدے", "عہدہ", "اسامی", "شغل", "شغلی", "नौकरी", "पद", "रिक्ति",
    "চাকরি", "চাকুরি", "পদ", "পদের", "পদে", "পদটি", "পদটিতে", "තනතුර", "තනතුරට", "තනතුරු",
    "රැකියාව", "ვაკანსია", "ვაკანსიაზე", "პოზიცია", "პოზიციაზე", "თანამდებობა", "պաշտոն",
    "պաշտոնի", "պաշտոնը", "вакансия", "вакансии", "должность", "должности", "вакансія",
    "посада", "посади", "посаду")))
_WORLD_JOB_WORDS = _WORLD_JOB_NOUNS + tuple(map(_fold, (
    "مقابلة", "المقابلة", "توظيف", "التوظيف", "ראיון", "גיוס", "انٹرویو", "بھرتی", "مصاحبه",
    "رزومه", "साक्षात्कार", "भर्ती", "नियुक्ति", "সাক্ষাৎকার", "নিয়োগ", "සම්මුඛ", "გასაუბრება",
    "გასაუბრებაზე", "რეზიუმე", "հարցազրույց", "հարցազրույցի", "собеседование", "собеседования",
    "резюме", "співбесіда", "співбесіди")))
_JOB_WORDS = _JOB_WORDS | frozenset(_WORLD_JOB_WORDS)
# twenty-fourth pass: an application, a candidate, a post and a selection in Czech, Slovak,
# Polish, Serbian, Croatian and Bosnian, folded ("Vašu prijavu na konkurs", "uchazeč",
# "výběrové řízení"), so that a job call's "konkurs" is not taken for a contest
_JOB_WORDS = _JOB_WORDS | frozenset(map(_fold, (
    "pozice", "pozici", "pozícia", "pozíciu", "uchazeč", "uchazeče", "uchazeči", "uchádzač",
    "uchádzača", "pohovor", "pohovoru", "zaměstnání", "zamestnanie", "výběrové", "výběrového",
    "výberové", "výberového", "řízení", "konania", "kandydat", "kandydata", "kandydatów",
    "kandydatura", "rekrutacyjny", "rekrutacyjnego", "zatrudnienie", "aplikacja", "aplikacji",
    "aplikację", "prijava", "prijavu", "prijave", "prijavi", "kandidat", "kandidata",
    "kandidati", "kandidatkinja", "natječaj", "natječaja", "radno", "radnog", "пријава",
    "пријаву", "пријаве", "кандидат", "кандидата", "радно", "радног",
    # (after sealing fresh256-260: a Polish faculty's "konkurs ... na stanowisko adiunkta")
    "stanowisko", "stanowiska", "stanowisku", "adiunkta", "adiunkt", "zgłoszenie", "zgłoszenia",
    # (after sealing fresh366-370: a Serbian institute's "izborni postupak ... za radno mesto",
    # "Poštovana kandidatkinjo", "u razgovoru sa konkursnom komisijom")
    "izbornog", "izboru", "izbor", "kandidatkinjo", "razgovoru", "изборног", "избору", "избор")))
# fortieth pass: a post, a candidacy and an interview in Estonian, Latvian and Lithuanian, so
# that a public service's "avalik konkurss" for a post is not taken for a contest
_JOB_WORDS = _JOB_WORDS | frozenset(map(_fold, (
    "ametikoht", "ametikoha", "ametikohale", "ametikohal", "kandidatuur", "kandidatuuri",
    "töökoht", "töökohale", "tööintervjuu", "amats", "amatam", "amata", "vakance", "vakanci",
    "vakances", "kandidatūra", "kandidatūru", "kandidatūros", "pareigas", "pareigoms",
    "pareigų", "darbo pokalbis", "atranka", "atrankos")))
# forty-sixth pass: a post, a candidacy, recruiting and an interview in Romanian, Icelandic
# and Faroese, so that a bank's own name ("Dacia Credit Bank") does not make its no a loan's
_JOB_WORDS = _JOB_WORDS | frozenset(map(_fold, (
    "postul", "postului", "candidaturii", "candidatul", "candidați", "candidaților",
    "recrutare", "recrutarea", "recrutării", "angajare", "angajarea", "interviu", "interviul",
    "starf", "starfið", "starfs", "starfsins", "umsókn", "umsóknina", "umsækjanda", "viðtal",
    "viðtalið", "starvið", "starvinum", "umsøkjarar", "umsøkjarum")))
# forty-seventh pass: recruiting and a post in Portuguese ("Recrutamento e Seleção", "a função
# tem início"), so that a visa the job needs does not make its no a permit's
_JOB_WORDS = _JOB_WORDS | frozenset(map(_fold, ("recrutamento", "função", "funções")))
_JOB_NOUNS = _JOB_NOUNS | frozenset(_WORLD_JOB_NOUNS)
_WORLD_STEMS: dict[str, tuple[str, ...]] = {
    "money or a claim": ("قرض", "فنانسنگ", "کریڈٹ", "بیمہ", "وام", "بیمه", "تمويل", "التمويل",
                         "ائتمان", "الائتمان", "بطاقة", "البطاقة", "تأمين", "التأمين", "הלוואה",
                         "אשראי", "ביטוח", "ऋण", "लोन", "बीमा", "क्रेडिट", "ঋণ", "লোন", "বীমা",
                         "ক্রেডিট", "ණය", "රක්ෂණ", "სესხ", "კრედიტ", "დაზღვევ", "վարկ",
                         "ապահովագր", "кредит", "займ", "страхов", "ипотек",
                         # twenty-fourth pass: Greek, Czech, Slovak, Polish, Serbo-Croatian
                         "δανει", "πιστωσ", "ασφαλισ", "αποζημιωσ", "uver", "pujck", "pozick",
                         "pożyczk", "leasing", "zajam", "zajm"),
    "a permit or a border": ("ikamet", "vize", "göç", "ویزا", "ویزہ", "تأشيرة", "التأشيرة", "إقامة", "الإقامة", "جواز",
                             "پاسپورٹ", "اقامت", "ויזה", "אשרה", "דרכון", "वीज़ा", "वीजा",
                             "पासपोर्ट", "ভিসা", "পাসপোর্ট", "වීසා", "ვიზა", "ბინადრობ", "վիզա",
                             "կացության", "виза", "визы", "паспорт"),
    # forty-seventh pass: a Belarusian and Russian grant round ("мікрагрантаў", "фінансавання")
    "funding or an allocation": ("грант", "мікрагрант", "микрогрант", "фінансаван", "финансирован"),
    "a course or a school": ("اسکالرشپ", "وظیفہ", "داخلہ", "بورسیه", "پذیرش", "منحة", "المنحة",
                             "القبول", "מלגה", "छात्रवृत्ति", "প্রবেশ", "বৃত্তি", "ভর্তি",
                             "სტიპენდი", "ჩარიცხ",
                             "կրթաթոշակ", "стипенди", "поступлени",
                             # fifty-first pass: a Persian university's master's admission
                             # ("دانشگاه", "کارشناسی ارشد", "نیمسال", "تحصیلات تکمیلی")
                             "دانشگاه", "کارشناسی", "نیمسال", "تحصیلات", "دانشجو"),
}
for _family_name, _stems in _WORLD_STEMS.items():
    _OTHER_STEMS[_family_name] = _OTHER_STEMS.get(_family_name, ()) + tuple(map(_fold, _stems))
_STEMS = tuple(stem for stems in _OTHER_STEMS.values() for stem in stems)
_STEM_FAMILY = {stem: family for family, stems in _OTHER_STEMS.items() for stem in stems}
_COMPOUND = 12  # a word this long may hold a stem inside it
_INNER_STEM = 5  # ... of this length at least
_FAMILY_OF = {word: family for family, words in _OTHER_FAMILIES.items() for word in words}


def _family(word: str) -> str | None:
    """The family of things ``word`` (folded) names, if any."""
    if word in _FAMILY_OF:
        return _FAMILY_OF[word]
    if word.startswith(_STEMS):
        return next(family for stem, family in _STEM_FAMILY.items() if word.startswith(stem))
    if len(word) >= _COMPOUND:
        # (forty-sixth pass: a short stem only starts a word: Czech "úvěr" is not inside
        # Icelandic "persónuvernd", privacy)
        return next((family for stem, family in _STEM_FAMILY.items()
                     if len(stem) >= _INNER_STEM and stem in word), None)
    return None
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]+|[{MARKS}]+)*")  # twenty-third pass: vowel signs


# eighteenth pass: job words that a contest or a sign-off uses too ("not shortlisted for the
# award", "The Awards Team"): they do not make a message a job's on their own
_SHARED_JOB_WORDS = frozenset(("shortlist", "shortlisted", "shortlisting", "team",
                               # (thirty-seventh pass: a permit "submitted by your employer")
                               "employer"))


@dataclass(frozen=True)
class Matter:
    """The job words and the families of other things a message names."""

    job: frozenset[str]
    other: dict[str, frozenset[str]]

    @property
    def family(self) -> tuple[str, frozenset[str]]:
        """The family of things named in most ways ("a home": flat, landlord, tenant)."""
        return max(self.other.items(), key=lambda item: (len(item[1]), item[0]),
                   default=("", frozenset()))

    @property
    def about_another_thing(self) -> bool:
        """One family of things named in three ways or more, two more than the job words:
        the no refuses a thing, not a job (two words, "buyer" and "seller", are too few)."""
        named = len(self.family[1])
        return named >= 3 and named >= len(self.job) + 2

    @property
    def about_another_thing_alone(self) -> bool:
        """Eighteenth pass: no word that only a job uses (no role, post, interview, hire or
        trade), and one family of things named in two ways ("exam" and "retake", "award" and
        "judging"): what was applied for is not a job, whatever the no's words."""
        return not self.job - _SHARED_JOB_WORDS and len(self.family[1]) >= 2

    def explain(self) -> str:
        family, words = self.family
        return f"about {family}, not a job ({', '.join(sorted(words)[:4])})"


def names_a_job(sentence: str) -> bool:
    """Whether ``sentence`` names a job itself ("the position", "ce poste", "la vacante")."""
    return any(word in _JOB_NOUNS for word in _WORD.findall(_fold(sentence.lower())))


# sixteenth pass: the nouns a titled job sits before ("the First Team Physiotherapist
# position", "the Chef de Partie contract", "la plaza de cocinero"): a title and a job noun
_TITLED_NOUNS = _JOB_NOUNS | frozenset(("contract", "placement", "appointment", "vaga", "plaza",
                                        "posto", "stillingen", "tjansten", "tehtavaan"))


def names_a_titled_job(sentence: str) -> bool:
    """Whether ``sentence`` names a job by an occupation beside a job noun, within three
    words ("the Senior Animator role", "the Chef de Partie contract"): a job, whatever
    setting (a club, a season, a campus) the rest of the message names."""
    from ajar.formats.mail_titles import is_head  # the occupation lexicon; read rarely

    words = _WORD.findall(_fold(sentence.lower()))
    for index, word in enumerate(words):
        if word in _TITLED_NOUNS:
            near = words[max(0, index - 4):index] + words[index + 1:index + 4]
            if any(len(other) > 3 and is_head(other) for other in near):
                return True
    return False


# Sixty-fourth pass: a street's word in an address ("Corso Italia 33", "Kurs ..." not): no course
_STREET = re.compile(r"\bcorso(?= [^\W\d_]+(?: [^\W\d_]+)?,? \d)")


# Seventieth pass: a civil service's hiring words ("not be placed on the eligible list for
# this class", "the merit list"): an exam notice that names them is a job's, not a test's
_CIVIL_SERVICE = re.compile(
    r"\b(?:eligib(?:le|ility) (?:list|register)|list of eligibles|civil service|merit (?:list|line)|"
    r"referred to the [\w ]{3,40}? for (?:an )?interview|"
    # (after sealing fresh331-335: a French public body's recruitment competition, "concours
    # externe de technicien", "bureau des concours et examens professionnels")
    r"concours (?:externe|interne|réservé|troisième voie|sur titres?) (?:de|d'|pour)|examens? professionnels?|"
    r"fonction publique)\b")


def matter(text: str) -> Matter:
    """The job words and the other things named in ``text`` (lower case)."""
    job: set[str] = set(found.group() for found in _CIVIL_SERVICE.finditer(text, 0, MAX_CHARS))
    other: dict[str, set[str]] = {}
    for word in _WORD.findall(_fold(_STREET.sub(" ", text[:MAX_CHARS]))):
        if word in _JOB_WORDS or word.startswith(_JOB_STARTS):
            job.add(word)
        elif family := _family(word):
            other.setdefault(family, set()).add(word)
    return Matter(frozenset(job), {family: frozenset(words) for family, words in other.items()})


# A letter drafted for the reader to check ("Dear [Candidate name]", "I've drafted the email
# to the candidates we're not taking forward"): the no is the reader's own, to send.
_LETTER_TEMPLATE = re.compile(
    r"[\[{<]{1,2} ?(?:candidate|applicant|first|full|name|nom|prénom|prenom|nombre|nome|naam|"
    r"vorname|nachname|imię|imie|nimi|navn|namn)\b[^\]}>\n]{0,30}[\]}>]|"
    r"(?<!your )(?<!their )\b(?:draft(?:ed)?|brouillon|entwurf|entworfen|borrador|rascunho|bozza|"
    r"utkast|luonnos|szkic)\b[^.\n]{0,40}\b(?:e-?mails?|letters?|reply|replies|messages?|notes?|"
    r"responses?|wording|lettres?|courriers?|réponses?|absagen?|schreiben|antwort|carta|correos?|"
    r"respuestas?|respostas?|lettera|risposta|brief|bericht|brev|svar|kirje|viesti|"
    r"wiadomoś\w*|odpowied\w*)\b")


# ... and addressed to others: "to the candidates", "an die übrigen Bewerber" (an ATS's
# unfilled "Dear {first_name}" over the reader's own no, or a draft offer letter, is not)
_TO_CANDIDATES = re.compile(
    r"\b(?:to|for|an|aux|a|ai|per|aan|till|til|dla) (?:the |all |die |den |les |los |las |os |as |"
    r"de |i |gli |le |alle )?(?:[\w-]+ ){0,2}(?:candidates|applicants|bewerber(?:innen)?|candidats|"
    r"candidatos|candidatas|candidati|kandidaten|sollicitanten|sökande|søkere|ansøgere|"
    r"hakijoille|kandydatów|kandydatom)\b")


def drafted_letter(text: str) -> str | None:
    """The words that show ``text`` (lower case) holds a letter drafted for the reader to
    send to other applicants, or None."""
    found = _LETTER_TEMPLATE.search(text, 0, MAX_CHARS)
    if not found or not _TO_CANDIDATES.search(text, 0, MAX_CHARS):
        return None
    return " ".join(found.group(0).split())
