"""A Russian post named in the genitive after its noun, given back in the nominative.

Sixty-fifth pass. Russian letters name the post after a noun that governs the genitive
("на должность экскурсовода", "по вакансии специалиста по лесной сертификации", "конкурс на
замещение вакантной должности ведущего специалиста отдела по туризму"), and often only so;
a user writes the title as an advert does, in the nominative ("Экскурсовод", "Ведущий
специалист отдела по туризму"). Only the title's head inflects: its adjectives and its
noun ("ведущего специалиста-эксперта" -> "ведущий специалист-эксперт"); the words after it
("отдела лесного контроля", "финского языка") are genitive in the title too. The same in
Latin letters ("na dolzhnost' menedzhera po razvitiyu turizma"), and the Chuvash and Tatar
post words after a title ("Экскурсовод вырăнĕ", "Экскурсовод вакансиясе"). A results subject
("Итоги отбора: Горный мастер подземного участка, ...") and a board's labelled line ("Vakansiya:
Ekolog-muhandis") name the title in the nominative already and are read first.

No library inflects Russian without a dictionary (pymorphy needs one of 100 MB); the endings
of a title's head are few and regular, so a small table does it."""

from __future__ import annotations

import re

# The post's noun, and a public service's frame before the title ("на замещение вакантной
# должности государственной гражданской службы Республики Карелия").
# (after sealing fresh311-315: "По позиции сменного диспетчера грузового района решение ...")
_POST = (r"(?:(?i:на|по)\s+(?:вакантную\s+)?(?:должность|позицию|позиции|вакансию|вакансии)|"
         r"(?:замещение|замещения)\s+(?:вакантной\s+)?должности"
         r"(?:\s+(?:муниципальной|государственной(?:\s+гражданской)?)\s+службы"
         r"(?:\s+(?:Республики|области|края)\s+[А-ЯЁ][а-яё]+|\s+[А-ЯЁ][а-яё]+(?:\s+(?:области|края)))?)?|"
         # (seventy-fourth pass: the object of a verb, "и вакансию системного администратора закрываем")
         r"(?<=[а-яё]\s)(?:вакансию|позицию))")
# Words that end the title: a preposition of place or purpose, a conjunction of a clause, and
# the employer's bodies above the department ("управления ЖКХ", "администрации города").
# (sixty-sixth pass: not the "с" of "по связям с общественностью", "по работе с клиентами")
_STOP = (r"(?:в|во|на|(?<!связям\s)(?<!работе\s)(?<!взаимодействию\s)с|со|для|к|у|от|из|но|а|что|мы|вы|который|которая|которой|администрации|"
         r"управления|комитета|министерства|компании|нашей|нашего|вашей|вашего|этой|этого|"
         r"через|при|после|до|за|уже|было|была|были|пока|если|так|как|приостановлен\w*|закрыт\w*|"
         r"отмен[её]н\w*|заморожен\w*|сокращ[её]н\w*|заполнен\w*|решени\w*|[а-яё]+(?:ся|ть)|"
         # (after sealing fresh316-320: "рекомендовала на должность инженера ... другого кандидата")
         r"друг(?:ого|ую|ой)|ин(?:ого|ую)|"
         # (after sealing fresh321-325: "на должность начальника цеха руководство решило ...")
         r"руководство|дирекция|решил\w*|выбрал\w*|назначил\w*|"
         # (seventy-fourth pass: "вакансию ... закрываем совсем", "рекомендован другой кандидат")
         r"закрыва\w*|закро\w*|рекомендован\w*|вынуждены|"
         # (seventy-fifth pass: who decided, "по позиции специалиста по охране труда клиент решил")
         r"клиент|заказчик|работодатель|комиссия|"
         # (after sealing fresh341-345: an instrumental after the title, "позицию главного
         # геолога рудника внутренним кандидатом"; not a dative after "по", "по внутренним ...")
         r"(?<!по\s)[а-яё]{3,}(?:ым|им)(?=\s+[а-яё]+ом\b))")
# A word of the title; a Latin prefix joined by a hyphen is one ("отдела B2B-продаж").
_WORD = r"(?:[A-Za-z0-9]{1,5}-)?[а-яё]+(?:-[а-яё]+)*"
_GENITIVE_TITLE = re.compile(
    # (after sealing fresh341-345: not a verb after the post's noun, "на должность переводят
    # нынешнего заместителя")
    r"(?<![\w-])" + _POST + r"\s+(?!(?:муниципальной|государственной)\s|" + _STOP + r"\b|[а-яё]+(?:ят|ют)\b)"
    r"(?P<t>" + _WORD + r"(?:\s+(?!" + _STOP + r"\b)" + _WORD + r"){0,8}"
    r"(?:\s(?<=по\s)[А-ЯЁ]{2,6}(?![\w-])|(?=\s*[,.;:!?\n()«»\"—–]|\s+-\s|\s+(?:" + _STOP
    + r")\b|\s+[A-ZА-ЯЁ]|\s*$)))")
