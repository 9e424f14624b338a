"""Nineteenth pass (role): the post named in Japanese, Korean, Arabic, Malay, Indonesian and
Welsh letters, as the letter writes it (twentieth pass: Vietnamese and Chinese too).

The title readers look for a capitalised English-like title after a cue word; these
languages put the title before its post word ("「フロント係」の求人", "... 코디네이터 채용에",
"... 職に") or after a noun of post that is no English cue ("لوظيفة مدير مشروع", "jawatan
Pegawai Tadbir", "swydd Llyfrgellydd"). Read only when nothing else gave a title.
"""

from __future__ import annotations

import re

from ajar.formats.company_scripts import ends_as_organisation

# twenty-fourth pass, Hebrew: after the post's noun ("לתפקיד", "משרת"), up to a dash, a stop
# or the employer with its "at" ("... לגיל הרך בקשת לומדת")
_HEBREW_TITLE = re.compile(
    r"(?<![\u05d0-\u05ea])(?:לתפקיד|תפקיד|התפקיד|למשרת|משרת|במשרת|בתפקיד) "
    r"(?P<t>[\u05d0-\u05ea\"״'׳]+(?: (?!ב(?!כיר)[\u05d0-\u05ea]|של )[\u05d0-\u05ea\"״'׳]+){0,4})"
    r"(?=\s+[-–]|[,.:;!?)\n]|\s+ב(?!כיר)[\u05d0-\u05ea]|\s+של |$)", re.M)

# A Japanese post's head word: a kind of job, a charge, a member, a specialist
_JA_HEAD = (r"(?:職|担当|者|士|員|長|マネージャー|マネジャー|エンジニア|スタッフ|アナリスト|プランナー|"
            r"バイヤー|リーダー|コンサルタント|デザイナー|スペシャリスト|サイエンティスト)")

