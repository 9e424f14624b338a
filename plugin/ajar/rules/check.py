"""Load a project's ledger and run every check on it: what `ajar check`,
the site and every command start from. Reply templates are checked by filling
each in for every entry it is for."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from ajar.ledger.ledger import Ledger
from ajar.ledger.loader import LoadCache, load_ledger
from ajar.config.project import Project
from ajar.config.settings import Settings
from ajar.ledger.models import ReplyTemplate
from ajar.ledger.problems import Problem
from ajar.rules.replies import (SAMPLE_CONTACT, SAMPLE_REJECTION, RenderedReply, ReplyError,
                                ReplyRenderer)


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


def check_templates(ledger: Ledger, settings: Settings, today: dt.date) -> ReplyRenderer:
    """Compile every template and fill it in for every entry it is for.

    * Broken for everyone, an error and left out of ``ledger.replies`` (so the site
      does not show it): a template that does not compile, or that the sandbox stops
      on the neutral stand-ins (an unsafe access, a limit).
    * An error on the template, naming the first entry: one that fails for entries of
      a kind it fails for as a stand-in too (say, a rejection with no contact). It
      stays; those entries' pages show the problem in its place.
    * An error on the entry, naming the template: one that fails only for that entry
      (its data: a 30,000-character company). Every other entry still gets it.
    * Warnings: failing only for a stand-in of a kind the ledger lacks yet, and a
      LinkedIn note longer than ``linkedin_note_limit``.
    """
    renderer = ReplyRenderer(settings, today)
    contacts = sorted(ledger.contacts.values(), key=lambda c: c.slug)
    for template in list(ledger.replies.values()):
        entries = ledger.rejections_newest_first if template.meta.for_ == "rejection" \
            else contacts
        _check(ledger, renderer, template, entries)
    return renderer


def _check(ledger: Ledger, renderer: ReplyRenderer, template: ReplyTemplate,
           entries: list[Any]) -> None:
    per_rejection = template.meta.for_ == "rejection"
    kind, missing = ("rejection", "contact") if per_rejection else ("contact", "rejection")
    stand_ins = {  # keyed by whether the counterpart is there
        True: (f"a sample {kind}", renderer.values(SAMPLE_CONTACT, SAMPLE_REJECTION)),
        False: (f"a {kind} with no {missing}", renderer.values(None, SAMPLE_REJECTION)
                if per_rejection else renderer.values(SAMPLE_CONTACT, None))}
    faults: dict[bool, ReplyError] = {}
    samples: list[tuple[str, RenderedReply]] = []
    filled: list[tuple[str, RenderedReply]] = []
    try:
        renderer.compile(template)
        for shape, (about, context) in stand_ins.items():
            try:
                samples.append((about, renderer.render(template, context, about)))
            except ReplyError as error:
                if error.unsafe:
                    raise
                faults[shape] = error
    except ReplyError as error:
        ledger.problems.append(error.problem)
        ledger.replies.pop(template.slug, None)
        ledger.broken.setdefault("replies", set()).add(template.slug)
        return
    shared: list[ReplyError] = []  # fails as the stand-in of its kind does: the template's
    for entry in entries:
        counterpart = (ledger.contacts.get(entry.meta.contacts[0]) if entry.meta.contacts
                       else None) if per_rejection else ledger.latest_rejection(entry.slug)
        context = renderer.context(ledger, None, entry) if per_rejection \
            else renderer.context(ledger, entry, None)
        about = f"{kind} '{entry.slug}'"
        try:
            filled.append((about, renderer.render(template, context, about)))
        except ReplyError as error:
            if (context[missing] is not None) in faults:
                shared.append(error)
            else:
                ledger.problems.append(_entry_problem(entry, counterpart, kind, template, error))
    if shared:
        more = len(shared) - 1
        ledger.problems.append(dataclasses.replace(shared[0].problem, message=(
            shared[0].problem.message +
            (f" (and {more} other {'entry' if more == 1 else 'entries'})" if more else ""))))
    elif faults:
        problem = next(iter(faults.values())).problem
        ledger.problems.append(dataclasses.replace(problem, severity="warning", message=(
            problem.message.replace("fails for", "would fail for", 1))))
    limit = renderer.settings.linkedin_note_limit
    too_long = [(about, len(reply.text)) for about, reply in filled + samples
                if len(reply.text) > limit]
    if template.meta.for_ == "linkedin" and too_long:
        about, length = too_long[0]
        ledger.problems.append(Problem(
            template.path, template.body_line, 1, "note-too-long", "warning",
            f"the LinkedIn note for {about} is {length} characters, over the limit of"
            f" {limit}: shorten it"))


def _entry_problem(entry: Any, counterpart: Any, kind: str, template: ReplyTemplate,
                   error: ReplyError) -> Problem:
    """A template that works for the others fails for this entry: the entry's problem,
    naming the longest value it was filled in with when a limit stopped it."""
    line, longest = 1, ""
    values = [(len(v), k, e) for e in (entry, counterpart) if e is not None and error.unsafe
              for k, v in e.meta.model_dump(by_alias=True).items() if isinstance(v, str)]
    if values:
        length, key, owner = max(values, key=lambda found: found[0])
        if owner is entry:
            line = entry.extra.get("positions", {}).get((key,), (1, 1))[0]
        where = "its" if owner is entry else f"{owner.path}:"
        longest = f" (the longest value, {where} {key}, is {length:,} characters)"
    return Problem(entry.path, line, None, error.problem.code, "error",
                   f"the reply template '{template.slug}' ({error.problem.location()})"
                   f" fails for this {kind}: {error.reason}{longest}")
