"""Twenty-sixth pass (stage): the steps a letter says the reader took, in Russian, Kazakh,
Uzbek, Azerbaijani, Persian, Urdu, Hebrew, Amharic, Kinyarwanda, Hausa, Basque, Catalan,
Galician and Maltese, and the academic steps of German and Dutch appointments.

Written from general knowledge of each language, not from any one letter. Most of these
languages put the verb, and its negation, after the step's noun ("müsahibəyə dəvət edə
bilmirik", "suhbatga taklif eta olmaymiz", "برای مصاحبه دعوت نمی‌کنیم"), so a noun alone
says nothing about whether the step happened. Those are read only beside words that put the
step in the past: thanks for taking part, after it, its results ("müsahibədə iştirak
etdiyiniz üçün", "по итогам собеседования", "نتیجه مصاحبه", "nyuma y'ikiganiro"). Russian
puts "не" and "пригласить" before the noun, as English does, and is guarded the same way.
"""

from __future__ import annotations

import re

_RU_INTERVIEW = r"(?:собеседовани\w*|интервью)"
# The step's noun, and next to it (one word between at most), what says it was taken:
# (noun, words before it, words after it).
_HELD_WITH = {
    # Azerbaijani: "keçirilmiş müsahibə", "müsahibədə iştirak", "müsahibədən sonra"
    "az": (r"müsahibə\w*", r"keçirilmiş|keçirdiyimiz|keçdiyiniz",
           r"iştirak\w*|sonra|nəticə\w*"),
    # Uzbek (Latin): "suhbatda qatnashganingiz", "suhbatdan keyin", "suhbat natijalari"
    "uz": (r"suhbat\w*|intervyu\w*", r"o['ʻ’]tkazilgan|o['ʻ’]tgan",
           r"qatnash\w*|ishtirok\w*|keyin|natija\w*"),
    # Kazakh: "сұхбатқа қатысқаныңыз", "сұхбаттан кейін", "сұхбат нәтижесі"
    "kk": (r"сұхбат\w*", r"өткен|өткізілген", r"қатыс\w*|кейін|нәтиже\w*"),
    # Persian: "پس از مصاحبه", "نتیجه مصاحبه", "شرکت در مصاحبه", "حضور در جلسه مصاحبه"
    "fa": (r"مصاحبه\w*", r"پس از|بعد از|نتیجه|نتایج|(?:شرکت|حضور)(?: شما)? در(?: جلسه)?",
           r"(?:ای )?که (?:\w+ )?(?:انجام|برگزار) شد\w*"),
    # Urdu: "انٹرویو میں شرکت", "انٹرویو کے بعد", "انٹرویو کے نتائج"
    "ur": (r"انٹرویو", r"(?!)", r"میں شرکت|کے بعد|کے نتائج|کا نتیجہ"),
    # Amharic: "በቃለ መጠይቁ ላይ ስለተሳተፉ", "ከቃለ መጠይቁ በኋላ", "የቃለ መጠይቁ ውጤት"
    "am": (r"[በከየ]?ቃለ ?መጠይ\w*", r"(?!)", r"\w*ተሳተፉ\w*|\w*ተሳትፎ\w*|\w*መሳተፍ\w*|በኋላ|ውጤት\w*"),
    # Kinyarwanda: "nyuma y'ikiganiro", "kwitabira ikiganiro", "ikiganiro twagiranye"
    "rw": (r"(?:y['’])?(?:ikiganiro|ibiganiro)", r"nyuma|\w*itabir\w*",
           r"twagiranye|mwagiranye|mwakoze|twakoze"),
    # Hausa: "bayan hirar", "tattaunawar da muka yi"
    "ha": (r"(?:hira|tattaunawa)\w*", r"bayan|sakamakon", r"da (?:muka|kuka|ka|kika) (?:yi|halarta)"),
    # Basque: "egindako elkarrizketa", "elkarrizketaren ondoren", "elkarrizketan parte hartzeagatik"
    "eu": (r"elkarrizketa\w*", r"egindako|izandako", r"ondoren|ostean|emaitz\w*|parte hart\w*"),
    # Maltese: "wara l-intervista", "l-intervista li kellna"
    "mt": (r"(?:l-|għall-|fl-|tal-)?intervista", r"wara|attendejt|għamilt",
           r"li (?:għamilt|kellna|kellek|attendejt)"),
    # Hebrew: "הראיון שהתקיים", "השתתפותך בראיון"
    "he": (r"[בלה]?(?:ראיון|ראיונות|הרצאה|הרצאת)\w*", r"השתתפות\w*|שהגעת",
           r"שהתקיי\w*|שקיימנו|שערכנו|שנערך\w*"),
}


def _held(noun: str, before: str, after: str) -> str:
    return (rf"(?<!\w)(?:{before})\s+(?:\S+\s+)?(?:{noun})(?!\w)"
            rf"|(?<!\w)(?:{noun})\s+(?:\S+\s+)?(?:{after})(?!\w)")


