"""Finding the entry a user names (see :mod:`ajar.ledger.names`), as an action's error."""

from __future__ import annotations

from typing import Any

from ajar.actions.errors import ActionError
from ajar.ledger import names
from ajar.ledger.ledger import Ledger
from ajar.ledger.names import KINDS, did_you_mean, ledger_folder  # noqa: F401 (re-exported)


def slug_of(name: str, kind: str) -> str:
    try:
        return names.slug_of(name, kind)
    except names.EntryNameError as error:
        raise ActionError(error.message, error.status) from None


def find_entry(ledger: Ledger, kind: str, name: str) -> Any:
    try:
        return names.find_entry(ledger, kind, name)
    except names.EntryNameError as error:
        raise ActionError(error.message, error.status) from None
