"""Content lines of iCalendar (RFC 5545), written directly.

``reconnect.ics`` is a few kinds of lines with text values: building an
icalendar object per event and serializing it cost many times more than
writing the lines (the library stays for reading files back, in the tests).
"""

from __future__ import annotations

from typing import Iterable

CRLF = "\r\n"


def text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, line breaks as ``\\n``."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str, first: int = 75, keep_escapes: bool = False) -> str:
    """The line folded (CRLF and a space) so that no physical line passes 75 octets.

    The first physical line holds at most ``first`` octets and each continuation
    74 after its space; a multi-byte character is never split, and with
    ``keep_escapes`` neither is a backslash from the character it escapes.
    """
    if len(line) <= first and (line.isascii() or len(line.encode("utf-8")) <= first):
        return line
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, first
    for char in line:
        width = len(char.encode("utf-8")) if char >= "\x80" else 1
        if current and size + width > limit:
            carried = current.pop() if keep_escapes and len(current) > 1 and \
                current[-1] in "\\^" else None
            parts.append("".join(current))
            current = [carried] if carried is not None else []
            size = len(carried.encode("utf-8")) if carried is not None else 0
            limit = 74
        current.append(char)
        size += width
    parts.append("".join(current))
    return (CRLF + " ").join(parts)


def component(name: str, lines: Iterable[str]) -> str:
    """``BEGIN:NAME``, the (already folded) lines, ``END:NAME``, each ending in CRLF."""
    return f"BEGIN:{name}{CRLF}" + "".join(line + CRLF for line in lines) + f"END:{name}{CRLF}"
