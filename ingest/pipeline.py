"""Ingest a corpus incrementally: parse, clean, chunk, embed only what is new, and report per file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest.catalogue import DocumentInfo, infer_info, load_catalogue
from ingest.chunk import Chunk, chunk_pages
from ingest.clean import clean_pages
from ingest.errors import UnreadablePdfError
from ingest.facts import DocumentFacts, extract_facts
from ingest.pdf import file_sha256
from ingest.sandbox import PdfParser
from ingest.settings import Settings
from ingest.store import ChunkStore, DocumentRecord

Progress = Callable[[int, int], None]
"""Called with (chunks embedded so far, chunks to embed in all)."""

STATUSES = ("added", "updated", "unchanged", "removed", "failed")
# Bump when cleaning, chunking or fact extraction changes what a PDF turns into: files are then
# re-chunked (and only chunks whose text changed are re-embedded).
CHUNKING_VERSION = "7"


@dataclass(frozen=True)
class FileResult:
    """What ingest did with one file."""

    document: str
    status: str
    pages: int = 0
    chunks: int = 0
    reason: str = ""


@dataclass(frozen=True)
class IngestReport:
    """The outcome of one ingest run."""

    files: tuple[FileResult, ...]
    chunks_in_store: int
    chunks_embedded: int = 0
    totals: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        totals = {status: sum(f.status == status for f in self.files) for status in STATUSES}
        totals["pages"] = sum(f.pages for f in self.files if f.status != "removed")
        totals["chunks"] = sum(f.chunks for f in self.files if f.status != "removed")
        object.__setattr__(self, "totals", totals)

    @property
    def failed(self) -> bool:
        """True when any file could not be ingested."""
        return self.totals["failed"] > 0


@dataclass(frozen=True)
class _Parsed:
    document: str
    sha256: str
    info: DocumentInfo
    pages: int
    chunks: tuple[Chunk, ...]
    facts: DocumentFacts


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
    settings: Settings,
    store: ChunkStore,
    embeddings: Embeddings,
    paths: Sequence[Path] | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Bring the store up to date with the corpus (or just the `paths` given).

    Unchanged files (same content hash) are skipped without parsing; a changed file's chunks are
    replaced, embedding only chunks whose content hash is new; with no `paths`, documents no longer
    in the corpus folder are removed from the store.
    """
    catalogue = load_catalogue(settings.corpus_dir)
    records = store.document_records()
    whole_corpus = paths is None
    files = find_pdfs([settings.corpus_dir] if paths is None else paths)

    results: list[FileResult] = []
    todo: list[_Parsed] = []
    seen: set[str] = set()
    with PdfParser(settings.parse_timeout_s, settings.parse_memory_mb) as parser:
        for path in files:
            document = document_name(path, settings.corpus_dir)
            seen.add(document)
            outcome = _examine(path, document, settings, catalogue, records.get(document), parser)
            if isinstance(outcome, FileResult):
                results.append(outcome)
            else:
                todo.append(outcome)

    to_embed = {d.document: _new_chunks(store, d) for d in todo}
    total = sum(len(chunks) for chunks in to_embed.values())
    done = 0
    if progress and total:
        progress(0, total)
    for parsed in todo:
        fresh = to_embed[parsed.document]
        for start in range(0, len(fresh), 256):
            batch = fresh[start : start + 256]
            vectors = embeddings.embed_documents([c.embed_text for c in batch])
            store.add_chunks(batch, vectors, _chunk_info(parsed))
            done += len(batch)
            if progress:
                progress(done, total)
        keep = {c.id for c in parsed.chunks}
        store.delete_chunks(store.chunk_ids(parsed.document) - keep)
        store.put_facts(parsed.facts)
        store.put_document(_record(parsed, _chunking(settings)))
        status = "updated" if parsed.document in records else "added"
        results.append(FileResult(parsed.document, status, parsed.pages, len(parsed.chunks)))

    if whole_corpus:
        for document in sorted(set(records) - seen):
            store.remove_document(document)
            results.append(FileResult(document, "removed", records[document].pages, records[document].chunks))

    results.sort(key=lambda r: r.document)
    return IngestReport(files=tuple(results), chunks_in_store=store.count(), chunks_embedded=done)


def _examine(
    path: Path,
    document: str,
    settings: Settings,
    catalogue: dict[str, DocumentInfo],
    record: DocumentRecord | None,
    parser: PdfParser,
) -> FileResult | _Parsed:
    """A file's result when it needs no work (unchanged, missing, unreadable), else its new chunks."""
    if not path.is_file():
        return FileResult(document, "failed", reason="no such file")
    sha256 = file_sha256(path)
    if (
        record
        and record.sha256 == sha256
        and record.chunking == _chunking(settings)
        and _info_of(record) == catalogue.get(document, _info_of(record))
    ):
        return FileResult(document, "unchanged", record.pages, record.chunks)
    try:
        return _parse(parser, path, document, sha256, catalogue.get(document), settings.chunk_chars)
    except UnreadablePdfError as exc:
        return FileResult(document, "failed", reason=exc.reason)


def _parse(
    parser: PdfParser, path: Path, document: str, sha256: str, info: DocumentInfo | None, chunk_chars: int
) -> _Parsed:
    pdf = parser.parse(path, document, sha256)
    pages = clean_pages(pdf.pages)
    if info is None:
        first = next((b.text for p in pages for b in p.blocks if b.kind == "heading"), "")
        info = infer_info(document, pdf.meta_title, first, pdf.meta_author)
    chunks = {c.id: c for c in chunk_pages(document, pages, chunk_chars)}  # identical chunks collapse
    facts = extract_facts(document, pdf.pages, pages, info.period)
    return _Parsed(document, sha256, info, len(pages), tuple(chunks.values()), facts)


def _new_chunks(store: ChunkStore, parsed: _Parsed) -> list[Chunk]:
    existing = store.chunk_ids(parsed.document)
    return [c for c in parsed.chunks if c.id not in existing]


def _info_of(record: DocumentRecord) -> DocumentInfo:
    return DocumentInfo(record.title, record.doc_type, record.period, record.partnership)


def _chunk_info(parsed: _Parsed) -> dict[str, str]:
    return {
        "title": parsed.info.title,
        "doc_type": parsed.info.doc_type,
        "period": parsed.info.period,
        "partnership": parsed.info.partnership,
        "sha256": parsed.sha256,
    }


def _chunking(settings: Settings) -> str:
    return f"{CHUNKING_VERSION}/{settings.chunk_chars}"


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
    )
