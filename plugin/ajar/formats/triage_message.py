"""The whole-message model: how much a message as a whole reads like a rejection.

The sentence model (``triage_model``) hears one sentence at a time: a no it knows, in words
it has seen. What it cannot hear is what the rest of the message is about: a permit, a
flat, a quote or an exam refused in the same words as a job, or a letter whose no is put in
words no sentence model knows, among the words of a hiring process ("interview", "panel",
"candidates", "the post"). This model reads the subject and the text as a bag of word stems
(the subject's apart) and gives the chance that the message is a rejection; ``triage``
adds it as one more voice, for or against. Trained by ``train/triage/train.py`` on the
labelled corpus (thirty-first pass: out of fold, it removed 31 of the 79 false noes of the
rules and the sentence model, and found 21 of the 109 rejections they missed).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ajar.formats.given_names import GIVEN_NAMES
from ajar.formats.triage_model import _FUNCTION_WORDS, Model, tokens

WEIGHTS = Path(__file__).with_name("triage_message_weights.json")
MAX_CHARS = 4_000  # the letter, not its quoted thread or its footer's legal text
PREFIX = 5  # a long word's first letters, shared by its inflections ("^candi")
PREFIX_FROM = 7
# Given names, but for those that are also words a letter uses ("mark", "bill", "will").
_NAMES = GIVEN_NAMES - frozenset({"mark", "bill", "will", "may", "jack", "frank", "grant", "rob",
                                   "sue", "pat", "art", "dean", "ray", "joy", "faith"})


def features(subject: str, text: str) -> frozenset[str]:
    """Word stems of the text and the subject (no function or job-topic words, no numbers),
    the first letters of the text's long words, the subject's stems marked as the subject's.
    Topic words stay out as in the sentence model: tried in, out of fold they found one more
    rejection and made five more false ones. A number in the subject was tried as a word of
    its own: the corpus taught it as a sure sign of other mail (an issue, a booking), and
    it overruled a client's no about "Nordic 320 FO". A given name is no word of the message's
    either (thirty-third pass): the corpus greets Alex and is signed by invented people, so a
    "Sam" or a "Lotte" had come to speak for a kind of mail; nor of the subject's (thirty-sixth
    pass: "Referral Alex Morgan" had taught the reader's own name as a sign of other mail)."""
    words = [word for word in tokens(text[:MAX_CHARS]) if word not in _NAMES]
    found = {word for word in words if word not in _FUNCTION_WORDS and not word.isdigit()}
    found.update(f"^{word[:PREFIX]}" for word in words
                 if len(word) >= PREFIX_FROM and word not in _FUNCTION_WORDS)
    found.update(f"S:{word}" for word in tokens((subject or "")[:300])
                 if word not in _FUNCTION_WORDS and not word.isdigit() and word not in _NAMES)
    return frozenset(found)


def readable(feature: str) -> str:
    if feature.startswith("S:"):
        return f'subject "{feature[2:]}"'
    if feature.startswith("^"):
        return f"{feature[1:]}-"
    return feature


def strongest(model: Model, found: frozenset[str], towards: int, count: int = 3) -> list[str]:
    """The words that pushed hardest towards a rejection (``towards`` 1) or away (-1)."""
    pushes = sorted(((towards * model.weights.get(f, 0.0), f) for f in found), reverse=True)
    return [readable(feature) for weight, feature in pushes[:count] if weight > 0]


def load(path: Path | None = None) -> Model:
    data = json.loads((path or WEIGHTS).read_text(encoding="utf-8"))
    return Model(float(data["bias"]), {key: float(value) for key, value in data["weights"].items()})


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The model in the package (read once per process), or None when it is missing."""
    try:
        return load()
    except (OSError, ValueError, KeyError):
        return None
