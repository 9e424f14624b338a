"""Where a title read from a rejection starts and stops, judged from what the mail writes
around it: the last look at a role, after every reader and tidier.

A title stops at a word that never ends one (a verb's particle, a pronoun, an auxiliary:
"... toe te kennen aan", "... si conclude qui"); its head keeps the modifiers the mail
writes with it, in each language's word order (lower-case specialties and codes after a
Dutch or French head: "dierenarts gezelschapsdieren", "analyste AML"; modifiers before an
English head: "the small animal vet job"); a subject's copy in two languages keeps the
first; a bracket the letter leaves out when it names the post is no part of it; a
competition's plural is one post.
"""

from __future__ import annotations

import itertools
import re

from ajar.formats.mail_fields import NORDIC_TEACHING_HEAD, nordic_field_word
from ajar.formats.mail_occupations import POST_AFTER
from ajar.formats.mail_title_unit import with_scandinavian_unit, with_written_unit
from ajar.formats.mail_titles import (_ADVERBS, _BY_LANGUAGE, _FIRM_WORD, HEADS, base_word, compound_head,
                                      head_in, is_head, read_title)
from ajar.formats.regex_needs import may_hold

# Words that never sit inside a title, in the languages of job mail: pronouns, clitics,
# auxiliaries, verb particles, negations and conjunctions that open a clause. Articles and
# the prepositions a field takes ("en droit de la concurrence") are not among them.
CLAUSE_WORDS = frozenset("""
    is are was were be been being has have had will would can could should may might must
    not that which who whom whose it its he she they we you i me him her them us there then
    so also just very
    aan een te toe zijn werd wordt worden heeft hebben hadden zal zou kon kan niet geen ook
    nog al dat die wie wat wij je jij hij zij ze er hier daar dan omdat maar naar
    qui que qu est était sont ai ont été sera serait ne pas se il elle ils elles nous vous
    je on y ce cette ces leur lui déjà donc mais car
    si è sono era stato stata ha hanno che chi non ci ne gli lì anche già
    es son fue han quien lo le les nos ya también aquí
    é são foi tem têm quem não lhe já aqui
    ist sind war wurde wird hat haben nicht kein keine sich wir sie er dass auch schon
    și este sunt fost nu am ai că care pe vă ți
    jest są był była nie się że który która
    je jsou byl byla není že který která
    ve bir bu için ile da de
    eles elas eu ele ela nós vocês infelizmente lamentablemente desafortunadamente
    malheureusement purtroppo helaas leider
""".split()) - {"de", "da"}  # (fresh326-330: "Representante Comercial e infelizmente eles ...")

# Languages that write a title's specialty after its head, in lower case when it is a
# common noun or an adjective ("juriste compliance", "dierenarts kleine huisdieren").
_AFTER_HEAD = ("fr", "nl", "es", "pt", "it")

# Where a title written after its head is over: the employer, the place, the unit, or the
# letter going on, in those languages.
_BOUNDARY_WORDS = frozenset("""
    chez bij bei at à au aux pour voor für per para presso dans in op te met avec con com
    within with au sein binnen en em no na nel nella del della van bij
    aan een toe te le la les des du un une het der das el los las il lo gli una uno o os as
    ce cet
""".split()) | CLAUSE_WORDS | _ADVERBS

# A code or an acronym that qualifies a title after its head: an aircraft type, a licence,
# a field ("First Officer A320", "Primo Ufficiale ATR 72", "analyste AML").
_CODE = re.compile(r"(?:[A-Z]{2,5}(?:[- ]?\d{1,4})?|[A-Z]\d{2,4}(?:-\d{1,3})?)(?![\w-])")

# Words before an English head that are the post's circumstances, not its title.
_NOT_MODIFIERS = frozenset("""
    new open same advertised above current vacant available recent latest upcoming permanent
    temporary full-time part-time fixed-term remote hybrid exciting fantastic great wonderful
    this that these those other another any every each which whose one two first second
    last next only role position job post vacancy recent interesting lovely busy mid
    mid-level entry-level
""".split())
_DETERMINERS = frozenset({"the", "a", "an", "our", "your", "this", "that", "their", "its"})
_POST_WORDS = frozenset("""
    position role job post vacancy opening opportunity spot place contract
    """.split())

# A past participle in the languages that write a specialty after the head ("toegekend",
# "attribué", "assegnato", "adjudicado"): the letter going on, not the title.
_PARTICIPLE = re.compile(r"^(?:(?:toe|aan|op|af|in|uit|mee|over|door|weg|vast|terug|be|ver)?"
                         r"ge\w{2,8}(?:d|t|en)|\w{3,}(?:é|ée|és|ées|ato|ata|ito|ita|uto|"
                         r"uta|ado|ada|ido|ida))$")
