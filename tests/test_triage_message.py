"""The whole-message model (thirty-first pass): trained reproducibly, shipped, heard as one
voice for or against a rejection, and named in the verdict's reasons."""

from __future__ import annotations

import json
import re

import pytest

from ajar.formats import triage, triage_message, triage_model
from helpers import training_script

SILENT = triage_model.Model(0.0, {})
PANEL_NO = ("Your application", "Dear Alex,\n\nThank you for attending the assessment centre "
            "last Thursday and for the presentation you gave to the panel. We have now "
            "completed the selection process and on this occasion you have not been appointed "
            "to the post. The panel would be happy to give feedback by telephone.\n\n"
            "Recruitment Team\nHarbourside Housing Association")
# a borderline note: a no the rules hear only faintly, about something that may be a job
FAINT = ("Saturday", "Hi Alex, thanks for the samples and for driving all the way out to "
         "the bakery on Saturday morning. Everyone enjoyed the rye loaves and the sourdough "
         "starter story. I'm afraid we've gone another way for the shop this season, with "
         "someone from the village who can open up at five every day.\n\nMarta")


def test_the_shipped_weights_are_a_fresh_training_run() -> None:
    train = training_script("triage")
    messages = train.corpus()
    assert train.dump(train.train_message(messages), "whole-message") == \
        triage_message.WEIGHTS.read_text(encoding="utf-8"), "run: python train/triage/train.py"
    data = json.loads(triage_message.WEIGHTS.read_text(encoding="utf-8"))
    # 21k at 110 splits (a 400 KB file), 41k at 215 (730 KB), 61k at 314: it grows with the
    # corpus, about 190 weights a split; a jump far past that line is a bug in the features
    splits = len(train.TRAIN_SPLITS)
    assert 1_000 < len(data["weights"]) < 250 * splits


def test_features_mark_the_subject_and_share_long_words_by_their_first_letters() -> None:
    found = triage_message.features("Absage 2026 Kandidatin", "Wir haben uns für eine andere "
                                    "Kandidatin entschieden, 2026.")
    assert {"S:absag", "S:kandidatin", "^kandi", "^entsc", "ander"} <= found
    assert not any(word[2:].isdigit() for word in found if word.startswith("S:"))
    assert not any(word.isdigit() for word in found)
    assert "wir" not in found  # a little word says nothing of what a letter is about
    assert "bewerbung" not in triage_message.features("", "Ihre Bewerbung")  # nor a topic word


def _sure(bias: float, subject: str, text: str) -> triage_model.Model:
    """A model that knows every word of the message and reads it by its bias alone."""
    return triage_model.Model(bias, dict.fromkeys(triage_message.features(subject, text), 0.0))


def test_the_message_voice_adds_to_or_takes_from_a_rejection() -> None:
    subject, text = FAINT
    sure_no, sure_not = _sure(6.0, subject, text), _sure(-6.0, subject, text)
    silent = triage.classify(subject, text, "marta@example.com", message_model=SILENT)
    pushed = triage.classify(subject, text, "marta@example.com", message_model=sure_no)
    pulled = triage.classify(subject, text, "marta@example.com", message_model=sure_not)
    assert pushed.scores["rejection"] > silent.scores["rejection"] > pulled.scores["rejection"]
    assert pushed.scores["rejection"] - silent.scores["rejection"] <= triage.MESSAGE_WEIGHT
    assert silent.scores["rejection"] - pulled.scores["rejection"] == \
        pytest.approx(triage.MESSAGE_WEIGHT, abs=0.05)  # a sure "about something else"


def test_a_line_or_two_or_unknown_words_say_nothing() -> None:
    """A one-line no keeps its verdict: too few words to read what else it is about; and a
    letter in words the model never saw is not judged by its bias alone."""
    text = "Your profile does not match what we are looking for in this role."
    assert len(triage_message.features("Your application", text)) < triage.MESSAGE_WORDS
    sure_not = _sure(-6.0, "Your application", text)
    assert triage.classify("Your application", text, message_model=sure_not).kind == "rejection"
    subject, long_text = FAINT
    stranger = triage_model.Model(-6.0, {"unrelated": 0.0})  # knows none of its words
    assert triage.classify(subject, long_text, message_model=stranger).scores == \
        triage.classify(subject, long_text, message_model=SILENT).scores


def test_the_verdict_names_the_whole_message_and_its_words() -> None:
    subject, text = PANEL_NO
    verdict = triage.classify(subject, text, "hr@example.com")
    assert verdict.kind == "rejection"
    said = [reason for reason in verdict.because if "on the whole message" in reason]
    assert said and re.fullmatch(r"model [01]\.\d\d on the whole message \(\w.*\) \+[\d.]+",
                                 said[0]), verdict.because


def test_a_missing_weights_file_leaves_the_rules_and_the_sentence_model(tmp_path,
                                                                        monkeypatch) -> None:
    monkeypatch.setattr(triage_message, "WEIGHTS", tmp_path / "absent.json")
    triage_message.shipped.cache_clear()
    try:
        assert triage_message.shipped() is None
        subject, text = PANEL_NO
        assert triage.classify(subject, text, "hr@example.com").kind == "rejection"
    finally:
        triage_message.shipped.cache_clear()
