"""Every contact as a vCard 3.0 address book (``contacts.vcf``); the same bytes
for the site and ``ajar export vcard``.

Written line by line (see ``contentlines``) in vobject's layout (VERSION and
UID first, then the properties in alphabetical order), which the tests use to
read it back; vobject's object per card cost a hundred times more.
"""

from __future__ import annotations

from ajar.formats.contentlines import component, fold, text
from ajar.ledger.ledger import Ledger
from ajar.ledger.models import Contact

UID_DOMAIN = "ajar"


def contact_card(contact: Contact) -> str:
    meta = contact.meta
    parts = meta.name.split()
    family = parts[-1] if len(parts) > 1 else ""
    given = " ".join(parts[:-1]) if len(parts) > 1 else meta.name
    properties = [  # (name, value already escaped), sorted below as vobject sorts them
        ("FN", text(meta.name)),
        ("N", f"{text(family)};{text(given)};;;"),
    ]
    if meta.company:
        properties.append(("ORG", text(meta.company)))
    if meta.title:
        properties.append(("TITLE", text(meta.title)))
    if meta.email:
        properties.append(("EMAIL;TYPE=INTERNET", text(meta.email)))
    if meta.phone:
        properties.append(("TEL", text(meta.phone)))
    if meta.linkedin:
        properties.append(("URL", text(meta.linkedin)))
    if meta.tags:
        properties.append(("CATEGORIES", ",".join(text(tag) for tag in meta.tags)))
    properties.sort(key=lambda p: p[0].split(";")[0])
    lines = ["VERSION:3.0", fold(f"UID:{text(contact.slug)}@{UID_DOMAIN}")]  # stable UIDs
    lines += [fold(f"{name}:{value}") for name, value in properties]
    return component("VCARD", lines)


def build_vcards(ledger: Ledger) -> bytes:
    """All contacts, sorted by slug so the file is stable from build to build."""
    return "".join(contact_card(ledger.contacts[slug])
                   for slug in sorted(ledger.contacts)).encode("utf-8")
