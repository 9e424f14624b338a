"""Every contact as a vCard 3.0 address book (``contacts.vcf``), built with
vobject; the same bytes for the site and ``ajar export vcard``.

A card carries everything the ledger knows about the person, so that
``ajar import`` gives the same contact back: the slug as UID, the notes as
NOTE, tags as CATEGORIES, and the facts other address books have no property
for as ``X-AJAR-...`` properties (which vCard clients keep untouched).
vobject escapes text values once (RFC 6350 / 2426: ``\\\\``, ``\\,``, ``\\;``, ``\\n``).
"""

from __future__ import annotations

from typing import Any

import vobject

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


def contact_card(contact: Contact) -> vobject.base.Component:
    """The card of one contact; text without control characters (another address
    book would show a raw ESC or BEL, or break the card at a form feed)."""
    changed = _printable(contact.meta)
    meta = contact.meta.model_copy(update=changed) if changed else contact.meta
    card = vobject.vCard()
    card.add("version").value = "3.0"
    card.add("uid").value = f"{contact.slug}@{UID_DOMAIN}"  # stable across exports
    card.add("fn").value = meta.name
    kept = (meta.model_extra or {}).get(N_KEY)
    name = card.add("n")
    name.value = structured_name(meta.name, kept if isinstance(kept, str) else None)
    if meta.company:
        card.add("org").value = [meta.company]
    if meta.title:
        card.add("title").value = meta.title
    if meta.email:
        email = card.add("email")
        email.value = meta.email
        email.type_param = "INTERNET"
    if meta.phone:
        card.add("tel").value = meta.phone
    if meta.linkedin:
        card.add("url").value = meta.linkedin
    if meta.tags:
        card.add("categories").value = list(meta.tags)
    note = strip_controls(contact.body).strip()
    if note:
        card.add("note").value = note
    for prop, key in X_FACTS.items():
        value = getattr(meta, key)
        if key == "do_not_contact":  # written when the file says it, true or false
            value = ("TRUE" if value else "FALSE") if key in meta.model_fields_set else None
        if value is not None:
            card.add(prop).value = value.isoformat() if hasattr(value, "isoformat") \
                else str(value)
    for entry in meta.log:
        line = card.add(X_LOG)
        line.value = entry.note or ""
        line.params["DATE"] = [entry.date.isoformat()]
        line.params["KIND"] = [entry.kind]
    return card


def _printable(meta: Any) -> dict[str, Any]:
    """The text fields of ``meta`` that hold control characters, cleaned."""
    changed: dict[str, Any] = {}
    for key in ("name", "company", "title", "email", "phone", "linkedin"):
        value = getattr(meta, key, None)
        if isinstance(value, str) and strip_controls(value) != value:
            changed[key] = strip_controls(value)
    if meta.tags and any(strip_controls(t) != t for t in meta.tags):
        changed["tags"] = [strip_controls(t) for t in meta.tags]
    if any(e.note and strip_controls(e.note) != e.note for e in meta.log):
        changed["log"] = [e.model_copy(update={"note": strip_controls(e.note)})
                          if e.note else e for e in meta.log]
    return changed


def build_vcards(ledger: Ledger) -> bytes:
    """All contacts, sorted by slug so the file is stable from build to build."""
    cards = [contact_card(ledger.contacts[slug]).serialize()
             for slug in sorted(ledger.contacts)]
    return "".join(cards).encode("utf-8")
