"""Reply templates rendered in Jinja's sandbox.

Ledger values are passed as data and never compiled, so a role written as
``{{ 7*7 }}`` prints as written. Undefined names are errors. Templates are
contained: no dunder access (sandbox), bounded ranges and repetition, at most
``MAX_OUTPUT`` characters and ``MAX_SECONDS`` of work per rendering.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from dataclasses import dataclass
from types import FrameType, TracebackType
from typing import Any, Callable

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from .ledger import Ledger
from .models import Contact, Rejection, ReplyTemplate, first_name
from .problems import Problem
from .settings import Settings

MAX_OUTPUT = 20_000
MAX_SECONDS = 1.0
MAX_RANGE = 1_000
MAX_REPEAT = 10_000
CHECK_SAMPLE = 200  # entries each template is test-rendered against by `check`


class ReplyError(Exception):
    """A template that cannot be compiled or rendered, as a located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass(frozen=True)
class RenderedReply:
    template: str
    subject: str
    body: str

    def as_text(self) -> str:
        """Subject, a blank line, the body: ready to paste."""
        return f"{self.subject}\n\n{self.body.strip()}\n" if self.subject else \
            f"{self.body.strip()}\n"


class _Sandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise SecurityError("exponent too large")
        if operator == "*":
            for a, b in ((left, right), (right, left)):
                if isinstance(a, (str, list, tuple)) and isinstance(b, int) \
                        and len(a) * b > MAX_REPEAT:
                    raise SecurityError("repetition too large")
        return super().call_binop(context, operator, left, right)


def _bounded_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise SecurityError(f"range of more than {MAX_RANGE} items")
    return result


def make_environment() -> SandboxedEnvironment:
    env = _Sandbox(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True,
                   trim_blocks=True, lstrip_blocks=True)
    env.globals["range"] = _bounded_range
    return env


