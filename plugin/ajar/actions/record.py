"""Recording what the user did: one function per action, the same for ``ajar`` and the site.

Each action reads the ledger, decides, edits one file in place (or creates one)
and commits it when asked. It returns what it did as lines for the user, or
raises :class:`ActionError` having written nothing. Each holds the ledger lock
from reading the ledger to the commit, so parallel actions take turns and each
sees what the one before it wrote.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ajar.actions.entries import did_you_mean, find_entry, slug_of
from ajar.actions.errors import ActionError
from ajar.config.project import Project
from ajar.ledger.dates import DateError, Duration, parse_date
from ajar.ledger.ledger import Ledger
from ajar.ledger.loader import load_ledger
from ajar.ledger.url_hints import linkedin_hint


@dataclass
class Outcome:
    """What an action did: lines to show, the files written, the commit made (if any)."""

    lines: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    commit: str | None = None
    warnings: list[str] = field(default_factory=list)  # done, but worth a second look

    @property
    def changed(self) -> bool:
        return bool(self.files)


# ------------------------------------------------------------------ the lock

_Action = Callable[..., Outcome]


def under_ledger_lock(action: _Action) -> _Action:
    """Run ``action(project, ...)`` holding the ledger lock (re-entrant)."""

    @functools.wraps(action)
    def locked(project: Project, *args: Any, **kwargs: Any) -> Outcome:
        from ajar.store.lock import LockError, ledger_lock

        try:
            with ledger_lock(project.ledger_path, timeout=30):
                return action(project, *args, **kwargs)
        except LockError as error:
            raise ActionError(str(error), 1) from None

    return locked


# ------------------------------------------------------------------ arguments

def today(project: Project) -> dt.date:
    try:
        return project.settings.resolve_today()
    except DateError as error:
        raise ActionError(str(error)) from None


def parse_day(value: str | dt.date | None, option: str, project: Project) -> dt.date:
    """An option's date (today when not given); a bad one names the option."""
    if value is None:
        return today(project)
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(value)
    except DateError as error:
        raise ActionError(f"{option}: {error}") from None


def _not_future(day: dt.date, project: Project, option: str = "--on") -> None:
    now = today(project)
    if day > now:
        raise ActionError(f"{option} {day.isoformat()} is in the future"
                          f" (today is {now.isoformat()})")


def _should_commit(project: Project, flag: bool | None) -> bool:
    return project.settings.auto_commit if flag is None else flag


def _load(project: Project) -> Ledger:
    return load_ledger(project.root, project.settings.ledger_dir)


# ------------------------------------------------------------------ writing

def _check_can_commit(project: Project, commit: bool) -> None:
    """With a commit to make, refuse before anything is written when git cannot."""
    if not commit:
        return
    from ajar.store.commit import CommitError, check_can_commit

    try:
        check_can_commit(project.root)
    except CommitError as error:
        raise ActionError(str(error), 1) from None


def _commit(project: Project, commit: bool, outcome: Outcome, message: str) -> Outcome:
    if not commit or not outcome.files:
        return outcome
    from ajar.store.commit import CommitError, commit_files

    try:
        outcome.commit = commit_files(project.root, outcome.files, message)
    except CommitError as error:
        raise ActionError(f"written but not committed: {error}", 1) from None
    outcome.lines.append(f"committed {outcome.commit}: {message}")
    return outcome


@under_ledger_lock
def edit_entry(project: Project, entry: Any, change: Callable[[Any], None], *,
               commit: bool, message: str, done: str) -> Outcome:
    """Apply ``change(editor)`` to the entry's file in place, write it, commit it."""
    from ajar.store.edit import EditError, FrontMatterEditor

    _check_can_commit(project, commit)
    path = project.root / entry.path
    try:
        editor = FrontMatterEditor(path, entry.path)
        change(editor)
        if not editor.changed:
            return Outcome([f"already recorded: {done}"])
        editor.save()
    except EditError as error:
        raise ActionError(str(error), 1) from None
    return _commit(project, commit, Outcome([f"recorded: {done}"], [path]), message)


