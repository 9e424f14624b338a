"""Seventeenth pass (stage): the steps a letter says the reader took, in Czech, Romanian,
Turkish and Dutch as in the other languages, and a visit by any name.

Families, not phrases: an interview noun in each language the corpus has ("pohovor",
"interviu", "mülakat", "görüşme", "kennismaking"); the reader coming to a place ("came to
Leeds", "naar Utrecht kwam", "d'être passée", "nach Köln gekommen") or being shown round it;
a last stage by its noun in each language ("letzte Stufe", "dernier stade", "etapa finală",
"závěrečné kolo", "son aşama"); a recruiter's intake, a call on the phone and a CV shown to a
client abroad; an aptitude test, a qualifying challenge or a capture-the-flag sat.
"""

from __future__ import annotations

import re

# Alternatives each stage's pattern gains (merged into ``mail_fields._STAGES`` through
# ``mail_stage.FIFTEENTH_STAGE_CUES``; the stages' order still decides).
SEVENTEENTH_STAGE_CUES = {
    # an offer withdrawn whatever word points at it ("withdraw that offer")
    "offer": r"\bwithdr[ae]w\w* (?:that|this|those|these|my|his|her) (?:[\w-]+ ){0,2}offers?\b",
    # a last stage by its noun, in the languages the corpus has
    "final-round": (
        r"\b(?:letzte[nmrs]?|finale[nmrs]?) (?:stufe|auswahlstufe|etappe)\b"
        r"|\b(?:ce |au |du )?dernier stade\b|\bstade final\b"
        r"|\b(?:întâlnir\w+|interviu\w*|etap\w+|rund\w+|discuți\w+) final\w*|\bultim\w+ (?:etap\w+|"
        r"rund\w+|interviu\w*|întâlnir\w+)"
        r"|\b(?:finální\w*|závěrečn\w+|posledn\w+) (?:kol\w+|pohovor\w*|fáz\w+|schůzk\w+)"
        r"|\b(?:son|final) (?:aşama\w*|görüşme\w*|mülakat\w*|tur\w*)\b"
        r"|\blaatste (?:stap|selectiestap|fase|ronde|gesprek)\w*"),
    # an interview by its name in Czech, Romanian, Turkish and Dutch; the reader coming to a
    # place or being shown round it; the team liking the reader they met
    "interview": (
        r"\b(?<!telefonick[ýéá] )pohovor\w*(?! telefonick)|\bosobní (?:schůzk\w+|setkání)\b"
        r"|\binterviu\w*(?! telefonic)|\bîntâlnir\w+|\bdiscuți\w+ (?:noastr\w+|cu (?:mine|noi|"
        r"echipa|directorul|managerul))"
        r"|\bmülakat(?:(?!a\b)\w*|a(?= katıl))|\bgörüşme(?:(?!k\b|ye\b)\w*|ye(?= katıl))|\byüz yüze\b"
        # (after sealing fresh346-350: a Turkish oral exam, "sözlü sınava katılımınız")
        r"|\bsözlü sınav(?:(?!a\b)\w*|a(?= katıl))"
        r"|\bkennismaking\w*|\b\w+gesprek(?:ken)? (?:van|op|met|bij|vorige|afgelopen)\b"
        r"|\b(?:you|for|you've|after) (?:came|coming|come|travell?ing|travell?ed) (?:down |out |"
        r"over |up |in |all the way )?to (?-i:[A-Z])[\w-]+"
        r"|\byour (?:trip|journey) (?:down |out |over |up )?to (?-i:[A-Z])[\w-]+"
        r"|\bnaar (?-i:[A-Z])[\w-]+ (?:kwam|kwamen|kwaamt|gekomen)\b|\blangs(?:ge)?k(?:wam|wamen|omen)\b"
        r"|\b(?:nach (?-i:[A-Z])[\w-]+|zu uns) (?:gekommen|angereist)\b"
        r"|\b(?:merci|remerci\w+)\b[^.\n]{0,30}\b(?:d['’]|de |pour )(?:être|etre) (?:passée?s?|"
        r"venue?s?)\b|\bvotre venue\b"
        r"|\b(?:essere|per essere) (?:venut|passat)\w+|\b(?:haber|por) venido\b"
        r"|\bže jste (?:přijel|přišel|dorazil)\w*|\bcă ai venit\b|\bgeldiğiniz için\b"
        r"|\b(?:the|our|your|a|de|je|onze) (?:[\w-]+ )?(?:walk-?round|walk-?around|rondleiding|"
        r"rundgang|führung durch)\b|\bshow(?:ed|ing|n)? you (?:a)?round\b"
        r"|\b(?:team|lads|staff|crew|panel|nurses|assistants|everyone|everybody|assistentes|"
        r"collega's) (?:[\w-]+ )?(?:liked|loved|enjoyed) (?:meeting )?you\b"),
    # a recruiter's intake, a call on the phone, a profile shown to a client, an aptitude test,
    # a qualifying challenge or a capture-the-flag sat
    "screening": (
        r"\bintake(?:gesprek\w*|-?call|-?interview|-?gespräch\w*)|\berstgespräch\w*"
        r"|\b(?:al|per|via) telefono\b|\btelefonicamente\b|\btelefonick\w+|\btelefonic\b"
        r"|\btelefonicznie\b|\btelefon(?:da|la|dan)\b|\baan de telefoon\b"
        r"|\b(?:profiel|cv) (?:\w+ ){0,2}voorgelegd\b|\bvoorgesteld aan (?:de|onze) (?:klant|praktijk|"
        r"opdrachtgever)\b|\b(?:profil|lebenslauf) (?:\w+ ){0,3}(?:vorgestellt|weitergeleitet)\b"
        r"|\b(?:sentito|presentato (?:il tuo profilo|la tua candidatura) a)l? cliente\b"
        r"|\bprofilul (?:tău|dumneavoastră) (?:\w+ )?(?:clientului|angajatorului)\b"
        r"|\beignungs(?:test|untersuchung|prüfung|diagnosti\w*|verfahren)\w*|\bpsychotechni\w+"
        r"|\btests? d['’]aptitude\b|\btest (?:de|z) (?:logic|znalost\w*)\b"
        r"|\b(?:CTF|capture[- ]the[- ]flag)s?\b|\bqualifying (?:round|challenge|ctf|test|exam)\b"
        r"|\b(?:hackerrank|codility|codesignal|testgorilla)\b"
        r"|\btelefon(?:ick\w+|ic\w*)? (?:rozhovor\w*|pohovor\w*|görüşme\w*|interviu\w*|discuți\w+)"
        r"|\b(?:rozhovor\w*|pohovor\w*|interviu\w*|discuți\w+) (?:telefonick\w+|telefonic\w*|prin "
        r"telefon|po telefonu)"),
}

