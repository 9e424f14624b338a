"""The classifier and the extraction on the labelled corpus (tests/fixtures/triage):
every tuned split stays right (the blind and fresh splits are measurements for
bench/triage.py, not a specification), and a verdict says which phrases decided it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ajar.actions.scan import classify_raw
from ajar.formats.mail import draft_rejection
from ajar.formats.triage import KINDS, classify

TRIAGE = Path(__file__).parent / "fixtures" / "triage"
ROWS = [row for row in csv.DictReader((TRIAGE / "labels.csv").open(encoding="utf-8"))
        if row["split"] not in ("blind", "fresh")]
ME = frozenset({"alex.morgan@example.net"})


def test_the_corpus_is_what_the_issue_asks_for() -> None:
    every = list(csv.DictReader((TRIAGE / "labels.csv").open(encoding="utf-8")))
    assert len(every) >= 100
    rejections = sum(row["kind"] == "rejection" for row in every)
    assert 0.4 <= rejections / len(every) <= 0.6
    assert {row["kind"] for row in every} == set(KINDS)
    for row in every:
        assert (TRIAGE / row["file"]).is_file(), row["file"]


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_kind_and_fields(row: dict[str, str]) -> None:
    raw = (TRIAGE / row["file"]).read_bytes()
    verdict = classify_raw(raw)[1]
    assert verdict.kind == row["kind"], verdict.because
    assert 0 <= verdict.confidence <= 1 and verdict.because
    if row["kind"] == "rejection":
        draft = draft_rejection(raw, row["file"], ME)
        person = draft.person.name if draft.person else ""
        assert (draft.company, draft.role or "", draft.stage or "", person) == (
            row["company"], row["role"], row["stage"], row["person"])


def test_a_verdict_names_the_phrases_that_decided() -> None:
    verdict = classify("Your application", "Unfortunately we regret to inform you that we"
                       " will not be moving forward with your application.")
    assert verdict.kind == "rejection" and verdict.confidence > 0.9
    assert any("regret to inform" in reason for reason in verdict.because)
    flight = classify("Your flight", "Unfortunately your flight has been cancelled.")
    assert flight.kind == "other"
    paper = classify("Your submission", "We regret to inform you that your paper was not"
                     " accepted for presentation. We received many applications this year.")
    assert paper.kind == "other" and any("paper" in r for r in paper.because), paper
    assert classify("Hi", "See you at the barbecue on Sunday!").because == [
        "no job-search words"]
