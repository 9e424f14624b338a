"""One rejection email turned into the fields of a ledger entry (sources: ``mail_sources``).

Parsing only: this module reads an email and works out what it can - the
company, the role, the date, the sender as a contact - and leaves asking the
user and writing files to its caller. Nothing here raises on bad input: a file
that is not an email becomes a :class:`MailError` with a clear message.

Who sent it is read in ``mail_sender`` (a tracking system or a ``no-reply``
address is neither the company nor a contact), the company by a vote in
``mail_company``, the other fields in ``mail_fields`` and ``mail_signature``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import email
import email.policy
import email.utils
import re
import unicodedata
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from email.header import decode_header, make_header
from typing import Any

from ajar.formats.mail_address import parse_address
from ajar.formats.mail_client_subject import client_in_subject
from ajar.formats.mail_client_thread import client_in_thread
from ajar.formats.company_scripts import without_desk_before
from ajar.formats.company_scripts import (desk_holders_in_script, names_organisation,
                                          signed_in_script, without_desk_after)
from ajar.formats.company_words import organisation_word
from ajar.formats.mail_company import (Candidate, company_candidates, decide, same_company,
                                      signed_as_organisation)
from ajar.formats.mail_fields import (LEGAL_FORM, shorthand_as_written, without_un_grade, title_after_offer, without_card_parts, clean_subject, from_subject, generic_role, header_fields,
                                      looks_like_role, role_or_none,
                                      role_from_text, stage_from_text, step_denied, further_stage,
                                      strip_markup,
                                      school_subject_role, with_field, without_employer,
                                      without_place,
                                      title_case, with_unit, without_gender_tags, without_ids,
                                      without_terms)
from ajar.formats.mail_forward import find_forward, find_quoted
from ajar.formats.world_places import is_place
from ajar.formats.role_model import explain, with_ranked_title
from ajar.formats.mail_role_tidy import (german_clause_out, settled, spelled_out, title_from_acronym,
                                          without_letter_word, without_clause, without_intake,
                                          without_own_employer, without_office_tail,
                                          without_post_about_tail)
from ajar.formats.mail_specialty import with_specialty, without_terms_abroad
from ajar.formats.mail_title_central import (greek_nominative, hungarian_post, malay_post_in_capitals,
                                             post_in_subject,
                                             title_with_terms_in_subject,
                                             slavic_gender_out, slavic_post,
                                             with_lower_specialty, with_slavic_complement,
                                             with_dash_specialty, with_romansh_complement,
                                             without_post_word, without_turkish_employer)
from ajar.formats.mail_title_finder import (find_title, quoted_posting, with_complement, with_tail_in_text,
                                             with_written_tail)
from ajar.formats.mail_title_extent import not_employer, settled_extent
from ajar.formats.mail_title_unit import fuller_in_letter, with_colon_specialty
from ajar.formats.mail_title_stack import with_stack_bracket
from ajar.formats.regex_needs import may_hold
from ajar.formats.mail_title_posting import with_posting_tail
from ajar.formats.mail_titles import (gender_forms_out, inclusive_dots_out, is_process_word, title_after_cue,
                                      title_from_subject, title_on_card)
from ajar.formats.mail_reason import reason_from_text
from ajar.formats.mail_people import people_named
from ajar.formats.mail_person import settled_name
from ajar.formats.russian_titles import russian_genitive_title
from ajar.formats.latvian_titles import latvian_genitive_title, without_latvian_post_word
from ajar.formats.mail_title_scripts import without_armenian_frame, without_post_word_frame, title_in_script, title_on_script_card
from ajar.formats.mail_title_orchestra import orchestra_post, with_instruments
from ajar.formats.mail_title_languages import with_languages
from ajar.formats.mail_stage import call_stage, relayed_talk_only
from ajar.formats import mail_stage_model
from ajar.formats.mail_stage_offer import offer_taken_back
from ajar.formats.given_names import GIVEN_NAMES
from ajar.formats.mail_sender import (ATS_NAMES, VIA, ats_name, is_personal, is_team_name,
                                      name_from_address, person_name, shorter_name,
                                      split_display)
from ajar.formats.mail_signature import TEAMISH, looks_like_person, read_signature, title_under_name
from ajar.formats.mail_script_signer import script_signer, signed_with_rank
from ajar.formats.mime_skim import bounded

MAX_EMAIL_BYTES = 10 * 1024 * 1024  # an email bigger than this is cut (attachments, mostly)
MAX_HTML_CHARS = 400_000  # HTML converted to Markdown at most
MAX_NOTES_CHARS = 20_000  # body kept in the notes at most
# A header longer than this is cut before it is parsed (see _defused_head); every
# header Ajar reads (Subject, From, To, Reply-To, Date) is far shorter.
MAX_HEADER_CHARS = 4_096

class MailError(Exception):
    """An email that cannot be read; the message says why."""


@dataclass
class Person:
    name: str
    email: str  # "" when the sender has no address of their own (an ATS sent it)
    company: str | None = None
    title: str | None = None
    phone: str | None = None
    linkedin: str | None = None


@dataclass
class MailDraft:
    """What one email says: the rejection's fields and the sender, as far as known."""

    label: str  # the file, or FILE:N for a message in a mailbox
    company: str | None = None
    role: str | None = None
    date: dt.date | None = None
    stage: str | None = None
    reason: str | None = None
    subject: str | None = None
    message_id: str | None = None
    sender: str | None = None  # the From header as written, for `from`
    no_reply: bool = False
    person: Person | None = None  # who to keep as a contact, if anyone
    notes: str = ""
    text: str = ""  # the message's own text (no quoted thread), for the classifier
    content_hash: str = ""  # sender, date and body: who it is when there is no Message-ID
    forwarded: bool = False
    company_why: str = ""  # the places that named the company and what decided, for `scan`
    role_why: str = ""  # set when the trained title model chose the role, for `scan`
    stage_why: str = ""  # set when the stage models moved the rules' stage, for `scan`
    warnings: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ headers

_HEADER_START = re.compile(rb"^(?=[^ \t\r\n])", re.M)
_PARENTHESES = re.compile(rb"[()]")


def _defused_head(raw: bytes) -> bytes:
    """The head cut to what the email library parses in time. Its parser is quadratic
    in a long address or Content-Type header (400 KB of Reply-To took minutes) and
    recursive in ``(comments)`` (a thousand nested raised RecursionError). So a header
    is cut at ``MAX_HEADER_CHARS``, and a header other than the Subject with more than
    64 parentheses loses them (comments say nothing Ajar reads). A real head passes
    unchanged."""
    ends = [end for end in (raw.find(b"\n\n"), raw.find(b"\r\n\r\n")) if end >= 0]
    end = min(ends) if ends else len(raw)
    if end <= MAX_HEADER_CHARS and raw.count(b"(", 0, end) <= 64:
        return raw
    head = raw[:end]
    starts = [m.start() for m in _HEADER_START.finditer(head)] + [len(head)]
    fields = []
    for field_ in (head[a:b] for a, b in zip(starts, starts[1:])):
        if len(field_) > MAX_HEADER_CHARS:
            field_ = field_[:MAX_HEADER_CHARS].rstrip() + b"\n"
        if field_.count(b"(") > 64 and not field_[:8].lower().startswith(b"subject:"):
            field_ = _PARENTHESES.sub(b" ", field_)
        fields.append(field_)
    return b"".join(fields) + raw[end:]


