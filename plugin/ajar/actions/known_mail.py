"""Which emails the ledger already has: Message-IDs and content hashes of rejections.

Read straight from the files' front matter (one cheap pass, then only files that
are new), so that a scan needs no full ledger load and a parallel import that
wrote a file a moment ago is seen before this run writes its own.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_KEY = re.compile(r"^(message_id|email_hash)\s*:\s*(.*?)\s*$", re.MULTILINE)
_FRONT_MATTER_MAX = 64 * 1024


def _unquote(value: str) -> str:
    value = value.split(" #", 1)[0].strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value.strip()


class KnownMail:
    """The Message-IDs and content hashes recorded under ``ledger/rejections/``."""

    def __init__(self, rejections: Path) -> None:
        self.folder = rejections
        self.ids: set[str] = set()
        self.hashes: set[str] = set()
        self._seen: set[str] = set()
        self.refresh()

    def refresh(self) -> None:
        """Read the files written since the last look (by this run or another)."""
        try:
            names = [entry.name for entry in os.scandir(self.folder)
                     if entry.name.endswith(".md") and entry.name not in self._seen]
        except OSError:
            return
        for name in names:
            self._seen.add(name)
            try:
                with open(self.folder / name, "rb") as file:
                    head = file.read(_FRONT_MATTER_MAX).decode("utf-8", "replace")
            except OSError:
                continue
            if not head.startswith("---"):
                continue
            end = head.find("\n---", 3)
            for key, value in _KEY.findall(head[:end] if end > 0 else head):
                (self.ids if key == "message_id" else self.hashes).add(_unquote(value))

    def add(self, message_id: str | None, content_hash: str | None) -> None:
        if message_id:
            self.ids.add(message_id.strip())
        if content_hash:
            self.hashes.add(content_hash)

    def knows(self, message_id: str | None, content_hash: str | None) -> bool:
        if message_id:
            return message_id.strip() in self.ids
        return bool(content_hash) and content_hash in self.hashes
