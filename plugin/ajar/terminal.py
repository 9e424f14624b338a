"""Ledger values on their way to a terminal: no control characters.

A hand-edited or imported value can hold escape sequences that recolour,
retitle or rewrite the terminal (or hide text). The ``ajar`` command prints
every value through :func:`clean`: escape sequences go whole, other control
characters (C0, DEL, C1, bidi overrides) are dropped; newlines and tabs stay
where a reply body needs them. A value in a listing is cut at :data:`VALUE_LIMIT`
characters (:func:`shown`), and a one-line message at :data:`LINE_LIMIT`, so that a
200,000-character company does not flood the terminal (``--json`` keeps it whole).
"""

from __future__ import annotations

import re

from ajar.ledger.controls import CONTROLS

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and two-character ESC sequences.
_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
                       r"|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")
_CONTROL = re.compile(f"[{CONTROLS}]")
VALUE_LIMIT = 200
LINE_LIMIT = 1000
ELLIPSIS = "\u2026"


def clean(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` safe to print: without escape sequences or control characters
    (a line break becomes a space unless ``keep_newlines``)."""
    text = _SEQUENCE.sub("", text.replace("\r\n", "\n"))
    if not keep_newlines:
        text = _CONTROL.sub("", text.replace("\n", " "))
        if len(text) > LINE_LIMIT:  # keep the start and the end, where the fix is said
            return f"{text[:LINE_LIMIT * 3 // 4]} {ELLIPSIS} {text[-LINE_LIMIT // 4:]}"
        return text
    return _CONTROL.sub("", text)


def shown(value: str, limit: int = VALUE_LIMIT) -> str:
    """A ledger value on one line of a listing: clean, and cut to ``limit`` characters."""
    text = clean(value, keep_newlines=False)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + ELLIPSIS
