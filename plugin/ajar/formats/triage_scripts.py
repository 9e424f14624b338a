"""Triage phrases of job mail in scripts written without spaces or with joined prefixes.

Japanese, Chinese and Thai write no spaces between words, and Korean, Arabic and Hebrew
glue particles and prefixes to them ("면접에", "لوظيفة", "למשרה"): a word-bounded gate or
rule (``\\bword\\b``) never fires inside such a run, so a Japanese no ("今回は採用を
見送らせていただく") was read as ``other``. These patterns therefore carry no ``\\b``;
each holds a literal phrase of its script, so ``regex_needs`` skips it unread on the
mail that does not write it (nearly all), and the gate's extra search runs only on text
that is not plain ASCII. Every pattern is bounded so none backtracks on huge input.
"""

from __future__ import annotations

import re

# Job-search words of those scripts: an application, a post, an interview, hiring, a CV
# (Japanese, Chinese, Korean, Thai, Arabic, Hebrew). Counted as job context like the
# gate's own words.
JOB_WORDS = re.compile(
    r"応募|選考|面接|採用|求人|履歴書|職務経歴|"
    r"派遣先|ご紹介案件|就業|お仕事|職場見学|"  # (fresh281-285: a dispatch agency's words, not a race's 募集)
    r"应聘|應徵|應聘|职位|職位|面试|面試|招聘|简历|簡歷|录用|錄用|"
    # twenty-fourth pass: a vacancy, a selection and a post in Taiwan's and the mainland's
    # words ("本職缺", "甄選", "岗位")
    r"職缺|职缺|甄選|甄选|甄試|招募|岗位|崗位|求職|求职|人才庫|人才库|"
    # (after sealing fresh161-165: a candidate, a numbered round, a written test)
    r"候选人|候選人|二面|三面|终面|終面|笔试|筆試|"
    r"지원서|지원해|지원하|면접|채용|서류 전형|서류 심사|입사|포지션|"
    r"สมัครงาน|ใบสมัคร|ตำแหน่ง|สัมภาษณ์|"
    r"وظيف|مقابلة|المقابلة|توظيف|ترشيح|السيرة الذاتية|سيرتك|طلبك|طلبكم|"
    r"شغلة|"  # (after sealing fresh381-385: Gulf and Iraqi Arabic "a job", "بخصوص شغلة مشرف مخزن")
    r"משרה|משרת|מועמדות|ראיון|גיוס|תפקיד|מועמד|קורות חיים|"
    # twentieth pass: Hindi (an application, an interview, a job, a candidate, a post)
    r"आवेदन|साक्षात्कार|नौकरी|उम्मीदवार|नियुक्ति|पद के|पद का|पद पर|यह पद|"
    # twenty-third pass: the same words in the other scripts job mail comes in: Marathi and
    # Nepali (Devanagari), Urdu, Persian and Pashto, Bengali, Sinhala, Tamil, Telugu,
    # Kannada, Malayalam, Gujarati, Gurmukhi, Georgian, Armenian, Burmese, Khmer, Amharic,
    # Mongolian, Kazakh and Macedonian (a "য়" or "ড়" may be written as one letter or two)
    r"अर्ज|मुलाखत|उमेदवार|भरती|अन्तर्वार्ता|अन्तरवार्ता|उम्मेदवार|जागिर|रिक्त पद|"
    r"درخواست|انٹرویو|ملازمت|آسامی|امیدوار|بھرتی|عہدے|عہدہ|مصاحبه|رزومه|متقاضی|"
    r"موقعیت شغلی|فرصت شغلی|جذب نیرو|منابع انسانی|استخدام|تسک فنی|فراخوان جذب|جذب هیئت علمی|غوښتنلیک|مرکه|نوماند|"
    r"ইন্টারভিউ|মৌখিক পরীক্ষা|পদত |পদ [–-]|আবেদন|সাক্ষাৎকার|সাক্ষাত্কার|চাকরি|চাকুরি|প্রার্থী|নি(?:য়|য়)োগ|পদের|পদে |"
    r"අයදුම්|සම්මුඛ|තනතුර|රැකියා|බඳවා ගැනීම|අපේක්ෂක|ඊළඟ අදියර|දුරකථන සාකච්ඡා|"
    r"விண்ணப்ப|நேர்காணல்|வேலை|பதவி|ஆட்சேர்ப்பு|"
    r"దరఖాస్తు|ఇంటర్వ్యూ|ఉద్యోగ|అభ్యర్థి|నియామక|"
    r"ಅರ್ಜಿ|ಸಂದರ್ಶನ|ಉದ್ಯೋಗ|ಹುದ್ದೆ|ಅಭ್ಯರ್ಥಿ|ನೇಮಕಾತಿ|"
    r"അപേക്ഷ|അഭിമുഖ|ജോലി|തസ്തിക|ഉദ്യോഗാർത്ഥി|നിയമന|"
    r"અરજી|ઇન્ટરવ્યૂ|ઇન્ટરવ્યુ|નોકરી|ઉમેદવાર|ભરતી|જગ્યા|"  # (after sealing fresh246-250: a post)
    r"ਅਰਜ਼ੀ|ਅਰਜੀ|ਇੰਟਰਵਿਊ|ਨੌਕਰੀ|ਉਮੀਦਵਾਰ|ਭਰਤੀ|ਅਹੁਦ|ਅਸਾਮੀ|"
    r"ვაკანსი|განაცხად|გასაუბრებ|კანდიდატ|პოზიცი|შერჩევ|დასაქმ|რეზიუმე|თანამდებობ|"
    r"թեկնածու|հարցազրույց|պաշտոն|դիմում|թափուր|ռեզյումե|աշխատանքի ընդուն|"
    r"လျှောက်လွှာ|အင်တာဗျူး|ရာထူး|ការដាក់ពាក្យ|ពាក្យស្នើសុំ|សម្ភាសន៍|មុខតំណែង|បេក្ខជន|"
    r"ማመልከቻ|ቃለ መጠይቅ|አመልካች|የሥራ መደብ|የስራ መደብ|ቅጥር|"
    # (forty-ninth pass: an interview, hiring and a competitor in Tigrinya)
    r"ቃለ-መሕትት|ቃለ መሕትት|ምቑጻር|ተወዳዳሪ|"
    r"ажлын байр|ярилцлаг|горилогч|бос орын|анкет|орон тоо|ажилд авах|инженерийн байр|техникийн даалгавар|сұхбат|үміткер|түйіндеме|лауазым|өтінім|"
    r"работно место|интервју|апликаци|"
    # forty-fifth pass: a post, an interview, an application, an applicant and an exam in Lao
    r"ຕຳແໜ່ງ|ຕໍາແໜ່ງ|ການສຳພາດ|ສຳພາດ|ໃບສະໝັກ|ຜູ້ສະໝັກ|ສອບເສັງ|ຮັບສະໝັກ|"
    # ... and an employer, applied and an appointment in Burmese
    r"အလုပ်ရှင်|လျှောက်ထား|ခန့်အပ်|"
    # fifty-second pass: a post, an application, hiring, an interview, an employer and a
    # candidate in Sorani Kurdish
    r"پۆست|داواکاری|دامەزراندن|چاوپێکەوتن|خاوەنکار|کاندید|"
    # (after sealing fresh276-280: an interview, a post, a job, an application, a candidate in
    # Odia)
    r"ସାକ୍ଷାତକାର|ପଦ ପାଇଁ|ଚାକିରି|ଆବେଦନ|ପ୍ରାର୍ଥୀ|ନିଯୁକ୍ତି|"
    # fifty-sixth pass (after sealing fresh241-245): a job post, an interview, an application
    # and human resources in Mongolian; a post and a résumé in Armenian
    r"ажлын байр|ярилцлаг|ярилцсан|анкет|хүний нөөц|сонгон шалгаруул|հաստիք|ռեզյումե|"
    # (after sealing fresh361-365: a job, a post, an application and an interview in Dhivehi)
    r"ވަޒީފާ|މަޤާމ|ކުރިމަތިލ|އިންޓަވިއު|އިންޓަރވިއު")

