"""Check that a quote is text of its page: verbatim up to whitespace, bullet glyphs aside.

A page read by OCR is checked against its OCR text, never against its (empty) text layer.
"""

from __future__ import annotations

from pathlib import Path

from ingest.clean import BULLET_GLYPHS
from ingest.ocr_cache import OcrCache
from ingest.pdf import file_sha256, read_pdf

_GLYPHS = str.maketrans({glyph: " " for glyph in BULLET_GLYPHS})


def comparable(text: str) -> str:
    """Page or quote text with bullet glyphs dropped and whitespace collapsed."""
    return " ".join(text.translate(_GLYPHS).split())


def quote_on_page(quote: str, page_text: str) -> bool:
    """True when every line of the quote (each an excerpt) appears on the page as written."""
    page = comparable(page_text)
    excerpts = [comparable(line) for line in quote.split("\n")]
    return all(excerpt and excerpt in page for excerpt in excerpts)


def source_page_text(pdf: Path, page: int, ocr: bool, ocr_dir: Path) -> str:
    """The text a page was indexed from: its OCR text (from the OCR cache) when OCR read it, else pypdf's."""
    if ocr:
        read = OcrCache(ocr_dir).page(file_sha256(pdf), page)
        return read.text if read is not None else ""
    return read_pdf(pdf, pdf.name, require_text=False).pages[page - 1].text


def quote_on_source_page(quote: str, pdf: Path, page: int, ocr: bool, ocr_dir: Path) -> bool:
    """`quote_on_page` against the text the page was indexed from (its OCR text for an OCR'd page)."""
    return quote_on_page(quote, source_page_text(pdf, page, ocr, ocr_dir))
