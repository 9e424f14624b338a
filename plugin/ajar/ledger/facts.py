"""Facts that cannot be true: a reply sent before the rejection arrived or after
today, a LinkedIn connection or a touch dated in the future, a rejection both
replied to and said to need no reply.

A fact that is never true (a reply before the rejection, both ``replied`` and
``no_reply``) is an error: the rejection is left out of the pages like any faulty
entry, and its other values keep counting for the schedule. A date after today is
a warning: it is impossible today but not on every day (``AJAR_TODAY`` set to the
past, a machine's clock), so the entry stays and the insights leave the date out.

The checks run on every file's valid values, a faulty file's included (a bad
``kind`` in one log entry does not hide a future date in another): required keys
may then be missing, hence the ``getattr``s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from ajar.ledger.ledger import Ledger
from ajar.ledger.problems import Problem


def check_facts(ledger: Ledger, today: dt.date,
                entries: dict[str, list[Any]] | None = None) -> None:
    """``entries``: every file's valid values by kind (default: the valid entries)."""
    if entries is None:
        entries = {kind: list(getattr(ledger, kind).values())
                   for kind in ("rejections", "contacts", "companies")}
    for rejection in entries.get("rejections", []):
        _rejection(ledger, rejection, today)
    for contact in entries.get("contacts", []):
        meta = contact.meta
        if meta.linkedin_connected is not None and meta.linkedin_connected > today:
            _add(ledger, contact, ("linkedin_connected",), "future-date", "warning",
                 f"linkedin_connected {meta.linkedin_connected.isoformat()} is after today"
                 f" ({today.isoformat()}): write the day the connection was made")
        _future_log(ledger, contact, today)
    for company in entries.get("companies", []):
        _future_log(ledger, company, today)


def _rejection(ledger: Ledger, rejection: Any, today: dt.date) -> None:
    meta = rejection.meta
    date = getattr(meta, "date", None)
    faults: list[str] = []
    if meta.replied is not None:
        if date is not None and meta.replied < date:
            faults.append("replied")
            _add(ledger, rejection, ("replied",), "impossible-date", "error",
                 f"replied {meta.replied.isoformat()} is before the rejection arrived"
                 f" (date {date.isoformat()}): fix one of the two dates")
        elif meta.replied > today:
            _add(ledger, rejection, ("replied",), "future-date", "warning",
                 f"replied {meta.replied.isoformat()} is after today ({today.isoformat()}):"
                 " write the day the reply was sent, or remove 'replied' until it is")
        if meta.no_reply:
            faults.append("no_reply")
            _add(ledger, rejection, ("no_reply",), "replied-and-no-reply", "error",
                 f"the file says both replied ({meta.replied.isoformat()}) and no_reply: true:"
                 " remove no_reply if you did reply, or replied if nobody could be answered")
    if not faults:
        return
    from ajar.ledger.loader import leave_out

    leave_out(ledger, rejection)
    facts = ledger.salvaged.get(rejection.slug)
    if facts is not None and "replied" in faults and "no_reply" not in faults:
        # An impossible reply date is not a reply: it is still owed.
        ledger.salvaged[rejection.slug] = dataclasses.replace(facts, replied=None)


def _future_log(ledger: Ledger, entry: Any, today: dt.date) -> None:
    for index, item in enumerate(entry.meta.log):
        date, kind = getattr(item, "date", None), getattr(item, "kind", None)
        if date is not None and date > today:
            what = f" ({kind})" if kind else ""
            _add(ledger, entry, ("log", index, "date"), "future-date", "warning",
                 f"log entry {index + 1}{what} is dated {date.isoformat()}, after"
                 f" today ({today.isoformat()}): a log records what happened; put a plan in"
                 f" {'next_check' if hasattr(entry.meta, 'next_check') else 'next_reconnect'}")


def _add(ledger: Ledger, entry: Any, key: tuple[Any, ...], code: str, severity: str,
         message: str) -> None:
    positions = entry.extra.get("positions", {})
    while key and key not in positions:
        key = key[:-1]
    line, column = positions.get(key, (1, 1))
    ledger.problems.append(Problem(entry.path, line, column, code, severity,  # type: ignore[arg-type]
                                   message))

