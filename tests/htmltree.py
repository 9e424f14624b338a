"""A small HTML tree for asserting on generated pages (standard library only)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
HIDDEN = {"script", "style", "svg"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def has_class(self, name: str) -> bool:
        return name in self.classes

    def walk(self) -> Iterator[Node]:
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.walk()

    def find_all(self, match: Callable[[Node], bool]) -> list[Node]:
        return [node for node in self.walk() if match(node)]

    all = find_all

    def find(self, match: Callable[[Node], bool]) -> Node:
        found = self.find_all(match)
        assert found, "no such element"
        return found[0]

    def one(self, match: Callable[[Node], bool]) -> Node:
        found = self.find_all(match)
        assert len(found) == 1, f"{len(found)} elements match"
        return found[0]

    def cls(self, name: str) -> list[Node]:
        return self.find_all(lambda n: n.has_class(name))

    def kids(self, tag: str) -> list[Node]:
        return [c for c in self.children if isinstance(c, Node) and c.tag == tag]

    def ancestors(self) -> Iterator[Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    @property
    def text(self) -> str:
        """Visible text, whitespace collapsed (SVG, scripts and styles left out)."""
        parts: list[str] = []

        def collect(node: Node) -> None:
            for child in node.children:
                if isinstance(child, str):
                    parts.append(child)
                elif child.tag not in HIDDEN:
                    collect(child)

        collect(self)
        return " ".join("".join(parts).split())

    def links(self) -> list[tuple[str, str]]:
        """``[(text, href)]`` of the ``<a>`` elements inside."""
        return [(a.text, a.attrs.get("href", "")) for a in self.find_all(lambda n: n.tag == "a")]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#document", {})

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.current))

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root
