"""The words a triage rule cannot match without (regex_needs): a text holding none of them
is skipped, and a skip never hides a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ajar.formats import triage
from ajar.formats.mail_view import view
from ajar.formats.regex_needs import may_match, needed_words

CORPUS = Path(__file__).resolve().parent / "fixtures" / "triage"


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\bturned down for the (?:post|vacancy)\b", {"turned down for the "}),
    (r"\b(?:gave|handed) the (?:spot|slot) to\b", {" the s"}),  # "s" + "[pl]ot"
    (r"(?:won't|will not) be (?:hiring|recruiting)", {"hiring", "recruiting"}),
    (r"\bchose (?:an?other|someone else)\b", {"chose "}),
    (r"\b(?:an?other|someone else)\b", {"other", "someone else"}),
    (r"\b\w+ed down\b", {"ed down"}),
    (r"\b(?:hired|picked)(?: [\w-]+){0,3} elsewhere\b", {" elsewhere"}),
    (r"(?:not (?:be )?)+offering", {"offering"}),
])
def test_the_words_a_pattern_needs(pattern: str, words: set[str]) -> None:
    assert needed_words(re.compile(pattern)) == words


@pytest.mark.parametrize("pattern", [
    r"(?i)turned down",  # any case: "Turned" would match too
    r"turned (?i:down)|\bno\b",  # an alternative with no word of its own
    r"\b\w+ed\b",  # no literal of three letters
    r"(?:hired|picked)?\s+el?",  # optional or short
    r"a|b",
])
def test_no_words_when_a_match_may_lack_them(pattern: str) -> None:
    assert needed_words(re.compile(pattern)) is None


def test_a_group_in_any_case_gives_none_of_its_words() -> None:
    assert needed_words(re.compile(r"(?i:Position) has been filled")) == {" has been filled"}
    assert may_match(re.compile(r"(?i:Position) has been filled"), "POSITION has been filled")


def test_a_text_without_the_words_is_skipped_and_one_with_them_searched() -> None:
    rule = re.compile(r"\b(?:gave|handed) the (?:spot|slot) to\b")
    assert not may_match(rule, "we filled the role last week")
    assert may_match(rule, "we gave the slot to a colleague")
    assert may_match(rule, "at the slot machine")  # words present: the search decides


def test_every_rule_skipped_on_a_corpus_message_finds_nothing_there() -> None:
    texts = []
    for path in sorted(CORPUS.glob("dev/*.eml")) + sorted(CORPUS.glob("fresh4[1-5]/*.eml")):
        seen = view(path.read_bytes())
        texts.append(triage.triage_text(seen.subject, seen.text))
    skipped = 0
    for rule in triage.RULES:
        assert needed_words(rule.pattern) is not None, rule.pattern.pattern
        for text in texts:
            if not may_match(rule.pattern, text):
                skipped += 1
                assert rule.pattern.search(text) is None, (rule.pattern.pattern, text[:80])
    assert skipped > len(triage.RULES) * len(texts) // 2
