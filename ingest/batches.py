"""Ingest's work in flight: a parsed document, its chunks embedded in groups pooled across
documents, and the Chroma writes that follow on a thread of their own (a document's record last)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from langchain_core.embeddings import Embeddings

from ingest.facts.document import DocumentFacts
from ingest.facts.periods import meeting_date
from ingest.parse.catalogue import DocumentInfo
from ingest.parse.chunk import Chunk
from ingest.parse.pdf import PageIssue
from ingest.records import DocumentRecord
from ingest.report import FileResult, Progress
from ingest.store import ChunkStore

UnitSplitter = Callable[[Chunk], list[tuple[str, list[tuple[int, int]]]]]
"""A chunk's answer units: (text, its character spans in the chunk's embedded text)."""


UnitRow = tuple[str, list[str], Any]  # (chunk id, unit texts, their vectors)


# Chunks pooled across documents and sorted by length before embedding: batches of similar length
# waste little on padding.
EMBED_GROUP = 2048


WRITE_BATCH = 256  # chunks embedded, then written, at a time; progress is reported as often


@dataclass(frozen=True)
class Parsed:
    document: str
    sha256: str
    info: DocumentInfo
    pages: int
    chunks: tuple[Chunk, ...]
    facts: DocumentFacts
    page_texts: tuple[tuple[int, str], ...]  # each page's text as parsed, for checking quotes
    ocr_pages: int = 0
    issues: tuple[PageIssue, ...] = ()
    folder: str = ""  # the corpus folder the document name is relative to ("" for a file named alone)


class Writes:
    """Chroma writes on one background thread, in the order submitted; a document's record goes last."""

    def __init__(self, store: ChunkStore, chunking: str, records: dict[str, DocumentRecord]) -> None:
        self.store = store
        self.chunking = chunking
        self.records = records
        self.results: list[FileResult] = []
        self._lock = threading.Lock()  # the main thread reads ids while this thread writes
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="csp-write")
        self._futures: list[Future[None]] = []

    def new_chunks(self, parsed: Parsed) -> list[Chunk]:
        """The document's chunks whose content hash is not stored yet."""
        with self._lock:
            existing = self.store.chunk_ids(parsed.document)
        return [c for c in parsed.chunks if c.id not in existing]

    def chunks(
        self, parsed: Parsed, chunks: list[Chunk], vectors: list[list[float]], units: list[UnitRow]
    ) -> None:
        """Queue chunks of one document with their vectors; their units' vectors are written now.

        Units first (a quick local write), so a stored chunk always has its units; Chroma's write
        then starts at once on the writer thread, as soon as the chunks are embedded.
        """
        self.store.units.put(units)
        self._submit(self.store.add_chunks, chunks, vectors, _chunk_info(parsed))

    def finish(self, parsed: Parsed) -> None:
        """Queue a document's end: stale chunks out, then facts and record (after its chunks)."""
        self._submit(self._finish, parsed)

    def _finish(self, parsed: Parsed) -> None:
        self.store.delete_chunks(self.store.chunk_ids(parsed.document) - {c.id for c in parsed.chunks})
        self.store.put_facts(parsed.facts)
        self.store.put_pages(parsed.document, parsed.page_texts)
        self.store.put_document(_record(parsed, self.chunking))
        status = "updated" if parsed.document in self.records else "added"
        counts = (parsed.pages, len(parsed.chunks), "", parsed.ocr_pages, parsed.issues)
        self.results.append(FileResult(parsed.document, status, *counts))

    def _submit(self, write: Callable[..., None], *args: Any) -> None:
        def locked() -> None:
            with self._lock:
                write(*args)

        self._futures.append(self._pool.submit(locked))

    def close(self) -> None:
        """Wait for every queued write; raise the first error one met."""
        self._pool.shutdown(wait=True)
        for future in self._futures:
            future.result()