class _Deadline:
    """Stop a rendering that runs too long, even a loop that prints nothing."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.stop = time.monotonic() + MAX_SECONDS
        self.previous: Callable[..., Any] | None = None

    def _trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename != self.filename:
            return None
        return self._line

    def _line(self, frame: FrameType, event: str, arg: Any) -> Any:
        if time.monotonic() > self.stop:
            raise SecurityError(f"took longer than {MAX_SECONDS:g} s")
        return self._line

    def __enter__(self) -> _Deadline:
        self.previous = sys.gettrace()
        sys.settrace(self._trace)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self.previous)


def contact_context(contact: Contact | None) -> dict[str, Any] | None:
    if contact is None:
        return None
    data = contact.meta.model_dump(by_alias=True)
    data.update(slug=contact.slug, first_name=first_name(contact.meta.name))
    return data


def rejection_context(rejection: Rejection | None) -> dict[str, Any] | None:
    if rejection is None:
        return None
    data = rejection.meta.model_dump(by_alias=True)
    data.update(slug=rejection.slug, contacts=rejection.meta.contacts)
    return data


class ReplyRenderer:
    """Compiles each template once and fills it in for contacts and rejections."""

    def __init__(self, settings: Settings, today: dt.date) -> None:
        self.settings = settings
        self.today = today
        self.env = make_environment()
        self._compiled: dict[str, tuple[Any, Any]] = {}

    def compile(self, template: ReplyTemplate) -> None:
        """Compile subject and body; raise :class:`ReplyError` when either fails."""
        if template.slug in self._compiled:
            return
        subject_line = template.extra.get("positions", {}).get(("subject",), (1, 1))[0]
        try:
            subject = self._compile(template.meta.subject or "", template)
        except TemplateSyntaxError as error:
            raise ReplyError(Problem(
                template.path, subject_line, 1, "template-syntax", "error",
                f"subject: {error.message}: fix the Jinja syntax")) from None
        try:
            body = self._compile(template.body, template)
        except TemplateSyntaxError as error:
            raise ReplyError(Problem(
                template.path, template.body_line + (error.lineno or 1) - 1, 1,
                "template-syntax", "error", f"{error.message}: fix the Jinja syntax")) from None
        self._compiled[template.slug] = (subject, body)

    def _compile(self, source: str, template: ReplyTemplate) -> Any:
        # The file name marks the template's frames for _Deadline and tracebacks.
        code = self.env.compile(source, name=template.slug, filename=template.path)
        return self.env.template_class.from_code(self.env, code, self.env.globals, None)

    def context(self, ledger: Ledger, contact: Contact | None,
                rejection: Rejection | None) -> dict[str, Any]:
        if rejection is None and contact is not None:
            rejection = ledger.latest_rejection(contact.slug)
        if contact is None and rejection is not None and rejection.meta.contacts:
            contact = ledger.contacts.get(rejection.meta.contacts[0])
        return {
            "contact": contact_context(contact),
            "rejection": rejection_context(rejection),
            "me": self.settings.me.model_dump(),
            "today": self.today,
        }

    def render(self, template: ReplyTemplate, context: dict[str, Any],
               about: str = "") -> RenderedReply:
        self.compile(template)
        subject_tpl, body_tpl = self._compiled[template.slug]
        try:
            with _Deadline(template.path):
                subject = " ".join(subject_tpl.render(context).split())
                body = self._bounded(body_tpl.generate(context))
        except (TemplateError, SecurityError, ArithmeticError, TypeError, ValueError,
                AttributeError, LookupError, RecursionError, MemoryError) as error:
            line = template.body_line + _template_line(error.__traceback__, template.path) - 1
            what = f" for {about}" if about else ""
            raise ReplyError(Problem(
                template.path, line, None, "template-render", "error",
                f"fails{what}: {_explain(error)}")) from None
        return RenderedReply(template.slug, subject[:998], body)

    def _bounded(self, chunks: Any) -> str:
        parts: list[str] = []
        size = 0
        for chunk in chunks:
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise SecurityError(f"output longer than {MAX_OUTPUT:,} characters")
            parts.append(chunk)
        return "".join(parts)


def _template_line(tb: TracebackType | None, filename: str) -> int:
    line = 1
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _explain(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    if "is undefined" in text:
        return (f"{text}: use contact, rejection, me and today (e.g. contact.first_name,"
                " rejection.role), or guard with {% if ... is defined %}")
    if isinstance(error, SecurityError):
        return f"not allowed in a template: {text}"
    return text


def templates_for(ledger: Ledger, purpose: str) -> list[ReplyTemplate]:
    return [t for t in ledger.replies.values() if t.meta.for_ == purpose]


def check_templates(ledger: Ledger, settings: Settings, today: dt.date) -> ReplyRenderer:
    """Compile every template and render it against (a sample of) the ledger.

    Faulty templates become problems and are left out of ``ledger.replies``.
    """
    renderer = ReplyRenderer(settings, today)
    rejections = _sample(ledger.rejections_newest_first)
    contacts = _sample([c for c in ledger.contacts.values()
                        if ledger.rejections_by_contact.get(c.slug) or c.meta.log])
    for template in list(ledger.replies.values()):
        try:
            renderer.compile(template)
            if template.meta.for_ == "rejection":
                targets = [(None, r, f"rejection '{r.slug}'") for r in rejections]
            else:
                targets = [(c, None, f"contact '{c.slug}'") for c in contacts]
            for contact, rejection, about in targets:
                reply = renderer.render(template, renderer.context(ledger, contact, rejection),
                                        about)
                if template.meta.for_ == "linkedin" and \
                        len(reply.body.strip()) > settings.linkedin_note_limit:
                    ledger.problems.append(Problem(
                        template.path, template.body_line, 1, "note-too-long", "warning",
                        f"the LinkedIn note for {about} is {len(reply.body.strip())} characters,"
                        f" over the limit of {settings.linkedin_note_limit}: shorten it"))
                    break
        except ReplyError as error:
            ledger.problems.append(error.problem)
            ledger.replies.pop(template.slug, None)
            ledger.broken.setdefault("replies", set()).add(template.slug)
    return renderer


def _sample(items: list[Any]) -> list[Any]:
    if len(items) <= CHECK_SAMPLE:
        return items
    step = len(items) / CHECK_SAMPLE
    return [items[int(i * step)] for i in range(CHECK_SAMPLE)]
