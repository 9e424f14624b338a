"""The job title wherever a mail names the post, found by its occupation head word.

The phrase readers answer where a known cue introduces the title; this finder is for the
mail they leave empty. It takes an occupation head (``mail_titles``' lexicon, compounds
included) or a clipped or field noun ("physio", "actuarial") that the mail marks as the
post: a post word next to it ("the X vacancy", "Position X", "X-stillingen", "X-tehtävään"),
an application or selection before it, a grade after it ("X (EC-04)"), the other person
hired ("offered the spot to another physio"), or a subject part that is the title.
"""

from __future__ import annotations

import itertools
import re

from ajar.formats.mail_fields import SIGN_OFF, looks_like_role, without_gender_tags
from ajar.formats.mail_occupations import (ARTICLES, FIELD_TITLES, FINNISH_CASES, POST_AFTER,
                                           POST_BEFORE, POST_SUFFIXES, WEAK_HEADS)
from ajar.formats.mail_role_tidy import without_place_tail
from ajar.formats.mail_specialty import is_terms
from ajar.formats.mail_title_extent import with_specialty_after
from ajar.formats.regex_needs import may_hold
from ajar.formats.mail_titles import (HEADS, SUBJECT_LEAD, base_word, compound_head, head_in,
                                      is_head, read_title, title_cased, _STOP_WORDS)
from ajar.formats.title_compounds import FINNISH_COMPOUND_HEADS
from ajar.formats.world_places import is_place

_WORD = re.compile(r"[^\s,;:!?()\[\]\"“”„«»|<>]+")
# Ranks and modifiers written in lower case before a head ("our senior actuary role").
_RANKS = frozenset("""
    senior junior lead principal chief head trainee graduate assistant associate deputy
    sous commis staff apprentice intern interim locum relief casual permanent
""".split())
# A grade or level in brackets after a title: "Policy Analyst (EC-04)", "(Band 6)".
_GRADE = re.compile(r"\s*\((?:[A-Z]{1,4}[- ]?\d{1,2}|(?i:grade|band|level|scale|niveau|"
                    r"stufe|lønnstrinn|vaativuustaso)\b[^()]{0,20})\)")
# The other person hired, named by the occupation: "to another physio", "ein anderer Koch".
_ANOTHER = frozenset({"another", "other", "anderen", "anderer", "andere", "autre", "otro",
                      "otra", "outro", "outra", "altro", "altra", "andere", "annen", "anden",
                      "annan", "toinen", "innego", "inną"})
_JOINERS = frozenset({"and", "&", "of", "und", "et", "y", "e", "og", "och", "de", "du"})
_LOOK = 4000  # characters of the letter read: the post is named near the top


def _plain(word: str) -> str:
    return word.strip(".,'’-–").casefold()


def _letter(text: str) -> str:
    """The letter up to its sign-off: the writer's own title below is not the post."""
    lines = text[:_LOOK].splitlines()
    for index, line in enumerate(lines):
        if index and SIGN_OFF.match(line):
            return "\n".join(lines[:index])
    return "\n".join(lines)


def _post_compound(word: str) -> str | None:
    """"Rådgiverstillingen" -> "Rådgiver", "asiantuntijatehtävään" -> "Asiantuntija"."""
    lowered = word.casefold()
    for suffix in POST_SUFFIXES:
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 4:
            stem = word[:len(word) - len(suffix)].rstrip("-")
            for candidate in (stem, stem[:-1] if stem.endswith("s") else None):
                if candidate and len(candidate) >= 4 and is_head(candidate):
                    return title_cased(candidate)
    return None


def _finnish_head(word: str, following: str) -> str | None:
    """"erityisasiantuntijan tehtävää": a Finnish head in a case ending before a post word;
    a compound title in the translative, Finnish for "as" ("hait meille myyntiedustajaksi"),
    with no post word after it."""
    post = _plain(following) in POST_AFTER
    lowered = word.casefold()
    for ending in FINNISH_CASES:
        stem = lowered[:-len(ending)]
        if not lowered.endswith(ending) or len(stem) < 5 or lowered in HEADS \
                or compound_head(lowered):  # "hitsaajan" is no head
            continue
        if not post and not (ending == "ksi" and _finnish_compound(stem)):
            continue
        if stem in HEADS or compound_head(stem):
            return title_cased(word[:-len(ending)])
        strong = _strong_grade(stem)  # eighteenth pass: "myyntipäällikön" -> "myyntipäällikkö"
        if strong and (strong in HEADS or compound_head(strong)):
            return title_cased(word[:len(stem) - 1] + word[len(stem) - 2] + word[len(stem) - 1])
    return None


