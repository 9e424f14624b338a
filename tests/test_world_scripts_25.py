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

import math

import pytest

from ajar.formats import triage_model
from ajar.formats.company_scripts import (arabic_names_of_domain, desk_holders_in_script,
                                          signed_in_script)
from ajar.formats.company_words import opens_as_organisation
from ajar.formats.mail import draft_rejection
from ajar.formats.mail_title_posting import with_posting_tail
from ajar.formats.mail_title_scripts import title_in_script, title_on_script_card
from ajar.formats.mail_titles import gender_forms_out, read_title
from ajar.formats.romanised import spells_domain_in_arabic, spells_domain_romanised
from ajar.formats.triage import classify
from helpers import letter

ME = frozenset({"alex.morgan@example.net"})


def _draft(sender: str, subject: str, body: str):
    return draft_rejection(letter(sender, subject, body, message_id="<scripts25@example.com>"),
                           "scripts25.eml", ME)


# --- the model's voice --------------------------------------------------------------------

def _model_hearing(sentence: str, certainty: float) -> triage_model.Model:
    """A model that hears ``sentence`` (and only it) as a no with ``certainty``."""
    found = triage_model.features(triage_model.tokens(sentence.lower()))
    bias = -12.0
    share = (math.log(certainty / (1 - certainty)) - bias) / len(found)
    return triage_model.Model(bias, {feature: share for feature in found})


QUIET = "Sadly the timing is not right for us to bring someone new in"


@pytest.mark.parametrize("certainty,kind", [(0.58, "rejection"), (0.45, "other")])
def test_a_sentence_the_model_hears_as_a_no_decides_on_its_own(certainty: float,
                                                               kind: str) -> None:
    # no rule's phrase, enough job words: the model's certainty alone decides, from its floor
    text = (f"Hi Alex,\n\nThanks for coming in to talk about the Line Cook position and "
            f"the kitchen team. {QUIET}.\n\nBest,\nMarta")
    verdict = classify("Line Cook position", text, "marta@bistro.example.com",
                       model=_model_hearing(QUIET, certainty))
    assert verdict.kind == kind, verdict.because


# --- the tail written inside the posting's name -------------------------------------------

