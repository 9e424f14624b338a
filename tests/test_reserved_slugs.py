"""`index` names the list page of contacts and rejections: `ajar add` and
`ajar import` never create an entry called that."""

from __future__ import annotations

from pathlib import Path

from helpers import make_project, run_ajar

ENV = {"AJAR_TODAY": "2026-11-23"}


def test_add_contact_named_index_is_refused_with_a_way_out(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    for args in (("add", "contact", "Index"), ("add", "contact", "Jo", "--slug", "index")):
        result = run_ajar(*args, cwd=root, env=ENV)
        assert result.returncode == 2, result.stdout + result.stderr
        assert result.stderr == ("ajar: 'index' is reserved for the list page and cannot"
                                 " name an entry: pass --slug, e.g. --slug index-1\n")
    assert not list((root / "ledger/contacts").iterdir())
    done = run_ajar("add", "contact", "Index", "--slug", "index-1", cwd=root, env=ENV)
    assert done.returncode == 0, done.stderr
    assert run_ajar("check", cwd=root, env=ENV).returncode == 0


def test_an_imported_card_named_index_gets_another_name(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    card = tmp_path / "index.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Index\r\nN:;Index;;;\r\nEND:VCARD\r\n")
    result = run_ajar("import", str(card), cwd=root, env=ENV)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (root / "ledger/contacts").iterdir()] == ["index-2.md"]
    assert run_ajar("check", cwd=root, env=ENV).returncode == 0
