"""``ajar import`` of LinkedIn's data export: who accepted, and who moved.

A connection that matches a contact (by profile address, else email, else
name) records ``linkedin_connected`` and fills in a missing ``linkedin``,
``company`` or ``title``; a changed company or title updates the contact and
adds a ``moved`` log entry dated the import day. Connections that match no
contact are only counted. Every edit goes through the in-place editor, so only
the changed lines change, and a second import of the same export finds
nothing left to do.

Decisions where DESIGN.md is silent: a name matches only when exactly one
contact has it and that contact has no other LinkedIn profile on record (two
people can share a name, not a profile); an empty company or position in the
export is "not shared", never a move; a connection date after today is left out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ajar.actions.importer import ImportRun
from ajar.formats.linkedin import (Connection, LinkedInError, name_key, profile_key,
                                   read_export, same_text)

RULES = ("profile URL", "email", "name")


@dataclass
class _Target:
    slug: str
    path: str  # as shown, relative to the project
    name: str
    linkedin: str | None
    email: str | None


@dataclass
class _Index:
    """The ledger's contacts by profile key, email and name key."""

    by_url: dict[str, list[_Target]] = field(default_factory=dict)
    by_email: dict[str, list[_Target]] = field(default_factory=dict)
    by_name: dict[str, list[_Target]] = field(default_factory=dict)

    def add(self, target: _Target) -> None:
        url = profile_key(target.linkedin)
        if url:
            self.by_url.setdefault(url, []).append(target)
        if target.email:
            self.by_email.setdefault(target.email.strip().lower(), []).append(target)
        self.by_name.setdefault(name_key(target.name), []).append(target)

    def find(self, connection: Connection) -> tuple[_Target | None, str | None, str | None]:
        """(contact, the rule that matched, why nothing matched when it is worth saying)."""
        url = profile_key(connection.url)
        if url and len(self.by_url.get(url, [])) == 1:
            return self.by_url[url][0], "profile URL", None
        email = (connection.email or "").strip().lower()
        if email and len(self.by_email.get(email, [])) == 1:
            return self.by_email[email][0], "email", None
        same = self.by_name.get(name_key(connection.name), [])
        if len(same) > 1:
            slugs = ", ".join(t.slug for t in same)
            return None, None, f"{len(same)} contacts are called {connection.name} ({slugs}):"\
                " add the profile address to the right one"
        if len(same) == 1:
            other = profile_key(same[0].linkedin)
            if other and url and other != url:
                return None, None, (f"{same[0].path} has the same name but another profile"
                                    f" ({same[0].linkedin}): not the same person")
            return same[0], "name", None
        return None, None, None


def import_linkedin(run: ImportRun, source: str) -> None:
    from ajar.store.edit import EditError, FrontMatterEditor
    from ajar.store.lock import LockError, ledger_lock

    try:
        export = read_export(Path(source))
    except LinkedInError as error:
        run.error(None, str(error))
        return
    for problem in export.problems:
        run.err(f"ajar: {problem}")
    index = _Index()
    for slug, contact in run.ledger.contacts.items():
        index.add(_Target(slug, contact.path, contact.meta.name, contact.meta.linkedin,
                          contact.meta.email))
    rules: Counter[str] = Counter()
    done: dict[str, int] = {}  # contact slug -> the line of the connection that matched it
    changed = moved = 0
    for connection in export.connections:
        target, rule, why = index.find(connection)
        if target is None:
            if why:
                run.out(f"not matched: {connection.name} ({export.source}:{connection.line}):"
                        f" {why}")
            continue
        if target.slug in done:
            run.out(f"{target.path}: {connection.name} ({export.source}:{connection.line})"
                    f" matches it again (first on line {done[target.slug]}): left as it is")
            continue
        done[target.slug] = connection.line
        assert rule is not None
        rules[rule] += 1
        path = run.project.root / target.path
        try:
            with ledger_lock(run.project.ledger_path, timeout=60):
                editor = FrontMatterEditor(path, target.path)  # read under the lock
                said = _apply(editor, connection, run)
                if editor.changed:
                    editor.save()
                    if path not in run.written:
                        run.written.append(path)
                        run.updated += 1
        except (EditError, LockError) as error:
            run.error(f"{export.source}:{connection.line}", str(error))
            continue
        if said:
            changed += 1
            moved += any(s.startswith("moved") for s in said)
            run.out(f"updated {target.path} (matched by {rule}): {'; '.join(said)}")
    matched = sum(rules.values())
    how = ", ".join(f"{rules[r]} by {r}" for r in RULES if rules[r])
    run.out(f"LinkedIn {export.source}: {_count(len(export.connections), 'connection')};"
            f" {matched} match {'a contact' if matched == 1 else 'contacts'}"
            + (f" ({how})" if how else "")
            + f": {changed} updated, {moved} moved, {matched - changed} unchanged;"
            f" {len(export.connections) - matched} match no contact (not imported)")


def _apply(editor: Any, connection: Connection, run: ImportRun) -> list[str]:
    """Make the edits ``connection`` calls for; say what they were."""
    from pydantic import ValidationError

    from ajar.ledger.models import ContactMeta

    current = editor.expected
    said: list[str] = []
    if not current.get("linkedin_connected") and connection.connected is not None:
        if connection.connected <= run.today:
            editor.set("linkedin_connected", connection.connected)
            said.append(f"connected {connection.connected.isoformat()}")
    if not current.get("linkedin") and connection.url:
        try:
            ContactMeta.model_validate({"name": "x", "linkedin": connection.url})
        except ValidationError:
            pass
        else:
            editor.set("linkedin", connection.url)
            said.append("added the profile address")
    old = {key: _text(current.get(key)) for key in ("company", "title")}
    new = {"company": connection.company, "title": connection.title}
    moves = [key for key in ("company", "title")
             if new[key] and old[key] and not same_text(old[key], new[key])]
    for key in ("company", "title"):
        if new[key] and (not old[key] or key in moves):
            editor.set(key, new[key])
            if key not in moves:
                said.append(f"added {key} {new[key]!r}")
    if moves:
        now = _role(new["title"] or old["title"], new["company"] or old["company"])
        note = f"Now {now} (was {_role(old['title'], old['company'])})"
        if not any(isinstance(e, dict) and e.get("kind") == "moved" and e.get("note") == note
                   for e in current.get("log") or []):
            editor.append("log", {"date": run.today, "kind": "moved", "note": note})
        said.append(f"moved: {note}")
    return said


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def _role(title: str | None, company: str | None) -> str:
    """``Head of Data at Contoso``, ``Head of Data``, ``at Contoso``."""
    if title and company:
        return f"{title} at {company}"
    return title or (f"at {company}" if company else "nowhere on record")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
