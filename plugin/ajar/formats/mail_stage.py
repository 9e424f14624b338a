"""How far a process went, fifteenth pass: the cues and the two judgements the stage reader
in ``mail_fields`` leaves open, in the eleven languages the triage reads.

A recorded video is a screening wherever it is called an interview; a call is a screening
with a recruiter and an interview with the person hiring; a visit to the campus or the site
is the final round; a step the reader was told they will not pass to was not reached.
"""

from __future__ import annotations

import re

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
        r"|\b(?:finał|finale|ostatni\w*) rozmow\w*"),
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
        r"(?! (?:a|à|al|ao|alla) (?:nuestr|nuestra|nossa|nostro|nostra|la|o) ?(?:página|pagina|"
        r"sitio|site|sito|web))|\b(?:ihr(?:em|en)?|dein(?:em|en)?) besuch\b(?! (?:auf|unserer) "
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
        r"persoonlijkheids)test\w*|\b(?:färdighets|personlighets|evne|logikk)test\w*"),
}

# A video step: "the video interviews", "entrevista em vídeo", "Videointerview", "entretien
# vidéo", "videohaastattelu". It is a screening unless the text says it was live with someone.
VIDEO_STEP = re.compile(
    r"\bvideo[- ]?(?:interview|intervju|haastattelu|sollicitatie|gesprek|samtal|samtale)\w*"
    r"|\b(?:entrevistas?|entretiens?|colloqui[oa]?|rozmow\w*) (?:em |por |en |de |par |in |w )?"
    r"(?:vídeo|video|vidéo|wideo)\w*|\bvideo-?entrevistas?\b|\bvideocolloqui\w*", re.I)
_LIVE_VIDEO = re.compile(
    r"\blive\b|\bao vivo\b|\ben (?:vivo|directo)\b|\ben direct\b|\bin diretta\b"
    r"|\bvideo[- ]?(?:interview|call|chat|meeting|gesprek|samtal|samtale)s? (?:with|com|con|avec|"
    r"mit|met|med|z|kanssa) (?!(?:no one|nobody|a recording)\b)|(?:vídeo|video|vidéo) (?:com|con|avec|"
    r"mit|met|med|z|kanssa) (?:a |o |la |el |le |l['’]|de |het )?(?-i:[A-Z])|\b(?-i:[A-Z])\w+ and me\b"
    r"|\bwith (?:me|us|our team) (?:on|over) "
    r"(?:zoom|teams|video)", re.I)


def recorded_video_only(text: str) -> bool:
    """The text's video interview was recorded or one-way, not a live conversation."""
    return bool(VIDEO_STEP.search(text)) and not _LIVE_VIDEO.search(text)


# A step the reader was told they would not pass to, in Spanish, Portuguese, Italian,
# French and the Germanic languages: "no podrá pasar a la etapa de entrevista", "não
# seguirá para a entrevista", "non potrà accedere al colloquio".
NOT_PASSING_TO = re.compile(
    r"\b(?:no|não|non|ne|pas|nicht|niet|ikke|inte|nie)\b[^.\n]{0,30}\b(?:pas|avan|contin|segu|"
    r"prosegu|prosseg|pass|accéd|acced|proced|progres|weiter|verder|vidare|videre|dalej|"
    r"przej|go|move)\w*\b[^.\n]{0,30}$", re.I)

# A video call, in the languages job mail comes in; with a recruiter it is a screening, with
# the person hiring (a professor, a manager, a director) an interview. A phone call stays a
# screening whoever made it.
_CALL = re.compile(
    r"\b(?:(?:video|zoom|teams)[- ]?(?:call|chat)|(?:the|your|our) (?:zoom|teams|video) "
    r"(?:call|chat|conversation))\b"
    r"|\b(?:videollamada|videochamada|videogesprek|videosamtal|videopuhelu|videochiamata)\b",
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
    r"selec\w+|rekryt\w*|rekrut\w*|werving|rekrytoi\w*|headhunter|consultant|resourc\w+)\b",
    re.I)
_HIRING_TITLE = re.compile(
    r"\b(?:professor|prof|lecturer|principal investigator|pi|director|head|manager|lead|chief|"
    r"founder|co-founder|ceo|cto|coo|cfo|owner|partner|chair|dean|vp|vice president|"
    r"supervisor|group leader|editor|producer)\b", re.I)


def call_stage(stage: str, text: str, signer_title: str | None) -> str:
    """A call the letter recalls: an interview when the person hiring signs it, a screening
    when a recruiter does (the reader's answer is kept otherwise)."""
    title = signer_title or ""
    recruiter = bool(_RECRUITER_TITLE.search(title))
    if recruiter and stage == "interview" and _RECRUITERS_CALL.search(text) \
            and not _MET.search(text):
        return "screening"  # "our call last Wednesday ... a pleasure getting to know you"
    if stage not in ("applied", "screening", "interview") or not _CALL.search(text):
        return stage
    if recruiter:
        return "screening" if stage == "applied" else stage
    if _HIRING_TITLE.search(title) and stage in ("applied", "screening"):
        return "interview"
    return stage

