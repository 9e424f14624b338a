"""Values the docs rule out: a cadence of no time at all is an error (here, in
mkdocs.yml and in `ajar schema`); a LinkedIn address over http or on another site
is a warning with the fix."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import MINIMAL_MKDOCS, make_project, run_ajar

TODAY = {"AJAR_TODAY": "2026-11-23"}


def test_a_cadence_of_no_time_is_an_error(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={"jane": "name: Jane\nreconnect_every: 0 days"},
                 companies={"acme": "name: Acme\nradar: true\ncheck_every: 0 months"})
    result = run_ajar("check", cwd=tmp_path, env=TODAY)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "ledger/companies/acme.md:4:1: error[bad-duration]: check_every: '0 months' is no time"
        " at all, so it would be due again on the day it is done: write how often,"
        " e.g. '3 months'",
        "ledger/contacts/jane.md:3:1: error[bad-duration]: reconnect_every: '0 days' is no time"
        " at all, so it would be due again on the day it is done: write how often,"
        " e.g. '3 months'"]


def test_the_schema_refuses_a_cadence_of_no_time(tmp_path: Path) -> None:
    import re

    schema = json.loads(run_ajar("schema", "contact", cwd=tmp_path).stdout)
    pattern = schema["properties"]["reconnect_every"]["anyOf"][0]["pattern"]
    assert not re.match(pattern, "0 days") and not re.match(pattern, " 00 weeks")
    assert re.match(pattern, "10 days") and re.match(pattern, "01 month")


def test_a_settings_cadence_of_no_time_is_an_error(tmp_path: Path) -> None:
    """reply_within may be 0 days (reply the same day); reconnect.every may not."""
    make_project(tmp_path, mkdocs=MINIMAL_MKDOCS.replace(
        "  - ajar\n", "  - ajar:\n      reply_within: 0 days\n"
                      "      reconnect: {every: 0 days}\n"))
    result = run_ajar("due", cwd=tmp_path, env=TODAY)
    assert result.returncode == 2
    assert "reconnect.every" in result.stderr and "no time at all" in result.stderr
    assert "reply_within" not in result.stderr


def test_linkedin_over_http_or_elsewhere_is_a_warning(tmp_path: Path) -> None:
    make_project(tmp_path, contacts={
        "ann": "name: Ann\nlinkedin: http://linkedin.com/in/ann",
        "bob": "name: Bob\nlinkedin: https://x",
        "cat": "name: Cat\nlinkedin: HTTPS://WWW.LinkedIn.com/in/cat",
        "dan": "name: Dan\nlinkedin: https://de.linkedin.com/in/dan/"})
    result = run_ajar("check", cwd=tmp_path, env=TODAY)
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines() == [
        "ledger/contacts/ann.md:3:1: warning[linkedin-url]: linkedin: LinkedIn serves profiles"
        " over https: write https://linkedin.com/in/ann",
        "ledger/contacts/bob.md:3:1: warning[linkedin-url]: linkedin: 'https://x' is not a"
        " LinkedIn address: write their profile address, e.g."
        " https://www.linkedin.com/in/their-name"]


def test_add_contact_warns_about_an_odd_linkedin_address(tmp_path: Path) -> None:
    make_project(tmp_path)
    result = run_ajar("add", "contact", "Ann Lee", "--linkedin", "http://www.linkedin.com/in/ann",
                      cwd=tmp_path, env=TODAY)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ledger/contacts/ann-lee.md").exists()
    assert "warning: linkedin: LinkedIn serves profiles over https: write" \
           " https://www.linkedin.com/in/ann" in result.stderr
