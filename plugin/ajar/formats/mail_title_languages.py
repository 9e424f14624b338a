"""Twenty-first pass (role): a linguist's post names its languages.

International organisations, courts, localisation firms and agencies name a translator's,
interpreter's or reviser's post by its languages, which are part of the title: "Senior
Translator (French and Spanish into English)", "traducteur de langue anglaise",
"Traduttore di lingua inglese", "interprète de conférence, cabine anglaise", "Reviser
(English)". A reader that stops at a bracket, a comma or a lower-case adjective cuts them
off; this one puts back what the letter writes straight after the title.
"""

from __future__ import annotations

import re

# Translator, interpreter, reviser, proofreader, terminologist, précis-writer, subtitler.
_LINGUIST = re.compile(r"(?i:translator|interpreter|reviser|revisor|proofreader|terminologist|"
                       r"subtitler|traducteur|traductrice|interprète|réviseur|réviseuse|"
                       r"terminologue|traductor|traductora|intérprete|revisora|tradutor|tradutora|"
                       r"traduttore|traduttrice|interprete|revisore|übersetzer|übersetzerin|"
                       r"dolmetscher|dolmetscherin|vertaler|tolk|översättare|oversætter|"
                       r"oversetter)")
_LANGUAGE = (r"(?i:english|french|spanish|german|italian|portuguese|russian|arabic|chinese|"
             r"mandarin|cantonese|japanese|korean|dutch|polish|swedish|danish|greek|turkish|"
             r"anglais|anglaise|français|française|espagnol|espagnole|allemand|allemande|"
             r"italien|italienne|portugais|portugaise|russe|arabe|chinois|chinoise|"
             r"inglés|inglesa|francés|francesa|alemán|alemana|italiano|italiana|portugués|"
             r"ruso|rusa|árabe|chino|china|inglese|francese|spagnolo|spagnola|tedesco|tedesca|"
             r"portoghese|cinese|arabo|russo|russa|inglês|francês|espanhol|alemão|"
             r"englisch|französisch|spanisch|deutsch|italienisch|russisch|arabisch|chinesisch)")
_JOIN = r"(?:,\s|\s(?:and|into|to|from|et|vers|en|e|y|para|in|und|ins|>|-|–)\s|/|\s?>\s?)"
# "(French and Spanish into English)", "(EN>FR)" is left to the readers of codes.
_BRACKET = re.compile(rf"\s\((?:{_LANGUAGE})(?:{_JOIN}(?:{_LANGUAGE})){{0,3}}\)")
# "de langue anglaise", "di lingua inglese", "de lengua inglesa", "de língua inglesa".
_TONGUE = re.compile(rf"(?:\s(?i:de langue|di lingua|de lengua|de língua|de lingua))?\s(?:{_LANGUAGE})"
                     rf"(?![\w-])")
# "interprète de conférence indépendant, cabine anglaise": the booth, maybe after an adjective.
_BOOTH = re.compile(rf"(?:\s[a-zà-ÿ]{{4,}})?(?:,\s|\s\()(?i:cabine|cabina)\s(?:{_LANGUAGE})\)?"
                    rf"(?![\w-])")


def with_languages(role: str | None, texts: list[str]) -> str | None:
    """A linguist's title with the languages its letter writes right after it."""
    if not role or not _LINGUIST.search(role) or _BRACKET.search(role):
        return role
    tongue_cut = re.search(r"\s(?i:de langue|di lingua|de lengua|de língua|de lingua)$", role)
    for text in texts:
        for written in re.finditer(rf"(?<![\w-]){re.escape(role)}", text[:4000], re.IGNORECASE):
            end = written.end()
            for shape in (_BRACKET, _BOOTH) if not tongue_cut else ():
                found = shape.match(text, end)
                if found:
                    return role + found.group(0)
            found = _TONGUE.match(text, end)
            if found and (tongue_cut or found.group(0).strip().casefold().startswith(("de ", "di "))):
                return role + found.group(0)
    return role
