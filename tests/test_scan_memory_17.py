"""The word lists behind run-together names: loaded only when a name needs them, and only
their common words held (the same splits for a seventh of the memory)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from spellchecker import SpellChecker

from ajar.formats import company_spelling, word_list

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_common_words_are_the_checkers_own(language: str) -> None:
    everything = SpellChecker(language=language, distance=1).word_frequency.dictionary
    common = {word: count for word, count in everything.items() if count >= word_list.COMMON}
    assert word_list._frequencies(language) == common
    assert word_list._common_from_the_checker(language) == common


def test_a_rarer_word_reads_as_never_seen() -> None:
    everything = SpellChecker(language="es", distance=1).word_frequency.dictionary
    rare = next(word for word, count in everything.items() if 0 < count < word_list.COMMON)
    assert word_list.frequency(rare, "es") == 0
    assert word_list.frequency("gracias", "es") == everything["gracias"]
    assert word_list.frequency("not-a-word-at-all", "es") == 0


def test_no_split_needs_a_word_rarer_than_the_list_keeps() -> None:
    """Splitting a name asks only whether a word is seen COMMON times or more."""
    assert company_spelling._COMMON >= word_list.COMMON


def test_a_scan_of_everyday_mail_loads_no_word_list(tmp_path: Path) -> None:
    mbox = tmp_path / "inbox.mbox"
    mbox.write_bytes(
        b"From MAILER-DAEMON Mon Jun  1 00:00:00 2026\n"
        b"From: Garden Club <news@club.example.com>\nTo: alex@example.net\n"
        b"Subject: Spring planting\nContent-Type: text/plain\n\nBulbs are on sale this week.\n\n"
        b"From MAILER-DAEMON Mon Jun  1 00:00:00 2026\n"
        b"From: Jobs <jobs@acme.example.com>\nTo: alex@example.net\n"
        b"Subject: We received your application\nContent-Type: text/plain\n\n"
        b"Thank you for applying to the Data Analyst role. We have received your"
        b" application and will review it.\n\n")
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT / "plugin")!r})
        from pathlib import Path
        from ajar.actions.scan import scan
        from ajar.formats import word_list
        from ajar.formats.mail_sources import mbox_messages
        kinds = [item.record["kind"] for item in scan(mbox_messages(Path({str(mbox)!r})), None)]
        print(kinds, "spellchecker" in sys.modules, word_list._frequencies.cache_info().currsize)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "['other', 'acknowledgement'] False 0"
