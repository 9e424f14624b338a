"""Train the role span ranker, reproducibly, in pure Python.

Data, all in the repository: the labelled rejections of ``tests/fixtures/triage``
(splits in ``TRAIN_SPLITS``), read as ``ajar import`` reads them: the cleaned subject,
the letter's opening and the company, caught where the hand rules hand over. Each
email is one example of a conditional logit (softmax) over its spans and "no title";
the answer is the span written as the label (bench/triage.py's comparison), or "no
title" for a letter labelled without a role. An email whose label is no span of its
text (a title the hand rules assemble from two places) teaches nothing and is left out.

    python train/role/train.py          # write plugin/ajar/formats/role_weights.json
    python train/role/train.py --check  # fail if the shipped weights differ from a fresh run
    python train/role/train.py --cv     # five groups of splits left out in turn: rules alone,
                                        # rules and model, the model alone
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRIAGE = ROOT / "tests" / "fixtures" / "triage"
sys.path.insert(0, str(ROOT / "plugin"))
sys.path.insert(0, str(ROOT / "train"))  # train/splits.py

from ajar.formats import mail, role_model  # noqa: E402
from ajar.formats.role_model import NO_TITLE, RoleModel, spans  # noqa: E402
from splits import TRAIN_SPLITS, ship  # noqa: E402

ME = frozenset({"alex.morgan@example.net"})
SEED = 23
EPOCHS = 12
RATE = 0.1
L2 = 1e-4
MIN_COUNT = 2  # a feature seen on one email's spans only is noise
DIGITS = 3
FOLDS = 5


@dataclass(frozen=True)
class Email:
    file: str
    split: str
    gold: str
    subject: str
    opening: str
    company: str
    hand: str  # what the hand rules found before their tidying ("" = nothing)
    final: str  # the role ``ajar import`` writes


def plain(value: str) -> str:
    """bench/triage.py's comparison of roles: case and a title's separator aside."""
    value = " ".join((value or "").split()).casefold()
    return re.sub(r"\s*(?:,|\s[-–—]\s)\s*", " / ", value).strip()


def read(raw: bytes, name: str) -> tuple[str, str, str, str, str]:
    """(subject, opening, company, hand role, final role), caught where the hand rules'
    search ends: ``school_subject_role`` is called once with the three of them."""
    seen: dict = {}
    original = mail.school_subject_role

    def catch(subject, opening, role=None):  # noqa: ANN001, ANN202
        seen.update(subject=subject, opening=opening, role=role or "")
        return original(subject, opening, role)
    mail.school_subject_role = catch
    try:
        draft = mail.draft_rejection(raw, name, ME, role_model=False)
    finally:
        mail.school_subject_role = original
    return (seen.get("subject", ""), seen.get("opening", ""), draft.company or "",
            seen.get("role", ""), draft.role or "")


def corpus(splits: tuple[str, ...] = TRAIN_SPLITS) -> list[Email]:
    allowed = set(splits) & set(TRAIN_SPLITS)
    emails = []
    with (TRIAGE / "labels.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["split"] not in allowed or row["kind"] != "rejection":
                continue
            subject, opening, company, hand, final = read(
                (TRIAGE / row["file"]).read_bytes(), row["file"])
            emails.append(Email(row["file"], row["split"], row["role"], subject, opening,
                                company, hand, final))
    return emails


def example(email: Email) -> tuple[list[tuple[str, ...]], int] | None:
    """The email's candidates (spans, then "no title") and the index of the answer."""
    found = spans(email.subject, email.opening, email.company)
    candidates = [span.features for span in found] + [(NO_TITLE,)]
    if not email.gold:
        return candidates, len(found)
    wanted = plain(email.gold)
    for index, span in enumerate(found):
        if plain(span.text) == wanted:
            return candidates, index
    return None


def fit(examples: list[tuple[list[tuple[str, ...]], int]]) -> RoleModel:
    """A conditional logit by seeded SGD, features seen on fewer than MIN_COUNT emails out."""
    counts: Counter[str] = Counter()
    for candidates, _ in examples:
        counts.update({f for features in candidates for f in features})
    data = [([tuple(f for f in features if counts[f] >= MIN_COUNT) for features in candidates],
             right) for candidates, right in examples]
    weights: dict[str, float] = {}
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch * 0.3)
        for index in order:
            candidates, right = data[index]
            scores = [sum(weights.get(f, 0.0) for f in features) for features in candidates]
            top = max(scores)
            exps = [math.exp(max(-30.0, s - top)) for s in scores]
            total = sum(exps)
            for i, (features, e) in enumerate(zip(candidates, exps)):
                error = e / total - (1.0 if i == right else 0.0)
                if abs(error) < 1e-4:
                    continue
                for feature in features:
                    weights[feature] = weights.get(feature, 0.0) - rate * error
        shrink = max(0.0, 1 - rate * L2 * len(data))
        weights = {f: w * shrink for f, w in weights.items()}
    return RoleModel({f: round(w, DIGITS) for f, w in sorted(weights.items())
                      if abs(round(w, DIGITS)) >= 10 ** -DIGITS * 5})


def train(emails: list[Email]) -> RoleModel:
    return fit([e for e in map(example, emails) if e is not None])


def dump(model: RoleModel) -> str:
    about = ("Ajar role span ranker: conditional logit weights over a span's features. "
             "Made by train/role/train.py; do not edit by hand.")
    return json.dumps({"about": about, "weights": model.weights},
                      indent=0, sort_keys=True, ensure_ascii=False) + "\n"


