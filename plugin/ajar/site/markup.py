"""Turning ledger values into safe HTML.

Every value from front matter or from an imported email is data: escaped for
HTML (and for Markdown where it lands in Markdown), links only when they are
http(s) or mailto, and notes rendered with raw HTML switched off.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit
from xml.etree.ElementTree import Element

import markdown
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup, escape

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")
SAFE_SCHEMES = ("http", "https", "mailto")


def md_text(value: object) -> Markup:
    """Text for a Markdown line (a heading): HTML-escaped, Markdown inert."""
    return Markup(_MD_SPECIAL.sub(r"\\\1", str(escape("" if value is None else value))))


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


class _SafeLinks(Treeprocessor):
    """Drop links and images whose address is not http(s), mailto or relative."""

    def run(self, root: Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is None:
                    continue
                scheme = urlsplit(value.strip()).scheme.lower()
                if scheme and scheme not in SAFE_SCHEMES:
                    del element.attrib[attribute]
            if element.tag == "img":
                # Remote images would make a request to another host.
                element.tag = "span"
                element.text = element.get("alt", "")
                element.attrib.clear()


def _notes_renderer() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["tables", "sane_lists", "fenced_code",
                                          "pymdownx.tasklist"])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_SafeLinks(md), "ajar_safe_links", 0)
    return md


_NOTES = _notes_renderer()


def render_notes(body: str) -> Markup:
    """An entry's Markdown notes as HTML, with any raw HTML shown as text."""
    if not body.strip():
        return Markup("")
    _NOTES.reset()
    html = _NOTES.convert(body)
    # A literal '#' starting a line of text must not read as a heading (see fasthtml).
    return Markup(re.sub(r"\n(\s*)#", "\n\\1&#35;", html))