@pytest.mark.parametrize("role,texts,company,expected", [
    ("Line Supervisor", ["Your application: Line Supervisor – Paint Shop (R-0071234)", ""],
     "Kestrel", "Line Supervisor – Paint Shop"),
    # a subject's post noun is no evidence: "Scaffolder - Docklands job" names a site
    ("Scaffolder", ["Re: Scaffolder - Docklands position", "cheers anyway"], None, "Scaffolder"),
    ("Marketing Intern", ["Re: Marketing Intern - Summer 2027", ""], None, "Marketing Intern"),
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
    subject, letter = texts if len(texts) == 2 else ("", texts[0])
    assert with_posting_tail(role, subject, letter, company) == expected


def test_a_tail_in_a_place_the_letter_names_leaves() -> None:
    assert with_posting_tail("Quality Engineer", "Quality Engineer – Tarragona (R-0071234)",
                             "the plant in Tarragona", None) == "Quality Engineer"


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


# --- the signer's name in other scripts ------------------------------------------------------

@pytest.mark.parametrize("ending,name", [
    ("نتمنى لك التوفيق.\nسلمى يوسف الحربي\nمديرة التوظيف\nمجموعة النخيل الطبية\n", "سلمى يوسف الحربي"),
    ("शुभकामनाओं सहित,\n(सुनीता देवी शर्मा)\nउप प्रबंधक (मानव संसाधन)\nगंगा जल निगम लिमिटेड\n",
     "सुनीता देवी शर्मा"),
    ("다시 한번 감사드립니다.\n이수민 대리 드림\n인사팀 | 한솔테크㈜\n", "이수민"),
    ("――――\n北斗商事株式会社\n人事部 採用課\n山田 花子 (Hanako Yamada)\nTel: 03-0000-0000\n", "山田 花子"),
    ("此致\n敬禮\n\n瑞豐科技股份有限公司\n人力資源部 林雅琪\n電話：(02) 0000-0000\n", "林雅琪"),
    ("Хвала на интересовању.\nС поштовањем,\nМилица Јовановић\nСекретар клуба\n", "Милица Јовановић"),
    ("Ευχαριστούμε.\nΜε εκτίμηση,\nΚατερίνα Παππά\nΥπεύθυνη Προσωπικού\n", "Κατερίνα Παππά"),
    # no name signed: a desk, a title, a closing or an organisation
    ("Merci.\nمع خالص التحية،\nإدارة الموارد البشرية\nمستشفى النور\n", None),
    ("祝 順心\n招募經理\n瑞豐科技\n", None),
    ("Thank you.\nBest regards,\nJelena Stojanović\nHR Manager\n", None),  # Latin: the reader's
])
def test_the_signer_is_read_in_scripts_the_given_names_do_not_hold(ending: str,
                                                                   name: str | None) -> None:
    from ajar.formats.mail_script_signer import script_signer
    assert script_signer("We have decided not to proceed with your application.\n\n" + ending) == name


def test_an_arabic_letters_signer_is_the_contact() -> None:
    draft = _draft("مجموعة النخيل الطبية <careers@nakheel-medical.example.com>", "نتيجة الطلب",
                   "عزيزتي أليكس،\n\nنأسف لإبلاغك بأنه وقع الاختيار على مرشح آخر لوظيفة أخصائي تعليم تمريضي."
                   "\n\nنتمنى لك التوفيق.\nسلمى يوسف الحربي\nمديرة التوظيف\nمجموعة النخيل الطبية\n")
    assert draft.person is not None and draft.person.name == "سلمى يوسف الحربي"


@pytest.mark.parametrize("sentence,kind", [
    # thanks for applying, and nothing else: the no is looked for further down
    ("Najlepša hvala za vašo prijavo na razpis za delovno mesto.", "other"),
    ("Paldies par Jūsu pieteikumu amatam.", "other"),
    ("Thank you for applying for the Analyst role.", "other"),
    ("Thank you for applying, but we will not take your application further.", "rejection"),
    # good news or what comes next
    ("You were found eligible and referred to the hiring manager for further consideration.",
     "other"),
    ("We will be in touch about interviews next week.", "other"),
    ("We won't be able to cover travel expenses for the interview day.", "other"),
])
def test_thanks_good_news_and_logistics_are_no_sentence_of_no(sentence: str, kind: str) -> None:
    text = f"Dear Alex,\n\n{sentence}\n\nKind regards,\nRecruitment Team"
    model = _model_hearing(sentence, 0.8)  # a model that mishears the sentence as a no
    verdict = classify("Your application for the Analyst role", text, "hr@acme.example.com",
                       model=model)
    assert (verdict.kind == "rejection") is (kind == "rejection"), verdict.because


@pytest.mark.parametrize("name,bare", [
    ("Karoo Logistiek (Edms) Bpk", "Karoo Logistiek"), ("Swartberg Bpk", "Swartberg"),
    ("Ionian Resorts IKE", "Ionian Resorts"), ("Lanka Contact (Pvt) Ltd", "Lanka Contact"),
    ("Mutuelle Sahel GIE", "Mutuelle Sahel"), ("Kaya Conseil SARLU", "Kaya Conseil"),
    ("Kapstad Media (Pty) Ltd", "Kapstad Media"), ("Hope", "Hope"),
])
def test_legal_forms_of_south_africa_sri_lanka_greece_and_french_africa_leave(name: str,
                                                                              bare: str) -> None:
    from ajar.formats.mail_fields import company_or_none
    assert company_or_none(name) == bare


@pytest.mark.parametrize("text,title", [
    ("Ön Büro Müdürü pozisyonu için", "Ön Büro Müdürü"),
    ("Gelir Yöneticisi", "Gelir Yöneticisi"),
    ("Vezető tervező", "Vezető tervező"),
    ("Coordonator de proiect", "Coordonator de proiect"),
    ("Meneja wa Huduma kwa Wateja", "Meneja wa Huduma kwa Wateja"),
    ("Spanleier: Kliëntediens", "Spanleier"),
])
def test_office_heads_in_more_languages_make_a_title(text: str, title: str) -> None:
    assert read_title(text) == title


# --- families read after opening fresh76 to fresh80 ---------------------------------------------

@pytest.mark.parametrize("name,bare", [
    ("Община Каменград", "Община Каменград"),  # "ад" ends the word, it is no legal form here
    ("Адриатик Хотел", "Адриатик Хотел"),
    ("Хотел Родопи ЕООД", "Хотел Родопи"), ("АД Родопи", "Родопи"),
    ("Сотня Клауд ТОВ", "Сотня Клауд"), ("대성에프엠㈜", "대성에프엠"),
])
def test_a_legal_form_of_another_script_is_a_word_of_its_own(name: str, bare: str) -> None:
    from ajar.formats.company_scripts import without_world_form
    assert without_world_form(name) == bare


@pytest.mark.parametrize("name,bare", [
    ("Primăria Municipiului Dealu – Resurse Umane", "Primăria Municipiului Dealu"),
    ("Szentmárton Polgármesteri Hivatal – Humánpolitikai Osztály",
     "Szentmárton Polgármesteri Hivatal"),
    ("Kadrovska služba Zavod Soča", "Zavod Soča"), ("Екипът на Строй Плюс", "Строй Плюс"),
    ("Northwind Logistics - People Team", "Northwind Logistics"),
    ("Resurse Umane", "Resurse Umane"),  # a desk alone stays for the readers that judge it
])
def test_the_hiring_desk_before_or_after_the_employer_leaves(name: str, bare: str) -> None:
    from ajar.formats.company_words import without_desk_ends
    assert without_desk_ends(name) == bare


@pytest.mark.parametrize("name", ["لكن بعد التشاور مع أعضاء الهيئة", "Grade 7", "Band 6"])
def test_an_arabic_sentence_or_a_pay_grade_is_no_employer(name: str) -> None:
    from ajar.formats.mail_company import acceptable
    assert not acceptable(name, [])


def test_an_afrikaans_insurer_is_named_without_beperk() -> None:
    from ajar.formats.mail_fields import company_or_none
    assert company_or_none("Kaapse Versekering Beperk") == "Kaapse Versekering"
