"""The sentence model, twentieth pass: letter pairs and concept marks for the scripts
written without spaces (Chinese, Japanese, Thai) and for Korean, whole words for Hindi and
Thai, and cues for Arabic, Hindi, Indonesian, Vietnamese and Afrikaans. Every sentence
here was written for this file; none is in the training files. The rejections scored
0.12 or less before (the model saw one unknown "word"); the near misses must stay low."""

from __future__ import annotations

import time

import pytest

from ajar.formats import triage_chargrams, triage_model
from ajar.formats.triage import MODEL_FLOOR, classify

NOES = [
    "经过综合评估，我们遗憾地决定不推进您的候选资格。",
    "这个岗位我们已经选定了其他人选，感谢您的理解。",
    "很抱歉，您的经历与我们目前的需求不符，我们不会继续下一步。",
    "誠に残念ではございますが、今回は貴意に添いかねる結果となりました。",
    "検討の結果、別の候補者の方で進めることとなりました。",
    "申し訳ございませんが、今回は採用を見送ることとなりました。",
    "아쉽지만 이번 채용에서는 다른 후보자를 선정하게 되었습니다.",
    "검토 결과 귀하와 함께하지 못하게 되어 죄송합니다.",
    "ขออภัย เราได้เลือกผู้สมัครท่านอื่นสำหรับตำแหน่งนี้แล้ว",
    "เราเสียใจที่ใบสมัครของคุณไม่ได้รับการคัดเลือก",
    "Rất tiếc, hồ sơ của bạn không được chọn vào vòng tiếp theo.",
    "Chúng tôi đã quyết định chọn ứng viên khác cho vị trí này.",
    "Sayangnya kami memutuskan untuk melanjutkan dengan pelamar lain.",
    "Mohon maaf, lamaran Anda tidak dapat kami proses lebih lanjut.",
    "للأسف، لم يتم اختيار طلبك للمرحلة التالية.",
    "نأسف لإبلاغك بأننا اخترنا مرشحاً آخر لهذا المنصب.",
    "खेद है कि आपका आवेदन इस बार आगे नहीं बढ़ पाएगा।",
    "Ongelukkig is u nie gekies vir die pos nie.",
]

# near misses: receipts, invitations, a move that says "sorry", a pass to the next round
NOT_NOES = [
    "我们已收到您的申请，会尽快安排面试。",
    "很抱歉打扰，面试改到下周三上午十点。",
    "恭喜您通过了初试，请准备第二轮面试。",
    "面接の日程についてご案内いたします。",
    "書類選考を通過されましたので、次の面接にお進みください。",
    "서류 전형에 합격하셨습니다. 면접 일정을 알려드립니다.",
    "지원서가 접수되었습니다. 검토 후 연락드리겠습니다.",
    "เราได้รับใบสมัครของคุณเรียบร้อยแล้ว และจะติดต่อกลับเร็วๆ นี้",
    "ขอเชิญคุณเข้าร่วมการสัมภาษณ์รอบที่สอง",
    "Chúng tôi mời bạn tham gia vòng phỏng vấn tiếp theo.",
    "Selamat, Anda lolos ke tahap wawancara berikutnya.",
    "يسعدنا إبلاغك بأنه تم اختيارك للمقابلة.",
    "हमें आपको साक्षात्कार के लिए आमंत्रित करते हुए खुशी हो रही है।",
    "Sizi ikinci görüşmeye davet etmekten memnuniyet duyarız.",
    "Zapraszamy Pana na kolejny etap rekrutacji.",
    "Temos o prazer de convidá-la para a próxima fase.",
    "Vi har tagit emot din ansökan och återkommer snart.",
    "Vi glæder os til at møde dig til samtalen.",
    "We hebben je sollicitatie ontvangen en nemen snel contact op.",
    "Ons het u aansoek ontvang en sal binnekort terugkom.",
    "Θα χαρούμε να σας δούμε στη συνέντευξη.",
]


def _probability(sentence: str) -> float:
    model = triage_model.shipped()
    return model.probability(triage_model.features(triage_model.tokens(sentence)))


@pytest.mark.parametrize("sentence", NOES)
def test_a_no_in_these_scripts_and_languages_reads_as_a_no(sentence: str) -> None:
    assert _probability(sentence) > MODEL_FLOOR, sentence  # where it starts to weigh


