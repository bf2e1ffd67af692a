"""One object that owns the model, the store and the retriever: the CLI, the UI and evals all use it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answer import Answer, ExtractiveAnswerer, cited_first
from assistant.followup import Turn, standalone_query
from assistant.knowledge import Knowledge, build_knowledge
from assistant.llm import GenerativeAnswerer, build_answerer, build_chat_model
from assistant.ocr_marks import mark_ocr, ocr_pages
from assistant.priorities import answer_priorities
from assistant.retrieve import Passage, Retriever
from assistant.text import clean_question, terms
from ingest.embed import load_embeddings
from ingest.errors import CspError, EmptyIndexError
from ingest.lock import writer_lock
from ingest.pipeline import IngestReport, Progress, ingest
from ingest.sandbox import OcrProgress
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
    generator: GenerativeAnswerer | None = None  # set by CSP_LLM: writes answers, `answerer` is its fallback
    knowledge: Knowledge = field(init=False)  # the funding register, priorities and glossary
    records: dict[str, DocumentRecord] = field(init=False)
    own_words: set[str] = field(init=False)  # words of the partnerships' names and their initials
    ocr_pages: frozenset[tuple[str, int]] = field(init=False)  # (document, page) read by OCR

    def __post_init__(self) -> None:
        self.refresh_facts()

    def refresh_facts(self) -> None:
        """Rebuild the funding register, priorities and glossary from the stored document facts."""
        self.records = self.store.document_records()
        # The partnership's own name is in every document: it never says which row or list is meant.
        names = {r.partnership for r in self.records.values() if r.partnership}
        self.own_words = set(terms(" ".join(names))) | {
            "".join(w[0] for w in n.split()).lower() for n in names
        }
        labels = {(s.chunk.document, s.chunk.page): s.chunk.page_label for s in self.retriever.chunks}
        self.ocr_pages = ocr_pages(self.retriever.chunks)
        self.knowledge = build_knowledge(
            self.store.all_facts(), self.records, self.settings.corpus_dir, labels
        )

    @classmethod
    def open(cls, settings: Settings, embeddings: Embeddings | None = None) -> Assistant:
        """Load the embedding model (once per process) and open the store it was built with."""
        chat_model = build_chat_model(settings)  # a bad CSP_LLM fails now, before the model loads
        embeddings = embeddings if embeddings is not None else load_embeddings(settings)
        name = str(getattr(embeddings, "name", settings.embedding_model))
        dimension = int(getattr(embeddings, "dimension", 0)) or len(embeddings.embed_query("dimension"))
        store = ChunkStore(settings, name, dimension)
        retriever = Retriever(store, embeddings)
        extractive = ExtractiveAnswerer(retriever.idf, embed=embeddings.embed_documents)
        generator = build_answerer(settings, extractive, chat_model)
        return cls(settings, embeddings, store, retriever, extractive, generator)

    def ingest(
        self,
        paths: Sequence[Path] | None = None,
        progress: Progress | None = None,
        ocr_progress: OcrProgress | None = None,
    ) -> IngestReport:
        """Ingest the corpus (or some files) and refresh retrieval over the result."""
        with writer_lock(self.settings):
            report = ingest(self.settings, self.store, self.embeddings, paths, progress, ocr_progress)
        self.retriever.refresh()
        self.refresh_facts()
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
        with writer_lock(self.settings):
            removed = self.store.remove_document(document)
            path = (self.settings.corpus_dir / document).resolve()
            if path.is_relative_to(self.settings.corpus_dir.resolve()) and path.is_file():
                path.unlink()
        self.retriever.refresh()
        self.refresh_facts()
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
        rewritten from it into a stand-alone query before retrieval (by the language model when
        CSP_LLM configures one). With a model the answer is written by it and checked; when it is
        unavailable, the extractive answer comes back with a note saying so.
        """
        question = clean_question(question)
        k, query, vector, passages = self._retrieve(question, k, doc_type, period, history)
        exact = self._from_facts(question, query, doc_type, period)
        if exact is not None:
            answer = replace(exact, passages=cited_first(passages, exact.citations), query=query)
        elif self.generator is not None:
            answer = self.generator.answer(question, passages, query, context=k)
        else:
            answer = self.answerer.answer(question, passages, query, vector)
        return mark_ocr(replace(answer, passages=answer.passages[:k]), self.ocr_pages)

    def search(
        self, question: str, k: int | None = None, doc_type: str | None = None, period: str | None = None
    ) -> list[Passage]:
        """The passages retrieval finds for a question, best first, before any answerer reorders them."""
        k, _, _, passages = self._retrieve(clean_question(question), k, doc_type, period, ())
        return passages[:k]

    def stream(
        self,
        question: str,
        k: int | None = None,
        doc_type: str | None = None,
        period: str | None = None,
        history: Sequence[Turn] = (),
    ) -> Iterator[str | Answer]:
        """Answer as `ask` does, yielding text pieces as they are ready and, last, the Answer.

        Concatenated, the pieces are the answer text as checked so far: a generated answer comes a
        sentence or list item at a time, each already checked (markers renumbered, unsupported
        figures marked "(unverified)", unsupported links removed). The extractive answerer yields
        its whole text once. The final Answer is authoritative: show its `text`, `notes` and
        `citations` when it arrives (after an abstention, or when the model failed mid-answer and the
        extractive answer replaced it, its text differs from the pieces).
        """
        question = clean_question(question)
        k, query, vector, passages = self._retrieve(question, k, doc_type, period, history)
        exact = self._from_facts(question, query, doc_type, period)
        if exact is not None or self.generator is None:
            if exact is not None:
                answer = replace(exact, passages=cited_first(passages, exact.citations), query=query)
            else:
                answer = self.answerer.answer(question, passages, query, vector)
            yield answer.text
            yield mark_ocr(replace(answer, passages=answer.passages[:k]), self.ocr_pages)
            return
        for item in self.generator.stream(question, passages, query, context=k):
            if isinstance(item, Answer):
                item = mark_ocr(replace(item, passages=item.passages[:k]), self.ocr_pages)
            yield item

    def _retrieve(
        self,
        question: str,
        k: int | None,
        doc_type: str | None,
        period: str | None,
        history: Sequence[Turn],
    ) -> tuple[int, str, list[float], list[Passage]]:
        """The k to show, the stand-alone query and its vector, and the passages an answerer weighs."""
        if not self.retriever.chunks:
            raise EmptyIndexError("Nothing is indexed yet: run `csp ingest` first.")
        k = k or self.settings.top_k
        if self.generator is not None:
            query = self.generator.rewrite(question, history)
        else:
            query = standalone_query(question, history)
        # The word search looks for every form of the glossary terms used ("ASB", "anti-social
        # behaviour"); the question's meaning is embedded as asked.
        search = self.knowledge.glossary.expand(query)
        vector = self.embeddings.embed_query(search)
        passages = self.retriever.search(search, max(k, CANDIDATES_FOR_ANSWER), doc_type, period, vector)
        return k, query, vector, passages

    def _from_facts(
        self, question: str, query: str, doc_type: str | None, period: str | None
    ) -> Answer | None:
        """An exact answer from the funding register or the priority lists, when the question asks for one.

        The stand-alone query is read, so a follow-up ("and the domestic abuse one?") keeps its topic.
        """
        records = self.records
        allowed = {
            name
            for name, r in records.items()
            if (not doc_type or r.doc_type == doc_type) and (not period or r.period == period)
        }
        facts = self.knowledge
        sets = [s for s in facts.priority_sets if s.document in allowed]
        labels = facts.register.page_labels
        found = answer_priorities(query, sets, self.own_words, facts.titles, labels)
        if found is None and question == query:  # a definition is asked for in so many words
            found = facts.glossary.define(question, facts.titles, labels)
        if found is None:
            found = facts.register.restricted_to(allowed).answer(query, self.own_words)
        return found
