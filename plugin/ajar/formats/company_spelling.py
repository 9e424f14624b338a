"""The employer's name as the mail's text spells it out, from a short or run-together form.

A domain gives "nrrelief" or "zuidvelde-tu", a sender's name "MHA eRecruit", a subject
"Enfance Avenir"; the letter itself writes "Northern Rift Relief", "Zuidvelde University of
Technology", "Meridian Humanitarian Alliance", "Enfance Avenir International". Each short
form is matched to a capitalised phrase of the text by letters, initials or a leading part.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ajar.formats.company_words import organisation_word
from ajar.formats.mail_fields import LEGAL_FORM, looks_like_role, name_key
from ajar.formats.mail_signature import is_team
from ajar.formats.word_list import frequency, languages_of
from ajar.formats.world_places import is_locality as is_place

_SMALL = r"(?:of|de|di|del|della|do|da|du|des|van|von|der|den|la|le|y|e|et|and|für|for|&|of the|und|og|och)"
# A run of capitalised words on one line, small joining words allowed inside.
_PHRASE = re.compile(rf"[A-ZÀ-Þ][\w&'’-]*(?:[ ](?:{_SMALL} )?[A-ZÀ-Þ&][\w&'’-]*){{1,6}}")
_CONNECTORS = frozenset({"of", "de", "di", "del", "della", "do", "da", "du", "des", "van", "von",
                         "der", "den", "la", "le", "y", "e", "et", "and", "für", "for", "&", "the",
                         # sixty-first pass: "Amt für Bergregionen und Tourismus" (abt.gr...)
                         "und", "og", "och", "zur", "zum"})
# Words that end a name's continuation: the next sentence, a day, a greeting, a sign-off.
_NOT_CONTINUATION = frozenset({
    "team", "hr", "recruitment", "recruiting", "careers", "talent", "people", "i", "we", "you",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "dear", "hi",
    "hello", "thanks", "thank", "regards", "best", "kind", "unfortunately", "re", "fwd", "the",
    "ltd", "limited", "inc", "llc", "gmbh", "plc", "sa", "bv", "ag"})
_SCAN = 8000


def _pieces_match(key: str, words: list[str], skips: int = 1) -> bool:
    """Can ``key`` be written as pieces of ``words`` in order, each piece starting with its
    word's first letter and taken from the word's letters in order ("hd" of "holdings"), a
    joining word adding nothing or itself ("&" as "and"), one middle word at most left out?"""
    keys = [("and" if w == "&" else name_key(w)) for w in words]
    small = [w.casefold() in _CONNECTORS for w in words]

    @lru_cache(maxsize=None)
    def go(index: int, pos: int, skipped: int, long_piece: bool) -> bool:
        if pos == len(key):
            return index == len(keys) and long_piece
        if index == len(keys):
            return False
        word = keys[index]
        if small[index] and go(index + 1, pos, skipped, long_piece):
            return True
        if not small[index] and 0 < index < len(keys) - 1 and skipped < skips \
                and go(index + 1, pos, skipped + 1, long_piece):
            return True
        if not word or key[pos] != word[0]:
            return False
        # the longest run of the word's letters that key[pos:] follows, in order
        taken, at = 1, 1
        ends = [1]
        for char in key[pos + 1:]:
            found = word.find(char, at)
            if found < 0:
                break
            taken, at = taken + 1, found + 1
            ends.append(taken)
        for length in reversed(ends):
            if go(index + 1, pos + length, skipped, long_piece or length >= 4):
                return True
        return False
    return go(0, 0, 0, False)


def _phrases(text: str) -> list[list[str]]:
    """Each capitalised run of the text once, in order."""
    found: dict[tuple[str, ...], None] = {}
    for match in _PHRASE.finditer(text[:_SCAN]):
        words = tuple(w.strip("'’-") for w in match.group(0).split())
        if 2 <= len(words) <= 7:
            found[words] = None
    return [list(words) for words in found]


def _initials_tail(key: str, words: list[str]) -> bool:
    """"zuidveldetu" and "Zuidvelde University of Technology": the first word, then the
    initials of the others in any order (a Dutch "TU" is an English "University of Technology")."""
    first = name_key(words[0])
    tail = key[len(first):]
    rest = [name_key(w)[:1] for w in words[1:] if w.casefold() not in _CONNECTORS]
    return key.startswith(first) and len(first) >= 4 and 2 <= len(tail) <= 3 \
        and sorted(tail) == sorted(rest)


def _usable(words: list[str]) -> bool:
    phrase = " ".join(words)
    # thirty-first pass: "Amanzimnyama Medical Scheme" ends in the kind of organisation it
    # is; a title's word inside it ("Medical", "Staff") does not make it a job title
    titled = looks_like_role(phrase) and not (
        (organisation_word(words[-1]) or re.fullmatch(LEGAL_FORM, words[-1]))
        and not looks_like_role(words[0]))
    return not (is_place(phrase) or is_team(phrase) or titled
                or words[-1].casefold() in _CONNECTORS)


def spelled_out(name: str, text: str) -> str | None:
    """The text's phrase that a run-together or shortened name stands for: "Nrrelief" for
    "Northern Rift Relief", "Cinderandsage" for "Cinder & Sage", "MHA" for "Meridian
    Humanitarian Alliance"; None when no phrase of the text fits."""
    key = name_key(name)
    if len(key) < 3 or len(key) > 40:
        return None
    acronym = name.split()[0] if name.split() else ""
    acronym = acronym if 2 <= len(acronym) <= 5 and acronym.isalpha() \
        and (acronym.isupper() or len(name.split()) == 1 and len(acronym) <= 4
             or _defined_acronym(acronym, text)) else ""
    for words in _phrases(text):
        for start in range(len(words)):
            if words[start].casefold() in _CONNECTORS or name_key(words[start])[:1] != key[0]:
                continue  # (a span must open with the name's first letter)
            for end in range(len(words), start + 1, -1):
                span = words[start:end]
                if words[end - 1].casefold() in _CONNECTORS or not _usable(span):
                    continue
                content = [w for w in span if w.casefold() not in _CONNECTORS]
                if len(content) < 2:
                    continue
                # (twenty-seventh pass: "Pannonia-Balkan" gives two initials)
                initials = "".join(piece[0] for w in content for piece in _HYPHENED.split(w))
                if acronym and len(initials) == len(acronym) >= 3 \
                        and name_key(initials) == name_key(acronym):
                    return " ".join(span)
                if name_key(" ".join(span)) == key:
                    # (after sealing fresh366-370: a domain's "Calandreta Rodés" is the
                    # letter's "Calandreta de Rodés", its small words written out)
                    if len(span) > len(name.split()) and all(
                            w.casefold() in _CONNECTORS for w in span if w not in name.split()):
                        return " ".join(span)
                    continue  # the same spelling already
                if _pieces_match(key, span) or _initials_tail(key, span):
                    return " ".join(span)
                # eighty-first pass: "quiha-eng" and "Quiha Engineering PLC", a legal form after
                if len(content) >= 3 and re.fullmatch(LEGAL_FORM, span[-1]) \
                        and _pieces_match(key, span[:-1]):
                    return " ".join(span)
    return None


