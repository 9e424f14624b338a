"""Nineteenth pass (scripts): job mail in Japanese, Chinese, Korean, Thai, Arabic, Hebrew,
Malay, Indonesian, Welsh and Irish is read, not left as ``other`` for want of cue words
(the scripts without spaces defeat word-bounded rules), and their near misses stay put."""

from __future__ import annotations

import pytest

from ajar.formats.triage import classify


def kind(subject: str, text: str) -> str:
    return classify(subject, text).kind


REJECTIONS = [
    # Japanese: "we decline to hire you this time", "no fate between us", "not as you hoped"
    ("選考結果について（経理スタッフ）",
     "山田様\n\nこのたびは経理スタッフ職にご応募いただきありがとうございました。\n\n"
     "慎重に選考いたしました結果、今回は採用を見合わせることとなりました。\n\n株式会社サンプル 人事課"),
    ("書類選考の結果",
     "佐藤様\n\n先日は当社の求人にご応募いただき、誠にありがとうございました。"
     "検討の結果、誠に残念ながら貴意に添えない結果となりました。\n\n採用担当"),
    ("面接結果のお知らせ",
     "田中様\n\n二次面接にお越しいただきありがとうございました。残念ながら、"
     "今回はご期待に沿えない結果となりました。"),
    # Chinese
    ("应聘结果通知", "王先生：\n\n感谢您应聘我司市场专员职位。很遗憾，经过慎重考虑，我们未能为您提供该职位。"),
    ("面試結果", "陳小姐您好，\n\n感謝您參加本公司的面試。經評估後，您未獲錄用。"),
    # Korean
    ("[서류 전형 결과 안내]",
     "김민수 님께,\n\n저희 회사 마케팅 매니저 채용에 지원해 주셔서 감사합니다.\n\n"
     "안타깝게도 이번 채용에서는 모시지 못하게 되었습니다. 다음 기회에 다시 뵙기를 바랍니다.\n\n인사팀 드림"),
    ("최종 면접 결과", "이지은 님, 면접에 참석해 주셔서 감사합니다. 검토 결과 이번에는 합격하지 못하셨음을 알려드립니다."),
    # Thai
    ("ผลการสมัครงาน", "เรียนคุณสมชาย\n\nขอบคุณที่สมัครงานในตำแหน่งพนักงานต้อนรับ "
     "เราเสียใจที่ต้องแจ้งว่าท่านไม่ผ่านการคัดเลือกในครั้งนี้"),
    # Arabic
    ("نتيجة طلب التوظيف", "السيد أحمد،\n\nشكراً لتقدمك لوظيفة محاسب. يؤسفنا أن نبلغك بأنه لم يتم اختيارك "
     "للمرحلة التالية.\n\nقسم الموارد البشرية"),
    ("بخصوص المقابلة", "نشكركم على حضور المقابلة. لقد قررنا اختيار مرشح آخر لهذه الوظيفة."),
    # Hebrew
    ("מועמדות למשרת מנהל חשבונות", "שלום דני,\n\nתודה על מועמדותך למשרה. לצערנו הוחלט שלא להמשיך בתהליך."),
    # Malay and Indonesian
    ("Keputusan permohonan jawatan Pegawai Pemasaran",
     "Tuan,\n\nDengan hormatnya dimaklumkan bahawa permohonan tuan untuk jawatan Pegawai Pemasaran "
     "adalah tidak berjaya.\n\nSekian, terima kasih."),
    ("Hasil seleksi lamaran",
     "Halo Budi,\n\nTerima kasih atas lamaran Anda untuk posisi Staf Gudang. Mohon maaf, kami belum "
     "dapat melanjutkan lamaran Anda ke tahap berikutnya."),
    # Welsh and Irish
    ("Eich cais am swydd Swyddog Cyfathrebu",
     "Annwyl Rhys,\n\nDiolch am eich cais am swydd Swyddog Cyfathrebu. Ar ôl ystyried yn ofalus, "
     "roedd eich cais yn aflwyddiannus y tro hwn.\n\nAdnoddau Dynol"),
    ("D'iarratas", "A Sheáin, a chara,\n\nGo raibh maith agat as d'iarratas ar an bpost. Is oth linn "
     "a chur in iúl duit nár éirigh leat an uair seo."),
]


@pytest.mark.parametrize("subject, text", REJECTIONS)
def test_a_no_in_another_script_is_a_rejection(subject: str, text: str) -> None:
    assert kind(subject, text) == "rejection"


