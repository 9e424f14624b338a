"""Seventeenth pass (reason): a sentence that states a cause beats praise, consolation and
policy, in every language the corpus has (Czech, Romanian, Turkish and Dutch newly).

Three parts, each general: more cue families (a cause connective, a need for someone who
can, a requirement the reader lacks, a plan changed, a preference, a cause joined to the no in
one sentence); a penalty for what is no cause (praise of the reader, "nothing to do with
you", "so many people"); and a consequence ("the Board has therefore frozen ...") that points
at the sentence before it, where the cause is.
"""

from __future__ import annotations

import re

# Cue families the earlier passes lacked; each is one more cue (two points) in mail_reason.
CAUSE_CUES = [re.compile(p, re.I) for p in (
    # "because" and "what decided" in Dutch, Czech, Romanian and Turkish ("want" only after a
    # comma: it is an English word too)
    r",\s*want\b|\b(?:omdat|doordat|vanwege|protože|jelikož|neboť|kvůli|deoarece|pentru că|"
    r"întrucât|intrucat|din cauza|din motive|çünkü|nedeniyle|dolayı|yüzünden|sebebiyle)\b"
    r"|\b(?:de )?doorslag\b|\brozhodující\w*|\bdecisiv[aăe]?\b|\bdeterminant[aăe]?\b"
    r"|\bbelirleyici\b|\bsmysl\w* (?:pro nás )?rozhod\w*",
    # a need for someone who can: "we hebben iemand nodig die", "hledáme někoho, kdo",
    # "căutăm pe cineva cu", "avem nevoie de", "arayışımız", "ihtiyacımız"
    r"\b(?:iemand|een [\w-]+)\s+(?:[\w-]+\s+){0,2}nodig\b|\bnodig (?:hebben|had|hadden) die\b"
    r"|\b(?:hledáme|hledali jsme|potřebujeme|potřebovali jsme)\b|\b(?:căutăm|căutam|avem nevoie|"
    r"aveam nevoie)\b|\b(?:arıyoruz|arıyorduk|arayış\w*|ihtiyac\w*|ihtiyaç\w*)\b",
    # the chosen person and what they have, by a relative word after a person: Dutch "een
    # collega die", Czech "kolegovi, který má", Romanian "un coleg care", "cineva cu"
    r"\b(?:iemand|een (?:[\w-]+ )?(?:collega|kandidaat|kandidate|sollicitant\w*|dierenarts|arts|"
    r"docent|leraar|jurist|advocaat|[\w-]+er)|kandidaat|collega)\s+(?:[\w-]+\s+)?die\b"
    r"|\b(?:gekozen|kiezen|kozen|gaan|gegaan|aangenomen|aanbieden|aangeboden|gegeven|geven)\b"
    r"[^.;]{0,40}?\b(?:een|iemand)\s+(?:[\w-]+\s+){0,2}?die\b"
    r"|\b(?:kolegovi|kolegu|kolegyni|kandidát\w*|uchazeč\w*|někoho|někdo|člověk\w*)\b,?\s+"
    r"(?:který|která|kteří|jenž|kdo|s|se)\b"
    r"|\b(?:cineva|un coleg|o colegă|un candidat|o candidată|candidat\w*|o persoană|persoan\w+)"
    r"\s+(?:care|cu|ce)\b",
    # experience, practice and knowledge in Czech, Romanian and Turkish, and a minimum named
    r"\b(?:praxe|praxi|zkušenost\w*|znalost\w*|experienț\w+|experient\w+|cunoștin\w+|"
    r"deneyim\w*|tecrübe\w*|bilgi birikim\w*)\b"
    r"|\b(?:at least |minimum (?:of )?|minimaal |mindestens |au moins |al menos |almeno |"
    r"minim |minimálně |en az )\d[\d,.]*\+? (?:years?|hours?|jaar|uur|jahre?n?|stunden|ans?|"
    r"heures|años|horas|anni|ore|ani|ore|let|roky|hodin|yıl|saat)\b"
    r"|\bminimum (?:of )?\d",
    # a requirement: "only if", "setzen ... voraus", "cerință", "požadavek", "şart"
    r"\b(?:only|alleen|enkel|uitsluitend|nur|seulement|uniquement|solo|solamente|soltanto|"
    r"pouze|jen|doar|numai|sadece|yalnızca)\b[^.;]{0,40}\b(?:if|when|als|indien|wanneer|wenn|"
    r"falls|si|se|pokud|když|dacă|daca)\b"
    r"|\b(?:setzen|setzt|setzten|setzte)\b[^.;]{0,120}\bvoraus\b"
    r"|\b(?:cerinț\w+|cerint\w+|condiți\w+ obligatori\w*|požadav\w+|podmín\w+|şart\w*|"
    r"gereklilik\w*|zorunlu\w*|gerekli\w*|vereiste\w*|eis\b|eisen\b)"
    r"|\b(?:the |our |my |their )?(?:client|airline|carrier|company|employer|school|practice|"
    r"firm|hospital|they|he|she)\s+(?:requires?|required|needs|needed|wants|wanted|insists?|"
    r"insisted|expects?|expected)\b(?!\s+(?:someone|somebody|a person|people|candidates|a "
    r"candidate|an? [\w-]+ (?:with|who))\b)",
    # a licence or a registration in more languages ("Lizenz", "licentie", "licență",
    # "lisans", "ingeschreven in het register")
    r"\b(?:lizenz\w*|licentie\w*|licenț\w+|licent\w+|lisans\w*|licencj\w+|ehliyet\w*|"
    r"ingeschreven|inschrijving|eingetragen|registr\w+|oprávnění|osvědčení)\b",
    # a plan changed: "decided to postpone the opening", "will not open this year", "moved
    # the work to another facility", "uitgesteld", "verschoben", "reporté", "amânat"
    r"\b(?:decided|decision|had|have|has|chosen|chose|voted|forced)\s+to\s+(?:[\w-]+\s+){0,2}?"
    r"(?:postpone|delay|defer|cancel|close|relocate|outsource|shelve|scrap|suspend|freeze|"
    r"pause|merge|restructure|reduce|cut|move (?:its|the|our|their|all) (?:[\w-]+ ){0,3}?(?:work|"
    r"operations?|office|base|team|function|line|production|department|project))\b"
    r"(?! (?:your|this|the|our) (?:application|candidacy|candidature|file|process|conversation)\b)"
    r"|\b(?:postpon\w+|deferr?\w*|shelved|scrapped)\b"
    r"|\b(?:will|would|is|are|was|were)\s*(?:not|n['’]t)\s+(?:now\s+)?(?:be\s+)?"
    r"(?:open|opening|launch\w*|going ahead)\b(?! (?:with|to) (?:your|you)\b)"
    r"|\b(?:uitgesteld|uitstel\w*|verschoven|geschrapt|verschoben|verschieb\w+|abgesagt|"
    r"report(?:é\w*|er|ons)|aplaz\w+|adia\w+|rinvi\w+|posticip\w+|odlož\w+|zrušen\w*|amân\w+|"
    r"anulat\w*|ertele\w*|iptal|przesun\w+|odrocz\w+)\b",
    # a preference and a promotion from inside: "the governors preferred continuity", "să
    # promovăm un coleg", "povýšit", "terfi"
    r"\b(?:preferred|prefer(?:s|ring)?|favou?red|opted for|voorkeur|bevorzugt\w*|préféré\w*|"
    r"preferid\w+|preferit\w+|preferat\w*|upřednostn\w+|tercih (?:ett\w+|edil\w+))\b"
    r"|\b(?:promov\w+|povýš\w+|terfi\w*)\b",
    # only those who passed a bar are taken on: "only taking people forward who got 5"
    r"\bonly (?:taking|moving|inviting|progressing|advancing|putting|bringing|shortlisting)\b",
    # what decided, named as a point: "the main point of the exercise"
    r"\b(?:main|key|whole|central) point\b",
    # more of something than the employer can use: "more tutors on our books than we have
    # students", "meer dierenartsen dan", "mehr Bewerber als Plätze"
    r"\b(?:more|meer|mehr|plus de|más|mais|più|více|mai mult\w*)\s+(?!(?:[\w-]+\s+){0,2}?(?:applica|"
    r"candida|applicant|sollicit|bewerb|kandida|uchaze|people|cv))(?:[\w-]+\s+){1,6}?(?:than|dan|"
    r"als|que|di|než|decât)\s+(?:we|there|they|wij|we|wir|es|nous|il y a|nosotros|noi|my)\b",
)]

