"""Emails from an IMAP folder, read-only: EXAMINE and BODY.PEEK, so nothing is
marked as read, moved or flagged.

``imaps://user@host[:port]/FOLDER`` (TLS) or ``imap://`` (plain, for a local
server); the password comes from the caller (AJAR_IMAP_PASSWORD or a prompt).
"""

from __future__ import annotations

import imaplib
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from ajar.formats.mail import MAX_EMAIL_BYTES, MailError

BATCH = 50  # messages fetched per command


@dataclass(frozen=True)
class ImapAddress:
    secure: bool
    user: str
    host: str
    port: int
    folder: str

    def label(self, uid: int | None = None) -> str:
        scheme = "imaps" if self.secure else "imap"
        where = f"{scheme}://{self.user}@{self.host}:{self.port}/{self.folder}"
        return f"{where};UID={uid}" if uid is not None else where


def parse_imap_url(url: str) -> ImapAddress:
    """``imaps://user@host/FOLDER`` as parts (MailError when it is not one)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("imap", "imaps") or not parts.hostname:
        raise MailError(f"{url}: not an IMAP address (imaps://user@host/FOLDER)")
    if not parts.username:
        raise MailError(f"{url}: no user name (imaps://user@host/FOLDER)")
    try:
        port = parts.port or (993 if scheme == "imaps" else 143)
    except ValueError:
        raise MailError(f"{url}: the port is not a number") from None
    folder = unquote(parts.path.lstrip("/")) or "INBOX"
    return ImapAddress(scheme == "imaps", unquote(parts.username), parts.hostname, port, folder)


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def imap_messages(url: str, password: Callable[[], str] | None = None,
                  timeout: float = 60.0, ssl_context: ssl.SSLContext | None = None
                  ) -> Iterator[tuple[str, bytes | MailError]]:
    """Each message of the folder, oldest UID first, without changing any flag."""
    try:
        address = parse_imap_url(url)
    except MailError as error:
        yield url, error
        return
    where = address.label()
    try:
        if address.secure:
            client: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                address.host, address.port, ssl_context=ssl_context or ssl.create_default_context(),
                timeout=timeout)
        else:
            client = imaplib.IMAP4(address.host, address.port, timeout=timeout)
    except (OSError, imaplib.IMAP4.error, ssl.SSLError, socket.timeout) as error:
        yield where, MailError(f"cannot connect: {getattr(error, 'strerror', None) or error}")
        return
    try:
        try:
            client.login(address.user, password() if password else "")
        except imaplib.IMAP4.error as error:
            yield where, MailError(f"cannot log in as {address.user}: {_text(error)}")
            return
        status, data = client.select(_quoted(address.folder), readonly=True)  # EXAMINE
        if status != "OK":
            yield where, MailError(f"no folder {address.folder!r}: {_text(data)}")
            return
        status, data = client.uid("SEARCH", "ALL")
        if status != "OK":
            yield where, MailError(f"cannot list the messages: {_text(data)}")
            return
        uids = [int(u) for u in (data[0] or b"").split()]
        for start in range(0, len(uids), BATCH):
            batch = uids[start:start + BATCH]
            yield from _fetch(client, address, batch)
    except (OSError, imaplib.IMAP4.error, socket.timeout) as error:
        yield where, MailError(f"the server stopped answering: {_text(error)}")
    finally:
        try:
            client.logout()
        except (OSError, imaplib.IMAP4.error):
            pass


def _fetch(client: imaplib.IMAP4, address: ImapAddress, uids: list[int]
           ) -> Iterator[tuple[str, bytes | MailError]]:
    wanted = ",".join(str(u) for u in uids)
    status, data = client.uid("FETCH", wanted, f"(UID BODY.PEEK[]<0.{MAX_EMAIL_BYTES + 1}>)")
    if status != "OK":
        for uid in uids:
            yield address.label(uid), MailError(f"cannot fetch: {_text(data)}")
        return
    got: dict[int, bytes] = {}
    for item in data:
        if isinstance(item, tuple) and len(item) == 2:
            found = re.search(rb"\bUID (\d+)", item[0])
            if found:
                got[int(found.group(1))] = item[1]
    for uid in uids:
        if uid in got:
            yield address.label(uid), got[uid]
        else:
            yield address.label(uid), MailError("the server sent no body for this message")


def _text(value: object) -> str:
    if isinstance(value, list):
        value = b" ".join(v for v in value if isinstance(v, bytes))
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value)
