"""Small helpers to write real ledger folders and run the real `ajar` command."""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from email.message import EmailMessage
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote, urlsplit

import yaml

MINIMAL_MKDOCS = "site_name: Test ledger\ntheme:\n  name: material\nplugins:\n  - ajar\n"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def entry(front_matter: dict[str, Any] | str, body: str = "") -> str:
    """A Markdown file with YAML front matter (given as a mapping or as text)."""
    if not isinstance(front_matter, str):
        front_matter = yaml.safe_dump(front_matter, sort_keys=False, allow_unicode=True)
    return f"---\n{front_matter.rstrip()}\n---\n{body}"


def letter(sender: str, subject: str, body: str, *,
           message_id: str = "<letter@example.com>") -> bytes:
    """One plain-text email to the sample user, as bytes (Tuesday 3 November 2026)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Alex Morgan <alex.morgan@example.net>"
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Nov 2026 10:00:00 +0000"
    message["Message-ID"] = message_id
    message.set_content(body.strip("\n") + "\n")
    return message.as_bytes()


def letter_kind(subject: str, body: str, sender: str = "Talent <jobs@example.com>") -> str:
    """The kind triage reads in one letter to the sample user."""
    from ajar.actions.scan import classify_raw  # the plugin, as the tests put it on the path

    return classify_raw(letter(sender, subject, body))[1].kind


def letter_draft(sender: str, subject: str, body: str) -> Any:
    """What ``ajar import`` would draft from one letter to the sample user."""
    from ajar.formats.mail import draft_rejection

    return draft_rejection(letter(sender, subject, body), "test.eml",
                           frozenset({"alex.morgan@example.net"}))


def make_project(root: Path, *, mkdocs: str = MINIMAL_MKDOCS,
                 contacts: dict[str, Any] | None = None,
                 rejections: dict[str, Any] | None = None,
                 replies: dict[str, Any] | None = None,
                 companies: dict[str, Any] | None = None) -> Path:
    """Write mkdocs.yml, an empty docs/ and ledger/{contacts,rejections,replies}/<slug>.md
    (and ledger/companies/<slug>.md when ``companies`` is given: the folder is optional).

    Each value is a front matter mapping, front matter text, or a
    (front matter, body) pair.
    """
    write(root / "mkdocs.yml", mkdocs)
    (root / "docs").mkdir(parents=True, exist_ok=True)  # MkDocs requires docs_dir
    for kind, entries in (("contacts", contacts), ("rejections", rejections),
                          ("replies", replies), ("companies", companies)):
        if kind == "companies" and entries is None:
            continue
        (root / "ledger" / kind).mkdir(parents=True, exist_ok=True)
        for slug, value in (entries or {}).items():
            fm, body = value if isinstance(value, tuple) else (value, "")
            write(root / "ledger" / kind / f"{slug}.md", entry(fm, body))
    return root


def run_ajar(*args: str, cwd: Path, env: dict[str, str] | None = None,
             input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `ajar` command as a user would."""
    full_env = {**os.environ, **(env or {})}
    script = Path(sys.executable).parent / "ajar"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "ajar"]
    return subprocess.run([*command, *args], cwd=cwd, env=full_env,
                          input=input, capture_output=True, text=True, timeout=120)


REPO = Path(__file__).resolve().parents[1]


def sample_replies() -> dict[str, tuple[str, str]]:
    """The sample ledger's reply templates, as (front matter, body) pairs."""
    found = {}
    for path in sorted((REPO / "ledger" / "replies").glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        found[path.stem] = (front, body)
    return found


def run_mkdocs(*args: str, cwd: Path, env: dict[str, str] | None = None,
               input: str | None = None, timeout: float = 300
               ) -> subprocess.CompletedProcess[str]:
    """Run `python -m mkdocs ARGS` in ``cwd`` as a user would (output captured)."""
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=cwd, env=full_env,
                          input=input, capture_output=True, text=True, timeout=timeout)


