"""Reply templates: every variable, every fault, hostile templates and values, the
checks `ajar check` runs, and the mailto: link."""

from __future__ import annotations

import ast
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from ajar.rules import sandbox
from ajar.ledger.loader import load_ledger
from ajar.ledger.models import ContactMeta, Entry, RejectionMeta, ReplyMeta
from ajar.rules.check import check_templates
from ajar.rules.replies import ReplyError, ReplyRenderer, default_template
from ajar.rules.sandbox import make_environment
from ajar.config.settings import Settings
from ajar.site.markup import mailto
from helpers import make_project, sample_replies

TODAY = dt.date(2026, 11, 23)
REPO = Path(__file__).resolve().parents[1]
SETTINGS = Settings.from_mapping({"me": {"name": "Alex Example", "email": "alex@example.com",
                                         "signature": "Alex", "phone": "+44 20 7946 0000"}})


def template(body: str, *, subject: str | None = None, purpose: str = "rejection",
             slug: str = "t", body_line: int = 5) -> Any:
    meta: dict[str, Any] = {"title": "T", "for": purpose}
    if subject is not None:
        meta["subject"] = subject
    return Entry(slug, f"ledger/replies/{slug}.md", ReplyMeta.model_validate(meta), body,
                 body_line, {"positions": {("subject",): (4, 10)}})


def contact(**values: Any) -> Any:
    data = {"name": "Jane Q Doe", "company": "Acme", "title": "Recruiter",
            "email": "jane@example.com", "linkedin": "https://www.linkedin.com/in/jane",
            **values}
    return Entry("jane-doe", "ledger/contacts/jane-doe.md", ContactMeta.model_validate(data))


def rejection(**values: Any) -> Any:
    data = {"company": "Globex", "role": "Data Engineer", "date": "2026-11-20",
            "contact": "jane-doe", "stage": "interview", "reason": "Internal candidate",
            **values}
    return Entry("2026-11-20-globex-data-engineer",
                 "ledger/rejections/2026-11-20-globex-data-engineer.md",
                 RejectionMeta.model_validate(data))


@pytest.fixture
def renderer() -> ReplyRenderer:
    return ReplyRenderer(SETTINGS, TODAY)


def fill(renderer: ReplyRenderer, body: str, *, subject: str | None = None,
         with_contact: Any = "default", with_rejection: Any = "default") -> Any:
    who = contact() if with_contact == "default" else with_contact
    what = rejection() if with_rejection == "default" else with_rejection
    return renderer.render(template(body, subject=subject), renderer.values(who, what))


def failure(renderer: ReplyRenderer, body: str, **kwargs: Any) -> ReplyError:
    started = time.monotonic()
    with pytest.raises(ReplyError) as caught:
        fill(renderer, body, **kwargs)
    assert time.monotonic() - started < 5, "a hostile template must stop quickly"
    return caught.value


# ------------------------------------------------------------------ each variable

@pytest.mark.parametrize("source, expected", [
    ("{{ contact.name }}", "Jane Q Doe"),
    ("{{ contact.first_name }}", "Jane"),
    ("{{ contact.company }}", "Acme"),
    ("{{ contact.title }}", "Recruiter"),
    ("{{ contact.email }}", "jane@example.com"),
    ("{{ contact.linkedin }}", "https://www.linkedin.com/in/jane"),
    ("{{ contact.slug }}", "jane-doe"),
    ("{{ rejection.role }}", "Data Engineer"),
    ("{{ rejection.company }}", "Globex"),
    ("{{ rejection.date }}", "2026-11-20"),
    ("{{ rejection.date.strftime('%-d %B %Y') }}", "20 November 2026"),
    ("{{ rejection.stage }}", "interview"),
    ("{{ rejection.reason }}", "Internal candidate"),
    ("{{ rejection.slug }}", "2026-11-20-globex-data-engineer"),
    ("{{ rejection.contacts|join(',') }}", "jane-doe"),
    ("{{ me.name }}", "Alex Example"),
    ("{{ me.email }}", "alex@example.com"),
    ("{{ me.signature }}", "Alex"),
    ("{{ me.phone }}", "+44 20 7946 0000"),  # any key of the `me` block
    ("{{ today }}", "2026-11-23"),
    ("{{ (today - rejection.date).days }}", "3"),
])
def test_each_variable(renderer: ReplyRenderer, source: str, expected: str) -> None:
    assert fill(renderer, source).body == expected


