"""Which cited pages were read by OCR, and how a source says so ("read by OCR")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from assistant.answering.extractive import Answer
from ingest.records import StoredChunk

OCR_NOTE = "read by OCR"


def ocr_pages(chunks: Iterable[StoredChunk]) -> frozenset[tuple[str, int]]:
    """The (document, page) of every indexed page whose text came from OCR."""
    return frozenset((s.chunk.document, s.chunk.page) for s in chunks if s.chunk.ocr)


def mark_ocr(answer: Answer, pages: frozenset[tuple[str, int]]) -> Answer:
    """The answer with each citation of a page read by OCR marked `ocr`, whatever answerer cited it."""
    if not pages or not answer.citations:
        return answer
    citations = tuple(replace(c, ocr=(c.document, c.page) in pages) for c in answer.citations)
    return replace(answer, citations=citations)


def ocr_suffix(ocr: bool) -> str:
    """What follows a source's name when its page was read by OCR."""
    return f" ({OCR_NOTE})" if ocr else ""