_HYPHENED = re.compile(r"-(?=[A-ZÀ-Þ])")
# Slavic and Romance small words inside a name written in sentence case: "Zavod za varstvo
# stavbne dediščine Kras" (ZVSD Kras).
_SENTENCE_CASE_SMALL = r"(?:za|na|pri|v|z|i|in|a|de|di|du|da|do|del|des|la|le|per|pour|of|for|and|&)"


def spelled_in_sentence_case(name: str, text: str) -> str | None:
    """"ZVSD Kras" and "Zavod za varstvo stavbne dediščine Kras": an acronym whose words the
    letter writes in lower case after the first (as Slavic names are written), then the
    rest of the name as the short form has it."""
    words = name.split()
    if not words or not (3 <= len(words[0]) <= 6 and words[0].isupper() and words[0].isalpha()):
        return None
    letters = words[0]
    parts = [rf"{letters[0]}[^\W\d_]+"] + [rf"(?i:{c})[^\W\d_]+" for c in letters[1:]]
    joined = rf"(?:\s{_SENTENCE_CASE_SMALL})?\s".join(parts)
    rest = "".join(rf"\s{re.escape(w)}" for w in words[1:])
    found = re.search(rf"(?<![\w-]){joined}{rest}(?![\w-])", text[:_SCAN])
    if not found or "\n" in found.group(0):
        return None
    return found.group(0)


