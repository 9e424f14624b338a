"""Where company extraction loses: the vote, its candidates and the gold label, per rejection.

For every labelled rejection of the corpus: the candidate places the vote saw, the
groups it formed, the gold company (labels.csv) and whether the gold is among the
candidates at all (the oracle). Errors fall in four bins: (a) the gold is named
nowhere the vote looks, (b) the gold is a candidate but ranked below another name,
(s) the right group won but is written otherwise, (c) a non-name won (a document
word, a title, a place), (d) an agency, job board or ATS won where the client was named.

    python train/company/analyse.py [--splits a,b] [--show a,s,b,c,d] [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRIAGE = ROOT / "tests" / "fixtures" / "triage"
sys.path.insert(0, str(ROOT / "plugin"))
sys.path.insert(0, str(ROOT / "bench"))

from ajar.formats import mail, mail_company  # noqa: E402
from ajar.formats.mail_fields import looks_like_role  # noqa: E402
from ajar.formats.mail_sender import ATS_NAMES  # noqa: E402

from triage import ME, SPLITS, same_value  # noqa: E402  (bench/triage.py)


def captured(raw: bytes, name: str) -> tuple[str | None, dict]:
    """The draft's company and what the vote was given, by wrapping ``decide`` once."""
    seen: dict = {}
    original = mail.decide

    def spy(candidates, people, text="", subject=""):  # noqa: ANN001, ANN202
        seen.update(candidates=list(candidates), people=list(people), text=text)
        return original(candidates, people, text, subject=subject)
    mail.decide = spy
    try:
        draft = mail.draft_rejection(raw, name, ME)
    finally:
        mail.decide = original
    return draft.company, seen


def rows(splits: tuple[str, ...]) -> list[dict[str, str]]:
    with (TRIAGE / "labels.csv").open(encoding="utf-8") as handle:
        return [r for r in csv.DictReader(handle)
                if r["split"] in splits and r["kind"] == "rejection"]


def matches(name: str, gold: str) -> bool:
    return bool(gold) and (same_value("company", name, gold)
                           or mail_company.same_company(name, gold))


def error_bin(found: str | None, gold: str, groups: list[list], text: str) -> str:
    """Why the vote missed: (a) no group is the gold company, (s) the right group won but
    is written otherwise, (c) a non-name won, (d) an agency, board or ATS won over a named
    client, (b) another company-like name was ranked first."""
    gold_groups = [g for g in groups if any(matches(c.name, gold) for c in g)]
    if not gold_groups:
        return "c" if found is not None and non_name(found, text) else "a"
    if found is not None and any(matches(found, c.name) for g in gold_groups for c in g):
        return "s"
    if found is None:
        return "b"
    if non_name(found, text):
        return "c"
    winner = [g for g in groups if any(c.name == found for c in g)]
    if found.casefold() in ATS_NAMES or mail_company._AGENCY.search(found) or any(
            c.source in ("display", "domain", "signature", "reply", "portal")
            for g in winner for c in g) and any(
            c.source in ("client", "field", "relay", "body", "weak", "subject")
            for g in gold_groups for c in g):
        return "d"
    return "b"


_DOCUMENT = {"notice", "offer", "update", "hire", "contract", "list", "letter", "decision",
             "application", "status", "outcome", "result", "results", "confirmation",
             "referral", "hiring"}


def non_name(name: str, text: str) -> bool:
    """A title, a document's heading or a place the text says the job is in."""
    words = name.split()
    return looks_like_role(name) or any(ch.isdigit() for ch in name) \
        or any(w.casefold().strip("():,'’s") in _DOCUMENT for w in words) \
        or mail_company._a_place_in(words[-1], text) or "," in name


BINS = ("a", "s", "b", "c", "d")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--splits", default=",".join(SPLITS))
    parser.add_argument("--show", default="", help="error bins to list: a,s,b,c,d")
    parser.add_argument("--verbose", action="store_true", help="list every candidate")
    args = parser.parse_args()
    splits = tuple(s for s in args.splits.split(",") if s)
    show = set(args.show.split(",")) - {""}
    per_split: dict[str, Counter[str]] = defaultdict(Counter)
    bins: Counter[str] = Counter()
    for row in rows(splits):
        raw = (TRIAGE / row["file"]).read_bytes()
        found, seen = captured(raw, row["file"])
        gold = row["company"]
        candidates = seen.get("candidates", [])
        people = seen.get("people", [])
        groups = mail_company.ballot(candidates, people, seen.get("text", "")).groups
        usable = [c for g in groups for c in g]
        right = same_value("company", found or "", gold)
        anywhere = any(matches(c.name, gold) for c in candidates + usable)
        oracle = any(matches(c.name, gold) for c in usable)
        exact = any(same_value("company", c.name, gold) for c in usable)
        stats = per_split[row["split"]]
        stats["n"] += 1
        stats["right"] += right
        stats["oracle"] += oracle or right
        stats["raw oracle"] += anywhere or right
        stats["exact"] += exact or right
        if right:
            continue
        which = error_bin(found, gold, groups, seen.get("text", ""))
        bins[which] += 1
        stats[which] += 1
        if which in show or args.verbose:
            print(f"[{which}] {row['file']}: found {found!r}, gold {gold!r}")
            for c in candidates:
                mark = "*" if matches(c.name, gold) else " "
                ok = "" if any(u.source == c.source and u.name == mail_company.without_place(
                    mail_company._COUNTY.sub("", c.name)) for u in usable) else "  (dropped)"
                print(f"     {mark} {c.source:<15} {c.name!r}{ok}")
    total: Counter[str] = Counter()
    print(f"\n{'split':<9}{'n':>4}{'vote':>7}{'oracle':>8}{'exact':>7}{'raw':>6}"
          + "".join(f"{b:>4}" for b in BINS))
    for split in splits:
        s = per_split.get(split)
        if not s:
            continue
        total.update(s)
        print(f"{split:<9}{s['n']:>4}{s['right'] / s['n']:>7.2f}{s['oracle'] / s['n']:>8.2f}"
              f"{s['exact'] / s['n']:>7.2f}{s['raw oracle'] / s['n']:>6.2f}"
              + "".join(f"{s[b]:>4}" for b in BINS))
    n = max(1, total["n"])
    print(f"{'all':<9}{total['n']:>4}{total['right'] / n:>7.3f}{total['oracle'] / n:>8.3f}"
          f"{total['exact'] / n:>7.3f}{total['raw oracle'] / n:>6.3f}"
          + "".join(f"{total[b]:>4}" for b in BINS))
    print("vote: accuracy as bench/triage.py judges it; oracle: a group is the gold company "
          "(same_company); exact: a usable candidate is written as the gold; raw: any "
          "candidate before the filters;\na: gold named nowhere, s: right group written "
          "otherwise, b: another name ranked first, c: a non-name won (title, document word, "
          "place), d: an agency, board or ATS won over a named client")
    return 0


if __name__ == "__main__":
    sys.exit(main())
