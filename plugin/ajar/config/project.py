"""Find and read ``mkdocs.yml`` the way MkDocs users write it, without MkDocs.

Real configs use ``!ENV`` tags, ``!!python/name:`` tags (Material's emoji and
superfences settings), ``!relative`` and ``INHERIT``; all are read safely: no
Python object is ever built from the file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ajar.config.locate import ajar_positions, position_of
from ajar.config.settings import SettingIssue, Settings
from ajar.ledger.problems import Problem
from ajar.ledger.yaml_errors import explain

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")


class ProjectError(Exception):
    """No usable mkdocs.yml; the message says what to do. ``problems``: the located
    faults of the plugin block, when that is what is wrong."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


@dataclass(frozen=True)
class Project:
    config_file: Path
    settings: Settings
    # The whole mkdocs.yml as read (site_url, use_directory_urls ...), read once.
    mkdocs: dict[str, Any] = field(default_factory=dict, compare=False)
    # Faults of the plugin block, located in mkdocs.yml: its warnings (and its errors
    # when loaded with ``lenient``, the faulty settings then at their defaults).
    problems: tuple[Problem, ...] = field(default=(), compare=False)

    @property
    def root(self) -> Path:
        return self.config_file.parent

    @property
    def ledger_path(self) -> Path:
        return self.root / self.settings.ledger_dir


class _ConfigLoader(yaml.SafeLoader):
    pass


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        items = loader.construct_sequence(node)  # type: ignore[arg-type]
        names, default = items[:-1], items[-1] if len(items) > 1 else None
    for name in names:
        if isinstance(name, str) and name in os.environ:
            return yaml.safe_load(os.environ[name]) if os.environ[name] else ""
    return default


def _as_text(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        return f"{suffix}{value}" if suffix else value
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _as_text)
_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: _as_text(loader, "", node))


def find_config(start: Path | None = None, explicit: Path | None = None) -> Path:
    if explicit is not None:
        if not explicit.is_file():
            raise ProjectError(f"{explicit}: no such file: check the --config path")
        return explicit.resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
    raise ProjectError(
        f"no mkdocs.yml in {here} or any folder above it: run ajar inside your ledger"
        " repository, pass --config PATH, or create one with 'ajar init'")


def read_config(path: Path, _depth: int = 0, _root: Path | None = None) -> dict[str, Any]:
    root = _root or path.parent
    text = ""
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = yaml.load(text, Loader=_ConfigLoader)
    except yaml.MarkedYAMLError as error:
        fault = explain(error, text)
        problem = Problem(Path(os.path.relpath(path, root)).as_posix(), fault.line + 1,
                          fault.column + 1, "yaml", "error", fault.message)
        raise ProjectError(problem.format(), [problem]) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError, TypeError) as error:
        # ValueError: an impossible date such as `today: 2026-02-30`.
        raise ProjectError(f"{path}: cannot read: {error}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ProjectError(f"{path}:1:1: mkdocs.yml must be a mapping of settings")
    parent = data.pop("INHERIT", None)
    if isinstance(parent, str) and _depth < 10:
        base = read_config((path.parent / parent).resolve(), _depth + 1, root)
        data = _merge(base, data)
    return data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def plugin_block(config: dict[str, Any]) -> dict[str, Any] | None:
    """The ``ajar`` entry of ``plugins:`` (a list or a mapping), or None."""
    plugins = config.get("plugins") or []
    if not isinstance(plugins, (list, dict)):
        return None
    items = plugins.items() if isinstance(plugins, dict) else (
        (next(iter(p.items())) if isinstance(p, dict) and p else (p, None)) for p in plugins)
    for name, options in items:
        if name == "ajar":
            return dict(options) if isinstance(options, dict) else {}
    return None


def load_project(start: Path | None = None, explicit: Path | None = None, *,
                 lenient: bool = False) -> Project:
    """The project of the nearest mkdocs.yml; :class:`ProjectError` naming every fault
    of the plugin block, unless ``lenient`` (``ajar check`` reports them itself)."""
    config_file = find_config(start, explicit)
    mkdocs = read_config(config_file)
    settings, issues = Settings.read(plugin_block(mkdocs) or {})
    problems = settings_problems(issues, config_file)
    errors = [problem for problem in problems if problem.is_error]
    if errors and not lenient:
        raise ProjectError("\n".join(problem.format() for problem in errors), problems)
    return Project(config_file, settings, mkdocs, tuple(problems))


def settings_problems(issues: list[SettingIssue], config_file: Path) -> list[Problem]:
    """The plugin block's issues as problems at their line in ``config_file`` (code
    ``config``; the path is the file's name, as ledger paths are relative to its folder)."""
    if not issues:
        return []
    try:
        text = config_file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        text = ""
    positions = ajar_positions(text, _ConfigLoader)
    problems = []
    for issue in issues:
        where = position_of(positions, issue.key)
        line, column = where or (None, None)
        problems.append(Problem(config_file.name, line, column, "config", issue.severity,
                                issue.message if where else str(issue)))
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
