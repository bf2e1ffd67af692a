"""Check that a quote is text of its page: verbatim up to whitespace, bullet glyphs aside."""

from __future__ import annotations

from ingest.parse.clean import BULLET_GLYPHS

_GLYPHS = str.maketrans({glyph: " " for glyph in BULLET_GLYPHS})


def comparable(text: str) -> str:
    """Page or quote text with bullet glyphs dropped and whitespace collapsed."""
    return " ".join(text.translate(_GLYPHS).split())


def quote_on_page(quote: str, page_text: str) -> bool:
    """True when every line of the quote (each an excerpt) appears on the page as written."""
    page = comparable(page_text)
    excerpts = [comparable(line) for line in quote.split("\n")]
    return all(excerpt and excerpt in page for excerpt in excerpts)
