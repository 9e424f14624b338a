"""Reply templates rendered in Jinja's sandbox.

Ledger values are passed as data and never compiled, so a role written as
``{{ 7*7 }}`` prints as written. Undefined names are errors.

A template is someone's text file, so it is contained as if it were hostile:

* the sandbox refuses ``_``-prefixed attributes (``__class__``, ``__mro__`` ...),
  also inside ``str.format`` fields, and any change to lists and dicts;
* nothing a template builds may grow past ``MAX_VALUE`` characters or items: every
  operation that can make a big value (``*``, ``+``, ``~``, ``%``, ``**``,
  ``str.format``, ``center``/``ljust``/``zfill``, ``replace``, ``join``, the
  ``indent``/``center``/``wordwrap``/``format``/``batch``/``slice`` filters, block
  and macro output) is checked *before* it allocates; ``range`` is bounded;
* the rendering prints at most ``MAX_OUTPUT`` characters and runs at most
  ``MAX_SECONDS`` (a trace function stops loops that print nothing);
* runaway recursion (macros calling themselves) ends as a problem;
* no constant folding at compile time: nothing a template says runs outside
  these limits.

Every failure is a :class:`ReplyError` holding a located :class:`Problem`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import string
import sys
import time
import types
from dataclasses import dataclass
from pathlib import PurePosixPath
from functools import wraps
from types import FrameType, TracebackType
from typing import Any, Callable, Iterable, NoReturn

from jinja2 import (StrictUndefined, TemplateSyntaxError, UndefinedError, pass_environment,
                    pass_eval_context)
from jinja2 import filters as jinja_filters
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat, Dict, List, Tuple
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import Namespace

from ajar.ledger.ledger import Ledger
from ajar.ledger.models import (Contact, ContactMeta, Entry, Rejection, RejectionMeta, ReplyTemplate,
                     first_name)
from ajar.ledger.problems import Problem, Severity
from ajar.config.settings import Settings

MAX_OUTPUT = 20_000  # characters one rendering may print
MAX_VALUE = 100_000  # characters (or items) of any value a template builds
MAX_INT_BITS = 4_096  # size of any integer a template computes
MAX_SECONDS = 1.0
MAX_RANGE = 1_000
CHECK_SAMPLE = 200  # entries each template is test-rendered against by `check`

PURPOSES = {"rejection": "the first reply to a rejection, filled in on each rejection page",
            "reconnect": "circling back when the dust has settled, on each contact page",
            "linkedin": "a LinkedIn connection note, on each contact page"}


class ReplyError(Exception):
    """A template that cannot be compiled or rendered, as a located problem.

    ``unsafe`` is true when the sandbox stopped it (an attribute it may not touch,
    a limit of size or time): such a template is left out of the site.
    """

    def __init__(self, problem: Problem, unsafe: bool = False) -> None:
        super().__init__(problem.message)
        self.problem = problem
        self.unsafe = unsafe


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


# ------------------------------------------------------------------ size limits

def _too_big(what: str) -> SecurityError:
    return SecurityError(f"{what} would be too large (the limit is {MAX_VALUE:,})")


def _leaf_size(item: Any) -> int | None:
    """The size of a value that holds no other values, or None for a container."""
    kind = type(item)
    if kind is str or kind is bytes or kind is bytearray:
        return len(item)
    if kind is int:
        return item.bit_length() // 3 + 1
    if isinstance(item, (dict, list, tuple, set, frozenset, Namespace)):
        return None
    if isinstance(item, (str, bytes, bytearray)):
        return len(item)
    if isinstance(item, int):  # bool and other int subclasses
        return int(item).bit_length() // 3 + 1
    if isinstance(item, range):
        return len(item)
    return 1


def _children(item: Any) -> list[Any]:
    if isinstance(item, dict):
        return [*item.keys(), *item.values()]
    if isinstance(item, Namespace):
        return list(object.__getattribute__(item, "_Namespace__attrs").values())
    return list(item)


def _flat_size(items: list[Any]) -> int | None:
    """A container of only text (or only whole numbers), sized at C speed."""
    kinds = set(map(type, items))
    if kinds <= {str}:
        return sum(map(len, items))
    if kinds <= {int}:
        return sum(map(int.bit_length, items)) // 3 + len(items)
    return None


def _size(value: Any, limit: int = MAX_VALUE) -> int:
    """Roughly how many characters ``str(value)`` holds, counting a value held twice
    twice (that is what printing or comparing it costs); anything over ``limit``
    is reported as ``limit + 1``. Shared values are sized once, so a deep tree of
    shared lists costs its depth, not its expanded size; a cycle counts 1, as
    ``repr`` prints ``[...]``."""
    leaf = _leaf_size(value)
    if leaf is not None:
        return min(leaf, limit + 1)
    sizes: dict[int, int] = {}
    open_: set[int] = set()
    stack: list[tuple[Any, list[Any] | None]] = [(value, None)]
    while stack:
        item, children = stack.pop()
        key = id(item)
        if children is None:
            if key in sizes or key in open_:
                continue
            children = _children(item)
            if 2 * len(children) > limit:  # every item counts at least 1, and a separator
                return limit + 1
            flat = _flat_size(children) if len(children) > 16 else None
            if flat is not None:
                sizes[key] = min(len(children) + 1 + flat, limit + 1)
                continue
            open_.add(key)
            stack.append((item, children))
            for child in children:
                if _leaf_size(child) is None and id(child) not in sizes:
                    stack.append((child, None))
        else:
            open_.discard(key)
            total = len(children) + 1
            for child in children:
                size = _leaf_size(child)
                total += size if size is not None else sizes.get(id(child), 1)
                if total > limit:
                    break
            sizes[key] = min(total, limit + 1)
    return sizes[id(value)]


def _check_size(estimate: int, what: str) -> None:
    if estimate > MAX_VALUE:
        raise _too_big(what)


def _width(value: Any, what: str) -> int:
    """A width or count argument, refused when it alone would make a value too big."""
    if isinstance(value, int) and value > MAX_VALUE:
        raise _too_big(what)
    return value if isinstance(value, int) else 0


_PERCENT_FIELD = re.compile(
    r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?([a-zA-Z%])")


def _check_percent(fmt: str | bytes, args: Any) -> None:
    """``fmt % args``: no ``*`` widths, no huge widths, a bounded result."""
    if isinstance(fmt, (bytes, bytearray)):
        fmt = fmt.decode("latin-1")
    fields = widths = 0
    for match in _PERCENT_FIELD.finditer(fmt):
        for number in match.group(1, 2):
            if number == "*":
                raise SecurityError("'*' widths in % formatting are not allowed")
            if number:
                widths += _width(int(number) if len(number) < 9 else MAX_VALUE + 1,
                                 "a % format width")
        fields += match.group(3) != "%"
    values = list(args.values()) if isinstance(args, dict) else \
        list(args) if isinstance(args, tuple) else [args]
    biggest = max((_size(v) for v in values), default=0)
    _check_size(len(fmt) + fields * biggest + widths, "the formatted text")


_FORMATTER = string.Formatter()


def _check_format(fmt: str, values: Iterable[Any]) -> None:
    """``fmt.format(...)``: no nested fields in a spec, no huge widths, bounded."""
    fields = widths = 0
    for _, field, spec, _ in _FORMATTER.parse(fmt):
        if field is None:
            continue
        fields += 1
        if spec and "{" in spec:
            raise SecurityError("nested {} fields in a format spec are not allowed")
        for number in re.findall(r"\d+", spec or ""):
            widths += _width(int(number) if len(number) < 9 else MAX_VALUE + 1,
                             "a format width")
    biggest = max((_size(v) for v in values), default=0)
    _check_size(len(fmt) + fields * biggest + widths, "the formatted text")


# str, bytes and bytearray methods a template may call; anything else is refused.
_PLAIN_TEXT_METHODS = frozenset("""
    capitalize casefold count decode encode endswith find hex index isalnum isalpha
    isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle
    isupper lower lstrip partition removeprefix removesuffix rfind rindex rpartition
    rsplit rstrip split splitlines startswith strip swapcase title upper
