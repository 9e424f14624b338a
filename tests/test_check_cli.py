"""`ajar check` and `ajar schema`, run as a user runs them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from helpers import make_project, run_ajar, write

REPO = Path(__file__).resolve().parents[1]


def planted(root: Path) -> Path:
    """A ledger with a dozen different faults, each on a known line."""
    make_project(root, contacts={
        "jane-doe": "name: Jane Doe\nemail: jane(at)example.com",          # 3 bad-email
        "bob": "name: Bob\nlinkedin: www.linkedin.com/in/bob",             # 3 bad-url
        "Bob": "name: Bobby",                                             # duplicate-slug
        "cara": "name: Cara\nlog:\n  - date: 2026-01-01\n    kind: lunch",  # 5 bad-value
        "dan": "name: Dan\nreconnect_every: soon",                         # 3 bad-duration
    }, rejections={
        "a": "company: A\nrole: R\ndate: 2026-02-30",                      # 4 bad-date
        "b": "company: B\nrole: R\ndate: 2026-01-01\nstage: final",         # 5 bad-value
        "c": "company: C\nrole: R\ndate: 2026-01-01\ncontact: jane-do",     # 5 unknown-contact
        "d": "role: R\ndate: 2026-01-01",                                  # 1 missing-key
    }, replies={
        "t": ("title: T\nfor: rejection", "Hi {{ contact.name }\n"),        # 5 template-syntax
    })
    write(root / "ledger/contacts/eve.md", "name: Eve\n")                 # 1 no-front-matter
    write(root / "ledger/rejections/e.md", "---\ncompany: [E\n---\n")      # 2 yaml
    write(root / "ledger/rejections/f.md", b"---\ncompany: \xff\n---\n")   # 2 encoding
    return root


EXPECTED = [
    ("ledger/contacts/bob.md", 3, "bad-url"),
    ("ledger/contacts/bob.md", 1, "duplicate-slug"),
    ("ledger/contacts/cara.md", 5, "bad-value"),
    ("ledger/contacts/dan.md", 3, "bad-duration"),
    ("ledger/contacts/eve.md", 1, "no-front-matter"),
    ("ledger/contacts/jane-doe.md", 3, "bad-email"),
    ("ledger/rejections/a.md", 4, "bad-date"),
    ("ledger/rejections/b.md", 5, "bad-value"),
    ("ledger/rejections/c.md", 5, "unknown-contact"),
    ("ledger/rejections/d.md", 1, "missing-key"),
    ("ledger/rejections/e.md", 2, "yaml"),  # where the [ opened
    ("ledger/rejections/f.md", 2, "encoding"),
    ("ledger/replies/t.md", 5, "template-syntax"),
]


def test_check_reports_every_planted_fault(tmp_path: Path) -> None:
    result = run_ajar("check", cwd=planted(tmp_path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    found = sorted((line.split(":")[0], int(line.split(":")[1]),
                    line.split("[")[1].split("]")[0]) for line in lines)
    assert found == sorted(EXPECTED)
    for line in lines:
        path, lineno, col, rest = line.split(":", 3)
        assert rest.startswith(" error[") or rest.startswith(" warning[")


def test_check_json(tmp_path: Path) -> None:
    result = run_ajar("check", "--json", cwd=planted(tmp_path / "p"))
    assert result.returncode == 1
    problems = json.loads(result.stdout)["problems"]
    assert {tuple(p) for p in problems} == {("path", "line", "column", "code", "severity",
                                              "message")}
    assert sorted((p["path"], p["line"], p["code"]) for p in problems) == sorted(EXPECTED)


def test_check_clean_ledger_exits_0(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": {"name": "Jane"}})
    result = run_ajar("check", cwd=tmp_path / "ledger" / "contacts")  # found upwards
    assert (result.returncode, result.stdout) == (0, "")
    assert "ok: 1 contact, " in result.stderr


def test_warnings_alone_exit_0(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": "name: Jane\nname: Janet"})
    result = run_ajar("check", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == ("ledger/contacts/jane.md:3:1: warning[duplicate-key]: 'name' is"
                             " given twice; the last one wins: remove the other\n")


def test_sample_ledger_checks_clean() -> None:
    result = run_ajar("check", cwd=REPO)
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""


def test_no_config_is_one_clear_line(tmp_path: Path) -> None:
    result = run_ajar("check", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("ajar: no mkdocs.yml in ")
    assert len(result.stderr.splitlines()) == 1


def test_reads_real_material_config_without_mkdocs(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs="""site_name: !ENV [SITE_NAME, "Ledger"]
theme:
  name: material
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
plugins:
  - search
  - ajar:
      ledger_dir: !ENV [AJAR_LEDGER, "ledger"]
      reply_within: 3 days
""", contacts={"jane": "name: Jane\nemail: bad"})
    result = run_ajar("check", cwd=tmp_path)
    assert "bad-email" in result.stdout
    moved = run_ajar("check", cwd=tmp_path, env={"AJAR_LEDGER": "elsewhere"})
    assert "no-ledger" in moved.stdout


def test_bad_plugin_setting_is_one_clear_line(tmp_path: Path) -> None:
    make_project(tmp_path, mkdocs="site_name: x\nplugins:\n  - ajar:\n      reply_within: soon\n")
    expected = ("mkdocs.yml:4:7: error[config]: reply_within: 'soon' is not a duration:"
                " write N days, weeks, months or years, e.g. '6 months'")
    result = run_ajar("due", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"ajar: {expected}"]
    checked = run_ajar("check", cwd=tmp_path)  # a problem like the ledger's
    assert checked.returncode == 1 and checked.stdout.splitlines() == [expected]


def test_cli_does_not_import_mkdocs(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": {"name": "Jane"}})
    code = ("import sys; from ajar.cli import main\n"
            "try: main(['check'])\nexcept SystemExit: pass\n"
            "assert not [m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material')],"
            " 'mkdocs imported'")
    import subprocess
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr


def test_schema_is_json_schema_for_each_kind(tmp_path: Path) -> None:
    result = run_ajar("schema", cwd=tmp_path)
    assert result.returncode == 2 and "contact, rejection, reply" in result.stderr
    schemas = {kind: json.loads(run_ajar("schema", kind, cwd=tmp_path).stdout)
               for kind in ("contact", "rejection", "reply")}
    assert schemas["contact"]["required"] == ["name"]
    assert sorted(schemas["rejection"]["required"]) == ["company", "date", "role"]
    stage = schemas["rejection"]["properties"]["stage"]["anyOf"][0]
    assert stage["enum"] == ["applied", "screening", "interview", "final-round", "offer"]
    assert "from" in schemas["rejection"]["properties"]
    one = json.loads(run_ajar("schema", "contact", cwd=tmp_path).stdout)
    assert one["title"] == "Ajar contact"
