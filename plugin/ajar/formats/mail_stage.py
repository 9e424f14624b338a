"""How far a process went, fifteenth pass: the cues and the two judgements the stage reader
in ``mail_fields`` leaves open, in the eleven languages the triage reads.

A recorded video is a screening wherever it is called an interview; a call is a screening
with a recruiter and an interview with the person hiring; a visit to the campus or the site
is the final round; a step the reader was told they will not pass to was not reached.
"""

from __future__ import annotations

import re

from ajar.formats.mail_stage_abroad import HAPPENED_AFTER_MORE, HAPPENED_BEFORE_MORE, \
    MORE_HIRING_TITLES, NOT_REACHED_MORE, PART_OF_A_TITLE, RECORDED_BEFORE, STEP_NOUNS_MORE
from ajar.formats.mail_stage_client import client_saw_cv
from ajar.formats.mail_stage_final import talked_with_the_hiring_side
from ajar.formats.mail_stage_day import CAME_TO_MEET, HIRING_TITLES_ABROAD, HR_TITLES_ABROAD, \
    THANKS_FOR_DAY_ABROAD
from ajar.formats.mail_stage_scripts import held_in_script
from ajar.formats.mail_stage_languages3 import HAPPENED_AFTER_LANG3, HAPPENED_BEFORE_LANG3, \
    LANG3_NOUN, NOT_BEFORE_MORE, PHONE_MORE, STEP_NOUNS_LANG3, denied_or_invited

