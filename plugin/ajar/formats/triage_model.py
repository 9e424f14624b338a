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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("triage_weights.json")
MAX_CHARS = 20_000  # bound the work on huge or odd input
MAX_SENTENCES = 80
MAX_TOKENS = 60  # a "sentence" longer than this is cut into windows

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n\s*\n|\n(?=\s*(?:[-*•>]|\d+[.)])\s)")
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+")
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


_NEGATORS = frozenset(map(_stem, ("not", "no", "never", "nor", "without", "unable",
                                   "unfortunately")))
_CONDITIONALS = frozenset(map(_stem, ("if", "unless", "whether", "assume", "should")))
_OTHERS = frozenset(map(_stem, ("another", "other", "others", "different", "else", "someone",
                                "somebody", "internal", "external", "stronger", "senior")))
_PEOPLE = frozenset(map(_stem, ("candidate", "applicant", "finalist", "person", "someone",
                                "somebody", "individual", "profile", "hire", "people")))


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
    "job", "jobs", "vacancy", "opening", "post", "team", "hiring", "company", "interview")))


def tokens(sentence: str) -> list[str]:
    """Lower-case word stems with contractions spelled out ("won't" -> will not)."""
    words: list[str] = []
    for raw in _TOKEN.findall(sentence.lower().replace("’", "'")):
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


def features(words: list[str]) -> set[str]:
    """Unigrams and bigrams (but function and topic words alone or in pairs), words in a
    negation's scope (~word), and three hand-made cues."""
    found = set(words) - _FUNCTION_WORDS
    found.update(f"{a} {b}" for a, b in zip(words, words[1:])
                 if a not in _FUNCTION_WORDS or b not in _FUNCTION_WORDS)
    scope = 0
    for word in words:
        if scope:
            found.add(f"~{word}")
            scope -= 1
        if word in _NEGATORS:
            scope = 4
    for index, word in enumerate(words):  # "another candidate", "someone else"
        if word in _PEOPLE and _OTHERS.intersection(
                words[max(0, index - 3):index] + words[index + 1:index + 2]):
            found.add("#other-person")
    if _CONDITIONALS.intersection(words[:8]):
        found.add("#conditional")
    if "you" in words or "your" in words:
        found.add("#addressed")
    return found


def sentences(text: str) -> list[str]:
    """The text cut at sentence ends, blank lines and list items; at most MAX_SENTENCES."""
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(text[:MAX_CHARS]):
        piece = " ".join(piece.split())
        if piece:
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
         "#addressed": "said to you"}


def _readable(feature: str) -> str:
    if feature.startswith("~"):
        return f"not ... {feature[1:]}"
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
