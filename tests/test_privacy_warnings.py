"""`privacy` warnings for mkdocs.yml settings that make pages call other hosts or
serve the site to the network: in `ajar check`, and as MkDocs warnings, so
`mkdocs build --strict` fails."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from ajar.config.privacy import privacy_problems
from helpers import MINIMAL_MKDOCS, build_site, make_project, mkdocs_serve, run_ajar

ENV = {"AJAR_TODAY": "2026-11-23"}
CDN_EMOJI = ("markdown_extensions:\n  - pymdownx.emoji:\n"
             "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
             "      emoji_generator: !!python/name:pymdownx.emoji.to_svg\n")
SETTINGS = {
    "repo_url": "repo_url: https://github.com/someone/ledger\n",
    "analytics": "extra:\n  analytics:\n    provider: google\n    property: G-XXXXXXX\n",
    "emoji": CDN_EMOJI,
    "extra_javascript": "extra_javascript:\n  - https://cdn.example.com/x.js\n",
    "extra_css": "extra_css:\n  - //cdn.example.com/x.css\n",
}
MESSAGES = {
    "repo_url": "repo_url makes every page ask",
    "analytics": "analytics send every visit",
    "emoji": "pymdownx.emoji loads emoji images from a CDN",
    "extra_javascript": "extra_javascript loads https://cdn.example.com/x.js",
    "extra_css": "extra_css loads //cdn.example.com/x.css",
}


def project(root: Path, extra: str) -> Path:
    return make_project(root, mkdocs=MINIMAL_MKDOCS + extra)


@pytest.mark.parametrize("setting", list(SETTINGS))
def test_each_setting_is_a_privacy_warning_in_check_and_fails_a_strict_build(
        tmp_path: Path, setting: str) -> None:
    root = project(tmp_path / "p", SETTINGS[setting])
    check = run_ajar("check", cwd=root, env=ENV)
    assert check.returncode == 0, check.stderr  # a warning, not an error
    lines = [line for line in check.stdout.splitlines() if "[privacy]" in line]
    assert len(lines) == 1 and MESSAGES[setting] in lines[0], check.stdout
    assert lines[0].startswith("mkdocs.yml:")
    build = build_site(root, "--strict", env=ENV)
    assert build.returncode != 0
    assert "warning[privacy]" in build.stderr and MESSAGES[setting] in build.stderr


def test_a_private_config_has_no_privacy_warning(tmp_path: Path) -> None:
    local = ("markdown_extensions:\n  - pymdownx.emoji:\n"
             "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
             "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n"
             "extra_css:\n  - css/mine.css\nextra_javascript:\n  - js/mine.js\n"
             "dev_addr: 127.0.0.1:8000\n")
    root = project(tmp_path / "p", local)
    (root / "docs/css").mkdir()
    (root / "docs/css/mine.css").write_text("")
    (root / "docs/js").mkdir()
    (root / "docs/js/mine.js").write_text("")
    check = run_ajar("check", cwd=root, env=ENV)
    assert "[privacy]" not in check.stdout
    build = build_site(root, "--strict", env=ENV)
    assert build.returncode == 0, build.stderr


@pytest.mark.parametrize("address,private", [
    ("127.0.0.1:8000", True), ("localhost:8000", True), ("[::1]:8000", True),
    ("0.0.0.0:8000", False), ("192.168.1.5:8000", False), ("[::]:8000", False)])
def test_serving_address(address: str, private: bool) -> None:
    problems = privacy_problems({"dev_addr": address})
    assert (problems == []) is private


def test_dev_addr_on_all_interfaces_is_reported_by_check(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "dev_addr: 0.0.0.0:8000\n")
    check = run_ajar("check", cwd=root, env=ENV)
    assert "mkdocs.yml:6: warning[privacy]: the site is served on 0.0.0.0:8000" in check.stdout


def test_mkdocs_serve_on_all_interfaces_warns(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "")
    log = tmp_path / "serve.log"
    with mkdocs_serve(root, log, host="0.0.0.0", today=ENV["AJAR_TODAY"]) as (_, _, server):
        deadline = time.monotonic() + 120
        while "Serving on" not in log.read_text() and time.monotonic() < deadline:
            assert server.poll() is None, log.read_text()
            time.sleep(0.2)
    text = log.read_text()
    assert "warning[privacy]: the site is served on 0.0.0.0:" in text, text
