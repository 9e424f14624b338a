"""Load a project's ledger and run every check on it: what `ajar check`,
the site and every command start from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ajar.ledger.ledger import Ledger
from ajar.ledger.loader import LoadCache, load_ledger
from ajar.config.project import Project
from ajar.rules.replies import ReplyRenderer, check_templates


@dataclass
class Checked:
    ledger: Ledger
    renderer: ReplyRenderer
    today: dt.date


def load_checked(project: Project, cache: LoadCache | None = None,
                 today: dt.date | None = None) -> Checked:
    settings = project.settings
    today = today or settings.resolve_today()
    ledger = load_ledger(project.root, settings.ledger_dir, cache, today)
    renderer = check_templates(ledger, settings, today)
    return Checked(ledger, renderer, today)
