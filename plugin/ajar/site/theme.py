"""Material set up for a private site: no web fonts, a light/dark toggle, and
the Markdown extensions the generated pages use; a minimal mkdocs.yml is enough."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

PALETTE = [
    {"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": "teal",
     "accent": "amber",
     "toggle": {"icon": "material/weather-night", "name": "Switch to dark mode"}},
    {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "teal",
     "accent": "amber",
     "toggle": {"icon": "material/weather-sunny", "name": "Switch to light mode"}},
]
FEATURES = ["navigation.instant", "navigation.tracking", "navigation.top",
            "search.highlight", "content.code.copy"]
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "def_list", "toc",
              "pymdownx.details", "pymdownx.tasklist"]
CSS = "assets/ajar/ajar.css"
JS = "assets/ajar/ajar.js"


def configure(config: MkDocsConfig) -> None:
    theme = config.theme
    if theme.name == "material":
        # Web fonts would be fetched from another host: use the system's fonts.
        theme["font"] = False
        palette = theme.get("palette")
        if not palette or (isinstance(palette, dict) and "toggle" not in palette
                           and "scheme" not in palette):
            theme["palette"] = PALETTE
        features = list(theme.get("features") or [])
        theme["features"] = features + [f for f in FEATURES if f not in features]
    for name in EXTENSIONS:
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
    config.mdx_configs.setdefault("toc", {}).setdefault("permalink", True)
    if CSS not in [str(c) for c in config.extra_css]:
        config.extra_css.append(CSS)
    if JS not in [str(getattr(j, "path", j)) for j in config.extra_javascript]:
        config.extra_javascript.append(JS)
