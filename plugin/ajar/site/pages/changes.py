"""The audit trail: recent commits that touched the ledger, read like a journal.

The history is read from git once per build (``SiteContext.history``); this
module only turns it into views. Each touched file is resolved to the entry it
is now (renames followed by ``Change.current_path``) with dictionary look-ups,
so a page costs time in proportion to what it shows.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
from dataclasses import dataclass, replace
from typing import Any, Iterable

from ..context import GeneratedPage, SiteContext
from .common import page

PAGE_SIZE = 100  # commits on the changes page
RECENT = 5  # commits in the dashboard's "Recently changed"
TOUCHED_ON_PAGE = 50  # entries listed under one commit on the changes page
TOUCHED_ON_DASHBOARD = 5  # ... and on the dashboard

# Git's statuses as words, for the badges.
STATUS_WORDS = {"A": "added", "M": "edited", "R": "renamed", "D": "deleted",
                "?": "uncommitted"}

_KINDS = {"contacts": "contact", "rejections": "rejection", "replies": "reply",
          "companies": "company"}


@dataclass(frozen=True)
class Touched:
    """One file a commit touched, as the site shows it.

    ``target`` is the src_uri of the page to link to (None: plain text);
    ``note`` says why there is no link ("deleted", "has problems").
    """

    status: str  # A, M, R, D (or ? for an uncommitted file)
    kind: str  # contact, rejection, reply, company or file
    label: str
    target: str | None = None
    note: str | None = None
    renamed_from: str | None = None
    path: str = ""  # where the file is now, project-relative
    was: str | None = None  # its name in that commit, when it has been renamed since

    @property
    def word(self) -> str:
        return STATUS_WORDS.get(self.status, "changed")


@dataclass(frozen=True)
class CommitView:
    commit: Any  # ajar.history.Commit
    touched: list[Touched]
    more: int = 0  # touched files left out of ``touched``


@dataclass(frozen=True)
class Day:
    date: dt.date
    commits: list[CommitView]


@dataclass(frozen=True)
class Month:
    label: str  # "November 2026"
    days: list[Day]


class Resolver:
    """Finds the entry a project-relative path is now, without scanning the ledger."""

    def __init__(self, ctx: SiteContext) -> None:
        self.ctx = ctx
        folder = ctx.settings.ledger_dir
        if os.path.isabs(folder):  # as the history names it: relative to the project
            folder = os.path.relpath(folder, ctx.root)
        self.prefix = posixpath.normpath(str(folder).replace(os.sep, "/")) + "/"
        if self.prefix == "./":
            self.prefix = ""

    def touched(self, status: str, path: str, old_path: str | None = None,
                then: str | None = None) -> Touched:
        touched = self._touched(status, path, old_path)
        if then is not None and then != path:
            return replace(touched, was=_old_name(then, path, self.prefix))
        return touched

    def _touched(self, status: str, path: str, old_path: str | None) -> Touched:
        inside = path[len(self.prefix):] if path.startswith(self.prefix) else None
        renamed = _old_name(old_path, path, self.prefix) if status == "R" and old_path else None
        folder, _, name = (inside or "").partition("/")
        kind = _KINDS.get(folder)
        if (inside is None or kind is None or "/" in name or not name.endswith(".md")
                or name.startswith((".", "~"))):
            shown = inside if inside is not None else path
            return Touched(status, "file", _one_line(shown), None, None, renamed, path)
        slug = name[:-3]
        ledger = self.ctx.ledger
        links = self.ctx.links
        entry = getattr(ledger, folder).get(slug)
        if entry is None:
            broken = slug in ledger.broken.get(folder, ())
            return Touched(status, kind, _one_line(slug), None,
                           "has problems" if broken else "deleted", renamed, path)
        if kind == "contact":
            label, target = entry.meta.name, links.contact(slug)
        elif kind == "rejection":
            label, target = f"{entry.meta.role} at {entry.meta.company}", links.rejection(slug)
        elif kind == "company":
            view = self.ctx.companies.by_slug.get(slug)  # every company file has its page
            label = view.name if view is not None else entry.meta.name
            target = links.company(view.slug if view is not None else slug)
        else:
            label, target = entry.meta.title or slug, "replies/index.md"
        return Touched(status, kind, _one_line(label), target, None, renamed, path)

    def commit(self, commit: Any, limit: int) -> CommitView:
        changes = [c for c in commit.changes if is_entry_file(c.current_path)]
        touched = [self.touched(c.status, c.current_path, c.old_path, c.path) for c in changes[:limit]]
        return CommitView(commit, touched, max(len(changes) - limit, 0))


def is_entry_file(path: str) -> bool:
    """A Markdown file that can be an entry: not ``.gitkeep``, a lock or an editor's backup."""
    name = posixpath.basename(path)
    return name.endswith(".md") and not name.startswith((".", "~"))


def _old_name(old: str, new: str, prefix: str) -> str:
    """A file's former name: its slug when it stayed in its folder."""
    if posixpath.dirname(old) == posixpath.dirname(new) and old.endswith(".md"):
        return _one_line(posixpath.basename(old)[:-3])
    return _one_line(old[len(prefix):] if old.startswith(prefix) else old)


def _one_line(text: str) -> str:
    # Labels sit inside one line of the page: a line break could start a heading.
    return " ".join(str(text).split()) or str(text).strip() or "?"


def recent(ctx: SiteContext, count: int = RECENT,
           touched: int = TOUCHED_ON_DASHBOARD) -> list[CommitView]:
    """The newest ``count`` ledger commits with the entries they touched."""
    history = ctx.history
    if history is None or not history.available:
        return []
    resolver = Resolver(ctx)
    return [resolver.commit(commit, touched) for commit in history.commits[:count]]


def journal(views: list[CommitView]) -> list[Month]:
    """Commits by month and by day (the author's own date), newest first.

    A stable sort keeps git's order among commits of the same day.
    """
    months: list[Month] = []
    for view in sorted(views, key=lambda v: v.commit.date.date(), reverse=True):
        day = view.commit.date.date()
        label = f"{day:%B} {day.year}"
        if not months or months[-1].label != label:
            months.append(Month(label, []))
        days = months[-1].days
        if not days or days[-1].date != day:
            days.append(Day(day, []))
        days[-1].commits.append(view)
    return months


def build(ctx: SiteContext) -> Iterable[GeneratedPage]:
    history = ctx.history
    views: list[CommitView] = []
    paths: list[str] = []
    if history is not None:
        resolver = Resolver(ctx)
        if history.available:
            views = [resolver.commit(c, TOUCHED_ON_PAGE) for c in history.commits[:PAGE_SIZE]]
        # Also when there is no history yet (no commits, a shallow clone).
        paths = sorted(p for p in history.uncommitted if is_entry_file(p))
        uncommitted = [resolver.touched("?", path) for path in paths[:TOUCHED_ON_PAGE]]
    else:
        uncommitted = []
    total = len(history.commits) if history is not None and history.available else 0
    yield page(ctx, "changes/index.md", "changes.md.j2", "Changes", history=history,
               months=journal(views), shown=len(views), total=total,
               uncommitted=uncommitted,
               uncommitted_more=max(len(paths) - TOUCHED_ON_PAGE, 0))
