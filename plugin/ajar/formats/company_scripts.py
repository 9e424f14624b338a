"""An employer written in a script whose names carry no capitals to tell them by.

The company reader knows a Latin name by its capitals ("Sidrah Gulf Holding") and a Chinese
or Japanese one by its legal form ("有限公司", ``company_imprint``). A letter in Arabic, Urdu,
Persian, Hebrew, an Indic script, Sinhala, Georgian, Armenian, Cyrillic, Greek, Thai or
Korean signs its organisation on a short line of its own, or names it in the sender's name,
with a word that says what it is: a company, a bank, a foundation, a holding, a university
("سدرة الخليج القابضة", "हिमाद्रि ऊर्जा निगम लिमिटेड", "সবুজ উন্নয়ন ফাউন্ডেশন",
"Алтынсай Банк"). Without it the only name left was the sender's domain run together
("Sobujunnayan"). A hiring desk ("মানবসম্পদ বিভাগ", "отдел кадров") is never the employer.
"""

from __future__ import annotations

import re

# Words that say a line names an organisation, by script (matched at the start of a word).
_ORGANISATION_WORDS = (
    # Arabic, Urdu, Persian, Pashto
    "شركة", "الشركة", "مؤسسة", "مجموعة", "القابضة", "بنك", "البنك", "مصرف", "جامعة", "مستشفى",
    "مدرسة", "مركز", "هيئة", "وزارة", "أكاديمية", "المحدودة", "کمپنی", "بینک", "لمیٹڈ", "گروپ",
    "فاؤنڈیشن", "یونیورسٹی", "ہسپتال", "کارپوریشن", "انڈسٹریز", "شرکت", "بانک", "گروه",
    "دانشگاه", "بیمارستان", "سازمان", "موسسه", "مؤسسه",
    # twenty-fourth pass: schools, colleges, clinics, councils, agencies and clubs
    "مدارس", "المدارس", "مستشفيات", "مجمع", "كلية", "معهد", "بلدية", "وكالة", "مصنع", "فندق",
    "مختبرات", "صيدليات", "عيادات", "جمعية", "اتحاد", "صندوق", "الهيئة", "المجموعة",
    "المستشفى", "المركز", "شركات", "للتوظيف", "للاستقدام", "للخدمات", "مجموعة",
    # Hebrew
    "בע\"מ", "בע״מ", "חברת", "בנק", "קבוצת", "אוניברסיטת", "מכללת", "עמותת", "בית ספר", "בית חולים",
    "רשת", "מרכז", "המרכז", "עיריית", "משרד", "קופת חולים", "בית החולים", "תיכון", "מכון",
    "אגודת", "עמותה", "מועצה", "המועצה",
    # Devanagari (Hindi, Marathi, Nepali)
    "निगम", "लिमिटेड", "कंपनी", "कम्पनी", "बैंक", "बँक", "संस्थान", "विश्वविद्यालय", "समूह",
    "सहकारी", "प्राइवेट", "फाउंडेशन", "अस्पताल", "मंडळ",
    # Bengali, Sinhala, Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi
    "ফাউন্ডেশন", "লিমিটেড", "ব্যাংক", "কোম্পানি", "গ্রুপ", "বিশ্ববিদ্যালয়", "হাসপাতাল", "সংস্থা",
    "কর্পোরেশন", "ইন্ডাস্ট্রিজ", "බැංකුව", "සමාගම", "හෝල්ඩිංග්ස්", "ආයතනය", "ලිමිටඩ්",
    "විශ්වවිද්‍යාලය", "රෝහල", "நிறுவனம்", "வங்கி", "லிமிடெட்", "குழுமம்", "பல்கலைக்கழகம்",
    "సంస్థ", "బ్యాంక్", "లిమిటెడ్", "ಸಂಸ್ಥೆ", "ಬ್ಯಾಂಕ್", "ಲಿಮಿಟೆಡ್", "ബാങ്ക്",
    "ലിമിറ്റഡ്", "കമ്പനി", "બેંક", "લિમિટેડ", "કંપની", "ਬੈਂਕ", "ਲਿਮਟਿਡ", "ਕੰਪਨੀ",
    # Cyrillic (Russian, Ukrainian, Kazakh, Mongolian, Serbian, Macedonian, Bulgarian)
    "банк", "компани", "групп", "груп", "холдинг", "университет", "університет", "универзитет",
    "завод", "корпораци", "клуб", "савез", "федераци", "фонд", "институт", "агентств",
    "агенциј", "академи", "больниц", "болниц",
    # (after sealing fresh311-315: Russian names in sentence case that say what the body is, "АО
    # «Авачинский морской торговый порт»", "Корсаковский рыбоперерабатывающий комбинат")
    "торговый порт", "морской порт", "комбинат", "заповедник", "авиакомпани", "авиалини",
    "гостиниц", "пароходств",
    # fifty-seventh pass: a Mongolian agency, ministry or council ("Тээвэр, логистикийн
    # хөгжлийн агентлаг")
    "агентлаг", "яам", "зөвлөл",
    # Georgian, Armenian
    "ბანკი", "კომპანია", "ჯგუფი", "უნივერსიტეტი", "ჰოლდინგი", "ფონდი", "კლინიკა",
    "բանկ", "ընկերություն", "համալսարան", "հիմնադրամ", "գործակալություն", "ինստիտուտ",
    # Greek
    "τράπεζα", "όμιλος", "πανεπιστήμιο", "εταιρεία", "σχολή", "κολλέγιο",
    "εκπαιδευτήρια", "ίδρυμα", "νοσοκομείο",
    "φαρμακεί", "φαρμακευτικ", "ξενοδοχεί", "κλινική", "σύλλογος", "ένωση",
    # Thai, Korean
    "บริษัท", "ธนาคาร", "มหาวิทยาลัย", "โรงพยาบาล", "โรงเรียน", "โรงแรม", "주식회사", "㈜", "(주)",
    "은행", "그룹", "대학교", "연구원", "재단", "호텔", "병원", "건설", "증권", "보험", "자산운용",
    "리츠", "전자", "물산", "상사", "협회", "산업", "화학", "제약", "유통", "물류", "무역", "코리아",
    "공사", "공단", "재단법인", "사단법인", "의료원", "대학병원",
    # forty-fifth pass: Lao, Khmer and Burmese (a company, a bank, an institution, a limited
    # company: "ບໍລິສັດ ນາກາລິງ ເທເລຄອມ ຈຳກັດ", "ធនាគារ គោព្រៃ", "ဇမ္ဗူ ဖိုင်နန့်စ် ကုမ္ပဏီ")
    "ບໍລິສັດ", "ທະນາຄານ", "ສະຖາບັນ", "ຈຳກັດ", "ກຸ່ມບໍລິສັດ", "ធនាគារ", "ក្រុមហ៊ុន", "គ្រឹះស្ថាន",
    "ကုမ္ပဏီ", "ဘဏ်", "လီမိတက်",
    # eighty-first pass: a Burmese clinic, hospital, school and university ("စိန်ရတနာ ဆေးခန်း")
    "ဆေးခန်း", "ဆေးရုံ", "ကျောင်း", "တက္ကသိုလ်",
)
# ... and inside a word of the scripts written without spaces (Chinese, Japanese, Korean,
# Thai), where a name and what it is are one run: "海景匯酒店", "恆岳物業管理", "그랜드한강호텔"
_INSIDE_WORDS = (
    "酒店", "飯店", "饭店", "物業", "物业", "銀行", "银行", "集團", "集团", "大學", "大学",
    "研究院", "研究所", "醫院", "医院", "證券", "证券", "保險", "保险", "建設", "建设", "控股",
    "顧問", "顾问", "科技", "商事", "物産", "ホテル", "病院", "호텔", "병원", "리츠", "운용",
    "건설", "증권", "보험", "โรงแรม", "บริษัท",
    "學院", "学院", "協會", "协会", "基金會", "基金会", "工業", "工业", "電子", "电子", "半導體",
    "半导体", "物流", "貿易", "贸易", "製作所", "商社", "산업", "전자", "물류", "반도체", "화학",
    # thirty-fourth pass: e-commerce, games, digital-finance and design firms
    "电商", "電商", "互娱", "互娛", "数科", "數科", "传媒", "傳媒", "雲端", "云端",
    # after sealing fresh161-165: games, cars, IoT, networks, mobility and software firms
    # ("雾岛游戏", "驰远汽车", "极栈物联", "禾木网络", "米粒出行")
    "游戏", "遊戲", "汽车", "汽車", "物联", "物聯", "网络", "網絡", "網路", "出行", "软件", "軟體",
    "信息", "資訊", "数据", "數據", "智能", "通信", "医疗", "醫療", "能源",
    "케미칼", "제약", "바이오", "유통", "무역", "항공", "해운", "통운",
    # (seventy-seventh pass: a Japanese prefecture's experiment station, "北海道立石狩農業食品試験場")
    "試験場", "试验场",
)
# ... and words that name one only at a name's end (after sealing fresh356-360: a middle
# school, "日喀则市雅江中学", not a "中学英语教师", a middle-school teacher)
_INSIDE_AT_END = ("中学", "中學", "学校", "學校", "小学", "小學")
# Legal forms, short enough to start other words ("ад" starts "адрес"): whole words only.
_LEGAL_FORMS = ("ооо", "тов", "ао", "пао", "тоо", "ақ", "ххк", "еоод", "оод", "ад", "д.о.о.",
                "доо", "შპს", "სს", "սպը", "փբը", "բբը", "α.ε.", "αε", "ι.κ.ε.", "ικε", "ε.π.ε.", "αμκε", "α.μ.κ.ε.")