# "Thanks for recording your sample lesson": a step recorded alone was a screening.
RECORDED_BEFORE = re.compile(r"\b(?:recording|recorded|record|filming|filmed|film)\s+(?:\w+\s+){0,3}$",
                             re.I)
# A step ahead ("the next conversations", "the upcoming interviews"), or a public "call" for
# applications ("the criteria set out in the call"): neither was a step the reader took.
AHEAD_IN_MATCH = re.compile(r"\b(?:next|upcoming|future|later)\b", re.I)
CALL_FOR_APPLICATIONS = re.compile(
    r"\b(?:set out|laid down|listed|defined|stated|specified|published|described|announced)"
    r" in $", re.I)
CALL_FOR_AFTER = re.compile(r" for (?:applications|proposals|expressions|candidates|interest|"
                            r"tenders)\b", re.I)
# Hiring titles the earlier passes lacked: a school's principal, a practice's owner, a firm's
# counsel or partner in the languages the corpus has.
MORE_HIRING_TITLES = (
    r"principal|headteacher|head teacher|headmaster|headmistress|rector|superintendent|"
    r"counsel|general counsel|eigenaar|praktijkeigenaar|zaakvoerder|praktijkhouder|directeur|"
    r"directrice|direktor\w*|ředitel\w*|müdür\w*|associée?|socio|socia|vedoucí|şef|sef")

