"""``ajar scan``: read mail without writing, and say what each message is.

For each message: its kind and confidence (``formats.triage``), whether the
ledger already has it, and for a rejection what ``ajar import`` would record (a company
the ledger knows comes out as the ledger writes it, as import writes it).
Messages are handled one at a time (a whole mailbox is never held in memory);
only the rejections pay for the full reading of ``formats.mail``, and in a big
mailbox worker processes read them while the scan goes on (``draft_pool``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from ajar.actions.draft_pool import DraftPool
from ajar.actions.known_companies import KnownCompanies
from ajar.actions.known_mail import KnownMail
from ajar.formats.mail import MailDraft, MailError, content_hash, draft_rejection
from ajar.formats.mail_address import parse_address
from ajar.formats.mail_view import view
from ajar.formats.triage import Verdict, classify


@dataclass
class Scanned:
    """One message as the scan saw it: the JSON record and the classifier's reasons."""

    record: dict[str, Any]
    verdict: Verdict
    company_why: str = ""  # which places named the company and what decided between them
    role_why: str = ""  # what the title model weighed, when it chose the role
    stage_why: str = ""  # what the stage models read, when they moved the rules' stage


def classify_raw(raw: bytes) -> tuple[Any, Verdict]:
    """The quick view of an email and its verdict."""
    seen = view(raw)
    return seen, classify(seen.subject, seen.text, seen.sender, addressed_to=seen.addressed_to)


def is_rejection(label: str, raw: bytes) -> bool:
    """``import --scan``'s filter: only the emails classed as rejections."""
    return classify_raw(raw)[1].kind == "rejection"


def _date(text: str) -> str | None:
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.date().isoformat() if isinstance(parsed, dt.datetime) else None


def _first_look(label: str, raw: bytes, known: KnownMail | None) -> Scanned:
    """The record of one email before a rejection's fields are read."""
    seen, verdict = classify_raw(raw)
    outer = parse_address(seen.from_header)[1].lower()
    digest = content_hash(outer, seen.date_text, raw)
    record: dict[str, Any] = {
        "source": label, "message_id": seen.message_id, "date": _date(seen.date_text),
        "from": seen.from_header or None, "subject": seen.subject or None,
        "kind": verdict.kind, "confidence": verdict.confidence,
        "known": bool(known and known.knows(seen.message_id, digest)), "rejection": None}
    return Scanned(record, verdict)


def _with_draft(scanned: Scanned, draft: MailDraft) -> Scanned:
    record = scanned.record
    record.update({"date": draft.date.isoformat() if draft.date else record["date"],
                   "from": draft.sender, "subject": draft.subject})
    person = draft.person
    record["rejection"] = {
        "company": draft.company, "role": draft.role, "stage": draft.stage,
        "reason": draft.reason, "no_reply": draft.no_reply,
        "contact": None if person is None else {
            "name": person.name, "email": person.email or None, "title": person.title,
            "phone": person.phone, "linkedin": person.linkedin}}
    return Scanned(record, scanned.verdict, draft.company_why, draft.role_why,
                   draft.stage_why)


def scan_message(label: str, raw: bytes, known: KnownMail | None,
                 me: frozenset[str] = frozenset()) -> Scanned:
    """The scan record of one email (MailError when it is no email at all)."""
    scanned = _first_look(label, raw, known)
    if scanned.verdict.kind == "rejection":
        return _with_draft(scanned, draft_rejection(raw, label, me))
    return scanned


_WAITING = 4096  # records held behind an unfinished draft, at most
_DRAFTING = 64  # rejections being read at once, at most
_DRAFTING_BYTES = 64 << 20  # and their size


@dataclass
class _Waiting:
    """A message whose record is ready, or waits for its rejection's draft."""

    label: str
    item: Scanned | MailError
    raw: bytes = b""
    draft: Future[MailDraft] | None = None


