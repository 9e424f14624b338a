"""Twenty-eighth pass: what a person's letter says without the template words. The step
alluded to (people named, a visit, a recruiter's client answering), the job kept with the
people already there as the reason, a consultant's practice beside the title (not the
agency), a subject's word before the title, and a day's ordinal that does not end a
sentence. Every letter below is written anew (invented names, reserved example domains)."""

from __future__ import annotations

import pytest

from ajar.formats.mail import draft_rejection
from ajar.formats.mail_fields import role_from_text
from ajar.formats.mail_reason import reason_from_text
from ajar.formats.mail_signature import read_signature
from ajar.formats.mail_title_central import without_post_word
from helpers import letter

ME = frozenset({"alex.morgan@example.net"})


def _draft(sender: str, subject: str, body: str):
    return draft_rejection(letter(sender, subject, body, message_id="<alluded28@example.com>"),
                           "alluded28.eml", ME)


@pytest.mark.parametrize("body, stage", [
    # two people named: the team met the reader
    ("Thanks so much for speaking with Ilse and Tomasz last week about the Platform Engineer "
     "role. After talking it through, we've decided to go with someone who has run on-call "
     "rotations before.", "interview"),
    ("Thank you for speaking with Dr Amadi and me on Zoom about the research post. I have "
     "decided to offer it to a student already in the department.", "interview"),
    # one person named: the recruiter's screen
    ("Thanks again for chatting with Rosalind last week about the Account Manager role. We have "
     "decided not to move forward with your application.", "screening"),
    # seen at the office, or came down to it
    ("Lovely to see you at the office on Thursday. For this block we're going to keep Ned on as "
     "coordinator.", "interview"),
    ("Thank you for coming down to the office on Saturday. The post we spoke about is not one "
     "we will be creating this year.", "interview"),
    ("hi Alex thanks for coming up saturday. sorry mate, gave the guide job to Nikos in the end.",
     "interview"),
    # thanks for the time on a day: the signer is hiring
    ("Thanks again for the time on Tuesday. We're going to pass on the Senior Account Executive "
     "seat.", "interview"),
    # a recruiter's client answered: the screening
    ("Hi Alex, heard back from the client on the estimator job - they've gone another way.",
     "screening"),
    ("Thanks so much for your patience while we waited on the client. They've decided to "
     "progress other candidates.", "screening"),
    ("Had feedback from my client this morning on the warehouse lead role: it's a no.", "screening"),
    ("They've gone through the CVs I presented and have decided not to invite you to interview.",
     "screening"),
    ("Alex - client's gone with someone already on site, so that one's dead.", "screening"),
    # a bare template stays at applying
    ("Thank you for your application. We have decided not to move forward with it at this time.",
     "applied"),
    # invitations and promises are no step reached
    ("Thanks for your application. I'd love you to meet Ilse and Tomasz, but the role has been "
     "put on hold.", "applied"),
    ("Unfortunately the client will review applications only in March, so we are closing this "
     "one.", "applied"),
])
def test_a_step_alluded_to_is_read(body: str, stage: str) -> None:
    draft = _draft("Morwenna Pell <morwenna@kestrelfold.example.com>", "Update", body +
                   "\n\nBest,\nMorwenna Pell\nHead of Engineering, Kestrelfold\n")
    assert draft.stage == stage


@pytest.mark.parametrize("text, phrase", [
    ("Hi Alex,\n\nLovely to meet you. For this block we're going to keep Ned on as coordinator "
     "and move Evie up to assist him.\n\nBest,\nMo", "keep Ned on as coordinator"),
    ("Dear Alex,\n\nThe board went back and forth, but we've agreed to keep the role with "
     "Primož, who has run the section since March.\n\nKind regards", "keep the role with Primož"),
    ("Hi Alex,\n\nWhen we looked at the runway, we decided to keep design with the agency "
     "through the end of the year.\n\nThanks", "keep design with the agency"),
    ("Hi,\n\nHonestly I can't justify a supervisor's wage this side of spring, so I'll hold "
     "off.\n\nCheers", "can't justify a supervisor's wage"),
    ("Hola Alex, al final lo cubrimos con alguien de adentro. Suerte!", "alguien de adentro"),
    ("Hej Alex, vi har valgt at gå videre med en af vores egne montører. Held og lykke.",
     "en af vores egne montører"),
])
def test_the_job_kept_with_the_people_there_is_the_reason(text: str, phrase: str) -> None:
    assert phrase in (reason_from_text(text) or "")