_WORD = re.compile(r"[^\s,;:!?()\[\]\"“”„«»|<>]+")
_LOOK = 4000


def _last_head(role: str) -> str | None:
    last = role.split()[-1] if role.split() else ""
    if not last:
        return None
    parts = [last] + ([last.rsplit("-", 1)[1]] if "-" in last.strip("-") else [])
    for part in parts:
        if is_head(part):
            return part
    return None


def _languages_of(word: str) -> set[str]:
    """The languages whose lexicon holds the head, or the head closing a compound
    ("dierenarts" closes on Dutch "arts")."""
    languages = ("en", "de", *_AFTER_HEAD, "sv", "da-no", "pl", "fi")
    found = {language for language in languages if base_word(word).casefold() in _BY_LANGUAGE[
        language]} or {language for language in languages if head_in(word, language)}
    closing = compound_head(word) if not found else None
    return {language for language in languages if head_in(closing, language)} if closing \
        else found


def without_clause_tail(role: str) -> str:
    """"Assistent Heelkunde Kleine Huisdieren toe te kennen aan een andere kandidaat" ->
    "Assistent Heelkunde Kleine Huisdieren": in the lower-case run that ends a title, the
    first word that never sits inside one (a particle, a pronoun, an auxiliary) and all
    after it leave; what stays must still hold a head."""
    words = role.split()
    start = len(words)
    while start > 1 and not words[start - 1][:1].isupper():
        start -= 1
    for index in range(max(start, 1), len(words)):
        if words[index] == "i" and NORDIC_TEACHING_HEAD.search(words[index - 1]) \
                and index + 1 < len(words) and nordic_field_word(words[index + 1]) \
                or words[index] in ("og", "och") and index >= 3 and words[index - 2] == "i" \
                and NORDIC_TEACHING_HEAD.search(words[index - 3]):
            continue  # after reading fresh276-280: "Lektor i samisk og norsk", a subject taught
        if words[index].casefold().strip(".,'’") in CLAUSE_WORDS:
            kept = " ".join(words[:index])
            if any(is_head(w) for w in words[:index]):
                return kept
            break
    return role


def _occurrences(role: str, texts: list[str]) -> list[tuple[str, re.Match[str]]]:
    texts = [text for text in texts if may_hold(text[:_LOOK], role, ignore_case=True)]
    if not texts:
        return []
    pattern = re.compile(rf"(?<![\w-]){re.escape(role)}(?![\w-])", re.IGNORECASE)
    found: list[tuple[str, re.Match[str]]] = []
    for text in texts:
        found += [(text, m) for m in itertools.islice(pattern.finditer(text[:_LOOK]), 6)]
    return found


def _specialty_after(text: str, end: int) -> str | None:
    """Lower-case words (at most three) and a code written straight after a title, up to a
    boundary: the end of the line, punctuation, the employer's or place's preposition or
    the letter going on. None when no boundary closes them (the sentence goes on)."""
    rest = text[end:end + 80]
    taken: list[str] = []
    position = 0
    while True:
        gap = re.match(r"[ \t]+", rest[position:])
        if not gap:
            break  # a line end or punctuation: the title is over
        word = _WORD.match(rest, position + gap.end())
        if not word:
            break
        plain = word.group(0).strip(".,;:'’").casefold()
        if plain in _BOUNDARY_WORDS or not plain:
            break
        if plain in POST_AFTER or _PARTICIPLE.search(plain):
            return None  # "... Arts role", "... toegekend aan": the post word, a verb
        code = _CODE.fullmatch(word.group(0).rstrip(".,;:"))
        if not (code or word.group(0)[:1].islower() and word.group(0).rstrip(".,;:").isalpha()):
            return None  # a capital, a figure: the employer or the sentence, not a specialty
        if len(taken) >= 3:
            return None
        taken.append(word.group(0).rstrip(".,;:"))
        position = word.end()
        if word.group(0)[-1:] in ".,;:":
            break
    while taken and taken[-1].casefold() in {"e", "y", "et", "und", "and", "o", "ou", "or", "og", "och"}:
        taken.pop()  # (fresh326-330: "Representante Comercial e infelizmente ...": no specialty)
    return " ".join(taken) if taken else None


