"""Thirty-fifth pass: the mbox is split in blocks, not lines (it was the slowest part of a
scan). These tests hold the block splitter to what a line-by-line reading gives, on mboxes
built to break it: "From " across a block's edge, CRLF lines, escaped ">From ", text
before the first message, a "From " line without an end, messages past the size cut, and
lines far longer than a block."""

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
