"""fasthtml finds headings without splitting a piece into lines when it may (no
<pre> in sight, lines ending in "\\n" alone): the result must be the line-by-line
conversion's, headings, ids and <pre> depth alike, for any mix of pieces."""

from __future__ import annotations

import random

from ajar.site import fasthtml


class LineByLine(fasthtml._Converter):
    """The conversion as it was: every line looked at."""

    def lines(self, text: str) -> str:
        if "#" not in text and "<" not in text:
            return text
        out = []
        for line in text.splitlines(keepends=True):
            match = fasthtml._HEADING.match(line) if self.raw_depth == 0 else None
            if match:
                out.append(self.heading(len(match.group(1)), match.group(2)))
                continue
            out.append(line)
            if "<" in line:
                self.raw_depth += (len(fasthtml._PRE_OPEN.findall(line))
                                   - len(fasthtml._PRE_CLOSE.findall(line)))
                self.raw_depth = max(self.raw_depth, 0)
        return "".join(out)


PIECES = ["# ", "## ", "#", "####### ", "\n", "\r\n", "\r", "\u2028", "\x0c", "\x85", "a",
          " ", "\t", "<pre>", "</pre>", "<PRE x>", "</textarea >", "<textarea>", "x\\#",
          "<b>", "# \\_t", "&#10;", "Notes", "é"]


def test_fast_path_converts_as_line_by_line() -> None:
    rng = random.Random(15)
    for _ in range(20000):
        pieces = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 12)))
                  for _ in range(rng.randrange(1, 6))]
        fast, slow = fasthtml._Converter(), LineByLine()
        assert [fast.lines(p) for p in pieces] == [slow.lines(p) for p in pieces], pieces
        assert (fast.tokens, fast.raw_depth) == (slow.tokens, slow.raw_depth), pieces