INVITES = [
    ("二次面接のご案内", "鈴木様\n\n書類選考を通過されましたので、二次面接にお越しいただきたくご連絡いたしました。"
     "\n日時：5月10日 10:00\n\n人事部"),
    ("面试邀请", "李先生您好，\n\n感谢您应聘我司软件工程师职位，我们诚挚邀请您参加第一轮面试。"),
    ("1차 면접 안내", "박서준 님, 서류 전형에 합격하셨음을 축하드립니다. 면접 일정을 안내드립니다."),
    ("دعوة لمقابلة", "يسعدنا دعوتكم لإجراء مقابلة شخصية لوظيفة مهندس موقع يوم الأحد."),
    ("Jemputan temuduga", "Tuan dijemput untuk menghadiri sesi temuduga bagi jawatan Juruteknik pada "
     "12 Mei 2027."),
    ("Undangan wawancara", "Kami mengundang Anda untuk mengikuti wawancara untuk posisi Analis Data."),
    ("Gwahoddiad i gyfweliad", "Hoffem eich gwahodd i gyfweliad ar gyfer swydd Llyfrgellydd."),
]


@pytest.mark.parametrize("subject, text", INVITES)
def test_an_interview_asked_for_in_another_script(subject: str, text: str) -> None:
    assert kind(subject, text) == "interview"


RECEIPTS = [
    ("ご応募ありがとうございます", "高橋様\n\nこのたびは営業職にご応募いただきありがとうございます。"
     "ご応募を受け付けました。書類選考の結果は2週間以内にご連絡いたします。"),
    ("지원 완료 안내", "최유리 님, 물류 코디네이터 포지션에 지원해 주셔서 감사합니다. 지원이 정상적으로 완료되었습니다. "
     "불합격자에게는 별도로 연락드리지 않는 점 양해 부탁드립니다."),
    ("已收到您的简历", "您好，我们已收到您的简历，招聘团队将在一周内与您联系。"),
    ("Permohonan diterima", "Terima kasih. Permohonan anda telah diterima untuk jawatan Penolong Akauntan."),
]


@pytest.mark.parametrize("subject, text", RECEIPTS)
def test_a_receipt_in_another_script_is_an_acknowledgement(subject: str, text: str) -> None:
    assert kind(subject, text) == "acknowledgement"


# Near misses: the same scripts without a no to a job
NOT_REJECTIONS = [
    # thanks for an interview held, and the next step to come
    ("面接のお礼", "山本様\n\n先日は一次面接にお越しいただき、ありがとうございました。結果は来週ご連絡いたします。"),
    # a receipt that says no news within a time means no: not a no yet
    ("応募受付のお知らせ", "ご応募を受け付けました。不採用の場合はご連絡いたしませんのでご了承ください。"),
    # a Malay personal loan turned down is not a job's no
    ("Permohonan pinjaman peribadi", "Dukacita dimaklumkan bahawa permohonan pinjaman peribadi "
     "tuan tidak berjaya."),
    # a Japanese trip postponed (no job word)
    ("出張の件", "来週の大阪出張は見送ることになりました。"),
    # a Korean newsletter
    ("이번 주 소식", "안녕하세요, 이번 주 행사 일정과 새로운 메뉴를 소개합니다."),
]


@pytest.mark.parametrize("subject, text", NOT_REJECTIONS)
def test_near_misses_in_another_script_are_not_rejections(subject: str, text: str) -> None:
    assert kind(subject, text) != "rejection"


# A team line in the script the letter is written in is not a person
from ajar.formats.mail_person import is_organisation  # noqa: E402


@pytest.mark.parametrize("name", ["サクラ物流 人事部 採用担当", "青葉ホテル 採用事務局", "대한물산 인사팀",
                                  "미래항공 채용팀", "إدارة الموارد البشرية", "Jabatan Sumber Manusia",
                                  "Tîm Adnoddau Dynol", "Cyngor Gwynedd"])
def test_a_team_line_in_another_script_is_an_organisation(name: str) -> None:
    assert is_organisation(name, None, [], "")


@pytest.mark.parametrize("name", ["山口 花子", "박지은", "Nur Aisyah binti Ahmad", "Siân Huws"])
def test_a_person_in_another_script_stays_a_person(name: str) -> None:
    assert not is_organisation(name, None, [], f"\n{name}\n")


def test_a_receipt_that_stays_silent_on_a_no_is_an_acknowledgement() -> None:
    assert kind("応募受付のお知らせ", "ご応募を受け付けました。不採用の場合はご連絡いたしませんので"
                "ご了承ください。") == "acknowledgement"


