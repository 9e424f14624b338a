"""How common a word is in a language, to tell where the words of a run-together name end.

A domain runs an employer's name together ("thesaltbarn", "padariadocanto"); the word
frequencies that pyspellchecker ships for seven of the languages triage reads say which
splits are words. A language's list is loaded the first time a name needs it, never at start-up.
"""

from __future__ import annotations

from functools import lru_cache

# The languages whose lists are tried, in this order.
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl")


@lru_cache(maxsize=None)
def _frequencies(language: str) -> dict[str, int]:
    from spellchecker import SpellChecker  # a few hundred kB of data: only when asked

    return dict(SpellChecker(language=language, distance=1).word_frequency.dictionary)


def frequency(word: str, language: str) -> int:
    """How often ``word`` (lower case) is written in ``language``'s texts; 0 if never."""
    return _frequencies(language).get(word, 0)
