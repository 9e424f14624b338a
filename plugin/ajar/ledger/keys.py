"""Near-miss keys: ``emial:`` is kept and ignored like any unknown key, but it is
almost certainly a typo, so it is worth a warning with a "did you mean"."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel

from ajar.ledger.problems import Problem
from ajar.ledger.source import SourceFile

# How close an unknown key must be to a schema key to be called a typo.
CUTOFF = 0.75


def schema_keys(model: type[BaseModel]) -> list[str]:
    """The keys a file may use (aliases as written: ``from``, ``for``)."""
    return [field.alias or name for name, field in model.model_fields.items()]


def near_miss_keys(data: dict[str, Any], model: type[BaseModel],
                   source: SourceFile) -> list[Problem]:
    known = schema_keys(model)
    problems: list[Problem] = []
    for key in data:
        if not isinstance(key, str) or key in known:
            continue
        close = difflib.get_close_matches(key.lower(), known, n=1, cutoff=CUTOFF)
        if close:
            problems.append(source.problem(
                "unknown-key",
                f"'{key}' is not a key Ajar knows (did you mean '{close[0]}'?):"
                f" rename it to '{close[0]}', or keep it as a note of your own",
                (key,), severity="warning"))
    return problems
