"""Twenty-fifth pass: the posting's full name, employers named in scripts, quiet noes heard.

A sender writes a tail inside the posting's name ("… – Press Shop (R-0048817)", "the Senior
Midwife, Labour & Delivery role") that no field lexicon knows; a French or Slovak employer's
name is in sentence case ("Groupe financier Valmont"); a Korean job board labels its card
("■ 기업명: …"), a Korean recruiter signs "김서연 드림"; an Arabic hospital writes its name in
Arabic and sends from a domain that romanises it; a Polish title runs on after "ds."; a
Japanese or Chinese letter names the post by its head before an interview or a bracket.
Every letter below is written anew (invented names, reserved example domains).
"""

from __future__ import annotations

import pytest

from ajar.formats import triage
from ajar.formats.company_scripts import (arabic_names_of_domain, desk_holders_in_script,
                                          signed_in_script)
from ajar.formats.company_words import opens_as_organisation
from ajar.formats.mail import draft_rejection
from ajar.formats.mail_title_posting import with_posting_tail
from ajar.formats.mail_title_scripts import title_in_script, title_on_script_card
from ajar.formats.mail_titles import gender_forms_out, read_title
from ajar.formats.romanised import spells_domain_in_arabic, spells_domain_romanised
from helpers import letter

ME = frozenset({"alex.morgan@example.net"})


def _draft(sender: str, subject: str, body: str):
    return draft_rejection(letter(sender, subject, body, message_id="<scripts25@example.com>"),
                           "scripts25.eml", ME)


# --- the model's voice --------------------------------------------------------------------

def test_the_model_speaks_from_its_floor_and_outweighs_the_prior_below_certainty() -> None:
    # a sentence heard at 0.55 now weighs more than "other"'s prior on its own
    heard = triage.MODEL_WEIGHT * (0.55 - triage.MODEL_FLOOR) / (1 - triage.MODEL_FLOOR)
    assert heard > triage.OTHER_PRIOR
    unheard = triage.MODEL_WEIGHT * (0.45 - triage.MODEL_FLOOR) / (1 - triage.MODEL_FLOOR)
    assert unheard < triage.OTHER_PRIOR


# --- the tail written inside the posting's name -------------------------------------------

@pytest.mark.parametrize("role,texts,company,expected", [
    ("Line Supervisor", ["Your application: Line Supervisor – Paint Shop (R-0071234)"], "Kestrel",
     "Line Supervisor – Paint Shop"),
    ("Charge Nurse", ["we won't be progressing you for the Charge Nurse, Cardiac Step-Down role."],
     None, "Charge Nurse, Cardiac Step-Down"),
    ("Analyste principal", ["au poste d'Analyste principal, Trésorerie mondiale (R0088812)."],
     None, "Analyste principal, Trésorerie mondiale"),
    ("Field Engineer", ["applying for **Field Engineer – Fibre Access** in Muscat"], None,
     "Field Engineer – Fibre Access"),
    # a place, the employer, hours, a grade or the process after the title still leave
    ("Field Engineer", ["Field Engineer – Murcia (R-0071234)"], None, "Field Engineer"),
    ("Field Engineer", ["Field Engineer - Sucursal Norte (R-0071234)"], None, "Field Engineer"),
    ("Line Supervisor", ["Line Supervisor – Kestrel Foods (R-0071234)"], "Kestrel Foods",
     "Line Supervisor"),
    ("Line Supervisor", ["Line Supervisor - Night Shift (R-0071234)"], None, "Line Supervisor"),
    ("Line Supervisor", ["Line Supervisor - Application Update (R-0071234)"], None,
     "Line Supervisor"),
    ("Line Supervisor", ["the Line Supervisor - Vollzeit role"], None, "Line Supervisor"),
    # no evidence of the posting's name: the tail is left to the field readers
    ("Line Supervisor", ["Line Supervisor - Paint Shop"], None, "Line Supervisor"),
    ("Line Supervisor", ["the Line Supervisor, as we discussed, role"], None, "Line Supervisor"),
])
def test_a_tail_written_inside_the_postings_name_stays(role: str, texts: list[str],
                                                       company: str | None,
                                                       expected: str) -> None:
    assert with_posting_tail(role, texts, company) == expected


