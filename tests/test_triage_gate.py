"""The job-word gate runs on lower-cased text (for speed): it must find what a
case-blind search finds, whatever the case of the mail."""

from __future__ import annotations

import random
import re
from pathlib import Path

from ajar.formats import triage
from ajar.formats.mail_view import view

CORPUS = Path(__file__).parent / "fixtures" / "triage"


def _recased(text: str, rng: random.Random) -> str:
    return "".join(c.upper() if rng.random() < 0.5 else c for c in text)


def test_the_gate_pattern_is_written_in_lower_case():
    assert not re.search(r"(?<!\\)[A-Z]", triage._JOB_CONTEXT.pattern.replace(r"\b", "")
                         .replace(r"\w", ""))


def test_the_gate_agrees_with_a_case_blind_search_on_the_corpus_in_any_case():
    blind = re.compile(triage._JOB_CONTEXT.pattern, re.IGNORECASE)
    rng = random.Random(5)
    files = sorted(CORPUS.glob("*/*.eml"))[::7]
    assert len(files) > 50
    for path in files:
        seen = view(path.read_bytes())
        for text in (seen.text, seen.text.upper(), _recased(seen.text, rng)):
            assert bool(triage._JOB_CONTEXT.search(text.lower())) == bool(blind.search(text))
            assert {m.group(0) for m in triage._JOB_CONTEXT.finditer(text.lower())} == \
                {m.group(0).lower() for m in blind.finditer(text)}


def test_a_rejection_in_capitals_is_still_read():
    verdict = triage.classify("YOUR APPLICATION", "UNFORTUNATELY WE HAVE DECIDED NOT TO MOVE "
                              "FORWARD WITH YOUR APPLICATION FOR THE ANALYST POSITION.")
    assert verdict.kind == "rejection", verdict
