"""Insights: counts by stage, month, reason and company; reply rate and delay;
and the pattern alert ("a rejection should change nothing unless it makes a dozen")."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from statistics import median
from typing import Any, Iterable

from ajar.ledger.ledger import Ledger
from ajar.ledger.models import STAGES, RejectionFacts
from ajar.config.settings import Settings
from ajar.rules.companies import Companies, companies
from ajar.rules.schedule import reply_state
from ajar.rules.wording import counted


@dataclass(frozen=True)
class PatternAlert:
    active: bool
    window_start: dt.date
    rejections: int
    final_rounds: int
    message: str


@dataclass(frozen=True)
class Insights:
    total: int
    by_stage: dict[str, int]
    by_month: dict[str, int]  # "YYYY-MM", oldest first, no gaps
    by_reason: list[tuple[str, int]]
    by_company: list[tuple[str, int]]
    replied: int
    reply_owed: int
    no_reply: int
    reply_rate: float | None  # replied / (rejections that owe or got a reply)
    median_reply_days: float | None
    pattern: PatternAlert

    def as_json(self, today: dt.date) -> dict[str, Any]:
        """The ``ajar stats --json`` shape: counts as numbers, every breakdown a list
        of ``{"label", "count"}`` objects in display order (documented in the guide)."""
        def rows(pairs: Iterable[tuple[str, int]]) -> list[dict[str, Any]]:
            return [{"label": label, "count": count} for label, count in pairs]

        pattern = self.pattern
        return {
            "today": today.isoformat(),
            "total": self.total,
            "replied": self.replied,
            "reply_owed": self.reply_owed,
            "no_reply": self.no_reply,
            "reply_rate": self.reply_rate,
            "median_reply_days": self.median_reply_days,
            "by_stage": rows(self.by_stage.items()),
            "by_month": rows(self.by_month.items()),
            "by_reason": rows(self.by_reason),
            "by_company": rows(self.by_company),
            "pattern": {"active": pattern.active,
                        "window_start": pattern.window_start.isoformat(),
                        "rejections": pattern.rejections,
                        "final_rounds": pattern.final_rounds,
                        "message": pattern.message},
        }


def pattern_alert(ledger: Ledger, settings: Settings, today: dt.date) -> PatternAlert:
    window = settings.pattern.window
    start = _months_back(today, window)
    recent = [r for r in ledger.rejections.values() if start <= r.meta.date <= today]
    finals = sum(1 for r in recent if r.meta.stage == "final-round")
    if finals >= settings.pattern.final_rounds:
        message = (f"{counted(finals, 'final-round rejection')} since {start.isoformat()}:"
                   " you keep reaching the last round: rethink how you present yourself")
    elif len(recent) >= settings.pattern.rejections:
        message = (f"{counted(len(recent), 'rejection')} since {start.isoformat()}: that makes a"
                   " dozen; look for the pattern and change one thing")
    else:
        return PatternAlert(False, start, len(recent), finals,
                            f"{counted(len(recent), 'rejection')} since"
                            f" {start.isoformat()}: keep doing what got you this far")
    return PatternAlert(True, start, len(recent), finals, message)


def _months_back(today: dt.date, window: object) -> dt.date:
    from ajar.ledger.dates import Duration, add_months
    assert isinstance(window, Duration)
    try:
        if window.unit in ("month", "year"):
            return add_months(today, -window.count * (12 if window.unit == "year" else 1))
        days = window.count * (7 if window.unit == "week" else 1)
        return today - dt.timedelta(days=days)
    except (ValueError, OverflowError):  # a window longer than the calendar: all of it
        return dt.date.min


def insights(ledger: Ledger, settings: Settings, today: dt.date) -> Insights:
    rejections = list(ledger.rejections.values())
    stages = Counter(r.meta.stage or "unknown" for r in rejections)
    by_stage = {stage: stages.get(stage, 0) for stage in (*STAGES, "unknown")
                if stage != "unknown" or stages.get("unknown")}
    months = Counter(r.meta.date.strftime("%Y-%m") for r in rejections)
    by_month: dict[str, int] = {}
    if months:
        first, last = min(months), max(months)
        year, month = int(first[:4]), int(first[5:])
        while f"{year:04d}-{month:02d}" <= last:
            key = f"{year:04d}-{month:02d}"
            by_month[key] = months.get(key, 0)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    reasons = Counter((r.meta.reason or "").strip() or "no reason given" for r in rejections)
    # One row per company as the companies page counts it ("ACME" and "acme" are one).
    index = companies(ledger)
    by_company = Counter(_company_name(index, r.meta.company) for r in rejections)
    replied = [r for r in rejections if r.meta.replied]
    # Not owed: no_reply, or everyone listed asked not to be contacted (as in ajar due).
    owed = sum(1 for r in rejections if reply_state(ledger, RejectionFacts.of(r)) == "owed")
    no_reply = len(rejections) - len(replied) - owed
    # A reply dated after today has not happened yet (ajar check warns): no delay from it.
    delays = [(r.meta.replied - r.meta.date).days for r in replied
              if r.meta.replied and r.meta.date <= r.meta.replied <= today]
    answerable = len(replied) + owed
    return Insights(
        total=len(rejections), by_stage=by_stage, by_month=by_month,
        by_reason=_most_first(reasons), by_company=_most_first(by_company),
        replied=len(replied), reply_owed=owed, no_reply=no_reply,
        reply_rate=(len(replied) / answerable) if answerable else None,
        median_reply_days=float(median(delays)) if delays else None,
        pattern=pattern_alert(ledger, settings, today))


def _company_name(index: Companies, name: str) -> str:
    view = index.get(name)
    return view.name if view is not None else name.strip()


def _most_first(counts: Counter[str]) -> list[tuple[str, int]]:
    """Largest count first; ties by label (without case), so the order is stable."""
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0].casefold(), pair[0]))
