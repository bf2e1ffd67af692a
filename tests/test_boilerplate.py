"""Boilerplate: a sentence printed on the first page of several documents weighs less in retrieval."""

from __future__ import annotations

from assistant.boilerplate import boilerplate_shares
from ingest.parse.chunk import Chunk
from ingest.records import StoredChunk

NOTE = "This document is protectively marked OFFICIAL and may be shared with partners."
OWN = "The board met four times this year."


def _stored(document: str, page: int, text: str) -> StoredChunk:
    chunk = Chunk(f"{document}-{page}", document, page, str(page), "", text, 0, kinds=("para",))
    return StoredChunk(chunk, document, "annual report", "2023-24")


def test_a_cover_note_on_three_first_pages_is_boilerplate_and_nothing_else_is() -> None:
    chunks = [
        _stored("a.pdf", 1, f"{NOTE} {OWN}"),
        _stored("b.pdf", 1, NOTE),
        _stored("c.pdf", 1, f"{NOTE} Crime fell by a tenth in the town centre."),
        _stored("c.pdf", 2, f"{NOTE} {OWN}"),  # not a first page
        _stored("d.pdf", 1, OWN),  # its sentence is on two first pages only
    ]
    shares = boilerplate_shares(chunks)
    assert set(shares) == {"a.pdf-1", "b.pdf-1", "c.pdf-1"}
    assert shares["b.pdf-1"] == 1.0
    assert shares["a.pdf-1"] == len(NOTE) / (len(NOTE) + len(OWN))


def test_two_documents_sharing_a_sentence_is_not_enough() -> None:
    chunks = [_stored("a.pdf", 1, NOTE), _stored("b.pdf", 1, NOTE)]
    assert boilerplate_shares(chunks) == {}