# Alternatives each stage's pattern gains (``mail_fields._STAGES``; their order still decides).
FIFTEENTH_STAGE_CUES = {
    # a campus or site visit, a job talk; a final interview in Italian, German and the Nordic
    # languages ("colloquio finale", "Abschlussgespräch", "sidste samtale")
    "final-round": (
        r"\b(?:campus|on-?site|site|office|in-person|fly-?out) visits?\b"
        r"|\bafter (?:your|the) visit\b(?! (?:to|of|on) (?:our|the) (?:web|career|jobs))"
        r"|\b(?:visit|trip|coming|came|come) (?:out )?to (?:our |the )?campus\b"
        r"|\b(?:your|the) (?:job|research|teaching) talk\b|\byour talk (?:on|about)\b"
        r"|\bvisite (?:sur site|du campus)\b|\bvisita (?:al|ao|del|do) campus\b"
        r"|\bcampus(?:besuch|bezoek|besök|besøk|besøg)\w*|\bkampusvierailu\w*"
        r"|\b(?:colloquio|fase|selezione|tappa) final[ei]\b|\bultim[oa] (?:colloquio|fase|"
        r"tappa)\b|\babschlussgespräch\w*|\b(?:finale[sn]?|letzte[sn]?) (?:gespräch|interview)\w*"
        r"|\b(?:sidste|siste) (?:samtale|intervju|runde)\w*|\bslutrunde\w*|\bloppuhaastattelu\w*"
        r"|\b(?:finał|finale|ostatni\w*) rozmow\w*"
        # (fifty-second pass: an Italian "incontro finale", a Kurmanji "hevpeyvîna dawî", a
        # Creole "panel final la")
        r"|\bincontro finale\b|\bhevpeyv[îi]na daw[îi]\b|\bpanel final la\b"),
    # a meeting with a committee or group named by its work ("the search committee", "the
    # hiring panel"); a conversation with an adjective between ("het fijne gesprek", "das
    # sehr angenehme Gespräch"); Italian and Portuguese conversations
    "interview": (
        r"\b(?:meeting|met|meet) with (?:the|our) (?:[\w-]+ ){1,2}(?:committee|panel|team|lab|"
        r"group|department|board)\b"
        r"|\b(?:het|ons|je|jouw|uw) (?:\w+ ){1,2}gesprek(?:ken)?\b"
        r"|\b(?:das|unser|ihr) (?:\w+ ){1,2}gespräch\b"
        r"|\b(?:il|nostro|vostro) (?:\w+ )?colloqui[oa]\b"
        # time given on a day or over weeks ("thanks for making time Tuesday", "your time over
        # the last few weeks"), coming to see the team, the first interviews, a visit (not to
        # a website), in English and abroad ("votre visite", "Ihren Besuch", "uw bezoek")
        r"|\b(?:making|taking|giving|finding) (?:the |some )?time (?:on |last |this )?(?:(?:mon|tues|"
        r"wednes|thurs|fri|satur|sun)day|yesterday|this morning|last week)\b"
        r"|\byour time (?:over|during|in|across) the (?:last|past) (?:few |couple of )?(?:weeks|"
        r"months|days)\b|\b(?:coming|came|come) (?:in |over |along )?to see us\b"
        r"|\b(?:the|after the|your) (?:first|initial) (?:round of )?interviews?\b"
        r"|\b(?:your|the) visit\b(?! (?:to|of|on) (?:our|the) (?:web|career|jobs|page|site\b))"
        r"|\b(?:votre|ta) visite\b(?! (?:sur|de) (?:notre|le) site)|\b(?:su|tu|sua|tua) visita\b"
        r"(?! (?:a|à|al|ao|alla) (?:nuestr[oa]|noss[oa]|nostr[oa]|la|o|el|a) ?(?:página|pagina|"
        r"sitio|site|sito|web|portal))|\b(?:ihr(?:em|en)?|dein(?:em|en)?) besuch\b(?! (?:auf|unserer) "
        r"(?:unserer )?(?:website|webseite|karriereseite))|\b(?:uw|je|jouw) bezoek\b(?! aan "
        r"(?:onze|de) (?:website|site))|\b(?:ditt|ert|dit|jeres) (?:besök|besøk|besøg)\b"
        r"|\bvierailu(?:si|nne)\b|\b(?:twoj\w*|pana|pani) wizyt\w*"
        # the reader's own video call, as an agency tells of it ("after your Teams call on
        # Monday" with the client)
        r"|\byour (?:teams|zoom|video|google meet|skype|webex) (?:call|chat|meeting)s?\b"),
    # a chat or call in the languages job mail comes in ("o papo de ontem", "la charla", "la
    # telefonata", "het belletje")
    "screening": (
        r"\b(?:o|nosso|pelo|do) papo\b|\b(?:la|nuestra) charla\b|\b(?:la|nostra) "
        r"telefonata\b|\b(?:het|ons) belletje\b|\b(?:o|nosso) bate-papo\b"
        # a work sample with words between ("the freight network case study"), take-homes
        # (a case study the reader did, not one in a portfolio)
        r"|\b(?:the|your|a|our|that|this) (?:[\w-]+ ){1,3}(?:take-home|home assignment|coding "
        r"exercise)\b|\btake-homes\b|\btake home (?:test|task|exercise|assignment|challenge)\b"
        r"|\b(?:turn\w* around|complet\w+|doing|did|submit\w*|finish\w*|work\w* on|return\w*|"
        r"put into) (?:the|your|our|that|this) (?:[\w-]+ ){0,3}case study\b"
        # a test named after its noun, in Italian, Dutch, the Nordic languages and Polish
        r"|\btest (?:online|scritto|tecnico|attitudinal\w*|psicoattitudinal\w*|wiedzy|"
        r"kompetencji)\b|\bprova (?:tecnica|pratica|online)\b|\b(?:online|capaciteiten|"
        r"persoonlijkheids)test\w*|\b(?:färdighets|personlighets|evne|logikk)test\w*"
        # forty-second pass: a Portuguese and French test ("a avaliação técnica online", "le
        # test écrit"), a talk with the hiring side's recruiters ("speaking with our Talent
        # Acquisition team")
        r"|\bavaliação (?:técnica|online)\b|\bteste (?:técnico|online)\b|\btest (?:écrit|technique|"
        r"en ligne)\b|\b(?:speaking|talking|chatting|your (?:call|chat)) with (?:our|the) (?:talent "
        r"acquisition|recruiting|recruitment|hr|people) team\b"
        # sixtieth pass: an exercise the reader handed in ("the time and care you put into the
        # rollout-plan exercise", "submitting the data analysis exercise"), a Dutch and Frisian
        # assessment taken part in, a Nordic work test ("gjennomføre arbeidsprøven")
        r"|\b(?:submit\w*|complet\w*|put into|did|doing|finish\w*|return\w*) (?:the|your|our|"
        r"that|this) (?:[\w-]+ ){0,3}(?:exercise|assignment)\b"
        r"|\b(?:deelname aan|dielname oan) (?:het|it|de|ons|us) (?:[\w-]+ )?assessment\b"
        r"|\b(?:arbeidsprøv|arbetsprov|arbejdsprøv)\w*"
        # sixty-first pass: an exercise sent in ("sending through the stowage and rotation
        # exercise"), a German phone interview ("das angenehme Telefoninterview")
        r"|\bsen(?:d|t|ding) (?:through|in|over) (?:the|your|our|that|this) (?:[\w-]+ ){0,3}"
        r"(?:exercise|assignment|case study)\b|\btelefon-?interview\w*"),
}