@pytest.mark.parametrize("sentence", NOT_NOES)
def test_a_receipt_or_an_invitation_in_them_does_not(sentence: str) -> None:
    assert _probability(sentence) < MODEL_FLOOR, sentence  # it adds no weight


@pytest.mark.parametrize(("subject", "body"), [
    ("您的申请结果", "张先生您好：\n\n感谢您应聘我们公司的软件工程师职位。经过综合评估，我们遗憾地"
     "决定不推进您的候选资格。\n\n祝您求职顺利！\n人力资源部"),
    ("選考結果のお知らせ", "山田様\n\nこの度は弊社エンジニア職にご応募いただきありがとうございました。"
     "\n\n検討の結果、別の候補者の方で進めることとなりました。\n\n採用担当"),
    ("지원 결과 안내", "김지민님께\n\n백엔드 개발자 포지션에 지원해 주셔서 감사합니다.\n\n아쉽지만 "
     "이번 채용에서는 다른 후보자를 선정하게 되었습니다.\n\n인사팀 드림"),
    ("ผลการสมัครงาน", "เรียน คุณสมชาย\n\nขอบคุณที่สมัครตำแหน่งนักบัญชีกับเรา\n\nขออภัย "
     "เราได้เลือกผู้สมัครท่านอื่นสำหรับตำแหน่งนี้แล้ว\n\nฝ่ายทรัพยากรบุคคล"),
    ("Lamaran Anda", "Halo Budi,\n\nTerima kasih atas lamaran Anda untuk posisi Analis Data."
     "\n\nSayangnya kami memutuskan untuk melanjutkan dengan pelamar lain.\n\nSalam,\nTim"),
])
def test_a_whole_letter_that_only_the_model_hears_is_a_rejection(subject: str,
                                                                  body: str) -> None:
    assert classify(subject, body, "hr@example.com").kind == "rejection"


def test_an_interview_move_that_apologises_stays_an_interview() -> None:
    body = "张先生您好：\n\n我们已收到您的申请，会尽快安排面试。很抱歉打扰，面试改到下周三上午十点。\n\n人力资源部"
    assert classify("面试邀请", body, "hr@example.com").kind != "rejection"


def test_devanagari_and_thai_words_stay_whole_across_their_vowel_signs() -> None:
    assert "नहीं" in triage_model.tokens("आपका आवेदन आगे नहीं बढ़ेगा")
    assert len(triage_model.tokens("เราเสียใจที่ต้องแจ้ง")) == 1
    assert triage_model.tokens("We won't proceed.") == ["we", "will", "not", "proceed"]


def test_a_korean_word_is_read_in_syllables_not_in_decomposed_letters() -> None:
    assert triage_model.tokens("다른 지원자") == ["다른", "지원자"]
    assert "#other-person" not in triage_model.features(["다른", "지원자"])  # no English cue
    assert "@other @person" in triage_model.features(["다른", "지원자"])


def test_a_run_without_spaces_gives_letter_pairs_and_its_concepts_in_order() -> None:
    run = triage_model.tokens("我们决定不继续推进")[0]
    assert triage_chargrams.concepts_in(run) == ("chose", "neg", "continue")
    found = triage_chargrams.grams(run)
    assert {"%我们", "%不继", "@neg @continue", "~@continue"} <= found
    assert not triage_chargrams.spaceless("berücksichtigt")  # Latin text is not looked at
    assert not triage_chargrams.grams("a")


def test_a_long_run_without_spaces_is_scored_quickly() -> None:
    model = triage_model.shipped()
    started = time.perf_counter()
    for fragment in ("很遗憾不", "ที่ไม่", "नहीं ", "안타깝게도 "):
        triage_model.score_sentences(model, fragment * 30_000)
    assert time.perf_counter() - started < 3.0


def test_the_explanation_shows_a_letter_pair_as_letters() -> None:
    model = triage_model.Model(0.0, {"%遗憾": 2.0})
    assert model.strongest({"%遗憾"}) == ["…遗憾…"]


def test_following_with_other_people_is_going_on_with_them() -> None:
    """"Seguir com outros candidatos" put into English; a follow-up with the reader is not."""
    assert "#on-with-others" in triage_model.features(
        triage_model.tokens("So we decided to follow with two other applicants."))
    assert "#on-with-others" not in triage_model.features(
        triage_model.tokens("We will follow up with you and the other candidates next week."))