def test_a_tail_in_a_place_the_letter_names_leaves() -> None:
    texts = ["Quality Engineer – Tarragona (R-0071234)", "the plant in Tarragona"]
    assert with_posting_tail("Quality Engineer", texts, None) == "Quality Engineer"


def test_an_ats_letter_keeps_the_shop_in_the_title() -> None:
    draft = _draft("Corvale Automotive Careers <corvale@myworkday.example.com>",
                   "Your application for Maintenance Planner – Body Shop (R-0051177)",
                   "Dear Alex,\n\nThank you for meeting our team in Győr. After careful "
                   "consideration, we have decided to move forward with another candidate.\n\n"
                   "Kind regards,\nTalent Acquisition Team\nCorvale Automotive Components Kft.\n")
    assert draft.role == "Maintenance Planner – Body Shop"


# --- employers written in sentence case, on cards, by desks and in Arabic -----------------

@pytest.mark.parametrize("name,expected", [
    ("Groupe financier Valmont", True), ("Caisse populaire Sorel", True),
    ("Vodárenská spoločnosť Stredný Hron", True), ("Banco regional Andino", True),
    ("Thank you for applying", False), ("Groupe de travail", False), ("Valmont", False),
])
def test_a_name_opened_by_its_kind_is_no_sentence(name: str, expected: bool) -> None:
    assert opens_as_organisation(name) is expected


def test_a_french_employer_in_sentence_case_is_the_company() -> None:
    draft = _draft("Caisse populaire Sorel <caissesorel@myworkday.example.com>",
                   "Mise à jour de votre candidature - Conseiller principal (R0041188)",
                   "Bonjour Alex Morgan,\n\nNous vous remercions d'avoir postulé au poste de "
                   "Conseiller principal. Le poste a été comblé à l'interne.\n\n"
                   "L'équipe Acquisition de talents\n")
    assert draft.company == "Caisse populaire Sorel"


def test_a_korean_job_boards_card_names_employer_and_post() -> None:
    draft = _draft("잡마켓 <noreply@mail.jobmarket.example.com>",
                   "[잡마켓] (주)청솔물산 입사지원 결과 안내",
                   "Alex Morgan 님, 안녕하세요.\n잡마켓을 통해 지원하신 공고의 결과를 안내드립니다.\n\n"
                   "■ 기업명: (주)청솔물산\n■ 공고명: [경력] 수출입 물류 담당자 채용 (2~5년)\n"
                   "■ 전형결과: 서류 불합격\n\n아쉽게도 이번 채용에서는 함께하지 못하게 되었습니다.\n")
    assert draft.company == "청솔물산"
    assert draft.role == "수출입 물류 담당자"


@pytest.mark.parametrize("text,expected", [
    ("■ 공고명: [신입] 품질관리 엔지니어 채용 (서울)", "품질관리 엔지니어"),
    ("募集職種：在庫管理スタッフ", "在庫管理スタッフ"),
    ("职位名称：采购工程师", "采购工程师"),
    ("Dear Alex, thank you", None),
])
def test_a_script_cards_post_line_names_the_post(text: str, expected: str | None) -> None:
    assert title_on_script_card(text) == expected


def test_a_korean_recruiter_who_signs_her_name_is_no_employer() -> None:
    body = ("안녕하세요. 한들정밀 인사팀 박지은입니다.\n\n1차 면접에 참여해 주셔서 감사합니다. 다만 "
            "내부 사정으로 해당 포지션의 채용이 취소되었습니다.\n\n감사합니다.\n\n박지은 드림\n"
            "한들정밀(주) 인사팀 | 채용 담당 대리\n")
    assert signed_in_script(body) == ["박지은", "박지은"]
    assert desk_holders_in_script(body) == ["한들정밀"]
    draft = _draft("박지은 <jieun.park@handeul.example.com>", "면접 결과 안내", body)
    assert draft.company == "한들정밀"
    assert draft.person is not None and draft.person.name == "박지은"


