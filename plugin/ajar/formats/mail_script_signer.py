"""Twenty-fifth pass (person): the signer's name in a script the given-name list cannot read.

The signature reader knows a person by a given name it holds ("Jelena", "Rajesh") in Latin
letters. A letter in Arabic, Devanagari, Bengali, Sinhala, Tamil, Cyrillic, Greek, Hebrew,
Korean, Chinese or Japanese signs the writer's name on its own line above her title and
organisation ("عبدالعزيز الشهري / مدير الاستقطاب والمواهب / مجموعة سنابل الطبية",
"(राजेश कुमार श्रीवास्तव)", "김서연 과장 드림", "中村 恵理子 (Eriko Nakamura)", "人力資源部 陳怡君").
The name is the first short line of the sign-off block, in one script, that is no title,
desk, organisation, greeting or address.
"""

from __future__ import annotations

import re

from ajar.formats.company_scripts import ends_as_organisation, names_organisation

# One script's letters, a name's inner marks allowed (Arabic, Indic, Cyrillic, Greek,
# Hebrew; Hangul; Han and kana, with the Japanese middle dot).
_SCRIPTS = (
    r"[\u0600-\u06ff\u0750-\u077f]",  # Arabic, Urdu, Persian
    r"[\u0900-\u097f]",  # Devanagari
    r"[\u0980-\u09ff]",  # Bengali
    r"[\u0d80-\u0dff]",  # Sinhala
    r"[\u0b80-\u0bff]",  # Tamil
    r"[\u0400-\u04ff]",  # Cyrillic
    r"[\u0370-\u03ff\u1f00-\u1fff]",  # Greek
    r"[\u05d0-\u05ea\"״'׳]",  # Hebrew
    r"[\u1200-\u137f]",  # Ethiopic (twenty-sixth pass)
    r"[\u10a0-\u10ff]",  # Georgian (forty-first pass)
    r"[\u0531-\u0587]",  # Armenian (forty-first pass)
)
_SPACED_NAME = [re.compile(rf"(?:{letters}+[-\s]?){{1,4}}{letters}+") for letters in _SCRIPTS]
_HANGUL_NAME = re.compile(r"[가-힣]{2,4}")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}\s?[\u4e00-\u9fff\u3040-\u30ff]{1,3}")

