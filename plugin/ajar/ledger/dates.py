"""Dates and durations as DESIGN.md fixes them: ISO dates, calendar months."""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
from dataclasses import dataclass
from typing import Any, Literal

Unit = Literal["day", "week", "month", "year"]

_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_DURATION = re.compile(r"^\s*([0-9]{1,6})\s*(day|week|month|year)s?\s*$", re.IGNORECASE)


class DateError(ValueError):
    """A value that is not an ISO date; the message says how to fix it."""


def parse_date(value: Any) -> dt.date:
    """Parse ``YYYY-MM-DD`` (a string, or a date YAML already built)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise DateError(f"expected a date written YYYY-MM-DD, got {show_value(value)}")
    text = value.strip()
    match = _ISO_DATE.match(text)
    if not match:
        raise DateError(f"{show_value(text)} is not a date: write it as YYYY-MM-DD,"
                        " e.g. 2026-03-14")
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        raise DateError(f"{text} is not a date: there is no month {month}")
    last = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if year < 1 or not 1 <= day <= last:
        raise DateError(
            f"{text} is not a date: {calendar.month_name[month]} {year} has {last} days"
        )
    return dt.date(year, month, day)


@dataclass(frozen=True)
class Duration:
    """``N day(s)|week(s)|month(s)|year(s)``."""

    count: int
    unit: Unit

    @classmethod
    def parse(cls, value: Any) -> Duration:
        if isinstance(value, Duration):
            return value
        if not isinstance(value, str):
            raise DateError(
                f"expected a duration such as '3 months', got {show_value(value)}"
            )
        match = _DURATION.match(value)
        if not match:
            raise DateError(
                f"{show_value(value)} is not a duration: write N days, weeks, months or years,"
                " e.g. '6 months'"
            )
        return cls(int(match.group(1)), match.group(2).lower())  # type: ignore[arg-type]

    def after(self, start: dt.date) -> dt.date:
        """``start`` plus this duration; months clamp to the month's last day."""
        try:
            if self.unit == "day":
                return start + dt.timedelta(days=self.count)
            if self.unit == "week":
                return start + dt.timedelta(weeks=self.count)
            months = self.count * (12 if self.unit == "year" else 1)
            return add_months(start, months)
        except (OverflowError, ValueError):
            return dt.date.max

    def __str__(self) -> str:
        return f"{self.count} {self.unit}{'' if self.count == 1 else 's'}"


def add_months(start: dt.date, months: int) -> dt.date:
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def resolve_today(configured: dt.date | None = None) -> dt.date:
    """``AJAR_TODAY`` from the environment, else the configured date, else local today."""
    env = os.environ.get("AJAR_TODAY", "").strip()
    if env:
        try:
            return parse_date(env)
        except DateError as error:
            raise DateError(f"AJAR_TODAY: {error}") from None
    if configured is not None:
        return configured
    return dt.date.today()


def show_value(value: Any) -> str:
    """A value quoted in a message: its repr, cut to 40 characters."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