_ORGANISATION = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(word) for word in sorted(
        set(_ORGANISATION_WORDS), key=len, reverse=True)) + ")"
    r"|(?<!\w)(?:" + "|".join(re.escape(form) for form in sorted(
        _LEGAL_FORMS, key=len, reverse=True)) + r")(?!\w)"
    # twenty-eighth pass: a club as a whole word ("نادي", "النادي"), not the name "نادية"
    r"|(?<!\w)(?:ال)?نادي(?!\w)")
# A hiring desk in those scripts: the unit that writes, not the employer.
_INSIDE = re.compile("|".join(map(re.escape, _INSIDE_WORDS)))
# a sentence, not a name: "感謝您於 11 月 18 日撥冗前來本公司，參加「物業經理」職缺之面試"
_CJK_PUNCTUATION = re.compile(r"[，、。「」『』（）！？：；]")
_HIRING_DESK = re.compile(
    r"الموارد البشرية|شؤون الموظفين|التوظيف|ہیومن ریسورس|انسانی وسائل|شعبہ بھرتی|منابع انسانی|"
    r"کارگزینی|משאבי אנוש|מחלקת גיוס|मानव संसाधन|कार्मिक|মানবসম্পদ|মানব সম্পদ|මානව සම්පත්|"
    r"බඳවා ගැනීම්|மனிதவள|மனித வள|మానవ వనరుల|отдел кадров|отдел персонала|служба персонала|"
    r"відділ кадрів|відділ персоналу|кадр|персонал|ადამიანური რესურს|մարդկային ռեսուրս|"
    r"ανθρώπινου δυναμικού|ανθρώπινο δυναμικό|ทรัพยากรบุคคล|ฝ่ายบุคคล|인사팀|채용팀|인사부|"
    r"人力資源部?|人力资源部?|人事部|採用担当|招聘|"
    # forty-fifth pass: Lao, Khmer and Burmese HR desks
    r"ພະແນກບຸກຄະລາກອນ|ຝ່າຍບຸກຄະລາກອນ|ບຸກຄະລາກອນ|ផ្នែកធនធានមនុស្ស|ធនធានមនុស្ស|လူ့စွမ်းအား|ဝန်ထမ်းရေးရာ|"
    # fifty-first pass: a Somali HR desk ("Waaxda Shaqaalaha", "Xamar Commercial Bank -
    # Shaqaalaha")
    r"waaxda shaqaalaha|shaqaalaha",
    re.I)
