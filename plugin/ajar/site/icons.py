"""Material icons drawn by one stylesheet: each icon's SVG is written once, as a
CSS mask in ``assets/ajar/icons.css``, and a page holds an empty ``<span>`` per
use. Inlining the SVG in every use made entry pages five times heavier (bytes
to write, to hold in memory and for the browser to parse). Nothing is fetched
from another host: the SVG sources are Material's own, in data: URLs."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from markupsafe import Markup

from .theme import ICONS_CSS as STYLESHEET

_ICONS = Path(__import__("material").__file__).parent / "templates" / ".icons"

# Every icon the generated pages use; icon() inlines any other one as SVG.
NAMES = (
    "material/checkbox-marked-circle-outline", "material/checkbox-blank-circle-outline",
    "material/magnify", "material/account-multiple", "fontawesome/brands/linkedin",
    "material/content-copy", "material/email-fast-outline", "material/file-edit-outline",
    "material/email-outline", "material/linkedin", "material/account-reactivate-outline",
    "material/calendar-export",
)


@lru_cache(maxsize=None)
def icon_svg(name: str) -> str:
    """The SVG source of a Material icon (``material/account``), or '' if unknown."""
    try:
        return (_ICONS / f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return ""


def css_class(name: str) -> str:
    return "ajar-i-" + re.sub(r"[^a-z0-9-]", "-", name.lower())


@lru_cache(maxsize=None)
def icon(name: str) -> Markup:
    """An icon: a classed ``<span>`` for the known ones, the SVG inline otherwise."""
    if name in NAMES:
        return Markup(f'<span class="ajar-icon {css_class(name)}" aria-hidden="true"></span>')
    svg = icon_svg(name)
    return Markup(f'<span class="twemoji ajar-icon">{svg}</span>' if svg else "")


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The CSS that draws every icon of ``NAMES`` in the current text colour."""
    rules = [".md-typeset .ajar-icon:empty { display: inline-block; width: 1.1em;"
             " height: 1.1em; vertical-align: -.2em; background-color: currentColor;"
             " -webkit-mask: var(--ajar-icon) center / contain no-repeat;"
             " mask: var(--ajar-icon) center / contain no-repeat; }"]
    for name in NAMES:
        svg = icon_svg(name)
        if svg:
            data = quote(" ".join(svg.split()), safe=" =:/'")
            rules.append(f'.{css_class(name)} {{ --ajar-icon: url("data:image/svg+xml;'
                         f'charset=utf-8,{data}"); }}')
    return "\n".join(rules) + "\n"
