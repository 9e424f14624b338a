"""Thirty-third pass (stage): the last step by the names the earlier cues missed.

An assessment centre or assessment day the reader attended is the final round, as the guide
and the corpus brief define it (the day of exercises and panels that ends a graduate or
trainee selection); so is a final talk in Dutch, Afrikaans, French, Portuguese, Spanish,
Azerbaijani and Albanian ("finale onderhoud", "rencontre finale", "conversa final", "final
müsahibəsi", "fazën finale"), being one of the last two or three ("les deux derniers
candidats"), and references given and taken up ("for providing your references").

These join the final-round pattern of ``mail_fields``; its guards still apply, so "we will
not be inviting you to the assessment centre" stays no step.

Earlier steps too: a group discussion round sat, a test "appeared in" (Indian English), a
proposal or test turned round, a call in Dutch ("het telefoontje") or Korean ("통화 감사"),
a talk on Zoom with the person hiring; and two guards: a step named after "subsequent" or
"next" lies ahead, and a step after "not shortlisted for" was not reached even past the
usual forty characters ("not been shortlisted for Group Discussion and Personal Interview").

And an offer taken back in the words the earlier cues missed: "withdraw all offers", a
letter of intent withdrawn, "retirer l'offre", "unser Angebot vom 2. März zurückziehen",
"trække vores tilbud om ansættelse tilbage", "teklifi geri çekmek", "təklifi geri götürmək",
"sťahujeme ponuku", "dejar sin efecto la propuesta", a "carta-proposta" annulled, "채용 확정
... 철회", "内定取り消し".
"""

from __future__ import annotations

import re

# A step others were taken to: "not among the candidates we will be taking forward to the
# assessment day", "progress to our assessment centre" (read just before the step's noun).
TAKEN_FORWARD_TO = re.compile(
    r"(?:\b(?:tak(?:e|es|ing|en)|tak(?:e|ing) you|bring(?:ing)?|put(?:ting)?) (?:\w+ )?(?:forward|through|on)"
    r"|\btak(?:e|es|ing|en) (?:your|the) (?:application|candidacy|profile|cv|candidature)"
    r"(?: forward| further| through)?) (?:to|into|for) (?:the |an? |our |your )?(?:[\w-]+ )?$", re.I)
# A phone word right after an interview's noun: "colloquio telefonico", "entretien téléphonique".
PHONE_AFTER = re.compile(r"\s*(?:telefonic[oa]|telef[oó]nic[oa]|t[ée]l[ée]phonique|telefonisch\w*|"
                         r"telefoniczn\w*|telefonick\w*|by phone|over the phone|on the phone|"
                         r"per telefono|por tel[ée]fono|au t[ée]l[ée]phone)\b", re.I)

# A step that lies ahead of the reader, read just before its noun.
STEP_AHEAD = re.compile(
    r"\b(?:subsequent|upcoming|later|further)\s+(?:[\w-]+\s+(?:and\s+|&\s+)?){0,3}$"
    r"|(?:\bnot|n't)\s+(?:been\s+|be\s+)?(?:shortlisted|considered|selected|called|invited|"
    r"eligible)\s+(?:for|to)\b[^.\n]{0,60}$", re.I)

