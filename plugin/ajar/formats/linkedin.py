"""LinkedIn's own data export ("Get a copy of your data"): its ``Connections.csv``.

Parsing only: the zip (``Connections.csv`` at any folder depth) or the CSV
itself becomes a list of :class:`Connection` rows and a list of problems. The
real file opens with a few "Notes:" lines before the header
``First Name,Last Name,URL,Email Address,Company,Position,Connected On``; it
has CRLF line ends, quoted commas, empty emails (a connection shares theirs
or not), dates like ``21 Nov 2026`` and sometimes a byte order mark.
Matching connections to contacts is :mod:`ajar.actions.linkedin_import`'s job;
the keys it matches on are made here (:func:`profile_key`, :func:`name_key`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

MAX_CSV_BYTES = 50 * 1024 * 1024
CONNECTIONS = "connections.csv"
# Header cells (lowercased) for each field; LinkedIn has renamed a few over the years.
COLUMNS = {
    "first": ("first name",),
    "last": ("last name",),
    "url": ("url", "profile url"),
    "email": ("email address", "email"),
    "company": ("company",),
    "title": ("position", "title"),
    "connected": ("connected on",),
}
_DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y")


class LinkedInError(Exception):
    """The file cannot be read as a LinkedIn export; the message says why."""


@dataclass(frozen=True)
class Connection:
    line: int  # where the row starts in Connections.csv
    name: str
    url: str | None
    email: str | None
    company: str | None
    title: str | None
    connected: dt.date | None


@dataclass
class Export:
    source: str  # what to call the file in messages ("export.zip:Connections.csv")
    connections: list[Connection]
    problems: list[str]  # "Connections.csv:LINE: ..." lines, rows still read


def is_linkedin_export(path: str) -> bool:
    """A .zip, or a .csv: what ``ajar import`` hands to this module."""
    return Path(path).suffix.lower() in (".zip", ".csv")


def read_export(path: Path) -> Export:
    """The connections of a LinkedIn export zip or Connections.csv."""
    if path.suffix.lower() == ".zip":
        data, inner = _from_zip(path)
        source = f"{path.name}:{inner}"
    else:
        try:
            with path.open("rb") as file:
                data = file.read(MAX_CSV_BYTES + 1)
        except OSError as error:
            raise LinkedInError(f"{path}: cannot read: {error.strerror or error}") from None
        source = path.name
    if len(data) > MAX_CSV_BYTES:
        raise LinkedInError(f"{source}: more than {MAX_CSV_BYTES // 2**20} MB: this is not"
                            " LinkedIn's Connections.csv")
    return parse_connections(data, source)


def _from_zip(path: Path) -> tuple[bytes, str]:
    try:
        with zipfile.ZipFile(path) as archive:
            found = [info for info in archive.infolist() if not info.is_dir()
                     and info.filename.replace("\\", "/").rsplit("/", 1)[-1].lower()
                     == CONNECTIONS]
            if not found:
                raise LinkedInError(
                    f"{path}: no Connections.csv in this zip: ask LinkedIn for a copy of"
                    " your data that includes Connections, or import the CSV itself")
            info = min(found, key=lambda i: (i.filename.count("/"), i.filename))
            if info.file_size > MAX_CSV_BYTES:
                raise LinkedInError(f"{path}:{info.filename}: more than"
                                    f" {MAX_CSV_BYTES // 2**20} MB unpacked")
            with archive.open(info) as member:
                return member.read(MAX_CSV_BYTES + 1), info.filename
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError) as error:
        raise LinkedInError(f"{path}: not a readable zip file ({error})") from None
    except OSError as error:
        raise LinkedInError(f"{path}: cannot read: {error.strerror or error}") from None


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_connections(data: bytes, source: str = "Connections.csv") -> Export:
    """Rows after the header line (whatever notes come before it)."""
    text = _decode(data).replace("\x00", "")
    reader = csv.reader(io.StringIO(text, newline=""))
    header: dict[str, int] | None = None
    connections: list[Connection] = []
    problems: list[str] = []
    try:
        for row in reader:
            line = reader.line_num - _row_lines(row) + 1
            cells = [cell.strip() for cell in row]
            if header is None:
                header = _header(cells)
                continue
            if not any(cells):
                continue
            connection = _connection(cells, header, line, source, problems)
            if connection is not None:
                connections.append(connection)
    except csv.Error as error:
        problems.append(f"{source}:{reader.line_num}: unreadable CSV ({error}):"
                        " the rows after it are left out")
    if header is None:
        raise LinkedInError(
            f"{source}: no header line 'First Name,Last Name,URL,...': this is not"
            " LinkedIn's Connections.csv")
    return Export(source, connections, problems)


def _row_lines(row: list[str]) -> int:
    """How many physical lines a row took (quoted cells may hold line breaks)."""
    return 1 + sum(cell.count("\n") for cell in row)


def _header(cells: list[str]) -> dict[str, int] | None:
    names = [cell.lower().lstrip("\ufeff") for cell in cells]
    found = {}
    for key, choices in COLUMNS.items():
        index = next((names.index(c) for c in choices if c in names), None)
        if index is not None:
            found[key] = index
    if {"first", "last"} <= set(found) and ("url" in found or "email" in found):
        return found
    return None


def _connection(cells: list[str], header: dict[str, int], line: int, source: str,
                problems: list[str]) -> Connection | None:
    def cell(key: str) -> str:
        index = header.get(key)
        value = cells[index] if index is not None and index < len(cells) else ""
        return " ".join(value.split())

    name = " ".join(part for part in (cell("first"), cell("last")) if part)
    if not name:
        problems.append(f"{source}:{line}: a connection without a name: left out")
        return None
    connected = None
    if cell("connected"):
        connected = parse_connected_on(cell("connected"))
        if connected is None:
            problems.append(f"{source}:{line}: {name}: {cell('connected')!r} is not a date"
                            " like '21 Nov 2026': connection date left out")
    return Connection(line, name, cell("url") or None, cell("email") or None,
                      cell("company") or None, cell("title") or None, connected)


def parse_connected_on(text: str) -> dt.date | None:
    """``21 Nov 2026`` (and the other forms LinkedIn has used), or None."""
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    return None


def profile_key(url: str | None) -> str | None:
    """One key for every way of writing a profile address: scheme, ``www.`` or a
    country sub-domain, trailing slash, case, percent-encoding, query and locale
    sub-paths (``/in/name/en``) aside: ``linkedin.com/in/name``."""
    if not url:
        return None
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        return None
    segments = [unquote(s).strip().casefold() for s in parts.path.split("/") if s.strip()]
    if len(segments) >= 2 and segments[0] in ("in", "pub"):
        segments = segments[:2]  # /in/<id>/<locale>/ is the same profile
    if not segments:
        return None
    return "linkedin.com/" + "/".join(segments)


def name_key(name: str) -> str:
    """A name with accents, case and punctuation aside: ``zoe muller``."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    plain = plain.replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l") \
        .replace("Ł", "l").replace("đ", "d").replace("Đ", "d").replace("æ", "ae")
    return " ".join(re.sub(r"[\W_]+", " ", plain.casefold()).split())


def same_text(a: str | None, b: str | None) -> bool:
    """Company or title equal but for case, accents and spacing."""
    return name_key(a or "") == name_key(b or "")