_TITLE_IN_SCRIPT = (
    # Japanese: a title in corner brackets before its post word, or after "の" before it
    # (thirty-sixth pass: or before "your application to it", "「…」へのご応募")
    re.compile(r"「(?P<t>[^」\n]{2,40})」(?:の)?(?:求人|募集|職|ポジション|選考|(?:へ|に)(?:の)?ご?応募)"),
    re.compile(r"の(?P<t>[^\s、。の「」]{2,24}(?:（[^）\n]{1,20}）)?)(?:の)?(?:募集|求人|職|ポジション)"
               r"(?:に|へ|の|で)"),
    # twenty-fourth pass: a line that opens with the post ("サステナビリティ推進部 ESGアナリスト職の選考")
    re.compile(r"(?:^|[、。])(?P<t>[^\s、。「」の][^\n、。「」の]{1,30}?)(?:職|ポジション)の(?:選考|募集|求人)",
               re.M),
    # Korean: after a possessive "의", before a post word and its particle
    re.compile(r"의 (?P<t>(?:[가-힣A-Za-z]+ ){0,3}[가-힣A-Za-z]+) (?:포지션|직무|채용)(?:에|을|의)"),
    # twenty-fourth pass: "지원하신 ESG경영팀 탄소회계 담당 포지션에", "**기후리스크 분석가(리스크관리부문)**
    # 최종면접": after "you applied for", or in bold before a stage or post word
    re.compile(r"지원(?:하신|해 ?주신|하셨던) (?P<t>(?:[가-힣A-Za-z&/]+ ){0,3}[가-힣A-Za-z&/]+"
               r"(?:\([^)\n]{1,20}\))?) ?(?:포지션|직무|분야|부문|직)(?:에|을|의|과|\b)"),
    re.compile(r"(?:^|\s)(?P<t>(?:(?!\S*(?:채용|경력직|신입|전형|년|기|님|따라|위해|대한|관련|으로|에서|"
               r"의|에|를|을|은|는|이|가|과|와|도|한|신|던|된|할)\s)[가-힣A-Za-z&/]+ ){0,2}"
               r"[가-힣A-Za-z&/]*(?:분석가|연구원|전문가|기획자|매니저|엔지니어|디자이너|개발자|담당자?|"
               r"팀장|과장|대리|(?<!경력)(?<!신입)사원|주임|책임|선임|컨설턴트|코디네이터|간호사|교사|강사|디렉터|리더|리드|"
               r"관리자|설계자|바이어|플래너|구매원?|"
               # thirty-third pass: academic ranks, and "채용에", "1단계 서류심사" after the post
               r"조교수|부교수|교수|연구교수|전임강사|박사후연구원)(?: ?\([^)\n]{1,20}\))?) +"
               r"(?:최종 ?면접|면접|서류 ?전형|서류 ?심사|포지션|직무|채용(?:에|을|의|과|\b)|"
               r"\d단계|공채|"
               # thirty-eighth pass: "컬처핏 인터뷰", "최종(임원) 면접", "과제" (the take-home)
               r"(?:컬처핏|기술|임원|\d차) ?(?:인터뷰|면접)|인터뷰|최종\([^)\n]{1,6}\) ?면접|과제)", re.M),
    # Arabic: after a noun of post ("لوظيفة", "منصب"), up to a preposition or a stop
    # (thirty-eighth pass: not a preposition's phrase, "الوظيفة في المرحلة الحالية"; with
    # its specialty in brackets, "وظيفة مطور برمجيات أول (Ruby on Rails)"; after "مسار", track)
    # (after sealing fresh381-385: nor a verb or an adjective, "وظيفة تتناسب مع مؤهلاتكِ",
    # "الوظيفة اتقفلت من جوه")
    re.compile(r"(?:لوظيفة|وظيفة|الوظيفة|لمنصب|منصب|مسار) (?!(?:في|لدى|مع|من|على|إلى|عن|خلال|حاليا|حالياً)\s)"
               r"(?!(?:تتناسب|تناسب|تتطلب|تتطلّب|اتقفلت|اتلغت|انقفلت|ما|لا|جديدة|شاغرة|أخرى|اخرى|تانية|ثانية|مناسبة)(?:[\s،.]|$))"
               r"(?P<t>(?:[^\s،.:|()-]+(?:-[^\s،.:|()-]+)? ){0,3}?[^\s،.:|()-]+(?:-[^\s،.:|()-]+)?"
               r"(?: \([A-Za-z][\w +#./-]{0,28}\))?)"
               r"(?= في | لدى | مع |[،.:|\n]| -|$)", re.M),
    # thirty-eighth pass: a title in Latin letters after a Ukrainian or Russian post noun
    # ("щодо позиції Embedded C++ Engineer", "на вакансию Senior Go Developer")
    re.compile(r"(?i:позиці[їяю]|посад[иуа]|вакансі[їяю]|позици[июя]|ваканси[июя]|должност[иь])\s+"
               r"[«\"“]?(?P<t>[A-Z][\w+#.-]*(?:\s(?:[A-Za-z][\w+#./-]*|\([^()\n]{1,20}\))){0,5})"
               r"(?=[»\"”]|\s*[,.;:!?\n]|\s+[—–-]\s|\s+[а-яіїєґ]|$)", re.M),
    _HEBREW_TITLE,
    # Malay, Indonesian, Welsh: a capitalised title after the post word
    # (sixty-fourth pass: with "dan", "and", between its words, "Pegawai Keselamatan dan Kesihatan")
    re.compile(r"\b(?:[Jj]awatan|[Pp]osisi|[Ss]wydd) (?P<t>[A-Z][\w'’-]*(?: (?:dan |& )?[A-Z][\w'’-]*){0,6})"),
    # twentieth pass, Vietnamese: after "vị trí" (the post), a title whose words may be
    # in lower case after the first ("Chuyên viên Tuyển dụng"), up to "tại"/"của" (the
    # employer) or a stop
    re.compile(r"(?i:vị trí)\s+(?:là\s+)?[\"“]?(?P<t>[A-ZÀ-ỸĐ][^\s,.;:!?\"”()]*"
               r"(?:\s(?!(?:tại|của|ở|với|và|mà|đã|chúng|công|cho|vào|này|trong)\b)"
               r"[^\s,.;:!?\"”()]+){0,5}?"
               # twenty-first pass: the post's short form in brackets, "(C&B)", "(HRBP)"
               r"(?:\s\([A-Z][A-Za-z0-9&/.-]{1,9}\))?)[\"”]?(?=\s*[,.;:!?\n)]|\s(?:tại|của|ở|với|và|này|"
               r"trong|mà|đã)\b|$)", re.M),
    # Chinese: the title between an applying verb (or a quote) and the word for the post
    # twenty-fourth pass: a quoted title with its bracketed unit before the post or selection
    # word ("“绿色金融分析师（气候风险方向）”岗位", "「副研究員（氣候風險研究組）」甄試")
    # thirty-fourth pass: a title by its head, its unit in brackets, a space or "这个" before
    # the post word or the step ("投递 高级交互设计师（上海） 岗位", "关于交互设计师（App 与遥控器）
    # 岗位", "资深用户体验设计师那个岗位", "HMI 介面設計師 最終面談")
    # (after sealing fresh356-360: after "that", "格尔木那个矿山安全主管（HSE Supervisor）岗位", and
    # more heads, "前台接待这个岗位")
    re.compile(r"(?:投递|投遞|应聘|應聘|申请|申請|参加|參加|参与|參與|关于|關於|的|那个|那個|这个|這個|[\s，。、：:|｜“「(（])"
               r"(?P<t>(?:[A-Za-z]{2,6} )?(?:(?!的|應徵|应征|應聘|应聘|申請|申请|本公司|貴公司|贵公司|我司|台端|这个|這個|那个|那個|"
               r"报名|報名|感谢|感謝|我校|本校|我院|本院)"
               r"[A-Za-z0-9\u4e00-\u9fff]){0,12}?(?:设计师|設計師|工程师|工程師|"
               r"经理|經理|专员|專員|主管|总监|總監|分析师|分析師|助理|顾问|顧問|会计|會計|律师|律師|专家|"
               r"前台接待|接待员|接待員|讲解员|講解員|协调员|協調員|技术员|技術員|翻译|翻譯|教师|教師|"
               r"專家|Designer|Engineer|Manager)(?:\s?[（(][^）)\n]{1,16}[）)])?)[”」]?\s?(?:这个|這個|"
               r"那个|那個)?(?:一职|一職|职位|職位|岗位|崗位|職缺|职缺|的?(?:招聘|流程|终面|終面|最終面談|"
               r"最终面谈))", re.M),
    re.compile(r"[“「\"](?P<t>[^\s，。、“”「」\"]{2,16}(?:[（(][^）)\n]{1,16}[）)])?)[”」\"]"
               r"(?:一职|一職|职位|職位|岗位|崗位|職缺|职缺|甄試|甄选|甄選|招聘|招募|面试|面試|考核)"),
    # after sealing fresh356-360: a public notice's labelled post, "报考岗位：文旅推广专员（岗位代码：…）"
    re.compile(r"(?:报考岗位|報考崗位|应聘岗位|應聘崗位|申请岗位|申請崗位|岗位名称|崗位名稱|职位名称|職位名稱)"
               r"[:：]\s*(?P<t>[^\s（(，,。、\n]{2,20})"),
    re.compile(r"(?:申请|申請|应聘|應聘|应征|應徵|投递|投遞|对|對|参加|參加|报名|報名)(?:了)?(?:我们|我們|我司|贵公司|貴公司|本公司|公司|"
               # (after sealing fresh356-360: a school's and a hospital's "our", "报名我校英语教师岗位")
               r"我校|本校|我院|本院)?(?:的)?"
               r"[“「\"]?"
               # forty-third pass: the department before the title, "投資部量化分析師一職"
               r"(?:[\u4e00-\u9fff]{1,5}?部(?=[^\s，。、“”「」\"的了我部]{4,14}?(?:一职|一職|职位|職位|岗位|崗位)))?"
               r"(?P<t>[^\s，。、“”「」\"的了我]{2,14}?)[”」\"]?(?:一职|一職|职位|職位|岗位|崗位)"),
    re.compile(r"[“「](?P<t>[^\s，。、“”「」]{2,14})[”」](?:一职|一職|职位|職位|岗位|崗位)"),
    # twenty-fifth pass: Japanese "求人「在庫計画担当（EC事業部）」", "…、調達担当（化学品本部）の
    # 一次面接": the post named in brackets after the job ad, or by its head before an interview
    re.compile(r"(?:求人|職種|ポジション)「(?P<t>[^」\n]{2,40})」"),
    re.compile(r"(?:^|[、。])(?P<t>[^\s、。「」の]{1,20}?(?:担当|者|士|員|長|マネージャー|マネジャー|"
               r"エンジニア|スタッフ|アナリスト|プランナー|バイヤー|リーダー|コンサルタント|デザイナー|"
               r"スペシャリスト)(?:（[^）\n]{1,20}）)?)職?の(?:一次|二次|三次|最終)?(?:面接|選考)", re.M),
    # after sealing fresh336-340: Japanese, the post in brackets after a hire ("職員採用（乳製品品質
    # 管理担当）にご応募"), a post by its head before "の採用を見送", "のポジション" or an interview
    # ("醸造技術職（品質保証）の採用を見送らせて", "アグリデータアナリストのポジションは",
    # "生産技術職（チーズ製造）一次面接について")
    re.compile(r"採用（(?P<t>[^）\n]{2,30}(?:職|担当|員|者|士|長|アナリスト|エンジニア|マネージャー))）"
               r"(?:に|へ|の)"),
    re.compile(rf"(?:^|[、。\s　]|今回は|この度は)(?P<t>[^\s、。「」の様はをが]{{1,24}}?{_JA_HEAD}(?:（[^）\n]{{1,20}}）)?)"
               r"(?:の採用を\s?見送|のポジション(?:は|に|の|を|について)|の?(?:一次|二次|三次|最終)(?:面接|選考))",
               re.M),
    # thirty-third pass: "応用化学専攻 助教（固体化学分野）の公募", "専任講師（材料化学分野）の選考":
    # an academic or research post before its call, after a space, a stop or a bracket
    re.compile(r"(?:^|[\s、。「はがを])(?P<t>(?:特任|専任|常勤|任期付き?|テニュアトラック)?(?:助教|講師|准教授|"
               r"教授|博士研究員|ポスドク|主任研究員|研究員|研究職)(?:（[^）\n]{1,30}）))"
               r"(?:の|に係る|に関する)?(?:公募|募集|求人|採用|選考|面接)", re.M),
    # Chinese: a title by its head, after "的" or at a line's start, before the post word or
    # a closing bracket ("（…客户的电芯原材料战略采购经理）", "电芯原材料战略采购经理职位 — 客户反馈")
    re.compile(r"(?:^|的)(?P<t>[^\s，。、的（）()“”：:]{2,16}?(?:经理|經理|工程师|工程師|专员|專員|主管|"
               r"总监|總監|分析师|分析師|计划员|計劃員|规划师|規劃師|助理|顾问|顧問|采购员|採購員|"
               r"设计师|設計師|护士|護士|教师|教師|会计|會計))(?:职位|職位|岗位|崗位|[）)])", re.M),
    # after sealing fresh161-165: a Chinese title in corner or lenticular brackets, or after
    # "应聘" in a subject ("关于「车云平台高级后端工程师」offer审批", "【Go后端开发工程师（基础架构）】",
    # "应聘 资深后端开发工程师（Java）- Alex Morgan")
    re.compile(r"(?:[「『【]|(?:应聘|應徵|应征|投递|投遞)[：:]?\s*)(?P<t>[^」』】\s，。、]{1,30}?"
               r"(?:工程师|工程師|专家|專家|架构师|架構師|经理|經理|设计师|設計師|分析师|分析師|研究员|研究員|"
               r"总监|總監|负责人|負責人|Engineer|Developer)(?:[（(][^）)\n]{1,20}[）)])?)(?=[」』】]|\s*[-–—|]|$)",
               re.M),
    # ... and a Persian one in guillemets after an ad or a post ("آگهی «برنامه‌نویس Full-Stack»",
    # "موقعیت «برنامه‌نویس ارشد فرانت‌اند»"), or a developer's post before "را" ("موقعیت توسعه‌دهندهٔ
    # React رو")
    re.compile(r"(?:آگهی|موقعیت|عنوان شغلی|سمت) «(?P<t>[^»\n]{2,50})»"),
    re.compile(r"موقعیت (?P<t>(?:برنامه‌نویس|توسعه‌دهنده|مهندس)\S*(?: [^\s،.]+){0,3}?) (?:رو|را)\b"),
    # forty-third pass: a Mongolian post named before "(ажлын) байр" ("Ахлах SRE инженерийн
    # ажлын байрны санал": the offer of the senior SRE engineer's post)
    re.compile(r"(?P<t>(?:[A-ZА-ЯЁӨҮ][\w+#.-]*\s){1,3}(?:инженер|менежер|мэргэжилтэн|хөгжүүлэгч|"
               r"шинжээч))(?:ийн|ын)\s(?:ажлын\s)?байр"),
)

