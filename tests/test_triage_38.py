"""Thirty-eighth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh151-155 showed (a backend developer's mail in Korea, a full-stack
engineer's in Latin America, a Rails developer's across Africa, an SRE's in Turkey and the
Gulf, a systems programmer's in Ukraine and the Baltics).

Noes in Korean, Egyptian and Levantine Arabic, Ukrainian and Estonian; a Turkish "if" said
after the verb; a child's school place is no job; Turkish and Colombian legal forms, a Turkish
case ending, a street, an estate, a site of a firm and an English team after a name in
another script leave the employer; a nearshore agency relays its client; titles after post
nouns in Arabic, Ukrainian and Korean; the steps of these letters."""

from __future__ import annotations

import pytest

from ajar.formats.mail_company import acceptable, without_place
from ajar.formats.mail_fields import company_or_none
from helpers import letter_draft as draft, letter_kind as kind


@pytest.mark.parametrize(("subject", "body"), [
    ("[누리소프트] 처우 협의 결과 안내",
     "Alex님 안녕하세요.\n\n여러 차례 처우 협의에 응해 주셔서 감사합니다. 검토 결과 이번 백엔드 엔지니어 "
     "포지션의 채용 절차를 여기서 마무리하고자 합니다.\n\n누리소프트 인사팀 드림"),
    ("면접 관련해서요",
     "알렉스님 안녕하세요, 한빛랩스 김민수입니다. 이번 서버 개발자 자리는 경험이 더 많은 분으로 가기로 "
     "했어요. 좋은 소식 못 드려서 미안해요.\n\niPhone에서 보냄"),
    ("تحديث بخصوص وظيفة Backend Engineer",
     "أهلاً يا أليكس،\n\nالشركة أخدت قرار إننا نقفل وظيفة الـ Backend Engineer في الوقت الحالي، "
     "والمجلس طلب مننا نوقف أي تعيينات جديدة.\n\nسامي"),
    ("Cloud Engineer",
     "هلا أليكس،\n\nللأسف ما رح يكملوا معك عالـ Cloud Engineer، ما عم يقدروا يعملوا visa "
     "sponsorship.\n\nتحياتي،\nرامي"),
    ("Результати тестового завдання — Go Developer",
     "Вітаю, Алексе!\n\nДякую за тестове завдання. Є моменти, через які ми не готові запросити "
     "вас на наступний етап. Тож цього разу ми, на жаль, завершуємо процес.\n\nОлена"),
    ("Tagasiside: Tarkvaraarendaja",
     "Tere, Alex!\n\nAitäh vestluse eest. Pidime tegema raske otsuse ega saa Sulle seekord "
     "Tarkvaraarendaja ametikohale tööpakkumist teha.\n\nKadri"),
])
def test_noes_in_korean_arabic_ukrainian_and_estonian(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


def test_a_turkish_if_after_the_verb_is_no_no() -> None:
    body = ("Sayın Alex Morgan,\n\nBulut Mühendisi pozisyonuna yapmış olduğunuz başvuru tarafımıza "
            "ulaşmıştır. Profiliniz uygun bulunduğu takdirde sizinle iletişime geçilecektir; "
            "başvurunuzun olumsuz sonuçlanması halinde de e-posta ile bilgilendirileceksiniz.\n\n"
            "İnsan Kaynakları")
    assert kind("Başvurunuz alınmıştır – Bulut Mühendisi", body) == "acknowledgement"
    said = ("Sayın Alex Morgan,\n\nBulut Mühendisi pozisyonu için başvurunuz olumsuz "
            "sonuçlanmıştır.\n\nİnsan Kaynakları")
    assert kind("Başvurunuz hakkında", said) == "rejection"


def test_a_childs_school_place_is_no_job() -> None:
    body = ("Labdien!\n\nInformējam, ka Jūsu pieteikums bērna uzņemšanai Rīgas 5. vidusskolas 1. "
            "klasē ir izskatīts. Diemžēl vieta netika piešķirta, jo pieteikumu skaits pārsniedza "
            "brīvo vietu skaitu.\n\nRīgas Izglītības pakalpojumu centrs")
    assert kind("Paziņojums par uzņemšanu 1. klasē", body) == "other"


@pytest.mark.parametrize(("name", "bare"), [
    ("Anadolu Savunma Elektronik San. ve Tic", "Anadolu Savunma Elektronik"),
    ("Anadolu Savunma Elektronik San. ve Tic. A.Ş.", "Anadolu Savunma Elektronik"),
    ("Andina Telecom S.A. E.S.P.", "Andina Telecom"),
    ("Boğaz Finans Teknolojileri'nin CISO'su Mert", "Boğaz Finans Teknolojileri"),
    ("McGlynn's Pharmacy", "McGlynn's Pharmacy"),
    ("O'Reilly Media", "O'Reilly Media"),
])
def test_turkish_and_colombian_forms_and_a_turkish_case_ending(name: str, bare: str) -> None:
    assert company_or_none(name) == bare


def test_streets_estates_sites_and_teams_are_no_employers() -> None:
    assert not acceptable("Büyükdere Cad., Levent", [])
    assert not acceptable("Airport Residential Area", [])
    assert not acceptable("Tallinn R&D Centre", [])
    assert acceptable("Lumenta Automotive", [])
    assert without_place("한빛톡 Tech Recruiting") == "한빛톡"
    assert without_place("Acme Recruiting") == "Acme Recruiting"  # an agency's own name
    assert without_place("Boğaz Digital Bank (a Boğaz Finans Group company)") == "Boğaz Digital Bank"


def test_an_arabic_sentence_in_a_signature_is_no_employer() -> None:
    found = draft("Al Noor Digital Authority <careers@alnoor.example.com>", "نتيجة المقابلة",
                  "السيد أليكس مورغان،\n\nنأسف لإبلاغكم بأنه لم يتم اختياركم لوظيفة مهندس أمن "
                  "سحابي.\n\nنقدّر اهتمامكم بالعمل في الهيئة\nAl Noor Digital Authority\n")
    assert found.company == "Al Noor Digital Authority"


def test_a_nearshore_agency_relays_its_clients_no() -> None:
    found = draft("Lucía Ferrer <lucia@nearshorelink.example.com>",
                  "Quillbright Analytics - Senior Data Engineer",
                  "Hola Alex,\n\nQuillbright Analytics decided not to move forward: their budget "
                  "for the Senior Data Engineer contract is below your rate.\n\nSaludos,\nLucía "
                  "Ferrer\nTalent Partner\nNearshore Link\n")
    assert found.company == "Quillbright Analytics"


@pytest.mark.parametrize(("subject", "body", "role"), [
    ("تحديث بخصوص وظيفة Senior Ruby Engineer",
     "أهلاً يا أليكس،\n\nالشركة قررت إننا نقفل الوظيفة خالص في الوقت الحالي.\n\nكريم",
     "Senior Ruby Engineer"),
    ("نتيجة مرحلة التقييم النهائي - وظيفة مهندس برمجيات أول (Go)",
     "عزيزي أليكس،\n\nنأسف لإبلاغك بأنه لن يتم استكمال طلبك في المرحلة الحالية.\n\nفريق التوظيف",
     "مهندس برمجيات أول (Go)"),
    ("Зворотний зв'язок щодо позиції Embedded Rust Engineer",
     "Вітаю, Алексе!\n\nНа жаль, ми не зможемо продовжити з вашою кандидатурою.\n\nОлена",
     "Embedded Rust Engineer"),
    ("[한빛소프트] 서류전형 결과 안내",
     "안녕하십니까, Alex Morgan님.\n\n2025년 하반기 경력사원 채용에 지원해 주셔서 감사합니다.\n\n"
     "지원하신 [플랫폼사업부] 서버 개발자 (Kotlin) 포지션의 서류전형 결과를 안내드립니다. 아쉽게도 이번에는 "
     "함께하지 못하게 되었습니다.\n\n한빛소프트 인사팀 드림", "서버 개발자 (Kotlin)"),
    ("결과 안내",
     "Alex님, 안녕하세요.\n\n지난주 진행한 서버 개발자 (Java/Spring) 컬처핏 인터뷰에 시간 내주셔서 감사해요. "
     "이번에는 Alex님과 함께하지 못하게 되었어요.\n\n모아핀 채용팀 드림", "서버 개발자 (Java/Spring)"),
    ("Kıdemli Bulut Mühendisi – Değerlendirme Sonucu",
     "Sayın Alex Morgan,\n\nTeknik mülakatınız için teşekkür ederiz. Ancak Kıdemli Bulut Mühendisi "
     "pozisyonu için güvenlik belgesi gerektiğinden süreci olumsuz sonuçlandırdık.\n\nİK",
     "Kıdemli Bulut Mühendisi"),
])
def test_titles_after_post_nouns_in_arabic_ukrainian_korean_and_turkish(subject: str, body: str,
                                                                       role: str) -> None:
    assert draft("Recruiting <jobs@example.com>", subject, body).role == role


def test_a_role_here_tail_leaves_the_title() -> None:
    found = draft("Dana Reyes <dana@brightcove-health.example.com>", "Your application",
                  "Hi Alex,\n\nThanks for your time on the Senior Backend Engineer, Rails role "
                  "here. We can only hire in the US and Canada, so we won't move forward.\n\nDana")
    assert found.role == "Senior Backend Engineer, Rails"


@pytest.mark.parametrize(("subject", "body", "stage"), [
    ("[별빛게임즈] 코딩테스트 결과 안내",
     "Alex님 안녕하세요.\n\n응시해 주신 코딩 테스트 결과, 통과 기준에 미치지 못하여 아쉽게도 다음 전형으로 "
     "모시지 못하게 되었습니다.\n\n별빛게임즈 채용팀", "screening"),
    ("[모아핀] 결과 안내",
     "Alex님, 안녕하세요.\n\n과제부터 기술 인터뷰, 그리고 마지막 단계까지 함께해 주셔서 감사해요. 이번에는 "
     "함께하지 못하게 되었어요.\n\n모아핀 채용팀", "final-round"),
    ("[바로장터] 처우 협의 결과",
     "Alex님께\n\n처우 협의에 응해 주셔서 감사합니다. 아쉽게도 이번 포지션의 채용 절차를 여기서 "
     "마무리하고자 합니다.\n\n바로장터 People팀", "offer"),
    ("Результати тестового завдання",
     "Вітаю!\n\nДякую за тестове завдання. На жаль, ми не готові запросити вас на наступний "
     "етап.\n\nОлена", "screening"),
    ("Par Jūsu kandidatūru",
     "Labdien, Alex!\n\nPaldies par dalību mūsu atlases noslēguma kārtā. Diemžēl nevaram Jums "
     "piedāvāt šo amatu.\n\nIlze", "final-round"),
])
def test_the_steps_these_letters_name(subject: str, body: str, stage: str) -> None:
    assert draft("Recruiting <jobs@example.com>", subject, body).stage == stage


# The pass's second blind set (fresh156-160: a staff engineer in the United States and Canada,
# a DevOps engineer in Indonesia and Malaysia, a game programmer in Greece and the Balkans, a
# full-stack developer in Pakistan and Bangladesh, a data engineer in Vietnam, the Philippines
# and Thailand).

@pytest.mark.parametrize(("subject", "body"), [
    ("Interview Go Developer - Kodesatu",
     "Halo Mas Alex,\n\nMakasih udah ikut interview teknis. Setelah diskusi internal, kami memutuskan "
     "nggak lanjut dulu buat posisi Go Developer karena posisinya harus onsite.\n\nSalam,\nRaka"),
    ("Keputusan Temu Duga Akhir - Platform Engineer",
     "Encik Alex,\n\nTerima kasih kerana menghadiri temu duga di Meranti Campus, Cyberjaya. "
     "Dukacita dimaklumkan bahawa permohonan Encik bagi jawatan Platform Engineer tidak dapat "
     "diteruskan.\n\nYang benar,\nNurul"),
    ("Tvoja prijava",
     "Pozdrav Alex,\n\nizdavač nam je otkazao financiranje i studio prestaje s radom. Svi postupci "
     "zapošljavanja su zaustavljeni, uključujući i tvoj.\n\nIvan"),
    ("Оттегляне на предложението – Gameplay Programmer",
     "Здравей, Alex,\n\nМиналата седмица ти изпратихме предложение за позицията Gameplay Programmer, "
     "но ръководството въведе пълно замразяване на назначенията и сме принудени да оттеглим "
     "предложението.\n\nПетър"),
    ("নিয়োগ পরীক্ষার ফলাফল – Officer (IT)",
     "প্রিয় প্রার্থী,\n\nদুঃখের সাথে জানাচ্ছি যে, মৌখিক পরীক্ষার জন্য আপনাকে নির্বাচিত করা সম্ভব হয়নি।\n\n"
     "মানবসম্পদ বিভাগ"),
    ("Your take-home",
     "Hi Alex,\n\nSalamat sa pag-submit ng take-home. Diretsahan na ako: hindi ka na namin itutuloy "
     "sa panel interview.\n\nMarco"),
])
def test_noes_in_malay_indonesian_croatian_bulgarian_bengali_and_taglish(subject: str,
                                                                         body: str) -> None:
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("sender", "subject", "body"), [
    ("KerjaKini <notifikasi@kerjakini.example.com>",
     "Permohonan anda untuk Backend Developer di Teratai Commerce",
     "Hai Alex Morgan,\n\nTerima kasih kerana memohon jawatan Backend Developer di Teratai Commerce."
     "\n\nMesej daripada majikan:\n\"Terima kasih atas permohonan anda. Kami tidak "
     "dapat meneruskan permohonan anda.\"\n\nStatus permohonan: **Tidak Berjaya**\n\nBerhenti "
     "melanggan: https://kerjakini.example.com/unsubscribe"),
    ("DhondoJobs <status@dhondojobs.example.com>", "آپ کی درخواست کی صورتحال",
     "السلام علیکم Alex Morgan،\n\nآجر نے آپ کی درخواست کا جائزہ لے لیا ہے۔ اس آسامی کے لیے آپ کی "
     "درخواست پر مزید کارروائی نہیں ہوگی۔\n\nای میلز بند کرنے کے لیے: "
     "https://dhondojobs.example.com/unsubscribe"),
    ("HaNgan Jobs <noreply@hangan.example.com>", "ผลการสมัครงาน: Data Engineer",
     "สวัสดีคุณ Alex Morgan\n\nบริษัท Siam Loop ได้พิจารณาใบสมัครของคุณแล้ว และตัดสินใจไม่ดำเนินการต่อกับใบสมัคร"
     "นี้\n\nยกเลิกการรับอีเมล: https://hangan.example.com/unsubscribe"),
])
def test_a_boards_status_mail_is_said_to_the_reader(sender: str, subject: str, body: str) -> None:
    assert kind(subject, body, sender) == "rejection"


