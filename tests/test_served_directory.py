"""The test suite's static server: a session's server outlives any fixed lifetime, and
a server past its lifetime refuses at once instead of leaving the browser waiting
(a CI run once lost a browser test to a session server that had timed itself out)."""
from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from helpers import serve_directory


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def test_a_server_without_lifetime_serves_until_it_is_stopped(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("here", encoding="utf-8")
    with serve_directory(tmp_path, lifetime=None) as base:
        time.sleep(1.0)
        assert fetch(base) == "here"


def test_a_server_past_its_lifetime_refuses_at_once(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("here", encoding="utf-8")
    with serve_directory(tmp_path, lifetime=0.3) as base:
        assert fetch(base) == "here"
        time.sleep(1.0)
        started = time.monotonic()
        with pytest.raises(urllib.error.URLError) as refused:
            fetch(base)
        assert isinstance(refused.value.reason, ConnectionRefusedError)
        assert time.monotonic() - started < 4