# Twenty-sixth pass: the post after its noun in Russian and Kazakh ("на позицию «Системный
# администратор»", "Вакансия Инженер-энергетик в ..."), in quotes or opening with a capital
# (a lower-case genitive, "на позицию системного администратора", is not the title's own form);
# before its noun in Azerbaijani, Uzbek and Kazakh ("“Sistem administratoru” vakansiyası",
# "... Tarmoq administratori lavozimiga"); Persian in guillemets after its noun ("موقعیت شغلی
# «کارشناس شبکه»"); Amharic between "ለ" and "የሥራ መደብ".
# (twenty-seventh pass: Bulgarian's definite forms, "позицията", "длъжността", in „quotes“)
_POST_NOUN_RU = r"(?i:позици(?:ята|[юяией])|ваканси(?:ята|[юяией])|длъжност(?:та)?|должност[ьи]|лауазым\w*)"
_TITLE_IN_SCRIPT += (
    re.compile(_POST_NOUN_RU + r"\s*[:—–-]?\s*[«\"“„](?P<t>[^»\"”“\n]{2,60})[»\"”“]", re.I),
    # (sixty-fifth pass: with its "по" and what it is for, "Вакансия: Инженер по техническому
    # обслуживанию воздушных судов")
    re.compile(r"(?<![\w-])" + _POST_NOUN_RU + r"\s*[:—–-]?\s+(?P<t>[А-ЯЁ][\w-]*"
               r"(?:\s(?!(?:в|во|на|с|для|и|или|компании|нашей|вашей|отдела)\s)[\w()/-]+){0,6}?)"
               r"(?=\s*[,.;:!?\n»\")]|\s(?:в|во|на|с|для|и|компании|отдела)\s|$)", re.M),
    re.compile(r"[«\"“](?P<t>[^»\"”\n]{2,60})[»\"”]\s+(?:vakansiya\w*|vəzifə\w*|lavozim\w*|"
               r"pozitsiya\w*|ваканси\w*|лауазым\w*|позици\w*|бос орн\w*)", re.I),
    # (a sentence-case title: its first word in capitals, the rest in lower case, "Sistem
    # administratoru", so that "Xəzər İnvest Bankda" before it stays out)
    # (forty-fourth pass: with its stack in brackets, "Backend dasturchi (Java) vakansiyasi")
    # (forty-ninth pass: four words after the first, "Oqova suv tozalash inshooti muhandisi
    # lavozimi"; not a sentence's opening pronoun, "Shu sababli hozircha ushbu vakansiya")
    re.compile(r"(?<![\w'ʻ’-])(?!(?:Shu|Ushbu|Bu|Sizni|Sizga|Siz|Biz|Hurmatli|Afsuski|Avvalo|Biroq)\b)"
               r"(?P<t>[A-ZƏÖÜÇŞĞİ][\w'ʻ’-]*(?:\s[a-zəöüçşğı][\w'ʻ’-]*){0,4}?"
               r"(?:\s\([^()\n]{1,20}\))?)\s+(?:vakansiya|vəzifə|lavozim|pozitsiya)\w*"),
    # forty-fourth pass: Georgian, the post quoted after "on the vacancy" ("ვაკანსიაზე
    # „Middle Front-end დეველოპერი (React)“"); Armenian, a title before "the post's" ("Frontend
    # Developer (React) պաշտոնի համար"), in Latin letters or after an Armenian colon
    # forty-ninth pass: the same in Uzbek and Kyrgyz Cyrillic ("Бош муҳандис ўринбосари лавозими
    # бўйича", "Гидротехник инженер кызматы боюнча"), not after a pronoun or a greeting
    re.compile(r"(?<![\w-])(?!(?:Сиз|Биз|Ҳурматли|Урматтуу|Бирок|Афсуски|Мазкур|Ушбу|Бул)\w*\s)"
               r"(?P<t>[А-ЯЁЎҚҒҲӨҮҢ][\w'ʻ’-]*(?:\s[а-яёўқғҳөүң][\w'ʻ’-]*){0,4}?)"
               r"\s+(?:лавозим|кызмат)\w*\s+(?:бўйича|боюнча)"),
    re.compile(r"(?:ვაკანსი|პოზიცი)\w*\s*[„\"“«](?P<t>[^“”\"»\n]{2,60})[“”\"»]"),
    # (after sealing fresh316-320: a Georgian subject's "Your application – Front-office manager",
    # "თქვენი განაცხადი – ფრონტ-ოფისის მენეჯერი")
    re.compile(r"(?:^|\n)(?:თქვენი )?(?:განაცხადი|განაცხადის შესახებ)\s*[–—:-]\s*"
               r"(?P<t>[\u10d0-\u10ff][\u10d0-\u10ff -]{2,60}?)\s*(?:\n|$)"),
    re.compile(r"՝\s*(?P<t>[^\n՝:։|]{2,60}?)\s+պաշտոն(?:ի|ում|ը|ին)?(?!\w)"),
    # (an Armenian head in the genitive before it, "ծրագրավորողի պաշտոն", goes back to its
    # nominative)
    re.compile(r"(?<![\w.+#-])(?P<t>[A-Z][\w.+#/-]*(?:\s(?:[\w.+#/-]+?|\([^()\n]{1,20}\))){0,5}?)"
               r"(?:(?<=[\u0531-\u0587])ի)?\s+պաշտոն(?:ի|ում|ը|ին)?(?!\w)"),
    re.compile(r"(?:موقعیت(?: شغلی)?|سمت|عنوان شغلی|جایگاه(?: شغلی)?)\s*«(?P<t>[^»\n]{2,60})»"),
    re.compile(r"(?<!\S)ለ(?P<t>[^\s።፣]+(?:\s[^\s።፣]+){0,4}?)\s+(?:የሥራ|የስራ) (?:መደብ|ቦታ)"),
    # twenty-seventh pass: Urdu names the post before "کی آسامی" ("سسٹم ایڈمنسٹریٹر (BS-17) کی
    # آسامی"), a pay scale in brackets left out
    re.compile(r"(?:^|[—:\n]\s*)(?P<t>[\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+){0,3}?)"
               r"(?:\s*\([^()\n]{1,12}\))?\s+(?:کی|کے) (?:آسامی|اسامی|پوسٹ|عہدے)", re.M),
)

