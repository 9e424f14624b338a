"""Eighteenth pass (reason): the reason families, in the twelve languages the classifier learnt
in the seventeenth pass (Czech, Slovak, Romanian, Turkish, Hungarian, Greek, Croatian/Serbian/
Bosnian, Slovenian, Bulgarian, Lithuanian, Latvian, Estonian).

The same parts the earlier passes read in the other languages, written from general knowledge
of each: a cause connective ("mivel", "επειδή", "zbog", "защото", "kadangi", "tõttu"); a word
of experience or knowledge, and a comparative before it ("több tapasztalat", "περισσότερη
εμπειρία", "više iskustva", "повече опит", "daugiau patirties", "rohkem kogemusi"); the
chosen person ("a kiválasztott jelölt", "odabrani kandidat", "кандидат, който"); the post
filled, closed or cancelled ("betöltöttük", "καλύφθηκε", "popunjeno", "заета", "täidetud");
a candidate from inside; a budget. Lines that only say how many applied, or that no feedback
can be given, weigh nothing, as in the other languages.
"""

from __future__ import annotations

import re

_EXPERIENCE = (
    r"(?:skúsenost\w*|prax(?:e|i|ou)?|vedomost\w*|tapasztalat\w*|szakértelem\w*|ismeret\w*|"
    r"gyakorlat\w*|εμπειρ\w*|γνώσ\w*|εξειδίκευσ\w*|iskustv\w*|znanj\w*|izkušenj\w*|izkušnj\w*|"
    r"опит\w*|познани\w*|знани\w*|експертиз\w*|patirt\w*|kompetencij\w*|pieredz\w*|"
    r"zināšan\w*|kompetenc\w*|kogemus\w*|teadmis\w*|oskus\w*|pädevus\w*)")
_COMPARATIVE = (
    r"(?:viac|väčš\w*|hlbš\w*|širš\w*|více|větší\w*|hlubší\w*|širší\w*|mai (?:multă|mult|"
    r"bogată|vastă)|daha (?:fazla|çok|güçlü)|több|nagyobb|mélyebb|szélesebb|περισσότερ\w*|"
    r"μεγαλύτερ\w*|ευρύτερ\w*|βαθύτερ\w*|više|veće\w*|šire\w*|dublje\w*|več|večje\w*|širše\w*|"
    r"globlje\w*|повече|по-голям\w*|по-широк\w*|по-задълбочен\w*|daugiau|didesn\w*|platesn\w*|"
    r"gilesn\w*|vairāk|lielāk\w*|plašāk\w*|dziļāk\w*|rohkem|suurem\w*|laiem\w*|sügavam\w*)")
_CANDIDATE = (r"(?:uchazeč\w*|uchádzač\w*|kandidát\w*|jelölt\w*|pályázó\w*|υποψήφι\w*|"
              r"kandidat\w*|кандидат\w*|kandidāt\w*|kandidaa\w*|aday\w*|candidat\w*)")