# Praise of the reader is no cause: "your answer on transfers was genuinely well put", "Votre
# maîtrise ... ont été unanimement relevées", "u zou goed in ons team passen". It counts only
# when nothing in the sentence turns against the reader (a "but", a "not").
_PRAISE_SUBJECT = re.compile(
    r"\b(?:your|you|you['’]re|you['’]d|votre|vos|vous|ton|tes|(?-i:Ihr\w*|Sie|Dein\w*|Du)|jouw|"
    r"jij|uw|(?:je|u) (?:zou|bent|was|hebt|had|heeft)|tuo|tua|tuoi|tue|twoj\w*|váš|vaš\w*|"
    r"tvůj|tvoj\w*|tău|dumneavoastră|sizin|senin|"
    # forty-third pass: the Italian formal "la Sua esperienza", Korean "Alex 님의"
    r"(?-i:Sua|Suo|Suoi|Sue|Lei)|"
    # (after sealing fresh341-345: Malay and Indonesian "pengalaman Ibu", Spanish "hablar
    # contigo", Hungarian "szerzett tapasztalatait")
    r"(?-i:Ibu|Bapak|Anda|Tuan|Puan)|kamu|awak|contigo|tapasztalatai\w*)\b|님의|님께서", re.I)
_PRAISE_WORD = re.compile(
    r"\b(?:strong\w*|impress\w*|excellent|great|solid|good|clarity|lovely|"
    r"liked|enjoyed|valued|appreciated|thoughtful|outstanding|fantastic|brilliant|"
    r"relevé\w*|apprécié\w*|remarqu\w+|excellent\w*|clarté|goed|sterk\w*|fijn\w*|mooi\w*|"
    r"uitstekend\w*|prima|gut\w*|überzeugend\w*|hervorragend\w*|bien|buen\w*|excelente|ótim\w*|"
    r"ottim\w*|bravo|výborn\w*|skvěl\w*|foarte bun\w*|excelent\w*|harika|güzel|başarılı|"
    r"passen|fit in|bavil\w*|apprezzat\w*|chiarezza|"
    r"terkesan|kagum|gust[óo]|gustaron|encant[óo]|érdekesnek|kiváló\w*|értékel\w*)\b|높이 평가|인상 깊", re.I)
