"""Thirty-third pass (person): an organisation, a board's domain or a Japanese letter's
closing word is nobody to write to; a firm in brackets after a name and an Afrikaans "Mev."
before it leave the name (``mail_person.settled_name``)."""

from __future__ import annotations

import pytest

from ajar.formats.mail_person import settled_name


@pytest.mark.parametrize("name", [
    "Unit Pengambilan Bank Cahaya", "Werkzoeken.nl", "Karoo Onderlinge Loopbane",
    "Θάλπος Διαγνωστικά Κέντρα", "충청과학기술대학교 교무처", "国立先端材料研究機構 人材開発室", "以上",
])
def test_an_organisation_or_a_closing_word_is_nobody(name: str) -> None:
    assert settled_name(name, None, None, [], "") is None


@pytest.mark.parametrize(("name", "settled"), [
    ("高橋 由佳（キャリアブリッジ）", "高橋 由佳"),
    ("Ana Lima (Recrutamento)", "Ana Lima"),
    ("Mev. Ilse Gariseb", "Ilse Gariseb"),
    ("Mnr. Pieter Botha", "Pieter Botha"),
    ("Maya Lindholm", "Maya Lindholm"),
])
def test_a_bracket_or_a_title_leaves_the_name(name: str, settled: str) -> None:
    assert settled_name(name, None, None, [], "") == settled
