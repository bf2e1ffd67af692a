"""Asking: a question in, a cited answer (or a plain "the documents do not say") out.

The path of a question: clean it → make it stand-alone from the conversation → retrieve passages
(BM25 + dense, fused) → an exact answer from the facts (priorities, glossary, funding register)
or else an answerer's (extractive, or generative when `CSP_LLM` is set) → every citation's quote
checked against its page → the Answer. `ask` is `stream` drained: one code path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from assistant.answering.answer_types import named_kind
from assistant.answering.chat_model import COOL_DOWN_SECONDS, ModelHealth, build_chat_model, parse_llm
from assistant.answering.citations import cited_first
from assistant.answering.compare import (
    Best,
    compare_answer,
    period_answer,
    read_comparison,
    read_period_comparison,
)
from assistant.answering.extractive import ExtractiveAnswerer
from assistant.answering.followup import Turn, standalone_query
from assistant.answering.initials import name_initials
from assistant.answering.meeting import with_meeting, with_sources
from assistant.answering.named import Named, not_mentioned, read_names
from assistant.answering.ocr_marks import mark_ocr
from assistant.answering.parts import parts_answer, read_parts
from assistant.answering.phrasing import what_is_asked
from assistant.answering.quotes import drop_unquoted
from assistant.answering.rerank import reranked
from assistant.answering.spelling import Slip, read_slips
from assistant.answering.units import Unit
from assistant.answering.vectors import VectorCache
from assistant.answering.weights import COVER_DOCUMENTS, VECTOR_CACHE
from assistant.answering.why import with_reason
from assistant.cues import read_cues
from assistant.facts.covered import answer_covered
from assistant.facts.knowledge import Knowledge
from assistant.facts.router import answer_from_facts
from assistant.index import Index, IndexState
from assistant.retrieve import Retriever
from assistant.settings import Settings
from assistant.spelled import is_acronym, is_mixed_acronym, typed_acronyms
from assistant.text import clean_question, family_forms, terms, with_change_words
from assistant.types import Answer, Passage
from ingest.embed.models import load_embeddings
from ingest.errors import EmptyIndexError
from ingest.parse.sandbox import OcrProgress
from ingest.records import DocumentRecord
from ingest.report import IngestReport, Progress
from ingest.store import ChunkStore

if TYPE_CHECKING:  # the generative path imports langchain_core's model classes: a second at start
    from langchain_core.language_models import BaseChatModel

    from assistant.answering.generative import GenerativeAnswerer

CANDIDATES_FOR_ANSWER = 12  # the answerer weighs more passages than the k it returns: sentences are cheap


@dataclass(frozen=True)
class _Retrieved:
    k: int
    query: str
    vector: list[float]
    passages: list[Passage]


class Assistant:
    """Ask questions of the ingested corpus, and keep the index up to date (through `index`)."""

    def __init__(
        self,
        settings: Settings,
        embeddings: Embeddings,
        index: Index,
        chat_model: BaseChatModel | None = None,
    ) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.index = index
        self.chat_model = chat_model
        # Shared by every question: unit vectors, and whether the chat model is answering.
        self._vectors = VectorCache(embeddings.embed_documents, VECTOR_CACHE)
        self._health = ModelHealth(COOL_DOWN_SECONDS)

    @classmethod
    def open(cls, settings: Settings, embeddings: Embeddings | None = None) -> Assistant:
        """Load the embedding model (once per process) and open the store it was built with."""
        chat_model = build_chat_model(settings)  # a bad CSP_LLM fails now, before the model loads
        embeddings = embeddings if embeddings is not None else load_embeddings(settings)
        return cls(settings, embeddings, Index.open(settings, embeddings), chat_model)

    def with_settings(self, settings: Settings) -> Assistant:
        """The same index asked with other settings (another `CSP_LLM`, say)."""
        return Assistant(settings, self.embeddings, self.index, build_chat_model(settings))

    # the index, as the edges (CLI, UI, evaluation) see it -------------------------------------
    @property
    def store(self) -> ChunkStore:
        return self.index.store

    @property
    def retriever(self) -> Retriever:
        return self.index.state.retriever

    @property
    def knowledge(self) -> Knowledge:
        return self.index.state.knowledge

    @property
    def records(self) -> Mapping[str, DocumentRecord]:
        return self.index.state.records

    @property
    def ocr_pages(self) -> frozenset[tuple[str, int]]:
        """The (document, page) of every indexed page read by OCR."""
        return self.index.state.ocr_pages

    @property
    def model_name(self) -> str | None:
        """The `CSP_LLM` model that writes answers, or None for extractive answers."""
        return (
            parse_llm(self.settings.llm).name if self.chat_model is not None and self.settings.llm else None
        )

    def ingest(
        self,
        paths: Sequence[Path] | None = None,
        progress: Progress | None = None,
        ocr_progress: OcrProgress | None = None,
    ) -> IngestReport:
        """Ingest the corpus (or some files) and answer from the result."""
        return self.index.ingest(paths, progress, ocr_progress=ocr_progress)

    def reingest(
        self, document: str, progress: Progress | None = None, ocr_progress: OcrProgress | None = None
    ) -> IngestReport:
        """Read an indexed document's file again, though unchanged, and answer from the result."""
        return self.index.reingest(document, progress, ocr_progress)

    def remove(self, document: str) -> int:
        """Drop a document from the index and its file from the corpus folder; returns chunks removed."""
        return self.index.remove(document)

    def documents(self) -> list[DocumentRecord]:
        """What is indexed: one record per document, by title."""
        return self.index.documents()

    # asking ----------------------------------------------------------------------------------
    def ask(
        self,
        question: str,
        k: int | None = None,
        doc_type: str | None = None,
        period: str | None = None,
        history: Sequence[Turn] = (),
        document: str | None = None,
    ) -> Answer:
        """Answer one question from the documents, with citations, or abstain.

        `doc_type`, `period` and `document` (a file name) restrict the documents answered from.
        `history` holds the conversation's earlier (question, answer) turns: a follow-up is
        rewritten from it into a stand-alone query before retrieval (by the language model when
        CSP_LLM configures one). With a model the answer is written by it and checked; when it is
        unavailable, the extractive answer comes back with a note saying so.
        """
        *_, last = self.stream(question, k, doc_type, period, history, document)
        assert isinstance(last, Answer)  # a stream always ends with its Answer
        return last

    def stream(
        self,
        question: str,
        k: int | None = None,
        doc_type: str | None = None,
        period: str | None = None,
        history: Sequence[Turn] = (),
        document: str | None = None,
    ) -> Iterator[str | Answer]:
        """Answer as `ask` does, yielding text pieces as they are ready and, last, the Answer.

        Concatenated, the pieces are the answer text as checked so far: a generated answer comes a
        sentence or list item at a time, each already checked; an extractive or exact answer comes
        whole. The final Answer is authoritative: show its `text`, `notes` and `citations` when it
        arrives (after an abstention, a fallback, or a citation dropped because its quote is not on
        its page, its text differs from the pieces).
        """
        typed = clean_question(question)
        state = self.index.state  # one snapshot for the whole question
        question, slips = _as_asked(state, typed)
        named = _names(state, question)
        extractive, generator = self._answerers(state, named.naming)
        found = self._retrieve(state, generator, question, k, doc_type, period, history, document, named)
        found = _reranked(found, question, extractive)
        knowledge, records = state.knowledge, state.records
        ranked = [p.document for p in found.passages]
        # The facts answer about one item; a comparison of items is answered side by side, and the
        # parts of a question asking two things one after the other.
        comparison = read_comparison(question) if generator is None else None
        years = read_period_comparison(question) if generator is None and comparison is None else None
        exact: Answer | None = None  # looked for only when neither a decline nor a comparison answers
        declined = bool(named.unknown or named.absent)
        by_year = None  # "the council's contribution 2022-23 vs 2023-24": each year's sum, if each has one
        if years is not None and not declined:
            best = self._best(state, extractive, found, doc_type, period, document, named)
            by_year = period_answer(years, best, found.query, knowledge.sources)
        if declined:
            answer = not_mentioned(named, question, found.passages, found.query)
        elif comparison is not None:
            best = self._best(state, extractive, found, doc_type, period, document, named)
            answer = compare_answer(comparison, best, found.query, knowledge.sources)
        elif by_year is not None:
            answer = by_year
        elif (
            exact := answer_covered(question, ranked, self._first_page, knowledge.sources)
        ) is not None:  # "what year does this annual report cover": its cover says
            answer = replace(exact, passages=cited_first(found.passages, exact.citations), query=found.query)
        elif (
            exact := answer_from_facts(
                question,
                _in_full(state, found.query),
                knowledge,
                records,
                doc_type,
                period,
                document,
                named.documents,
                ranked,
                _named_use(state, named),
                naming=named.shortenings,
                leading=f"{found.passages[0].heading}\n{found.passages[0].text}" if found.passages else "",
            )
        ) is not None:
            if generator is None:  # a decision's reason is in the passages, not the register

                def because() -> tuple[Unit, Passage] | None:
                    return extractive.best(question, found.passages, found.query, found.vector)

                exact = with_reason(exact, found.passages, because, knowledge.sources)
            answer = replace(exact, passages=cited_first(found.passages, exact.citations), query=found.query)
        elif generator is None and (parts := read_parts(question)) is not None:  # "where ... and when ..."
            best = self._best(state, extractive, found, doc_type, period, document, named)

            def exact_part(part: str) -> Answer | None:
                filters = (doc_type, period, document, named.documents, ranked)
                naming = named.shortenings
                return answer_from_facts(
                    part, part, knowledge, records, *filters, register=False, naming=naming
                )

            answer = parts_answer(parts, best, found.query, knowledge.sources, exact_part)
        elif generator is None:
            answer = extractive.answer(question, found.passages, found.query, found.vector)
        else:
            answer = yield from _pieces(generator.stream(question, found.passages, found.query, found.k))
        if not declined:  # "DW presented ...": who DW is, from the document quoted
            answer = with_sources(with_meeting(name_initials(answer, knowledge.people, knowledge.sources)))
        if declined or exact is not None or generator is None:
            yield answer.text
        note = state.editions.note(question, [c.document for c in answer.citations])
        notes = (*(s.note() for s in slips), *answer.notes, *([note] if note else []))
        shown = replace(
            answer,
            question=typed,
            passages=answer.passages[: found.k],
            retrieved=tuple(found.passages),
            notes=notes,
        )
        yield mark_ocr(self._checked(shown), state.ocr_pages)

    def search(
        self, question: str, k: int | None = None, doc_type: str | None = None, period: str | None = None
    ) -> list[Passage]:
        """The passages retrieval finds for a question, best first, before any answerer reorders them."""
        state = self.index.state
        asked, _ = _as_asked(state, clean_question(question))
        named = _names(state, asked)
        found = self._retrieve(state, None, asked, k, doc_type, period, (), named=named)
        return found.passages[: found.k]

    def _answerers(
        self, state: IndexState, naming: frozenset[str] = frozenset()
    ) -> tuple[ExtractiveAnswerer, GenerativeAnswerer | None]:
        pooled = self.store.units.get if self.settings.unit_vectors == "pooled" else None
        extractive = ExtractiveAnswerer(
            state.retriever.idf,
            vectors=self._vectors,
            stored=pooled,
            sources=state.knowledge.sources,
            superseded=state.editions.superseded,
            older=state.editions.older,
            naming=naming,
            following=state.retriever.following,
            section=state.retriever.section,
            read=state.retriever.tables_of,
            forms=lambda word: [*_acronym_forms(state, word), *family_forms(word)],
        )
        name = self.model_name
        if self.chat_model is None or name is None:
            return extractive, None
        from assistant.answering.generative import GenerativeAnswerer

        timeout = self.settings.llm_timeout
        return extractive, GenerativeAnswerer(self.chat_model, name, extractive, timeout, health=self._health)

    def _retrieve(
        self,
        state: IndexState,
        generator: GenerativeAnswerer | None,
        question: str,
        k: int | None,
        doc_type: str | None,
        period: str | None,
        history: Sequence[Turn],
        document: str | None = None,
        named: Named | None = None,
    ) -> _Retrieved:
        """The k to show, the stand-alone query and its vector, and the passages an answerer weighs."""
        if not state.retriever.chunks:
            raise EmptyIndexError("Nothing is indexed yet: run `csp ingest` first.")
        k = k or self.settings.top_k
        query = generator.rewrite(question, history) if generator else standalone_query(question, history)
        # The word search looks for every form of the glossary terms used ("ASB", "anti-social
        # behaviour") and the printed words of a change typed as "go up"; the meaning is embedded so too.
        search = with_change_words(_spelled_out(state, state.knowledge.glossary.expand(query)))
        vector = self.embeddings.embed_query(search)
        wanted = max(k, CANDIDATES_FOR_ANSWER)
        cues = read_cues(query, state.records, state.editions.superseded, named)
        added = frozenset(terms(search)) - frozenset(terms(query))
        # A partnership named: its documents answer, no other's. They are kept from the candidates
        # both searches found across every document, not searched within: searching within them
        # filled the candidates with weaker passages of theirs, and one more unanswerable question
        # of the evaluation archive's test set was answered. Past the first k only when those hold
        # few of them (`WITHIN_FEW`).
        documents = named.documents if named is not None else None
        passages = state.retriever.search(
            search, wanted, doc_type, period, vector, document, cues, added, within=documents
        )
        if named_kind(question) == "author":
            passages = _with_covers(state, passages, question)
        return _Retrieved(k, query, vector, passages)

    def _best(
        self,
        state: IndexState,
        extractive: ExtractiveAnswerer,
        found: _Retrieved,
        doc_type: str | None,
        period: str | None,
        document: str | None,
        named: Named,
    ) -> Best:
        """One side of a comparison, or one part of a question, searched for on its own (with the words
        its subject adds) and answered by its best unit."""

        def best(question: str, subject: str) -> tuple[Unit, Passage] | None:
            search = f"{question} {subject}".strip()
            own = self._retrieve(state, None, search, found.k, doc_type, period, (), document, named)
            own = _reranked(own, question, extractive)
            return extractive.best(question, own.passages, own.query, own.vector)

        return best

    def _first_page(self, document: str) -> str:
        """A document's first page as stored, "" when none is."""
        return self.store.page_texts([(document, 1)]).get((document, 1), "")

    def _checked(self, answer: Answer) -> Answer:
        """The answer with every citation whose quote is not on its page dropped (and logged)."""
        pages = self.store.page_texts((c.document, c.page) for c in answer.citations)
        return drop_unquoted(answer, pages)


