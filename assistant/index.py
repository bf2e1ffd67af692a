"""The index and what answering reads from it: ingest, remove and refresh, one writer at a time.

Answering reads `Index.state`, an immutable snapshot (retriever, knowledge, document records, and
what is derived from them once: pages read by OCR, newer editions). A change to the index builds the
next snapshot aside and swaps it in with one assignment, so a question always works from one
snapshot, never half of an old one and half of a new one.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.editions import Editions
from assistant.answering.ocr_marks import ocr_pages
from assistant.answering.unit_spans import chunk_units
from assistant.facts.knowledge import Knowledge, build_knowledge
from assistant.lexical import open_lexical
from assistant.retrieve import Retriever
from assistant.settings import Settings
from ingest.errors import CspError
from ingest.lock import writer_lock
from ingest.parse.sandbox import OcrProgress
from ingest.pipeline import ingest
from ingest.records import DocumentRecord
from ingest.report import IngestReport, Progress
from ingest.store import ChunkStore


@dataclass(frozen=True)
class IndexState:
    """Everything answering reads from the index, built together and replaced whole."""

    retriever: Retriever
    knowledge: Knowledge
    records: Mapping[str, DocumentRecord]
    ocr_pages: frozenset[tuple[str, int]]  # (document, page) read by OCR
    editions: Editions  # each older document's newest edition, from the records


class Index:
    """The chunk store and the retrieval state built from it."""

    def __init__(self, settings: Settings, embeddings: Embeddings, store: ChunkStore) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.store = store
        self._writing = threading.Lock()  # one change at a time within this process
        self._state: IndexState | None = None

    @classmethod
    def open(cls, settings: Settings, embeddings: Embeddings) -> Index:
        """Open the store the embedding model built (or a new one for it)."""
        name = str(getattr(embeddings, "name", settings.embedding_model))
        dimension = int(getattr(embeddings, "dimension", 0)) or len(embeddings.embed_query("dimension"))
        return cls(settings, embeddings, ChunkStore(settings, name, dimension))

    @property
    def state(self) -> IndexState:
        """The current snapshot, built on first use."""
        state = self._state
        if state is None:
            with self._writing:
                if self._state is None:
                    self._state = self._build()
                state = self._state
        return state

    def ingest(
        self,
        paths: Sequence[Path] | None = None,
        progress: Progress | None = None,
        refresh: bool = True,
        ocr_progress: OcrProgress | None = None,
        force: bool = False,
    ) -> IngestReport:
        """Ingest the corpus (or some files); with `refresh`, answer from the result at once; with
        `force`, read unchanged files again too.

        `csp ingest` passes refresh=False: it answers nothing, so it builds no retrieval state; it
        saves the word index, though, when the store changed: building it is a small part of an
        ingest but most of the first `csp ask` after one.
        """
        with self._writing, writer_lock(self.settings):
            report = ingest(
                self.settings, self.store, self.embeddings, paths, progress, ocr_progress, chunk_units, force
            )
            if not refresh:
                self._state = None
                if _changed(report):
                    open_lexical(self.store, self.store.document_records(), lexical_folder(self.settings))
            elif self._state is None or _changed(report):
                self._state = self._build()
        return report

    def reingest(
        self, document: str, progress: Progress | None = None, ocr_progress: OcrProgress | None = None
    ) -> IngestReport:
        """Read an indexed document's file again, though unchanged (after a parser or OCR upgrade, say).

        Only chunks whose text changed are embedded again; what OCR read is cached by content hash.
        """
        if document not in self.store.document_records():
            raise CspError(f"No document named {document!r} is indexed.")
        return self.ingest(
            [self.settings.corpus_dir / document], progress, ocr_progress=ocr_progress, force=True
        )

    def remove(self, document: str) -> int:
        """Drop a document from the index and delete its file from the corpus folder; returns chunks removed.

        The file goes too, or the next `csp ingest` of the folder would bring the document back.
        """
        with self._writing:
            if document not in self.store.document_records():
                raise CspError(f"No document named {document!r} is indexed.")
            with writer_lock(self.settings):
                removed = self.store.remove_document(document)
                path = (self.settings.corpus_dir / document).resolve()
                if path.is_relative_to(self.settings.corpus_dir.resolve()) and path.is_file():
                    path.unlink()
            self._state = self._build()
        return removed

    def documents(self) -> list[DocumentRecord]:
        """What is indexed: one record per document, by title."""
        records = self.store.document_records().values()
        return sorted(records, key=lambda r: (r.title.casefold(), r.document))

    def _build(self) -> IndexState:
        records = self.store.document_records()
        lexical = open_lexical(self.store, records, lexical_folder(self.settings))
        retriever = Retriever(self.store, self.embeddings, lexical=lexical)
        labels = {(s.chunk.document, s.chunk.page): s.chunk.page_label for s in retriever.chunks}
        knowledge = build_knowledge(self.store.all_facts(), records, self.settings.corpus_dir, labels)
        return IndexState(retriever, knowledge, records, ocr_pages(retriever.chunks), Editions.of(records))


def lexical_folder(settings: Settings) -> Path:
    """Where the saved word index lives: the data folder, one per collection (and server)."""
    where = f"{settings.chroma_host}-{settings.chroma_port}-" if settings.chroma_host else ""
    return settings.data_dir / "lexical" / f"{where}{settings.collection}"


def _changed(report: IngestReport) -> bool:
    """Whether an ingest changed what is stored: any file added, updated or removed."""
    return any(report.totals[status] for status in ("added", "updated", "removed"))
