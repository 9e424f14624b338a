"""The stage as the whole letter reads it: two small logistic models over its word stems.

The stage rules (``mail_stage`` and its siblings) read a step from the phrases that name it
("thank you for speaking with me", "after the panel"); a letter that says it in words no
rule knows is read as "applied", which was two thirds of the stage misses. These models
read the subject and the text as a bag of stems and stem pairs (job words included: here
"call", "panel", "test" are the evidence) and give two chances: that the reader got past
applying (``contact``), and, past it, that they met the team (``met``: interview, final
round or offer, against a screen or a test). They speak only where the rules heard no step:

- "applied" becomes "interview" or "screening" (``met`` at 50% or more, or less) when
  ``contact`` is at least ``CONTACT_SURE`` and the letter has ``MIN_WORDS`` words or more;
- a step the rules heard stays theirs ("a coffee" is a screening, "speaking with Jordan" an
  interview, by the conventions the guide sets out): swapping screening and interview on
  the models' word was tried and gained out of fold, but against those conventions;
- nothing moves past a step the rules read as named and not reached ("we did not invite
  you to the interview stage", "without attending the cook-off"): words alone cannot tell
  a step denied from a step had.

Trained by ``train/stage/train.py`` on the labelled rejections; thirty-second pass, out of
fold over five groups of splits: stage accuracy 0.879 -> 0.904, and 0.773 -> 0.837 on the
newest splits (fresh66 onwards), where the rules were tuned least.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ajar.formats.triage_model import Model, tokens

WEIGHTS = Path(__file__).with_name("stage_weights.json")
MAX_CHARS = 4_000
PREFIX, PREFIX_FROM = 5, 7  # a long word's first letters, shared by its inflections
CONTACT_SURE = 0.6  # out of fold: 0.5 and 0.7 did worse
MIN_WORDS = 30  # a two-line note is too little to judge a process by


def features(subject: str, text: str) -> frozenset[str]:
    """Stems of the text, their pairs, long words' first letters, the subject's stems."""
    words = tokens(text[:MAX_CHARS])
    found = {word for word in words if not word.isdigit()}
    found.update(f"^{word[:PREFIX]}" for word in words if len(word) >= PREFIX_FROM)
    found.update(f"{one}_{two}" for one, two in zip(words, words[1:]))
    found.update(f"S:{word}" for word in tokens((subject or "")[:300]) if not word.isdigit())
    return frozenset(found)


@dataclass(frozen=True)
class StageModel:
    contact: Model  # past applying, or not
    met: Model  # past applying: met the team, or a screen or test only

    def settled(self, stage: str | None, subject: str, text: str,
                denied: bool = False) -> tuple[str | None, str]:
        """The stage after the models' word, and why it moved ("" when it did not).
        ``denied``: the rules read a step named and not reached."""
        if stage != "applied" or denied \
                or len(tokens(_before_sign_off(text[:MAX_CHARS]))) < MIN_WORDS:
            return stage, ""
        found = set(features(subject, text))
        contact = self.contact.probability(found)
        if contact < CONTACT_SURE:
            return stage, ""
        met = self.met.probability(found)
        moved = "interview" if met >= 0.5 else "screening"
        return moved, (f"the letter as a whole reads past applying {contact:.2f}, met the "
                       f"team {met:.2f}, where the rules heard no step")


def _before_sign_off(text: str) -> str:
    """The letter up to its sign-off line ("Viele Grüße", "Best regards"): a signature's
    name, title and firm are no words about the process (thirty-third pass)."""
    from ajar.formats.mail_fields import SIGN_OFF  # (mail_fields is large; read it when needed)
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if index and SIGN_OFF.match(line) and len(line) < 60:
            return "\n".join(lines[:index])
    return text


def _model(data: dict) -> Model:
    return Model(float(data["bias"]), {key: float(value) for key, value in data["weights"].items()})


def load(path: Path | None = None) -> StageModel:
    data = json.loads((path or WEIGHTS).read_text(encoding="utf-8"))
    return StageModel(_model(data["contact"]), _model(data["met"]))


@lru_cache(maxsize=1)
def shipped() -> StageModel | None:
    """The model in the package (read once per process), or None when it is missing."""
    try:
        return load()
    except (OSError, ValueError, KeyError):
        return None
