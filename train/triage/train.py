"""Train the triage sentence model and the whole-message model, reproducibly, in pure Python.

Data, all in the repository: hand-written labelled sentences in this folder
(every ``rejection_sentences*.txt`` and ``other_sentences*.txt``, read in sorted
order, so a new file of sentences drops in without a code change) and the labelled corpus
splits in ``tests/fixtures/triage`` named in ``TRAIN_SPLITS`` (an allow-list: a
split written later stays unseen until it is added in ``train/splits.py``). Every sentence of a
message that is not a rejection is a negative; a rejection gives its most
rejection-like sentence as a positive (chosen by the previous round's model). The
whole-message model (thirty-first pass, ``triage_message``) reads each corpus message as a
bag of words: a rejection is a positive, every other message a negative.

    python train/triage/train.py          # write triage_weights.json and triage_message_weights.json
    python train/triage/train.py --check  # fail if the shipped weights differ from a fresh run
    python train/triage/train.py --cv     # cross-validation by split (train without X, test on X)
    python train/triage/train.py --cv --folds 5  # ... by five groups of splits (minutes, not an hour)
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
TRIAGE = ROOT / "tests" / "fixtures" / "triage"
sys.path.insert(0, str(ROOT / "plugin"))
sys.path.insert(0, str(HERE.parent))  # train/logistic.py, train/splits.py

import logistic  # noqa: E402
from splits import TRAIN_SPLITS, ship  # noqa: E402
from ajar.formats import triage_message, triage_model  # noqa: E402
from ajar.formats.mail_view import view  # noqa: E402
from ajar.formats.triage import (  # noqa: E402
    _CONDITIONAL_SENTENCE, _model_voice, classify, triage_text)

SEED = 11
EPOCHS = 14
RATE = 0.25
L2 = 1e-4  # eighteenth pass: leave-one-split-out, 1e-5, 3e-4 and 1e-3 all did worse
ROUNDS = 2  # rounds of picking each corpus rejection's deciding sentence
MIN_COUNT = 2  # a feature seen once is noise (3: 40 % fewer features, no clear gain)
DIGITS = 3
NO_MODEL = triage_model.Model(-30.0, {})  # the rules alone
MESSAGE_EPOCHS = 10
SILENT = triage_model.Model(0.0, {})  # a whole-message model that says nothing

Example = tuple[tuple[str, ...], int]


@dataclass(frozen=True)
class Message:
    file: str
    split: str
    kind: str
    subject: str
    text: str
    sender: str


def hand_written(name: str) -> list[str]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def sentence_files(stem: str) -> list[str]:
    """The hand-written files ``STEM*.txt`` of this folder, in sorted order."""
    return sorted(path.name for path in HERE.glob(f"{stem}*.txt"))


def corpus(splits: tuple[str, ...] = TRAIN_SPLITS) -> list[Message]:
    """The labelled messages of the allowed splits, read as ``ajar scan`` reads them."""
    allowed = set(splits) & set(TRAIN_SPLITS)
    messages = []
    with (TRIAGE / "labels.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["split"] not in allowed:
                continue
            seen = view((TRIAGE / row["file"]).read_bytes())
            if seen.addressed_to:
                continue  # someone else's own mail, forwarded: says nothing about the reader's
            messages.append(Message(row["file"], row["split"], row["kind"], seen.subject,
                                    seen.text, seen.sender))
    return messages


def _example(sentence: str, label: int) -> Example:
    return tuple(sorted(triage_model.features(triage_model.tokens(sentence)))), label


def _sentences(message: Message) -> list[str]:
    return triage_model.sentences(triage_text(message.subject, message.text))


def _body(message: Message) -> list[str]:
    """The sentences of the text alone: a subject ("Your conditional offer - Driver") names
    the matter, not the no, so it is a positive only where no sentence of the text is one."""
    return triage_model.sentences(triage_text("", message.text))


def fit(examples: list[Example]) -> triage_model.Model:
    """Logistic regression by seeded stochastic gradient descent, classes balanced."""
    bias, weights = logistic.fit(examples, epochs=EPOCHS, rate=RATE, l2=L2, seed=SEED,
                                 min_count=MIN_COUNT)
    return triage_model.Model(round(bias, DIGITS), logistic.rounded(weights, DIGITS))


def train(messages: list[Message]) -> triage_model.Model:
    """The model from the hand-written sentences and the given corpus messages."""
    base = ([_example(s, 1) for name in sentence_files("rejection_sentences")
             for s in hand_written(name)]
            + [_example(s, 0) for name in sentence_files("other_sentences")
               for s in hand_written(name)])
    negatives = sorted({s for m in messages if m.kind != "rejection" for s in _sentences(m)})
    base += [_example(s, 0) for s in negatives]
    model = fit(base)
    rejections = [m for m in messages if m.kind == "rejection"]
    for _ in range(ROUNDS):
        picked = set()
        for message in rejections:
            scored = [(model.probability(set(_example(s, 1)[0])), s) for s in _body(message)
                      if not _CONDITIONAL_SENTENCE.search(s)]
            if not scored or max(scored)[0] < 0.5:  # the subject only where the text says no no
                scored += [(model.probability(set(_example(s, 1)[0])), s)
                           for s in triage_model.sentences(triage_text(message.subject, ""))]
            if scored:
                picked.add(max(scored)[1])
        model = fit(base + [_example(s, 1) for s in sorted(picked)])
    return model


def train_message(messages: list[Message]) -> triage_model.Model:
    """The whole-message model: each corpus message's words, a rejection or not."""
    examples = [(tuple(sorted(triage_message.features(m.subject, m.text))),
                 int(m.kind == "rejection")) for m in messages]
    bias, weights = logistic.fit(examples, epochs=MESSAGE_EPOCHS, rate=RATE, l2=L2, seed=SEED,
                                 min_count=MIN_COUNT)
    return triage_model.Model(round(bias, DIGITS), logistic.rounded(weights, DIGITS))