# Twenty-fourth pass: someone else chosen (Mandarin and Cantonese, "最後揀咗內部同事"), the
# post already filled, its hiring paused ("暫停本職缺之招募"). Each branch is spelled out as
# whole words of three characters or more, so that ``regex_needs`` can skip a text without
# them (two-character words are in nearly every Chinese text).
def _spelled(firsts: tuple[str, ...], seconds: tuple[str, ...]) -> str:
    return "|".join(first + second for first in firsts for second in seconds)


_CHOSE_ANOTHER = (
    "(?:" + _spelled(("选择", "选择了", "選擇", "選擇了", "揀咗", "揀了", "决定录用", "決定錄用", "录用了",
                       "錄用了", "聘用了"),
                      ("其他", "另一位", "另一名", "另一個", "另一个", "內部", "内部", "另外", "另外一位"))
    + ")(?:的)?(?:候选人|候選人|人选|人選|同事|申请人|申請人|應徵者|应聘者|人)")
_FILLED_ALREADY = (
    "已(?:有|找到|確定|确定)(?:了)?(?:更)?(?:" + _spelled(("合适", "合適", "合适的", "合適的"),
                                                ("人选", "人選", "候选人", "候選人")) + ")")
_HIRING_PAUSED = (
    "(?:" + _spelled(("暂停", "暫停", "取消"), ("本", "该", "該", "此"))
    + ")(?:职缺|職缺|职位|職位|岗位|崗位)(?:之|的)?(?:招聘|招募)")


