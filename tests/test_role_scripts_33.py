"""Thirty-third pass (role): the post as Japanese and Korean academic and research letters
name it (``formats/mail_title_scripts.py``), and an English academic title with its field
after "position in" (``mail_fields.with_field``).

* a Japanese academic or research post with its bracketed field before its call
  ("応用化学専攻 助教（固体化学分野）の公募"), a recruiter's "ポジション：" line;
* a Korean academic rank or research post before "채용에" or a numbered stage, without "this"
  or "our hotel" before it, and a job board's table line without a colon, whose bracketed
  specialty after "채용" stays while a bracket of years goes;
* "the Assistant Professor position in Materials Chemistry", but not "the Lecturer post in
  Leeds".

Every wording is new (none is copied from the corpus).
"""

from __future__ import annotations

import pytest
from helpers import letter

from ajar.formats.mail import draft_rejection
from ajar.formats.mail_fields import with_field
from ajar.formats.mail_title_scripts import title_in_script, title_on_script_card

ME = frozenset({"alex.morgan@example.net"})


@pytest.mark.parametrize(("text", "title"), [
    ("このたびは、北陸理科大学大学院理工学研究科 准教授（高分子化学分野）の公募にご応募いただき、"
     "ありがとうございました。", "准教授（高分子化学分野）"),
    ("先日は特任助教（計算材料科学）の面接にお越しいただき、ありがとうございました。",
     "特任助教（計算材料科学）"),
    ("지원하신 화학과 부교수 (유기화학 분야) 1단계 서류심사 결과를 알려드립니다.",
     "부교수 (유기화학 분야)"),
    ("지난달 품질보증팀 책임연구원 채용에 지원해 주셔서 감사합니다.", "품질보증팀 책임연구원"),
    ("아쉽지만 이번 배터리소재 연구원 포지션은 진행하기 어렵게 되었습니다.", "배터리소재 연구원"),
    ("저희 병원 시설관리 매니저 채용에 관심을 가져 주셔서 감사합니다.", "시설관리 매니저"),
])
def test_a_post_named_in_a_japanese_or_korean_letter(text: str, title: str) -> None:
    assert title_in_script("", text) == title


@pytest.mark.parametrize(("card", "title"), [
    ("ポジション：研究開発職（電池材料）\n結果：見送り", "研究開発職（電池材料）"),
    (" 공고명  [경력] 생산기술팀 선임연구원 채용 (표면처리)\n 결과  불합격",
     "생산기술팀 선임연구원 (표면처리)"),
    ("■ 공고명: [경력] 물류 분석가 채용 (3~5년)", "물류 분석가"),
])
def test_a_job_card_line_names_the_post(card: str, title: str) -> None:
    assert title_on_script_card(card) == title


@pytest.mark.parametrize(("role", "text", "expected"), [
    ("Assistant Professor", "we cannot offer you the Assistant Professor position in Materials "
     "Chemistry.", "Assistant Professor in Materials Chemistry"),
    ("Lecturer", "the Lecturer post in Inorganic and Solid State Chemistry (Teaching Track)",
     "Lecturer in Inorganic and Solid State Chemistry"),
    ("Lecturer", "the Lecturer post in Leeds has been filled.", "Lecturer"),
    ("Data Engineer", "the Data Engineer position in Platform Services", "Data Engineer"),
])
def test_an_academic_field_after_position_in(role: str, text: str, expected: str) -> None:
    assert with_field(role, text) == expected


def test_a_korean_academic_letter_end_to_end() -> None:
    raw = letter("교원인사팀 <faculty@saebit.example.org>", "[새빛과학기술원] 신임교원 초빙 심사 결과 안내",
                 "Alex Morgan 님께\n\n귀하께서 지원하신 에너지공학과 조교수 (이차전지 분야) "
                 "1단계 서류심사 결과, 아쉽게도 2단계 심사 대상자로 선정되지 않으셨음을 "
                 "알려드립니다.\n\n새빛과학기술원 교원인사팀")
    assert draft_rejection(raw, "x", ME).role == "조교수 (이차전지 분야)"