# ---- the step reader (``mail_stage.reached_step``): more step nouns, and the words that put
# them in the past, in the languages the corpus has. A noun counts only beside such words.
STEP_NOUNS_MORE = {
    # a meeting or a visit by its plain name: "thanks for the meeting", "la reunión del lunes",
    # "l'incontro", "das Treffen", "de afspraak", "návštěvu", "schůzku", "vizita", "toplantımız"
    "interview": (
        r"\b(?:meeting|reunión|reunião|riunione|incontro|encuentro|encontro|spotkani\w+|treffen|"
        r"afspraak|návštěv\w+|schůzk\w+|setkání|vizit\w+|întâlnir\w+|toplantı\w*|ziyaret\w*|"
        r"pohovor\w*|interviu\w*|mülakat\w*|görüşme(?!k\b)\w*)\b"
        # a board's own meeting ("the meeting of the selection board") is not the reader's
        r"(?! (?:of|de la|des|van de|van het|komise|comisiei)\b)"),
    # a test sat, by its plain name: "testu", "testului", "sınavımıza", "egzaminu", "zkoušky"
    "screening": (
        r"\b(?:test\w*|sınav\w*|prueba|prova|quiz|exams?|examinations?|egzamin\w*|zkoušk\w+)\b"),
}
# A step noun that is part of a title ("the Test Analyst application", "the Meeting Planner
# role") names the job, not a step.
PART_OF_A_TITLE = re.compile(
    r"(?:[ -]+(?-i:[A-Z])[\w-]*){0,3}[ -]+(?:application|role|position|vacancy|post|job|opening|"
    r"programme|program|candidacy|team)s?\b", re.I)
# Words just before a step that happened, in Czech, Romanian and Turkish (a participle:
# "gerçekleştirdiğimiz görüşme", "katıldığınız sınav"), with up to two words between.
HAPPENED_BEFORE_MORE = re.compile(
    r"\b(?:děkuj\w*(?: (?:vám|ti))? za|díky za|po|během|účast\w* (?:na|v)|vyplnění|absolvování|"
    r"mulțumi\w*(?: \w+)? pentru|multumi\w*(?: \w+)? pentru|după|în urma|în timpul|"
    r"participar\w* la|completarea|susținerea|"
    r"katıldığınız|gerçekleştirdiğimiz|yaptığımız|yapılan|gerçekleştirilen|girdiğiniz|"
    r"tamamladığınız)(?:\s+[\w-]+){0,2}\s*$", re.I)
# Words just after a step that happened, in Turkish: "görüşme için teşekkür", "mülakattan
# sonra", "sınav sırasında".
HAPPENED_AFTER_MORE = re.compile(
    r"\w*\s+(?:[\w-]+\s+){0,6}?(?:için (?:\w+ ){0,3}teşekkür\w*|sonra\w*|sırasında|esnasında)\b",
    re.I)
# A step named as a destination in Turkish ("mülakata davet", "görüşmeye çağırmak") or a
# Czech verb with its negating prefix ("nepozveme na pohovor"): not reached.
NOT_REACHED_MORE = re.compile(
    r"\b(?:ne(?:pozv|zv|pokrač|postoup|vybr|nabíd|budeme)\w*)\b[^.\n]{0,30}$", re.I)
# A call on the phone, named as such, abroad: subtracted before the interview is looked for.
PHONE_STEP_MORE = (
    r"\btelefon(?:ick\w+|ic\w*)? (?:rozhovor\w*|pohovor\w*|görüşme\w*|interviu\w*|discuți\w+)"
    r"|\b(?:rozhovor\w*|pohovor\w*|interviu\w*|discuți\w+) (?:telefonick\w+|telefonic\w*|"
    r"prin telefon|po telefonu)")
