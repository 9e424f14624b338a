"""The ``ajar`` command: a thin shell over the ledger core (no MkDocs here)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from ajar.ledger.dates import DateError

if TYPE_CHECKING:
    from ajar.config.project import Project


class _Context:
    def __init__(self, config: Path | None) -> None:
        self.config = config
        self._project: Project | None = None

    @property
    def project(self) -> Project:
        # Imported here: pydantic models cost ~0.3 s, and `ajar --help` needs none.
        from ajar.config.project import ProjectError, load_project

        if self._project is None:
            try:
                self._project = load_project(explicit=self.config)
            except ProjectError as error:
                fail(str(error))
        return self._project


def fail(message: str, code: int = 2) -> NoReturn:
    click.echo(f"ajar: {message}", err=True)
    sys.exit(code)


def emit_json(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def load(project: Project, *, say_left_out: bool = True) -> Any:
    """The checked ledger for ``today`` (a bad AJAR_TODAY is one line, exit 2); with
    ``say_left_out``, a note on stderr when faulty entries had to be left out."""
    from ajar.rules.check import load_checked

    checked = load_checked(project, today=_today(project))
    if say_left_out and checked.ledger.has_errors:
        click.echo("ajar: some entries have errors and are left out: run 'ajar check'",
                   err=True)
    return checked


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "-f", type=click.Path(path_type=Path, dir_okay=False),
              help="mkdocs.yml to use (default: found from here upwards).")
@click.version_option(package_name="mkdocs-ajar")
@click.pass_context
def main(ctx: click.Context, config: Path | None) -> None:
    """Ajar: keep the door ajar after a job rejection."""
    ctx.obj = _Context(config)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the problems as JSON.")
@click.pass_obj
def check(obj: _Context, as_json: bool) -> None:
    """Validate the ledger; exit 1 if there is any error."""
    checked = load(obj.project, say_left_out=False)
    problems = checked.ledger.sorted_problems()
    if as_json:
        emit_json({"problems": [p.as_json() for p in problems]})
    else:
        for problem in problems:
            click.echo(problem.format())
        if not problems:
            ledger = checked.ledger
            click.echo(f"ok: {len(ledger.contacts)} contacts, {len(ledger.rejections)}"
                       f" rejections, {len(ledger.replies)} reply templates", err=True)
    sys.exit(1 if checked.ledger.has_errors else 0)


@main.command()
@click.argument("kind", required=False,
                type=click.Choice(["contact", "rejection", "reply"]))
def schema(kind: str | None) -> None:
    """Print the JSON Schema of the front matter (all kinds, or KIND)."""
    from ajar.ledger.models import ContactMeta, RejectionMeta, ReplyMeta

    models = {"contact": ContactMeta, "rejection": RejectionMeta, "reply": ReplyMeta}
    schemas = {name: {"$schema": "https://json-schema.org/draft/2020-12/schema",
                      **model.model_json_schema(by_alias=True)}
               for name, model in models.items()}
    emit_json(schemas[kind] if kind else schemas)


@main.command()
@click.option("--within", default="7 days", show_default=True, metavar="DURATION",
              help="How far ahead to look, e.g. '2 weeks' or '3 months'.")
@click.option("--json", "as_json", is_flag=True, help="Print the items as JSON.")
@click.pass_obj
def due(obj: _Context, within: str, as_json: bool) -> None:
    """List replies, LinkedIn connects and reconnects due by today + DURATION."""
    from ajar.ledger.dates import Duration
    from ajar.rules.schedule import describe, due_within, group, schedule, when_phrase

    try:
        horizon = Duration.parse(within)
    except DateError as error:
        fail(f"--within: {error}")
    project = obj.project
    checked = load(project)
    ledger, today = checked.ledger, checked.today
    items = due_within(schedule(ledger, project.settings, today), today, horizon)
    if as_json:
        emit_json({"today": today.isoformat(), "items": [i.as_json() for i in items]})
        return
    if not items:
        click.echo(f"Nothing due by {horizon.after(today).isoformat()} ({horizon} from today).")
    width = max((len(when_phrase(item.due, today)) for item in items), default=0)
    # click.echo drops the styling when stdout is not a terminal.
    for index, section in enumerate(group(items, today)):
        late = section.key == "overdue"
        click.echo(("\n" if index else "")
                   + click.style(section.title, fg="red" if late else None, bold=True))
        for item in section.items:
            about = describe(ledger, item)
            when = click.style(f"{when_phrase(item.due, today):<{width}}",
                               fg="red" if item.overdue else None)
            line = f"  {item.due.isoformat()}  {when}  {about.action:<19}  {about.who}"
            click.echo(line + (f" - {about.why}" if about.why else ""))


@main.group()
def export() -> None:
    """Write the files the site serves (calendar, contacts) for other apps."""


def write_output(data: bytes, output: Path | None) -> None:
    """``data`` to stdout, or atomically to ``output`` (a reader never sees half a file)."""
    from ajar.store.writer import write_atomic

    if output is None or str(output) == "-":
        sys.stdout.buffer.write(data)  # bytes as built: CRLF line ends stay CRLF
        sys.stdout.buffer.flush()
        return
    try:
        write_atomic(output.resolve(), data)
    except OSError as error:
        fail(f"{output}: cannot write: {error.strerror or error}", 1)


@export.command("ics")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="File to write (default: standard output).")
@click.option("--site-url", metavar="URL",
              help="Link each event to its page (default: site_url in mkdocs.yml).")
@click.pass_obj
def export_ics(obj: _Context, output: Path | None, site_url: str | None) -> None:
    """The reconnect calendar (reconnect.ics): owed replies and reconnects."""
    from ajar.formats.calendar import build_calendar

    project = obj.project
    mkdocs_config = project.mkdocs
    if site_url is None:
        configured = mkdocs_config.get("site_url")
        site_url = configured if isinstance(configured, str) and configured else None
    directory_urls = mkdocs_config.get("use_directory_urls", True) is not False
    checked = load(project)
    write_output(build_calendar(checked.ledger, project.settings, checked.today, site_url,
                                directory_urls), output)


@export.command("vcard")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="File to write (default: standard output).")
@click.pass_obj
def export_vcard(obj: _Context, output: Path | None) -> None:
    """Every contact as vCard 3.0 (contacts.vcf)."""
    from ajar.ledger.loader import load_ledger
    from ajar.formats.vcard_export import build_vcards

    project = obj.project
    ledger = load_ledger(project.root, project.settings.ledger_dir)
    if ledger.has_errors:
        click.echo("ajar: some entries have errors and are left out: run 'ajar check'",
                   err=True)
    write_output(build_vcards(ledger), output)


@main.command()
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False), default=".")
@click.option("--name", help="Your name, for signatures (default: git's user.name).")
@click.option("--email", help="Your email address (default: git's user.email).")
@click.option("--no-git", is_flag=True, help="Do not run git init and commit.")
def init(directory: Path, name: str | None, email: str | None, no_git: bool) -> None:
    """Create a new private ledger repository in DIRECTORY."""
    from ajar.store.init import InitError, init_ledger
    from ajar.store.writer import WriteError

    name = name or _git_config("user.name") or "Me"
    email = email or _git_config("user.email") or "me@example.com"
    try:
        done = init_ledger(directory, name=name, email=email, commit=not no_git)
    except (InitError, WriteError, OSError) as error:
        fail(str(error))
    for path in done.files:
        click.echo(f"created {path}")
    if done.note:
        click.echo(f"ajar: {done.note}", err=True)
    click.echo(f"\nYour ledger is in {done.root}. Keep the repository private."
               "\nNext: add a rejection in ledger/rejections/, run 'ajar check',"
               " then 'mkdocs serve'.")


def _git_config(key: str) -> str | None:
    import shutil
    import subprocess

    git = shutil.which("git")
    if git is None:
        return None
    result = subprocess.run([git, "config", "--get", key], capture_output=True, text=True)
    return result.stdout.strip() or None


@main.command()
@click.argument("rejection")
@click.option("--template", "-t", "template_name", metavar="NAME",
              help="Reply template to fill in (default: thank-you).")
@click.pass_obj
def reply(obj: _Context, rejection: str, template_name: str | None) -> None:
    """Print the reply to REJECTION filled in: the subject, a blank line, the body."""
    from ajar.rules.replies import ReplyError, ReplyLookupError, reply_for

    checked = load(obj.project, say_left_out=False)
    try:
        filled = reply_for(checked.ledger, checked.renderer, rejection, template_name)
    except ReplyLookupError as error:
        fail(str(error), error.code)
    except ReplyError as error:
        click.echo(error.problem.format(), err=True)
        sys.exit(1)
    click.echo(filled.as_text(), nl=False)


# ------------------------------------------------------------------ writing commands

_COMMIT_HELP = "Commit the file written (default: auto_commit in mkdocs.yml)."


def _should_commit(project: Project, flag: bool | None) -> bool:
    return project.settings.auto_commit if flag is None else flag


def _before_write(project: Project, commit: bool) -> None:
    """With a commit to make, refuse now (before anything is written) when git cannot."""
    if not commit:
        return
    from ajar.store.commit import CommitError, check_can_commit

    try:
        check_can_commit(project.root)
    except CommitError as error:
        fail(str(error), 1)


def _after_write(project: Project, commit: bool, files: list[Path], message: str) -> None:
    if not commit:
        return
    from ajar.store.commit import CommitError, commit_files

    try:
        short = commit_files(project.root, files, message)
    except CommitError as error:
        fail(f"written but not committed: {error}", 1)
    click.echo(f"committed {short}: {message}")


def _today(project: Project) -> Any:
    try:
        return project.settings.resolve_today()
    except DateError as error:
        fail(str(error))


def _option_date(value: str | None, option: str, project: Project) -> Any:
    from ajar.ledger.dates import parse_date

    if value is None:
        return _today(project)
    try:
        return parse_date(value)
    except DateError as error:
        fail(f"{option}: {error}")


def _not_future(day: Any, project: Project) -> None:
    today = _today(project)
    if day > today:
        fail(f"--on {day.isoformat()} is in the future (today is {today.isoformat()})")


def _under_ledger_lock(command: Any) -> Any:
    """Run a writing command holding the ledger lock, from reading the entry to
    the commit: parallel writers take turns, each re-reading what the last wrote."""
    import functools

    @functools.wraps(command)
    def locked(obj: _Context, *args: Any, **kwargs: Any) -> Any:
        from ajar.store.lock import LockError, ledger_lock

        try:
            with ledger_lock(obj.project.ledger_path):
                return command(obj, *args, **kwargs)
        except LockError as error:
            fail(str(error), 1)

    return locked


def _lookup(project: Project, kind: str, slug: str) -> Any:
    """The valid entry ``slug`` of ``kind`` (contacts or rejections), or exit:
    2 for an unknown slug (with a did-you-mean), 1 for a faulty file."""
    import difflib

    from ajar.ledger.loader import load_ledger

    ledger = load_ledger(project.root, project.settings.ledger_dir)
    entries = getattr(ledger, kind)
    if slug in entries:
        return entries[slug]
    broken = ledger.broken.get(kind, set())
    folder = f"{project.settings.ledger_dir}/{kind}"
    if slug in broken:
        fail(f"{folder}/{slug}.md has errors: run 'ajar check' and fix them first", 1)
    known = sorted(set(entries) | broken)
    same = [s for s in known if s.lower() == slug.lower()]
    close = same or difflib.get_close_matches(slug, known, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    fail(f"no {kind[:-1]} '{slug}' in {folder}/{hint}")


def _edit(project: Project, entry: Any, commit: bool, message: str,
          change: Any) -> bool:
    """Apply ``change(editor)`` to the entry's file, write it and commit it."""
    from ajar.store.edit import EditError, FrontMatterEditor

    _before_write(project, commit)
    path = project.root / entry.path
    try:
        editor = FrontMatterEditor(path, entry.path)
        change(editor)
        if not editor.changed:
            return False
        editor.save()
    except EditError as error:
        fail(str(error), 1)
    _after_write(project, commit, [path], message)
    return True