# A video step: "the video interviews", "entrevista em vídeo", "Videointerview", "entretien
# vidéo", "videohaastattelu". It is a screening unless the text says it was live with someone.
VIDEO_STEP = re.compile(
    r"\bvideo[- ]?(?:interview|intervju|haastattelu|sollicitatie|gesprek|samtal|samtale)\w*"
    r"|\bvideo[- ]?(?:mülakat|görüşme|pohovor|interviu)\w*"  # seventeenth pass
    r"|\b(?:entrevistas?|entretiens?|colloqui[oa]?|rozmow\w*|pohovor\w*|interviu\w*) (?:em |por |"
    r"en |de |par |in |w |přes |prin )?"
    r"(?:vídeo|video|vidéo|wideo)\w*|\bvideo-?entrevistas?\b|\bvideocolloqui\w*", re.I)
_LIVE_VIDEO = re.compile(
    r"\blive\b|\bao vivo\b|\ben (?:vivo|directo)\b|\ben direct\b|\bin diretta\b"
    r"|\bvideo[- ]?(?:interview|call|chat|meeting|gesprek|samtal|samtale)s? (?:(?:last|on|this) "
    r"\w+ )?(?:with|com|con|avec|"
    r"mit|met|med|z|kanssa) (?!(?:no one|nobody|a recording)\b)|(?:vídeo|video|vidéo) (?:com|con|avec|"
    r"mit|met|med|z|kanssa) (?:a |o |la |el |le |l['’]|de |het )?(?-i:[A-Z])|\b(?-i:[A-Z])\w+ and me\b"
    r"|\bwith (?:me|us|our team) (?:on|over) "
    r"(?:zoom|teams|video)"
    # nineteenth pass: the reader's own questions are asked only in a live conversation
    r"|\byour (?:[\w-]+ )?questions (?:about|on|for us)\b"
    # after sealing fresh351-355: a German one with the writer, "mit Herrn Bauer und mir"
    r"|\bmit (?:herrn|frau) [^.\n]{2,30}? und mir\b", re.I)


def recorded_video_only(text: str) -> bool:
    """The text's video interview was recorded or one-way, not a live conversation."""
    return bool(VIDEO_STEP.search(text)) and not _LIVE_VIDEO.search(text)


# A step the reader was told they would not pass to, in Spanish, Portuguese, Italian,
# French and the Germanic languages: "no podrá pasar a la etapa de entrevista", "não
# seguirá para a entrevista", "non potrà accedere al colloquio".
NOT_PASSING_TO = re.compile(
    # (forty-fifth pass: up to 45 characters each side, "no alcanzó el mínimo requerido para
    # avanzar", "no vamos a avanzar con tu candidatura a la etapa de entrevistas")
    r"\b(?:no|não|non|ne|pas|nicht|niet|ikke|inte|nie)\b[^.\n]{0,45}\b(?:pas|avan|contin|segu|"
    r"prosegu|prosseg|pass|accéd|acced|proced|progres|weiter|verder|vidare|videre|dalej|"
    r"przej|go|move)\w*\b[^.\n]{0,45}$"
    # after sealing fresh311-315: Finnish "Hakemuksesi ei tällä kertaa edennyt
    # haastatteluvaiheeseen"; a Portuguese test "abaixo da nota mínima ... exigida para a etapa
    # de entrevistas"; Swedish and Norwegian "valt ut de kandidater som kallas till intervju"
    r"|\bei (?:tällä kertaa |valitettavasti |siis )*(?:edennyt|päässyt|jatkanut|noussut)\b[^.\n]{0,20}$"
    r"|\b(?:exigid|necessári|requerid|mínim)\w*\b[^.\n]{0,30}\bpara (?:a|as) (?:etapa|fase)s? d[eo]s?[^.\n]{0,5}$"
    r"|\bkandidater (?:som )?(?:kallas|bjuds in|inbjuds|går vidare|innkalles|kalles inn|går videre) "
    r"(?:till|til)[^.\n]{0,5}$"
    # after sealing fresh336-340: a Bolivian call's rule, "solo continúan a la etapa de entrevista
    # los postulantes que obtengan ...", and the same in Portuguese
    r"|\b(?:solo|sólo|solamente|únicamente|apenas|somente) (?:(?:los|las|os|as) (?:postulantes|candidat[oa]s|"
    r"aspirantes)[^.\n]{0,40}? )?(?:continúan|pasan|acceden|avanzan|"
    r"clasifican|seguem|passam|avançam) (?:a|hacia|para) (?:la|las|a|as) (?:etapa|fase)s? de[^.\n]{0,5}$"
    # seventy-fourth pass: a score "below the cut-off we set for moving to the interview round"
    r"|\b(?:cut-?off|threshold|pass mark|minimum score|benchmark)\b[^.\n]{0,30}\b(?:for|to|before) "
    r"(?:moving|progressing|advancing|proceeding|going|getting) (?:on |forward |through )?(?:to|into)[^.\n]{0,6}$",
    re.I)