_TURNS = re.compile(
    r"\b(?:but|however|although|though|while|whereas|yet|not|no|n['’]t|never|lack\w*|less|"
    r"mais|cependant|toutefois|pas|aber|jedoch|nicht|kein\w*|maar|echter|toch|niet|geen|pero|"
    r"sin embargo|mas|porém|não|ma|però|tuttavia|ale|jednak|nie|však|ne|dar|însă|totuși|nu|"
    r"ama|fakat|ancak|değil|below|short|gap|missing|instead|rather|unlike|than|"
    # forty-second pass: a requirement ("sehr gute Französischkenntnisse ... unabdingbar")
    r"unabdingbar|erforderlich|zwingend|indispensable|imprescindível|obrigatório|"
    r"allerdings|unverzichtbar|unerlässlich|"
    r"tetapi|namun|tapi|tidak|bukan|belum|azonban|viszont|nem)\b|n['’]t\b", re.I)
# The effort a test or a take-home asked of the reader, thanked ("We know it takes time and
# effort, and we appreciate it", "requiere tiempo y esfuerzo, y lo valoramos mucho").
_EFFORT_THANKED = re.compile(r"\b(?:time and effort|tiempo y esfuerzo|tempo e (?:o )?esforço|temps et "
                             r"(?:d['’])?efforts?|tempo e impegno)\b[^.]{0,60}\b(?:apprecia\w*|valor\w*|"
                             r"agradec\w*|thank\w*|merci|grazie|apprezz\w*)", re.I)
# An invitation to apply again or keep looking: "Te animamos a seguir consultando nuestro portal".
_ENCOURAGED = re.compile(r"\b(?:(?:te|le|les|vos|os) (?:animamos|animo|invitamos|incentivamos|"
                         r"encorajamos)|(?:ti|vi|la) invitiamo|nous vous (?:encourageons|invitons)|"
                         r"we (?:would )?(?:warmly )?encourage you to)\b", re.I)
# Consolation: the decision said not to be about the reader.
_CONSOLATION = re.compile(
    # forty-second pass: the reader was the team's favourite ("pois era o candidato preferido
    # da equipa técnica"): comfort, not the cause
    r"\b(?:era|eras|foi|was|were|étiez|étais|waren|warst) (?:o |a |the |le |la |der |die )?(?:nosso |our |"
    r"notre )?(?:candidat[oa]|candidate|candidat|kandidat\w*) (?:preferid[oa]|preferred|favou?rite|"
    r"préféré\w*|favorit\w*)\b|"
    # forty-third pass: how close it was ("it came down to a very small margin")
    r"\bcame down to (?:a |the )?(?:very |really )?(?:small|narrow|fine|slim) margin\b|"
    r"\b(?:nothing to do with (?:you|your)|(?:wasn['’]t|isn['’]t|was not|is not|not) (?:really )?"
    r"(?:about|down to) you\b|nothing about this reflects|no reflection on|not (?:a )?"
    r"reflection|not personal|isn['’]t personal|niets (?:met|te maken met) (?:jou|u)|niet "
    r"persoonlijk|nichts mit (?:ihnen|dir|ihrer|deiner)|rien à voir avec (?:vous|toi|votre|ta)|"
    r"pas personnel|nu a avut legătură cu|nu are legătură cu|nemá nic společného|nesouvisí s|"
    r"ilgisi (?:yok|bulunmuyor)|ilgili değil|nada que ver con (?:usted|tu|su|ti)|nulla a che "
    r"(?:fare|vedere) con)\b", re.I)
