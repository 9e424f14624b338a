"""Train the stage models (``mail_stage_model``), reproducibly, in pure Python.

Data, all in the repository: the labelled rejections of ``tests/fixtures/triage`` (splits in
``TRAIN_SPLITS``), read as ``ajar scan`` reads them (``mail_view``). The contact model's
positives are the rejections that came after a screen, an interview, a final round or an
offer; its negatives those that came straight after applying. The met model reads only the
rejections past applying: an interview, a final round or an offer against a screen or test.

    python train/stage/train.py          # write plugin/ajar/formats/stage_weights.json
    python train/stage/train.py --check  # fail if the shipped weights differ from a fresh run
    python train/stage/train.py --cv     # out of fold, five groups of splits, against the rules
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRIAGE = ROOT / "tests" / "fixtures" / "triage"
sys.path.insert(0, str(ROOT / "plugin"))
sys.path.insert(0, str(ROOT / "train"))  # train/logistic.py, train/splits.py

import logistic  # noqa: E402
from splits import TRAIN_SPLITS, ship  # noqa: E402
from ajar.formats import mail_stage_model  # noqa: E402
from ajar.formats.mail_stage_model import StageModel, features  # noqa: E402
from ajar.formats.mail_view import view  # noqa: E402
from ajar.formats.triage_model import Model  # noqa: E402

ME = frozenset({"alex.morgan@example.net"})
SEED = 1
EPOCHS = 8
RATE = 0.1
L2 = 1e-4
MIN_COUNT = 3  # thirty-second pass, out of fold: 2 gave 0.900, 5 gave 0.899, 3 0.902
DIGITS = 3
FOLDS = 5


@dataclass(frozen=True)
class Letter:
    file: str
    split: str
    stage: str
    found: tuple[str, ...]
    subject: str
    text: str


def corpus(splits: tuple[str, ...] = TRAIN_SPLITS) -> list[Letter]:
    """The labelled rejections of the allowed splits, with their features."""
    allowed = set(splits) & set(TRAIN_SPLITS)
    letters = []
    with (TRIAGE / "labels.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["kind"] != "rejection" or row["split"] not in allowed:
                continue
            seen = view((TRIAGE / row["file"]).read_bytes())
            subject = seen.subject or ""
            letters.append(Letter(row["file"], row["split"], row["stage"],
                                  tuple(sorted(features(subject, seen.text))), subject, seen.text))
    return letters


def _fit(examples: list[tuple[tuple[str, ...], int]]) -> Model:
    bias, weights = logistic.fit(examples, epochs=EPOCHS, rate=RATE, l2=L2, seed=SEED,
                                 min_count=MIN_COUNT)
    return Model(round(bias, DIGITS), logistic.rounded(weights, DIGITS))


def train(letters: list[Letter]) -> StageModel:
    contact = _fit([(x.found, int(x.stage != "applied")) for x in letters])
    met = _fit([(x.found, int(x.stage in ("interview", "final-round", "offer")))
                for x in letters if x.stage != "applied"])
    return StageModel(contact, met)


def dump(model: StageModel) -> str:
    about = ("Ajar stage models: logistic regression weights (past applying; met the team). "
             "Made by train/stage/train.py; do not edit by hand.")
    return json.dumps({"about": about,
                       "contact": {"bias": model.contact.bias, "weights": model.contact.weights},
                       "met": {"bias": model.met.bias, "weights": model.met.weights}},
                      indent=0, sort_keys=True, ensure_ascii=False) + "\n"


def rules_stage(letter: Letter) -> str:
    """The stage the rules read, without the models (slow: the whole import reader)."""
    from ajar.formats.mail import draft_rejection
    raw = (TRIAGE / letter.file).read_bytes()
    return draft_rejection(raw, letter.file, ME, stage_model=False).stage or "applied"


def cross_validate(letters: list[Letter]) -> None:
    """Stage accuracy of the rules alone and with models trained without each group."""
    groups = [TRAIN_SPLITS[i::FOLDS] for i in range(FOLDS)]
    ruled = {x.file: rules_stage(x) for x in letters}
    settled = {}
    for group in groups:
        model = train([x for x in letters if x.split not in group])
        for x in letters:
            if x.split in group:
                settled[x.file] = model.settled(ruled[x.file], x.subject, x.text)[0]
    newest = [x for x in letters if re.fullmatch(r"fresh\d+", x.split) and int(x.split[5:]) >= 66]
    for name, chosen in (("all", letters), ("fresh66 onwards", newest)):
        rules = sum(ruled[x.file] == x.stage for x in chosen) / max(1, len(chosen))
        both = sum(settled[x.file] == x.stage for x in chosen) / max(1, len(chosen))
        print(f"{name:<16} {len(chosen):>5} rejections: rules {rules:.3f}, "
              f"rules with the models {both:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--out", type=Path, default=mail_stage_model.WEIGHTS)
    args = parser.parse_args()
    letters = corpus()
    if args.cv:
        cross_validate(letters)
        return 0
    return ship(dump(train(letters)), args.out, check=args.check)


if __name__ == "__main__":
    sys.exit(main())
