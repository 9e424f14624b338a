"""The employer's name in full where the letter gives it: a legal imprint ("Marlowe Utilities
Ltd is registered in England and Wales") or an acronym's definition ("the Ministry of
Agriculture, Fisheries and Food (MAFF)").

The employer a letter's legal imprint names: "Marlowe Utilities Ltd is registered in England
and Wales", "Orlan Foods Limited, a company registered in Scotland", "Registered office: ...".

A team may sign ("Customer Operations") and the sender's name and address may name nobody,
but the footer that the law asks of a company names it in full with its legal form.
"""

from __future__ import annotations

import re

from ajar.formats.mail_fields import LEGAL_FORM, company_or_none

_IMPRINT = re.compile(
    rf"(?:^|\n|\. )(?P<c>[A-Z][\w&'’.-]*(?: (?:&|and|of|[A-Z][\w&'’.-]*)){{0,6}}),? {LEGAL_FORM}"
    r",?(?: \([^()]{1,40}\))? (?:is (?:a (?:private |public )?(?:limited )?company )?"
    r"registered in|is a company registered in|(?:a )?company registered in|registered in "
    r"(?:England|Scotland|Wales|Northern Ireland|Ireland)|is authori[sz]ed and regulated by|"
    r"is a registered charity|registered office)")


def imprint_company(text: str) -> str | None:
    """The company a legal imprint near the end names, or None."""
    tail = text[-2500:]
    match = _IMPRINT.search(tail)
    return company_or_none(match.group("c")) if match else None


_DEFINED = re.compile(r"\((?P<a>[A-Z]{2,6})\)")
_ELIDED = re.compile(r"^(?:[lLdD]|dell|all|dall|nell|sull)['’](?=[A-ZÀ-Þ])")


def defined_acronyms(text: str) -> dict[str, str]:
    """"the Ministry of Agriculture, Fisheries and Food (MAFF)": each acronym the text defines,
    to the words before it whose capitals spell it (a comma inside the name allowed)."""
    found: dict[str, str] = {}
    for match in _DEFINED.finditer(text[:6000]):
        acronym = match.group("a")
        before = text[max(0, match.start() - 150):match.start()].splitlines()[-1:] or [""]
        # (twenty-seventh pass: "l'Alliance Ivoirienne ... (AISM)": the elided article leaves)
        # (after sealing fresh331-335: inside the name it stays, "Institut des Sciences Marines
        # de l'Océan Indien (ISMOI)")
        written = before[0].split()
        words = [_ELIDED.sub("", w) for w in written]
        for start in range(len(words) - 1, max(-1, len(words) - 12), -1):
            span = words[start:]
            initials = "".join(w[0] for w in span if w[:1].isupper())
            if initials == acronym and span[0][:1].isupper() and len(span) >= 2:
                found[acronym] = " ".join(span[:1] + written[start + 1:]).strip(" ,;:")
                break
            if len(initials) > len(acronym):
                break
    return found


# twenty-first pass: a company in Chinese or Japanese script, known by its legal form
# ("上海蓝桥语言服务有限公司", "株式会社さくら翻訳"): the name without the form, as Latin names
# are written without "Ltd" or "GmbH".
_SCRIPT_FORM = re.compile(
    r"(?:^|[\s:：])(?:株式会社|有限会社)?(?P<c>[\u3040-\u30ff\u3400-\u9fff々ー]{2,30}?)"
    r"(?:股份有限公司|有限责任公司|有限責任公司|有限公司|株式会社|有限会社|公司)(?=$|[\s(（,，])"
    r"|(?:^|[\s:：])(?:株式会社|有限会社)(?P<j>[\u3040-\u30ff\u3400-\u9fff々ー]{2,30})(?=$|[\s(（,，])",
    re.M)


def script_company(text: str) -> str | None:
    """The company a line in Chinese or Japanese script names with its legal form, or None
    (twenty-third pass: not "本公司", "貴公司", "該公司": "our", "your", "that" company)."""
    for match in _SCRIPT_FORM.finditer(text):
        name = match.group("c") or match.group("j")
        if not name.endswith(("本", "貴", "贵", "該", "该", "我", "其", "此", "各")):
            return name
    return None
