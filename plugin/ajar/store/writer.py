"""Writing ledger files: atomic (temporary file in the same folder, fsync,
rename) and never over an existing entry."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WriteError(Exception):
    """A write that would lose data; the message names the file."""


@contextmanager
def _staged(path: Path, data: str | bytes, mode: int | None) -> Iterator[str]:
    """A fully written, fsynced temporary file beside ``path``; removed afterwards."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=path.parent)
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
    _fsync_folder(path.parent)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Replace ``path`` with ``data`` all at once: readers see the old or the new file."""
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
