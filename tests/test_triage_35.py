"""Thirty-fifth pass, read end to end from letters written for these tests (not the corpus's):
a post withdrawn or no hire made in Norwegian, Danish and Swedish; another applicant chosen
in Finnish; a post cut from the budget or a posting taken down in Turkish; "niet gegund" and
"niet doorgezet" in Dutch; "memutuskan untuk tidak melanjutkan" in Indonesian; a Vietnamese
offer letter taken back (a no, at stage offer) while "nhận việc" alone names no offer; and
the company tails, title leads and final rounds the blind splits fresh126-130 showed."""

from __future__ import annotations

import pytest

from ajar.actions.scan import classify_raw
from ajar.formats.mail import draft_rejection
from ajar.formats.mail_company import without_hiring_tail
from ajar.formats.mail_fields import without_terms
from helpers import letter

ME = frozenset({"alex.morgan@example.net"})


def kind(subject: str, body: str, sender: str = "Rekruttering <jobb@example.com>") -> str:
    return classify_raw(letter(sender, subject, body))[1].kind


def draft(sender: str, subject: str, body: str):  # noqa: ANN201
    return draft_rejection(letter(sender, subject, body), "test.eml", ME)


NOES = [
    ("Stilling som saksbehandler – avsluttet",
     "Hei Alex,\n\nTakk for søknaden på stillingen som saksbehandler i Fjellvik Forsikring. Etter "
     "en intern gjennomgang er stillingen trukket tilbake, og alle søknader er avsluttet.\n\n"
     "Vennlig hilsen\nKari Nordmo\nHR"),
    ("Din ansøgning – skadekonsulent",
     "Kære Alex,\n\nTak for din ansøgning som skadekonsulent. Vi har valgt at sætte processen i "
     "bero, og vi kommer ikke til at ansætte nogen til stillingen i år.\n\nVenlig hilsen\n"
     "Mette Holm\nHR-partner"),
    ("Tjänsten som handläggare",
     "Hej Alex,\n\nTack för din ansökan till tjänsten som handläggare. Tjänsten har dragits "
     "tillbaka efter en omorganisation, så vi kommer inte att anställa i nuläget.\n\nMvh\n"
     "Lena Berg\nRekryterare"),
    ("Korvauskäsittelijän tehtävä",
     "Hei Alex,\n\nkiitos haastattelusta ja hakemuksestasi. Päädyimme valitsemaan hakijan, jolla on "
     "pidempi kokemus henkilövahingoista.\n\nTerveisin,\nSari Laine\nrekrytointipäällikkö"),
    ("Uyum Uzmanı pozisyonu hakkında",
     "Merhaba Alex Bey,\n\nBaşvurunuz için teşekkür ederiz. Uyum Uzmanı pozisyonu yeni yapılanma "
     "kapsamında bütçeden çıkarılmıştır ve ilan yayından kaldırılmıştır.\n\nSaygılarımla,\n"
     "Ayşe Demir\nİşe Alım Uzmanı"),
    ("Update over je reactie: Video editor",
     "Hoi Alex,\n\nEr is een update over je reactie op de opdracht Video editor bij Omroep Noord.\n\n"
     "Status: Niet gegund\n\nJe reactie wordt daarom niet doorgezet naar de intakegesprekken.\n\n"
     "Het team van Opdrachtplein"),
    ("Update lamaran: QC Chemist",
     "Hai Alex,\n\nPT Warna Jaya telah meninjau lamaranmu untuk posisi QC Chemist dan memutuskan "
     "untuk tidak melanjutkannya ke tahap berikutnya.\n\nSalam,\nTim Rekrutmen"),
    ("V/v: Rút lại Thư mời nhận việc",
     "Kính gửi Anh Alex Morgan,\n\nCông ty xin cảm ơn Anh đã chấp thuận Thư mời nhận việc vị trí "
     "Trưởng nhóm Kế hoạch. Chúng tôi rất lấy làm tiếc phải thông báo rằng Công ty buộc phải rút "
     "lại Thư mời nhận việc nêu trên do tái cơ cấu bộ phận tuyển dụng.\n\nTrân trọng,\n"
     "Phòng Nhân sự"),
]