# A video call, in the languages job mail comes in; with a recruiter it is a screening, with
# the person hiring (a professor, a manager, a director) an interview. A phone call stays a
# screening whoever made it.
_CALL = re.compile(
    r"\b(?:(?:video|zoom|teams)[- ]?(?:call|chat)|(?:the|your|our) (?:zoom|teams|video) "
    r"(?:call|chat|conversation))\b"
    r"|\b(?:videollamada|videochamada|videogesprek|videosamtal|videopuhelu|videochiamata)\b"
    # thirty-third pass: "the position we talked about on Zoom last month"
    r"|\b(?:talked|spoke|chatted|met)(?: \w+){0,2} (?:on|over|via) (?:zoom|teams|skype|google meet|"
    r"webex|video)\b",
    re.I)
# The recruiter's own call ("our call", "the call we had"), and any word that says the reader
# met the team or was interviewed.
_RECRUITERS_CALL = re.compile(r"\b(?:our|the) (?:[\w-]+ )?(?:call|chat|conversation|phone call)"
                              r"\b(?! with\b)|\bcall we had\b", re.I)
_MET = re.compile(r"\binterview|\bmet\b|\bmeet|\bmeeting (?:with|the)|\bpanel|\bonsite|\bon-site|"
                  r"\bvisit|\bcame in\b|\bcoming in\b|\bassessment|\bentrevista|"
                  r"\bentretien|\bgespräch|\bgesprek|\bcolloquio|\bintervju|\bhaastattelu|"
                  r"\brozmow|\b(?-i:[A-Z])[a-z]+ and (?:me|myself)\b|\bwith you and\b", re.I)
_RECRUITER_TITLE = re.compile(
    r"\b(?:recruit\w*|talent|sourc\w+|hr|human resources|people|personal\w*|recrut\w*|"
    r"selec\w+|rekryt\w*|rekrut\w*|werving|rekrytoi\w*|headhunter|consultant|resourc\w+|"
    + HR_TITLES_ABROAD + r")\b",
    re.I)
_HIRING_TITLE = re.compile(
    r"\b(?:professor|prof|lecturer|principal investigator|pi|director|head|manager|lead|chief|"
    r"founder|co-founder|ceo|cto|coo|cfo|owner|partner|chair|dean|vp|vice president|"
    r"supervisor|group leader|editor|producer|" + MORE_HIRING_TITLES + "|" + HIRING_TITLES_ABROAD
    + r")\b", re.I)


# Seventy-seventh pass: the writer, an agency's recruiter, spoke to the hiring side ("I spoke to
# the hiring manager at X this morning"): a talk about the reader, which is no interview of them.
_WRITER_SPOKE_TO_HIRER = re.compile(
    r"\b(?:i|we)(?: have| had|['’]ve)? (?:just )?(?:spoke|spoken|talked|chatted|heard back) "
    r"(?:to|with|from) (?:the )?(?:hiring manager|client|hiring team)\b", re.I)


def relayed_talk_only(stage: str, why: str, text: str) -> str:
    """The stage with a model's "interview" taken back to a screening where the only talk the
    letter names is the writer's own with the hiring side."""
    if why and stage == "interview" and _WRITER_SPOKE_TO_HIRER.search(text) \
            and not _MET.search(text):
        return "screening"
    return stage


