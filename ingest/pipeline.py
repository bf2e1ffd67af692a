"""Ingest a corpus incrementally: parse, clean, chunk, embed only what is new, and report per file."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest.batches import Embedder, Parsed, UnitSplitter, Writes
from ingest.corpus_files import CorpusFile, corpus_files, stale_documents
from ingest.errors import UnreadablePdfError
from ingest.facts.document import extract_facts
from ingest.parse.catalogue import DocumentInfo, infer_info, load_catalogue
from ingest.parse.chunk import chunk_pages
from ingest.parse.clean import clean_pages
from ingest.parse.ocr_cache import RECIPE
from ingest.parse.pdf import PdfDocument, file_sha256
from ingest.parse.reader import OcrOptions
from ingest.parse.sandbox import OcrProgress, PdfParser
from ingest.records import DocumentRecord
from ingest.report import FileResult, IngestReport, Progress
from ingest.settings import IngestSettings
from ingest.store import ChunkStore

# Bump when cleaning, chunking or fact extraction changes what a PDF turns into: files are then
# re-chunked (and only chunks whose text changed are re-embedded).
CHUNKING_VERSION = "237"


def ingest(
    settings: IngestSettings,
    store: ChunkStore,
    embeddings: Embeddings,
    paths: Sequence[Path] | None = None,
    progress: Progress | None = None,
    ocr_progress: OcrProgress | None = None,
    units: UnitSplitter | None = None,
    force: bool = False,
) -> IngestReport:
    """Bring the store up to date with the corpus (or just the `paths` given).

    Unchanged files (same content hash) are skipped without parsing, unless `force` reads them again;
    a file read again has its chunks replaced, embedding only chunks whose content hash is new;
    documents no longer in the corpus folder (or in a folder among `paths`) are removed from the store.

    Parsing runs ahead in one thread (the parser itself is a child process) and Chroma is written
    from another, so the embedding model, the one cost that matters, is seldom left waiting. With
    `units`, each chunk's answer units get vectors pooled in the same model run as the chunk.
    """
    catalogue = load_catalogue(settings.corpus_dir)
    records = store.document_records()
    files = corpus_files(paths, settings.corpus_dir)
    writes = Writes(store, _chunking(settings), records)
    results: list[FileResult] = []
    # With `force`, no file is taken to be unchanged.
    known: dict[str, DocumentRecord] = {} if force else records
    with PdfParser(
        settings.parse_timeout_s, settings.parse_memory_mb, OcrOptions.from_settings(settings)
    ) as parser:
        reader = ThreadPoolExecutor(1, thread_name_prefix="csp-parse")
        try:
            examined = [
                reader.submit(_examine, file, settings, catalogue, known.get(file.name), parser, ocr_progress)
                for file in files
            ]
            embedder = Embedder(embeddings, writes, progress, units)
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
    _move_records(store, records, files, results)
    for document in stale_documents(records, files, paths, settings.corpus_dir):
        store.remove_document(document)
        results.append(FileResult(document, "removed", records[document].pages, records[document].chunks))
    results.sort(key=lambda r: r.document)
    return IngestReport(files=tuple(results), chunks_in_store=store.count(), chunks_embedded=embedder.done)


def _examine(
    file: CorpusFile,
    settings: IngestSettings,
    catalogue: dict[str, DocumentInfo],
    record: DocumentRecord | None,
    parser: PdfParser,
    ocr_progress: OcrProgress | None = None,
) -> FileResult | Parsed:
    """A file's result when it needs no work (unchanged, missing, unreadable), else its new chunks."""
    path, document = file.path, file.name
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
        return replace(_parse(pdf, catalogue.get(document), settings.chunk_chars), folder=file.folder)
    except UnreadablePdfError as exc:
        return FileResult(document, "failed", reason=exc.reason)


def _parse(pdf: PdfDocument, info: DocumentInfo | None, chunk_chars: int) -> Parsed:
    document = pdf.document
    pages = clean_pages(pdf.pages)
    if info is None:
        first = next((b.text for p in pages for b in p.blocks if b.kind == "heading"), "")
        info = infer_info(document, pdf.meta_title, first, pdf.meta_author)
    chunks = {c.id: c for c in chunk_pages(document, pages, chunk_chars)}  # identical chunks collapse
    facts = extract_facts(document, pdf.pages, pages, info.period, info.date, info.doc_type)
    texts = tuple((page.number, page.text) for page in pdf.pages)
    ocr_pages = sum(page.ocr for page in pdf.pages)
    return Parsed(
        document, pdf.sha256, info, len(pages), tuple(chunks.values()), facts, texts, ocr_pages, pdf.issues
    )


def _move_records(
    store: ChunkStore,
    records: dict[str, DocumentRecord],
    files: Sequence[CorpusFile],
    results: list[FileResult],
) -> None:
    """Unchanged documents now reached from another folder: their records say so, for later deletions."""
    unchanged = {r.document for r in results if r.status == "unchanged"}
    for file in files:
        record = records.get(file.name)
        if file.name in unchanged and record and record.folder != file.folder:
            store.put_document(replace(record, folder=file.folder))


def _listed(info: DocumentInfo | None, record: DocumentRecord) -> DocumentInfo:
    """What the catalogue says of a document; a date it does not give is the one read from the file."""
    if info is None:
        return _info_of(record)
    return info if info.date else replace(info, date=record.date)


def _info_of(record: DocumentRecord) -> DocumentInfo:
    return DocumentInfo(record.title, record.doc_type, record.period, record.partnership, record.date)


def _chunking(settings: IngestSettings) -> str:
    # The OCR mode and recipe decide what a scanned page turns into: changing either re-reads files.
    return f"{CHUNKING_VERSION}/{settings.chunk_chars}/ocr-{settings.ocr}/{RECIPE}"