# ------------------------------------------------------------------ evaluation

def folds(emails: list[Email]) -> list[tuple[str, ...]]:
    """Splits dealt round-robin into FOLDS groups: a model never sees its fold's authors."""
    splits = [s for s in TRAIN_SPLITS if any(e.split == s for e in emails)]
    return [tuple(splits[i::FOLDS]) for i in range(FOLDS)]


def cross_validate(emails: list[Email]) -> dict[str, Counter[str]]:
    """Per split: the role ``ajar import`` writes with the hand rules alone, with the model
    trained without the split's fold, and that model's own first span."""
    results: dict[str, Counter[str]] = {}
    shipped = role_model.shipped
    try:
        for fold in folds(emails):
            model = train([e for e in emails if e.split not in fold])
            role_model.shipped = lambda model=model: model  # type: ignore[assignment]
            for email in emails:
                if email.split not in fold:
                    continue
                tally = results.setdefault(email.split, Counter())
                gold = plain(email.gold)
                both = mail.draft_rejection((TRIAGE / email.file).read_bytes(), email.file, ME)
                alone = role_model.ranked_title(email.subject, email.opening, email.company,
                                                model=model) or ""
                tally["n"] += 1
                tally["rules"] += plain(email.final) == gold
                tally["both"] += plain(both.role or "") == gold
                tally["model"] += plain(alone) == gold
    finally:
        role_model.shipped = shipped  # type: ignore[assignment]
    return results


def print_cv(results: dict[str, Counter[str]]) -> None:
    print(f"cross-validation over {FOLDS} groups of splits: each model is trained without "
          "the group it is measured on\n(the hand rules were tuned on every split up to "
          "fresh55: in-sample there)")
    print(f"{'split':<11}{'n':>4}{'rules':>7}{'both':>7}{'model':>7}")
    groups = {"all": TRAIN_SPLITS, "fresh10-255": TRAIN_SPLITS[13:],
              "fresh56-60": TRAIN_SPLITS[-200:-195], "fresh61-65": TRAIN_SPLITS[-195:-190],
              "fresh66-70": TRAIN_SPLITS[-190:-185], "fresh71-75": TRAIN_SPLITS[-185:-180],
              "fresh76-80": TRAIN_SPLITS[-180:-175], "fresh81-85": TRAIN_SPLITS[-175:-170],
              "fresh86-90": TRAIN_SPLITS[-170:-165], "fresh91-95": TRAIN_SPLITS[-165:-160],
              "fresh96-100": TRAIN_SPLITS[-160:-155], "fresh101-105": TRAIN_SPLITS[-155:-150],
              "fresh106-110": TRAIN_SPLITS[-150:-145], "fresh111-115": TRAIN_SPLITS[-145:-140],
              "fresh116-120": TRAIN_SPLITS[-140:-135], "fresh121-125": TRAIN_SPLITS[-135:-130],
              "fresh126-130": TRAIN_SPLITS[-130:-125], "fresh131-135": TRAIN_SPLITS[-125:-120],
              "fresh136-140": TRAIN_SPLITS[-120:-115], "fresh141-145": TRAIN_SPLITS[-115:-110],
              "fresh146-150": TRAIN_SPLITS[-110:-105], "fresh151-155": TRAIN_SPLITS[-105:-100],
              "fresh156-160": TRAIN_SPLITS[-100:-95], "fresh161-165": TRAIN_SPLITS[-95:-90],
              "fresh166-170": TRAIN_SPLITS[-90:-85], "fresh171-175": TRAIN_SPLITS[-85:-80],
              "fresh176-180": TRAIN_SPLITS[-80:-75], "fresh181-185": TRAIN_SPLITS[-75:-70],
              "fresh186-190": TRAIN_SPLITS[-70:-65], "fresh191-195": TRAIN_SPLITS[-65:-60],
              "fresh196-200": TRAIN_SPLITS[-60:-55], "fresh201-205": TRAIN_SPLITS[-55:-50],
              "fresh206-210": TRAIN_SPLITS[-50:-45], "fresh211-215": TRAIN_SPLITS[-45:-40],
              "fresh216-220": TRAIN_SPLITS[-40:-35], "fresh221-225": TRAIN_SPLITS[-35:-30],
              "fresh226-230": TRAIN_SPLITS[-30:-25], "fresh231-235": TRAIN_SPLITS[-25:-20],
              "fresh236-240": TRAIN_SPLITS[-20:-15], "fresh241-245": TRAIN_SPLITS[-15:-10],
              "fresh246-250": TRAIN_SPLITS[-10:-5], "fresh251-255": TRAIN_SPLITS[-5:]}
    for label, splits in [*((s, (s,)) for s in results), *groups.items()]:
        total: Counter[str] = Counter()
        for split in splits:
            total.update(results.get(split, Counter()))
        n = max(1, total["n"])
        print(f"{label:<11}{total['n']:>4}{total['rules'] / n:>7.3f}{total['both'] / n:>7.3f}"
              f"{total['model'] / n:>7.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--out", type=Path, default=role_model.WEIGHTS)
    args = parser.parse_args()
    emails = corpus()
    if args.cv:
        print_cv(cross_validate(emails))
        return 0
    return ship(dump(train(emails)), args.out, check=args.check)


if __name__ == "__main__":
    sys.exit(main())