# thirty-third pass: "이번 공정소재개발 연구원 포지션", "해당 직무", "저희 호텔 시설관리 매니저":
# "this", "the said", "our" before a Korean post, and the employer by its bare noun
_POINTING_WORDS = frozenset({"이번", "해당", "본", "금번", "저희", "당사", "우리", "호텔", "회사",
                             "병원", "학교", "대학교", "재단", "지난", "지난달", "지난주", "올해",
                             "금년", "작년", "최근"})

# Thirty-fourth pass: a linking word the sentence opens with, before the title ("所以", "不过").
_LINKING_WORD = re.compile(r"^(?:所以|因此|但是|不过|不過|而且|对于|對於|还是|還是|就是|这次|這次|我们|我們|我司|贵司|貴司|本司)(?=\S{2})")

# "对此职位", "该岗位": a pointing word before the post word, no title.
_NOT_TITLES = frozenset({"这个", "這個", "该", "此", "这一", "本", "相关", "相關"})


# Twenty-first pass: where the job is, in full-width brackets after a Chinese or Japanese
# title ("审校（上海）", "営業職（東京）"): a place, left out as in every language; a city
# or region is known by its ending or as one of the large cities job mail names.
_PLACE_BRACKET = re.compile(r"\s*[（(](?P<p>[^（）()]{1,8}?(?:市|省|区|區|县|縣|州|都|府|県)|"
                            # thirty-third pass: a Korean city, district or area ("(강남권)")
                            r"[가-힣]{1,6}(?:시|구|군|권)|北京|上海|广州|廣州|"
                            r"深圳|杭州|成都|南京|武汉|武漢|西安|苏州|蘇州|天津|重庆|重慶|香港|澳门|"
                            r"澳門|台北|臺北|新加坡|东京|東京|大阪|首尔|首爾|서울|부산|"
                            # (after sealing fresh356-360: Qinghai's and Tibet's towns, "（格尔木）")
                            r"格尔木|格爾木|西宁|西寧|拉萨|拉薩|日喀则|日喀則|玉树|玉樹|林芝|昌都|德令哈)[)）]$"
                            # (... and the title's English in full-width brackets, "（HSE Supervisor）", not a
                            # one-word speciality, "（Java）")
                            r"|(?<=[\u4e00-\u9fff])（[A-Za-z][A-Za-z&/.,'-]*(?: [A-Za-z&/.,'-]+)+）$")


