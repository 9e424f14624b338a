"""Characters no ledger value may carry into a page, a terminal or a file others
read: control characters (C0 but tab and line feed, DEL, C1: raw ESC or BEL, form
feeds and NEL that Python counts as line breaks) and bidi embeddings, overrides
and isolates (U+202E would reverse the text after it: spoofed names and dates)."""

from __future__ import annotations

import re

CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROLS = re.compile(f"[{CONTROLS}]")


def strip_controls(text: str) -> str:
    """``text`` without control or bidi characters (a CR is dropped, so CRLF is LF)."""
    return _CONTROLS.sub("", text)
