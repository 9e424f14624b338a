"""Edit the front matter of a ledger file in place, changing only what must change.

A round-trip YAML library re-emits the whole document, and in doing so it
rewrites lines nobody asked it to touch (``key:   value`` loses its spaces, a
folded plain scalar is joined onto one line, trailing spaces go, sequences are
re-indented). So the editor does not re-emit anything: it parses the front
matter once to learn where each key and value sits, then splices new text in
at those positions. Every other byte of the file - the BOM, the line endings
(CRLF stays CRLF), comments, quoting, key order, unknown keys and the body -
is kept as it was.

Each edit is checked before anything is written: the new file is parsed again
and its front matter must be exactly the old one with the edit applied, or the
edit is refused. The write is atomic, and refused when the file changed on
disk since it was read (someone else's edit is never lost).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from ajar.ledger.source import BOM, parse_source
from ajar.store.writer import write_atomic, write_new


class EditError(Exception):
    """An edit that cannot be made safely; the message names the file and the fix."""


# The same schema as source.py (dates stay text), but the pure-Python loader:
# its marks count characters, so they index the text we splice.
class _PositionLoader(yaml.SafeLoader):
    pass


_PositionLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if not tag.endswith(":timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_PLAIN = re.compile(r"^[^\W_][\w .@/+'&()-]*$")


# ------------------------------------------------------------------ values as YAML

def render_scalar(value: Any) -> str:
    """``value`` as one line of YAML that reads back as exactly ``value``
    (a date as a plain ISO date, text plain when that is unambiguous, else
    double-quoted with every control character escaped)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"cannot write {type(value).__name__} as a scalar")
    if (_PLAIN.match(value) and value == value.strip() and "  " not in value
            and _reads_as_text(value)):
        return value
    return _double_quoted(value)


def _reads_as_text(value: str) -> bool:
    try:
        return yaml.load(value, Loader=_PositionLoader) == value  # noqa: S506 (safe loader)
    except yaml.YAMLError:
        return False


