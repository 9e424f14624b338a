"""A Latvian or Latgalian post named in the genitive before its noun, in the nominative.

Sixty-fifth pass. Latvian names the post before the word for it, the title's head in the
genitive ("konkurss uz Attīstības pārvaldes projektu vadītāja amatu", "angļu valodas skolotāja
vakance", Latgalian "projektu koordinatora vītu"); a user writes the title as an advert does,
the head in the nominative ("Attīstības pārvaldes projektu vadītājs"). The words before the head
are genitive in the title too, so only the last word changes: "-a" becomes "-s" ("lektora",
"lektors"; "vadītāja", "vadītājs")."""

from __future__ import annotations

import re

_LETTER = r"[a-zāčēģīķļņōŗšūžA-ZĀČĒĢĪĶĻŅŌŖŠŪŽ]"
_HEAD = r"[a-zāčēģīķļņōŗšūž]+[^aeiouāēīūy\s]a"  # a masculine genitive: "lektora", "vadītāja"
_POST = r"(?:amatu|amata|amatā|vietu|vietas|vītu|vakance|vakanci|vakancei)"
_AFTER_PREPOSITION = re.compile(r"(?<!\w)(?i:uz|iz|par)\s+(?P<t>(?:" + _LETTER + r"+\s){0,4}?" + _HEAD
                                + r")\s+" + _POST + r"(?!\w)")
_SUBJECT = re.compile(r"^(?:(?i:re|fwd?):\s*)?(?:(?i:par)\s+)?(?P<t>" + _LETTER + r"+(?:\s[a-zāčēģīķļņōŗšūž]+){0,4}?\s"
                      + _HEAD + r")\s+" + _POST + r"(?!\w)")
# a title read with its post word still on ("Lektora amatu"): the head alone, in the nominative
_WITH_POST_WORD = re.compile(r"^(?P<t>" + _LETTER + r"+(?:\s" + _LETTER + r"+){0,4}?)\s+(?:amatu|amata|"
                             r"amatā|vietu|vītu)$")


def _nominative(title: str) -> str:
    words = title.split()
    if re.fullmatch(_HEAD, words[-1].lower()):
        words[-1] = words[-1][:-1] + "s"
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def latvian_genitive_title(subject: str, text: str) -> str | None:
    """The post a Latvian or Latgalian letter names in the genitive, in the nominative."""
    found = _SUBJECT.match(subject.strip()) or _AFTER_PREPOSITION.search(subject) \
        or _AFTER_PREPOSITION.search(text[:4000])
    return _nominative(found.group("t")) if found else None


def without_latvian_post_word(role: str | None) -> str | None:
    """``role`` without a Latvian post word after its genitive head ("Lektora amatu")."""
    found = _WITH_POST_WORD.match(role or "")
    if not found or not re.fullmatch(_HEAD, found.group("t").split()[-1].lower()):
        return role
    return _nominative(found.group("t"))