# Words of a title, a desk or a closing in these scripts: never a name's.
_NOT_NAME_WORDS = re.compile(
    # forty-first pass: Georgian and Armenian greetings and closings
    r"გამარჯობა|პატივისცემით|ძვირფას|მადლობ|წარმატებ|გისურვებ|"
    # (after sealing fresh316-320: a Georgian "best wishes", a competition's commission, a service)
    r"სურვილებით|საუკეთესო|კომისია|სამსახურ|განყოფილება|მენეჯერ|სპეციალისტ|მუნიციპალიტეტ|მერია|"
    r"სააგენტო|ბანკ|უნივერსიტეტ|სასტუმრო|კომპანი|Հարգելի|Բարև|Հարգանքով|Շնորհակալ|"
    r"Հաջողություն|"
    # fifty-seventh pass: an Armenian closing in lower case after "Խորին" ("Խորին
    # հարգանքով՝") and the posts a university or a bank signs with ("պրոռեկտոր", "պետ")
    r"(?i:հարգանքով|պրոռեկտոր|ռեկտոր|տնօրեն|ղեկավար|մասնագետ|համակարգող|վարչության|գործակալ|"
    r"բաժնի|\bպետ\b)|"
    r"مدير|مديرة|مسؤول|مسؤولة|أخصائي|أخصائية|رئيس|رئيسة|منسق|منسقة|مشرف|مشرفة|مستشار|مستشارة|نائب|"
    r"قسم|إدارة|الموارد|البشرية|فريق|شؤون|التوظيف|الاستقطاب|تحية|التحية|تحياتي|شكرا|شكراً|مع |"
    r"ہیومن|شعبہ|منیجر|افسر|"
    # (after sealing fresh381-385: an Arabic "hello" and the reader's own name, "مرحباً أليكس")
    r"مرحب|أليكس|اليكس|"
    # fifty-second pass: Sorani closings, "with our respect", "thanks" ("لەگەڵ ڕێزماندا")
    r"ڕێزماندا|ڕێزەوە|لەگەڵ ڕێز|سوپاس|بەڕێوەبەر|"
    r"प्रबंधक|महाप्रबंधक|अधिकारी|सहायक|निदेशक|विभाग|प्रमुख|संसाधन|सहित|धन्यवाद|भवदीय|"
    r"ব্যবস্থাপক|কর্মকর্তা|বিভাগ|শুভেচ্ছা|ধন্যবাদ|কළමනාකරු|කළමනාකාරිනී|නිලධාරී|අංශය|ස්තූතියි|"
    r"மேலாளர்|அலுவலர்|பிரிவு|நன்றி|"
    r"(?i:секретар|директор|менеджер|руководител|специалист|начальник|отдел|служб|кадр|"
    r"с уважени|поздрав|заместник|референт|координатор|община|министерств|агенци|дирекци|"
    r"διευθυντ|υπεύθυν|τμήμα|σύμβουλος|συντονιστ|με εκτίμηση|με τιμή|ευχαριστ)|"
    r"מנהל|מנהלת|רכז|רכזת|מחלקת|גיוס|בברכה|תודה|"
    # closings: "وتفضلوا بقبول فائق الاحترام", "මෙයට විශ්වාසී", "З повагою", "順頌", "祝 順心"
    r"الاحترام|تفضلوا|بقبول|التقدير|خالص|විශ්වාසී|(?i:повагою|поштовањем|уважением|поздравом|"
    r"поздрави|срдачно|одсек|одељење|зустрічі|χαιρετισμ|φαρμακ|εταιρ)|مكتب|خدمة|العملاء|مصلحة|"
    r"الزبناء|لجنة|কমিটি|順頌|顺颂|此致|敬礼|敬禮|商祺|時祺|时祺|順祝|顺祝|敬具|^祝\s|"
    # thirty-fourth pass: a formal Chinese closing ("耑此 敬頌 時祺", "专此 敬颂")
    r"耑此|專此|专此|敬頌|敬颂|"
    # twenty-eighth pass: a Chinese closing's wish ("順心如意", "工作顺利")
    r"如意|順利|顺利|健康|平安|愉快|快樂|快乐|敬祝|順心|顺心|"
    # twenty-sixth pass: Persian, Urdu, Kazakh and Amharic titles, desks and closings
    r"مدیر|کارشناس|منابع|انسانی|احترام|سپاس|واحد|مسئول|شکریہ|خیر اندیش|وسائل|"
    # (after sealing fresh161-165: a Persian wish, "با آرزوی موفقیت", "قربانت", "موفق باشید")
    r"آرزوی|موفقیت|موفق باشید|قربانت|ارادتمند|"
    # twenty-eighth pass: an Urdu closing, "نیک تمناؤں کے ساتھ"
    r"تمناؤں|کے ساتھ|والسلام|謹啟|敬啟|谨启|敬启|謹上|谨上|敬上|拜上|(?i:ομάδα|ανθρώπινου|δυναμικού)|"
    r"מאחלים|הצלחה|בהצלחה|צוות|"
    # forty-third pass: Mongolian titles, desks and closings ("Хүний нөөцийн ахлах
    # мэргэжилтэн", "Амжилт хүсье", "Хүндэтгэсэн")
    r"(?i:мэргэжилтэн|ахлах|нөөцийн|захирал|дарга|хэлтэс|алба|хүндэтгэсэн|амжилт|хүсье|"
    r"баярлалаа|зөвлөх|инженер|хороо|\bбаг\b|мессеж|ирүүлсэн|олгогч)|"
    r"(?i:құрметпен|маман|бөлім|басқарма)|ሥራ አስኪያጅ|ኃላፊ|ክፍል|የሰው ሀብት|ሰላምታ|አክብሮት|አመሰግና|ባለሙያ|ምስጋና|ጋር፣|"
    # eighty-first pass: a Tigrinya office signing, "ቤት ጽሕፈት ሰብኣዊ ጸጋ" (human resources office)
    r"ጽሕፈት|ክፍሊ|ሰብኣዊ")
# A desk or a unit in Chinese or Japanese: "人材開発課", "人力资源部".
_CJK_DESK = re.compile(r"(?:部|課|课|科|室|組|组|处|處|局|中心|グループ|チーム|担当|事務局|經理|经理|主任|"
                       # (after sealing fresh336-340: a head's rank, "管理本部長", "工場長")
                       r"部長|本部長|課長|社長|所長|場長|院長|室長|局長|店長|工場長|"
                       r"總監|总监|顧問|顾问|專員|专员|主管|助理)$")
# A title, a desk or a closing written after a Korean, Chinese or Japanese name, or a desk
# before it: "김서연 과장 드림", "人力資源部 陳怡君".
_CJK_AROUND = re.compile(
    r"\s*(?:과장|대리|차장|부장|팀장|사원|주임|매니저|선임|책임|실장|님)?\s*(?:드림|올림|배상)?$"
    r"|^(?:[^\s]{0,12}(?:人力資源部|人力资源部|人力資源室|人力资源室|人力資源處|人力资源处|人事部|人資部|人事課|"
    r"人事室|採用担当|招聘组|招聘組)|인사팀|채용팀)\s+")
# After sealing fresh336-340: a Japanese rank before the name ("代表取締役 森 俊介") and the
# name's reading in kana after it ("北村 亜希子（きたむら あきこ）")
_JA_RANK_BEFORE = re.compile(r"^(?:代表取締役(?:社長)?|取締役|社長|専務|常務|部長|課長|係長|所長|場長|"
                             r"院長|理事長|会長|店長|支配人|室長|センター長)\s+(?=\S)")
