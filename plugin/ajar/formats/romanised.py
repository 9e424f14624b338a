"""A name in Greek, Cyrillic, Hangul or Arabic, written in the Latin letters a domain would use.

An employer writing in those scripts signs its own name ("Κοινότητα Γέφυρα ΑΜΚΕ",
"Регионални рукометни савез Морава", "한결케미칼") and sends from a domain that romanises
it (gefyra-amke, hangyeol-chem). Matching the two tells Ajar that the signed line is the
employer, so it need not fall back on the domain run together ("Gefyra Amke"). A rough
romanisation is enough: the match is fuzzy, and domains follow no one standard. No library
on PyPI covers these scripts in one small, dependency-free table, so this is ours.

Twenty-fifth pass: Arabic writes few vowels ("المروج" for almuruj, "الواحة" for alwaha), so
an Arabic name matches a domain by its consonants: the two agree once vowels are set aside,
with و and ي read either as consonants (w, y) or as the long vowels they also write.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
    "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o", "ϊ": "i", "ϋ": "y",
    "ΐ": "i", "ΰ": "y"}
_GREEK_PAIRS = {"ου": "ou", "ού": "ou", "μπ": "b", "ντ": "nt", "γγ": "ng", "γκ": "gk",
                "αι": "ai", "ει": "ei", "οι": "oi"}
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "ђ": "dj", "е": "e", "ё": "e",
    "є": "ye", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "ј": "j", "к": "k",
    "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "ћ": "c", "у": "u", "ў": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "џ": "dz",
    "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "қ": "k", "ғ": "g", "ң": "ng", "ө": "o", "ү": "u", "ұ": "u", "һ": "h", "ә": "a"}
_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "ء": "", "ئ": "", "ؤ": "",
    "پ": "p", "چ": "ch", "گ": "g", "ک": "k", "ی": "y"}
# Hangul, Revised Romanization: initial, medial and final jamo of a syllable block.
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
             "k", "t", "p", "h")
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
            "wo", "we", "wi", "yu", "eu", "ui", "i")
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
           "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")


def romanised(word: str) -> str:
    """"Γέφυρα" -> "gefyra", "Морава" -> "morava", "한결" -> "hangyeol"; other letters kept as
    they are (lower case), anything that is no letter dropped."""
    text, out, index = word.casefold(), [], 0
    while index < len(text):
        pair = text[index:index + 2]
        char = text[index]
        if pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
            index += 2
            continue
        code = ord(char) - 0xAC00
        if 0 <= code < 11172:
            out.append(_INITIALS[code // 588] + _MEDIALS[code % 588 // 28] + _FINALS[code % 28])
        elif char in _GREEK:
            out.append(_GREEK[char])
        elif char in _CYRILLIC:
            out.append(_CYRILLIC[char])
        elif char in _ARABIC:
            out.append(_ARABIC[char])
        elif char.isalnum():
            out.append(char)
        index += 1
    return "".join(out)


def written_in_romanised_script(text: str) -> bool:
    """Greek, Cyrillic, Hangul or Arabic letters in the text: the scripts this module romanises."""
    return any("\u0370" <= char <= "\u04ff" or "\uac00" <= char <= "\ud7a3"
               or "\u0620" <= char <= "\u06cc" for char in text)


def _arabic(text: str) -> bool:
    return any("\u0620" <= char <= "\u06cc" for char in text)


def _skeletons(latin: str) -> set[str]:
    """The consonants of a romanised word: with w and y kept, and with them read as vowels;
    a leading article "al"/"el" is kept, as domains keep it ("almuruj", "alwaha")."""
    kept = re.sub(r"[aeiou]", "", latin)
    return {kept, re.sub(r"[wy]", "", kept)}


def spells_domain_in_arabic(word: str, token: str) -> bool:
    """An Arabic word ("المروج") whose consonants are a domain token's ("almuruj")."""
    if len(token) < 4 or not _arabic(word):
        return False
    mine, theirs = _skeletons(romanised(word)), _skeletons(token.casefold())
    return any(len(one) >= 3 and one in theirs for one in mine)


def _close(one: str, other: str) -> bool:
    return one == other or SequenceMatcher(None, one, other).ratio() >= 0.8


def spells_domain_romanised(name: str, domain: str) -> bool:
    """The sender's domain romanises the name, wholly or for most of it: "Κοινότητα Γέφυρα
    ΑΜΚΕ" and gefyra-amke, "한결케미칼" and hangyeol-chem (its first part, "hangyeol", opens the
    name and covers most of the domain)."""
    if name.isascii() or not written_in_romanised_script(name):
        return False  # most lines of most mail: nothing to romanise
    tokens = [token for token in re.split(r"[\s_.-]+", domain.casefold()) if token]
    if _arabic(name):  # "مستشفى المروج" and almuruj-hospital: a word of the name is the domain's
        return any(spells_domain_in_arabic(word, token) for word in name.split()
                   for token in tokens[:2])
    letters = "".join(tokens)
    words = [word for word in map(romanised, name.split()) if word]
    if len(letters) < 4 or not words:
        return False
    for start in range(len(words)):
        run = ""
        for word in words[start:]:
            run += word
            if _close(run, letters):
                return True  # "gefyraamke"
            if len(run) > len(letters) + 8:
                break
        # a domain's first part opens the name and covers most of the domain ("hangyeol")
        first = tokens[0]
        if len(first) >= 5 and len(first) >= 0.6 * len(letters) \
                and (words[start].startswith(first) or _close(words[start][:len(first)], first)):
            return True
    return False
