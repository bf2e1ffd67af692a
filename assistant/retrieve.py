"""Hybrid retrieval: BM25 over the stored chunks and dense similarity from Chroma, fused by rank."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.answering.specific import specific_weights
from assistant.answering.weights import (
    ADDED_WORD_WEIGHT,
    BOILERPLATE_WEIGHT,
    DATED_DOCUMENT_WEIGHT,
    LEXICAL_SCORE_POWER,
    LEXICAL_WEIGHT,
    NAMED_DOCUMENT_WEIGHT,
    NAMING_WORD_WEIGHT,
    NEWEST_DOCUMENT_WEIGHT,
    UNHELD_WORD_DEPTH,
    UNKNOWN_TERM_IDF,
    VARIANT_PREFIX,
    WITHIN_DEPTH,
    WITHIN_FEW,
    WORDS_WITHIN_FEW,
)
from assistant.boilerplate import boilerplate_shares
from assistant.lexical import LexicalIndex
from assistant.spelled import Initials
from assistant.text import contains_phrase, terms
from assistant.types import DocumentCues, Passage
from ingest.records import StoredChunk
from ingest.store import ChunkStore

RRF_K = 60  # the constant of reciprocal rank fusion (Cormack et al.); damps the weight of top ranks


class Retriever:
    """Ranks stored chunks for a question over the store as it was when built.

    A retriever never changes after it is built: when the store changes, the index builds a new one
    and swaps it in, so a question being answered keeps the one it started with.
    """

    def __init__(
        self,
        store: ChunkStore,
        embeddings: Embeddings,
        candidates: int = 30,
        lexical: LexicalIndex | None = None,
    ) -> None:
        if candidates < 1:
            raise ValueError(f"candidates must be at least 1, not {candidates}")
        self.store = store
        self.embeddings = embeddings
        self.candidates = candidates
        lexical = lexical if lexical is not None else LexicalIndex.build(store.all_chunks())
        self.chunks: list[StoredChunk] = lexical.chunks
        self._by_id = {s.chunk.id: s for s in self.chunks}
        self._doc_freq = lexical.doc_freq
        self._bm25: Any = lexical.bm25
        self._holding: dict[str, frozenset[str]] = {}
        self._sorted_terms: list[str] = []  # `variants`, sorted on first use
        self._tables: dict[str, list[Passage]] = {}  # `tables_of`, by document
        self._initials: Initials | None = None  # `spelled_out`, built on first use
        self._boilerplate = boilerplate_shares(self.chunks)
        self._position = {s.chunk.id: i for i, s in enumerate(self.chunks)}  # chunks in reading order

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term over the chunks (BM25's form, never negative).

        A word the corpus never uses ("receive", "sits") gets a middling weight, not the highest:
        it cannot be matched anywhere, so it should not outweigh the words that can.
        """
        n = max(len(self.chunks), 1)
        df = self._doc_freq.get(term, 0)
        if df == 0:
            return UNKNOWN_TERM_IDF
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def frequency(self, term: str) -> int:
        """In how many chunks a stemmed term is used."""
        return int(self._doc_freq.get(term, 0))

    def documents_with(self, term: str) -> frozenset[str]:
        """The documents whose indexed text holds a stemmed term."""
        if term not in self._doc_freq or self._bm25 is None:
            return frozenset()
        found = self._holding.get(term)
        if found is None:
            scores = np.asarray(self._bm25.get_scores([term]))
            found = frozenset(self.chunks[i].chunk.document for i in np.flatnonzero(scores > 0))
            self._holding[term] = found  # a few words a question, asked again and again: kept
        return found

    def variants(self, term: str) -> list[str]:
        """The index's forms of a long stemmed term, itself among them: those sharing its first
        VARIANT_PREFIX letters ("neighbourhood" and "neighbour", from "Neighbouring")."""
        if len(term) < VARIANT_PREFIX:
            return []
        if not self._sorted_terms:
            self._sorted_terms = sorted(self._doc_freq)
        prefix = term[:VARIANT_PREFIX]
        at = bisect.bisect_left(self._sorted_terms, prefix)
        end = bisect.bisect_left(self._sorted_terms, prefix + "\uffff", at)
        return self._sorted_terms[at:end]

    def spelled_out(self, acronym: str) -> str:
        """The one name the chunks print with an acronym's initials ("Youth Offending Team" for
        "YOT"), or "" (`spelled.Initials`)."""
        if self._initials is None:
            self._initials = Initials(s.chunk.text for s in self.chunks)
        return self._initials.spelled_out(acronym)

    def following(self, chunk_id: str, limit: int) -> list[Passage]:
        """Up to `limit` chunks after a chunk in its document, in reading order."""
        start = self._position.get(chunk_id)
        if start is None:
            return []
        document = self.chunks[start].chunk.document
        after = self.chunks[start + 1 : start + 1 + limit]
        return [_passage(s, 0.0, 0.0) for s in after if s.chunk.document == document]

    def section(self, chunk_id: str) -> list[Passage]:
        """The chunks under the same heading as a chunk, next to it in its document, in reading order."""
        at = self._position.get(chunk_id)
        if at is None:
            return []
        own = self.chunks[at].chunk

        def same(i: int) -> bool:
            chunk = self.chunks[i].chunk
            return chunk.document == own.document and chunk.heading == own.heading

        start, end = at, at + 1
        while start > 0 and same(start - 1):
            start -= 1
        while end < len(self.chunks) and same(end):
            end += 1
        return [_passage(s, 0.0, 0.0) for s in self.chunks[start:end]]

    def tables_of(self, document: str) -> list[Passage]:
        """The chunks of a document holding rows under a header, in reading order.

        Kept once read: a question asking which rows hold a value may look through a whole
        document, and a large one would otherwise be read again for every such question.
        """
        found = self._tables.get(document)
        if found is None:
            found = [p for p in self.passages_of(document) if any(p.headers)]
            self._tables[document] = found
        return found

    def prints(self, documents: frozenset[str], phrase: Sequence[str]) -> bool:
        """Whether any of the documents prints the run of terms, side by side in one chunk."""
        return any(
            contains_phrase(terms(s.chunk.text), phrase) for s in self.chunks if s.chunk.document in documents
        )

    def passages_of(self, document: str) -> list[Passage]:
        """Every chunk of a document, in reading order."""
        return [_passage(s, 0.0, 0.0) for s in self.chunks if s.chunk.document == document]

    def page_text(self, document: str, page: int) -> str:
        """The indexed text of one page, chunk after chunk, as the assistant read it."""
        chunks = [s.chunk for s in self.chunks if s.chunk.document == document and s.chunk.page == page]
        return "\n\n".join(c.text for c in sorted(chunks, key=lambda c: c.index))

    def word_scores(
        self, question: str, naming: frozenset[str] = frozenset(), added: frozenset[str] = frozenset()
    ) -> np.ndarray | None:
        """Each chunk's BM25 score for the question's words, each word counted once and weighed by how
        specific it is: "were", "given", "out" say little beside "stop" and "tops", however rarely
        the documents print them. The `naming` words, those naming the document asked about, weigh
        NAMING_WORD_WEIGHT of that, and the `added` words, other forms of the question's own
        (a glossary's), ADDED_WORD_WEIGHT. None when no word of the question is indexed.
        """
        shares = {
            t: w * (NAMING_WORD_WEIGHT if t in naming else 1.0) * (ADDED_WORD_WEIGHT if t in added else 1.0)
            for t, w in specific_weights(question).items()
            if t in self._doc_freq
        }
        if not shares or self._bm25 is None:
            return None
        total = np.zeros(len(self.chunks))
        for term, share in shares.items():
            total += share * np.asarray(self._bm25.get_scores([term]))
        return total

    def search(
        self,
        question: str,
        k: int = 5,
        doc_type: str | None = None,
        period: str | None = None,
        query_vector: list[float] | None = None,
        document: str | None = None,
        cues: DocumentCues | None = None,
        added: frozenset[str] = frozenset(),
        within: frozenset[str] | None = None,
    ) -> list[Passage]:
        """The k best passages for a question, optionally only from one document type, period or document.

        Passages of the documents the question points at (`cues`: the partnership, type or month it
        names, or the newest editions when it asks what holds now) rank higher. With `within`, only
        those documents' passages are kept: from the first k of the ranking, or from its first
        WITHIN_DEPTH times k where the first k hold fewer than WITHIN_FEW of them; fewer than
        WORDS_WITHIN_FEW there, its best passages by words alone follow, and otherwise one of its best
        by words takes the last place when it holds a word of the question none of the others holds.
        """
        if k < 1:
            raise ValueError(f"k must be at least 1, not {k}")
        cues = cues or DocumentCues()
        if not self.chunks:
            return []
        vector = query_vector if query_vector is not None else self.embeddings.embed_query(question)
        where = _where(doc_type, period, document)
        # Dense hits come from the live store: keep those of this retriever's snapshot only, so a
        # question never mixes chunks added or removed since with the snapshot's word index.
        dense = [
            (s, sim)
            for s, sim in self.store.query(vector, self.candidates, where)
            if s.chunk.id in self._by_id
        ]
        similarity = {stored.chunk.id: sim for stored, sim in dense}

        lexical: list[tuple[str, float]] = []
        scores = self.word_scores(question, cues.words, added)
        if scores is not None:
            if doc_type or period or document:  # a chunk-by-chunk look only when a filter asks for one
                allowed = np.array([_matches(s, doc_type, period, document) for s in self.chunks])
                scores = np.where(allowed, scores, 0.0)
            order = np.argsort(-scores, kind="stable")[: self.candidates]
            lexical = [(self.chunks[i].chunk.id, float(scores[i])) for i in order if scores[i] > 0]

        fused = fuse([stored.chunk.id for stored, _ in dense], lexical)
        by_id = self._by_id
        self._reweigh(fused, cues)
        ranked = sorted(fused, key=lambda cid: -fused[cid])
        if within is not None:
            kept = [cid for cid in ranked[:k] if by_id[cid].chunk.document in within]
            deeper = ranked[: WITHIN_DEPTH * k] if len(kept) < WITHIN_FEW else ranked[:k]
            ranked = [cid for cid in deeper if by_id[cid].chunk.document in within]
            if scores is not None:
                more = self._words_within(scores, within, k, ranked, fused, cues)
                if len(ranked) < WORDS_WITHIN_FEW:
                    ranked += more
                elif (
                    unheld := self._first_unheld(question, more[:UNHELD_WORD_DEPTH], ranked[:k])
                ) is not None:
                    # Every partnership's terms of reference print "quorum": the candidates may be
                    # other partnerships' while its own passage holding the word ranks past them.
                    ranked = [*ranked[: k - 1], unheld, *ranked[k - 1 :]]
            # Some of its documents named ("its Strategic Intelligence Assessment 2022"): their best
            # passages by words follow, as every partnership's assessment shares the row names asked
            # about and the candidates may hold none of theirs.
            pointed = cues.documents & within
            if pointed < within and scores is not None:
                ranked += self._words_within(scores, pointed, k, ranked, fused, cues)
        best = ranked[:k]
        missing = [cid for cid in best if cid not in similarity]
        if missing:  # BM25-only hits still need a similarity for the answerer's evidence check
            # Their vectors are already stored; embedding them again cost more than the rest of a question.
            stored = self.store.vectors(missing)
            unstored = [cid for cid in missing if cid not in stored]  # deleted since the last refresh
            texts = [by_id[cid].chunk.embed_text for cid in unstored]
            stored.update(zip(unstored, self.embeddings.embed_documents(texts), strict=True))
            for cid in missing:
                similarity[cid] = float(np.dot(stored[cid], vector))
        return [_passage(by_id[cid], fused[cid], similarity[cid]) for cid in best]

    def _first_unheld(self, question: str, candidates: list[str], held: list[str]) -> str | None:
        """The first candidate holding a word of the question that none of the held passages holds."""
        unheld = set(terms(question)).difference(*(terms(self._by_id[c].chunk.indexed_text) for c in held))
        return next((c for c in candidates if unheld & set(terms(self._by_id[c].chunk.indexed_text))), None)

    def _words_within(
        self,
        scores: np.ndarray,
        within: frozenset[str],
        k: int,
        held: list[str],
        fused: dict[str, float],
        cues: DocumentCues,
    ) -> list[str]:
        """The named partnership's passages best by words alone, after those held: when every
        partnership's documents share a table's row names ("Possession of weapons offences"), the
        candidates of all of them may hold almost none of its. Their fused scores are set in `fused`."""
        allowed = np.array([s.chunk.document in within for s in self.chunks])
        inside = np.where(allowed, scores, 0.0)
        order = np.argsort(-inside, kind="stable")[:k]
        found = fuse([], [(self.chunks[i].chunk.id, float(inside[i])) for i in order if inside[i] > 0])
        self._reweigh(found, cues)
        more = [cid for cid in sorted(found, key=lambda c: -found[c]) if cid not in held]
        for cid in more:
            fused[cid] = min(found[cid], min((fused[c] for c in held), default=found[cid]))
        return more

    def _reweigh(self, fused: dict[str, float], cues: DocumentCues) -> None:
        """Less for a cover note shared by many documents, more for a document the question points
        at, and more again for one whose date it gives in full, or for the newest of them when it asks
        what holds now."""
        for cid, share in self._boilerplate.items():
            if cid in fused:
                fused[cid] *= 1.0 - BOILERPLATE_WEIGHT * share
        for cid in fused:
            document = self._by_id[cid].chunk.document
            if document in cues.documents:
                fused[cid] *= 1.0 + NAMED_DOCUMENT_WEIGHT
            if document in cues.dated:
                fused[cid] *= 1.0 + DATED_DOCUMENT_WEIGHT
            if document in cues.newest:
                fused[cid] *= 1.0 + NEWEST_DOCUMENT_WEIGHT


