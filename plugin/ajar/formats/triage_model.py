"""A small trained voice for triage: logistic regression over each sentence's words.

Phrase rules close the wordings they quote; this model reads every sentence and
says how much it sounds like a no to an application, so a rejection worded like
nothing in the rules is still found, even in paragraph three above a job list.
Its weights ship in the package (``triage_weights.json``, made reproducibly by
``train/triage/train.py`` from data in the repository); nothing is downloaded.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ajar.formats import triage_chargrams, word_marks

WEIGHTS = Path(__file__).with_name("triage_weights.json")
MAX_CHARS = 20_000  # bound the work on huge or odd input
MAX_SENTENCES = 80
MAX_TOKENS = 60  # a "sentence" longer than this is cut into windows

# fourteenth pass (languages): a German date ("per 1. April", "am 14. Januar") ends no sentence
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\d\.)[\"')\]]*\s+|(?<=\d\.)[\"')\]]*\s+(?!(?i:jan|feb|m[äa]r|"
                           r"apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-zä]*\b)|\n\s*\n|"
                           r"\n(?=\s*(?:[-*•>]|\d+[.)])\s)"
                           # after sealing fresh161-165: a Chinese or Japanese full stop ends one
                           # too ("…求職者。若企業決定不安排面試，…": the "if" opens the next)
                           r"|(?<=[。！？])[」』”’）)]*\s*")
# fiftieth pass: a day before a lower-case month ("Ako Vam se ne javimo do 28. veljače, to znači
# ...") ends no sentence either, in any language: the "if" stays with its clause.
_ENDS_IN_ORDINAL = re.compile(r"(?<!\S)\d{1,2}\.$")
# twentieth pass: vowel signs are marks, not letters, so a word ("नहीं", "ที่") stays whole
# instead of breaking at each sign (twenty-third: every Indic script, Sinhala, Khmer, ...)
_MARKS = word_marks.MARKS
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+")
_TOKEN_MARKED = re.compile(rf"[^\W\d_](?:[^\W\d_]+|[{_MARKS}]+)*(?:'[^\W\d_]+)?|\d+")
_CONTRACTION = {"won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"),
                "shan't": ("shall", "not")}
_SUFFIX = {"'ve": "have", "'re": "are", "'ll": "will", "'d": "would", "'m": "am"}


def _stem(word: str) -> str:
    """A crude suffix strip so "proceed", "proceeding" and "proceeds" share a feature."""
    if word.isdigit():
        return "0"
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) >= len(suffix) + 3 and word.endswith(suffix) and not word.endswith(
                ("ss", "eed", "us", "is")):
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


# fourteenth pass (languages): the cues in the languages job mail comes in, accents folded
# ("não" is "nao"): German, French, Spanish, Portuguese, Italian, Dutch, Swedish,
# Norwegian, Danish, Finnish, Polish
_NEGATORS = frozenset(map(_stem, (
    "not", "no", "never", "nor", "without", "unable", "unfortunately",
    "nicht", "kein", "keine", "keinen", "leider", "pas", "ne", "malheureusement", "nao",
    "lamentablemente", "infelizmente", "niet", "geen", "helaas", "inte", "ikke", "tyvarr",
    "dessverre", "desvaerre", "ei", "emme", "eika", "valitettavasti", "nie", "niestety", "non",
    "purtroppo", "nunca", "jamais", "nessun", "nessuna",
    # seventeenth pass (languages3): Czech, Slovak, Romanian, Turkish, Hungarian, Greek,
    # Croatian/Serbian/Bosnian, Slovenian, Bulgarian, Lithuanian, Latvian, Estonian
    "ne", "bohuzel", "bohuzial", "ani", "nu", "maalesef", "degil", "yok", "nem", "sajnos",
    "δεν", "μην", "δυστυχως", "nazalost", "nije", "nismo", "niste", "nisu", "nisi", "zal",
    "не", "няма", "nav", "diemzel", "ei", "mitte", "kahjuks",
    # ... and the verbs that carry their "not" as a prefix ("nemůžeme", "negalime")
    "nemuzeme", "nebudeme", "nebyl", "nebyla", "nebylo", "nemohli", "nemozeme", "nebola",
    "nebol", "neboli", "necemo", "nemamo", "nemoremo", "negalime", "nebuvo", "nepateko",
    "nevaram", "netika", "nebus",
    # twentieth pass: Arabic, Hindi, Indonesian, Vietnamese, Afrikaans
    "لا", "لن", "لم", "ليس", "नहीं", "नही", "न", "tidak", "tak", "belum", "bukan", "khong",
    "chua", "ongelukkig")))
_CONDITIONALS = frozenset(map(_stem, ("if", "unless", "whether", "assume", "should", "si",
                                      "falls", "wenn", "sofern", "sollten", "sollte", "indien",
                                      "mocht", "jos", "mikali", "jesli", "jezeli", "caso",
                                      "qualora", "ifall", "sobald",
                                      # seventeenth pass (languages3)
                                      "pokud", "jestlize", "pokial", "ak", "daca", "cazul",
                                      "eger", "durumunda", "halinde", "amennyiben", "ha",
                                      "εαν", "αν", "περιπτωση", "ako", "ukoliko",
                                      "ако", "случаи", "jei", "jeigu", "gadijuma", "juhul",
                                      # twenty-third pass: "if" in the languages of the
                                      # world passes (folded like a sentence)
                                      "اگر", "إذا", "اذا", "אם", "यदि", "अगर", "जर", "যদি",
                                      "எனில்", "ఒకవేళ", "ਜੇ", "ਜੇਕਰ", "თუ", "თუკი", "եթե",
                                      "егер", "хэрэв", "agar", "əgər", "nese", "ikiwa", "jika",
                                      "apabila", "bila", "neu", "kung", "sekiranya", "если",
                                      "якщо")))
_OTHERS = frozenset(map(_stem, ("another", "other", "others", "different", "else", "someone",
                                "somebody", "internal", "external", "stronger", "senior",
                                "andere", "anderen", "anderer", "autre", "autres", "otro", "otra",
                                "otros", "otras", "outro", "outra", "outros", "outras", "altro",
                                "altra", "altri", "altre", "annan", "andra", "annen", "andre",
                                "anden", "toisen", "toinen", "toista", "muiden", "innego", "inna",
                                "innej", "innych", "inny",
                                # seventeenth pass (languages3)
                                "jiny", "jineho", "jinym", "jinou", "jine", "jinymi", "iny",
                                "ineho", "inym", "inu", "iny", "drugog", "drugim", "drugu",
                                "drugega", "alt", "alti", "altui", "baska",
                                "diger", "masik", "masikat", "αλλον", "αλλη", "αλλους", "αλλο",
                                "друг", "друга", "други", "kitu", "kitam", "kita", "kitus",
                                "citu", "citam", "citiem", "teise", "teist", "teisele",
                                "interni", "internim", "interny", "intern", "belso", "icinden",
                                "εσωτερικο", "вътрешен", "vidinis", "ieksejais",
                                "sisekandidaat")))
_PEOPLE = frozenset(map(_stem, ("candidate", "applicant", "finalist", "person", "someone",
                                "somebody", "individual", "profile", "hire", "people")))
# a person in other languages, by the start of the word ("kandidaten", "candidata", "hakijan")
_PEOPLE_STARTS = ("candidat", "kandida", "kandyda", "bewerber", "sollicitant", "sokand",
                  "soker", "ansoger", "hakija", "persona", "personn", "pessoa", "persoon",
                  "osob", "perfil", "profil", "finalist",
                  # seventeenth pass (languages3): "uchazeč", "uchádzač", "aday", "jelölt",
                  # "pályázó", "υποψήφιο", "кандидат", "kandidaat", "cilvek", "zmog"
                  "uchaz", "uchadz", "aday", "jelolt", "palyazo", "υποψηφι", "кандидат",
                  "човек", "cilvek", "zmog", "nekoho", "niekoho", "nekoga", "birini",
                  "valaki", "καποι", "някои", "kazk", "kadu", "kellegi", "altcineva")


# sixteenth pass: a sentence that opens with a class of people and a clause that defines it
# ("candidates who do not reach the pass mark ...", "hakijat, jotka ..."): a rule of the
# process, said of everyone, not a no said to the reader
_CLASS_HEADS = ("candidat", "applicant", "application", "thos", "anyon", "anybody", "individual",
                "kandida", "kandyda", "bewerb", "sollicit", "hakija", "sokand", "soker", "ansoger",
                "persona", "entri",
                # seventeenth pass (languages3)
                "uchaz", "uchadz", "aday", "adaylar", "jelolt", "palyazo", "υποψηφι",
                "кандидат", "prijav", "zgloszen")
_WENT = frozenset(("went", "gon", "going", "go", "goe", "stuck", "stick", "settl", "sid"))
_NOT_PEOPLE = frozenset(("you", "your", "it", "thi", "that", "our", "my", "me", "u",
                         "option", "approach", "plan", "flow"))
_CLASS_DETERMINERS = frozenset(("all", "any", "only", "the", "thos", "alle", "tous", "todos"))
# twenty-third pass: "only" beside a class of people ("only shortlisted candidates will be
# contacted", "صرف شارٹ لسٹ ... امیدواروں کو"): a receipt's rule of the process, in any
# language (folded)
_ONLY = frozenset(map(_stem, (
    "only", "nur", "seulement", "uniquement", "solo", "solamente", "apenas", "somente",
    "soltanto", "alleen", "endast", "bara", "kun", "vain", "ainoastaan", "tylko", "jen",
    "pouze", "iba", "doar", "sadece", "yalnizca", "csak", "μονο", "samo", "само", "tik",
    "tikai", "ainult", "только", "лише", "тільки", "רק", "فقط", "صرف", "केवल", "सिर्फ",
    "শুধুমাত্র", "শুধু", "কেবল", "පමණක්", "மட்டுமே", "மட்டும்", "మాత్రమే", "ಮಾತ್ರ", "മാത്രം",
    "માત્ર", "ਸਿਰਫ਼", "ਕੇਵਲ", "მხოლოდ", "միայն", "тек", "зөвхөн", "faqat", "yalniz",
    "vetem", "hanya", "sahaja", "lamang", "chi",
    # forty-ninth pass: Creole "zis" ("nou pou kontakte zis bann kandida ki ...")
    "zis")))
_RELATIVES = frozenset(("who", "that", "which", "whose", "receiv", "submitt", "qui", "que",
                        "che", "die", "welche", "som", "jotka", "ktorzy", "ktore", "cuyo", "cujo",
                        # seventeenth pass (languages3)
                        "kteri", "kter", "ktori", "car", "akik", "amelyek", "οι", "που",
                        "koji", "koj", "kateri", "които", "kuri", "kas", "kes", "kell"))


# Alone or in pairs these say nothing about a no; beside another word ("has filled",
# "not be") they do.
_FUNCTION_WORDS = frozenset(map(_stem, (
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "is", "are", "was", "were",
    "be", "been", "being", "has", "have", "had", "do", "does", "did", "we", "our", "us", "i",
    "me", "my", "you", "your", "they", "them", "their", "he", "she", "his", "her", "to", "of",
    "for", "in", "on", "at", "by", "with", "from", "and", "or", "but", "so", "as", "will",
    "would", "can", "could", "shall", "should", "may", "might", "must", "am", "just", "now",
    # job topic words: the rules judge the topic; the model judges the verdict
    "role", "roles", "position", "positions", "application", "applications", "candidacy",
    "job", "jobs", "vacancy", "opening", "post", "team", "hiring", "company", "interview",
    # fourteenth pass (languages): the same little words and job topic words in the languages
    # job mail comes in, so "de" or "vaga" alone says nothing about a no
    "de", "del", "der", "die", "das", "den", "dem", "des", "du", "la", "le", "les", "el", "los",
    "las", "lo", "il", "un", "une", "una", "uno", "um", "uma", "een", "het", "ein", "eine",
    "einen", "einem", "einer", "en", "et", "e",
    "y", "o", "a", "och", "og", "ja", "und", "i", "w", "z", "na", "do", "da", "di", "van",
    "voor", "om", "op", "pour", "par", "para", "por", "per", "con", "com", "mit", "fur", "zu",
    "von", "vous", "votre", "nous", "notre", "ihre", "ihnen", "sie", "wir", "uns", "su", "sus",
    "tu", "te", "le", "usted", "je", "jij", "jouw", "uw", "wij", "we", "du", "dig", "din", "vi",
    "er", "ist", "est", "es", "que", "qui", "che", "dass", "dat", "att", "at", "etta", "ze",
    "sua", "seu", "voce", "lei", "tua", "sie",
    "l", "d", "qu", "j", "s", "c", "m", "t",  # French elisions: "l'équipe", "qu'il"
    "bewerbung", "stelle", "poste", "candidature", "candidatura", "puesto", "vaga", "vacante",
    "sollicitatie", "functie", "vacature", "ansokan", "tjanst", "soknad", "stilling",
    "ansogning", "hakemus", "hakemuksesi", "tehtava", "rekrutacja", "stanowisko", "posizione",
    "processo", "proceso", "prozess", "processus", "selection", "selecao", "seleccion",
    "entretien", "entrevista", "vorstellungsgesprach", "gesprek", "colloquio", "haastattelu",
    # seventeenth pass (languages3): the little words and job topic words of Czech, Slovak,
    # Romanian, Turkish, Hungarian, Greek, Croatian, Slovenian, Bulgarian, Lithuanian,
    # Latvian and Estonian letters
    "v", "ve", "se", "za", "je", "jsme", "jste", "sme", "ste", "smo", "vam", "vas", "vase",
    "vasi", "nas", "k", "si", "in", "cu", "pe", "va", "dumneavoastra", "ve", "bu", "bir",
    "ile", "icin", "size", "sizi", "sizin", "az", "es", "hogy", "egy", "η", "ο", "το", "τη",
    "την", "του", "της", "σας", "μας", "και", "να", "για", "με", "σε", "στο", "στη", "στην",
    "οτι", "и", "на", "за", "да", "с", "в", "ви", "от", "че", "се", "ir", "jus", "jusu", "su",
    "kad", "un", "jums", "ar", "uz", "par", "ka", "teie", "teid", "teile", "meie",
    "pozice", "pozici", "pozicia", "pozicija", "prihlaska", "prihlasku", "zadost", "ziadost",
    "prijava", "prijavo", "postul", "postului", "pozitia", "aplicatia", "basvuru",
    "basvurunuz", "pozisyon", "allas", "pozicio", "poziciora", "palyazat", "jelentkezes",
    "θεση", "αιτηση", "αιτηση", "позиция", "позицията", "кандидатурата", "pareigas",
    "pareigoms", "pieteikums", "amats", "amatam", "vakance", "ametikoht", "ametikohal")))


def _fold(text: str) -> str:
    """Accents dropped ("não" -> "nao", "berücksichtigt" -> "berucksichtigt"), so a letter
    typed without them reads the same; "ß" and "ø" spelled out."""
    if text.isascii():
        return text
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l")
    # seventeenth pass: Turkish dotless "ı" and South Slavic "đ" do not decompose
    text = text.replace("ı", "i").replace("đ", "d")
    # twentieth pass: put back together what decomposing took apart without a mark dropped
    # (a Korean syllable, "안", is three letters once decomposed)
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)))


# twenty-third pass: the non-Latin words above as a sentence is folded ("सिर्फ" loses its virama)
_CONDITIONALS = frozenset(_stem(_fold(word)) for word in _CONDITIONALS)
_ONLY = frozenset(_stem(_fold(word)) for word in _ONLY)


# fourteenth pass (languages): words of the same meaning in every language share a concept
# feature ("@other @person" for "another candidate", "andere Bewerberin", "otro candidato"),
# so what the model learns from English noes carries to the languages it has few letters
# in. Matched on folded stems: a whole word, or the start of a longer word.
_CONCEPT_WORDS: dict[str, tuple[str, ...]] = {
    "neg": ("not", "no", "never", "n", "kein", "keinen", "keiner", "keinem", "pas", "nao",
            "niet", "geen", "inte", "ikke", "ei", "emme", "nie", "non", "nunca", "jamai",
            "nessun", "nessuna"),
    "other": ("else", "autr", "otro", "otra", "altro", "altra", "altri", "altr", "annan",
              "andra", "annen", "andr", "anden", "toinen", "muiden", "muut", "innego", "inna",
              "innej", "innych", "innym", "inny", "anders"),
    "person": ("person", "persona", "personn", "personen", "pessoa", "persoon", "joku", "kogo",
               "kogos", "ktos", "noen", "nogen", "nagon", "jemand", "jemanden", "iemand",
               "alguien", "alguem", "qualcuno", "people", "someone", "somebody"),
    "chose": ("chos", "chosen", "opt", "pick", "val", "valt", "vald", "valgt", "keuz", "choix",
              "wahl"),
    "continue": ("suit", "next", "ahead", "dalej", "verder", "vidar", "vider"),
    "offer": ("aanbod", "tilby"),
    "withdraw": ("peru", "peruttu"),
}
_CONCEPT_STARTS: dict[str, tuple[str, ...]] = {
    "neg": ("nicht",),
    "regret": ("unfortunately", "regret", "sorry", "sadly", "leider", "bedauer", "malheureus",
               "desol",  # seventeenth pass: "désolé" stems to "desol", which "desole" missed "lamentabl", "lamenta", "sentimo", "infelizment", "purtroppo",
               "spiacent", "dispiac", "helaa", "spijt", "tyvarr", "dessverr", "desvaerr",
               "valitettava", "niestety", "przykrosc", "bohuzel"),
    "other": ("another", "other", "ander", "outro", "outra", "toise"),
    "person": ("candidat", "kandida", "kandyda", "bewerber", "mitbewerber", "sollicitant",
               "applicant", "sokand", "soker", "ansoger", "hakija", "osob", "profil", "perfil",
               "finalist", "quelqu", "individual", "mieter", "mietint", "locatair", "inquilin",
               "huurder", "henkilo", "henkilon", "kollega", "collega", "collegu"),
    "chose": ("select", "choos", "decid", "entschied", "entscheid", "gewahlt", "ausgewahlt",
              "choisi", "retenu", "retenir", "elegid", "elegim", "escogi", "selecciona",
              "optamo", "optado", "decidi", "escolh", "selecion", "scelt", "selezion", "decis",
              "gekozen", "kiez", "besloten", "valitsi", "valinta", "paatti", "paadyi", "wybral",
              "wybor", "zdecydowal", "escolha", "eleccion", "scelta", "valj", "optat",
              # sixteenth pass: Finnish and Polish passives ("on valittu", "wybrano")
              "valittu", "valitsim", "wybran"),
    "continue": ("proceed", "continu", "progress", "advanc", "forward", "further", "pursu",
                 "weiter", "fortsetz", "fortzusetzen", "fortfuhr", "poursuiv", "seguir", "sigu",
                 "segu", "avanz", "avanc", "prosegu", "prossegu", "procede", "procedi",
                 "voortzet", "voort", "jatka", "etene", "kontynu", "prochain", "siguient",
                 "proxim", "nachst", "volgend", "nasta", "seuraav", "kolejn", "successiv",
                 "engere"),
    "offer": ("offer", "anbiet", "angebot", "offr", "propos", "ofrec", "oferec", "ofert",
              "offri", "offert", "aanbied", "erbjud", "tarjo", "zaproponow", "propozycj",
              "oferuj"),
    "filled": ("fill", "besetz", "vergeb", "pourvu", "cubiert", "preenchid", "copert",
               "ingevuld", "vervuld", "tillsatt", "besatt", "tayte", "obsadzon",
               # sixteenth pass: a post given or assigned to someone ("attribué", "asignado",
               # "vergeven", "tildelt", "assegnata")
               "attribu", "asignad", "adjudic", "atribuid", "assegnat", "vergeven", "tildelt",
               "tilldelad", "besat"),
    "withdraw": ("withdraw", "rescind", "retract", "cancel", "zuruckzieh", "zuruckgezog",
                 "zurucknehm", "retir", "annul", "ritir", "intrek", "ingetrokk", "tillbaka",
                 "wycof", "anulow"),
    "accepted": ("accept", "admit", "admis", "admitid", "aceptad", "aceit", "aprovad", "aprobad",
                 "accolt", "ammess", "zugelass", "angenomm", "toegelat", "antag", "hyvaksy",
                 "przyjet", "zakwalifik"),
    "hire": ("hire", "appoint", "einstell", "embauch", "contrata", "aannem", "aangenom",
             "anstall", "ansett", "palkat", "zatrudni", "recruit"),
    "invite": ("invit", "einlad", "eingelad", "convi", "citar", "uitnodig", "bjuda", "kutsu",
               "zapros", "zaprasz"),
    "interview": ("interview", "gesprach", "vorstellungsgesprach", "entretien", "entrevista",
                  "colloqui", "gesprek", "intervju", "haastattel", "rozmow", "samtal"),
    "received": ("receiv", "erhalt", "eingegang", "recu", "recib", "recebe", "ricevut",
                 "ontvang", "mottag", "mottatt", "modtag", "vastaanot", "otrzyma", "eingangs"),
    "moved": ("reschedul", "verschieb", "verleg", "deplac", "remarc", "spost", "verzet",
              "flytta", "siirta", "przeloz"),
}
# Alone, "a candidate", "chose" or "next" say nothing about a no ("we chose your profile for
# the next stage"); beside one of these, or negated, they do.
# seventeenth pass (languages3): the same concepts in Czech, Slovak, Romanian, Turkish,
# Hungarian, Greek, Croatian/Serbian/Bosnian, Slovenian, Bulgarian, Lithuanian, Latvian and
# Estonian (folded stems: "nažalost" is "nazalost", "й" is "и"), joined into the tables above
_LANGUAGES3_WORDS: dict[str, tuple[str, ...]] = {
    "neg": ("nu", "nem", "degil", "δεν", "μην", "не", "nije", "nisu", "nav", "mitte", "olmadi"),
    "regret": ("zal", "zao", "lito", "luto", "zel", "zalem"),
    "other": ("jin", "inu", "iny", "alt", "alti", "mast", "αλλον", "αλλη", "αλλους", "αλλο",
              "друг", "друга", "други", "kita", "kitu", "kitam", "kito", "kitus", "citu",
              "citam", "citiem", "cit"),
    "person": ("kadu",),
}
_LANGUAGES3_STARTS: dict[str, tuple[str, ...]] = {
    "neg": ("nemuz", "nemoz", "nebud", "nebyl", "nebol", "nemohl", "necem", "nemam", "nemorem",
            "negali", "nebuv", "nepatek", "nevar", "netik", "nebus", "neuspe", "nepost", "nedos"),
    "regret": ("bohuz", "litujem", "politov", "mrzi", "zial", "lutost", "pacate", "maalesef",
               "uzuler", "uzgun", "sajn", "δυστυχ", "λυπου", "λυπαμ", "nazalost", "zaljenj",
               "obzalov", "съжал", "apgailest", "diemzel", "nozel", "kahjuk", "kahets", "jammer"),
    "other": ("jine", "jino", "jiny", "ineh", "inym", "drugog", "drugom", "drugim", "drugeg",
              "drugu", "altcinev", "baska", "diger", "masik", "teis", "tein"),
    "person": ("uchaz", "uchadz", "aday", "jelolt", "palyazo", "υποψηφι", "кандида", "човек",
               "cilvek", "zmog", "nekoh", "niekoh", "nekog", "birin", "valak", "καποι", "някои",
               "kazk", "kellegi", "szemely", "ατομο"),
    "chose": ("vybral", "vybra", "zvolil", "rozhodl", "uprednostn", "odabr", "izabr", "odlucil",
              "izbral", "izbran", "odlocil", "hotar", "tercih", "secil", "sectik", "karar",
              "valasztott", "dontott", "dontes", "επιλεξ", "επιλογ", "επελεγ", "επιλεχθ", "επιλεγ",
              "αποφασισ",
              "избра", "избор", "реши", "pasirink", "atrink", "nusprend", "izvelej", "izvelet",
              "nolem", "valisi", "valitud", "otsust"),
    "continue": ("pokracov", "dalsi", "postoup", "postup", "nastav", "sljedec", "sledec",
                 "nadalj", "naslednj", "urmatoar", "departe", "devam", "sonrak", "ilerle",
                 "folytat", "kovetkez", "tovabb", "συνεχ", "επομεν", "προχωρ", "продълж",
                 "следващ", "tolesn", "turpin", "nakam", "jargmis", "edasi"),
    "offer": ("nabid", "ponuk", "ponud", "oferi", "teklif", "ajanl", "προσφερ", "προσφορ",
              "предлаг", "предлож", "оферт", "pasiul", "piedav", "pakku"),
    "filled": ("obsazen", "obsaden", "obsadil", "popunjen", "popunil", "zaseden", "ocupat",
               "doldurul", "betoltott", "καλυφθ", "заета", "uzimt", "aizpild", "taidet"),
    "withdraw": ("stahn", "stiahn", "zrus", "povuc", "povlac", "umakn", "preklic", "retrag",
                 "iptal", "visszavon", "αποσυρ", "ανακαλ", "оттегл", "atsauk", "atsauc", "atcel",
                 "tuhist"),
    "hire": ("angaj", "zaposl"),
    "invite": ("pozv", "poziv", "povabi", "vabil", "davet", "meghiv", "προσκαλ", "προσκλησ",
               "покан", "kviec", "pakviest", "aicin", "uzaicin"),
    "interview": ("pohovor", "razgovor", "interviu", "mulakat", "gorusme", "interju",
                  "συνεντευξ", "интервю", "pokalb", "intervij", "vestlus"),
    "received": ("obdrz", "zaprimlj", "prejel", "primit", "ulasti", "ulasmis", "megkap",
                 "παραλαβ", "λαβαμ", "получ", "gavom", "sanem"),
    "moved": ("presun", "pomakn", "premjest", "prestav", "reprogram", "ertele", "μεταφερ",
              "μετακιν", "отлож", "премест", "perkel", "parcel"),
    "accepted": ("prijat", "prihvac", "sprejet", "kabul", "elfogad", "δεκτ", "εγκρι", "одобр",
                 "priimt", "pienemt", "schvalen", "odobren", "aprobat", "onaylan", "jovahagy"),
}
for _name, _words in _LANGUAGES3_WORDS.items():
    _CONCEPT_WORDS[_name] = _CONCEPT_WORDS.get(_name, ()) + _words
for _name, _starts in _LANGUAGES3_STARTS.items():
    _CONCEPT_STARTS[_name] = _CONCEPT_STARTS.get(_name, ()) + _starts
# Turkish says "not" inside the verb ("devam edemeyeceğiz", "seçilmediniz"): its endings
_NEG_ENDS = ("emeyecegiz", "amayacagiz", "meyecegiz", "mayacagiz", "emiyoruz", "amiyoruz",
             "emedik", "amadik", "emedigimizi", "amadigimizi", "emedigimiz", "amadigimiz",
             "mamaktadir", "memektedir", "memistir", "mamistir", "mediniz", "madiniz",
             "emediniz", "amadiniz", "meyecek", "mayacak", "meyecektir", "mayacaktir",
             "meyecegimizi", "mayacagimizi", "meyecegimiz", "mayacagimiz")

# twentieth pass: the cues of Arabic, Hindi, Indonesian, Vietnamese and Afrikaans letters,
# written as they are and folded here the way a sentence is (Arabic hamza, Hindi virama)
_SPACED_WORDS: dict[str, tuple[str, ...]] = {
    "neg": ("لا", "لن", "لم", "ليس", "नहीं", "नही", "न", "tidak", "tak", "belum", "bukan",
            "khong", "chua"),
    "regret": ("للأسف", "نأسف", "يؤسفنا", "يؤسفني", "نعتذر", "खेद", "अफ़सोस", "दुर्भाग्यवश",
               "दुर्भाग्य", "sayangnya", "maaf", "menyesal", "tiec", "ongelukkig"),
    "other": ("آخر", "أخرى", "آخرين", "اخر", "अन्य", "दूसरे", "दूसरा", "दूसरी", "lain",
              "lainnya", "khac"),
    "person": ("उम्मीदवार", "उम्मीदवारों", "pelamar", "vien"),
    "chose": ("اخترنا", "اختيار", "قررنا", "قرار", "चयन", "चुना", "चुने", "निर्णय", "फैसला",
              "memilih", "dipilih", "terpilih", "memutuskan", "chon", "gekies", "besluit"),
    "continue": ("المضي", "متابعة", "आगे", "melanjutkan", "lanjut", "tiep", "voortgaan"),
}
_SPACED_STARTS: dict[str, tuple[str, ...]] = {
    "person": ("مرشح", "المرشح", "متقدم", "المتقدم"),
}
for _name, _words in _SPACED_WORDS.items():
    _CONCEPT_WORDS[_name] = _CONCEPT_WORDS.get(_name, ()) + tuple(_fold(w) for w in _words)
for _name, _starts in _SPACED_STARTS.items():
    _CONCEPT_STARTS[_name] = _CONCEPT_STARTS.get(_name, ()) + tuple(_fold(w) for w in _starts)

# twenty-third pass: the same cues in Urdu, Persian, Bengali, Sinhala, Tamil, Telugu,
# Kannada, Malayalam, Gujarati, Punjabi, Marathi, Nepali, Georgian, Armenian, Kazakh,
# Mongolian, Uzbek, Azerbaijani and Albanian (whole words, then the starts of words)
_SCRIPTS23_WORDS: dict[str, tuple[str, ...]] = {
    "neg": ("نہیں", "نه", "না", "নয়", "নি", "නැත", "නැහැ", "இல்லை", "లేదు", "కాదు", "ಇಲ್ಲ",
            "ಇಲ್ಲವ", "ഇല്ല", "નથી", "ਨਹੀਂ", "ਨਹੀ", "नाही", "छैन", "არ", "ვერ", "ոչ", "չի",
            "չենք", "չեն", "չէ", "жоқ", "емес", "үгүй", "emas", "deyil", "nuk"),
    "regret": ("افسوس", "بدقسمتی", "معذرت", "متاسفانه", "متأسفانه", "দুঃখিত", "দুর্ভাগ্যবশত",
               "කනගාටු", "අවාසනාවකට", "துரதிர்ஷ்டவசமாக", "దురదృష్టవశాత్తు", "ದುರದೃಷ್ಟವಶಾತ್",
               "നിർഭാഗ്യവശാൽ", "દિલગીર", "કમનસીબે", "ખેદ", "ਅਫ਼ਸੋਸ", "ਅਫਸੋਸ", "दुर्दैवाने",
               "სამწუხაროდ", "ვწუხვართ", "ցավոք", "ափսոս", "өкінішке",
               "харамсалтай", "afsuski", "təəssüf", "fatkeqësisht"),
    "other": ("دوسرے", "دوسری", "دیگر", "دیگری", "অন্য", "වෙනත්", "மற்றொரு", "வேறு", "మరొక",
              "ఇతర", "ಬೇರೆ", "ಇತರ", "മറ്റൊരു", "બીજા", "અન્ય", "ਹੋਰ", "ਦੂਜੇ", "इतर", "अर्को",
              "სხვა", "այլ", "басқа", "өөр", "boshqa", "başqa", "digər", "tjetër", "tjetrin"),
}
_SCRIPTS23_STARTS: dict[str, tuple[str, ...]] = {
    "neg": ("نمی", "չկարող", "չընտր"),
    "regret": ("வருந்து", "வருத்த", "చింతి", "ವಿಷಾದ", "ഖേദ", "ਬਦਕਿਸਮਤ", "харамса", "təəssüf",
               "ցավում"),
    "person": ("امیدوار", "متقاضی", "داوطلب", "প্রার্থী", "අපේක්ෂක", "விண்ணப்பதாரர்", "అభ్యర్థి",
               "ಅಭ್ಯರ್ಥಿ", "ഉദ്യോഗാർത്ഥി", "ઉમેદવાર", "ਉਮੀਦਵਾਰ", "उमेदवार", "उम्मेदवार", "კანდიდატ",
               "թեկնածու", "үміткер", "горилогч", "nomzod", "namizəd"),
    "chose": ("منتخب", "انتخاب", "নির্বাচিত", "বাছাই", "තෝරා", "தேர்ந்தெடு", "ఎంపిక", "ಆಯ್ಕೆ",
              "തിരഞ്ഞെടു", "પસંદ", "ਚੋਣ", "ਚੁਣ", "निवड", "छनोट", "შეირჩ", "ავირჩი", "ընտր",
              "таңда", "іріктел", "сонго", "tanla", "seçil", "seçdi", "zgjodh", "përzgjedh"),
}
for _name, _words in _SCRIPTS23_WORDS.items():
    _CONCEPT_WORDS[_name] = _CONCEPT_WORDS.get(_name, ()) + tuple(_fold(w) for w in _words)
for _name, _starts in _SCRIPTS23_STARTS.items():
    _CONCEPT_STARTS[_name] = _CONCEPT_STARTS.get(_name, ()) + tuple(_fold(w) for w in _starts)

_CUE_CONCEPTS = frozenset(("neg", "regret", "other", "filled", "withdraw"))
_SAID_ALONE = frozenset(("regret", "filled", "withdraw"))  # "leider", "besetzt", "retirer"
_CONCEPT_OF = {word: name for name, words in _CONCEPT_WORDS.items() for word in words}


# English words keep their own features only: the English noes are many, and a second,
# shared feature would count them twice; the concepts tie the other languages together.
_ENGLISH = frozenset(map(_stem, (
    "not", "no", "never", "unfortunately", "regret", "regrets", "regretfully", "sorry", "sadly",
    "another", "other", "others", "else", "person", "people", "someone", "somebody",
    "applicant", "applicants", "individual", "candidate", "candidates", "profile", "profiles",
    "finalist", "finalists", "chose", "chosen", "choose", "choosing", "opted", "pick", "picked",
    "select", "selected", "selecting", "selection", "decide", "decided", "decision", "next",
    "ahead", "proceed", "continue", "progress", "advance", "forward", "further", "pursue",
    "offer", "offered", "offering", "fill", "filled", "withdraw", "withdrawn", "rescind",
    "retract", "cancel", "cancelled", "canceled", "hire", "hired", "appoint", "appointed",
    "recruit", "recruiting", "recruitment", "invite", "invited", "invitation", "interview",
    "interviews", "interviewer", "receive", "received", "reschedule", "accept", "accepted",
    "admit", "admitted", "suit", "individuals", "continuing", "progressing", "advancing",
    "proceeding", "pursuing", "offers", "hiring", "withdrawing", "inviting")))


@lru_cache(maxsize=65536)
def concept(word: str) -> str | None:
    """The concept a folded stem of another language stands for, or None."""
    if word in _ENGLISH:
        return None
    if word in _CONCEPT_OF:
        return _CONCEPT_OF[word]
    if triage_chargrams.spaceless(word):  # twentieth pass: "다른 지원자" is other, person
        named = triage_chargrams.concepts_in(word)
        return named[0] if named else None
    if len(word) < 4:
        return None
    for name, starts in _CONCEPT_STARTS.items():
        if word.startswith(starts):
            return name
    return "neg" if word.endswith(_NEG_ENDS) else None


def tokens(sentence: str) -> list[str]:
    """Lower-case word stems with contractions spelled out ("won't" -> will not)."""
    words: list[str] = []
    folded = _fold(sentence.lower().replace("’", "'"))
    for raw in (_TOKEN if folded.isascii() else _TOKEN_MARKED).findall(folded):
        if raw in _CONTRACTION:
            words.extend(_CONTRACTION[raw])
        elif raw.endswith("n't"):
            words.extend((raw[:-3], "not"))
        elif "'" in raw:
            head, _, tail = raw.partition("'")
            words.append(head)
            if f"'{tail}" in _SUFFIX:
                words.append(_SUFFIX[f"'{tail}"])
        else:
            words.append(raw)
    return [_stem(word) for word in words if word]


# seventeenth pass: the reader, in the languages job mail comes in (a closed class: the
# second person), so "said to you" is heard in a letter in Romanian or Czech too; folded
_READER_WORDS = frozenset(map(_stem, (
    "you", "your", "yours", "yourself", "ihnen", "dich", "dir", "dein", "deine", "deiner",
    "vous", "votre", "vos", "toi", "ton", "tes", "usted", "ustedes", "contigo", "tus", "voce",
    "teu", "tuo", "tua", "tuoi", "jij", "jou", "jouw", "uw", "jullie", "dig", "deg", "ditt",
    "dina", "sinun", "sinua", "sinulle", "teidan", "teita", "ciebie", "cie", "twoj", "twoja",
    "twoje", "twojej", "twojego", "pani", "panstwa", "vas", "vam", "vasi", "vase",
    "vasem", "tve", "tvoje", "tebe", "tine", "iti", "dumneavoastra", "tau", "siz", "sizin",
    "sizi", "sen", "seni", "senin", "sana", "ti", "te")))
# seventeenth pass: going on with people ("take things forward with two people who ...",
# "proceed with a candidate whose ...", "verder met een kandidaat"): a choice of others
# twentieth pass: "follow with" is how "seguir com / seguir con" comes out in English
_GO_ON = frozenset(map(_stem, ("forward", "ahead", "proceed", "continue", "progress", "move",
                               "moving", "on", "further", "along", "follow")))
_WITH = frozenset(("with", "mit", "avec", "con", "met", "med", "com", "cu", "z", "ze", "s"))
PREFIX = 5  # seventeenth pass: a long word's first letters, shared by its inflections
PREFIX_FROM = 7  # ... from this length on ("basvurunuz", "basvurunu" -> "^basvu")


def features(words: list[str]) -> set[str]:
    """Unigrams and bigrams (but function and topic words alone or in pairs), words in a
    negation's scope (~word), the first letters of long words (^prefix: "selectat",
    "seleccionado" and "selected" meet at "^selec"), and a few hand-made cues."""
    found = set(words) - _FUNCTION_WORDS
    found.update(f"{a} {b}" for a, b in zip(words, words[1:])
                 if a not in _FUNCTION_WORDS or b not in _FUNCTION_WORDS)
    scope = 0
    for word in words:
        long = len(word) >= PREFIX_FROM and word not in _FUNCTION_WORDS  # not a topic word
        if long:
            found.add(f"^{word[:PREFIX]}")
        if scope:
            found.add(f"~{word}")
            if long:
                found.add(f"~^{word[:PREFIX]}")
            scope -= 1
        if word in _NEGATORS:
            scope = 4
    for index, word in enumerate(words):  # "another candidate", "someone else"
        if (word in _PEOPLE or word.startswith(_PEOPLE_STARTS)) and _OTHERS.intersection(
                words[max(0, index - 3):index] + words[index + 1:index + 2]):
            found.add("#other-person")
    seen = [(index, concept(word)) for index, word in enumerate(words)]
    seen = [(index, name) for index, name in seen if name]
    negated_until = -1
    for position, (index, name) in enumerate(seen):
        if name in _SAID_ALONE:
            found.add(f"@{name}")
        if index <= negated_until:
            found.add(f"~@{name}")
        if name == "neg" or name == "regret":
            negated_until = index + 4
        for later, other in seen[position + 1:position + 3]:
            if later - index <= 4 and (name in _CUE_CONCEPTS or other in _CUE_CONCEPTS):
                found.add(f"@{name} @{other}")
    if _CONDITIONALS.intersection(words[:8]):
        found.add("#conditional")
    for index, word in enumerate(words[1:-1], 1):  # sixteenth pass: "we've gone with folks
        if word == "with" and words[index - 1] in _WENT and words[index + 1] not in _NOT_PEOPLE:
            found.add("#went-with")  # local", "went with a nurse": a choice made of others
            break
    for index, word in enumerate(words):
        if word in _WITH and index and _goes_on(words[max(0, index - 3):index]) and \
                words[index + 1:index + 2] and words[index + 1] not in _READER_WORDS and \
                any(_a_person(other) for other in words[index + 1:index + 4]):
            found.add("#on-with-others")
            break
    opening = 1 if words[:1] and words[0] in _CLASS_DETERMINERS else 0
    if words[opening:opening + 1] and words[opening].startswith(_CLASS_HEADS) and \
            words[opening + 1:opening + 2] and words[opening + 1] in _RELATIVES:
        found.add("#class")  # sixteenth pass: "candidates who do not ..." opens the sentence
    if _ONLY.intersection(words) and any(_a_person(word) for word in words):
        found.add("#only-some")
    if _READER_WORDS.intersection(words):
        found.add("#addressed")  # seventeenth pass: said to the reader, in any language
    for word in words:  # twentieth pass: Chinese, Japanese, Korean, Thai
        if triage_chargrams.spaceless(word):
            found.update(triage_chargrams.grams(word))
    return found


def _goes_on(words: list[str]) -> bool:
    return any(word in _GO_ON or concept(word) in ("continue", "chose") for word in words)


def _a_person(word: str) -> bool:
    return word in _PEOPLE or word.startswith(_PEOPLE_STARTS) or concept(word) == "person"


def said_to_the_reader(sentence: str) -> bool:
    """Whether ``sentence`` speaks to the reader (the second person, in any language known)."""
    return bool(_READER_WORDS.intersection(tokens(sentence)))


def sentences(text: str) -> list[str]:
    """The text cut at sentence ends, blank lines and list items; at most MAX_SENTENCES."""
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(text[:MAX_CHARS]):
        piece = " ".join(piece.split())
        if piece and pieces and piece[0].islower() and _ENDS_IN_ORDINAL.search(pieces[-1]):
            pieces[-1] += " " + piece  # fiftieth pass: "do 28. veljače" is one sentence
        elif piece:
            pieces.append(piece)
        if len(pieces) >= MAX_SENTENCES:
            break
    return pieces


@dataclass(frozen=True)
class Model:
    """Weights of a logistic regression over sentence features."""

    bias: float
    weights: dict[str, float]

    def probability(self, found: set[str]) -> float:
        score = math.fsum([self.bias, *(self.weights.get(f, 0.0) for f in found)])  # any order
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def strongest(self, found: set[str], count: int = 3) -> list[str]:
        """The features that pushed hardest towards "rejection", readable: the explanation."""
        pushes = sorted(((self.weights.get(f, 0.0), f) for f in found), reverse=True)
        return [_readable(feature) for weight, feature in pushes[:count] if weight > 0]


_CUES = {"#other-person": "another person", "#conditional": "a condition",
         "#addressed": "said to you", "#class": "a rule for a class of people",
         "#went-with": "went with others", "#on-with-others": "going on with others"}


def _readable(feature: str) -> str:
    if feature.startswith("~@"):
        return f"not ... <{feature[2:]}>"
    if feature.startswith("@"):
        return " ".join(f"<{part[1:]}>" for part in feature.split())
    if feature.startswith("~^"):
        return f"not ... {feature[2:]}-"
    if feature.startswith("~"):
        return f"not ... {feature[1:]}"
    if feature.startswith("^"):
        return f"{feature[1:]}-"
    if feature.startswith("%"):
        return f"…{feature[1:]}…"  # twentieth pass: two letters of a run without spaces
    return _CUES.get(feature, feature)


@dataclass(frozen=True)
class SentenceScore:
    probability: float
    sentence: str
    because: list[str]


def score_text(model: Model, text: str) -> SentenceScore | None:
    """The sentence of ``text`` that reads most like a no, and how much."""
    ranked = score_sentences(model, text)
    return ranked[0] if ranked else None


def score_sentences(model: Model, text: str, count: int = 3) -> list[SentenceScore]:
    """The ``count`` sentences of ``text`` that read most like a no, most first."""
    scored: list[SentenceScore] = []
    for sentence in sentences(text):
        if sentence.rstrip(" \"')").endswith("?"):
            continue  # eleventh pass: a question asks ("Not the right fit?"); it decides nothing
        words = tokens(sentence)
        for start in range(0, max(1, len(words)), MAX_TOKENS):
            found = features(words[start:start + MAX_TOKENS])
            scored.append(SentenceScore(model.probability(found), sentence, model.strongest(found)))
    scored.sort(key=lambda item: -item.probability)  # stable: the earlier sentence on a tie
    return scored[:count]


def load(path: Path = WEIGHTS) -> Model:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(float(data["bias"]), {key: float(value) for key, value in data["weights"].items()})


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The model that ships in the package (read once per process)."""
    return load()
