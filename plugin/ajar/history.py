"""The ledger's audit trail: who changed which entry when, read from git once.

A build costs a constant number of git processes, whatever the size of the
ledger: ``rev-parse`` (where the project sits in the repo, is it shallow),
``status`` (HEAD and uncommitted files) and a single ``log`` of the ledger
folder with rename detection. Renames are followed here, while walking that one
log newest to oldest, because ``git log --follow`` works for one file only.

Git is run through GitPython's command wrapper (``git.Git``), never through a
``Repo``: a Repo keeps ``cat-file`` processes and caches that leak in a
long-running ``mkdocs serve``; a plain command has nothing left to close.
GitPython is imported lazily, so the CLI starts fast and a missing git is a
reason shown on the pages, never a crash.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Literal, Optional

ChangeStatus = Literal["A", "M", "D", "R"]

# One commit in the log is these NUL-separated fields; the leading RS marks a
# header among the name-status tokens, and free text (author, subject) comes
# last so positional reading never depends on what it contains.
_MARK = "\x1e"
_FORMAT = "%x1e%H%x00%h%x00%aI%x00%an%x00%s"
_FIELDS = 5

# Git's one-letter statuses, folded into the four the pages show. Without -C
# there are no copies; a type change (T) is an edit.
_STATUS: dict[str, ChangeStatus] = {"A": "A", "M": "M", "D": "D", "R": "R", "C": "A", "T": "M"}

# Settings a user's git config may hold that would change the output we parse.
_CONFIG = ("-c", "diff.relative=false", "-c", "log.follow=false",
           "-c", "log.showSignature=false", "-c", "core.quotePath=false")

# GIT_OPTIONAL_LOCKS=0: `status` must not take index.lock behind the user's
# back while they commit during `mkdocs serve`. GIT_LITERAL_PATHSPECS=1: the
# ledger folder is a name, not a glob.
_ENV = {"GIT_OPTIONAL_LOCKS": "0", "GIT_LITERAL_PATHSPECS": "1", "GIT_TERMINAL_PROMPT": "0"}

NO_GIT = "git is not installed: install git (https://git-scm.com) to see the history"

_git_calls = 0


def git_calls() -> int:
    """How many git processes this module has started (for tests of its cost)."""
    return _git_calls


@dataclass(frozen=True)
class Change:
    """One file a commit touched.

    ``path`` (and ``old_path`` for a rename) are as they were in that commit,
    relative to the project root; ``current_path`` is where that file is now,
    once later renames are followed: the key of ``History.by_path`` it is filed
    under (for a file deleted since, its last path).
    """

    status: ChangeStatus
    path: str
    old_path: str | None = None
    current_path: str = ""

    def __post_init__(self) -> None:
        if not self.current_path:
            object.__setattr__(self, "current_path", self.path)


@dataclass(frozen=True)
class Commit:
    hexsha: str
    short: str
    date: dt.datetime  # the author date, with the author's UTC offset
    author: str
    subject: str
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class History:
    """The ledger's commits, newest first, and each file's share of them.

    When ``available`` is false, ``reason`` says why in words a user can act on
    (no repository, a shallow clone, no git, no commits yet).
    """

    available: bool
    reason: str | None = None
    commits: list[Commit] = field(default_factory=list)
    by_path: dict[str, list[Commit]] = field(default_factory=dict)
    uncommitted: frozenset[str] = frozenset()
    head: str | None = None
    # Commits left out because their date cannot be read (one line each, for the log).
    skipped: tuple[str, ...] = ()

    def for_path(self, path: str | os.PathLike[str]) -> list[Commit]:
        """The commits of the file now at ``path`` (project-relative), newest first."""
        return self.by_path.get(_key(path), [])

    def changes_for(self, path: str | os.PathLike[str]) -> list[tuple[Commit, Change]]:
        """Like ``for_path``, with what each commit did to that file (one change a
        commit; a rename wins when a commit both deletes and renames onto a path)."""
        return self._changes_by_path.get(_key(path), [])

    @cached_property
    def _changes_by_path(self) -> dict[str, list[tuple[Commit, Change]]]:
        # Built once, on first use, in one pass over every change: a commit that
        # touched 10,000 files is not searched again for each of them.
        index: dict[str, list[tuple[Commit, Change]]] = {}
        for commit in self.commits:
            for change in commit.changes:
                rows = index.setdefault(change.current_path, [])
                if rows and rows[-1][0] is commit:
                    if change.status == "R":
                        rows[-1] = (commit, change)
                else:
                    rows.append((commit, change))
        return index


def _key(path: str | os.PathLike[str]) -> str:
    return posixpath.normpath(os.fspath(path).replace(os.sep, "/"))


class _Unavailable(Exception):
    """No history can be read; the message is the reason shown to the user."""


@dataclass(frozen=True)
class _State:
    """What one probe of the repository found, before any log is read."""

    prefix: str  # the project root relative to the repo's top level, '' or 'a/b/'
    ledger_top: str  # the ledger folder relative to the repo's top level, or '.'
    shallow: bool
    head: str | None
    uncommitted: frozenset[str]


class _Git:
    """Runs git in one folder and counts every process it starts."""

    def __init__(self, cwd: Path, executable: str | None) -> None:
        git = _import_gitpython()
        self._cmd = git.Git(str(cwd))
        self._not_found: type[Exception] = git.GitCommandNotFound
        self._exe = executable or git.Git.GIT_PYTHON_GIT_EXECUTABLE or "git"

    def run(self, *args: str) -> tuple[int, str, str]:
        global _git_calls
        _git_calls += 1
        try:
            status, out, err = self._cmd.execute(
                [self._exe, *_CONFIG, *args], with_extended_output=True,
                with_exceptions=False, env=_ENV, strip_newline_in_stdout=False)
        except (self._not_found, OSError) as error:
            raise _Unavailable(NO_GIT) from error
        return status, str(out), str(err)


def _import_gitpython() -> Any:
    # GitPython probes for git at import and raises when it is missing unless
    # told to stay quiet; a missing git is then reported on the first command.
    os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
    try:
        import git
    except ModuleNotFoundError as error:
        if error.name == "git":
            raise _Unavailable("GitPython is not installed: pip install GitPython") from error
        raise _Unavailable(NO_GIT) from error
    except ImportError as error:  # GIT_PYTHON_REFRESH=raise was set and git is missing
        raise _Unavailable(NO_GIT) from error
    return git


def read_history(root: str | os.PathLike[str], ledger_dir: str | os.PathLike[str],
                 limit: int | None = None, *, git_executable: str | None = None) -> History:
    """The git history of ``root/ledger_dir``, in three git processes; never raises.

    ``limit`` keeps only the newest ``limit`` commits (renames older than that
    are then not followed). ``git_executable`` overrides the git program.
    """
    try:
        git, pathspec = _open(Path(root), ledger_dir, git_executable)
        return _read(git, pathspec, _probe(git, pathspec, Path(root)), limit)
    except _Unavailable as error:
        return History(available=False, reason=str(error))


class HistoryCache:
    """Keeps the last History while HEAD and the ledger's working tree are unchanged.

    Each ``get`` probes the repository (two git processes: HEAD, shallowness and
    the uncommitted files) and runs ``git log`` only when HEAD moved, so
    ``mkdocs serve`` rebuilds stay cheap. A working-tree edit gives a new History
    with the new ``uncommitted`` set and the same commits, without a log.
    Unavailable histories are not kept, so a ``git init`` is noticed.
    """

    def __init__(self, limit: int | None = None, *, git_executable: str | None = None) -> None:
        self.limit = limit
        self.git_executable = git_executable
        self.reads = 0  # how many times the log was read (for tests of the cache)
        self._key: tuple[object, ...] | None = None
        self._history: History | None = None

    def get(self, root: str | os.PathLike[str], ledger_dir: str | os.PathLike[str]) -> History:
        try:
            git, pathspec = _open(Path(root), ledger_dir, self.git_executable)
            state = _probe(git, pathspec, Path(root))
        except _Unavailable as error:
            self._key = self._history = None
            return History(available=False, reason=str(error))
        # Commits depend on where HEAD is, not on the working tree.
        key = (Path(root).resolve(), pathspec, state.prefix, state.shallow, state.head)
        if self._history is None or key != self._key:
            self._history = _read(git, pathspec, state, self.limit)
            self._key = key
            self.reads += 1
        elif self._history.uncommitted != state.uncommitted:
            self._history = replace(self._history, uncommitted=state.uncommitted)
        return self._history


def _open(root: Path, ledger_dir: str | os.PathLike[str],
          executable: str | None) -> tuple[_Git, str]:
    # GitPython runs in the caller's folder when the given one is missing,
    # which could read some other repository: refuse that up front.
    if not root.is_dir():
        raise _Unavailable(f"{root} is not a folder")
    folder = Path(ledger_dir)
    if folder.is_absolute():
        folder = Path(os.path.relpath(folder, root))
    return _Git(root, executable), posixpath.normpath(folder.as_posix())


def _probe(git: _Git, pathspec: str, root: Path) -> _State:
    code, out, err = git.run("rev-parse", "--is-inside-work-tree", "--show-prefix",
                             "--is-shallow-repository")
    if code:
        raise _Unavailable(_repo_reason(err, root))
    inside, prefix, shallow = (out.split("\n") + ["", "", ""])[:3]
    if inside != "true":
        raise _Unavailable(f"{root} is inside a git folder, not in a work tree")
    ledger_top = posixpath.normpath(prefix + pathspec)
    if ledger_top == ".." or ledger_top.startswith("../"):
        raise _Unavailable(f"the ledger folder {pathspec} is outside the git repository of {root}")
    code, out, err = git.run("status", "--porcelain=v2", "--branch", "-z",
                             "--untracked-files=all", "--", pathspec)
    if code:
        raise _Unavailable(f"git status failed: {_first_line(err)}")
    head, paths = _parse_status(out, _to_project(prefix))
    return _State(prefix, ledger_top, shallow == "true", head, frozenset(paths))


def _repo_reason(stderr: str, root: Path) -> str:
    # GitPython runs git with LC_ALL=C, so its messages are in English.
    if "not a git repository" in stderr:
        return f"not a git repository: run 'git init' in {root} to keep the ledger's history"
    return f"git cannot read the repository: {_first_line(stderr)}"


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else "no message"
    return line.removeprefix("fatal: ")


def _read(git: _Git, pathspec: str, state: _State, limit: int | None) -> History:
    if state.shallow:
        return History(available=False, head=state.head, uncommitted=state.uncommitted,
                       reason="shallow clone: history is incomplete;"
                              " run 'git fetch --unshallow' to see it")
    if state.head is None:
        return History(available=False, uncommitted=state.uncommitted,
                       reason="no commits yet: commit the ledger to start its history")
    code, out, err = git.run(*_log_args(pathspec, state.ledger_top, limit))
    if code:
        raise _Unavailable(f"git log failed: {_first_line(err)}")
    skipped: list[str] = []
    commits, by_path = _follow_renames(_split_log(out), _under(pathspec), skipped)
    return History(available=True, commits=commits, by_path=by_path,
                   uncommitted=state.uncommitted, head=state.head, skipped=tuple(skipped))


def _log_args(pathspec: str, ledger_top: str, limit: int | None) -> list[str]:
    # --date-order: children before parents (renames are seen before the older
    # commits they explain), newest first otherwise.
    args = ["log", "--date-order", "--no-color", "--encoding=UTF-8", "--name-status",
            "-M", "-z", f"--format={_FORMAT}"]
    # --relative keeps only the ledger's files, named from the ledger folder; on
    # a folder of 10,000 files it is three times faster than a pathspec, which
    # must match every entry. Commits that touch nothing in it come out empty.
    if ledger_top != ".":
        args.append(f"--relative={ledger_top}/")
    # A limit must count ledger commits only: then a pathspec prunes the others,
    # and git stops early.
    if limit is not None:
        args += [f"--max-count={max(limit, 0)}", "--", pathspec]
    return args


def _under(folder: str) -> Callable[[str], str]:
    """Turn a path relative to the ledger folder into one relative to the project."""
    if folder == ".":
        return lambda path: path
    return lambda path: f"{folder}/{path}"


def _to_project(prefix: str) -> Callable[[str], str]:
    """Turn a path relative to the repo's top level into one relative to the project."""
    if not prefix:
        return lambda path: path
    base = prefix.rstrip("/")

    def convert(path: str) -> str:
        return path[len(prefix):] if path.startswith(prefix) else posixpath.relpath(path, base)
    return convert


