"""`ajar scan` and `ajar import --scan` as a user runs them: on the labelled corpus,
an mbox, a Maildir, a folder, standard input and a real IMAP server (dovecot)."""

from __future__ import annotations

import csv
import json
import mailbox
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ajar.formats.mail_sources import mbox_messages
from ajar.ledger.loader import load_ledger
from helpers import make_project, run_ajar
from imapserver import imap_server, why_not

TRIAGE = Path(__file__).parent / "fixtures" / "triage"
LABELS = {row["file"]: row for row in csv.DictReader((TRIAGE / "labels.csv").open())}
ENV = {"AJAR_TODAY": "2027-01-10", "TZ": "UTC"}
ME = "site_name: T\ntheme:\n  name: material\nplugins:\n  - ajar:\n      me:\n" \
     "        name: Alex Morgan\n        email: alex.morgan@example.net\n"
KEYS = {"source", "message_id", "date", "from", "subject", "kind", "confidence", "known",
        "rejection"}
REJECTION_KEYS = {"company", "role", "stage", "reason", "no_reply", "contact"}
CONTACT_KEYS = {"name", "email", "title", "phone", "linkedin"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p", mkdocs=ME)


def ajar(root: Path, *args: str, env: dict[str, str] | None = None, input: str = ""
         ) -> subprocess.CompletedProcess[str]:
    return run_ajar(*args, cwd=root, env={**ENV, **(env or {})}, input=input)


def scan_json(root: Path, *sources: str, env: dict[str, str] | None = None) -> list[dict]:
    result = ajar(root, "scan", "--json", *sources, env=env)
    assert result.returncode == 0, result.stderr
    messages = json.loads(result.stdout)["messages"]
    for record in messages:
        assert set(record) == KEYS
        if record["rejection"] is not None:
            assert set(record["rejection"]) == REJECTION_KEYS
            contact = record["rejection"]["contact"]
            assert contact is None or set(contact) == CONTACT_KEYS
    return messages


def corpus(*names: str) -> list[Path]:
    return [TRIAGE / name for name in names]


PICKS = ["dev/001-greenhouse-standard.eml", "dev/010-personal-manager-note.eml",
         "dev/012-forwarded-gmail.eml", "dev/029-ack-greenhouse.eml",
         "dev/035-interview-invite.eml", "dev/041-offer-letter.eml",
         "dev/050-flight-cancelled.eml", "dev/051-paper-rejected.eml",
         "dev/052-marathon-lottery.eml", "dev/043-job-alert-linkedin.eml"]


def test_scan_json_classes_and_extracts(project: Path) -> None:
    messages = scan_json(project, *map(str, corpus(*PICKS)))
    by_file = {Path(m["source"]).relative_to(TRIAGE).as_posix(): m for m in messages}
    assert {f: m["kind"] for f, m in by_file.items()} == {f: LABELS[f]["kind"] for f in PICKS}
    for record in messages:
        assert 0 <= record["confidence"] <= 1
        assert record["known"] is False
        assert (record["rejection"] is None) == (record["kind"] != "rejection")
    note = by_file["dev/010-personal-manager-note.eml"]["rejection"]
    assert (note["company"], note["stage"], note["no_reply"]) == ("Coral Reef Software",
                                                                  "final-round", False)
    assert note["reason"].startswith("This was a really close call")
    assert note["contact"] == {
        "name": "Priya Natarajan", "email": "priya.natarajan@coralreef.example.org",
        "title": "Director of Engineering, Payments", "phone": "+1 415 555 0182",
        "linkedin": "https://www.linkedin.com/in/priya-natarajan-example"}
    forwarded = by_file["dev/012-forwarded-gmail.eml"]
    assert forwarded["from"] == "Dana Whitfield <dana.whitfield@pinecrest.example.com>"
    assert forwarded["date"] == "2026-05-29"  # the original's, not the forward's
    assert forwarded["rejection"]["contact"]["email"] == "dana.whitfield@pinecrest.example.com"


def test_scan_text_says_why(project: Path) -> None:
    result = ajar(project, "scan", *map(str, corpus(PICKS[0], PICKS[6])))
    assert result.returncode == 0, result.stderr
    assert "rejection" in result.stdout and "because: " in result.stdout
    assert '"decided to move forward with other candidates' in result.stdout
    assert "flight" not in result.stdout  # "other" is only counted without --all
    assert "2 messages: 1 rejection, 0 acknowledgement, 0 interview, 0 offer, 1 other" \
        in result.stdout
    everything = ajar(project, "scan", "--all", str(corpus(PICKS[6])[0]))
    assert ": other 1.00 " in everything.stdout
    assert "because: no job-search words" in everything.stdout


def _mbox(path: Path, files: list[Path]) -> Path:
    """An mbox as mail clients write it: "From " lines, ">From " in bodies escaped."""
    with path.open("wb") as out:
        for number, file in enumerate(files):
            raw = file.read_bytes().replace(b"\r\n", b"\n")
            if number == 1:
                raw += b"\nFrom here on, a body line that starts with From.\n"
            body = b"".join(b">" + line if line.startswith(b"From ") else line
                            for line in raw.splitlines(keepends=True))
            out.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + body.rstrip(b"\n")
                      + b"\n\n")
    return path