def with_specialty_after(role: str, subject: str, opening: str, company: str | None) -> str:
    """"Juriste" read, "le poste de Juriste fiscaliste junior chez ..." written: a Romance or
    Dutch head keeps the lower-case specialty and the code the mail writes after it, up to
    where the employer, the place or the sentence goes on."""
    head = _last_head(role)
    if not head:
        return role
    languages = _languages_of(head)
    romance = bool(languages & set(_AFTER_HEAD)) and not languages & {"en", "de"} \
        and "en" not in _languages_of_title(role)  # "Assistant Curator, Decorative Arts"
    for text, found in _occurrences(role, [subject, opening]):
        tail = _specialty_after(text, found.end())
        if not tail:
            continue
        if not romance and not all(_CODE.fullmatch(w) for w in tail.split()):
            continue  # an English head's lower-case next word is the sentence going on
        if company and any(w.casefold() in company.casefold().split() for w in tail.split()):
            continue
        return f"{role} {tail}"
    return role


def with_modifiers_before(role: str, subject: str, opening: str, company: str | None) -> str:
    """"Vet" read, "the small animal vet job" written: an English head keeps the modifiers the
    mail writes before it, between a determiner (or the subject's start) and its post word."""
    head = _last_head(role)
    if not head or not head_in(head, "en") or len(role.split()) > 4:
        return role
    if not any(may_hold(text, role, ignore_case=True) for text in (subject, opening[:_LOOK])):
        return role
    pattern = re.compile(
        rf"(?:^(?:(?:re|fwd?|aw)\s*:\s*)*|(?<![\w-])(?i:{'|'.join(_DETERMINERS)})\s+)"
        rf"(?P<m>(?:[\w&'’-]+\s+){{1,4}}?)(?P<r>{re.escape(role)})\s+(?i:{'|'.join(_POST_WORDS)})\b",
        re.IGNORECASE | re.MULTILINE)
    for text in (subject, opening[:_LOOK]):
        for found in itertools.islice(pattern.finditer(text), 6):
            words = found.group("m").split()
            if any(w.casefold() in _NOT_MODIFIERS | _DETERMINERS or w.endswith(("'s", "’s"))
                   or re.search(r"\d", w) for w in words):
                continue
            if any(w.casefold() in CLAUSE_WORDS for w in words):
                continue
            if words[0] == "&" or words[-1] == "&":
                continue
            if company and any(w.casefold() in company.casefold().split() for w in words
                               if w != "&"):
                continue
            written = f"{found.group('m')}{found.group('r')}".split()
            if role[:1].isupper() and (role.istitle() or not found.group("r")[:1].isupper()):
                small = {"of", "and", "for", "the", "in", "to", "&"}
                return " ".join(w if w in small else w[:1].upper() + w[1:] for w in written[
                    :len(words)]) + " " + role
            return " ".join(written)
    return role


_PAIR = re.compile(r"^(?P<a>[^/]+?)\s+/\s+(?P<b>[^/]+)$")


def first_of_pair(role: str, subject: str) -> str:
    """"Juriste d'entreprise / Bedrijfsjurist", "Spoeddierenarts / Emergency Veterinarian":
    a title and its copy in another language; the copy written first stays."""
    found = _PAIR.match(role)
    if found:
        one, other = found.group("a"), found.group("b")
        if _languages_of_title(one) and _languages_of_title(other) \
                and not _languages_of_title(one) & _languages_of_title(other):
            return one
        return role
    if not may_hold(subject, role):
        return role
    for written in (rf"(?P<a>[^/\-–—:|]+?)\s+/\s+{re.escape(role)}(?![\w-])",):
        pair = re.search(written, subject)
        if pair:
            one = pair.group("a").strip()
            one = re.sub(r"^(?:(?:re|fwd?|aw)\s*:\s*)+", "", one, flags=re.I)
            if one and _languages_of_title(one) and _languages_of_title(role) \
                    and not _languages_of_title(one) & _languages_of_title(role) \
                    and len(one.split()) <= 6:
                return one
    return role


def _languages_of_title(title: str) -> set[str]:
    found: set[str] = set()
    for word in title.split():
        if len(word) > 3:
            found |= _languages_of(word) if is_head(word) else set()
    return found


_BRACKETED = re.compile(r"^(?P<a>.+?)\s*\((?P<b>[^()]+)\)$")