def call_stage(stage: str, text: str, signer_title: str | None, subject: str = "") -> str:
    """A call the letter recalls: an interview when the person hiring signs it, a screening
    when a recruiter does (the reader's answer is kept otherwise). The subject is read for a
    talk only ("Our chat")."""
    reached = reached_step(text, signer_title)  # sixteenth pass: a step said to have happened
    if reached and stage != "offer" and _RANK[reached] > _RANK.get(stage, 0):
        stage = reached
    title = signer_title or ""
    recruiter = bool(_RECRUITER_TITLE.search(title))
    if recruiter and stage == "interview" and _RECRUITERS_CALL.search(text) \
            and not _MET.search(text):
        return "screening"  # "our call last Wednesday ... a pleasure getting to know you"
    if stage == "screening" and not recruiter and _HIRING_TITLE.search(title) \
            and talked_with_the_hiring_side(f"{subject}\n{text}"):
        return "interview"  # thirty-third pass: "our chat on Friday", a founder signing
    if stage not in ("applied", "screening", "interview") or not _CALL.search(text):
        return stage
    if recruiter:
        return "screening" if stage == "applied" else stage
    if _HIRING_TITLE.search(title) and stage in ("applied", "screening"):
        return "interview"
    return stage



# ---- sixteenth pass: a step reader by vocabulary and tense. A step noun counts only when
# the words around it say it happened to the reader: thanked for, after it, taken part in, or
# given a day ("your tasting on Tuesday", "l'entrevue du 3 février", "samtalen i sidste uge").
# A step offered, planned or held for others never has those words next to it.

_RANK = {"applied": 0, "screening": 1, "interview": 2, "final-round": 3, "offer": 4}

# What is said just before a step that happened, in the languages the triage reads.
_HAPPENED_BEFORE = re.compile(
    r"\b(?:thanks?|thank you|many thanks|grateful|appreciate[ds]?|enjoyed|loved|after|"
    r"following|since|during|from|attending|attended|(?:took|taking|take) part in|"
    r"participat(?:ing|ed) in|completing|completed|sat|sitting|doing|did|recording|recorded|"
    r"sending|sent|submitting|submitted|for coming(?: in| back)?(?: for| to)?|"
    r"for (?:making|taking|giving) (?:the )?time (?:for|to do)|for your time (?:at|in|during)|"
    # the time the reader gave it: "fordi du tog dig tid til", "att du tog dig tid till"
    r"(?:took|taken|take|taking|tog|tok|tar|tager|tagit|tatt|taget) (?:\w+ ){0,2}(?:the )?"
    r"(?:time|tid) (?:for|to|til|till|för|med)|"
    # German, French, Spanish, Portuguese, Italian, Dutch, the Nordic languages, Polish
    r"danke|dank|nach|während|teilnahme an|teilgenommen an|merci|après|suite à|lors|pendant|"
    r"participé à|participation à|gracias|tras|después de|durante|participar en|participado en|"
    r"obrigad[oa]|após|depois d[aeo]|participação n|grazie|dopo|partecipato a|"
    r"bedankt|na|tijdens|deelname aan|tack|takk|tak|efter|etter|under|deltagelse i|"
    r"deltakelse i|deltagande i|kiitos|dziękuj\w+|po|podczas|udział w|"
    # forty-second pass: Icelandic ("takk fyrir", "fyrir gott spjall í viðtalinu", "eftir")
    r"takk fyrir|þakkir fyrir|þökk fyrir|fyrir (?:gott |góða |skemmtilegt )?(?:spjall |samtal )?í|eftir)"
    r"(?:\s+(?:for|für|pour|por|per|voor|för|for|za|to|de|d['’]|à|a|an|am|im|in|i|til)\b)?"
    r"(?:\s+(?:the|your|our|a|an|that|this|last|yesterday's|today's|\w+day's|den|dem|der|die|"
    r"das|unser\w*|ihr\w*|dein\w*|le|la|les|l['’]|votre|notre|ta|ton|el|los|las|su|tu|nuestr\w+|"
    r"o|a|os|as|sua|seu|nossa|nosso|il|lo|la|il vostro|la vostra|vostr\w+|nostr\w+|de|het|"
    r"je|jouw|uw|ons|onze|din|ditt|er|ert|vår|vårt|jeres|vores|twoj\w*|nasz\w*|en|ett|et|"
    r"god|gode|godt|bra|fine|nette[nm]?|angenehme[nm]?|nice|great|good|lovely|whole|full|"
    r"recent|whole)(?!\w))*\s*$", re.I)
