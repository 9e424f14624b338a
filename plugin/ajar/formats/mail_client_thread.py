"""Fortieth pass (company): the client an agency named earlier in the thread.

A recruiter's no often answers the reader's "any news?" and says only "their side" or "the
client": the client's name is in the quoted messages below ("the Frontend Lead role at
Pusula Finans", "submitted your CV to Arktis Devices", "Any news from Fjordlys Energi",
"Megjött az időpont a Kvantum Pay Zrt.-től", "汇衡金融科技「后端架构师」的二面"). When the
sender's side is an agency and its newest message names no client, a name the thread gives
as the job's employer is the employer: after "role at", "CV to" or "news from", before
"would like to invite", with a legal form, or before a Chinese title in corner brackets.
Nothing else in the thread is read: a quoted newsletter or signature names firms that
decided nothing.
"""

from __future__ import annotations

import re

from ajar.formats import company_model
from ajar.formats.mail_client_subject import CLIENT_SPOKEN as _CLIENT, NAME_LIKE, relays
from ajar.formats.mail_fields import LEGAL_FORM, company_or_none, looks_like_role
from ajar.formats.given_names import GIVEN_NAMES

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’&.-]*"
_RUN = rf"{_WORD}(?: (?:&|of|de|and|und) {_WORD}| {_WORD}){{0,3}}"
_EMPLOYERS = (
    # "the Frontend Lead role at Pusula Finans", "your interview with Larchwood Bank"
    re.compile(rf"\b(?:role|position|job|vacancy|opening|opportunity|interviews?|process|"
               rf"application)\s+(?:at|with)\s+(?P<c>{_RUN})"),
    # "I've submitted your CV to Arktis Devices", "Any news from Fjordlys Energi"
    re.compile(rf"\b(?:submitted|sent|forwarded|passed|introduced)\s+(?:your\s+)?(?:CV|cv|resume|"
               rf"profile|application|details)\s+(?:on\s+)?to\s+(?P<c>{_RUN})"),
    re.compile(rf"\b(?:news|word|feedback|update)\s+from\s+(?P<c>{_RUN})"),
    # "Pusula Finans would like to invite you", "Kestrel Pay has invited you"
    re.compile(rf"(?P<c>{_RUN})\s+(?:would like to|wants? to|has invited|have invited|"
               rf"invited you|is keen to|are keen to)\b"),
    # "a Kvantum Pay Zrt.-től", "bei der Nordwerk GmbH": a name with its legal form
    re.compile(rf"(?P<c>{_RUN} {LEGAL_FORM})(?![\w])"),
    # "汇衡金融科技「后端架构师（…）」的二面": a Chinese employer before its title's brackets
    re.compile(r"(?:^|[，。：、\s])(?P<c>[\u4e00-\u9fff]{2,12})(?=[「『])", re.M),
)


def client_in_thread(history: str, newest: str, company: str | None,
                     reader: list[str]) -> str | None:
    """The employer the quoted thread names, when ``company`` (what the newest message
    gave) is an agency or a board, or the newest message speaks of its client; else None."""
    if not history.strip() or not company or not (relays(company) or _CLIENT.search(newest)):
        return None
    agency = (company or "").casefold()
    for pattern in _EMPLOYERS:
        for match in pattern.finditer(history[:20_000]):
            found = re.sub(r"['’]s$", "", match.group("c").strip(" .,"))  # "Norrvik Bank's"
            chinese = bool(re.match(r"[\u4e00-\u9fff]", found))
            name = found if chinese else (company_or_none(found) or "").strip()
            low = name.casefold()
            # (seventy-fifth pass: a Chinese firm's name before its post in 「」 is taken as
            # written; the name model, trained on few of them, swings on it retrain to retrain)
            if not name or low in agency or agency in low or relays(name) \
                    or looks_like_role(name) or low.split()[0] in GIVEN_NAMES \
                    or any(n and n.casefold() in low for n in reader) \
                    or not chinese and company_model.shipped().name_probability(name) < NAME_LIKE:
                continue
            return name
    return None
