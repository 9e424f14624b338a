"""A quick look at one email for triage: subject, sender, date and its own text.

Cheaper than the full draft (no HTML to Markdown, the email library's fast
policy), so a scan of a whole mailbox spends its time only on the messages that
turn out to be rejections. A forward is looked at through its forwarded part.
"""

from __future__ import annotations

import email
import email.policy
import html
import re
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.message import Message

from ajar.formats.mail import MAX_EMAIL_BYTES, MailError, text_parts
from ajar.formats.mail_address import parse_address
from ajar.formats.mail_forward import (ANY_WORDS_BETWEEN_DASHES, MARKER_WORDS, Forwarded,
                                       find_forward, parse_from)
from ajar.formats.mime_skim import skim
from ajar.formats.triage_audience import told_me_no

_TAG = re.compile(r"<(?:script|style|head)\b.*?</(?:script|style|head)\s*>|<[^>]*>",
                  re.IGNORECASE | re.DOTALL)
_BLOCK = re.compile(r"<(?:br|/p|/div|/tr|/li|/h\d|/table)\b[^>]*>", re.IGNORECASE)
# A quoted reply's head line, searched in "\n" + text: a pattern that opens with a line
# break (uncased) lets the engine jump from line to line, where "^" tried every character.
_QUOTE_HEAD = re.compile(r"\n(?:On .{5,200}wrote:|Am .{5,200}schrieb .{0,100}:)\s*$",
                         re.IGNORECASE | re.MULTILINE)
# A forward's marker as find_forward reads it (a quick test before it runs).
_FORWARD_WORDS = tuple(word.casefold() for word in MARKER_WORDS) + ("début du message réexpédié",)
_FORWARD = re.compile("|".join(re.escape(word) for word in _FORWARD_WORDS) + r"|^_{10,}"
                      r"|^[> ]*" + ANY_WORDS_BETWEEN_DASHES + r"\s*$", re.IGNORECASE | re.MULTILINE)
_FORWARD_WORDS += ("_" * 10, "---")
MAX_TEXT = 20_000


@dataclass
class View:
    subject: str
    sender: str  # the address
    from_header: str
    date_text: str
    message_id: str | None
    text: str  # the message's own words: no quoted thread, a forward's inner part
    # twelfth pass: a forward of someone else's own mail (a partner's rejection sent on to
    # the reader): the name of the person it was addressed to, else ""
    addressed_to: str = ""


def _decoded_header(message: Message, name: str) -> str:
    value = message.get(name)
    if value is None:
        return ""
    if "=?" not in str(value):  # no encoded words: nothing to decode (most headers)
        return " ".join(str(value).split())
    try:
        text = str(make_header(decode_header(str(value))))
    except Exception:  # noqa: BLE001 - odd headers are read as they are
        text = str(value)
    return " ".join(text.split())


def html_to_text(markup: str) -> str:
    """Tags out, entities decoded, block ends as line breaks: enough to classify."""
    markup = _BLOCK.sub("\n", markup)
    return html.unescape(_TAG.sub(" ", markup))


def body_for_triage(message: Message) -> str:
    plain, markup = text_parts(message, limit=400_000)
    if plain and plain.strip():
        return plain
    return html_to_text(markup) if markup else ""


def _may_be_forward(head: str) -> bool:
    """False only when _FORWARD cannot match: ASCII text without its words (other text is
    searched, since re's case rules fold a few non-ASCII letters onto ASCII ones)."""
    if not head.isascii():
        return True
    lowered = head.lower()
    return any(word in lowered for word in _FORWARD_WORDS)


def own_text(text: str) -> tuple[str, Forwarded | None]:
    """The text that speaks for this message, and the forwarded message if it is a forward."""
    marker = _FORWARD.search(text, 0, 4000) if _may_be_forward(text[:4000]) else None
    if marker is not None and len(text[:marker.start()].strip()) < 600:
        forward = find_forward(text)
        if forward is not None:
            return forward.body, forward
    cut = _QUOTE_HEAD.search("\n" + text)
    if cut:
        text = text[:cut.start()]  # the "\n" added makes up for the one the match opens with
    return "\n".join(line for line in text.splitlines() if not line.startswith(">")), None


def view(raw: bytes) -> View:
    """The triage view of one email (a broken part reads as empty; MailError only
    when it is no email at all)."""
    # attachments' bodies are cut before parsing: triage reads only the text parts
    message = email.message_from_bytes(skim(raw[:MAX_EMAIL_BYTES]),
                                       policy=email.policy.compat32)
    if not any(message.get(h) is not None for h in ("From", "Date", "Subject", "Message-ID",
                                                     "To")):
        raise MailError("this is not an email: no From, To, Date, Subject or Message-ID"
                        " header found")
    from_header = _decoded_header(message, "From")
    sender = parse_address(from_header)[1].lower()
    try:
        body = body_for_triage(message)
    except Exception:  # noqa: BLE001
        body = ""
    text, forwarded = own_text(body.replace("\r\n", "\n")[:MAX_TEXT * 2])
    addressed_to = ""
    if forwarded is not None:
        sender = forwarded.address or sender
        addressed_to = _someone_elses(forwarded, from_header, _decoded_header(message, "To"))
        at = body.find(forwarded.body[:40]) if forwarded.body else -1
        if not addressed_to and at > 0 and told_me_no(body[:at].lower()):  # her note above it
            addressed_to = _greets_the_forwarder(forwarded, from_header, _decoded_header(message, "To"))
    else:
        addressed_to = _quoted_to_sender(text, from_header, _decoded_header(message, "To"))
    message_id = _decoded_header(message, "Message-ID") or None
    return View(_decoded_header(message, "Subject"), sender, from_header,
                _decoded_header(message, "Date"), message_id, text[:MAX_TEXT], addressed_to)


