"""Undoing the last action the site recorded: the file's previous bytes, put back
only when nobody has touched the file since (else it is left for the user)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ajar.actions.errors import ActionError
from ajar.actions.record import Outcome
from ajar.config.project import Project


@dataclass(frozen=True)
class Snapshot:
    """One file before and after an action; ``before`` is None when the action made it."""

    path: Path
    before: bytes | None
    after: bytes
    message: str          # the action's commit message, reused for the undo's
    committed: bool


def read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _shown(project: Project, path: Path) -> str:
    try:
        return path.relative_to(project.root).as_posix()
    except ValueError:
        return str(path)


def undo(project: Project, snapshot: Snapshot) -> Outcome:
    """Put the file back as it was; refused (nothing written) when it changed since.

    An action that was committed is undone by a new commit, so the history stays
    honest. The caller holds the ledger lock."""
    from ajar.store.writer import write_atomic

    shown = _shown(project, snapshot.path)
    if read_bytes(snapshot.path) != snapshot.after:
        raise ActionError(f"{shown} changed since it was recorded: not undoing;"
                          " edit the file by hand", 1)
    if snapshot.committed:
        from ajar.store.commit import CommitError, check_can_commit

        try:
            check_can_commit(project.root)
        except CommitError as error:
            raise ActionError(str(error), 1) from None
    try:
        if snapshot.before is None:
            snapshot.path.unlink()
        else:
            write_atomic(snapshot.path, snapshot.before)
    except OSError as error:
        raise ActionError(f"{shown}: cannot write: {error.strerror or error}", 1) from None
    outcome = Outcome([f"undone: {snapshot.message}"], [snapshot.path])
    if snapshot.committed:
        from ajar.actions.record import _commit

        return _commit(project, True, outcome, f"Undo: {snapshot.message}")
    return outcome
