"""An imported email's company, written as the ledger already writes it.

A letter signs "Crestmoor Securities Japan Co., Ltd.", a one-line note gives only the
domain's "Mcglynns Pharmacy"; the ledger already has "Crestmoor Securities" and
"McGlynn's Pharmacy". Company pages group names by case alone, so a new spelling would
make a second company with half the history. Import writes the ledger's spelling instead.

The match is strict on purpose, unlike the mail reader's own ``same_company`` (which takes
"Fernweh" and "Fernweh Robotics" for one name): only case, accents, punctuation, spacing,
"and"/"&", a legal form, a leading "The" and a country after the name may differ, so that
companies a user keeps apart ("Acme" and "Acme Labs") stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ajar.formats.mail_fields import LEGAL_FORM
from ajar.formats.world_places import is_country

_FORM_AT_END = re.compile(rf"(?:[\s,]+{LEGAL_FORM})+\s*$")
_WORD = re.compile(r"\w+")
_JOINING = frozenset({"and", "und", "et", "y", "e", "en", "og", "och", "the"})


def match_key(name: str) -> str:
    """"McGlynn's Pharmacy Ltd" and "Mcglynns Pharmacy" give one key; "" when too short
    to match safely."""
    return _key_and_country(name)[0]


def _key_and_country(name: str) -> tuple[str, str]:
    if len(name) > 200:  # no company's name; and the patterns below stay cheap
        return "", ""
    text = _FORM_AT_END.sub("", " ".join(name.split()))
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c)).casefold()
    words = _WORD.findall(text.replace("'", "").replace("’", ""))
    country = ""
    if len(words) >= 3 and is_country(" ".join(words[-2:])):
        country, words = " ".join(words[-2:]), words[:-2]  # "... South Africa"
    elif len(words) >= 2 and is_country(words[-1]):
        country, words = words[-1], words[:-1]
    key = "".join(word for word in words if word not in _JOINING)
    return (key, country) if len(key) >= 3 else ("", "")


class KnownCompanies:
    """The company names a ledger writes, by match key; the most used spelling wins, a
    company file's name above all."""

    def __init__(self, names: Iterable[str] = (), files: Iterable[str] = ()) -> None:
        self._uses: dict[str, Counter[tuple[str, str]]] = {}
        for name in files:
            self.add(name, weight=1000)
        for name in names:
            self.add(name)

    def add(self, name: str | None, weight: int = 1) -> None:
        if not name or not name.strip():
            return
        key, country = _key_and_country(name)
        if key:
            self._uses.setdefault(key, Counter())[(" ".join(name.split()), country)] += weight

    def spelling(self, name: str | None) -> str | None:
        """The ledger's spelling of ``name`` when it writes the same company otherwise;
        None when it does not know it or already writes it so (case aside)."""
        if not name:
            return None
        key, country = _key_and_country(name)
        plain = " ".join(name.split()).casefold()
        # a country's arm is the company ("Crestmoor Securities Japan" is "Crestmoor
        # Securities"), but the company is not any one arm, nor one arm another's:
        # "Deloitte" and "Deloitte Ireland" are no "Deloitte Canada"
        uses = [(n, known) for (known, where), n in self._uses.get(key, Counter()).items()
                if not where or where == country]
        if not uses or any(known.casefold() == plain for _, known in uses):
            return None
        return max(uses)[1]


def ledger_companies(ledger: Any) -> KnownCompanies:
    """The names a loaded ledger writes: its rejections (files with errors included),
    its contacts' companies, and its company files' names above all."""
    return KnownCompanies(
        [r.meta.company for r in ledger.rejections.values()]
        + [f.company for f in ledger.salvaged.values() if f.company]
        + [c.meta.company for c in ledger.contacts.values() if c.meta.company],
        files=[c.meta.name for c in ledger.companies.values()])
