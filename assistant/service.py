"""One object that owns the model, the store and the retriever: the CLI, the UI and evals all use it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answer import Answer, ExtractiveAnswerer
from assistant.followup import Turn, standalone_query
from assistant.retrieve import Retriever
from ingest.embed import load_embeddings
from ingest.errors import CspError, EmptyIndexError
from ingest.pipeline import IngestReport, Progress, ingest
from ingest.settings import Settings
from ingest.store import ChunkStore, DocumentRecord

CANDIDATES_FOR_ANSWER = (
    12  # the answerer weighs more passages than the k it returns: sentences are cheap to score
)


@dataclass
class Assistant:
    """Ask questions of the ingested corpus, and keep the index up to date."""

    settings: Settings
    embeddings: Embeddings
    store: ChunkStore
    retriever: Retriever
    answerer: ExtractiveAnswerer

    @classmethod
    def open(cls, settings: Settings, embeddings: Embeddings | None = None) -> Assistant:
        """Load the embedding model (once per process) and open the store it was built with."""
        embeddings = embeddings if embeddings is not None else load_embeddings(settings)
        name = str(getattr(embeddings, "name", settings.embedding_model))
        dimension = int(getattr(embeddings, "dimension", 0)) or len(embeddings.embed_query("dimension"))
        store = ChunkStore(settings, name, dimension)
        retriever = Retriever(store, embeddings)
        return cls(settings, embeddings, store, retriever, ExtractiveAnswerer(retriever.idf))

    def ingest(self, paths: Sequence[Path] | None = None, progress: Progress | None = None) -> IngestReport:
        """Ingest the corpus (or some files) and refresh retrieval over the result."""
        report = ingest(self.settings, self.store, self.embeddings, paths, progress)
        self.retriever.refresh()
        return report

    def documents(self) -> list[DocumentRecord]:
        """What is indexed: one record per document, by title."""
        return sorted(self.store.document_records().values(), key=lambda r: (r.title.casefold(), r.document))

    def remove(self, document: str) -> int:
        """Drop a document from the index and delete its file from the corpus folder; returns chunks removed.

        The file goes too, or the next `csp ingest` of the folder would bring the document back.
        """
        if document not in self.store.document_records():
            raise CspError(f"No document named {document!r} is indexed.")
        removed = self.store.remove_document(document)
        path = (self.settings.corpus_dir / document).resolve()
        if path.is_relative_to(self.settings.corpus_dir.resolve()) and path.is_file():
            path.unlink()
        self.retriever.refresh()
        return removed

    def ask(
        self,
        question: str,
        k: int | None = None,
        doc_type: str | None = None,
        period: str | None = None,
        history: Sequence[Turn] = (),
    ) -> Answer:
        """Answer one question from the documents, with citations, or abstain.

        `history` holds the conversation's earlier (question, answer) turns: a follow-up is
        rewritten from it into a stand-alone query before retrieval.
        """
        if not self.retriever.chunks:
            raise EmptyIndexError("Nothing is indexed yet: run `csp ingest` first.")
        k = k or self.settings.top_k
        query = standalone_query(question, history)
        passages = self.retriever.search(query, max(k, CANDIDATES_FOR_ANSWER), doc_type, period)
        answer = self.answerer.answer(question, passages, query)
        return replace(answer, passages=answer.passages[:k])
