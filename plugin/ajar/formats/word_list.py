"""How common a word is in a language, to tell where the words of a run-together name end.

A domain runs an employer's name together ("thesaltbarn", "padariadocanto"); the word
frequencies that pyspellchecker ships for seven of the languages triage reads say which
splits are words. A language's list is loaded the first time a name needs it, never at
start-up, and only for English and the language the mail itself is written in.
"""

from __future__ import annotations

import gzip
import json
import pkgutil
import re
from functools import lru_cache

# The languages with a list, and a few of each one's commonest words, to tell which one a
# mail is written in.
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl")
_FUNCTION_WORDS = {
    "en": {"the", "and", "you", "your", "we", "our", "with", "for", "this", "have"},
    "es": {"el", "los", "las", "que", "con", "por", "para", "una", "tu", "su", "muchas",
           "hola", "gracias", "vacante"},
    "pt": {"os", "as", "que", "com", "por", "para", "uma", "não", "você", "obrigado",
           "obrigada", "olá", "já", "boa", "vaga"},
    "fr": {"le", "les", "et", "vous", "nous", "votre", "pour", "avec", "une", "des", "est"},
    "de": {"der", "die", "und", "sie", "wir", "ihre", "für", "mit", "eine", "nicht", "ist"},
    "it": {"il", "gli", "che", "per", "con", "una", "non", "sua", "siamo", "grazie"},
    # (not "de", "en" or "is": Spanish, French and English write them more than Dutch does)
    "nl": {"het", "een", "wij", "uw", "voor", "met", "niet", "zijn", "bij", "ook", "naar",
           "graag", "helaas", "jouw"},
}
_WORD = re.compile(r"[^\W\d_]+")


def languages_of(text: str) -> tuple[str, ...]:
    """English, and the other language whose common words the mail uses most (if any: a
    greeting, "Obrigado Alex", is enough; two on a tie)."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for match in _WORD.finditer(text[:3000].casefold()):
        for language, words in _FUNCTION_WORDS.items():
            counts[language] += match.group(0) in words
    top = max(counts[language] for language in LANGUAGES[1:])
    return ("en",) + tuple(language for language in LANGUAGES[1:]
                           if top and counts[language] == top)[:2]


# The fewest sightings that make a word common enough to split a name at; rarer words read
# as never seen. Only a seventh of the lists' words are this common, and holding all of
# them (1.6 million words in the seven languages) took over 200 MB.
COMMON = 100
_ENTRY = re.compile(r'"((?:[^"\\]|\\.)*)"\s*:\s*(\d+)\s*[,}]')
_PLAIN_SEPARATOR = re.compile(r'": \d')
_COMMON_ENTRY = re.compile(r'"([^"\\]*)": ([1-9]\d{%d,})\s*[,}]' % (len(str(COMMON)) - 1))


@lru_cache(maxsize=None)
def _frequencies(language: str) -> dict[str, int]:
    """The language's words seen at least COMMON times, read from pyspellchecker's list
    (the whole list is never held as a dict)."""
    data = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    text = gzip.decompress(data).decode("utf-8") if data else ""
    del data
    if text and "\\" not in text and text.islower() \
            and len(_PLAIN_SEPARATOR.findall(text)) == text.count(":"):
        # the lists' plain shape ('"word": 123', lower case, no escapes): only the common
        # entries are picked out, twice as fast as reading every entry (thirty-fifth pass)
        return {word: int(count) for word, count in _COMMON_ENTRY.findall(text)
                if int(count) >= COMMON}
    return _common_by_entry(language, text)


def _common_by_entry(language: str, text: str) -> dict[str, int]:
    """The common words of a list read one entry at a time (any JSON escapes undone)."""
    common: dict[str, int] = {}
    entries = 0
    for entry in _ENTRY.finditer(text):
        word, count = entry.groups()
        if word != word.lower():
            return _common_from_the_checker(language)  # the checker sums a word's casings
        entries += 1
        if int(count) >= COMMON:
            common[json.loads(f'"{word}"') if "\\" in word else word] = int(count)
    if not entries or entries != text.count(":"):
        return _common_from_the_checker(language)  # a list this reading does not expect
    return common


def _common_from_the_checker(language: str) -> dict[str, int]:
    """The same words through pyspellchecker's own reading (lower case, counts summed)."""
    from spellchecker import SpellChecker

    words = SpellChecker(language=language, distance=1).word_frequency.dictionary
    return {word: count for word, count in words.items() if count >= COMMON}


def frequency(word: str, language: str) -> int:
    """How often ``word`` (lower case) is written in ``language``'s texts; 0 if never or
    fewer than COMMON times."""
    return _frequencies(language).get(word, 0)
