"""``ajar import`` as a core operation: emails and vCards into ledger entries.

The parsing lives in ``formats.mail`` and ``formats.vcard_import``; this module decides
what to create, link or merge and writes it. Output and questions go through
callbacks, so the CLI stays a thin shell (and nothing here imports click).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ajar.config.project import Project


class ImportRun:
    """One `ajar import` run: what was written, what was refused."""

    def __init__(self, project: Project, today: dt.date,
                 out: Callable[[str], None] = print,
                 err: Callable[[str], None] = print,
                 ask: Callable[[str], str] | None = None) -> None:
        from ajar.ledger.loader import load_ledger

        self.project = project
        self.today = today
        self.out, self.err, self.ask = out, err, ask
        self.ledger = load_ledger(project.root, project.settings.ledger_dir)
        self.shown = project.settings.ledger_dir
        self.written: list[Path] = []
        self.created = {"rejections": 0, "contacts": 0}
        self.updated = 0
        self.refused = 0
        from ajar.actions.known_mail import KnownMail

        self.known = KnownMail(project.ledger_path / "rejections")
        me = project.settings.me.email
        self.me = frozenset({me.strip().lower()} if me else set())
        self.by_name: dict[str, tuple[Path, str, str]] = {}
        # email (lowercase) -> (path, display) of contacts known or made in this run
        self.by_email: dict[str, tuple[Path, str, str]] = {}
        for slug, contact in self.ledger.contacts.items():
            if contact.meta.email:
                self.by_email.setdefault(contact.meta.email.strip().lower(),
                                         (project.root / contact.path, contact.path, slug))
        self.taken: dict[str, set[str]] = {"rejections": set(), "contacts": set()}
        self._companies: Any = None

    @property
    def companies(self) -> Any:
        """The ledger's company names (read when the first email needs them)."""
        if self._companies is None:
            from ajar.actions.known_companies import ledger_companies

            self._companies = ledger_companies(self.ledger)
        return self._companies

    def error(self, label: str | None, message: str) -> None:
        self.err(f"ajar: {label}: {message}" if label else f"ajar: {message}")
        self.refused += 1

    def create(self, kind: str, wanted: str, fields: dict[str, Any], body: str
               ) -> tuple[Path, str, str] | None:
        """Write a new entry under a free slug; (path, shown path, slug) or None."""
        from ajar.store.edit import EditError, create_entry
        from ajar.ledger.slugs import free_slug
        from ajar.store.writer import WriteError

        folder = self.project.ledger_path / kind
        folder.mkdir(parents=True, exist_ok=True)
        for _ in range(5):  # another writer may take the name between look and write
            slug = free_slug(folder, wanted, self.taken[kind])
            path = folder / f"{slug}.md"
            try:
                create_entry(path, fields, body)
            except WriteError:
                self.taken[kind].add(slug)
                continue
            self.taken[kind].add(slug)
            self.written.append(path)
            self.created[kind] += 1
            return path, f"{self.shown}/{kind}/{slug}.md", slug
        raise EditError(f"{self.shown}/{kind}/{wanted}.md: no free file name")

    def undo(self, path: Path, kind: str) -> None:
        """Take back a file this run wrote (a contact whose rejection failed)."""
        try:
            path.unlink()
        except OSError:
            return
        if path in self.written:
            self.written.remove(path)
        self.created[kind] -= 1

    def message(self, sources: list[str]) -> str:
        def count(n: int, word: str) -> str:
            return f"{n} {word}{'' if n == 1 else 's'}"

        made = [count(n, kind[:-1]) for kind, n in (("rejections", self.created["rejections"]),
                                                     ("contacts", self.created["contacts"]))
                if n]
        text = "Import " + " and ".join(made) if made else ""
        if self.updated:
            text += (" and update " if text else "Update ") + count(self.updated, "contact")
        names = ["standard input" if s == "-" else Path(s).name for s in sources]
        where = names[0] if len(names) == 1 else f"{len(names)} files"
        return f"{text} from {where}"


def clean_fields(model: Any, fields: dict[str, Any], keep: tuple[str, ...]
                  ) -> tuple[dict[str, Any], list[str]]:
    """``fields`` without the values ``model`` refuses (but never drops ``keep``)."""
    from pydantic import ValidationError

    fields = dict(fields)
    dropped: list[str] = []
    for _ in range(len(fields) + 1):
        try:
            model.model_validate({k: v.isoformat() if hasattr(v, "isoformat") else v
                                  for k, v in fields.items()})
            return fields, dropped
        except ValidationError as error:
            loc = error.errors(include_url=False)[0]["loc"]
            key = str(loc[0]) if loc else ""
            if key not in fields or key in keep:
                raise
            dropped.append(f"{key} {fields.pop(key)!r}")
    return fields, dropped