def _record_date_once(project: Project, entry: Any, key: str, day: dt.date,
                      words: tuple[str, str], message: str, commit: bool) -> Outcome:
    """Set a date that is recorded once (replied, linkedin_connected): the same date
    again is a no-op, a different one is left for the user to change by hand."""
    verb, thing = words
    done = f"{verb} on {day.isoformat()} ({entry.path})"
    current = getattr(entry.meta, key)
    if current == day:
        return Outcome([f"already recorded: {done}"])
    if current is not None:
        raise ActionError(f"{entry.path} already records {thing} on {current.isoformat()}:"
                          " edit the file to change it", 1)
    return edit_entry(project, entry, lambda editor: editor.set(key, day),
                      commit=commit, message=message, done=done)


# ------------------------------------------------------------------ the actions

@under_ledger_lock
def replied(project: Project, rejection: str, on: str | dt.date | None = None,
            commit: bool | None = None) -> Outcome:
    """``ajar replied``: set the rejection's ``replied`` date."""
    day = parse_day(on, "--on", project)
    _not_future(day, project)
    entry = find_entry(_load(project), "rejections", rejection)
    if entry.meta.no_reply:
        raise ActionError(f"{entry.path} says no_reply: true (nobody to reply to):"
                          " remove no_reply from the file first if you did reply", 1)
    if day < entry.meta.date:
        raise ActionError(f"--on {day.isoformat()} is before the rejection arrived"
                          f" ({entry.meta.date.isoformat()})")
    return _record_date_once(project, entry, "replied", day, ("replied", "a reply"),
                             f"Replied to {entry.meta.company} about {entry.meta.role}",
                             _should_commit(project, commit))


@under_ledger_lock
def no_reply(project: Project, rejection: str, commit: bool | None = None) -> Outcome:
    """``ajar no-reply``: set ``no_reply: true`` (nobody to reply to); refused once replied."""
    entry = find_entry(_load(project), "rejections", rejection)
    meta = entry.meta
    done = f"no reply possible ({entry.path})"
    if meta.replied is not None:
        raise ActionError(f"{entry.path} already records a reply on {meta.replied.isoformat()}:"
                          " edit the file to change it", 1)
    if meta.no_reply:
        return Outcome([f"already recorded: {done}"])
    return edit_entry(project, entry, lambda editor: editor.set("no_reply", True),
                      commit=_should_commit(project, commit),
                      message=f"No reply possible to {meta.company} about {meta.role}",
                      done=done)


@under_ledger_lock
def connected(project: Project, contact: str, on: str | dt.date | None = None,
              commit: bool | None = None) -> Outcome:
    """``ajar connected``: set the contact's ``linkedin_connected`` date."""
    day = parse_day(on, "--on", project)
    _not_future(day, project)
    entry = find_entry(_load(project), "contacts", contact)
    return _record_date_once(project, entry, "linkedin_connected", day,
                             ("connected", "a LinkedIn connection"),
                             f"Connected with {entry.meta.name} on LinkedIn",
                             _should_commit(project, commit))


@under_ledger_lock
def reconnected(project: Project, contact: str, on: str | dt.date | None = None,
                note: str | None = None, commit: bool | None = None) -> Outcome:
    """``ajar reconnected``: add a ``reconnect`` log entry.

    A ``next_reconnect`` on or before that date is done with, so it is removed
    (a later one, a plan for the future, is kept)."""
    day = parse_day(on, "--on", project)
    _not_future(day, project)
    note = (note or "").strip() or None
    entry = find_entry(_load(project), "contacts", contact)
    meta = entry.meta
    done = f"reconnect on {day.isoformat()} ({entry.path})"
    if any(e.date == day and e.kind == "reconnect" and (e.note or None) == note
           for e in meta.log):
        return Outcome([f"already recorded: {done}"])
    item: dict[str, Any] = {"date": day, "kind": "reconnect"}
    if note:
        item["note"] = note
    stale = meta.next_reconnect is not None and meta.next_reconnect <= day

    def change(editor: Any) -> None:
        editor.append("log", item)
        if stale:
            editor.remove("next_reconnect")

    outcome = edit_entry(project, entry, change, commit=_should_commit(project, commit),
                         message=f"Reconnected with {meta.name}", done=done)
    if stale and outcome.changed:
        outcome.lines.insert(1, f"removed next_reconnect {meta.next_reconnect.isoformat()}:"
                                " it has passed")
    return outcome


