"""Values lost to a comment: ``reason: #hashtag reason`` is an empty ``reason`` to YAML,
since `` #`` starts a comment. A ``#`` followed by text (not by a space, as a real
comment usually is) was almost certainly meant as the value: worth a warning."""

from __future__ import annotations

from typing import Any

import yaml

from ajar.ledger.problems import Problem

_NULL = "tag:yaml.org,2002:null"


def comment_values(node: yaml.Node, text: str, first_line: int, path: str) -> list[Problem]:
    """A warning for each key (or list item) whose only value is a ``#word`` comment."""
    lines = text.splitlines()
    found: list[Problem] = []
    _walk(node, (), lines, first_line, path, found, set())
    return found


def _walk(node: yaml.Node, where: tuple[Any, ...], lines: list[str], first_line: int,
          path: str, found: list[Problem], seen: set[int]) -> None:
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        children = [(key.value, value) for key, value in node.value
                    if isinstance(key, yaml.ScalarNode)]
    elif isinstance(node, yaml.SequenceNode):
        children = list(enumerate(node.value))
    else:
        return
    for name, child in children:
        here = (*where, name)
        column = _comment_at(child, lines)
        if column is None:
            _walk(child, here, lines, first_line, path, found, seen)
            continue
        line = lines[child.start_mark.line]
        word = line[column:].strip()
        key = ".".join(str(part) for part in here)
        shown = word if len(word) <= 40 else word[:37] + "..."
        quoted = shown.replace("\\", "\\\\").replace('"', '\\"')
        found.append(Problem(
            path, first_line + child.start_mark.line, column + 1, "comment-value", "warning",
            f"{key}: the value starts with '#', which YAML reads as a comment, so {key} is"
            f" empty: put the value in quotes (\"{quoted}\")"))


def _comment_at(node: yaml.Node, lines: list[str]) -> int | None:
    """The column of a ``#word`` right where an empty plain value sits, else None."""
    if not (isinstance(node, yaml.ScalarNode) and node.tag == _NULL and node.value == ""
            and not node.style):
        return None
    mark = node.start_mark
    line = lines[mark.line] if mark.line < len(lines) else ""
    rest = line[mark.column:]
    stripped = rest.lstrip(" \t")
    if len(stripped) < 2 or stripped[0] != "#" or stripped[1].isspace() \
            or stripped[1] == "#" or stripped == rest:
        return None
    return mark.column + len(rest) - len(stripped)