# A desk written after its organisation in one run: "海景匯酒店人力資源部", "한빛리츠 인사팀"
_DESK_AFTER = re.compile(r"\s*(?:(?:キャリア|新卒|中途|経験者)\s*)?(?:人力資源(?:部|處|处|科)?|人力资源(?:部|处|科)?|人資部|人事(?:部|課|处|處|科)|"
                         r"人事グループ|採用(?:事務局|担当者?|チーム|グループ)|(?:人才)?招聘(?:团队|團隊|小组|小組|組|组|部)?|"
                         r"인사팀|채용팀|인사부|채용담당|ฝ่ายทรัพยากรบุคคล|ฝ่ายบุคคล|"
                         r"办公室|辦公室)$")  # (after sealing fresh356-360: "日喀则市雅江中学办公室")
_PARTS = re.compile(r"\s+[-–—|·]\s+|(?<=[\u4e00-\u9fff])\s+/\s+|\s*[,،]\s+")  # (after sealing fresh161-165: "雾岛游戏 · 负责人")
_SENTENCE_END = ("۔", "।", ".", "։", "!", "?", "؟", "။", ":", "。", "！", "？", "：")


# "ИТ-хаб АО «Алтынсай Банк»", "ТОВ «Сотня Клауд»": the name in quotes after its legal form
# (fortieth pass: and Ukraine's joint-stock "АТ «Каштан Банк»", "ПрАТ", "ТзОВ")
_QUOTED_AFTER_FORM = re.compile(
    r"(?<!\w)(?:ооо|тов|тоо|ао|пао|зао|оао|ад|еоод|оод|доо|ххк|ақ|жшс|ат|прат|тзов)\s*[«\"“„](?P<n>[^»\"”“\n]{2,50})"
    r"[»\"”“]"
    # forty-fourth pass: Kazakh writes the form after the name ("«Батыс Петро Диджитал» ЖШС")
    r"|^[«\"“„](?P<m>[^»\"”“\n]{2,50})[»\"”“]\s*(?:жшс|ақ|жақ|тоо|ао|ооо|mchj|llc)\.?"
    # (opened fresh341-345: then the signer's title, "«Алтай Бұрғылау» ЖШС, өндіріс жөніндегі директор")
    r"(?:,\s[^\n]{2,80})?$", re.I | re.M)


