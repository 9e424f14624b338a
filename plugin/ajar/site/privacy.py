"""The plugin's side of the ``privacy`` warnings: MkDocs' config as a plain mapping
for ``config/privacy.py`` (the address is the one ``mkdocs serve -a`` gave)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from ajar.config.privacy import privacy_problems
from ajar.ledger.problems import Problem


def site_privacy_problems(config: MkDocsConfig, command: str, config_file: Path) -> list[Problem]:
    """The privacy warnings for this build or serve (the address only when serving)."""
    names = list(config.markdown_extensions or [])
    options = config.mdx_configs or {}
    plain: dict[str, Any] = {
        "repo_url": config.repo_url,
        "google_analytics": config.get("google_analytics"),
        "extra": dict(config.extra or {}),
        "markdown_extensions": [{name: options.get(name, {})} for name in names],
        "extra_css": [str(item) for item in config.extra_css or []],
        "extra_javascript": [str(getattr(item, "path", item))
                             for item in config.extra_javascript or []],
    }
    if command == "serve" and config.dev_addr is not None:
        address = config.dev_addr
        plain["dev_addr"] = f"{address.host}:{address.port}"
    try:
        text = config_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    return privacy_problems(plain, config_file.name, text)