@under_ledger_lock
def snooze(project: Project, contact: str, until: str | dt.date | None = None,
           for_: str | None = None, commit: bool | None = None) -> Outcome:
    """``ajar snooze``: set the contact's ``next_reconnect`` to a later date."""
    if (until is None) == (for_ is None):
        raise ActionError("give either --until DATE or --for DURATION")
    now = today(project)
    if until is not None:
        day = parse_day(until, "--until", project)
    else:
        try:
            day = Duration.parse(str(for_)).after(now)
        except (DateError, OverflowError) as error:
            raise ActionError(f"--for: {error}") from None
    if day <= now:
        raise ActionError(f"{day.isoformat()} is not after today ({now.isoformat()}):"
                          " snooze to a later date")
    entry = find_entry(_load(project), "contacts", contact)
    meta = entry.meta
    done = f"next reconnect on {day.isoformat()} ({entry.path})"
    if meta.next_reconnect == day:
        return Outcome([f"already recorded: {done}"])
    return edit_entry(project, entry, lambda editor: editor.set("next_reconnect", day),
                      commit=_should_commit(project, commit),
                      message=f"Snoozed {meta.name} until {day.isoformat()}", done=done)


# ------------------------------------------------------------------ new entries

def _validate(model: Any, fields: dict[str, Any], options: dict[str, str]) -> None:
    """An :class:`ActionError` for the first value the schema refuses, named by its option."""
    from pydantic import ValidationError

    from ajar.ledger.loader import _describe

    try:
        model.model_validate({k: v.isoformat() if hasattr(v, "isoformat") else v
                              for k, v in fields.items()})
    except ValidationError as error:
        item = error.errors(include_url=False)[0]
        loc = tuple(p for p in item["loc"] if p not in ("str", "list[str]"))[:1]
        _, message = _describe(item, loc)
        key = str(loc[0]) if loc else ""
        option = options.get(key)
        raise ActionError(f"{option}: {message}" if option else message) from None


def _pick_slug(given: str | None, made_from: str, what: str) -> str:
    import re

    from ajar.ledger.slugs import is_reserved, slugify

    if given is not None:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", given):
            raise ActionError(f"--slug {given!r}: use lowercase letters, digits and dashes,"
                              " e.g. jane-doe")
        slug = given
    else:
        slug = slugify(made_from)
    if not slug:
        raise ActionError(f"cannot make a file name from {what}: pass --slug, e.g. --slug jane-doe")
    if is_reserved(slug):
        raise ActionError(f"'{slug}' is reserved for the list page and cannot name an entry:"
                          f" pass --slug, e.g. --slug {slug}-1")
    return slug


@under_ledger_lock
def create(project: Project, kind: str, slug: str, fields: dict[str, Any], *,
           commit: bool | None, message: str) -> Outcome:
    """Write a new entry file; never over an existing one (also by case)."""
    from ajar.store.edit import EditError, create_entry
    from ajar.store.writer import WriteError

    committing = _should_commit(project, commit)
    folder = project.ledger_path / kind
    shown = f"{project.settings.ledger_dir}/{kind}"
    taken_message = "already exists: not overwriting it; pick another name with --slug"
    if folder.is_dir():
        taken = {p.name[:-3].lower(): p.name for p in folder.glob("*.md")}
        if slug.lower() in taken:
            raise ActionError(f"{shown}/{taken[slug.lower()]} {taken_message}", 1)
    _check_can_commit(project, committing)
    path = folder / f"{slug}.md"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        create_entry(path, fields)
    except WriteError:
        raise ActionError(f"{shown}/{slug}.md {taken_message}", 1) from None
    except EditError as error:
        raise ActionError(str(error), 1) from None
    except OSError as error:
        raise ActionError(f"{shown}/{slug}.md: cannot write: {error.strerror or error}", 1) from None
    return _commit(project, committing, Outcome([f"created {shown}/{slug}.md"], [path]), message)