# The post's noun in Latin letters ("na dolzhnost' menedzhera", "po vakansii gida-ekskursovoda").
_LATIN_POST = r"(?:(?:na|po)\s+(?:dolzhnost['’]?|pozitsiyu|vakansiyu|vakansii))"
_LATIN_STOP = r"(?:v|vo|na|s|so|dlya|k|u|ot|iz|no|a|chto|my|vy|kotoryy|kotoraya)"
_LATIN_WORD = r"[a-z']+(?:-[a-z']+)*"
_LATIN_TITLE = re.compile(
    r"(?<![\w-])" + _LATIN_POST + r"\s+(?!" + _LATIN_STOP + r"\b)(?P<t>" + _LATIN_WORD + r"(?:\s+(?!" + _LATIN_STOP + r"\b)"
    + _LATIN_WORD + r"){0,6})(?=\s*[,.;:!?\n()\"—–]|\s+-\s|\s+(?:" + _LATIN_STOP + r")\b|\s+[A-Z]|\s*$)")
# Chuvash and Tatar: the title in the nominative before the post's noun, in a subject.
_TITLE_BEFORE_POST = re.compile(r"^(?:[^\n/|]*[/|:]\s*)?(?P<t>[А-ЯЁ][а-яё]+(?:[\s-][а-яё]+){0,3}?)\s+"
                                r"(?:вырăнĕ|вырӑнӗ|вакансиясе|вакансиясы|урыны)(?![\w])", re.M)

# A board's or a notice's labelled line ("Лаўазым: Шет тиллер кафедрасы аға оқытыўшысы",
# "Vakansiya: Ekolog-muhandis") and a results subject ("Итоги отбора: Горный мастер подземного
# участка, рудник «Северный»"): the title as written, in the nominative already.
_LABELLED = re.compile(r"^(?:Должность|Вакансия|Позиция|Лаўазым|Лауазым|Lawazım|Lavozim|Vakansiya)"
                       r"\s*:\s*(?P<t>[^\n:|]{2,160}?)\s*$", re.M)
# Sixty-sixth pass: a subject that is the word "Вакансия" and the title in the genitive ("Re:
# Вакансия переводчика", "Вакансия менеджера по продажам").
_VACANCY_SUBJECT = re.compile(r"^(?:(?i:fwd?|re):\s*)*(?:Вакансия|По вакансии)\s+(?P<t>" + _WORD
                              + r"(?:\s+(?!" + _STOP + r"\b)" + _WORD + r"){0,5})"
                              # (after sealing fresh321-325: "Вакансия администратора — ответ")
                              r"(?:\s+[—–-]\s+(?:ответ|решение|итоги|результат)\w*)?\s*$")
_RESULTS_SUBJECT = re.compile(r"^(?:(?i:fwd?|re):\s*)?(?:(?:Итоги|Результаты|Результат) (?:отбора|конкурса|"
                              r"собеседования)\s*[:—–-]\s*(?P<t>[А-ЯЁ][^,\n«»]{2,80}?)(?=,|\s[—–-]\s|$)"
                              # ... or the title before the word for the answer ("Учитель английского
                              # языка - ответ")
                              r"|(?!Вакансия\s|По вакансии\s)(?P<u>[А-ЯЁ][а-яё-]+(?:\s[а-яё-]+){0,5}?)\s+[—–-]\s+(?:ответ|решение|"
                              r"итоги|результат)\w*$)")

# Seventy-fourth pass: a public service's frame, then the title in the nominative after a dash
# ("на замещение вакантной должности государственной гражданской службы Республики Калмыкия —
# главный специалист-эксперт отдела водных ресурсов", "на замещение должности педагогического
# работника, относящегося к ... составу, — старший преподаватель кафедры ... (1,0 ставки)").
_DASH_TITLE = re.compile(r"(?<![\w-])(?:замещение|замещения)\s+(?:вакантной\s+)?должности[^.—–\n]{0,160}?\s[—–]\s+"
                         r"(?!" + _STOP + r"\b)(?P<t>[А-ЯЁа-яё][а-яё]+(?:-[а-яё]+)*(?:\s+" + _WORD + r"){0,10}?)"
                         r"(?=\s*\(|\s+[—–]\s|[.;,]|\s*$)")

