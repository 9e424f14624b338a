"""Search entries built from the ledger data instead of from the pages' HTML.

Material's search plugin re-parses the HTML of every page with Python's
``html.parser``: on a big ledger that was the largest cost of a build (a
rejection page holds its checklist, filled-in replies and git history). Entry
pages are excluded from that parser and given one search entry each, made here
from what a user searches for (names, companies, roles, reasons, tags, notes);
the big index pages (dashboard, timeline, the lists) only repeat what the entry
pages hold, so they get a title-only entry. Every value is HTML-escaped, without
control characters as on the pages: Material shows an entry's title and text as
HTML.
"""

from __future__ import annotations

from typing import Any, Iterable

from markupsafe import escape

from ajar.ledger.ledger import Ledger
from ajar.ledger.models import Contact, Rejection
from .markup import strip_controls


def _text(parts: Iterable[object]) -> str:
    """One escaped line without control characters: every whitespace run (line
    breaks too) becomes a space."""
    return str(escape(strip_controls(
        " ".join(" ".join(str(part).split()) for part in parts if part))))


def _labelled(pairs: Iterable[tuple[str, object]]) -> str:
    return _text(f"{label}: {value}" + ("" if str(value).endswith((".", "!", "?")) else ".")
                 for label, value in pairs if value)


def rejection_text(ledger: Ledger, rejection: Rejection) -> str:
    m = rejection.meta
    contacts = [ledger.contacts[s] for s in m.contacts if s in ledger.contacts]
    names = ", ".join(c.meta.name for c in contacts) or ", ".join(m.contacts)
    return _labelled([
        ("Company", m.company), ("Role", m.role), ("Date", m.date.isoformat()),
        ("Stage", m.stage), ("Reason", m.reason), ("Contact", names),
        ("Tags", ", ".join(m.tags)), ("Email subject", m.subject), ("From", m.from_),
        ("Notes", rejection.body.strip()),
    ])


def contact_text(ledger: Ledger, contact: Contact) -> str:
    m = contact.meta
    rejections = ledger.rejections_by_contact.get(contact.slug, [])
    return _labelled([
        ("Company", m.company), ("Title", m.title), ("Email", m.email), ("Phone", m.phone),
        ("Tags", ", ".join(m.tags)),
        ("Rejections", "; ".join(f"{r.meta.role} at {r.meta.company}" for r in rejections)),
        ("Log", "; ".join(e.note for e in m.log if e.note)),
        ("Notes", contact.body.strip()),
    ])


def material_index(config: Any) -> list[dict[str, Any]] | None:
    """The entries list of Material's search index, or None when Material's search
    plugin is not in use (MkDocs' own search has no way to exclude a page)."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        entries = getattr(index, "entries", None)
        if isinstance(entries, list) and getattr(plugin, "config", {}).get("enabled", True):
            return entries
    return None
