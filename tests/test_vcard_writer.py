"""contacts.vcf is written line by line, without a vobject object per card: its
bytes must be vobject's own for any value (escapes, folding inside multi-byte
characters, control characters, structured N, parameters). The reference here
is the exporter as it was with vobject; hostile contacts go through both."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import vobject

from ajar.formats.vcard_export import N_KEY, UID_DOMAIN, X_FACTS, X_LOG, build_vcards
from ajar.formats.vcard_names import structured_name
from ajar.ledger.controls import strip_controls
from ajar.ledger.loader import load_ledger
from ajar.ledger.models import Contact

from helpers import make_project


def vobject_card(contact: Contact) -> str:
    """The card as vobject serializes it (the exporter before it wrote lines)."""
    changed = _printable(contact.meta)
    meta = contact.meta.model_copy(update=changed) if changed else contact.meta
    card = vobject.vCard()
    card.add("version").value = "3.0"
    card.add("uid").value = f"{contact.slug}@{UID_DOMAIN}"
    card.add("fn").value = meta.name
    kept = (meta.model_extra or {}).get(N_KEY)
    card.add("n").value = structured_name(meta.name, kept if isinstance(kept, str) else None)
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
        if key == "do_not_contact":
            value = ("TRUE" if value else "FALSE") if key in meta.model_fields_set else None
        if value is not None:
            card.add(prop).value = value.isoformat() if hasattr(value, "isoformat") \
                else str(value)
    for entry in meta.log:
        line = card.add(X_LOG)
        line.value = entry.note or ""
        line.params["DATE"] = [entry.date.isoformat()]
        line.params["KIND"] = [entry.kind]
    return str(card.serialize())


def _printable(meta: Any) -> dict[str, Any]:
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


# Pieces of hostile text: vCard specials, line breaks, multi-byte characters of
# 2, 3 and 4 octets (folding must not split them), control and bidi characters.
PIECES = ["a", "Zz", " ", ",", ";", ":", "\\", "\\n", "\n", "\r\n", "\r", "é", "€", "😀",
          "\x1b", "\x07", "\x0c", "\u202e", "\t", "ü" * 40, "x" * 70, "&<>", "'", "Dr. ",
          " Jr.", "van der "]


def hostile(rng: random.Random, pieces: int) -> str:
    text = "".join(rng.choice(PIECES) for _ in range(pieces)).strip()
    return text or "a"


def hostile_contacts(count: int) -> dict[str, Any]:
    rng = random.Random(15)
    contacts: dict[str, Any] = {}
    for i in range(count):
        fm: dict[str, Any] = {"name": hostile(rng, rng.randrange(1, 30))}
        if i % 2:
            fm.update(company=hostile(rng, rng.randrange(1, 40)),
                      title=hostile(rng, rng.randrange(1, 12)),
                      phone=hostile(rng, rng.randrange(1, 6)),
                      tags=[hostile(rng, rng.randrange(1, 8)) for _ in range(3)])
        if i % 3 == 0:
            fm.update(email=f"p{i}@example.com",
                      linkedin=f"https://www.linkedin.com/in/{'é' * (i % 70)}p{i}",
                      linkedin_connected="2025-03-04", next_reconnect="2026-12-01",
                      reconnect_every="3 months", do_not_contact=bool(i % 2))
        if i % 4 == 0:
            fm["log"] = [{"date": "2026-01-0%d" % (k + 1), "kind": kind,
                          "note": hostile(rng, rng.randrange(0, 30))}
                         for k, kind in enumerate(("reply", "moved", "other"))]
        if i % 5 == 0:
            fm[N_KEY] = hostile(rng, rng.randrange(1, 12))
        if i % 7 == 0:
            fm["do_not_contact"] = False
        contacts[f"person-{i:03d}"] = (fm, hostile(rng, rng.randrange(0, 60)) + "\n")
    contacts["plain"] = {"name": "Jane Doe", "company": "Northwind"}
    contacts["long-ascii"] = {"name": "N" * 73, "company": "C" * 74, "title": "T" * 300}
    contacts["long-wide"] = {"name": "é" * 72, "company": "😀" * 80, "title": "€" * 25}
    return contacts


def test_written_cards_are_vobjects_bytes(tmp_path: Path) -> None:
    ledger = load_ledger(make_project(tmp_path, contacts=hostile_contacts(160)))
    assert len(ledger.contacts) >= 150, ledger.sorted_problems()  # the hostile ones load
    expected = "".join(vobject_card(ledger.contacts[slug]) for slug in sorted(ledger.contacts))
    written = build_vcards(ledger)
    assert written.decode("utf-8").split("\r\n") == expected.split("\r\n")
    assert written == expected.encode("utf-8")


def test_written_cards_read_back(tmp_path: Path) -> None:
    ledger = load_ledger(make_project(tmp_path, contacts=hostile_contacts(40)))
    cards = list(vobject.readComponents(build_vcards(ledger).decode("utf-8")))
    assert [card.uid.value for card in cards] == \
        [f"{slug}@{UID_DOMAIN}" for slug in sorted(ledger.contacts)]
    for card in cards:
        contact = ledger.contacts[card.uid.value.split("@")[0]]
        assert card.fn.value == strip_controls(contact.meta.name)
