"""The structured name (vCard ``N``) of a contact, who has only a full name.

``nameparser`` takes off what it knows for sure: titles (``Dr.``), suffixes
(``Jr.``, ``PhD``), a nickname in quotes, the ``Last, First`` order and
particles (``van der``). Of the words left, the first is the given name and
all the others are the family name: "María García López" has the family name
"García López" (two surnames, as in Spanish and Portuguese), never "López"
alone. An English middle name then lands in the family name ("Mary Ann Smith"
gives "Ann Smith"); the full name (FN) is always exact, and a card imported
with its own N keeps that N (see ``N_KEY`` in vcard_export).
"""

from __future__ import annotations

import vobject


def structured_name(full_name: str, kept: str | None = None) -> vobject.vcard.Name:
    """``N`` for ``full_name``; ``kept`` is a card's own N (``family;given;...``)."""
    if kept is not None:
        parts = (split_components(kept) + [""] * 5)[:5]
        return vobject.vcard.Name(family=parts[0], given=parts[1], additional=parts[2],
                                  prefix=parts[3], suffix=parts[4])
    family, given, prefix, suffix = _parsed(full_name)
    return vobject.vcard.Name(family=family, given=given, prefix=prefix, suffix=suffix)


def _parsed(full_name: str) -> tuple[str, str, str, str]:
    """(family, given, prefix, suffix) as nameparser reads ``full_name``."""
    from nameparser import HumanName

    parsed = HumanName(full_name)
    given = parsed.first
    family = " ".join(part for part in (parsed.middle, parsed.last) if part)
    if not given and not family:  # nothing nameparser could read: the name as given
        given = full_name
    return family, given, parsed.title, parsed.suffix


def name_parts(name: vobject.vcard.Name) -> list[str]:
    """``[family, given, additional, prefix, suffix]`` as plain text."""
    parts = [name.family, name.given, name.additional, name.prefix, name.suffix]
    return [" ".join(p) if isinstance(p, list) else str(p or "") for p in parts]


def escape(text: str) -> str:
    """RFC 6350 text escaping, once: ``\\`` ``,`` ``;`` and line breaks."""
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def split_components(raw: str, separator: str = ";") -> list[str]:
    """Split a raw structured value on unescaped separators, then unescape each part
    once (``\\n`` and ``\\N`` are line breaks, ``\\x`` is ``x``)."""
    parts, current, index = [], [], 0
    while index < len(raw):
        char = raw[index]
        if char == "\\" and index + 1 < len(raw):
            following = raw[index + 1]
            current.append("\n" if following in "nN" else following)
            index += 2
            continue
        if char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts
