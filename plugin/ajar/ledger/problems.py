"""Problems: every fault in a ledger, collected as a value (never raised)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One fault, located in a file relative to the folder of ``mkdocs.yml``."""

    path: str
    line: int | None
    column: int | None
    code: str
    severity: Severity
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def location(self) -> str:
        """``path:line:col`` in the form editors and hledger users know."""
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def format(self) -> str:
        return f"{self.location()}: {self.severity}[{self.code}]: {self.message}"

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def sort_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.path, p.line or 0, p.column or 0, p.code))


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)