def _with_covers(state: IndexState, passages: list[Passage], question: str) -> list[Passage]:
    """The passages with the first page of each of the first COVER_DOCUMENTS documents found, and of
    the one found whose title the question names most of, put after the best one: who wrote a
    document is said on its cover or first page, in words the question does not use."""
    if not passages:
        return passages
    first = [p.document for p in passages[:COVER_DOCUMENTS]]
    documents = list(dict.fromkeys([*first, titled_document(passages, question)]))
    held = {p.chunk_id for p in passages}
    covers = [
        p
        for document in documents
        for p in state.retriever.passages_of(document)
        if p.page == 1 and p.chunk_id not in held
    ]
    return [*passages[:1], *covers, *passages[1:]]


def titled_document(passages: Sequence[Passage], question: str) -> str:
    """Of the documents found, the one whose title's words the question holds the largest share of
    ("who wrote the Strategic Intelligence Assessment 2023"); the first found on a tie."""
    asked = set(terms(question))

    def share(passage: Passage) -> float:
        titled = set(terms(passage.title))
        return len(titled & asked) / len(titled) if titled else 0.0

    return max(passages, key=share).document


def _reranked(found: _Retrieved, question: str, extractive: ExtractiveAnswerer) -> _Retrieved:
    """The retrieved passages with the first few reordered by their best answering unit (`rerank`)."""

    def evidence(passages: Sequence[Passage]) -> Mapping[int, float]:
        return extractive.evidence(question, passages, found.query, found.vector)

    return replace(found, passages=reranked(found.passages, evidence))


