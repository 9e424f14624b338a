"""Load a ledger folder into a :class:`Ledger`, Beancount-style.

One bad file never takes down the rest: every fault becomes a problem and the
entry is left out. Parsed files are cached by (mtime, size) so a long-running
``mkdocs serve`` re-reads only what changed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ajar.ledger.ledger import Ledger
from ajar.ledger.keys import near_miss_keys
from ajar.ledger.listing import list_entries
from ajar.ledger.models import (BOOL_WORDS, STAGES, CompanyMeta, Contact, ContactMeta, Entry,
                                RejectionFacts, RejectionMeta, ReplyMeta)
from ajar.ledger.problems import Problem
from ajar.ledger.salvage import partial, salvage, salvage_contact
from ajar.ledger.slugs import is_reserved
from ajar.ledger.source import FoundAgain, SourceFile, read_source
from ajar.ledger.url_hints import url_warnings

KINDS: dict[str, type[BaseModel]] = {
    "contacts": ContactMeta,
    "rejections": RejectionMeta,
    "replies": ReplyMeta,
    "companies": CompanyMeta,  # optional: a ledger without companies/ is fine
}

_SINGULAR = {"contacts": "contact", "rejections": "rejection", "replies": "reply template",
             "companies": "company"}

_HOW_TO_WRITE = {
    "date": "YYYY-MM-DD", "name": "Full Name", "company": "Company name",
    "role": "Job title", "for": "rejection", "kind": "reconnect",
}


@dataclass
class _Parsed:
    entry: Entry[Any] | None
    problems: list[Problem]
    partial: Entry[Any] | None = None  # a faulty file's valid values, for the checks
    salvaged: RejectionFacts | None = None  # a faulty rejection's facts, for the schedule
    salvaged_contact: Contact | None = None  # a faulty contact's valid values, for the schedule


@dataclass
class LoadCache:
    """Parsed files by path, valid while the file's (mtime, size) is unchanged."""

    files: dict[Path, tuple[tuple[int, int], _Parsed]] = field(default_factory=dict)
    reads: int = 0  # how many files were parsed (for tests of the cache)


def load_ledger(root: Path, ledger_dir: str | Path = "ledger",
                cache: LoadCache | None = None, today: dt.date | None = None) -> Ledger:
    """Every file of the ledger, checked; with ``today``, also the facts that
    cannot be true yet (a reply sent after today)."""
    root = Path(root)
    folder = (root / ledger_dir)
    ledger = Ledger(root=root, ledger_dir=folder)
    if not folder.is_dir():
        ledger.problems.append(Problem(
            _display(folder, root), None, None, "no-ledger", "error",
            f"there is no ledger folder here: create {_display(folder, root)}/ with"
            " contacts/, rejections/ and replies/ (or run 'ajar init'), or set ledger_dir"))
        return ledger
    live: set[Path] = set()
    # Every file's valid values (faulty ones too): the checks below run on all of them.
    values: dict[str, list[Entry[Any]]] = {kind: [] for kind in KINDS}
    for kind, model in KINDS.items():
        seen: dict[str, str] = {}
        entries: dict[str, Entry[Any]] = getattr(ledger, kind)
        ledger.broken[kind] = set()
        listing = list_entries(folder / kind, folder, _display(folder / kind, root))
        ledger.problems.extend(listing.problems)
        ledger.broken[kind].update(listing.refused)
        for file in listing.files:
            live.add(file)
            path = _display(file, root)
            slug = file.name[:-3]
            parsed = _parse_cached(file, path, slug, model, cache)
            ledger.problems.extend(parsed.problems)
            if is_reserved(slug) and kind != "replies":
                # contacts/index.md would take the place of the contacts page itself.
                ledger.problems.append(Problem(
                    path, 1, 1, "reserved-slug", "error",
                    f"'index' is reserved for the list of {kind}: rename the file,"
                    f" e.g. to {kind}/index-1.md or after the person or role"))
                ledger.broken[kind].add(slug)
                continue
            if slug.lower() in seen:
                ledger.problems.append(Problem(
                    path, 1, 1, "duplicate-slug", "error",
                    f"another {_SINGULAR[kind]} is already called '{seen[slug.lower()]}'"
                    " (slugs are compared without case): rename or merge one of them"))
                ledger.broken[kind].add(slug)
                continue
            seen[slug.lower()] = slug
            if parsed.entry or parsed.partial:
                values[kind].append(parsed.entry or parsed.partial)
            if parsed.entry is None:
                ledger.broken[kind].add(slug)
                if parsed.salvaged is not None:
                    ledger.salvaged[slug] = parsed.salvaged
                if parsed.salvaged_contact is not None:
                    ledger.salvaged_contacts[slug] = parsed.salvaged_contact
            else:
                entries[slug] = parsed.entry
    if cache is not None:
        for stale in set(cache.files) - live:
            del cache.files[stale]
    _check_references(ledger, values["rejections"])
    _check_company_names(ledger, values["companies"])
    if today is not None:
        from ajar.ledger.facts import check_facts

        check_facts(ledger, today, values)
    return ledger


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.relpath(path, root)).as_posix()


