"""A trained ranker of the letter's word spans, for the job title the hand rules miss.

The hand rules read a title after the cues they know ("your application for", "als",
"pour le poste de") and fall silent on the rest: a Hungarian subject, a Japanese letter,
a title on a line of its own. This model reads every short span of the subject and the
letter's first lines and scores it from what any language shows: the span's words and
word endings, the words on either side, where it stands and how it is written. A
conditional logit over one email's spans (and "no title", for a letter that never
names the post), trained by ``train/role/train.py`` on the labelled corpus and shipped
as ``role_weights.json``. It is asked only when the hand rules find nothing.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Callable

from ajar.formats import word_marks

WEIGHTS = Path(__file__).with_name("role_weights.json")

MAX_WORDS = 8
MAX_LINES = 12  # in the corpus a title is first written by the eighth line
MAX_CHARS = 2400
MAX_TOKENS = 500  # a hostile line of 2,000 Han characters costs what a long letter does
NO_TITLE = "<none>"
OVERRIDE = 0.7  # how sure the model must be to move the hand rules' title elsewhere
DOUBT = 0.02  # ... and how unlikely it must find the rules' title
FALLBACK = 0.5  # ... and to name one where they found none (a blank is asked for, a guess not)
# twenty-third pass: in a script the rules cannot read, the model's sureness is spread over
# a title's extents ("अर्थ ब्यवस्थापक" or with its unit), and a blank is the rules' only other answer
FALLBACK_SCRIPT = 0.25
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

# Combining marks and joiners, which Python's \w leaves out: an Indic or Thai word's vowel
# signs ("प्रबंधक", "පාලක") and an Arabic word's vowels belong to it.
_MARKS = "\u0300-\u036f" + word_marks.MARKS
# Words, a Han character each (Chinese and Japanese write titles without spaces), a
# katakana run, and the marks a title may hold; hiragana and other marks split spans.
_TOKEN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"
                    r"|[\u30a0-\u30ff\u31f0-\u31ff]+"
                    r"|[^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff][\w'’.&+\-" + _MARKS + r"]*"
                    r"(?:[^\W_]|[" + _MARKS + r"])\.?"
                    r"|[^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
                    r"|[,/&()（）–—]|\s-\s"
                    r"|[\u3040-\u309f]+|[^\w\s]")  # hiragana and other marks: a span's border
_INNER = frozenset({",", "/", "&", "(", ")", "（", "）", "–", "—", " - "})
_DIGIT = re.compile(r"\d")
_SEPARATORS = frozenset({"–", "—", " - "})
_HIRAGANA = re.compile(r"[\u3040-\u309f]")
_OPEN = frozenset({"(", "（"})
_CLOSE = frozenset({")", "）"})
_SHAPES = ("upper", "title", "first", "lower", "mixed", "none")
_ABBREVIATION = frozenset({"sr", "jr", "dr", "st", "asst", "assoc", "mgr", "eng", "ing"})


@dataclass(frozen=True)
class Span:
    text: str
    features: tuple[str, ...]


def _is_border(token: str) -> bool:
    """Hiragana and marks a title never holds (":", "|", "."): no span crosses them."""
    return token not in _INNER and (not token[0].isalnum() or bool(_HIRAGANA.match(token)))


def _is_cjk(token: str) -> bool:
    """Han or katakana: written without spaces, so a title is a slice of a run."""
    return "\u30a0" <= token[0] <= "\u30ff" or "\u3400" <= token[0] <= "\u9fff"


def _script(token: str) -> str:
    char = token[0]
    if "\u3040" <= char <= "\u30ff":
        return "kana"
    if "\u3400" <= char <= "\u9fff":
        return "han"
    if "\uac00" <= char <= "\ud7af":
        return "hangul"
    if "\u0600" <= char <= "\u06ff":
        return "arabic"
    if "\u0400" <= char <= "\u04ff":
        return "cyrillic"
    if "\u0370" <= char <= "\u03ff":
        return "greek"
    # twenty-third pass: Devanagari to Sinhala were all "latin" (they are letters)
    if "\u0900" <= char <= "\u0dff":
        return "indic"
    if "\u0590" <= char <= "\u05ff":
        return "hebrew"
    if "\u0530" <= char <= "\u058f" or "\u10a0" <= char <= "\u10ff":
        return "caucasian"  # Armenian, Georgian
    if "\u0e00" <= char <= "\u0eff" or "\u1000" <= char <= "\u109f" or "\u1780" <= char <= "\u17ff":
        return "southeast"  # Thai, Lao, Myanmar, Khmer
    if char <= "\u024f" or "\u1e00" <= char <= "\u1eff":
        return "latin" if char.isalpha() else "other"
    return "script" if char.isalpha() else "other"


def _tokens(line: str) -> list[tuple[str, int, int]]:
    """(token, start, end) in the line: a span's text is the line's own slice."""
    found = []
    for match in _TOKEN.finditer(line):
        token, start, end = match.group(), match.start(), match.end()
        if len(token) > 1 and token.endswith(".") and token[:-1].casefold() not in _ABBREVIATION:
            found.append((token[:-1], start, end - 1))
            found.append((".", end - 1, end))  # a sentence's end: no span crosses it
            continue
        found.append((" - " if token.strip() == "-" else token, start, end))
    return found


def _lines(subject: str, opening: str) -> list[tuple[str, int, str]]:
    """(place, line number, text): the subject, then the letter's first lines."""
    lines = [("s", 0, subject[:300])]
    number = 0
    for line in opening[:MAX_CHARS].splitlines():
        line = line.strip(" >\t")
        if not line:
            continue
        number += 1
        lines.append(("b", number, line[:400]))
        if number >= MAX_LINES:
            break
    return lines


