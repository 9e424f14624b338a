"""The words a regex cannot match without: a text holding none of them is skipped unread.

Triage runs three hundred phrase rules over every message about a job; most rules
name words the message never writes, yet a search still tries the rule at every place
of the text. ``needed_words`` reads a compiled pattern's syntax for a set of literal
strings one of which every match must contain, so ``any(word in text ...)`` (a C
substring search) answers "no match" first. Only case-sensitive parts are read: an
IGNORECASE pattern or group gives no words, and any form not understood gives None
(the search then runs as before), so a skip never changes an answer.

``with_start_guard`` reads the same syntax for the places a match can start (a word's
start, a line's, one of a few characters) and puts that test in front of the pattern:
the field readers' long alternations then skip most places of a text at once.
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


class WordIndex:
    """The needed words of many patterns, looked for in one text at once.

    ``may_match`` asks each pattern's words in turn: triage's eight hundred rules ask about
    three thousand words, many of them more than once, and on a long letter the asking costs
    more than the searches. The index asks each word once, and only a word whose first letters
    the text holds at all, then names the patterns that may match (sixty-eighth pass: the
    scan's speed target)."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self._always: set[int] = set()  # patterns whose words are unknown: always searched
        by_word: dict[str, list[int]] = {}
        for index, pattern in enumerate(patterns):
            words = needed_words(pattern)
            if words is None:
                self._always.add(index)
            for word in words or ():
                by_word.setdefault(word, []).append(index)
        by_start: dict[str, list[str]] = {}
        for word in by_word:
            by_start.setdefault(word[:_SHORTEST], []).append(word)
        self._by_word = by_word
        self._by_start = {start: tuple(words) for start, words in by_start.items()}

    def live(self, text: str) -> set[int]:
        """The positions (in the list given) of the patterns that may match ``text``."""
        starts = {text[index:index + _SHORTEST] for index in range(len(text) - _SHORTEST + 1)}
        live = set(self._always)
        for start in starts.intersection(self._by_start):
            for word in self._by_start[start]:
                if word in text:
                    live.update(self._by_word[word])
        return live


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


def with_start_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern behind a lookahead every match's first place must pass.

    A long alternation whose every branch opens with ``\\b`` ("\\bfinal round|\\bonsite|...")
    makes ``re`` try each branch at every character; ``(?=\\b[fo]|[面])`` turns most places
    away at once. The guard is read from the pattern's own syntax and holds at every place a
    match can start, so matches never change; a pattern whose starts cannot be read is
    returned as it is."""
    if not isinstance(pattern.pattern, str):
        return pattern
    try:
        ways = _starts(list(_syntax.parse(pattern.pattern, pattern.flags).data))
    except Exception:  # noqa: BLE001 - a syntax this reader does not know: no guard
        return pattern
    if ways is None or any(not anchor and chars is None for anchor, chars in ways):
        return pattern
    merged: dict[str, set[str] | None] = {}
    for anchor, chars in ways:
        if anchor in merged and (merged[anchor] is None or chars is None):
            merged[anchor] = None
        elif chars is None:
            merged[anchor] = None
        else:
            merged.setdefault(anchor, set()).update(chars)  # type: ignore[union-attr]
    guard = "|".join(anchor + (f"[{''.join(sorted(chars))}]" if chars else "")
                     for anchor, chars in sorted(merged.items(), key=lambda way: way[0]))
    close = "\n)" if pattern.flags & re.VERBOSE else ")"
    try:
        return re.compile(f"(?={guard})(?:{pattern.pattern}{close}", pattern.flags)
    except re.error:  # pragma: no cover - e.g. global flags in the middle
        return pattern


# A way a match can start: an anchor ("\\b", "^", "\\A" or "") and the character-class
# items its first character is one of (None: any character).
_Way = tuple[str, "frozenset[str] | None"]
_ANCHORS = {"AT_BOUNDARY": r"\b", "AT_BEGINNING": "^", "AT_BEGINNING_STRING": r"\A"}


def _starts(items: list) -> frozenset[_Way] | None:  # type: ignore[type-arg]
    """The ways a match of this sequence can start; None when it can start anywhere."""
    for index, (op, value) in enumerate(items):
        name = str(op)
        if name == "ASSERT_NOT" and value[0] == 1 and not list(value[1].data):
            return frozenset()  # "(?!)": this branch never matches
        if name == "ASSERT_NOT" and value[0] == -1 and _is_word_class(value[1]):
            return _anchored(r"(?<!\w)", items[index + 1:])  # a word's start, "\b"-like
        if name in ("ASSERT", "ASSERT_NOT"):
            continue  # a lookaround takes no character: the next item still starts the match
        if name == "AT":
            anchor = _ANCHORS.get(str(value))
            return None if anchor is None else _anchored(anchor, items[index + 1:])
        if name == "LITERAL":
            return frozenset([("", frozenset([re.escape(chr(value))]))])
        if name == "IN":
            chars = _class_items(value)
            return None if chars is None else frozenset([("", chars)])
        if name == "SUBPATTERN":
            if value[1] & re.IGNORECASE:
                return None  # case-blind inside only: the guard would be stricter than it
            return _starts(list(value[3].data) + items[index + 1:])
        if name == "BRANCH":
            found: set[_Way] = set()
            for option in value[1]:
                ways = _starts(list(option.data) + items[index + 1:])
                if ways is None:
                    return None
                found |= ways
            return frozenset(found)
        if op in _REPEATS:
            least, body = value[0], value[2]
            inner = _starts(list(body.data))
            if least >= 1 or inner is None:
                return inner if least >= 1 else None
            rest = _starts(items[index + 1:])
            return None if rest is None else inner | rest
        return None
    return None  # an empty match can start anywhere


def _anchored(anchor: str, rest: list) -> frozenset[_Way]:  # type: ignore[type-arg]
    """The ways of ``rest`` behind an anchor (the anchor alone when rest starts anywhere)."""
    ways = _starts(rest)
    if ways is None:
        return frozenset([(anchor, None)])
    # an anchor the rest starts with holds at the same place: keeping only the first one
    # lets through more places, never fewer
    return frozenset((anchor, chars) for _, chars in ways)


def _is_word_class(sub: object) -> bool:
    data = list(getattr(sub, "data", []))
    return len(data) == 1 and str(data[0][0]) == "IN" \
        and [(str(op), str(value)) for op, value in data[0][1]] == [("CATEGORY", "CATEGORY_WORD")]


_CATEGORIES = {"CATEGORY_WORD": r"\w", "CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}


def _class_items(items: list) -> frozenset[str] | None:  # type: ignore[type-arg]
    chars: set[str] = set()
    for op, value in items:
        if str(op) == "LITERAL":
            chars.add(re.escape(chr(value)))
        elif str(op) == "RANGE":
            chars.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif str(op) == "CATEGORY" and str(value) in _CATEGORIES:
            chars.add(_CATEGORIES[str(value)])
        else:
            return None
    return frozenset(chars)