def _parse_cached(file: Path, path: str, slug: str, model: type[BaseModel],
                  cache: LoadCache | None) -> _Parsed:
    if cache is None:
        return _parse(file, path, slug, model)
    try:
        stat = file.stat()
        key = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = (0, -1)
    hit = cache.files.get(file)
    if hit and hit[0] == key:
        return hit[1]
    parsed = _parse(file, path, slug, model)
    cache.reads += 1
    cache.files[file] = (key, parsed)
    return parsed


def _parse(file: Path, path: str, slug: str, model: type[BaseModel]) -> _Parsed:
    source = read_source(file, path)
    problems = list(source.problems)
    if source.data is None:
        return _Parsed(None, problems)
    problems.extend(near_miss_keys(source.data, model, source))
    problems.extend(_bool_word_warnings(model, source))
    problems.extend(url_warnings(model, source))
    try:
        meta = model.model_validate(source.data)
    except ValidationError as error:
        problems.extend(_schema_problems(error, source))
        return _faulty(model, slug, path, source, problems)
    except RecursionError:
        problems.append(source.problem("wrong-type", "the front matter is nested too deeply"))
        return _faulty(model, slug, path, source, problems)
    return _Parsed(Entry(slug, path, meta, source.body, source.body_line,
                         {"positions": FoundAgain(file)}), problems)


def _faulty(model: type[BaseModel], slug: str, path: str, source: SourceFile,
            problems: list[Problem]) -> _Parsed:
    """A file with a schema error: left out, but its valid values are still checked
    (and a rejection's or a contact's still count for the schedule)."""
    try:
        meta = partial(model, source.data)
    except RecursionError:
        return _Parsed(None, problems)
    entry = Entry(slug, path, meta, source.body, source.body_line,
                  {"positions": source.positions, "faulty": True})
    return _Parsed(None, problems, entry, salvage(entry), salvage_contact(entry, source.data))


def _bool_word_warnings(model: type[BaseModel], source: SourceFile) -> list[Problem]:
    """yes/no/on/off where true/false is meant: accepted, but YAML 1.2 (and every
    editor using ``ajar schema``) reads them as text, so ask for true/false."""
    assert source.data is not None
    warnings = []
    for key, info in model.model_fields.items():
        name = info.alias or key
        value = source.data.get(name)
        if info.annotation is bool and isinstance(value, str) and value in BOOL_WORDS:
            fix = "true" if BOOL_WORDS[value] else "false"
            warnings.append(source.problem(
                "yes-no", f"{name}: {value!r} is read as {fix}, but YAML 1.2 editors read it"
                f" as text: write {name}: {fix}", (name,), severity="warning"))
    return warnings


def _schema_problems(error: ValidationError, source: SourceFile) -> list[Problem]:
    problems: list[Problem] = []
    reported: set[tuple[Any, ...]] = set()
    for item in error.errors(include_url=False):
        loc = _located(item["loc"], source)
        if loc in reported:
            continue
        reported.add(loc)
        code, message = _describe(item, loc)
        problems.append(source.problem(code, message, loc))
    return problems


def _located(loc: tuple[Any, ...], source: SourceFile) -> tuple[Any, ...]:
    """Keep the part of pydantic's location that names keys of the file
    (dropping union branch names such as 'list[str]')."""
    kept: list[Any] = []
    for part in loc:
        candidate = (*kept, part)
        if candidate in source.positions or (isinstance(part, str) and not kept
                                             and part not in ("str", "list[str]")):
            kept.append(part)
        else:
            break
    return tuple(kept)


