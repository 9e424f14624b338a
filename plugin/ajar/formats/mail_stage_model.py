"""The stage as the whole letter reads it: two small logistic models over its word stems.

The stage rules (``mail_stage`` and its siblings) read a step from the phrases that name it
("thank you for speaking with me", "after the panel"); a letter that says it in words no
rule knows is read as "applied", which was two thirds of the stage misses. These models
read the subject and the text as a bag of stems and stem pairs (job words included: here
"call", "panel", "test" are the evidence) and give two chances: that the reader got past
applying (``contact``), and, past it, that they met the team (``met``: interview, final
round or offer, against a screen or a test). They only move the rules' answer:

- "applied" becomes "interview" or "screening" when ``contact`` is at least ``CONTACT_SURE``;
- "screening" becomes "interview" when ``met`` is at least ``MET_SURE``, and "interview"
  becomes "screening" when it is at most ``SCREEN_SURE`` (both only past applying);
- "final-round" and "offer" stay: their rules read a named step, and the thirty-second
  pass's out-of-fold trial of a third model for them lost accuracy.

Trained by ``train/stage/train.py`` on the labelled rejections; thirty-second pass, out of
fold over five groups of splits: stage accuracy 0.879 -> 0.900, and 0.773 -> 0.846 on the
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
CONTACT_SURE = 0.6
MET_SURE = 0.9
SCREEN_SURE = 0.1
_MET = ("interview", "final-round", "offer")


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

    def settled(self, stage: str | None, subject: str, text: str) -> tuple[str | None, str]:
        """The stage after the models' word, and why it moved ("" when it did not)."""
        if stage not in ("applied", "screening", "interview"):
            return stage, ""
        found = features(subject, text)
        contact = self.contact.probability(set(found))
        met = self.met.probability(set(found))
        moved = stage
        if stage == "applied" and contact >= CONTACT_SURE:
            moved = "interview" if met >= 0.5 else "screening"
        elif stage == "screening" and contact >= 0.5 and met >= MET_SURE:
            moved = "interview"
        elif stage == "interview" and contact >= 0.5 and met <= SCREEN_SURE:
            moved = "screening"
        if moved == stage:
            return stage, ""
        return moved, (f"the letter as a whole reads past applying {contact:.2f}, met the "
                       f"team {met:.2f}, over the rules' {stage}")


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
