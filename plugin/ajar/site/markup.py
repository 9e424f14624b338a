"""Turning ledger values into safe HTML.

Every value from front matter or from an imported email is data: escaped for
HTML (and for Markdown where it lands in Markdown), links only when they are
http(s) or mailto, and notes rendered with raw HTML switched off.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit

from markdown_it import MarkdownIt
from mdit_py_plugins.tasklists import tasklists_plugin
from markupsafe import Markup, escape

from ajar.ledger.controls import CONTROLS, strip_controls  # noqa: F401 (re-exported)

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")
SAFE_SCHEMES = ("http", "https", "mailto")


def md_text(value: object) -> Markup:
    """Text for a Markdown line (a heading): HTML-escaped, Markdown inert."""
    text = strip_controls(str("" if value is None else value))
    return Markup(_MD_SPECIAL.sub(r"\\\1", str(escape(text))))


def safe_url(url: object) -> str | None:
    """The URL if it is http(s) or mailto, else None (never a javascript: link)."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    if any(ord(ch) < 32 for ch in text):
        return None
    scheme = urlsplit(text).scheme.lower()
    return text if scheme in SAFE_SCHEMES else None


def mailto(to: str | None, subject: str | None, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068) that opens a new email in the mail program.

    Every part is percent-encoded as UTF-8 (``&``, ``?``, ``#``, ``%`` included), so
    no value can add a header or a field: the subject is one line (line breaks
    become spaces), the address loses any control character or space, and the body's
    line breaks are sent as ``%0D%0A`` (CRLF), as the RFC asks. An empty address
    is allowed: the mail program asks for one.
    """
    address = "".join(ch for ch in (to or "") if ch > " " and ch != "\x7f")
    subject = " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", subject or "").split())
    body = re.sub(r"\r\n|\r|\n", "\r\n", body)
    return (f"mailto:{quote(address, safe='@')}?subject={quote(subject, safe='')}"
            f"&body={quote(body, safe='')}")


def _safe_link(url: str) -> bool:
    """Links in notes: http(s), mailto or relative, never javascript: and the like."""
    scheme = urlsplit(url.strip()).scheme.lower()
    return not scheme or scheme in SAFE_SCHEMES


def _image_as_text(renderer: Any, tokens: Any, index: int, options: Any, env: Any) -> str:
    # A remote image would make a request to another host: show its alt text.
    alt = renderer.renderInlineAsText(tokens[index].children or [], options, env)
    return f"<span>{escape(alt)}</span>"


def _notes_renderer() -> MarkdownIt:
    # markdown-it parses in time linear in the text (a note of 100,000 '[' included),
    # which Python-Markdown's link patterns do not. Raw HTML is shown as text;
    # `- [ ]` items are (disabled) checkboxes.
    md = MarkdownIt("commonmark", {"html": False}).enable("table").use(tasklists_plugin)
    md.validateLink = _safe_link  # type: ignore[method-assign]
    md.add_render_rule("image", _image_as_text)
    return md


_NOTES = _notes_renderer()


# Notes that Markdown would print as they are, in paragraphs: no character that
# marks anything up, no line that starts a list, a heading, code or a quote, and
# no trailing space (a line break). Most notes are such plain text, and parsing
# each of thousands of entries was a noticeable part of a build.
_MARKUP = re.compile(r"[\\`*_{}\[\]<>#&|~!=\t\r\"]|^[ \d+\-]| $", re.MULTILINE)


def plain_paragraphs(body: str) -> str | None:
    """The HTML Markdown makes of ``body`` when it is plain text, else None."""
    text = body.strip("\n")
    if _MARKUP.search(text) or not text.replace("\n", "").isprintable():
        return None
    return "".join(f"<p>{paragraph}</p>\n" for paragraph in re.split(r"\n{2,}", text))


def markdown_html(body: str) -> str:
    """Notes through the Markdown library (plain_paragraphs is its shortcut)."""
    return str(_NOTES.render(body))


def render_notes(body: str) -> Markup:
    """An entry's Markdown notes as HTML, with any raw HTML shown as text."""
    if not body.strip():
        return Markup("")
    body = strip_controls(body)
    html = plain_paragraphs(body)
    if html is None:
        html = markdown_html(body)
    # A literal '#' starting a line of text must not read as a heading (see fasthtml).
    return Markup(re.sub(r"\n(\s*)#", "\n\\1&#35;", html))
