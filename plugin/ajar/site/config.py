"""The ``ajar`` plugin's options, as MkDocs sees them.

MkDocs checks the shapes; the values are validated by the core's
:class:`ajar.settings.Settings`, so the CLI and the site agree on every
default and every error message.
"""

from __future__ import annotations

import datetime as dt

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class AjarConfig(Config):
    ledger_dir = c.Type(str, default="ledger")
    me = c.Type(dict, default={})
    reply_within = c.Type(str, default="2 days")
    reconnect = c.Type(dict, default={})
    pattern = c.Type(dict, default={})
    linkedin_note_limit = c.Type(int, default=300)
    allow_publish = c.Type(bool, default=False)
    allow_remote_edits = c.Type(bool, default=False)
    auto_commit = c.Type(bool, default=False)
    today = c.Optional(c.Type((str, dt.date)))
