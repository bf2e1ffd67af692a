"""Ingest a corpus incrementally: parse, clean, chunk, embed only what is new, and report per file."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from ingest.errors import UnreadablePdfError
from ingest.facts.document import DocumentFacts, extract_facts
from ingest.facts.periods import meeting_date
from ingest.parse.catalogue import DocumentInfo, infer_info, load_catalogue
from ingest.parse.chunk import Chunk, chunk_pages
from ingest.parse.clean import clean_pages
from ingest.parse.ocr_cache import RECIPE
from ingest.parse.pdf import PageIssue, PdfDocument, file_sha256
from ingest.parse.reader import OcrOptions
from ingest.parse.sandbox import OcrProgress, PdfParser
from ingest.records import DocumentRecord
from ingest.report import FileResult, IngestReport
from ingest.settings import IngestSettings
from ingest.store import ChunkStore

Progress = Callable[[int, int], None]
"""Called with (chunks embedded so far, chunks to embed in all)."""
UnitSplitter = Callable[[Chunk], list[tuple[str, list[tuple[int, int]]]]]
"""A chunk's answer units: (text, its character spans in the chunk's embedded text)."""
UnitRow = tuple[str, list[str], Any]  # (chunk id, unit texts, their vectors)

# Bump when cleaning, chunking or fact extraction changes what a PDF turns into: files are then
# re-chunked (and only chunks whose text changed are re-embedded).
CHUNKING_VERSION = "10"
# Chunks pooled across documents and sorted by length before embedding: batches of similar length
# waste little on padding.
EMBED_GROUP = 2048
WRITE_BATCH = 256  # chunks embedded, then written, at a time; progress is reported as often


@dataclass(frozen=True)
class _Parsed:
    document: str
    sha256: str
    info: DocumentInfo
    pages: int
    chunks: tuple[Chunk, ...]
    facts: DocumentFacts
    page_texts: tuple[tuple[int, str], ...]  # each page's text as parsed, for checking quotes
    ocr_pages: int = 0
    issues: tuple[PageIssue, ...] = ()


def document_name(path: Path, corpus_dir: Path) -> str:
    """A file's name relative to the corpus folder; a file outside it goes by its own name."""
    try:
        return path.resolve().relative_to(corpus_dir.resolve()).as_posix()
    except ValueError:
        return path.name


def find_pdfs(paths: Sequence[Path]) -> list[Path]:
    """PDF files named, or found below the folders named, sorted and without repeats."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
        else:
            found.add(path)
    return sorted(found)


def ingest(
    settings: IngestSettings,
    store: ChunkStore,
    embeddings: Embeddings,
    paths: Sequence[Path] | None = None,
    progress: Progress | None = None,
    ocr_progress: OcrProgress | None = None,
    units: UnitSplitter | None = None,
) -> IngestReport:
    """Bring the store up to date with the corpus (or just the `paths` given).

    Unchanged files (same content hash) are skipped without parsing; a changed file's chunks are
    replaced, embedding only chunks whose content hash is new; with no `paths`, documents no longer
    in the corpus folder are removed from the store.

    Parsing runs ahead in one thread (the parser itself is a child process) and Chroma is written
    from another, so the embedding model, the one cost that matters, is seldom left waiting. With
    `units`, each chunk's answer units get vectors pooled in the same model run as the chunk.
    """
    catalogue = load_catalogue(settings.corpus_dir)
    records = store.document_records()
    files = find_pdfs([settings.corpus_dir] if paths is None else paths)
    names = [document_name(path, settings.corpus_dir) for path in files]
    writes = _Writes(store, _chunking(settings), records)
    results: list[FileResult] = []
    with PdfParser(
        settings.parse_timeout_s, settings.parse_memory_mb, OcrOptions.from_settings(settings)
    ) as parser:
        reader = ThreadPoolExecutor(1, thread_name_prefix="csp-parse")
        try:
            examined = [
                reader.submit(
                    _examine, path, name, settings, catalogue, records.get(name), parser, ocr_progress
                )
                for path, name in zip(files, names, strict=True)
            ]
            embedder = _Embedder(embeddings, writes, progress, units)
            for future in examined:
                if not future.done():
                    embedder.flush()  # embed what is parsed rather than wait for the parser
                outcome = future.result()
                if isinstance(outcome, FileResult):
                    results.append(outcome)
                else:
                    embedder.add(outcome, writes.new_chunks(outcome))
            embedder.flush()
        finally:
            reader.shutdown(cancel_futures=True)
            writes.close()  # waits for what was submitted; raises the first error a write met
    results += writes.results
    if paths is None:
        for document in sorted(set(records) - set(names)):
            store.remove_document(document)
            results.append(FileResult(document, "removed", records[document].pages, records[document].chunks))
    results.sort(key=lambda r: r.document)
    return IngestReport(files=tuple(results), chunks_in_store=store.count(), chunks_embedded=embedder.done)


class _Writes:
    """Chroma writes on one background thread, in the order submitted; a document's record goes last."""

    def __init__(self, store: ChunkStore, chunking: str, records: dict[str, DocumentRecord]) -> None:
        self.store = store
        self.chunking = chunking
        self.records = records
        self.results: list[FileResult] = []
        self._lock = threading.Lock()  # the main thread reads ids while this thread writes
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="csp-write")
        self._futures: list[Future[None]] = []

    def new_chunks(self, parsed: _Parsed) -> list[Chunk]:
        """The document's chunks whose content hash is not stored yet."""
        with self._lock:
            existing = self.store.chunk_ids(parsed.document)
        return [c for c in parsed.chunks if c.id not in existing]

    def chunks(
        self, parsed: _Parsed, chunks: list[Chunk], vectors: list[list[float]], units: list[UnitRow]
    ) -> None:
        """Queue chunks of one document with their vectors; their units' vectors are written now.

        Units first (a quick local write), so a stored chunk always has its units; Chroma's write
        then starts at once on the writer thread, as soon as the chunks are embedded.
        """
        self.store.units.put(units)
        self._submit(self.store.add_chunks, chunks, vectors, _chunk_info(parsed))

    def finish(self, parsed: _Parsed) -> None:
        """Queue a document's end: stale chunks out, then facts and record (after its chunks)."""
        self._submit(self._finish, parsed)

    def _finish(self, parsed: _Parsed) -> None:
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


