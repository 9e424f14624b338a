"""``privacy`` warnings: mkdocs.yml settings that make the private site call other
hosts, or serve it to the network.

The site holds other people's personal data and loads nothing from elsewhere;
these common settings would change that without a word. The checks read a plain
mapping, so ``ajar check`` (raw mkdocs.yml) and the plugin (MkDocs' config,
which also sees ``mkdocs serve -a``) share them.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from ajar.ledger.problems import Problem

# pymdownx.emoji generators that point <img> tags at a CDN (jsDelivr) unless
# image_path says otherwise; Material's to_svg inlines the icons instead.
_CDN_GENERATORS = ("to_png", "to_svg", "to_png_sprite", "to_svg_sprite")
_LOCAL_EMOJI = ("material.extensions.emoji.to_svg", "materialx.emoji.to_svg", "to_alt")


def privacy_problems(config: dict[str, Any], path: str = "mkdocs.yml",
                     text: str = "") -> list[Problem]:
    """Warnings for ``config`` (mkdocs.yml as a mapping; ``text`` its source, for
    line numbers; ``dev_addr`` may be the one ``mkdocs serve -a`` gave)."""
    found: list[tuple[str, str]] = []  # (key to locate, message)
    if _given(config.get("repo_url")):
        found.append(("repo_url", "repo_url makes every page ask the repository's host"
                      " (api.github.com for GitHub) for its stars and forks: remove it"))
    extra = config.get("extra") if isinstance(config.get("extra"), dict) else {}
    if _given(extra.get("analytics")) or _given(config.get("google_analytics")):
        found.append(("analytics", "analytics send every visit to another host: remove"
                      " extra.analytics"))
    emoji = _emoji_options(config.get("markdown_extensions"))
    if emoji is not None and _emoji_from_cdn(emoji):
        found.append(("pymdownx.emoji", "pymdownx.emoji loads emoji images from a CDN:"
                      " use emoji_generator: !!python/name:material.extensions.emoji.to_svg"
                      " (icons inlined in the page)"))
    for key in ("extra_css", "extra_javascript"):
        for value in config.get(key) or []:
            url = value.get("path") if isinstance(value, dict) else value
            if isinstance(url, str) and _remote(url):
                found.append((key, f"{key} loads {url} from another host: copy the file"
                              " into docs/ and link it from there"))
    address = config.get("dev_addr")
    if _given(address) and not _loopback(str(address)):
        found.append(("dev_addr", f"the site is served on {address}, which anyone on the"
                      " network can reach: use 127.0.0.1:8000"))
    return [Problem(path, _line_of(text, key), None, "privacy", "warning", message)
            for key, message in found]


def _given(value: Any) -> bool:
    return value not in (None, "", {}, [], False)


def _remote(url: str) -> bool:
    return url.strip().lower().startswith(("http://", "https://", "//"))


def _loopback(address: str) -> bool:
    host = address.strip()
    if host.startswith("["):  # [::1]:8000
        host = host[1:host.find("]")] if "]" in host else host[1:]
    elif host.count(":") == 1:
        host = host.rsplit(":", 1)[0]
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _emoji_options(extensions: Any) -> dict[str, Any] | None:
    """The options of pymdownx.emoji when it is enabled, else None."""
    items: list[Any] = []
    if isinstance(extensions, dict):
        items = [{name: options} for name, options in extensions.items()]
    elif isinstance(extensions, list):
        items = extensions
    for item in items:
        if item == "pymdownx.emoji":
            return {}
        if isinstance(item, dict) and "pymdownx.emoji" in item:
            options = item["pymdownx.emoji"]
            return options if isinstance(options, dict) else {}
    return None


def _emoji_from_cdn(options: dict[str, Any]) -> bool:
    generator = _dotted(options.get("emoji_generator")) or "pymdownx.emoji.to_png"
    if generator.endswith(_LOCAL_EMOJI) or not generator.endswith(_CDN_GENERATORS):
        return False
    image_path = (options.get("options") or {}).get("image_path") \
        if isinstance(options.get("options"), dict) else None
    return image_path is None or _remote(str(image_path))


def _dotted(value: Any) -> str:
    """A generator as a dotted name: a function (MkDocs) or '!!python/name:' text."""
    if value is None:
        return ""
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__name__', '')}"
    return str(value).removeprefix("name:")


def _line_of(text: str, key: str) -> int | None:
    match = re.search(rf"^[ \t-]*{re.escape(key)}[ \t]*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None