@under_ledger_lock
def add_contact(project: Project, name: str, *, details: dict[str, str | None],
                tags: list[str], slug: str | None = None,
                commit: bool | None = None) -> Outcome:
    """``ajar add contact``: a new contact file from NAME and its details."""
    from ajar.ledger.models import ContactMeta

    fields: dict[str, Any] = {"name": name.strip()}
    for key, value in details.items():
        if value is not None and value.strip():
            fields[key] = value.strip()
    if tags:
        fields["tags"] = [t.strip() for t in tags if t.strip()]
    options = {key: f"--{key}" for key in fields if key != "name"} | {"name": "NAME",
                                                                       "tags": "--tag"}
    _validate(ContactMeta, fields, options)
    chosen = _pick_slug(slug, name, "NAME")
    namesakes = _same_name(project, fields["name"])
    if namesakes and slug is None:
        raise ActionError(f"{namesakes[0]} is already called {fields['name']!r}: add to that"
                          " file, or pass --slug to add another person of the same name", 1)
    outcome = create(project, "contacts", chosen, fields, commit=commit,
                     message=f"Add contact {fields['name']}")
    outcome.warnings.extend(f"{path} has the same name" for path in namesakes)
    hint = linkedin_hint(fields.get("linkedin"))
    if hint:
        outcome.warnings.append(hint)
    return outcome