def parse_message(raw: bytes) -> EmailMessage:
    cut = len(raw) > MAX_EMAIL_BYTES
    message = email.message_from_bytes(bounded(_defused_head(raw[:MAX_EMAIL_BYTES])),
                                       policy=email.policy.default)
    present = {key.lower() for key in message.keys()}  # unparsed: a hostile value can't fail here
    if not present & {"from", "date", "subject", "message-id", "to"}:
        raise MailError("this is not an email: no From, To, Date, Subject or Message-ID"
                        " header found (is it an .eml file or an mbox?)")
    message.ajar_cut = cut  # type: ignore[attr-defined]
    return message  # type: ignore[return-value]


def _parsed_header(message: Message, name: str) -> Any:
    """The email library's parsed header object, parsed once per message: its address
    parser is linear but slow, and the readers ask for From and Reply-To many times
    (100 KB of comment in From cost 0.4 s a read). Headers are never changed after
    parsing, so the cache on the message cannot go stale. Raises what the parser raises."""
    cache = message.__dict__.setdefault("_ajar_headers", {})
    key = name.lower()
    if key not in cache:
        try:
            cache[key] = (message.get(name), None)
        except Exception as error:  # noqa: BLE001 - re-raised to every caller alike
            cache[key] = (None, error)
    value, error = cache[key]
    if error is not None:
        raise error
    return value


def header(message: Message, name: str) -> str | None:
    """A header as text: RFC 2047 words decoded, whitespace collapsed; None when absent.
    Never raises, whatever the header holds."""
    try:
        value = _parsed_header(message, name)
        text = None if value is None else str(value)
    except Exception:  # noqa: BLE001 - the email library can fail on odd headers
        text = None
        for key, raw in message.raw_items():
            if key.lower() == name.lower():
                text = _decode_words(raw)
                break
    if text is None:
        return None
    if not text.isascii():  # "नि गम": the parser's space between two encoded words
        text = _words_whole(message, name, text)
    text = " ".join(_clean_text(text).split())
    return text or None


# After sealing fresh146-150: ".NET", a word that opens with a full stop, breaks every
# title reader ("Jr .NET Developer"); read as one capitalised word, written back after.
_DOT_NET = re.compile(r"(?<![\w.])\.NET\b")
_DOTNET_WORD = "DotNETword"


def _dot_net_in(text: str) -> str:
    return _DOT_NET.sub(_DOTNET_WORD, text) if ".NET" in text else text


# Forty-first pass: what a display name or a subject leaves hanging after the employer's name:
# a dash whose other half was a careers word ("Dastarkhan Pay — Карьера"), a bracket that
# describes it in lower case ("Cobaltline (remote, US client)", "Chorsu Digital (цифровое
# подразделение Chorsu Bank)"); a bracket of capitalised words ("(Thailand)") is its name.
_LOOSE_END = re.compile(r"\s*[—–-]+$|\s+\((?=[^()]*\b[^\W\d_A-ZÀ-ÞА-ЯЁ][^\W\d_]{2,})(?![^()]*\b(?:co|ltd|inc|"
                        r"gmbh|pvt|pte|plc)\b)[^()]{3,60}\)$")


def _as_signed(name: str, signed: str | None, top: str) -> str:
    """Forty-first pass: the name as the letter signs it. "Milagros Quispe" <...> signing
    "Milagros Quispe Huamán" (a second surname, as Spanish and Portuguese names go on); "Timur
    Alimov" <...> signing "Тимур Алимов" under a letter written in Cyrillic (the display's
    romanised copy of a name the writer spells in the letter's own script)."""
    words = name.split()
    if signed and len(signed.split()) == len(words) + 1 \
            and signed.casefold().startswith(name.casefold() + " ") \
            and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+", signed.split()[-1]):
        return signed
    if not name.isascii() or len(words) < 2:
        return name
    script = script_signer(top)
    if not script or re.search(r"[A-Za-z]", script) or len(script.split()) != len(words):
        return name
    letters = [c for c in top[:3000] if c.isalpha()]
    foreign = sum(1 for c in letters if not c.isascii())
    return script if letters and foreign > len(letters) * 0.6 else name


def _post_after_employer(opening: str, company: str | None) -> str | None:
    """Forty-first pass: "por lo de Brightkeel (Senior Frontend Engineer)": the post in
    brackets after the employer's name."""
    if not company or not may_hold(opening[:3000], company):
        return None
    found = re.search(rf"(?<!\w){re.escape(company)} \((?P<t>[^()\n]{{3,60}})\)", opening[:3000])
    title = role_or_none(found.group("t")) if found else None
    return title if title and looks_like_role(title) else None


# After sealing fresh376-380: a job board's "Employer Imereti Youth Initiative has reviewed
# ...", a Chilean council's honorific ("Ilustre Municipalidad de Quellón").
_LABEL_BEFORE = re.compile(r"^(?:Employer|Ilustre)\s+(?=[A-ZÀ-Þ]\S*\s+\S)")


def _without_loose_ends(company: str | None) -> str | None:
    company = (_LOOSE_END.sub("", company) or company) if company else company
    company = _LABEL_BEFORE.sub("", company) if company else company
    if company and company.endswith(("»", "”")) and not re.search("[«“]", company):
        company = company[:-1]  # fifty-seventh pass: "Гоби-Транзит»", its form and « gone
    return company


# A name in Latin letters on a line of its own: "Amna Osman Elsheikh", "Mohamed Lemine Ould Sidi".
_LATIN_NAME_LINE = re.compile(r"\(?([A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ -](?:[A-ZÀ-Þ][a-zà-ÿ'’-]+|bin|binti|ould|al|el|"
                              r"de|van)){1,4})\)?")


def _latin_spelling(name: str | None, text: str) -> str | None:
    """Eighty-first pass: a signer who writes her name in her script and then in Latin letters
    on the next line ("آمنة عثمان الشيخ" / "Amna Osman Elsheikh") is filed as the reader can
    type it; a title on that line ("Talent Acquisition Lead") leaves the name as signed."""
    if not name or re.search(r"[A-Za-z]", name):
        return name
    lines = [line.strip() for line in text[:20_000].splitlines()]
    for index, line in enumerate(lines[:-1]):
        if line == name or line.startswith(name + " "):
            latin = _LATIN_NAME_LINE.fullmatch(lines[index + 1])
            if latin and not looks_like_role(latin.group(1)):
                return latin.group(1)
            break
    return name


def _latin_gloss(company: str | None, text: str) -> str | None:
    """Eighty-first pass: "ရွှေပြည်ဘဏ် (Shwe Pyi Bank)": a name in a script the reader may not
    read is filed under the Latin name the letter gives it in brackets."""
    if not company or re.search(r"[A-Za-z]", company) or len(company) > 60:
        return company
    gloss = re.search(re.escape(company) + r"\s*[（(]([A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){1,5})[)）]",
                      text[:20_000])
    return gloss.group(1) if gloss else company