def dump(model: triage_model.Model, what: str = "sentence") -> str:
    about = (f"Ajar triage {what} model: logistic regression weights. Made by "
             "train/triage/train.py; do not edit by hand.")
    return json.dumps({"about": about, "bias": model.bias, "weights": model.weights},
                      indent=0, sort_keys=True, ensure_ascii=False) + "\n"


def _model_alone(message: Message, model: triage_model.Model) -> str:
    """The model's own verdict, without the rules: does any sentence read as a no?"""
    return "rejection" if _model_voice(model, triage_text(message.subject, message.text)) \
        else "other"


def figures(messages: list[Message], model: triage_model.Model | None,
            alone: bool = False, misses: list[str] | None = None,
            whole: triage_model.Model = SILENT) -> dict[str, float]:
    """Precision and recall of the rejection class on ``messages``: rules with ``model``
    (None: the rules alone) and the whole-message model ``whole``, or ``model`` alone;
    each wrong answer is added to ``misses``."""
    tp = fp = fn = 0
    for message in messages:
        if alone and model is not None:
            said = _model_alone(message, model)
        else:
            said = classify(message.subject, message.text, message.sender,
                            model=model or NO_MODEL, message_model=whole).kind
        truth = message.kind == "rejection"
        if misses is not None and (said == "rejection") != truth:
            misses.append(f"{message.file}: {message.kind} read as {said}")
        tp += said == "rejection" and truth
        fp += said == "rejection" and not truth
        fn += said != "rejection" and truth
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / max(1, tp + fp),
            "recall": tp / max(1, tp + fn)}


COLUMNS = ("rules", "model", "rules+model", "rules+models", "sentences only")


def groups_of_splits(count: int | None) -> list[tuple[str, ...]]:
    """Each split alone (leave-one-split-out), or the splits dealt round-robin into
    ``count`` groups (thirty-first pass: five trainings instead of one per split, so the
    out-of-sample figures take minutes; a model never sees its group's authors)."""
    if not count:
        return [(split,) for split in TRAIN_SPLITS]
    return [TRAIN_SPLITS[i::count] for i in range(count)]


def cross_validate(messages: list[Message], misses: list[str] | None = None,
                   folds: int | None = None) -> dict[str, dict[str, dict[str, float]]]:
    """Per split X, measured on X: the rules alone (tuned on every split: in-sample), a
    model trained without X (or without X's group, see ``groups_of_splits``) alone and
    with the rules ("rules+model"), both models trained without it with the rules ("rules+models":
    what ``ajar scan`` runs), and the rules with a model trained on the hand-written sentences only
    (no corpus message at all). The held-out misses of the rules with the model go to
    ``misses``."""
    sentences_only = train([])
    results = {}
    for group in groups_of_splits(folds):
        seen = [m for m in messages if m.split not in group]
        model, whole = train(seen), train_message(seen)
        for split in group:
            held = [m for m in messages if m.split == split]
            results[split] = {"rules": figures(held, None),
                              "model": figures(held, model, alone=True),
                              "rules+models": figures(held, model, misses=misses, whole=whole),
                              "rules+model": figures(held, model),
                              "sentences only": figures(held, sentences_only)}
    return results


def print_cv(results: dict[str, dict[str, dict[str, float]]]) -> None:
    """A table of precision / recall of the rejection class, per split and overall."""
    totals: dict[str, Counter[str]] = {name: Counter() for name in COLUMNS}
    print("cross-validation by split: each model is trained without the split it is "
          "measured on\n(the rules were tuned on every split: their column is in-sample)")
    print(f"{'split':<9}" + "".join(f"{name + ' P/R':>22}" for name in COLUMNS))
    for split, result in results.items():
        for name in COLUMNS:
            totals[name].update({k: int(result[name][k]) for k in ("tp", "fp", "fn")})
        print(f"{split:<9}" + "".join(
            f"{result[name]['precision']:>14.3f} / {result[name]['recall']:.3f}"
            for name in COLUMNS))
    print(f"{'overall':<9}" + "".join(
        f"{totals[n]['tp'] / max(1, totals[n]['tp'] + totals[n]['fp']):>14.3f} / "
        f"{totals[n]['tp'] / max(1, totals[n]['tp'] + totals[n]['fn']):.3f}" for n in COLUMNS))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--misses", action="store_true",
                        help="with --cv: list the held-out misses of the rules with the model")
    parser.add_argument("--folds", type=int, default=None,
                        help="with --cv: leave out groups of splits, this many (default: "
                             "each split alone)")
    parser.add_argument("--out", type=Path, default=triage_model.WEIGHTS)
    parser.add_argument("--message-out", type=Path, default=triage_message.WEIGHTS)
    args = parser.parse_args()
    messages = corpus()
    if args.cv:
        misses: list[str] | None = [] if args.misses else None
        print_cv(cross_validate(messages, misses, args.folds))
        for miss in misses or []:
            print(f"  - {miss}")
        return 0
    sentence = ship(dump(train(messages)), args.out, check=args.check)
    whole = ship(dump(train_message(messages), "whole-message"), args.message_out,
                 check=args.check)
    return sentence or whole


if __name__ == "__main__":
    sys.exit(main())