_SIGNED_UNIT = re.compile(r"^\S*(?:部|中心|组|組|团队|團隊|處|处|室)(?:\s|$)|(?:经理|經理|总监|總監|主管|专员|"
                          r"專員|负责人|負責人|创始人|創始人|創辦人|合伙人|合夥人)$")


def world_script_company(text: str) -> str | None:
    """The first short line, or part of a sender's name, in a non-Latin script that names an
    organisation by what it is; None when there is none."""
    if not text.isascii():
        quoted = _QUOTED_AFTER_FORM.search(text)
        name = quoted and (quoted.group("n") or quoted.group("m"))
        if name and not name.isascii():
            return name.strip()
    for line in text.splitlines():
        if line.strip().endswith(_SENTENCE_END) and len(line.split()) >= 5:
            continue  # forty-fourth pass: "სამწუხაროდ, კომპანიამ გადაწყვიტა, რომ ...": a sentence
        parts = _PARTS.split(line.strip())
        if len(parts) == 2 and sum(part.isascii() and len(re.findall(r"\b[A-Z]", part)) >= 2
                                   for part in parts) == 1:
            continue  # forty-fourth pass: "هيئة الواحة الرقمية | Al Waha Digital Authority": the
            # organisation in both scripts, the Latin one read by the capitals' reader
        for index, part in enumerate(parts):
            part = part.strip(" ()\"'«»")
            # thirty-fourth pass: "翼影创新 | 用户体验部 设计经理", "赵一鸣 | 跃动互娱 招聘经理": a
            # signature's unit or rank after the firm, in the next part or the same one
            following = parts[index + 1].strip() if index + 1 < len(parts) else ""
            unit_next = bool(following) and not following.isascii() \
                and bool(_SIGNED_UNIT.search(following))
            if not part or part.isascii() or len(part) > 60 or len(part.split()) > 7 \
                    or part.endswith(_SENTENCE_END):
                continue
            letters = [char for char in part if char.isalpha()]
            if sum(not char.isascii() for char in letters) < 0.6 * len(letters):
                continue  # "Atlas Aérostructures": a Latin name, read by the capitals' reader
            named = without_desk_after(part)
            # "한결케미칼 채용담당", "青嶺エンジニアリング 人事部": what a desk follows is its employer
            desk = named != part and 0 < len(named.split()) <= 4
            ranked = without_unit_in_script(part)
            if ranked != part and 0 < len(ranked.split()) <= 3 and len(ranked) >= 2:
                named, desk = ranked, True  # "跃动互娱 招聘经理": the firm before its rank
            elif unit_next and len(part.split()) == 1 and 4 <= len(part) <= 12:  # (not a 2-3 letter name)
                desk = True
            part = named or part
            lowered = part.lower()
            inside = len(part) <= 24 and not _CJK_PUNCTUATION.search(part) \
                and (_INSIDE.search(part) or part.endswith(_INSIDE_AT_END)) \
                and not part.endswith(("商务", "商務"))  # "电子商务": a board's sector, no firm
            if (_ORGANISATION.search(lowered) or inside or desk) \
                    and not _HIRING_DESK.search(lowered):
                return _holder(without_world_form(part) or part)
    return None


