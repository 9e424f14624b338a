"""YAML faults are reported where they are fixed, in words that say how: an unclosed
quote or bracket where it opened, a tab by name; and a value that YAML reads as a
comment is a warning, not a silent empty value."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import make_project, run_ajar, write

TODAY = {"AJAR_TODAY": "2026-11-23"}
HEAD = "---\ncompany: Northwind\nrole: Dev\ndate: 2026-11-01\n"


def check_lines(root: Path) -> list[str]:
    result = run_ajar("check", cwd=root, env=TODAY)
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("text, expected", [
    (HEAD + 'reason: "unclosed\nno_reply: true\n---\n',
     "5:9: error[yaml]: the quote \" opened on line 5 is never closed: end the value with \""
     " (a \" inside the value is written \\\")"),
    (HEAD + "reason: 'it''s\n---\n",
     "5:9: error[yaml]: the quote ' opened on line 5 is never closed: end the value with '"
     " (a ' inside the value is written '')"),
    ("---\ncompany: [unclosed\nrole: Dev\ndate: 2026-11-01\n---\n",
     "2:10: error[yaml]: the [ opened on line 2 is never closed: end the list with ] on the"
     " same line, or quote the value if the [ is part of the text"),
    (HEAD + "tags: {a: b\n---\n",
     "5:7: error[yaml]: the { opened on line 5 is never closed: end the mapping with } on the"
     " same line, or quote the value if the { is part of the text"),
    (HEAD + "tags: [a b: c, d]\nno_reply: true\n---\n",
     None),  # valid YAML (a one-pair mapping in a list): a schema error, not a YAML one
    (HEAD + "tags:\n\t- a\n---\n",
     "6:1: error[yaml]: a tab in the indentation: YAML indents with spaces only: replace the"
     " tab with spaces"),
    ("---\ncompany: X\n  \trole: Dev\n---\n",
     "3:3: error[yaml]: a tab in the indentation: YAML indents with spaces only: replace the"
     " tab with spaces"),
    ("---\n\tcompany: X\n---\n",
     "2:1: error[yaml]: a tab in the indentation: YAML indents with spaces only: replace the"
     " tab with spaces"),
    (HEAD + "reason: Went with: an internal candidate\n---\n",
     "5:18: error[yaml]: a ': ' inside a value, which YAML reads as a new key: put the whole"
     " value in quotes"),
    (HEAD + 'reason: "C:\\path"\n---\n',
     "5:12: error[yaml]: '\\p' is not an escape YAML knows inside double quotes: use single"
     " quotes around the value, or write the backslash twice (\\\\)"),
    (HEAD + "reason: @handle\n---\n",
     "5:9: error[yaml]: a value cannot start with '@' in YAML: put the value in quotes"),
    (HEAD + "just a line of notes\nreason: x\n---\n",
     "5:1: error[yaml]: this line is not 'key: value': add ': ' after the key, or indent it"
     " under the key whose value it continues"),
    (HEAD + 'reason: "internal" candidate\n---\n',
     "5:20: error[yaml]: text after the closing quote or bracket of a value: put the whole"
     " value in quotes"),
])
def test_yaml_faults_point_at_the_fix(tmp_path: Path, text: str, expected: str | None) -> None:
    make_project(tmp_path)
    write(tmp_path / "ledger/rejections/r.md", text)
    yaml_lines = [line for line in check_lines(tmp_path) if "[yaml]" in line]
    assert yaml_lines == ([f"ledger/rejections/r.md:{expected}"] if expected else [])


def test_a_value_read_as_a_comment_is_a_warning(tmp_path: Path) -> None:
    make_project(tmp_path, rejections={"r": (
        "company: Northwind\nrole: Dev\ndate: 2026-11-01\nno_reply: true\n"
        "reason: #hashtag reason\nreplied:   # a real comment: not yet\n"
        "subject: ## also a comment")})
    result = run_ajar("check", cwd=tmp_path, env=TODAY)
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines() == [
        "ledger/rejections/r.md:6:9: warning[comment-value]: reason: the value starts with"
        " '#', which YAML reads as a comment, so reason is empty: put the value in quotes"
        " (\"#hashtag reason\")"]


def test_a_list_item_read_as_a_comment_is_a_warning(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": "name: Jane\ntags:\n  - #recruiter\n  - friend"})
    lines = check_lines(tmp_path)
    assert "ledger/contacts/jane.md:4:5: warning[comment-value]: tags.0: the value starts" \
           " with '#', which YAML reads as a comment, so tags.0 is empty: put the value in" \
           " quotes (\"#recruiter\")" in lines
