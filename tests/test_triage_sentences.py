"""The hand-written training sentences stay clean as files are added: no sentence twice."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from ajar.formats import triage_model

HERE = Path(__file__).resolve().parents[1] / "train" / "triage"


def _lines() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(HERE.glob("*_sentences*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                found.append((path.name, number, line.strip()))
    return found


def test_there_are_sentence_files_of_both_labels() -> None:
    names = {name for name, _, _ in _lines()}
    assert {"rejection_sentences.txt", "other_sentences.txt"} <= names
    assert any(n.startswith("rejection_sentences_") for n in names)
    assert any(n.startswith("other_sentences_") for n in names)


def test_no_sentence_is_written_twice_or_labelled_both_ways() -> None:
    """Two lines the model reads as the same words would count double, or cancel out."""
    seen: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name, number, line in _lines():
        seen[tuple(triage_model.tokens(line))].append(f"{name}:{number}")
    repeated = {" ".join(words): where for words, where in seen.items() if len(where) > 1}
    assert not repeated


def test_every_line_of_the_voices_files_is_one_sentence() -> None:
    """A line the model would cut in two would train on half a sentence."""
    cut = [(name, number) for name, number, line in _lines()
           if name.endswith("_voices.txt") and len(triage_model.sentences(line)) != 1]
    assert not cut