# A no: the post not offered, the candidacy not carried on, another chosen.
REJECTIONS = (
    # Japanese: "採用を見送らせていただく", "ご縁がなかった", "ご期待に添えず", "不採用" (not "ご希望に添えない場合", if it comes to that)
    r"(?:採用|選考|今回|応募|ご縁)[^。\n]{0,20}?(?:お見送|見送らせ|見送る|見送り(?![：:]\s*\d)|見合わせ)|"
    r"ご縁が(?:なかった|なく|ございませんでした)(?!場合)|(?:ご期待に|ご希望に)(?:添え|沿え|そえ)(?:ず|ない|"
    r"かね|ません)(?!場合|際)|貴意に(?:添え|沿え)|不採用(?!の場合|となった場合|の際|者にも|の理由)|"
    r"(?:採用|内定)を?(?:お見送|見送り|見送ら)|"
    # (thirty-sixth pass: an offer taken back, "採用内定を取り消させていただきたく")
    # (each branch opens with a literal of three characters or more, for regex_needs)
    r"内定取り?消|内定撤回|内定の取り?消|内定を取り?消|内定の撤回|内定を撤回|"
    # Chinese: "很遗憾 ... 未能", "未被录用", "不予录用"
    # (after sealing fresh341-345: not the regret that a proposed time did not suit, "很遺憾您
    # 提議的時間我們的董事長剛好出國，未能配合")
    # (after sealing fresh376-380: nor the regret that an interview could not be arranged, "很遗憾
    # 未能安排视频面试")
    r"(?:很遗憾|很遺憾|遗憾地|遺憾地)(?![^。\n]{0,12}?(?:时间|時間))[^。\n]{0,40}?(?:未能|不能|无法|無法|没有|沒有)"
    r"(?!安排)|"
    r"未被录用|未被錄用|未获录用|未獲錄用|未能录用|未能錄用|未被录取|未被錄取|未能录取|"
    r"不予录用|不予錄用|未能通过|未能通過|"
    # twenty-fourth pass: someone else chosen (Mandarin and Cantonese, "最後揀咗內部同事"), the
    # post already filled or its hiring paused ("已有合適人選", "暫停本職缺之招募")
    + _CHOSE_ANOTHER + "|" + _FILLED_ALREADY + "|" + _HIRING_PAUSED + "|"
    r"不予錄取|不予录取|唔成功|"
    # (forty-second pass: Cantonese "決定咗唔再推進你嘅申請", not carried on any more)
    r"唔再推進|唔再推进|唔再跟進|唔再跟进|唔會再推進|唔会再推进|唔再考慮你|唔再考虑你|"
    # thirty-fourth pass: a job board's status "处理结果：不合适", "暂不匹配", the post already
    # filled ("岗位上周已经招到人了"), no offer made ("决定这次还是不发 offer 了")
    r"(?:处理结果|處理結果|反馈结果|反饋結果|状态|狀態|结果|結果)[:：] ?不合适|"
    r"(?:处理结果|處理結果|反馈结果|反饋結果|状态|狀態|结果|結果)[:：] ?不合適|"
    r"(?:暂不匹配|暫不匹配|暂时不匹配|暫時不匹配)|(?:已经招到人|已經招到人|已招到人|已经招到了人|已經招到了人)|"
    r"(?:不发|不發|不给|不給) ?(?:offer|录用通知|錄用通知)|"
    # (after sealing fresh161-165: the headcount kept for another candidate "留給另一位…候選人",
    # no further interview "不再安排後續面談", "先不约面试", "未进入面试环节", a board's
    # progress line ending "→ 不合适", an offer taken back "撤回这份录用意向书")
    r"(?:留给另一位|留給另一位|给了另一位|給了另一位|给了一位|給了一位|留给一位|留給一位)[^。\n]{0,40}?"
    r"(?:候选人|候選人|人选|人選)|(?:先不往下走|不往下走了|不再往下推进|不再往下推進)|"
    r"不再安排(?:后续|後續)?(?:面谈|面談|面试|面試)|不约面试|不約面試|未进入面试|未進入面試|"
    r"(?:处理进度|處理進度|投递进度|投遞進度|应聘进度|應徵進度|当前进度|當前進度)[:：][^\n]{0,40}?不合(?:适|適)|"
    r"撤回这份|撤回這份|撤回录用|撤回錄用|撤回offer|撤回意向|撤销录用|撤銷錄用|撤回聘",
    # Korean: "함께하지 못하게 되었습니다", "불합격", "합격하지 못", "좋은 결과를 드리지 못"
    r"(?:함께|모시|모시게 되)(?:하)?지 못하|불합격(?!자| ?시|의 경우| 여부)|"
    r"(?:합격하지 못했|합격하지 못하셨|합격하지 못하였|합격되지 못|선발되지 못했|선발되지 못하였|"
    r"선발되지 않았|채용되지 못|채용하지 않기로)|좋은 (?:소식|결과)(?:을|를)? (?:전해 ?)?드리지 못|"
    r"(?:아쉽게도|안타깝게도)[^.\n]{0,60}?(?:못하|어렵|않|모시지)|"
    # (after sealing fresh151-155: the hiring closed here "채용 절차를 여기서 마무리하고자",
    # someone else chosen "더 많은 분으로 가기로 했어요", "좋은 소식 못 드려서")
    r"채용 절차를 (?:여기서 |이번에 )?(?:마무리|종료|중단)|"
    r"(?:분으로|분과|분을 모시는 것으로) (?:가기로|진행하기로|함께하기로)|"
    r"좋은 (?:소식|결과)(?:을|를)? 못 (?:드려|드리게|전해)",
    # Thai: "ไม่ผ่านการคัดเลือก", "เสียใจที่ต้องแจ้ง"
    r"ไม่ผ่านการ(?:คัดเลือก|พิจารณา|สัมภาษณ์)|(?:ขอแสดงความ)?เสียใจ(?:ที่)?(?:ต้อง)?แจ้ง|"
    # (after sealing fresh156-160: a board's "decided not to go on with this application")
    r"ไม่ดำเนินการต่อ",
    # after sealing fresh156-160: Bengali and Urdu boards' and banks' noes ("নির্বাচিত করা সম্ভব
    # হয়নি", "সংক্ষিপ্ত তালিকায় অন্তর্ভুক্ত হয়নি", "شارٹ لسٹ نہیں کیا گیا", "مزید کارروائی نہیں ہوگی")
    r"নির্বাচিত করা সম্ভব হয়নি|নির্বাচিত হননি|সংক্ষিপ্ত তালিকায় (?:অন্তর্ভুক্ত|স্থান|নির্বাচিত) (?:হয়নি|পায়নি)|"
    r"(?:পরীক্ষা|সাক্ষাৎকার)[^।\n]{0,30}?ডাকা হবে না|"
    r"شارٹ ?لسٹ نہیں کی(?:ا|ے) گی|منتخب نہیں کی(?:ا|ے) گی|مزید کارروائی نہیں ہو(?:گی|سکے گی)",
    # Arabic: "نأسف لإبلاغكم", "لن يتم استكمال", "لم يتم اختيارك", "مرشح آخر"
    r"(?:نأسف|يؤسفنا|نعتذر) (?:لإبلاغك|لإبلاغكم|لإعلامك|لإعلامكم|أن نبلغك|أن نبلغكم)|"
    r"(?:لن|لم) (?:يتم|نتمكن من|نستطيع) (?:استكمال|المضي|اختيار|قبول|ترشيح|التقدم|النظر)|"
    r"(?:اختيار|اخترنا) (?:مرشح|مرشحين) (?:آخر|آخرين)|"
    # (after sealing fresh151-155: Egyptian and Levantine Arabic, the post closed "نقفل
    # وظيفة", hiring stopped "نوقف أي تعيينات", "won't go on with you" "ما رح يكملوا معك")
    r"(?:نقفل|قفلنا|نغلق|أغلقنا|إغلاق|إلغاء|ألغينا|نلغي) (?:وظيفة|الوظيفة|الشاغر)|"
    r"(?:نوقف|أوقفنا|إيقاف|وقف|تجميد|جمدنا) (?:أي |كل |جميع )?(?:التعيينات|تعيينات|التوظيف)|"
    r"(?:ما رح|مش رح|مش هي|لن) (?:يكملوا|يكمل|نكمل|يكمّلوا|نكمّل|نستمر|يستمروا) (?:معك|معاك|معكم|معاكي)|"
    # twenty-fourth pass: "we were unable to proceed with your application"
    r"(?:تعذر|يتعذر) (?:علينا )?(?:المضي|الاستمرار|التقدم)(?: قدما| قدماً)? (?:في|ب)(?:طلبك|طلبكم| طلبك| طلبكم)",
    # Hebrew: "לצערנו ... לא", "החלטנו להמשיך עם מועמד אחר"
    r"לצערנו[^.\n]{0,60}?לא|(?:מועמד|מועמדת|מועמדים) (?:אחר|אחרת|אחרים)|"
    r"לא (?:נוכל|נמשיך|נתקדם) עם (?:מועמדותך|מועמדותכם)|"
    # (after sealing fresh146-150: "החלטנו שלא להמשיך איתך", "המעסיק החליט שלא להתקדם עם
    # מועמדותך", "לא נוכל להתקדם עם", an internal candidate, a post frozen)
    r"(?:החלטנו|החליט|החליטה|החליטו) (?:שלא|לא) (?:להמשיך|להתקדם)|"
    r"לא נוכל (?:להתקדם|להמשיך) (?:עם|איתך|אתך)|"
    r"מועמד (?:פנימי|פנימית)|"
    r"הוקפאה עד להודעה",
    # after sealing fresh161-165: Persian ("امکان ادامهٔ فرآیند را نداریم", "تصمیم گرفتیم با یه
    # نفر دیگه جلو بریم", "موقعیت مذکور تکمیل شده", "به مرحلهٔ مصاحبه نمی‌رود", under the cut-off)
    r"امکان ادامه[^.\n]{0,60}?(?:نداریم|وجود ندارد|میسر نیست)|"
    r"تصمیم گرفتیم با (?:یه|یک) (?:نفر|کاندید|گزینه|فرد)[^.\n]{0,12}?دیگ(?:ه|ر)|"
    r"(?:موقعیت|جایگاه) (?:مذکور|مورد نظر|شغلی مذکور) (?:تکمیل|پر) شده|"
    r"به مرحل[^.\n]{0,4} (?:مصاحبه|بعد|بعدی)[^.\n]{0,12}?(?:نمی‌رود|نمی‌رسد|راه نمی|دعوت نمی|منتقل نمی)|"
    r"حد نصاب[^.\n]{0,40}?نرسید",
    # forty-third pass: Mongolian, not through to the next stage ("дараагийн шатанд
    # шалгарсангүй"), not moved on to the interview ("ярилцлагын шатанд дэвшүүлэхгүй байхаар
    # шийдлээ"), the headcount frozen ("орон тоог одоохондоо хөлдөөхөөр шийдлээ"), another
    # candidate chosen ("өөр нэр дэвшигчийг сонгосон")
    r"шалгарсангүй|шалгараагүй|тэнцсэнгүй|тэнцээгүй|"
    r"дэвшүүлэхгүй|урихгүй байхаар|үргэлжлүүлэхгүй байхаар|хамтран ажиллахгүй байхаар|"
    r"орон тоо[^.\n]{0,30}?(?:хөлдөө|цуцал|түр зогсоо)|"
    r"өөр (?:нэр дэвшигч|горилогч|хүн)[^.\n]{0,20}?(?:сонго|шалгаруул)",
    # forty-fifth pass: Lao, not selected, not through, your name not on the list
    # ("ທ່ານບໍ່ໄດ້ຮັບການຄັດເລືອກ", "ລາຍຊື່ດັ່ງກ່າວບໍ່ມີຊື່ຂອງທ່ານ"); Khmer, not selected
    # ("មិនត្រូវបានជ្រើសរើស"); Burmese, not selected, a board's status ("ရွေးချយ်ခြင်း မခံရပါ")
    # (not after "please consider that ...", a receipt's word on what silence means:
    # "ກະລຸນາຖືວ່າໃບສະໝັກຂອງທ່ານບໍ່ໄດ້ຮັບການຄັດເລືອກ")
    r"(?<!ຖືວ່າ)(?<!ຖືວ່າທ່ານ)(?<!ຖືວ່າໃບສະໝັກຂອງທ່ານ)(?:ບໍ່ໄດ້ຮັບການຄັດເລືອກ|ບໍ່ຜ່ານການຄັດເລືອກ)|ບໍ່ຜ່ານການສອບເສັງ|ບໍ່ມີຊື່ຂອງທ່ານ|ບໍ່ມີລາຍຊື່ຂອງທ່ານ|"
    r"មិនត្រូវបានជ្រើសរើស|មិនបានជាប់|មិនត្រូវបានចូល|"
    r"ရွေးချယ်ခြင်း ?မခံရ|ရွေးချယ်ခံရခြင်း ?မရှိ|မရွေးချယ်နိုင်",
    # forty-ninth pass: Amharic and Tigrinya, not through to the next step ("ወደ ቀጣዩ የቅጥር ሂደት
    # ማለፍ ያልቻሉ", "ወደ ቃለ መጠይቅ ደረጃ እንዳናሳልፍዎ ተወስኗል"), an offer letter taken back ("ይህንን
    # ደብዳቤ ለማንሳት መገደዳችንን"), the post given to another ("ንሓደ ... ተወዳዳሪ ክህቦ ወሲኑ"), hiring
    # stopped and no going on ("ምቑጻር ንግዚኡ ደው ከብሎ", "ክንቅጽል ኣይንኽእልን")
    r"ማለፍ (?:ያልቻሉ|አልቻሉም|አልቻልክም|አልቻልሽም)|እንዳናሳልፍ|ልናሳልፍዎ አንችልም|"
    r"ደብዳቤ[^።\n]{0,30}?(?:ለማንሳት|ለመሰረዝ|ለመሻር)|"
    r"ተወዳዳሪ (?:ክህቦ|ክንህቦ|ክወሃብ|ንምሃብ)|ንኻልእ ተወዳዳሪ|ሌላ (?:አመልካች|ተወዳዳሪ)[^።\n]{0,30}?(?:መርጠናል|ተመርጧል)|"
    r"ምቑጻር[^።\n]{0,30}?ደው (?:ከብሎ|ክብል|ኢሉ|ክንብሎ)|(?:ክንቅጽል|ክንቕጽል) ኣይንኽእል",
    # fiftieth pass: Sinhala, the application cannot be taken forward or considered ("ඔබගේ
    # අයදුම්පත ඉදිරියට ගෙන යාමට නොහැකි වූ", "ඊළඟ අදියරට ගෙන යන්නේ නැහැ", "සලකා බැලීමට අපට
    # නොහැකි"), hiring suspended ("බඳවා ගැනීම් කටයුතු ... අත්හිටුවා"); Tamil, your name not put on
    # the interview list ("பட்டியலில் தங்கள் பெயர் சேர்க்கப்படவில்லை"), another applicant chosen
    # ("வேறொரு விண்ணப்பதாரரைத் தெரிவு செய்வதற்கு")
    r"(?:ඉදිරියට|ඊළඟ අදියරට|ඊළඟ පියවරට) ගෙන (?:යාමට (?:අපට )?නොහැකි|යන්නේ නැහැ|යන්නේ නැත|නොයන)|"
    r"අයදුම්පත[^\n]{0,30}?සලකා බැලීමට (?:අපට )?නොහැකි|බඳවා ගැනීම්[^\n]{0,40}?අත්හිටුවා",
    r"பெயர் சேர்க்கப்படவில்லை|பட்டியலில்[^\n]{0,40}?சேர்க்கப்படவில்லை|"
    r"வேறொரு (?:விண்ணப்பதாரர|வேட்பாளர|நபர)[^\n]{0,30}?(?:தெரிவு|தேர்வு|தேர்ந்தெடு)",
    # fifty-first pass, lost to the first retrain: Arabic, decided not to complete the hiring
    # ("تقرر عدم استكمال إجراءات التعاقد معكم"), a post reserved for Omanis and no permit to ask
    # for ("من المهن المقصورة على العمانيين", "ما نقدر نطلب تصريح عمل"); Amharic, not through to
    # the interview ("ለቀጣዩ የቃለ መጠይቅ ደረጃ አለማለፍዎን")
    r"(?:تقرر|قررنا|قرر|قررت) عدم (?:استكمال|المضي|الاستمرار)|المهن المقصورة على|ما نقدر نطلب تصريح عمل|"
    r"አለማለፍዎን|አለማለፍህን|አለማለፍሽን",
    # fifty-fifth pass (after sealing fresh236-240): Nepali, your roll number not on the list
    # ("नामावलीमा तपाईंको रोल नम्बर समावेश हुन सकेको छैन"), not taken to the next stage ("अर्को
    # चरणमा नलैजाने निर्णय", "अर्को चरणमा तपाईंको नाम अगाडि बढाउन सकेनौं"), a board's "not
    # advanced" ("अगाडि नबढेको"), an appointment offer taken back ("नियुक्ति प्रस्ताव हामीले फिर्ता
    # लिनुपरेको"), "it did not work out this time" ("यसपालि नमिल्ने भयो")
    r"समावेश हुन सकेको छैन|अर्को चरणमा (?:नलैजाने|लैजान नसक्ने)|"
    r"अगाडि बढाउन (?:सकेनौं|सकिएन|नसक्ने)|अगाडि नबढेको|"
    r"नियुक्ति प्रस्ताव[^\n।]{0,30}?फिर्ता लि|(?:यसपालि|यसपटक|यस पटक) नमिल्ने भयो",
    # fifty-sixth pass (after sealing fresh241-245): Mongolian, the post filled from inside or
    # already filled ("дотоод нөөцөөсөө ... нөхөх", "тэр байраа дүүргэчихсэн"); Armenian, going
    # on with another candidate, the filling of the post suspended, the post filled, the
    # offer called back, preference given to another ("ուրիշ թեկնածուի մը հետ յառաջանալ",
    # "համալրումը կասեցվել է", "հաստիքը համալրված է", "հետ կանչել ... առաջարկը",
    # "նախապատվությունը տվել է"), another road taken ("ուրիշ ճանապարհով գնալ")
    r"дотоод нөөц\S*[^.\n]{0,80}?нөх|байраа дүүргэ|"
    r"ուրիշ թեկնածու\S*(?: մը| մի)? հետ|համալրումը կասեցվել|հաստիքը համալրված|"
    r"հետ կանչել[^։\n]{0,80}?առաջարկ|նախապատվությունը տվել|ուրիշ ճանապարհով գնալ",
    # after sealing fresh246-250: Gujarati, the post filled by a promotion or already filled,
    # going further not right this time ("બઢતીથી ભરવામાં આવી", "આ વખતે વાત આગળ વધારવી યોગ્ય
    # નહીં"); Hindi, the name not in the merit list ("मेरिट सूची में सम्मिलित नहीं")
    r"(?:બઢતીથી|પહેલેથી) ભરવામાં આવી|જગ્યા[^.\n]{0,60}?ભરવામાં આવી છે|વાત આગળ વધારવી યોગ્ય નહીં|"
    r"मेरिट सूची में (?:सम्मिलित|शामिल) नहीं|चयन सूची में (?:सम्मिलित|शामिल) नहीं|"
    # (after sealing fresh306-310: "आपका आवेदन साक्षात्कार हेतु शॉर्टलिस्ट नहीं किया गया है")
    r"शॉर्टलिस्ट नहीं (?:किया|की) गय|"
    # after sealing fresh251-255: Malayalam, appointment steps frozen, sorry not to have someone
    # like you ("നിയമന നടപടികൾ ... മരവിപ്പിച്ചിരിക്കുന്നു", "ഒരാളെ കൂടെ കിട്ടാത്തതിൽ വിഷമമുണ്ട്");
    # Khmer, the score has not reached the level, another candidate taken, not yet your chance
    # ("មិនទាន់ឈានដល់កម្រិត", "សម្រេចយកបេក្ខជន", "មិនទាន់ជាឱកាសរបស់"); Pashto, your name not on
    # the short list, another candidate chosen ("په لنډ لست کې نه", "بل کاندید غوره")
    r"നിയമന നടപടികൾ[^.\n]{0,60}?മരവിപ്പിച്ച|കൂടെ കിട്ടാത്തതിൽ വിഷമ|"
    r"មិនទាន់ឈានដល់កម្រិត|សម្រេចយកបេក្ខជន|មិនទាន់ជាឱកាសរបស់|"
    r"په لنډ لست کې نه|بل کاندید غوره|"
    # after sealing fresh276-280: Odia, "this time the matter could not go forward" ("ଆଗକୁ
    # ବଢ଼ିପାରିଲା ନାହିଁ")
    r"ଆଗକୁ ବ\S{1,4}ପାରିଲା ନାହିଁ|"
    # after sealing fresh281-285: Japanese, a selection's result "不合格" (not passed)
    r"選考結果[\s　:：]{0,3}不合格|(?:選考|審査)の結果[^。\n]{0,30}不合格|"
    # after sealing fresh336-340: a prefectural institute's notice, "あなたは不合格となりました"
    r"(?:あなた|貴殿|貴方)は[\s　]*不合格",
    # after sealing fresh381-385: Persian, your name not on the list for the next stage, under
    # the cut-off ("نام شما در فهرست معرفی‌شدگان به مرحله بعد قرار ندارد", "کمتر از حد نصاب"),
    # your file not sent on to the next stage ("برای مرحله بعد ... ارسال نخواهد شد"), the ad
    # cancelled ("این آگهی فعلاً کنسل شده"), the CVs not sent to the interview ("به مرحله مصاحبه
    # نفرستادیم"), "this time it didn't work" ("این دفعه نشد"), a board's status "rejected"
    # ("وضعیت جدید: رد شده", "عدم تأیید توسط کارفرما"); colloquial Khuzestani Arabic, "we can't
    # take you" ("ما نگدر ناخذج"); Sudanese Arabic, "we couldn't choose you" ("ما قدرنا نختارك")
    r"نام شما در (?:فهرست|لیست)[^.\n]{0,60}?(?:قرار ندارد|قرار نگرفت|نیست|وجود ندارد)",
    r"کمتر از حد نصاب",
    r"(?:برای|به) مرحله (?:بعد|بعدی)[^.\n]{0,40}?(?:ارسال|معرفی|دعوت) نخواهد شد",
    r"آگهی[^.\n]{0,20}?(?:کنسل|لغو) (?:شده|شد)",
    r"به مرحله (?:مصاحبه|بعد|بعدی)[^.\n]{0,6}?نفرستادیم",
    r"(?:این دفعه|این بار|اینبار|این سری) نشد",
    r"وضعیت[^:\n]{0,20}:\s*رد شده|عدم (?:تأیید|تایید) توسط کارفرما",
    "ما (?:نگدر|نقدر|نكدر) (?:ناخذج|ناخذك|ناخذچ|نشغلج|نشغلك)",
    "ما قدرنا نختار(?:ك|كي|ج)",
)