# Twenty-fifth pass: a job board's card names the post in a labelled line ("■ 공고명: [경력] SCM
# 물류운영 분석가 채용 (3~7년)", "募集職種：在庫計画担当", "المسمى الوظيفي: ..."): the value,
# without its bracketed kind of hire or years, and without "hiring" after it.
_CARD_TITLE = re.compile(
    r"^(?:[^\S\n]|[■□●○•▶▷◆◇※*_-])*(?:ポジション|応募ポジション|募集ポジション|공고명|모집분야|모집직무|모집부문|지원분야|지원직무|채용분야|채용직무|직무명|"
    r"募集職種|応募職種|職種名|職種|応募求人|募集求人|职位名称|沟通职位|溝通職位|职位|岗位名称|應徵職務|職務名稱|職缺名稱|المسمى الوظيفي|"
    r"الوظيفة المتقدم لها|पद का नाम|Должность|Вакансия|Посада|Θέση εργασίας|"
    # forty-third pass: a Mongolian board's "Ажлын байр:" (the post)
    r"Ажлын байр|Албан тушаал|"
    # ... and a Swahili portal's "Nafasi:" (the post)
    r"Nafasi|Cheo|"
    # forty-fourth pass: an Armenian and a Georgian board's card ("Պաշտոն՝ ...", "პოზიცია: ...")
    r"Պաշտոն|Հաստիք|პოზიცია|ვაკანსია)(?:\s*[:：՝]\s*|"
    r"(?:(?<=공고명)|(?<=모집분야)|(?<=지원분야)|(?<=채용분야))[ \t]{2,})"
    r"(?P<t>[^\n]{2,80})$", re.M)