# The reason and the step reached, in the same languages
from ajar.formats.mail_reason import reason_from_text  # noqa: E402
from ajar.formats.mail_stage import reached_step  # noqa: E402

REASONS = [
    ("山田様\n\n慎重に選考いたしました結果、今回は採用を見送ることとなりました。"
     "本職は普通自動車免許が必須のため、今回はご期待に添えませんでした。\n\n人事課", "普通自動車免許が必須のため"),
    ("김민수 님께,\n\n아쉽게도 이번에는 함께하지 못하게 되었습니다. 이번 포지션은 물류 관리 경력 5년 이상이 필요하여 "
     "다른 지원자를 선발하게 되었습니다.\n\n인사팀", "물류 관리 경력 5년"),
    ("السيد أحمد،\n\nنأسف لإبلاغك بأنه لم يتم اختيارك، نظراً لأن الوظيفة تتطلب خبرة عشر سنوات في المشاريع.",
     "خبرة عشر سنوات"),
    ("Tuan,\n\nDukacita dimaklumkan bahawa permohonan tuan tidak berjaya kerana tuan tidak memiliki "
     "lesen memandu kelas D.\n\nSekian.", "lesen memandu kelas D"),
    ("Annwyl Rhys,\n\nNid ydym yn gallu cynnig y swydd i chi oherwydd bod angen profiad o reoli "
     "prosiectau.\n\nCofion", "profiad o reoli prosiectau"),
]


@pytest.mark.parametrize("text, part", REASONS)
def test_a_reason_in_another_language_is_read(text: str, part: str) -> None:
    assert part in (reason_from_text(text) or "")


def test_a_japanese_no_without_a_reason_gives_none() -> None:
    assert reason_from_text("田中様\n\nこのたびはご応募いただきありがとうございました。"
                            "慎重に検討いたしました結果、今回はご縁がなかったものとさせていただきます。") is None


STEPS = [
    ("鈴木様\n\n先日は二次面接にお越しいただき、誠にありがとうございました。", "interview"),
    ("鈴木様\n\n最終面接にご参加いただき、ありがとうございました。", "final-round"),
    ("박서준 님, 면접에 참석해 주셔서 감사합니다.", "interview"),
    ("نشكرك على حضور المقابلة الشخصية يوم الأحد.", "interview"),
    ("Terima kasih kerana menghadiri sesi temuduga pada minggu lalu.", "interview"),
]


@pytest.mark.parametrize("text, stage", STEPS)
def test_an_interview_attended_in_another_language(text: str, stage: str) -> None:
    assert reached_step(text) == stage


@pytest.mark.parametrize("text", [
    "鈴木様\n\n書類選考を通過されましたので、二次面接にお越しいただきたくご連絡いたしました。",
    "박서준 님, 면접 일정을 안내드립니다.",
])
def test_an_interview_asked_for_is_not_one_attended(text: str) -> None:
    assert reached_step(text) is None


# The post named, as the letter writes it
from ajar.formats.mail_title_scripts import title_in_script  # noqa: E402

TITLES = [
    ("選考結果のご連絡", "このたびは当社の「物流センター事務スタッフ」の求人にご応募いただき、ありがとうございました。",
     "物流センター事務スタッフ"),
    ("書類選考結果", "このたびは株式会社サンプルの経理スタッフ（派遣）の募集にご応募いただきありがとうございました。",
     "経理スタッフ（派遣）"),
    ("[결과 안내]", "저희 회사의 물류 코디네이터 채용에 지원해 주셔서 감사합니다.", "물류 코디네이터"),
    ("نتيجة الطلب", "نشكرك على التقدم لوظيفة مهندس مدني في شركتنا.", "مهندس مدني"),
    ("Keputusan permohonan", "Permohonan tuan bagi jawatan Pegawai Tadbir Kanan tidak berjaya.",
     "Pegawai Tadbir Kanan"),
    ("Eich cais", "Diolch am wneud cais am swydd Swyddog Cyllid gyda ni.", "Swyddog Cyllid"),
]


@pytest.mark.parametrize("subject, text, title", TITLES)
def test_a_title_in_another_script_is_read(subject: str, text: str, title: str) -> None:
    assert title_in_script(subject, text) == title


def test_a_letter_that_names_no_post_gives_no_title() -> None:
    assert title_in_script("ご連絡", "先日はありがとうございました。今後ともよろしくお願いいたします。") is None
    assert title_in_script("Hello", "Thanks for your application to Acme.") is None
