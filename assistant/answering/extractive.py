"""The extractive answerer: picks the sentences, list items or table cells that answer, and cites them.

It needs no generative model. Every quote is text of the cited page (up to whitespace), and when
the evidence is weak it abstains and shows the closest passages instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from assistant.answering.asked import Asked
from assistant.answering.briefing import Section, asks_topic, briefing, story, with_additions
from assistant.answering.citations import CitationLedger, cited_first
from assistant.answering.continued import (
    Following,
    LeadList,
    announced_list,
    continued_list,
    expand,
    lead_lists,
    led_in,
)
from assistant.answering.extremes import extreme_row
from assistant.answering.holding import Reading, rows_holding
from assistant.answering.scoring import Scored, choose, grounded, score_unit
from assistant.answering.table_lists import listed_rows
from assistant.answering.units import Unit, passage_units, with_heading
from assistant.answering.vectors import Embed, StoredUnits, VectorCache
from assistant.answering.weights import (
    HOLDING_PASSAGES,
    MANNER_UNITS,
    REFINE_ROUNDS,
    REFINE_UNITS,
    SEMANTIC_PASSAGES,
    STORY_UNITS,
    VECTOR_CACHE,
    WEIGHTS,
    ScoringWeights,
)
from assistant.text import terms
from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence, Citation, Passage, Sources


class ExtractiveAnswerer:
    """Answers from retrieved passages by quoting them; `idf` weights the question's words.

    `embed` gives sentence-level meaning, for questions worded unlike the documents; `vectors`
    is the cache of unit vectors to share between answerers (one is made when none is given);
    `stored` looks up unit vectors made at ingest by chunk id, so that only the rest are embedded.
    `superseded` are the documents with a newer one of their type: a question asking what holds
    now prefers the newer, and a little less `older` ones, those with a later document of any type
    from their partnership. `following` reads the chunks after a chunk, for a list that continues
    past its lead-in's chunk; `section` reads the chunks under a chunk's heading, for a briefing.
    """

    def __init__(
        self,
        idf: Callable[[str], float],
        embed: Embed | None = None,
        weights: ScoringWeights = WEIGHTS,
        vectors: VectorCache | None = None,
        stored: StoredUnits | None = None,
        superseded: frozenset[str] = frozenset(),
        following: Following | None = None,
        sources: Sources | None = None,
        read: Reading | None = None,
        section: Section | None = None,
        forms: Callable[[str], list[str]] | None = None,
        older: frozenset[str] = frozenset(),
        naming: frozenset[str] = frozenset(),
    ) -> None:
        self.idf = idf
        self.forms = forms  # a word's other forms (the glossary's), which a unit may say it in
        self.superseded = superseded
        self.older = older
        self.naming = naming  # the words naming the partnership asked about: no evidence in its documents
        self.following = following
        self.section = section
        self.read = read  # a document's passages, for a table its retrieved passages do not hold
        self.stored = stored
        self.sources = sources  # the documents' dates, for citations
        self.weights = weights
        if vectors is None and embed is not None:
            vectors = VectorCache(embed, VECTOR_CACHE)
        self.vectors = vectors
        # The last scoring, by what it scored: retrieval's second stage scores the passages that the
        # answer then reads in another order (`_score`). An answerer serves one question.
        self._scored: tuple[tuple[object, ...], list[str], list[Scored]] | None = None

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
        found = self.chosen(question, passages, query, query_vector)
        if found is None:
            return Answer(question, ABSTAIN_TEXT, True, passages=tuple(passages), query=query)
        chosen, passages = found
        text, citations, sentences = _compose(chosen, passages, self.sources)
        ordered = cited_first(passages, citations)
        return Answer(question, text, False, citations, ordered, (), sentences, query)

    def chosen(
        self,
        question: str,
        passages: Sequence[Passage],
        query: str,
        query_vector: Sequence[float] | None = None,
        brief: bool = True,
    ) -> tuple[list[Unit], Sequence[Passage]] | None:
        """The grounded units that answer, best first, with the passages they index; None if none do.

        With `brief`, a question naming only a topic is answered with a briefing on it.
        """
        asked = Asked.read(question, query, self.idf, self.superseded, self.forms, self.older, self.naming)
        if not passages or not asked.idf:
            return None
        holding = None
        # An amount or a figure asked for is one cell's, not the rows holding a word the question names
        # ("what was the Commissioner's grant": not every row whose "How" is "Grant").
        if not (asked.wants_money or asked.wants_figure):
            # "which are rated red at the moment": the newest document's table first, where it has one.
            fresh = [p for p in passages if p.document not in asked.older]
            if len(fresh) < len(passages):
                holding = rows_holding(question, fresh, HOLDING_PASSAGES, self.read)
            holding = holding or rows_holding(question, passages, HOLDING_PASSAGES, self.read)
        if holding is not None:  # "which issues were rated red": every row holding it, not the best few
            return holding
        extreme = extreme_row(question, passages, HOLDING_PASSAGES, self.read, self.forms)
        if extreme is not None:  # "which ward has the lowest crime rate": read down the column
            return extreme
        units, led, scored = self._grounded(asked, query, passages, query_vector)
        if not scored:
            return None
        chosen = choose(asked, scored, self.weights)
        if chosen[0] in led:
            return expand(led[chosen[0]], passages)
        # "which sub-groups are there": every row of the table listing them; a total or a figure
        # asked for ("the total allocated to projects") is one row's, not the table's.
        listing = asked.wants_list and not (asked.wants_money or asked.wants_figure)
        table = listed_rows(chosen[0], passages, asked.listed) if listing else None
        if table is not None:
            return [table], passages
        if brief and asks_topic(question, asked):
            close = [s.unit for s in scored[1:] if s.score >= self.weights.close_score * scored[0].score]
            topic = frozenset(asked.idf) - set(terms(passages[chosen[0].passage].title))
            told = briefing(chosen[0], passages, self.section, [*chosen[1:], *close], topic)
            if told is not None:
                return told
        # "what happened with X", "how does X do it": told on from the sentence naming X.
        told = None
        if asked.wants_outcome or asked.wants_manner:
            most = STORY_UNITS if asked.wants_outcome else MANNER_UNITS
            told = story(chosen[0], passages, self.section, most)
        if told is not None:
            return told
        if not asked.wants_list:
            return led_in(chosen, passages, self.following) or (with_additions(chosen, units), passages)
        continued = continued_list(chosen, passages, self.following) or announced_list(
            chosen, passages, self.following, query
        )
        return continued if continued is not None else (chosen, passages)

    def evidence(
        self,
        question: str,
        passages: Sequence[Passage],
        query: str,
        query_vector: Sequence[float] | None = None,
    ) -> dict[int, float]:
        """By passage index, the score of its best unit that answers (has the kind of content asked
        for, with evidence enough); passages with none are left out."""
        asked = Asked.read(question, query, self.idf, self.superseded, self.forms, self.older, self.naming)
        if not passages or not asked.idf:
            return {}
        best: dict[int, float] = {}
        for s in self._grounded(asked, query, passages, query_vector)[2]:
            best.setdefault(s.unit.passage, s.score)
        return best

    def _grounded(
        self, asked: Asked, query: str, passages: Sequence[Passage], query_vector: Sequence[float] | None
    ) -> tuple[list[Unit], dict[Unit, LeadList], list[Scored]]:
        """The passages' units (lists and lead-ins too, for a list question), and the scored ones
        with evidence enough to answer (`scoring.grounded`), best first."""
        units = [u for i, p in enumerate(passages) for u in passage_units(i, p, with_lists=asked.wants_list)]
        led = self._lead_lists(passages, units) if asked.wants_list else {}
        scored = [
            s
            for s in self._score(asked, query, passages, [*units, *led], query_vector)
            if grounded(s, passages[s.unit.passage], self.weights)
        ]
        return units, led, scored

    def best(
        self,
        question: str,
        passages: Sequence[Passage],
        query: str,
        query_vector: Sequence[float] | None = None,
    ) -> tuple[Unit, Passage] | None:
        """The best grounded unit and its passage (one side of a comparison); None if none is grounded."""
        found = self.chosen(question, passages, query, query_vector, brief=False)  # one unit, not a briefing
        if found is None:
            return None
        units, passages = found
        return units[0], passages[units[0].passage]

    def _lead_lists(self, passages: Sequence[Passage], units: Sequence[Unit]) -> dict[Unit, LeadList]:
        """Each list under a lead-in whose items are not its passage's bullets, as one unit."""
        found = {}
        for index, passage in enumerate(passages):
            own = [u for u in units if u.passage == index and u.kind == "sentence"]
            for lead_list in lead_lists(passage, own, self.following):
                found[lead_list.unit()] = lead_list
        return found

    def _score(
        self,
        asked: Asked,
        query: str,
        passages: Sequence[Passage],
        units: list[Unit],
        query_vector: Sequence[float] | None,
    ) -> list[Scored]:
        """Every unit scored, best first; the leaders' meaning from their own vectors.

        Pooled unit vectors (made at ingest inside their chunk) rank the units; the few that lead
        are then embedded alone and scored again, until the leaders all carry their own vectors:
        pooled cosines track the units' own only loosely, too loosely to decide an answer.
        The same passages scored again in another order are not scored anew: a unit's score does
        not depend on the order (`Passage.place`), only its passage index is looked up again.
        """
        ids = [p.chunk_id for p in passages]
        key = (query, repr(asked), frozenset(ids), len(units))
        if self._scored is not None and self._scored[0] == key:
            _, scored_ids, scored = self._scored
            where = {chunk_id: i for i, chunk_id in enumerate(ids)}
            moved = [where[chunk_id] for chunk_id in scored_ids]
            return [replace(s, unit=replace(s.unit, passage=moved[s.unit.passage])) for s in scored]
        found = self._scored_anew(asked, query, passages, units, query_vector)
        self._scored = (key, ids, found)
        return found

    def _scored_anew(
        self,
        asked: Asked,
        query: str,
        passages: Sequence[Passage],
        units: list[Unit],
        query_vector: Sequence[float] | None,
    ) -> list[Scored]:
        if self.vectors is None:
            meaning: dict[str, float] = {}
            return _ranked(units, passages, asked, meaning, self.weights)
        wanted = np.asarray(
            query_vector if query_vector is not None else self.vectors.embed([query])[0], dtype=np.float32
        )
        # A table cell's meaning is its row's: cells are not embedded one by one (a table of 10 rows
        # and 5 columns would add 40 vectors a question), and score with their passage's similarity.
        near = {i for i, p in enumerate(passages) if p.place(i) < SEMANTIC_PASSAGES}
        texts = [u.text for u in units if u.passage in near and u.text and u.kind != "cell"]
        known = self.stored([passages[i].chunk_id for i in sorted(near)]) if self.stored else {}
        pooled = {text: float(known[text] @ wanted) for text in texts if text in known}
        meaning = self._cosines([text for text in texts if text not in pooled], wanted)
        meaning |= pooled
        scored = _ranked(units, passages, asked, meaning, self.weights)
        for _ in range(REFINE_ROUNDS):
            leaders = list(dict.fromkeys(s.unit.text for s in scored[:REFINE_UNITS] if s.unit.text in pooled))
            if not leaders:
                break
            for text in leaders:
                del pooled[text]
            meaning |= self._cosines(leaders, wanted)
            scored = _ranked(units, passages, asked, meaning, self.weights)
        return scored

    def _cosines(self, texts: list[str], wanted: np.ndarray) -> dict[str, float]:
        """Cosine of the question to each text embedded alone (cached between questions)."""
        assert self.vectors is not None
        return {text: float(vector @ wanted) for text, vector in self.vectors.vectors(texts).items()}


def _ranked(
    units: list[Unit],
    passages: Sequence[Passage],
    asked: Asked,
    meaning: dict[str, float],
    weights: ScoringWeights,
) -> list[Scored]:
    scored = [score_unit(u, passages[u.passage], asked, meaning.get(u.text), weights) for u in units]
    return sorted(scored, key=lambda s: -s.score)


def _compose(
    units: list[Unit], passages: Sequence[Passage], sources: Sources | None = None
) -> tuple[str, tuple[Citation, ...], tuple[CheckedSentence, ...]]:
    """Write the answer with `[n]` markers; one citation per page quoted."""
    ledger = CitationLedger(sources)
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
    # A list's items stand on lines of their own (one line a unit): so does what follows a list.
    pieces = lines[:1]
    for previous, unit, line in zip(units, units[1:], lines[1:], strict=False):
        pieces += ["\n" if "list" in (previous.kind, unit.kind) else " ", line]
    return "".join(pieces), ledger.citations(), tuple(checked)