# What follows a step that happened: its day or time ("on Tuesday", "last week", "du 3
# février", "am 4. Februar", "forrige uke", "i sidste uge", "del martes", "de ontem").
_HAPPENED_AFTER = re.compile(
    r"\s*(?:(?:on|last|this|yesterday|earlier|am|vom|le|du|del|de|do|da|di|del|van|op|på|i|"
    r"forrige|förra|sidste|viime|w|z|ze|en|el|la)\s+)?(?:\w+ )?(?:(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|yesterday|week|morning|afternoon|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|woche|lundi|mardi|mercredi|jeudi|vendredi|samedi|semaine|lunes|"
    r"martes|miércoles|jueves|viernes|sábado|semana|ontem|segunda|terça|quarta|quinta|sexta|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|settimana|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|week|måndag|tisdag|onsdag|torsdag|fredag|mandag|tirsdag|uke|uge|veckan|"
    r"maanantai\w*|tiistai\w*|keskiviikko\w*|torstai\w*|perjantai\w*|viikolla|"
    r"poniedział\w+|wtor\w+|środ\w+|czwart\w+|piąt\w+|tydzień|\d{1,2}(?:\.|st|nd|rd|th)?\b)",
    re.I)

# Step nouns by stage. A conversation is a screening with a recruiter and an interview with
# the person hiring (see _talk_stage); these are the rest.
_STEP_NOUNS = {
    # a step called final in any inflection, a studio or office day, a finalist
    "final-round": (
        r"\bfinal(?:e[nmrs]?|en|a|i|es)? (?:[\w-]+ )?(?:runde|auswahltag|auswahlrunde|tag|phase|"
        r"stufe|etappe|präsentation|tasting|cook-?off|lesson|demo|prueba|degustación|"
        r"degustação|dégustation|degustazione|audition)\b|\bfinalist\w*"
        r"|\b(?:studio|office|site|onsite|on-site|campus) day\b"),
    # a step with the team: an interview by any name, a trial in the trade's word, a round of
    # conversations, a demonstration lesson, a tasting
    "interview": (
        r"\b(?:entrevues?(?! t[ée]l[ée]phonique)|intervjurunde\w*|intervjuet|intervjuen|"
        r"gesprächsrunde\w*|auswahlgespräch\w*|samtalerne|samtalene|samtalen|samtale|"
        r"haastattelukierro\w*|haastattelu\w*|tasting|tastings|cook-?off|trial (?:shift|day|"
        r"service|run)s?|stage day|kitchen trial|working interview|shadow (?:shift|day)|"
        r"ride-?along|demo(?:nstration)? (?:lesson|class|session)|(?:sample|model|teaching) "
        r"(?:lesson|class)|teaching demo|audition|skills? (?:test|assessment|check) with|"
        r"degustación|degustação|dégustation|degustazione|prøvevakt\w*|prøvedag\w*|provdag\w*|"
        r"proefdag\w*|proefdraaien|probearbeit\w*|probetag\w*|journée d['’]essai|día de prueba|"
        r"dia de (?:teste|experiência)|dzień próbny|koepäivä|"
        # forty-second pass: an Icelandic interview ("í viðtalinu á þriðjudaginn")
        r"viðtal\w*)\b"),
    # a step sat alone: a recorded video answered, a test or a simulator
    "screening": (
        r"\b(?:video (?:responses|answers|questions)|recorded (?:answers|responses)|"
        r"simulator (?:test|assessment|session|check)s?|(?:online|psychometric|aptitude|"
        r"skills?|driving|typing) (?:test|assessment)s?|"
        # forty-ninth pass: an assessment completed alone ("for taking the time to complete our
        # assessment"), as the guide says a technical assessment sat alone is; not a centre
        r"(?:complet\w*|took|taking|sat|sitting) (?:our|the|your|an?|this) (?:online |short |"
        r"written |technical |skills? )?assessment(?! cent(?:re|er)| day))\b"),
}
for _stage, _more in STEP_NOUNS_MORE.items():  # seventeenth pass (mail_stage_abroad)
    _STEP_NOUNS[_stage] += "|" + _more
