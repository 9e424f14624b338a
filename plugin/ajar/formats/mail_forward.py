"""A forwarded email inside the body ("---------- Forwarded message ---------").

A user who forwards a rejection to themselves wants the original read: its
sender, date, subject and text, not their own address and the forward's date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from ajar.formats.mail_address import parse_address

# The words mail clients put between dashes over a forward or an Outlook quote, in each
# language ("-------- Videresendt besked --------", "-----Original Message-----").
MARKER_WORDS = ("Forwarded message", "Original Message", "Weitergeleitete Nachricht",
                "Ursprüngliche Nachricht", "Videresendt besked", "Videresendt meddelelse",
                "Videresendt melding", "Vidarebefordrat meddelande", "Message transféré",
                "Message d'origine", "Mensaje reenviado", "Mensaje original", "Messaggio inoltrato",
                "Messaggio originale", "Doorgestuurd bericht", "Oorspronkelijk bericht",
                "Mensagem encaminhada", "Mensagem original", "Välitetty viesti", "Eredeti üzenet")
# (after sealing fresh271-275) any client's words between dashes, "----- Mensajen orijinál
# -----": a forward only where a From line follows
ANY_WORDS_BETWEEN_DASHES = r"-{3,}\s*[^\W\d_](?:[^\W\d_]|[ '’]){2,40}?\s*-{3,}"
_MARKER = re.compile(
    r"^[> ]*(?:-{2,}\s*(?:" + "|".join(re.escape(word) for word in MARKER_WORDS) + r")\s*-{2,}"
    r"|Begin forwarded message:|Début du message réexpédié\s*:|_{10,}|"
    + ANY_WORDS_BETWEEN_DASHES + r")\s*$", re.IGNORECASE | re.MULTILINE)
_HEADER = re.compile(r"^[> ]*\**(From|Date|Sent|Subject|To|Cc|Reply-To|Von|Datum|Betreff|An|"
                     r"Fra|Dato|Emne|Til|Från|Ämne|Till|De|Objet|Envoyé|À|Fecha|Enviado|Asunto|"
                     r"Para|Da|Data|Oggetto|Inviato|Van|Verzonden|Onderwerp|Aan|Assunto|"
                     # (after sealing fresh331-335: the header names of Polish, Czech, Slovak,
                     # Russian, Ukrainian, Turkish, Hungarian, Finnish and Romanian clients)
                     r"Od|Temat|Do|Wysłano|Předmět|Komu|Odesláno|Dátum|Predmet|Odoslané|От|Дата|"
                     r"Тема|Кому|Отправлено|Від|Надіслано|Kimden|Tarih|Konu|Kime|Gönderildi|"
                     r"Feladó|Tárgy|Címzett|Elküldve|Lähettäjä|Päivämäärä|Aihe|"
                     r"Vastaanottaja|Lähetetty|De la|Subiect|Către|Trimis|"
                     # (after sealing fresh336-340: an Italian client's "A:", its To line)
                     r"A|"
                     # (after sealing fresh361-365: a Portuguese Outlook's "Enviada:")
                     r"Enviada)"
                     r"\**\s*:\s*\**(.*?)\**\s*$", re.IGNORECASE)
# Each language's header names, as the English ones.
_HEADER_KEYS = {
    **dict.fromkeys(("von", "fra", "från", "de", "da", "van", "od", "от", "від", "kimden",
                     "feladó", "lähettäjä", "de la"), "from"),
    **dict.fromkeys(("datum", "sent", "dato", "envoyé", "fecha", "enviado", "data", "inviato",
                     "verzonden", "wysłano", "odesláno", "dátum", "odoslané", "дата", "отправлено",
                     "надіслано", "tarih", "gönderildi", "elküldve", "päivämäärä", "lähetetty",
                     "trimis", "enviada"), "date"),
    **dict.fromkeys(("betreff", "emne", "ämne", "objet", "asunto", "oggetto", "onderwerp",
                     "assunto", "temat", "předmět", "predmet", "тема", "konu", "tárgy", "aihe",
                     "subiect"), "subject"),
    **dict.fromkeys(("an", "til", "till", "à", "para", "aan", "do", "komu", "кому", "kime",
                     "címzett", "vastaanottaja", "către", "a"), "to"),
}
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"), 1)}


@dataclass
class Forwarded:
    display: str
    address: str
    date: dt.date | None
    date_text: str
    subject: str | None
    body: str
    to: str = ""  # the forwarded message's To line, as written


# How far after a marker its header lines are looked for.
_HEADER_LINES = 30
_HEADER_WINDOW = 3000
_NEWLINES = re.compile(r"\n*")


def find_forward(text: str) -> Forwarded | None:
    """The first forwarded message in ``text`` with a From line, or None."""
    for marker in _MARKER.finditer(text):
        # the headers are read from the next few lines only: a body of ten thousand marker
        # lines must not split the rest of the text once per line
        start = _NEWLINES.match(text, marker.end()).end()
        lines = text[start:start + _HEADER_WINDOW].splitlines()[:_HEADER_LINES]
        fields: dict[str, str] = {}
        index = 0
        for index, line in enumerate(lines):
            found = _HEADER.match(line)
            if found:
                key = _HEADER_KEYS.get(found.group(1).lower(), found.group(1).lower())
                fields.setdefault(key, found.group(2).strip())
            elif not line.strip(" >"):
                if fields:
                    break
            elif fields:
                break
        if "from" not in fields:
            continue
        display, addr = parse_from(fields["from"])
        lines = text[start:].splitlines()  # found: the whole forwarded letter, once
        body = "\n".join(re.sub(r"^> ?", "", line) for line in lines[index:])
        return Forwarded(display, addr, parse_loose_date(fields.get("date", "")),
                         fields.get("date", ""), fields.get("subject"), body.strip("\n"),
                         fields.get("to", ""))
    return None


def parse_from(value: str) -> tuple[str, str]:
    value = re.sub(r"\[mailto:([^\]]+)\]", r"<\1>", value)
    display, addr = parse_address(value)
    if "@" not in addr:
        found = re.search(r"[\w.+-]+@[\w.-]+\.\w+", value)
        addr = found.group(0) if found else ""
        display = display or value.split("<")[0]
    return " ".join(display.strip(" \"'").split()), addr.lower()


def parse_loose_date(value: str) -> dt.date | None:
    """Dates as mail clients write them in a forward: RFC 2822, "Mon, Nov 16, 2026 at
    2:20 PM", "16 November 2026", "2026-11-16"."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed is not None:
            return parsed.date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", value)
    month_first = re.search(r"\b([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b", value)
    day_first = re.search(r"\b(\d{1,2})\.? ([A-Za-z]{3,9})\.? (\d{4})\b", value)
    try:
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if month_first and month_first.group(1)[:3].lower() in _MONTHS:
            return dt.date(int(month_first.group(3)), _MONTHS[month_first.group(1)[:3].lower()],
                           int(month_first.group(2)))
        if day_first and day_first.group(2)[:3].lower() in _MONTHS:
            return dt.date(int(day_first.group(3)), _MONTHS[day_first.group(2)[:3].lower()],
                           int(day_first.group(1)))
    except ValueError:
        return None
    return None


_QUOTED_HEAD = re.compile(
    r"^(?:On|Am|Le|El) (?P<when>.{5,120}?),? (?P<who>[^,\n]{2,120}?) "
    r"(?:wrote|schrieb|a écrit|escribió)\s*:\s*$", re.MULTILINE)


def find_quoted(text: str) -> Forwarded | None:
    """The message quoted under "On DATE, NAME <ADDRESS> wrote:" (the user's own reply
    to a rejection), or None."""
    head = _QUOTED_HEAD.search(text, 0, 50_000)  # the user's own note is short
    if head is None:
        return None
    lines = text[head.end():].lstrip("\n").splitlines()
    quoted = [re.sub(r"^> ?", "", line) for line in lines if line.startswith(">")]
    if not quoted:
        return None
    display, addr = parse_from(head.group("who"))
    if not addr and not display:
        return None
    when = head.group("when")
    return Forwarded(display, addr, parse_loose_date(when), when, None,
                     "\n".join(quoted).strip("\n"))