class _Embedder:
    """Embeds new chunks in groups pooled across documents, longest-similar together, and queues writes."""

    def __init__(
        self, embeddings: Embeddings, writes: _Writes, progress: Progress | None, units: UnitSplitter | None
    ) -> None:
        self.embeddings = embeddings
        # Unit vectors need the model's token embeddings: only a backend that gives them pools units.
        self.units = units if hasattr(embeddings, "embed_with_units") else None
        self.writes = writes
        self.progress = progress
        self.done = 0
        self.total = 0
        self._group: list[tuple[_Parsed, Chunk]] = []
        self._waiting: dict[str, int] = {}  # document -> its chunks not yet embedded

    def add(self, parsed: _Parsed, fresh: list[Chunk]) -> None:
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
            by_document: dict[str, tuple[_Parsed, list[Chunk], list[list[float]], list[UnitRow]]] = {}
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


def _examine(
    path: Path,
    document: str,
    settings: IngestSettings,
    catalogue: dict[str, DocumentInfo],
    record: DocumentRecord | None,
    parser: PdfParser,
    ocr_progress: OcrProgress | None = None,
) -> FileResult | _Parsed:
    """A file's result when it needs no work (unchanged, missing, unreadable), else its new chunks."""
    if not path.is_file():
        return FileResult(document, "failed", reason="no such file")
    sha256 = file_sha256(path)
    if (
        record
        and record.sha256 == sha256
        and record.chunking == _chunking(settings)
        and _info_of(record) == _listed(catalogue.get(document), record)
    ):
        return FileResult(document, "unchanged", record.pages, record.chunks)
    try:
        pdf = parser.parse(path, document, sha256, ocr_progress)
        return _parse(pdf, catalogue.get(document), settings.chunk_chars)
    except UnreadablePdfError as exc:
        return FileResult(document, "failed", reason=exc.reason)


def _parse(pdf: PdfDocument, info: DocumentInfo | None, chunk_chars: int) -> _Parsed:
    document = pdf.document
    pages = clean_pages(pdf.pages)
    if info is None:
        first = next((b.text for p in pages for b in p.blocks if b.kind == "heading"), "")
        info = infer_info(document, pdf.meta_title, first, pdf.meta_author)
    chunks = {c.id: c for c in chunk_pages(document, pages, chunk_chars)}  # identical chunks collapse
    facts = extract_facts(document, pdf.pages, pages, info.period, info.date, info.doc_type)
    texts = tuple((page.number, page.text) for page in pdf.pages)
    ocr_pages = sum(page.ocr for page in pdf.pages)
    return _Parsed(
        document, pdf.sha256, info, len(pages), tuple(chunks.values()), facts, texts, ocr_pages, pdf.issues
    )


def _listed(info: DocumentInfo | None, record: DocumentRecord) -> DocumentInfo:
    """What the catalogue says of a document; a date it does not give is the one read from the file."""
    if info is None:
        return _info_of(record)
    return info if info.date else replace(info, date=record.date)


def _info_of(record: DocumentRecord) -> DocumentInfo:
    return DocumentInfo(record.title, record.doc_type, record.period, record.partnership, record.date)


def _chunk_info(parsed: _Parsed) -> dict[str, str]:
    return {
        "title": parsed.info.title,
        "doc_type": parsed.info.doc_type,
        "period": parsed.info.period,
        "partnership": parsed.info.partnership,
        "sha256": parsed.sha256,
    }


def _chunking(settings: IngestSettings) -> str:
    # The OCR mode and recipe decide what a scanned page turns into: changing either re-reads files.
    return f"{CHUNKING_VERSION}/{settings.chunk_chars}/ocr-{settings.ocr}/{RECIPE}"


def _record(parsed: _Parsed, chunking: str) -> DocumentRecord:
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
    )


def _document_date(parsed: _Parsed) -> str:
    """A date the catalogue does not give: the meeting's, read from the first page of minutes."""
    if parsed.info.doc_type != "minutes" or not parsed.page_texts:
        return ""
    return meeting_date(parsed.page_texts[0][1])