def test_mbox_is_streamed_like_python_reads_it(project: Path, tmp_path: Path) -> None:
    files = sorted((TRIAGE / "dev").glob("*.eml"))[:12]
    box = _mbox(tmp_path / "takeout.mbox", files)
    ours = list(mbox_messages(box))
    theirs = [bytes(m.as_bytes()) for m in mailbox.mbox(box)]
    assert len(ours) == len(theirs) == 12
    assert [label for label, _ in ours] == [f"{box}:{n}" for n in range(1, 13)]
    assert b"\nFrom here on, a body line" in ours[1][1]  # unescaped
    for (_, raw), file in zip(ours, files):
        assert raw.rstrip(b"\n") == file.read_bytes().replace(b"\r\n", b"\n").rstrip(b"\n") \
            or b"From here on" in raw
    messages = scan_json(project, str(box))
    assert [m["source"] for m in messages] == [label for label, _ in ours]
    labelled = [LABELS[f"dev/{f.name}"]["kind"] for f in files]
    assert [m["kind"] for m in messages] == labelled


def test_maildir_and_folders(project: Path, tmp_path: Path) -> None:
    maildir = tmp_path / "Mail" / "Jobs"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    shutil.copy(TRIAGE / PICKS[0], maildir / "new" / "1700000001.M1P1.host")
    shutil.copy(TRIAGE / PICKS[4], maildir / "cur" / "1700000002.M2P1.host:2,S")
    (tmp_path / "Mail" / "loose").mkdir()
    shutil.copy(TRIAGE / PICKS[5], tmp_path / "Mail" / "loose" / "offer.eml")
    messages = scan_json(project, str(maildir))
    assert [m["kind"] for m in messages] == ["rejection", "interview"]
    everything = scan_json(project, str(tmp_path / "Mail"))
    assert sorted(m["kind"] for m in everything) == ["interview", "offer", "rejection"]