def _bucket(number: int) -> str:
    return str(number) if number <= 3 else "4-6" if number <= 6 else "7-12" if number <= 12 \
        else "13+"


def spans(subject: str, opening: str, company: str = "") -> list[Span]:
    """Every span of one to ``MAX_WORDS`` tokens that could be a title, with its features.
    A span never starts or ends on a mark, and keeps its brackets paired."""
    found: dict[str, set[str]] = {}
    for words, start, end, text in _places(subject, opening, company):
        found.setdefault(text, set()).update(words.features(start, end, text))
    return [Span(text, tuple(sorted(features))) for text, features in found.items()]


def span_scores(subject: str, opening: str, company: str,
                weights: dict[str, float]) -> dict[str, float]:
    """Each span's score: the sum of its features' weights, as ``spans`` would give them.
    A span written once is scored from its words' weights summed once per line (building
    each span's feature set took a fifth of drafting a rejection); a span written in more
    places takes the union of their features, as ``spans`` does."""
    places: dict[str, list[tuple[_LineWords, int, int]]] = {}
    for words, start, end, text in _places(subject, opening, company):
        places.setdefault(text, []).append((words, start, end))
    weight = weights.get
    scores: dict[str, float] = {}
    for text, found in places.items():
        if len(found) == 1:
            words, start, end = found[0]
            scores[text] = words.score(start, end, text, weights)
        else:
            union: set[str] = set()
            for words, start, end in found:
                union.update(words.features(start, end, text))
            scores[text] = sum(map(weight, sorted(union), repeat(0.0)))
    return scores


def _places(subject: str, opening: str, company: str
            ) -> Iterator[tuple[_LineWords, int, int, str]]:
    """(line's words, first token, last token, text) of every span that could be a title."""
    lines = _lines(subject, opening)
    subject_low = subject.casefold()
    body_low = opening[:MAX_CHARS].casefold()
    company_low = " ".join(company.split()).casefold()
    budget = MAX_TOKENS
    for place, number, line in lines:
        located = _tokens(line)[:budget]
        budget -= len(located)
        if budget <= 0 and not located:
            break
        tokens = [token for token, _, _ in located]
        words = _LineWords(tokens, place, number, subject_low, body_low, company_low)
        border = [_is_border(t) for t in tokens]
        for start in range(len(tokens)):
            if tokens[start] in _INNER or border[start]:
                continue
            depth = 0
            for end in range(start, min(len(tokens), start + MAX_WORDS)):
                token = tokens[end]
                if border[end]:
                    break
                if token in _OPEN:
                    depth += 1
                elif token in _CLOSE:
                    depth -= 1
                    if depth < 0:
                        break
                if depth or (token in _INNER and token not in _CLOSE):
                    continue
                if token in _CLOSE and end == start:
                    break
                yield words, start, end, line[located[start][1]:located[end][2]]


