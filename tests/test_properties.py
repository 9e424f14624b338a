"""Whatever bytes a ledger file holds, loading returns entries and problems."""

from __future__ import annotations

import string
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ajar.ledger.loader import load_ledger
from ajar.ledger.source import parse_source

from helpers import make_project, write

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=30), st.dates().map(str),
                    st.sampled_from(["2026-02-30", "3 months", "final-round", "javascript:x",
                                     "https://example.com/in/x", "jane-doe", "{{ 7*7 }}"]))
yaml_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["date", "kind", "note", "name", "x"]), inner, max_size=4)),
    max_leaves=12)
keys = st.sampled_from(["name", "company", "title", "email", "linkedin", "linkedin_connected",
                        "tags", "reconnect_every", "next_reconnect", "do_not_contact", "log",
                        "role", "date", "contact", "stage", "reason", "replied", "no_reply",
                        "for", "subject", "unknown"])
front_matters = st.dictionaries(keys, yaml_values, max_size=10)


def _load_with(kind: str, raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = make_project(Path(folder), contacts={"jane-doe": {"name": "Jane"}})
        write(root / "ledger" / kind / "x.md", raw)
        ledger = load_ledger(root)
        for problem in ledger.problems:
            assert problem.path.startswith("ledger/")
            assert problem.line is None or problem.line >= 1
            assert problem.message


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_parse_without_raising(raw: bytes) -> None:
    source = parse_source(raw, "x.md")
    assert source.data is not None or source.problems


@SETTINGS
@given(st.text(alphabet=string.printable + "—é\u2028\ufeff", max_size=300))
def test_any_text_after_a_front_matter_fence(text: str) -> None:
    parse_source(("---\n" + text).encode(), "x.md")


@SETTINGS
@given(st.sampled_from(["contacts", "rejections", "replies"]), front_matters)
def test_any_yaml_front_matter_loads(kind: str, data: dict[str, object]) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    _load_with(kind, f"---\n{text}---\nbody {{{{ contact.name }}}}\n".encode())