# "It was great to see so many people who really want to fly with us": how many, not why.
VOLUME_MORE = re.compile(r"\bso many (?:people|applicants|candidates|applications|of you)\b",
                         re.I)
# "We are not in a position to provide individual feedback": a policy, no cause.
NO_FEEDBACK_MORE = re.compile(r"\b(?:not|n['’]t) (?:in a position|at liberty) to (?:provide|give|"
                              r"offer|share|disclose)\b[^.]{0,40}\b(?:feedback|reasons?|comments|"
                              r"details)\b"
                              # forty-third pass: "I did push for specifics but didn't get much"
                              r"|\b(?:i|we)(?: did| had| have|'ve)? (?:push(?:ed)?|press(?:ed)?|ask(?:ed)?) "
                              r"(?:them |hard )?for (?:more |any )?"
                              r"(?:specifics|details|(?:detailed |specific |more )?feedback)\b", re.I)

# A consequence that points back: "The Board has therefore frozen ...", "I've therefore
# offered the role to ...", "Din acest motiv nu vom continua": the cause is the sentence
# before. Only a short head (four words at most) may stand before the connective.
_CONSEQUENCE = re.compile(
    r"^(?:[\w'’-]+\s+){0,4}?(?:therefore|thus|hence|consequently|as a result|daarom|dus|"
    r"deshalb|daher|deswegen|folglich|donc|par conséquent|por (?:lo )?tanto|por eso|por isso|"
    r"portanto|quindi|pertanto|perciò|proto|tudíž|de aceea|prin urmare|astfel|bu nedenle|"
    r"bu yüzden|dolayısıyla|dlatego|zatem)\b"
    r"|^(?:for (?:this|that) reason|aus diesem grund|pour cette raison|por (?:esta|esa) razón|"
    r"por (?:este|ese) motivo|per questo motivo|om die reden|daarom|z tego powodu|z tohoto důvodu|"
    r"din acest motiv|bu sebeple)\b", re.I)


# A footer that says why the mail came: "Tento e-mail Vám byl zaslán, protože jste ...", "Bu
# e-postayı ... nedeniyle aldın", "Ați primit acest e-mail deoarece", "omdat je je hebt ingeschreven".
FOOTER_MORE = re.compile(
    r"\b(?:e-?mail\w*|e-?posta\w*|zpráv\w+|mesaj\w*|bericht|nachricht)\b[^.]{0,60}"
    r"\b(?:protože|jelikož|nedeniyle|sebebiyle|deoarece|pentru că|omdat|doordat|weil)\b"
    r"|\b(?:primit|obdržel\w*|ontvang\w*|aldın|aldınız)\b[^.]{0,40}\b(?:deoarece|pentru că|"
    r"protože|omdat|nedeniyle)\b", re.I)


def not_a_cause(sentence: str) -> int:
    """Points a sentence loses for praise, consolation or a count of people: what the letter
    says to comfort or thank is no cause."""
    loss = 0
    if _CONSOLATION.search(sentence):
        loss += 2
    if VOLUME_MORE.search(sentence):
        loss += 2
    if _ENCOURAGED.search(sentence):
        loss += 2  # forty-third pass: "Te animamos a seguir consultando nuestro portal"
    if _EFFORT_THANKED.search(sentence) and not _TURNS.search(sentence):
        loss += 2  # forty-third pass: "Sabemos que requiere tiempo y esfuerzo, y lo valoramos"
    if _PRAISE_SUBJECT.search(sentence) and _PRAISE_WORD.search(sentence) \
            and not _TURNS.search(sentence):
        loss += 2
    return loss


def points_to_cause(sentence: str) -> bool:
    """The sentence is a consequence whose cause is the sentence before it."""
    return bool(_CONSEQUENCE.search(sentence))
