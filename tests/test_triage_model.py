"""The triage sentence model: used end to end by `ajar scan`, shipped in the package,
reproducible from the data in the repository, and bounded on huge input."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from ajar.formats import triage, triage_model
from helpers import make_project, run_ajar, training_script

ROOT = Path(__file__).resolve().parents[1]
ENV = {"AJAR_TODAY": "2027-01-10", "TZ": "UTC"}


def _training():  # noqa: ANN202
    return training_script("triage")


def test_the_shipped_weights_are_a_fresh_training_run() -> None:
    """Nobody edits the weights by hand: retraining gives the same file byte for byte."""
    train = _training()
    assert train.dump(train.train(train.corpus())) == triage_model.WEIGHTS.read_text(
        encoding="utf-8"), "run: python train/triage/train.py"
    data = json.loads(triage_model.WEIGHTS.read_text(encoding="utf-8"))
    # 20k at fifty splits, 32k at seventy with the twenty-fourth pass's sentences (a 641 KB
    # file, loaded once), 42.5k at eighty with the twenty-sixth's fourteen new languages (838
    # KB), 55.4k at ninety-five with the twenty-seventh's hard negatives (1.09 MB, still
    # loaded once); min count 3 would cut 40%; 65.6k at 130 splits (1.29 MB, read in 25 ms
    # once per process, thirty-fifth pass); 70.4k at 145 splits (1.39 MB, parsed in about 30 ms
    # once per process, thirty-seventh pass: the guard raised to 80k, not the min count);
    # 80.5k at 189 splits (1.59 MB, forty-third pass: the guard raised to 90k); 90.4k at 215
    # splits (1.8 MB, fiftieth pass: the guard raised to 100k); 102k at 250 splits (2.2 MB,
    # parsed in about 65 ms once per process, sixtieth pass: the guard raised to 115k); 115.3k
    # at 319 splits (2.5 MB, parsed in 77 ms once per process, seventy-second pass: about 360
    # weights a split since the sixtieth, so the guard is now 400 weights a training split)
    assert 500 < len(data["weights"]) < 400 * len(train.TRAIN_SPLITS)


def test_training_reads_only_the_allowed_splits(tmp_path: Path) -> None:
    train = _training()
    splits = {message.split for message in train.corpus()}
    assert splits == set(train.TRAIN_SPLITS)
    labels = tmp_path / "labels.csv"  # a split written later is never read, even if asked
    labels.write_text("file,split,kind,company,role,stage,person\n"
                      "later/1.eml,later,rejection,,,,\n", encoding="utf-8")
    train.TRIAGE = tmp_path
    assert train.corpus(("later",)) == []


def test_grouped_cross_validation_never_trains_on_the_group_it_measures(monkeypatch) -> None:
    """``--cv --folds 5``: every split is measured once, by a model that never read a
    message of its group (the authors a held-out group stands for)."""
    train = _training()
    groups = train.groups_of_splits(5)
    assert len(groups) == 5
    assert sorted(s for group in groups for s in group) == sorted(train.TRAIN_SPLITS)
    assert train.groups_of_splits(None) == [(s,) for s in train.TRAIN_SPLITS]
    messages = [train.Message(f"{s}/1.eml", s, kind, "Your application",
                              "We went with another candidate." if kind == "rejection"
                              else "Your interview is on Monday.", "hr@example.com")
                for s in train.TRAIN_SPLITS[:10] for kind in ("rejection", "interview")]
    trained_on: list[set[str]] = []
    monkeypatch.setattr(train, "train", lambda given: trained_on.append(
        {m.split for m in given}) or train.NO_MODEL)
    results = train.cross_validate(messages, folds=5)
    assert set(results) == set(train.TRAIN_SPLITS)
    assert len(trained_on) == 6  # the sentences-only model, then one per group
    for group, seen in zip(groups, trained_on[1:]):
        assert seen and not seen & set(group)


def test_training_reads_every_sentence_file(tmp_path: Path) -> None:
    """A new ``rejection_sentences*.txt`` or ``other_sentences*.txt`` drops in unedited."""
    train = _training()
    assert train.sentence_files("rejection_sentences")[0] == "rejection_sentences.txt"
    assert "other_sentences.txt" in train.sentence_files("other_sentences")
    for name in ("rejection_sentences.txt", "rejection_sentences_b.txt",
                 "rejection_sentences_a.txt", "other_sentences.txt", "notes.txt"):
        (tmp_path / name).write_text("# a comment\nWe went with someone else.\n",
                                     encoding="utf-8")
    train.HERE = tmp_path
    assert train.sentence_files("rejection_sentences") == [
        "rejection_sentences.txt", "rejection_sentences_a.txt", "rejection_sentences_b.txt"]
    assert train.sentence_files("other_sentences") == ["other_sentences.txt"]
    assert train.hand_written("rejection_sentences_a.txt") == ["We went with someone else."]


def _eml(folder: Path, name: str, sender: str, subject: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"From: {sender}\nTo: Alex Morgan <alex.morgan@example.net>\n"
                    f"Subject: {subject}\nDate: Tue, 05 Jan 2027 10:00:00 +0000\n"
                    f"Message-ID: <{name}@example.com>\nContent-Type: text/plain; "
                    f"charset=utf-8\n\n{body}\n", encoding="utf-8")
    return path


# A no worded like nothing the rules quote, and a near miss with the same mood.
UNQUOTED_NO = ("Hello Alex,\n\nThank you for the time you gave us over the last three weeks.\n\n"
               "We met a number of excellent people, and the panel has now settled on a "
               "different applicant, whose background in public-sector cloud migrations lines "
               "up with our roadmap for next year.\n\nWe were glad to meet you and would be "
               "happy to hear from you again.\n\nKind regards,\nTomasz Wisniewski\n"
               "Head of Architecture, Lindqvist Systems")
NEAR_MISS = ("Hello Alex,\n\nUnfortunately Tomasz is out on Tuesday, so the panel for the "
             "Solutions Architect role cannot meet you that day. Would Wednesday at 10:00 work "
             "instead?\n\nKind regards,\nIsla")


def test_scan_finds_a_no_the_rules_do_not_quote(tmp_path: Path) -> None:
    subject = "Our conversation about the Solutions Architect role"
    sender = "tomasz@lindqvist.example.com"
    assert triage.classify(subject, UNQUOTED_NO, sender,
                           model=triage_model.Model(-30.0, {})).kind != "rejection"
    project = make_project(tmp_path / "p")
    mail = tmp_path / "mail"
    mail.mkdir()
    no = _eml(mail, "no.eml", f"Tomasz Wisniewski <{sender}>", subject, UNQUOTED_NO)
    near = _eml(mail, "near.eml", "Isla Grant <isla@lindqvist.example.com>",
                "Solutions Architect - your interview", NEAR_MISS)
    result = run_ajar("scan", "--json", str(no), str(near), cwd=project, env=ENV)
    assert result.returncode == 0, result.stderr
    kinds = {Path(m["source"]).name: (m["kind"], m["confidence"])
             for m in json.loads(result.stdout)["messages"]}
    assert kinds["no.eml"][0] == "rejection" and kinds["no.eml"][1] > 0.5, kinds
    assert kinds["near.eml"][0] != "rejection", kinds
    text = run_ajar("scan", "--all", str(no), cwd=project, env=ENV)
    # the model's probability, printed to two places, may round up to 1.00
    assert re.search(r"model [01]\.\d\d on", text.stdout) and "settled on a" in text.stdout, \
        text.stdout


def test_the_model_keeps_quiet_on_conditions_quotes_and_other_subjects() -> None:
    for text in (
            "Thanks for applying for the role. If we decide to go with someone else, we will "
            "let you know by Friday.",
            "Our newsletter this week: 'they have settled on a different applicant' and what "
            "it means for your job search. Read more.",
            "Unfortunately the landlord has settled on a different applicant for the flat you "
            "viewed; your application and references will be deleted."):
        assert triage.classify("Update", text).kind != "rejection", text


def test_huge_input_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 5 MB single-line body is read no further than a normal message."""
    read: list[int] = []
    tokens = triage_model.tokens
    monkeypatch.setattr(triage_model, "tokens", lambda s: read.append(len(s)) or tokens(s))
    body = "We will not move your application for the role any further " * 90_000
    verdict = triage.classify("Your application", body[:5_000_000])
    assert verdict.kind == "rejection"
    assert sum(read) <= triage.MAX_TEXT
    assert len(triage_model.sentences("x " * 3_000_000 + ". y" * 1000)) <= \
        triage_model.MAX_SENTENCES


@pytest.mark.slow
def test_the_wheel_and_the_sdist_carry_the_weights(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(ROOT / "plugin", source / "plugin",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, source / name)
    out, backend = tmp_path / "out", tmp_path / "backend"
    out.mkdir()
    requires = re.findall(r'"([^"]+)"', re.search(r"requires = \[(.*?)\]", (
        ROOT / "pyproject.toml").read_text()).group(1))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--target", str(backend),
                    *requires], check=True, capture_output=True)
    subprocess.run([sys.executable, "-c",
                    "import sys; from setuptools import build_meta as b; out = sys.argv[1]; "
                    "b.build_wheel(out); b.build_sdist(out)", str(out)],
                   cwd=source, check=True, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(backend)})
    wheel = next(out.glob("*.whl"))
    assert "ajar/formats/triage_weights.json" in zipfile.ZipFile(wheel).namelist()
    with tarfile.open(next(out.glob("*.tar.gz"))) as sdist:
        assert any(name.endswith("plugin/ajar/formats/triage_weights.json")
                   for name in sdist.getnames())
