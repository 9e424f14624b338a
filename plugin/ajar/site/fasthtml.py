"""Generated pages skip Python-Markdown: they are HTML with Markdown headings,
so the headings are turned into HTML here (with ids, permalinks and the table
of contents) and the rest passes through. Converting thousands of entry pages
with Python-Markdown's raw-HTML parser was the largest cost of a build."""

from __future__ import annotations

import html
import re
from typing import Any

from markdown.extensions.toc import slugify

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$")
_TAG = re.compile(r"<[^>]*>")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~>])")
_PRE_OPEN = re.compile(r"<(pre|textarea)\b", re.IGNORECASE)
_PRE_CLOSE = re.compile(r"</(pre|textarea)\s*>", re.IGNORECASE)


def convert(body: str) -> tuple[str, list[dict[str, Any]]]:
    """HTML and MkDocs toc tokens for a page body of HTML blocks and ``#`` headings."""
    out: list[str] = []
    tokens: list[dict[str, Any]] = []
    stack: list[dict[str, Any]] = []
    used: set[str] = set()
    raw_depth = 0  # inside <pre> a line starting with '#' is text, not a heading
    for line in body.splitlines(keepends=True):
        match = _HEADING.match(line) if raw_depth == 0 else None
        if match:
            level = len(match.group(1))
            text = _MD_ESCAPE.sub(r"\1", match.group(2))
            anchor = _unique(slugify(html.unescape(_TAG.sub("", text)), "-") or "section", used)
            out.append(f'<h{level} id="{anchor}">{text}<a class="headerlink" href="#{anchor}"'
                       f' title="Permanent link">&para;</a></h{level}>\n')
            token = {"level": level, "id": anchor, "name": text, "children": []}
            while stack and stack[-1]["level"] >= level:
                stack.pop()
            (stack[-1]["children"] if stack else tokens).append(token)
            stack.append(token)
            continue
        out.append(line)
        raw_depth += len(_PRE_OPEN.findall(line)) - len(_PRE_CLOSE.findall(line))
        raw_depth = max(raw_depth, 0)
    return "".join(out), tokens


def _unique(anchor: str, used: set[str]) -> str:
    candidate, number = anchor, 1
    while candidate in used:
        candidate = f"{anchor}_{number}"
        number += 1
    used.add(candidate)
    return candidate
