"""Recording from the site under ``mkdocs serve``: a WSGI wrapper around the
live-reload server that answers ``POST _ajar/action`` (and ``_ajar/undo``) and
gives served pages the per-process token; built files never hold it.

A request runs only when everything agrees: POST, the served Host (no DNS
rebinding), the served Origin (no cross-site form or fetch), JSON of at most
8 KiB, the token of this process, and one of the listed actions with checked
arguments. Anything else is refused before the ledger is read.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import secrets
import threading
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from ajar.actions.dispatch import parse_request
from ajar.actions.errors import ActionError
from ajar.actions.undo import Snapshot, read_bytes, undo
from ajar.config.project import Project

log = logging.getLogger("mkdocs.plugins.ajar.site.endpoint")

ACTION_PATH = "_ajar/action"
UNDO_PATH = "_ajar/undo"
TOKEN_HEADER = "HTTP_X_AJAR_TOKEN"
BODY_LIMIT = 8 * 1024
_HEAD = re.compile(rb"<head[^>]*>", re.IGNORECASE)

StartResponse = Callable[..., Any]
App = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class Refused(Exception):
    """A request that must not run: its HTTP status and the reason shown."""

    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def _netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@dataclass(frozen=True)
class Served:
    """Where ``mkdocs serve`` listens, and the Host headers that name it."""

    host: str
    port: int
    mount_path: str = "/"

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    def names_me(self, host_header: str) -> bool:
        """Is ``Host`` this server? A name other than ours (a rebinding attacker's
        domain) never is; every interface counts when serving on all of them."""
        if host_header == _netloc(self.host, self.port):
            return True
        name, _, port = host_header.rpartition(":")
        if not name or port != str(self.port):
            return False
        if self.loopback:
            return is_loopback(name)
        if self.host in ("0.0.0.0", "::"):
            return name.lower() == "localhost" or _is_ip(name)
        return False


class Endpoint:
    """The WSGI app ``mkdocs serve`` runs once the plugin wraps it."""

    def __init__(self, app: App, served: Served, project: Callable[[], Project], *,
                 enabled: bool, refusal: str = "") -> None:
        self.app = app
        self.served = served
        self.project = project
        self.enabled = enabled
        self.refusal = refusal
        self.token = secrets.token_urlsafe(32)
        self.mount = served.mount_path.rstrip("/") + "/"
        self._lock = threading.Lock()
        self._last: Snapshot | None = None

    # ------------------------------------------------------------ WSGI

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path in (self.mount + ACTION_PATH, self.mount + UNDO_PATH):
            return self._answer(environ, start_response, path.endswith(UNDO_PATH))
        if not self.enabled:
            return self.app(environ, start_response)
        return self._with_token(environ, start_response)

    def _with_token(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        """Served HTML gets ``<meta name="ajar-token">``: the only place the token is."""
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured.update(status=status, headers=headers, exc_info=exc_info)
            return lambda data: None  # write() is not used by the live-reload server

        body = self.app(environ, capture)
        headers = captured.get("headers", [])
        kind = next((v for k, v in headers if k.lower() == "content-type"), "")
        if not kind.startswith("text/html"):
            start_response(captured["status"], headers, captured.get("exc_info"))
            return body
        try:
            content = b"".join(body)
        finally:
            close = getattr(body, "close", None)
            if close is not None:
                close()
        content = self.inject(content)
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(content))))
        start_response(captured["status"], headers, captured.get("exc_info"))
        return [content]

    def inject(self, html: bytes) -> bytes:
        meta = (f'<meta name="ajar-token" content="{self.token}">'
                f'<meta name="ajar-endpoint" content="{self.mount}_ajar/">').encode()
        return _HEAD.sub(lambda m: m.group(0) + meta, html, count=1)

    # ------------------------------------------------------------ the endpoint

    def _answer(self, environ: dict[str, Any], start_response: StartResponse,
                is_undo: bool) -> Iterable[bytes]:
        try:
            data = self._checked_body(environ)
            status, reply = self._undo() if is_undo else self._run(data)
        except Refused as refused:
            log.warning(f"ajar: refused a request to record from the site: {refused.message}")
            status, reply = refused.status, {"ok": False, "error": refused.message}
        except Exception as error:  # a bug: say so in the page and in the serve log
            log.exception("ajar: recording from the site failed")
            status, reply = "500 Internal Server Error", {
                "ok": False, "error": f"internal error ({type(error).__name__}): see the"
                                      " mkdocs serve log"}
        body = json.dumps(reply).encode("utf-8")
        headers = [("Content-Type", "application/json; charset=utf-8"),
                   ("Content-Length", str(len(body))), ("Cache-Control", "no-store"),
                   ("X-Content-Type-Options", "nosniff")]
        if status.startswith("405"):
            headers.append(("Allow", "POST"))
        start_response(status, headers)
        return [body]

    def _checked_body(self, environ: dict[str, Any]) -> Any:
        """The request's JSON once every check passed; :class:`Refused` otherwise."""
        if not self.enabled:
            raise Refused("403 Forbidden", self.refusal)
        if environ.get("REQUEST_METHOD") != "POST":
            raise Refused("405 Method Not Allowed", "only POST records an action")
        host = environ.get("HTTP_HOST", "")
        if not self.served.names_me(host):
            raise Refused("403 Forbidden", f"Host {host[:80]!r} is not this server")
        origin = environ.get("HTTP_ORIGIN", "")
        if origin != f"http://{host}":
            raise Refused("403 Forbidden", f"Origin {origin[:80]!r} is not this site")
        kind = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        if kind != "application/json":
            raise Refused("415 Unsupported Media Type", "send the action as application/json")
        try:
            length = int(environ.get("CONTENT_LENGTH") or "")
        except ValueError:
            raise Refused("411 Length Required", "the request needs a Content-Length") from None
        if length < 0 or length > BODY_LIMIT:
            raise Refused("413 Content Too Large",
                          f"the request is larger than {BODY_LIMIT} bytes")
        if not secrets.compare_digest(environ.get(TOKEN_HEADER, "").encode(),
                                      self.token.encode()):
            raise Refused("403 Forbidden", "the page's token is missing or wrong:"
                          " reload the page")
        raw = environ["wsgi.input"].read(length)
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Refused("400 Bad Request", "the request is not JSON") from None

    def _run(self, data: Any) -> tuple[str, dict[str, Any]]:
        try:
            request = parse_request(data)
        except ActionError as error:
            raise Refused("400 Bad Request", error.message) from None
        project = self.project()
        path = request.path(project)
        with self._lock, _locked(project):
            before = read_bytes(path)
            try:
                outcome = request.run(project)
            except ActionError as error:
                return _error(error)
            after = read_bytes(path) if outcome.changed else None
            if outcome.changed and outcome.files == [path] and after is not None:
                done = outcome.lines[0].removeprefix("recorded: ") if outcome.lines else ""
                self._last = Snapshot(path, before, after, done, outcome.commit is not None)
            elif outcome.changed:
                self._last = None
        log.info(f"ajar: {' · '.join(outcome.lines)}")
        return "200 OK", {"ok": True, "lines": outcome.lines, "changed": outcome.changed,
                          "commit": outcome.commit,
                          "undo": outcome.changed and self._last is not None}

    def _undo(self) -> tuple[str, dict[str, Any]]:
        project = self.project()
        with self._lock, _locked(project):
            if self._last is None:
                return "409 Conflict", {"ok": False, "error": "nothing to undo"}
            try:
                outcome = undo(project, self._last)
            except ActionError as error:
                return _error(error)
            self._last = None
        log.info(f"ajar: {' · '.join(outcome.lines)}")
        return "200 OK", {"ok": True, "lines": outcome.lines, "changed": True,
                          "commit": outcome.commit, "undo": False}


@contextmanager
def _locked(project: Project) -> Iterator[None]:
    """The ledger's lock (the CLI's too): a busy ledger refuses the request."""
    from ajar.store.lock import LockError, ledger_lock

    stack = ExitStack()
    try:
        stack.enter_context(ledger_lock(project.ledger_path))
    except LockError as error:
        raise Refused("409 Conflict", str(error)) from None
    with stack:
        yield


def _error(error: ActionError) -> tuple[str, dict[str, Any]]:
    status = "400 Bad Request" if error.status == 2 else "409 Conflict"
    return status, {"ok": False, "error": error.message}
