"""Thirty-sixth pass: a big scan reads its rejections in worker processes.

Each check runs the scan in a fresh Python process (as ``ajar scan`` does: one thread,
the models not loaded yet) on an mbox of corpus mail, and holds the pooled scan to the
one-process scan record by record: the same records in the same order, also when a
worker dies, when a draft fails, when the bounds on waiting work are tiny, and when
the reader stops early. The pool must really have read drafts in other processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import make_project, run_ajar

TRIAGE = Path(__file__).parent / "fixtures" / "triage"
PLUGIN = Path(__file__).parents[1] / "plugin"

CHILD = r"""
import json, os, sys, threading
from ajar.actions import draft_pool, scan as scan_module
from ajar.formats.mail import MailError
from ajar.formats.mail_sources import mbox_messages

from pathlib import Path
box, mode, workers, target = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
parent = os.getpid()
plain_draft = draft_pool._draft
drafted_in = set()

def draft(raw, label, me):
    here = os.getpid()
    if mode == "die" and here != parent and label == target:
        os._exit(3)  # a worker killed mid-scan (out of memory, say)
    if mode == "error" and label == target:
        raise MailError("a draft that fails")
    result = plain_draft(raw, label, me)
    result.notes = str(here)
    return result

draft_pool._draft = draft
draft_pool.WARM_UP = 3
if mode == "tight":
    scan_module._DRAFTING, scan_module._WAITING = 1, 2
if mode == "thread":
    stop = threading.Event()
    threading.Thread(target=stop.wait, daemon=True).start()

seen = scan_module._with_draft
def keep_pid(scanned, draft):
    drafted_in.add(draft.notes)
    return seen(scanned, draft)
scan_module._with_draft = keep_pid

records = []
items = scan_module.scan(mbox_messages(box), None, frozenset({"alex.morgan@example.net"}),
                         workers=workers)
for item in items:
    if isinstance(item, tuple):
        records.append(["error", item[0], str(item[1])])
    else:
        records.append(item.record)
    if mode == "close" and len(records) == 25:
        items.close()
        break
import multiprocessing
print(json.dumps({"records": records, "others": sorted(drafted_in - {str(parent)}),
                  "children": len(multiprocessing.active_children())}, default=str))
"""


def _mbox(path: Path) -> Path:
    """Sixty corpus emails, about half of them rejections, and one message that is no
    email (the eleventh)."""
    files = sorted((TRIAGE / "dev").glob("*.eml"))
    files = [file for pair in zip(files, reversed(files)) for file in pair][:60]
    with path.open("wb") as out:
        for number, file in enumerate(files):
            raw = file.read_bytes().replace(b"\r\n", b"\n")
            if number == 10:
                raw = b"\x00" * 40
            body = b"".join(b">" + line if line.startswith(b"From ") else line
                            for line in raw.splitlines(keepends=True))
            out.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + body.rstrip(b"\n")
                      + b"\n\n")
    return path


def _scan(box: Path, mode: str, workers: int, target: str = "") -> dict:
    env = {**os.environ, "PYTHONPATH": f"{PLUGIN}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
           "TZ": "UTC"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(box), mode, str(workers), target],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def box(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _mbox(tmp_path_factory.mktemp("pool") / "mail.mbox")


@pytest.fixture(scope="module")
def alone(box: Path) -> list:
    result = _scan(box, "plain", 1)
    assert result["others"] == []  # one process: every draft read here
    assert sum(r["kind"] == "rejection" for r in result["records"] if isinstance(r, dict)) > 20
    return result["records"]


def test_the_pool_reads_what_one_process_reads(box: Path, alone: list) -> None:
    pooled = _scan(box, "plain", 2)
    assert pooled["others"], "no draft was read in a worker"
    assert pooled["records"] == alone
    assert pooled["children"] == 0  # the pool is shut down when the scan ends


def test_tiny_bounds_keep_the_order(box: Path, alone: list) -> None:
    pooled = _scan(box, "tight", 2)
    assert pooled["others"] and pooled["records"] == alone


def _rejection(alone: list, number: int) -> str:
    return [r["source"] for r in alone if isinstance(r, dict) and r["kind"] == "rejection"][number]


def test_a_dead_worker_costs_nothing(box: Path, alone: list) -> None:
    pooled = _scan(box, "die", 2, _rejection(alone, 12))
    assert pooled["records"] == alone


def test_a_failed_draft_is_that_emails_error(box: Path, alone: list) -> None:
    target = _rejection(alone, 14)
    pooled = _scan(box, "error", 2, target)
    assert pooled["others"]
    failed = [r for r in pooled["records"] if isinstance(r, list) and r[0] == "error"]
    assert [r[1] for r in failed] == [f"{box}:11", target]
    assert "a draft that fails" in failed[1][2]
    assert [r for r in pooled["records"] if r != failed[1]] \
        == [r for r in alone if not (isinstance(r, dict) and r["source"] == target)]


def test_stopping_early_stops_the_workers(box: Path, alone: list) -> None:
    pooled = _scan(box, "close", 2)
    assert pooled["records"] == alone[:25]
    assert pooled["children"] == 0


def test_no_pool_beside_other_threads(box: Path, alone: list) -> None:
    pooled = _scan(box, "thread", 2)
    assert pooled["others"] == [] and pooled["records"] == alone


def test_ajar_scan_is_the_same_with_workers(tmp_path: Path, box: Path) -> None:
    root = make_project(tmp_path / "p")
    env = {"AJAR_TODAY": "2027-01-10", "TZ": "UTC"}
    outputs = []
    for workers in ("1", "2"):
        result = run_ajar("scan", "--json", str(box), cwd=root,
                          env={**env, "AJAR_SCAN_WORKERS": workers})
        assert result.returncode == 1, result.stderr  # the message that is no email
        assert result.stderr.count("ajar: ") == 1
        outputs.append(json.loads(result.stdout)["messages"])
    assert outputs[0] == outputs[1] and len(outputs[0]) == 59
