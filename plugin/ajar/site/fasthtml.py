"""Generated pages skip Python-Markdown: they are HTML with Markdown headings,
so the headings are turned into HTML here (with ids, permalinks and the table
of contents) and the rest passes through. Converting thousands of entry pages
with Python-Markdown's raw-HTML parser was the largest cost of a build."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from itertools import islice
from typing import IO, Any, Iterable

from markdown.extensions.toc import slugify

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$")
_TAG = re.compile(r"<[^>]*>")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~>])")
_PRE_OPEN = re.compile(r"<(pre|textarea)\b", re.IGNORECASE)
_PRE_CLOSE = re.compile(r"</(pre|textarea)\s*>", re.IGNORECASE)
_HEADING_LINE = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$\n?", re.MULTILINE)  # line and end
# Where str.splitlines ends a line besides "\n".
_OTHER_BREAK = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_PRE_ANY = re.compile(r"</?(pre|textarea)", re.IGNORECASE)  # finds what both of those do
BATCH = 4096  # template chunks converted at a time (see convert_chunks)


def convert(body: str) -> tuple[str, list[dict[str, Any]]]:
    """HTML and MkDocs toc tokens for a page body of HTML blocks and ``#`` headings."""
    return convert_chunks((body,))


def convert_chunks(chunks: Iterable[str], sink: IO[str] | None = None
                   ) -> tuple[str, list[dict[str, Any]]]:
    """As :func:`convert`, for a body given in pieces (a template's output as it is
    made): only whole lines of a few thousand pieces are held at a time, so a big
    page is in memory about twice (its converted parts and the result), not the
    five or six times of joining, splitting into lines and joining again. With a
    ``sink``, the HTML is written there instead (and "" returned): not held at all."""
    converter = _Converter()
    done: list[str] = []
    emit = done.append if sink is None else sink.write
    pieces = iter(chunks)
    rest = ""
    while True:
        batch = list(islice(pieces, BATCH))  # taken in C: no Python step per piece
        if len(batch) < BATCH:
            break
        text = rest + "".join(batch)
        cut = text.rfind("\n") + 1  # "\r\n" ends with "\n": never split in two
        rest = text[cut:]
        emit(converter.lines(text[:cut]))
    emit(converter.lines(rest + "".join(batch)))
    return "".join(done), converter.tokens


class _Converter:
    """The state carried from line to line: inside <pre>? ids used, open headings."""

    def __init__(self) -> None:
        self.tokens: list[dict[str, Any]] = []
        self.stack: list[dict[str, Any]] = []
        self.used: set[str] = set()
        self.raw_depth = 0  # inside <pre> a line starting with '#' is text, not a heading

    def lines(self, text: str) -> str:
        # Outside <pre> with none in sight, only lines starting with '#' can change.
        track = self.raw_depth > 0 or _PRE_ANY.search(text) is not None
        if "#" not in text and not track:
            return text  # no heading and no <pre>: nothing to change or to track
        if _OTHER_BREAK.search(text) is None:
            # Lines end at "\n" alone here: the headings, without splitting into lines.
            return self._regions(text) if track else _HEADING_LINE.sub(self._heading_line, text)
        out: list[str] = []
        for line in text.splitlines(keepends=True):
            if line[:1] == "#" and self.raw_depth == 0:
                match = _HEADING.match(line)
                if match:
                    out.append(self.heading(len(match.group(1)), match.group(2)))
                    continue
            out.append(line)
            if track and "<" in line:
                self.raw_depth += len(_PRE_OPEN.findall(line)) - len(_PRE_CLOSE.findall(line))
                self.raw_depth = max(self.raw_depth, 0)
        return "".join(out)

    def _regions(self, text: str) -> str:
        """As the line by line loop, for text whose lines end in "\n": only the lines
        with a <pre> or <textarea> tag one by one, the stretches between them whole."""
        out: list[str] = []
        start = 0
        for tag in _PRE_ANY.finditer(text):
            line_start = text.rfind("\n", 0, tag.start()) + 1
            if line_start < start:
                continue  # another tag on a line already done
            end = text.find("\n", tag.start()) + 1 or len(text)
            stretch = text[start:line_start]
            out.append(_HEADING_LINE.sub(self._heading_line, stretch) if self.raw_depth == 0
                       else stretch)
            line = text[line_start:end]
            match = _HEADING.match(line) if self.raw_depth == 0 else None
            if match:
                out.append(self.heading(len(match.group(1)), match.group(2)))
            else:
                out.append(line)
                self.raw_depth += len(_PRE_OPEN.findall(line)) - len(_PRE_CLOSE.findall(line))
                self.raw_depth = max(self.raw_depth, 0)
            start = end
        rest = text[start:]
        out.append(_HEADING_LINE.sub(self._heading_line, rest) if self.raw_depth == 0 else rest)
        return "".join(out)

    def _heading_line(self, match: re.Match[str]) -> str:
        return self.heading(len(match.group(1)), match.group(2))

    def heading(self, level: int, raw: str) -> str:
        text = _MD_ESCAPE.sub(r"\1", raw)
        anchor = _unique(_anchor(text), self.used)
        token = {"level": level, "id": anchor, "name": text, "children": []}
        while self.stack and self.stack[-1]["level"] >= level:
            self.stack.pop()
        (self.stack[-1]["children"] if self.stack else self.tokens).append(token)
        self.stack.append(token)
        return (f'<h{level} id="{anchor}">{text}<a class="headerlink" href="#{anchor}"'
                f' title="Permanent link">&para;</a></h{level}>\n')


@lru_cache(maxsize=4096)  # every entry page has the same few headings
def _anchor(text: str) -> str:
    return slugify(html.unescape(_TAG.sub("", text)), "-") or "section"


def _unique(anchor: str, used: set[str]) -> str:
    candidate, number = anchor, 1
    while candidate in used:
        candidate = f"{anchor}_{number}"
        number += 1
    used.add(candidate)
    return candidate
