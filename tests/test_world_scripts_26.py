"""Twenty-sixth pass: steps taken, denied or ahead in Russian, Kazakh, Uzbek, Azerbaijani,
Persian, Urdu, Hebrew, Amharic, Kinyarwanda, Hausa, Basque, Catalan, Galician, Maltese and
German and Dutch academic appointments (``formats/mail_stage_languages4.py``); an agency's
client named in those languages. Every letter below is written anew (invented names,
reserved example domains)."""

from __future__ import annotations

import pytest

from ajar.formats.mail import draft_rejection
from ajar.formats.mail_fields import respell, stage_from_text
from ajar.formats.mail_reason import reason_from_text
from ajar.formats.mail_script_signer import script_signer
from ajar.formats.mail_title_scripts import title_in_script
from ajar.formats.triage import _good_news_only, classify
from helpers import letter

ME = frozenset({"alex.morgan@example.net"})


def _draft(sender: str, subject: str, body: str):
    return draft_rejection(letter(sender, subject, body, message_id="<scripts26@example.com>"),
                           "scripts26.eml", ME)


@pytest.mark.parametrize("text, stage", [
    # Russian: the noun, guarded by what stands before it
    ("Спасибо за собеседование. К сожалению, мы выбрали другого кандидата.", "interview"),
    ("По итогам собеседования мы приняли решение в пользу другого кандидата.", "interview"),
    ("К сожалению, мы не можем пригласить вас на собеседование.", None),
    ("Мы свяжемся с вами, чтобы пригласить на интервью, если появится вакансия.", None),
    ("Финальный этап интервью показал, что нам нужен другой профиль.", "final-round"),
    ("Ваше резюме было направлено заказчику, но он выбрал другого кандидата.", "screening"),
    ("По результатам тестового задания мы не готовы продолжить.", "screening"),
    # verb-final languages: only beside the words that say the step was taken
    ("Müsahibədə iştirak etdiyiniz üçün təşəkkür edirik.", "interview"),
    ("Təəssüf ki, sizi müsahibəyə dəvət edə bilmirik.", None),
    ("CV-nizi nəzərdən keçirdikdən sonra sizi müsahibəyə dəvət etməmək qərarına gəldik.", None),
    ("Yekun müsahibə nəticəsində başqa namizəd seçildi.", "final-round"),
    ("Suhbatda qatnashganingiz uchun rahmat.", "interview"),
    ("Afsuski, sizni suhbatga taklif eta olmaymiz.", None),
    ("Сұхбатқа қатысқаныңыз үшін рахмет.", "interview"),
    ("Өкінішке қарай, сізді сұхбатқа шақыра алмаймыз.", None),
    ("از شرکت شما در مصاحبه سپاسگزاریم.", "interview"),
    ("پس از بررسی رزومه شما، متأسفانه برای مصاحبه دعوت نمی‌شوید.", None),
    ("انٹرویو میں شرکت کا شکریہ۔", "interview"),
    ("افسوس، ہم آپ کو انٹرویو کے لیے نہیں بلا سکتے۔", None),
    ("ከቃለ መጠይቁ በኋላ ሌላ እጩ መርጠናል።", "interview"),
    ("Nyuma y'ikiganiro twagiranye, twahisemo undi mukandida.", "interview"),
    ("Bayan hirar da muka yi, mun zabi wani.", "interview"),
    ("Eskerrik asko elkarrizketan parte hartzeagatik.", "interview"),
    ("Wara l-intervista, iddeċidejna li nagħżlu kandidat ieħor.", "interview"),
    ("Ma nistgħux nistednuk għall-intervista.", None),
    ("תודה על השתתפותך בראיון.", "interview"),
    ("Després de l'entrevista hem decidit continuar amb una altra persona.", "interview"),
    ("Grazas pola entrevista.", "interview"),
    # academic appointments
    ("Vielen Dank für Ihren Probevortrag und das Gespräch mit der Kommission.", "interview"),
    ("Die Kommission hat Sie leider nicht auf die Berufungsliste gesetzt.", None),
    ("Hartelijk dank voor uw proefcollege.", "interview"),
    # public examinations
    ("No heu superat la prova escrita.", "screening"),
    ("Ikizamini cyanditse ntimwagitsinze.", "screening"),
])
def test_stage_in_the_twenty_sixth_languages(text: str, stage: str | None) -> None:
    assert stage_from_text(text, contact_only=True) == stage


