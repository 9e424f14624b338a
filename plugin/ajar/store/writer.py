"""Writing ledger files: atomic (temporary file in the same folder, fsync,
rename) and never over an existing entry.

A temporary file lives only while a write is under way: SIGTERM and SIGINT
remove it before the process ends, and a later write (under the ledger lock,
when no other write can be under way) removes any left by SIGKILL or a crash.
"""

from __future__ import annotations

import os
import re
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

# `.NAME.md.RANDOM.tmp`, as made by _staged below.
TEMPORARY = re.compile(r"^\..+\.md\.[^/]*\.tmp$")

_LIVE: set[str] = set()  # temporary files being written by this process
_HANDLED: dict[int, Any] = {}  # signal -> the handler that was there before ours


class WriteError(Exception):
    """A write that would lose data; the message names the file."""


def is_temporary(name: str) -> bool:
    """Whether ``name`` is one of our temporary files (never an entry)."""
    return bool(TEMPORARY.match(name))


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove temporary files left in ``folder`` by a killed write; call only
    under the ledger lock (then no write of ours is under way)."""
    removed = []
    try:
        names = [entry.name for entry in os.scandir(folder) if is_temporary(entry.name)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        if str(path) in _LIVE:
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def _clean_up_and_die(signum: int, frame: FrameType | None) -> None:
    for temporary in list(_LIVE):
        try:
            os.unlink(temporary)
        except OSError:
            pass
    _LIVE.clear()
    previous = _HANDLED.get(signum)
    if callable(previous):
        previous(signum, frame)  # e.g. Python's KeyboardInterrupt for SIGINT
        return
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _remove_on_signals() -> None:
    """Install the clean-up for SIGTERM and SIGINT once (main thread only)."""
    if _HANDLED or threading.current_thread() is not threading.main_thread():
        return
    for signum in (signal.SIGTERM, signal.SIGINT):
        previous = signal.getsignal(signum)
        if previous is signal.SIG_IGN:
            continue
        _HANDLED[signum] = previous
        signal.signal(signum, _clean_up_and_die)


@contextmanager
def _staged(path: Path, data: str | bytes, mode: int | None) -> Iterator[str]:
    """A fully written, fsynced temporary file beside ``path``; removed afterwards."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    _remove_on_signals()
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=path.parent)
    _LIVE.add(temporary)
    try:
        if mode is None:  # mkstemp makes the file 0600: give it the usual mode
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.fchmod(handle, mode)
        with os.fdopen(handle, "wb") as file:
            file.write(raw)
            file.flush()
            os.fsync(file.fileno())
        yield temporary
    finally:
        Path(temporary).unlink(missing_ok=True)
        _LIVE.discard(temporary)
    _fsync_folder(path.parent)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Replace ``path`` with ``data`` all at once: readers see the old or the new file.
    A symbolic link is followed: its target is replaced, the link stays."""
    path = Path(os.path.realpath(path))
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    with _staged(path, data, mode) as temporary:
        os.replace(temporary, path)


def write_new(path: Path, data: str | bytes) -> None:
    """Create ``path`` atomically; refuse when it exists (an entry is never
    overwritten, even by a concurrent writer: the last step is a hard link,
    which fails when the name is taken)."""
    with _staged(path, data, None) as temporary:
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise WriteError(f"{path} already exists: not overwriting it") from None


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