def _describe(item: Any, loc: tuple[Any, ...]) -> tuple[str, str]:
    kind = item["type"]
    key = ".".join(str(p) for p in loc) or "front matter"
    last = str(loc[-1]) if loc else ""
    value = item.get("input")
    if kind == "missing":
        example = _HOW_TO_WRITE.get(last, "...")
        return "missing-key", f"'{key}' is required: add '{last}: {example}'"
    if kind in ("bad_date", "bad_duration", "bad_email", "bad_url"):
        return kind.replace("_", "-"), f"{key}: {item['msg']}"
    if kind == "literal_error":
        allowed = item.get("ctx", {}).get("expected", "")
        hint = ""
        if last == "stage" and isinstance(value, str):
            close = difflib.get_close_matches(value.lower(), STAGES, n=1, cutoff=0.5)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
        return "bad-value", f"{key}: {_short(value)} is not allowed{hint}; use one of {allowed}"
    if kind == "bad_bool":
        return "wrong-type", f"{key}: {item['msg']}"
    if kind.startswith("bool"):
        return "wrong-type", f"{key}: {_short(value)} is not true or false: write true or false"
    if kind == "string_too_short":
        return "missing-key", f"'{key}' is empty: fill it in"
    if last == "contact":
        return "wrong-type", f"{key}: write a contact slug or a list of slugs, not {_short(value)}"
    if kind in ("list_type",):
        return "wrong-type", f"{key}: expected a list, e.g. {last}: [a, b], got {_short(value)}"
    if kind in ("model_type", "dict_type"):
        return "wrong-type", (f"{key}: expected 'date', 'kind' and 'note' keys,"
                              f" got {_short(value)}")
    if kind.startswith("string"):
        return "wrong-type", f"{key}: expected text, got {_short(value)}"
    return "wrong-type", f"{key}: {item['msg']}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_references(ledger: Ledger, rejections: list[Entry[Any]]) -> None:
    """Each rejection's contacts name contact files (faulty rejections' too)."""
    known = {slug.lower(): slug for slug in ledger.contacts}
    broken = {slug.lower() for slug in ledger.broken.get("contacts", set())}
    files = sorted({*ledger.contacts, *ledger.broken.get("contacts", set())})
    for rejection in rejections:
        positions = rejection.extra.get("positions", {})
        multiple = isinstance(rejection.meta.contact, list)
        listed: set[str] = set()
        for index, slug in enumerate(rejection.meta.contacts):
            loc = ("contact", index) if multiple else ("contact",)
            if slug in listed:
                line, column = positions.get(loc, positions.get(("contact",), (1, 1)))
                ledger.problems.append(Problem(
                    rejection.path, line, column, "repeated-contact", "warning",
                    f"contact '{slug}' is listed twice: remove the repeat"))
                continue
            listed.add(slug)
            if slug in ledger.contacts or slug.lower() in broken:
                continue
            if slug.lower() in known:
                fix = (f" (slugs are case-sensitive): write '{known[slug.lower()]}'")
            else:
                close = difflib.get_close_matches(slug, files, n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                fix = f"{hint}: fix the slug or create contacts/{slug}.md"
            # Looked up only now: a valid entry's positions are read again from its file.
            line, column = positions.get(loc, positions.get(("contact",), (1, 1)))
            ledger.problems.append(Problem(
                rejection.path, line, column, "unknown-contact", "error",
                f"contact '{slug}' names no file in contacts/{fix}"))
            # An entry with an error is left out, like any other faulty entry;
            # its other contacts keep their reminders.
            leave_out(ledger, rejection)


def leave_out(ledger: Ledger, rejection: Entry[Any]) -> None:
    """Take a rejection with an error out of the pages, keeping its facts for the schedule."""
    if ledger.rejections.pop(rejection.slug, None) is None:
        return
    ledger.broken.setdefault("rejections", set()).add(rejection.slug)
    ledger.salvaged[rejection.slug] = RejectionFacts.of(rejection, faulty=True)


def _check_company_names(ledger: Ledger, companies: list[Entry[Any]]) -> None:
    """Two company files for one name (compared without case) would split its page."""
    seen: dict[str, Entry[Any]] = {}
    for company in sorted(companies, key=lambda c: c.slug):
        name = getattr(company.meta, "name", None)
        if name is None:
            continue
        key = " ".join(name.split()).casefold()
        first = seen.get(key)
        if first is None:
            seen[key] = company
            continue
        line, column = company.extra.get("positions", {}).get(("name",), (1, 1))
        ledger.problems.append(Problem(
            company.path, line, column, "duplicate-company", "error",
            f"{first.path} already names the company '{first.meta.name}'"
            " (names are compared without case): merge the two files into one"))
        ledger.companies.pop(company.slug, None)
        ledger.broken.setdefault("companies", set()).add(company.slug)
