"""Twenty-sixth pass (stage): steps taken, denied or ahead in Russian, Kazakh, Uzbek,
Azerbaijani, Persian, Urdu, Hebrew, Amharic, Kinyarwanda, Hausa, Basque, Catalan, Galician,
Maltese, and German and Dutch academic appointments (``formats/mail_stage_languages4.py``)."""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import stage_from_text


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
