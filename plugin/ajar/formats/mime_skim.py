"""Drop the bodies of attachments from a raw email before triage parses it.

The standard library's parser reads every line of a message in Python, so a
150 KB base64 photo costs more than all the text of a newsletter, and a scan
of a mailbox full of attachments spent most of its time there. Triage reads
only text parts (``text_parts``), so the body of a leaf part that is not
text, not a message and not multipart is cut out here with byte searches at
C speed, before parsing. Headers and text parts are left byte for byte as
they were; anything unexpected leaves the email unchanged. Importing reads
every body (``bounded``).

Both also bound what the parser is given, which costs it about half a millisecond a
part and one level of recursion per nested multipart: past ``MAX_PARTS`` parts a
multipart is closed, and a multipart nested deeper than ``MAX_NESTING`` is emptied
(50,000 parts took 10 s to import, 2,000 levels raised RecursionError). Real mail has
a handful of each.
"""

from __future__ import annotations

from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

_KEPT_TYPES = ("text", "message", "multipart")
MIN_SKIMMED = 2048  # a small body is cheap to parse: leave it
MAX_DEPTH = 8  # attachments are skimmed this deep
MAX_NESTING = 64
MAX_PARTS = 500


def _headers(head: bytes) -> Message:
    return BytesHeaderParser(policy=compat32).parsebytes(head)


def _split_head(raw: bytes) -> tuple[bytes, bytes] | None:
    """Headers (with the blank line) and body, or None when there is no body."""
    # the other blanks are looked for only before the first "\n\n" (not through a whole
    # attachment when the email has plain line ends)
    plain = raw.find(b"\n\n")
    stop = len(raw) if plain < 0 else plain + 4
    ends = [(found, len(blank)) for blank in (b"\n\n", b"\r\n\r\n", b"\n\r\n")
            if (found := (plain if blank == b"\n\n" else raw.find(blank, 0, stop))) >= 0]
    if not ends:
        return None
    start, length = min(ends)
    return raw[:start + length], raw[start + length:]


def skim(raw: bytes, depth: int = 0, bodies: bool = True) -> bytes:
    """``raw`` with the bodies of its non-text leaf parts emptied (when ``bodies``),
    its parts bounded."""
    split = _split_head(raw)
    if split is None:
        return raw
    head, body = split
    if depth > MAX_NESTING:
        return head
    bodies = bodies and depth <= MAX_DEPTH
    try:
        headers = _headers(head)
        boundary = headers.get_boundary() if headers.get_content_maintype() == "multipart" \
            else None
    except Exception:  # noqa: BLE001 - an odd header: parse the email as it is
        return raw
    if not boundary:
        return raw
    return head + _skim_parts(body, boundary.encode("utf-8", "surrogateescape"), depth,
                              bodies)


def bounded(raw: bytes) -> bytes:
    """``raw`` with every body kept, its parts bounded (see the module's docstring)."""
    return skim(raw, bodies=False)


def _delimiters(body: bytes, boundary: bytes) -> list[tuple[int, int]]:
    """Where the lines "--boundary" (maybe "--" and blanks after) start and end: the
    parser's own rule, found with byte searches."""
    needle = b"--" + boundary
    found: list[tuple[int, int]] = []
    at = body.find(needle)
    while at >= 0:
        line_end = body.find(b"\n", at)
        line_end = len(body) if line_end < 0 else line_end
        rest = body[at + len(needle):line_end].rstrip(b"\r")
        rest = rest[2:] if rest.startswith(b"--") else rest
        if (at == 0 or body[at - 1:at] == b"\n") and not rest.strip(b" \t"):
            found.append((at, line_end))
        at = body.find(needle, at + len(needle))
    return found


def _skim_parts(body: bytes, boundary: bytes, depth: int, bodies: bool) -> bytes:
    marks = _delimiters(body, boundary)
    if not marks:
        return body
    closing = b""
    if len(marks) > MAX_PARTS + 1:
        marks, closing = marks[:MAX_PARTS + 1], b"\n--" + boundary + b"--\n"
    pieces = [body[:marks[0][1]]]  # the preamble and the first delimiter
    for (_, end), following in zip(marks, marks[1:] + [None]):
        if following is None:
            # the epilogue (or a last part that never closed); past MAX_PARTS, the close
            pieces.append(closing or body[end:])
            break
        pieces.append(_skim_part(body[end:following[0]], depth, bodies))
        pieces.append(body[following[0]:following[1]])
    return b"".join(pieces)


def _skim_part(part: bytes, depth: int, bodies: bool) -> bytes:
    """One part between two delimiters (its leading line break included)."""
    lead = b"\r\n" if part.startswith(b"\r\n") else b"\n" if part.startswith(b"\n") else b""
    inner = part[len(lead):]
    split = _split_head(inner)
    if split is None:
        return part
    head, body = split
    try:
        maintype = _headers(head).get_content_maintype()
    except Exception:  # noqa: BLE001
        return part
    if maintype == "multipart":
        return lead + skim(inner, depth + 1, bodies)
    if not bodies or maintype in _KEPT_TYPES or len(body) < MIN_SKIMMED:
        return part
    newline = b"\r\n" if body.endswith(b"\r\n") else b"\n" if body.endswith(b"\n") else b""
    return lead + head + newline
