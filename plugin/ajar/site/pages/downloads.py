"""Files the site serves besides pages: the calendar feed and the address book."""

from __future__ import annotations

from typing import Iterable

from ..context import GeneratedPage, SiteContext


def build(ctx: SiteContext) -> Iterable[GeneratedPage]:
    from ajar.formats.vcard_export import build_vcards

    yield GeneratedPage("contacts.vcf", build_vcards(ctx.ledger))
    try:
        from ajar.formats.calendar import build_calendar
    except ImportError:
        return
    yield GeneratedPage("reconnect.ics", build_calendar(ctx.ledger, ctx.settings, ctx.today,
                                                        ctx.site_url,
                                                        ctx.links.use_directory_urls))
