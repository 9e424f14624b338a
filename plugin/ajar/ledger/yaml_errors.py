"""YAML errors in words a ledger's author can act on, at the place to fix.

The YAML library reports where it gave up, which for an unclosed quote or bracket
is the end of the front matter; the fix is where it opened. A tab is the usual
cause of "cannot start any token", so it is named.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

_OPENERS = {"[": "]", "{": "}"}
_NOT_A_START = "@`%"  # characters YAML reserves: a plain value cannot start with them


@dataclass(frozen=True)
class YamlFault:
    """Where to fix the YAML (0-based line and column of the front matter text) and how."""

    line: int
    column: int
    message: str


def explain(error: yaml.MarkedYAMLError, text: str, first_line: int = 1) -> YamlFault:
    """The fault behind ``error`` in ``text``; ``first_line`` is the file line of the
    text's first line (for the line numbers the message names)."""
    lines = text.splitlines() or [""]
    problem, context = error.problem or "", error.context or ""
    at, opened = error.problem_mark, error.context_mark
    line, column = (at.line, at.column) if at else (opened.line, opened.column) if opened \
        else (0, 0)
    tab = _tab(lines, line, column)
    if tab is not None:
        return YamlFault(*tab, "a tab in the indentation: YAML indents with spaces only:"
                               " replace the tab with spaces")
    if opened is not None and "quoted scalar" in context and "end of stream" in problem:
        quote = _char(lines, opened.line, opened.column) or '"'
        inside = "\\\"" if quote == '"' else "''"
        return YamlFault(opened.line, opened.column,
                         f"the quote {quote} opened on line {first_line + opened.line} is never"
                         f" closed: end the value with {quote} (a {quote} inside the value is"
                         f" written {inside})")
    if opened is not None and "quoted scalar" in context and "escape" in problem:
        escape = _char(lines, line, column + (_char(lines, line, column) == "\\"))
        return YamlFault(line, column, f"'\\{escape}' is not an escape"
                         " YAML knows inside double quotes: use single quotes around the"
                         " value, or write the backslash twice (\\\\)")
    if opened is not None and context.startswith("while parsing a flow"):
        bracket = _char(lines, opened.line, opened.column) or "["
        what = "list" if bracket == "[" else "mapping"
        if not _closed(lines, opened.line, opened.column):
            return YamlFault(opened.line, opened.column,
                             f"the {bracket} opened on line {first_line + opened.line} is never"
                             f" closed: end the {what} with {_OPENERS.get(bracket, ']')} on the"
                             f" same line, or quote the value if the {bracket} is part of the"
                             " text")
        return YamlFault(line, column, f"in the {what} opened on line"
                         f" {first_line + opened.line}: separate the items with ', ' and quote"
                         " an item that contains ': ', '[' or '{'")
    if "mapping values are not allowed" in problem:
        return YamlFault(line, column, "a ': ' inside a value, which YAML reads as a new key:"
                         " put the whole value in quotes")
    if "cannot start any token" in problem and _char(lines, line, column) in _NOT_A_START:
        return YamlFault(line, column, f"a value cannot start with"
                         f" '{_char(lines, line, column)}' in YAML: put the value in quotes")
    if "could not find expected ':'" in problem and opened is not None:
        return YamlFault(opened.line, opened.column, "this line is not 'key: value': add ': '"
                         " after the key, or indent it under the key whose value it continues")
    if "undefined alias" in problem:
        return YamlFault(line, column, "a value starting with '*' names an alias (&name)"
                         " that does not exist: put the value in quotes")
    if "did not find expected key" in problem and _after_closing(lines, line, column):
        return YamlFault(line, column, "text after the closing quote or bracket of a value:"
                         " put the whole value in quotes")
    what = "; ".join(part for part in (context, problem) if part)
    return YamlFault(line, column, f"invalid YAML: {what}: check the indentation and quote"
                     " values that contain ':' or '#'")


def _char(lines: list[str], line: int, column: int) -> str:
    text = lines[line] if 0 <= line < len(lines) else ""
    return text[column] if 0 <= column < len(text) else ""


def _tab(lines: list[str], line: int, column: int) -> tuple[int, int] | None:
    """The tab that broke the parse: in the indentation of the line the parser
    stopped on, or right where it stopped."""
    text = lines[line] if 0 <= line < len(lines) else ""
    indent = text[:len(text) - len(text.lstrip(" \t"))]
    if "\t" in indent:
        return line, indent.index("\t")
    if _char(lines, line, column) == "\t":
        return line, column
    return None


def _closed(lines: list[str], line: int, column: int) -> bool:
    """Whether the bracket at (line, column) is closed before the text ends (quoted
    text and comments skipped)."""
    depth, quote, previous = 0, "", "["
    for number in range(line, len(lines)):
        text = lines[number]
        start = column if number == line else 0
        for index in range(start, len(text)):
            char = text[index]
            if quote:
                if char == quote and not (quote == '"' and text[index - 1] == "\\"):
                    quote = ""
                continue
            if char in "'\"" and previous in "[{,:":
                quote = char
            elif char == "#" and (index == 0 or text[index - 1] in " \t"):
                break
            elif char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
                if depth == 0:
                    return True
            if not char.isspace():
                previous = char
    return False


def _after_closing(lines: list[str], line: int, column: int) -> bool:
    text = (lines[line] if 0 <= line < len(lines) else "")[:column].rstrip()
    return text.endswith(("'", '"', "]", "}"))