""".split())


def _checked_text_call(text: str | bytes, name: str, args: tuple[Any, ...],
                       kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Refuse a text method call whose result would be too big; return the
    arguments to call it with (an iterable given to ``join`` is read once, here)."""
    if name in _PLAIN_TEXT_METHODS:
        return args, kwargs
    if name in ("center", "ljust", "rjust", "zfill"):
        width = args[0] if args else kwargs.get("width", 0)
        _width(width, f"{name}()")
    elif name == "expandtabs":
        tabsize = args[0] if args else kwargs.get("tabsize", 8)
        if isinstance(tabsize, int):
            tab = b"\t" if isinstance(text, (bytes, bytearray)) else "\t"
            _check_size(len(text) + text.count(tab) * tabsize, "expandtabs()")  # type: ignore
    elif name == "replace":
        if len(args) >= 2:
            _check_replace(text, args[0], args[1], args[2] if len(args) > 2 else
                           kwargs.get("count", -1))
    elif name == "join":
        if args:
            items = list(args[0])
            _check_size(_size(items) + len(text) * len(items), "join()")
            args = (items, *args[1:])
    else:
        raise SecurityError(f"the text method {name!r} is not allowed in a template")
    return args, kwargs


def _check_replace(text: Any, old: Any, new: Any, count: Any) -> None:
    if not (isinstance(text, (str, bytes, bytearray)) and isinstance(old, type(text))
            and isinstance(new, type(text))):
        return  # the call fails by itself
    found = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    _check_size(len(text) + found * max(0, len(new) - len(old)), "replace()")