def scan(messages: Iterator[tuple[str, bytes | MailError]], known: KnownMail | None,
         me: frozenset[str] = frozenset(), *, workers: int | None = None,
         ) -> Iterator[Scanned | tuple[str, MailError]]:
    """Scan records in the mailbox's order, or ``(source, MailError)`` for what could
    not be read. The rejections' fields are read in worker processes once there are
    many (``draft_pool``; ``workers=1`` keeps them here)."""
    waiting: deque[_Waiting] = deque()
    drafting = drafting_bytes = 0
    with DraftPool(me, workers) as pool:

        def finish(entry: _Waiting) -> Scanned | tuple[str, MailError]:
            nonlocal drafting, drafting_bytes
            if isinstance(entry.item, MailError):
                return entry.label, entry.item
            if entry.draft is None:
                return entry.item
            drafting -= 1
            drafting_bytes -= len(entry.raw)
            try:
                return _with_draft(entry.item, pool.result(entry.draft, entry.raw, entry.label))
            except MailError as error:
                return entry.label, error
            except Exception as error:  # noqa: BLE001 - one odd email never stops a mailbox
                return entry.label, MailError(f"cannot read this email: {error}")

        for label, raw in messages:
            waiting.append(_look(label, raw, known))
            entry = waiting[-1]
            if isinstance(entry.item, Scanned) and entry.item.verdict.kind == "rejection":
                entry.raw, entry.draft = raw, pool.submit(raw, label)  # type: ignore[arg-type]
                drafting += 1
                drafting_bytes += len(entry.raw)
            while waiting and (waiting[0].draft is None or waiting[0].draft.done()
                               or len(waiting) > _WAITING or drafting > _DRAFTING
                               or drafting_bytes > _DRAFTING_BYTES):
                yield finish(waiting.popleft())
        while waiting:
            yield finish(waiting.popleft())


def _look(label: str, raw: bytes | MailError, known: KnownMail | None) -> _Waiting:
    if isinstance(raw, MailError):
        return _Waiting(label, raw)
    try:
        return _Waiting(label, _first_look(label, raw, known))
    except MailError as error:
        return _Waiting(label, error)
    except Exception as error:  # noqa: BLE001 - one odd email never stops a mailbox
        return _Waiting(label, MailError(f"cannot read this email: {error}"))


def describe(scanned: Scanned) -> list[str]:
    """Two lines for a terminal: what it is, and why."""
    record = scanned.record
    line = (f"{record['source']}: {record['kind']} {record['confidence']:.2f}"
            f" {record['date'] or '(no date)'} {record['subject'] or '(no subject)'}")
    rejection = record["rejection"]
    if rejection:
        what = ", ".join(str(rejection[k]) for k in ("company", "role") if rejection[k])
        stage = f" [{rejection['stage']}]" if rejection["stage"] else ""
        line += f"\n  -> {what or '(company and role unknown)'}{stage}"
        if rejection["contact"]:
            line += f"; contact {rejection['contact']['name']}"
    if record["known"]:
        line += "\n  already in the ledger"
    lines = [line, "  because: " + "; ".join(scanned.verdict.because)]
    if scanned.company_why:
        lines.append("  company: " + scanned.company_why)
    if scanned.role_why:
        lines.append("  role: " + scanned.role_why)
    if scanned.stage_why:
        lines.append("  stage: " + scanned.stage_why)
    return lines


def respell(scanned: Scanned, companies: KnownCompanies) -> None:
    """Give a rejection's company as the ledger writes it, as ``ajar import`` will."""
    rejection = scanned.record["rejection"]
    if not rejection:
        return
    spelled = companies.spelling(rejection["company"])
    if spelled:
        written = f"{rejection['company']!r} written as the ledger writes it: {spelled!r}"
        scanned.company_why = "; ".join(filter(None, (scanned.company_why, written)))
        rejection["company"] = spelled
    if not scanned.record["known"]:
        companies.add(rejection["company"])  # as an import adds what it wrote


def report(messages: Iterator[tuple[str, bytes | MailError]], known: KnownMail | None,
           me: frozenset[str], *, as_json: bool, show_all: bool,
           out: Callable[..., None], err: Callable[[str], None],
           companies: Callable[[], KnownCompanies] | None = None) -> int:
    """Print a scan as ``ajar scan`` does (JSON streamed one message at a time, so a
    whole mailbox is never held); the number of messages that could not be read.
    ``companies`` gives the ledger's names, asked for at the first rejection."""
    kinds: Counter[str] = Counter()
    errors = known_rejections = 0
    names: KnownCompanies | None = None
    if as_json:
        out('{"messages": [', nl=False)
    for item in scan(messages, known, me):
        if isinstance(item, tuple):
            errors += 1
            err(f"ajar: {item[0]}: {item[1]}")
            continue
        record = item.record
        if record["rejection"] and companies is not None:
            names = names if names is not None else companies()
            respell(item, names)
        kinds[record["kind"]] += 1
        known_rejections += record["known"] and record["kind"] == "rejection"
        if as_json:
            out(("," if sum(kinds.values()) > 1 else "") + "\n  "
                + json.dumps(record, ensure_ascii=False, default=str), nl=False)
        elif show_all or record["kind"] != "other":
            out("\n".join(describe(item)))
    if as_json:
        out("\n]}")
    else:
        counts = ", ".join(f"{kinds[k]} {k}" for k in
                           ("rejection", "acknowledgement", "interview", "offer", "other"))
        out(f"{sum(kinds.values())} messages: {counts}"
            f" ({known_rejections} of the rejections already in the ledger)")
    return errors