for _stage, _more in STEP_NOUNS_LANG3.items():  # eighteenth pass (mail_stage_languages3)
    _STEP_NOUNS[_stage] += "|" + _more
_STEPS = {stage: re.compile(pattern, re.I) for stage, pattern in _STEP_NOUNS.items()}
# A recruiter reading the reader's CV to a client: "the client has reviewed the shortlist".
_SHOWN_TO_CLIENT = re.compile(
    r"\b(?:the|our|my) clients? (?:has |have |had )?(?:now )?(?:reviewed|considered|looked (?:at|"
    r"over)|gone through|seen) (?:the |your |our )?(?:shortlist|profile|cv|resume|résumé)\b", re.I)

# A conversation, a chat or a call the reader had, in the languages the triage reads; a
# phone call stays a screening whoever made it.
_TALK = re.compile(
    r"\b(?:conversations?|chats?|talks?|calls?|catch-?up|gespräch|samtal\w*|samtale\w*|"
    r"conversa|conversación|charla|conversazione|chiacchierata|gesprek|keskustelu\w*|"
    r"rozmow\w*|conversation)\b", re.I)
_PHONE = re.compile(r"\b(?:phone|telephone|telefon\w*|téléphon\w*|llamada|chamada|telefonata|"
                    r"puhelu\w*|telefoniczn\w*)\b" + PHONE_MORE, re.I)
