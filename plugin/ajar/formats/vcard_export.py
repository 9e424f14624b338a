"""Every contact as a vCard 3.0 address book (``contacts.vcf``); the same bytes
for the site and ``ajar export vcard``.

A card carries everything the ledger knows about the person, so that
``ajar import`` gives the same contact back: the slug as UID, the notes as
NOTE, tags as CATEGORIES, and the facts other address books have no property
for as ``X-AJAR-...`` properties (which vCard clients keep untouched).
The lines are written directly, byte for byte as vobject serializes them (a
vobject object per card cost most of the site's download time; vobject stays
for reading cards back, and a test compares the two): properties in vobject's
order (VERSION, UID, then by name), text values escaped once (RFC 2426:
``\\\\``, ``\\,``, ``\\;``, ``\\n``), lines folded at 75 octets.
"""

from __future__ import annotations

from typing import Any

from ajar.ledger.controls import strip_controls

from ajar.formats.vcard_names import structured_name
from ajar.ledger.ledger import Ledger
from ajar.ledger.models import Contact

UID_DOMAIN = "ajar"
# Ledger facts that have no vCard property, as X- properties (name -> front matter key).
X_FACTS = {
    "x-ajar-linkedin-connected": "linkedin_connected",
    "x-ajar-do-not-contact": "do_not_contact",
    "x-ajar-reconnect-every": "reconnect_every",
    "x-ajar-next-reconnect": "next_reconnect",
}
X_LOG = "x-ajar-log"  # one per log entry: ;DATE=...;KIND=...:note
N_KEY = "vcard_n"  # an imported card's own N, kept when the name alone would not give it
CRLF = "\r\n"
NAME_ORDER = ("family", "given", "additional", "prefix", "suffix")  # N's fields


def contact_card(contact: Contact) -> str:
    """The card of one contact; text without control characters (another address
    book would show a raw ESC or BEL, or break the card at a form feed)."""
    meta = contact.meta
    name = strip_controls(meta.name)
    kept = (meta.model_extra or {}).get(N_KEY)
    lines = ["VERSION:3.0", f"UID:{_text(contact.slug)}@{UID_DOMAIN}"]  # a stable UID
    if meta.tags:
        lines.append("CATEGORIES:" + ",".join(_text(strip_controls(t)) for t in meta.tags))
    text = {key: _clean(getattr(meta, key))
            for key in ("company", "title", "email", "phone", "linkedin")}
    if text["email"]:
        lines.append(f"EMAIL;TYPE=INTERNET:{_text(text['email'])}")
    lines.append(f"FN:{_text(name)}")
    n = structured_name(name, kept if isinstance(kept, str) else None)
    lines.append("N:" + ";".join(_listed(getattr(n, field)) for field in NAME_ORDER))
    note = strip_controls(contact.body).strip()
    if note:
        lines.append(f"NOTE:{_text(note)}")
    for prop, key in (("ORG", "company"), ("TEL", "phone"), ("TITLE", "title"),
                      ("URL", "linkedin")):
        if text[key]:  # cleaned first: a value of control characters alone is none
            lines.append(f"{prop}:{_text(text[key])}")
    facts = {prop: _fact(meta, key) for prop, key in X_FACTS.items()}
    facts[X_LOG] = None  # the log's place among the X- properties, by name
    for prop in sorted(facts):
        if prop == X_LOG:
            lines.extend(f"X-AJAR-LOG;DATE={_param(entry.date.isoformat())}"
                         f";KIND={_param(entry.kind)}"
                         f":{_text(strip_controls(entry.note) if entry.note else '')}"
                         for entry in meta.log)
        elif facts[prop] is not None:
            lines.append(f"{prop.upper()}:{_text(facts[prop])}")
    return "BEGIN:VCARD" + CRLF + "".join(_fold(line) + CRLF for line in lines) \
        + "END:VCARD" + CRLF


def _clean(value: Any) -> Any:
    return strip_controls(value) if isinstance(value, str) else value


def _fact(meta: Any, key: str) -> str | None:
    value = getattr(meta, key)
    if key == "do_not_contact":  # written when the file says it, true or false
        return ("TRUE" if value else "FALSE") if key in meta.model_fields_set else None
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _text(value: str) -> str:
    """A text value escaped once: backslash, semicolon, comma, line breaks."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _listed(value: str | list[str]) -> str:
    """A structured value's field: one text, or several joined by commas."""
    return ",".join(_text(v) for v in value) if isinstance(value, list) else _text(value)


def _param(value: str) -> str:
    """A parameter value, in double quotes when it holds ``,`` ``;`` or ``:``."""
    if '"' in value:
        raise ValueError(f"a double quote cannot be in a vCard parameter: {value!r}")
    return f'"{value}"' if any(char in value for char in ",;:") else value


def _fold(line: str, limit: int = 75) -> str:
    """The line folded as vobject folds it: left alone under ``limit`` characters,
    else cut before the octet that would pass ``limit`` (continuations start with
    a space, which counts), never inside a character."""
    if len(line) < limit:
        return line
    parts: list[str] = []
    start, size = 0, 0
    for index, char in enumerate(line):
        width = 1 if char < "\x80" else len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(line[start:index])
            start, size = index, 1
        size += width
    parts.append(line[start:])
    return (CRLF + " ").join(parts)


def build_vcards(ledger: Ledger) -> bytes:
    """All contacts, sorted by slug so the file is stable from build to build."""
    cards = [contact_card(ledger.contacts[slug]) for slug in sorted(ledger.contacts)]
    return "".join(cards).encode("utf-8")
