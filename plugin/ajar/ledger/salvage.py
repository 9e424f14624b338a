"""The valid values of a faulty rejection file: a typo in ``stage`` must not make
its contacts' reminders disappear (DESIGN.md: "never lost silently")."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from ajar.ledger.models import Date, Flag, RejectionFacts

# The values the schedule leans on, and the ones that name the rejection on pages.
SALVAGED = ("date", "contact", "replied", "no_reply", "company", "role")


class _Values(BaseModel):
    date: Date | None = None
    contact: str | list[str] | None = None
    replied: Date | None = None
    no_reply: Flag = False
    company: str | None = None
    role: str | None = None


def salvage(slug: str, path: str, data: dict[str, Any] | None) -> RejectionFacts | None:
    """The rejection's facts from the keys that are valid on their own; None without a
    valid ``date`` (nothing can be scheduled from it)."""
    if not isinstance(data, dict):
        return None
    kept: dict[str, Any] = {}
    for key in SALVAGED:
        if key not in data:
            continue
        try:
            kept[key] = getattr(_Values.model_validate({key: data[key]}), key)
        except (ValidationError, RecursionError):
            continue
    date = kept.get("date")
    if date is None:
        return None
    contact = kept.get("contact")
    contacts = [contact] if isinstance(contact, str) else list(contact or [])
    company = (kept.get("company") or "").strip() or None
    role = (kept.get("role") or "").strip() or None
    return RejectionFacts(slug, path, date, tuple(dict.fromkeys(c.strip() for c in contacts
                                                                if c.strip())),
                          kept.get("replied"), bool(kept.get("no_reply")), company, role,
                          faulty=True)
