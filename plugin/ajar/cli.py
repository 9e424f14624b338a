"""The ``ajar`` command: a thin shell over the ledger core (no MkDocs here)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NoReturn

import click

from ajar.ledger.dates import DateError
from ajar.rules.wording import counted
from ajar.terminal import clean, shown

if TYPE_CHECKING:
    from ajar.config.project import Project
    from ajar.ledger.problems import Problem


class _Context:
    def __init__(self, config: Path | None) -> None:
        self.config = config
        self._project: Project | None = None

    @property
    def project(self) -> Project:
        """The project; a faulty plugin block stops the command, naming every fault."""
        return self.load_project(lenient=False)

    def load_project(self, *, lenient: bool,
                     on_problems: Callable[[list[Problem]], NoReturn] | None = None
                     ) -> Project:
        """With ``lenient``, faulty settings fall back to their defaults and are left in
        ``project.problems`` for ``ajar check`` to report. A mkdocs.yml that cannot be
        used goes to ``on_problems`` when its faults are located, else stops here."""
        # Imported here: pydantic models cost ~0.3 s, and `ajar --help` needs none.
        from ajar.config.project import ProjectError, load_project

        if self._project is None:
            try:
                self._project = load_project(explicit=self.config, lenient=lenient)
            except ProjectError as error:
                if error.problems and on_problems is not None:
                    on_problems(error.problems)
                if not error.problems:
                    fail(str(error))
                for problem in error.problems:
                    if problem.is_error:
                        click.echo(f"ajar: {clean(problem.format(), keep_newlines=False)}",
                                   err=True)
                sys.exit(2)
        return self._project


def fail(message: str, code: int = 2) -> NoReturn:
    click.echo(f"ajar: {clean(message, keep_newlines=False)}", err=True)
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
    from ajar.config.privacy import privacy_problems

    def report(problems: list[Problem]) -> NoReturn:
        if as_json:
            emit_json({"problems": [p.as_json() for p in problems]})
        else:
            for problem in problems:
                click.echo(clean(problem.format(), keep_newlines=False))
        sys.exit(1 if any(problem.is_error for problem in problems) else 0)

    # An unreadable mkdocs.yml is reported like the ledger's problems (JSON too).
    project = obj.load_project(lenient=True, on_problems=report)
    checked = load(project, say_left_out=False)
    problems = [*project.problems, *checked.ledger.sorted_problems()]
    problems += privacy_problems(project.mkdocs, project.config_file.name,
                                 _read_text(project.config_file))
    if not problems and not as_json:
        ledger = checked.ledger
        click.echo(f"ok: {counted(len(ledger.contacts), 'contact')},"
                   f" {counted(len(ledger.rejections), 'rejection')},"
                   f" {counted(len(ledger.replies), 'reply template')},"
                   f" {counted(len(ledger.companies), 'company file')}", err=True)
    report(problems)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


@main.command()
@click.argument("kind", required=False)
def schema(kind: str | None) -> None:
    """Print the JSON Schema of KIND's front matter (contact, rejection, ...), for editors.

    Without KIND, list the kinds (exit 2)."""
    from ajar.ledger.schema import json_schema, kinds

    names = list(kinds())
    if kind is None or kind not in names:
        import difflib

        close = difflib.get_close_matches(kind or "", names, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        what = "name a kind" if kind is None else f"no kind {kind!r}{hint}"
        fail(f"{what}: one of {', '.join(names)}, e.g. 'ajar schema {names[0]}'")
    emit_json(json_schema(kind))


@main.command()
@click.option("--within", default="7 days", show_default=True, metavar="DURATION",
              help="How far ahead to look, e.g. '2 weeks' or '3 months'.")
@click.option("--json", "as_json", is_flag=True, help="Print the items as JSON.")
@click.pass_obj
def due(obj: _Context, within: str, as_json: bool) -> None:
    """List replies, LinkedIn connects, reconnects and radar checks due by today + DURATION."""
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
            # Values from the ledger: never an escape sequence to the terminal.
            who = shown(about.who)
            why = shown(about.why or "")
            line = f"  {item.due.isoformat()}  {when}  {about.action:<19}  {who}"
            click.echo(line + (f" - {why}" if why else ""))
            if item.warning:
                click.echo(click.style(f"    ! {clean(item.warning, keep_newlines=False)}",
                                       fg="yellow"))


@main.group()
def export() -> None:
    """Write the files the site serves (calendar, contacts) for other apps."""


def check_output(project: Project, output: Path | None, kind: str, force: bool) -> None:
    """Refuse before any work an ``-o`` that would overwrite the ledger or a stranger."""
    from ajar.actions.errors import ActionError
    from ajar.actions.export import export_target

    if output is None or str(output) == "-":
        return
    try:
        export_target(project, output, kind, force)
    except ActionError as error:
        fail(error.message, error.status)


def write_output(data: bytes, output: Path | None) -> None:
    """``data`` to stdout, or atomically to ``output`` (a reader never sees half a file)."""
    from ajar.store.writer import write_atomic

    if output is None or str(output) == "-":
        sys.stdout.buffer.write(data)  # bytes as built: CRLF line ends stay CRLF
        sys.stdout.buffer.flush()
        return
    try:
        write_atomic(output, data)
    except OSError as error:
        fail(f"{output}: cannot write: {error.strerror or error}", 1)


_FORCE = click.option("--force", is_flag=True,
                      help="Replace FILE even when it is not an earlier export.")


@export.command("ics")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="File to write (default: standard output).")
@click.option("--site-url", metavar="URL",
              help="Link each event to its page (default: site_url in mkdocs.yml).")
@_FORCE
@click.pass_obj
def export_ics(obj: _Context, output: Path | None, site_url: str | None,
               force: bool) -> None:
    """The reconnect calendar (reconnect.ics): owed replies and reconnects."""
    from ajar.formats.calendar import build_calendar

    project = obj.project
    check_output(project, output, "ics", force)
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
@_FORCE
@click.pass_obj
def export_vcard(obj: _Context, output: Path | None, force: bool) -> None:
    """Every contact as vCard 3.0 (contacts.vcf)."""
    from ajar.ledger.loader import load_ledger
    from ajar.formats.vcard_export import build_vcards

    project = obj.project
    check_output(project, output, "vcard", force)
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
        click.echo(clean(error.problem.format(), keep_newlines=False), err=True)
        sys.exit(1)
    click.echo(clean(filled.as_text()), nl=False)


# ------------------------------------------------------------------ writing commands

_COMMIT_HELP = "Commit the file written (default: auto_commit in mkdocs.yml)."


def run_action(action: Any, *args: Any, **kwargs: Any) -> None:
    """Run one of ``ajar.actions.record``'s actions and say what it did (or why not)."""
    from ajar.actions.errors import ActionError

    try:
        outcome = action(*args, **kwargs)
    except ActionError as error:
        fail(error.message, error.status)
    for line in outcome.lines:
        click.echo(clean(line, keep_newlines=False))
    for warning in outcome.warnings:
        click.echo(f"ajar: warning: {clean(warning, keep_newlines=False)}", err=True)