def _record_date(project: Project, entry: Any, key: str, day: Any, words: tuple[str, str],
                 message: str, commit: bool) -> None:
    """Set a date that is recorded once (replied, linkedin_connected): the same date
    again is a no-op, a different one is left for the user to change by hand."""
    verb, thing = words
    current = getattr(entry.meta, key)
    if current == day:
        click.echo(f"already recorded: {verb} on {day.isoformat()} ({entry.path})")
        return
    if current is not None:
        fail(f"{entry.path} already records {thing} on {current.isoformat()}:"
             " edit the file to change it", 1)
    _edit(project, entry, commit, message, lambda editor: editor.set(key, day))
    click.echo(f"recorded: {verb} on {day.isoformat()} ({entry.path})")


@main.command()
@click.argument("rejection")
@click.option("--on", "on", metavar="DATE", help="When you replied (default: today).")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
@_under_ledger_lock
def replied(obj: _Context, rejection: str, on: str | None, commit: bool | None) -> None:
    """Record that you replied to REJECTION (sets 'replied')."""
    project = obj.project
    day = _option_date(on, "--on", project)
    _not_future(day, project)
    entry = _lookup(project, "rejections", rejection)
    _record_date(project, entry, "replied", day, ("replied", "a reply"),
                 f"Replied to {entry.meta.company} about {entry.meta.role}",
                 _should_commit(project, commit))