def _finnish_compound(stem: str) -> bool:
    """A Finnish compound closed by a head ("ohjelmistokehittäjä"), in either grade: a plain
    head in the translative ("työntekijäksi", "hakijaksi") may name no post."""
    for form in (stem, _strong_grade(stem)):
        head = compound_head(form) if form else None
        if head and len(form) - len(head) >= 4 and (head in FINNISH_COMPOUND_HEADS
                                                    or head_in(head, "fi")):
            return True
    return False


def _strong_grade(stem: str) -> str | None:
    """A Finnish stem's strong grade, the form a head is listed in: an inflected "päällikö-",
    "analyytiko-", "koki-" weakens the double stop of "päällikkö", "analyytikko", "kokki"."""
    if len(stem) >= 4 and stem[-2] in "kpt" and stem[-3] != stem[-2] and stem[-1] in "aeiouyäö":
        return stem[:-1] + stem[-2] + stem[-1]
    return None


def _left_edge(words: list[re.Match[str]], index: int) -> int:
    """How far left the title's modifiers reach from its head: capitalised words, ranks
    and the joiners between them, up to a stop in the sentence."""
    start = index
    for back in range(index - 1, max(-1, index - 5), -1):
        word = words[back].group(0)
        plain = _plain(word)
        if word.endswith((",", ".", ":", ";")):
            break
        between = words[back].end()
        if "\n" in words[back + 1].string[between:words[back + 1].start()]:
            break
        if plain in POST_BEFORE or plain in _ANOTHER:
            break
        if plain in _RANKS or word[:1].isupper() and plain not in {"i", "we", "our", "the"}:
            start = back
        elif plain in _JOINERS and back > 0 and words[back - 1].group(0)[:1].isupper():
            continue
        else:
            break
    return start


def _evidence(words: list[re.Match[str]], start: int, end: int, text: str) -> bool:
    """The mail marks words[start..end] as the post it is about."""
    after = words[end + 1].group(0) if end + 1 < len(words) else ""
    if _plain(after) in POST_AFTER and not words[end].group(0).endswith((",", ".")):
        return True
    if _GRADE.match(text, words[end].end()):
        return True
    before = [_plain(w.group(0)) for w in words[max(0, start - 4):start]]
    if before and re.search(r"\d", before[-1]) and re.fullmatch(r"[\w/.-]+", before[-1]):
        before = before[:-1]  # "selection process 27-0412, X": the process's number
    if before and before[-1] in _ANOTHER:
        return end > start  # "another sous chef"; "another engineer" alone names no post
    return any(word in POST_BEFORE for word in before[-2:]) or bool(
        before and (before[-1] in {"our", "your"} or before[-1] in ARTICLES)
        and len(before) >= 2 and before[-2] in POST_BEFORE)


def _candidates(text: str) -> list[str]:
    """Every title the text marks as the post, in the order written."""
    words = list(_WORD.finditer(text))
    found: list[str] = []
    for index, match in enumerate(words):
        word = match.group(0)
        plain = _plain(word)
        following = words[index + 1].group(0) if index + 1 < len(words) else ""
        compound = _post_compound(base_word(word))
        if compound:
            found.append(compound)
            continue
        finnish = _finnish_head(base_word(word), following)
        if finnish:
            found.append(finnish)
            continue
        field = FIELD_TITLES.get(plain)
        if field and (_plain(following) in POST_AFTER or index and
                      _plain(words[index - 1].group(0)) in _ANOTHER):
            start = _left_edge(words, index)
            ranks = [title_cased(w.group(0)) for w in words[start:index]
                     if _plain(w.group(0)) in _RANKS]
            found.append(" ".join(ranks + [field]))
            continue
        if not is_head(word) or len(plain) < 3:
            continue
        start = _left_edge(words, index)
        if not _evidence(words, start, index, text):
            continue
        title = read_title(text[words[start].start():words[start].start() + 160])
        if not title or base_word(word).casefold() not in title.casefold():
            continue
        if len(title.split()) == 1 and title.casefold() in WEAK_HEADS:
            continue
        found.append(_capitals(title, text[words[start].start():], word))
    return found


def _capitals(title: str, written: str, head: str) -> str:
    """"another sous chef" -> "Sous Chef": an English title written in lower case gets a
    title's capitals; other languages keep their sentence case ("Seniorrådgiver")."""
    if not written[:len(title)].islower() or not title.isascii() or not head_in(head, "en"):
        return title
    small = {"of", "and", "for", "the", "in", "to", "at", "on", "a", "an"}
    return " ".join(w if i and w in small else w[:1].upper() + w[1:]
                    for i, w in enumerate(title.split()))


