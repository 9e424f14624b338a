"""Eighteenth pass (stage): the steps a letter says the reader took, in the twelve languages the
classifier learnt in the seventeenth pass (Czech, Slovak, Romanian, Turkish, Hungarian, Greek,
Croatian/Serbian/Bosnian, Slovenian, Bulgarian, Lithuanian, Latvian, Estonian).

Families, not phrases, written from general knowledge of each language: the interview by its
noun in every case ending ("állásinterjú", "συνέντευξη", "razgovor za posao", "интервю",
"pokalbis", "pārrunas", "töövestlus"); a last round by an adjective of last or final before
a noun of round, stage or interview ("utolsó forduló", "τελικός γύρος", "završni krug",
"последен кръг", "paskutinis etapas", "pēdējā kārta", "viimane voor"); a test or a call on
the phone; and the words that deny a step or put it ahead ("nem", "δεν", "ne", "не",
"meghívjuk", "поканим"), so that "we will not invite you to an interview" reaches none.
"""

from __future__ import annotations

import re

# Greek writes its accents on different syllables as the noun is declined: "συνέντευξη",
# "συνεντεύξεις", "συνεντεύξεων".
_GREEK_INTERVIEW = r"συν[εέ]ντε[υύ]ξ\w*"
_INTERVIEW_NOUNS = (
    r"(?:állás)?interjú\w*|" + _GREEK_INTERVIEW + r"|razgovor\w* za (?:posao|zaposlenje)"
    r"|zaposlitven\w* razgovor\w*|intervju\w*|интервю\w*|събеседван\w*|pokalb\w*|intervij\w*"
    r"|pārrun\w*|(?:töö)?vestlus\w*|intervjuu\w*")

# Alternatives each stage's pattern gains (merged into ``mail_fields._STAGES``; the stages'
# order, offer, final round, interview, screening, still decides).
EIGHTEENTH_STAGE_CUES = {
    # a last round: an adjective of last or final before a noun of round, stage, interview
    "final-round": (
        r"\b(?:záverečn|posledn|finálov)\w* (?:kol\w+|pohovor\w*|fáz\w+|stretnut\w+)"
        r"|\b(?:utolsó|végső|döntő|záró)(?: körös)? (?:kör\w*|forduló\w*|interjú\w*|szakasz\w*|"
        r"beszélgetés\w*)|\bdöntőbe\b"
        r"|\b(?:τελικ|τελευταί)\w* (?:γύρ\w*|στάδι\w*|φάσ\w*|" + _GREEK_INTERVIEW + r")"
        r"|\b(?:završn|posljednj|poslednj|zadnj|finaln|zaključn)\w* (?:krug\w*|krog\w*|faz\w*|"
        r"razgovor\w*|intervju\w*|etap\w*)"
        r"|(?<!\w)(?:последн|финалн|заключителн)\w* (?:кръг\w*|етап\w*|интервю\w*|фаз\w*|"
        r"събеседван\w*)"
        r"|\b(?:paskutin|finalin|baigiam)\w* (?:atrankos )?(?:etap\w*|pokalb\w*|rat\w*|tur\w*)"
        r"|\b(?:pēdēj|fināl|noslēdzoš)\w* (?:atlases )?(?:kārt\w*|posm\w*|intervij\w*|pārrun\w*)"
        r"|\b(?:viimas|viimase)\w* (?:vooru?\w*|etapp\w*|vestlus\w*|intervjuu\w*)"
        r"|\blõpp(?:voor|vestlus|etapp|intervjuu)\w*"),
    # the interview by its noun, and a meeting in person
    "interview": (
        r"(?<!\w)(?:" + _INTERVIEW_NOUNS + r")"
        r"|\bosobn\w+ (?:stretnut\w+|rozhovor\w*)|\bszemélyes (?:beszélgetés\w*|találkozó\w*)"
        r"|\b(?:hvala|zahvaljujemo)\w* (?:vam |ti )?(?:na|za) (?:\w+ )?razgovor\w*"),
    # a test sat and a call on the phone
    "screening": (
        r"\btelefonos (?:interjú\w*|beszélgetés\w*)|\bτηλεφωνικ\w* (?:" + _GREEK_INTERVIEW +
        r"|συνομιλ\w*|επικοινων\w*)|\btelefonsk\w* (?:razgovor\w*|intervju\w*)"
        r"|(?<!\w)телефонн\w* (?:интервю\w*|разговор\w*)|\btelefonin\w* (?:pokalb\w*|intervj\w*)"
        r"|\btelefon\w* (?:intervij\w*|sarun\w*|pārrun\w*)|\btelefoni(?:vestlus|intervjuu)\w*"
        r"|\btelefonitsi\b"
        # (a test by its noun alone may be one still to come: the step reader reads those)
        r"|\b(?:vypracovan\w*|absolvovan\w*) (?:\w+ )?test\w*|\b(?:kitöltött\w*|megoldott\w*) "
        r"(?:\w+ )?teszt\w*|(?<!\w)(?:ολοκληρώσατε|συμπληρώσατε) (?:\w+ )?τεστ(?!\w)"
        r"|(?<!\w)(?:решихте|попълнихте|направихте) (?:\w+ )?тест\w*"
        r"|\b(?:atlikote|atlikus|išsprendėte) (?:\w+ )?(?:test\w*|užduot\w*)"
        r"|\b(?:izpildījāt|izpildot|izpildīj\w+) (?:\w+ )?(?:test\w*|uzdevum\w*)"
        r"|\b(?:riješili|rešili|opravili|ispunili|izpolnili) (?:\w+ )?test\w*"),
}

