"""Nineteenth pass (stage): a step the letter refers to without naming it the usual way.

Three families the earlier cues missed:

* an interview reached but only alluded to: the reader came to an office or a site ("thanks for
  coming to site on Thursday", "coming to our Leeds office"), met two named people ("to meet
  Dr Okafor and myself"), "our two interviews", the outcome of an interview in a
  subject line, and the interview in the languages of East Asia, the Gulf and South-East Asia
  (面接, 面试, 면접, مقابلة, temuduga, wawancara, สัมภาษณ์) when the words around it say it
  was attended;
* a work sample sat alone (a technical test, a data or coding challenge, a vetting assessment,
  a case exercise) in English and the languages job mail comes in: the screening, unless a
  live interview is said as well (the interview stage is read first);
* a call the recruiter and the reader had, said with a verb ("we could call this morning",
  "wir haben telefoniert"): a screening.

Only forms that put the step in the past are listed: a step offered or denied stays unread.
"""

from __future__ import annotations

# Places a reader comes to for an interview (a careers "site" only without an article:
# "coming to site" is the building site).
_PLACES = (r"(?:office|offices|head office|hq|headquarters|studio|yard|depot|plant|hotel|campus|"
           r"school|clinic|workshop|branch|store|restaurant|kitchen|site office|terminal|port|"
           r"vessel|ship|library|archive|hospital|lab|laboratory|factory|warehouse|base)")

NINETEENTH_STAGE_CUES = {
    "interview": (
        # came to the site or an office named between ("our Shah Alam office")
        r"\b(?:coming|came|come) (?:in |along |over |out |down |up )?to (?:site|(?:our|the|your) "
        r"(?:(?-i:[A-Z])[\w-]+ ){1,3}" + _PLACES + r")\b"
        r"|\b(?:thanks|thank you|grateful) (?:\w+ ){0,2}for (?:coming|stopping|popping|dropping) "
        r"(?:in |by |over |along )?(?:to (?:site|(?:our|the) " + _PLACES + r")|yesterday|on \w+day"
        r"|last \w+|this morning|earlier)\b"
        # met several named people ("to meet Encik Hafiz and myself", "meeting Dr Lee and Sam")
        r"|\b(?:meeting|met|meet) (?:(?-i:[A-Z])[\w.]+ ){1,3}and (?:me|myself|(?-i:[A-Z])\w+)\b"
        # interviews counted ("our two interviews", "both interviews", "the earlier interviews")
        r"|\b(?:our|your|the|those|these) (?:two|three|four|both|several|recent|earlier|previous|"
        r"last) (?:rounds? of )?interviews?\b|\bboth interviews\b"
        # the outcome of an interview ("Interview outcome", "interview result")
        r"|\binterview (?:outcome|result|decision)s?\b"
        # Japanese, Chinese, Korean: the interview attended, its outcome, said in it
        r"|(?:一次|二次|三次|最終|初回)?面接(?:に|へ)(?:お越し|ご参加|ご出席|参加|出席|来|足を運)"
        r"|面接(?:の際|では|にて|時に|の中で|結果)|(?:参加|参与|出席)(?:了|我们的|本次|第一轮|"
        r"第二轮)?面[试試]|面[试試](?:结果|結果|中|时|時|期间|期間)"
        r"|면접(?:에|에도) ?(?:참석|참여|응해|응시|와|오셔)|면접 ?결과|면접에서|면접 (?:당시|때|시)"
        # Arabic: attending the interview, after it, its result
        r"|(?:حضور|حضوركم|حضورك|لحضور|بحضور|إجراء|لإجراء) (?:\w+ )?(?:ال)?مقابل[ةه]"
        r"|(?:بعد|خلال|أثناء) (?:ال)?مقابل[ةه]|نتيجة (?:ال)?مقابل[ةه]"
        # Malay, Indonesian, Thai
        r"|\b(?:menghadiri|hadir (?:ke |untuk |pada )?|mengikuti|selepas|setelah|keputusan|hasil) "
        r"(?:sesi )?(?:temu ?duga|wawancara|interview)\b"
        r"|(?:เข้าร่วม|มา|ผลการ|หลังการ)สัมภาษณ์"),
    "screening": (
        # a work sample sat alone, in English
        r"\b(?:data|coding|code|programming|ml|machine[- ]learning|analytics|modell?ing|"
        r"hiring|kaggle-style) (?:challenge|competition|hackathon)s?\b|\bhackathon\b"
        r"|\bvetting (?:assessment|test|process|step|stage)s?\b"
        r"|\b(?:timed|sql|python|excel|coding|cognitive|game-based|language|english|"
        r"proficiency) (?:[\w-]+ )?(?:assessment|test|quiz|section)s?\b"
        # French, German, Dutch, Spanish, Portuguese, Italian
        r"|\btest (?:technique|pratique|de (?:logique|personnalité|code|codage|compétences|"
        r"niveau))\b|\b(?:cas pratique|étude de cas|exercice (?:technique|pratique))\b"
        r"|\b(?:fach|eignungs|programmier|online-?)tests?\b|\btechnische[nrs]? (?:test|aufgabe|"
        r"challenge)\b|\b(?:probeaufgabe|fallstudie)\w*"
        r"|\b(?:technische|praktijk|thuis)(?:opdracht|test|toets)\w*|\btechnische (?:opdracht|"
        r"test|toets)\b"
        r"|\b(?:reto|desafío|desafio) (?:técnico|tecnico|de datos|de dados)\b|\b(?:caso|teste) "
        r"práctico\b|\bcaso pratico\b|\bteste prático\b|\bcase técnico\b|\besercizio tecnico\b"
        # a call the recruiter and the reader had, said with a verb
        r"|\b(?:konden|kon|hebben|hadden|heb|had)\b(?: (?!niet\b|geen\b)\w+){0,3} (?:gebeld|"
        r"bellen)\b|\btelefonisch (?:gesproken|contact gehad)\b"
        r"|\b(?:haben|hatten) (?:(?!nicht\b)\w+ ){0,3}telefoniert\b|\btelefoniert (?:haben|hatten)\b"
        r"|\b(?:notre|votre) échange téléphonique\b|\béchangé (?:par|au) téléphone\b"
        r"|\b(?:hablamos|hablado) por teléfono\b|\b(?:falamos|conversamos) (?:por|ao) telefone\b"),
}
