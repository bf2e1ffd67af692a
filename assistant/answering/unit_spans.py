"""Where each unit the extractive answerer weighs lies in a chunk's embedded text.

Ingest pools a unit's vector from the chunk's own token embeddings over these spans (in the same
model run as the chunk), so that a question embeds only itself. A unit whose words cannot be found
in the embedded text is left out: the answerer embeds it when a question first needs it.
"""

from __future__ import annotations

from assistant.answering.units import Unit, passage_units
from assistant.types import Passage
from ingest.parse.blocks import CELL_SEPARATOR
from ingest.parse.chunk import Chunk

Span = tuple[int, int]


def chunk_units(chunk: Chunk) -> list[tuple[str, list[Span]]]:
    """(unit text, its character spans in `chunk.embed_text`) for every distinct unit of the chunk."""
    passage = Passage(
        chunk_id=chunk.id,
        document=chunk.document,
        title="",
        doc_type="",
        period="",
        page=chunk.page,
        page_label=chunk.page_label,
        heading=chunk.heading,
        text=chunk.text,
        score=0.0,
        similarity=0.0,
        heading_page=chunk.heading_page,
        kinds=chunk.kinds,
    )
    embedded = chunk.embed_text
    body = len(embedded) - len(chunk.text)  # the chunk's text ends its embedded text
    found: dict[str, list[Span]] = {}
    for unit in passage_units(0, passage, with_lists=True):
        if not unit.text or unit.text in found:
            continue
        spans = _locate(unit, chunk.text, body) or _heading_span(unit.text, embedded, body)
        if spans:
            found[unit.text] = spans
    return list(found.items())


def _locate(unit: Unit, text: str, offset: int) -> list[Span]:
    """The unit's own words in the chunk text, else each part of its quote (a table row's cells)."""
    for whole in (unit.text, unit.quote):
        at = text.find(whole)
        if whole and at >= 0:
            return [(offset + at, offset + at + len(whole))]
    spans = []
    for part in unit.quote.replace(CELL_SEPARATOR, "\n").split("\n"):
        part = part.strip()
        at = text.find(part) if part else -1
        if at < 0:
            return []  # a part not found: the pooled vector would miss some of the unit's meaning
        spans.append((offset + at, offset + at + len(part)))
    return spans


def _heading_span(text: str, embedded: str, body: int) -> list[Span]:
    """A heading unit is the nearest heading that opens the embedded text."""
    at = embedded[:body].find(text)
    return [(at, at + len(text))] if at >= 0 else []
