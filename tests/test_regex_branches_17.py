"""The triage gate's words grouped by first letter: the same matches, found with fewer
comparisons (regex_branches)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ajar.formats import triage, triage_languages
from ajar.formats.regex_branches import _top_level, by_first_letter

CORPUS = Path(__file__).resolve().parent / "fixtures" / "triage"
HEAD, TAIL = "(?<!\\w)(?:", ")\\b"

TEXTS = [
    "the work samples and writing samples, or samples alone; sample",
    "we gave it to another candidate. the brief, this brief, our briefs",
    "applied applying application applications appliedx xapplied",
    "kitchen staff kitchen porter kitchenette, counter help, a shop job",
    "the first round, the next stages; final stage; further roundabout",
    "abd acd ad, a b c, ab-cd, the quote, your quote, their quote",
    "",
]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [found.span() for found in pattern.finditer(text)]


def test_grouped_words_find_the_same_matches() -> None:
    source = (HEAD + "applied|applications?|a(?:b|c)d|(?:work |writing )?samples|"
              "(?:the|this|our) brief|(?:counter|kitchen|shop) (?:staff|help|job)|kitchen|"
              "(?:first|next|final|further) (?:round|stage)s?|(?:the|your) quote|"
              "(?:offered|gave) (?:it )?to another" + TAIL)
    grouped = by_first_letter(source)
    assert grouped != source
    assert all(re.fullmatch(r"[^()|\\]\(\?:.*\)", part, re.S)
               for part in _top_level(grouped[len(HEAD):-len(TAIL)]))
    for text in TEXTS:
        assert spans(re.compile(grouped), text) == spans(re.compile(source), text), text


def test_the_languages_job_words_match_alike_on_the_corpus() -> None:
    source = HEAD + triage_languages.JOB_WORDS + TAIL
    grouped = re.compile(by_first_letter(source))
    assert grouped.pattern != source
    plain = re.compile(source)
    for path in sorted(CORPUS.glob("*/*.eml")):
        text = path.read_text(encoding="utf-8", errors="replace").lower()
        assert spans(grouped, text) == spans(plain, text), path


@pytest.mark.parametrize("source", [
    HEAD + "apple|\\w+ job" + TAIL,  # an escape opens an alternative
    HEAD + "apple|[bc]at" + TAIL,  # a class
    HEAD + "apple|(?:b|c)+at" + TAIL,  # a repeated group
    HEAD + "apple|(?=x)xyz" + TAIL,  # a look-ahead
    HEAD + "apple|a?pple" + TAIL,  # a quantified first letter
    HEAD + "apple|(?:|b)at" + TAIL,  # an empty alternative
    HEAD + "apple)|(?:pear" + TAIL,  # the head's group closes early
    "apple|pear",  # no head
])
def test_a_form_not_handled_is_left_as_it_is(source: str) -> None:
    assert by_first_letter(source) == source


def test_the_gate_is_grouped() -> None:
    """A form regex_branches does not handle added to triage's _JOB_CONTEXT leaves the gate
    ungrouped (right, but three times slower on every message): rewrite it, or teach
    regex_branches the form."""
    parts = _top_level(triage._JOB_CONTEXT.pattern[len(HEAD):-len(TAIL)])
    assert len(parts) < 80
    assert all(re.fullmatch(r"[^()|\\]\(\?:.*\)", part, re.S) for part in parts)