_MATTER_AFTER = re.compile(r"(?<=\S)\s+(?:面試|面试|interview\s)?\s*(?i:feedback|update|結果|结果)$")


def _subject_title(subject: str) -> str | None:
    """A subject part that is a title alone, after its application words."""
    lead = SUBJECT_LEAD.match(subject)
    rest = subject[lead.end():] if lead else subject
    for piece in re.split(r"\s+[-–—|]\s+|\s*:\s+|\s*｜\s*", rest):
        # forty-third pass: "kdb+ Developer 面試 feedback": the matter after the title
        piece = _MATTER_AFTER.sub("", piece.strip())
        words = piece.split()
        if not words or len(words) > 6:
            continue
        title = read_title(piece, max_words=6)
        if title and title.casefold() == " ".join(words).casefold() \
                and not (len(words) == 1 and title.casefold() in WEAK_HEADS):
            return title
        if title and piece.casefold().startswith(title.casefold()) and len(title) < len(piece):
            kept = title.split()
            while len(kept) > 1 and not is_head(kept[-1]):
                kept.pop()  # up to the head: the specialty after it is read again
            fuller = with_specialty_after(" ".join(kept), piece, "", None)
            if fuller.casefold() == " ".join(words).casefold():
                return fuller  # a Dutch or French head and its lower-case specialty
    return None


# "en tant qu'analyste", "in qualità di": a French or Italian "as" before a title.
_AS = re.compile(r"\b(?:en tant qu['’]\s*|en tant que\s+|in qualit[àa] di\s+)", re.IGNORECASE)


def find_title(subject: str, text: str) -> str | None:
    """The title the subject or the letter names as the post, or None."""
    subject, text = without_gender_tags(subject), without_gender_tags(text)
    letter = _AS.sub("comme ", _letter(text))
    found = _candidates(subject) or ([t] if (t := _subject_title(subject)) else []) \
        or _candidates(letter) or _named_posts(letter)
    return title_cased(found[0]) if found else None


# A run of capitalised words (acronyms and a type number among them) that a post word
# marks, in a language whose occupations no lexicon here knows: "pentru jobul Inginer
# Securitate Cibernetică (Cluj)", "IB Matematik Öğretmeni pozisyonu için".
_CAPITALISED = r"[A-ZÀ-ÞĀ-ŽÇŞİÖÜĞ](?:[\w’'/&-]|\.(?=\w))*"  # (a full stop inside only: "Turistik.")
_RUN = rf"{_CAPITALISED}(?: (?:(?:de|di|of|și|ve|a|i|e)\s)?(?:{_CAPITALISED}|\d{{1,4}}))" + "{1,5}"
_QUOTES = "\"“”„«»'"


def _named_posts(text: str) -> list[str]:
    """Titles without a known head: a capitalised run straight after a post word ("jobul X",
    "pozici X") or straight before one ("X pozisyonu", "“X” ilanına"), up to a boundary."""
    found: list[str] = []
    words = list(_WORD.finditer(text))
    for index, match in enumerate(words[:-1]):
        plain = _plain(match.group(0))
        # (not across a sentence's end: "... role.\n\nDana Cohen" names no post)
        if plain in POST_BEFORE and plain not in {"als", "as", "som", "como", "comme", "come",
                                                  "jako", "application", "applications"} \
                and not re.search(r"[.!?\n]", text[match.end():words[index + 1].start()]):
            start = words[index + 1].start()
            if _plain(words[index + 1].group(0)) in {"de", "di", "of", "da", "do"}:
                start = words[index + 2].start() if index + 2 < len(words) else start
            run = re.match(_RUN + r"(?=\s*(?:[(,.;:!?\n]|$| [a-zà-ÿăâîșțçşıöüğ]))", text[start:start + 120])
            # fortieth pass: a title in quotes after the post word, in any case ("į skelbimą
            # „Duomenų inžinierius“", "amatam “Datu platformas inženieris”")
            quoted = re.match(r"[„“«\"](?P<t>[A-ZÀ-ÞĀ-ŽА-ЯЁЇІЄ][^„“”«»\"\n]{2,60})[“”»\"]",
                              text[match.end():match.end() + 80].lstrip(" "))
            if run:
                found.append(run.group(0))
            elif quoted:
                found.append(quoted.group("t").strip())
        elif plain in POST_AFTER and index > 0:
            before = text[max(0, match.start() - 120):match.start()].rstrip(" " + _QUOTES)
            # (forty-ninth pass: with its specialty in brackets, "Saha Mühendisi (Su ve
            # Kanalizasyon) pozisyonu")
            run = re.search(r"(?:^|(?<=[\s" + _QUOTES + r"]))" + _RUN + r"(?: \([^()\n]{2,40}\))?$", before)
            if run and not re.search(r"['’]\w+$", run.group(0)):
                found.append(run.group(0))
    return [title for title in found if not is_place(title) and len(title) <= 80
            and not title.isupper() and not _SELECTION_KIND.match(title)]


