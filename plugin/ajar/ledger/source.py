"""Read one ledger file: decode it, split the front matter, parse the YAML.

Every fault becomes a located :class:`Problem`; nothing here raises on bad
input. Positions of values are kept so that schema errors can point at the
line of the offending key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping

import yaml

from ajar.ledger.comment_values import comment_values
from ajar.ledger.problems import Problem
from ajar.ledger.yaml_errors import explain

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_NODES = 20_000  # values after aliases are expanded ("billion laughs" stop here)
BOM = b"\xef\xbb\xbf"

YamlPath = tuple[Any, ...]
Position = tuple[int, int]  # 1-based line and column in the file

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FrontMatterLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe YAML that leaves dates as text, so an impossible date is our error
    with our message, not a crash inside the YAML library; and that reads
    booleans as YAML 1.2 (and so every editor with a JSON Schema) does: only
    true/false are booleans, yes/no/on/off are text (the models accept those
    words with a warning)."""


_BOOL_TAG = "tag:yaml.org,2002:bool"
_YAML_12_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, _YAML_12_BOOL if tag == _BOOL_TAG else regexp)
            for tag, regexp in resolvers
            if not tag.endswith(":timestamp") and (tag != _BOOL_TAG or first in "tTfF")]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


@dataclass
class SourceFile:
    """A parsed Markdown file with YAML front matter."""

    path: str
    data: dict[str, Any] | None = None
    body: str = ""
    body_line: int = 1
    positions: dict[YamlPath, Position] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def position(self, path: YamlPath) -> Position:
        """Where the value at ``path`` sits, or its nearest located parent."""
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return (1, 1)

    def problem(self, code: str, message: str, path: YamlPath = (), *,
                severity: str = "error") -> Problem:
        line, column = self.position(path)
        return Problem(self.path, line, column, code, severity, message)  # type: ignore[arg-type]


class FoundAgain(Mapping[YamlPath, Position]):
    """A valid entry's positions, found again from its file when a problem needs
    one (rarely): kept for every entry of a big ledger, the maps of positions were
    a large share of a build's memory."""

    __slots__ = ("_file", "_found")

    def __init__(self, file: Path) -> None:
        self._file = file
        self._found: dict[YamlPath, Position] | None = None

    def _positions(self) -> dict[YamlPath, Position]:
        if self._found is None:
            self._found = read_source(self._file, self._file.name).positions
        return self._found

    def __getitem__(self, path: YamlPath) -> Position:
        return self._positions()[path]

    def __iter__(self) -> Iterator[YamlPath]:
        return iter(self._positions())

    def __len__(self) -> int:
        return len(self._positions())


def read_source(file: Path, display_path: str) -> SourceFile:
    source = SourceFile(display_path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            source.problems.append(Problem(
                display_path, 1, 1, "too-large", "error",
                f"file is {size:,} bytes, more than the {MAX_FILE_BYTES:,} an entry may be:"
                " keep long notes in a separate file"))
            return source
        raw = file.read_bytes()
    except OSError as error:
        source.problems.append(Problem(display_path, None, None, "unreadable", "error",
                                       f"cannot read the file: {error.strerror or error}"))
        return source
    return parse_source(raw, display_path, source)


def parse_source(raw: bytes, display_path: str, source: SourceFile | None = None) -> SourceFile:
    source = source or SourceFile(display_path)
    if raw.startswith(BOM):
        raw = raw[len(BOM):]
        source.problems.append(Problem(
            display_path, 1, 1, "bom", "warning",
            "the file starts with a byte order mark: save it as UTF-8 without BOM"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        source.problems.append(Problem(
            display_path, line, column, "encoding", "error",
            f"byte 0x{raw[error.start]:02x} is not UTF-8: save the file as UTF-8"))
        return source
    _split(text, source)
    return source


def _split(text: str, source: SourceFile) -> None:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        source.problems.append(Problem(
            source.path, 1, 1, "no-front-matter", "error",
            "the file does not start with front matter: put a line '---' first,"
            " then the keys, then another '---'"))
        return
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if close is None:
        source.problems.append(Problem(
            source.path, 1, 1, "no-front-matter", "error",
            "the front matter opened on line 1 is never closed: add a line '---'"
            " after the last key"))
        return
    source.body = "".join(lines[close + 1:])
    source.body_line = close + 2
    _parse_yaml("".join(lines[1:close]), source, first_line=2)


def _parse_yaml(text: str, source: SourceFile, first_line: int) -> None:
    loader = _FrontMatterLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            source.data = {}
            return
        if not isinstance(node, yaml.MappingNode):
            kind = "a list" if isinstance(node, yaml.SequenceNode) else "a single value"
            source.problems.append(Problem(
                source.path, first_line + node.start_mark.line, node.start_mark.column + 1,
                "not-a-mapping", "error",
                f"the front matter is {kind}: write it as 'key: value' lines"))
            return
        size = _expanded_size(node, {})
        if size > MAX_NODES:
            source.problems.append(Problem(
                source.path, first_line, 1, "yaml", "error",
                f"the front matter expands to more than {MAX_NODES:,} values through its"
                " aliases (&name/*name): write the values out or remove the aliases"))
            return
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        fault = explain(error, text, first_line)
        source.problems.append(Problem(source.path, first_line + fault.line, fault.column + 1,
                                       "yaml", "error", fault.message))
        return
    except (yaml.YAMLError, RecursionError, TypeError, ValueError) as error:
        source.problems.append(Problem(
            source.path, first_line, 1, "yaml", "error",
            f"invalid YAML: {str(error).splitlines()[0] if str(error) else type(error).__name__}"))
        return
    finally:
        loader.dispose()
    source.data = data
    _locate(node, (), source, first_line, set())
    source.problems.extend(comment_values(node, text, first_line, source.path))


def _expanded_size(node: yaml.Node, sizes: dict[int, int]) -> int:
    """How many values the node stands for once aliases are expanded, computed once
    per node (linear in the file). A node that contains itself counts as too many."""
    key = id(node)
    if key in sizes:
        return sizes[key]
    sizes[key] = MAX_NODES + 1  # while in progress: a cycle would be infinite
    total = 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            total += _expanded_size(key_node, sizes) + _expanded_size(value_node, sizes)
            if total > MAX_NODES:
                break
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            total += _expanded_size(item, sizes)
            if total > MAX_NODES:
                break
    sizes[key] = total
    return total


def _locate(node: yaml.Node, path: YamlPath, source: SourceFile, first_line: int,
            seen: set[int]) -> None:
    """Record where every value sits; aliases are visited once (no blow-up)."""
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                continue
            line = first_line + key_node.start_mark.line
            if key in keys:
                source.problems.append(Problem(
                    source.path, line, key_node.start_mark.column + 1, "duplicate-key",
                    "warning", f"'{key}' is given twice; the last one wins: remove the other"))
            keys.add(key)
            child = path + (key,)
            source.positions[child] = (line, key_node.start_mark.column + 1)
            _locate(value_node, child, source, first_line, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = path + (index,)
            source.positions[child] = (first_line + item.start_mark.line,
                                       item.start_mark.column + 1)
            _locate(item, child, source, first_line, seen)
