"""Markdown the plugin turns on: `- [ ]` task items are checkboxes (in notes and
in the user's own pages), and an email quoted in the notes keeps its lines
(the soft breaks stay in the HTML; ajar.css shows them with `pre-line`)."""

from __future__ import annotations

from pathlib import Path

from helpers import article, build_site, make_project, write

REPO = Path(__file__).resolve().parents[1]
TODAY = "2026-11-23"

NOTES = """To do:

- [ ] send the thank-you note
- [x] save the email

The email of 2026-11-20:

> Dear Alex,
> thank you for your time.
>
> Best regards,
> Jane Doe
> Head of Data, Acme
"""


def test_task_lists_and_email_line_breaks(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project", rejections={
        "2026-11-20-acme-analyst": ({"company": "Acme", "role": "Analyst",
                                     "date": "2026-11-20"}, NOTES)})
    write(root / "docs/plan.md", "# Plan\n\n- [ ] update the CV\n- [x] ask Jane\n")
    out = tmp_path / "site"
    result = build_site(root, "-d", str(out), env={"AJAR_TODAY": TODAY})
    assert result.returncode == 0, result.stderr
    page = article((out / "rejections/2026-11-20-acme-analyst/index.html").read_text())
    assert "[ ]" not in page and "[x]" not in page
    assert page.count('type="checkbox"') == 2 and "checked" in page
    assert "<p>Best regards,\nJane Doe\nHead of Data, Acme</p>" in page
    plan = article((out / "plan/index.html").read_text())
    assert "[ ]" not in plan and plan.count('type="checkbox"') == 2
    css = (REPO / "plugin/ajar/site/assets/ajar.css").read_text()
    assert ".ajar-notes blockquote p { white-space: pre-line; }" in css