def test_unknown_keys_of_an_entry_are_there_too(renderer: ReplyRenderer) -> None:
    who = contact(nickname="JJ", reconnect_every="3 months")
    assert fill(renderer, "{{ contact.nickname }} {{ contact.reconnect_every }}",
                with_contact=who).body == "JJ 3 months"


def test_subject_is_one_line(renderer: ReplyRenderer) -> None:
    reply = fill(renderer, "Hi", subject="Re:   {{ rejection.role }}\n at {{ rejection.company }}")
    assert reply.subject == "Re: Data Engineer at Globex"
    assert reply.as_text() == "Re: Data Engineer at Globex\n\nHi\n"


def test_as_text_without_a_subject(renderer: ReplyRenderer) -> None:
    assert fill(renderer, "\n\nHello there.\n\n").as_text() == "Hello there.\n"


def test_none_is_none(renderer: ReplyRenderer) -> None:
    body = "{{ contact.first_name if contact else 'there' }}/{{ rejection is none }}"
    assert fill(renderer, body, with_contact=None, with_rejection=None).body == "there/True"


def test_context_takes_the_first_contact_and_the_latest_rejection(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": {"name": "Jane Doe"}, "bob": {"name": "Bob Stone"}},
                 rejections={
                     "old": {"company": "A", "role": "Old", "date": "2025-01-01", "contact": "jane"},
                     "new": {"company": "B", "role": "New", "date": "2026-01-01",
                             "contact": ["bob", "jane"]}})
    ledger = load_ledger(tmp_path, "ledger")
    renderer = ReplyRenderer(SETTINGS, TODAY)
    assert renderer.context(ledger, None, ledger.rejections["new"])["contact"]["name"] == "Bob Stone"
    assert renderer.context(ledger, ledger.contacts["jane"], None)["rejection"]["role"] == "New"


# ------------------------------------------------------------------ values are data

@pytest.mark.parametrize("value", [
    "{{ 7*7 }}", "{% for i in range(10**9) %}x{% endfor %}", "{{ ''.__class__ }}",
    "{#", "{% raw %}", "{{ contact.__class__.__mro__ }}", "%s %(x)s {0.__class__}",
])
def test_ledger_values_print_as_written(renderer: ReplyRenderer, value: str) -> None:
    reply = fill(renderer, "{{ rejection.role }}|{{ contact.name }}|{{ me.name }}",
                 subject="{{ rejection.company }}",
                 with_contact=contact(name=value), with_rejection=rejection(role=value,
                                                                             company=value))
    assert reply.body == f"{value}|{value}|Alex Example"
    assert reply.subject == " ".join(value.split())


def test_me_is_data_too() -> None:
    settings = Settings.from_mapping({"me": {"name": "{{ 7*7 }}"}})
    renderer = ReplyRenderer(settings, TODAY)
    assert fill(renderer, "{{ me.name }}").body == "{{ 7*7 }}"


# ------------------------------------------------------------------ faults

def test_undefined_name_is_an_error_with_its_line(renderer: ReplyRenderer) -> None:
    error = failure(renderer, "Hi,\n\n{{ nobody }}\n")
    assert error.problem.code == "template-undefined"
    assert error.problem.line == 7  # body starts on line 5
    assert "'nobody' is undefined" in error.problem.message
    assert error.problem.path == "ledger/replies/t.md"
    assert not error.unsafe


def test_misspelt_key_is_an_error(renderer: ReplyRenderer) -> None:
    error = failure(renderer, "{{ contact.frist_name }}")
    assert error.problem.code == "template-undefined"
    assert "frist_name" in error.problem.message and "first_name" in error.problem.message


def test_unguarded_contact_is_an_error_that_says_how_to_guard(renderer: ReplyRenderer) -> None:
    error = failure(renderer, "Hi {{ contact.first_name }}", with_contact=None)
    assert "guard" in error.problem.message and "if contact" in error.problem.message


def test_syntax_error_with_its_line(renderer: ReplyRenderer) -> None:
    error = failure(renderer, "Hi\n{{ contact.name }\n")
    assert (error.problem.code, error.problem.line, error.problem.severity) == \
        ("template-syntax", 6, "error")
    assert "fix the Jinja syntax" in error.problem.message