@pytest.mark.parametrize("text", [
    "Hi Alex,\n\nThanks for applying. We'll keep your CV on file with our team for six months.",
    "Hi Alex,\n\nLet's keep in touch with the team here, and good luck.",
])
def test_keeping_the_reader_on_file_is_no_reason(text: str) -> None:
    assert reason_from_text(text) is None


@pytest.mark.parametrize("text, phrase", [
    ("Sehr geehrte Frau Morgan,\n\nleider hat uns das Landesamt mitgeteilt, dass die Erlaubnis "
     "bis zum 1. April 2027 nicht erteilt werden kann, weshalb wir das Angebot zurückziehen "
     "müssen.\n\nMit freundlichen Grüßen", "bis zum 1. April 2027 nicht erteilt"),
    ("Hei Alex,\n\nDet var ikke en enkel avgjørelse, men vi trenger en som kan starte allerede "
     "1. august.\n\nHilsen", "starte allerede 1. august"),
    ("Dear Alex,\n\nAs this position requires experience of reports under the Ordinance (Cap. "
     "499), we will not take your application further.\n\nRegards", "(Cap. 499)"),
    ("Sehr geehrter Herr Morgan,\n\nfür die Stelle ist der Nachweis der Eignung nach AEVO bzw. "
     "der Meistertitel erforderlich.\n\nGrüße", "bzw. der Meistertitel erforderlich"),
])
def test_an_ordinal_or_abbreviation_does_not_end_the_reason(text: str, phrase: str) -> None:
    assert phrase in (reason_from_text(text) or "")


def test_a_consultants_practice_beside_the_title_is_not_the_agency() -> None:
    text = ("Hi Alex,\n\nThey won't be taking your profile forward.\n\nKind regards,\nLina\n\n"
            "Lina Haddad\nRecruitment Consultant | Telecoms\nCrescent Talent Partners\n"
            "+966 11 000 3392\n")
    assert read_signature(text, "Lina").company == "Crescent Talent Partners"
    text = ("Dzień dobry,\n\nklient wybrał innego kandydata.\n\nPozdrawiam,\nAgnieszka Wrona\n"
            "Senior Recruitment Consultant | Rail & Transport\nRailPeople Polska Sp. z o.o.\n")
    assert read_signature(text, "Agnieszka").company == "RailPeople Polska"
    # a company beside the title, and no agency's line below: the company stays
    text = ("Hi Alex,\n\nWe went with someone else.\n\nAll the best,\nMarta\n\nMarta Zielna\n"
            "Senior Talent Partner | Wyrmholt Studios\nul. Lubicz 17, 31-503 Kraków\n")
    assert read_signature(text, "Marta").company == "Wyrmholt Studios"
    # a manager's unit beside the title is no agency's practice
    text = ("Hi Alex,\n\nWe went with someone else.\n\nBest,\nOwen\n\nOwen Tarrant\n"
            "Engineering Manager | Payments\nTarrant People Analytics\n")
    assert read_signature(text, "Owen").company == "Payments"


@pytest.mark.parametrize("role, bare", [
    ("Competition for Senior Library Assistant", "Senior Library Assistant"),
    ("Update Commissioning Technician", "Commissioning Technician"),
    ("Cargo Key Account Manager Canal Moderno", "Key Account Manager Canal Moderno"),
    ("mission Ingénieur Méthodes Emboutissage", "Ingénieur Méthodes Emboutissage"),
    ("Ihre Einstellung als Research Software Engineer", "Research Software Engineer"),
    # a title that only starts with such a word keeps it
    ("Mission Specialist", "Mission Specialist"),
    ("Update", "Update"),
])
def test_a_subjects_word_before_the_title_goes(role: str, bare: str) -> None:
    assert without_post_word(role) == bare


