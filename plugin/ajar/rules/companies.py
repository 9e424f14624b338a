"""Companies: every company the ledger knows, from its files, rejections and contacts.

A company file's ``name`` is matched without case (and with runs of spaces made
one) against the ``company`` of rejections and contacts. Every company gets a
slug for its page: the file's slug, else one made from the name (``-2``, ``-3``
when taken), assigned files first, then names in alphabetical order, so that
the same ledger always gives the same slugs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ajar.ledger.ledger import Ledger
from ajar.ledger.models import Company, Contact, Rejection, RejectionFacts
from ajar.ledger.slugs import slugify


def name_key(name: str) -> str:
    """How company names are compared: without case, spaces collapsed."""
    return " ".join(name.split()).casefold()


@dataclass
class CompanyView:
    """One company: its file (if any), rejections (newest first) and contacts."""

    slug: str
    name: str
    file: Company | None = None
    rejections: list[Rejection] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    faulty: list[RejectionFacts] = field(default_factory=list)  # rejections left out

    @property
    def radar(self) -> bool:
        return self.file is not None and self.file.meta.radar

    @property
    def latest_rejection_date(self):  # type: ignore[no-untyped-def]
        dates = [r.meta.date for r in self.rejections] + [f.date for f in self.faulty]
        return max(dates, default=None)


class Companies:
    """Every company by slug, and the slug of any company name."""

    def __init__(self, ledger: Ledger) -> None:
        self.by_slug: dict[str, CompanyView] = {}
        self._by_key: dict[str, CompanyView] = {}
        taken: set[str] = set()
        for company in sorted(ledger.companies.values(), key=lambda c: c.slug):
            view = CompanyView(company.slug, " ".join(company.meta.name.split()), company)
            self._add(view, taken)
        names: dict[str, str] = {}
        for rejection in ledger.rejections.values():
            names.setdefault(name_key(rejection.meta.company), rejection.meta.company)
        for contact in ledger.contacts.values():
            if contact.meta.company and contact.meta.company.strip():
                names.setdefault(name_key(contact.meta.company), contact.meta.company)
        for key in sorted(names):
            if key in self._by_key:
                continue
            base = slugify(names[key]) or "company"
            slug, number = base, 2
            while slug.lower() in taken:
                slug, number = f"{base}-{number}", number + 1
            self._add(CompanyView(slug, " ".join(names[key].split())), taken)
        for rejection in ledger.rejections_newest_first:
            self._by_key[name_key(rejection.meta.company)].rejections.append(rejection)
        for facts in ledger.salvaged.values():
            # A company known only from a file with errors gets no page until it is fixed.
            if facts.company and name_key(facts.company) in self._by_key:
                self._by_key[name_key(facts.company)].faulty.append(facts)
        for contact in sorted(ledger.contacts.values(), key=lambda c: c.meta.name.lower()):
            if contact.meta.company and contact.meta.company.strip():
                self._by_key[name_key(contact.meta.company)].contacts.append(contact)

    def _add(self, view: CompanyView, taken: set[str]) -> None:
        taken.add(view.slug.lower())
        self.by_slug[view.slug] = view
        self._by_key.setdefault(name_key(view.name), view)

    def slug_for(self, name: str | None) -> str | None:
        """The slug of the company called ``name`` (any case), or None."""
        if not name or not name.strip():
            return None
        view = self._by_key.get(name_key(name))
        return view.slug if view is not None else None

    def get(self, name: str | None) -> CompanyView | None:
        slug = self.slug_for(name)
        return self.by_slug[slug] if slug else None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.by_slug.values())


def companies(ledger: Ledger) -> Companies:
    """The company index of ``ledger``, built once per ledger value."""
    cached = ledger.memo.get("companies")
    if cached is None:
        cached = ledger.memo["companies"] = Companies(ledger)
    return cached