def test_subject_faults_point_at_the_subject_line(renderer: ReplyRenderer) -> None:
    error = failure(renderer, "Hi", subject="Re: {{ rejection.role ")
    assert (error.problem.code, error.problem.line) == ("template-syntax", 4)
    error = failure(renderer, "Hi", subject="Re: {{ rejection.rol }}")
    assert (error.problem.code, error.problem.line) == ("template-undefined", 4)
    assert error.problem.message.startswith("subject fails")


def test_an_html_filter_is_unknown(renderer: ReplyRenderer) -> None:
    error = failure(renderer, "{{ contact|tojson }}")
    assert error.problem.code == "template-syntax"
    assert "tojson" in error.problem.message and ".:" not in error.problem.message


@pytest.mark.parametrize("source", ["{% include '/etc/passwd' %}", "{% import 'x.md' as x %}",
                                    "{% extends 'base.md' %}"])
def test_no_other_file_can_be_read(renderer: ReplyRenderer, source: str) -> None:
    error = failure(renderer, source)
    assert error.problem.code == "template-render"
    assert "cannot include, import or extend" in error.problem.message


def test_runtime_type_error_is_a_problem(renderer: ReplyRenderer) -> None:
    error = failure(renderer, "{{ 1 + 'a' }}")
    assert error.problem.code == "template-render" and "TypeError" in error.problem.message


# ------------------------------------------------------------------ hostile templates