TWENTY_SIXTH_STAGE_CUES = {
    "final-round": (
        r"(?<!\w)(?:финальн|заключительн|последн)\w* (?:этап\w*|" + _RU_INTERVIEW + r"|раунд\w*|"
        r"тур\w*)(?!\w)"
        r"|(?<!\w)(?:соңғы|қорытынды) (?:кезең\w*|сұхбат\w*)"
        r"|\b(?:yakuniy|so['ʻ’]nggi|oxirgi) (?:bosqich\w*|suhbat\w*|intervyu\w*)"
        r"|\b(?:son|yekun) (?:mərhələ\w*|müsahibə\w*)"
        r"|(?:مرحله|مصاحبه)(?:\u200cی|ی)? (?:نهایی|آخر)(?!\w)"
        r"|(?:آخری|حتمی) (?:مرحل\w*|انٹرویو)"
        r"|የመጨረሻ\w* (?:ዙር|ደረጃ|ቃለ ?መጠይቅ)\w*"
        r"|\bicyiciro cya nyuma\b"
        r"|\bazken (?:elkarrizketa|fase|txanda)\w*"
        r"|\b(?:darrer|derradeir)[ae]s? (?:fase|entrevist|ronda|rolda)\w*"
        r"|\bl-intervista finali\b|\bl-aħħar (?:fażi|stadju|intervista)\b"
        r"|\b(?:auf (?:der|die|den) )?(?:berufungsliste|dreierliste|listenplatz)\w*"),
    "interview": (
        "|".join(_held(*words) for words in _HELD_WITH.values())
        # Russian: the noun, guarded by ``denied_or_invited``
        + r"|(?<!\w)" + _RU_INTERVIEW + r"(?!\w)"
        # Catalan and Galician: after or thanks for the interview
        r"|\b(?:després de|gràcies per|arran de|despois d[ae]|tras|grazas pola|grazas por) "
        r"(?:l['’]|la |a )?(?:\w+ )?entrevista\b"
        # German and Dutch appointments: the trial lecture given, talks with the committee
        r"|\b(?:ihr(?:en|em)?|den|dem|nach (?:ihrem|dem)) (?:\w+ )?(?:probevortrag|"
        r"berufungsvortrag|vorstellungsvortrag|probelehrveranstaltung|lehrprobe)\w*"
        r"|\b(?:uw|je|jouw|het) (?:\w+ )?proefcollege\b"
        r"|\bgesprek(?:ken)? met de (?:selectie|benoemings|sollicitatie|advies)commissie\b"),
    "screening": (
        # a recruiter put the CV to a client: "ваше резюме было направлено заказчику"
        r"(?<!\w)(?:резюме|кандидатур\w*)[^.\n]{0,40}(?:направлен\w*|передан\w*|представлен\w*|"
        r"показа\w*)[^.\n]{0,20}(?:заказчик\w*|клиент\w*)"
        # a test taken, and a call on the phone
        r"|(?<!\w)(?:выполнен\w*|выполнили|по (?:итогам|результатам)|прохождени\w*) "
        r"(?:\w+ )?(?:тестов\w* задани\w*|тест\w*)"
        r"|(?<!\w)телефонн\w* (?:" + _RU_INTERVIEW + r"|звон\w*)"
        # public examinations: a written test sat
        r"|\b(?:no heu|no has|no ha|non|ez duzu|ez du)\s+(?:\w+ )?(?:superat|superou|superado|"
        r"gainditu)\w* (?:la |a |el |o )?(?:\w+ )?(?:prova|proba|exercici|exercicio|azterketa)\w*"
        r"|\bikizamini cyanditse\b|(?:የጽሁፍ|የጽሑፍ) ፈተና\w*"
        r"|(?:نتیجه|نتایج) (?:\w+ )?آزمون"
        r"|(?:לאחר|תודה על|בעקבות) (?:ה)?(?:מבחן|מטלה|מטלת הבית|שיחה הטלפונית|שיחת ההיכרות)"),
}

# Russian: "не", an invitation or the next step before the noun; "after" or "thanks for" just
# before it says it happened all the same.
_RU_DENIED = re.compile(r"(?<!\w)(?:не|нет|ни|пригла\w*|следующ\w*)(?!\w)[^.\n:;]{0,40}$", re.I)
_RU_AFTER = re.compile(r"(?<!\w)(?:после|по итогам|по результатам|спасибо за|благодар\w* (?:вас |тебя )?за|"
                       r"в ходе|во время)\s+(?:\w+\s+)?$", re.I)
_RU_NOUN = re.compile(_RU_INTERVIEW, re.I)


def russian_denied(stage: str, matched: str, before: str) -> bool:
    """A Russian interview noun that the words before it deny or invite to ("не можем
    пригласить вас на собеседование"), unless they say it happened ("по итогам")."""
    if stage != "interview" or not _RU_NOUN.fullmatch(matched) or _RU_AFTER.search(before):
        return False
    return bool(_RU_DENIED.search(before))
