"""One lock per ledger, so parallel ``ajar`` writes never lose each other's edits.

Every write holds it from reading the file to renaming the new one into place
(and through ``--commit``), so a second writer waits and then re-reads what the
first wrote. The lock is ``LEDGER/.ajar.lock`` (ignored by git and the loader),
taken with ``filelock``; the same process may take it again (re-entrant).
Whoever takes it first also removes temporary files a killed write left behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ajar.store.writer import remove_stale_temporaries

LOCK_NAME = ".ajar.lock"


class LockError(Exception):
    """The ledger stayed locked by another ``ajar`` for too long; nothing was written."""


def lock_path(ledger_path: Path) -> Path:
    """Where the lock of the ledger folder ``ledger_path`` lives."""
    return Path(ledger_path) / LOCK_NAME


@contextmanager
def ledger_lock(ledger_path: Path, timeout: float = 10) -> Iterator[None]:
    """Hold the ledger's lock for the ``with`` block (waits up to ``timeout`` s)."""
    path = lock_path(ledger_path)
    try:  # a write would make the folder anyway
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LockError(f"cannot lock the ledger {ledger_path}:"
                        f" {error.strerror or error}") from None
    lock = FileLock(os.path.realpath(path), is_singleton=True)
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise LockError(f"another ajar has been writing to {ledger_path} for {timeout:g} s"
                        f" (lock {path}): nothing was written; try again") from None
    except OSError as error:
        raise LockError(f"cannot lock {path}: {error.strerror or error}") from None
    try:
        if lock.lock_counter == 1:
            _sweep(Path(ledger_path))
        yield
    finally:
        lock.release()


def _sweep(ledger_path: Path) -> None:
    """No write of ours is under way: any temporary file in the ledger is stale."""
    remove_stale_temporaries(ledger_path)
    try:
        folders = [Path(e.path) for e in os.scandir(ledger_path)
                   if e.is_dir(follow_symlinks=False)]
    except OSError:
        return
    for folder in folders:
        remove_stale_temporaries(folder)
