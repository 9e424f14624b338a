"""The loaded ledger: entries by slug, problems, and the indexes pages need."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ajar.ledger.models import Company, Contact, Rejection, RejectionFacts, ReplyTemplate
from ajar.ledger.problems import Problem, has_errors, sort_problems


@dataclass
class Ledger:
    """Every valid entry, plus every problem found while loading.

    An entry with an error is left out; ``broken`` remembers its slug so that
    references to it are not reported a second time.
    """

    root: Path
    ledger_dir: Path
    contacts: dict[str, Contact] = field(default_factory=dict)
    rejections: dict[str, Rejection] = field(default_factory=dict)
    replies: dict[str, ReplyTemplate] = field(default_factory=dict)
    companies: dict[str, Company] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    broken: dict[str, set[str]] = field(default_factory=dict)
    # Rejections left out for an error, with the values still valid in them.
    salvaged: dict[str, RejectionFacts] = field(default_factory=dict)
    # Contacts left out for an error, with the values still valid in them: the
    # schedule still reminds of them (their pages are not built).
    salvaged_contacts: dict[str, Contact] = field(default_factory=dict)
    # Views derived from the finished ledger by higher layers, computed once each.
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def has_errors(self) -> bool:
        return has_errors(self.problems)

    def sorted_problems(self) -> list[Problem]:
        return sort_problems(self.problems)

    @cached_property
    def rejections_by_contact(self) -> dict[str, list[Rejection]]:
        """Each contact's rejections, oldest first."""
        index: dict[str, list[Rejection]] = {slug: [] for slug in self.contacts}
        for rejection in self.rejections_newest_first[::-1]:
            for slug in dict.fromkeys(rejection.meta.contacts):
                if slug in index:
                    index[slug].append(rejection)
        return index

    @cached_property
    def rejections_newest_first(self) -> list[Rejection]:
        return sorted(self.rejections.values(),
                      key=lambda r: (r.meta.date, r.slug), reverse=True)

    @cached_property
    def rejection_facts(self) -> list[RejectionFacts]:
        """Every rejection the schedule counts: the valid ones, then the faulty ones'
        valid values, oldest first (by date, then slug)."""
        facts = [RejectionFacts.of(r) for r in self.rejections.values()]
        facts.extend(self.salvaged.values())
        return sorted(facts, key=lambda f: (f.date, f.slug))

    @cached_property
    def facts_by_contact(self) -> dict[str, list[RejectionFacts]]:
        """Each contact's counted rejections (faulty ones, and faulty contacts,
        included), oldest first."""
        index: dict[str, list[RejectionFacts]] = {slug: [] for slug in self.contacts}
        index.update((slug, []) for slug in self.salvaged_contacts)
        for facts in self.rejection_facts:
            for slug in facts.contacts:
                if slug in index:
                    index[slug].append(facts)
        return index

    def latest_rejection(self, contact_slug: str) -> Rejection | None:
        found = self.rejections_by_contact.get(contact_slug)
        return found[-1] if found else None

    def contact_or_salvaged(self, slug: str) -> Contact | None:
        """The contact, or the valid values of its faulty file (``extra["faulty"]``)."""
        return self.contacts.get(slug) or self.salvaged_contacts.get(slug)

    def contact_by_email(self, email: str) -> Contact | None:
        wanted = email.strip().lower()
        for contact in self.contacts.values():
            if contact.meta.email and contact.meta.email.lower() == wanted:
                return contact
        return None
