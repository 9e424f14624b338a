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
    r"应聘|應徵|應聘|职位|職位|面试|面試|招聘|简历|簡歷|录用|錄用|"
    # twenty-fourth pass: a vacancy, a selection and a post in Taiwan's and the mainland's
    # words ("本職缺", "甄選", "岗位")
    r"職缺|职缺|甄選|甄选|甄試|招募|岗位|崗位|求職|求职|人才庫|人才库|"
    r"지원서|지원해|지원하|면접|채용|서류 전형|서류 심사|입사|포지션|"
    r"สมัครงาน|ใบสมัคร|ตำแหน่ง|สัมภาษณ์|"
    r"وظيف|مقابلة|المقابلة|توظيف|ترشيح|السيرة الذاتية|سيرتك|طلبك|طلبكم|"
    r"משרה|משרת|מועמדות|ראיון|גיוס|תפקיד|מועמד|קורות חיים|"
    # twentieth pass: Hindi (an application, an interview, a job, a candidate, a post)
    r"आवेदन|साक्षात्कार|नौकरी|उम्मीदवार|नियुक्ति|पद के|पद का|पद पर|यह पद|"
    # twenty-third pass: the same words in the other scripts job mail comes in: Marathi and
    # Nepali (Devanagari), Urdu, Persian and Pashto, Bengali, Sinhala, Tamil, Telugu,
    # Kannada, Malayalam, Gujarati, Gurmukhi, Georgian, Armenian, Burmese, Khmer, Amharic,
    # Mongolian, Kazakh and Macedonian (a "য়" or "ড়" may be written as one letter or two)
    r"अर्ज|मुलाखत|उमेदवार|भरती|अन्तर्वार्ता|अन्तरवार्ता|उम्मेदवार|जागिर|रिक्त पद|"
    r"درخواست|انٹرویو|ملازمت|آسامی|امیدوار|بھرتی|عہدے|عہدہ|مصاحبه|رزومه|متقاضی|"
    r"موقعیت شغلی|فرصت شغلی|جذب نیرو|غوښتنلیک|مرکه|نوماند|"
    r"আবেদন|সাক্ষাৎকার|সাক্ষাত্কার|চাকরি|চাকুরি|প্রার্থী|নি(?:য়|য়)োগ|পদের|পদে |"
    r"අයදුම්|සම්මුඛ|තනතුර|රැකියා|බඳවා ගැනීම|අපේක්ෂක|"
    r"விண்ணப்ப|நேர்காணல்|வேலை|பதவி|ஆட்சேர்ப்பு|"
    r"దరఖాస్తు|ఇంటర్వ్యూ|ఉద్యోగ|అభ్యర్థి|నియామక|"
    r"ಅರ್ಜಿ|ಸಂದರ್ಶನ|ಉದ್ಯೋಗ|ಹುದ್ದೆ|ಅಭ್ಯರ್ಥಿ|ನೇಮಕಾತಿ|"
    r"അപേക്ഷ|അഭിമുഖ|ജോലി|തസ്തിക|ഉദ്യോഗാർത്ഥി|നിയമന|"
    r"અરજી|ઇન્ટરવ્યૂ|નોકરી|ઉમેદવાર|ભરતી|"
    r"ਅਰਜ਼ੀ|ਅਰਜੀ|ਇੰਟਰਵਿਊ|ਨੌਕਰੀ|ਉਮੀਦਵਾਰ|ਭਰਤੀ|ਅਹੁਦ|"
    r"ვაკანსი|განაცხად|გასაუბრებ|კანდიდატ|პოზიცი|შერჩევ|დასაქმ|რეზიუმე|თანამდებობ|"
    r"թեկնածու|հարցազրույց|պաշտոն|դիմում|թափուր|ռեզյումե|աշխատանքի ընդուն|"
    r"လျှောက်လွှာ|အင်တာဗျူး|ရာထူး|ការដាក់ពាក្យ|ពាក្យស្នើសុំ|សម្ភាសន៍|មុខតំណែង|បេក្ខជន|"
    r"ማመልከቻ|ቃለ መጠይቅ|አመልካች|የሥራ መደብ|የስራ መደብ|ቅጥር|"
    r"ажлын байр|ярилцлага|горилогч|бос орын|сұхбат|үміткер|түйіндеме|лауазым|өтінім|"
    r"работно место|интервју|апликаци")

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
    # Japanese: "採用を見送らせていただく", "ご縁がなかった", "ご期待に添えず", "不採用"
    r"(?:採用|選考|今回|応募|ご縁)[^。\n]{0,20}?(?:お見送|見送らせ|見送る|見送り|見合わせ)|"
    r"ご縁が(?:なかった|なく|ございませんでした)(?!場合)|(?:ご期待に|ご希望に)(?:添え|沿え|そえ)(?:ず|ない|"
    r"かね|ません)|貴意に(?:添え|沿え)|不採用(?!の場合|となった場合|の際|者にも)|"
    r"(?:採用|内定)を?(?:お見送|見送り|見送ら)|"
    # Chinese: "很遗憾 ... 未能", "未被录用", "不予录用"
    r"(?:很遗憾|很遺憾|遗憾地|遺憾地)[^。\n]{0,40}?(?:未能|不能|无法|無法|没有|沒有)|"
    r"未被录用|未被錄用|未获录用|未獲錄用|未能录用|未能錄用|未被录取|未被錄取|未能录取|"
    r"不予录用|不予錄用|未能通过|未能通過|"
    # twenty-fourth pass: someone else chosen (Mandarin and Cantonese, "最後揀咗內部同事"), the
    # post already filled or its hiring paused ("已有合適人選", "暫停本職缺之招募")
    + _CHOSE_ANOTHER + "|" + _FILLED_ALREADY + "|" + _HIRING_PAUSED + "|"
    r"不予錄取|不予录取|唔成功",
    # Korean: "함께하지 못하게 되었습니다", "불합격", "합격하지 못", "좋은 결과를 드리지 못"
    r"(?:함께|모시|모시게 되)(?:하)?지 못하|불합격(?!자| ?시|의 경우| 여부)|"
    r"(?:합격하지 못했|합격하지 못하셨|합격하지 못하였|합격되지 못|선발되지 못했|선발되지 못하였|"
    r"선발되지 않았|채용되지 못|채용하지 않기로)|좋은 (?:소식|결과)(?:을|를)? (?:전해 ?)?드리지 못|"
    r"(?:아쉽게도|안타깝게도)[^.\n]{0,60}?(?:못하|어렵|않|모시지)",
    # Thai: "ไม่ผ่านการคัดเลือก", "เสียใจที่ต้องแจ้ง"
    r"ไม่ผ่านการ(?:คัดเลือก|พิจารณา|สัมภาษณ์)|(?:ขอแสดงความ)?เสียใจ(?:ที่)?(?:ต้อง)?แจ้ง",
    # Arabic: "نأسف لإبلاغكم", "لن يتم استكمال", "لم يتم اختيارك", "مرشح آخر"
    r"(?:نأسف|يؤسفنا|نعتذر) (?:لإبلاغك|لإبلاغكم|لإعلامك|لإعلامكم|أن نبلغك|أن نبلغكم)|"
    r"(?:لن|لم) (?:يتم|نتمكن من|نستطيع) (?:استكمال|المضي|اختيار|قبول|ترشيح|التقدم|النظر)|"
    r"(?:اختيار|اخترنا) (?:مرشح|مرشحين) (?:آخر|آخرين)|"
    # twenty-fourth pass: "we were unable to proceed with your application"
    r"(?:تعذر|يتعذر) (?:علينا )?(?:المضي|الاستمرار|التقدم)(?: قدما| قدماً)? (?:في|ب)(?:طلبك|طلبكم| طلبك| طلبكم)",
    # Hebrew: "לצערנו ... לא", "החלטנו להמשיך עם מועמד אחר"
    r"לצערנו[^.\n]{0,60}?לא|(?:מועמד|מועמדת|מועמדים) (?:אחר|אחרת|אחרים)|"
    r"לא (?:נוכל|נמשיך|נתקדם) עם (?:מועמדותך|מועמדותכם)",
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
    r"සම්මුඛ පරීක්ෂණය(?: සඳහා)? (?:කැඳව|ආරාධනා|පැමිණෙන)|நேர்காணலுக்கு (?:அழைக்க|அழைப்பு)|"
    r"გასაუბრებაზე (?:მოწვევ|გიწვევთ|დაგპატიჟ)|მოწვევა გასაუბრებაზე|"
    r"հարցազրույցի (?:հրավեր|հրավիր)|հրավեր հարցազրույցի|сұхбатқа шақыр|ярилцлагад урь",
)

# A receipt: "ご応募を受け付けました", "지원서가 정상적으로 접수되었습니다", "已收到您的简历".
RECEIPTS = (
    r"(?:ご応募|応募書類|エントリー)(?:を|は)?[^。\n]{0,12}?(?:受け付けました|受け付けいたしました|"
    r"受付いたしました|受領いたしました|受領しました|確かに受け取りました)|"
    r"已收到(?:您|你)的(?:简历|簡歷|申请|申請|履历|履歷)|"
    r"지원(?:서)?(?:가|이)? (?:정상적으로 |성공적으로 )?(?:접수되었|제출되었|완료되었)|"
    r"ได้รับใบสมัคร|"
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
