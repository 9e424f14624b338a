"""A real IMAP server for the tests: Debian's dovecot on 127.0.0.1 with a
throwaway config, a Maildir and a plain-text password; imap:// (no TLS) and
imaps:// with a self-signed certificate made by openssl for the occasion."""

from __future__ import annotations

import contextlib
import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists()
                                      else None)
USER, PASSWORD = "alex", "s3cret pass"

CONFIG = """\
protocols = imap
listen = 127.0.0.1
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
mail_location = maildir:~/Maildir
first_valid_uid = 1
default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = 0
  }}
}}
service submission-login {{
  inet_listener submission {{
    port = 0
  }}
}}
"""


def why_not() -> str | None:
    """Why no server can be started here, or None."""
    if DOVECOT is None:
        return "dovecot is not installed (apt-get install dovecot-imapd)"
    if os.geteuid() != 0:
        return "dovecot needs root to start (it drops to its own users)"
    for name in ("dovecot", "dovenull"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            return f"no '{name}' user (installed by the dovecot-core package)"
    return None


@dataclass
class ImapServer:
    port: int
    maildir: Path
    tls_port: int = 0
    certificate: Path | None = None  # trust it with SSL_CERT_FILE

    def url(self, folder: str = "INBOX") -> str:
        return f"imap://{USER}@127.0.0.1:{self.port}/{folder}"

    def tls_url(self, folder: str = "INBOX") -> str:
        return f"imaps://{USER}@127.0.0.1:{self.tls_port}/{folder}"

    def flags(self) -> dict[int, str]:
        """UID -> FLAGS, read with EXAMINE (changes nothing)."""
        client = imaplib.IMAP4("127.0.0.1", self.port)
        try:
            client.login(USER, PASSWORD)
            client.select("INBOX", readonly=True)
            _, data = client.uid("FETCH", "1:*", "(FLAGS)")
        finally:
            client.logout()
        found = {}
        for item in data:
            text = item.decode() if isinstance(item, bytes) else ""
            if "UID" in text:
                uid = int(text.split("UID ")[1].split()[0].rstrip(")"))
                found[uid] = text.split("FLAGS (")[1].split(")")[0]
        return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def imap_server(messages: list[bytes]) -> Iterator[ImapServer]:
    """Dovecot serving ``messages`` in INBOX (all unread), stopped afterwards."""
    mail_user = pwd.getpwnam("dovecot")
    root = Path(tempfile.mkdtemp(prefix="ajar-imap-"))
    os.chmod(root, 0o755)  # the mail user must reach its home
    process = None
    try:
        maildir = root / "home" / USER / "Maildir"
        for sub in ("cur", "new", "tmp"):
            (maildir / sub).mkdir(parents=True)
        for number, raw in enumerate(messages, 1):
            (maildir / "new" / f"{1_700_000_000 + number}.M{number}P1.test").write_bytes(raw)
        for path in [root / "home", *(root / "home").rglob("*")]:
            os.chown(path, mail_user.pw_uid, mail_user.pw_gid)
        (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        port, tls_port = _free_port(), _free_port()
        certificate = root / "cert.pem"
        made = subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-keyout", str(root / "key.pem"), "-out", str(certificate),
             "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
            capture_output=True) if shutil.which("openssl") else None
        if made is not None and made.returncode == 0:
            ssl = f"ssl = yes\nssl_cert = <{certificate}\nssl_key = <{root / 'key.pem'}"
        else:
            ssl, tls_port, certificate = "ssl = no", 0, None
        (root / "dovecot.conf").write_text(CONFIG.format(
            root=root, port=port, tls_port=tls_port, ssl=ssl, uid=mail_user.pw_uid,
            gid=mail_user.pw_gid, internal="dovecot", internal_group="dovecot",
            login="dovenull"))
        process = subprocess.Popen([DOVECOT, "-F", "-c", str(root / "dovecot.conf")],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() \
                    else ""
                raise RuntimeError(f"dovecot did not start: {process.stderr.read()!r} {log}")
            time.sleep(0.1)
        yield ImapServer(port, maildir, tls_port, certificate)
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(root, ignore_errors=True)
