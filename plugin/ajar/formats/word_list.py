"""How common a word is in a language, to tell where the words of a run-together name end.

A domain runs an employer's name together ("thesaltbarn", "padariadocanto"); the word
frequencies that pyspellchecker ships for seven of the languages triage reads say which
splits are words. A language's list is loaded the first time a name needs it, never at
start-up, and only for English and the language the mail itself is written in.
"""

from __future__ import annotations

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
    "nl": {"de", "het", "en", "een", "wij", "uw", "voor", "met", "niet", "is"},
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


@lru_cache(maxsize=None)
def _frequencies(language: str) -> dict[str, int]:
    from spellchecker import SpellChecker  # a few MB of data: only when a name needs it

    return SpellChecker(language=language, distance=1).word_frequency.dictionary


def frequency(word: str, language: str) -> int:
    """How often ``word`` (lower case) is written in ``language``'s texts; 0 if never."""
    return _frequencies(language).get(word, 0)