@main.command()
@click.argument("contact")
@click.option("--on", "on", metavar="DATE", help="When you connected (default: today).")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
@_under_ledger_lock
def connected(obj: _Context, contact: str, on: str | None, commit: bool | None) -> None:
    """Record the LinkedIn connection with CONTACT (sets 'linkedin_connected')."""
    project = obj.project
    day = _option_date(on, "--on", project)
    _not_future(day, project)
    entry = _lookup(project, "contacts", contact)
    _record_date(project, entry, "linkedin_connected", day,
                 ("connected", "a LinkedIn connection"),
                 f"Connected with {entry.meta.name} on LinkedIn",
                 _should_commit(project, commit))


@main.command()
@click.argument("contact")
@click.option("--on", "on", metavar="DATE", help="When you reconnected (default: today).")
@click.option("--note", metavar="TEXT", help="What you talked about.")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
@_under_ledger_lock
def reconnected(obj: _Context, contact: str, on: str | None, note: str | None,
                commit: bool | None) -> None:
    """Add a 'reconnect' entry to CONTACT's log.

    A next_reconnect on or before that date is done with, so it is removed
    (a later one, a plan for the future, is kept)."""
    project = obj.project
    day = _option_date(on, "--on", project)
    _not_future(day, project)
    entry = _lookup(project, "contacts", contact)
    meta = entry.meta
    item: dict[str, Any] = {"date": day, "kind": "reconnect"}
    if note:
        item["note"] = note
    if any(e.date == day and e.kind == "reconnect" and (e.note or None) == (note or None)
           for e in meta.log):
        click.echo(f"already recorded: reconnect on {day.isoformat()} ({entry.path})")
        return
    stale = meta.next_reconnect is not None and meta.next_reconnect <= day

    def change(editor: Any) -> None:
        editor.append("log", item)
        if stale:
            editor.remove("next_reconnect")

    _edit(project, entry, _should_commit(project, commit),
          f"Reconnected with {meta.name}", change)
    click.echo(f"recorded: reconnect on {day.isoformat()} ({entry.path})")
    if stale:
        click.echo(f"removed next_reconnect {meta.next_reconnect.isoformat()}: it has passed")