def test_a_managers_taglish_note_about_finalists_is_no_no_to_the_reader() -> None:
    body = ("Alex,\n\nAfter the panel kanina, we decided hindi na namin itutuloy both finalists for "
            "the Team Lead role. Pwede mo ba i-send ang regret emails sa kanila today?\n\nMiguel")
    assert kind("Team Lead finalists", body) != "rejection"


@pytest.mark.parametrize(("sender", "subject", "body", "company"), [
    ("Meranti Digital Berhad – Sumber Manusia <hr@merantidigital.example.com>",
     "KEPUTUSAN PENILAIAN DALAM TALIAN",
     "KEPUTUSAN PENILAIAN DALAM TALIAN\n\nTuan/Puan,\n\nDukacita dimaklumkan bahawa permohonan "
     "tuan/puan tidak berjaya.\n\nSumber Manusia\nMeranti Digital\n", "Meranti Digital"),
    ("Chao Phraya Data Bank <hr@cpdb.example.com>", "แจ้งผลการสัมภาษณ์",
     "เรียนคุณ Alex\n\nเสียใจที่ต้องแจ้งว่าท่านไม่ผ่านการคัดเลือก\n\nChao Phraya Data Bank PCL\n",
     "Chao Phraya Data Bank"),
])
def test_a_malay_heading_and_a_thai_form(sender: str, subject: str, body: str,
                                                        company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_a_business_district_is_no_employer() -> None:
    assert not acceptable("Bonifacio Global City", [])
    assert not acceptable("Cebu IT Park", [])


@pytest.mark.parametrize(("subject", "company", "role"), [
    ("آپ کی درخواست کی صورتحال: Junior Flutter Developer – Sitara Telecom", "Sitara Telecom",
     "Junior Flutter Developer"),
    ("আবেদনের হালনাগাদ: Software Engineer (Django) – Jamuna Telecom Ltd.", "Jamuna Telecom",
     "Software Engineer (Django)"),
    ("ผลการสมัครงาน: Data Engineer – Siam Loop", "Siam Loop", "Data Engineer"),
    ("Update sa application mo: BI Developer sa Sari Tindahan", "Sari Tindahan", "BI Developer"),
])
def test_a_boards_heading_in_another_script_and_filipino_sa(subject: str, company: str,
                                                            role: str) -> None:
    from ajar.formats.mail_fields import from_subject

    assert from_subject(subject) == (company, role)