class _LineWords:
    """One line's tokens with the feature names of each word made once, not per span
    (a line of 40 words has some 300 spans)."""

    def __init__(self, tokens: list[str], place: str, number: int, subject_low: str,
                 body_low: str, company_low: str) -> None:
        low = [t.casefold() for t in tokens]
        self.tokens, self.low, self.place = tokens, low, place
        self.subject_low, self.body_low, self.company_low = subject_low, body_low, company_low
        self.weighed: dict[str, float] | None = None  # the weights the sums below are of
        self.size_weight: list[float] = []
        self.shape_weight: dict[str, float] = {}
        # the first separator at or after each token, and running counts of tokens with a digit
        self.separator_at = [len(tokens)] * (len(tokens) + 1)
        for i in range(len(tokens) - 1, -1, -1):
            self.separator_at[i] = i if tokens[i] in _SEPARATORS else self.separator_at[i + 1]
        self.digits = [0]
        for token in tokens:
            self.digits.append(self.digits[-1] + bool(_DIGIT.search(token)))
        self.tail_weight: list[float] = []
        self.head_weight: list[float] = []
        self.after_weight: list[float] = []
        self.where_weight = 0.0
        self.where = f"place:{place}{_bucket(number)}"
        self.cjk = [_is_cjk(t) for t in low]
        self.tail = [(f"last:{w}", f"last3:{w[-3:]}", f"last5:{w[-5:]}", f"script:{_script(w)}")
                     for w in low]
        padded = ["<start>", "<start>", *low]
        self.head = [(f"first:{w}", f"first3:{w[:3]}", f"before:{padded[i + 1]}",
                      f"before2:{padded[i]} {padded[i + 1]}") for i, w in enumerate(low)]
        self.after = [f"after:{w}" for w in low[1:]] + ["after:<end>"]
        self.inside = [f"inside:{w}" for w in low]
        # running counts for a span's shape in constant time: words, all-capital words,
        # words with a capital first, lower-case words; and the first word at or after i
        is_word = [t[0].isalpha() and not c for t, c in zip(tokens, self.cjk)]
        self.counts = [(0, 0, 0, 0)]
        for t, word in zip(tokens, is_word):
            w, u, f, lo = self.counts[-1]
            self.counts.append((w + word, u + (word and t.isupper()),
                                f + (word and t[0].isupper()), lo + (word and t.islower())))
        self.next_word = [len(tokens)] * (len(tokens) + 1)
        for i in range(len(tokens) - 1, -1, -1):
            self.next_word[i] = i if is_word[i] else self.next_word[i + 1]

    def shape(self, start: int, stop: int) -> str:
        """How tokens[start:stop] are written: "upper", "title", "first" (a capital
        first word), "lower", "mixed" or "none", from the running counts."""
        w0, u0, f0, l0 = self.counts[start]
        w1, u1, f1, l1 = self.counts[stop]
        words = w1 - w0
        if not words:
            return "none"
        if u1 - u0 == words:
            return "upper"
        if f1 - f0 == words:
            return "title"
        if self.tokens[self.next_word[start]][0].isupper():
            return "first"
        return "lower" if l1 - l0 == words else "mixed"

    def features(self, start: int, end: int, text: str) -> set[str]:
        at = end - 1 if self.low[end] in _CLOSE else end  # "(Clinical)": the word before the bracket
        features = {*self.tail[at], *self.head[start], self.after[end], self.where,
                    *self._sized(start, end, at)}
        features.update(self.inside[start + 1:end])
        features.update(self._extras(start, end, at, text))
        return features

    def score(self, start: int, end: int, text: str, weights: dict[str, float]) -> float:
        """The sum of the weights of ``features(start, end, text)``, with what a word or a
        line contributes weighed once per line (scoring a rejection's some 600 spans)."""
        if self.weighed is not weights:
            self._weigh(weights)
        low = self.low
        at = end - 1 if low[end] in _CLOSE else end
        weight = weights.get
        before = low[start - 1] if start else "<start>"
        total = self.tail_weight[at] + self.head_weight[start] + self.after_weight[end] \
            + self.where_weight + self.size_weight[end - start + 1] \
            + self.shape_weight[self.shape(start, end + 1)] \
            + weight(f"before-last3:{before} {low[at][-3:]}", 0.0)
        if end - start == 2:
            total += weight(self.inside[start + 1], 0.0)
        elif end - start > 2:
            for feature in set(self.inside[start + 1:end]):  # a word twice counts once
                total += weight(feature, 0.0)
        cjk, place = self.cjk, self.place
        if cjk[start] or cjk[at] or self.separator_at[start] <= end:
            for feature in self._extras(start, end, at, text, with_text=False):
                total += weight(feature, 0.0)
        else:
            if start == 0 and end == len(low) - 1:
                total += weight(f"whole:{place}", 0.0)
        text_low = text.casefold()
        if place == "b" and text_low in self.subject_low:
            total += weight("also in subject", 0.0)
        if place == "s" and text_low in self.body_low:
            total += weight("also in letter", 0.0)
        company_low = self.company_low
        if company_low and (text_low in company_low or company_low in text_low):
            total += weight("company", 0.0)
        if self.digits[end + 1] > self.digits[start]:
            total += weight("digit", 0.0)
        return total

    def _weigh(self, weights: dict[str, float]) -> None:
        weight = weights.get
        self.tail_weight = [sum(weight(f, 0.0) for f in fs) for fs in self.tail]
        self.head_weight = [sum(weight(f, 0.0) for f in fs) for fs in self.head]
        self.after_weight = [weight(f, 0.0) for f in self.after]
        self.where_weight = weight(self.where, 0.0)
        self.size_weight = [0.0] + [weight(f"size:{size}", 0.0)
                                    + weight(f"place-size:{self.place}{min(size, 5)}", 0.0)
                                    for size in range(1, MAX_WORDS + 1)]
        self.shape_weight = {shape: weight(f"shape:{shape}", 0.0) for shape in _SHAPES}
        self.weighed = weights

    def _sized(self, start: int, end: int, at: int) -> tuple[str, str, str, str]:
        size = end - start + 1
        before = self.low[start - 1] if start else "<start>"
        return (f"size:{size}", f"shape:{self.shape(start, end + 1)}",
                f"place-size:{self.place}{min(size, 5)}",
                f"before-last3:{before} {self.low[at][-3:]}")

    def _extras(self, start: int, end: int, at: int, text: str,
                with_text: bool = True) -> list[str]:
        low, tokens, place, cjk = self.low, self.tokens, self.place, self.cjk
        extras = []
        if cjk[start] and start and cjk[start - 1]:
            extras.append("cuts a run")  # "考結果": a Han run read from its middle
        if cjk[at] and end + 1 < len(low) and cjk[end + 1]:
            extras.append("run goes on")
        if cjk[at] and end > start:
            extras.append(f"last2:{low[end - 1]}{low[at]}")
        whole = start == 0 and end == len(low) - 1
        if whole:
            extras.append(f"whole:{place}")
        cut = next((i for i in range(start, end + 1) if tokens[i] in _SEPARATORS), None)
        if cut is not None:  # "Visszajelzés - Raktárvezető": a heading's word before the title?
            extras += [f"separated:{place}", f"separated-whole:{place}{whole}",
                       f"before separator:{min(cut - start, 4)}", f"starts line:{start == 0}",
                       f"left shape:{self.shape(start, cut)}"]
        if not with_text:
            return extras
        text_low = text.casefold()
        if place == "b" and text_low in self.subject_low:
            extras.append("also in subject")
        if place == "s" and text_low in self.body_low:
            extras.append("also in letter")
        company_low = self.company_low
        if company_low and (text_low in company_low or company_low in text_low):
            extras.append("company")
        if _DIGIT.search(text):
            extras.append("digit")
        return extras


