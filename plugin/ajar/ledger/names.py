"""Finding the entry a user names: by slug, file name or path, with a "did you mean".

Here, in the lowest layer, so that every command finds entries the same way:
``actions`` (replied, connected ...) and ``rules.replies`` (``ajar reply``).
"""

from __future__ import annotations

import difflib
from pathlib import PurePath
from typing import Any

from ajar.ledger.ledger import Ledger

KINDS = {"contacts": "contact", "rejections": "rejection", "companies": "company"}


class EntryNameError(Exception):
    """The name names no valid entry; ``status`` is 2 for an unknown name, 1 for a
    file with errors."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def slug_of(name: str, kind: str) -> str:
    """The slug in ``priya-raman``, ``priya-raman.md`` or ``ledger/contacts/priya-raman.md``.

    A path into another kind's folder is refused: ``ajar replied`` of a contact
    file is a mistake worth naming, not a lookup to fail later."""
    text = name.strip()
    path = PurePath(text.replace("\\", "/"))
    if len(path.parts) > 1:
        folder = path.parent.name
        if folder in KINDS and folder != kind:
            raise EntryNameError(f"{text} is a {KINDS[folder]}, not a {KINDS[kind]}")
        text = path.name
    if text.lower().endswith(".md"):
        text = text[:-3]
    if not text:
        raise EntryNameError(f"no {KINDS[kind]} named: give its slug, e.g. priya-raman")
    return text


def did_you_mean(wanted: str, known: list[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest known name: the same name in another
    case, else one that contains it (``initech``), else one spelled alike."""
    same = [s for s in known if s.lower() == wanted.lower()]
    part = [s for s in sorted(known) if len(wanted) >= 3 and wanted.lower() in s.lower()]
    close = same or part or difflib.get_close_matches(wanted, known, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def find_entry(ledger: Ledger, kind: str, name: str) -> Any:
    """The valid entry of ``kind`` that ``name`` names; :class:`EntryNameError` otherwise."""
    slug = slug_of(name, kind)
    entries = getattr(ledger, kind)
    if slug in entries:
        return entries[slug]
    broken = ledger.broken.get(kind, set())
    folder = f"{ledger_folder(ledger)}/{kind}"
    if slug in broken:
        raise EntryNameError(f"{folder}/{slug}.md has errors: run 'ajar check' and fix them"
                             " first", 1)
    known = sorted(set(entries) | broken)
    raise EntryNameError(f"no {KINDS[kind]} '{slug}' in {folder}/{did_you_mean(slug, known)}")


def ledger_folder(ledger: Ledger) -> str:
    """The ledger folder as the user wrote it in ``mkdocs.yml`` (relative when it can be)."""
    try:
        return ledger.ledger_dir.relative_to(ledger.root).as_posix()
    except ValueError:
        return ledger.ledger_dir.as_posix()
