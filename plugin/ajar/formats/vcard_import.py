"""Contacts from vCard files (2.1, 3.0, 4.0: Apple, Google, Outlook, Monica exports).

Parsing only: each card becomes a :class:`CardContact` (or a :class:`CardError`
for a card that cannot be read); the caller decides whether it is a new
contact or adds missing fields to an existing one (see :func:`merge_plan`).
Escapes are decoded once: vobject decodes text values (FN, TITLE, NOTE ...),
and the structured ones (N, ORG) are split here, then decoded. Ajar's own
export is read back whole: the UID gives the slug, the ``X-AJAR-...``
properties the facts other address books have no property for.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ajar.formats.vcard_export import N_KEY, UID_DOMAIN, X_FACTS, X_LOG
from ajar.formats.vcard_names import escape, name_parts, split_components, structured_name

MAX_VCF_BYTES = 20 * 1024 * 1024
MAX_NOTE_CHARS = 20_000
MERGED_FIELDS = ("name", "company", "title", "phone", "linkedin", "linkedin_connected",
                 "reconnect_every", "next_reconnect")
# Front matter keys of a new contact, in the order DESIGN.md lists them.
_ORDER = ["name", "company", "title", "email", "phone", "linkedin", "linkedin_connected",
          "tags", "reconnect_every", "next_reconnect", "do_not_contact", "log", "vcard_n"]
_SLUG = re.compile(r"^\w[\w.-]{0,119}$")
_SYSTEM_GROUPS = {"mycontacts", "starred", "my contacts", "friends & family"}
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")


class CardError(Exception):
    """A card that cannot be imported; the message says why."""


@dataclass
class CardContact:
    label: str  # "file#N (Name)"
    name: str
    fields: dict[str, Any]  # front matter of a new contact, in the usual key order
    emails: list[str]
    note: str = ""
    warnings: list[str] = field(default_factory=list)
    slug: str | None = None  # from an Ajar UID (``<slug>@ajar``)


def read_cards(data: bytes, source: str) -> Iterator[CardContact | CardError]:
    """Each card of a .vcf file, in order; a broken card does not stop the others."""
    if len(data) > MAX_VCF_BYTES:
        yield CardError(f"{source}: the file is larger than {MAX_VCF_BYTES // 2**20} MB:"
                        " split it")
        return
    text = _decode(data)
    cards = list(_split_cards(text))
    if not cards:
        yield CardError(f"{source}: no vCard found (no BEGIN:VCARD line)")
        return
    for number, (line, card_text, problems) in enumerate(cards, 1):
        label = f"{source}#{number}"
        try:
            card = _card(card_text, label)
            card.warnings[:0] = [f"line {line}: {problem}" for problem in problems]
            yield card
        except CardError as error:
            yield CardError(f"{label} (line {line}): {error}")
        except Exception as error:  # noqa: BLE001 - vobject raises many kinds
            message = str(error).strip().splitlines()[0] if str(error).strip() else \
                type(error).__name__
            message = re.sub(r"^At line \d+: ", "", message)
            yield CardError(f"{label} (line {line}): cannot read this card: {message}")


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # old Outlook exports


def _split_cards(text: str) -> Iterator[tuple[int, str, list[str]]]:
    """``(first line number, text, problems)`` of each BEGIN:VCARD ... END:VCARD
    block, with vCard 2.1 quoted-printable soft line breaks joined."""
    lines = re.split(r"\r\n|\r|\n", text)
    current: list[str] | None = None
    problems: list[str] = []
    start = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip().upper()
        if stripped == "BEGIN:VCARD":
            current, start, problems = [line.strip()], index + 1, []
        elif current is not None and stripped == "END:VCARD":
            current.append(line.strip())
            yield start, "\r\n".join(current) + "\r\n", problems
            current = None
        elif current is not None:
            head = line.split(":", 1)[0].upper()
            if "QUOTED-PRINTABLE" in head and ":" in line:
                while line.endswith("=") and index + 1 < len(lines):
                    index += 1
                    line = line[:-1] + lines[index]
                line, problem = _decode_qp_line(line)
                if problem:
                    problems.append(problem)
            current.append(line)
        index += 1
    if current is not None:
        yield start, "\r\n".join([*current, "END:VCARD"]) + "\r\n", problems


def _decode_qp_line(line: str) -> tuple[str, str | None]:
    """A vCard 2.1 quoted-printable line as a plain 3.0-style line: the value
    decoded with its CHARSET (errors replaced) and escaped, the
    ENCODING/CHARSET parameters dropped (vobject fails on many of these);
    and a problem when the charset is unknown (the value is then read as UTF-8)."""
    head, value = line.split(":", 1)
    name, *params = head.split(";")
    charset = "utf-8"
    kept = []
    for param in params:
        key, _, val = param.partition("=")
        if key.upper() == "CHARSET" and val:
            charset = val.strip('"')
        elif param.upper() in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE"):
            continue
        else:
            kept.append(param)
    problem = None
    try:
        codecs.lookup(charset)
    except (LookupError, ValueError):  # unknown, or a NUL in the name
        printable = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in charset)
        problem = (f"{name}: unknown CHARSET '{printable}': read as UTF-8 (check the"
                   " accents of this value)")
        charset = "utf-8"
    raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    text = raw.decode(charset, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\").replace("\n", "\\n")
    if name.upper() not in ("N", "ORG", "ADR"):
        text = text.replace(";", "\\;")
    return ";".join([name, *kept]) + ":" + text.replace(",", "\\,"), problem


def _value(child: Any) -> str:
    """A text value, as vobject decoded it (once)."""
    value = child.value
    if isinstance(value, (list, tuple)):
        value = ",".join(str(v) for v in value)
    return str(value)


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value if str(v).strip())
    text = "" if value is None else str(value)
    text = "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32 and ch != "\x7f")
    return text.strip()


def _one_line(value: Any) -> str:
    return " ".join(_text(value).split())


def _pref(children: list[Any]) -> list[Any]:
    """Children with a preferred one first (TYPE=pref or PREF=1)."""
    def rank(child: Any) -> int:
        params = {k.upper(): [str(v).lower() for v in vs] for k, vs in child.params.items()}
        types = ",".join(params.get("TYPE", [])).split(",")
        return 0 if "pref" in types or params.get("PREF") == ["1"] else 1
    return sorted(children, key=rank)


def _card(text: str, label: str) -> CardContact:
    import vobject

    card = vobject.readOne(text, transform=False)
    if card is None or card.name.upper() != "VCARD":
        raise CardError("not a vCard")
    by_name: dict[str, list[Any]] = {}
    for child in card.getChildren():
        by_name.setdefault(child.name.upper(), []).append(child)
    warnings: list[str] = []

    name = _one_line(_value(by_name["FN"][0])) if "FN" in by_name else ""
    if not name and "N" in by_name:
        parts = (split_components(str(by_name["N"][0].value)) + [""] * 5)[:5]
        family, given, additional, prefix, suffix = parts
        name = _one_line(" ".join((prefix, given, additional, family, suffix)))
    company = ""
    if "ORG" in by_name:
        company = _one_line(split_components(str(by_name["ORG"][0].value))[0])
    if not name:
        raise CardError("the card has no name (FN or N): add one and import it again")

    emails = []
    for child in _pref(by_name.get("EMAIL", [])):
        value = _one_line(_value(child))
        if value.lower().startswith("mailto:"):
            value = value[7:]
        if _EMAIL.match(value):
            if value.lower() not in (e.lower() for e in emails):
                emails.append(value)
        elif value:
            warnings.append(f"{value!r} is not an email address: left out")

    fields: dict[str, Any] = {"name": name}
    if company:
        fields["company"] = company
    title = _one_line(_value(by_name["TITLE"][0])) if "TITLE" in by_name else ""
    if title:
        fields["title"] = title
    if emails:
        fields["email"] = emails[0]
    for child in _pref(by_name.get("TEL", [])):
        phone = _one_line(_value(child))
        if phone.lower().startswith("tel:"):
            phone = phone[4:]
        if phone:
            fields["phone"] = phone
            break
    linkedin = _linkedin(by_name.get("URL", []) + by_name.get("X-SOCIALPROFILE", []))
    if linkedin:
        fields["linkedin"] = linkedin
    tags: list[str] = []
    for child in by_name.get("CATEGORIES", []):
        raw = child.value
        values = ([str(v) for v in raw] if isinstance(raw, (list, tuple))
                  else split_components(str(raw), ","))
        for tag in values:
            tag = _one_line(tag)
            # Google's and Apple's own groups are not tags, unless Ajar wrote them.
            system = tag.lower() in _SYSTEM_GROUPS and _uid_slug(by_name) is None
            if tag and not system and tag not in tags:
                tags.append(tag)
    if tags:
        fields["tags"] = tags
    note = "\n\n".join(_text(_value(child)) for child in by_name.get("NOTE", [])
                       if _text(_value(child)))
    note = note.replace("\r\n", "\n").replace("\r", "\n")
    if len(note) > MAX_NOTE_CHARS:
        note = note[:MAX_NOTE_CHARS].rstrip() + "\n\n(The note was longer: cut here.)"
    fields.update(_ajar_facts(by_name, warnings))
    kept_n = _kept_n(by_name, name)
    if kept_n:
        fields[N_KEY] = kept_n
    fields = {key: fields[key] for key in sorted(fields, key=_ORDER.index)}
    return CardContact(label=f"{label} ({name})", name=name, fields=fields, emails=emails,
                       note=note + "\n" if note else "", warnings=warnings,
                       slug=_uid_slug(by_name))


def _uid_slug(by_name: dict[str, list[Any]]) -> str | None:
    """The slug of a card Ajar exported (UID ``<slug>@ajar``), when it is a usable
    file name."""
    for child in by_name.get("UID", []):
        uid = _one_line(_value(child))
        slug, at, domain = uid.rpartition("@")
        if at and domain == UID_DOMAIN and _SLUG.match(slug) and slug.lower() != "index":
            return slug
    return None


def _ajar_facts(by_name: dict[str, list[Any]], warnings: list[str]) -> dict[str, Any]:
    """The ledger facts Ajar's export writes as X-AJAR-... properties."""
    facts: dict[str, Any] = {}
    for prop, key in X_FACTS.items():
        children = by_name.get(prop.upper(), [])
        if not children:
            continue
        value = _one_line(_value(children[0]))
        if key == "do_not_contact":
            if value.upper() in ("TRUE", "FALSE"):
                facts[key] = value.upper() == "TRUE"
            else:
                warnings.append(f"{prop.upper()}: {value!r} is not TRUE or FALSE: left out")
        elif value:
            facts[key] = value
    log = []
    for child in by_name.get(X_LOG.upper(), []):
        params = {k.upper(): [str(v) for v in vs] for k, vs in child.params.items()}
        date, kind = params.get("DATE", [""])[0], params.get("KIND", [""])[0]
        if not date or not kind:
            warnings.append(f"{X_LOG.upper()} without DATE or KIND: left out")
            continue
        entry: dict[str, Any] = {"date": date, "kind": kind}
        note = _text(_value(child))
        if note:
            entry["note"] = note
        log.append(entry)
    if log:
        facts["log"] = log
    return facts