def _defined_acronym(word: str, text: str) -> bool:
    """"Edra" (a domain's word) where the letter writes "(EDRA)": the text uses the word as
    an acronym, in capitals and in brackets, as a name's short form."""
    return len(word) >= 3 and bool(re.search(rf"\((?:the )?{re.escape(word.upper())}\)",
                                             text[:_SCAN]))


_LEGAL_AFTER = re.compile(rf",?\s{LEGAL_FORM}(?=[\s,;:)]|$)")


def _inside_longer_name(text: str, start: int) -> bool:
    """Capitalised words run into the occurrence from mid-line: "Eastern Anchorage" before
    "Pilotage" (a sentence's or a line's first word, "Join Acme", does not count)."""
    words = text[max(0, start - 80):start].rpartition("\n")[2].split()
    return len(words) >= 2 and bool(re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+", words[-1])) \
        and not words[-2].endswith((".", "!", "?", ":", ",", ";"))


def fuller_in_text(name: str, text: str) -> str | None:
    """"Enfance Avenir" where the text writes only "Enfance Avenir International": the name
    with the capitalised words the text always writes after it (never a place, a team, a
    title or a legal form)."""
    if not name or len(name) > 60 or re.search(r"['’]s$", name):
        return None  # "Fennimore's Crestview": a shop's brand, then its branch
    # (an elided small word runs into a capitalised one: "de Côte d'Ivoire", "de l'Énergie")
    pattern = re.compile(rf"((?: (?:{_SMALL} )?(?:[dl]['’])?[A-ZÀ-Þ][\w'’-]+){{0,3}})"
                         r"(?![\w&'’-]|\.\w)")
    first = name.split()[0]
    tails = set()
    for occurrence in re.finditer(rf"(?<![\w&'’-]){re.escape(name)}(?![\w&'’-])", text[:_SCAN]):
        if _inside_longer_name(text, occurrence.start()):
            continue  # "Eastern Anchorage Pilotage Services": another name's tail, not a fuller one
        match = pattern.match(text, occurrence.end())
        more = match.group(1).split() if match else []
        if _LEGAL_AFTER.match(text, occurrence.end()):
            more = []  # "Wiślane Młyny Sp. z o.o.": the legal form follows the name
        if first in more:
            more = more[:more.index(first)]  # "Harlow Foods Distribution and Harlow Foods"
        if more and looks_like_role(" ".join(more)):
            more = []  # "Orrin Bay Summer Internship": a scheme of the firm's, not its name
        while more and re.fullmatch(LEGAL_FORM, more[-1].rstrip(",")):
            more.pop()  # "Lambrecht Dumas-Ferrand AARPI": the firm's legal form is no part of it
        while more and (more[-1].casefold() in _CONNECTORS
                        or more[-1].casefold() in _NOT_CONTINUATION
                        or is_place(more[-1]) or looks_like_role(" ".join(more))):
            more.pop()
        if any(w.casefold() in _NOT_CONTINUATION or _TEAM_WORD.match(w) for w in more) \
                or is_team(f"{name} {' '.join(more)}"):
            more = []
        tails.add(" ".join(more))
    if len(tails) != 1:
        return None  # the text also writes the name alone, or goes on in different ways
    tail = tails.pop()
    return f"{name} {tail}" if tail and not is_place(tail) else None


# A team's or a scheme's word after a name: "X Human Resources", "X Early Careers".
_TEAM_WORD = re.compile(r"(?i:human|resources|resourcing|hiring|early|graduate|graduates|"
                        r"careers|campus|training|recruit\w*|talent|people|personal\w*|"
                        r"selection|jobs|vacancies|dac|cie|ltda|sas|srl|spa|sarl|"
                        r"summer|spring|autumn|winter|insight|internships?|programmes?|"
                        r"programs?|schemes?|placements?|apprenticeships?|trainee\w*)$")


# The small words a run-together name may hold, by language: "thesaltbarn", "padariadocanto"
# (not an English "and": "kettleandcrumb" may be "Kettle & Crumb", so only the text can say).
_JOINING = {"en": {"the", "of"}, "es": {"de", "del", "la", "el", "y", "los", "las"},
            "pt": {"do", "da", "de", "dos", "das", "e"}, "fr": {"de", "du", "des", "la", "le", "et"},
            "de": {"und", "der", "die", "das", "von", "am", "im"},
            "it": {"di", "del", "della", "la", "il", "e"}, "nl": {"de", "het", "van", "en"}}
_COMMON = 100  # a word the list saw fewer times is too rare to split a name at
_WORD = re.compile(r"[^\W\d_]{2,}")


def _splits(key: str, known: set[str], language: str) -> dict[int, tuple[float, list[str]]]:
    """For each number of words, the split of ``key`` into that many words (each one the mail
    writes or a common word of ``language``) with the commonest words."""
    joining = _JOINING[language]

    def cost(piece: str, last: bool) -> float | None:
        if piece in joining:
            return None if last or len(piece) < 2 else 1.0
        if piece in known and len(piece) >= 3:
            return 1.0
        count = frequency(piece, language)
        if len(piece) < 4 or count < _COMMON:
            return None
        return 1.0 + 1.0 / (1.0 + count ** 0.5)

    # best[end][n]: the cheapest n words that spell key[:end]
    best: list[dict[int, tuple[float, list[str]]]] = [{} for _ in range(len(key) + 1)]
    best[0][0] = (0.0, [])
    for end in range(1, len(key) + 1):
        for start in range(max(0, end - 20), end):
            if not best[start]:
                continue
            price = cost(key[start:end], end == len(key))
            if price is None:
                continue
            for count, (total, words) in best[start].items():
                if count < 6 and (count + 1 not in best[end]
                                  or total + price < best[end][count + 1][0]):
                    best[end][count + 1] = (total + price, words + [key[start:end]])
    return best[len(key)]


# The kind of organisation a run-together domain writes after its name ("eastmarchtimes",
# "oakenshieldgames"), never a mailbox's or a platform's word ("hq", "app", "careers").
KIND_WORDS = frozenset({
    "times", "post", "herald", "gazette", "mag", "magazine", "news", "press", "media", "journal",
    "review", "chronicle", "tribune", "games", "studio", "studios", "labs", "lab", "dental",
    "clinic", "foods", "farms", "farm", "bank", "law", "legal", "hotels", "hotel", "travel",
    "brewing", "brewery", "coffee", "bakery", "kitchen", "books", "publishing", "films",
    "pictures", "records", "music", "theatre", "architects", "engineering", "consulting",
    "logistics", "energy", "capital", "health", "care", "pharma", "robotics", "systems",
    "software", "analytics", "insurance", "motors", "airlines", "airways", "rail", "foundation",
    "trust", "school", "academy", "college", "hospital", "vets", "veterinary", "physio",
    "fitness", "gym", "salon", "spa", "cafe", "restaurant", "bistro", "deli", "market",
    "gallery", "museum", "library", "radio", "broadcasting", "verlag", "zeitung", "bau",
    "technik", "klinik", "praxis", "bakkerij", "uitgeverij", "editions", "éditions",
    # sixtieth pass: "Kaya" in the sender's name, "Kaya Talent Search" signed
    "talent", "search", "executive", "international", "consultores", "consultants",
    "resorts", "transport", "hospitals",
    # after reading fresh266-275: "Kamrup Tea Auctioneers" in the sender's name, "... &
    # Brokers" signed
    "brokers", "traders", "auctioneers", "exporters"})


def _segmented_word(word: str, written: dict[str, str], languages: tuple[str, ...]) -> str | None:
    """One run-together word split into the words of a language, or None."""
    key = word.casefold()
    if not key.isalpha() or not 7 <= len(key) <= 30 or word[1:] != word[1:].lower() \
            or key in written:
        return None
    for language in languages:
        if frequency(key, language) >= _COMMON:
            return None  # a word of its own
        # (a kind's short form no word list holds: "fellsidemag" is "Fellside Mag")
        known = set(written) | {w for w in KIND_WORDS if not frequency(w, language)}
        for count, (_, words) in sorted(_splits(key, known, language).items()):
            # two words alone may be one name ("Hartwell", "Lumenworks"): only the mail's
            # own capitalised word splits it in two
            # (twenty-eighth pass: or both words written in the mail, "troodos ... trails")
            if count < 2 or count == 2 and not any(w in _JOINING[language] for w in words) \
                    and not any(written.get(w, "")[:1].isupper() for w in words) \
                    and not all(len(w) >= 4 and w in written for w in words):
                continue
            return " ".join(
                word if index and word in _JOINING[language]
                else written[word] if written.get(word, "")[:1].isupper()
                and not (written[word].isupper() and len(word) > 4)
                else word.capitalize() for index, word in enumerate(words))
    return None


# Thirty-second pass: a line of business a run-together domain ends with, after a name no word
# list holds ("dagatteleservices", "ridgewayinterim", "orbitlinecx"). Never a brand's usual
# compound ("Lumenworks", "ManpowerGroup", "Openbank"); the short ones are acronyms.
_BUSINESS_TAILS = ("teleservices", "interim", "recruitment", "staffing", "consulting",
                   "consultants", "solutions", "services", "partners", "logistics", "connect",
                   "outsourcing", "telecom", "cx", "bpo")
_ACRONYM_TAILS = frozenset({"cx", "bpo"})


def _with_business_tail(word: str) -> str | None:
    """"Dagatteleservices" as "Dagat Teleservices", "Orbitlinecx" as "Orbitline CX"."""
    key = word.casefold()
    if not key.isalpha() or word[1:] != word[1:].lower():
        return None
    for tail in _BUSINESS_TAILS:
        head = key[:-len(tail)]
        if key.endswith(tail) and len(head) >= 4:
            return f"{head.capitalize()} {tail.upper() if tail in _ACRONYM_TAILS else tail.capitalize()}"
    return None


def segmented(name: str, text: str) -> str | None:
    """"Thesaltbarn" (a domain) as "The Salt Barn", "Peakformphysio" as "Peak Form Physio"
    where the subject writes "Peak Form", "Padariadocanto" as "Padaria do Canto": the words
    of the mail, then a language's common words, that spell a run-together name; written as
    the mail writes them, else in capitals with the small words in lower case. None for a
    name the mail or a language writes as one word ("Deliveroo", "Hartwell")."""
    if not name or len(name) > 60:
        return None
    written: dict[str, str] = {}
    for match in _WORD.finditer(text[:_SCAN]):
        word = match.group(0)
        if word.casefold() not in written or word[:1].isupper():
            written[word.casefold()] = word
    words = name.split()
    languages = languages_of(text)
    split = [_segmented_word(word, written, languages) or _with_business_tail(word)
             for word in words]
    if not any(split):
        return None
    phrase = " ".join(new or old for new, old in zip(split, words))
    # the mail writes the split name itself ("the Old Mill Bakery"): its spelling
    found = re.search(r"(?i)(?<![\w&])" + r"[\s-]+".join(map(re.escape, phrase.split()))
                      + r"(?![\w&])", text[:_SCAN])
    if found and found.group(0)[:1].isupper() and not found.group(0).isupper():
        return " ".join(found.group(0).split())
    return phrase


def _plain(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold())
                   if not unicodedata.combining(ch))


def with_accents(name: str, text: str) -> str:
    """"Gerard Wagner" (a domain has no accents) as "Gérard Wagner": each word as the mail
    itself writes it with accents (the text, a sender's name). A language's word list is not
    asked: a test holds a domain's "Morel Associes" as written (seventeenth pass)."""
    if not name or not name.isascii() or len(name) > 60:
        return name
    written: dict[str, str] = {}
    for match in _WORD.finditer(text[:_SCAN]):
        word = match.group(0)
        if not word.isascii() and word[:1].isupper():
            written.setdefault(_plain(word), word)
            # fortieth pass: how domains write "ü", "ä", "ö", "ß" ("emajoe-analyytika" for
            # "Emajõe Analüütika", "mueller" for "Müller")
            for spelled in (_plain(word.casefold().replace("ü", "y")),
                            _plain(word.casefold().replace("ü", "ue").replace("ä", "ae")
                                   .replace("ö", "oe").replace("ß", "ss"))):
                written.setdefault(spelled, word)
    return " ".join(written.get(word.casefold(), word) if word[:1].isupper() else word
                    for word in name.split())
