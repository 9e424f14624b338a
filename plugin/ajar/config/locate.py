"""Where each key of the ``ajar`` plugin block sits in ``mkdocs.yml``, so that a
settings problem is reported at ``mkdocs.yml:LINE:COL`` like any other."""

from __future__ import annotations

from typing import Any

import yaml

Position = tuple[int, int]  # 1-based line and column


def ajar_positions(text: str, loader: type[yaml.SafeLoader]) -> dict[tuple[Any, ...], Position]:
    """The position of every key under the ``ajar`` plugin (``()`` is ``ajar`` itself);
    empty when the file does not parse or has no such block (it may come from INHERIT)."""
    try:
        root = yaml.compose(text, Loader=loader)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return {}
    plugins = _value(root, "plugins")
    found: tuple[yaml.Node, yaml.Node | None] | None = None
    if isinstance(plugins, yaml.SequenceNode):
        for item in plugins.value:
            if isinstance(item, yaml.ScalarNode) and item.value == "ajar":
                found = (item, None)
            elif isinstance(item, yaml.MappingNode):
                for key, value in item.value:
                    if isinstance(key, yaml.ScalarNode) and key.value == "ajar":
                        found = (key, value)
    elif isinstance(plugins, yaml.MappingNode):
        for key, value in plugins.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "ajar":
                found = (key, value)
    if found is None:
        return {}
    positions: dict[tuple[Any, ...], Position] = {(): _at(found[0])}
    if found[1] is not None:
        _walk(found[1], (), positions)
    return positions


def position_of(positions: dict[tuple[Any, ...], Position],
                key: tuple[Any, ...]) -> Position | None:
    """Where ``key`` is written, else its nearest written parent; None if none is."""
    while key not in positions and key:
        key = key[:-1]
    return positions.get(key)


def _value(node: yaml.Node | None, name: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == name:
                return value
    return None


def _walk(node: yaml.Node, path: tuple[Any, ...],
          positions: dict[tuple[Any, ...], Position]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                positions[(*path, key.value)] = _at(key)
                _walk(value, (*path, key.value), positions)


def _at(node: yaml.Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1