def build_site(root: Path, *args: str, env: dict[str, str] | None = None,
               timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`mkdocs build ARGS` in the project at ``root`` (output in ``root/site`` unless
    ``-d`` says otherwise)."""
    return run_mkdocs("build", *args, cwd=root, env=env, timeout=timeout)


class _Links(HTMLParser):
    """Every href/src of a page, noting whether it sits inside Material's navigation
    (``md-nav`` / ``md-tabs`` elements)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.navs: list[bool] = []
        self.links: list[tuple[str, bool]] = []  # (href, in navigation)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "nav":
            classes = (values.get("class") or "").split()
            self.navs.append(any(c.startswith(("md-nav", "md-tabs")) for c in classes))
        for name in ("href", "src"):
            if values.get(name) is not None and tag != "use":
                self.links.append((values[name] or "", any(self.navs)))

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self.navs:
            self.navs.pop()


def page_links(html: str) -> list[tuple[str, bool]]:
    """``[(href or src, inside the navigation)]`` of an HTML page."""
    parser = _Links()
    parser.feed(html)
    return parser.links


def nav_links(html: str) -> list[str]:
    return [href for href, in_nav in page_links(html) if in_nav]


def resolve_link(site: Path, page: Path, href: str) -> Path | None:
    """The file a relative link of ``page`` (a file in ``site``) leads to, or None for
    links that leave the site (another scheme, an absolute path, a fragment only)."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("#", "/")) or not parts.path:
        return None
    target = (page.parent / unquote(parts.path)).resolve()
    if href.split("#")[0].split("?")[0].endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def broken_links(site: Path, page: Path) -> list[str]:
    """Relative links and resources of ``page`` that lead to no file of the site."""
    broken = []
    for href, _ in page_links(page.read_text(encoding="utf-8")):
        target = resolve_link(site, page, href)
        if target is None:
            continue
        if site.resolve() not in (target, *target.parents) or not target.is_file():
            broken.append(href)
    return broken


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "svg"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "svg") and self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def article(html: str) -> str:
    """The HTML of the page's content (Material's ``<article>``)."""
    start = html.index("<article")
    return html[start:html.index("</article>", start)]


def text_of(html: str) -> str:
    """The visible text of some HTML, whitespace collapsed."""
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def snapshot(*folders: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folders`` with its (mtime_ns, size): to prove nothing changed."""
    found = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            stat = path.stat()
            found[str(path)] = (stat.st_mtime_ns, stat.st_size if path.is_file() else -1)
    return found


SERVER_LIFETIME = 900  # seconds: a forgotten server stops itself


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def mkdocs_serve(root: Path, log: Path, host: str = "127.0.0.1", today: str = "2026-11-23",
                 ) -> Iterator[tuple[str, int, subprocess.Popen[str]]]:
    """A real ``mkdocs serve -a HOST:PORT`` in ``root`` (a free port), its output in
    ``log``; yields (base URL on 127.0.0.1, port, process) and always stops it."""
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "AJAR_TODAY": today,
           "GIT_CEILING_DIRECTORIES": str(root.parent)}
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"{host}:{port}"],
            cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT, text=True)
    try:
        yield f"http://127.0.0.1:{port}/", port, server
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@contextlib.contextmanager
def serve_directory(directory: Path, port: int | None = None,
                    lifetime: float | None = SERVER_LIFETIME) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port unless given); yields the base URL
    (with a trailing slash). The server stops at the end, or by itself after
    ``lifetime`` seconds at the latest (None: only at the end, for a session's server,
    whose teardown always runs). A server past its lifetime closes its socket, so a
    late request is refused at once rather than left waiting in the backlog."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", port or 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)
    thread.start()

    def expire() -> None:
        server.shutdown()
        server.server_close()

    deadline = threading.Timer(lifetime, expire) if lifetime is not None else None
    if deadline is not None:
        deadline.daemon = True
        deadline.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        if deadline is not None:
            deadline.cancel()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@dataclass(frozen=True)
class ServedSite:
    directory: Path
    base: str  # http://127.0.0.1:PORT/

    def url(self, path: str = "") -> str:
        return self.base + path.lstrip("/")


def training_script(name: str) -> Any:
    """``train/NAME/train.py``, imported by path as a user runs it."""
    spec = importlib.util.spec_from_file_location(f"{name}_train",
                                                  REPO / "train" / name / "train.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module
