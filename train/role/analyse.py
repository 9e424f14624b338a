"""Where role extraction loses on the labelled rejections, split by kind of error.

Reads every true rejection of tests/fixtures/triage, runs the importer's reader and
sorts each wrong role into: (a) none found (by the letter's language), (b) a wrong span,
(c) the right title with a specialty, unit or suffix dropped or added, (d) something else.

    python train/role/analyse.py [--splits a,b] [--list] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRIAGE = ROOT / "tests" / "fixtures" / "triage"
sys.path.insert(0, str(ROOT / "plugin"))
sys.path.insert(0, str(ROOT / "bench"))

from ajar.formats.mail import draft_rejection  # noqa: E402

ME = frozenset({"alex.morgan@example.net"})

# A few function words per language: enough to tell the letter's language apart.
_LANGUAGE_WORDS = {
    "de": "und der die das nicht wir ihre ihnen sie für mit leider bewerbung uns haben",
    "fr": "et le la les nous vous votre pour avec pas une des candidature malheureusement",
    "es": "y el la los las nosotros su para con una del tu candidatura lamentablemente que",
    "pt": "e o os as nós sua seu para com uma não você candidatura infelizmente vaga",
    "it": "e il lo la gli le noi sua suo per con una non candidatura purtroppo della",
    "nl": "en de het wij uw je voor met een niet helaas sollicitatie van",
    "sv": "och att det vi din för med inte tyvärr ansökan tjänsten som",
    "no": "og at det vi din for med ikke dessverre søknad stillingen som",
    "da": "og at det vi din for med ikke desværre ansøgning stillingen som",
    "pl": "i w na nie z się że do pani pana niestety stanowisko dziękujemy",
    "fi": "ja että on ei me sinun kiitos valitettavasti hakemuksesi",
    "en": "and the to of we you your for with not unfortunately application thank",
}
_WORDS = {lang: set(words.split()) for lang, words in _LANGUAGE_WORDS.items()}


def language(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text.casefold())[:400]
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in vocab) for lang, vocab in _WORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] else "en"


def plain(value: str) -> str:
    value = " ".join((value or "").split()).casefold()
    return re.sub(r"\s*(?:,|\s[-–—]\s)\s*", " / ", value).strip()


def words_of(value: str) -> list[str]:
    return re.findall(r"[^\W_]+", value.casefold())


def category(found: str | None, label: str) -> str:
    if not found:
        return "a-none"
    got, want = words_of(found), words_of(label)
    if not want:
        return "d-other"
    if got and (got == want[:len(got)] or want == got[:len(want)]
                or got == want[-len(got):] or want == got[-len(want):]):
        return "c-suffix"  # one is the other with words dropped or added at an end
    if set(got) & set(want):
        common = set(got) & set(want)
        if len(common) >= min(len(got), len(want)) / 2:
            return "c-suffix" if (set(got) <= set(want) or set(want) <= set(got)) else "b-span"
        return "b-span"
    return "b-span"


def rows(splits: set[str] | None):
    for row in csv.DictReader((TRIAGE / "labels.csv").open(encoding="utf-8")):
        if row["kind"] == "rejection" and (not splits or row["split"] in splits):
            yield row


def analyse(splits: set[str] | None = None) -> dict:
    per_split: dict[str, Counter] = defaultdict(Counter)
    errors: list[dict] = []
    for row in rows(splits):
        raw = (TRIAGE / row["file"]).read_bytes()
        draft = draft_rejection(raw, row["file"], ME)
        right = plain(draft.role or "") == plain(row["role"])
        per_split[row["split"]]["n"] += 1
        per_split[row["split"]]["right"] += right
        if not right:
            lang = language(draft.text or "")
            errors.append({"file": row["file"], "split": row["split"], "found": draft.role,
                           "label": row["role"], "category": category(draft.role, row["role"]),
                           "language": lang})
    return {"per_split": per_split, "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--splits", default="")
    parser.add_argument("--list", action="store_true", help="list every error")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = analyse(set(filter(None, args.splits.split(","))) or None)
    if args.json:
        print(json.dumps({"per_split": {k: dict(v) for k, v in result["per_split"].items()},
                          "errors": result["errors"]}, ensure_ascii=False, indent=1))
        return
    total = Counter()
    for split, counts in result["per_split"].items():
        total.update(counts)
        print(f"{split:9} {counts['right']:3}/{counts['n']:3} {counts['right'] / counts['n']:.2f}")
    print(f"{'all':9} {total['right']:3}/{total['n']:3} {total['right'] / total['n']:.3f}")
    errors = result["errors"]
    cats = Counter(e["category"] for e in errors)
    print("errors:", dict(sorted(cats.items())))
    print("none found, by language:",
          dict(Counter(e["language"] for e in errors if e["category"] == "a-none").most_common()))
    print("all errors, by language:", dict(Counter(e["language"] for e in errors).most_common()))
    if args.list:
        for e in sorted(errors, key=lambda e: e["category"]):
            print(f"{e['category']:8} {e['language']} {e['file']}: {e['found']!r} "
                  f"labelled {e['label']!r}")


if __name__ == "__main__":
    main()