class Embedder:
    """Embeds new chunks in groups pooled across documents, longest-similar together, and queues writes."""

    def __init__(
        self, embeddings: Embeddings, writes: Writes, progress: Progress | None, units: UnitSplitter | None
    ) -> None:
        self.embeddings = embeddings
        # Unit vectors need the model's token embeddings: only a backend that gives them pools units.
        self.units = units if hasattr(embeddings, "embed_with_units") else None
        self.writes = writes
        self.progress = progress
        self.done = 0
        self.total = 0
        self._group: list[tuple[Parsed, Chunk]] = []
        self._waiting: dict[str, int] = {}  # document -> its chunks not yet embedded

    def add(self, parsed: Parsed, fresh: list[Chunk]) -> None:
        """Take a parsed document and the chunks of it to embed; embed once enough have gathered."""
        if not fresh:
            self.writes.finish(parsed)
            return
        self.total += len(fresh)
        self._waiting[parsed.document] = len(fresh)
        self._group += [(parsed, chunk) for chunk in fresh]
        if self.progress:  # the total grows as files are parsed; say so as soon as it does
            self.progress(self.done, self.total)
        if len(self._group) >= EMBED_GROUP:
            self.flush()

    def flush(self) -> None:
        """Embed every gathered chunk, shortest first, and queue them (and finished documents) for writing."""
        group = sorted(self._group, key=lambda item: len(item[1].embed_text))
        self._group = []
        for start in range(0, len(group), WRITE_BATCH):
            batch = group[start : start + WRITE_BATCH]
            vectors, unit_rows = self._embed([chunk for _, chunk in batch])
            by_document: dict[str, tuple[Parsed, list[Chunk], list[list[float]], list[UnitRow]]] = {}
            for (parsed, chunk), vector, row in zip(batch, vectors, unit_rows, strict=True):
                entry = by_document.setdefault(parsed.document, (parsed, [], [], []))
                entry[1].append(chunk)
                entry[2].append(vector)
                entry[3].append(row)
            for parsed, chunks, document_vectors, rows in by_document.values():
                self.writes.chunks(parsed, chunks, document_vectors, rows)
                self._waiting[parsed.document] -= len(chunks)
                if self._waiting[parsed.document] == 0:
                    del self._waiting[parsed.document]
                    self.writes.finish(parsed)
            self.done += len(batch)
            if self.progress:
                self.progress(self.done, self.total)

    def _embed(self, chunks: list[Chunk]) -> tuple[list[list[float]], list[UnitRow]]:
        """Chunk vectors, and (with a unit splitter) unit vectors pooled in the same model run."""
        texts = [chunk.embed_text for chunk in chunks]
        if self.units is None:
            return self.embeddings.embed_documents(texts), [(c.id, [], []) for c in chunks]
        units = [self.units(chunk) for chunk in chunks]
        spans = [[unit_spans for _, unit_spans in chunk_units] for chunk_units in units]
        vectors, pooled = self.embeddings.embed_with_units(texts, spans)  # type: ignore[attr-defined]
        rows = [
            (chunk.id, [text for text, _ in chunk_units], unit_vectors)
            for chunk, chunk_units, unit_vectors in zip(chunks, units, pooled, strict=True)
        ]
        return vectors, rows


def _chunk_info(parsed: Parsed) -> dict[str, str]:
    return {
        "title": parsed.info.title,
        "doc_type": parsed.info.doc_type,
        "period": parsed.info.period,
        "partnership": parsed.info.partnership,
        "sha256": parsed.sha256,
    }


def _record(parsed: Parsed, chunking: str) -> DocumentRecord:
    return DocumentRecord(
        document=parsed.document,
        sha256=parsed.sha256,
        title=parsed.info.title,
        doc_type=parsed.info.doc_type,
        period=parsed.info.period,
        partnership=parsed.info.partnership,
        pages=parsed.pages,
        chunks=len(parsed.chunks),
        ingested_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        chunking=chunking,
        date=parsed.info.date or _document_date(parsed),
        folder=parsed.folder,
    )


def _document_date(parsed: Parsed) -> str:
    """A date the catalogue does not give: the meeting's, read from the first page of minutes."""
    if parsed.info.doc_type != "minutes" or not parsed.page_texts:
        return ""
    return meeting_date(parsed.page_texts[0][1])