def _kept_n(by_name: dict[str, list[Any]], name: str) -> str | None:
    """The card's own N, when it says more than (or other than) what the full name
    would give on export; None when the name alone gives it back."""
    if "N" not in by_name:
        return None
    parts = [_one_line(p) for p in (split_components(str(by_name["N"][0].value))
                                    + [""] * 5)[:5]]
    if not any(parts):
        return None
    built = structured_name(name)
    if parts == name_parts(built):
        return None
    return ";".join(escape(part) for part in parts)


def _linkedin(children: list[Any]) -> str | None:
    """The first https LinkedIn profile address among URL / X-SOCIALPROFILE values."""
    for child in children:
        value = _one_line(_value(child))
        try:
            parts = urlsplit(value)
        except ValueError:
            continue
        host = (parts.hostname or "").lower()
        if parts.scheme.lower() == "https" and (host == "linkedin.com"
                                                or host.endswith(".linkedin.com")) \
                and not re.search(r"[\s\"'<>]", value):
            return value
    return None


@dataclass
class MergePlan:
    """What to add to an existing contact, and where the card disagrees with it."""

    add: dict[str, Any] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    note: str = ""  # the card's note, for a file without notes of its own

    @property
    def added(self) -> list[str]:
        """What the merge fills in, by key (``notes`` for the body)."""
        return [*self.add, *(["notes"] if self.note else [])]


