"""Read the rejections a scan finds in worker processes while the scan reads on.

Reading one rejection's fields costs about 25 ms, twenty times what classifying a
message does, so in a mailbox of thousands of rejections it is half the scan. Once a
scan has found a few rejections, the rest are read by worker processes forked from
the scanning one: they share the models it has already loaded instead of loading
them again, and a mailbox of a few emails never starts a process.

The pool is used only where forking is safe (a platform that forks, a process
without other threads) and there are two cores or more; anywhere else, or when a
worker dies, the drafts are read in the scanning process as before. What each
rejection reads is the same either way.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ajar.formats.mail import MailDraft, draft_rejection

WARM_UP = 16  # rejections read in the scanning process first: small mailboxes stay in it
MAX_WORKERS = 8


def default_workers() -> int:
    """The cores this process may use, or ``AJAR_SCAN_WORKERS`` (1: no workers)."""
    wanted = os.environ.get("AJAR_SCAN_WORKERS", "").strip()
    if wanted.isdigit():
        return min(int(wanted), MAX_WORKERS)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return min(cores, MAX_WORKERS)


def _quiet_worker() -> None:
    # Ctrl-C stops the scan in the scanning process, which then stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _draft(raw: bytes, label: str, me: frozenset[str]) -> MailDraft:
    return draft_rejection(raw, label, me)


class DraftPool:
    """``draft_rejection`` for a stream of rejections: each ``submit`` gives a future,
    done at once while the pool is warming up or cannot be used."""

    def __init__(self, me: frozenset[str], workers: int | None = None,
                 warm_up: int | None = None) -> None:
        self.me = me
        self.workers = default_workers() if workers is None else workers
        self.warm_up = WARM_UP if warm_up is None else warm_up
        self.submitted = 0
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False

    def __enter__(self) -> DraftPool:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _can_fork(self) -> bool:
        return (self.workers >= 2 and not self._broken
                and "fork" in multiprocessing.get_all_start_methods()
                and threading.active_count() == 1)

    def submit(self, raw: bytes, label: str) -> Future[MailDraft]:
        self.submitted += 1
        if self._pool is None and self.submitted > self.warm_up and self._can_fork():
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("fork"),
                initializer=_quiet_worker)
        if self._pool is not None:
            try:
                return self._pool.submit(_draft, raw, label, self.me)
            except BrokenProcessPool:
                self._give_up_pool()
        return self.here(raw, label)

    def here(self, raw: bytes, label: str) -> Future[MailDraft]:
        """The draft read in this process, as a finished future."""
        future: Future[MailDraft] = Future()
        try:
            future.set_result(_draft(raw, label, self.me))
        except Exception as error:  # noqa: BLE001 - the caller reports it per email
            future.set_exception(error)
        return future

    def result(self, future: Future[MailDraft], raw: bytes, label: str) -> MailDraft:
        """The future's draft; read again here if its worker died."""
        try:
            return future.result()
        except BrokenProcessPool:
            self._give_up_pool()
            return self.here(raw, label).result()

    def _give_up_pool(self) -> None:
        self._broken = True
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
