"""What the site may ask for (actions/dispatch.py), which Host headers name the
server (site/endpoint.py), and `ajar no-reply`, the command behind the site's
"no reply possible" button."""

from __future__ import annotations

from pathlib import Path

import pytest

from ajar.actions.dispatch import ACTIONS, parse_request
from ajar.actions.errors import ActionError
from ajar.site.endpoint import Served
from helpers import make_project, run_ajar

TODAY = {"AJAR_TODAY": "2026-11-23"}


@pytest.mark.parametrize("data, message", [
    ([], "must be a JSON object"),
    ({}, "unknown action 'None'"),
    ({"action": "rm"}, "unknown action 'rm': the site records"),
    ({"action": "__class__"}, "unknown action"),
    ({"action": "replied"}, "rejection must be an entry's slug"),
    ({"action": "replied", "rejection": "../../etc/passwd"}, "must be an entry's slug"),
    ({"action": "replied", "rejection": "a/b"}, "must be an entry's slug"),
    ({"action": "replied", "rejection": ".hidden"}, "must be an entry's slug"),
    ({"action": "replied", "rejection": "a..b"}, "must be an entry's slug"),
    ({"action": "replied", "rejection": 3}, "rejection must be text"),
    ({"action": "replied", "rejection": "x", "on": "2020-01-01"}, "replied: unexpected on"),
    ({"action": "connected", "rejection": "x"}, "connected: unexpected rejection"),
    ({"action": "reconnected", "contact": "x", "note": "n" * 2001}, "at most 2000"),
    ({"action": "snooze", "contact": "x", "for": "9" * 101}, "at most 100"),
])
def test_requests_outside_the_list_are_refused(data: object, message: str) -> None:
    with pytest.raises(ActionError) as refused:
        parse_request(data)
    assert message in refused.value.message


def test_a_listed_request_keeps_only_its_arguments() -> None:
    request = parse_request({"action": "reconnected", "contact": "jane-doe", "note": "hi"})
    assert request.name == "reconnected" and request.args == {"contact": "jane-doe",
                                                              "note": "hi"}
    assert {"replied", "no_reply", "connected", "reconnected", "snooze"} <= set(ACTIONS)
    assert ACTIONS["no_reply"].command("no_reply", "x") == "ajar no-reply x"


def test_host_headers_that_name_the_server() -> None:
    local = Served("127.0.0.1", 8000)
    assert local.names_me("127.0.0.1:8000") and local.names_me("localhost:8000")
    assert local.names_me("[::1]:8000")
    for host in ("127.0.0.1:8001", "evil.example:8000", "127.0.0.1", "", "10.0.0.2:8000",
                 "localhost.evil.example:8000"):
        assert not local.names_me(host), host
    everywhere = Served("0.0.0.0", 8000)
    assert not everywhere.loopback
    assert everywhere.names_me("192.168.1.20:8000") and everywhere.names_me("[fe80::1]:8000")
    assert not everywhere.names_me("rebind.example:8000")
    one = Served("192.168.1.20", 8000)
    assert one.names_me("192.168.1.20:8000") and not one.names_me("10.0.0.1:8000")


def test_no_reply_command(tmp_path: Path) -> None:
    root = make_project(tmp_path, rejections={
        "2026-11-20-acme-analyst": {"company": "Acme", "role": "Analyst", "date": "2026-11-20"},
        "2026-11-21-globex-tester": {"company": "Globex", "role": "Tester",
                                     "date": "2026-11-21", "replied": "2026-11-22"},
    })
    path = root / "ledger/rejections/2026-11-20-acme-analyst.md"
    before = path.read_text()
    done = run_ajar("no-reply", "2026-11-20-acme-analyst", cwd=root, env=TODAY)
    assert done.returncode == 0, done.stderr
    assert path.read_text() == before[:-4] + "no_reply: true\n---\n"
    again = run_ajar("no-reply", "2026-11-20-acme-analyst", cwd=root, env=TODAY)
    assert again.stdout.startswith("already recorded")
    replied = root / "ledger/rejections/2026-11-21-globex-tester.md"
    kept = replied.read_bytes()
    refused = run_ajar("no-reply", "2026-11-21-globex-tester", cwd=root, env=TODAY)
    assert refused.returncode == 1
    assert "already records a reply on 2026-11-22" in refused.stderr
    assert replied.read_bytes() == kept
