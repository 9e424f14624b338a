"""Big pages written without holding their HTML: MkDocs renders the theme around
a marker, and after the build the page's body is copied into the written file
in its place. A 10,000-rejection timeline is 25 MB of HTML, which MkDocs would
otherwise hold three times over (the body, the page, its bytes). A page under a
megabyte is not spliced: other plugins see it whole."""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import uuid
from pathlib import Path

from mkdocs.exceptions import PluginError


class Spliced:
    """One page's body, in a temporary file until the page is put together."""

    def __init__(self, dest: str) -> None:
        self.dest = Path(dest)
        self.marker = f"<!--ajar-body-{uuid.uuid4().hex}-->"
        self._file = tempfile.TemporaryFile()
        # As MkDocs writes pages: UTF-8, a lone surrogate as a character reference.
        self.body = io.TextIOWrapper(self._file, encoding="utf-8",
                                     errors="xmlcharrefreplace", newline="")

    def small(self, limit: int) -> str | None:
        """The body itself when it is under ``limit`` bytes (then not spliced: other
        plugins see a small page whole), else None."""
        self.body.flush()
        if self._file.tell() >= limit:
            return None
        self._file.seek(0)
        text = self._file.read().decode("utf-8")
        self.discard()
        return text

    def write(self) -> None:
        """Put the body in the marker's place in the page MkDocs wrote."""
        self.body.flush()
        page = self.dest.read_bytes()
        head, found, tail = page.partition(self.marker.encode("ascii"))
        if not found:
            self.discard()
            raise PluginError(f"ajar: {self.dest} lost its content while it was built"
                              " (another plugin changed the page?)")
        partial = self.dest.with_name(f".{self.dest.name}.ajar-tmp")
        try:
            with open(partial, "wb") as out:
                out.write(head)
                self._file.seek(0)
                shutil.copyfileobj(self._file, out, 1 << 20)
                out.write(tail)
            os.replace(partial, self.dest)
        finally:
            partial.unlink(missing_ok=True)
            self.discard()

    def discard(self) -> None:
        self.body.close()  # closes the temporary file too: it is gone from the disk
