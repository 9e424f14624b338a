"""The ledger lock: re-entrant in one process, exclusive between processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ajar.store.lock import LockError, ledger_lock, lock_path


def test_the_lock_is_reentrant_in_one_process(tmp_path: Path) -> None:
    with ledger_lock(tmp_path):
        with ledger_lock(tmp_path):
            pass
    assert lock_path(tmp_path).name == ".ajar.lock"


def test_another_process_waits_then_gives_up_with_a_clear_error(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from pathlib import Path\n"
         "from ajar.store.lock import ledger_lock\n"
         f"with ledger_lock(Path({str(tmp_path)!r})):\n"
         "    print('held', flush=True)\n"
         "    sys.stdin.read()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(LockError, match="another ajar"):
            with ledger_lock(tmp_path, timeout=0.2):
                pass
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    with ledger_lock(tmp_path, timeout=5):
        pass


def test_a_ledger_folder_that_cannot_exist_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(LockError, match="cannot lock the ledger"):
        with ledger_lock(tmp_path / "file" / "ledger"):
            pass


def test_taking_the_lock_removes_temporary_files_left_by_a_killed_write(
        tmp_path: Path) -> None:
    contacts = tmp_path / "contacts"
    contacts.mkdir()
    stale = contacts / ".jane.md.k3j4h5.tmp"
    stale.write_text("half a file")
    kept = contacts / ".notes.txt"
    kept.write_text("mine")
    with ledger_lock(tmp_path):
        pass
    assert not stale.exists() and kept.exists()
