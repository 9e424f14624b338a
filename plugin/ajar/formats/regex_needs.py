"""The words a regex cannot match without: a text holding none of them is skipped unread.

Triage runs three hundred phrase rules over every message about a job; most rules
name words the message never writes, yet a search still tries the rule at every place
of the text. ``needed_words`` reads a compiled pattern's syntax for a set of literal
strings one of which every match must contain, so ``any(word in text ...)`` (a C
substring search) answers "no match" first. Only case-sensitive parts are read: an
IGNORECASE pattern or group gives no words, and any form not understood gives None
(the search then runs as before), so a skip never changes an answer.
"""

from __future__ import annotations

import re

try:  # the regex parser: re._parser since Python 3.11, sre_parse before
    from re import _parser as _syntax  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _syntax  # type: ignore[no-redef]

_SHORTEST = 3  # shorter words are in nearly every text: not worth checking
_REPEATS = tuple(getattr(_syntax, name) for name in ("MAX_REPEAT", "MIN_REPEAT",
                                                     "POSSESSIVE_REPEAT")
                 if hasattr(_syntax, name))


def _better(one: frozenset[str] | None, other: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets that each must be met, the one that rules out more texts."""
    if not one or not other:
        return one or other
    rank = lambda words: (min(map(len, words)), -len(words))  # noqa: E731
    return one if rank(one) >= rank(other) else other


def _needs(items: list, ignore_case: bool) -> frozenset[str] | None:  # type: ignore[type-arg]
    """For a sequence of regex items: a set of strings one of which every match holds."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, value in list(items) + [(None, None)]:
        if op is _syntax.LITERAL and not ignore_case:
            run.append(chr(value))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        if op is _syntax.SUBPATTERN:
            add_flags, del_flags, inner = value[1], value[2], value[3]
            inner_case = (ignore_case or bool(add_flags & re.IGNORECASE)) \
                and not del_flags & re.IGNORECASE
            best = _better(best, _needs(inner.data, inner_case))
        elif op is _syntax.BRANCH:
            options = [_needs(option.data, ignore_case) for option in value[1]]
            if all(options):
                best = _better(best, frozenset().union(*options))  # type: ignore[arg-type]
        elif op in _REPEATS and value[0] >= 1:
            best = _better(best, _needs(value[2].data, ignore_case))
        elif getattr(_syntax, "ATOMIC_GROUP", None) is op and op is not None:
            best = _better(best, _needs(value.data, ignore_case))
    return best


_KNOWN: dict[int, tuple[re.Pattern[str], frozenset[str] | None]] = {}  # by id: a pattern's
# own hash reads all its compiled code


def needed_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which is in every text ``pattern`` matches, or None (unknown)."""
    known = _KNOWN.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    words = _read_needs(pattern)
    _KNOWN[id(pattern)] = (pattern, words)  # the pattern kept: its id is never reused
    return words


def _read_needs(pattern: re.Pattern[str]) -> frozenset[str] | None:
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = _syntax.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a syntax this reader does not know: no shortcut
        return None
    words = _needs(parsed.data, False)
    if not words or min(map(len, words)) < _SHORTEST:
        return None
    return words


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match ``text`` (a needed word is missing)."""
    words = needed_words(pattern)
    return words is None or any(word in text for word in words)


def may_hold(text: str, literal: str, ignore_case: bool = False) -> bool:
    """False only when ``text`` cannot hold ``literal`` (matched as a regex would, with
    ``re.IGNORECASE`` when asked).

    The field readers build a pattern around a phrase the message gave ("the ROLE
    position"); compiling it costs more than the search, and Python's small regex cache
    then drops the fixed patterns too. Asking first whether the phrase is there at all
    skips most of them. Case-blind, the answer is sure only for ASCII (re's Unicode case
    rules match "K" to the Kelvin sign), so other text is always "maybe"."""
    if not ignore_case:
        return literal in text
    if not (text.isascii() and literal.isascii()):
        return True
    return literal.lower() in text.lower()
