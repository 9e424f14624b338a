"""Jinja's immutable sandbox for reply templates, held to deterministic limits.

A template is the user's own file, but what it is filled in with is whatever the
ledger holds, so a rendering must end the same way on any machine: only Jinja's
public hooks (``is_safe_attribute``, ``getattr``/``getitem``, ``call``, ``call_binop``,
``finalize``, filters and globals) count its steps and check the size of what it
builds (before ``*``, ``**``, ``+``, ``%``, ``format`` and the text methods and
filters that can grow text allocate), and the caller caps the output it prints.
"""

from __future__ import annotations

import re
import string
from contextvars import ContextVar
from functools import wraps
from typing import Any, Callable, Iterable, Iterator

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

MAX_OUTPUT = 20_000  # characters one rendering may print
MAX_VALUE = 100_000  # characters (or items) of any value, and of all {{ }} values together
MAX_INT_BITS = 4_096  # size of any integer a template computes
MAX_RANGE = 1_000  # items in one range()
MAX_STEPS = 2_000  # loop turns, calls, lookups, operators in one rendering (~100 x the samples)
MAX_DEPTH = 40  # macro calls (and recursive loops) inside one another

# str/bytes methods a template may call: these, and format; anything else is refused.
TEXT_METHODS = frozenset("""
    capitalize casefold center count decode encode endswith expandtabs find hex index
    isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable
    isspace istitle isupper join ljust lower lstrip partition removeprefix removesuffix
    replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip
    swapcase title upper zfill
""".split())
TEXT = (str, bytes, bytearray)


class LimitError(SecurityError):
    """A rendering went past one of the limits above."""


class Budget:
    """What one rendering has spent so far."""

    def __init__(self) -> None:
        self.steps = self.depth = self.printed = 0
        self.sizes: dict[int, tuple[Any, int]] = {}  # containers are immutable here


BUDGET: ContextVar[Budget | None] = ContextVar("ajar_reply_budget", default=None)


def spend(steps: int = 1) -> None:
    budget = BUDGET.get()
    if budget is not None:  # None while Jinja folds constants at compile time
        budget.steps += steps
        if budget.steps > MAX_STEPS:
            raise LimitError(f"more than {MAX_STEPS:,} steps (loop turns, calls, lookups):"
                             " do less work in loops")


def too_big(what: str) -> LimitError:
    return LimitError(f"{what} would be too large (the limit is {MAX_VALUE:,})")


def fits(size: int, what: str) -> None:
    if size > MAX_VALUE:
        raise too_big(what)


def bounded(value: Any, what: str = "a width") -> int:
    """A width or count argument, refused when it alone makes a value too big."""
    if isinstance(value, str):  # the digits of a format spec
        value = int(value) if len(value) < 10 else MAX_VALUE + 1
    if isinstance(value, int) and value > MAX_VALUE:
        raise too_big(what)
    return value if isinstance(value, int) else 0


