"""The valid values of a faulty file. A typo in ``stage`` must neither hide the file's
other faults (DESIGN.md: loading "never stops at the first fault") nor make its
contacts' reminders disappear ("never lost silently")."""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from ajar.ledger.models import Contact, ContactMeta, Entry, RejectionFacts, RejectionMeta


def partial(model: type[BaseModel], data: Any) -> BaseModel:
    """``model`` holding only the values of ``data`` that are valid on their own; a
    list of entries (``log``) keeps the valid fields of each item, at its index. A
    faulty value leaves its key at the default, or absent when it is required (so
    read required keys with ``getattr(meta, key, None)``)."""
    meta = model.model_construct()
    if not isinstance(data, dict):
        return meta
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key not in data:
            continue
        try:
            model.__pydantic_validator__.validate_assignment(meta, name, data[key])
        except (ValidationError, RecursionError):
            item_model = _item_model(info.annotation)
            if item_model is not None and isinstance(data[key], list):
                meta.__dict__[name] = [partial(item_model, item) for item in data[key]]
    return meta


def _item_model(annotation: Any) -> type[BaseModel] | None:
    """``LogEntry`` for ``list[LogEntry]``; None for anything else."""
    if typing.get_origin(annotation) is not list:
        return None
    (item,) = typing.get_args(annotation) or (None,)
    return item if isinstance(item, type) and issubclass(item, BaseModel) else None


def salvage(entry: Entry[Any]) -> RejectionFacts | None:
    """A faulty rejection's facts for the schedule (from :func:`partial`); None
    without a valid ``date`` (nothing can be scheduled from it)."""
    meta = entry.meta
    if not isinstance(meta, RejectionMeta) or getattr(meta, "date", None) is None:
        return None
    contacts = tuple(dict.fromkeys(c.strip() for c in meta.contacts if c.strip()))
    company = (getattr(meta, "company", None) or "").strip() or None
    role = (getattr(meta, "role", None) or "").strip() or None
    return RejectionFacts(entry.slug, entry.path, meta.date, contacts, meta.replied,
                          bool(meta.no_reply), company, role, faulty=True)


def salvage_contact(entry: Entry[Any], data: Any) -> Contact | None:
    """A faulty contact's valid values for the schedule, so that a bad date in its
    ``log`` does not silently drop its reconnect. None when ``do_not_contact`` itself
    is faulty (better no reminder than one to a person who asked for none). The
    name falls back to the slug; log lines without a valid date and kind are left out."""
    meta = entry.meta
    if not isinstance(meta, ContactMeta) or not isinstance(data, dict):
        return None
    if "do_not_contact" in data and "do_not_contact" not in meta.model_fields_set:
        return None
    log = [item for item in meta.log
           if getattr(item, "date", None) is not None and getattr(item, "kind", None) is not None]
    name = meta.name if "name" in meta.model_fields_set else entry.slug
    salvaged = meta.model_copy(update={"log": log, "name": name})
    return Entry(entry.slug, entry.path, salvaged, entry.body, entry.body_line,
                 {**entry.extra, "faulty": True})
