"""What the store gives back: a document's record, and a chunk with its document's facts."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.parse.chunk import Chunk


@dataclass(frozen=True)
class DocumentRecord:
    """One ingested document: what it is, its content hash, and how much of it is indexed."""

    document: str
    sha256: str
    title: str
    doc_type: str
    period: str
    partnership: str
    pages: int
    chunks: int
    ingested_at: str
    chunking: str = ""
    date: str = ""  # the meeting's or publication's, from the catalogue or the document
    folder: str = ""  # the folder outside the corpus that the name is relative to; "" = the corpus


@dataclass(frozen=True)
class StoredChunk:
    """A chunk as read back from the store, with the document facts stored beside it."""

    chunk: Chunk
    title: str
    doc_type: str
    period: str
