"""Counts in sentences: "1 rejection", "2 rejections"."""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``number`` followed by the noun in the right number ("1 reply template")."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"