@main.command()
@click.argument("contact")
@click.option("--until", metavar="DATE", help="The date of the next reconnect.")
@click.option("--for", "for_", metavar="DURATION", help="From today, e.g. '3 months'.")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
@_under_ledger_lock
def snooze(obj: _Context, contact: str, until: str | None, for_: str | None,
           commit: bool | None) -> None:
    """Set CONTACT's next reconnect (next_reconnect) to a later date."""
    from ajar.ledger.dates import Duration

    if (until is None) == (for_ is None):
        fail("give either --until DATE or --for DURATION")
    project = obj.project
    today = _today(project)
    if until is not None:
        day = _option_date(until, "--until", project)
    else:
        try:
            day = Duration.parse(for_).after(today)
        except DateError as error:
            fail(f"--for: {error}")
    if day <= today:
        fail(f"{day.isoformat()} is not after today ({today.isoformat()}): snooze to a later date")
    entry = _lookup(project, "contacts", contact)
    meta = entry.meta
    if meta.next_reconnect == day:
        click.echo(f"already recorded: next reconnect on {day.isoformat()} ({entry.path})")
        return
    _edit(project, entry, _should_commit(project, commit),
          f"Snoozed {meta.name} until {day.isoformat()}",
          lambda editor: editor.set("next_reconnect", day))
    click.echo(f"recorded: next reconnect on {day.isoformat()} ({entry.path})")