def _same_name(project: Project, name: str) -> list[str]:
    """The contact files whose ``name`` is ``name`` (without case or extra spaces)."""
    import unicodedata

    def key(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()

    return sorted(c.path for c in _load(project).contacts.values()
                  if key(c.meta.name) == key(name))


@under_ledger_lock
def add_rejection(project: Project, company: str, role: str, *,
                  date: str | dt.date | None = None, contacts: list[str] = (),  # type: ignore[assignment]
                  stage: str | None = None, reason: str | None = None,
                  replied: str | dt.date | None = None, no_reply: bool = False,
                  slug: str | None = None, commit: bool | None = None) -> Outcome:
    """``ajar add rejection``: a new rejection file; ``replied``/``no_reply`` for backfilling."""
    from ajar.ledger.models import RejectionMeta

    if replied is not None and no_reply:
        raise ActionError("give --replied DATE or --no-reply, not both")
    day = parse_day(date, "--date", project)
    fields: dict[str, Any] = {"company": company.strip(), "role": role.strip(), "date": day}
    wanted = list(dict.fromkeys(slug_of(c, "contacts") for c in contacts))
    if wanted:
        fields["contact"] = wanted[0] if len(wanted) == 1 else wanted
    if stage is not None:
        fields["stage"] = stage.strip()
    if reason is not None and reason.strip():
        fields["reason"] = reason.strip()
    if replied is not None:
        replied_on = parse_day(replied, "--replied", project)
        _not_future(replied_on, project, "--replied")
        if replied_on < day:
            raise ActionError(f"--replied {replied_on.isoformat()} is before --date"
                              f" {day.isoformat()}")
        fields["replied"] = replied_on
    if no_reply:
        fields["no_reply"] = True
    _validate(RejectionMeta, fields, {"company": "--company", "role": "--role",
                                      "date": "--date", "contact": "--contact",
                                      "stage": "--stage", "reason": "--reason",
                                      "replied": "--replied"})
    if wanted:
        ledger = _load(project)
        known = sorted(set(ledger.contacts) | ledger.broken.get("contacts", set()))
        for name in wanted:
            if name not in known:
                raise ActionError(f"--contact: no contact '{name}' in"
                                  f" {project.settings.ledger_dir}/contacts/"
                                  f"{did_you_mean(name, known)}:"
                                  " add it first with 'ajar add contact'")
    chosen = _pick_slug(slug, f"{day.isoformat()}-{company}-{role}", "the company and role")
    return create(project, "rejections", chosen, fields, commit=commit,
                  message=f"Add rejection from {fields['company']} for {fields['role']}")


# ------------------------------------------------------------------ companies

@under_ledger_lock
def checked(project: Project, company: str, on: str | dt.date | None = None,
            note: str | None = None, commit: bool | None = None) -> Outcome:
    """``ajar checked``: add a ``check`` log entry to the company's file.

    COMPANY is a company file's slug, file name or path, the slug of its page, or
    its name as rejections and contacts write it. A company without a file gets
    one, with its name and ``radar: true``: looking at its openings is what
    putting it on the radar means. A name the ledger does not know starts a new
    company file, unless it is close to a known one (then: did you mean)."""
    from ajar.rules.companies import companies

    day = parse_day(on, "--on", project)
    _not_future(day, project)
    note = (note or "").strip() or None
    ledger = _load(project)
    slug = slug_of(company, "companies")
    folder = f"{project.settings.ledger_dir}/companies"
    if slug in ledger.broken.get("companies", set()):
        raise ActionError(f"{folder}/{slug}.md has errors: run 'ajar check' and fix them first", 1)
    entry = ledger.companies.get(slug)
    index = companies(ledger)
    if entry is None:
        view = index.by_slug.get(slug) or index.get(company)
        if view is not None and view.file is not None:
            entry = view.file
    item: dict[str, Any] = {"date": day, "kind": "check"}
    if note:
        item["note"] = note
    if entry is not None:
        meta = entry.meta
        done = f"openings checked at {meta.name} on {day.isoformat()} ({entry.path})"
        if any(e.date == day and e.kind == "check" and (e.note or None) == note
               for e in meta.log):
            return Outcome([f"already recorded: {done}"])
        outcome = edit_entry(project, entry, lambda editor: editor.append("log", item),
                             commit=_should_commit(project, commit),
                             message=f"Checked openings at {meta.name}", done=done)
        if not meta.radar and outcome.changed:
            outcome.lines.append(f"{meta.name} is not on the radar: add 'radar: true' to"
                                 f" {entry.path} to be reminded")
        return outcome
    view = index.by_slug.get(slug) or index.get(company)
    if view is not None:  # known from rejections or contacts: its page's slug
        name, slug = view.name, view.slug
    else:
        name = " ".join(company.split())
        known = sorted({v.slug for v in index} | {v.name for v in index})
        hint = did_you_mean(name, known) or did_you_mean(slug, known)
        looks_like_slug = name == slug and not any(ch.isupper() or ch.isspace() for ch in name)
        if hint or looks_like_slug or "/" in company or company.strip().endswith(".md"):
            raise ActionError(
                f"no company '{company.strip()}' in the ledger{hint}: give a known company's"
                " slug or name, or the full name of a new one to watch"
                " (e.g. ajar checked \"Lamna Healthcare\")")
        slug = _pick_slug(None, name, "the company name")
    if view is None and slug.lower() in {v.slug.lower() for v in index}:
        # A new name whose slug another company's page has: keep both pages.
        from ajar.ledger.slugs import free_slug

        slug = free_slug(project.ledger_path / "companies", slug, {v.slug for v in index})
    fields: dict[str, Any] = {"name": name, "radar": True, "log": [item]}
    outcome = create(project, "companies", slug, fields, commit=commit,
                     message=f"Put {name} on the radar: checked its openings")
    outcome.lines.append(f"recorded: openings checked at {name} on {day.isoformat()};"
                         " it is on the radar now")
    return outcome
