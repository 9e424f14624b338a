"""Thirty-fifth pass: a scan made faster without changing what it reads.

Each quick path is held to the slow one it replaced: the mbox split in blocks to a
line-by-line reading (on mboxes built to break it: "From " across a block's edge, CRLF
lines, escaped ">From ", text before the first message, a "From " line without an end,
messages past the size cut, lines far longer than a block); the guarded patterns to the
plain ones; the word lists' quick reading to reading every entry; the title model's
per-line sums to the sum of each span's features."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ajar.formats import mail_sources
from ajar.formats.mail_sources import mbox_messages


def _by_lines(raw: bytes, limit: int) -> list[bytes]:
    """The messages of an mbox as a plain reading of its lines gives them."""
    messages: list[list[bytes]] = []
    for line in raw.splitlines(keepends=True):
        if line.startswith(b"From "):
            messages.append([])
        elif messages:
            messages[-1].append(re.sub(rb"^>(>*From )", rb"\1", line))
    out = []
    for lines in messages:
        if lines and not lines[-1].strip():
            lines = lines[:-1]
        out.append(b"".join(lines)[:limit + 1])
    return out


_PIECES = (b"From ", b"From a@b Mon\n", b">From x\n", b">>From y\n", b"\n", b"\r\n",
           b"Fro", b"m ", b"body text ", b"Subject: hi\n", b"\nFrom", b"  \n", b"F",
           b"From\n", b"x" * 40, b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\r\n")


@pytest.mark.parametrize("seed", range(300))
def test_blocks_split_as_lines_do(seed: int, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    limit = rng.choice((30, 100, 10_000))
    monkeypatch.setattr(mail_sources, "MAX_EMAIL_BYTES", limit)
    monkeypatch.setattr(mail_sources, "_KEEP", 2 * (limit + 1))
    monkeypatch.setattr(mail_sources, "_BLOCK", rng.choice((1, 2, 3, 5, 7, 16, 64)))
    raw = b"".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 120)))
    box = tmp_path / "box.mbox"
    box.write_bytes(raw)
    wanted = _by_lines(raw, limit)
    got = list(mbox_messages(box))
    if not wanted:
        assert len(got) == 1 and "no messages" in str(got[0][1])
        return
    assert [label for label, _ in got] == [f"{box}:{n}" for n in range(1, len(wanted) + 1)]
    for (_, message), expected in zip(got, wanted):
        if len(expected) <= limit:  # past the cut, a trailing blank line may stay or go
            assert message == expected
        else:
            assert message[:limit] == expected[:limit]


def test_a_line_longer_than_memory_allows_is_cut_not_held(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mail_sources, "MAX_EMAIL_BYTES", 1000)
    monkeypatch.setattr(mail_sources, "_KEEP", 2002)
    monkeypatch.setattr(mail_sources, "_BLOCK", 4096)
    box = tmp_path / "long.mbox"
    box.write_bytes(b"From a\nSubject: one\n\n" + b"y" * 3_000_000 + b"\nFrom b\nSubject: two\n\nok\n")
    got = [message for _, message in mbox_messages(box)]
    assert len(got) == 2
    assert len(got[0]) == 1001 and got[0].startswith(b"Subject: one\n\nyyy")
    assert got[1] == b"Subject: two\n\nok\n"


def test_progress_counts_every_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mail_sources, "_BLOCK", 10)
    box = tmp_path / "p.mbox"
    box.write_bytes(b"From a\n\nhello\n\nFrom b\n\nworld\n" * 7)
    told: list[int] = []
    assert len(list(mbox_messages(box, told.append))) == 14
    assert sum(told) == box.stat().st_size


@pytest.mark.parametrize("language", ["en", "es", "pt", "fr", "de", "it", "nl"])
def test_word_lists_read_fast_hold_what_reading_every_entry_gives(language: str) -> None:
    """The word lists' quick reading (only the common entries picked out) keeps every
    common word, the last entry of the list included."""
    import gzip
    import pkgutil

    from ajar.formats import word_list

    data = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    assert data
    text = gzip.decompress(data).decode("utf-8")
    assert word_list._frequencies(language) == word_list._common_by_entry(language, text)


def _corpus_views(limit: int) -> list[tuple[str, str, str]]:
    import csv

    from ajar.formats.mail_view import view

    triage = Path(__file__).parent / "fixtures" / "triage"
    rows = [row for row in csv.DictReader((triage / "labels.csv").open(encoding="utf-8"))
            if row["kind"] == "rejection"]
    picked = rows[::max(1, len(rows) // limit)][:limit]
    out = []
    for row in picked:
        seen = view((triage / row["file"]).read_bytes())
        out.append((seen.subject, seen.text, row["company"]))
    return out


_HARD_TITLES = [
    ("Re: 应聘 高级产品设计师（上海）", "您好，感谢您应聘高级产品设计师职位。", ""),
    ("Application - Senior Engineer - Senior Engineer II (Req 4471)",
     "Dear Alex,\nThank you for applying for Senior Engineer II (Platform) at Acme Labs.\n"
     "Senior Engineer, Senior Engineer and Engineer again.", "Acme Labs"),
    ("Visszajelzés - Raktárvezető", "Kedves Alex!\nA Raktárvezető – Budapest pozícióra", "Raktár"),
    ("", "", ""),
    ("((( ))) ---", "( ( (\n) ) )", "x"),
]


def test_title_scores_per_line_sum_what_each_spans_features_weigh() -> None:
    from ajar.formats import role_model

    model = role_model.shipped()
    assert model is not None
    for subject, opening, company in _HARD_TITLES + _corpus_views(300):
        slow = {span.text: model.score(span.features)
                for span in role_model.spans(subject, opening, company)}
        quick = role_model.span_scores(subject, opening, company, model.weights)
        assert quick.keys() == slow.keys()
        for text, score in slow.items():
            assert quick[text] == pytest.approx(score, abs=1e-9), (subject, text)


def test_guarded_patterns_match_where_the_plain_ones_do() -> None:
    from ajar.formats import mail_fields, mail_reason
    from ajar.formats.regex_needs import with_start_guard

    texts = [subject + "\n" + opening for subject, opening, _ in _corpus_views(300)]
    texts += ["面试 interview 最终面试", "(?!) \\b", "The final-round onsite was withdrawn.",
              "ſtep Kelvin K interview", "x" * 5000 + " interviewed"]
    plain = {stage: pattern for stage, pattern in mail_fields._STAGES}
    for stage, guarded in mail_fields._STAGES:
        assert guarded.pattern.startswith("(?=")  # each stage's alternation is guarded
        original = re.compile(guarded.pattern[guarded.pattern.index(")(?:") + 4:-1],
                              guarded.flags)
        for text in texts:
            assert [m.span() for m in guarded.finditer(text)] \
                == [m.span() for m in original.finditer(text)], (stage, text[:80])
    for cue in mail_reason._CUES[:40]:
        assert with_start_guard(cue) is not cue or not cue.pattern.startswith("(?=")
    del plain


@pytest.mark.parametrize("pattern, text, guarded", [
    (r"\bfoo|\bbar", "a foo and bar", True),
    (r"(?<!\w)x+|面试", "yx xx 面试", True),
    (r"(?:a|b)?c", "zc ac bc", True),  # an optional start: its letters and the next one
    (r"\Bx", "ax", False),
    (r"(?i:k)elvin", "Kelvin KELVIN", False),  # case-blind inside only
    (r"[^a]b|\bc", "xb c", False),
    (r"(?!)|\bq", "a q", True),
    (r"(?x) \b foo  # a comment", "foo", False),  # inline flags: left as it is
    (r"^re:|\bfwd", "re: x\nfwd", True),
])
def test_start_guard_keeps_matches(pattern: str, text: str, guarded: bool) -> None:
    from ajar.formats.regex_needs import with_start_guard

    for flags in (0, re.I, re.M):
        plain = re.compile(pattern, flags)
        quick = with_start_guard(plain)
        assert (quick is not plain) == guarded
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)]