# After sealing fresh341-345: the kind of a selection process after its word, "Processo
# Seletivo Simplificado", "Proceso Selectivo Abierto": no title.
_SELECTION_KIND = re.compile(r"(?i:seletiv[oa]|selectiv[oa]|simplificad[oa])\b")


# "the Physiotherapist - Cardiothoracic position": a tail between the title and its post word.
_WRITTEN_TAIL = r"(?P<sep>\s[-–—]\s)(?P<x>[A-ZÀ-Þ][\w&'’/-]*(?:\s(?:&\s|and\s)?[A-ZÀ-Þ][\w&'’/-]*){0,2})" \
    r"\s(?i:position|role|opening|post|vacancy)\b"


_WRITTEN_TAIL_AFTER = re.compile(_WRITTEN_TAIL)


def _written_tail_after(base: str, text: str) -> re.Match[str] | None:
    """The first copy of ``base`` with a tail written after it (the tail's pattern is compiled
    once, not per title)."""
    at = text.find(base)
    while at >= 0:
        found = _WRITTEN_TAIL_AFTER.match(text, at + len(base))
        if found:
            return found
        at = text.find(base, at + 1)
    return None


def with_written_tail(role: str | None, texts: list[str], company: str | None) -> str | None:
    """The title as the letter writes it before its post word ("the Chef de Partie - Pastry
    opening"), when that is the title read plus a specialty after a dash; a place or the
    employer there still leaves. A subject's dash is no evidence ("Scaffolder - Docklands
    job" names a site)."""
    if not role:
        return role
    bracket = re.search(r"\s*\((?P<b>[^()]*)\)$", role)
    base = role[:bracket.start()] if bracket else role
    if re.search(r"\s[-–—]\s|,", base):
        return role
    texts = [text for text in texts if may_hold(text[:_LOOK], base)]
    if not texts:
        return role
    for text in texts:
        found = _written_tail_after(base, text[:_LOOK])
        if not found:
            continue
        tail = found.group("x")
        if is_terms(tail) or is_place(tail):
            return role  # "Warehouse Associate - Night Shift": hours, not a specialty
        if bracket and bracket.group("b").casefold() != tail.casefold():
            return role
        if company and (tail.casefold() in company.casefold()
                        or company.casefold() in tail.casefold()):
            return role
        candidate = f"{base}{found.group('sep')}{tail}"
        return candidate if without_place_tail(candidate, text) == candidate else role
    return role


def with_complement(role: str | None, texts: list[str]) -> str | None:
    """"Analyste" read, "Analyste risques de crédit" written: a Romance title's bare noun and
    its complement, which the phrase readers cut at the first lower-case word."""
    if not role or " " in role or not any(head_in(role, lang) for lang in ("fr", "es", "pt", "it")):
        return role
    pattern = re.compile(rf"\b{re.escape(role)} [a-zà-ÿ]{{4,}} (?:(?:de|des|du|di|del|da|do) |d['’])",
                         re.IGNORECASE)
    for text in texts:
        found = pattern.search(text[:_LOOK])
        if found:
            title = read_title(text[found.start():found.start() + 120])
            if title and title.casefold().startswith(role.casefold() + " "):
                return title
    # sixtieth pass: a subject's title and its lower-case complement, up to a bracket, a dash,
    # a capital or its end ("Votre candidature – Responsable qualité et gestion des risques
    # (client confidentiel)", "Poste responsable d'agence Le Lamentin")
    # (sixty-sixth pass: a whole word, and a capital that is one, not any letter under the
    # ignored case: "Analyste crédit, Banque du Levant" lost its "t"; a comma before the employer)
    found = re.search(rf"\b{re.escape(role)}(?P<c>(?: (?:[a-zà-ÿ][\w'’-]*|&)){{1,5}})(?![\w'’-])"
                      r"(?=\s*(?:\(|$|\n|[-–—]\s|,\s*(?-i:[A-ZÀ-Þ])|(?-i:[A-ZÀ-Þ])))",
                      texts[0][:300], re.IGNORECASE) if texts else None
    if found and found.group("c").split()[0] not in ("&", "et", "e", "y") \
            and not _POST_NOUN.search(found.group("c")) \
            and not any(word in _STOP_WORDS and word not in _JOINING
                        for word in found.group("c").casefold().split()) \
            and found.group("c").split()[-1] not in ("&", "et", "e", "y", "de", "des", "du", "d", "la", "le"):
        return role + found.group("c")
    for text in texts:  # sixtieth pass: "el puesto de Especialista en Supervisión Socioambiental"
        found = re.search(rf"\b{re.escape(role)}{_CAPITAL_FIELD}", text[:_LOOK])
        # (two words in capitals at least: "en Martinique", "en Lima" say where)
        if found and sum(w[:1].isupper() for w in found.group(0).split()[2:]) >= 2 \
                and not is_place(found.group(0).split()[2]):
            return found.group(0)
    return role