# Cue families; each is one more cue (two points) in ``mail_reason``.
REASON_CUES_LANG3 = [re.compile(p, re.I) for p in (
    # a cause connective (the short ones only after a comma: "jo" is Finnish "already", "ker"
    # and "jer" begin other words' clauses too)
    r"(?<!\w)(?:pretože|keďže|z dôvodu|kvôli|mivel|miatt|okán|következtében|επειδή|λόγω|"
    r"διότι|zbog|budući da|zaradi|защото|поради|тъй като|понеже|kadangi|dėl to|tāpēc ka|"
    r"tā kā|dēļ|kuna|tõttu|seetõttu)(?!\w)|,\s*(?:mert|jer|ker|nes|jo|sest)(?!\w)",
    # experience or knowledge named, and a comparative before it
    rf"(?<!\w){_EXPERIENCE}(?!\w)",
    rf"(?<!\w){_COMPARATIVE}\s+(?:[\w-]+\s+){{0,2}}?{_EXPERIENCE}(?!\w)",
    # the chosen person: "a kiválasztott jelölt", "odabrani kandidat", "избраният кандидат",
    # "candidatul ales", "ο υποψήφιος που επιλέξαμε", and a candidate who has something
    r"(?<!\w)(?:vybran|kiválasztott|odabran|izabran|izbran|избран|pasirinkt|atrinkt|izvēlēt|"
    r"valitud|seçilen|seçtiğimiz)\w* (?:\w+ )?" + _CANDIDATE + r"(?!\w)"
    r"|(?<!\w)" + _CANDIDATE + r" (?:ales\w*|selectat\w*|που επιλέξαμε|που επιλέχθηκε)(?!\w)"
    r"|(?<!\w)" + _CANDIDATE + r",?\s+(?:ktorý|ktorá|aki|akinek|akit|που|koji|koja|ki|ima|který|"
    r"която|който|което|kuris|kuri|kurio|kurš|kura|kuram|kes|kellel|kelle)(?!\w)",
    # the post filled, closed or cancelled
    r"(?<!\w)(?:obsazen\w*|obsaden\w*|zrušen\w*|uzavřen\w*|uzavret\w*|doldurul\w*|"
    r"kapatıl\w*|iptal edil\w*|betöltött\w*|betöltöttük|betöltésre|lezárul\w*|lezártuk|"
    r"καλύφθηκε|καλυφθεί|ακυρώθηκε|popunjen\w*|otkazan\w*|zaseden\w*|zapolnjen\w*|"
    r"preklican\w*|запълнен\w*|закрит\w*|отменен\w*|užpildyt\w*|atšaukt\w*|aizpildīt\w*|"
    r"atcelt\w*|täidetud|täideti|tühistatud)(?!\w)"
    r"|(?<!\w)(?:fost|deja|este) (?:deja )?ocupat\w*|(?<!\w)(?:вече|е) (?:\w+ )?зает\w*"
    r"|(?<!\w)jau (?:yra )?užimt\w*|(?<!\w)(?:jau|ir) (?:\w+ )?aizņemt\w*",
    # a candidate from inside, a budget
    r"(?<!\w)(?:interní\w*|interný\w*|intern(?:i|ih|im|og|ega|em)|belső|εσωτερικ\w*|вътреш\w*|vidin\w*|"
    r"iekšēj\w*|sisemi\w*|iç) " + _CANDIDATE + r"|(?<!\w)sisekandidaa\w*"
    r"|(?<!\w)(?:rozpoč\w*|buget\w*|bütçe\w*|költségvetés\w*|προϋπολογισμ\w*|proračun\w*|"
    r"бюджет\w*|biudžet\w*|budžet\w*|eelarve\w*)(?!\w)",
)]

# Many applicants, in these languages: no reason on its own.
VOLUME_LANG3 = re.compile(
    r"(?<!\w)(?:velk\w+ (?:počet|množství)|veľk\w+ (?:počet|množstv\w+)|număr\w* mare|"
    r"numărul mare|çok sayıda|yoğun (?:ilgi|başvuru)|nagy számú|nagyszámú|rengeteg|"
    r"μεγάλ\w* αριθμ\w*|πλήθος|velik\w* broj\w*|velik\w* števil\w*|(?:голям|голем\w*) брой|"
    r"множество|didel\w* (?:skaič\w*|kiek\w*)|liel\w* (?:skait\w*|daudzum\w*)|suur\w* (?:arv\w*|"
    r"hulk\w*)|palju kandidaate)(?!\w)", re.I)
# No feedback can be given, in these languages: a negation, then a word of feedback.
NO_FEEDBACK_LANG3 = re.compile(
    r"(?<!\w)(?:nem|ne|δεν|не|negal\w*|nevar\w*|ei|nemůž\w*|nemôž\w*|nu|nije)(?!\w)"
    r"[^.]{0,60}(?<!\w)(?:visszajelzés\w*|zpětn\w* vazb\w*|spätn\w* väzb\w*|feedback\w*|"
    r"ανατροφοδότησ\w*|σχόλι\w*|povratn\w* informacij\w*|обратна връзка|grįžtam\w* ryš\w*|"
    r"atgriezenisk\w* sait\w*|tagasiside\w*|indokl\w*|obrazložen\w*|обяснени\w*)"
    r"|(?<!\w)geri (?:bildirim|dönüş) (?:\w+ )?(?:veremiyoruz|sağlayamıyoruz|verem\w*|"
    r"yapamıyoruz|imkan\w* bulunmam\w*)", re.I)
