"""Retrieval's second stage: the first passages reordered by how well their best unit answers.

The first ranking scores whole chunks; the extractive answerer scores each sentence, list item and
table cell for the kind of answer asked for. A page whose table row answers "theft from the person,
% change" may rank second behind a page that only shares the question's words: read unit by unit,
it comes first. The order each passage had first is kept on it (`Passage.rank`), so the answerer
weighs the same evidence of retrieval whichever order it reads them in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from assistant.answering.weights import RERANK_PASSAGES
from assistant.types import Passage

# By passage index, the score of its best answering unit; passages with none left out.
Evidence = Callable[[Sequence[Passage]], Mapping[int, float]]


def reranked(passages: Sequence[Passage], evidence: Evidence, top: int = RERANK_PASSAGES) -> list[Passage]:
    """The first `top` passages ordered by their best unit's score (which already counts a little
    against each place down the first ranking: `ScoringWeights.rank_penalty`).

    A passage with no unit that answers goes after those with one, in the order it had; when none
    has one, or the order stays the same, the passages come back as they were.
    """
    head = list(passages[:top])
    # Every passage is scored, as the answerer will score them all: it then reuses these scores.
    best = {i: score for i, score in evidence(passages).items() if i < top}
    if not best:
        return list(passages)
    floor = min(best.values()) - 1.0  # below every passage with an answering unit
    order = sorted(range(len(head)), key=lambda i: -best.get(i, floor))
    if order == list(range(len(head))):
        return list(passages)
    ranked = [replace(head[i], rank=i) for i in order]
    return ranked + [replace(p, rank=top + i) for i, p in enumerate(passages[top:])]


def first_ranking(passages: Sequence[Passage]) -> list[Passage]:
    """The passages in the order of the first ranking, before the second stage moved any."""
    return [p for _, p in sorted(enumerate(passages), key=lambda found: found[1].place(found[0]))]