def _dot_net_out(role: str | None) -> str | None:
    return role.replace(_DOTNET_WORD, ".NET") if role and _DOTNET_WORD in role else role


def _decode_words(raw: Any) -> str:
    # unfolded first (RFC 5322 removes the line break, keeps the space): the older decoder
    # drops a folded space between an encoded word and plain text ("...dgiver?=\n
    # (Security Consultant)" read as "Sikkerhetsrådgiver(Security Consultant)")
    try:
        return str(make_header(decode_header(re.sub(r"\r?\n(?=[ \t])", "", str(raw)))))
    except Exception:  # noqa: BLE001
        return str(raw)


def _clean_text(text: str) -> str:
    """Without control characters (other than line breaks and tabs) or lone surrogates."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def _name_with_comma(found: Any, value: str) -> tuple[str, str]:
    """Seventy-first pass: "Nuuk Regionssygehus, Rekruttering <rekruttering@nrs.example.org>",
    a display name with a bare comma, parses as a bare word and then a named address: the
    words before the one address are its name's first part. (A directory's "Okafor, Darnell
    WST:EX <...>" reads as a group: left as the library reads it.)"""
    *before, last = found
    if not last.addr_spec or "@" not in last.addr_spec or ":" in value.split("<", 1)[0] \
            or any(part.domain or part.display_name for part in before):
        return found[0].display_name or "", found[0].addr_spec or ""  # two real addresses
    words = [part.username for part in before] + [last.display_name]
    return ", ".join(word for word in words if word), last.addr_spec


def address(message: Message, name: str) -> tuple[str, str] | None:
    """``(display name, address)`` of the first address in a header."""
    value = header(message, name)
    if not value:
        return None
    try:
        found = _parsed_header(message, name).addresses
        if found:
            first = found[0]
            display, addr = first.display_name or "", first.addr_spec or ""
            if "@" not in addr and len(found) > 1:  # an unquoted comma in the name
                display, addr = _name_with_comma(found, value)
        else:
            display, addr = parse_address(value)
    except Exception:  # noqa: BLE001
        display, addr = parse_address(value)
    addr = addr.strip().strip("<>").lower()
    if display and not display.isascii():  # only a decoded name can be split
        display = _words_whole(message, name, display)
    if "@" not in addr or " " in addr:
        return (" ".join(display.split()), "") if display else None
    return " ".join(_clean_text(display).split()), addr


def _raw_header(message: Message, name: str) -> str:
    for key, raw in message.raw_items():
        if key.lower() == name.lower():
            return str(raw)
    return ""


def _words_whole(message: Message, name: str, text: str) -> str:
    """Twenty-third pass: the email library's address parser puts a space between two
    encoded words, and a sender's long name in Arabic or Hindi is split into encoded words
    mid-word ("سد رة", "नि गम"); RFC 2047 joins them. ``text`` without the spaces that the
    header decoded the older way (``decode_header``) does not hold."""
    raw = _raw_header(message, name)
    if "=?" not in raw:
        return text
    joined = _decode_words(raw)
    kept, at = [], 0
    for char in text:
        if at < len(joined) and char == joined[at]:
            at += 1
        elif char == " ":
            continue  # a space no encoded word held
        else:
            return text  # (seventy-first pass) the header reads otherwise: keep the parser's
        kept.append(char)
    return "".join(kept)


def message_date(message: Message) -> dt.date | None:
    value = header(message, "Date")
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is not None:
        try:
            when = when.astimezone()  # the local date, as the user saw it arrive
        except (OverflowError, OSError, ValueError):
            pass
    return when.date()


# ------------------------------------------------------------------ body

def body_text(message: Message) -> tuple[str, bool]:
    """The body as text: the text/plain part, else the text/html part as Markdown
    (no raw HTML left). Returns (text, came from HTML)."""
    plain, html = text_parts(message)
    if plain is not None and plain.strip():
        return _clean_text(plain), False
    if html is not None:
        return html_to_markdown(html), True
    return _clean_text(plain or ""), False


def text_parts(message: Message, limit: int | None = None) -> tuple[str | None, str | None]:
    """The first text/plain and text/html parts that are not attachments, decoded
    (each cut at ``limit`` bytes); the walk stops at the first plain text."""
    plain = html = None
    try:
        parts = list(message.walk())
    except Exception:  # noqa: BLE001
        parts = [message]
    for part in parts:
        if part.is_multipart():
            continue
        try:
            disposition = (part.get_content_disposition() or "").lower()
        except Exception:  # noqa: BLE001
            disposition = ""
        if disposition == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = _decoded(part, limit)
            if plain.strip():
                break
        elif kind == "text/html" and html is None:
            html = _decoded(part, limit)
    return plain, html


