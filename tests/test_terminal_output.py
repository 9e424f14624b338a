"""Values printed to a terminal carry no control characters: an escape sequence
hand-edited into the ledger (or imported) never recolours, retitles or rewrites
the terminal; reply bodies keep their line breaks. On the site, bidi controls
never reverse the text around a value, and no control character but tab and
line feed reaches a page or the search index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import MINIMAL_MKDOCS, build_site, make_project, run_ajar, sample_replies

ENV = {"AJAR_TODAY": "2026-11-23"}
ESC = "\x1b]0;pwned\x07\x1b[2J\x1b[31m"
BAD = f"Ev{ESC}il\u202eCorp\x9b31m\x07"
CONTACT = {"name": f"Jane {ESC}Doe", "company": BAD}
REJECTION = {"company": BAD, "role": f"Data{ESC} Engineer", "date": "2026-11-20",
             "contact": "jane-doe", "stage": "interview"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p", contacts={"jane-doe": CONTACT},
                        rejections={"2026-11-20-evil": REJECTION},
                        replies=sample_replies())


def _assert_clean(text: str) -> None:
    for char in text:
        assert char in "\n\t" or (ord(char) >= 32 and not 0x7f <= ord(char) <= 0x9f
                                  and not 0x202a <= ord(char) <= 0x202e), repr(text)


@pytest.mark.parametrize("args", [("due", "--within", "1 year"), ("reply", "2026-11-20-evil"),
                                  ("stats",), ("check",),
                                  ("reconnected", "jane-doe", "--note", f"hi{ESC}")])
def test_no_control_character_reaches_the_terminal(project: Path,
                                                   args: tuple[str, ...]) -> None:
    result = run_ajar(*args, cwd=project, env=ENV)
    assert result.returncode in (0, 1), result.stderr
    _assert_clean(result.stdout)
    _assert_clean(result.stderr)


def test_reply_bodies_keep_their_lines(project: Path) -> None:
    result = run_ajar("reply", "2026-11-20-evil", cwd=project, env=ENV)
    assert result.returncode == 0, result.stderr
    assert "EvilCorp" in result.stdout and result.stdout.count("\n") > 3


def test_a_problem_message_is_clean(project: Path) -> None:
    (project / "ledger/contacts/x.md").write_text(f"---\nname: {ESC}\nstage: 1\n---\n")
    result = run_ajar("check", cwd=project, env=ENV)
    _assert_clean(result.stdout)


def test_bidi_controls_never_reach_the_site(project: Path) -> None:
    result = build_site(project, env=ENV)
    assert result.returncode == 0, result.stderr
    pages = [p for p in (project / "site").rglob("*.html")]
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "\u202e" not in text, page
        assert "&#8238;" not in text and "&#x202e;" not in text.lower(), page


# Every C0 control but tab and line feed (CR included), DEL and C1, as raw
# characters or as character references.
_SITE_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]|&#0*(?:[0-8]|1[1-9]|2[0-9]|3[01]"
                           "|12[7-9]|1[3-5][0-9]);|&#x0*(?:[0-8]|[bcef]|1[0-9a-f]|7f|[89][0-9a-f]);",
                           re.IGNORECASE)
_JSON_CONTROL = re.compile(r"\\u00(?:0[0-8bcef]|1[0-9a-f]|7f|[89][0-9a-f])", re.IGNORECASE)
ALL_C0 = "".join(chr(n) for n in range(32) if chr(n) not in "\t\n") + "\x7f\x85"


def test_no_control_character_reaches_the_site(tmp_path: Path) -> None:
    """The audit's case (ESC and BEL in a company file's name) and every other C0
    control, in every kind of value: front matter, notes, a log note, a title."""
    hostile = f"\x1b[31mred\x1b[0m \abell {ALL_C0} end"
    project = make_project(
        tmp_path / "p", mkdocs=MINIMAL_MKDOCS.replace("  - ajar\n", "  - search\n  - ajar\n"),
        contacts={"jane-doe": ({"name": f"Jane {hostile}", "company": hostile,
                                "title": hostile, "tags": [hostile],
                                "log": [{"date": "2026-10-01", "kind": "other",
                                         "note": hostile}]},
                               f"Notes {hostile}\r\nmore *notes* {hostile}\n")},
        rejections={"2026-11-20-evil": ({**REJECTION, "company": hostile, "reason": hostile,
                                         "role": f"Role {hostile}"}, f"Body {hostile}\n")},
        companies={"evil": ({"name": hostile, "radar": True}, f"About {hostile}\n")},
        replies=sample_replies())
    result = build_site(project, env=ENV)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    companies = (site / "companies" / "index.html").read_text(encoding="utf-8")
    assert "[31mred[0m bell" in companies  # the letters stay, the controls go
    pages = list(site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not _SITE_CONTROL.findall(text), (page, _SITE_CONTROL.findall(text)[:5])
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "bell" in index and not _JSON_CONTROL.findall(index), _JSON_CONTROL.findall(index)[:5]