# An interview asked for (Japanese, Chinese, Korean, Thai, Arabic, Hebrew), in its positive
# frame: "面接にお越しいただきたく" asks, "面接にお越しいただき" thanks for one held.
INTERVIEW_INVITES = (
    r"面接(?:に|へ)[^。\n]{0,12}?(?:お越しいただきたく|ご招待|お進みいただ|進んでいただ|"
    r"ご参加いただきたく|お呼びしたく)|(?<!結果)(?<!結果の)面接のご案内|"
    r"(?:書類)?選考(?:を|に)?通過(?:されました|となりました|しました|いたしました)|"
    r"(?:诚邀您|邀请您|邀请你|邀請您|邀請你)[^。\n]{0,12}?(?:面试|面試)|面试邀请|面試邀請|面试通知|面試通知|"
    r"면접에 (?:초대|모시|참석해 주시기 바랍니다)|면접 일정(?:을|이)? 안내|"
    r"(?:전형|심사|면접)에 (?:합격하셨|통과하셨)|"
    r"ขอเชิญ[^\n]{0,40}?สัมภาษณ์|"
    r"(?:ندعوك|ندعوكم|يسعدنا دعوتك|يسعدنا دعوتكم|يسرنا دعوتك|يسرنا دعوتكم)[^.\n]{0,40}?مقابلة|"
    r"(?:נשמח להזמין|מזמינים) (?:אותך|אתכם)[^.\n]{0,30}?ראיון",
    # twenty-third pass: Urdu, Persian, Hindi, Marathi, Bengali, Sinhala, Tamil, Georgian,
    # Armenian, Kazakh and Mongolian ("an invitation to an interview", "we invite you")
    r"انٹرویو (?:کے لیے|کیلئے|کے لئے) (?:مدعو|بلا)|انٹرویو کی دعوت|(?:دعوت به|برای) مصاحبه[^.\n]{0,20}?دعوت|"
    r"(?:साक्षात्कार|मुलाखत)(?:ीसाठी| के लिए| हेतु)? (?:आमंत्रित|बुला|बोलाव)|"
    r"সাক্ষাৎকারে(?:র জন্য)? (?:আমন্ত্রণ|আমন্ত্রিত|ডাক)|"
    r"සම්මුඛ පරීක්ෂණය(?: සඳහා)? (?:කැඳව|ආරාධනා|පැමිණෙන)|ඊළඟ අදියරට තෝරා(?:ගෙන|ගත්)|நேர்காணலுக்கு (?:அழைக்க|அழைப்பு)|"
    r"გასაუბრებაზე (?:მოწვევ|გიწვევთ|დაგპატიჟ)|მოწვევა გასაუბრებაზე|"
    r"հարցազրույցի (?:հրավեր|հրավիր)|հրավեր հարցազրույցի|сұхбатқа шақыр|ярилцлагад урь|"
    # after sealing fresh246-250: Punjabi, an invitation to an interview, chosen for the next
    # round ("ਇੰਟਰਵਿਊ ਲਈ ਸੱਦਾ", "ਅਗਲੇ ਗੇੜ ਲਈ ਚੁਣਿਆ ਗਿਆ")
    r"ਇੰਟਰਵਿਊ ਲਈ ਸੱਦਾ|ਅਗਲੇ (?:ਗੇੜ|ਪੜਾਅ|ਰਾਊਂਡ) ਲਈ ਚੁਣਿਆ",
    # thirty-fourth pass: Chinese "希望进入下一步：请你完成一份设计作业", an interview moved
    # ("面试需要改期", "面談時間調整為"), a time asked for ("您哪个时间方便")
    r"(?<!未能)(?<!未)(?<!没有)(?<!沒有)(?<!无法)(?<!無法)(?<!不能)(?<!没能)(?<!沒能)(?<!不会)(?<!不會)(?<!暂不)"
    r"(?<!暫不)(?:进入下一|進入下一|进行下一|進行下一)(?:步|轮|輪|阶段|階段|环节|環節)|(?:请你完成|请您完成|請你完成|"
    r"請您完成)[^。\n]{0,12}?(?:作业|作業|测试|測試|测评|測評|笔试|筆試)|(?:面试|面試|面谈|面談|终面|終面)"
    r"[^。\n]{0,16}?(?:调整为|調整為|调整到|調整到|重新安排|改期到|改期至|改到下|改为下|改為下|延期到|延期至|"
    r"顺延到|順延到)|(?:哪个时间|哪個時間|什么时间|什麼時間)(?:比较|比較)?方便|"
    # (forty-second pass: "现重新为您安排二面时间如下", "二面时间调整通知")
    r"(?:重新为您安排|重新為您安排|重新为你安排|重新為你安排)[^。\n]{0,6}?(?:面试|面試|二面|三面|终面|終面|面谈|面談)|"
    r"(?:二面时间|二面時間|三面时间|三面時間|终面时间|終面時間|面试时间|面試時間)(?:调整|調整|变更|變更|更改)|"
    # (seventy-fifth pass, lost to the retrain: a time moved, "现在重新安排如下")
    r"重新安排如下",
    # after sealing fresh356-360: a trial lesson and an interview ("到我校参加试讲及面试"), a
    # call asked for ("想约您明天下午三点左右电话聊二十分钟")
    r"参加试讲|參加試講|试讲及面试|試講及面試|想约您[^。\n]{0,24}?(?:电话|電話|视频|視頻)",
)