_CARD_NOISE = re.compile(r"^\s*(?:\[[^\]]{1,12}\]|【[^】]{1,12}】|\([^)]{1,12}\))\s*"
                         # (thirty-third pass: a bracket of years or kind of hire at the end,
                         # not a specialty: "채용 (무기소재/세라믹)" keeps its bracket)
                         r"|\s*(?:\((?=[^)]*(?:\d|경력|신입|무관))[^)]{1,12}\)|"
                         r"（(?=[^）]*(?:\d|経験|新卒|正社員|契約社員|パート|アルバイト))[^）]{1,12}）)\s*$"
                         r"|\s+(?:채용|모집)(?=\s*\([^)\n]{1,20}\)\s*$)"
                         r"|\s+(?:채용|모집|募集|招聘|急聘)\s*$")


def title_on_script_card(text: str) -> str | None:
    """The post a job board's card names in a labelled line, in a script without capitals."""
    found = _CARD_TITLE.search(text[:3000])
    if not found:
        return None
    title = found.group("t").strip().split(" | ")[0]  # "产品设计师 | 25-40K·14薪 | 深圳"
    for _ in range(3):  # "[경력] ... 채용 (3~7년)": each end's noise, outermost first
        title = _PLACE_BRACKET.sub("", _CARD_NOISE.sub("", title)).strip()
    return title if len(title) >= 2 and not re.search(r"https?:|@", title) else None


