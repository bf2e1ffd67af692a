"""Boilerplate: text repeated on the first page of many documents (a disclaimer, a protective
marking, a standard cover note), which says nothing about any question yet makes a first page look
like every other.

Read from the index itself, never from a list of phrases: a sentence printed on the first page of
`BOILERPLATE_DOCUMENTS` documents or more is boilerplate, and a chunk weighs less in retrieval by
the share of its text that is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from assistant.answering.weights import BOILERPLATE_DOCUMENTS
from ingest.records import StoredChunk
from ingest.text import split_sentences

_SHORTEST = 20  # shorter sentences ("Contents.", "Page 1") repeat by nature, not as boilerplate


def boilerplate_shares(chunks: Sequence[StoredChunk]) -> dict[str, float]:
    """For each first-page chunk holding boilerplate, the share of its characters that is."""
    first = [s.chunk for s in chunks if s.chunk.page == 1]
    sentences = {c.id: [s for line in c.text.split("\n") for s in split_sentences(line)] for c in first}
    documents: dict[str, set[str]] = defaultdict(set)
    for chunk in first:
        for sentence in sentences[chunk.id]:
            if len(sentence) >= _SHORTEST:
                documents[_key(sentence)].add(chunk.document)
    shared = {key for key, where in documents.items() if len(where) >= BOILERPLATE_DOCUMENTS}
    shares: dict[str, float] = {}
    for chunk in first:
        repeated = sum(len(s) for s in sentences[chunk.id] if _key(s) in shared)
        if repeated:
            shares[chunk.id] = repeated / max(sum(len(s) for s in sentences[chunk.id]), 1)
    return shares


def _key(sentence: str) -> str:
    return " ".join(sentence.casefold().split())
