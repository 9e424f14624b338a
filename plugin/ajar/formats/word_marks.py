"""The marks that belong inside a word, for tokenizers built on Python's ``\\w``.

``\\w`` leaves out combining marks, so an Indic, Sinhala, Thai, Khmer or Myanmar word
("আবেদন", "අයදුම්පත", "ผ่าน") would break at every vowel sign, and an Arabic or Hebrew
word at every written vowel. ``MARKS`` is a regex character-class body (no brackets) of
every nonspacing or spacing mark in those scripts, and the zero-width joiners; no letter,
digit or punctuation (a Devanagari danda, "।", still ends a word).
"""

from __future__ import annotations

import unicodedata

# Hebrew, Arabic, Syriac, Thaana, the Indic scripts to Sinhala, Thai, Lao, Tibetan,
# Myanmar, Georgian (none), Ethiopic, Khmer, Mongolian
_BLOCKS = ((0x0591, 0x05C7), (0x0610, 0x06ED), (0x0711, 0x074A), (0x07A6, 0x07B0),
           (0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x0F18, 0x0FBC), (0x102B, 0x109D),
           (0x135D, 0x135F), (0x17B4, 0x17D3), (0x180B, 0x180D))


def _ranges() -> str:
    marks = [code for low, high in _BLOCKS for code in range(low, high + 1)
             if unicodedata.category(chr(code)) in ("Mn", "Mc")]
    parts, start = [], None
    for index, code in enumerate(marks):
        if start is None:
            start = code
        if index + 1 == len(marks) or marks[index + 1] != code + 1:
            parts.append(f"\\u{start:04x}" if start == code else f"\\u{start:04x}-\\u{code:04x}")
            start = None
    return "".join(parts)


MARKS = _ranges() + "\\u200c\\u200d"