@pytest.mark.parametrize(("subject", "body"), NOES)
def test_the_no_is_read(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


NOT_NOES = [
    # an interview called off is no no; a Vietnamese start date in an offer stays an offer
    ("Mülakat hakkında",
     "Merhaba Alex Bey,\n\nUyum Uzmanı pozisyonu için yarın planlanan görüşme iptal edildi; "
     "yeni bir saat için sizi arayacağız.\n\nSaygılarımla,\nAyşe Demir"),
    ("Thư mời nhận việc - Chuyên viên Kế hoạch",
     "Chào Alex,\n\nCông ty trân trọng gửi bạn Thư mời nhận việc vị trí Chuyên viên Kế hoạch. "
     "Ngày nhận việc: 01/12/2025. Mức lương: 25.000.000 VNĐ.\n\nTrân trọng,\nPhòng Nhân sự"),
    ("Forsikringssak 12-4471",
     "Hei Alex,\n\nVi har behandlet saken din. Kravet er trukket tilbake etter ditt ønske, og "
     "saken er avsluttet.\n\nHilsen\nKundeservice"),
]


@pytest.mark.parametrize(("subject", "body"), NOT_NOES)
def test_near_misses_are_no_no(subject: str, body: str) -> None:
    assert kind(subject, body) != "rejection"


def test_a_candidate_who_can_start_earlier_is_no_offer() -> None:
    body = ("Chào Alex,\n\nSau vòng phỏng vấn cuối, khách hàng đã chọn ứng viên còn lại vì họ cần "
            "người có thể nhận việc trước ngày 01/10.\n\nThân,\nYến\nSenior Consultant")
    seen = draft("Yến Đỗ <yen@talent.example.com>", "Re: Vị trí Factory Operations Manager", body)
    assert kind("Re: Vị trí Factory Operations Manager", body) == "rejection"
    assert seen.stage == "final-round"
    assert seen.role == "Factory Operations Manager"


@pytest.mark.parametrize(("name", "bare"), [
    ("Boğaziçi Yatırım Bankası İnsan Kaynakları", "Boğaziçi Yatırım Bankası"),
    ("Westmark Bank Global Operations Centre", "Westmark Bank"),
    ("Mesaoria Bank Public Company Ltd", "Mesaoria Bank"),
    ("Limfjord Forsikring G/S", "Limfjord Forsikring"),
    ("Kestrel Industrial Coatings (M)", "Kestrel Industrial Coatings"),
    ("Talentbridge Asia Sdn Bhd (JTKSM Licence No. 1923)", "Talentbridge Asia Sdn Bhd"),
    ("Jabatan Sumber Manusia Cat Perkasa", "Cat Perkasa"),
    ("Operations Centre Partners", "Operations Centre Partners"),
])
def test_a_desk_a_form_or_a_licence_leaves_the_name(name: str, bare: str) -> None:
    assert without_hiring_tail(name) == bare


@pytest.mark.parametrize(("role", "title"), [
    ("Stilling som underwriter næring", "underwriter næring"),
    ("Proefopdracht Video Editor", "Video Editor"),
    ("Selectieprocedure Videoredacteur digitaal", "Videoredacteur digitaal"),
    ("Posisi Analytical Chemist (GC-MS)", "Analytical Chemist (GC-MS)"),
    ("Vị trí Factory Operations Manager", "Factory Operations Manager"),
    ("Posisi", "Posisi"),
])
def test_a_post_word_before_the_title_leaves(role: str, title: str) -> None:
    assert without_terms(role) == title


def test_a_vietnamese_display_via_a_board_is_the_firm_not_a_person() -> None:
    seen = draft("May Mặc Hưng Phát qua TopCV <noreply@topcv.example.com>",
                 "Kết quả ứng tuyển: Nhân viên Merchandiser",
                 "Chào Alex,\n\nRất tiếc, hồ sơ của bạn chưa phù hợp với vị trí Nhân viên "
                 "Merchandiser ở thời điểm hiện tại.\n\nTrân trọng")
    assert seen.person is None or seen.person.name != "May Mặc Hưng Phát"


@pytest.mark.parametrize(("text", "phrase"), [
    ("Hei Alex,\n\nStillingen indebærer daglig kontakt med kunder, og derfor kræver stillingen "
     "flydende dansk. Vi har desværre besluttet ikke at gå videre.\n\nHilsen\nHR",
     "kræver stillingen flydende dansk"),
    ("Anh Bảo đây.\n\nBan giám đốc quyết định tạm dừng tuyển vị trí Trưởng phòng Kế hoạch, "
     "giữ nguyên nhân sự hiện tại.\n\nXin lỗi em nhé.", "tạm dừng tuyển vị trí"),
    ("Dengan hormat,\n\nNilai tes teknis Saudara belum memenuhi nilai ambang batas untuk posisi "
     "ini. Dengan demikian kami tidak dapat melanjutkan proses.\n\nHormat kami,\nHRD",
     "belum memenuhi nilai ambang batas"),
])
def test_the_reason_is_read(text: str, phrase: str) -> None:
    from ajar.formats.mail_reason import reason_from_text

    assert phrase in (reason_from_text(text) or "")


@pytest.mark.parametrize("text", [
    "Maalesef başvurunuz olumlu sonuçlanmadı.\n\nBu e-postayı Kariyer.net üyeliğindeki bildirim "
    "tercihlerin nedeniyle aldın.",
    "Δυστυχώς δεν προχωράμε με την αίτησή σας.\n\nΛαμβάνεις αυτό το email επειδή έχεις "
    "ενεργοποιήσει τις ειδοποιήσεις αιτήσεων.",
    "Mohon maaf, Saudara tidak lolos ke tahap berikutnya.\n\nSurat ini adalah cetakan komputer "
    "dan tidak memerlukan tandatangan.",
])
def test_a_footer_is_no_reason(text: str) -> None:
    from ajar.formats.mail_reason import reason_from_text

    assert reason_from_text(text) is None