# Filters that can make big values, checked first; filters that make HTML are dropped.

def _center(value: Any, width: int = 80) -> str:
    _width(width, "center")
    return jinja_filters.do_center(value, width)


def _indent(s: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
    text = str(s)
    per_line = len(width) if isinstance(width, str) else _width(width, "indent")
    _check_size(len(text) + (text.count("\n") + 1) * per_line, "indent")
    return jinja_filters.do_indent(text, width, first, blank)


def _format(value: Any, *args: Any, **kwargs: Any) -> str:
    _check_percent(str(value), kwargs or args)
    return jinja_filters.do_format(value, *args, **kwargs)


@pass_eval_context
def _replace(eval_ctx: Any, s: Any, old: Any, new: Any, count: int | None = None) -> str:
    _check_replace(str(s), str(old), str(new), -1 if count is None else count)
    return jinja_filters.do_replace(eval_ctx, s, old, new, count)


@pass_eval_context
def _join(eval_ctx: Any, value: Iterable[Any], d: str = "", attribute: Any = None) -> str:
    items = list(value)
    _check_size(_size(items) + _size(d) * len(items), "join")
    return jinja_filters.sync_do_join(eval_ctx, items, d, attribute)


@pass_environment
def _wordwrap(environment: Any, s: Any, width: int = 79, break_long_words: bool = True,
              wrapstring: str | None = None, break_on_hyphens: bool = True) -> str:
    text = str(s)
    wrap = environment.newline_sequence if wrapstring is None else str(wrapstring)
    _check_size(len(text) * (1 + len(wrap)), "wordwrap")
    return jinja_filters.do_wordwrap(environment, text, width, break_long_words, wrapstring,
                                     break_on_hyphens)


def _batch(value: Any, linecount: int, fill_with: Any = None) -> Any:
    _width(linecount, "batch")
    return jinja_filters.do_batch(value, linecount, fill_with)


def _slice(value: Any, slices: int, fill_with: Any = None) -> Any:
    _width(slices, "slice")
    return jinja_filters.do_slice(value, slices, fill_with)


_GUARDED_FILTERS = {"center": _center, "indent": _indent, "format": _format,
                    "replace": _replace, "join": _join, "wordwrap": _wordwrap,
                    "batch": _batch, "slice": _slice}
_DROPPED_FILTERS = ("tojson", "xmlattr", "urlize")  # HTML, not email


def _bounded_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise SecurityError(f"range of more than {MAX_RANGE} items")
    return result


def _join_output(parts: Iterable[str]) -> str:
    """``environment.concat``: block, macro and ``{% set %}`` output, bounded."""
    kept: list[str] = []
    total = 0
    for part in parts:
        total += len(part)
        if total > MAX_VALUE:
            raise _too_big("the text of a block or macro")
        kept.append(part)
    return "".join(kept)


def _concat(values: Iterable[Any]) -> str:
    """The ``~`` operator, bounded."""
    parts: list[str] = []
    total = 0
    for value in values:
        if not isinstance(value, str):
            _check_size(_size(value), "the ~ concatenation")
            value = str(value)  # an undefined name raises here
        total += len(value)
        if total > MAX_VALUE:
            raise _too_big("the ~ concatenation")
        parts.append(value)
    return "".join(parts)


def _checked_value(value: Any) -> Any:
    """A value a template built (a literal, a call's or a filter's result), refused
    when its expanded size is too big: a list holding the same big list twice is as
    big as both, which is what printing or comparing it would cost."""
    if isinstance(value, (str, bytes, bytearray, list, tuple, dict, set, frozenset,
                          Namespace)):
        _check_size(_size(value), "the value")
    return value


def _post_checked(func: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(func)  # keeps Jinja's pass_context/pass_environment marks
    def checked(*args: Any, **kwargs: Any) -> Any:
        return _checked_value(func(*args, **kwargs))
    return checked


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator, with ``~`` and literals going through checks."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.ajar_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")

    def _checked(self, visit: Callable[[Any, Frame], None], node: Any, frame: Frame) -> None:
        self.write("environment.ajar_value(")
        visit(node, frame)
        self.write(")")

    def visit_List(self, node: List, frame: Frame) -> None:
        self._checked(super().visit_List, node, frame)

    def visit_Dict(self, node: Dict, frame: Frame) -> None:
        self._checked(super().visit_Dict, node, frame)

    def visit_Tuple(self, node: Tuple, frame: Frame) -> None:
        if node.ctx == "load":
            self._checked(super().visit_Tuple, node, frame)
        else:  # an assignment target: {% for a, b in ... %}
            super().visit_Tuple(node, frame)


class _Sandbox(ImmutableSandboxedEnvironment):
    code_generator_class = _CodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.ajar_concat = _concat
        self.ajar_value = _checked_value
        self.concat = _join_output  # type: ignore[assignment]

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        sequences = (str, bytes, bytearray, list, tuple)
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, sequences) and isinstance(times, int) and times > 1:
                    _check_size(_size(seq, MAX_VALUE // times + 1) * times, "the repetition")
            if isinstance(left, int) and isinstance(right, int) and \
                    left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise SecurityError("number too large")
        elif operator == "**":
            if isinstance(left, int) and isinstance(right, int) and right > 0 and \
                    abs(left) > 1 and left.bit_length() * right > MAX_INT_BITS:
                raise SecurityError("number too large")
        elif operator == "+":
            if isinstance(left, sequences) and isinstance(right, sequences):
                _check_size(_size(left) + _size(right), "the concatenation")
        elif operator == "%" and isinstance(left, (str, bytes, bytearray)):
            _check_percent(left, right)
        return super().call_binop(context, operator, left, right)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        fmt = value.__self__

        @wraps(wrapper)
        def checked(*args: Any, **kwargs: Any) -> str:
            _check_format(fmt, [*args, *kwargs.values()])
            return wrapper(*args, **kwargs)
        return checked

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        # Methods of text, also Markup's own (|e returns Markup): checked by name.
        if isinstance(__obj, (types.BuiltinMethodType, types.MethodType)):
            name = getattr(__obj, "__name__", "")
            if isinstance(owner, (str, bytes, bytearray)):
                args, kwargs = _checked_text_call(owner, name, args, kwargs)
            elif isinstance(owner, int) and name == "to_bytes":
                raise SecurityError("to_bytes() is not allowed in a template")
        return _checked_value(super().call(__context, __obj, *args, **kwargs))


def make_environment() -> _Sandbox:
    env = _Sandbox(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True,
                   trim_blocks=True, lstrip_blocks=True, optimized=False,
                   finalize=_checked_value)
    env.globals["range"] = _bounded_range
    env.globals.pop("lipsum", None)
    env.filters.update(_GUARDED_FILTERS)
    for name in _DROPPED_FILTERS:
        env.filters.pop(name, None)
    env.filters = {name: _post_checked(f) for name, f in env.filters.items()}
    return env


class _Deadline:
    """Stop a rendering that runs too long, even a loop that prints nothing.

    Only the template's own frames are traced (its code carries the template's
    path as file name); the previous trace function (a debugger, coverage) is
    put back afterwards.
    """

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
        try:
            subject = self._compile(template.meta.subject or "", template,
                                    _subject_file(template))
        except TemplateSyntaxError as error:
            raise ReplyError(Problem(
                template.path, _subject_line(template), 1, "template-syntax", "error",
                f"subject: {_syntax(error)}: fix the Jinja syntax")) from None
        try:
            body = self._compile(template.body, template, template.path)
        except TemplateSyntaxError as error:
            raise ReplyError(Problem(
                template.path, template.body_line + (error.lineno or 1) - 1, 1,
                "template-syntax", "error", f"{_syntax(error)}: fix the Jinja syntax")) from None
        self._compiled[template.slug] = (subject, body)

    def _compile(self, source: str, template: ReplyTemplate, filename: str) -> Any:
        # The file name marks the template's frames for _Deadline and tracebacks.
        code = self.env.compile(source, name=template.slug, filename=filename)
        return self.env.template_class.from_code(self.env, code, self.env.globals, None)

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
        return {
            "contact": contact_context(contact),
            "rejection": rejection_context(rejection),
            "me": self.settings.me.model_dump(),
            "today": self.today,
        }

    def render(self, template: ReplyTemplate, context: dict[str, Any],
               about: str = "") -> RenderedReply:
        """Fill ``template`` in; raise :class:`ReplyError` when it fails."""
        self.compile(template)
        subject_tpl, body_tpl = self._compiled[template.slug]
        what = f" for {about}" if about else ""
        try:
            with _Deadline(_subject_file(template)):
                subject = " ".join(self._bounded(subject_tpl.generate(context)).split())
        except Exception as error:  # noqa: BLE001 - every fault becomes a problem
            raise _render_error(template, error, _subject_line(template), f"subject fails{what}")
        try:
            with _Deadline(template.path):
                body = self._bounded(body_tpl.generate(context))
        except Exception as error:  # noqa: BLE001 - every fault becomes a problem
            line = template.body_line + _template_line(error.__traceback__, template.path) - 1
            raise _render_error(template, error, line, f"fails{what}")
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


def _syntax(error: TemplateSyntaxError) -> str:
    return (error.message or "syntax error").rstrip(".")


def _subject_file(template: ReplyTemplate) -> str:
    return f"{template.path} (subject)"


def _subject_line(template: ReplyTemplate) -> int:
    return template.extra.get("positions", {}).get(("subject",), (1, 1))[0]


def _render_error(template: ReplyTemplate, error: BaseException, line: int,
                  what: str) -> ReplyError:
    unsafe = isinstance(error, (SecurityError, RecursionError, MemoryError))
    code = ("template-unsafe" if unsafe else
            "template-undefined" if isinstance(error, UndefinedError) else "template-render")
    return ReplyError(Problem(template.path, line, None, code, "error",
                              f"{what}: {_explain(error)}"), unsafe)


def _template_line(tb: TracebackType | None, filename: str) -> int:
    line = 1
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
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
    if isinstance(error, SecurityError):
        return f"not allowed in a template: {text}"
    return f"{type(error).__name__}: {text}" if type(error).__name__ not in text else text


# ------------------------------------------------------------------ checking

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


from ajar.ledger.names import EntryNameError, find_entry  # noqa: E402


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


@dataclass(frozen=True)
class _Target:
    context: dict[str, Any]
    about: str
    synthetic: bool = False


def _targets(ledger: Ledger, renderer: ReplyRenderer, template: ReplyTemplate,
             rejections: list[Rejection], contacts: list[Contact]) -> list[_Target]:
    """What ``check`` renders a template for: a sample of the entries the site fills
    it in for, plus a stand-in for the case the ledger lacks (a rejection with no
    contact, a contact with no rejection), so an unguarded template is caught
    before the first such entry arrives."""
    # A rejection template is filled in per rejection; the others per contact.
    per_rejection = template.meta.for_ == "rejection"
    kind, missing = ("rejection", "contact") if per_rejection else ("contact", "rejection")
    entries: list[Any] = rejections if per_rejection else contacts
    targets = [_Target(renderer.context(ledger, None, e) if per_rejection
                       else renderer.context(ledger, e, None), f"{kind} '{e.slug}'")
               for e in entries]
    if not targets:
        targets.append(_Target(renderer.values(SAMPLE_CONTACT, SAMPLE_REJECTION),
                               f"a sample {kind}", True))
    if all(t.context[missing] is not None for t in targets):
        first = entries[0] if entries else (SAMPLE_REJECTION if per_rejection
                                            else SAMPLE_CONTACT)
        values = renderer.values(None, first) if per_rejection else renderer.values(first, None)
        targets.append(_Target(values, f"a {kind} with no {missing}", True))
    return targets


def check_templates(ledger: Ledger, settings: Settings, today: dt.date) -> ReplyRenderer:
    """Compile every template and render it against (a sample of) the ledger.

    * A template that does not compile, or that the sandbox stops (unsafe access,
      too big, too slow, endless recursion), is an error and is left out of
      ``ledger.replies``, so the site does not show it.
    * A template that fails for some entries is an error naming the first of them;
      it stays, and those entries' pages show the problem in its place.
    * A template that would fail only for a stand-in (no contact / no rejection,
      a case the ledger does not have yet) is a warning.
    * A LinkedIn note longer than ``linkedin_note_limit`` is a warning.
    """
    renderer = ReplyRenderer(settings, today)
    rejections = _sample(ledger.rejections_newest_first)
    contacts = _sample(sorted(ledger.contacts.values(), key=lambda c: c.slug))
    for template in list(ledger.replies.values()):
        try:
            renderer.compile(template)
        except ReplyError as error:
            _leave_out(ledger, template, error.problem)
            continue
        failures: list[tuple[_Target, ReplyError]] = []
        too_long = False
        for target in _targets(ledger, renderer, template, rejections, contacts):
            try:
                reply = renderer.render(template, target.context, target.about)
            except ReplyError as error:
                if error.unsafe:
                    _leave_out(ledger, template, error.problem)
                    break
                failures.append((target, error))
                continue
            length = len(reply.text)
            if template.meta.for_ == "linkedin" and not too_long and \
                    length > settings.linkedin_note_limit:
                too_long = True
                ledger.problems.append(Problem(
                    template.path, template.body_line, 1, "note-too-long", "warning",
                    f"the LinkedIn note for {target.about} is {length} characters, over the"
                    f" limit of {settings.linkedin_note_limit}: shorten it"))
        else:
            _report_failures(ledger, failures)
    return renderer


def _report_failures(ledger: Ledger, failures: list[tuple[_Target, ReplyError]]) -> None:
    real = [(t, e) for t, e in failures if not t.synthetic]
    if real:
        target, error = real[0]
        problem = error.problem
        more = len(real) - 1
        message = problem.message + (f" (and {more} other {'entry' if more == 1 else 'entries'})"
                                     if more else "")
        ledger.problems.append(Problem(problem.path, problem.line, problem.column,
                                       problem.code, "error", message))
    elif failures:
        target, error = failures[0]
        problem = error.problem
        severity: Severity = "warning"
        message = problem.message.replace(f"fails for {target.about}",
                                          f"would fail for {target.about}", 1)
        ledger.problems.append(Problem(problem.path, problem.line, problem.column,
                                       problem.code, severity, message))


def _leave_out(ledger: Ledger, template: ReplyTemplate, problem: Problem) -> None:
    ledger.problems.append(problem)
    ledger.replies.pop(template.slug, None)
    ledger.broken.setdefault("replies", set()).add(template.slug)


def _sample(items: list[Any]) -> list[Any]:
    if len(items) <= CHECK_SAMPLE:
        return items
    step = len(items) / CHECK_SAMPLE
    return [items[int(i * step)] for i in range(CHECK_SAMPLE)]