def _same_person(one: tuple[str, str], other: tuple[str, str]) -> bool:
    return bool((one[1] and one[1] == other[1]) or (one[0] and one[0].casefold() == other[0].casefold()))


# A letter's opening greeting line ("Kære Pipaluk Lund", "Dear Ms Jane Doe,").
_GREETING = re.compile(r"^\W{0,3}(?:dear|hi|hello|hej|kære|kæra|hei|hallo|liebe|lieber|sehr geehrte\w*|"
                       r"cher|chère|bonjour|estimad[oa]|querid[oa]|car[oa]|gentile|beste|geachte)\b"
                       r"([^\n]{1,80})$", re.IGNORECASE | re.MULTILINE)


# A letter quoted in a note, from its greeting ("... send me this: \"Dear Ms. Furbert, ...").
_QUOTED_GREETING = re.compile(r"[\"“„«]\s*(?:dear|hi|hello|dear mr|dear ms)\b\s*([^,\n:\"”]{1,60})",
                              re.IGNORECASE)


def _quoted_to_sender(text: str, from_header: str, to_header: str) -> str:
    """Sixty-fourth pass: a friend telling of her own no by quoting it, the quoted letter
    greeting her ("Dear Ms. Furbert", from Tamika Furbert) and not the reader: her name
    then, as for a forward of her own mail ("" otherwise)."""
    sender, reader = parse_from(from_header), parse_from(to_header.split(",")[0])
    if not sender[0] or not reader[1] or _same_person(sender, reader):
        return ""
    names = {w for w in re.findall(r"[^\W\d_]{3,}", sender[0].casefold())}
    first = (reader[0] or reader[1].split("@")[0]).replace(".", " ").split()[0].casefold()
    for quoted in _QUOTED_GREETING.finditer(text[:4000]):
        greeted = set(re.findall(r"[^\W\d_]{3,}", quoted.group(1).casefold()))
        said = text[quoted.end():quoted.end() + 800]
        said = said[:min((i for i in (said.find(q) for q in '"”»') if i >= 0), default=800)]
        if greeted & names and first not in greeted \
                and not re.search(rf"\b{re.escape(first)}\b", said, re.IGNORECASE):
            return sender[0]  # (not a client's "Hi Sam, we won't take Alex forward", relayed)
    return ""


def _greets_the_forwarder(forwarded: Forwarded, from_header: str, to_header: str) -> str:
    """After sealing fresh286-290: a friend's note "Ana ma ligo the Bor job. They sent this
    today:" over a letter greeting her by her first name ("Dear Nyandeng") that does not name
    the reader: her own no, forwarded (her name; "" otherwise)."""
    forwarder, reader = parse_from(from_header), parse_from(to_header.split(",")[0])
    words = forwarder[0].split()
    greeting = _GREETING.search(forwarded.body[:600])
    if not words or not reader[1] or _same_person(forwarder, reader) or not greeting:
        return ""
    first = (reader[0] or reader[1].split("@")[0]).replace(".", " ").split()[0]
    if words[0].casefold() not in greeting.group(1).casefold() or re.search(
            rf"\b{re.escape(first)}\b", f"{forwarded.subject or ''}\n{forwarded.body}", re.IGNORECASE):
        return ""
    return forwarder[0]


def _greets_in_full(body: str, name: str) -> bool:
    """Whether the forwarded letter greets ``name`` by first and last name: written to the
    forwarder herself (a client writing to an agency recruiter uses the first name alone)."""
    words = re.findall(r"\w+", name.casefold())
    if len(words) < 2:
        return False
    greeting = _GREETING.search(body[:600])
    said = set(re.findall(r"\w+", greeting.group(1).casefold())) if greeting else set()
    return words[0] in said and words[-1] in said


def _someone_elses(forwarded: Forwarded, from_header: str, to_header: str) -> str:
    """The forwarder's name when the forwarded mail was addressed to the forwarder, who is
    not the reader, and does not name the reader: their own mail, shared ("" otherwise)."""
    forwarder, reader = parse_from(from_header), parse_from(to_header.split(",")[0])
    if not reader[1] or _same_person(forwarder, reader):
        return ""
    if forwarded.to:
        if not _same_person(parse_from(forwarded.to), forwarder):
            return ""
    elif not _greets_in_full(forwarded.body, forwarder[0]):
        return ""
    first = (reader[0] or reader[1].split("@")[0]).replace(".", " ").split()[0]
    if re.search(rf"\b{re.escape(first)}\b", f"{forwarded.subject or ''}\n{forwarded.body}", re.IGNORECASE):
        return ""  # "we won't take Alex forward", "RE: Referral - Alex Morgan": about the reader
    return forwarder[0] or forwarder[1]
