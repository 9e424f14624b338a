"""Plain notes skip Python-Markdown (site/markup.plain_paragraphs): whenever the
shortcut takes a text, it must give exactly what Markdown gives."""

from __future__ import annotations

import random

import pytest

from ajar.site import markup

PLAIN = list("abcde xyz  \n\n\n.,;:'\"?()/%$@+-0123456789") + ["é", "北", "🎉"]
SPECIAL = list("=*_`#[]<>&|~!\\{}\t\r") + ["\xa0", "  \n", "1. ", "- ", "> ", "    ", "---"]


def markdown_html(body: str) -> str:
    return markup.markdown_html(body)


@pytest.mark.parametrize("seed", range(4))
def test_shortcut_gives_what_markdown_gives(seed: int) -> None:
    rng = random.Random(seed)
    taken = 0
    for _ in range(1500):
        body = "".join(rng.choice(SPECIAL if rng.random() < 0.03 else PLAIN)
                       for _ in range(rng.randrange(1, 80)))
        plain = markup.plain_paragraphs(body)
        if plain is not None and body.strip():
            taken += 1
            assert plain == markdown_html(body), repr(body)
    assert taken > 100  # the shortcut does take plain text


@pytest.mark.parametrize("body", [
    "Met at a meetup; likes data pipelines.",
    "Screening call only. We got to salary in the first ten minutes; the band topped\n"
    "out about 15% under my current pay. No hard feelings on either side.\n\n"
    "See the contact note: Rafael asked not to be contacted again.\n",
    "Zoë (Zürich), 北京 — café?\n\n\n\nSecond paragraph.",
])
def test_plain_notes_take_the_shortcut(body: str) -> None:
    assert markup.plain_paragraphs(body) == markdown_html(body)