def merge_plan(current: dict[str, Any], card: CardContact, body: str = "") -> MergePlan:
    """Missing fields are added, and the card's note when the file has no notes; a
    different value is a conflict (the file wins)."""
    plan = MergePlan()
    if card.note.strip():
        if not body.strip():
            plan.note = card.note
        elif _norm("note", card.note) not in _norm("note", body):
            plan.conflicts.append("notes differ: the file has notes of its own (kept the"
                                  " file's)")
    for key in MERGED_FIELDS:
        if key not in card.fields:
            continue
        mine, theirs = current.get(key), card.fields[key]
        if mine is None or (isinstance(mine, str) and not mine.strip()):
            plan.add[key] = theirs
        elif _norm(key, mine) != _norm(key, theirs):
            plan.conflicts.append(f"{key} differs: file {str(mine)!r}, card {theirs!r}"
                                  " (kept the file's)")
    if card.fields.get("do_not_contact") is True and current.get("do_not_contact") is not True:
        if current.get("do_not_contact") is None:
            plan.add["do_not_contact"] = True  # a request not to be contacted is never lost
        else:
            plan.conflicts.append("do_not_contact differs: file false, card TRUE"
                                  " (kept the file's)")
    have = current.get("tags") or []
    have = [have] if isinstance(have, str) else [str(t) for t in have]
    extra = [t for t in card.fields.get("tags", []) if t.lower() not in
             {h.lower() for h in have}]
    if extra and not have:
        plan.add["tags"] = list(card.fields["tags"])
    elif extra:
        plan.conflicts.append(f"tags not added: {', '.join(extra)} (edit the file to add"
                              " them)")
    return plan


def _norm(key: str, value: Any) -> str:
    text = " ".join(str(value).split()).casefold()
    if key == "phone":
        return re.sub(r"[^\d+]", "", text)
    if key == "linkedin":
        return text.rstrip("/").replace("://linkedin.com", "://www.linkedin.com")
    return text