def without_unsaid_bracket(role: str, opening: str) -> str:
    """"Airport Operations Agent (Verkehrsleitung)" in the subject, "Die Stelle Airport
    Operations Agent ist ..." in the letter, which never writes the bracket: the letter
    names the post without it."""
    found = _BRACKETED.match(role)
    if not found or not any(is_head(w) for w in found.group("a").split()):
        return role
    if found.group("b").casefold() in opening.casefold():
        return role
    base = found.group("a")
    if may_hold(opening[:_LOOK], base) \
            and re.search(rf"(?<![\w-]){re.escape(base)}(?![\w-])", opening[:_LOOK]):
        return base
    return role


def only_bracket_title(role: str) -> str:
    """"feedback for practical task (Application Security Engineer)": when only the bracket
    holds a head, the bracket is the title."""
    found = _BRACKETED.match(role)
    if not found or any(is_head(w) for w in found.group("a").split()):
        return role
    inner = found.group("b").strip()
    return inner if any(is_head(w) for w in inner.split()) and inner[:1].isupper() else role


def singular(role: str) -> str:
    """"Competition Law Administrators" (a competition's name) -> one post."""
    words = role.split()
    last = words[-1] if words else ""
    if not last[:1].isupper() or not last.endswith("s") or last.casefold() in HEADS:
        return role
    before, comma, _ = role.rpartition(", ")
    if comma and any(word.casefold() in HEADS for word in before.split()):
        return role  # thirty-ninth pass: "Senior Software Engineer, Runners": the team after it
    for stem in (last[:-1], last[:-2] if last.endswith("es") else ""):
        if len(stem) > 3 and stem.casefold() in HEADS and head_in(stem, "en"):
            return " ".join(words[:-1] + [stem])
    return role


def not_employer(role: str | None, company: str | None) -> str | None:
    """A title reader that took the employer's name ("your application to Fellgate
    Veterinary Partners") found no title."""
    if not role or not company or role.casefold() != company.casefold():
        return role
    title = read_title(role)
    if title == role and not _FIRM_WORD.fullmatch(role.split()[-1]):
        return role  # "Tax Senior" read as the company too: the company reader's mistake
    return None


def with_written_gender(role: str, subject: str, opening: str) -> str:
    """"Profesor de Matemáticas" read, "el puesto de Profesor/a de Matemáticas" written: the
    title keeps the gender spelling the mail writes with a slash."""
    words = role.split()
    if not words or "/" in role:
        return role
    rest = " ".join(words[1:])
    if not any(may_hold(text, words[0] + "/", ignore_case=True)
               for text in (subject, opening[:_LOOK])):
        return role
    pattern = re.compile(rf"(?<![\w-]){re.escape(words[0])}(?P<g>/(?:a|e|as|es|ne|ka|in))"
                         rf"{' ' + re.escape(rest) if rest else ''}(?![\w-])", re.IGNORECASE)
    for text in (subject, opening[:_LOOK]):
        found = pattern.search(text)
        if found:
            return f"{words[0]}{found.group('g')}{' ' + rest if rest else ''}"
    return role


def with_fuller_copy(role: str, opening: str) -> str:
    """"B1 Engineer" in the subject, "the B1 Licensed Aircraft Engineer job" in the letter:
    the letter's copy of the same title, with the words between its first word and its
    head, names the post in full."""
    words = role.split()
    if len(words) < 2 or not _last_head(role):
        return role
    if not may_hold(opening[:_LOOK], " ".join(words[1:])):
        return role
    pattern = re.compile(
        rf"(?<![\w-])(?i:{'|'.join(_DETERMINERS)})\s+(?P<t>{re.escape(words[0])}"
        rf"(?P<m>(?:\s[A-Z][\w&/-]*){{1,3}})\s{re.escape(' '.join(words[1:]))})"
        rf"\s+(?i:{'|'.join(_POST_WORDS)})\b")
    found = pattern.search(opening[:_LOOK])
    if found and not any(w.casefold() in _NOT_MODIFIERS for w in found.group("m").split()):
        return found.group("t")
    return role


def settled_extent(role: str | None, subject: str, opening: str,
                   company: str | None) -> str | None:
    """The role with each look above applied."""
    if not role:
        return role
    role = without_clause_tail(role)
    role = only_bracket_title(role)
    role = first_of_pair(role, subject)
    role = without_unsaid_bracket(role, opening)
    role = with_specialty_after(role, subject, opening, company)
    role = with_fuller_copy(with_modifiers_before(role, subject, opening, company), opening)
    role = with_written_gender(singular(role), subject, opening)
    # twentieth pass: a unit written after the title by any separator, or after a
    # Scandinavian preposition in its definite form
    return with_scandinavian_unit(with_written_unit(role, subject, opening, company), opening)
