"""The direct iCalendar writer (formats/contentlines.py) against the icalendar
library that wrote reconnect.ics before and that reads it back: the same bytes,
and values intact on the way back in."""

from __future__ import annotations

import pytest
from icalendar import Calendar, Event, vText

from ajar.formats.contentlines import fold, text

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