# "thanks for Tuesday", "thank you for yesterday": a meeting on a day the note takes as known.
_THANKS_FOR_DAY = re.compile(
    r"\b(?:thanks|thank you|cheers) (?:so much |very much )?(?:again )?for (?:(?:the|your) time "
    r"(?:on )?)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"yesterday|this morning|last week|earlier)\b(?!\s?(?:'s|’s)?\s?(?:e-?mail|message|note|mail|"
    r"reply|application|letter|text)\b)", re.I)
# twenty-first pass: "it was great to chat on Tuesday": a talk in the past, with its day; a
# screening unless someone hiring signs
_GOOD_TO_TALK = re.compile(
    r"\b(?:(?:it was|was|it's been) (?:great|good|nice|lovely|a pleasure|really good)|"
    # thirty-third pass: "thanks again for making the time to chat on Tuesday"
    r"(?:thanks|thank you)(?: so much| again)* for (?:making|taking|finding) (?:the |some )?time)"
    r" to (?:chat|talk|speak|catch up)(?: with (?:you|me|us))? (?:on (?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|yesterday|last week|this morning|earlier)\b", re.I)


# A step denied or still to come: "not", "invite you to", "would", "the next step is", in
# the languages the triage reads.
_DENIED_OR_TO_COME = re.compile(
    r"(?:\b(?:not|no|nicht|kein\w*|pas|ikke|inte|niet|geen|não|nie|ei|without|ohne|sans|sin|"
    r"sem|senza|zonder|utan|uten|uden|bez)\b|n't\b)[^.\n]{0,30}$"
    r"|\b(?:invit\w*|einlad\w*|convid\w*|uitnodig\w*|zaprosz\w*|kutsu\w*|would|will|next|"
    r"upcoming|schedul\w*|arrang\w*|before|prior to|prepar\w*|asked to|offer(?:ed|ing)? you|"
    r"werden|würden|wären|serez|seriez|sería|será|sarà|sarebbe|zou|zouden|skulle|vil bli|"
    r"kommer att|only)\b[^.\n]{0,40}$", re.I)
_NEGATED_MARKER = re.compile(r"(?:\b(?:not|without|ohne|sans|sin|sem|senza|zonder|utan|uten|"
                             r"uden|bez)\b|n't\b)\W*(?:\w+\W+)?$", re.I)


def _happened(text: str, match: re.Match[str]) -> bool:
    """The step matched is said to have happened: a word of thanks, time or taking part
    just before it ("without attending the" is not), or its day just after (and nothing
    before that denies it or puts it ahead: "invite you to a tasting on Friday")."""
    before = text[max(0, match.start() - 80):match.start()]
    if NOT_PASSING_TO.search(before) or NOT_REACHED_MORE.search(before):
        return False
    if LANG3_NOUN.fullmatch(match.group(0)) and denied_or_invited("interview", before):
        return False  # eighteenth pass: "ne možemo vas pozvati na razgovor"
    marker = _HAPPENED_BEFORE.search(before) or HAPPENED_BEFORE_MORE.search(before)
    if marker:
        return not _NEGATED_MARKER.search(before[:marker.start()])
    marker = HAPPENED_BEFORE_LANG3.search(before)  # eighteenth pass: "hvala na", "dėkojame už"
    if marker or HAPPENED_AFTER_LANG3.match(text[match.start():match.end() + 40]):
        return not NOT_BEFORE_MORE.search(before[:marker.start()] if marker else before)
    if HAPPENED_AFTER_MORE.match(text[match.start():match.end() + 60]):
        return not _DENIED_OR_TO_COME.search(before)  # seventeenth pass: Turkish "... için teşekkür"
    return bool(_HAPPENED_AFTER.match(text, match.end())) and not _DENIED_OR_TO_COME.search(before)


def _not_to_come(text: str, match: re.Match[str]) -> bool:
    """A step named with nothing that denies it or puts it ahead ("the other finalist")."""
    before = text[max(0, match.start() - 80):match.start()]
    return not (NOT_PASSING_TO.search(before) or _DENIED_OR_TO_COME.search(before))


def _talk_stage(text: str, signer_title: str | None) -> str | None:
    """A conversation that happened: an interview when someone hiring signs, a screening when
    a recruiter does or it was on the phone."""
    for match in _TALK.finditer(text):
        if re.search(r"\b(?:to|we|i|you|they|will|can|could|let['’]s|would)\s+$",
                     text[max(0, match.start() - 12):match.start()], re.I):
            continue  # "great to talk on Thursday": a verb, and no step named
        if not _happened(text, match):
            continue
        around = text[max(0, match.start() - 40):match.end() + 10]
        title = signer_title or ""
        if _PHONE.search(around) or _RECRUITER_TITLE.search(title):
            return "screening"
        if re.match(r"calls?\b", match.group(0), re.I):
            continue  # a call by someone hiring is read by call_stage (a video call only)
        if _HIRING_TITLE.search(title) or re.search(r"\b(?:chef|artist|designer|editor)\b",
                                                    title, re.I):
            return "interview"
    return None


def _recorded_video(text: str, match: re.Match[str]) -> bool:
    """The step matched is a one-way video ("video mülakat ... kayıtlarınızı izledik")."""
    return any(video.start() <= match.start() < video.end() + 1 or match.start() <= video.start()
               < match.end() for video in VIDEO_STEP.finditer(text)) and recorded_video_only(text)


def reached_step(text: str, signer_title: str | None = None) -> str | None:
    """The furthest step the text says the reader went through, read from a step's noun and
    the words that put it in the past; None when no step is so said."""
    for stage, pattern in _STEPS.items():
        for match in pattern.finditer(text):
            if match.group(0)[:1].isupper() and PART_OF_A_TITLE.match(text, match.end()):
                continue  # seventeenth pass: "the Test Analyst application" names the job
            if _happened(text, match) or stage == "final-round" and _not_to_come(text, match):
                if stage == "interview" and (RECORDED_BEFORE.search(
                        text[max(0, match.start() - 40):match.start()])
                        or _PHONE.search(text[max(0, match.start() - 15):match.end() + 15])
                        or _recorded_video(text, match)):
                    return "screening"  # seventeenth pass: recorded, or on the phone
                return stage
    held = held_in_script(text)  # nineteenth pass: "面接にお越しいただき", "면접에 참석해 주셔서"
    if held:
        return held
    talk = _talk_stage(text, signer_title)
    if talk:
        return talk
    if _THANKS_FOR_DAY.search(text) or THANKS_FOR_DAY_ABROAD.search(text) \
            or CAME_TO_MEET.search(text):
        return "screening" if _RECRUITER_TITLE.search(signer_title or "") else "interview"
    if _GOOD_TO_TALK.search(text):
        title = signer_title or ""
        return "interview" if _HIRING_TITLE.search(title) and not _RECRUITER_TITLE.search(title) \
            else "screening"
    if _SHOWN_TO_CLIENT.search(text) or client_saw_cv(text):  # nineteenth pass
        return "screening"
    return None
