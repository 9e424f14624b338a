"""Recording from the site, over plain HTTP against a real `mkdocs serve`: the
endpoint runs the same actions as `ajar` (same bytes written), and every forged
request (no or wrong token, other Origin, other Host, GET, wrong type, unknown
action, bad arguments, oversized body) is refused with the ledger unchanged."""

from __future__ import annotations

import difflib
import http.client
import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from helpers import build_site, make_project, mkdocs_serve, run_ajar, write
from test_serve import fetch, wait_for

pytestmark = pytest.mark.slow

TODAY = "2026-11-23"
CONTACTS = {
    "jane-doe": {"name": "Jane Doe", "company": "Acme", "linkedin": "https://example.com/jane"},
    "omar-haddad": {"name": "Omar Haddad", "company": "Globex"},
}
REJECTIONS = {
    "2026-11-20-acme-analyst": ({"company": "Acme", "role": "Analyst", "date": "2026-11-20",
                                 "contact": "jane-doe"}, "Thanks for your time.\n"),
    "2026-11-21-globex-tester": {"company": "Globex", "role": "Tester", "date": "2026-11-21"},
}


def project(root: Path, extra: str = "") -> Path:
    mkdocs = "site_name: Test ledger\ntheme:\n  name: material\nplugins:\n  - ajar" + (
        ":\n" + extra if extra else "\n")
    return make_project(root, mkdocs=mkdocs, contacts=CONTACTS, rejections=REJECTIONS)


def serving(root: Path, log: Path, host: str = "127.0.0.1"):  # noqa: ANN201
    """`mkdocs serve -a HOST:PORT` in ``root``; yields (base URL on 127.0.0.1, port, process)."""
    return mkdocs_serve(root, log, host=host, today=TODAY)


def token_of(html: str) -> str | None:
    found = re.search(r'<meta name="ajar-token" content="([^"]+)">', html)
    return found.group(1) if found else None


def post(port: int, path: str, body: bytes | str, headers: dict[str, str],
         method: str = "POST") -> tuple[int, dict[str, Any]]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        data = body.encode() if isinstance(body, str) else body
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        raw = response.read()
    finally:
        connection.close()
    try:
        return response.status, json.loads(raw)
    except ValueError:
        return response.status, {"raw": raw[:200]}


def good_headers(port: int, token: str) -> dict[str, str]:
    return {"Host": f"127.0.0.1:{port}", "Origin": f"http://127.0.0.1:{port}",
            "Content-Type": "application/json", "X-Ajar-Token": token}


def ledger_bytes(root: Path) -> dict[str, bytes]:
    """Every ledger file's bytes (the lock file, ignored by git, aside)."""
    return {str(p.relative_to(root)): p.read_bytes()
            for p in sorted((root / "ledger").rglob("*"))
            if p.is_file() and p.name != ".ajar.lock"}


def changed_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(),
                                lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def started(base: str, server: Any, log: Path) -> str:
    holder: dict[str, str] = {}

    def ready() -> bool:
        holder["html"] = fetch(base) or ""
        return "</html>" in holder["html"]

    wait_for("the first build", ready, server, log)
    return holder["html"]


def test_forged_requests_are_refused_and_change_nothing(tmp_path: Path) -> None:
    root = project(tmp_path / "project")
    log = tmp_path / "serve.log"
    with serving(root, log) as (base, port, server):
        token = token_of(started(base, server, log))
        assert token and len(token) >= 32
        # every served page carries the same token; assets are left alone
        assert token_of(fetch(base + "contacts/jane-doe/") or "") == token
        assert token not in (fetch(base + "assets/ajar/ajar.js") or "x" + token)
        before = ledger_bytes(root)
        good = good_headers(port, token)
        body = json.dumps({"action": "replied", "rejection": "2026-11-21-globex-tester"})
        other = str(port + 1)
        forged = {
            "no token": ({k: v for k, v in good.items() if k != "X-Ajar-Token"}, body, 403),
            "wrong token": ({**good, "X-Ajar-Token": token[:-2] + "xx"}, body, 403),
            "other origin": ({**good, "Origin": "http://evil.example"}, body, 403),
            "no origin": ({k: v for k, v in good.items() if k != "Origin"}, body, 403),
            "other port origin": ({**good, "Origin": f"http://127.0.0.1:{other}"}, body, 403),
            "rebinding host": ({**good, "Host": f"evil.example:{port}",
                                "Origin": f"http://evil.example:{port}"}, body, 403),
            "other host port": ({**good, "Host": f"127.0.0.1:{other}"}, body, 403),
            "form post": ({**good, "Content-Type": "application/x-www-form-urlencoded"},
                          body, 415),
            "text post": ({**good, "Content-Type": "text/plain"}, body, 415),
            "unknown action": (good, json.dumps({"action": "delete",
                                                 "rejection": "2026-11-21-globex-tester"}), 400),
            "extra argument": (good, json.dumps({"action": "replied", "on": "2026-11-22",
                                                 "rejection": "2026-11-21-globex-tester"}), 400),
            "path as slug": (good, json.dumps({"action": "replied",
                                               "rejection": "../contacts/jane-doe"}), 400),
            "not a string": (good, json.dumps({"action": "replied", "rejection": ["x"]}), 400),
            "not json": (good, "action=replied", 400),
            "json list": (good, "[]", 400),
            "oversized body": (good, json.dumps({"action": "reconnected", "contact": "jane-doe",
                                                 "note": "x" * 9000}), 413),
        }
        for name, (headers, data, status) in forged.items():
            got, reply = post(port, "/_ajar/action", data, headers)
            assert got == status, (name, got, reply)
            assert reply["ok"] is False and reply["error"], name
            assert ledger_bytes(root) == before, f"{name} changed the ledger"
        for method in ("GET", "PUT", "DELETE"):
            got, reply = post(port, "/_ajar/action", body if method != "GET" else b"",
                              good, method=method)
            assert got == 405, method
        got, reply = post(port, "/_ajar/undo", "{}", good)
        assert got == 409 and reply["error"] == "nothing to undo"
        assert ledger_bytes(root) == before
        assert "refused a request to record from the site" in log.read_text()
        # an action the core refuses answers with the CLI's message, and writes nothing
        got, reply = post(port, "/_ajar/action",
                          json.dumps({"action": "connected", "contact": "jane-doh"}), good)
        cli = run_ajar("connected", "jane-doh", cwd=root, env={"AJAR_TODAY": TODAY})
        assert got == 400 and cli.returncode == 2
        assert reply["error"] == cli.stderr.strip().removeprefix("ajar: ")
        assert "did you mean 'jane-doe'" in reply["error"]
        assert ledger_bytes(root) == before
        assert server.poll() is None