@pytest.mark.parametrize("word,token,expected", [
    ("المروج", "almuruj", True), ("الواحة", "alwaha", True), ("القلعة", "alqalaa", True),
    ("الفنار", "alfanar", True), ("المنار", "alfanar", False), ("الصحة", "alwaha", False),
    ("المروج", "mrj", False),  # too short a token to tell anything by
])
def test_an_arabic_word_matches_a_domain_by_its_consonants(word: str, token: str,
                                                          expected: bool) -> None:
    assert spells_domain_in_arabic(word, token) is expected


def test_an_arabic_name_is_matched_whole_and_found_in_the_letter() -> None:
    assert spells_domain_romanised("مستشفى الريان التخصصي", "alrayyan hospital")
    text = "نشكركم على التقدم لوظيفة ممرض في مستشفى الريان التخصصي بالرياض."
    assert arabic_names_of_domain(text, ["alrayyan", "hospital"]) == ["مستشفى الريان التخصصي"]
    assert arabic_names_of_domain(text, ["northwind"]) == []


def test_an_arabic_hospital_is_the_company_not_its_domain_nor_its_ward() -> None:
    draft = _draft("مستشفى الريان التخصصي <careers@alrayyan-hospital.example.com>",
                   "نتيجة طلب التوظيف",
                   "الأستاذة أليكس،\n\nنشكركم على التقدم لوظيفة ممرض/ة أول في مستشفى الريان "
                   "التخصصي. نأسف لإبلاغكم بأنه لم يتم اختياركم لهذه الوظيفة.\n\nمع التحية،\n"
                   "وحدة العناية المركزة للبالغين\nمستشفى الريان التخصصي\n")
    assert draft.company == "مستشفى الريان التخصصي"
    assert gender_forms_out("ممرض/ة أول") == "ممرض أول"


# --- titles in Polish, Japanese and Chinese ------------------------------------------------

@pytest.mark.parametrize("text,title", [
    ("Mistrz ds. utrzymania ruchu w zakładzie", "Mistrz ds. utrzymania ruchu"),
    ("Specjalista ds. zakupów.", "Specjalista ds. zakupów"),
    ("Kierownik ds. sprzedaży, z którym", "Kierownik ds. sprzedaży"),
])
def test_a_polish_title_runs_on_after_ds(text: str, title: str) -> None:
    assert read_title(text) == title


@pytest.mark.parametrize("text,title", [
    ("このたびは、当社の求人「品質保証担当（食品事業部）」にご応募いただき", "品質保証担当（食品事業部）"),
    ("先日はご多忙のところ、購買担当（電子部品）の一次面接にお越しいただき", "購买担当（電子部品）".replace("买", "買")),
    ("上周推荐你的那个职位（华南一家家电客户的海外采购经理），客户给了反馈。", "海外采购经理"),
    ("先日の面接にお越しいただき", None),  # a time, not a post
])
def test_japanese_and_chinese_letters_name_the_post_by_its_head(text: str,
                                                                title: str | None) -> None:
    assert title_in_script("", text) == title


def test_a_chinese_signature_title_is_no_company() -> None:
    draft = _draft("吴嘉怡 <jiayi.wu@heyue-talent.example.com>", "海外采购经理职位 — 客户反馈",
                   "Alex 你好，\n\n上周推荐你的那个职位（华南一家家电客户的海外采购经理），客户决定不安排面试了。"
                   "\n\n吴嘉怡\n资深顾问 | 消费品事业部\n")
    assert draft.company != "资深顾问"
    assert draft.role == "海外采购经理"
