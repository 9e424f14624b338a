"""Attachments' bodies are cut before triage parses an email; what triage reads is unchanged."""

from __future__ import annotations

import base64
import random
from pathlib import Path

import pytest

from ajar.formats import mail_view
from ajar.formats.mime_skim import skim
from helpers import make_project, run_ajar

PHOTO = base64.encodebytes(random.Random(3).randbytes(60_000))


def _email(body: bytes, *, boundary: str = "outer", newline: bytes = b"\n") -> bytes:
    head = (b"From: Priya Shah <priya@northwind.example>\nTo: alex.morgan@example.net\n"
            b"Subject: Your application for Data Engineer\nDate: Tue, 2 Mar 2027 10:00:00 +0000\n"
            b"Message-ID: <skim-1@northwind.example>\nMIME-Version: 1.0\n"
            b'Content-Type: multipart/mixed; boundary="' + boundary.encode() + b'"\n\n')
    return (head + body).replace(b"\n", newline)


NO = (b"Dear Alex, unfortunately we will not be moving forward with your application for the "
      b"Data Engineer role. We chose a candidate with more Spark experience.\n")

MIXED = _email(b"--outer\nContent-Type: text/plain; charset=utf-8\n\n" + NO
               + b"--outer\nContent-Type: application/pdf; name=feedback.pdf\n"
               b"Content-Transfer-Encoding: base64\n\n" + PHOTO + b"--outer--\n")
NESTED = _email(b"This is a multi-part message in MIME format.\n--outer\n"
                b'Content-Type: multipart/alternative; boundary="inner"\n\n'
                b"--inner\nContent-Type: text/plain\n\n" + NO
                + b"--inner\nContent-Type: text/html\n\n<p>" + NO + b"</p>\n--inner--\n"
                b"--outer\nContent-Type: image/jpeg\nContent-Transfer-Encoding: base64\n\n"
                + PHOTO + b"--outer--\nepilogue\n")
FORWARD = _email(b"--outer\nContent-Type: text/plain\n\nSee below.\n--outer\n"
                 b"Content-Type: message/rfc822\n\nFrom: Priya <priya@northwind.example>\n"
                 b"Subject: Data Engineer\n\n" + NO + b"\n--outer\n"
                 b"Content-Type: application/zip\n\n" + PHOTO + b"--outer--\n")
TEXT_ATTACHED = _email(b"--outer\nContent-Type: text/plain\n\n" + NO
                       + b"--outer\nContent-Type: text/csv\nContent-Disposition: attachment\n\n"
                       + b"a,b\n" * 2000 + b"--outer--\n")


