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
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.M)


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
    """Each message of an mbox: a line starting "From " begins the next one, ">From " in a
    body is unescaped, and a message past MAX_EMAIL_BYTES is cut.

    The file is read in blocks and split with ``bytes.find``: a Python loop over its lines
    cost more than all of ``mailbox.mbox``'s own reading. Memory stays bounded by the
    block and the cut, even for a line of a gigabyte."""
    try:
        file = path.open("rb")
    except OSError as error:
        yield str(path), MailError(f"cannot read the mailbox: {error.strerror or error}")
        return
    splitter = _MboxSplitter()
    with file:
        while True:
            block = file.read(_BLOCK)
            if progress is not None and block:
                progress(len(block))
            for number, message in splitter.feed(block):
                yield f"{path}:{number}", message
            if not block:
                break
    if not splitter.number:
        yield str(path), MailError("no messages in this mailbox (no \"From \" line)")


_BLOCK = 1 << 20
_KEEP = 2 * (MAX_EMAIL_BYTES + 1)  # raw bytes kept of one message: unescaping ">From "
# takes at most one byte in six, so this always leaves MAX_EMAIL_BYTES + 1 to cut at


class _MboxSplitter:
    """Splits blocks of an mbox into messages; ``feed(b"")`` ends the file."""

    def __init__(self) -> None:
        self.number = 0  # messages begun so far
        self._pieces: list[bytes] = []
        self._kept = 0
        self._held = b""  # the start of a line that may yet be "From "
        self._line_start = True  # the next block begins a line
        self._in_from_line = False  # the rest of a "From " line is still to skip

    def feed(self, block: bytes) -> Iterator[tuple[int, bytes]]:
        data = self._held + block if self._held else block
        self._held = b""
        position = 0
        while position < len(data) or not block:
            if self._in_from_line:
                newline = data.find(b"\n", position)
                if newline < 0:
                    break
                self._in_from_line, position = False, newline + 1
                continue
            if position == 0 and self._line_start and data.startswith(b"From "):
                separator = 0
            else:
                separator = data.find(b"\nFrom ", position - 1 if position else 0)
                separator = -1 if separator < 0 else separator + 1
            if separator < 0:
                break
            self._keep(data[position:separator])
            if self.number:
                yield self.number, self._message()
            self.number += 1
            self._in_from_line, position = True, separator
        if not block:  # the end of the file
            if not self._in_from_line:
                self._keep(data[position:])
            if self.number:
                yield self.number, self._message()
            return
        if self._in_from_line:
            return
        rest = data[position:]
        last_line = rest.rfind(b"\n") + 1
        tail = rest[last_line:]
        if len(tail) < 5 and b"From ".startswith(tail) and (last_line or self._line_start
                                                            or position):
            self._held, rest = tail, rest[:last_line]  # "Fro" may be "From " once read on
            self._line_start = True
        else:
            self._line_start = rest.endswith(b"\n") if rest else self._line_start
        self._keep(rest)

    def _keep(self, piece: bytes) -> None:
        if self.number and piece and self._kept < _KEEP:
            piece = piece[:_KEEP - self._kept]
            self._pieces.append(piece)
            self._kept += len(piece)

    def _message(self) -> bytes:
        message = b"".join(self._pieces)
        whole = self._kept < _KEEP
        self._pieces, self._kept = [], 0
        if b">From " in message:
            message = _ESCAPED_FROM.sub(rb"\1", message)
        if whole:  # the blank line before the next "From " belongs to the mbox
            end = len(message) - 1 if message.endswith(b"\n") else len(message)
            last = message.rfind(b"\n", 0, end) + 1
            if not message[last:].strip():
                message = message[:last]
        return message[:MAX_EMAIL_BYTES + 1]


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