def _double_quoted(value: str) -> str:
    out = ['"']
    for char in value:
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif not char.isprintable() or char == "\ufeff":
            code = ord(char)
            if 0xD800 <= code <= 0xDFFF:
                raise EditError("the text holds bytes that are not UTF-8")
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _plain_value(value: Any) -> Any:
    """What ``value`` reads back as through source.py (dates stay text)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    return value


def render_value(value: Any) -> str:
    """A scalar, or a list of scalars in flow style (``[a, b]``), as one line of YAML."""
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(render_scalar(v) for v in value) + "]"
    return render_scalar(value)


def render_flow_mapping(item: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{key}: {render_scalar(value)}" for key, value in item.items()) + "}"


def render_front_matter(fields: dict[str, Any], newline: str = "\n") -> str:
    """Block-style front matter for a new entry (lists of text in flow style, lists
    of mappings such as ``log`` one ``- {...}`` line per item)."""
    lines = []
    for key, value in fields.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lines.append(f"{key}:")
            lines.extend(f"  - {render_flow_mapping(item)}" for item in value)
        else:
            lines.append(f"{key}: {render_value(value)}")
    return "".join(line + newline for line in lines)


def new_entry_bytes(fields: dict[str, Any], body: str = "") -> bytes:
    """A whole new ledger file; verified to read back as exactly ``fields``."""
    data = ("---\n" + render_front_matter(fields) + "---\n" + body).encode("utf-8")
    parsed = parse_source(data, "new entry")
    if parsed.data != _plain_value(fields) or _errors(parsed):
        raise EditError("the values cannot be written safely as YAML: simplify them")
    return data


def create_entry(path: Path, fields: dict[str, Any], body: str = "") -> None:
    """Write a new entry atomically; never over an existing file (WriteError)."""
    write_new(path, new_entry_bytes(fields, body))


def _errors(parsed: Any) -> list[Any]:
    return [p for p in parsed.problems if p.severity == "error"]


# ------------------------------------------------------------------ the editor

class FrontMatterEditor:
    """One file's front matter, edited by splicing text; ``save()`` writes it."""

    def __init__(self, path: Path, display: str | None = None) -> None:
        self.path = path
        self.display = display or str(path)
        try:
            self.raw = path.read_bytes()
        except OSError as error:
            raise EditError(f"{self.display}: cannot read: {error.strerror or error}") from None
        parsed = parse_source(self.raw, self.display)
        if _errors(parsed) or parsed.data is None:
            raise EditError(f"{self.display} has problems in its front matter:"
                            " run 'ajar check' and fix them first")
        self.expected: dict[str, Any] = copy.deepcopy(parsed.data)
        self.bom = BOM if self.raw.startswith(BOM) else b""
        text = self.raw[len(self.bom):].decode("utf-8")
        lines = text.splitlines(keepends=True)  # exactly as source.py splits
        close = next(i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "..."))
        self.opening = lines[0]
        self.front = "".join(lines[1:close])
        self.rest = "".join(lines[close:])  # the closing line and the body, untouched
        ending = lines[0][len(lines[0].rstrip("\r\n")):]
        self.newline = ending or "\n"
        if self.front and not self.front.endswith(("\n", "\r")):
            raise EditError(f"{self.display}: unusual line ending in the front matter:"
                            " edit it by hand")

    @property
    def changed(self) -> bool:
        return self.render() != self.raw

    def render(self) -> bytes:
        return self.bom + (self.opening + self.front + self.rest).encode("utf-8")

    @property
    def body(self) -> str:
        """The notes after the front matter, as written."""
        closing = self.rest.splitlines(keepends=True)[:1]
        return self.rest[len(closing[0]) if closing else 0:]

    def fill_body(self, text: str) -> bool:
        """Write ``text`` as the notes when the file has none (only blank lines); False
        (and nothing changed) when it has notes of its own."""
        if self.body.strip():
            return False
        closing = self.rest[:len(self.rest) - len(self.body)]
        if not closing.endswith(("\n", "\r")):
            closing += self.newline
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        self.rest = closing + "".join(line + self.newline for line in lines)
        return True

    # -- where things are

    def _root(self) -> yaml.MappingNode | None:
        loader = _PositionLoader(self.front)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        if node is not None and not isinstance(node, yaml.MappingNode):
            raise EditError(f"{self.display}: the front matter is not a mapping")
        if node is not None and node.flow_style:
            raise EditError(f"{self.display}: the front matter is written as one"
                            " {...} mapping: edit it by hand")
        return node  # type: ignore[return-value]

    def _find(self, key: str) -> tuple[yaml.MappingNode | None, yaml.Node | None,
                                       yaml.Node | None]:
        root = self._root()
        found: tuple[yaml.Node | None, yaml.Node | None] = (None, None)
        if root is not None:
            for key_node, value_node in root.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                    found = (key_node, value_node)  # the last one wins, as when loading
        return root, found[0], found[1]

    def _key_indent(self, root: yaml.MappingNode | None) -> str:
        return " " * (root.value[0][0].start_mark.column if root is not None else 0)

    def _line_end(self, index: int) -> int:
        """Index just past the line break of the line holding ``index - 1``."""
        if index > 0 and self.front[index - 1] in "\r\n":
            return index
        found = self.front.find("\n", index)
        return len(self.front) if found == -1 else found + 1

    def _splice(self, start: int, end: int, text: str) -> None:
        self.front = self.front[:start] + text + self.front[end:]

    def _append_lines(self, lines: list[str]) -> None:
        self.front += "".join(line + self.newline for line in lines)

    # -- edits

    def set(self, key: str, value: Any) -> None:
        """Set a top-level key to a scalar (or a list of scalars, written ``[a, b]``),
        in place, or add it as the last key."""
        rendered = render_value(value)
        root, key_node, value_node = self._find(key)
        if key_node is None or value_node is None:
            self._append_lines([f"{self._key_indent(root)}{key}: {rendered}"])
        elif isinstance(value_node, yaml.ScalarNode) and value_node.value == "" \
                and value_node.style is None:
            # `key:` with nothing after it: the empty value has no text of its own.
            colon = self.front.index(":", key_node.end_mark.index)
            self._splice(colon + 1, colon + 1, " " + rendered)
        else:
            self._splice(value_node.start_mark.index, value_node.end_mark.index, rendered)
        self.expected[key] = _plain_value(value)
        self._verify()

    def remove(self, key: str) -> None:
        """Remove a top-level key written on lines of its own."""
        _, key_node, value_node = self._find(key)
        if key_node is None or value_node is None:
            return
        start = self.front.rfind("\n", 0, key_node.start_mark.index) + 1
        end = self._line_end(self._last_index(value_node))
        tail = self.front[self._last_index(value_node):end].strip()
        shared = self.front[start:key_node.start_mark.index].strip()
        if shared or (tail and not tail.startswith("#")):
            raise EditError(f"{self.display}: '{key}' shares its line with other keys:"
                            " edit it by hand")
        self._splice(start, end, "")
        self.expected.pop(key, None)
        self._verify()

    def append(self, key: str, item: dict[str, Any]) -> None:
        """Append a mapping to the list at ``key`` (created when missing), in the
        style of the items already there."""
        root, key_node, value_node = self._find(key)
        indent = self._key_indent(root)
        if key_node is None or value_node is None:
            self._append_lines([f"{indent}{key}:",
                                *_block_item(item, indent + "  ", indent + "    ")])
        elif isinstance(value_node, yaml.ScalarNode) and value_node.value == "" \
                and value_node.style is None:
            at = self._line_end(key_node.end_mark.index)
            lines = _block_item(item, indent + "  ", indent + "    ")
            self._splice(at, at, "".join(line + self.newline for line in lines))
        elif isinstance(value_node, yaml.SequenceNode) and value_node.flow_style:
            close = value_node.end_mark.index - 1
            if self.front[close] != "]":
                raise EditError(f"{self.display}: cannot find the end of '{key}'")
            if value_node.value:
                after = value_node.value[-1].end_mark.index
                self._splice(after, after, ", " + render_flow_mapping(item))
            else:
                self._splice(close, close, render_flow_mapping(item))
        elif isinstance(value_node, yaml.SequenceNode) and value_node.value:
            dash = " " * value_node.start_mark.column
            last = value_node.value[-1]
            if isinstance(last, yaml.MappingNode) and not last.flow_style:
                inner = " " * last.start_mark.column
                lines = _block_item(item, dash, inner)
            else:
                lines = [f"{dash}- {render_flow_mapping(item)}"]
            at = self._line_end(self._last_index(last))
            if at == len(self.front) and not self.front.endswith(("\n", "\r")):
                self.front += self.newline
                at = len(self.front)
            self._splice(at, at, "".join(line + self.newline for line in lines))
        else:
            raise EditError(f"{self.display}: '{key}' is not a list: edit it by hand")
        current = self.expected.get(key)
        self.expected[key] = [*(current or []), _plain_value(item)]
        self._verify()

    def _last_index(self, node: yaml.Node) -> int:
        """The end of the last scalar (or flow collection) inside ``node``: block
        collections end where the next token starts, after any blank lines and
        comments, which belong to what follows; so do a block scalar's trailing
        blank lines."""
        while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style:
            if not node.value:
                break
            last = node.value[-1]
            node = last[1] if isinstance(last, tuple) else last
        end = node.end_mark.index
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            end = len(self.front[:end].rstrip())
        return end

    def _verify(self) -> None:
        parsed = parse_source(self.render(), self.display)
        if _errors(parsed) or parsed.data != self.expected:
            raise EditError(f"{self.display}: could not make this edit safely"
                            " (unusual YAML): edit the file by hand")

    def save(self) -> None:
        """Write atomically, unless the file changed on disk since it was read."""
        try:
            now = self.path.read_bytes()
        except OSError as error:
            raise EditError(f"{self.display}: cannot read: {error.strerror or error}") from None
        if now != self.raw:
            raise EditError(f"{self.display} changed while ajar was editing it:"
                            " nothing written; run the command again")
        try:
            write_atomic(self.path, self.render())
        except OSError as error:
            raise EditError(f"{self.display}: cannot write: {error.strerror or error}") from None


def _block_item(item: dict[str, Any], dash: str, inner: str) -> list[str]:
    """``- key: value`` lines: the dash at ``dash``, the keys at ``inner``."""
    gap = " " * max(1, len(inner) - len(dash) - 1)
    lines = []
    for index, (key, value) in enumerate(item.items()):
        prefix = f"{dash}-{gap}" if index == 0 else inner
        lines.append(f"{prefix}{key}: {render_scalar(value)}")
    return lines