def size(value: Any, limit: int = MAX_VALUE) -> int:
    """About how many characters ``str(value)`` holds, a value held twice counting
    twice (that is what printing it costs); anything past ``limit`` is ``limit + 1``.
    Each container is walked once per rendering, for a step per 64 items."""
    if isinstance(value, TEXT):
        return len(value)
    if isinstance(value, int):
        return value.bit_length() // 3 + 1
    if isinstance(value, dict):
        items: Iterable[Any] = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = list.__iter__(value) if isinstance(value, list) else \
            tuple.__iter__(value) if isinstance(value, tuple) else value
    else:
        return 1
    budget = BUDGET.get()
    known = budget.sizes.get(id(value)) if budget else None
    if known is not None and known[0] is value:
        return known[1]
    spend(len(value) // 64)
    total = 1 + 2 * len(value)
    for item in items:
        if total > limit:
            return limit + 1
        total += len(item) if type(item) is str else size(item, limit)
    if total <= limit and budget is not None:
        budget.sizes[id(value)] = (value, total)
    return min(total, limit + 1)


def _counted(items: Iterator[Any]) -> Iterator[Any]:
    for item in items:
        spend()
        yield COUNTED[str](item) if type(item) is str else item


def _counting(kind: type) -> type:
    """``kind`` with its loops counted: each item (or character) a loop takes is a step."""
    return type(f"Counted{kind.__name__.capitalize()}", (kind,),
                {"__slots__": (), "__iter__": lambda self: _counted(kind.__iter__(self))})


COUNTED: dict[type, type] = {kind: _counting(kind) for kind in (str, list, tuple, dict)}
VIEWS = (type({}.keys()), type({}.values()), type({}.items()))


def checked(value: Any) -> Any:
    """A value a hook hands to the template: bounded, and its loops counted (a view
    of a dict becomes a list, the one way to count its loops)."""
    if isinstance(value, VIEWS):
        value = list(value)
    measured = size(value)
    fits(measured, "the value")
    wrap = COUNTED.get(type(value))
    if wrap is None:
        return value
    wrapped = wrap(value)
    budget = BUDGET.get()
    if budget is not None and not isinstance(value, str):  # walked once, not per copy
        budget.sizes[id(wrapped)] = (wrapped, measured)
    return wrapped


_PERCENT_FIELD = re.compile(
    r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?([a-zA-Z%])")


def check_percent(fmt: str | bytes, args: Any) -> None:
    """``fmt % args``: no ``*`` widths, no huge widths, a bounded result."""
    if isinstance(fmt, (bytes, bytearray)):
        fmt = fmt.decode("latin-1")
    fields = widths = 0
    for match in _PERCENT_FIELD.finditer(fmt):
        for number in match.group(1, 2):
            if number == "*":
                raise LimitError("'*' widths in % formatting are not allowed")
            widths += bounded(number) if number else 0
        fields += match.group(3) != "%"
    values = list(args.values()) if isinstance(args, dict) else \
        list(args) if isinstance(args, tuple) else [args]
    fits(len(fmt) + fields * max(map(size, values), default=0) + widths, "the formatted text")


def check_format(fmt: str, values: Iterable[Any]) -> None:
    """``fmt.format(...)``: no nested fields in a spec, no huge widths, bounded."""
    fields = widths = 0
    for _, field, spec, _ in string.Formatter().parse(fmt):
        if field is not None:
            fields += 1
            if spec and "{" in spec:
                raise LimitError("nested {} fields in a format spec are not allowed")
            widths += sum(bounded(number) for number in re.findall(r"\d+", spec or ""))
    fits(len(fmt) + fields * max(map(size, values), default=0) + widths, "the formatted text")


def check_replace(text: Any, old: Any, new: Any, count: Any = -1) -> None:
    if isinstance(text, TEXT) and isinstance(old, type(text)) and isinstance(new, type(text)):
        found = text.count(old) if old else len(text) + 1
        if isinstance(count, int) and count >= 0:
            found = min(found, count)
        fits(len(text) + found * max(0, len(new) - len(old)), "replace()")


def check_text_call(obj: Any, args: tuple[Any, ...],
                    kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """A call of a text method (also Markup's, or ``format`` as the sandbox wraps it)
    that would make too big a value is refused; returns the arguments to call with
    (an iterable given to ``join`` is read once, here)."""
    owner = getattr(obj, "__self__", None)
    if owner is None:
        owner = getattr(getattr(obj, "__wrapped__", None), "__self__", None)
    if not isinstance(owner, TEXT):
        return args
    name = getattr(obj, "__name__", "")
    if name == "format":
        check_format(str(owner), [*args, *kwargs.values()])
    elif name == "format_map":
        check_format(str(owner), list(args[0].values()) if args and isinstance(args[0], dict)
                     else [])
    elif name in ("center", "ljust", "rjust", "zfill"):
        bounded(args[0] if args else kwargs.get("width", 0), f"{name}()")
    elif name == "expandtabs":
        tab = args[0] if args else kwargs.get("tabsize", 8)
        count = owner.count("\t" if isinstance(owner, str) else b"\t")  # type: ignore[arg-type]
        fits(len(owner) + count * (tab if isinstance(tab, int) else 0), "expandtabs()")
    elif name == "replace" and len(args) >= 2:
        check_replace(owner, *args[:3])
    elif name == "join" and args:
        items = list(args[0])
        fits(size(items) + len(owner) * len(items), "join()")
        return (items, *args[1:])
    return args


# Filters that can grow a value, checked first with the arguments the template gave
# (value first); a check that returns a tuple hands the filter new ones.

def _indent(s: Any, width: Any = 4, first: bool = False, blank: bool = False) -> None:
    text = str(s)
    per_line = len(width) if isinstance(width, str) else bounded(width, "indent")
    fits(len(text) + (text.count("\n") + 1) * per_line, "indent")


def _join(value: Any, *rest: Any, **kwargs: Any) -> tuple[Any, ...]:
    items = list(value)  # read a generator once, here
    fits(size(items) + size(rest[0] if rest else kwargs.get("d", "")) * len(items), "join")
    return (items, *rest)


def _wordwrap(s: Any, width: int = 79, break_long_words: bool = True,
              wrapstring: Any = None, break_on_hyphens: bool = True) -> None:
    fits(len(str(s)) * (1 + (1 if wrapstring is None else len(str(wrapstring)))), "wordwrap")


FILTER_CHECKS: dict[str, Callable[..., Any]] = {
    "center": lambda value, width=80: bounded(width, "center"),
    "indent": _indent,
    "format": lambda value, *args, **kwargs: check_percent(str(value), kwargs or args),
    "replace": lambda s, old, new, count=None: check_replace(
        str(s), str(old), str(new), -1 if count is None else count),
    "join": _join,
    "wordwrap": _wordwrap,
    "batch": lambda value, linecount, fill_with=None: bounded(linecount, "batch"),
    "slice": lambda value, slices, fill_with=None: bounded(slices, "slice"),
}
DROPPED_FILTERS = ("tojson", "xmlattr", "urlize")  # HTML, not email


def guarded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    check = FILTER_CHECKS.get(name)
    # Jinja's public pass_context / pass_eval_context / pass_environment decorators
    # mark a filter that takes one more argument first.
    passed = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0

    @wraps(func)  # keeps that mark
    def guarded(*args: Any, **kwargs: Any) -> Any:
        spend()
        if check is not None:
            replaced = check(*args[passed:], **kwargs)
            if isinstance(replaced, tuple):
                args = (*args[:passed], *replaced)
        return checked(func(*args, **kwargs))
    return guarded


def bounded_range(*args: int) -> list[int]:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise LimitError(f"range of more than {MAX_RANGE:,} items")
    return COUNTED[list](numbers)  # type: ignore[no-any-return]


def finalize(value: Any) -> Any:
    """Each ``{{ }}`` value before it becomes text: bounded alone and all together."""
    printed = size(value)
    budget = BUDGET.get()
    if budget is not None:
        spend()
        budget.printed += printed
        printed = budget.printed
    fits(printed, "the text printed by {{ }}")
    return value


class Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, its public hooks counting steps and sizes."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, TEXT) and callable(value) and attr not in TEXT_METHODS:
            return False
        if isinstance(obj, int) and attr == "to_bytes":
            return False
        return super().is_safe_attribute(obj, attr, value)

    def getattr(self, obj: Any, attribute: str) -> Any:
        spend()
        return checked(super().getattr(obj, attribute))

    def getitem(self, obj: Any, argument: Any) -> Any:
        spend()
        return checked(super().getitem(obj, argument))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        spend()
        sequences = (*TEXT, list, tuple)
        ints = isinstance(left, int) and isinstance(right, int)
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, sequences) and isinstance(times, int) and times > 1:
                    fits(size(seq, MAX_VALUE // times + 1) * times, "the repetition")
            if ints and left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise LimitError("number too large")
        elif operator == "**":
            if ints and right > 0 and abs(left) > 1 and left.bit_length() * right > MAX_INT_BITS:
                raise LimitError("number too large")
        elif operator == "+" and isinstance(left, sequences) and isinstance(right, sequences):
            fits(size(left) + size(right), "the concatenation")
        elif operator == "%" and isinstance(left, TEXT):
            check_percent(left, right)
        return checked(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        spend()
        for argument in (*args, *kwargs.values()):  # a macro's too: no doubling by recursion
            fits(size(argument), "an argument")
        args = check_text_call(__obj, args, kwargs)
        budget = BUDGET.get() or Budget()
        budget.depth += 1
        try:
            if budget.depth > MAX_DEPTH:
                raise LimitError(f"recursion too deep: calls nested more than {MAX_DEPTH}"
                                 " deep (a macro that calls itself without end?)")
            return checked(super().call(__context, __obj, *args, **kwargs))
        finally:
            budget.depth -= 1


def make_environment() -> Sandbox:
    env = Sandbox(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True,
                  trim_blocks=True, lstrip_blocks=True, finalize=finalize,
                  optimized=False)  # no constant folding: nothing runs outside the limits
    env.globals["range"] = bounded_range
    env.globals.pop("lipsum", None)
    env.filters = {name: guarded_filter(name, func) for name, func in env.filters.items()
                   if name not in DROPPED_FILTERS}
    return env


def render_bounded(template: Any, context: dict[str, Any]) -> str:
    """Fill a compiled template in, within the limits: a fresh budget, and the
    output counted chunk by chunk as ``generate`` yields it."""
    token = BUDGET.set(Budget())
    chunks = template.generate(context)
    try:
        parts: list[str] = []
        total = 0
        for chunk in chunks:
            total += len(chunk)
            if total > MAX_OUTPUT:
                raise LimitError(f"output longer than {MAX_OUTPUT:,} characters")
            parts.append(chunk)
        return "".join(parts)
    finally:
        chunks.close()
        BUDGET.reset(token)
