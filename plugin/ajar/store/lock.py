"""One lock per ledger, so parallel ``ajar`` writes never lose each other's edits.

Every write holds it from reading the file to renaming the new one into place
(and through ``--commit``), so a second writer waits and then re-reads what the
first wrote. The lock is ``LEDGER/.ajar.lock`` (ignored by git and the loader),
taken with ``filelock``; the same process may take it again (re-entrant).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

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
    if not path.parent.is_dir():
        raise LockError(f"{ledger_path} is not a folder: cannot lock the ledger")
    lock = FileLock(os.path.realpath(path), is_singleton=True)
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise LockError(f"another ajar has been writing to {ledger_path} for {timeout:g} s"
                        f" (lock {path}): nothing was written; try again") from None
    except OSError as error:
        raise LockError(f"cannot lock {path}: {error.strerror or error}") from None
    try:
        yield
    finally:
        lock.release()