@dataclass(frozen=True)
class RoleModel:
    weights: dict[str, float]

    def score(self, features: tuple[str, ...] | list[str]) -> float:
        return sum(map(self.weights.get, features, repeat(0.0)))

    def ranked(self, subject: str, opening: str, company: str = "") -> list[tuple[float, str]]:
        """(probability, span) best first, with ``NO_TITLE`` among them."""
        scored = [(score, text) for text, score
                  in span_scores(subject, opening, company, self.weights).items()]
        scored.append((self.weights.get(NO_TITLE, 0.0), NO_TITLE))
        top = max(score for score, _ in scored)
        exps = [(math.exp(max(-30.0, score - top)), text) for score, text in scored]
        total = sum(e for e, _ in exps)
        return sorted(((e / total, text) for e, text in exps), reverse=True)


@lru_cache(maxsize=1)
def shipped() -> RoleModel | None:
    """The weights in the package, or None when they are missing (a broken install)."""
    try:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return RoleModel(data["weights"])


def ranked_title(subject: str, opening: str, company: str = "",
                 model: RoleModel | None = None) -> str | None:
    """The span the model ranks first, or None when "no title" wins."""
    model = model or shipped()
    if model is None:
        return None
    best = model.ranked(subject, opening, company)[0][1]
    return None if best == NO_TITLE else best