def _decoded(part: Message, limit: int | None = None) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        data = None
    if data is None:
        payload = part.get_payload()
        return payload[:limit] if isinstance(payload, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    if charset.lower() in ("us-ascii", "ascii"):
        charset = "utf-8"  # mislabelled 8-bit text is far more often UTF-8
    text = data[:limit].decode(charset, errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def html_to_markdown(html: str) -> str:
    """Markdown from HTML with no raw HTML left: no tags, scripts, styles or
    images; links only when they are http(s) or mailto."""
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    class _Converter(MarkdownConverter):  # type: ignore[misc]
        def convert_a(self, el: Any, text: str, *args: Any, **kwargs: Any) -> str:
            href = (el.get("href") or "").strip()
            scheme = href.split(":", 1)[0].lower() if ":" in href else ""
            if scheme in ("http", "https", "mailto") and not re.search(r"[\s<>()]", href):
                return super().convert_a(el, text, *args, **kwargs)
            return text

    soup = BeautifulSoup(html[:MAX_HTML_CHARS], "html.parser")
    for tag in soup(["script", "style", "head", "title", "meta", "link", "img", "svg",
                     "iframe", "object", "embed", "noscript", "template", "form", "input",
                     "button", "select", "textarea", "video", "audio", "canvas", "picture",
                     "source", "base"]):
        tag.decompose()
    for tag in soup(["table", "tbody", "thead", "tfoot", "tr", "td", "th"]):
        tag.name = "div"  # layout tables, as nearly every HTML email uses: paragraphs
    text = _Converter(heading_style="ATX", bullets="-", strip=["img"],
                      escape_misc=False).convert_soup(soup)
    text = _clean_text(text)
    # Whatever still looks like a tag (text that was &lt;b&gt; in the HTML) is made inert.
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def as_notes(text: str, date: dt.date | None, from_html: bool, cut: bool) -> str:
    """The body as a Markdown blockquote, capped at MAX_NOTES_CHARS."""
    text = text.strip("\n")
    shortened = len(text) > MAX_NOTES_CHARS
    if shortened:
        text = text[:MAX_NOTES_CHARS].rstrip()
    quoted = "\n".join(("> " + line).rstrip() for line in text.splitlines())
    when = f" of {date.isoformat()}" if date else ""
    lines = [f"The email{when}{' (converted from HTML)' if from_html else ''}:", ""]
    if quoted:
        lines.append(quoted)
    else:
        lines.append("(no text)")
    if shortened or cut:
        lines += ["", f"(The email was longer: only its first {MAX_NOTES_CHARS:,} characters"
                      " are kept here.)"]
    return "\n".join(lines) + "\n"


def is_forward_subject(subject: str | None) -> bool:
    return bool(re.match(r"\s*(?:fwd?|wg|tr)\s*:", subject or "", re.IGNORECASE))


def forward_near_top(text: str, subject: str | None = None) -> bool:
    """A forward marker before any real text of the user's own. (Fortieth pass: under a
    reply's subject, "-----Original Message-----" heads the quoted thread, not a forward.)"""
    marker = re.search(r"forwarded message|begin forwarded message|original message", text,
                       re.IGNORECASE)
    if marker is not None and marker.group(0).casefold() == "original message" \
            and re.match(r"\s*(?:re|aw|sv|vs|odp|rv|antw|ynt)\s*:", subject or "", re.IGNORECASE):
        return False
    return marker is not None and len(text[:marker.start()].strip()) < 600



# ------------------------------------------------------------------ the draft

# A reply's quoted history begins under "On ... wrote:" or a mail program's "-----Original
# Message-----", in the reader's language (fortieth pass: "-----Eredeti üzenet-----",
# "---- 原始邮件 ----" left the quoted invitation in the newest message).
_ORIGINAL = (r"Original Message|Ursprüngliche Nachricht|Message d['’]origine|Mensaje original|"
             r"Mensagem original|Messaggio originale|Oorspronkelijke? bericht|Eredeti üzenet|"
             r"Původní zpráva|Pôvodná správa|Oryginalna wiadomość|Wiadomość oryginalna|"
             r"Ursprungligt meddelande|Oprindelig meddelelse|Opprinnelig melding|"
             r"Alkuperäinen viesti|Originalna poruka|Izvorna poruka|Izvirno sporočilo|"
             r"Mesaj original|Orijinal (?:İleti|Mesaj)|Исходное сообщение|"
             r"Оригинальное сообщение|Вихідне повідомлення|Оригинална порука|Αρχικό μήνυμα|"
             r"原始邮件|原始郵件|元のメッセージ|원본 메시지|Pesan Asli|Tin nhắn gốc|"
             r"ข้อความต้นฉบับ")
_QUOTE_HEAD = re.compile(r"^(?:On .{5,200}wrote:|Am .{5,200}schrieb .{0,100}:|Le .{5,200}a écrit"
                         r"\s*:|(?:El|Em|Il|Op|Den|Dne|W dniu) .{5,200}(?:escribió|escreveu|"
                         r"ha scritto|schreef|skrev|napsal(?:\(a\))?|napisał(?:\(a\)|a)?)"
                         rf"[^:\n]{{0,100}}:|-{{2,}}\s*(?:{_ORIGINAL})\s*-{{2,}})\s*$",
                         re.IGNORECASE | re.MULTILINE)


def _names_address(display: str, addr: str) -> bool:
    """A person's display name whose first or last name is the address's local part."""
    name = VIA.sub("", display or "").strip(" \"'")
    if not looks_like_person(name):
        return False
    local = {p.casefold() for p in re.split(r"[._+-]+", addr.split("@", 1)[0]) if p}
    return bool(local & {word.casefold() for word in name.split()})


def _organisation_name(display: str) -> bool:
    """"Northmoor Rail", "Tri-County Electrical JATC": a sender named as an organisation."""
    name = VIA.sub("", display or "").strip(" \"'")
    if names_organisation(name) or without_desk_after(name) != name:
        return True  # "Регионални рукометни савез Морава", "한결케미칼 채용담당"
    return len(name.split()) >= 2 and not looks_like_person(name) \
        and bool(TEAMISH.search(name) or organisation_word(name)
                 or len(name.split()) >= 3 and re.search(r"\b[A-Z]{3,}\b", name))


def _overlaps(company: str | None, name: str) -> bool:
    """"Ivory Tower Publishing" signing an email is the company, not a person."""
    words = {word for word in name.casefold().split() if len(word) > 2}  # not "Al", "de"
    if not (company and set(company.casefold().split()) & words):
        return False
    # fifteenth pass: "Mike Holloway" signing for Holloway Aggregates is a person of that name
    # (sixty-first pass: and "Marie-Odile Fritsch" for Domaine Fritsch & Fils, a double given name)
    first = name.split()[0].casefold()
    return not (len(name.split()) >= 2 and (first in GIVEN_NAMES or "-" in first
                                            and first.split("-")[0] in GIVEN_NAMES)
                and first not in company.casefold().split())


def top_of_thread(text: str) -> str:
    """The newest message of a reply thread: quoted history left out."""
    cut = _QUOTE_HEAD.search(text)
    if cut:
        text = text[:cut.start()]
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(lines)


def thread_history(text: str) -> str:
    """What top_of_thread leaves out: the quoted messages, their "> " marks taken off."""
    cut = _QUOTE_HEAD.search(text)
    top, rest = (text[:cut.start()], text[cut.end():]) if cut else (text, "")
    quoted = [line for line in top.splitlines() if line.lstrip().startswith(">")]
    lines = [re.sub(r"^(?:\s*>)+ ?", "", line) for line in [*quoted, *rest.splitlines()]]
    return "\n".join(lines)


def content_hash(addr: str, date_text: str, raw: bytes) -> str:
    """A message without Message-ID is known by its sender, date and body (the raw
    body, whitespace folded: the same from an mbox, a Maildir or IMAP)."""
    parts = re.split(rb"\r?\n\r?\n", raw[:MAX_EMAIL_BYTES], maxsplit=1)
    body = b" ".join(parts[1].split()) if len(parts) == 2 else b""
    digest = hashlib.sha256(f"{addr.lower()}\n{' '.join(date_text.split())}\n".encode("utf-8")
                            + body)
    return "sha256:" + digest.hexdigest()[:32]


def _attached_message(message: Message) -> Message | None:
    """A forward sent as an attachment (message/rfc822)."""
    try:
        for part in message.walk():
            if part.get_content_type() == "message/rfc822":
                payload = part.get_payload()
                inner = payload[0] if isinstance(payload, list) and payload else None
                if isinstance(inner, Message):
                    return inner
    except Exception:  # noqa: BLE001
        return None
    return None


# A person's name with the post in brackets: a referral's "Alex Morgan (Partner Manager)".
# A team inside the employer ("... - Children in Need Team") stays even when the company
# read is that team; an establishment ("... Centre", "... Clinic") may be the employer.
_TEAM_AFTER_TITLE = re.compile(r"(?P<title>.+?)\s*(?:,|\s[-–—]\s)\s*(?P<team>[^,–—]+)")
_TEAM_END = re.compile(r"\b(?:Unit|Ward|Team|Department|Division|Directorate|Squad|Services?)"
                       r"(?: \([^()]*\))?$")
_NAMED_ROLE = re.compile(r"^(?P<n>[^()]{3,60}?) \((?P<r>[^()]{3,80})\)$")


def _user_names(message: Message, me: frozenset[str]) -> list[str]:
    """The user's own name, from the To header and their addresses: never the company."""
    names = [name_from_address(addr) for addr in me]
    found = address(message, "To")
    if found and found[0] and (not me or found[1] in me):
        names.append(found[0])
    return names


def _greeting_name(text: str) -> str | None:
    """"Hi Alex," names the user."""
    # ("[^\S\n]*": each line's own indent, so a run of blank lines is not read once per line)
    match = re.search(r"^[^\S\n]*(?:hi|hello|hey|dear|morning|good morning|afternoon)\s+"
                      r"([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)\s*[,!:\n-]", text,
                      re.IGNORECASE | re.MULTILINE)
    return match.group(1) if match else None


# "(Maternity Cover)", "(Fixed Term)", "(Part-Time)": the terms of a post, after its title.
# "It's Olivia, the virtual hiring assistant", "I'm Ava, Brindle's AI recruiting assistant":
# a chatbot introducing itself by a first name.
_CHATBOT = re.compile(r"(?i:\b(?:it's|it is|i'm|i am|this is)) (?P<n>[A-Z][a-z]+),? (?i:(?:the|your|an?|"
                      r"[A-Z][\w&'’ -]{0,40}?['’]s) (?:virtual|digital|automated|ai|ai-powered|"
                      r"chat) (?:(?:hiring|recruiting|recruitment|careers?|talent|job) )?"
                      r"(?:assistant|recruiter|agent|bot|chatbot|helper))\b")


def _is_chatbot(name: str, opening: str) -> bool:
    found = _CHATBOT.search(opening[:2000])
    return bool(found) and name.split()[0].casefold() == found.group("n").casefold()


_TERMS = re.compile(r"\s*\([\w -]{0,20}\b(?:cover|temporary|fixed[- ]term|part[- ]time|"
                    r"full[- ]time|contract|secondment|locum)\b[\w -]{0,20}\)$", re.I)


def _no_title(text: str, company: str | None) -> bool:
    """What the role rules would never take as a title: a heading ("Application Update",
    "Candidature"), a clause, the employer, a place ("New York")."""
    return not_employer(role_or_none(text), company) is None or is_place(text) \
        or is_process_word(text) or bool(_NO_TITLE_PHRASE.search(text))


# Sixty-seventh pass, lost to the role model's retrain: pieces of a sentence it ranked first,
# a Japanese "(今)度は弊社" (this time our company) and a Vietnamese "ở thời điểm hiện (tại)"
# (at the present time)
_NO_TITLE_PHRASE = re.compile(r"^度は|弊社|当社|(?i:\bở thời điểm\b|\bthời điểm hiện\b)")


def _suggested_instead(title: str, applied: str | None, opening: str) -> bool:
    """Thirty-seventh pass: "thank you for applying to the Senior Analyst role ... you might be
    a great fit for our Junior Analyst opening": a post the letter suggests instead is not
    the one the reader applied for."""
    if not applied or title.casefold() == applied.casefold() or len(opening) > 20_000:
        return False
    low = opening.casefold()
    return re.search(r"\b(?:apply|applying|applied|application) (?:to|for) (?:the |our |your )?"
                     + re.escape(applied.casefold()), low) is not None \
        and re.search(r"(?:encourage you to apply|fit for (?:our|the|another)|apply for (?:the|our)|"
                      r"consider (?:our|the|applying))[^.]{0,40}" + re.escape(title.casefold()),
                      low) is not None


_LOWER_ARTICLE = re.compile(r"^(?:d['’])?(?:une?\s+|l['’]\s*)")


def _as_written(role: str, opening: str) -> str | None:
    """A title a subject writes in lower case ("recrutement d'un(e) chargé(e) de mission
    ressources en eau") as the notice writes it, capital and all ("Chargé(e) de mission
    ressources en eau"), when it does (sixty-sixth pass); the article stays out."""
    role = _LOWER_ARTICLE.sub("", role)
    if len(role.split()) < 2:
        return None
    found = re.search(rf"(?<![\w'’]){re.escape(role)}(?![\w'’])", gender_forms_out(opening[:4000]),
                      re.IGNORECASE)
    return found.group(0) if found and found.group(0)[:1].isupper() \
        and not found.group(0).isupper() else None


# The hiring side's own posts: a recruiter's, a founder's or an executive's title is the
# signer's, where a practitioner signing ("Principal Physiotherapist") may hire their own trade.
_HIRING_SIDE = re.compile(r"(?i:\b(?:consultant|recruit\w*|talent\w*|sourcer|hr|human resources|"
                          r"people partner|cto|ceo|coo|cfo|founder|co-founder|managing director)\b)")


# A name that ends in a legal form ("Cargo Prut Logistic SRL") is an employer's, never a title.
_LEGAL_END = re.compile(rf"\s{LEGAL_FORM}$")


def _plural_post(title: str) -> bool:
    """A recruitment drive's plural ("Specialist Officers"): many posts, not the one applied for."""
    from ajar.formats.mail_titles import is_head

    last = ([word for word in title.split() if word.isalpha()] or [""])[-1]
    return len(last) > 4 and last.endswith("s") and not last.endswith("ss") \
        and is_head(last[:-1])


def _signers_own(role: str, signer_title: str | None, opening: str) -> bool:
    """A title the last readers found that is the signer's own: the line under the name, or the
    head of the title the signature gives ("Senior Recruitment Consultant"), where it is a
    hiring side's post."""
    if not _HIRING_SIDE.search(role):
        return False
    if title_under_name(role, opening):
        return True
    own = (signer_title or "").casefold()
    return bool(own) and (own == role.casefold() or own.endswith(" " + role.casefold()))


# Georgian is written in one case: the capital (Mtavruli) a title-casing step gives a word
# goes back to the letter it came from ("Ფრონტ-ოფისის" -> "ფრონტ-ოფისის").
_MTAVRULI_TO_MKHEDRULI = {code: code - 0x1C90 + 0x10D0 for code in range(0x1C90, 0x1CBB)}


def draft_rejection(raw: bytes, label: str, me: frozenset[str] = frozenset(), *,
                    role_model: bool = True, stage_model: bool = True) -> MailDraft:
    """Everything one email says about a rejection (MailError when it is no email).
    ``me`` holds the user's own addresses: a message from one is never a contact.
    ``role_model=False`` reads the role by the hand rules alone (for its training),
    ``stage_model=False`` the stage (for its cross-validation)."""
    try:
        message = parse_message(raw)
    except MailError:
        raise
    except Exception as error:  # noqa: BLE001 - never a traceback for a bad email
        raise MailError(f"cannot parse this email: {error}") from None
    draft = MailDraft(label=label)
    draft.subject = header(message, "Subject")
    message_id = header(message, "Message-ID")
    draft.message_id = message_id.strip() if message_id else None
    draft.date = message_date(message)
    draft.sender = header(message, "From")
    sender = address(message, "From")
    reply_to = address(message, "Reply-To")
    display, addr = sender if sender else ("", "")
    reply_display, reply_addr = reply_to if reply_to else ("", "")

    try:
        text, from_html = body_text(message)
    except Exception as error:  # noqa: BLE001
        text, from_html = "", False
        draft.warnings.append(f"could not read the body: {error}")
    draft.content_hash = content_hash(addr, header(message, "Date") or "", raw)
    notes_text = text

    # A forward: the original's sender, date, subject and text.
    attached = _attached_message(message)
    forward = None if attached is not None else find_forward(text)
    if attached is not None and (addr in me or is_forward_subject(draft.subject)):
        inner_sender = address(attached, "From")
        display, addr = inner_sender if inner_sender else ("", "")
        draft.sender = header(attached, "From") or draft.sender
        draft.subject = header(attached, "Subject") or draft.subject
        draft.date = message_date(attached) or draft.date
        reply_display, reply_addr = address(attached, "Reply-To") or ("", "")
        try:
            text, from_html = body_text(attached)
        except Exception:  # noqa: BLE001
            pass
        draft.forwarded = True
    elif forward is not None and (addr in me or is_forward_subject(draft.subject)
                                  or forward_near_top(text, draft.subject)):
        display, addr = forward.display, forward.address
        draft.sender = (f"{display} <{addr}>" if display else addr) or draft.sender
        draft.subject = forward.subject or draft.subject
        draft.date = forward.date or draft.date
        reply_display, reply_addr = "", ""
        text = forward.body
        draft.forwarded = True
    elif addr in me and find_quoted(text) is not None:
        # The user's own reply to a rejection: the quoted message is the one to read.
        quoted = find_quoted(text)
        assert quoted is not None
        display, addr = quoted.display, quoted.address
        draft.sender = (f"{display} <{addr}>" if display else addr) or draft.sender
        draft.date = quoted.date or draft.date
        reply_display, reply_addr = "", ""
        text = quoted.body
    # Past 998 characters (a line's limit in RFC 5322) a subject is no real one; the
    # rest would only cost time.
    subject = gender_forms_out(without_ids(clean_subject((draft.subject or "")[:998])))
    # thirty-seventh pass: French inclusive writing ("Rédacteur·rice technique") is read
    # without its dots, but a title the subject names whole keeps them ("Monteur·euse vidéo")
    dotted, subject = subject, _dot_net_in(inclusive_dots_out(subject))
    dotted = _dot_net_in(dotted)

    as_written = top_of_thread(text)  # ids and emphasis still in
    top = strip_markup(as_written)
    draft.text = top[:20_000]
    opening = _dot_net_in(inclusive_dots_out(gender_forms_out(without_ids(top[:5000]))))
    signer = display.split()[0] if display and is_personal(addr) and addr not in me else ""
    signature = read_signature(top, signer)
    if signature.name is None:  # twenty-fifth pass: "عبدالعزيز الشهري", "김서연 과장 드림"
        signature.name = script_signer(top)

    mine = addr in me
    personal_reply = reply_addr if reply_addr and reply_addr != addr \
        and is_personal(reply_addr) and reply_addr not in me else ""
    # "Talent Acquisition <ta@acme.example.com>": a team's name on a personal-looking address
    # "Northmoor Rail <earlycareers@...>": an organisation's name on a shared mailbox
    sender_personal = is_personal(addr) and not mine and not is_team_name(display) \
        and not _organisation_name(display)

    # The company: a vote over the subject, the sender, the signature, the text and
    # the domain; the user, the signer and the greeting's name are never it.
    subject_company, subject_role = from_subject(dotted)
    if subject_role is None and dotted != subject:
        subject_company, subject_role = from_subject(subject)
    candidates = company_candidates(subject, opening, subject_company, display, addr,
                                     reply_display, reply_addr, signature.company,
                                     sender_personal, personal_reply, mine)
    people = [n for n in (signature.name, _greeting_name(opening)) if n]
    if signed_as_organisation(signature.name, candidates):
        # "Regards, Orvane Financial" from talent@orvane: the signer is the organisation
        candidates.append(Candidate(signature.name or "", "signature"))
        people.remove(signature.name or "")
    if sender_personal:
        people.append(VIA.sub("", display))
    if display and split_display(display)[0]:
        people.append(split_display(display)[0] or "")
    # A signature "name" that the sender's name or a team line calls a company is one.
    people = [p for p in people if not any(
        c.source in ("display", "subject", "client", "signature") and same_company(c.name, p)
        for c in candidates)]
    # "feedback from Sarah. She felt", "New message from Bruna Teixeira" sent by Bruna
    # Teixeira: a person the text or the sender's name speaks of is never the employer
    spoken_of = people_named(opening)
    shown = VIA.sub("", display).strip(" \"'")
    if looks_like_person(shown) and any(p.split()[0] == shown.split()[0] for p in spoken_of):
        spoken_of.append(shown)  # "Bruna here from Hunter Talentos", sent as Bruna Teixeira
    people += [p for p in spoken_of if not any(
        c.source in ("display", "client", "signature") and same_company(c.name, p)
        for c in candidates)]
    # twenty-fifth pass: "김서연 드림" signs the writer, "대성전자부품 인사팀" names her employer
    signers = signed_in_script(opening)
    if signers:
        people += signers
        candidates = [c for c in candidates if c.name not in signers]
    candidates += [Candidate(name, "body") for name in desk_holders_in_script(opening)]
    company, draft.company_why = decide(candidates, _user_names(message, me) + people,
                                        draft.text, subject=subject)
    # twenty-ninth pass: an agency files its mail under the client ("Calderbrook - Interim FC")
    client = client_in_subject(subject, opening, company, _user_names(message, me) + people)
    if client:
        draft.company_why = f"named by the subject of {company}'s relay"
        company = client
    else:  # fortieth pass: "the role at Pusula Finans" in the reader's quoted follow-up
        client = client_in_thread(thread_history(text), opening, company,
                                  _user_names(message, me) + people)
        if client:
            draft.company_why = f"named by the thread below {company}'s relay"
            company = client
    draft.company = _latin_gloss(_without_loose_ends(company), opening)
    # An ATS sending in the recruiter's name ("Jörg Müller"): a person, not the company.
    person_display = bool(display) and not sender_personal and (
        (ats_name(addr) is not None or VIA.search(display) is not None)
        and looks_like_person(VIA.sub("", display))
        and VIA.sub("", display).strip(" \"'").casefold() not in ATS_NAMES
        and not _overlaps(company, VIA.sub("", display))
        or split_display(display)[0] is not None)

    labelled = header_fields(opening)[1]
    if subject_role and labelled and _plural_post(subject_role):
        subject_role = None  # after sealing fresh321-325: "Recruitment of Specialist Officers" over "Post: IT Officer"
    draft.role = malay_post_in_capitals(subject) or subject_role or labelled \
        or role_from_text(subject, company) or role_from_text(opening, company)
    if draft.role and _LEGAL_END.search(draft.role):
        draft.role = None  # (after sealing fresh321-325: "Cargo Prut Logistic SRL" is the employer)
    if draft.role and _signers_own(draft.role, signature.title, opening):
        draft.role = role_from_text(opening, company)  # (fresh311-315: "CTO, SuvData" signed)
    if not draft.role:  # "Ihre Bewerbung als Pflegefachkraft (m/w/d) - Kardiologie"
        plain = without_gender_tags(subject)
        draft.role = from_subject(plain)[1] or role_from_text(plain, company) \
            or role_from_text(without_gender_tags(opening), company)
    # "your application to Fellgate Veterinary Partners": the employer is no title
    draft.role = not_employer(draft.role, company)
    if not draft.role:  # "Bewerbung Heimhilfe", "pour le poste d'infirmier en réanimation"
        draft.role = not_employer(role_or_none(title_from_subject(subject)), company) \
            or role_or_none(title_after_cue(opening)) \
            or role_or_none(title_on_card(opening)) \
            or title_from_acronym(subject, opening) \
            or not_employer(role_or_none(find_title(subject, opening)), company) \
            or title_on_script_card(opening) or title_in_script(subject, opening) \
            or russian_genitive_title(subject, opening) \
            or latvian_genitive_title(subject, opening) \
            or orchestra_post(subject, opening) \
            or role_or_none(quoted_posting(opening)) \
            or slavic_post(subject, opening) \
            or hungarian_post(subject, opening) \
            or post_in_subject(subject) \
            or _post_after_employer(opening, company) \
            or title_after_offer(opening) \
            or title_with_terms_in_subject(subject)  # twenty-seventh pass: "... referens munkakör", "Plaça d'..."
        if draft.role and _LEGAL_END.search(draft.role):
            draft.role = None  # "Prut Logistic SRL": an employer's name, its legal form and all
    if draft.role and _signers_own(draft.role, signature.title, opening):
        draft.role = None  # after sealing fresh311-315: "Consultant", "CTO, SuvData": the signer's
    # "Physics position" from a school's principal
    draft.role = school_subject_role(subject, opening, draft.role)
    if draft.role and _NO_TITLE_PHRASE.search(draft.role):
        draft.role = None  # a piece of a sentence ("度は弊社"), whichever reader took it
    if role_model:  # twenty-second pass: the trained span ranker finds what no rule reads
        ruled = draft.role
        draft.role = with_ranked_title(ruled, subject, opening, company or "",
                                       vetoed=lambda title: _no_title(title, company)
                                       or title.casefold() == (signature.title or "").casefold()
                                       # seventieth pass: "Рамазан Исаев" signing a chat note
                                       or title.casefold() in (n.casefold() for n in people)
                                       or title_under_name(title, opening)
                                       or _suggested_instead(title, ruled, opening),
                                       known=looks_like_role)
        if draft.role and draft.role != ruled:
            draft.role_why = explain(draft.role, subject, opening, company or "") + (
                f", over {ruled}" if ruled else "")
    if draft.role and company and draft.role.casefold().startswith(company.casefold() + " "):
        # "Parcelwise Courier Team Lead - decision": the employer's name before the title
        rest = draft.role[len(company) + 1:]
        if (len(rest.split()) >= 2 or len(company.split()) >= 2) \
                and looks_like_role(rest.split()[-1]) and rest[:1].isupper():
            draft.role = rest  # "Haldane Capital COO": one word is the title after a long name
    if draft.role and draft.role.islower():  # "kiln / head of ops": a casual note's title
        draft.role = _as_written(draft.role, opening) \
            or without_terms(title_case(without_clause(draft.role)))
    if draft.role:  # "Staff Nurse" in the subject, "Staff Nurse - Cardiac Care Unit" in the text
        draft.role = with_unit(without_employer(without_place(draft.role, opening), company),
                               opening)
        # a job board's "Family Support Worker - Oakhill Children's Centre" from Oakhill
        # Children's Centre: the establishment after the dash is the employer, not a unit
        draft.role = without_employer(draft.role, company) \
            if not _TEAM_END.search(draft.role) else draft.role
        draft.role = without_own_employer(draft.role, company)  # "Embedded-kehittäjä, Kiulu Labs"
        draft.role = with_field(with_field(draft.role, opening), subject)
    if draft.role and draft.role.casefold() in subject.casefold() \
            and not looks_like_role(draft.role.split()[-1]):
        # "the Senior Backend role" in the subject, "the Senior Backend Engineer position"
        # in the text: the subject dropped the title's head noun
        fuller = role_from_text(opening, company)
        if fuller and fuller.casefold().startswith(draft.role.casefold() + " ") \
                and looks_like_role(fuller.split()[-1]):
            draft.role = fuller
        # thirty-seventh pass: "Re: Developer Platform at Cobaltline", "the Senior Software
        # Engineer, Developer Platform role": the subject named the team, the text the title
        elif fuller and (team := _TEAM_AFTER_TITLE.fullmatch(fuller)) \
                and team.group("team").casefold() == draft.role.casefold() \
                and looks_like_role(team.group("title").split()[-1]):
            draft.role = fuller
    terms = _TERMS.search(draft.role) if draft.role and draft.role in subject else None
    if draft.role and terms and role_from_text(opening, company) == draft.role[:terms.start()]:
        # "Teaching Assistant (Maternity Cover)" in the subject, "the post of Teaching
        # Assistant" in the text: the bracket held the post's terms, not its title
        draft.role = draft.role[:terms.start()]
    if draft.role and generic_role(draft.role):
        # "Re: the coordinator post" gives way to "the Volunteer Programme Coordinator post",
        # a subject's "Graduate Programme" to the text's "Finance Graduate Programme"
        fuller = role_from_text(opening, company)
        words = draft.role.casefold().split()
        if fuller and len(fuller.split()) > len(words) \
                and fuller.casefold().split()[-len(words):] == words:
            draft.role = fuller
    if draft.role:  # "Registered Nurse" read, "Registered Nurse - Emergency" written
        draft.role = without_terms_abroad(with_specialty(draft.role, [subject, opening],
                                                         f"{subject}\n{opening}", company))
        named = _NAMED_ROLE.match(draft.role)
        if named and any(named.group("n").casefold() == n.casefold()
                         for n in _user_names(message, me)):
            draft.role = named.group("r")  # "Referral - Alex Morgan (Partner Manager)"
    # a place, a client, the sentence going on or a translation leave; a level comes back
    draft.role = settled(spelled_out(draft.role, subject, opening), subject, opening)
    # "the Chef de Partie - Pastry opening": the title as the letter writes it by its post word
    draft.role = with_complement(with_written_tail(draft.role, [opening], company),
                                 [subject, opening])  # "Analyste risques de crédit"
    draft.role = with_tail_in_text(draft.role, opening, company)  # "... campagnes de lancement"
    draft.role = without_letter_word(draft.role)  # "... пассажиров решение", "... 결과 안내"
    # twenty-seventh pass: "Majster prevádzky elektro", a Slavic head and its genitive
    draft.role = with_slavic_complement(draft.role, subject, opening)
    draft.role = without_latvian_post_word(draft.role)  # sixty-fifth pass: "Lektora amatu"
    if draft.role and company and draft.role.casefold().startswith(company.casefold() + " ") \
            and looks_like_role(draft.role.split()[-1]) and len(company.split()) >= 2 \
            and len(draft.role.split()) - len(company.split()) >= 2:
        draft.role = draft.role[len(company) + 1:]  # "the Harlow Bank Finance Graduate Programme"
    # where the title starts and stops, judged from what the mail writes around it
    draft.role = settled_extent(draft.role, subject, opening, company)
    if draft.role and draft.role.casefold() in subject.casefold():
        # twentieth pass: the subject's short form, the letter's fuller one ("Técnico" and
        # "a vaga de Técnico de Enfermagem")
        written = settled_extent(settled(role_from_text(opening, company), subject, opening),
                                 subject, opening, company)
        draft.role = fuller_in_letter(draft.role, written, company)
    # "Programme Manager: Youth Diversion" in the subject and the letter: its specialty
    draft.role = with_colon_specialty(draft.role, subject, opening, company)
    # twenty-fifth pass: "... – Press Shop (R-0048817)", "the ..., Labour & Delivery role"
    draft.role = with_posting_tail(draft.role, draft.subject or "", as_written, company)
    draft.role = with_instruments(draft.role, opening)  # "Stråkpedagog violin/altfiol"
    draft.role = with_languages(draft.role, [opening, subject])  # "Translator (French into English)"
    draft.role = slavic_gender_out(draft.role, subject, opening)  # "Koordynator/ka produkcji"
    draft.role = greek_nominative(draft.role, subject, opening)  # "θέση Νηπιαγωγού"
    draft.role = without_turkish_employer(draft.role)  # "Bilgeada Koleji'ndeki Anaokulu Öğretmeni"
    draft.role = with_lower_specialty(without_post_word(draft.role), subject, opening)  # "Poste d'...", "X, litige"
    draft.role = with_dash_specialty(draft.role, subject)  # "Procesní inženýr – svařování ..."
    draft.role = with_romansh_complement(draft.role, subject)  # "sco manader dal servezzan ..."
    draft.role = german_clause_out(draft.role, opening)  # thirty-fourth pass: "... gehen wir ... weiter"
    draft.role = without_intake(draft.role, company)  # "... Clerkship Program 2026/27 (Sydney)"
    draft.role = with_stack_bracket(draft.role, [subject, opening])  # "Backend Engineer (Go)"
    draft.role = _dot_net_out(without_post_word_frame(without_armenian_frame(draft.role)))
    draft.role = without_post_about_tail(without_card_parts(shorthand_as_written(
        draft.role, f"{subject}\n{opening}")))  # forty-ninth pass: "... лавозими бўйича жавоб"
    draft.role = without_un_grade(without_office_tail(draft.role))  # 60th: ", Peshawar Sub-Office"
    if draft.role and "\n" in draft.role:  # fortieth pass: a card's next line ("\nLocation")
        draft.role = draft.role.split("\n", 1)[0].strip(" -–—:,") or None
    if draft.role:  # (after sealing fresh316-320: Georgian has no capitals a title may take)
        draft.role = draft.role.translate(_MTAVRULI_TO_MKHEDRULI)
    # How far it went: what the text says, else the subject ("... your onsite"); a
    # rejection that mentions no contact at all came after applying.
    # (thirty-third pass: the further of the two when both name a step, "Fwd: Your final round
    # with us" over the letter's "the technical rounds")
    draft.stage = further_stage(stage_from_text(opening, contact_only=True),
                                stage_from_text(subject, contact_only=True)) \
        or stage_from_text(opening) or "applied"
    draft.stage = call_stage(draft.stage, opening, signature.title, subject)  # recruiter or hiring
    if offer_taken_back(draft.subject or "", opening):  # twenty-fifth pass: made, then taken back
        draft.stage = "offer"
    judge = mail_stage_model.shipped() if stage_model else None
    if judge is not None:  # thirty-second pass: the letter as a whole, as scan reads it
        from ajar.formats.mail_view import view  # (mail_view reads its parts from this module)
        seen = view(raw)
        draft.stage, draft.stage_why = judge.settled(draft.stage, seen.subject or "", seen.text,
                                                     denied=step_denied(opening))
        draft.stage = relayed_talk_only(draft.stage, draft.stage_why, opening)
    draft.reason = reason_from_text(gender_forms_out(top[:5000]))  # a quote keeps its ids

    if sender_personal:
        draft.person = Person(person_name(display, addr), addr, company)
    elif personal_reply:
        # "Maya Lindholm" <no-reply@ats> with Reply-To: maya@...: the name is the sender's
        named = reply_display or (display if _names_address(display, personal_reply) else "")
        draft.person = Person(person_name(named, personal_reply), personal_reply, company)
    else:
        draft.no_reply = True
        if person_display:  # an ATS sending as the recruiter ("Jörg Müller")
            draft.person = Person(person_name(display, ""), "", company)
        elif signature.name and not _overlaps(company, signature.name) \
                and without_desk_before(signature.name) == signature.name:  # "تیم کدرا": a team
            draft.person = Person(signature.name, "", company)
    if draft.person is not None and signature.name and shorter_name(draft.person.name,
                                                                       signature.name):
        draft.person.name = signature.name  # "Sam" <sam@...> signing "Sam Lee"
    if draft.person is not None and draft.person.name:  # forty-first pass: as the letter signs
        draft.person.name = _as_signed(draft.person.name, signature.name, top)
    if draft.person is not None and draft.person.name:
        # fifteenth pass: no title before the name, and an organisation is nobody to write to
        organisations = [c.name for c in candidates
                         if c.source in ("signature", "domain", "subject", "field")
                         and not signed_with_rank(c.name, signature.name)]
        named = settled_name(draft.person.name, signature.name, company, organisations,
                             f"{subject}\n{opening}")
        draft.person = None if named is None else draft.person
        if draft.person is not None:
            draft.person.name = _latin_spelling(named, opening)
    if draft.person is not None and draft.person.name \
            and without_desk_before(draft.person.name) != draft.person.name:
        draft.person = None  # "تیم کدرا" (Kodera's team) signs: nobody in particular
    if draft.person is not None and draft.person.name and _is_chatbot(draft.person.name, opening):
        draft.person = None  # "It's Olivia, the virtual hiring assistant": nobody to write to
    if draft.person is not None:
        first = draft.person.name.split()[0].casefold() if draft.person.name else ""
        if signature.name is None or signature.name.split()[0].casefold() == first:
            draft.person.title = signature.title
            draft.person.phone = signature.phone
            draft.person.linkedin = signature.linkedin

    draft.notes = as_notes(notes_text, draft.date, from_html,
                           getattr(message, "ajar_cut", False))
    draft.company = _dot_net_out(draft.company)
    draft.role_why = _dot_net_out(draft.role_why) or draft.role_why
    return draft


def rejection_fields(draft: MailDraft, contact: str | None) -> dict[str, Any]:
    """The front matter of the rejection, in the ledger's usual key order."""
    fields: dict[str, Any] = {"company": draft.company, "role": draft.role,
                              "date": draft.date}
    if contact:
        fields["contact"] = contact
    if draft.stage:
        fields["stage"] = draft.stage
    if draft.reason:
        fields["reason"] = draft.reason
    if draft.no_reply:
        fields["no_reply"] = True
    for key, value in (("subject", draft.subject), ("message_id", draft.message_id),
                       ("from", draft.sender)):
        if value:
            fields[key] = value[:500]
    if not draft.message_id and draft.content_hash:
        fields["email_hash"] = draft.content_hash
    return fields


# ------------------------------------------------------------------ new files