def _contact_fields(run: ImportRun, draft: Any, label: str) -> dict[str, Any] | None:
    """The new contact's front matter; a value Ajar will not keep (an address like
    ``jane@localhost``) is left out with a warning, never a failed import."""
    from pydantic import ValidationError

    from ajar.ledger.models import ContactMeta

    person = draft.person
    fields: dict[str, Any] = {"name": person.name}
    for key, value in (("company", draft.company), ("title", person.title),
                       ("email", person.email), ("phone", person.phone),
                       ("linkedin", person.linkedin)):
        if value:
            fields[key] = value
    try:
        fields, dropped = clean_fields(ContactMeta, fields, ("name",))
    except ValidationError:
        run.err(f"ajar: {label}: warning: the sender's name {person.name!r} is not valid:"
                " no contact made")
        return None
    for what in dropped:
        run.err(f"ajar: {label}: warning: left out {what} of the new contact: not valid")
    return fields


def _existing_contact(run: ImportRun, person: Any) -> tuple[Path, str, str] | None:
    if person.email:
        return run.by_email.get(person.email.lower())
    same = [c for c in run.ledger.contacts.values()
            if c.meta.name.casefold() == person.name.casefold()]
    if len(same) == 1:
        return run.project.root / same[0].path, same[0].path, same[0].slug
    return run.by_name.get(person.name.casefold())


def import_mail(run: ImportRun, source: str, flags: dict[str, Any], interactive: bool,
                messages: Any = None, pick: Callable[[str, bytes], bool] | None = None,
                confirm: Callable[[Any], bool] | None = None) -> None:
    """Import the emails of ``source`` (or the ``(label, raw)`` pairs of ``messages``).
    ``pick`` decides from the raw email whether it is one to import at all
    (``--scan``: rejections only); ``confirm`` asks about each new one."""
    from pydantic import ValidationError

    from ajar.store.lock import LockError, ledger_lock
    from ajar.formats.mail import MailError, draft_rejection, rejection_fields
    from ajar.formats.mail_sources import read_source
    from ajar.ledger.models import RejectionMeta

    if messages is None:
        stdin = sys.stdin.buffer if source == "-" else None
        messages = read_source(source, stdin=stdin)
    for label, raw in messages:
        if isinstance(raw, MailError):
            run.error(label, str(raw))
            continue
        try:
            if pick is not None and not pick(label, raw):
                continue
            draft = draft_rejection(raw, label, run.me)
        except MailError as error:
            run.error(label, str(error))
            continue
        for warning in draft.warnings:
            run.err(f"ajar: {label}: warning: {warning}")
        if run.known.knows(draft.message_id, draft.content_hash):
            run.out(f"already imported: {label} ({_which(draft)})")
            continue
        spelled = None if flags.get("company") else run.companies.spelling(draft.company)
        if spelled:
            run.out(f"{label}: company {draft.company!r} written as the ledger writes it:"
                    f" {spelled!r}")
            draft.company = spelled
        if confirm is not None and not confirm(draft):
            continue
        for key in ("company", "role", "stage"):
            if flags.get(key):
                setattr(draft, key, flags[key])
        if draft.date is None:
            draft.date = flags.get("date") or run.today
            if not flags.get("date"):
                run.err(f"ajar: {label}: no readable Date header: dated today"
                        f" ({draft.date.isoformat()}); pass --date to change it")
        missing = [key for key in ("company", "role") if not getattr(draft, key)]
        if missing and interactive:
            run.out(f"{label}: {draft.subject or '(no subject)'}"
                    f" - from {draft.sender or '(unknown sender)'}")
            for key in missing:
                setattr(draft, key, (run.ask(f"  {key}") if run.ask else "").strip() or None)
            missing = [key for key in ("company", "role") if not getattr(draft, key)]
        if missing:
            names = " and ".join(missing)
            options = " and ".join(f"--{key}" for key in missing)
            run.error(label, f"cannot find the {names} in this email: run on a terminal to be"
                             f" asked, or import this email alone with {options}; not imported")
            continue

        contact_slug = flags.get("contact")
        new_contact = None
        if not contact_slug and draft.person is not None:
            known = _existing_contact(run, draft.person)
            if known is not None:
                contact_slug = known[2]
                run.out(f"linked {known[1]} ({draft.person.email or draft.person.name})")
            else:
                new_contact = _contact_fields(run, draft, label)
        fields = rejection_fields(draft, contact_slug or "pending-contact")
        try:
            clean_fields(RejectionMeta, fields, tuple(fields))
        except ValidationError as error:
            item = error.errors(include_url=False)[0]
            where = ".".join(str(p) for p in item["loc"])
            run.error(label, f"{where}: {item['msg']}; not imported")
            continue
        # Is it known? then write it - under the ledger's lock, so that parallel
        # imports of the same email make one entry.
        made_contact = made = None
        try:
            with ledger_lock(run.project.ledger_path, timeout=60):
                run.known.refresh()
                if run.known.knows(draft.message_id, draft.content_hash):
                    run.out(f"already imported: {label} ({_which(draft)})")
                    continue
                made_contact, made = _write(run, draft, new_contact, contact_slug, label)
        except LockError as error:
            run.error(label, str(error))
            continue
        if made is None:
            continue
        run.known.add(draft.message_id, draft.content_hash)
        run.companies.add(draft.company)
        if made_contact is not None:
            if new_contact.get("email"):
                run.by_email[new_contact["email"].lower()] = made_contact
            run.by_name[new_contact["name"].casefold()] = made_contact
            run.out(f"created {made_contact[1]} ({new_contact['name']})")
        extra = "; no reply owed (sent by a no-reply address)" if draft.no_reply else ""
        run.out(f"created {made[1]} ({draft.company}, {draft.role}){extra}")


