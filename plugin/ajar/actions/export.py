"""Where ``ajar export -o FILE`` may write: never over the ledger, the site's
sources or mkdocs.yml, and never over a file that is not an earlier export."""

from __future__ import annotations

import os
from pathlib import Path

from ajar.actions.errors import ActionError
from ajar.config.project import Project

# The first line of each kind of export, to recognise an earlier one.
BEGINS = {"ics": b"BEGIN:VCALENDAR", "vcard": b"BEGIN:VCARD"}
_SNIFF = 4096


def export_target(project: Project, output: Path, kind: str, force: bool = False) -> Path:
    """``output`` resolved (links followed), or ActionError saying why not."""
    target = Path(os.path.realpath(output))
    for folder, what in _protected(project):
        if target == folder or folder in target.parents:
            raise ActionError(f"{output} is inside {what}: write the export somewhere"
                              f" else, e.g. -o {_example(kind)}")
    if target == Path(os.path.realpath(project.config_file)):
        raise ActionError(f"{output} is your mkdocs.yml: write the export somewhere"
                          f" else, e.g. -o {_example(kind)}")
    if force or not target.exists():
        return target
    if target.is_dir():
        raise ActionError(f"{output} is a folder: give a file name, e.g."
                          f" -o {output}/{_example(kind)}")
    try:
        with target.open("rb") as file:
            head = file.read(_SNIFF)
    except OSError as error:
        raise ActionError(f"{output}: cannot read it: {error.strerror or error}", 1) from None
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(BEGINS[kind]):
        raise ActionError(f"{output} exists and is not an earlier export ({_what(kind)}):"
                          " choose another file, or add --force to replace it")
    return target


def _protected(project: Project) -> list[tuple[Path, str]]:
    docs = project.mkdocs.get("docs_dir") or "docs"
    found = [(Path(os.path.realpath(project.ledger_path)), "the ledger")]
    if isinstance(docs, str):
        found.append((Path(os.path.realpath(project.root / docs)), "the site's docs folder"))
    return found


def _example(kind: str) -> str:
    return "reconnect.ics" if kind == "ics" else "contacts.vcf"


def _what(kind: str) -> str:
    return "a calendar" if kind == "ics" else "vCards"