def _today(project: Project) -> Any:
    try:
        return project.settings.resolve_today()
    except DateError as error:
        fail(str(error))


def _option_date(value: str | None, option: str, project: Project) -> Any:
    from ajar.actions.errors import ActionError
    from ajar.actions.record import parse_day

    try:
        return parse_day(value, option, project)
    except ActionError as error:
        fail(error.message, error.status)


def _should_commit(project: Project, flag: bool | None) -> bool:
    return project.settings.auto_commit if flag is None else flag


def _before_write(project: Project, commit: bool) -> None:
    """With a commit to make, refuse now (before anything is written) when git cannot."""
    from ajar.actions.errors import ActionError
    from ajar.actions.record import _check_can_commit

    try:
        _check_can_commit(project, commit)
    except ActionError as error:
        fail(error.message, error.status)


def _after_write(project: Project, commit: bool, files: list[Path], message: str) -> None:
    from ajar.actions.record import Outcome, _commit

    run_action(_commit, project, commit, Outcome([], files), message)


@main.command()
@click.argument("rejection")
@click.option("--on", "on", metavar="DATE", help="When you replied (default: today).")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
def replied(obj: _Context, rejection: str, on: str | None, commit: bool | None) -> None:
    """Record that you replied to REJECTION (sets 'replied')."""
    from ajar.actions import record

    run_action(record.replied, obj.project, rejection, on, commit)


@main.command("no-reply")
@click.argument("rejection")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
def no_reply(obj: _Context, rejection: str, commit: bool | None) -> None:
    """Record that no reply is possible to REJECTION (sets 'no_reply: true')."""
    from ajar.actions import record

    run_action(record.no_reply, obj.project, rejection, commit)