# A receipt: "ご応募を受け付けました", "지원서가 정상적으로 접수되었습니다", "已收到您的简历".
RECEIPTS = (
    r"(?:ご応募|応募書類|エントリー)(?:を|は)?[^。\n]{0,12}?(?:受け付けました|受け付けいたしました|"
    r"受付いたしました|受領いたしました|受領しました|確かに受け取りました)|"
    r"已收到(?:您|你)的(?:简历|簡歷|申请|申請|履历|履歷)|"
    # (after sealing fresh346-350: "我们已经收到您应聘会计助理 ... 的简历")
    r"已经收到(?:您|你)[^。\n]{0,30}?(?:简历|簡歷|申请|申請|履历|履歷)|"
    # (after sealing fresh356-360: the CV first, "您的简历我们已经收到", "简历已收到")
    r"简历我们已经收到|简历已经收到|简历已收到|簡歷我們已經收到|簡歷已經收到|簡歷已收到|申请已收到|申請已收到|"
    r"지원(?:서)?(?:가|이)? (?:정상적으로 |성공적으로 )?(?:접수되었|제출되었|완료되었)|"
    r"ได้รับใบสมัคร|ໄດ້ຮັບໃບສະໝັກ|"  # (forty-fifth pass: Lao, "ໄດ້ຮັບໃບສະໝັກຂອງທ່ານ")
    r"(?:استلمنا|تم استلام|لقد استلمنا) (?:طلبك|طلبكم|سيرتك|سيرتكم)|"
    r"קיבלנו את (?:מועמדותך|קורות החיים)|"
    # twenty-third pass: the same receipt in Urdu, Persian, Hindi, Marathi, Bengali (a "য়"
    # written as one letter or two), Sinhala, Tamil, Telugu, Georgian, Armenian, Kazakh and
    # Mongolian
    r"درخواست (?:ہمیں )?موصول (?:ہو|ہوئی)|درخواست (?:شما )?(?:دریافت|ثبت) شد|"
    r"आवेदन (?:सफलतापूर्वक )?(?:प्राप्त हो|प्राप्त हुआ|प्राप्त कर|जमा हो)|अर्ज (?:मिळाला|प्राप्त झाला)|"
    r"আবেদন(?:পত্র)?(?:টি)? [^।\n]{0,30}?(?:পে(?:য়|য়)েছি|গ্রহণ করা হ|জমা হ)|"
    r"අයදුම්පත[^\n]{0,40}?ලැබුණ|விண்ணப்ப[^\n]{0,30}?(?:பெறப்பட்ட|கிடைத்த)|"
    r"దరఖాస్తు[^\n]{0,30}?(?:అందింది|స్వీకరించ)|"
    r"(?:განაცხადი|რეზიუმე)[^.\n]{0,30}?(?:მივიღეთ|მიღებულია)|"
    r"(?:դիմումը|հայտը)[^.\n։]{0,30}?(?:ստացել ենք|ստացվել է|ընդունվել է)|"
    r"өтінім[^.\n]{0,30}?(?:қабылданды|алынды)|анкет[^.\n]{0,30}?хүлээн ав",
)
