"""Where emails come from: ``.eml`` files, ``.mbox`` files (streamed), Maildir
folders, folders of those, standard input, and IMAP (see ``mail_imap``).

Every reader yields ``(source, raw bytes or MailError)``: ``source`` is the file,
``FILE:N`` for the Nth message of an mbox, or the IMAP URL with the UID. An mbox
is read line by line, one message in memory at a time, so a multi-GB Google
Takeout export needs no more memory than its largest email.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ajar.formats.mail import MAX_EMAIL_BYTES, MailError

Progress = Callable[[int], None]  # told how many bytes were read since the last call
_ESCAPED_FROM = re.compile(rb"^>(>*From )")
_PROGRESS_STEP = 1 << 20


def is_imap(source: str) -> bool:
    return source.lower().startswith(("imap://", "imaps://"))


def is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def source_size(source: str) -> int:
    """Bytes to read from ``source`` (for a progress bar); 0 when unknown."""
    if source == "-" or is_imap(source):
        return 0
    path = Path(source)
    if path.is_file():
        return path.stat().st_size
    return 0


def read_source(source: str, *, stdin: BinaryIO | None = None,
                progress: Progress | None = None, **imap: Any
                ) -> Iterator[tuple[str, bytes | MailError]]:
    """The emails of one source, whatever its shape."""
    if source == "-":
        yield "-", (stdin.read(MAX_EMAIL_BYTES + 1) if stdin is not None else b"")
        return
    if is_imap(source):
        from ajar.formats.mail_imap import imap_messages

        yield from imap_messages(source, **imap)
        return
    path = Path(source)
    if is_maildir(path):
        yield from maildir_messages(path)
    elif path.is_dir():
        yield from folder_messages(path, progress)
    elif not path.exists():
        yield source, MailError("no such file or folder")
    elif path.suffix.lower() == ".mbox" or _starts_like_mbox(path):
        yield from mbox_messages(path, progress)
    else:
        yield source, _read_file(path)
        if progress is not None:
            progress(source_size(source))


def _read_file(path: Path) -> bytes | MailError:
    try:
        with path.open("rb") as file:
            return file.read(MAX_EMAIL_BYTES + 1)
    except OSError as error:
        return MailError(f"cannot read: {error.strerror or error}")


def _starts_like_mbox(path: Path) -> bool:
    if path.suffix.lower() == ".eml":
        return False
    try:
        with path.open("rb") as file:
            return file.read(5) == b"From "
    except OSError:
        return False


def mbox_messages(path: Path, progress: Progress | None = None
                  ) -> Iterator[tuple[str, bytes | MailError]]:
    """Each message of an mbox, read line by line ("From " lines split them;
    ">From " in a body is unescaped); a message past MAX_EMAIL_BYTES is cut."""
    try:
        file = path.open("rb")
    except OSError as error:
        yield str(path), MailError(f"cannot read the mailbox: {error.strerror or error}")
        return
    number = 0
    lines: list[bytes] = []
    size = 0
    unreported = 0
    with file:
        for line in file:
            unreported += len(line)
            if unreported >= _PROGRESS_STEP and progress is not None:
                progress(unreported)
                unreported = 0
            if line.startswith(b"From "):
                if number:
                    yield f"{path}:{number}", _message_bytes(lines)
                number += 1
                lines, size = [], 0
                continue
            if not number:
                continue  # text before the first "From " line is no message
            if size <= MAX_EMAIL_BYTES:
                if line.startswith(b">") and _ESCAPED_FROM.match(line):
                    line = line[1:]
                lines.append(line)
                size += len(line)
    if number:
        yield f"{path}:{number}", _message_bytes(lines)
    else:
        yield str(path), MailError("no messages in this mailbox (no \"From \" line)")
    if progress is not None and unreported:
        progress(unreported)


def _message_bytes(lines: list[bytes]) -> bytes:
    if lines and lines[-1].strip() == b"":
        lines = lines[:-1]  # the blank line before the next "From " belongs to the mbox
    return b"".join(lines)[:MAX_EMAIL_BYTES + 1]


def maildir_messages(path: Path) -> Iterator[tuple[str, bytes | MailError]]:
    """The messages of a Maildir folder (new/ and cur/), oldest name first."""
    for sub in ("new", "cur"):
        try:
            names = sorted(name for name in os.listdir(path / sub) if not name.startswith("."))
        except OSError as error:
            yield str(path / sub), MailError(f"cannot read: {error.strerror or error}")
            continue
        for name in names:
            yield str(path / sub / name), _read_file(path / sub / name)


def folder_messages(path: Path, progress: Progress | None = None
                    ) -> Iterator[tuple[str, bytes | MailError]]:
    """Every .eml, .mbox and Maildir under a plain folder, in name order."""
    found = False
    for root, dirs, files in os.walk(path):
        dirs.sort()
        here = Path(root)
        if is_maildir(here):
            dirs[:] = []
            found = True
            yield from maildir_messages(here)
            continue
        for name in sorted(files):
            lowered = name.lower()
            if lowered.endswith(".eml"):
                found = True
                yield str(here / name), _read_file(here / name)
            elif lowered.endswith(".mbox"):
                found = True
                yield from mbox_messages(here / name, progress)
    if not found:
        yield str(path), MailError("no .eml, .mbox or Maildir in this folder")