_JOINER = r"(?:de|des|du|da|do|das|dos|di|del|della|e|et|y)"


def with_tail_in_text(role: str | None, text: str, company: str | None) -> str | None:
    """"Ingénieur planification des campagnes" in a subject, "le poste d'Ingénieur
    planification des campagnes de lancement." in the letter (sixty-sixth pass): a Romance
    title the letter writes on, by a joining word and words cased as the title's own, to the
    end of its phrase; a place or the employer there is no part of it."""
    words = (role or "").split()
    if len(words) < 2:
        return role
    word = r"[A-ZÀ-Þ][\w'’-]{3,}" if words[-1][:1].isupper() else r"[a-zà-ÿ][\w'’-]{3,}"
    found = re.search(rf"(?<!\w){re.escape(role)}(?P<t>(?: {_JOINER} (?:la |le |les |los |las |l['’])?"
                      rf"{word}(?: {word})?){{1,2}})(?=\s*[.;:\n]|,\s|\s\()", text[:_LOOK])
    if not found:
        return role
    tail = found.group("t")
    if any(is_place(w) for w in tail.split()) or company and any(
            w.casefold() in company.casefold().split() for w in tail.split() if len(w) > 3):
        return role
    return role + tail

# Words that join a complement's parts ("qualité et gestion des risques"); any other small
# word says where or for whom ("Barista at Bean Theory", "Aide-soignante en Guadeloupe").
_JOINING = frozenset({"et", "e", "y", "&", "de", "des", "du", "la", "le", "da", "do", "di"})
# A post's own noun after the title ("Barista job", "Concierge role") is no complement.
_POST_NOUN = re.compile(r"(?i)\b(?:job|role|position|post|vacancy|opening|poste|puesto|vaga|posto|"
                        r"offre|oferta|annonce|anuncio|candidature|candidatura|application)\b")
# "en Gestión de Conflictos Socioambientales": a field in capitals after en/em/in.
_CAPITAL_FIELD = (r" (?:en|em|in) (?:[A-ZÁÉÍÓÚÑÇ][\w'’-]+)"
                  r"(?: (?:(?:de|del|da|do|di|y|e|et|de la|de los|de las) )?"
                  r"(?!(?:Proyecto|Projeto|Progetto|Programa|Oficina|Unidad|Sede|Direcci[oó]n|Gerencia|"
                  r"Municipalidad|Gobierno|Regi[oó]n|Provincia|Distrito|Empresa|Cooperativa)\b)"
                  r"[A-ZÁÉÍÓÚÑÇ][\w'’-]+)*")


# Twenty-first pass: a job board names the posting in quotes after its word for an ad
# ("tu postulación al aviso "Técnico/a de Campo - Bioinsumos"", "votre candidature à
# l'annonce « Chef de rang »", "your application to the listing "Farm Technician"").
_POSTING_QUOTE = re.compile(r"(?i:\b(?:aviso|anuncio|oferta|vaga|annonce|offre|annuncio|"
                            r"inserzione|stellenanzeige|anzeige|posting|listing|advert|"
                            r"vacature|ogłoszeni[ea]|annons|stillingsannonce))\s?"
                            r"[\"“„«]\s?(?P<t>[^\"“”„«»\n]{3,80}?)\s?[\"”“»]")


def quoted_posting(text: str) -> str | None:
    """The title a job board quotes after its word for the ad, when it holds a head word."""
    for found in itertools.islice(_POSTING_QUOTE.finditer(text[:_LOOK]), 4):
        title = found.group("t").strip()
        if any(is_head(w) for w in re.split(r"[\s/]+", title)) or looks_like_role(title):
            return title
    return None