# "东陵理工大学环境科学与工程学院": a university's or a hospital's school, department or ward
# after its name in one run; the employer is the university ("东陵理工大学").
_HOLDER_RUN = re.compile(r"^(?P<h>[^\s]{2,16}?(?:大学|大學|医院|醫院|病院))(?P<rest>[^\s]{2,20}"
                         r"(?:学院|學院|研究所|研究院|研究科|学部|系|中心|科|部|实验室|實驗室))$")


def _holder(name: str) -> str:
    found = _HOLDER_RUN.match(name)
    return found.group("h") if found else name


# A Korean letter's closing word after the sender ("드림", "올림": "sent by"), and a team
# written as one word ending in 팀 ("인재개발팀") or 부서.
_SIGNED_BY = re.compile(r"\s*(?:드림|올림|배상|拝|敬上|謹上)$")
_KOREAN_TEAM = re.compile(r"\s+\S+(?:팀|부서)$")


def without_desk_after(part: str) -> str:
    """"한결케미칼 인사팀 드림" -> "한결케미칼", "海景匯酒店人力資源部" -> "海景匯酒店": a name
    without the desk written after it, nor the closing word after that."""
    named = _SIGNED_BY.sub("", part)
    named = _DESK_AFTER.sub("", named)
    if len(named.split()) >= 2:
        named = _KOREAN_TEAM.sub("", named)
    return named.strip()


_ENDS_INSIDE = re.compile("(?:" + "|".join(map(re.escape, _INSIDE_WORDS)) + ")$")


# Thirty-second pass (after opening fresh111-115): a Korean or Japanese organisation signed
# with its unit, its desk or the writer's rank after a space ("한국소재융합연구원 인재경영실",
# "동광화학 주식회사 인사팀 과장", "浜名湖理科大学 総務部", "関西工業大学 応用化学専攻",
# "한빛과학기술원 교원"), a form's label before it ("기업명 (주)한결소재"), or a graduate school
# run on after its university ("北斗大学大学院理学研究院"). A tail leaves only when what stays
# ends as an organisation ("국토교통부" alone is a ministry, not a unit).
_RANK_AFTER = re.compile(r"\s+(?:과장|부장|차장|대리|팀장|실장|주임|사원|책임연구원|선임연구원|교수|"
                         r"教授|准教授|講師|助教|課長|部長|係長|主任|担当者?|"
                         # thirty-fourth pass: Chinese ranks ("资深经理", "设计总监")
                         r"\S*(?:经理|經理|总监|總監|主管)|"
                         # after sealing fresh161-165: a founder, a head, an HR partner
                         # ("极栈物联 创始人", "知更科技 HRBP（基础架构部）")
                         r"\S*(?:负责人|負責人|创始人|創始人|創辦人|合伙人|合夥人)|"
                         r"(?:HRBP|HR|CEO|CTO|COO)(?:[（(][^）)]*[）)])?)$")
_UNIT_AFTER = re.compile(r"\s+\S*(?:팀|실|처|부|과|센터|본부|부서|학과|학부|교원|部|課|室|専攻|部門|"
                         r"学科|センター|事務局|本部|"
                         # thirty-fourth pass: a Chinese team, group or campus programme ("设计组",
                         # "招聘团队", "校园")
                         r"组|組|团队|團隊|校园|校園|中心)$")
_FORM_LABEL = re.compile(r"^(?:기업명|회사명|기관명|会社名|企業名|機関名)\s*[:：]?\s*")
_GRADUATE_SCHOOL = re.compile(r"^(?P<u>\S+?(?:大学|大學))大学院\S*$")
_ORGANISATION_END = re.compile(r"(?:大学|大學|研究所|研究院|研究機構|機構|株式会社|会社|病院|대학교|대학|"
                               r"연구원|과학기술원|연구소|주식회사|병원|재단|공사|공단|은행|\(주\)|㈜)$")