def _unskimmed(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> mail_view.View:
    with monkeypatch.context() as patch:
        patch.setattr(mail_view, "skim", lambda raw, depth=0: raw)
        return mail_view.view(raw)


@pytest.mark.parametrize("raw", [MIXED, NESTED, FORWARD, MIXED.replace(b"\n", b"\r\n"),
                                 NESTED.replace(b"\n", b"\r\n")],
                         ids=["mixed", "nested", "forward", "mixed-crlf", "nested-crlf"])
def test_triage_reads_the_same_with_the_attachment_cut(raw: bytes,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    skimmed = skim(raw)
    assert len(skimmed) < len(raw) - 50_000  # the photo's body is gone
    assert PHOTO[:200] not in skimmed
    assert NO.rstrip(b"\n") in skimmed  # the text is kept byte for byte
    assert mail_view.view(raw) == _unskimmed(raw, monkeypatch)


def test_text_parts_and_small_parts_are_kept_whole() -> None:
    assert skim(TEXT_ATTACHED) == TEXT_ATTACHED
    small = _email(b"--outer\nContent-Type: text/plain\n\n" + NO
                   + b"--outer\nContent-Type: image/png\n\niVBORw0KGgo=\n--outer--\n")
    assert skim(small) == small


@pytest.mark.parametrize("raw", [
    _email(b"no delimiter at all\n" + PHOTO),  # a boundary announced and never used
    _email(b"--outer\nContent-Type: application/pdf\n\n" + PHOTO),  # never closed
    _email(b"--outer\nContent-Type: text/plain\n\n--outerwear is on sale\n" + NO + b"--outer--\n"),
    b"From: a@b.example\nSubject: plain\n\n" + NO,  # not multipart
    b"From: a@b.example\nContent-Type: multipart/mixed\n\n--x\n\n" + NO,  # no boundary parameter
    b"From: a@b.example\nSubject: no body",
    b"",
], ids=["unused", "unclosed", "boundary-prefix", "plain", "no-boundary", "no-body", "empty"])
def test_odd_mail_reads_as_before(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    skimmed = skim(raw)
    assert len(skimmed) <= len(raw)
    try:
        expected = _unskimmed(raw, monkeypatch)
    except Exception as error:  # noqa: BLE001 - no email at all: the same error either way
        with pytest.raises(type(error)):
            mail_view.view(raw)
    else:
        assert mail_view.view(raw) == expected


def test_deep_nesting_and_many_parts_stay_bounded() -> None:
    deep = b"Content-Type: text/plain\n\n" + NO
    for level in range(40):
        deep = (f'Content-Type: multipart/mixed; boundary="b{level}"\n\n--b{level}\n'.encode()
                + deep + f"\n--b{level}--\n".encode())
    raw = b"From: a@b.example\n" + deep
    assert skim(raw) == raw  # past the depth limit nothing is cut, and nothing breaks
    many = _email(b"".join(b"--outer\nContent-Type: application/octet-stream\n\n"
                           + b"x" * 3000 + b"\n" for _ in range(2000)) + b"--outer--\n")
    assert len(skim(many)) < len(many) // 10


def test_a_scan_of_an_mbox_with_attachments_finds_the_rejection(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    box = tmp_path / "takeout.mbox"
    box.write_bytes(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + MIXED + b"\n"
                    b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + NESTED + b"\n")
    out = run_ajar("scan", str(box), cwd=project)
    assert out.stdout.count(": rejection ") == 2, out.stdout + out.stderr
    assert out.stdout.count("Northwind") == 2, out.stdout


def test_thousands_of_parts_or_levels_are_bounded_before_parsing() -> None:
    """50,000 parts took 10 s to import and 2,000 nested multiparts raised RecursionError:
    the parser now gets at most MAX_PARTS parts and MAX_NESTING levels, real mail as it is."""
    from ajar.actions.scan import classify_raw
    from ajar.formats.mail import draft_rejection, parse_message
    from ajar.formats.mime_skim import MAX_NESTING, MAX_PARTS, bounded
    many = _email(b"--outer\nContent-Type: text/plain\n\n" + NO + b"".join(
        b"--outer\nContent-Type: text/plain\n\npart %d\n" % n for n in range(20_000))
        + b"--outer--\n")
    assert len(parse_message(many).get_payload()) <= MAX_PARTS + 1
    draft = draft_rejection(many, "many.eml", frozenset({"alex.morgan@example.net"}))
    assert draft.company == "Northwind" and draft.role == "Data Engineer"
    assert classify_raw(many)[1].kind == "rejection"
    deep = b"Content-Type: text/plain\n\n" + NO
    for level in range(2000):
        deep = (f'Content-Type: multipart/mixed; boundary="b{level}"\n\n--b{level}\n'.encode()
                + deep + f"\n--b{level}--\n".encode())
    deep = b"From: Priya Shah <priya@northwind.example>\nSubject: Data Engineer\n" + deep
    assert len(bounded(deep)) < len(deep)
    draft_rejection(deep, "deep.eml")  # no RecursionError
    classify_raw(deep)
    for raw in (MIXED, NESTED, FORWARD, TEXT_ATTACHED, NESTED.replace(b"\n", b"\r\n")):
        assert bounded(raw) == raw
    assert MAX_NESTING >= 16 and MAX_PARTS >= 100  # room for any real message
