"""Slugs for new entries: the file name a person or a rejection gets."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

# Slugs an entry may not have: contacts/index.md would take the place of the
# contacts page itself (same for rejections).
RESERVED = frozenset({"index"})


def is_reserved(slug: str) -> bool:
    return slug.lower() in RESERVED


# Letters that Unicode does not decompose into a base letter and an accent, written as
# people write them in ASCII (Weiß -> weiss, Ørsted -> orsted, Łódź -> lodz).
_LETTERS = str.maketrans({
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "œ": "oe", "Œ": "OE",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŋ": "ng", "Ŋ": "NG", "ĸ": "k",
    "ſ": "s"})


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.translate(_LETTERS)).encode(
        "ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].rstrip("-")


def free_slug(folder: Path, wanted: str, taken: set[str] | None = None) -> str:
    """``wanted``, or ``wanted-2``, ``-3`` ... : a slug no file in ``folder`` has
    (compared without case, as the loader does)."""
    used = {name.lower() for name in (taken or set())} | RESERVED
    if folder.is_dir():
        used |= {p.name[:-3].lower() for p in folder.glob("*.md")}
    slug, number = wanted, 2
    while slug.lower() in used:
        slug = f"{wanted}-{number}"
        number += 1
    return slug