def fuse(
    dense: list[str], lexical: list[tuple[str, float]], lexical_weight: float = LEXICAL_WEIGHT
) -> dict[str, float]:
    """The meaning ranking by reciprocal rank, and the word ranking (chunk, BM25 score), best first,
    by its score's share of the best score, weighing `lexical_weight` times as much: a chunk holding
    the question's own rare words is the likelier page.

    The word ranking counts by score, not rank: a table row naming every word of the question
    scores twice a page that names two of them, while their ranks, first and third, weigh nearly
    alike once fused by rank.
    """
    fused = {cid: 1.0 / (RRF_K + rank + 1) for rank, cid in enumerate(dense)}
    best = lexical[0][1] if lexical else 0.0
    for cid, score in lexical:
        share = (score / best) ** LEXICAL_SCORE_POWER
        fused[cid] = fused.get(cid, 0.0) + lexical_weight * share / (RRF_K + 1)
    return fused


def _where(doc_type: str | None, period: str | None, document: str | None) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    if doc_type:
        clauses.append({"doc_type": doc_type})
    if period:
        clauses.append({"period": period})
    if document:
        clauses.append({"document": document})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _matches(stored: StoredChunk, doc_type: str | None, period: str | None, document: str | None) -> bool:
    return (
        (not doc_type or stored.doc_type == doc_type)
        and (not period or stored.period == period)
        and (not document or stored.chunk.document == document)
    )


def _passage(stored: StoredChunk, score: float, similarity: float) -> Passage:
    c = stored.chunk
    return Passage(
        chunk_id=c.id,
        document=c.document,
        title=stored.title,
        doc_type=stored.doc_type,
        period=stored.period,
        page=c.page,
        page_label=c.page_label,
        heading=c.heading,
        text=c.text,
        score=score,
        similarity=similarity,
        heading_page=c.heading_page,
        kinds=c.kinds,
        cells=c.cells,
        headers=c.headers,
        notes=c.notes,
    )
