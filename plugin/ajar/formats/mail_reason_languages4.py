"""Twenty-sixth pass (reason): reason cues in Russian, Kazakh, Uzbek, Azerbaijani, Persian,
Urdu, Hebrew, Amharic, Kinyarwanda, Hausa, Basque, Catalan, Galician and Maltese.

The families of the other languages' cues (``mail_reason_scripts``), written from general
knowledge of each: a cause connective ("поскольку", "sababli", "səbəbindən", "به دلیل",
"کی وجہ سے", "ምክንያት", "kubera", "saboda", "perquè", "għax"), a requirement, experience or
a skill named, someone chosen from inside, and a post closed, frozen or cancelled ("another
candidate chosen" is the no itself, as the eighteenth pass reads it in Bulgarian). Scripts without
capitals or spaces between words carry no ``\\b``; the Latin ones do.
"""

from __future__ import annotations

import re

REASON_CUES_LANGUAGES4 = [re.compile(p, re.I) for p in (
    # a cause connective
    r"(?<!\w)(?:поскольку|так как|в связи с|из-за|потому что|ввиду|себебі|байланысты)(?!\w)"
    r"|\b(?:sababli|chunki|tufayli|səbəbindən|çünki|kubera|bitewe n|saboda|perquè|ja que|"
    r"atès que|xa que|dado que|għax|minħabba|peress li)\b"
    r"|زیرا|به دلیل|به علت|به خاطر|کیونکہ|کی وجہ سے|לאור|עקב|בשל|ምክንያት",
    # a requirement
    r"(?<!\w)(?:требовани\w*|обязательн\w*|талап\w*)"
    r"|\b(?:(?<!el )(?<!al )(?<!fi )talab\w*|tələb\w*|ibisabwa|sharad\w*|baldintz\w*|requisits?\b|rekwiżit\w*)"
    r"|الزامی|ضروری|ضرورت|דרישות|መስፈርት",
    # experience, a skill, a licence or a language named
    r"(?<!\w)(?:опыт\w*|навык\w*|владени\w*|сертифик\w*|тәжірибе\w*)"
    r"|\b(?:tajriba\w*|təcrübə\w*|uburambe|gogewa|kwarewa|esperientzi\w*|experiència|"
    r"esperjenza)\b|سابقه|تجربه|تجربہ|ניסיון|ልምድ",
    # someone chosen from inside (another candidate chosen is the no itself, no reason)
    r"(?<!\w)внутренн\w* кандидат\w*|\bichki nomzod\w*|\bdaxili namizəd\w*|\bcandidat intern\w*"
    r"|\bcandidato interno\b|מועמד פנימי|מועמדת פנימית",
    # the post closed, frozen or cancelled
    r"(?<!\w)(?:ваканси\w*|позици\w*|должност\w*)[^.\n]{0,30}(?:закрыт|заморож|приостановлен|"
    r"отмен)\w*"
    r"|\b(?:to['ʻ’]xtatil|yopil|dayandırıl|ləğv edil|byahagaritswe|yahagaritswe|bertan behera|"
    r"cancel·la|ikkanċellat)\w*"
    r"|لغو شد|متوقف|منسوخ|הוקפא|בוטל|ተሰርዟል|ታግዷል",
)]

# Stock fit in these languages is no reason: "других кандидатов, чей опыт в большей степени
# соответствует требованиям позиции", "daha uyğun namizəd", "ko'proq mos keladigan nomzod",
# "مطابقت بیشتری", "s'ajusten millor", "se axustan mellor", "מתאימים יותר" (at the
# sentence's end: what fits, named after it, is a reason).
STOCK_FIT_LANGUAGES4 = re.compile(
    r"(?:(?<!\w)(?:чей|чьи|чья|чье|чьё)\s+(?:опыт|профиль|профили|квалификаци\w*|навыки|резюме)\s+"
    r"(?:\w+\s+){0,4}?(?:соответству\w*|подход\w*|совпада\w*)"
    r"|(?<!\w)(?:более|наиболее|лучше) (?:подходящ|соответствующ)\w* (?:кандидат|профил)\w*"
    r"|\b(?:daha|ən) (?:uyğun|münasib) (?:namizəd|profil)\w*"
    r"|\b(?:ko['ʻ’]proq|eng) mos (?:keladigan )?(?:nomzod|profil)\w*"
    r"|(?<!\w)(?:көбірек|неғұрлым) сәйкес\w*"
    r"|(?:مطابقت|تناسب|همخوانی) بیشتری|מתאימים יותר|מתאים יותר"
    r"|\b(?:s['’]ajusten|s['’]ajusta|encaixen|encaixa|se axusta|se axustan|encaixan) "
    r"(?:millor|més|mellor)\b)"
    # (at the sentence's end: what fits, named after it, is a reason)
    r"[^.;:]{0,40}[.!]?$", re.I)


# Twenty-seventh pass: Albanian and Greek cues the earlier passes missed: a cause ("për shkak
# të", "λόγω", "καθώς απαιτ..."), a requirement ("kërkohet", "απαιτείται"), experience
# ("përvojë", "εμπειρία"), and a post cancelled, suspended or filled ("anuluar", "pezulluar").
REASON_CUES_LANGUAGES5 = [re.compile(p, re.I) for p in (
    r"\b(?:për shkak të|pasi që|meqenëse|sepse)\b|(?<!\w)(?:λόγω|επειδή|εξαιτίας)(?!\w)"
    r"|(?<!\w)καθώς(?!\s+και)(?!\w)",  # ("καθώς και", as well as, is no cause)
    r"\b(?:kërkohet|kërkesat?|kërkesave)\b|(?<!\w)(?:απαιτ\w+|προϋπόθεσ\w+)(?!\w)",
    r"\b(?:më (?:shumë|të gjatë) )?përvoj\w* (?:më|të|në)\b"
    r"|(?<!\w)(?:μεγαλύτερη|περισσότερη|πιο σχετική|εκτενέστερη|προηγούμενη) εμπειρί\w*(?!\w)"
    r"|(?<!\w)(?:άριστη|πολύ καλή|επαρκή|άπταιστη) γνώση\w*(?!\w)",
    r"\b(?:anuluar|anulohet|pezulluar|pezullohet|plotësuar|ngrirë)\b"
    r"|(?<!\w)(?:ακυρώθηκε|πάγωσε|παγώσ\w+|αναστάλ\w+|καλύφθηκε)(?!\w)",
)]

