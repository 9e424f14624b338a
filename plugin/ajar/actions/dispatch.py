"""The actions the site may ask for, by name, with their arguments checked.

A request from the page is data: only the actions listed here run, each with
exactly its own arguments, every value a short string; anything else is an
:class:`ActionError` before the ledger is read. The action itself is the one
``ajar`` runs (:mod:`ajar.actions.record`), so the edit is the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ajar.actions import record
from ajar.actions.errors import ActionError
from ajar.config.project import Project

# An entry as the pages name it: its slug (no folder, no '..').
_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,199}")
NOTE_LIMIT = 2000
VALUE_LIMIT = 100


@dataclass(frozen=True)
class SiteAction:
    """One action the site offers: the entry kind it names and its optional arguments."""

    run: Callable[..., record.Outcome]
    kind: str                    # the ledger folder of the entry it edits
    target: str                  # the request key that names the entry
    options: tuple[str, ...] = ()

    def command(self, name: str, slug: str) -> str:
        """The ``ajar`` command a static page shows instead of the button."""
        return f"ajar {name.replace('_', '-')} {slug}"


def _replied(project: Project, args: dict[str, str]) -> record.Outcome:
    return record.replied(project, args["rejection"])


def _no_reply(project: Project, args: dict[str, str]) -> record.Outcome:
    return record.no_reply(project, args["rejection"])


def _connected(project: Project, args: dict[str, str]) -> record.Outcome:
    return record.connected(project, args["contact"])


def _reconnected(project: Project, args: dict[str, str]) -> record.Outcome:
    return record.reconnected(project, args["contact"], note=args.get("note"))


def _snooze(project: Project, args: dict[str, str]) -> record.Outcome:
    return record.snooze(project, args["contact"], until=args.get("until"),
                         for_=args.get("for"))


def _checked(project: Project, args: dict[str, str]) -> record.Outcome:
    return record.checked(project, args["company"], note=args.get("note"))


ACTIONS: dict[str, SiteAction] = {
    "replied": SiteAction(_replied, "rejections", "rejection"),
    "no_reply": SiteAction(_no_reply, "rejections", "rejection"),
    "connected": SiteAction(_connected, "contacts", "contact"),
    "reconnected": SiteAction(_reconnected, "contacts", "contact", ("note",)),
    "snooze": SiteAction(_snooze, "contacts", "contact", ("for", "until")),
    "checked": SiteAction(_checked, "companies", "company", ("note",)),
}


@dataclass(frozen=True)
class Request:
    """A checked request: the action, its arguments, and the file it will edit."""

    name: str
    action: SiteAction
    args: dict[str, str]

    def path(self, project: Project) -> Path:
        return project.ledger_path / self.action.kind / f"{self.args[self.action.target]}.md"

    def run(self, project: Project) -> record.Outcome:
        return self.action.run(project, self.args)


def parse_request(data: Any) -> Request:
    """``{"action": NAME, TARGET: SLUG, ...options}`` as a :class:`Request`, or an error."""
    if not isinstance(data, dict):
        raise ActionError("the request must be a JSON object")
    name = data.get("action")
    if not isinstance(name, str) or name not in ACTIONS:
        known = ", ".join(sorted(ACTIONS))
        raise ActionError(f"unknown action {str(name)[:40]!r}: the site records {known}")
    action = ACTIONS[name]
    allowed = {"action", action.target, *action.options}
    extra = sorted(str(k)[:40] for k in data if k not in allowed)
    if extra:
        raise ActionError(f"{name}: unexpected {', '.join(extra)}")
    args: dict[str, str] = {}
    for key in (action.target, *action.options):
        value = data.get(key)
        if value is None:
            continue
        limit = NOTE_LIMIT if key == "note" else VALUE_LIMIT
        if not isinstance(value, str) or len(value) > limit:
            raise ActionError(f"{name}: {key} must be text of at most {limit} characters")
        args[key] = value
    slug = args.get(action.target, "")
    if not _SLUG.fullmatch(slug) or ".." in slug:
        raise ActionError(f"{name}: {action.target} must be an entry's slug, e.g. priya-raman")
    return Request(name, action, args)
