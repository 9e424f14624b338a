"""The in-place front matter editor (ajar.edit) on real files: only the lines that
must change do; every other byte (BOM, CRLF, comments, quoting, unknown keys,
the body) is kept; unsafe or concurrent edits are refused."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import pytest

from ajar.store.edit import (EditError, FrontMatterEditor, create_entry, new_entry_bytes,
                       render_scalar)
from ajar.ledger.source import parse_source
from ajar.store.writer import WriteError

DAY = dt.date(2026, 11, 23)

MESSY = (
    "---\n"
    "# A contact, written by hand\n"
    "name:   'Jane Doe'   # two spaces before the comment\n"
    'company: "Acme, Inc."\n'
    "title: a long\n"
    "  folded plain title\n"
    "tags: [data,  friends]\n"
    "x-favourite: {colour: green, number: 7}\n"
    "reconnect_every: 4 months\n"
    "log:\n"
    "  - date: 2026-01-05\n"
    "    kind: reply   \n"
    "    note: |\n"
    "      Thanked her.\n"
    "\n"
    "# notes below\n"
    "next_reconnect: 2026-03-01 # a snooze\n"
    "---\n"
    "Met at PyCon.  \n"
    "\n"
    "Trailing spaces stay.   \n"
)


def changed_lines(before: bytes, after: bytes) -> tuple[list[str], list[str]]:
    """(removed lines, added lines) between two files, line endings included."""
    old = before.decode("utf-8").splitlines(keepends=True)
    new = after.decode("utf-8").splitlines(keepends=True)
    removed, added = [], []
    for line in difflib.ndiff(old, new):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


def edit(path: Path, *changes: tuple[str, ...]) -> bytes:
    editor = FrontMatterEditor(path)
    for name, *args in changes:
        getattr(editor, name)(*args)
    editor.save()
    return path.read_bytes()


def reread(path: Path) -> dict:
    parsed = parse_source(path.read_bytes(), str(path))
    assert not [p for p in parsed.problems if p.severity == "error"], parsed.problems
    return parsed.data


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    path = tmp_path / "jane-doe.md"
    path.write_bytes(MESSY.encode("utf-8"))
    return path


def test_setting_a_new_key_adds_one_line_and_keeps_every_other_byte(messy: Path) -> None:
    before = messy.read_bytes()
    after = edit(messy, ("set", "linkedin_connected", DAY))
    assert changed_lines(before, after) == ([], ["linkedin_connected: 2026-11-23\n"])
    assert after == before.replace(b"# a snooze\n---", b"# a snooze\nlinkedin_connected:"
                                   b" 2026-11-23\n---")


def test_replacing_a_value_keeps_its_comment(messy: Path) -> None:
    before = messy.read_bytes()
    after = edit(messy, ("set", "next_reconnect", dt.date(2027, 2, 1)))
    assert changed_lines(before, after) == (["next_reconnect: 2026-03-01 # a snooze\n"],
                                            ["next_reconnect: 2027-02-01 # a snooze\n"])
    assert reread(messy)["next_reconnect"] == "2027-02-01"


def test_appending_to_a_block_log_matches_its_indentation(messy: Path) -> None:
    before = messy.read_bytes()
    after = edit(messy, ("append", "log", {"date": DAY, "kind": "reconnect",
                                           "note": "Coffee"}))
    assert changed_lines(before, after) == ([], ["  - date: 2026-11-23\n",
                                                 "    kind: reconnect\n",
                                                 "    note: Coffee\n"])
    data = reread(messy)
    assert data["log"][-1] == {"date": "2026-11-23", "kind": "reconnect", "note": "Coffee"}
    assert data["log"][0]["note"] == "Thanked her.\n"
    # the new item goes right after the last one, before the blank line and comment
    assert b"    note: Coffee\n\n# notes below\n" in after


def test_removing_a_key_removes_only_its_line(messy: Path) -> None:
    before = messy.read_bytes()
    after = edit(messy, ("remove", "next_reconnect"))
    assert changed_lines(before, after) == (["next_reconnect: 2026-03-01 # a snooze\n"], [])
    assert "next_reconnect" not in reread(messy)


def test_crlf_and_bom_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "crlf.md"
    before = b"\xef\xbb\xbf" + MESSY.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(before)
    after = edit(path, ("append", "log", {"date": DAY, "kind": "reconnect"}),
                 ("remove", "next_reconnect"), ("set", "linkedin_connected", DAY))
    assert after.startswith(b"\xef\xbb\xbf---\r\n")
    assert b"\n" not in after.replace(b"\r\n", b"")  # no bare LF slipped in
    removed, added = changed_lines(before, after)
    assert removed == ["next_reconnect: 2026-03-01 # a snooze\r\n"]
    assert added == ["  - date: 2026-11-23\r\n", "    kind: reconnect\r\n",
                     "linkedin_connected: 2026-11-23\r\n"]
    assert after.endswith(b"---\r\nMet at PyCon.  \r\n\r\nTrailing spaces stay.   \r\n")


def test_flow_log_gets_a_flow_item(tmp_path: Path) -> None:
    path = tmp_path / "flow.md"
    path.write_text("---\nname: Bo\nlog: [{date: 2026-01-01, kind: reply}]  # flow\n---\n",
                    encoding="utf-8")
    edit(path, ("append", "log", {"date": DAY, "kind": "reconnect", "note": "a, b: c"}))
    assert path.read_text(encoding="utf-8") == (
        "---\nname: Bo\nlog: [{date: 2026-01-01, kind: reply}, {date: 2026-11-23,"
        ' kind: reconnect, note: "a, b: c"}]  # flow\n---\n')
    assert reread(path)["log"][1]["note"] == "a, b: c"


def test_empty_flow_log_and_null_log(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("---\nname: Bo\nlog: []\n---\n", encoding="utf-8")
    edit(empty, ("append", "log", {"date": DAY, "kind": "reconnect"}))
    assert "log: [{date: 2026-11-23, kind: reconnect}]\n" in empty.read_text(encoding="utf-8")
    null = tmp_path / "null.md"
    null.write_text("---\nlog:\nname: Bo\n---\n", encoding="utf-8")
    edit(null, ("append", "log", {"date": DAY, "kind": "reconnect"}))
    assert null.read_text(encoding="utf-8") == (
        "---\nlog:\n  - date: 2026-11-23\n    kind: reconnect\nname: Bo\n---\n")


def test_log_is_created_when_missing(tmp_path: Path) -> None:
    path = tmp_path / "new.md"
    path.write_text("---\nname: Bo  # hi\n---\nbody\n", encoding="utf-8")
    edit(path, ("append", "log", {"date": DAY, "kind": "reconnect", "note": "x"}))
    assert path.read_text(encoding="utf-8") == (
        "---\nname: Bo  # hi\nlog:\n  - date: 2026-11-23\n    kind: reconnect\n"
        "    note: x\n---\nbody\n")


def test_unindented_block_log_and_flow_items(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\nname: Bo\nlog:\n- date: 2026-01-01\n  kind: reply\n"
                    "- {date: 2026-02-01, kind: other}\n---\n", encoding="utf-8")
    edit(path, ("append", "log", {"date": DAY, "kind": "reconnect"}))
    assert path.read_text(encoding="utf-8").endswith(
        "- {date: 2026-02-01, kind: other}\n- {date: 2026-11-23, kind: reconnect}\n---\n")
    path.write_text("---\nname: Bo\nlog:\n- date: 2026-01-01\n  kind: reply\n---\n",
                    encoding="utf-8")
    edit(path, ("append", "log", {"date": DAY, "kind": "reconnect"}))
    assert path.read_text(encoding="utf-8").endswith(
        "  kind: reply\n- date: 2026-11-23\n  kind: reconnect\n---\n")


def test_empty_value_and_empty_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text("---\ncompany: Acme\nreplied:   # fill in\nrole: X\n---\n",
                    encoding="utf-8")
    edit(path, ("set", "replied", DAY))
    assert path.read_text(encoding="utf-8") == (
        "---\ncompany: Acme\nreplied: 2026-11-23   # fill in\nrole: X\n---\n")
    empty = tmp_path / "e.md"
    empty.write_text("---\n---\nbody\n", encoding="utf-8")
    edit(empty, ("set", "name", "Bo"))
    assert empty.read_text(encoding="utf-8") == "---\nname: Bo\n---\nbody\n"


@pytest.mark.parametrize("value", [
    "a: # b", "{{ contact.name }}", "line one\nline two", "- dash", "yes", "null",
    "2026-01-01", "'quoted'", '"double"', "tab\there", "back\\slash", "  padded ",
    "\u2028sep\x85\x0c", "emoji 🎉 and é", "---", "[x, y]", "&anchor", "*alias", "!tag",
    "% percent", "@at", "`tick", "12", "1e3", "0x1F", "~", "",
])
def test_hostile_values_round_trip(tmp_path: Path, value: str) -> None:
    path = tmp_path / "h.md"
    path.write_text("---\nname: Bo\n---\nbody\n", encoding="utf-8")
    edit(path, ("set", "note", value),
         ("append", "log", {"date": DAY, "kind": "reconnect", "note": value}))
    data = reread(path)
    assert data["note"] == value
    assert data["log"][0]["note"] == value
    assert path.read_text(encoding="utf-8").endswith("---\nbody\n")


def test_plain_scalars_stay_plain() -> None:
    assert render_scalar(DAY) == "2026-11-23"
    assert render_scalar("Jane O'Brien") == "Jane O'Brien"
    assert render_scalar("Zoë Müller") == "Zoë Müller"
    assert render_scalar("yes") == '"yes"'
    assert render_scalar("a: b") == '"a: b"'


def test_a_change_on_disk_after_reading_is_refused(messy: Path) -> None:
    editor = FrontMatterEditor(messy)
    editor.set("linkedin_connected", DAY)
    messy.write_bytes(messy.read_bytes() + b"someone else's note\n")
    theirs = messy.read_bytes()
    with pytest.raises(EditError, match="changed while ajar was editing"):
        editor.save()
    assert messy.read_bytes() == theirs


@pytest.mark.parametrize("text", [
    "---\nname: [unclosed\n---\n",
    "---\nname: Bo\n",
    "no front matter\n",
    "---\n- a list\n---\n",
])
def test_broken_files_are_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EditError, match="ajar check"):
        FrontMatterEditor(path)
    assert path.read_text(encoding="utf-8") == text


def test_an_edit_that_would_change_other_values_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "alias.md"
    text = "---\nfirst: &d 2026-01-01\nreplied: *d\n---\n"
    path.write_text(text, encoding="utf-8")
    editor = FrontMatterEditor(path)
    with pytest.raises(EditError, match="by hand"):
        editor.set("replied", DAY)
    assert path.read_text(encoding="utf-8") == text


def test_nothing_written_until_save_and_the_mode_is_kept(messy: Path) -> None:
    messy.chmod(0o640)
    before = messy.read_bytes()
    editor = FrontMatterEditor(messy)
    editor.set("linkedin_connected", DAY)
    assert messy.read_bytes() == before
    editor.save()
    assert messy.stat().st_mode & 0o777 == 0o640
    assert not [p for p in messy.parent.iterdir() if p.name.endswith(".tmp")]


def test_new_entries_never_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "bo.md"
    create_entry(path, {"name": "Bo: #1", "tags": ["a", "b, c"]})
    assert path.read_text(encoding="utf-8") == '---\nname: "Bo: #1"\ntags: [a, "b, c"]\n---\n'
    with pytest.raises(WriteError):
        create_entry(path, {"name": "Other"})
    assert parse_source(path.read_bytes(), "x").data == {"name": "Bo: #1",
                                                         "tags": ["a", "b, c"]}
    assert new_entry_bytes({"date": DAY}) == b"---\ndate: 2026-11-23\n---\n"


SAMPLE = Path(__file__).resolve().parents[1] / "ledger"


@pytest.mark.parametrize("path", sorted((SAMPLE / "contacts").glob("*.md")), ids=lambda p: p.stem)
def test_sample_contacts_change_only_the_edited_lines(tmp_path: Path, path: Path) -> None:
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    before = copy.read_bytes()
    after = edit(copy, ("append", "log", {"date": DAY, "kind": "reconnect", "note": "Hi"}),
                 ("set", "next_reconnect", dt.date(2027, 1, 4)))
    removed, added = changed_lines(before, after)
    assert all(line.startswith("next_reconnect:") for line in removed)
    assert [line for line in added if not line.startswith("next_reconnect:")] in (
        ["  - {date: 2026-11-23, kind: reconnect, note: Hi}\n"],
        ["log:\n", "  - date: 2026-11-23\n", "    kind: reconnect\n", "    note: Hi\n"])
    data = reread(copy)
    assert data["log"][-1] == {"date": "2026-11-23", "kind": "reconnect", "note": "Hi"}
    assert data["next_reconnect"] == "2027-01-04"
    assert after.split(b"\n---\n", 1)[1] == before.split(b"\n---\n", 1)[1]


@pytest.mark.parametrize("path", sorted((SAMPLE / "rejections").glob("*.md")),
                         ids=lambda p: p.stem)
def test_sample_rejections_get_one_replied_line(tmp_path: Path, path: Path) -> None:
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    before = copy.read_bytes()
    after = edit(copy, ("set", "replied", DAY))
    removed, added = changed_lines(before, after)
    assert added == ["replied: 2026-11-23\n"]
    assert all(line.startswith("replied:") for line in removed)
    assert reread(copy)["replied"] == "2026-11-23"
