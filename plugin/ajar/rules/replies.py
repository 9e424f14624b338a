"""Reply templates filled in for contacts and rejections.

The templates are the user's own files; what must stay inert is the data. Ledger
values are passed as data, never compiled (a role written as ``{{ 7*7 }}`` prints as
written), undefined names are errors, and every rendering runs in the sandbox of
:mod:`ajar.rules.sandbox` with deterministic limits, so a verdict never depends on
machine load and a rendering that fails for one entry fails for that entry alone.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from pathlib import PurePosixPath
from types import TracebackType
from typing import Any, Iterable, NoReturn

from jinja2 import TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SecurityError

from ajar.config.settings import Settings
from ajar.ledger.ledger import Ledger
from ajar.ledger.names import EntryNameError, find_entry
from ajar.ledger.models import (Contact, ContactMeta, Entry, Rejection, RejectionMeta,
                                ReplyTemplate, first_name)
from ajar.ledger.problems import Problem
from ajar.rules.sandbox import LimitError, make_environment, render_bounded

PURPOSES = {"rejection": "the first reply to a rejection, filled in on each rejection page",
            "reconnect": "circling back when the dust has settled, on each contact page",
            "linkedin": "a LinkedIn connection note, on each contact page"}


class ReplyError(Exception):
    """A template that cannot be compiled or rendered, as a located problem.

    ``unsafe`` is true when the sandbox stopped it (an attribute it may not touch, a
    limit); ``reason`` is the message without where and for whom.
    """

    def __init__(self, problem: Problem, unsafe: bool = False, reason: str = "") -> None:
        super().__init__(problem.message)
        self.problem = problem
        self.unsafe = unsafe
        self.reason = reason or problem.message


@dataclass(frozen=True)
class RenderedReply:
    template: str
    subject: str
    body: str

    @property
    def text(self) -> str:
        """The body without surrounding blank lines: what gets pasted or sent."""
        return self.body.strip()

    def as_text(self) -> str:
        """Subject, a blank line, the body: ready to paste."""
        return f"{self.subject}\n\n{self.text}\n" if self.subject else f"{self.text}\n"


@dataclass(frozen=True)
class _Failure:
    """How a rendering failed, kept (without its traceback) to be raised again."""

    unsafe: bool
    code: str
    reason: str
    in_subject: bool
    line: int  # in the body


# ------------------------------------------------------------------ the context

def contact_context(contact: Contact | None) -> dict[str, Any] | None:
    if contact is None:
        return None
    data = contact.meta.model_dump(by_alias=True)
    if data.get("reconnect_every") is not None:
        data["reconnect_every"] = str(data["reconnect_every"])
    data.update(slug=contact.slug, first_name=first_name(contact.meta.name))
    return data


def rejection_context(rejection: Rejection | None) -> dict[str, Any] | None:
    if rejection is None:
        return None
    data = rejection.meta.model_dump(by_alias=True)
    data.update(slug=rejection.slug, contacts=rejection.meta.contacts)
    return data


# Stand-ins `check` renders a template for when the ledger has no such case.
SAMPLE_CONTACT: Contact = Entry(
    "sample-contact", "ledger/contacts/sample-contact.md",
    ContactMeta.model_validate({"name": "Sam Example", "company": "Example Corp",
                                "title": "Recruiter", "email": "sam@example.com",
                                "linkedin": "https://www.linkedin.com/in/sam-example"}))
SAMPLE_REJECTION: Rejection = Entry(
    "sample-rejection", "ledger/rejections/sample-rejection.md",
    RejectionMeta.model_validate({"company": "Example Corp", "role": "Data Engineer",
                                  "date": "2026-01-15", "contact": "sample-contact",
                                  "stage": "interview"}))


class TemplateValues(dict):  # type: ignore[type-arg]
    """The values a template sees, and the contact and rejection they are of: a
    filled-in template is kept by those two (which the ledger holds anyway), not by
    this dict, which is made again when needed (a big ledger's were 15 MB)."""

    __slots__ = ("contact", "rejection")


class ReplyRenderer:
    """Compiles each template once and fills it in for contacts and rejections.

    Each (template, contact, rejection) is filled in once: ``check``, the site's
    pages and ``ajar reply`` share the result. Do not change the values a
    template was filled in with.
    """

    def __init__(self, settings: Settings, today: dt.date) -> None:
        self.settings = settings
        self.today = today
        self.env = make_environment()
        self._compiled: dict[tuple[str, str, str], tuple[Any, Any]] = {}
        self._filled: dict[tuple[int, ...], tuple[tuple[Any, ...], Any]] = {}

    def compile(self, template: ReplyTemplate) -> tuple[Any, Any]:
        """Subject and body compiled; raise :class:`ReplyError` when either fails."""
        key = (template.slug, template.meta.subject or "", template.body)
        if key not in self._compiled:
            try:
                subject = self.env.from_string(template.meta.subject or "")
            except TemplateSyntaxError as error:
                raise ReplyError(Problem(
                    template.path, _subject_line(template), 1, "template-syntax", "error",
                    f"subject: {_syntax(error)}: fix the Jinja syntax")) from None
            try:
                body = self.env.from_string(template.body)
            except TemplateSyntaxError as error:
                line = template.body_line + (error.lineno or 1) - 1
                raise ReplyError(Problem(template.path, line, 1, "template-syntax", "error",
                                         f"{_syntax(error)}: fix the Jinja syntax")) from None
            self._compiled[key] = (subject, body)
        return self._compiled[key]

    def context(self, ledger: Ledger, contact: Contact | None,
                rejection: Rejection | None) -> dict[str, Any]:
        """The values a template sees. Without a rejection, the contact's latest;
        without a contact, the rejection's first contact."""
        if rejection is None and contact is not None:
            rejection = ledger.latest_rejection(contact.slug)
        if contact is None and rejection is not None and rejection.meta.contacts:
            contact = ledger.contacts.get(rejection.meta.contacts[0])
        return self.values(contact, rejection)

    def values(self, contact: Contact | None, rejection: Rejection | None) -> dict[str, Any]:
        """The values a template sees, exactly these (``None`` stays ``None``)."""
        values = TemplateValues(
            contact=contact_context(contact), rejection=rejection_context(rejection),
            me=self.settings.me.model_dump(), today=self.today)
        values.contact, values.rejection = contact, rejection
        return values

    def render(self, template: ReplyTemplate, context: dict[str, Any],
               about: str = "") -> RenderedReply:
        """Fill ``template`` in; raise :class:`ReplyError` when it fails."""
        subject, body = self.compile(template)
        owners = (context.contact, context.rejection) if isinstance(context, TemplateValues) \
            else (context,)
        key = (id(body), *map(id, owners))
        done = self._filled.get(key)
        if done is None or any(kept is not owner for kept, owner in zip(done[0], owners)):
            done = self._filled[key] = (owners, _fill(template.slug, subject, body, context))
        if isinstance(done[1], RenderedReply):
            return done[1]
        failure: _Failure = done[1]
        what = ("subject fails" if failure.in_subject else "fails") + \
            (f" for {about}" if about else "")
        line = _subject_line(template) if failure.in_subject else \
            template.body_line + failure.line - 1
        raise ReplyError(Problem(template.path, line, None, failure.code, "error",
                                 f"{what}: {failure.reason}"), failure.unsafe, failure.reason)


def _fill(slug: str, subject: Any, body: Any, context: dict[str, Any]) -> RenderedReply | _Failure:
    try:
        subject_text = " ".join(render_bounded(subject, context).split())[:998]
    except Exception as error:  # noqa: BLE001 - every fault becomes a problem
        return _failure(error, True)
    try:
        return RenderedReply(slug, subject_text, render_bounded(body, context))
    except Exception as error:  # noqa: BLE001
        return _failure(error, False)


def _failure(error: Exception, in_subject: bool) -> _Failure:
    unsafe = isinstance(error, (SecurityError, RecursionError, MemoryError))
    code = ("template-unsafe" if unsafe else
            "template-undefined" if isinstance(error, UndefinedError) else "template-render")
    return _Failure(unsafe, code, _explain(error), in_subject, _template_line(error.__traceback__))


def _syntax(error: TemplateSyntaxError) -> str:
    return (error.message or "syntax error").rstrip(".")


def _subject_line(template: ReplyTemplate) -> int:
    return template.extra.get("positions", {}).get(("subject",), (1, 1))[0]


def _template_line(tb: TracebackType | None) -> int:
    """The line of the innermost template frame (Jinja rewrites them to the source)."""
    line = 1
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _explain(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    if isinstance(error, UndefinedError):
        if text.startswith("'None' has no attribute"):
            return (f"{text}: there is no contact or rejection here: guard it, e.g."
                    " {% if contact %}...{% endif %} or {{ contact.first_name if contact"
                    " else 'there' }}")
        if "has no attribute" in text:
            return (f"{text}: check the spelling (contact: name, first_name, company, title,"
                    " email; rejection: company, role, date, stage, reason; me: name, email,"
                    " signature)")
        return (f"{text}: use contact, rejection, me and today (e.g. contact.first_name,"
                " rejection.role), or guard with {% if ... is defined %}")
    if "no loader for this environment" in text:
        return "a reply template cannot include, import or extend another file: keep it in one"
    if isinstance(error, RecursionError):
        return "recursion too deep (a macro that calls itself without end?)"
    if isinstance(error, MemoryError):
        return "out of memory"
    if isinstance(error, LimitError):
        return text
    if isinstance(error, SecurityError):
        return f"not allowed in a template: {text}"
    return f"{type(error).__name__}: {text}" if type(error).__name__ not in text else text


# ------------------------------------------------------------------ ajar reply

def templates_for(ledger: Ledger, purpose: str) -> list[ReplyTemplate]:
    return [t for t in ledger.replies.values() if t.meta.for_ == purpose]


def default_template(ledger: Ledger) -> ReplyTemplate | None:
    """``thank-you`` if there is one, else the first template for rejections."""
    if "thank-you" in ledger.replies:
        return ledger.replies["thank-you"]
    found = sorted(templates_for(ledger, "rejection"), key=lambda t: t.slug)
    return found[0] if found else None


class ReplyLookupError(Exception):
    """``ajar reply`` named something that is not there; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _suggest(wanted: str, known: Iterable[str]) -> str:
    known = sorted(known)
    close = [k for k in known if wanted.lower() in k.lower()][:3] or \
        difflib.get_close_matches(wanted.lower(), known, n=3, cutoff=0.6)
    if not close:
        return ""
    return " (did you mean " + " or ".join(f"'{k}'" for k in close) + "?)"


def _slug_of(name: str) -> str:
    """A slug, also from a file path: ``ledger/rejections/x.md`` is ``x``."""
    text = name.strip().replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return text[:-3] if text.endswith(".md") else text


def reply_for(ledger: Ledger, renderer: ReplyRenderer, rejection_name: str,
              template_name: str | None = None) -> RenderedReply:
    """The reply to one rejection, as ``ajar reply`` prints it.

    The template is ``template_name``, else the default (see
    :func:`default_template`). A reconnect or LinkedIn template is filled in for
    the rejection's first contact, with this rejection. Raises
    :class:`ReplyLookupError` for a name that is not there and :class:`ReplyError`
    for a template that fails.
    """
    try:
        rejection = find_entry(ledger, "rejections", rejection_name)
    except EntryNameError as error:
        raise ReplyLookupError(error.message, error.status) from None
    if template_name is None:
        if "thank-you" in ledger.broken.get("replies", set()):
            _raise_broken(ledger, "thank-you")  # there is one: say what is wrong with it
        template = default_template(ledger)
        if template is None:
            broken = sorted(ledger.broken.get("replies", set()))
            if broken:
                _raise_broken(ledger, broken[0])
            raise ReplyLookupError("no reply template for rejections: add one to"
                                   " replies/ in the ledger (ajar init writes 'thank-you')", 1)
    else:
        name = _slug_of(template_name)
        template = ledger.replies.get(name)
        if template is None:
            if name in ledger.broken.get("replies", set()):
                _raise_broken(ledger, name)
            raise ReplyLookupError(f"no reply template '{name}'"
                                   f"{_suggest(name, ledger.replies)}")
    if template.meta.for_ == "rejection":
        if rejection.meta.no_reply:
            raise ReplyLookupError(
                f"{rejection.path} says no_reply: true (nobody to reply to): no reply to"
                " draft; remove no_reply from the file if there is someone to answer", 1)
        context = renderer.context(ledger, None, rejection)
    else:
        first = rejection.meta.contacts[0] if rejection.meta.contacts else None
        contact = ledger.contacts.get(first) if first else None
        context = renderer.values(contact, rejection)
    return renderer.render(template, context, f"rejection '{rejection.slug}'")


def _raise_broken(ledger: Ledger, slug: str) -> NoReturn:
    for problem in ledger.sorted_problems():
        path = PurePosixPath(problem.path)
        if problem.is_error and path.parent.name == "replies" and path.stem == slug:
            raise ReplyError(problem)
    raise ReplyLookupError(f"reply template '{slug}' has errors: run 'ajar check'", 1)