@main.command()
@click.argument("contact")
@click.option("--on", "on", metavar="DATE", help="When you connected (default: today).")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
def connected(obj: _Context, contact: str, on: str | None, commit: bool | None) -> None:
    """Record the LinkedIn connection with CONTACT (sets 'linkedin_connected')."""
    from ajar.actions import record

    run_action(record.connected, obj.project, contact, on, commit)


@main.command()
@click.argument("contact")
@click.option("--on", "on", metavar="DATE", help="When you reconnected (default: today).")
@click.option("--note", metavar="TEXT", help="What you talked about.")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
def reconnected(obj: _Context, contact: str, on: str | None, note: str | None,
                commit: bool | None) -> None:
    """Add a 'reconnect' entry to CONTACT's log.

    A next_reconnect on or before that date is done with, so it is removed
    (a later one, a plan for the future, is kept)."""
    from ajar.actions import record

    run_action(record.reconnected, obj.project, contact, on, note, commit)


@main.command()
@click.argument("contact")
@click.option("--until", metavar="DATE", help="The date of the next reconnect.")
@click.option("--for", "for_", metavar="DURATION", help="From today, e.g. '3 months'.")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
def snooze(obj: _Context, contact: str, until: str | None, for_: str | None,
           commit: bool | None) -> None:
    """Set CONTACT's next reconnect (next_reconnect) to a later date."""
    from ajar.actions import record

    run_action(record.snooze, obj.project, contact, until, for_, commit)


@main.command()
@click.argument("company")
@click.option("--on", "on", metavar="DATE", help="When you looked (default: today).")
@click.option("--note", metavar="TEXT", help="What you found, e.g. 'two data roles open'.")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
def checked(obj: _Context, company: str, on: str | None, note: str | None,
            commit: bool | None) -> None:
    """Record that you looked at COMPANY's openings (a 'check' log entry).

    COMPANY is its slug, file name, path or name. A company without a file gets
    ledger/companies/<slug>.md, on the radar."""
    from ajar.actions import record

    run_action(record.checked, obj.project, company, on, note, commit)


@main.group()
def add() -> None:
    """Create a new contact or rejection file."""


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
def add_contact(obj: _Context, name: str, company: str | None, title: str | None,
                email: str | None, phone: str | None, linkedin: str | None,
                tags: tuple[str, ...], slug: str | None, commit: bool | None) -> None:
    """Create ledger/contacts/<slug>.md for NAME."""
    from ajar.actions import record

    details = {"company": company, "title": title, "email": email, "phone": phone,
               "linkedin": linkedin}
    run_action(record.add_contact, obj.project, name, details=details, tags=list(tags),
               slug=slug, commit=commit)


@add.command("rejection")
@click.option("--company", required=True, help="The company that said no.")
@click.option("--role", required=True, help="The job or gig applied for.")
@click.option("--date", "date_", metavar="DATE", help="When it arrived (default: today).")
@click.option("--contact", "contacts", multiple=True, metavar="SLUG",
              help="A contact's slug (repeat for more).")
@click.option("--stage", help="applied, screening, interview, final-round or offer.")
@click.option("--reason", help="The reason given, if any.")
@click.option("--replied", "replied_on", metavar="DATE",
              help="When you already replied (for rejections you record late).")
@click.option("--no-reply", is_flag=True, help="Nobody to reply to: no reply is owed.")
@click.option("--slug", help="File name without .md (default: DATE-COMPANY-ROLE).")
@click.option("--commit/--no-commit", default=None, help=_COMMIT_HELP)
@click.pass_obj
def add_rejection(obj: _Context, company: str, role: str, date_: str | None,
                  contacts: tuple[str, ...], stage: str | None, reason: str | None,
                  replied_on: str | None, no_reply: bool, slug: str | None,
                  commit: bool | None) -> None:
    """Create ledger/rejections/<date>-<company>-<role>.md."""
    from ajar.actions import record

    run_action(record.add_rejection, obj.project, company, role, date=date_,
               contacts=list(contacts), stage=stage, reason=reason, replied=replied_on,
               no_reply=no_reply, slug=slug, commit=commit)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the insights as JSON.")
