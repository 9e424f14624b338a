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
        return email.utils.parseaddr(value)
    except Exception:  # noqa: BLE001 - the library's parser is not made for hostile input
        found = _ADDRESS.search(value)
        return ("", found.group(0)) if found else ("", "")
