"""Ajar's settings: the ``ajar`` plugin block of ``mkdocs.yml``.

Parsed here, without MkDocs, so that the CLI and the plugin share one
definition of every default and every error message.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ajar.ledger.dates import Duration, resolve_today
from ajar.ledger.models import Cadence, Date, DurationField


class SettingsError(ValueError):
    """The plugin block is wrong; the message names the key and the fix."""


class _Block(BaseModel):
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True)


class Me(BaseModel):
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True)

    name: str = "Me"
    email: str | None = None
    signature: str | None = None


class Reconnect(_Block):
    first_after: Cadence = Duration(3, "month")
    every: Cadence = Duration(6, "month")


class Pattern(_Block):
    window: Cadence = Duration(6, "month")
    rejections: int = Field(12, ge=1)
    final_rounds: int = Field(3, ge=1)


class Settings(_Block):
    ledger_dir: str = "ledger"
    me: Me = Field(default_factory=Me)
    reply_within: DurationField = Duration(2, "day")
    reconnect: Reconnect = Field(default_factory=Reconnect)
    pattern: Pattern = Field(default_factory=Pattern)
    linkedin_note_limit: int = Field(300, ge=1)
    allow_publish: bool = False
    allow_remote_edits: bool = False
    auto_commit: bool = False
    today: Date | None = None

    @classmethod
    def from_mapping(cls, values: dict[str, Any] | None) -> Settings:
        try:
            return cls.model_validate({k: v for k, v in (values or {}).items()
                                       if k != "enabled" and v is not None})
        except ValidationError as error:
            first = error.errors(include_url=False)[0]
            key = ".".join(str(p) for p in first["loc"])
            raise SettingsError(f"plugins.ajar.{key}: {first['msg']}") from None

    def resolve_today(self) -> dt.date:
        return resolve_today(self.today)