def _as_asked(state: IndexState, typed: str) -> tuple[str, tuple[Slip, ...]]:
    """What a typed question asks, without its preamble, with its slips read as the indexed words."""
    return read_slips(what_is_asked(typed, state.knowledge.own_words), state.retriever.frequency)


def _names(state: IndexState, question: str) -> Named:
    """The partnerships and other names the question uses, checked against this snapshot."""
    retriever = state.retriever

    def forms(word: str) -> list[str]:
        return _acronym_forms(state, word)

    return read_names(
        question, state.records, retriever.documents_with, forms, retriever.variants, retriever.prints
    )


def _acronym_forms(state: IndexState, word: str) -> list[str]:
    """A word's forms in the glossary, or for an acronym ("YOT", "ToR") the name the documents spell out."""
    found = state.knowledge.glossary.expansions(word)
    if found or not (is_acronym(word) or is_mixed_acronym(word)):
        return found
    spelled = state.retriever.spelled_out(word)
    return [spelled] if spelled else []


def _spelled_out(state: IndexState, query: str) -> str:
    """The query with the names spelled out that its acronyms stand for, when no document prints
    the acronym ("YOT": "Youth Offending Team"), as the glossary adds its terms' other forms."""
    names = [name for _, name in _unprinted_acronyms(state, query)]
    return f"{query} ({'; '.join(names)})" if names else query


def _in_full(state: IndexState, query: str) -> str:
    """The query with each acronym no document prints replaced by the name it stands for: the
    facts match names word for word, and would take the acronym for a name they do not know."""
    for acronym, name in _unprinted_acronyms(state, query):
        query = re.sub(rf"\b{re.escape(acronym)}\b", name, query)
    return query


def _unprinted_acronyms(state: IndexState, query: str) -> list[tuple[str, str]]:
    retriever = state.retriever
    return [
        (acronym, name)
        for acronym in typed_acronyms(query)
        if not any(retriever.frequency(t) for t in terms(acronym))
        and (name := retriever.spelled_out(acronym))
    ]


def _named_use(state: IndexState, named: Named) -> Callable[[str], bool] | None:
    """Whether the documents of the partnership the question names use a word; None when it names none."""
    documents = named.documents
    if documents is None:
        return None
    return lambda term: bool(state.retriever.documents_with(term) & documents)


def _pieces(stream: Iterator[str | Answer]) -> Generator[str, None, Answer]:
    """Yield a stream's text pieces; return its final Answer (`yield from` hands it back)."""
    for item in stream:
        if isinstance(item, Answer):
            return item
        yield item
    raise ValueError("the stream ended without an Answer")