def title_in_script(subject: str, text: str) -> str | None:
    """The title a letter in one of these languages names, from its text then its subject;
    None when it names none (plain ASCII text is not searched for the scripts)."""
    # a Hebrew subject names the post as the job ad does; the letter may say it with "the"
    hebrew = _HEBREW_TITLE.search(subject) if subject and not subject.isascii() else None
    if hebrew:
        return hebrew.group("t").strip()
    for source in (text[:4000], subject):
        if not source:
            continue
        for pattern in _TITLE_IN_SCRIPT:
            found = pattern.search(source)
            if found:
                title = _PLACE_BRACKET.sub("", found.group("t").strip())
                title = _LINKING_WORD.sub("", title)  # thirty-fourth pass: "所以交互设计师"
                # "그랜드한강호텔 시설관리 매니저": the employer written before its post
                while len(title.split()) >= 2 and (ends_as_organisation(title.split()[0])
                                                   or title.split()[0] in _POINTING_WORDS):
                    title = title.split(maxsplit=1)[1]
                # (an acronym alone is no title; "ESG경영팀" has capitals and uncased letters)
                if len(title) >= 2 and not re.fullmatch(r"[A-Z0-9 &/.-]+", title) \
                        and title not in _NOT_TITLES:
                    return title
    return None