def _parse_status(out: str, to_project: Callable[[str], str]) -> tuple[str | None, set[str]]:
    """HEAD and the changed or untracked paths from ``status --porcelain=v2 --branch -z``."""
    tokens = out.split("\0")
    head: str | None = None
    paths: set[str] = set()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if token.startswith("# branch.oid "):
            oid = token[len("# branch.oid "):]
            head = None if oid == "(initial)" else oid
        elif token.startswith("1 "):  # changed: 8 fields, then the path
            paths.add(to_project(token.split(" ", 8)[8]))
        elif token.startswith("2 "):  # renamed or copied: 9 fields, path, then the old path
            paths.add(to_project(token.split(" ", 9)[9]))
            if i < len(tokens):
                paths.add(to_project(tokens[i]))
            i += 1
        elif token.startswith("u "):  # unmerged: 10 fields, then the path
            paths.add(to_project(token.split(" ", 10)[10]))
        elif token.startswith("? "):  # untracked
            paths.add(to_project(token[2:]))
    return head, paths


_RawChange = tuple[ChangeStatus, str, Optional[str]]  # status, path, old path (in the ledger)


def _split_log(out: str) -> list[tuple[list[str], list[_RawChange]]]:
    """Each commit's header fields and name-status entries, in log order.

    Tokens are read by position: a header is five tokens, a change is a status
    then one path (two for a rename or copy), so no path or subject can be
    mistaken for a separator. Git puts a newline before a commit's first status.
    """
    tokens = out.split("\0")
    records: list[tuple[list[str], list[_RawChange]]] = []
    i, count = 0, len(tokens)
    while i < count:
        token = tokens[i].lstrip("\n")
        if token.startswith(_MARK):
            records.append(([token[1:], *tokens[i + 1:i + _FIELDS]], []))
            i += _FIELDS
        elif not token or not records or i + 1 >= count:
            i += 1
        elif token[0] in "RC" and i + 2 < count:
            records[-1][1].append((_STATUS[token[0]], tokens[i + 2], tokens[i + 1]))
            i += 3
        else:
            records[-1][1].append((_STATUS.get(token[0], "M"), tokens[i + 1], None))
            i += 2
    return records