# A step denied or named ahead in these languages: the negation ("nem", "δεν", "ne", "не",
# "няма", "ei") or an invitation ("meghívjuk", "pozvati", "поканим", "pakviesti"), with the
# rest of the clause after it.
NOT_BEFORE_MORE = re.compile(
    r"(?<!\w)(?:nem|sem|nincs|δεν|δε|μην|ne|nije|nismo|nećemo|neće|ne bomo|не|няма|nebus\w*|"
    r"negal\w*|nav|neesam|nevar\w*|ei|mitte|pole|nemôž\w*|nebud\w*|"
    # a step ahead: "next" ("a következő interjú", "το επόμενο στάδιο", "следващия кръг")
    r"következő|επόμεν\w*|sljedeć\w*|sledeć\w*|naslednj\w*|следващ\w*|kitame|kitą|"
    r"nākam\w*|järgmi\w*|ďalš\w*|další\w*)(?!\w)[^.\n:;,]{0,40}$", re.I)
# An interview named as what the reader is invited to: "meghívjuk interjúra", "pozvati na
# razgovor", "да ви поканим на интервю", "pakviesti į pokalbį", "uzaicināt uz interviju".
INVITED_MORE = re.compile(
    r"(?<!\w)(?:meghív\w*|behív\w*|προσκαλ\w*|καλέσουμε|pozvati|pozivamo|pozovemo|povabi\w*|"
    r"покан\w*|pakviest\w*|kviečiame|kviesti|uzaicin\w*|aicinā\w*)(?!\w)[^.\n]*$", re.I)
# "after" in these languages, before the step: it happened, whatever denial comes before.
AFTER_MORE = re.compile(r"(?<!\w)(?:po|nakon|μετά(?: (?:από|τη|την|το|τον|τις|τα))?|след|pēc|"
                        r"pärast|după)\s*(?:\w+\s+)?$", re.I)

# ---- the step reader (``mail_stage.reached_step``): the words that put a step in the past.
# Words just before a step that happened: thanks for it, after it, taking part in it, or a
# verb of doing it ("hvala na", "благодарим за", "dėkojame už", "paldies par", "täname").
HAPPENED_BEFORE_LANG3 = re.compile(
    r"(?<!\w)(?:ďakuj\w*(?: (?:vám|ti))? za|köszön\w*|részt vett\w*|(?:a|az) \w+ után|"
    r"ευχαριστ\w*(?: (?:πολύ|για|που))*|μετά(?: από)?|ολοκληρώσατε|συμμετοχ\w*|"
    r"hvala(?: (?:vam|ti|lijepa))?(?: (?:na|za|što|ker))?|zahvaljujemo(?: (?:vam|se))?(?: na| za)?|"
    r"nakon|tijekom|med|sudjelovanj\w*|благодар\w*(?: (?:ви|ти))?(?: (?:за|че))?|след|"
    r"по време на|участие\w*|dėkoj\w*(?: (?:už|kad))?|ačiū(?: (?:už|kad))?|dalyvav\w*|"
    r"paldies(?: (?:par|ka))?|pēc|piedalīj\w*|täna\w*(?: teid| sind)?|aitäh|pärast|osalemis\w*)"
    r"(?:\s+[\w-]+){0,2}\s*$", re.I)
# The same step's thanks after it, in Hungarian and Estonian: "az interjú után", "vestluse eest".
HAPPENED_AFTER_LANG3 = re.compile(r"\w*\s+(?:[\w-]+\s+){0,3}?(?:után|során|eest|ajal)\b", re.I)
# A call on the phone, in Greek and Bulgarian (the Latin scripts' "telefon" is read already).
PHONE_MORE = r"|\bτηλεφων\w*|(?<!\w)телефон\w*"
# Test nouns for the step reader ("Köszönjük a teszt kitöltését", "благодарим ви, че решихте
# теста"): counted only beside words that put them in the past.
STEP_NOUNS_LANG3 = {
    "screening": r"\b(?:teszt\w*|próbafeladat\w*|testiranj\w*|užduot\w*|uzdevum\w*|proovitöö\w*|"
                 r"kodutöö\w*)\b|(?<!\w)(?:τεστ|тест\w*)(?!\w)",
    "interview": r"(?<!\w)(?:" + _INTERVIEW_NOUNS + r"|razgovor\w*|beszélgetés\w*|συνάντησ\w*|"
                 r"срещ\w*|susitikim\w*|tikšan\w*|kohtumis\w*)(?!\w)",
}
LANG3_NOUN = re.compile("|".join(STEP_NOUNS_LANG3.values()), re.I)

# Each stage's new alternatives alone: a denial in these languages guards only their words
# (Finnish "ei" or French "ne" before a step keep the readings the earlier passes gave them).
LANG3_STAGE = {stage: re.compile(pattern, re.I) for stage, pattern in EIGHTEENTH_STAGE_CUES.items()}


def denied_or_invited(stage: str, before: str) -> bool:
    """The words before a step in these languages deny it or invite the reader to it (an
    "after" just before the step says it happened all the same)."""
    if AFTER_MORE.search(before):
        return False
    return bool(NOT_BEFORE_MORE.search(before)
                or stage == "interview" and INVITED_MORE.search(before))