def test_each_action_writes_what_the_command_writes(tmp_path: Path) -> None:
    """The site and `ajar` make byte-identical edits (one project each)."""
    site_root = project(tmp_path / "site")
    cli_root = project(tmp_path / "cli")
    requests = [
        ({"action": "replied", "rejection": "2026-11-20-acme-analyst"},
         ["replied", "2026-11-20-acme-analyst"], "rejections/2026-11-20-acme-analyst.md",
         ["+replied: 2026-11-23"]),
        ({"action": "no_reply", "rejection": "2026-11-21-globex-tester"},
         ["no-reply", "2026-11-21-globex-tester"], "rejections/2026-11-21-globex-tester.md",
         ["+no_reply: true"]),
        ({"action": "connected", "contact": "jane-doe"}, ["connected", "jane-doe"],
         "contacts/jane-doe.md", ["+linkedin_connected: 2026-11-23"]),
        ({"action": "reconnected", "contact": "omar-haddad", "note": "Coffee: 'chat' #2"},
         ["reconnected", "omar-haddad", "--note", "Coffee: 'chat' #2"],
         "contacts/omar-haddad.md", None),
        ({"action": "snooze", "contact": "jane-doe", "for": "3 months"},
         ["snooze", "jane-doe", "--for", "3 months"], "contacts/jane-doe.md",
         ["+next_reconnect: 2027-02-23"]),
        # a company known from its rejections: the look makes its file
        ({"action": "checked", "company": "acme"}, ["checked", "acme"],
         "companies/acme.md", None),
    ]
    log = tmp_path / "serve.log"
    with serving(site_root, log) as (base, port, server):
        token = token_of(started(base, server, log))
        assert token
        for data, command, path, expected in requests:
            site_file, cli_file = site_root / "ledger" / path, cli_root / "ledger" / path
            before = site_file.read_bytes() if site_file.exists() else b""
            others = {k: v for k, v in ledger_bytes(site_root).items() if not k.endswith(path)}
            got, reply = post(port, "/_ajar/action", json.dumps(data), good_headers(port, token))
            assert got == 200 and reply["ok"] and reply["changed"], reply
            done = run_ajar(*command, cwd=cli_root, env={"AJAR_TODAY": TODAY})
            assert done.returncode == 0, done.stderr
            assert site_file.read_bytes() == cli_file.read_bytes(), path
            assert reply["lines"] == done.stdout.splitlines()
            if expected is not None:
                assert changed_lines(before, site_file.read_bytes()) == expected
            assert {k: v for k, v in ledger_bytes(site_root).items()
                    if not k.endswith(path)} == others
        # the same again: already recorded, nothing written
        again = site_root / "ledger/contacts/jane-doe.md"
        kept = again.read_bytes()
        got, reply = post(port, "/_ajar/action",
                          json.dumps({"action": "connected", "contact": "jane-doe"}),
                          good_headers(port, token))
        assert got == 200 and not reply["changed"] and reply["lines"][0].startswith("already")
        assert again.read_bytes() == kept
        # no_reply is refused once replied, with the command's message
        got, reply = post(port, "/_ajar/action",
                          json.dumps({"action": "no_reply",
                                      "rejection": "2026-11-20-acme-analyst"}),
                          good_headers(port, token))
        assert got == 409 and "already records a reply on 2026-11-23" in reply["error"]