@click.pass_obj
def stats(obj: _Context, as_json: bool) -> None:
    """The insights in the terminal: counts, reply rate, the pattern alert."""
    from ajar.rules.insights import insights

    project = obj.project
    checked = load(project)
    data = insights(checked.ledger, project.settings, checked.today)
    if as_json:
        emit_json(data.as_json(checked.today))
        return
    rate = f"{data.reply_rate:.0%}" if data.reply_rate is not None else "-"
    days = data.median_reply_days
    delay = "-" if days is None else f"{days:g} day{'' if days == 1 else 's'}"
    click.echo(f"{counted(data.total, 'rejection')}; replied {data.replied} ({rate}), {data.reply_owed}"
               f" owed, median reply delay {delay}")
    alert = data.pattern
    click.echo(click.style(f"{'!' if alert.active else 'ok'}: {alert.message}",
                           fg="yellow" if alert.active else "green"))
    for title, rows in (("By stage", list(data.by_stage.items())),
                        ("By month", list(data.by_month.items())),
                        ("By reason", data.by_reason), ("By company", data.by_company)):
        click.echo(f"\n{title}")
        labels = [shown(str(label)) for label, _ in rows]
        width = max((len(label) for label in labels), default=0)
        for label, (_, count) in zip(labels, rows):
            click.echo(f"  {label:<{width}}  {count:>4}  {'#' * min(count, 50)}")


def _mail_sources_ok(sources: tuple[str, ...]) -> None:
    from ajar.formats.mail_sources import is_imap

    if sources.count("-") > 1:
        fail("'-' (standard input) can be given only once")
    for source in sources:
        if source != "-" and not is_imap(source) and not Path(source).exists():
            fail(f"{source}: no such file or folder")


def _mail_messages(sources: tuple[str, ...]) -> Any:
    """The emails of every source in turn, with a progress bar on a terminal."""
    import contextlib
    import os

    from ajar.formats.mail_sources import read_source, source_size

    def password() -> str:
        if os.environ.get("AJAR_IMAP_PASSWORD") is not None:
            return os.environ["AJAR_IMAP_PASSWORD"]
        if not sys.stdin.isatty():
            fail("IMAP: set AJAR_IMAP_PASSWORD (no terminal to ask for the password on)")
        return click.prompt("IMAP password", hide_input=True, err=True)

    total = sum(source_size(s) for s in sources)
    bar = click.progressbar(length=total, file=sys.stderr, label="Reading mail") \
        if total > 1 << 20 and sys.stderr.isatty() else None
    with bar if bar is not None else contextlib.nullcontext():
        for source in sources:
            yield from read_source(source, stdin=sys.stdin.buffer if source == "-" else None,
                                   progress=bar.update if bar is not None else None,
                                   password=password)


@main.command("scan")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option("--json", "as_json", is_flag=True, help="Every message as JSON.")
@click.option("--all", "show_all", is_flag=True, help="Also list the messages classed other.")
@click.pass_obj
def scan_(obj: _Context, sources: tuple[str, ...], as_json: bool, show_all: bool) -> None:
    """Read mail without writing: which messages are rejections, and what would be imported.

    SOURCE is an .eml or .mbox file, a Maildir or a folder of them, '-' for one
    email on stdin, or imaps://user@host/FOLDER (password from
    AJAR_IMAP_PASSWORD or a prompt; read-only, nothing is marked as read)."""
    from ajar.actions.known_companies import KnownCompanies, ledger_companies
    from ajar.actions.known_mail import KnownMail
    from ajar.actions.scan import report

    project = obj.project
    _mail_sources_ok(sources)
    known = KnownMail(project.ledger_path / "rejections")
    me = frozenset({project.settings.me.email.lower()} if project.settings.me.email else ())

    def say(text: str, nl: bool = True) -> None:  # JSON is escaped already; text is cleaned
        click.echo(text if as_json else clean(text), nl=nl)

    def companies() -> KnownCompanies:  # read only once a rejection needs them
        from ajar.ledger.loader import load_ledger

        return ledger_companies(load_ledger(project.root, project.settings.ledger_dir))

    errors = report(_mail_messages(sources), known, me, as_json=as_json, show_all=show_all,
                    out=say, err=lambda line: click.echo(clean(line, keep_newlines=False),
                                                         err=True),
                    companies=companies)
    sys.exit(1 if errors else 0)


@main.command("import")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--company", help="The company, when the email does not say (wins over it).")
@click.option("--role", help="The role applied for, when the email does not say.")
@click.option("--stage", help="applied, screening, interview, final-round or offer.")
@click.option("--contact", "contact", metavar="SLUG",
              help="Link the rejections to this contact (no contact is made).")
@click.option("--date", "date_", metavar="DATE",
              help="When it arrived, for an email without a Date header.")
