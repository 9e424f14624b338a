"""`mkdocs serve` as a user runs it: edits under ledger/ (outside docs_dir) rebuild
the site, a broken file shows on problems/ while the server keeps running, and
fixing it clears it."""

from __future__ import annotations

import subprocess
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import pytest

from helpers import MINIMAL_MKDOCS, entry, make_project, mkdocs_serve, write

pytestmark = pytest.mark.slow

TIMEOUT = 60  # seconds for the server to answer, and for each rebuild to show


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def wait_for(what: str, check: Callable[[], bool], server: subprocess.Popen[str],
             log: Path) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"mkdocs serve exited ({server.returncode}) while waiting for {what}:\n"
                        + log.read_text(encoding="utf-8", errors="replace")[-3000:])
        if check():
            return
        time.sleep(0.25)
    pytest.fail(f"timed out after {TIMEOUT}s waiting for {what}:\n"
                + log.read_text(encoding="utf-8", errors="replace")[-3000:])


@contextmanager
def serving(root: Path, log: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`mkdocs serve` on a free port in ``root``; always stopped at the end."""
    with mkdocs_serve(root, log) as (base, _port, server):
        yield base, server


def test_serve_rebuilds_on_ledger_edits(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project", contacts={
        "jane-doe": {"name": "Jane Doe", "company": "Acme"},
    }, rejections={
        "2026-11-01-acme-analyst": {"company": "Acme", "role": "Analyst",
                                    "date": "2026-11-01", "contact": "jane-doe"},
    })
    log = tmp_path / "serve.log"
    with serving(root, log) as (base, server):
        contact = base + "contacts/jane-doe/"
        problems = base + "problems/"
        wait_for("the first build", lambda: "Jane Doe" in (fetch(contact) or ""), server, log)
        assert "No problems" in (fetch(problems) or "")

        # an edit outside docs_dir rebuilds the site
        write(root / "ledger/contacts/jane-doe.md",
              entry({"name": "Jane Q. Doe", "company": "Acme", "title": "Head of Data"}))
        wait_for("the edit", lambda: "Head of Data" in (fetch(contact) or ""), server, log)
        assert "Jane Q. Doe" in (fetch(contact) or "")

        # a broken file is listed on problems/, and the server keeps running
        broken = root / "ledger/rejections/2026-11-02-broken.md"
        write(broken, entry("company: Globex\nrole: Tester\ndate: 2026-02-30"))
        wait_for("the problem to show",
                 lambda: "ledger/rejections/2026-11-02-broken.md:4" in (fetch(problems) or ""),
                 server, log)
        assert "ajar-problems-banner" in (fetch(base) or "")
        assert server.poll() is None

        # fixing it clears it
        write(broken, entry("company: Globex\nrole: Tester\ndate: 2026-02-28"))
        wait_for("the problem to clear",
                 lambda: "No problems" in (fetch(problems) or ""), server, log)
        assert "2026-11-02-broken" in (fetch(base + "rejections/") or "")
        assert "ajar-problems-banner" not in (fetch(base) or "")
        assert server.poll() is None


def test_serve_without_a_ledger_folder_still_serves(tmp_path: Path) -> None:
    root = tmp_path / "project"
    write(root / "mkdocs.yml", MINIMAL_MKDOCS)
    (root / "docs").mkdir()
    log = tmp_path / "serve.log"
    with serving(root, log) as (base, server):
        wait_for("the site", lambda: "no-ledger" in (fetch(base + "problems/") or ""),
                 server, log)
        assert server.poll() is None
