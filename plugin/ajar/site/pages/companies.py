"""Companies with their contacts and rejections: a company that sends
rejections is worth keeping on the radar."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ajar.ledger.models import Contact, Rejection
from ..context import GeneratedPage, SiteContext
from .common import page


@dataclass
class Company:
    name: str
    rejections: list[Rejection] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    anchor: str = ""  # unique on the page: "company-acme", "company-acme-2"


def _anchor(name: str) -> str:
    return "company-" + "".join(ch if ch.isalnum() else "-" for ch in name.lower())


def companies(ctx: SiteContext) -> list[Company]:
    found: dict[str, Company] = {}

    def get(name: str) -> Company:
        key = " ".join(name.split()).casefold()
        return found.setdefault(key, Company(" ".join(name.split())))

    for rejection in ctx.ledger.rejections_newest_first:
        get(rejection.meta.company).rejections.append(rejection)
    for contact in sorted(ctx.ledger.contacts.values(), key=lambda c: c.meta.name.lower()):
        if contact.meta.company:
            get(contact.meta.company).contacts.append(contact)
    ordered = sorted(found.values(), key=lambda c: (-len(c.rejections), c.name.casefold()))
    used: set[str] = set()
    for company in ordered:
        # "A&B" and "A+B" are two companies but would make the same id.
        base = anchor = _anchor(company.name)
        number = 1
        while anchor in used:
            number += 1
            anchor = f"{base}-{number}"
        used.add(anchor)
        company.anchor = anchor
    return ordered


def build(ctx: SiteContext) -> Iterable[GeneratedPage]:
    yield page(ctx, "companies/index.md", "companies.md.j2", "Companies", search="",
               companies=companies(ctx))