def without_unit_in_script(name: str) -> str:
    """"浜名湖理科大学 総務部" -> "浜名湖理科大学": a CJK organisation without the unit, desk or
    rank written after it, nor a form's label before it."""
    if not name or name.isascii():
        return name
    if "｜" in name:  # thirty-fourth pass: "設計中心 資深經理｜晶岳電子": the unit, then the firm
        parts = [part.strip() for part in name.split("｜") if part.strip()]
        name = next((part for part in reversed(parts) if ends_as_organisation(part.split()[-1])),
                    parts[-1] if parts else name)
    named = _FORM_LABEL.sub("", name)
    for _ in range(3):
        shorter = _UNIT_AFTER.sub("", _RANK_AFTER.sub("", named)).strip()
        last = shorter.split()[-1] if shorter.split() else ""
        if shorter == named or not (_ORGANISATION_END.search(last) or ends_as_organisation(last)):
            break
        named = shorter
    school = _GRADUATE_SCHOOL.match(named)
    return (school.group("u") if school else named) or name


def ends_as_organisation(word: str) -> bool:
    """"그랜드남산호텔", "华岳银行": one word of a script without spaces that ends in what
    the organisation is (not "물류계획", which only starts with "logistics")."""
    return not word.isascii() and len(word) >= 3 and bool(_ENDS_INSIDE.search(word))


def names_organisation(name: str) -> bool:
    """"Регионални рукометни савез Морава": a name in a script without capitals (or written
    in sentence case, as Serbian and Russian write names) that says what organisation it is."""
    return not name.isascii() and bool(_ORGANISATION.search(name.lower())
                                       or len(name) <= 24 and _INSIDE.search(name))


# The legal forms a user reads a name without, as Ajar drops "Ltd" and "GmbH" from Latin names
# (twenty-fifth pass: a spaced form only as a word of its own, so that "Община Каменград" keeps
# its "ад" and "Адриатик" its "Ад"; the forms of Korean, Chinese and Japanese run into the name)
_FORM_AT_ENDS = re.compile(
    r"^(?:(?:(?:ооо|тов|тоо|ао|пао|ххк|еоод|оод|ад|доо|ат|прат|тзов|осоо|мчж|жчк|შპს|სს|սպը|փբը|բբը|บริษัท"
    # (fiftieth pass: a Russian staffing agency before its quoted name, "Кадровое агентство
    # «ПромТалант»"; Tatar and Bashkir joint-stock and limited forms, "АҖ", "ҖЧҖ", "АЙ")
    r"|кадровое агентство|рекрутинговое агентство|аҗ|җчҗ|сп(?=\s*[«\"„“]))(?:\s+|(?=[«\"„“]))"
    # (fifty-seventh pass: a Russian joint venture before its quoted name, "СП «Гоби-Транзит»";
    # a Mongolian state-owned enterprise after its name, "… Үйлдвэр ТӨҮГ")
    # forty-sixth pass: a Moldovan bank's or joint venture's form before its quoted name
    # ("BC „Eximprut Bank” S.A.", "Î.M. „Vinaria Codru”"; not "BC Hydro")
    r"|(?:bc|î\.?m\.?|î\.?c\.?s\.?|s\.?c\.?)\s*(?=[«\"„“])"
    r"|(?:주식회사|㈜|\(주\)|株式会社|有限会社)\s*))+"
    # (forty-ninth pass: Uzbek and Kyrgyz forms, "МЧЖ", "ДУК", "ЖЧК", "ОсОО")
    r"|(?:(?:\s+|(?<=[»\"”]))(?:ооо|тов|тоо|ао|пао|ақ|мчж|дук|жчк|осоо|аҗ|җчҗ|ай|ххк|төүг|хк|еоод|еад|оод|ад|д\.о\.о\.?|доо|შპს|სს|սպը|փբը|բբը|"
    r"α\.?ε\.?|ι\.?κ\.?ε\.?|ε\.?π\.?ε\.?|α\.?μ\.?κ\.?ε\.?|בע\"מ|בע״מ|لمیٹڈ|प्राइवेट लिमिटेड|लिमिटेड|"
    r"প্রাইভেট লিমিটেড|লিমিটেড|ලිමිටඩ්|පීඑල්සී|லிமிடெட்|లిమిటెడ్|ಲಿಮಿಟೆಡ್|ലിമിറ്റഡ്|લિમિટેડ|"
    r"ਲਿਮਟਿਡ|จำกัด(?: \(มหาชน\)?)?|"
    # thirty-fourth pass: Egypt's and the Gulf's forms ("ش.م.م", "ذ.م.م", "ش.م.ع")
    r"ش\.? ?م\.? ?م\.?|ش\.? ?م\.? ?ع\.?|ذ\.? ?م\.? ?م\.?)"
    r"|\s*(?:㈜|\(주\)|주식회사|股份有限公司|有限公司|有限会社|株式会社))+$", re.I)


