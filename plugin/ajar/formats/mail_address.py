"""One address out of a header value, whatever the value holds.

``email.utils.parseaddr`` recurses once per nested ``(`` comment, so a From header of a
few thousand ``(`` raised RecursionError and lost the whole message. Comments say
nothing Ajar reads, so past a handful they are dropped before parsing, and the value is
cut to a length no single address reaches.
"""

from __future__ import annotations

import email.utils
import re

MAX_ADDRESS_CHARS = 2_000  # the first address of a header, display name included
_COMMENT = re.compile(r"\([^()]*\)")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# One display name and one bracketed address, the name unquoted ("Nuuk Regionssygehus,
# Rekruttering <rekruttering@nrs.example.org>", "Doe, Jane <jane@example.com>"): the comma
# makes the library read two addresses, the first a bare word, and lose both name and address.
# (The library's own header objects quote the first part: '"Nuuk Regionssygehus", Rekruttering'.)
_UNQUOTED_DISPLAY = re.compile(r"\s*(?P<d>[^<>@]*?)\s*<(?P<a>[^<>@\s]+@[^<>\s]+)>\s*")


def parse_address(value: str) -> tuple[str, str]:
    """``(display name, address)`` like ``email.utils.parseaddr``; never raises."""
    value = value[:MAX_ADDRESS_CHARS]
    if value.count("(") > 8:
        for _ in range(value.count("(")):
            stripped = _COMMENT.sub(" ", value)
            if stripped == value:
                break
            value = stripped
        value = value.replace("(", " ").replace(")", " ")
    try:
        parsed = email.utils.parseaddr(value)
        if "@" not in parsed[1] and "," in value:
            whole = _UNQUOTED_DISPLAY.fullmatch(value)
            if whole:
                display = " ".join(whole.group("d").replace('"', " ").split())
                return display.replace(" ,", ","), whole.group("a")
        return parsed
    except Exception:  # noqa: BLE001 - the library's parser is not made for hostile input
        found = _ADDRESS.search(value)
        return ("", found.group(0)) if found else ("", "")
