"""A ``linkedin`` address that works but is not what it should be: ``http://`` (LinkedIn
serves profiles over https) or another site's address. Warnings, not errors: the
link still opens, and ``ajar schema`` (which has no warnings) accepts it."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel

from ajar.ledger.models import is_web_address
from ajar.ledger.problems import Problem
from ajar.ledger.source import SourceFile

EXAMPLE = "https://www.linkedin.com/in/their-name"


def linkedin_hint(value: Any) -> str | None:
    """What is odd about a valid ``linkedin`` address, with the fix; None if nothing."""
    if not isinstance(value, str) or not is_web_address(value):
        return None
    text = value.strip()
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return None
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        return (f"linkedin: {text[:80]!r} is not a LinkedIn address: write their profile"
                f" address, e.g. {EXAMPLE}")
    if parts.scheme.lower() == "http":
        secure = "https" + text[len(parts.scheme):]
        return f"linkedin: LinkedIn serves profiles over https: write {secure[:80]}"
    return None


def url_warnings(model: type[BaseModel], source: SourceFile) -> list[Problem]:
    """A warning for an odd ``linkedin`` address in a file whose kind has that key."""
    if source.data is None or "linkedin" not in model.model_fields:
        return []
    hint = linkedin_hint(source.data.get("linkedin"))
    return [source.problem("linkedin-url", hint, ("linkedin",), severity="warning")] \
        if hint else []