def without_world_form(name: str) -> str:
    """"ООО «Ромашка»" -> "Ромашка", "हिमाद्रि ऊर्जा निगम लिमिटेड" -> "हिमाद्रि ऊर्जा निगम"."""
    bare = _FORM_AT_ENDS.sub("", name).strip(" ,\"'«»“”„")
    # (sixty-fifth pass: "Парк-отель «Ладожский берег»" keeps the guillemet that closes its name)
    return bare + "»" if bare.count("«") > bare.count("»") else bare


_DESK_TAIL = re.compile(r"\s+[-–—|,،]\s+(?:إدارة |قسم |شعبہ |מחלקת |विभाग )?(?:" + _HIRING_DESK.pattern
                        + r")[^\s,]*(?: [^\s,]+)?\s*$", re.I)


# After sealing fresh161-165: a team, a desk or the writer's post before a Persian or Arabic
# organisation ("تیم کاربینجا", "منابع انسانی سفرینه", "مدیر فنی تسک‌یار", "مدیریت سرمایه انسانی
# بانک …"), and a bracket the line left open ("سپهران دیجیتال (بازوی فناوری …").
_DESK_BEFORE = re.compile(
    r"^(?:تیم|واحد|مدیر فنی|مدیرعامل|مدیر عامل|مدیر منابع انسانی|کارشناس جذب و استخدام|"
    r"مدیریت سرمایه(?:ٔ|ی|‌ی)? انسانی|منابع انسانی|سامانه(?:ٔ|ی|‌ی)? جذب و استخدام|"
    r"فريق|إدارة الموارد البشرية|قسم الموارد البشرية|الموارد البشرية|"
    # (after sealing fresh381-385: a Persian general directorate of human capital, an Arabic
    # manager: "اداره کل سرمایه انسانی شهرداری اهواز", "مدير شركة تمور الفلاحية")
    r"اداره(?:ٔ|ی|‌ی)? کل سرمایه(?:ٔ|ی|‌ی)? انسانی|اداره(?:ٔ|ی|‌ی)? کل منابع انسانی|مدير عام|مدير|"
    r"شرکت ?:|الشركة ?:)\s+(?=\S)")
_OPEN_BRACKET = re.compile(r"\s*[(（][^)）]*$")


def without_desk_before(name: str) -> str:
    """"منابع انسانی سفرینه" -> "سفرینه": the organisation without the desk written before it."""
    if name.isascii():
        return name
    named = _OPEN_BRACKET.sub("", _DESK_BEFORE.sub("", name.strip(), count=1)).strip()
    return named if len(named) >= 2 else name


# "در شرکت «سبدینو»", "در شرکت نوین‌پی (پرداخت الکترونیک نوین)": a Persian board's card names
# the employer after "at the company" (quoted, or up to the next bracket, comma or verb)
_PERSIAN_AT_COMPANY = re.compile(
    # (after sealing fresh381-385: not "از شرکت شما در فرآیند جذب", thanks for your taking part)
    r"(?:در|از|با) (?:شرکت|مجموعه(?:ٔ)?|سازمان) (?!(?:شما|جنابعالی|حضرتعالی|تو|ایشان)(?:\s|$))(?:«(?P<q>[^»\n]{2,40})»|(?P<w>[^\s()«»،.:]{2,25}"
    r"(?: (?!(?:را|به|در|و|که|برای|از|با|است|هستیم|بوده|شما)\b)[^\s()«»،.:]{2,25}){0,2}))")


def persian_company_mentions(text: str) -> list[str]:
    """The employers a Persian letter or board names "at the company …"."""
    names = []
    for match in _PERSIAN_AT_COMPANY.finditer(text[:6000]):
        name = (match.group("q") or match.group("w") or "").strip()
        if name and not name.isascii():
            names.append(name)
    return names


