"""A long alternation of words regrouped by first letter, for a gate every message passes.

Python's regex engine tries the alternatives of ``(?:a|b|...)`` one by one at each place;
an alternative that opens with a plain letter is skipped with one comparison, but with
two hundred of them that is still two hundred comparisons at every word of every email.
``a(?:pplied|ward)|b(?:...)`` asks the same question with one comparison per first
letter. The order of the alternatives that can match at a place is kept, so every match
(where it starts and what it spans) is the same.
"""

from __future__ import annotations

import re

_QUANTIFIERS = "?*+{"


def _structure(pattern: str):
    """Each character outside escapes and classes, with the group depth after it."""
    depth, in_class, index = 0, False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth
        index += 1


def _top_level(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` split at the ``|`` outside groups and classes."""
    parts, start = [], 0
    for index, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str) -> int:
    """Where the group that opens ``pattern`` closes."""
    for index, char, depth in _structure(pattern):
        if char == ")" and depth == 0:
            return index
    raise ValueError(f"unbalanced group: {pattern!r}")


def _by_first_letter(alternative: str) -> dict[str, str] | None:
    """``{letter: rest}`` such that, on text that starts with ``letter``, ``letter + rest``
    matches as ``alternative`` does (same order of tries); None for a form not handled."""
    first = alternative[:1]
    if first and (first.isalnum() or first in " '&-") and first != "_" \
            and alternative[1:2] not in tuple(_QUANTIFIERS):
        return {first: alternative[1:]}
    if not alternative.startswith("(?:"):
        return None  # a class, an escape, a look-around or a flag: kept as it is
    end = _group_end(alternative)
    after = alternative[end + 1:]
    optional = after.startswith("?")
    if optional:
        after = after[1:]
    if after[:1] and after[:1] in _QUANTIFIERS:
        return None  # a repeated, lazy or possessive group
    rests: dict[str, list[str]] = {}
    for part in _top_level(alternative[3:end]):
        split = _by_first_letter(part) if part else None
        if split is None:
            return None
        for letter, rest in split.items():
            rests.setdefault(letter, []).append(rest)
    found = {letter: f"(?:{'|'.join(parts)}){after}" for letter, parts in rests.items()}
    if optional:  # "(?:work )?samples": the group first, then what follows it alone
        skipped = _by_first_letter(after) if after else None
        if skipped is None:
            return None
        for letter, rest in skipped.items():
            found[letter] = f"(?:{found[letter]}|{rest})" if letter in found else rest
    return found


def by_first_letter(pattern: str, head: str = "(?<!\\w)(?:", tail: str = ")\\b") -> str:
    """``head(?:alt|alt|...)tail`` with its alternatives grouped under their first letters;
    ``pattern`` unchanged when it has another shape or an alternative of a form not
    handled (still right, only slower)."""
    if not (pattern.startswith(head) and pattern.endswith(tail) and head.endswith("(?:")
            and _group_end(pattern[len(head) - 3:]) == len(pattern) - len(tail) - len(head) + 3):
        return pattern
    branches: dict[str, list[str]] = {}
    for alternative in _top_level(pattern[len(head):len(pattern) - len(tail)]):
        split = _by_first_letter(alternative)
        if split is None:
            return pattern
        for letter, rest in split.items():
            branches.setdefault(letter, []).append(rest)
    return head + "|".join(f"{re.escape(letter)}(?:{'|'.join(rests)})"
                           for letter, rests in branches.items()) + tail