# Forty-fourth pass: an Armenian subject read whole as the title ("Ձեր դիմումը՝ Frontend Developer
# (React) պաշտոնի համար", your application: the X post's): the title inside its frame.
_ARMENIAN_FRAME = re.compile(r"^(?:[^\n՝]*՝\s*)?(?P<t>[^\n՝]{2,60}?)\s+պաշտոն(?:ի|ում|ը|ին)?(?:\s+\S+)?$")


def without_armenian_frame(role: str | None) -> str | None:
    """The title alone, where the role read holds the Armenian words around it."""
    if role and "՝" in role and not role.rsplit("՝", 1)[1].strip().startswith("պաշտոն"):
        role = role.rsplit("՝", 1)[1].strip()  # "Ձեր դիմումը՝ QA Engineer": your application: X
    if not role or "պաշտոն" not in role:
        return role
    found = _ARMENIAN_FRAME.match(role)
    return found.group("t").strip() if found else role


# Forty-fifth pass: a post word of Lao, Khmer or Burmese, or an Albanian "your application for",
# around a title read from a subject ("ຜົນການສອບເສັງຂໍ້ຂຽນ ຕຳແໜ່ງ Data Engineer", "មុខតំណែង
# Data Engineer", "Data Engineer ရာထူး", "Aplikimi juaj per QA Automation Engineer").
_POST_WORD_FRAME = re.compile(
    r"^(?:[^\n]*?(?:ຕຳແໜ່ງ|ຕໍາແໜ່ງ)\s*|(?:មុខតំណែង|តំណែង)\s*|(?i:aplikimi (?:juaj|yt) (?:p[eë]r|n[eë]) "
    r"(?:pozit[eë]n |pozicionin |vendin e pun[eë]s )?)"
    # sixty-fourth pass: a Malay post word, an English "Post of", a Chinese "applying for"
    # before a subject's title ("Jawatan Duty Manager", "Post of Research Assistant", "应征 Admin
    # cum Safety Officer")
    r"|(?:[Jj]awatan|[Pp]ost of|应征|應徵|应聘|應聘)\s+(?=\S)"
    # (sixty-fifth pass: an Italian "Selezione" before a subject's title, "Selezione Tecnico di
    # Laboratorio Multimediale")
    r"|Selezione (?:per (?:il posto di |la posizione di )?)?(?=[A-Z]))(?P<t>\S.*)$"
    r"|^(?P<u>.+?)\s*(?:ရာထူး|ရာထူးအတွက်)$")


def without_post_word_frame(role: str | None) -> str | None:
    """The title alone, where the role read holds a post word around it."""
    found = _POST_WORD_FRAME.match(role or "")
    if not found:
        return role
    return (found.group("t") or found.group("u")).strip() or role
