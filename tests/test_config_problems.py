"""Faults of the `ajar` block in mkdocs.yml are problems like the ledger's: located
at their line, in plain words, with a "did you mean", all of them at once; `ajar
check` lists them (also in --json), other commands and the build stop on them."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import make_project, run_ajar, run_mkdocs

TODAY = {"AJAR_TODAY": "2026-11-23"}
MKDOCS = """site_name: My ledger
theme:
  name: material
plugins:
  - search
  - ajar:
      me: {name: Alex, emial: alex@example.com}
      reconect: {every: 3 months}
      pattern: {rejections: "x"}
      reconnect: {evry: 2 months}
"""
ERRORS = [
    "mkdocs.yml:8:7: error[config]: reconect: not an Ajar setting (did you mean"
    " 'reconnect'?): rename it to 'reconnect'",
    "mkdocs.yml:9:17: error[config]: pattern.rejections: 'x' is not a whole number: write a"
    " number, e.g. 12",
    "mkdocs.yml:10:19: error[config]: reconnect.evry: not an Ajar setting (did you mean"
    " 'every'?): rename it to 'every'",
]
WARNING = ("mkdocs.yml:7:24: warning[config]: me.emial: not a key Ajar knows (did you mean"
           " 'email'?): rename it to 'email', or keep it if your reply templates use me.emial")


def test_check_lists_every_config_problem_with_the_ledger_s(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs=MKDOCS, contacts={"jane": "name: Jane\nemail: nope"})
    result = run_ajar("check", cwd=tmp_path, env=TODAY)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[:4] == [WARNING, *ERRORS]
    assert [line.split(": ")[1] for line in lines[4:]] == ["error[bad-email]"]


def test_check_json_holds_the_config_problems(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs=MKDOCS)
    result = run_ajar("check", "--json", cwd=tmp_path, env=TODAY)
    assert result.returncode == 1 and result.stderr == ""
    problems = json.loads(result.stdout)["problems"]
    assert [(p["path"], p["line"], p["column"], p["code"], p["severity"]) for p in problems] == [
        ("mkdocs.yml", 7, 24, "config", "warning"), ("mkdocs.yml", 8, 7, "config", "error"),
        ("mkdocs.yml", 9, 17, "config", "error"), ("mkdocs.yml", 10, 19, "config", "error")]


def test_other_commands_stop_naming_every_error(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs=MKDOCS)
    result = run_ajar("due", cwd=tmp_path, env=TODAY)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"ajar: {line}" for line in ERRORS]


def test_a_warning_alone_does_not_stop_a_command(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs=MKDOCS.split("      reconect")[0])
    assert run_ajar("due", cwd=tmp_path, env=TODAY).returncode == 0
    result = run_ajar("check", cwd=tmp_path, env=TODAY)
    assert result.returncode == 0 and result.stdout.splitlines() == [WARNING]


def test_the_build_stops_on_every_error_and_warns_about_the_rest(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs=MKDOCS)
    built = run_mkdocs("build", cwd=tmp_path, env=TODAY)
    assert built.returncode != 0
    for line in ERRORS:
        assert line in built.stderr + built.stdout
    make_project(tmp_path, mkdocs=MKDOCS.split("      reconect")[0])
    built = run_mkdocs("build", cwd=tmp_path, env=TODAY)
    assert built.returncode == 0, built.stderr
    assert WARNING in built.stderr
    strict = run_mkdocs("build", "--strict", cwd=tmp_path, env=TODAY)
    assert strict.returncode != 0


def test_a_block_from_inherit_names_its_key(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs="INHERIT: base.yml\nsite_name: x\n")
    (tmp_path / "base.yml").write_text("theme:\n  name: material\nplugins:\n  - ajar:\n"
                                       "      linkedin_note_limit: 0\n", encoding="utf-8")
    result = run_ajar("check", cwd=tmp_path, env=TODAY)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "mkdocs.yml: error[config]: plugins.ajar.linkedin_note_limit: 0 is too small: write at"
        " least 1"]


def test_broken_yaml_in_mkdocs_yml_is_a_located_problem(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs="site_name: x\nplugins:\n  - ajar:\n"
                                  "      me: {name: \"Alex\n")
    expected = ("mkdocs.yml:4:18: error[yaml]: the quote \" opened on line 4 is never closed:"
                " end the value with \" (a \" inside the value is written \\\")")
    result = run_ajar("check", "--json", cwd=tmp_path, env=TODAY)
    assert result.returncode == 1
    assert [(p["path"], p["line"], p["column"], p["code"]) for p in
            json.loads(result.stdout)["problems"]] == [("mkdocs.yml", 4, 18, "yaml")]
    assert run_ajar("check", cwd=tmp_path, env=TODAY).stdout.splitlines() == [expected]
    due = run_ajar("due", cwd=tmp_path, env=TODAY)
    assert due.returncode == 2 and due.stderr.splitlines() == [f"ajar: {expected}"]
