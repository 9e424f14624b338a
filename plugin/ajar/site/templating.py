"""The Jinja environment that writes the generated pages (our own templates,
autoescaped: every ledger value is escaped unless a filter says otherwise)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from ajar.rules.wording import counted
from .markup import CONTROLS, mailto, md_text, render_notes, safe_url, strip_controls

TEMPLATES = Path(__file__).parent / "templates"


def human_date(value: dt.date | None) -> str:
    return value.strftime("%-d %b %Y") if value else ""


def relative_days(value: dt.date | None, today: dt.date) -> str:
    """'today', 'in 3 days', '2 weeks ago', 'in 5 months'."""
    if value is None:
        return ""
    days = (value - today).days
    if days == 0:
        return "today"
    size = abs(days)
    if size == 1:
        text = "1 day"
    elif size < 14:
        text = f"{size} days"
    elif size < 60:
        text = f"{size // 7} weeks"
    elif size < 730:
        text = f"{size // 30} months"
    else:
        text = f"{size // 365} years"
    if size == 1:
        return "tomorrow" if days > 0 else "yesterday"
    return f"in {text}" if days > 0 else f"{text} ago"


# Characters a plain value must not print as they are (autoescape aside): line
# feeds, and the control and bidi characters markup.strip_controls drops.
_SPECIAL = re.compile(f"[\n{CONTROLS}]")


def _one_line_safe(value: Any) -> Any:
    """Plain values print escaped with their line breaks as ``&#10;``: a value can
    never start a line of the page, so it can never become a heading (see fasthtml),
    and without control or bidi characters (see markup.strip_controls). Most values
    have neither: they are left to autoescape (escaping here too cost a second pass
    and a Markup object for every value printed)."""
    kind = type(value)
    if kind is Markup or (kind is not str and not isinstance(value, str)) \
            or isinstance(value, Markup):  # Markup first: a macro's whole output
        return value
    if _SPECIAL.search(value):
        escaped = str(escape(strip_controls(value)))
        return Markup(escaped.replace("\n", "&#10;"))
    return value


def noun(number: int, singular: str, plural: str | None = None) -> str:
    """The noun of ``counted`` alone, for a count printed apart (a dashboard card)."""
    return counted(number, singular, plural).partition(" ")[2]


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, finalize=_one_line_safe)
    env.filters.update(md=md_text, notes=render_notes, safe_url=safe_url,
                       date=human_date, relative=relative_days, counted=counted,
                       noun=noun)
    env.globals.update(mailto=mailto)
    return env


def render(template: str, **values: Any) -> str:
    return environment().get_template(template).render(**values)


def render_chunks(template: str, **values: Any) -> Iterator[str]:
    """The template's output in the pieces Jinja makes it in (see fasthtml.convert_chunks)."""
    return environment().get_template(template).generate(**values)
