"""Faults of the ``ajar`` plugin block in plain words, with a "did you mean" for a
misspelt key: what ``ajar check`` and the build say about ``mkdocs.yml``."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel

from ajar.config.settings import SettingIssue
from ajar.ledger.dates import show_value

# How each group of settings is written, for "expected settings such as ...".
EXAMPLES = {
    "me": "{name: Alex Example, email: alex@example.com, signature: Alex}",
    "reconnect": "{first_after: 3 months, every: 6 months}",
    "pattern": "{window: 6 months, rejections: 12, final_rounds: 3}",
}
ME_KEYS = ("name", "email", "signature")
CUTOFF = 0.75  # as close as the ledger's near-miss keys


def describe(item: Any, model: type[BaseModel]) -> SettingIssue:
    """One pydantic error on the plugin block, said as a user would want it."""
    loc = tuple(part for part in item["loc"] if isinstance(part, (str, int)))
    key = ".".join(map(str, loc))
    kind, value, last = item["type"], item.get("input"), str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        known = _known_keys(model, loc[:-1])
        close = difflib.get_close_matches(last.lower(), known, n=1, cutoff=0.6)
        if close:
            message = (f"{key}: not an Ajar setting (did you mean '{close[0]}'?):"
                       f" rename it to '{close[0]}'")
        else:
            message = (f"{key}: not an Ajar setting: remove it; the settings here are"
                       f" {', '.join(known)}")
        return SettingIssue(loc, "error", message)
    if kind in ("bad_duration", "bad_date"):
        return SettingIssue(loc, "error", f"{key}: {item['msg']}")
    if kind.startswith("int_"):
        example = _default(model, loc)
        return SettingIssue(loc, "error", f"{key}: {show_value(value)} is not a whole number:"
                            f" write a number{f', e.g. {example}' if example else ''}")
    if kind == "greater_than_equal":
        return SettingIssue(loc, "error", f"{key}: {show_value(value)} is too small: write at"
                            f" least {item.get('ctx', {}).get('ge', 1)}")
    if kind.startswith("bool"):
        return SettingIssue(loc, "error", f"{key}: {show_value(value)} is not true or false:"
                            " write true or false (without quotes)")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        example = EXAMPLES.get(last, "{key: value}")
        return SettingIssue(loc, "error", f"{key}: expected settings such as {example},"
                            f" got {show_value(value)}")
    if kind.startswith("string"):
        return SettingIssue(loc, "error", f"{key}: expected text, got {show_value(value)}")
    return SettingIssue(loc, "error", f"{key}: {item['msg']}")


def me_warnings(me: Any) -> list[SettingIssue]:
    """``me`` may hold keys of the user's own (their templates can use ``me.phone``),
    but one close to a known key is most likely a typo: ``emial``."""
    if not isinstance(me, dict):
        return []
    found = []
    for key in me:
        if not isinstance(key, str) or key in ME_KEYS:
            continue
        close = difflib.get_close_matches(key.lower(), ME_KEYS, n=1, cutoff=CUTOFF)
        if close:
            found.append(SettingIssue(
                ("me", key), "warning",
                f"me.{key}: not a key Ajar knows (did you mean '{close[0]}'?): rename it"
                f" to '{close[0]}', or keep it if your reply templates use me.{key}"))
    return found


def _submodel(model: type[BaseModel], path: tuple[Any, ...]) -> type[BaseModel] | None:
    for part in path:
        info = model.model_fields.get(str(part))
        annotation = info.annotation if info else None
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return None
        model = annotation
    return model


def _known_keys(model: type[BaseModel], path: tuple[Any, ...]) -> list[str]:
    found = _submodel(model, path)
    return list(found.model_fields) if found else []


def _default(model: type[BaseModel], loc: tuple[Any, ...]) -> Any:
    found = _submodel(model, loc[:-1])
    info = found.model_fields.get(str(loc[-1])) if found and loc else None
    return info.default if info is not None else None