@main.group()
def add() -> None:
    """Create a new contact or rejection file."""


def _pick_slug(given: str | None, made_from: str, what: str) -> str:
    import re

    if given is not None:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", given):
            fail(f"--slug {given!r}: use lowercase letters, digits and dashes, e.g. jane-doe")
        return given
    from ajar.ledger.slugs import slugify

    slug = slugify(made_from)
    if not slug:
        fail(f"cannot make a file name from {what}: pass --slug, e.g. --slug jane-doe")
    return slug


def _validate(model: Any, fields: dict[str, Any], options: dict[str, str]) -> None:
    """One line for the first value the schema refuses, named by its option."""
    from pydantic import ValidationError

    from ajar.ledger.loader import _describe

    try:
        model.model_validate({k: v.isoformat() if hasattr(v, "isoformat") else v
                              for k, v in fields.items()})
    except ValidationError as error:
        item = error.errors(include_url=False)[0]
        loc = tuple(p for p in item["loc"] if p not in ("str", "list[str]"))[:1]
        _, message = _describe(item, loc)
        key = str(loc[0]) if loc else ""
        option = options.get(key)
        fail(f"{option}: {message}" if option else message)


def _create(project: Project, kind: str, slug: str, fields: dict[str, Any],
            commit: bool, message: str) -> None:
    from ajar.store.edit import EditError, create_entry
    from ajar.store.writer import WriteError

    folder = project.ledger_path / kind
    shown = f"{project.settings.ledger_dir}/{kind}"
    if folder.is_dir():
        taken = {p.name[:-3].lower(): p.name for p in folder.glob("*.md")}
        if slug.lower() in taken:
            fail(f"{shown}/{taken[slug.lower()]} already exists: not overwriting it;"
                 " pick another name with --slug", 1)
    _before_write(project, commit)
    path = folder / f"{slug}.md"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        create_entry(path, fields)
    except WriteError:
        fail(f"{shown}/{slug}.md already exists: not overwriting it;"
             " pick another name with --slug", 1)
    except EditError as error:
        fail(str(error), 1)
    except OSError as error:
        fail(f"{shown}/{slug}.md: cannot write: {error.strerror or error}", 1)
    click.echo(f"created {shown}/{slug}.md")
    _after_write(project, commit, [path], message)


@add.command("contact")
@click.argument("name")
@click.option("--company", help="Where they work.")
@click.option("--title", help="Their role.")
@click.option("--email", help="Their email address.")
@click.option("--phone", help="Their phone number.")
@click.option("--linkedin", metavar="URL", help="Their LinkedIn profile address.")
@click.option("--tag", "tags", multiple=True, help="A tag (repeat for more).")
@click.option("--slug", help="File name without .md (default: from NAME).")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
@_under_ledger_lock
def add_contact(obj: _Context, name: str, company: str | None, title: str | None,
                email: str | None, phone: str | None, linkedin: str | None,
                tags: tuple[str, ...], slug: str | None, commit: bool | None) -> None:
    """Create ledger/contacts/<slug>.md for NAME."""
    from ajar.ledger.models import ContactMeta

    project = obj.project
    fields: dict[str, Any] = {"name": name.strip()}
    for key, value in (("company", company), ("title", title), ("email", email),
                       ("phone", phone), ("linkedin", linkedin)):
        if value is not None and value.strip():
            fields[key] = value.strip()
    if tags:
        fields["tags"] = [t.strip() for t in tags if t.strip()]
    options = {key: f"--{key}" for key in fields if key != "name"} | {"name": "NAME",
                                                                       "tags": "--tag"}
    _validate(ContactMeta, fields, options)
    chosen = _pick_slug(slug, name, "NAME")
    _create(project, "contacts", chosen, fields, _should_commit(project, commit),
            f"Add contact {fields['name']}")