def explain(title: str, subject: str, opening: str, company: str = "",
            model: RoleModel | None = None) -> str:
    """Why the model chose ``title``: its chance and the features that weighed most."""
    model = model or shipped()
    if model is None:
        return ""
    ranked = model.ranked(subject, opening, company)
    chance = next((p for p, text in ranked if text == title), 0.0)
    span = next((s for s in spans(subject, opening, company) if s.text == title), None)
    weighed = sorted(((model.weights.get(f, 0.0), f) for f in (span.features if span else ())),
                     key=lambda pair: -abs(pair[0]))[:3]
    return f"read by the title model ({chance:.2f}: " + ", ".join(
        f"{_said(feature)} {weight:+.2f}" for weight, feature in weighed) + ")"


_SAID = {"place": "where: {}", "before": 'after "{}"', "after": 'before "{}"',
         "last": 'ends in "{}"', "last3": 'ends in "-{}"', "last5": 'ends in "-{}"',
         "first": 'starts with "{}"', "shape": "written {}", "size": "{} words",
         "inside": 'holds "{}"'}
_PLACES = {"s0": "the subject"}


def _said(feature: str) -> str:
    """A feature as a reader says it: "place:s0" is "where: the subject"."""
    kind, _, value = feature.partition(":")
    if kind == "place":
        value = _PLACES.get(value, f"line {value[1:]} of the letter")
    return _SAID[kind].format(value.strip()) if kind in _SAID else feature


def _overlap(one: str, other: str) -> bool:
    one, other = one.casefold(), other.casefold()
    return one in other or other in one


def _tail_after_dash(best: str, role: str, text: str) -> bool:
    """Sixty-ninth pass: "Paralegal - Private Client", "Docente Investigador - Ingeniería
    Ambiental": the model's pick is the specialty after the dash that follows the rules' title,
    which the rules join to it later; the title stays theirs."""
    at = text.find(best)
    while at > 0:
        dash = re.search(r"(\S+(?:\s\S+)?)\s+[-–—]\s+$", text[max(0, at - 60):at])
        if dash and dash.group(1).casefold() in role.casefold():
            return True
        at = text.find(best, at + 1)
    return False


def with_ranked_title(role: str | None, subject: str, opening: str, company: str = "",
                      model: RoleModel | None = None,
                      vetoed: Callable[[str], bool] | None = None,
                      known: Callable[[str], bool] | None = None) -> str | None:
    """The hand rules' title, the model's where they found none, and the model's where
    it is sure of a title somewhere else: the model finds the place, the rules its extent.
    ``vetoed`` is the rules' own judgement of what is no title (a heading, a place), and
    ``known`` whether a title in plain ASCII names an occupation they know."""
    model = model or shipped()
    if model is None:
        return role
    ranked = model.ranked(subject, opening, company)
    chance, best = ranked[0]
    if best == NO_TITLE or (vetoed is not None and vetoed(best)):
        return role
    if not role:
        # Where the rules read the language (English, plain ASCII) and find no post, the
        # letter mostly names none ("Letter to the Editor", "Chemistry position" at a lab):
        # a guess there needs the model's surety, two words and an occupation the rules
        # know ("Platform Reliability Engineer"). A guess in lower case is a phrase ("the needs of this role").
        in_lower_case = best == best.lower() != best.upper()
        plausible = not best.isascii() or (chance >= OVERRIDE and len(best.split()) >= 2
                                           and known is not None and known(best))
        floor = FALLBACK if _LATIN.search(best) else FALLBACK_SCRIPT  # not "Jana Nováková"
        return best if chance >= floor and plausible and not in_lower_case else None
    if role.casefold() not in f"{subject}\n{opening}".casefold():
        return role  # the rules made it ("Interim FD" spelled out): theirs stands
    if chance < OVERRIDE or _overlap(best, role) or _tail_after_dash(best, role, f"{subject}\n{opening}"):
        return role
    # "the Senior Analyst role ... our Junior Analyst opening": where the model gives the
    # rules' title a fair chance too, the letter names two posts and the rules know which
    ruled = sum(p for p, text in ranked if text.casefold() == role.casefold())
    return best if ruled < DOUBT else role