@pytest.mark.parametrize("sender, body, client", [
    ("Dina Seitkali <dina@kadrlar.example.com>",
     "Здравствуйте, Алекс!\n\nМы передали ваше резюме нашему клиенту, компании «Алтын Телеком», "
     "на позицию системного администратора. К сожалению, клиент выбрал другого кандидата.\n\n"
     "С уважением,\nДина Сейткали\nКадровое агентство «Кадрлар»", "Алтын Телеком"),
    ("Nigar Aliyeva <nigar@istedad.example.com>",
     "Hörmətli Alex,\n\nMüştərimiz Qafqaz Bank sistem administratoru vakansiyası üzrə başqa "
     "namizədi seçdi. Təəssüf ki, bu dəfə alınmadı.\n\nHörmətlə,\nNigar Əliyeva\n"
     "İstedad Recruitment", "Qafqaz Bank"),
    ("Marta Puig <marta@talentcat.example.com>",
     "Hola Alex,\n\nVam presentar la teva candidatura al nostre client Hotels Mirador per a la "
     "posició de cap de cuina, però han decidit continuar amb una altra persona.\n\n"
     "Salutacions,\nMarta Puig\nTalentCat Selecció", "Hotels Mirador"),
])
def test_an_agencys_client_named_in_more_languages_is_the_company(sender: str, body: str,
                                                                  client: str) -> None:
    draft = _draft(sender, "Re: vacancy", body)
    assert draft.company == client


@pytest.mark.parametrize("text, title", [
    ("Благодарим за отклик на позицию «Системный администратор» в нашей компании.",
     "Системный администратор"),
    ("Спасибо за интерес к вакансии Инженер-энергетик в компании «Алтын».", "Инженер-энергетик"),
    ("ВАКАНСИЯ: Сетевой инженер", "Сетевой инженер"),
    # a lower-case genitive is not the title's own form
    ("Спасибо за отклик на позицию системного администратора.", None),
    ("Bankımızın “Sistem administratoru” vakansiyasına göstərdiyiniz maraq üçün təşəkkür edirik.",
     "Sistem administratoru"),
    ("Kompaniyamizdagi Tarmoq administratori lavozimiga qiziqishingiz uchun rahmat.",
     "Tarmoq administratori"),
    ("از درخواست شما برای موقعیت شغلی «کارشناس شبکه» سپاسگزاریم.", "کارشناس شبکه"),
    ("ለኤሌክትሪካል መሐንዲስ የሥራ መደብ ስላመለከቱ እናመሰግናለን።", "ኤሌክትሪካል መሐንዲስ"),
    ("Hörmətli Alex, Sizin müraciətiniz nəzərdən keçirildi.", None),
])
def test_the_post_is_read_after_or_before_its_noun_in_more_languages(text: str,
                                                                     title: str | None) -> None:
    assert title_in_script("", text) == title


@pytest.mark.parametrize("text, reason", [
    ("Здравствуйте, Алекс!\n\nБлагодарим за интерес к нашей компании. К сожалению, мы выбрали "
     "кандидата, поскольку нам нужен специалист с опытом работы с Cisco не менее пяти лет.\n\n"
     "С уважением,\nОтдел кадров", "поскольку нам нужен специалист с опытом работы с Cisco"),
    ("Hörmətli Alex,\n\nMüraciətiniz üçün təşəkkür edirik. Təəssüf ki, vakansiya dayandırılıb.\n\n"
     "Hörmətlə,\nİnsan resursları", "vakansiya dayandırılıb"),
    ("Benvolgut Alex,\n\nGràcies per l'interès. Hem decidit continuar amb una altra persona "
     "perquè necessitem experiència en cuina d'hospital.\n\nSalutacions,\nMarta",
     "necessitem experiència en cuina d'hospital"),
    ("Alex jan,\n\nAfsoski, ba'd az barrasi... ", None),
])
def test_reasons_are_read_in_the_twenty_sixth_languages(text: str, reason: str | None) -> None:
    found = reason_from_text(text)
    assert (found is None) if reason is None else (found and reason in found)