@add.command("rejection")
@click.option("--company", required=True, help="The company that said no.")
@click.option("--role", required=True, help="The job or gig applied for.")
@click.option("--date", "date_", metavar="DATE", help="When it arrived (default: today).")
@click.option("--contact", "contacts", multiple=True, metavar="SLUG",
              help="A contact's slug (repeat for more).")
@click.option("--stage", help="applied, screening, interview, final-round or offer.")
@click.option("--reason", help="The reason given, if any.")
@click.option("--slug", help="File name without .md (default: DATE-COMPANY-ROLE).")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
@_under_ledger_lock
def add_rejection(obj: _Context, company: str, role: str, date_: str | None,
                  contacts: tuple[str, ...], stage: str | None, reason: str | None,
                  slug: str | None, commit: bool | None) -> None:
    """Create ledger/rejections/<date>-<company>-<role>.md."""
    import difflib

    from ajar.ledger.loader import load_ledger
    from ajar.ledger.models import RejectionMeta

    project = obj.project
    day = _option_date(date_, "--date", project)
    fields: dict[str, Any] = {"company": company.strip(), "role": role.strip(), "date": day}
    contacts = tuple(dict.fromkeys(contacts))
    if contacts:
        fields["contact"] = contacts[0] if len(contacts) == 1 else list(contacts)
    if stage is not None:
        fields["stage"] = stage.strip()
    if reason is not None and reason.strip():
        fields["reason"] = reason.strip()
    _validate(RejectionMeta, fields, {"company": "--company", "role": "--role",
                                      "date": "--date", "contact": "--contact",
                                      "stage": "--stage", "reason": "--reason"})
    if contacts:
        ledger = load_ledger(project.root, project.settings.ledger_dir)
        known = sorted(set(ledger.contacts) | ledger.broken.get("contacts", set()))
        for wanted in contacts:
            if wanted not in known:
                same = [s for s in known if s.lower() == wanted.lower()]
                close = same or difflib.get_close_matches(wanted, known, n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                fail(f"--contact: no contact '{wanted}' in"
                     f" {project.settings.ledger_dir}/contacts/{hint}:"
                     " add it first with 'ajar add contact'")
    chosen = _pick_slug(slug, f"{day.isoformat()}-{company}-{role}", "the company and role")
    _create(project, "rejections", chosen, fields, _should_commit(project, commit),
            f"Add rejection from {fields['company']} for {fields['role']}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the insights as JSON.")
@click.pass_obj
def stats(obj: _Context, as_json: bool) -> None:
    """The insights in the terminal: counts, reply rate, the pattern alert."""
    import dataclasses

    from ajar.rules.insights import insights

    project = obj.project
    checked = load(project)
    data = insights(checked.ledger, project.settings, checked.today)
    if as_json:
        emit_json({"today": checked.today.isoformat(), **dataclasses.asdict(data)})
        return
    rate = f"{data.reply_rate:.0%}" if data.reply_rate is not None else "-"
    days = data.median_reply_days
    delay = "-" if days is None else f"{days:g} day{'' if days == 1 else 's'}"
    click.echo(f"{data.total} rejections; replied {data.replied} ({rate}), {data.reply_owed}"
               f" owed, median reply delay {delay}")
    alert = data.pattern
    click.echo(click.style(f"{'!' if alert.active else 'ok'}: {alert.message}",
                           fg="yellow" if alert.active else "green"))
    for title, rows in (("By stage", list(data.by_stage.items())),
                        ("By month", list(data.by_month.items())),
                        ("By reason", data.by_reason), ("By company", data.by_company)):
        click.echo(f"\n{title}")
        width = max((len(str(label)) for label, _ in rows), default=0)
        for label, count in rows:
            click.echo(f"  {str(label):<{width}}  {count:>4}  {'#' * min(count, 50)}")


@main.command("import")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--company", help="The company, when the email does not say (wins over it).")
@click.option("--role", help="The role applied for, when the email does not say.")
@click.option("--stage", help="applied, screening, interview, final-round or offer.")
@click.option("--contact", "contact", metavar="SLUG",
              help="Link the rejections to this contact (no contact is made).")
@click.option("--date", "date_", metavar="DATE",
              help="When it arrived, for an email without a Date header.")
@click.option("--commit/--no-commit", default=None, help="Commit the files written"
              " (default: auto_commit in mkdocs.yml).")
@click.pass_obj
def import_(obj: _Context, files: tuple[str, ...], company: str | None, role: str | None,
            stage: str | None, contact: str | None, date_: str | None,
            commit: bool | None) -> None:
    """Import rejection emails (.eml, .mbox, '-' for one on stdin) and contacts (.vcf).

    Each email becomes a rejection (and a contact when a person sent it); each
    vCard a contact, or the missing fields of the contact with the same email.
    What an email does not say is asked for on a terminal, else taken from the
    options; an email still missing its company or role is refused (exit 1)."""
    from ajar.ledger.models import STAGES

    project = obj.project
    if files.count("-") > 1:
        fail("'-' (standard input) can be given only once")
    if stage is not None and stage.strip() not in STAGES:
        fail(f"--stage {stage!r}: use one of {', '.join(STAGES)}")
    day = _option_date(date_, "--date", project) if date_ else None
    for source in files:
        if source != "-" and not Path(source).is_file():
            fail(f"{source}: {'not a file' if Path(source).exists() else 'no such file'}")
    flags = {"company": (company or "").strip() or None, "role": (role or "").strip() or None,
             "stage": stage.strip() if stage else None, "contact": contact, "date": day}
    committing = _should_commit(project, commit)
    _before_write(project, committing)
    interactive = "-" not in files and sys.stdin.isatty()
    from ajar.store.lock import LockError, ledger_lock

    try:
        # The whole run, from reading the ledger to the commit: a parallel import of
        # the same email sees this one's rejection and skips it.
        with ledger_lock(project.ledger_path):
            run = _import_files(project, files, flags, interactive, committing)
    except LockError as error:
        fail(str(error), 1)
    if not run.written and not run.refused:
        click.echo("nothing new to import")
    if run.refused:
        click.echo(f"ajar: {run.refused} not imported (see above)", err=True)
    sys.exit(1 if run.refused else 0)


def _import_files(project: Project, files: tuple[str, ...], flags: dict[str, Any],
                  interactive: bool, committing: bool) -> Any:
    import difflib

    from ajar.actions.importer import ImportRun, import_mail, import_vcard

    run = ImportRun(project, _today(project), out=click.echo,
                    err=lambda line: click.echo(line, err=True),
                    ask=lambda question: click.prompt(question, type=str))
    contact = flags["contact"]
    if contact is not None and contact not in run.ledger.contacts:
        known = sorted(set(run.ledger.contacts) | run.ledger.broken.get("contacts", set()))
        close = difflib.get_close_matches(contact, known, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        fail(f"--contact: no contact '{contact}' in {project.settings.ledger_dir}/contacts/"
             f"{hint}: add it first with 'ajar add contact'")
    for source in files:
        if source != "-" and Path(source).suffix.lower() in (".vcf", ".vcard"):
            import_vcard(run, source)
        else:
            import_mail(run, source, flags, interactive)
    if run.written:
        _after_write(project, committing, run.written, run.message(list(files)))
    return run


if __name__ == "__main__":  # pragma: no cover
    main()