def without_desk(name: str) -> str:
    """"Atlas Aérostructures - الموارد البشرية": the organisation without the desk after it."""
    return _DESK_TAIL.sub("", name) if not name.isascii() else name


# Twenty-fifth pass: the sender who names herself in a script without capitals ("김서연
# 드림", "인사팀 김서연입니다", "王丽敬上", "佐藤です"), so that her name is never the employer.
_SIGNER_IN_SCRIPT = re.compile(
    r"(?:^|[\s,.])(?P<n>[가-힣]{2,4})(?:입니다|\s*(?:드림|올림|배상)(?![가-힣]))"
    r"|(?:^|[\s,，。])(?P<c>[\u4e00-\u9fff]{2,3})\s*(?:敬上|謹上|谨上)"
    r"|(?:^|[\s、。])(?P<j>[\u4e00-\u9fff]{2,4})(?:です|と申します)", re.M)


def signed_in_script(text: str) -> list[str]:
    """The names a letter's writer signs or introduces herself with, in Korean, Chinese or
    Japanese; an organisation ("한결케미칼 드림") is none."""
    names = []
    for found in _SIGNER_IN_SCRIPT.finditer(text[:8000]):
        name = found.group("n") or found.group("c") or found.group("j")
        if not ends_as_organisation(name) and not _KOREAN_TEAM_WORD.search(name):
            names.append(name)
    return names


_KOREAN_TEAM_WORD = re.compile(r"(?:팀|부서|본부|센터|그룹|사무국|위원회)$")


# "대성전자부품 인사팀 김서연입니다", "대성전자부품(주) 인사팀 | 채용 담당": the organisation
# that holds the Korean hiring desk, written before it.
_KOREAN_DESK_HOLDER = re.compile(
    r"(?:^|[\s(\[])(?P<o>[가-힣A-Za-z0-9&·]{2,20}?)(?:\(주\)|㈜)?\s*(?:인사팀|채용팀|인사부|인재채용팀|"
    r"인재개발팀|HR팀|인사총무팀|경영지원팀)(?![가-힣])", re.M)


def desk_holders_in_script(text: str) -> list[str]:
    """The organisations a Korean letter writes before its hiring desk."""
    names = []
    for found in _KOREAN_DESK_HOLDER.finditer(text[:8000]):
        name = without_world_form(found.group("o"))
        if len(name) >= 2 and name not in names and not re.fullmatch(r"[A-Za-z0-9]+", name) \
                and name not in ("저희", "당사", "회사", "저희 회사"):
            names.append(name)
    return names


# Twenty-fifth pass: an Arabic letter names its employer in words ("تجمع الواحة الصحي",
# "مستشفى المروج") that the sender's domain romanises (alwaha-cluster, almuruj-hospital).
_ARABIC_RUN = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u064b-\u0652]+"
                         r"(?:\s+[\u0620-\u064a\u066e-\u06d3\u064b-\u0652]+)*")
_ARABIC_ORGANISATION = frozenset(_ORGANISATION_WORDS) | {
    "تجمع", "مجمع", "مركز", "مدارس", "مدرسة", "هيئة", "جمعية", "عيادة", "عيادات", "مستوصف", "معهد",
    "كلية", "مدينة", "مختبرات", "صيدليات", "مستشفيات"}


def arabic_names_of_domain(text: str, tokens: list[str]) -> list[str]:
    """The Arabic names in ``text`` a word of which the domain's first tokens romanise: the
    organisation's kind before it and its adjectives after it ("الصحي", "التخصصي") kept."""
    from ajar.formats.romanised import spells_domain_in_arabic  # (a leaf module; kept local)
    names: list[str] = []
    for run in _ARABIC_RUN.finditer(text[:8000]):
        words = run.group(0).split()
        for index, word in enumerate(words):
            if not any(spells_domain_in_arabic(word, token) for token in tokens[:2]):
                continue
            start = index - 1 if index and words[index - 1] in _ARABIC_ORGANISATION else index
            end = index + 1
            while end < len(words) and end - index <= 2 and (
                    words[end].startswith("ال") and words[end].endswith(("ي", "ية"))
                    or words[end].startswith("لل")):  # "تواصل للتوظيف": "... for recruitment"
                end += 1
            name = " ".join(words[start:end])
            if name not in names:
                names.append(name)
            break
    return names
