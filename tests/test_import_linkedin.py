"""`ajar import` of LinkedIn's data export (the zip or its Connections.csv): who
accepted, who moved; only the changed lines change; a second import changes nothing."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from helpers import make_project, run_ajar, write

from ajar.formats.linkedin import (LinkedInError, name_key, parse_connections,
                                   profile_key, read_export)
from ajar.ledger.loader import load_ledger

ENV = {"AJAR_TODAY": "2026-11-23"}
NOTES = ('Notes:\r\n"When exporting your connection data, you may notice that some of the'
         ' email addresses are missing. You will only see email addresses for connections'
         ' who have allowed their connections to see or download their email address using'
         ' this setting https://www.linkedin.com/psettings/privacy/email. You can learn more'
         ' about that here: https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n')
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
ROWS = [
    # by profile URL, written differently (scheme, no www, case, locale sub-path)
    'Priya,Raman,http://linkedin.com/in/Priya-Raman-Example/en/,,Northwind,'
    '"Engineering Manager, Data Platform",14 Mar 2025',
    # by email (case aside): a new company and title
    "Tomas,Lindqvist,https://www.linkedin.com/in/tomas-l,Tomas.Lindqvist@Example.com,"
    "Contoso,Senior Recruiter,21 Nov 2026",
    # by name (accents and case aside): fills company and title
    'ZOE,Muller,https://www.linkedin.com/in/zoe-m,,"Fabrikam, Inc.",Head of Data,02 Jan 2026',
    # two contacts share this name: not matched, said so
    "Sam,Lee,https://www.linkedin.com/in/sam-lee,,Acme,PM,03 Feb 2026",
    # strangers: only counted
    "Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical Engines,Programmer,10 Dec 2025",
    "Alan,Turing,https://www.linkedin.com/in/alan,,,,11 Dec 2025",
]
CSV = NOTES + HEADER + "\r\n".join(ROWS) + "\r\n"

PRIYA = ("---\r\nname: Priya Raman   # met at the onsite\r\ncompany: Northwind\r\n"
         "title: 'Engineering Manager, Data Platform'\r\n"
         "linkedin: https://www.linkedin.com/in/priya-raman-example\r\n"
         "tags: [warm]\r\n---\r\nNotes  \r\nkept as they are\r\n")
TOMAS = ("---\nname: Tomas Lindqvist\ncompany: Northwind\ntitle: Technical Recruiter\n"
         "email: tomas.lindqvist@example.com\nlog:\n  - {date: 2026-09-15, kind: reply}\n"
         "x-custom: keep me\n---\nHe keeps a shortlist.\n")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "p", contacts={
        "zoe-muller": {"name": "Zoë Müller"},
        "sam-lee": {"name": "Sam Lee"}, "sam-lee-2": {"name": "Sam  LEE"},
        "nobody": {"name": "Nobody Here", "company": "Quiet"},
    })
    write(root / "ledger/contacts/priya-raman.md", PRIYA)
    write(root / "ledger/contacts/tomas-lindqvist.md", TOMAS)
    return root


def ajar(root: Path, *args: str):  # noqa: ANN201
    return run_ajar(*args, cwd=root, env=ENV, input="")


def files(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "ledger/contacts").glob("*.md"))}


def test_import_connections_csv(project: Path, tmp_path: Path) -> None:
    export = write(tmp_path / "Connections.csv", CSV.encode("utf-8"))
    before = files(project)
    result = ajar(project, "import", str(export))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "updated ledger/contacts/priya-raman.md (matched by profile URL):" \
        " connected 2025-03-14" in lines
    assert "updated ledger/contacts/tomas-lindqvist.md (matched by email): connected" \
        " 2026-11-21; added the profile address; moved: Now Senior Recruiter at Contoso" \
        " (was Technical Recruiter at Northwind)" in lines
    assert "updated ledger/contacts/zoe-muller.md (matched by name): connected 2026-01-02;" \
        " added the profile address; added company 'Fabrikam, Inc.'; added title" \
        " 'Head of Data'" in lines
    assert any(line.startswith("not matched: Sam Lee (Connections.csv:8): 2 contacts are"
                               " called Sam Lee") for line in lines), lines
    assert lines[-1] == ("LinkedIn Connections.csv: 6 connections; 3 match contacts"
                         " (1 by profile URL, 1 by email, 1 by name): 3 updated, 1 moved,"
                         " 0 unchanged; 3 match no contact (not imported)")
    after = files(project)
    # Only the changed lines change: CRLF, the comment, the quoting and the notes stay.
    assert after["priya-raman.md"] == PRIYA.replace(
        "tags: [warm]\r\n", "tags: [warm]\r\nlinkedin_connected: 2025-03-14\r\n").encode()
    assert after["tomas-lindqvist.md"].decode() == (
        "---\nname: Tomas Lindqvist\ncompany: Contoso\ntitle: Senior Recruiter\n"
        "email: tomas.lindqvist@example.com\nlog:\n  - {date: 2026-09-15, kind: reply}\n"
        "  - {date: 2026-11-23, kind: moved, note: Now Senior Recruiter at Contoso"
        " (was Technical Recruiter at Northwind)}\n"
        "x-custom: keep me\nlinkedin_connected: 2026-11-21\n"
        'linkedin: "https://www.linkedin.com/in/tomas-l"\n---\nHe keeps a shortlist.\n')
    for name in ("sam-lee.md", "sam-lee-2.md", "nobody.md"):
        assert after[name] == before[name]
    assert not (project / "ledger/contacts/ada-lovelace.md").exists()  # strangers: counted
    ledger = load_ledger(project)
    assert ledger.problems == []
    zoe = ledger.contacts["zoe-muller"].meta
    assert (zoe.company, zoe.title, zoe.linkedin_connected) == (
        "Fabrikam, Inc.", "Head of Data", dt.date(2026, 1, 2))
    tomas = ledger.contacts["tomas-lindqvist"].meta
    assert [(e.date, e.kind) for e in tomas.log][-1] == (dt.date(2026, 11, 23), "moved")
    # The move brings the reconnect forward: two weeks after the import day.
    due = ajar(project, "due", "--within", "3 weeks")
    assert "2026-12-07" in due.stdout and "Tomas Lindqvist" in due.stdout

    # The same export again changes nothing: no second moved entry.
    again = ajar(project, "import", str(export))
    assert again.returncode == 0, again.stderr
    assert files(project) == after
    assert again.stdout.splitlines()[-2].endswith(
        "0 updated, 0 moved, 3 unchanged; 3 match no contact (not imported)")
    assert "nothing new to import" in again.stdout


def test_import_the_zip_at_any_depth_with_commit(project: Path, tmp_path: Path) -> None:
    import subprocess

    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "commit",
                    "-qam", "start", "--allow-empty"], cwd=project, check=True)
    subprocess.run(["git", "add", "-A"], cwd=project, check=True)
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "commit",
                    "-qm", "ledger"], cwd=project, check=True)
    archive = tmp_path / "Basic_LinkedInDataExport_11-23-2026.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("Basic_LinkedInDataExport_11-23-2026/Profile.csv", "First Name\n")
        zipped.writestr("Basic_LinkedInDataExport_11-23-2026/Connections.csv", CSV)
    env = {**ENV, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.com"}
    result = run_ajar("import", str(archive), "--commit", cwd=project, env=env, input="")
    assert result.returncode == 0, result.stderr
    assert "LinkedIn Basic_LinkedInDataExport_11-23-2026.zip:Basic_LinkedInDataExport" \
        "_11-23-2026/Connections.csv: 6 connections; 3 match contacts" in result.stdout
    shown = subprocess.run(["git", "show", "--stat", "--format=%s", "HEAD"], cwd=project,
                           capture_output=True, text=True, check=True).stdout
    assert shown.startswith("Update 3 contacts from Basic_LinkedInDataExport_11-23-2026.zip")
    assert "priya-raman.md" in shown and "sam-lee.md" not in shown


def test_a_zip_without_connections_is_refused(project: Path, tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("Profile.csv", "First Name\n")
    before = files(project)
    result = ajar(project, "import", str(archive))
    assert result.returncode == 1
    assert "no Connections.csv in this zip" in result.stderr
    broken = write(tmp_path / "broken.zip", b"PK\x03\x04 not really")
    result = ajar(project, "import", str(broken))
    assert result.returncode == 1 and "not a readable zip file" in result.stderr
    assert files(project) == before


def test_a_csv_that_is_not_linkedins_is_refused(project: Path, tmp_path: Path) -> None:
    other = write(tmp_path / "people.csv", "name,phone\nA,1\n")
    result = ajar(project, "import", str(other))
    assert result.returncode == 1
    assert "no header line 'First Name,Last Name,URL,...'" in result.stderr


@pytest.mark.parametrize("shape", ["lf", "bom", "no-notes", "cp1252", "extra-columns"])
def test_odd_shapes_read_the_same(shape: str) -> None:
    text = CSV
    if shape == "lf":
        text = text.replace("\r\n", "\n")
    if shape == "no-notes":
        text = HEADER + "\r\n".join(ROWS) + "\r\n"
    if shape == "extra-columns":
        text = text.replace("Connected On\r\n", "Connected On,Extra\r\n")
    data = text.encode("cp1252" if shape == "cp1252" else "utf-8")
    if shape == "bom":
        data = b"\xef\xbb\xbf" + data
    export = parse_connections(data)
    assert export.problems == []
    assert [c.name for c in export.connections] == [
        "Priya Raman", "Tomas Lindqvist", "ZOE Muller", "Sam Lee", "Ada Lovelace",
        "Alan Turing"]
    priya, tomas, zoe = export.connections[:3]
    assert priya.title == "Engineering Manager, Data Platform" and priya.email is None
    assert tomas.email == "Tomas.Lindqvist@Example.com"
    assert zoe.company == "Fabrikam, Inc." and zoe.connected == dt.date(2026, 1, 2)
    assert export.connections[-1].company is None and export.connections[-1].title is None


def test_bad_rows_are_problems_not_crashes() -> None:
    text = (HEADER + "Ann,Bee,https://www.linkedin.com/in/ann,,Acme,Dev,yesterday\r\n"
            ",,,,,,\r\n" + ",,https://www.linkedin.com/in/x,,,,01 Jan 2026\r\n"
            + 'Multi,"Line\nName",https://www.linkedin.com/in/m,,A,B,01 Jan 2026\r\n'
            + "Cy,Dee,https://www.linkedin.com/in/cy\r\n")
    export = parse_connections(text.encode(), "Connections.csv")
    assert [c.name for c in export.connections] == ["Ann Bee", "Multi Line Name", "Cy Dee"]
    assert export.connections[0].connected is None
    assert export.problems == [
        "Connections.csv:2: Ann Bee: 'yesterday' is not a date like '21 Nov 2026':"
        " connection date left out",
        "Connections.csv:4: a connection without a name: left out",
    ]
    with pytest.raises(LinkedInError):
        parse_connections(b"Notes:\r\nnothing here\r\n")


def test_profile_and_name_keys() -> None:
    same = ["https://www.linkedin.com/in/jane-doe", "http://linkedin.com/in/Jane-Doe/",
            "www.linkedin.com/in/jane-doe/en", "https://uk.linkedin.com/in/jane-doe?trk=x",
            "https://www.linkedin.com/in/jane%2Ddoe/de/"]
    assert {profile_key(url) for url in same} == {"linkedin.com/in/jane-doe"}
    assert profile_key("https://example.com/in/jane-doe") is None
    assert profile_key("") is None
    assert profile_key("https://www.linkedin.com/in/jane-doe-2") != profile_key(same[0])
    assert name_key("Zoë  MÜLLER") == name_key("zoe muller") == "zoe muller"
    assert name_key("José-Luis García López") == "jose luis garcia lopez"


def test_read_export_reads_the_zip_member_nearest_the_top(tmp_path: Path) -> None:
    archive = tmp_path / "e.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("a/b/c/Connections.csv", NOTES + HEADER + ROWS[0] + "\r\n")
        zipped.writestr("x/connections.CSV", HEADER + ROWS[1] + "\r\n")
    export = read_export(archive)
    assert export.source == "e.zip:x/connections.CSV"
    assert [c.name for c in export.connections] == ["Tomas Lindqvist"]
