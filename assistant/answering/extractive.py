"""The extractive answerer: picks the sentences, list items or table cells that answer, and cites them.

It needs no generative model. Every quote is text of the cited page (up to whitespace), and when
the evidence is weak it abstains and shows the closest passages instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from assistant.answering.citations import CitationLedger, cited_first
from assistant.answering.scoring import Asked, Scored, choose, grounded, score_unit
from assistant.answering.units import Unit, passage_units, with_heading
from assistant.answering.vectors import Embed, VectorCache
from assistant.answering.weights import SEMANTIC_PASSAGES, VECTOR_CACHE, WEIGHTS, ScoringWeights
from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence, Citation, Passage


class ExtractiveAnswerer:
    """Answers from retrieved passages by quoting them; `idf` weights the question's words.

    `embed` gives sentence-level meaning, for questions worded unlike the documents; `vectors`
    is the cache of unit vectors to share between answerers (one is made when none is given).
    """

    def __init__(
        self,
        idf: Callable[[str], float],
        embed: Embed | None = None,
        weights: ScoringWeights = WEIGHTS,
        vectors: VectorCache | None = None,
    ) -> None:
        self.idf = idf
        self.weights = weights
        if vectors is None and embed is not None:
            vectors = VectorCache(embed, VECTOR_CACHE)
        self.vectors = vectors

    def answer(
        self,
        question: str,
        passages: Sequence[Passage],
        query: str | None = None,
        query_vector: Sequence[float] | None = None,
    ) -> Answer:
        """Quote what answers the question, citing each page; abstain when nothing does.

        `query` is the question made stand-alone from a conversation; its words are what is
        matched, while the question's own wording decides the kind of answer (list, figure, date).
        """
        query = query or question
        asked = Asked.read(question, query, self.idf)
        abstention = Answer(question, ABSTAIN_TEXT, True, passages=tuple(passages), query=query)
        if not passages or not asked.idf:
            return abstention
        scored = [
            s
            for s in self._score(asked, query, passages, query_vector)
            if grounded(s, passages[s.unit.passage], self.weights)
        ]
        if not scored:
            return abstention
        text, citations, sentences = _compose(choose(asked, scored, self.weights), passages)
        ordered = cited_first(passages, citations)
        return Answer(question, text, False, citations, ordered, (), sentences, query)

    def _score(
        self, asked: Asked, query: str, passages: Sequence[Passage], query_vector: Sequence[float] | None
    ) -> list[Scored]:
        units = [u for i, p in enumerate(passages) for u in passage_units(i, p, with_lists=asked.wants_list)]
        meaning = self._similarities(units, query, query_vector)
        scored = [score_unit(u, passages[u.passage], asked, meaning.get(u.text), self.weights) for u in units]
        return sorted(scored, key=lambda s: -s.score)

    def _similarities(
        self, units: list[Unit], query: str, query_vector: Sequence[float] | None
    ) -> dict[str, float]:
        """Cosine similarity of the question to each unit of the best passages."""
        if self.vectors is None:
            return {}
        if query_vector is None:
            query_vector = self.vectors.embed([query])[0]
        # A table cell's meaning is its row's: cells are not embedded one by one (a table of 10 rows
        # and 5 columns would add 40 vectors a question), and score with their passage's similarity.
        texts = [u.text for u in units if u.passage < SEMANTIC_PASSAGES and u.text and u.kind != "cell"]
        wanted = np.asarray(query_vector, dtype=np.float32)
        return {text: float(vector @ wanted) for text, vector in self.vectors.vectors(texts).items()}


def _compose(
    units: list[Unit], passages: Sequence[Passage]
) -> tuple[str, tuple[Citation, ...], tuple[CheckedSentence, ...]]:
    """Write the answer with `[n]` markers; one citation per page quoted."""
    ledger = CitationLedger()
    lines: list[str] = []
    checked: list[CheckedSentence] = []
    for unit in units:
        number = ledger.cite_passage(passages[unit.passage], unit.quote)
        if unit.kind == "list":
            intro = [f"{unit.text} [{number}]:"] if unit.text else []
            parts = intro + [f"- {i} [{number}]" for i in unit.items]
            lines.append("\n".join(parts))
            checked.extend(CheckedSentence(t, (number,), True) for t in ([unit.text] if unit.text else []))
            checked.extend(CheckedSentence(i, (number,), True) for i in unit.items)
            continue
        text = with_heading(unit, passages[unit.passage])
        lines.append(f"{text} [{number}]")
        checked.append(CheckedSentence(text, (number,), True))  # quoted from the page, so supported
    return " ".join(lines), ledger.citations(), tuple(checked)
