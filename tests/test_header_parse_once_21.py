"""The email library's address parser is linear but slow (100 KB of comment in From cost
0.4 s a read), and the readers ask for From and Reply-To many times: each message's
headers are parsed once (bench/triage.py measures the time; this counts the parses)."""

from __future__ import annotations

from email.headerregistry import AddressHeader

from ajar.formats.mail import address, draft_rejection, header, parse_message

ME = frozenset({"alex.morgan@example.net"})
RAW = (b"From: Jane Doe <jane@hr.example.com>\nReply-To: Talent <talent@hr.example.com>\n"
       b"To: alex.morgan@example.net\nSubject: Your application\nDate: Tue, 05 Jan 2027 10:00:00 +0000\n"
       b"Content-Type: text/plain; charset=utf-8\n\nThank you for applying for the Data Engineer"
       b" position. Unfortunately we have decided not to move forward with your application."
       b"\n\nBest,\nJane Doe\n")


def test_each_address_header_is_parsed_once_per_message(monkeypatch):
    parsed: list[str] = []
    original = AddressHeader.parse.__func__

    def counting(cls, value, kwds):  # noqa: ANN001, ANN202
        parsed.append(str(value)[:12])
        return original(cls, value, kwds)
    monkeypatch.setattr(AddressHeader, "parse", classmethod(counting))
    draft_rejection(RAW, "note.eml", ME)
    assert parsed  # the parser did run
    assert len(parsed) == len(set(parsed)), parsed  # From, To, Reply-To: once each


def test_the_cached_header_reads_as_before():
    message = parse_message(RAW)
    assert header(message, "from") == header(message, "From") == "Jane Doe <jane@hr.example.com>"
    assert address(message, "From") == ("Jane Doe", "jane@hr.example.com")
    assert address(message, "Reply-To") == ("Talent", "talent@hr.example.com")
    assert address(message, "Cc") is None


def test_a_header_the_parser_chokes_on_still_reads_as_text():
    raw = RAW.replace(b"From: Jane Doe <jane@hr.example.com>",
                      b"From: =?utf-8?q?Jane_Doe?= <jane@hr.example.com" + b"(" * 2000)
    message = parse_message(raw)
    assert header(message, "From") is not None
    address(message, "From")  # never raises
    address(message, "From")