@pytest.mark.parametrize("text, signer", [
    ("ውድ አሌክስ፣\n\nለማመልከቻዎ እናመሰግናለን። ሌላ እጩ መርጠናል።\n\nከሰላምታ ጋር\nአበበ ከበደ\n"
     "የሰው ሀብት ክፍል ኃላፊ\n", "አበበ ከበደ"),
    ("با سلام\n\nمتأسفانه درخواست شما پذیرفته نشد.\n\nبا احترام\nمریم رضایی\nکارشناس منابع انسانی\n",
     "مریم رضایی"),
    ("Құрметті Алекс!\n\nӨкінішке қарай, басқа үміткер таңдалды.\n\nҚұрметпен,\nАйгерім Сәрсенова\n"
     "HR маман\n", "Айгерім Сәрсенова"),
])
def test_the_signer_is_read_in_ethiopic_persian_and_kazakh(text: str, signer: str) -> None:
    assert script_signer(text) == signer


@pytest.mark.parametrize("text", [
    "Уважаемый Алекс!\n\nК сожалению, на данном этапе мы приняли решение продолжить рассмотрение "
    "других кандидатов, чей опыт в большей степени соответствует требованиям позиции.\n\n"
    "С уважением,\nHR",
    "Benvolgut Alex,\n\nHem decidit continuar amb candidatures que s'ajusten millor al perfil.\n\n"
    "Salutacions",
    # a Catalan requirement is no English requisition
    "Dear Alex,\n\nYour application will no longer be considered for this requisition.\n\nTalent",
])
def test_stock_fit_and_requisitions_in_these_languages_are_no_reason(text: str) -> None:
    assert reason_from_text(text) is None


@pytest.mark.parametrize("sentence", [
    "درخواست شما برای موقعیت شغلی «کارشناس امنیت شبکه» با موفقیت در سامانه ثبت شد.",
    "ለሶላር ፕሮጀክት መሐንዲስ የሥራ መደብ ያቀረቡት ማመልከቻ በተሳካ ሁኔታ ደርሶናል።",
    "Purtroppo non siamo in grado di rispondere individualmente a tutti.",
    "Təəssüf ki, göstərilən vaxt sizə uyğun deyilsə, bildirin.",
    "Na ausência de contacto, deverá considerar que a sua candidatura não foi selecionada.",
    "Нашла ваше резюме и хотела бы предложить вакансию, которая может быть вам интересна.",
    "Sizi final müsahibəyə dəvət edirik.",
    "We haven't shortlisted for the Finance Assistant post yet because two of the panel are on leave.",
    "Note: no TA/DA will be paid for the interview.",
])
def test_a_receipt_a_condition_a_pitch_or_a_decision_to_come_is_no_sentence_of_no(
        sentence: str) -> None:
    assert _good_news_only(sentence)


@pytest.mark.parametrize("sentence", [
    "К сожалению, ваша заявка не была принята.",
    "Müraciətiniz qəbul edildi, lakin təəssüf ki, başqa namizəd seçildi — ammo təşəkkür edirik.",
    "Unfortunately we have decided not to progress your application.",
])
def test_a_no_beside_those_words_is_still_heard(sentence: str) -> None:
    assert not _good_news_only(sentence)


def test_an_azerbaijani_domain_spells_its_letters_out() -> None:
    text = "Hörmətli Alex,\n\nAbşeron Telekom olaraq təklifimizi geri götürməli olduq.\n"
    assert respell("Absherontelekom", text) == "Abşeron Telekom"


def test_a_sentence_case_title_leaves_the_bank_before_it() -> None:
    text = "Xəzər İnvest Bankda Sistem administratoru vakansiyasına müraciətiniz üçün təşəkkür edirik."
    assert title_in_script("", text) == "Sistem administratoru"


@pytest.mark.parametrize("text", [
    "Hola Alex,\n\nT'escric per dir-te que finalment no podrem comptar amb tu per a la plaça "
    "d'orientador/a de secundària. Hem triat una persona amb més anys a l'aula.\n\nUna abraçada,\nNúria",
    "Kaixo Alex,\n\nAzkenean, orientatzaile lanpostua barne-sustapenez bete dugu. Eskerrik asko "
    "zure interesagatik.\n\nOndo izan,\nMiren",
    "Muraho Alex,\n\nNyuma yo gusuzuma amadosiye yose twakiriye, tubabajwe no kubamenyesha ko "
    "mutatoranyijwe ku rutonde rw'abazakora ikizamini cyanditse.\n\nMurakoze,\nUmuyobozi",
    "Sannu Alex,\n\nKayi hakuri, bayan tattaunawar da mukayi ranar talata, kamfani ya zabi wani "
    "dan takara don matsayin manajan ayyuka.\n\nNa gode,\nMusa",
])
def test_noes_in_catalan_basque_kinyarwanda_and_hausa_pass_the_job_gate(text: str) -> None:
    assert classify("", text).kind == "rejection"
