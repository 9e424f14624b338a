"""The direct iCalendar/vCard writer (formats/contentlines.py) against the libraries
that wrote the exports before and that read them back: same bytes where the
libraries follow the RFCs, and values intact on the way back in."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from helpers import make_project
from icalendar import Calendar, Event, vText

from ajar.formats.contentlines import fold, text
from ajar.formats.vcard_export import build_vcards
from ajar.ledger.loader import load_ledger

VALUES = [
    "plain",
    "Semi; Colon, Esq. \\ back\\slash",
    "x" * 200,
    "long, with; escapes\\ " * 12,
    "Zoë Ångström-Nuñez, Société Générale, Zürich " * 4,
    "北京 数据工程师 " * 20,
    "emoji 🎉 party " * 12,
    "a" * 73 + "\\,b" + "c" * 80,
    "a" * 74 + "é" * 40,
]


@pytest.mark.parametrize("value", VALUES)
def test_text_lines_fold_as_icalendar_does(value: str) -> None:
    event = Event()
    event.add("summary", value)
    expected = event.to_ical().decode("utf-8").split("\r\n")[1:-2]  # between BEGIN and END
    ours = fold(f"SUMMARY:{text(value)}", first=74, keep_escapes=True).split("\r\n")
    assert ours == expected
    assert all(len(line.encode("utf-8")) <= 75 for line in ours)


@pytest.mark.parametrize("value", VALUES)
def test_text_reads_back_with_icalendar(value: str) -> None:
    data = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
            + fold(f"DESCRIPTION:{text(value)}", first=74, keep_escapes=True)
            + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    event = Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["DESCRIPTION"]) == value
    assert isinstance(event["DESCRIPTION"], vText)


def vobject_cards(root: Path) -> bytes:
    """contacts.vcf as vobject wrote it before the direct writer."""
    ledger = load_ledger(root)
    cards = []
    for slug in sorted(ledger.contacts):
        meta = ledger.contacts[slug].meta
        card = vobject.vCard()
        card.add("version").value = "3.0"
        card.add("uid").value = f"{slug}@ajar"
        card.add("fn").value = meta.name
        parts = meta.name.split()
        card.add("n").value = vobject.vcard.Name(
            family=parts[-1] if len(parts) > 1 else "",
            given=" ".join(parts[:-1]) if len(parts) > 1 else meta.name)
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
        cards.append(card.serialize())
    return "".join(cards).encode("utf-8")


def test_cards_are_what_vobject_wrote(tmp_path: Path) -> None:
    # Long values (folded) of at least 75 characters: vobject leaves a shorter line
    # whole even when its UTF-8 passes 75 octets; the writer folds it, as RFC 2426 asks.
    contacts = {f"c{i}": {"name": f"Person {value}"[:300], "company": value, "title": value,
                          "email": f"p{i}@example.com", "tags": ["x,y", "a;b\\c"],
                          "phone": f"+1 555 {i}, ext. 2",
                          "linkedin": f"https://www.linkedin.com/in/p{i}?a=1,b=2"}
                for i, value in enumerate(VALUES) if len(value) >= 75 or value.isascii()}
    root = make_project(tmp_path, contacts=contacts)
    ours = build_vcards(load_ledger(root))
    assert ours == vobject_cards(root)
    cards = list(vobject.readComponents(ours.decode("utf-8")))
    assert [c.org.value[0] for c in cards] == [contacts[s]["company"] for s in sorted(contacts)]
    assert all(len(line.encode("utf-8")) <= 75 for line in ours.decode().split("\r\n"))


def test_short_multibyte_lines_are_folded_too(tmp_path: Path) -> None:
    name = "数据" * 20  # 40 characters, 120 octets
    root = make_project(tmp_path, contacts={"wide": {"name": name}})
    data = build_vcards(load_ledger(root)).decode("utf-8")
    assert all(len(line.encode("utf-8")) <= 75 for line in data.split("\r\n"))
    assert next(vobject.readComponents(data)).fn.value == name