def test_undo_puts_back_the_bytes_only_when_the_file_is_unchanged(tmp_path: Path) -> None:
    root = project(tmp_path / "project")
    path = root / "ledger/contacts/jane-doe.md"
    write(path, path.read_text() + "# a comment the edit keeps\n")
    original = path.read_bytes()
    log = tmp_path / "serve.log"
    with serving(root, log) as (base, port, server):
        headers = good_headers(port, token_of(started(base, server, log)) or "")
        action = json.dumps({"action": "connected", "contact": "jane-doe"})
        assert post(port, "/_ajar/action", action, headers)[0] == 200
        assert path.read_bytes() != original
        got, reply = post(port, "/_ajar/undo", "{}", headers)
        assert got == 200 and reply["lines"][0].startswith("undone: connected on 2026-11-23")
        assert path.read_bytes() == original
        assert post(port, "/_ajar/undo", "{}", headers)[0] == 409  # only once
        # edited by hand in between: the undo is refused and the edit kept
        assert post(port, "/_ajar/action", action, headers)[0] == 200
        write(path, path.read_text() + "hand edit\n")
        edited = path.read_bytes()
        got, reply = post(port, "/_ajar/undo", "{}", headers)
        assert got == 409 and "changed since it was recorded" in reply["error"]
        assert path.read_bytes() == edited


def git(root: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(root.parent),
           "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.com"}
    return subprocess.run(["git", *args], cwd=root, env=env, check=True,
                          capture_output=True, text=True).stdout.strip()


def test_auto_commit_commits_exactly_the_file(tmp_path: Path, monkeypatch: Any) -> None:
    for name, value in {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.com",
                        "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.com"
                        }.items():
        monkeypatch.setenv(name, value)
    root = project(tmp_path / "project", "      auto_commit: true\n")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    write(root / "ledger/contacts/omar-haddad.md", "---\nname: Omar Haddad\n---\nunrelated\n")
    log = tmp_path / "serve.log"
    with serving(root, log) as (base, port, server):
        headers = good_headers(port, token_of(started(base, server, log)) or "")
        got, reply = post(port, "/_ajar/action",
                          json.dumps({"action": "replied", "rejection": "2026-11-20-acme-analyst"}),
                          headers)
        assert got == 200 and reply["commit"], reply
        assert git(root, "log", "-1", "--format=%s") == "Replied to Acme about Analyst"
        assert git(root, "show", "--name-only", "--format=", "HEAD") == \
            "ledger/rejections/2026-11-20-acme-analyst.md"
        assert "ledger/contacts/omar-haddad.md" in git(root, "status", "--porcelain")
        got, reply = post(port, "/_ajar/undo", "{}", headers)
        assert got == 200 and reply["commit"]
        assert git(root, "log", "-1", "--format=%s").startswith("Undo: replied on 2026-11-23")
        assert git(root, "diff", "HEAD~2", "HEAD", "--stat") == ""


def test_served_on_all_interfaces_there_is_no_endpoint_unless_allowed(tmp_path: Path) -> None:
    root = project(tmp_path / "project")
    log = tmp_path / "serve.log"
    with serving(root, log, host="0.0.0.0") as (base, port, server):
        html = started(base, server, log)
        assert token_of(html) is None and "ajar-token" not in html
        before = ledger_bytes(root)
        got, reply = post(port, "/_ajar/action",
                          json.dumps({"action": "connected", "contact": "jane-doe"}),
                          good_headers(port, "guess"))
        assert got == 403 and "allow_remote_edits: true" in reply["error"]
        assert ledger_bytes(root) == before
        text = log.read_text()
        assert "privacy" in text and "recording from the site is off" in text

    allowed = project(tmp_path / "allowed", "      allow_remote_edits: true\n")
    with serving(allowed, log, host="0.0.0.0") as (base, port, server):
        token = token_of(started(base, server, log))
        assert token
        # any IP literal of this machine is this server; a domain name is not
        got, _ = post(port, "/_ajar/action",
                      json.dumps({"action": "connected", "contact": "jane-doe"}),
                      {**good_headers(port, token), "Host": f"rebind.example:{port}",
                       "Origin": f"http://rebind.example:{port}"})
        assert got == 403
        got, reply = post(port, "/_ajar/action",
                          json.dumps({"action": "connected", "contact": "jane-doe"}),
                          good_headers(port, token))
        assert got == 200 and reply["changed"]


def test_a_static_build_holds_no_token(tmp_path: Path) -> None:
    root = project(tmp_path / "project")
    out = tmp_path / "site"
    result = build_site(root, "-d", str(out), env={"AJAR_TODAY": TODAY})
    assert result.returncode == 0, result.stderr
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".js", ".json", ".xml", ".css"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert '<meta name="ajar-token"' not in text, path
