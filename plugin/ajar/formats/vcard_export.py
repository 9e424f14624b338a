"""Every contact as a vCard 3.0 address book (``contacts.vcf``), built with
vobject; the same bytes for the site and ``ajar export vcard``."""

from __future__ import annotations

import vobject

from ajar.ledger.ledger import Ledger
from ajar.ledger.models import Contact

UID_DOMAIN = "ajar"


def contact_card(contact: Contact) -> vobject.base.Component:
    meta = contact.meta
    card = vobject.vCard()
    card.add("version").value = "3.0"
    card.add("uid").value = f"{contact.slug}@{UID_DOMAIN}"  # stable across exports
    card.add("fn").value = meta.name
    parts = meta.name.split()
    family = parts[-1] if len(parts) > 1 else ""
    given = " ".join(parts[:-1]) if len(parts) > 1 else meta.name
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
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
    return card


def build_vcards(ledger: Ledger) -> bytes:
    """All contacts, sorted by slug so the file is stable from build to build."""
    cards = [contact_card(ledger.contacts[slug]).serialize()
             for slug in sorted(ledger.contacts)]
    return "".join(cards).encode("utf-8")
