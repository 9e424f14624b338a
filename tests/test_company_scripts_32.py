"""Thirty-second pass, after opening fresh111-115: a Korean or Japanese organisation signed
with its unit, desk or the writer's rank, a form's label before it, or a graduate school
run on after its university, is read as the organisation alone."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from ajar.formats.company_scripts import without_unit_in_script
from ajar.formats.mail import draft_rejection

ME = frozenset({"alex.morgan@example.net"})


@pytest.mark.parametrize(("signed", "organisation"), [
    ("한빛과학기술원 교원", "한빛과학기술원"),
    ("한국소재융합연구원 인재경영실", "한국소재융합연구원"),
    ("동광화학 주식회사 인사팀 과장", "동광화학 주식회사"),
    ("浜名湖理科大学 総務部", "浜名湖理科大学"),
    ("関西工業大学 応用化学専攻", "関西工業大学"),
    ("北斗大学大学院理学研究院 化学部門 教授", "北斗大学"),
    ("기업명 (주)한결소재", "(주)한결소재"),
    # what stays must end as an organisation: a ministry is no unit of a country
    ("대한민국 국토교통부", "대한민국 국토교통부"),
    ("Acme Ltd", "Acme Ltd")])
def test_the_unit_rank_or_label_leaves(signed: str, organisation: str) -> None:
    assert without_unit_in_script(signed) == organisation


def _eml(sender: str, subject: str, text: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Alex Morgan <alex.morgan@example.net>"
    message["Subject"] = subject
    message["Date"] = "Mon, 09 Nov 2026 10:00:00 +0900"
    message.set_content(text)
    return bytes(message)


def test_a_korean_letter_signed_with_the_writer_s_rank() -> None:
    raw = _eml("채용담당 <recruit@seomun-chem.example.com>", "[서문화학] 채용 결과 안내",
               "Alex Morgan 님께,\n\n서문화학 연구직 채용에 지원해 주셔서 감사합니다. 아쉽게도 "
               "이번 채용에서는 합격하지 못하셨음을 알려드립니다.\n\n서문화학 주식회사 인사팀 과장\n"
               "김민준 드림")
    assert draft_rejection(raw, "x", ME).company == "서문화학"


def test_a_japanese_letter_signed_by_a_university_s_office() -> None:
    raw = _eml("総務部 <soumu@mizunami-u.example.ac.jp>", "公募選考結果のお知らせ",
               "Alex Morgan 様\n\nこのたびは本学の教員公募にご応募いただき、誠にありがとうございました。"
               "慎重に選考いたしました結果、誠に残念ながら今回は採用を見送らせていただくことと"
               "なりました。\n\n瑞浪科学大学 総務部")
    assert draft_rejection(raw, "x", ME).company == "瑞浪科学大学"
