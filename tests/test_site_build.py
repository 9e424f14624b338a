"""Real `mkdocs build`s of small ledgers: every page of the site, the navigation,
links both ways, problems, --strict, gh-deploy refused, nothing written into the
ledger or docs. Each small site is built once per module."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import (article, broken_links, build_site, html_pages, make_project, nav_links,
                     resolve_link, run_mkdocs, sample_replies, snapshot, text_of, write)

REPO = Path(__file__).resolve().parents[1]
TODAY = "2026-11-23"

CONTACTS = {
    "jane-doe": ({"name": "Jane Doe", "company": "Acme", "title": "Recruiter",
                  "email": "jane@example.com", "linkedin": "https://www.linkedin.com/in/jane-doe",
                  "tags": ["recruiter"],
                  "log": [{"date": "2026-06-01", "kind": "reply", "note": "Thanked her"}]},
                 "Met at **PyCon** in the hallway.\n\n- likes tea\n- hates spam\n\n"
                 "Her [team page](https://example.com/team).\n"),
    "bob-stone": {"name": "Bob Stone", "company": "Globex", "title": "Hiring Manager"},
}
REJECTIONS = {
    "2026-05-30-acme-data-engineer": (
        {"company": "Acme", "role": "Data Engineer", "date": "2026-05-30",
         "contact": "jane-doe", "stage": "interview",
         "reason": "Went with an internal candidate", "replied": "2026-06-01"},
        "They liked the *take-home*.\n"),
    "2026-11-20-globex-analyst": {"company": "Globex", "role": "Analyst",
                                  "date": "2026-11-20", "contact": ["bob-stone", "jane-doe"],
                                  "stage": "final-round"},
}
GUIDE = "# Guide\n\n!!! note \"Remember\"\n    Say thank you.\n"

INDEX_PAGES = ["contacts/", "rejections/", "companies/", "timeline/", "replies/",
               "insights/", "changes/", "problems/"]



def outside_git(root: Path) -> dict[str, str]:
    """Environment for a build that must not find any git repository above ``root``."""
    return {"AJAR_TODAY": TODAY, "GIT_CEILING_DIRECTORIES": str(root.parent)}


@dataclass(frozen=True)
class Built:
    root: Path
    site: Path
    result: subprocess.CompletedProcess[str]

    def html(self, url: str) -> str:
        path = self.site / url
        if url == "" or url.endswith("/"):
            path = path / "index.html"
        return path.read_text(encoding="utf-8")

    def targets(self, url: str, *, in_nav: bool | None = None) -> set[str]:
        """Site paths (``contacts/jane-doe/index.html``) that the page at ``url`` links
        to: all links, only the navigation's, or only the content's."""
        page = self.site / url / "index.html" if url == "" or url.endswith("/") \
            else self.site / url
        html = page.read_text(encoding="utf-8")
        if in_nav is True:
            hrefs = nav_links(html)
        elif in_nav is False:
            hrefs = re.findall(r'href="([^"]*)"', article(html))
        else:
            hrefs = re.findall(r'href="([^"]*)"', html)
        found = set()
        for href in hrefs:
            target = resolve_link(self.site, page, href)
            if target is not None and self.site.resolve() in target.parents:
                found.add(target.relative_to(self.site.resolve()).as_posix())
        return found


def build(root: Path, *args: str, env: dict[str, str] | None = None) -> Built:
    result = build_site(root, *args, env=env or outside_git(root))
    return Built(root, root / "site", result)


# ------------------------------------------------------------------ a clean ledger

@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Built, dict, dict]:
    """A clean ledger, minimal mkdocs.yml, built once with --strict outside any git
    repository; with snapshots of ledger/ and docs/ before and after."""
    root = make_project(tmp_path_factory.mktemp("clean") / "project", contacts=CONTACTS,
                        rejections=REJECTIONS, replies=sample_replies())
    write(root / "docs" / "guide.md", GUIDE)
    before = snapshot(root / "ledger", root / "docs")
    built = build(root, "--strict")
    after = snapshot(root / "ledger", root / "docs")
    return built, before, after


@pytest.fixture(scope="module")
def site(clean: tuple[Built, dict, dict]) -> Built:
    built = clean[0]
    assert built.result.returncode == 0, built.result.stderr
    return built


def test_minimal_config_builds_strict_outside_git(clean: tuple[Built, dict, dict]) -> None:
    result = clean[0].result
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    history = [line for line in result.stderr.splitlines() if "no git history" in line]
    assert history and all(line.startswith("INFO") for line in history), result.stderr


@pytest.mark.parametrize("url", ["", *INDEX_PAGES, "contacts/jane-doe/", "contacts/bob-stone/",
                                 "rejections/2026-05-30-acme-data-engineer/",
                                 "rejections/2026-11-20-globex-analyst/", "guide/"])
def test_every_page_exists(site: Built, url: str) -> None:
    html = site.html(url)
    assert "<article" in html and "</html>" in html.rstrip()[-10:]


def test_reconnect_calendar(site: Built) -> None:
    ics = (site.site / "reconnect.ics").read_text(encoding="utf-8")
    assert ics.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in ics


def test_contacts_vcard(site: Built) -> None:
    path = site.site / "contacts.vcf"
    if not path.exists():
        pytest.xfail("contacts.vcf is not generated yet")
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == len(CONTACTS)
    assert "Jane Doe" in text


def test_dashboard_is_the_home_page(site: Built) -> None:
    html = article(site.html(""))
    assert "Replies owed" in html and "Reconnects due" in html
    assert not (site.site / "dashboard").exists()


def test_index_pages_are_in_the_navigation_entries_are_not(site: Built) -> None:
    entries = re.compile(r"^(contacts|rejections)/[^/]+/index\.html$")
    for page in html_pages(site.site):
        url = page.relative_to(site.site).as_posix()
        nav = site.targets(url, in_nav=True)
        assert not {t for t in nav if entries.match(t)}, url
    nav = site.targets("", in_nav=True)
    for url in INDEX_PAGES:
        assert f"{url}index.html" in nav
    assert "guide/index.html" in nav
    assert "index.html" in nav


def test_dashboard_comes_first_in_the_navigation(site: Built) -> None:
    page = site.site / "guide" / "index.html"
    order = []
    for href in nav_links(page.read_text(encoding="utf-8")):
        target = resolve_link(site.site, page, href)
        if target is not None:
            url = target.relative_to(site.site.resolve()).as_posix()
            if url not in order:
                order.append(url)
    expected = ["index.html", "timeline/index.html", "contacts/index.html",
                "rejections/index.html", "companies/index.html", "replies/index.html",
                "insights/index.html", "changes/index.html", "problems/index.html",
                "guide/index.html"]
    assert [url for url in order if url in expected] == expected
    # each index page is an item of its own, not a one-page section around it
    assert "md-nav__item--nested" not in page.read_text(encoding="utf-8")


def test_related_entries_are_linked_both_ways(site: Built) -> None:
    contact = site.targets("contacts/jane-doe/", in_nav=False)
    assert "rejections/2026-05-30-acme-data-engineer/index.html" in contact
    assert "rejections/2026-11-20-globex-analyst/index.html" in contact
    rejection = site.targets("rejections/2026-11-20-globex-analyst/", in_nav=False)
    assert {"contacts/bob-stone/index.html", "contacts/jane-doe/index.html"} <= rejection
    index = site.targets("contacts/", in_nav=False)
    assert {"contacts/bob-stone/index.html", "contacts/jane-doe/index.html"} <= index
    rejections = site.targets("rejections/", in_nav=False)
    assert "rejections/2026-05-30-acme-data-engineer/index.html" in rejections


def test_notes_are_rendered_as_markdown(site: Built) -> None:
    html = article(site.html("contacts/jane-doe/"))
    assert "<strong>PyCon</strong>" in html
    assert "<li>likes tea</li>" in html
    assert '<a href="https://example.com/team">team page</a>' in html
    assert "<em>take-home</em>" in article(site.html("rejections/2026-05-30-acme-data-engineer/"))


def test_entry_pages_show_the_file_to_edit(site: Built) -> None:
    assert "ledger/contacts/jane-doe.md" in text_of(article(site.html("contacts/jane-doe/")))
    page = site.html("rejections/2026-11-20-globex-analyst/")
    assert "ledger/rejections/2026-11-20-globex-analyst.md" in text_of(article(page))


def test_rejection_page_has_the_reply_ready(site: Built) -> None:
    html = article(site.html("rejections/2026-11-20-globex-analyst/"))
    assert "Hi Bob," in html
    assert 'href="mailto:' not in html or "Analyst" in html
    assert "data-ajar-copy" in html


def test_admonitions_render_with_a_minimal_config(site: Built) -> None:
    html = article(site.html("guide/"))
    assert 'class="admonition note"' in html and "Say thank you." in html


def test_no_web_fonts_anywhere(site: Built) -> None:
    for path in site.site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".css", ".js", ".json", ".xml"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "fonts.googleapis" not in text, path
            assert "fonts.gstatic" not in text, path


def test_every_html_page_is_noindex_nofollow(site: Built) -> None:
    pages = html_pages(site.site)
    assert site.site / "404.html" in pages
    for page in pages:
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        assert re.search(r'<meta name="robots" content="noindex, nofollow">', head), page


def test_links_lead_to_files_of_the_site(site: Built) -> None:
    for page in html_pages(site.site):
        assert broken_links(site.site, page) == [], page


def test_the_build_writes_nothing_into_ledger_or_docs(clean: tuple[Built, dict, dict]) -> None:
    built, before, after = clean
    assert built.result.returncode == 0
    assert before == after
    assert sorted(p.name for p in (built.root / "docs").iterdir()) == ["guide.md"]


# ------------------------------------------------------------- a ledger with faults

FAULTS = {
    "ledger/rejections/bad-date.md": (4, "bad-date"),
    "ledger/rejections/ghost.md": (5, "unknown-contact"),
    "ledger/contacts/nameless.md": (1, "missing-key"),
    "ledger/contacts/broken-yaml.md": (3, "yaml"),  # where the [ opened
}


def faulty_project(root: Path) -> Path:
    make_project(root, contacts={
        **CONTACTS,
        "nameless": "company: Initech",
    }, rejections={
        **REJECTIONS,
        "bad-date": "company: Acme\nrole: Tester\ndate: 2026-02-30",
        "ghost": "company: Umbrella\nrole: Chemist\ndate: 2026-10-01\ncontact: jane-do",
    }, replies=sample_replies())
    write(root / "ledger" / "contacts" / "broken-yaml.md", "---\nname: Broken\ncompany: [Acme\n---\n")
    return root


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = faulty_project(tmp_path_factory.mktemp("faulty") / "project")
    return build(root)


def test_a_faulty_ledger_still_builds(faulty: Built) -> None:
    assert faulty.result.returncode == 0, faulty.result.stderr
    for path, (line, code) in FAULTS.items():
        assert re.search(rf"WARNING .*{re.escape(path)}:{line}:\d+: error\[{code}\]",
                         faulty.result.stderr), (path, faulty.result.stderr)


def test_faulty_entries_are_left_out(faulty: Built) -> None:
    for slug in ("nameless", "broken-yaml"):
        assert not (faulty.site / "contacts" / slug).exists()
        assert f"contacts/{slug}/" not in faulty.html("contacts/")
    for slug in ("bad-date", "ghost"):
        assert not (faulty.site / "rejections" / slug).exists()
        assert f"rejections/{slug}/" not in faulty.html("rejections/")
    assert "Umbrella" not in text_of(article(faulty.html("companies/")))
    # everything else is still there
    assert (faulty.site / "contacts" / "jane-doe" / "index.html").is_file()
    assert (faulty.site / "rejections" / "2026-11-20-globex-analyst" / "index.html").is_file()


def test_problems_page_lists_every_problem_with_file_and_line(faulty: Built) -> None:
    text = text_of(article(faulty.html("problems/")))
    for path, (line, code) in FAULTS.items():
        assert re.search(rf"{re.escape(path)}:{line}(:\d+)? error {code} ", text), (path, text)
    assert "4 problems" in text


def test_dashboard_banner_links_to_problems(faulty: Built) -> None:
    html = article(faulty.html(""))
    banner = html[html.index("ajar-problems-banner"):]
    banner = banner[:banner.index("</div>")]
    assert "4 problems" in banner
    assert 'href="problems/"' in banner


def test_a_clean_dashboard_has_no_banner(site: Built) -> None:
    assert "ajar-problems-banner" not in site.html("")
    assert "No problems" in text_of(article(site.html("problems/")))


def test_strict_fails_on_errors(faulty: Built, tmp_path: Path) -> None:
    result = build_site(faulty.root, "--strict", "-d", str(tmp_path / "out"),
                        env=outside_git(faulty.root))
    assert result.returncode != 0
    assert "ledger/rejections/bad-date.md:4" in result.stderr


def test_strict_fails_on_warnings_too(tmp_path: Path) -> None:
    long_note = ("Hello {{ contact.name }}, " + "thanks again for everything. " * 20)
    root = make_project(tmp_path / "project", contacts=CONTACTS, rejections=REJECTIONS,
                        replies={"linkedin-note": ({"title": "LinkedIn", "for": "linkedin"},
                                                   long_note)})
    result = build_site(root, "--strict", env=outside_git(root))
    assert result.returncode != 0, result.stderr
    assert "warning[" in result.stderr and "linkedin-note.md" in result.stderr
    assert "error[" not in result.stderr


# ------------------------------------------- docs/index.md, and the user's own pages

@pytest.fixture(scope="module")
def with_docs(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = make_project(tmp_path_factory.mktemp("docs") / "project", contacts=CONTACTS,
                        rejections=REJECTIONS, replies=sample_replies())
    write(root / "docs" / "index.md", "# Welcome\n\nMy own home page.\n")
    write(root / "docs" / "replies.md", "# My replies\n\nMine, not Ajar's.\n")
    return build(root)


def test_dashboard_moves_when_docs_has_an_index(with_docs: Built) -> None:
    assert with_docs.result.returncode == 0, with_docs.result.stderr
    assert "My own home page." in with_docs.html("")
    assert "Replies owed" in article(with_docs.html("dashboard/"))
    nav = with_docs.targets("contacts/", in_nav=True)
    assert {"index.html", "dashboard/index.html", "contacts/index.html"} <= nav
    for page in html_pages(with_docs.site):
        assert broken_links(with_docs.site, page) == [], page


def test_a_user_page_in_the_way_wins_with_a_warning(with_docs: Built) -> None:
    assert "My replies" in with_docs.html("replies/")
    assert re.search(r"WARNING .*docs/replies\.md hides the page Ajar generates",
                     with_docs.result.stderr), with_docs.result.stderr


def test_a_readme_is_a_home_page_too(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project", contacts=CONTACTS)
    write(root / "docs" / "README.md", "# Read me\n\nThe readme home.\n")
    built = build(root)
    assert built.result.returncode == 0, built.result.stderr
    assert "The readme home." in built.html("")
    assert "Replies owed" in built.html("dashboard/")


# ------------------------------------------------------------ use_directory_urls: false

@pytest.fixture(scope="module")
def flat(tmp_path_factory: pytest.TempPathFactory) -> Built:
    from helpers import MINIMAL_MKDOCS
    root = make_project(tmp_path_factory.mktemp("flat") / "project",
                        mkdocs=MINIMAL_MKDOCS + "use_directory_urls: false\n",
                        contacts=CONTACTS, rejections=REJECTIONS, replies=sample_replies())
    return build(root)


def test_flat_urls_build(flat: Built) -> None:
    assert flat.result.returncode == 0, flat.result.stderr
    for url in ["index.html", "contacts/index.html", "contacts/jane-doe.html",
                "rejections/2026-05-30-acme-data-engineer.html", "problems/index.html"]:
        assert (flat.site / url).is_file(), url


def test_flat_urls_links_resolve(flat: Built) -> None:
    contact = flat.targets("contacts/jane-doe.html", in_nav=False)
    assert "rejections/2026-05-30-acme-data-engineer.html" in contact
    assert "contacts/jane-doe.html" in flat.targets("contacts/index.html", in_nav=False)
    assert "contacts/jane-doe.html" in flat.targets("index.html", in_nav=False)
    for page in html_pages(flat.site):
        assert broken_links(flat.site, page) == [], page


# ---------------------------------------------------------------------- guards

def test_gh_deploy_is_refused(tmp_path: Path) -> None:
    root, remote, env = _git_project(tmp_path, allow_publish=False)
    result = run_mkdocs("gh-deploy", "--force", cwd=root, env=env)
    assert result.returncode != 0
    assert "allow_publish" in result.stdout + result.stderr
    assert _branches(remote, env) == ""
    assert not (root / "site").exists()


def test_gh_deploy_is_allowed_when_asked(tmp_path: Path) -> None:
    root, remote, env = _git_project(tmp_path, allow_publish=True)
    result = run_mkdocs("gh-deploy", "--force", cwd=root, env=env)
    assert result.returncode == 0, result.stderr
    assert "gh-pages" in _branches(remote, env)


def _git_project(tmp_path: Path, *, allow_publish: bool) -> tuple[Path, Path, dict[str, str]]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_CEILING_DIRECTORIES": str(tmp_path),
           "GIT_AUTHOR_NAME": "Alex", "GIT_AUTHOR_EMAIL": "alex@example.com",
           "GIT_COMMITTER_NAME": "Alex", "GIT_COMMITTER_EMAIL": "alex@example.com",
           "AJAR_TODAY": TODAY}
    full = {**os.environ, **env}
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True, env=full)
    config = ("site_name: Test ledger\ntheme:\n  name: material\nplugins:\n  - ajar:\n"
              f"      allow_publish: {'true' if allow_publish else 'false'}\n")
    root = make_project(tmp_path / "project", mkdocs=config, contacts=CONTACTS)
    for args in (["init", "-q", "-b", "main"], ["remote", "add", "origin", str(remote)],
                 ["add", "-A"], ["commit", "-q", "-m", "ledger"]):
        subprocess.run(["git", *args], cwd=root, check=True, env=full, capture_output=True)
    return root, remote, env


def _branches(remote: Path, env: dict[str, str]) -> str:
    return subprocess.run(["git", "--git-dir", str(remote), "branch", "--list"],
                          env={**os.environ, **env}, capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("site_dir,needle", [("ledger/site", "is inside"),
                                             ("docs/site", "docs"),
                                             ("out", "contains")])
def test_site_dir_never_touches_ledger_or_docs(tmp_path: Path, site_dir: str,
                                               needle: str) -> None:
    from helpers import MINIMAL_MKDOCS
    extra = f"site_dir: {site_dir}\n"
    if site_dir == "out":  # a ledger inside site_dir would be emptied by the clean
        config = MINIMAL_MKDOCS.replace("  - ajar\n", "  - ajar:\n      ledger_dir: out/ledger\n")
    else:
        config = MINIMAL_MKDOCS
    root = make_project(tmp_path / "project", mkdocs=config + extra, contacts=CONTACTS)
    if site_dir == "out":
        (root / "out").mkdir()
        shutil.move(str(root / "ledger"), str(root / "out" / "ledger"))
    before = snapshot(root)
    result = build_site(root, env=outside_git(root))
    assert result.returncode != 0
    assert needle in result.stderr
    assert snapshot(root) == before


# ------------------------------------------------------ the repository's sample ledger

def test_the_sample_site_builds_whole(sample_build: Path) -> None:
    """The repository's own mkdocs.yml and sample ledger, inside its git repository."""
    for url in ["index.html", *(f"{u}index.html" for u in INDEX_PAGES), "reconnect.ics",
                "contacts/aisha-karim/index.html", "guide/index.html", "about/index.html"]:
        assert (sample_build / url).is_file(), url
    pages = html_pages(sample_build)
    assert len(pages) > 30
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert '<meta name="robots" content="noindex, nofollow">' in html.split("</head>")[0]
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
        assert broken_links(sample_build, page) == [], page
