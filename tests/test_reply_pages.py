"""Replies on the site, from a real `mkdocs build`: each rejection page has the
thank-you filled in with copy buttons and a mailto: link that decodes back to
exactly that email; contact pages have the circle-back and the LinkedIn note;
`replies/` lists the templates; hostile values and templates cannot get out."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from helpers import (ServedSite, article, build_site, make_project, run_ajar, sample_replies,
                     text_of)

REPO = Path(__file__).resolve().parents[1]
TODAY = "2026-11-23"
MKDOCS = ("site_name: Test ledger\ntheme:\n  name: material\nplugins:\n  - ajar:\n"
          "      me: {name: Alex Example, email: alex@example.com, signature: Alex}\n")
HOSTILE_COMPANY = "<script>alert(1)</script> & Co"

CONTACTS = {
    "jane-doe": {"name": "Jane Doe", "company": "Acme", "email": "jane@example.com",
                 "linkedin": "https://www.linkedin.com/in/jane-doe"},
    "bob-stone": {"name": "Bob Stone", "company": "Globex"},
    "dee-enc": {"name": "Dee Enc", "email": "dee@example.com", "do_not_contact": True},
    "eve": {"name": "<b>Eve</b> {{ 7*7 }}", "email": "eve@example.com"},
}
REJECTIONS = {
    "2026-11-20-acme-data-engineer": {"company": "Acme", "role": "Data Engineer",
                                      "date": "2026-11-20", "contact": "jane-doe",
                                      "stage": "interview"},
    "2026-11-18-globex-analyst": {"company": "Globex", "role": "Analyst", "date": "2026-11-18",
                                  "contact": "bob-stone", "stage": "screening"},
    "2026-11-10-initech-tester": {"company": "Initech", "role": "Tester", "date": "2026-11-10"},
    "2026-11-05-umbrella-chemist": {"company": "Umbrella", "role": "Chemist",
                                    "date": "2026-11-05", "contact": "dee-enc"},
    "2026-11-01-hostile": {"company": HOSTILE_COMPANY, "role": "{{ 7*7 }}",
                           "date": "2026-11-01", "contact": "eve",
                           "subject": "Hi\r\nBcc: x@example.com"},
}



REPLIES = {
    **sample_replies(),
    # contained by the sandbox: reported and left out of the site
    "evil": ("title: Evil\nfor: reconnect", "{{ contact.__class__.__mro__ }}"),
    # fails only where there is no contact: reported; that page says so in its place
    "formal": ("title: Formal\nfor: rejection\nsubject: Formal",
               "Dear {{ contact.name }},\n# not a heading\n"),
}


@dataclass
class Site:
    root: Path
    site: Path
    stderr: str

    def page(self, url: str) -> str:
        return article((self.site / url / "index.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = make_project(tmp_path_factory.mktemp("replies") / "project", mkdocs=MKDOCS,
                        contacts=CONTACTS, rejections=REJECTIONS, replies=REPLIES)
    result = build_site(root, env={"AJAR_TODAY": TODAY,
                                         "GIT_CEILING_DIRECTORIES": str(root.parent)})
    assert result.returncode == 0, result.stderr
    return Site(root, root / "site", result.stderr)


@dataclass
class Block:
    """One filled-in template on a page."""

    html: str

    def _one(self, pattern: str) -> str | None:
        found = re.findall(pattern, self.html, re.DOTALL)
        assert len(found) <= 1, found
        return html.unescape(found[0]) if found else None

    @property
    def subject(self) -> str | None:
        return self._one(r'<span id="[^"]+-subject">(.*?)</span>')

    @property
    def text(self) -> str | None:
        return self._one(r'<pre class="ajar-reply__text" id="[^"]+">(.*?)</pre>')

    @property
    def mailto(self) -> str | None:
        return self._one(r'<a class="[^"]*ajar-mailto[^"]*" href="([^"]*)"')

    @property
    def copy_targets(self) -> list[str]:
        return re.findall(r'data-ajar-copy="([^"]+)"', self.html)

    @property
    def ids(self) -> list[str]:
        return re.findall(r'\sid="([^"]+)"', self.html)


def blocks(page: str) -> dict[str, Block]:
    found = {}
    for chunk in re.findall(r'<div class="ajar-reply">(.*?)</div>', page, re.DOTALL):
        title = html.unescape(re.search(r"<strong>(.*?)</strong>", chunk).group(1))
        found[title] = Block(chunk)
    return found


def decode(url: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert not re.search(r"[\s<>\"]", url)
    return unquote(parts.path), parse_qs(parts.query, keep_blank_values=True,
                                         strict_parsing=True)


def cli_reply(site: Site, slug: str, *args: str) -> str:
    result = run_ajar("reply", slug, *args, cwd=site.root, env={"AJAR_TODAY": TODAY})
    assert result.returncode == 0, result.stderr
    return result.stdout


# ------------------------------------------------------------------ rejection pages

def test_rejection_page_has_the_thank_you_ready(built: Site) -> None:
    reply = blocks(built.page("rejections/2026-11-20-acme-data-engineer"))["Thank you"]
    subject, blank, body = cli_reply(built, "2026-11-20-acme-data-engineer").split("\n", 2)
    assert blank == ""
    assert reply.subject == subject == "Re: Data Engineer at Acme"
    assert reply.text == body.rstrip("\n")
    assert reply.text.startswith("Hi Jane,\n\nThank you for letting me know about the Data"
                                 " Engineer role at Acme")


def test_the_mailto_link_decodes_to_that_email(built: Site) -> None:
    reply = blocks(built.page("rejections/2026-11-20-acme-data-engineer"))["Thank you"]
    to, fields = decode(reply.mailto)
    assert to == "jane@example.com"
    assert fields == {"subject": [reply.subject], "body": [reply.text.replace("\n", "\r\n")]}
    assert "\r\n\r\nI'd be glad to stay in touch" in fields["body"][0]


def test_copy_buttons_copy_the_message_and_the_subject(built: Site) -> None:
    page = built.page("rejections/2026-11-20-acme-data-engineer")
    reply = blocks(page)["Thank you"]
    assert reply.copy_targets == ["ajar-reply-thank-you-subject", "ajar-reply-thank-you"]
    assert set(reply.copy_targets) <= set(reply.ids)
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "ids on a page are unique"


def test_without_an_email_address_the_mail_still_opens(built: Site) -> None:
    for slug in ("2026-11-18-globex-analyst", "2026-11-10-initech-tester"):
        page = built.page(f"rejections/{slug}")
        reply = blocks(page)["Thank you"]
        to, fields = decode(reply.mailto)
        assert to == ""
        assert fields["subject"] == [reply.subject]
        assert "No email address recorded" in text_of(page)
    initech = blocks(built.page("rejections/2026-11-10-initech-tester"))["Thank you"]
    assert initech.text.startswith("Hi there,\n")


def test_no_mail_to_someone_not_to_contact(built: Site) -> None:
    reply = blocks(built.page("rejections/2026-11-05-umbrella-chemist"))["Thank you"]
    assert reply.mailto is None
    assert reply.text and reply.copy_targets


def test_hostile_values_stay_text(built: Site) -> None:
    page = built.page("rejections/2026-11-01-hostile")
    assert "<script>alert(1)</script>" not in page
    assert "<b>Eve</b>" not in page
    reply = blocks(page)["Thank you"]
    assert reply.subject == "Re: Hi Bcc: x@example.com"
    assert f"about the {{{{ 7*7 }}}} role at {HOSTILE_COMPANY}, and" in reply.text
    assert "Hi <b>Eve</b>," in reply.text  # the first word of the name, as written
    to, fields = decode(reply.mailto)
    assert to == "eve@example.com"
    assert set(fields) == {"subject", "body"}
    assert fields["subject"] == ["Re: Hi Bcc: x@example.com"]
    assert HOSTILE_COMPANY in fields["body"][0]


def test_a_template_that_fails_here_says_so_in_its_place(built: Site) -> None:
    initech = built.page("rejections/2026-11-10-initech-tester")
    assert "This template does not render" in text_of(blocks(initech)["Formal"].html)
    assert "ledger/replies/formal.md:6" in blocks(initech)["Formal"].html
    acme_page = built.page("rejections/2026-11-20-acme-data-engineer")
    acme = blocks(acme_page)["Formal"]
    assert acme.text == "Dear Jane Doe,\n# not a heading"  # a line of the message, not a heading
    assert 'id="not-a-heading"' not in acme_page
    assert "ledger/replies/formal.md:6: error[template-undefined]" in built.stderr


def test_a_hostile_template_is_left_out_and_reported(built: Site) -> None:
    assert "error[template-unsafe]" in built.stderr and "evil.md" in built.stderr
    for url in ("contacts/jane-doe", "replies"):
        assert "Evil" not in blocks(built.page(url))
    problems = text_of(built.page("problems"))
    assert "ledger/replies/evil.md:5" in problems and "template-unsafe" in problems
    assert "evil" in text_of(built.page("replies"))  # named among the templates with errors


# ------------------------------------------------------------------ contact pages

def test_contact_page_has_the_circle_back_for_them(built: Site) -> None:
    reply = blocks(built.page("contacts/jane-doe"))["Circle back"]
    assert reply.text.startswith("Hi Jane,\n\nI hope you're well. It's been a while since we"
                                 " spoke about the Data Engineer role")
    assert "I'd love to be considered" in reply.text
    to, fields = decode(reply.mailto)
    assert to == "jane@example.com"
    assert fields == {"subject": [reply.subject], "body": [reply.text.replace("\n", "\r\n")]}


def test_contact_page_has_the_linkedin_note_with_their_profile(built: Site) -> None:
    reply = blocks(built.page("contacts/jane-doe"))["LinkedIn note"]
    assert reply.mailto is None and reply.subject is None
    assert reply.text.startswith("Hi Jane, thank you again for your time on the Data Engineer"
                                 " role at Acme.")
    assert reply.copy_targets == ["ajar-reply-linkedin-note"]
    assert 'href="https://www.linkedin.com/in/jane-doe" rel="noopener noreferrer"' in reply.html
    assert f"{len(reply.text)} of 300 characters" in text_of(reply.html)


def test_no_profile_link_without_a_profile(built: Site) -> None:
    page = built.page("contacts/bob-stone")
    note = blocks(page)["LinkedIn note"]
    assert "linkedin.com" not in note.html and note.text.startswith("Hi Bob,")
    to, _ = decode(blocks(page)["Circle back"].mailto)
    assert to == ""


def test_no_draft_and_no_mail_on_a_do_not_contact_page(built: Site) -> None:
    page = built.page("contacts/dee-enc")
    assert blocks(page) == {} and "mailto:" not in page.replace("mailto:dee", "")


# ------------------------------------------------------------------ replies/

def test_replies_page_lists_each_template_with_its_purpose(built: Site) -> None:
    page = built.page("replies")
    text = text_of(page)
    for title, purpose in (("Thank you", "the first reply to a rejection"),
                           ("Circle back", "circling back when the dust has settled"),
                           ("LinkedIn note", "a LinkedIn connection note"),
                           ("Formal", "the first reply to a rejection")):
        assert re.search(rf"{re.escape(title)} ¶ \w+ {re.escape(purpose)}", text), (title, text)
    assert "ledger/replies/thank-you.md" in text
    assert "Filled in for Data Engineer at Acme" in text
    assert "Hi Jane," in text
    assert "{{ rejection.role }}" in text  # the source, as written


# ------------------------------------------------------------------ the sample site in a browser

@pytest.mark.browser
def test_one_click_copies_the_message(open_page: Any, sample_site: ServedSite) -> None:
    page, _ = open_page(sample_site.base)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"],
                                   origin=sample_site.base.rstrip("/"))
    page.goto(sample_site.url("rejections/2026-11-22-alpine-ski-house-data-engineer/"))
    body = page.locator("#ajar-reply-thank-you").text_content()
    assert body.startswith("Hi Owen,\n\n")
    page.locator('button[data-ajar-copy="ajar-reply-thank-you"]').click()
    assert page.evaluate("navigator.clipboard.readText()") == body
    page.wait_for_selector('button[data-ajar-copy="ajar-reply-thank-you"].ajar-copied')
    page.locator('button[data-ajar-copy="ajar-reply-thank-you-subject"]').click()
    assert page.evaluate("navigator.clipboard.readText()") == \
        "Re: Data Engineer at Alpine Ski House"
    href = page.locator("a.ajar-mailto").get_attribute("href")
    to, fields = decode(href)
    assert to == "owen.gallagher@example.com"
    assert fields["body"] == [body.replace("\n", "\r\n")]


# ------------------------------------------------------------------ one long value

def test_one_long_value_fails_for_that_page_only(tmp_path: Path) -> None:
    """A contact with a 30,000-character company (a vCard import): its circle-back says
    it does not render and the problems page names its file; every other page has it."""
    root = make_project(tmp_path / "project", mkdocs=MKDOCS, replies=sample_replies(),
                        contacts={"jane-doe": CONTACTS["jane-doe"],
                                  "vcard": {"name": "Val Card", "company": "Initech " * 3750}},
                        rejections={k: REJECTIONS[k] for k in ["2026-11-20-acme-data-engineer"]})
    result = build_site(root, env={"AJAR_TODAY": TODAY,
                                   "GIT_CEILING_DIRECTORIES": str(root.parent)})
    assert result.returncode == 0, result.stderr
    assert "ledger/contacts/vcard.md:3: error[template-unsafe]: the reply template" \
        " 'circle-back'" in result.stderr

    def page(url: str) -> str:
        return article((root / "site" / url / "index.html").read_text(encoding="utf-8"))

    assert blocks(page("contacts/jane-doe"))["Circle back"].text.startswith("Hi Jane,")
    vcard = blocks(page("contacts/vcard"))
    assert "This template does not render" in text_of(vcard["Circle back"].html)
    assert vcard["LinkedIn note"].text.startswith("Hi Val, thank you for your time.")
    assert blocks(page("rejections/2026-11-20-acme-data-engineer"))["Thank you"].text
    assert "ledger/contacts/vcard.md" in text_of(page("problems"))
    assert "Circle back" in text_of(page("replies"))