THIRTY_THIRD_STAGE_CUES = {
    "offer": (
        r"\bwithdraw\w* (?:all|any|the) (?:\w+ ){0,2}offers\b|\b(?:letter of intent|LOI)\b[^.\n]{0,60}"
        r"\b(?:withdrawn|rescinded|cancell?ed|revoked)\b|\bretir\w+ l['’](?:offre|embauche)\b"
        r"|\bangebot\w* (?:[\w.]+ ){0,5}zurück(?:ziehen|gezogen|zunehmen|genommen)"
        r"|\btræk\w* (?:\w+ ){0,3}tilbud\w* (?:\w+ ){0,3}tilbage\b|\btilbud(?:det)? om ansættelse\b"
        r"|\bteklif\w* geri (?:çek|al)\w*|\bt[əe]klif\w* geri (?:götür|çək|al)\w*"
        r"|\b(?:sťahujeme|stiahnuť|stiahnutie|stahujeme|stáhnout|stažení|odvolávame) (?:\w+ ){0,2}"
        r"(?:ponuk|nabídk)\w*"
        r"|\bdejar sin efecto (?:la|nuestra|esta) (?:propuesta|oferta)\b|\b(?:te|le|les) (?:habíamos|hemos)"
        r" ofrecido\b|\bcarta-proposta\b|\bproposta de emprego\b[^\n]{0,80}\banula\w*"
        r"|채용 ?확정[^.\n]{0,40}철회|최종 ?합격[^.\n]{0,60}(?:취소|철회)|内定(?:の|を)?(?:取り?消|取消)"
        # thirty-eighth pass: a Korean offer negotiated ("처우 협의", "처우 제안")
        r"|처우 ?(?:협의|제안)"
        # forty-third pass: a Mongolian job offer annulled ("ажлын байрны саналыг хүчингүй болгох")
        r"|саналы\w* (?:\w+ ){0,2}хүчингүй|саналаа (?:\w+ ){0,2}цуцал"),
    "final-round": (
        r"\bassessment (?:centre|center|day)s?\b"
        # (thirty-sixth pass: the assessment day in French and German, "nach Abschluss aller
        # Assessments")
        r"|\bjournée d['’](?:évaluation|assessment)\b|\bassessment-?(?:tag|center|centre)\b"
        r"|\babschluss (?:aller|der|des) assessments?\b"
        r"|\bfinale (?:onderhoud|gesprek|ronde|rondte|gesprekke|onderhoude)\b"
        r"|\b(?:rencontre|conversation|discussion) finale\b|\b(?:panel|painel|jury|comité|tour) final\b"
        # (after reading fresh266-275: Spanish "la instancia final de entrevistas", Tetum
        # "entrevista ikus", Bengali "চূড়ান্ত সাক্ষাৎকার")
        r"|\binstancia final de (?:las )?entrevistas\b|\bentrevista ikus\b|চূড়ান্ত সাক্ষাৎকার"
        r"|\b(?:conversa|reuni[ãa]o|reuni[óo]n|conversaci[óo]n|charla|bate-papo) final\b"
        r"|\bfinal (?:müsahib|mülakat|görüşme)\w*"
        r"|\bfaz[ëe]n? finale\b"
        r"|\b(?:deux|trois|2|3) derni(?:er|ère)s (?:candidat|finaliste)\w*"
        # thirty-eighth pass: the last step in Korean, Arabic, Latvian, Lithuanian, Ukrainian
        # and Russian ("마지막 단계", "최종(임원) 면접", "التقييم النهائي", "atlases noslēguma
        # kārtā", "finaliniame etape", "фінальна співбесіда")
        r"|마지막 ?단계|최종 ?\(\w{1,4}\) ?면접|임원 ?면접"
        r"|(?:التقييم|المرحلة|المقابلة|الجولة) النهائية"
        r"|\bnoslēguma kārt\w*|\bfināl\w* kārt\w*|\bfinalin\w* (?:etap|pokalb|turo)\w*"
        r"|\bфінальн\w* (?:етап|співбесід|інтерв)\w*|\bфинальн\w* (?:этап|собеседован|интервью)\w*"
        # fortieth pass: Ukrainian and Russian "the final" as a noun and a final meeting ("фідбек
        # після фіналу", "Фінал ти пройшов", "після фінальної зустрічі"), Thai "the last round"
        # ("สัมภาษณ์รอบสุดท้าย"), Lithuanian "you were both strong in the final"
        r"|(?<!\w)(?:фінал|финал)(?:у|і|е|ом)?(?!\w)|\b(?:фінальн|финальн)\w* (?:зустріч|встреч)\w*"
        r"|รอบสุดท้าย|\b(?:buvote|buvai|buvo|abu|abi)\b[^.\n]{0,40}?\bfinale\b"
        # eighty-first pass: Lao and Tigrinya, the last round ("ການສຳພາດຮອບສຸດທ້າຍ", "ናይ መወዳእታ
        # ቓለ-መሕትት")
        r"|ຮອບສຸດທ້າຍ|ናይ መወዳእታ (?:ቓለ|ቃለ)[- ]?መሕትት"
        # forty-first pass: Armenian, Georgian and French ("վերջնական հանդիպում", "საბოლოო
        # გასაუბრება", "les deux dernières retenues"), and a founder's or CTO's last talk
        r"|վերջնական (?:հանդիպ|հարցազրույց|փուլ)\w*|(?:საბოლოო|ფინალურ)\w* (?:გასაუბრ|ეტაპ)\w*"
        r"|\b(?:deux|trois) derni(?:er|ère)s (?:retenu|sélectionné)\w*"
        # forty-second pass: an Icelandic choice between the last two ("stóð valið á milli
        # tveggja umsækjenda")
        r"|\bvalið (?:\w+ )?á milli tveggja\b"
        # forty-third pass: every round sat ("across the three rounds"), an afternoon or a day
        # spent with the team ("Thanks for spending the afternoon with us Friday")
        r"|\b(?:across|through|over|in|after) (?:all )?(?:the )?(?:three|four|five|3|4|5|all) (?:interview )?rounds\b"
        r"|\b(?:spending|spent|spend) (?:the|an|a whole|the whole|a full) (?:afternoon|day|morning) "
        r"with (?:us|the team|our team)\b"
        r"|\b(?:providing|provided|sending|sent|sharing|shared|for) (?:us )?(?:with )?"
        r"(?:your|the) (?:\w+ )?references\b(?! (?:to|for) (?:the|a|future|other)\b)"),
    "screening": (
        r"\b(?:group discussions?|GD)(?: rounds?)?\b"
        r"|\bappear(?:ing|ed)? (?:in|for) (?:the |our |your )?(?:[\w()-]+ ){0,4}(?:tests?|exam\w*|"
        r"assessments?)\b"
        r"|\b(?:research|written|project) proposal you (?:sent|submitted|prepared|wrote)\b"
        r"|\bturn(?:ing|ed)? (?:the |your |that |this )?(?:[\w-]+ ){0,2}(?:test|exercise|assignment|"
        r"task|case|proposal)s? (?:a?round|in)\b"
        r"|\b(?:het|ons|je|jouw|uw) telefoontje\b|\btelefoontje (?:van|gisteren|vorige)\b"
        r"|\bcolloqui[oa] telefonic[oa]\b|\btelefonische[sn]? (?:gespräch|interview|vorstellungsgespräch)\w*"
        r"|통화(?:해 주셔서|에| 주셔서)? ?(?:감사|고맙)|전화 ?(?:면접|인터뷰)|電話面接|電話面談"
        # (thirty-sixth pass: a Japanese aptitude or coding test sat, "受検いただき")
        r"|(?:適性検査|コーディングテスト|Webテスト|SPI)[^。\n]{0,30}?受(?:検|験)"
        # thirty-eighth pass: a coding test or take-home in Korean, Ukrainian, Russian and
        # Arabic ("코딩 테스트", "과제 전형", "тестове завдання", "الاختبار التقني")
        r"|코딩 ?테스트|과제 ?전형|과제(?:를|에)? ?(?:제출|리뷰)"
        r"|\bтестов\w* (?:завдан|задани)\w*|(?:الاختبار|اختبار) (?:التقني|تقني|البرمجي)"
        # after sealing fresh161-165: a written or online coding test in Chinese and Persian
        # ("笔试", "線上程式能力測驗", "在线测评"), a challenge's score under the cut-off, a
        # Hungarian or Slovenian take-home ("házi feladat", "domača naloga")
        r"|笔试|筆試|(?:在线|線上|线上|在線)[^。\n]{0,8}?(?:测评|測評|测验|測驗|测试|測試)|程式能力測驗|编程题"
        r"|چالش استخدامی|حد نصاب|تسک فنی"
        r"|\bházi feladat\w*|\bdomač\w* nalog\w*"
        # forty-first pass: a Spanish technical test, a Dutch capacity test ("prueba técnica",
        # "capaciteitentest"), an online assessment in Dutch
        r"|\bprueba(?:s)? técnica\w*|\bcapaciteitentest\w*|\bonline assessment\w*"
        # forty-second pass: an Icelandic phone interview ("símaviðtal")
        r"|\bsímaviðtal\w*"),
}


# Thirty-third pass: a talk the reader had ("our chat on Friday", "the conversation", "thanks
# for the call") is an interview when the person hiring signs, as the guide says; the rules'
# screening cues took it first. Not on the phone, and not beside a test sat.
_OUR_TALK = re.compile(r"\b(?:our|the|that|this) (?:[\w-]+ )?(?:chat|conversation|catch-?up|talk|"
                       r"call)\b", re.I)
_ON_THE_PHONE = re.compile(r"\b(?:phone|telephone|phoned|rang|ring)\b", re.I)
_SAT_ALONE = re.compile(r"\b(?:tests?|exams?|examinations?|assessments?|screening|screen|questionnaire|"
                        r"recruiter|recruitment agency|agency|client)\b", re.I)


def talked_with_the_hiring_side(text: str) -> bool:
    """The letter recalls a talk, not on the phone, and names no test, screen or agency."""
    talk = _OUR_TALK.search(text)
    if not talk or _SAT_ALONE.search(text):
        return False
    return not _ON_THE_PHONE.search(text[max(0, talk.start() - 40):talk.end() + 40])
