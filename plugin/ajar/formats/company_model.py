"""A small trained judge for the company vote: is a string a name, and which group wins.

Hand weights per place ("subject 3, display 2.5 ...") let a document heading
("Eligibility List Notice"), a title or a city outvote the employer named by the
sender. Two logistic models, trained by ``train/company/train.py`` on the labelled
corpus and shipped as ``company_weights.json``, read the same groups: one scores a
string's shape as a name, the other ranks the groups from the places that support
them, the hand score and the name score. Both are explainable by their top features.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ajar.formats.mail_fields import looks_like_role

WEIGHTS = Path(__file__).with_name("company_weights.json")

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CONNECTORS = frozenset({"of", "de", "da", "do", "dos", "das", "del", "della", "di", "du",
                         "des", "la", "le", "les", "el", "los", "y", "e", "et", "und", "and",
                         "for", "the", "van", "von", "der", "den", "het", "og", "och", "à",
                         "zum", "zur", "am", "im", "an", "a", "on", "at", "in", "by", "to",
                         "für", "pour", "para", "per"})


def name_features(name: str) -> list[str]:
    """Words, word endings and shape of a candidate string, as sorted feature names."""
    name = " ".join(name.split())[:120]
    words = _WORD.findall(name.casefold())[:12]
    raw_words = name.split()[:12]
    found = {f"n:{min(len(words), 5)}"}
    for index, word in enumerate(words):
        if word.isdigit():
            found.add("digits")
            continue
        found.add(f"w:{word}")
        if len(word) >= 5:
            found.add(f"suf:{word[-3:]}")
        if index == 0:
            found.add(f"first:{word}")
        if index == len(words) - 1:
            found.add(f"last:{word}")
    if any(ch.isdigit() for ch in name):
        found.add("has digit")
    for mark, feature in (("(", "bracket"), (",", "comma"), ("&", "ampersand"),
                          ("-", "hyphen"), ("'", "apostrophe"), ("’", "apostrophe"),
                          (":", "colon"), (".", "dot"), ("/", "slash")):
        if mark in name:
            found.add(feature)
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        found.add("all capitals")
    if any(len(w) >= 2 and w.isalpha() and w.isupper() for w in raw_words) \
            and len(raw_words) >= 2:
        found.add("an acronym word")
    if any(w.isalpha() and w.islower() and w not in _CONNECTORS for w in raw_words[1:]):
        found.add("a lower-case word")
    if any(w.casefold() in _CONNECTORS for w in raw_words[1:]):
        found.add("a connector")
    if raw_words and any(ch.isupper() for ch in raw_words[0][1:]) \
            and not raw_words[0].isupper():
        found.add("inner capital")
    if looks_like_role(name):
        found.add("reads as a title")
    if len(name) > 40:
        found.add("long")
    return sorted(found)


@dataclass(frozen=True)
class Linear:
    bias: float
    weights: dict[str, float]

    def score(self, features: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(f, 0.0) * v for f, v in features.items())

    def reasons(self, features: dict[str, float], top: int = 3) -> list[str]:
        """The features that pushed hardest, strongest first: "src:subject +1.20"."""
        pushed = sorted(((self.weights.get(f, 0.0) * v, f) for f, v in features.items()
                         if self.weights.get(f, 0.0) * v), key=lambda p: -abs(p[0]))
        return [f"{feature} {value:+.2f}" for value, feature in pushed[:top]]


def _squash(score: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


@dataclass(frozen=True)
class CompanyModel:
    name: Linear
    rank: Linear

    def name_probability(self, name: str) -> float:
        """How much a string looks like an organisation's name (0 to 1)."""
        return _squash(self.name.score(dict.fromkeys(name_features(name), 1.0)))


def load(path: Path = WEIGHTS) -> CompanyModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return CompanyModel(Linear(data["name"]["bias"], data["name"]["weights"]),
                        Linear(0.0, data["rank"]["weights"]))


@lru_cache(maxsize=1)
def shipped() -> CompanyModel | None:
    """The model in the package, or None when its file is missing (the hand vote decides)."""
    return load() if WEIGHTS.exists() else None
