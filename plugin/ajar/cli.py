"""The ``ajar`` command: a thin shell over the ledger core (no MkDocs here)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from .dates import DateError

if TYPE_CHECKING:
    from .project import Project


class _Context:
    def __init__(self, config: Path | None) -> None:
        self.config = config
        self._project: Project | None = None

    @property
    def project(self) -> Project:
        # Imported here: pydantic models cost ~0.3 s, and `ajar --help` needs none.
        from .project import ProjectError, load_project

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
    from .check import load_checked

    try:
        checked = load_checked(obj.project)
    except DateError as error:
        fail(str(error))
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
    from .models import ContactMeta, RejectionMeta, ReplyMeta

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
    from .check import load_checked
    from .dates import Duration
    from .schedule import describe, due_within, group, schedule, when_phrase

    try:
        horizon = Duration.parse(within)
    except DateError as error:
        fail(f"--within: {error}")
    project = obj.project
    try:
        today = project.settings.resolve_today()
    except DateError as error:
        fail(str(error))
    checked = load_checked(project, today=today)
    ledger = checked.ledger
    items = due_within(schedule(ledger, project.settings, today), today, horizon)
    if ledger.has_errors:
        # Faulty entries are left out: say so rather than show a short list silently.
        click.echo("ajar: some entries have errors and are left out: run 'ajar check'",
                   err=True)
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
    from .writer import write_atomic

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
    from .calendar_feed import build_calendar
    from .check import load_checked
    from .project import ProjectError, read_config

    project = obj.project
    try:
        today = project.settings.resolve_today()
    except DateError as error:
        fail(str(error))
    if site_url is None:
        try:
            configured = read_config(project.config_file).get("site_url")
        except ProjectError:
            configured = None
        site_url = configured if isinstance(configured, str) and configured else None
    checked = load_checked(project, today=today)
    if checked.ledger.has_errors:
        click.echo("ajar: some entries have errors and are left out: run 'ajar check'",
                   err=True)
    write_output(build_calendar(checked.ledger, project.settings, today, site_url), output)


@export.command("vcard")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="File to write (default: standard output).")
@click.pass_obj
def export_vcard(obj: _Context, output: Path | None) -> None:
    """Every contact as vCard 3.0 (contacts.vcf)."""
    from .loader import load_ledger
    from .vcard import build_vcards

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
    from .init import InitError, init_ledger
    from .writer import WriteError

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
    from .check import load_checked
    from .replies import ReplyError, ReplyLookupError, reply_for

    project = obj.project
    try:
        checked = load_checked(project)
    except DateError as error:
        fail(str(error))
    try:
        filled = reply_for(checked.ledger, checked.renderer, rejection, template_name)
    except ReplyLookupError as error:
        fail(str(error), error.code)
    except ReplyError as error:
        click.echo(error.problem.format(), err=True)
        sys.exit(1)
    click.echo(filled.as_text(), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