@click.option("--scan", "scan_mode", is_flag=True,
              help="Import only the emails classed as rejections (see 'ajar scan').")
@click.option("--yes", "-y", is_flag=True, help="With --scan: do not ask about each one.")
@click.option("--commit/--no-commit", default=None, help="Commit the files written"
              " (default: auto_commit in mkdocs.yml).")
@click.pass_obj
def import_(obj: _Context, files: tuple[str, ...], company: str | None, role: str | None,
            stage: str | None, contact: str | None, date_: str | None, scan_mode: bool,
            yes: bool, commit: bool | None) -> None:
    """Import rejection emails, contacts (.vcf) and LinkedIn's data export (the
    .zip, or its Connections.csv).

    Emails come from .eml or .mbox files, Maildir folders, '-' (one on stdin) or
    imaps://user@host/FOLDER. Each email becomes a rejection (and a contact when
    a person sent it); with --scan only the emails classed as rejections do,
    each asked about on a terminal unless --yes. Each vCard becomes a contact,
    or the missing fields of the contact with the same email; each LinkedIn
    connection that matches a contact records the connection and any move (new
    company or title); other connections are only counted. What an email does
    not say is asked for on a terminal, else taken from the options; an email
    still missing its company or role is refused (exit 1)."""
    from ajar.ledger.models import STAGES

    project = obj.project
    if stage is not None and stage.strip() not in STAGES:
        fail(f"--stage {stage!r}: use one of {', '.join(STAGES)}")
    from ajar.actions.importer import ImportRun, import_mail, import_vcard

    day = _option_date(date_, "--date", project) if date_ else None
    run = ImportRun(project, _today(project),
                    out=lambda line: click.echo(clean(line, keep_newlines=False)),
                    err=lambda line: click.echo(clean(line, keep_newlines=False), err=True),
                    ask=lambda question: click.prompt(question, type=str))
    if contact is not None:
        from ajar.actions.entries import did_you_mean, slug_of

        contact = slug_of(contact, "contacts")
        if contact not in run.ledger.contacts:
            known = sorted(set(run.ledger.contacts) | run.ledger.broken.get("contacts", set()))
            fail(f"--contact: no contact '{contact}' in {project.settings.ledger_dir}/contacts/"
                 f"{did_you_mean(contact, known)}: add it first with 'ajar add contact'")
    flags = {"company": (company or "").strip() or None, "role": (role or "").strip() or None,
             "stage": stage.strip() if stage else None, "contact": contact, "date": day}
    _mail_sources_ok(files)
    if scan_mode and any(flags[key] for key in ("company", "role", "stage", "contact")):
        fail("--scan reads each email's own company, role and stage: --company, --role,"
             " --stage and --contact are for importing one email")
    committing = _should_commit(project, commit)
    _before_write(project, committing)
    interactive = "-" not in files and sys.stdin.isatty()
    cards = tuple(f for f in files if f != "-" and Path(f).suffix.lower() in (".vcf", ".vcard"))
    from ajar.store.lock import LockError, ledger_lock

    for source in cards:  # emails and LinkedIn edits take the lock one by one
        try:
            with ledger_lock(project.ledger_path):
                import_vcard(run, source)
        except LockError as error:
            fail(str(error), 1)
    exports = tuple(f for f in files if f != "-" and Path(f).suffix.lower() in (".zip", ".csv"))
    if exports:
        from ajar.actions.linkedin_import import import_linkedin

        for source in exports:
            import_linkedin(run, source)
    mail = tuple(f for f in files if f not in cards and f not in exports)
    if mail:
        from ajar.actions.scan import is_rejection

        def confirm(draft: Any) -> bool:
            what = ", ".join(v for v in (draft.company, draft.role) if v) or "?"
            return click.confirm(clean(f"{draft.label}: {draft.subject or '(no subject)'}\n"
                                       f"  import the rejection ({what})?"), default=True)

        import_mail(run, "", flags, interactive, messages=_mail_messages(mail),
                    pick=is_rejection if scan_mode else None,
                    confirm=confirm if scan_mode and interactive and not yes else None)
    if run.written:
        try:
            with ledger_lock(project.ledger_path):
                _after_write(project, committing, run.written, run.message(list(files)))
        except LockError as error:
            fail(str(error), 1)
    elif not run.refused:
        click.echo("nothing new to import")
    if run.refused:
        click.echo(f"ajar: {run.refused} not imported (see above)", err=True)
    sys.exit(1 if run.refused else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