HOSTILE = {
    "dunder on a value": ("{{ contact.__class__.__mro__ }}", "unsafe"),
    "dunder on a literal": ("{{ ''.__class__ }}", "unsafe"),
    "subclasses": ("{{ ().__class__.__base__.__subclasses__() }}", "unsafe"),
    "attr filter": ("{{ contact|attr('__class__') }}", "unsafe"),
    "format string field": ('{{ "{0.__class__}".format(contact) }}', "unsafe"),
    "format_map field": ('{{ "{x.__class__}".format_map({"x": contact}) }}', "unsafe"),
    "format string mro": ('{{ "{0.__class__.__mro__}".format("") }}', "unsafe"),
    "format width": ("{{ '{:>1000000000}'.format('x') }}", "too large"),
    "nested format width": ("{{ '{:{}}'.format('x', 10**9) }}", "nested"),
    "percent width": ("{{ '%1000000000s' % 'x' }}", "too large"),
    "percent star": ("{{ '%*s' % (10**9, 'x') }}", "not allowed"),
    "format filter width": ("{{ '%1000000000s'|format('x') }}", "too large"),
    "self internals": ("{{ self._TemplateReference__context }}", "unsafe"),
    "cycler globals": ("{{ cycler.__init__.__globals__ }}", "unsafe"),
    "mutating a value": ("{{ contact.update({'name': 'x'}) }}", "unsafe"),
    "appending": ("{% set l = [] %}{{ l.append(1) }}", "unsafe"),
    "huge range": ("{% for i in range(10**9) %}x{% endfor %}", "range"),
    "nested loops without output":
        ("{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}"
         "{% endfor %}{% endfor %}{% endfor %}", "steps"),
    "nested loops over a list made once":
        ("{% set x = [0] * 1000 %}{% for a in x %}{% for b in x %}{% for c in x %}"
         "{% endfor %}{% endfor %}{% endfor %}", "steps"),
    "loop over a ledger value": ("{% for a in range(1000) %}{% for b in rejection.contacts %}"
                                 "{% for c in range(1000) %}{% endfor %}{% endfor %}"
                                 "{% endfor %}", "steps"),
    "huge repetition": ("{{ 'x' * 10**9 }}", "too large"),
    "repetition chain": ("{{ 'x' * 1000 * 1000 * 1000 }}", "too large"),
    "list repetition": ("{{ [1, 2] * 10**8 }}", "too large"),
    "doubling concatenation":
        ("{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
         "{% endfor %}{{ ns.s|length }}", "too large"),
    "doubling list": ("{% set ns = namespace(l=[1]) %}{% for i in range(64) %}"
                      "{% set ns.l = ns.l + ns.l %}{% endfor %}", "too large"),
    "shared list tree": ("{% set ns = namespace(l=[1]) %}{% for i in range(200) %}"
                         "{% set ns.l = [ns.l, ns.l] %}{% endfor %}{{ ns.l }}", "too large"),
    "big number": ("{{ 9 ** 9999999 }}", "too large"),
    "squaring": ("{% set ns = namespace(n=3) %}{% for i in range(64) %}"
                 "{% set ns.n = ns.n * ns.n %}{% endfor %}", "too large"),
    "center": ("{{ 'x'|center(10**9) }}", "too large"),
    "ljust": ("{{ 'x'.ljust(10**9) }}", "too large"),
    "zfill": ("{{ 'x'.zfill(10**9) }}", "too large"),
    "expandtabs": ("{{ ('\t' * 1000).expandtabs(10**6) }}", "too large"),
    "indent": ("{{ ('x\\n' * 1000)|indent(10**6) }}", "too large"),
    "replace": ("{{ ('x' * 10000).replace('x', 'y' * 10000) }}", "too large"),
    "replace filter": ("{{ ('x' * 10000)|replace('x', 'y' * 10000) }}", "too large"),
    "join": ("{{ ('x' * 50000).join(['a'] * 1000) }}", "too large"),
    "join filter": ("{{ (['a'] * 1000)|join('x' * 50000) }}", "too large"),
    "batch fill": ("{{ ['a']|batch(10**9, 'x')|list }}", "too large"),
    "slice count": ("{{ ['a']|slice(10**9)|list }}", "too large"),
    "Markup center": ("{{ ('x'|e).center(10**9) }}", "too large"),
    "Markup join": ("{{ (('y' * 50000)|safe).join(['a'] * 1000) }}", "too large"),
    "Markup percent": ("{{ ('%1000000000s'|e) % 'x' }}", "too large"),
    "Markup format": ("{{ ('{:>1000000000}'|e).format('x') }}", "too large"),
    "translate": ("{{ 'x'.translate({120: 'y' * 50000}) }}", "not allowed"),
    "to_bytes": ("{{ (1).to_bytes(10**9, 'big') }}", "not allowed"),
    "set block": ("{% set s = 'x' * 50000 %}{% set b %}{% for i in range(10) %}{{ s }}"
                  "{% endfor %}{% endset %}{{ b|length }}", "too large"),
    "recursive macro": ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", "recursion"),
    "mutual recursion": ("{% macro a() %}{{ b() }}{% endmacro %}{% macro b() %}{{ a() }}"
                         "{% endmacro %}{{ a() }}", "recursion"),
    "recursive loop": ("{% for i in [1] recursive %}{{ loop([1]) }}{% endfor %}", "recursion"),
    "huge output": ("{% for i in range(1000) %}{{ 'x' * 1000 }}{% endfor %}", "output longer"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_templates_are_contained(renderer: ReplyRenderer, name: str) -> None:
    source, expected = HOSTILE[name]
    error = failure(renderer, source)
    assert error.unsafe, error.problem
    assert error.problem.code == "template-unsafe"
    assert error.problem.severity == "error"
    assert error.problem.path == "ledger/replies/t.md" and error.problem.line == 5
    assert expected in error.problem.message, error.problem.message


def test_a_hostile_subject_is_contained(renderer: ReplyRenderer) -> None:
    error = failure(renderer, "Hi", subject="{{ 'x' * 10**9 }}")
    assert error.unsafe and error.problem.line == 4


LOOPS = ("{% for i in range(N) %}{% for j in range(100) %}{% set k = i * j %}{% endfor %}"
         "{% endfor %}{{ contact.first_name }}")


@pytest.mark.parametrize("outer, fine", [(8, True), (11, False)])  # ~208 steps each
def test_a_heavy_template_gets_the_same_verdict_every_time(outer: int, fine: bool,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The budget counts steps, not seconds: just under it renders, just over it stops,
    on every run, even on a machine whose clock races (a loaded machine)."""
    def racing() -> float:
        racing.now += 10.0  # type: ignore[attr-defined]
        return racing.now  # type: ignore[attr-defined]
    racing.now = 0.0  # type: ignore[attr-defined]
    for name in ("monotonic", "perf_counter", "time"):
        monkeypatch.setattr(time, name, racing)
    verdicts = []
    for _ in range(3):
        try:
            verdicts.append(fill(ReplyRenderer(SETTINGS, TODAY),
                                 LOOPS.replace("N", str(outer))).body)
        except ReplyError as error:
            verdicts.append(error.problem.message)
    assert len(set(verdicts)) == 1, verdicts
    if fine:
        assert verdicts[0] == "Jane"
    else:
        assert f"more than {sandbox.MAX_STEPS:,} steps" in verdicts[0]


@pytest.mark.parametrize("body", ["{{ contact.name }}",
                                  "{% for i in range(1000) %}{% for j in range(1000) %}"
                                  "{% endfor %}{% endfor %}",
                                  "{{ ''.__class__ }}"])
def test_a_debugger_trace_function_is_left_alone(renderer: ReplyRenderer, body: str) -> None:
    events: list[str] = []

    def tracer(frame: Any, event: str, arg: Any) -> None:
        events.append(event)

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        try:
            fill(renderer, body)
        except ReplyError:
            pass
        now = sys.gettrace()
    finally:
        sys.settrace(previous)
    assert now is tracer


def test_no_trace_function_is_set(renderer: ReplyRenderer) -> None:
    previous = sys.gettrace()
    fill(renderer, "{{ contact.name }}")
    assert sys.gettrace() is previous


def test_the_sandbox_uses_only_public_jinja() -> None:
    """No private Jinja name, no code generator, no trace function, no clock."""
    for module in ("replies", "sandbox"):
        tree = ast.parse((REPO / "plugin" / "ajar" / "rules" / f"{module}.py").read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("jinja2"):
                assert node.module in ("jinja2", "jinja2.sandbox"), (module, node.module)
                assert not any(alias.name.startswith("_") for alias in node.names), module
            if isinstance(node, ast.Import):
                names = {alias.name for alias in node.names}
                assert not {"time", "sys", "jinja2"} & names, (module, names)
            if isinstance(node, ast.Attribute):
                assert node.attr not in ("settrace", "CodeGenerator", "code_generator_class",
                                         "concat"), (module, node.attr)
        source = (REPO / "plugin" / "ajar" / "rules" / f"{module}.py").read_text()
        assert "jinja2.compiler" not in source and "jinja2.nodes" not in source


def test_ordinary_jinja_still_works(renderer: ReplyRenderer) -> None:
    source = ("{% macro greet(name) %}Hi {{ name }}{% endmacro %}{{ greet(contact.first_name) }}"
              "|{{ ['a', 'b']|join(', ') }}|{{ '%s!'|format('ok') }}|{{ '{} {}'.format(1, 2) }}"
              "|{{ 'x'|center(5) }}|{{ rejection.role|upper }}|{{ 'a-b'|replace('-', ' ') }}"
              "|{% for a, b in [(1, 2)] %}{{ a + b }}{% endfor %}|{{ range(3)|list }}"
              "|{{ 2 ** 10 }}|{{ 'ab' * 3 }}|{{ 'x' ~ 1 }}|{{ {'k': 1}.k }}"
              "|{{ 'one two'|wordwrap(3) }}")
    assert fill(renderer, source).body == (
        "Hi Jane|a, b|ok!|1 2|  x  |DATA ENGINEER|a b|3|[0, 1, 2]|1024|ababab|x1|1|one\ntwo")


def test_environment_has_no_lipsum_and_no_html_filters() -> None:
    env = make_environment()
    assert "lipsum" not in env.globals
    assert not {"tojson", "xmlattr", "urlize"} & set(env.filters)


# ------------------------------------------------------------------ check_templates

def project(tmp_path: Path, replies_: dict[str, Any], **kwargs: Any) -> Any:
    make_project(tmp_path, replies=replies_, **{
        "contacts": {"jane-doe": {"name": "Jane Doe", "company": "Acme",
                                  "email": "jane@example.com"}},
        "rejections": {"2026-11-20-acme-analyst": {"company": "Acme", "role": "Analyst",
                                                   "date": "2026-11-20",
                                                   "contact": "jane-doe"}},
        **kwargs})
    ledger = load_ledger(tmp_path, "ledger")
    check_templates(ledger, SETTINGS, TODAY)
    return ledger


def problems(ledger: Any) -> list[tuple[str, int | None, str, str]]:
    return [(p.path, p.line, p.severity, p.code) for p in ledger.sorted_problems()]


def test_sample_templates_are_clean_on_the_sample_ledger() -> None:
    ledger = load_ledger(REPO, "ledger")
    check_templates(ledger, Settings.from_mapping({"me": {"name": "Alex Example"}}), TODAY)
    assert ledger.problems == []
    assert set(ledger.replies) == {"thank-you", "circle-back", "linkedin-note"}


def test_sample_templates_are_clean_on_an_empty_ledger(tmp_path: Path) -> None:
    replies_ = {p.stem: (p.read_text(encoding="utf-8").split("---\n", 2)[1],
                         p.read_text(encoding="utf-8").split("---\n", 2)[2])
                for p in (REPO / "ledger" / "replies").glob("*.md")}
    make_project(tmp_path, replies=replies_)
    ledger = load_ledger(tmp_path, "ledger")
    check_templates(ledger, SETTINGS, TODAY)
    assert ledger.problems == []


def test_check_reports_syntax_errors_and_leaves_the_template_out(tmp_path: Path) -> None:
    ledger = project(tmp_path, {"t": ("title: T\nfor: rejection", "Hi\n{% if %}\n")})
    assert problems(ledger) == [("ledger/replies/t.md", 6, "error", "template-syntax")]
    assert "t" not in ledger.replies and "t" in ledger.broken["replies"]


def test_check_reports_undefined_names_found_by_rendering(tmp_path: Path) -> None:
    ledger = project(tmp_path, {"t": ("title: T\nfor: rejection", "Hi\n\n{{ rejection.salary }}\n")})
    assert problems(ledger) == [("ledger/replies/t.md", 7, "error", "template-undefined")]
    assert "2026-11-20-acme-analyst" in ledger.problems[0].message
    assert "t" in ledger.replies  # kept: each page shows the problem in its place


def test_check_counts_the_other_entries_that_fail(tmp_path: Path) -> None:
    ledger = project(tmp_path, {"t": ("title: T\nfor: rejection", "{{ rejection.salary }}")},
                     rejections={f"r{i}": {"company": "Acme", "role": "A", "date": f"2026-0{i}-01"}
                                 for i in range(1, 4)})
    assert len(ledger.problems) == 1
    assert "(and 2 other entries)" in ledger.problems[0].message


def test_check_reports_sandbox_violations_and_leaves_the_template_out(tmp_path: Path) -> None:
    ledger = project(tmp_path, {"evil": ("title: E\nfor: reconnect",
                                         "Hi\n{{ contact.__class__.__mro__ }}\n")})
    assert problems(ledger) == [("ledger/replies/evil.md", 6, "error", "template-unsafe")]
    assert "evil" not in ledger.replies


def test_check_reports_a_long_linkedin_note_with_its_length(tmp_path: Path) -> None:
    body = "Hi {{ contact.first_name }}, " + "thanks again. " * 30
    ledger = project(tmp_path, {"note": ("title: N\nfor: linkedin", body)})
    assert problems(ledger) == [("ledger/replies/note.md", 5, "warning", "note-too-long")]
    length = len(("Hi Jane, " + "thanks again. " * 30).strip())
    assert f"is {length} characters, over the limit of 300" in ledger.problems[0].message
    assert "note" in ledger.replies


def test_a_short_linkedin_note_is_fine(tmp_path: Path) -> None:
    ledger = project(tmp_path, {"note": ("title: N\nfor: linkedin", "Hi {{ contact.first_name }}")})
    assert ledger.problems == []


def test_an_unguarded_contact_is_caught_before_a_rejection_without_one(tmp_path: Path) -> None:
    """Every rejection in the ledger has a contact: a stand-in without one is tried."""
    ledger = project(tmp_path, {"t": ("title: T\nfor: rejection", "Hi {{ contact.first_name }}")})
    assert problems(ledger) == [("ledger/replies/t.md", 5, "warning", "template-undefined")]
    assert "would fail for a rejection with no contact" in ledger.problems[0].message
    assert "t" in ledger.replies


def test_a_real_rejection_without_contact_makes_it_an_error(tmp_path: Path) -> None:
    ledger = project(tmp_path, {"t": ("title: T\nfor: rejection", "Hi {{ contact.first_name }}")},
                     rejections={"lonely": {"company": "Initech", "role": "Tester",
                                            "date": "2026-10-01"}})
    assert problems(ledger) == [("ledger/replies/t.md", 5, "error", "template-undefined")]
    assert "rejection 'lonely'" in ledger.problems[0].message


def test_an_unguarded_rejection_is_caught_before_a_contact_without_one(tmp_path: Path) -> None:
    ledger = project(tmp_path, {"t": ("title: T\nfor: reconnect", "About {{ rejection.role }}")})
    assert problems(ledger) == [("ledger/replies/t.md", 5, "warning", "template-undefined")]
    assert "would fail for a contact with no rejection" in ledger.problems[0].message


def test_a_real_contact_without_rejection_makes_it_an_error(tmp_path: Path) -> None:
    ledger = project(tmp_path, {"t": ("title: T\nfor: linkedin", "About {{ rejection.role }}")},
                     contacts={"jane-doe": {"name": "Jane Doe"}, "new": {"name": "New Person"}})
    assert problems(ledger) == [("ledger/replies/t.md", 5, "error", "template-undefined")]
    assert "contact 'new'" in ledger.problems[0].message


def test_an_empty_ledger_still_tries_every_template(tmp_path: Path) -> None:
    make_project(tmp_path, replies={
        "t": ("title: T\nfor: rejection", "{{ rejection.salary }}"),
        "c": ("title: C\nfor: reconnect", "{{ nobody }}")})
    ledger = load_ledger(tmp_path, "ledger")
    check_templates(ledger, SETTINGS, TODAY)
    assert [(p.path, p.code) for p in ledger.sorted_problems()] == [
        ("ledger/replies/c.md", "template-undefined"), ("ledger/replies/t.md", "template-undefined")]
    assert all("sample" in p.message for p in ledger.problems)


def test_check_never_hangs_on_a_hostile_ledger(tmp_path: Path) -> None:
    started = time.monotonic()
    ledger = project(tmp_path, {name.replace(" ", "-"): ("title: X\nfor: rejection", source)
                                for name, (source, _) in HOSTILE.items()})
    assert time.monotonic() - started < 60
    assert len(ledger.problems) == len(HOSTILE)
    assert all(p.severity == "error" for p in ledger.problems)
    assert ledger.replies == {}


LONG_COMPANY = "Initech," * 3750  # 30,000 characters, as a vCard import can bring


def test_one_long_value_fails_for_that_entry_alone(tmp_path: Path) -> None:
    """A 30,000-character company or a 25,000-character subject makes the template fail
    for that entry, as a problem on that entry's file; everyone else still gets it."""
    ledger = project(tmp_path, sample_replies(), contacts={
        "jane-doe": {"name": "Jane Doe", "company": "Acme", "email": "jane@example.com"},
        "vcard": {"name": "Val Card", "title": "Recruiter", "company": LONG_COMPANY}},
        rejections={
        "2026-11-20-acme-analyst": {"company": "Acme", "role": "Analyst",
                                    "date": "2026-11-20", "contact": "jane-doe"},
        "2026-11-21-acme-tester": {"company": "Acme", "role": "Tester", "date": "2026-11-21",
                                   "contact": "jane-doe", "subject": "x" * 25_000}})
    assert problems(ledger) == [
        ("ledger/contacts/vcard.md", 4, "error", "template-unsafe"),
        ("ledger/rejections/2026-11-21-acme-tester.md", 6, "error", "template-unsafe")]
    vcard, tester = ledger.sorted_problems()
    assert vcard.message.startswith("the reply template 'circle-back' (ledger/replies/"
                                    "circle-back.md:6) fails for this contact: output longer"
                                    " than 20,000 characters")
    assert "(the longest value, its company, is 30,000 characters)" in vcard.message
    assert "'thank-you'" in tester.message and "subject" in tester.message
    assert set(ledger.replies) == {"thank-you", "circle-back", "linkedin-note"}
    renderer = check_templates(ledger, SETTINGS, TODAY)
    jane = renderer.context(ledger, ledger.contacts["jane-doe"], None)
    assert renderer.render(ledger.replies["circle-back"], jane).text.startswith("Hi Jane,")
    analyst = renderer.context(ledger, None, ledger.rejections["2026-11-20-acme-analyst"])
    assert renderer.render(ledger.replies["thank-you"], analyst).subject == \
        "Re: Analyst at Acme"


def test_a_long_value_of_the_other_entry_is_named(tmp_path: Path) -> None:
    """The circle-back on a contact page is filled in with their latest rejection: when
    that rejection's company is what is too long, the problem says so."""
    ledger = project(tmp_path, sample_replies(), rejections={
        "2026-11-20-acme-analyst": {"company": LONG_COMPANY, "role": "Analyst",
                                    "date": "2026-11-20", "contact": "jane-doe"}})
    circle = [p for p in ledger.problems if "'circle-back'" in p.message]
    assert [(p.path, p.line, p.code) for p in circle] == \
        [("ledger/contacts/jane-doe.md", 1, "template-unsafe")]
    assert "(the longest value, ledger/rejections/2026-11-20-acme-analyst.md: company, is" \
        " 30,000 characters)" in circle[0].message


def test_a_template_over_a_limit_for_everyone_is_left_out(tmp_path: Path) -> None:
    """Failing on the neutral stand-ins is what makes a template broken for everyone."""
    ledger = project(tmp_path, {"t": ("title: T\nfor: rejection",
                                      "{% for i in range(1000) %}{{ 'x' * 100 }}{% endfor %}")})
    assert problems(ledger) == [("ledger/replies/t.md", 5, "error", "template-unsafe")]
    assert "fails for a sample rejection: output longer than" in ledger.problems[0].message
    assert "t" not in ledger.replies


def test_each_entry_is_filled_in_once(tmp_path: Path) -> None:
    """`check` fills every template in for every entry; the site and `ajar reply` reuse it."""
    ledger = project(tmp_path, sample_replies())
    renderer = check_templates(ledger, SETTINGS, TODAY)
    context = renderer.context(ledger, None, ledger.rejections["2026-11-20-acme-analyst"])
    first = renderer.render(ledger.replies["thank-you"], context)
    assert renderer.render(ledger.replies["thank-you"], context) is first


def test_default_template(tmp_path: Path) -> None:
    ledger = project(tmp_path, {"b-reply": ("title: B\nfor: rejection", "B"),
                                "a-reply": ("title: A\nfor: rejection", "A"),
                                "0-note": ("title: N\nfor: linkedin", "N")})
    assert default_template(ledger).slug == "a-reply"
    ledger.replies["thank-you"] = ledger.replies["b-reply"]
    assert default_template(ledger) is ledger.replies["b-reply"]


# ------------------------------------------------------------------ mailto

def decode(url: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert "\r" not in url and "\n" not in url and " " not in url
    return unquote(parts.path), parse_qs(parts.query, keep_blank_values=True,
                                         strict_parsing=True)


def test_mailto_decodes_back() -> None:
    body = "Hi Jane,\n\nThanks for the R&D role? 100% #1.\n\nZoë"
    to, fields = decode(mailto("jane@example.com", "Re: R&D at Acme?", body))
    assert to == "jane@example.com"
    assert fields == {"subject": ["Re: R&D at Acme?"],
                      "body": ["Hi Jane,\r\n\r\nThanks for the R&D role? 100% #1.\r\n\r\nZoë"]}


def test_mailto_line_breaks_are_crlf_however_they_come() -> None:
    _, fields = decode(mailto("a@example.com", "S", "one\ntwo\r\nthree\rfour"))
    assert fields["body"] == ["one\r\ntwo\r\nthree\r\nfour"]


def test_mailto_subject_cannot_add_a_header() -> None:
    url = mailto("jane@example.com", "Thanks\r\nBcc: x@example.com", "Body")
    to, fields = decode(url)
    assert set(fields) == {"subject", "body"}
    assert fields["subject"] == ["Thanks Bcc: x@example.com"]
    assert "%0D" not in url.split("&body=")[0] and "%0A" not in url.split("&body=")[0]
    assert "bcc=" not in url.lower()


@pytest.mark.parametrize("subject", ["a&bcc=x@example.com", "a?cc=x@example.com",
                                     "a#frag", "a%0D%0ABcc:%20x", "\x00\x1b\u2028\x85nul"])
def test_mailto_subject_values_stay_in_the_subject(subject: str) -> None:
    _, fields = decode(mailto("jane@example.com", subject, "b"))
    assert set(fields) == {"subject", "body"}
    assert len(fields["subject"]) == 1
    assert not any(ord(ch) < 32 or ch in "\u2028\x85" for ch in fields["subject"][0])


def test_mailto_address_cannot_add_a_header() -> None:
    to, fields = decode(mailto("jane@example.com\r\nBcc: x@example.com?cc=y@example.com",
                               "S", "B"))
    assert set(fields) == {"subject", "body"}
    assert "\n" not in to and "\r" not in to and " " not in to


def test_mailto_without_an_address_still_opens_a_mail() -> None:
    url = mailto(None, "Hello", "Body")
    assert url.startswith("mailto:?subject=Hello&body=")
    to, fields = decode(url)
    assert to == "" and fields["body"] == ["Body"]
