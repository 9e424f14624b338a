"""Pages whose body is made only when MkDocs builds them (issue 15, memory): what
each page shows must not depend on when or in how many pieces it was made."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest


from ajar.config.settings import Settings
from ajar.ledger.models import Entry, ReplyMeta
from ajar.rules.replies import SAMPLE_CONTACT, SAMPLE_REJECTION, ReplyError, ReplyRenderer
from ajar.site import fasthtml
from ajar.site.fasthtml import convert, convert_chunks
from ajar.site.plugin import BIG_PAGE
from helpers import article, build_site, make_project, sample_replies, text_of

TODAY = "2026-11-23"
TEMPLATES = Path(fasthtml.__file__).parent / "templates"

CONTACTS = {
    "jane-doe": ({"name": "Jane Doe", "company": "Acme", "title": "Recruiter",
                  "linkedin": "https://www.linkedin.com/in/jane-doe"}, "Likes tea.\n"),
    "bob-stone": {"name": "Bob Stone", "company": "Globex", "title": "Hiring Manager"},
}
REJECTIONS = {
    f"2026-0{month}-0{day}-acme-role-{month}{day}": (
        {"company": "Acme" if day % 2 else "Globex", "role": f"Role {month}{day}",
         "date": f"2026-0{month}-0{day}", "contact": "jane-doe" if day % 2 else "bob-stone",
         "stage": "interview", "reason": f"Reason number {month}{day}"},
        f"Notes about role {month}{day}.\n")
    for month in range(1, 7) for day in range(1, 5)
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("lazy"), contacts=CONTACTS,
                        rejections=REJECTIONS, replies=sample_replies())
    result = build_site(root, env={"AJAR_TODAY": TODAY})
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_every_rejection_page_shows_its_own_body(site: Path) -> None:
    # Each page's values are made when MkDocs builds that page, after every other
    # page was read: each must still show its own rejection, checklist and reply.
    for slug, (meta, _) in REJECTIONS.items():
        text = text_of(article((site / "rejections" / slug / "index.html")
                               .read_text(encoding="utf-8")))
        name = "Jane" if meta["contact"] == "jane-doe" else "Bob"
        assert f"{meta['role']} at {meta['company']}" in text
        assert meta["reason"] in text
        assert f"Notes about role {meta['role'][5:]}." in text
        assert "Send the thank-you reply (due" in text  # the checklist
        assert f"Hi {name}" in text  # the sample thank-you template, filled in for them


def test_every_contact_page_shows_its_rejections_and_messages(site: Path) -> None:
    for slug, roles in (("jane-doe", [m["role"] for m, _ in REJECTIONS.values()
                                      if m["contact"] == "jane-doe"]),
                        ("bob-stone", [m["role"] for m, _ in REJECTIONS.values()
                                       if m["contact"] == "bob-stone"])):
        text = text_of(article((site / "contacts" / slug / "index.html")
                               .read_text(encoding="utf-8")))
        assert ("Jane Doe" if slug == "jane-doe" else "Bob Stone") in text
        for role in roles:
            assert role in text


def test_timeline_and_dashboard_show_every_item(site: Path) -> None:
    timeline = text_of(article((site / "timeline" / "index.html").read_text(encoding="utf-8")))
    for meta, _ in REJECTIONS.values():
        assert f"{meta['role']} at {meta['company']}" in timeline
    assert "(filled in) \u2192" in timeline  # an entity in the template, the same arrow on the page
    dashboard = text_of(article((site / "index.html").read_text(encoding="utf-8")))
    assert "Jane Doe" in dashboard and "Bob Stone" in dashboard


def test_templates_are_latin_1() -> None:
    # Python holds a page's HTML at one byte a character while every character is
    # Latin-1, and at two or four after one arrow: big pages are copied several
    # times while MkDocs writes them, so templates write other characters as entities.
    for template in sorted(TEMPLATES.glob("*.j2")):
        text = template.read_text(encoding="utf-8")
        wide = sorted({ch for ch in text if ord(ch) > 0xFF})
        assert not wide, f"{template.name}: write {wide} as HTML entities"


BODIES = [
    "# Title\n<p>text</p>\n## Part\n<p>more</p>\n",
    "<pre>\n# not a heading\n</pre>\n# Heading\n",
    "<textarea>\n## in a textarea\n</textarea>\r\n### After \\*stars\\*\r\n<p>x</p>",
    "## Same\n## Same\n# Top\n### Deep\n## Back\n",
    "<pre><pre>\n</pre></pre></pre>\n<pre>\n# inside\n</pre>\n# out\n",
    "line\u2028# after a line separator\n<p>\u0085</p>\n# end",
    "no headings at all",
    "",
]


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("batch", [1, 2, 3, 4096])
def test_converting_in_pieces_is_converting_at_once(body: str, batch: int,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fasthtml, "BATCH", batch)
    whole = convert(body)
    for size in (1, 2, 5, 7):
        pieces = [body[i:i + size] for i in range(0, len(body), size)]
        assert convert_chunks(pieces) == whole, (size, batch)


def test_filled_templates_are_kept_by_entry_not_by_values() -> None:
    renderer = ReplyRenderer(Settings(), dt.date(2026, 11, 23))
    template = Entry("t", "ledger/replies/t.md", ReplyMeta.model_validate(
        {"title": "T", "for": "rejection", "subject": "Re: {{ rejection.role }}"}),
        "Hi {{ contact.first_name }}\n")
    first = renderer.render(template, renderer.values(SAMPLE_CONTACT, SAMPLE_REJECTION))
    again = renderer.render(template, renderer.values(SAMPLE_CONTACT, SAMPLE_REJECTION))
    assert again is first  # filled once, though the values were made twice
    assert first.subject == "Re: Data Engineer" and first.body == "Hi Sam\n"
    plain = renderer.render(template, dict(renderer.values(SAMPLE_CONTACT, SAMPLE_REJECTION)))
    assert plain == first  # a plain dict of the same values fills it in the same
    with pytest.raises(ReplyError):  # no contact: a different result, not the cached one
        renderer.render(template, renderer.values(None, SAMPLE_REJECTION))


def test_no_page_keeps_a_marker(site: Path) -> None:
    for page in sorted(site.rglob("*.html")):
        assert "ajar-body-" not in page.read_text(encoding="utf-8"), page


def test_a_body_is_written_as_mkdocs_writes_pages(tmp_path: Path) -> None:
    from ajar.site.splice import Spliced

    dest = tmp_path / "page.html"
    spliced = Spliced(str(dest))
    dest.write_text(f"<html><body>{spliced.marker}</body></html>", encoding="utf-8")
    spliced.body.write("caf\u00e9 \u2192 \ud800 end")  # a lone surrogate, as MkDocs: a reference
    spliced.write()
    assert dest.read_bytes() == "<html><body>caf\u00e9 \u2192 &#55296; end</body></html>" \
        .encode("utf-8")
    assert not list(tmp_path.glob(".*ajar-tmp"))


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger whose timeline is over a megabyte: spliced after the build."""
    rejections = {
        f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}-company-{i:04d}": (
            {"company": f"Company {i % 40}", "role": f"Engineer {i}",
             "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "contact": f"person-{i % 300}",
             "stage": "interview", "reason": f"Reason {i}"}, f"Notes {i}.\n")
        for i in range(700)}
    contacts = {f"person-{i}": {"name": f"Person {i}", "company": f"Company {i % 40}",
                                "linkedin": f"https://www.linkedin.com/in/p{i}"}
                for i in range(300)}
    root = make_project(tmp_path_factory.mktemp("big"), contacts=contacts,
                        rejections=rejections, replies=sample_replies())
    result = build_site(root, env={"AJAR_TODAY": TODAY})
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_a_spliced_page_holds_its_whole_body(big_site: Path) -> None:
    timeline = (big_site / "timeline" / "index.html").read_text(encoding="utf-8")
    body = article(timeline)
    assert len(body.encode("utf-8")) > BIG_PAGE  # so it went through the splice
    assert "ajar-body-" not in timeline
    assert timeline.count("<article") == 1 and timeline.endswith("</html>")
    assert '<meta name="robots" content="noindex, nofollow">' in timeline
    text = text_of(body)
    for i in range(700):
        assert f"Engineer {i} at Company {i % 40}" in text
    for page in sorted(big_site.rglob("*.html")):
        assert "ajar-body-" not in page.read_text(encoding="utf-8"), page


def test_a_small_body_is_not_spliced(tmp_path: Path) -> None:
    from ajar.site.splice import Spliced

    spliced = Spliced(str(tmp_path / "page.html"))
    spliced.body.write("<p>small \u2192</p>\n")
    assert spliced.small(BIG_PAGE) == "<p>small \u2192</p>\n"
    assert spliced.body.closed
