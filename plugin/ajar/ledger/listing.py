"""Which files of a kind folder are entries, and a warning for every other path
that looks like one, so nothing is skipped without a word.

An entry is a regular file named ``SLUG.md`` (lowercase ``.md``). Read silently:
names starting with ``.`` or ``~`` (hidden files, editor backups, Ajar's own
temporary and lock files) and files whose extension is clearly not text
(images, PDFs...). Everything else is named: ``X.MD``, ``x.markdown``, ``x.txt``,
``x.yml``, a folder (``x.md/`` or ``archive/``), a broken symbolic link. A
symbolic link is followed only within the ledger folder: one that leads outside
it is an error and its target is never read (nor published).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ajar.ledger.problems import Problem

# Extensions of files someone may have meant as an entry (named when skipped).
TEXT_LIKE = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text", ".yml", ".yaml")


@dataclass
class Listing:
    """The entry files of one folder, in name order, and the paths skipped."""

    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # slugs of symlinks leading out


def list_entries(folder: Path, ledger: Path, shown: str) -> Listing:
    """List ``folder`` (shown to the user as ``shown``); ``ledger`` bounds symlinks."""
    listing = Listing()
    if not os.path.lexists(folder):
        return listing
    if not folder.is_dir():
        listing.problems.append(Problem(
            shown, None, None, "unreadable", "error",
            "this should be a folder of entries but is not one (a file or a broken link):"
            " move it away and create the folder"))
        return listing
    try:
        with os.scandir(folder) as scan:
            found = sorted(scan, key=lambda e: e.name)
    except OSError as error:
        listing.problems.append(Problem(
            shown, None, None, "unreadable", "error",
            f"cannot read this folder: {error.strerror or error}; its entries are left"
            " out: fix its permissions"))
        return listing
    bound = os.path.realpath(ledger)
    for item in found:
        _sort(item, f"{shown}/{item.name}", bound, listing)
    return listing


def _sort(item: os.DirEntry[str], shown: str, bound: str, listing: Listing) -> None:
    name = item.name
    if name.startswith((".", "~")):
        return
    lowered = name.lower()

    def skip(message: str) -> None:
        listing.problems.append(Problem(shown, None, None, "skipped", "warning", message))

    if item.is_symlink():
        target = os.path.realpath(item.path)
        if not os.path.exists(target):
            skip("a broken symbolic link: not read; remove it or fix its target")
            return
        if os.path.commonpath([bound, target]) != bound:
            if name.endswith(".md"):
                listing.refused.append(name[:-3])
            listing.problems.append(Problem(
                shown, None, None, "symlink-outside", "error",
                f"a symbolic link to {target}, outside the ledger folder: not read and never"
                " published; move the file into the ledger instead of linking to it"))
            return
    if item.is_dir():
        what = "a folder named like an entry" if lowered.endswith(TEXT_LIKE) else "a folder"
        skip(f"{what}: not read (entries are files directly in this folder)")
        return
    if not lowered.endswith(TEXT_LIKE):
        return  # an attachment, an image...: clearly not an entry
    if not name.endswith(".md"):
        stem = name.rsplit(".", 1)[0]
        skip(f"not read: only files ending in .md (lowercase) are entries; rename it to"
             f" {stem}.md if it is one")
        return
    if not item.is_file():
        skip("not a regular file: not read")
        return
    listing.files.append(Path(item.path))