@pytest.mark.parametrize("body, signer", [
    # a notice under the signature, ending in a full stop like the letter's sentences
    ("نشكركم على اهتمامكم. نأسف لإبلاغكم بأنه تم اختيار مرشح آخر.\n\nمع خالص التمنيات بالتوفيق،\n\n"
     "سلمى راشد الهاشمي\nمدير أول - استقطاب المواهب\nشركة نخيل الساحل القابضة\n"
     "هاتف: +971 2 555 0199\n\nتنويه: هذه الرسالة سرية ومخصصة للمرسل إليه فقط.", "سلمى راشد الهاشمي"),
    ("आपके आवेदन के लिए धन्यवाद। खेद है कि आपका चयन नहीं हुआ है।\n\nभवदीय,\n\n(अनीता वर्मा)\n"
     "उप प्रबंधक (मानव संसाधन)\nदूरभाष: 0522-400 0101\n\nयह ई-मेल केवल प्राप्तकर्ता के लिए है।",
     "अनीता वर्मा"),
    ("ለማመልከቻዎ እናመሰግናለን። በዚህ ጊዜ ሌላ ተወዳዳሪ መርጠናል።\n\nከሰላምታ ጋር\n\nመሰረት አለሙ\nየሰው ሀብት ልማት ዳይሬክተር\nስልክ፦ +251 11 555 0199\n\n"
     "ይህ መልዕክት በራስ-ሰር የተላከ ነው። እባክዎ ምላሽ አይስጡ።", "መሰረት አለሙ"),
    # an Arabic given name that begins with an organisation's word ("نادي", a club)
    ("نأسف لإبلاغكم بأنه لم يقع الاختيار عليكم.\n\nوتفضلوا بقبول فائق التقدير.\n\nنادية الصغير\n"
     "مسؤولة التوظيف\n+212 5 22 00 00 01", "نادية الصغير"),
    # an Urdu closing is nobody's name
    ("ہمیں افسوس ہے کہ آپ کا انتخاب نہیں ہوا۔\n\nنیک تمناؤں کے ساتھ،\n\nعائشہ ملک\nہیڈ آف ٹیلنٹ\n"
     "فون: 021-32415599\n\nDisclaimer: This email is confidential. Please delete it if it reached you "
     "in error.", "عائشہ ملک"),
    # a Chinese closing's wish over the desk and the name
    ("經評估後，此職缺已由內部同仁遞補。\n\n再次感謝您的支持，敬祝\n順心如意\n\n"
     "恆星物業管理股份有限公司\n人力資源室 王怡婷\n電話：(02) 0000-0001\n\n"
     "本郵件可能包含機密資訊，若您並非指定收件人，請立即刪除。", "王怡婷"),
])
def test_a_signer_in_another_script_is_read_above_a_notice(body: str, signer: str) -> None:
    draft = _draft("Talent Team <talent@nakhilsahel.example.com>", "Application", body)
    assert draft.person is not None and draft.person.name == signer


def test_a_korean_signer_with_a_rank_is_nobodys_organisation() -> None:
    draft = _draft("한결자산운용 인사팀 <recruit@hangyeol.example.com>", "채용 결과 안내",
                   "지원해 주셔서 감사합니다. 아쉽게도 이번에는 함께하기 어렵게 되었습니다.\n\n"
                   "다시 한번 감사드립니다.\n\n박지은 과장 드림\n인사팀 | 한결자산운용㈜\n"
                   "T. 02-0000-0001")
    assert draft.person is not None and draft.person.name == "박지은"


def test_a_run_together_domain_splits_into_two_words_the_mail_writes() -> None:
    draft = _draft("Stelios Andreou <stelios@kykkoscycles.example.com>", "bike guide",
                   "hi Alex, thanks for coming up. sorry, gave the bike guide job to Petros, he knows "
                   "the kykkos roads and rents cycles to half the village.\nStelios")
    assert draft.company == "Kykkos Cycles"
    # one word of the two only: a brand name stays whole
    draft = _draft("Ruth Vale <ruth@lumenworks.example.com>", "Designer",
                   "Hi Alex, we went with someone else for the designer role. The works are "
                   "ongoing.\nRuth")
    assert draft.company == "Lumenworks"


