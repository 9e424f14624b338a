"""Twenty-seventh pass (stage): steps a letter says the reader took, in the languages of
Central and South-Eastern Europe and of the Maghreb and francophone Africa that the earlier
cues missed: the talk after which the decision came ("Po razgovoru", "Након разговора",
"Pas intervistës"), a round of a selection named by its number, a case study done, and a CV
put to a recruiter's client ("Predali sme Váš životopis nášmu klientovi").

Written from general knowledge of each language, not from any one letter. The nouns are read
only beside the words that put the step in the past (after it, thanks for it, its round
done), so "we cannot invite you to a talk" stays no step.
"""

from __future__ import annotations

TWENTY_SEVENTH_STAGE_CUES = {
    "final-round": (
        # Albanian: "intervista përfundimtare", "raundi i fundit"
        r"\bintervist\w* (?:p[ëe]rfundimtar\w*|e fundit)\b|\braundi i fundit\b|\bfaz[ëe]n? e fundit\b"
        # Croatian, Serbian, Slovene: "završni krug", "zaključni razgovor"
        r"|\b(?:završn|zaključn|завршн)\w* (?:krug\w*|razgovor\w*|круг\w*|разговор\w*|fazi|faze)\b"),
    "interview": (
        # Croatian, Serbian, Slovene, Bosnian: after or thanks for the talk
        r"\b(?:po|nakon|posle|poslije|hvala (?:vam |ti )?(?:na|za))\s+(?:\w+\s+)?razgovor\w*\b"
        r"|(?<!\w)(?:након|после|хвала (?:вам |ти )?на)\s+(?:\w+\s+)?разговор\w*(?!\w)"
        # Albanian: "pas intervistës", "faleminderit për intervistën"
        r"|\b(?:pas|faleminderit p[ëe]r|falemnderit p[ëe]r)\s+(?:\w+\s+)?intervist\w*"
        # Hungarian: thanks for the personal talk, or after it ("nem tudjuk behívni személyes
        # interjúra" is no talk held)
        r"|\b(?:köszönjük|megköszönjük|részt vett\w*)\s+(?:a |az )?(?:\w+ )?(?:személyes|szakmai) "
        r"(?:elbeszélgetés|beszélgetés|interjú)\w*"
        r"|\b(?:személyes|szakmai) (?:elbeszélgetés|beszélgetés|interjú)\w* (?:után|során|alapján|"
        r"követően)\b"
        # Czech and Slovak: the second round of a selection
        r"|\b(?:druhém|druhom|druhého|třetím|treťom) kole\b"
        # Hindi: thanks for the interview
        r"|साक्षात्कार (?:के लिए धन्यवाद|के बाद|में भाग)|धन्यवाद,? साक्षात्कार"),
    "screening": (
        # Greek: "την τηλεφωνική μας επικοινωνία" (our call on the phone)
        r"(?<!\w)τηλεφωνικ\w* (?:μας )?(?:επικοινωνία|συνέντευξη|συζήτηση|επαφή)\w*|"
        # a case study or a task done
        r"\b(?:vypracování|vypracovanie|wykonanie|rozwiązanie|izradu|izrada|izdelavo) "
        r"(?:\w+ )?(?:případov\w*|prípadov\w*|zadani\w*|zadaní|úlohy|úkolu|zadatka|naloge)\w*"
        # a CV put to a recruiter's client
        r"|\b(?:predali|předali|przekazali(?:śmy)?|proslijedili|posredovali|poslali|"
        r"transmis|présenté|presented|forwarded)\b[^.\n]{0,50}\b(?:klient\w*|klijent\w*|"
        r"client\w*|naročnik\w*)\b"
        r"|\b(?:životopis|CV|dossier|candidature)\b[^.\n]{0,30}\b(?:transmis|présenté|"
        r"proslijeđen|poslan|předán|predaný|przekazan)\w*\b[^.\n]{0,30}\b(?:klient\w*|"
        r"klijent\w*|client\w*)\b"),
}
