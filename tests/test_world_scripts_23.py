"""Twenty-third pass: job mail in the scripts the triage had no words for, and employers named
in scripts whose names carry no capitals.

A rejection in Bengali, Urdu, Georgian or Armenian was read as "no job-search words": the
gate knew no word of those scripts, and the sentence model split Bengali and Sinhala words at
every vowel sign. An employer signed in Arabic, Hindi or Russian was never read (a name was
known by its capitals), so the sender's domain run together stood in for it, and the email
library put a space inside a long sender name split into encoded words ("سد رة").
Every letter below is written anew (invented names, reserved example domains).
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from ajar.formats import triage_model
from ajar.formats.company_scripts import world_script_company
from ajar.formats.mail import draft_rejection, parse_message, address, header
from ajar.formats.triage import classify
from helpers import letter, make_project, run_ajar

ME = frozenset({"alex.morgan@example.net"})


def _email(sender: str, subject: str, body: str, *, split_sender: bytes = b"") -> bytes:
    raw = letter(sender, subject, body, message_id="<world-scripts@example.com>")
    if split_sender:  # a From header folded into encoded words as a mail client wrote it
        head, _, rest = raw.partition(b"\nTo:")
        raw = b"From: " + split_sender + b"\nTo:" + rest
    return raw


NOES = [
    # Bengali: the post filled by an internal candidate
    ("সবুজছায়া ট্রাস্ট", "হিসাবরক্ষক পদের আবেদন প্রসঙ্গে",
     "প্রিয় অ্যালেক্স,\n\nআমাদের হিসাবরক্ষক পদে আবেদন করার জন্য ধন্যবাদ। দুঃখের সাথে জানাচ্ছি যে "
     "এই পদের জন্য আমরা অন্য একজন প্রার্থীকে নির্বাচিত করেছি।\n\nশুভেচ্ছান্তে,\nসবুজছায়া ট্রাস্ট"),
    # Urdu: not selected after the interview
    ("نورانی ٹیکسٹائل", "آپ کی درخواست - اکاؤنٹس آفیسر",
     "محترم ایلکس مورگن،\n\nانٹرویو میں شرکت کا شکریہ۔ ہمیں افسوس ہے کہ اس عہدے کے لیے آپ کا "
     "انتخاب نہیں ہو سکا۔\n\nشعبہ انسانی وسائل"),
    # Georgian: the vacancy cancelled
    ("ალაზანი ტექი", "DevOps ინჟინრის ვაკანსია",
     "გამარჯობა ალექს,\n\nგმადლობთ, რომ დაინტერესდით ჩვენი ვაკანსიით. სამწუხაროდ, ვაკანსია "
     "გაუქმდა და ამ ეტაპზე ვერ გავაგრძელებთ შერჩევის პროცესს.\n\nპატივისცემით,\nალაზანი ტექი"),
    # Armenian: another candidate chosen
    ("Սյունիք Սոֆթ", "Ձեր դիմումը QA ինժեների պաշտոնի համար",
     "Հարգելի Ալեքս,\n\nՇնորհակալություն մեր ընկերությունում աշխատելու ցանկության համար։ "
     "Ցավոք, այս պաշտոնի համար ընտրել ենք մեկ այլ թեկնածուի։\n\nՀարգանքով՝\nՍյունիք Սոֆթ"),
]


@pytest.mark.parametrize("name,subject,body", NOES, ids=["bengali", "urdu", "georgian",
                                                        "armenian"])
def test_a_no_in_a_script_the_gate_did_not_know_is_a_rejection(name: str, subject: str,
                                                                 body: str) -> None:
    verdict = classify(subject, body, f"hr@{len(name)}.example.com")
    assert verdict.kind == "rejection", verdict.because


@pytest.mark.parametrize("subject,body,kind", [
    # Urdu: a car loan refused, with the same regret and "application"
    ("آپ کی کار فنانسنگ کی درخواست",
     "محترم صارف،\n\nہمیں افسوس ہے کہ آپ کی کار فنانسنگ کی درخواست منظور نہیں کی جا سکی۔ "
     "بینک کی کریڈٹ پالیسی کے مطابق آمدنی کی شرط پوری نہیں ہوتی۔\n\nکنزیومر فنانس", "other"),
    # Armenian: an invitation to an interview
    ("Հրավեր հարցազրույցի",
     "Հարգելի Ալեքս,\n\nՈւրախ ենք հրավիրել Ձեզ հարցազրույցի QA ինժեների պաշտոնի համար։ "
     "Խնդրում ենք հաստատել Ձեզ հարմար օրը։", "interview"),
    # Urdu: the application received; only shortlisted candidates will hear
    ("درخواست کی وصولی",
     "محترم ایلکس،\n\nآپ کی درخواست موصول ہو گئی ہے۔ صرف شارٹ لسٹ ہونے والے امیدواروں سے "
     "رابطہ کیا جائے گا۔", "acknowledgement"),
])
def test_the_same_words_about_something_else_are_not_a_rejection(subject: str, body: str,
                                                                  kind: str) -> None:
    assert classify(subject, body, "noreply@bank.example.com").kind == kind


def test_indic_and_sinhala_words_keep_their_vowel_signs() -> None:
    assert triage_model.tokens("আবেদন বাতিল") == ["আবেদন", "বাতিল"]
    # (the virama is folded away, as an accent is: the word stays one token)
    assert len(triage_model.tokens("අයදුම්පත සලකා")) == 2
    assert triage_model.tokens("नहीं। पद") == ["नहीं", "पद"]  # a danda still ends a word
    assert "#only-some" in triage_model.features(triage_model.tokens(
        "केवल चयनित उम्मीदवारों से संपर्क किया जाएगा"))
    assert "#conditional" in triage_model.features(triage_model.tokens(
        "إذا لم يتم الاتصال بك خلال أسبوعين"))


@pytest.mark.parametrize("text,company", [
    ("মানবসম্পদ বিভাগ – সবুজছায়া ফাউন্ডেশন", "সবুজছায়া ফাউন্ডেশন"),
    ("إدارة الموارد البشرية - مجموعة الريم القابضة", "مجموعة الريم القابضة"),
    ("मानव संसाधन विभाग, गंगोत्री ऊर्जा निगम लिमिटेड", "गंगोत्री ऊर्जा निगम"),
    ("Отдел кадров — ИТ-хаб АО «Тенгри Банк»", "Тенгри Банк"),
    ("Айгерим Сейтова\nМенеджер по подбору\nТенгри Банк\nАдрес: ул. Абая, 10", "Тенгри Банк"),
    ("შპს ალაზანი ტექი", "ალაზანი ტექი"),
    ("مريم الكعبي\nمدير أول - استقطاب المواهب", None),  # a person and a title: no employer
    ("Адрес: ул. Ленина, 5", None),  # "ад" starts "адрес": a legal form only as a word
    ("Atlas Aérostructures - الموارد البشرية", None),  # Latin: the capitals' reader's
])
def test_an_organisation_in_a_script_without_capitals_is_known_by_what_it_is(
        text: str, company: str | None) -> None:
    assert world_script_company(text) == company


def _b64_words(text: str, cut: int) -> bytes:
    """A sender name in two base64 encoded words, cut at byte ``cut``."""
    data = text.encode()
    return (b"=?utf-8?b?" + base64.b64encode(data[:cut]) + b"?=\n =?utf-8?b?"
            + base64.b64encode(data[cut:]) + b"?= <talent@alreem.example.com>")


def test_a_sender_name_split_mid_word_into_encoded_words_is_read_whole() -> None:
    name = "إدارة الموارد البشرية - مجموعة الريم القابضة"
    cut = len("إدارة الموارد البشرية - مجموعة الر".encode())  # inside "الريم"
    raw = _email("x@example.com", "بخصوص طلبكم لوظيفة محاسب أول",
                 "السيد أليكس المحترم،\n\nنأسف لإبلاغكم بأنه لم يتم اختياركم لوظيفة محاسب أول."
                 "\n\nمع التحية،\nإدارة الموارد البشرية", split_sender=_b64_words(name, cut))
    message = parse_message(raw)
    assert address(message, "From") == (name, "talent@alreem.example.com")
    assert name in (header(message, "From") or "")
    draft = draft_rejection(raw, "letter.eml", ME)
    assert draft.company == "مجموعة الريم القابضة"


def test_a_real_space_between_encoded_words_stays() -> None:
    first, second = "Jörg".encode(), " Müller".encode()
    sender = (b"=?utf-8?b?" + base64.b64encode(first) + b"?=\n =?utf-8?b?"
              + base64.b64encode(second) + b"?= <jorg@example.com>")
    message = parse_message(_email("x@example.com", "Hallo", "Hallo", split_sender=sender))
    assert address(message, "From") == ("Jörg Müller", "jorg@example.com")


@pytest.mark.parametrize("subject,body,kind", [
    # an aerospace employer's trade words are no airline booking
    ("Following your visit - Flight Test Engineer",
     "Hi Alex,\n\nThank you for coming in. We need someone who has already led flight test "
     "campaigns on a certification programme, so we won't be offering you the role.\n\nBest,\nKim",
     "rejection"),
    ("Your flight has been cancelled",
     "Unfortunately your flight BA123 to Lisbon has been cancelled. We regret the "
     "inconvenience; please choose another departure.", "other"),
    # a French "poste" names the job beside a "programme" of work
    ("Votre candidature – Ingénieur d'essais",
     "Bonjour,\n\nAprès délibération, le comité a choisi l'autre candidat, qui a déjà piloté "
     "des campagnes d'essais, ce qui correspond au programme qui démarre en mars.\n\nJe vous "
     "recontacterai si un poste s'ouvre.\n\nCordialement", "rejection"),
    # a public employer's posting filled
    ("Operations Supervisor (Posting 27-014)",
     "Dear applicant,\n\nThe Operations Supervisor posting (27-014) has been filled. Thank you "
     "for your interest.\n\nHuman Resources", "rejection"),
    # an assessment moved is an interview step, not a no
    ("Change to your assessment",
     "Dear Alex,\n\nUnfortunately we need to move your simulator assessment: the simulator is "
     "out of service. Your new slot is Tuesday at 14:00.\n\nRegards", "interview"),
])
def test_job_words_beside_words_of_other_things(subject: str, body: str, kind: str) -> None:
    assert classify(subject, body, "hr@example.com").kind == kind


def test_ajar_scan_finds_a_bengali_no_and_names_the_employer(tmp_path: Path) -> None:
    name, subject, body = NOES[0]
    sender = (b"=?utf-8?b?" + base64.b64encode(
        "মানবসম্পদ বিভাগ – সবুজছায়া ফাউন্ডেশন".encode()) + b"?= <hr@sobujchaya.example.org>")
    path = tmp_path / "no.eml"
    path.write_bytes(_email("x@example.com", subject, body + "\nসবুজছায়া ফাউন্ডেশন",
                            split_sender=sender))
    project = make_project(tmp_path / "p")
    result = run_ajar("scan", str(path), cwd=project, env={"TZ": "UTC"}, input="")
    assert result.returncode == 0, result.stderr
    assert "1 rejection" in result.stdout
    assert "-> সবুজছায়া ফাউন্ডেশন" in result.stdout


@pytest.mark.parametrize("subject,body,kind", [
    ("Technicien Data Center",
     "Bonjour,\n\nNous devons malheureusement vous informer que le poste a été annulé suite au "
     "report du projet.\n\nCordialement", "rejection"),
    ("Ihre Bewerbung", "Sehr geehrter Herr Morgan,\n\ndie Stelle wurde inzwischen intern "
     "besetzt. Wir danken Ihnen für Ihr Interesse.\n\nMit freundlichen Grüßen", "rejection"),
    ("Tu postulación", "Hola Alex,\n\nte escribimos para contarte que la vacante ya fue "
     "cubierta.\n\nSaludos", "rejection"),
])
def test_a_post_filled_or_cancelled_said_in_the_past(subject: str, body: str, kind: str) -> None:
    assert classify(subject, body, "hr@example.com").kind == kind


@pytest.mark.parametrize("text,company", [
    ("感謝您於 11 月 18 日撥冗前來本公司，參加面試", None),  # "本公司": "our company", no name
    ("海景匯酒店人力資源部", "海景匯酒店"),
    ("ホテル月灯 採用事務局", "ホテル月灯"),
    ("그랜드한강호텔 인사팀", "그랜드한강호텔"),
])
def test_a_name_run_together_with_what_it_is(text: str, company: str | None) -> None:
    assert world_script_company(text) == company


def test_our_company_in_chinese_is_no_name() -> None:
    from ajar.formats.company_imprint import script_company
    assert script_company("感謝您撥冗前來本公司面試\n恆岳物業管理股份有限公司\n人力資源部") == "恆岳物業管理"


def test_the_ranker_names_a_post_in_a_script_the_rules_cannot_read_at_lower_odds() -> None:
    from ajar.formats.role_model import FALLBACK, NO_TITLE, RoleModel, with_ranked_title
    # a hand-set model whose sureness is spread over a title's extents, as in real letters
    model = RoleModel({"first:उप": 2.0, "last:प्रबंधक": 1.0, "script:indic": 0.5, NO_TITLE: 1.0})
    subject = "उप प्रबंधक (वित्त) – सूचना"
    chance, best = model.ranked(subject, "")[0]
    assert best == "उप प्रबंधक" and chance < FALLBACK
    assert with_ranked_title(None, subject, "", model=model) == "उप प्रबंधक"
    # the same odds for a Latin-script name ("Jana Nováková") name nothing
    latin = RoleModel({"first:jana": 1.0, "last:nováková": 0.6, NO_TITLE: 1.0})
    chance, best = latin.ranked("Jana Nováková", "")[0]
    assert best == "Jana Nováková" and 0.25 < chance < FALLBACK
    assert with_ranked_title(None, "Jana Nováková", "", model=latin) is None