_JA_READING = re.compile(r"\s*[（(][\u3040-\u30ff\s・]{2,20}[）)]$")
_BRACKETS = re.compile(r"^\((?P<n>[^()]+)\)$|^(?P<m>[^()]+?)\s*\([A-Za-z .'-]+\)$")
_SENTENCE_END = re.compile(r"[.!?。！？؟۔।።]\s*$")


def script_signer(text: str) -> str | None:
    """The name the writer signs in a script without Latin letters, else None."""
    lines = [line.strip() for line in text.strip().splitlines()[-25:]]
    lines = [line for line in lines if line]
    starts = [index + 1 for index, line in enumerate(lines)
              if _SENTENCE_END.search(line) or len(line) > 70]
    # twenty-eighth pass: a disclaimer or a notice under the signature ("تنويه: ...", "यह
    # ई-मेल केवल ...") ends in a full stop too: the block before it is tried as well
    for start in (starts[::-1][:3] or [0]):
        for line in lines[start:start + 5]:
            name = _name_in(line)
            if name:
                return name
    return None


# A title before a name in Cyrillic: "арх. Калина Стоянова", "инж. Петър Колев", "д-р ..."
_CYRILLIC_TITLE = re.compile(r"^(?:(?:арх|инж|д-р|проф|доц|доц\.\s?д-р|акад)\.?\s+)+(?=[А-Я])")
# fifty-seventh pass: an Armenian degree and rank before the name ("տ.գ.թ., դոցենտ Տիգրան
# Բաղդասարյան": candidate of technical sciences, associate professor)
_ARMENIAN_TITLE = re.compile(r"^(?:(?:[ա-ֆ]{1,3}\.){2,4},?\s+)?(?:(?:դոցենտ|պրոֆեսոր|ակադեմիկոս|"
                             r"դոկտոր|բժիշկ)\s+)?(?=[Ա-Ֆ])")


# (after sealing fresh341-345: a Russian official's two initials, "Е. В. Кондратьева")
_INITIAL_THEN_NAME = re.compile(r"(?:[А-ЯЁӨҮҚҒҢҰҺІӘ]\.\s?){1,2}[А-ЯЁӨҮҚҒҢҰҺІӘ][а-яёөүқғңұһіә]{2,}"
                                r"(?:-[А-ЯЁӨҮҚҒҢҰҺІӘ]?[а-яёөүқғңұһіә]+)?")


def _name_in(line: str) -> str | None:
    line = _CYRILLIC_TITLE.sub("", line.strip(" ,،:-–—|*_"))
    line = _ARMENIAN_TITLE.sub("", line)
    bracketed = _BRACKETS.match(line)  # "(राजेश कुमार श्रीवास्तव)", "中村 恵理子 (Eriko Nakamura)"
    if bracketed:
        line = (bracketed.group("n") or bracketed.group("m") or "").strip()
    if re.search(r"[،፣]", line):
        return None  # (after sealing fresh356-360: an address, "شارع المك نمر، الخرطوم، السودان")
    if not line or len(line) > 40 or re.search(r"[\dA-Za-z@/:]", line) \
            or _NOT_NAME_WORDS.search(line) or names_organisation(line):
        return None
    if re.search(r"[가-힣\u4e00-\u9fff\u3040-\u30ff]", line):
        line = _JA_READING.sub("", _JA_RANK_BEFORE.sub("", line))
        core = _CJK_AROUND.sub("", _CJK_AROUND.sub("", line)).strip()
        if (_HANGUL_NAME.fullmatch(core) or _HAN_NAME.fullmatch(core)) and not _CJK_DESK.search(core):
            return None if ends_as_organisation(core.replace(" ", "")) else core
        return None
    if _INITIAL_THEN_NAME.fullmatch(line):
        return line  # forty-third pass: a Mongolian "Б.Сарангэрэл", the father's initial first
    words = line.split()
    if not 2 <= len(words) <= 5:
        return None
    if any("а" <= word[0] <= "я" or word[0] in "ёөүқғңұһіә" for word in words):
        return None  # forty-fourth pass: "Подобрали для вас похожие вакансии", a sentence
    # (a Cyrillic word in lower case; Georgian has capitals in Unicode but writes none)
    return line if any(pattern.fullmatch(line) for pattern in _SPACED_NAME) else None


def signed_with_rank(candidate: str, signer: str | None) -> bool:
    """The company reader's candidate is the signer's name with a rank ("김서연 과장"), which
    is nobody's organisation (twenty-eighth pass)."""
    return bool(signer) and candidate != signer and candidate.startswith(signer) \
        and _CJK_AROUND.sub("", candidate).strip() == signer


def script_name(text: str) -> str | None:
    """``text`` as a person's name in a script other than Latin ("שירן כהן" in a sender's
    "שירן כהן | מגמה השמה"), else None (twenty-eighth pass, after opening)."""
    return _name_in(text) if not re.search(r"[A-Za-z]", text) else None