def test_import_scan_imports_only_new_rejections(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in PICKS:
        shutil.copy(TRIAGE / name, folder / Path(name).name)
    result = ajar(project, "import", "--scan", "--yes", str(folder))
    assert result.returncode == 1  # one rejection does not name the role: not guessed
    assert "010-personal-manager-note.eml: cannot find the role in this email: run on a" \
        " terminal to be asked, or import this email alone with --role" in result.stderr
    found = load_ledger(project, "ledger")
    assert not found.problems, [p.format() for p in found.problems]
    assert sorted(r.meta.company for r in found.rejections.values()) == [
        "Brightline", "Pinecrest"]
    assert sorted(found.contacts) == ["dana-whitfield"]  # no orphan contact for the refused
    assert found.contacts["dana-whitfield"].meta.title == "Senior Recruiter"
    alone = ajar(project, "import", str(folder / "010-personal-manager-note.eml"),
                 "--role", "Staff Engineer")
    assert alone.returncode == 0, alone.stderr
    again = ajar(project, "import", "--scan", "--yes", str(folder))
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("already imported") == 3
    assert "nothing new to import" in again.stdout
    known = scan_json(project, str(folder))
    assert sorted(m["known"] for m in known if m["kind"] == "rejection") == [True] * 3
    assert not any(m["known"] for m in known if m["kind"] != "rejection")
    check = ajar(project, "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_import_scan_refuses_one_email_flags(project: Path) -> None:
    result = ajar(project, "import", "--scan", "--role", "Dev", str(TRIAGE / PICKS[0]))
    assert result.returncode == 2
    assert "--scan reads each email's own company" in result.stderr


def test_unreadable_sources_are_clear_errors(project: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = ajar(project, "scan", str(tmp_path / "empty"),
                  str(Path(__file__).parent / "fixtures" / "mail" / "garbage.eml"),
                  str(TRIAGE / PICKS[0]))
    assert result.returncode == 1
    assert "no .eml, .mbox or Maildir in this folder" in result.stderr
    assert "garbage.eml: this is not an email" in result.stderr
    assert "1 messages: 1 rejection" in result.stdout
    missing = ajar(project, "scan", str(tmp_path / "nope.mbox"))
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr


def test_stdin(project: Path) -> None:
    result = ajar(project, "scan", "--json", "-", input=(TRIAGE / PICKS[0]).read_text())
    assert result.returncode == 0, result.stderr
    (record,) = json.loads(result.stdout)["messages"]
    assert record["source"] == "-" and record["rejection"]["company"] == "Brightline"


@pytest.fixture
def imap():  # noqa: ANN201
    reason = why_not()
    if reason:
        if os.environ.get("AJAR_REQUIRE_IMAP") == "1":
            pytest.fail(f"AJAR_REQUIRE_IMAP=1 but no IMAP server can run: {reason}")
        pytest.skip(f"no IMAP server: {reason}")
    with imap_server([(TRIAGE / name).read_bytes() for name in PICKS[:6]]) as server:
        yield server


@pytest.mark.slow
def test_imap_scan_and_import_leave_mail_unread(project: Path, imap) -> None:  # noqa: ANN001
    from imapserver import PASSWORD

    before = imap.flags()
    assert len(before) == 6 and not any("\\Seen" in f for f in before.values())
    env = {"AJAR_IMAP_PASSWORD": PASSWORD}
    messages = scan_json(project, imap.url(), env=env)
    assert [m["source"] for m in messages] == [imap.url() + f";UID={n}" for n in range(1, 7)]
    assert [m["kind"] for m in messages] == [LABELS[n]["kind"] for n in PICKS[:6]]
    imported = ajar(project, "import", "--scan", "--yes", imap.url(), env=env)
    assert imported.returncode == 1  # UID 2 names no role: refused, the rest imported
    assert f"{imap.url()};UID=2: cannot find the role" in imported.stderr
    assert len(load_ledger(project, "ledger").rejections) == 2
    after = imap.flags()
    assert not any("\\Seen" in f for f in after.values()), after
    assert len(list((imap.maildir / "new").iterdir())) + len(
        list((imap.maildir / "cur").iterdir())) == 6


@pytest.mark.slow
def test_imap_errors_are_one_line(project: Path, imap) -> None:  # noqa: ANN001
    wrong = ajar(project, "scan", imap.url(), env={"AJAR_IMAP_PASSWORD": "nope"})
    assert wrong.returncode == 1
    assert "cannot log in as alex" in wrong.stderr and "Traceback" not in wrong.stderr
    folder = ajar(project, "scan", imap.url("Nowhere"), env={"AJAR_IMAP_PASSWORD": "s3cret pass"})
    assert folder.returncode == 1 and "no folder 'Nowhere'" in folder.stderr
    no_password = ajar(project, "scan", imap.url(), env={"AJAR_IMAP_PASSWORD": ""})
    assert no_password.returncode == 1


@pytest.mark.slow
def test_imaps_with_the_servers_certificate(project: Path, imap) -> None:  # noqa: ANN001
    from imapserver import PASSWORD

    if imap.certificate is None:
        pytest.skip("no openssl to make a certificate for imaps://")
    env = {"AJAR_IMAP_PASSWORD": PASSWORD, "SSL_CERT_FILE": str(imap.certificate)}
    messages = scan_json(project, imap.tls_url(), env=env)
    assert [m["kind"] for m in messages] == [LABELS[n]["kind"] for n in PICKS[:6]]
    assert messages[0]["source"] == imap.tls_url() + ";UID=1"
    assert not any("\\Seen" in f for f in imap.flags().values())
    untrusted = ajar(project, "scan", imap.tls_url(), env={"AJAR_IMAP_PASSWORD": PASSWORD})
    assert untrusted.returncode == 1
    assert "cannot connect" in untrusted.stderr and "certificate" in untrusted.stderr
    assert "Traceback" not in untrusted.stderr


def test_progress_bar_on_a_terminal_only(project: Path, tmp_path: Path) -> None:
    import pty
    import sys

    files = sorted((TRIAGE / "dev").glob("*.eml"))[:5]
    box = _mbox(tmp_path / "big.mbox", files)
    with box.open("ab") as out:  # a big attachment-like message: the mbox passes 1 MB
        out.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\nFrom: a@example.com\n"
                  b"Subject: photos\n\n" + b"QUJD" * 400_000 + b"\n\n")
    piped = ajar(project, "scan", str(box))
    assert piped.returncode == 0 and "Reading mail" not in piped.stderr
    leader, follower = pty.openpty()
    script = Path(sys.executable).parent / "ajar"
    run = subprocess.run([str(script), "scan", str(box)], cwd=project, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=follower,
                         env={**os.environ, **ENV}, timeout=120)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert run.returncode == 0
    assert b"Reading mail" in seen and b"100%" in seen
    assert b"6 messages" in run.stdout