def _write(run: ImportRun, draft: Any, new_contact: dict[str, Any] | None,
           contact_slug: str | None, label: str) -> tuple[Any, Any]:
    """The contact (if new) and the rejection; on a failure neither is left behind."""
    from ajar.formats.mail import rejection_fields
    from ajar.ledger.slugs import slugify
    from ajar.store.edit import EditError

    made_contact = None
    try:
        if new_contact is not None:
            wanted = slugify(new_contact["name"]) or slugify(draft.person.email) or "contact"
            made_contact = run.create("contacts", wanted, new_contact,
                                      f"Sent the rejection {draft.date.isoformat()}"
                                      f" ({draft.company}, {draft.role}).\n")
            contact_slug = made_contact[2] if made_contact else contact_slug
        wanted = slugify(f"{draft.date.isoformat()}-{draft.company}-{draft.role}") \
            or draft.date.isoformat()
        made = run.create("rejections", wanted, rejection_fields(draft, contact_slug),
                          draft.notes)
    except (EditError, OSError) as error:
        if made_contact is not None:  # nothing half-written
            run.undo(made_contact[0], "contacts")
        run.error(label, f"cannot write: {getattr(error, 'strerror', None) or error}")
        return None, None
    return made_contact, made


def _which(draft: Any) -> str:
    return f"Message-ID {draft.message_id}" if draft.message_id else \
        f"same sender, date and text, {draft.content_hash}"


def import_vcard(run: ImportRun, source: str) -> None:
    from pydantic import ValidationError

    from ajar.store.edit import EditError, FrontMatterEditor
    from ajar.ledger.slugs import slugify
    from ajar.ledger.models import ContactMeta
    from ajar.formats.vcard_import import MAX_VCF_BYTES, CardError, merge_plan, read_cards

    try:
        with open(source, "rb") as file:
            data = file.read(MAX_VCF_BYTES + 1)
    except OSError as error:
        run.error(source, f"cannot read: {error.strerror or error}")
        return
    for card in read_cards(data, source):
        if isinstance(card, CardError):
            run.error(None, str(card))
            continue
        for warning in card.warnings:
            run.err(f"ajar: {card.label}: warning: {warning}")
        match = next((run.by_email[e.lower()] for e in card.emails
                      if e.lower() in run.by_email), None)
        if match is None and not card.emails:
            same = [c for c in run.ledger.contacts.values()
                    if c.meta.name.casefold() == card.name.casefold()]
            if len(same) == 1:
                match = (run.project.root / same[0].path, same[0].path, same[0].slug)
        if match is not None:
            path, shown, _ = match
            try:
                editor = FrontMatterEditor(path, shown)
                plan = merge_plan(editor.expected, card, editor.body)
                for key, value in plan.add.items():
                    editor.set(key, value)
                if plan.note:
                    editor.fill_body(plan.note)
                if editor.changed:
                    editor.save()
                    if path not in run.written:
                        run.written.append(path)
                        run.updated += 1
            except EditError as error:
                run.error(card.label, str(error))
                continue
            # One line per card: what it did to the file; then any disagreement.
            uid = (f"; its UID names '{card.slug}', matched by email instead"
                   if card.slug and card.slug != match[2] else "")
            if plan.added:
                run.out(f"updated {shown}: added {', '.join(plan.added)} ({card.label}{uid})")
            else:
                run.out(f"unchanged {shown} ({card.label}{uid})")
            for conflict in plan.conflicts:
                run.out(f"{shown}: {conflict}")
            continue
        try:
            fields, dropped = clean_fields(ContactMeta, card.fields, ("name",))
        except ValidationError as error:
            run.error(card.label, f"{error.errors(include_url=False)[0]['msg']}")
            continue
        for what in dropped:
            run.err(f"ajar: {card.label}: warning: left out {what}: not valid")
        try:
            made = run.create("contacts", card.slug or slugify(card.name) or "contact", fields,
                              card.note)
        except (EditError, OSError) as error:
            run.error(card.label, f"cannot write: {getattr(error, 'strerror', None) or error}")
            continue
        if made is not None:
            for email in card.emails:
                run.by_email.setdefault(email.lower(), made)
            run.out(f"created {made[1]} ({card.name})")