def test_a_domains_short_form_is_spelled_out_by_the_subject() -> None:
    draft = _draft("Rodrigo Soto <rsoto@minandes.example.com>",
                   "Re: jefe de turno - Minera Andes del Sur",
                   "Alex, al final nos quedamos con otro postulante que ya tenía la licencia. "
                   "Gracias igual por venir.\nRodrigo")
    assert draft.company == "Minera Andes del Sur"


@pytest.mark.parametrize("text, phrase", [
    ("Hi Alex,\n\nThe committee met last night and voted to give the Operations Lead job to Dara, "
     "our interim.\n\nBest, Finn", "give the Operations Lead job to Dara"),
    ("Dear Alex,\n\nWe have decided to offer the role to one of our own nurses.\n\nKind regards",
     "offer the role to one of our own nurses"),
    ("Hi Alex,\n\nWe chose Maeve. She has been volunteering with us for three years and the "
     "families know her.\n\nWarmly", "volunteering with us for three years"),
    ("Hey Alex,\n\nStraight answer - no. The mill pushed the outage back to May and cut the scope, "
     "so I'm only calling my regular crew.\n\nMike", "pushed the outage back to May"),
    ("Dear Alex,\n\nThe owner is suspending the drilling programme after the review, so the role "
     "goes with it.\n\nRegards", "suspending the drilling programme"),
    ("Dear Alex,\n\nWithout that grant the Board cannot commit to a new salaried post next year.\n\n"
     "With apologies", "cannot commit to a new salaried post"),
])
def test_a_job_given_elsewhere_or_a_plan_changed_is_the_reason(text: str, phrase: str) -> None:
    assert phrase in (reason_from_text(text) or "")


def test_the_role_offered_to_another_candidate_is_the_no_itself() -> None:
    assert reason_from_text("Dear Alex,\n\nWe have decided to offer the role to another "
                            "candidate.\n\nKind regards") is None


@pytest.mark.parametrize("text, role", [
    # a bare "Team Lead" can be a chat's subject ("Re: team lead chat"): only with its specialty
    ("Thank you for applying for the Team Lead role.", None),
    ("Thank you for applying for the Team Lead - Customer Support, Returns & Refunds role in "
     "Pune.", "Team Lead - Customer Support, Returns & Refunds"),
    ("Please contact the Team Lead for details.", None),
])
def test_a_team_lead_with_its_specialty_is_a_title(text: str, role: str | None) -> None:
    assert role_from_text(text) == role


def test_a_sender_named_in_another_script_before_the_firm_is_a_person() -> None:
    draft = _draft("נועה לוי | מגמה השמה <noa@megama.example.com>", "עדכון",
                   "שלום אלכס, הלקוח החליט להתקדם עם מועמדת אחרת. בהצלחה!")
    assert draft.person is not None and draft.person.name == "נועה לוי"


def test_a_chinese_closings_wish_is_nobodys_name() -> None:
    draft = _draft("聯興科技 人力資源處 <hr@lianxing.example.com>", "應徵結果通知",
                   "您好：\n\n感謝您應徵本公司職缺，很遺憾此次未能錄取。\n\n敬祝\n順心\n\n聯興科技股份有限公司\n人力資源處")
    assert draft.person is None or draft.person.name not in ("敬祝 順心", "順心")


def test_a_firm_and_its_desk_in_another_script_is_no_person() -> None:
    draft = _draft("සුරක්ෂා ඉන්ෂුවරන්ස් - මානව සම්පත් <hr@suraksha-ins.example.com>", "ප්‍රතිඵලය",
                   "ඔබගේ අයදුම්පත සලකා බැලීමට ස්තූතියි. අවාසනාවකට මෙවර ඔබ තෝරා නොගැනුණි.\n\n"
                   "ස්තූතියි,\n\nනිරෝෂා සිල්වා\nමානව සම්පත් කළමනාකරු\n")
    assert draft.person is not None and draft.person.name == "නිරෝෂා සිල්වා"