def _follow_renames(records: list[tuple[list[str], list[_RawChange]]],
                    to_project: Callable[[str], str] = lambda path: path,
                    skipped: list[str] | None = None,
                    ) -> tuple[list[Commit], dict[str, list[Commit]]]:
    """Build the commits and file each one under the current path of what it touched.

    Walking newest to oldest, ``now`` maps a path as older commits knew it to the
    file's path today: a rename seen here means that, further back, the file had
    the old name. Without a rename, a path is its own current path, so a name
    reused after a delete keeps both lives' commits, as ``git log -- path`` does.
    A commit whose date cannot be read is left out (its renames still count),
    with a line in ``skipped``.
    """
    now: dict[str, str] = {}
    commits: list[Commit] = []
    by_path: dict[str, list[Commit]] = {}
    for fields, raw in records:
        if not raw:
            # Outside the ledger, or a merge: git shows no diff for a merge, and
            # the commits it brings in hold the changes.
            continue
        changes = []
        for status, raw_path, raw_old in raw:
            path = to_project(raw_path)
            old = to_project(raw_old) if raw_old is not None else None
            current = now.get(path, path)
            if old is not None:
                now[old] = current
            changes.append(Change(status, path, old, current))
        commit = _commit(fields, tuple(changes))
        if commit is None:
            if skipped is not None:
                skipped.append(f"commit {fields[1] if len(fields) > 1 else '?'} has a date"
                               f" git cannot give ({fields[2] if len(fields) > 2 else ''}):"
                               " left out of the history")
            continue
        commits.append(commit)
        for current in dict.fromkeys(change.current_path for change in changes):
            by_path.setdefault(current, []).append(commit)
    return commits, by_path


def _commit(fields: list[str], changes: tuple[Change, ...]) -> Commit | None:
    """The commit, or None when its date cannot be read (a year past 9999, a zone
    such as +518:00: git writes what a hand-made commit object says)."""
    hexsha, short, date, author, subject = (fields + [""] * _FIELDS)[:_FIELDS]
    try:
        when = dt.datetime.fromisoformat(date)
    except (ValueError, OverflowError):
        return None
    return Commit(hexsha, short, when, author, subject, changes)