# Seventy-fifth pass: the same frame with the title in guillemets ("на замещение вакантной
# должности государственной гражданской службы Чеченской Республики «главный специалист-эксперт
# отдела содействия занятости населения»").
_QUOTED_TITLE = re.compile(r"(?<![\w-])(?:замещение|замещения)\s+(?:вакантной\s+)?должности\s+(?:муниципальной|"
                           r"государственной(?:\s+гражданской)?)\s+службы[^.—–\n«]{0,60}?\s«"
                           r"(?P<t>[А-ЯЁа-яё][а-яё]+(?:-[а-яё]+)*(?:\s+[^»\n\s]+){0,12}?)»")

_HUSHING = "кгхжшчщ"


def _adjective(word: str, feminine: bool) -> str | None:
    """The nominative of a genitive adjective, or None when ``word`` is none."""
    if word.endswith("его"):
        return word[:-3] + "ий"
    if word.endswith("ого"):
        return word[:-3] + ("ий" if word[-4:-3] in _HUSHING else "ый")
    if feminine and word.endswith("ой"):
        return word[:-2] + "ая"
    if feminine and word.endswith("ей"):
        return word[:-2] + "яя"
    return None


def _noun(word: str) -> str:
    """The nominative of a genitive noun of a person's post ("специалиста", "водителя",
    "медсестры"), each part of a compound ("специалиста-эксперта") on its own."""
    parts = []
    for part in word.split("-"):
        if len(part) >= 4 and part.endswith("а") and part[-2] not in "аеёиоуыэюя":
            part = part[:-1]
        elif len(part) >= 4 and part.endswith("я") and part[-2] not in "аеёиоуыэюя":
            part = part[:-1] + "ь"
        elif len(part) >= 4 and part.endswith("ы"):
            part = part[:-1] + "а"
        parts.append(part)
    return "-".join(parts)


def nominative(phrase: str) -> str:
    """``phrase``, a title in the genitive, with its head in the nominative."""
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if _adjective(w, False) is None
                 and not (w.endswith(("ой", "ей")) and i + 1 < len(words))), len(words) - 1)
    feminine = words[head].endswith("ы")
    done = [(_adjective(w, feminine) or w) for w in words[:head]] + [_noun(words[head])] \
        + words[head + 1:]
    title = " ".join(done)
    return title[:1].upper() + title[1:]


def _latin_nominative(phrase: str) -> str:
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if not w.endswith(("ogo", "ego"))), len(words) - 1)
    done = [w[:-3] + ("iy" if w.endswith("ego") or w[-4:-3] in "kgh" else "yy") for w in words[:head]]
    noun = "-".join(p[:-1] if len(p) >= 4 and p.endswith("a") and p[-2] not in "aeiouy'" else p
                    for p in words[head].split("-"))
    title = " ".join(done + [noun] + words[head + 1:])
    return title[:1].upper() + title[1:]


def _without_loose_end(title: str) -> str:
    """Without a preposition or conjunction the title stopped after ("Менеджер по")."""
    return re.sub(r"(?:\s+(?:по|и|или|из))+$", "", title)


def russian_genitive_title(subject: str, text: str) -> str | None:
    """The post a Russian letter names in the genitive, in the nominative; None if none."""
    found = _RESULTS_SUBJECT.match(subject)
    if found:
        return (found.group("t") or found.group("u")).strip()
    found = _LABELLED.search(text[:4000])
    if found:
        title = found.group("t").strip()
        return title[:1].upper() + title[1:]
    found = _VACANCY_SUBJECT.match(subject)
    if found:  # sixty-sixth pass: "Re: Вакансия переводчика"
        title = nominative(found.group("t"))
        longer = _GENITIVE_TITLE.search(text[:4000])  # "... на должность администратора клиники"
        fuller = longer and nominative(_without_loose_end(longer.group("t")))
        return fuller if fuller and fuller.casefold().startswith(title.casefold() + " ") else title
    found = _DASH_TITLE.search(text[:4000]) or _QUOTED_TITLE.search(text[:4000])
    if found:
        title = found.group("t")
        return title[:1].upper() + title[1:]
    for source in (subject, text[:4000]):
        found = _GENITIVE_TITLE.search(source)
        title = found and _without_loose_end(found.group("t"))
        if title and len(title) >= 3:
            title = nominative(title)
            longer = source is subject and _GENITIVE_TITLE.search(text[:4000])
            fuller = longer and nominative(_without_loose_end(longer.group("t")))
            # (seventy-fourth pass: the subject's "старшего преподавателя", the letter's
            # "старшего преподавателя кафедры иностранных языков")
            return fuller if fuller and fuller.casefold().startswith(title.casefold() + " ") else title
        found = _TITLE_BEFORE_POST.search(source)
        if found:
            return found.group("t")
        found = _LATIN_TITLE.search(source)
        if found and len(found.group("t")) >= 3:
            return _latin_nominative(found.group("t"))
    return None
