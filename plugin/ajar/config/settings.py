"""Ajar's settings: the ``ajar`` plugin block of ``mkdocs.yml``.

Parsed here, without MkDocs, so that the CLI and the plugin share one
definition of every default and every error message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ajar.ledger.dates import Duration, resolve_today
from ajar.ledger.models import Cadence, Date, DurationField


@dataclass(frozen=True)
class SettingIssue:
    """One fault in the plugin block: the key path under ``ajar``, and a message that
    starts with that path and says what to do."""

    key: tuple[str | int, ...]
    severity: Literal["error", "warning"]
    message: str

    def __str__(self) -> str:
        return f"plugins.ajar.{self.message}"


class SettingsError(ValueError):
    """The plugin block is wrong; ``issues`` name every faulty key and its fix."""

    def __init__(self, issues: list[SettingIssue]) -> None:
        super().__init__("; ".join(map(str, issues)))
        self.issues = issues


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
        """The settings; :class:`SettingsError` with every error when any is wrong."""
        settings, issues = cls.read(values)
        errors = [issue for issue in issues if issue.severity == "error"]
        if errors:
            raise SettingsError(errors)
        return settings

    @classmethod
    def read(cls, values: dict[str, Any] | None) -> tuple[Settings, list[SettingIssue]]:
        """The settings from the valid values (a faulty one falls back to its default),
        and every issue: all errors at once, and near-miss keys under ``me``."""
        from ajar.config.setting_issues import describe, me_warnings

        given = {k: v for k, v in (values or {}).items() if k != "enabled" and v is not None}
        issues: list[SettingIssue] = []
        for _ in range(50):  # each round drops at least one faulty value
            try:
                settings = cls.model_validate(given)
                break
            except ValidationError as error:
                found = error.errors(include_url=False)
                issues.extend(describe(item, cls) for item in found)
                given = _without(given, [tuple(item["loc"]) for item in found])
        else:
            settings = cls()
        issues.extend(me_warnings(given.get("me")))
        return settings, issues

    def resolve_today(self) -> dt.date:
        return resolve_today(self.today)


def _without(values: dict[str, Any], locations: list[tuple[Any, ...]]) -> dict[str, Any]:
    """``values`` without the value at each location (a copy; nested mappings too)."""
    result = dict(values)
    for loc in locations:
        target: Any = result
        for part in loc[:-1]:
            child = target.get(part) if isinstance(target, dict) else None
            if not isinstance(child, dict):
                target = None
                break
            target[part] = child = dict(child)
            target = child
        if isinstance(target, dict) and loc:
            target.pop(loc[-1], None)
        elif loc:
            result.pop(loc[0], None)
    return result
