"""The word index retrieval reads: every stored chunk, its BM25 index and document frequencies.

Building it means reading every chunk from Chroma and stemming them all, which was most of a cold
start; so it is saved beside the store, keyed by what the store holds, and loaded when the key
matches. Anything else (another key, a damaged folder) builds it again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import bm25s

from assistant.text import terms
from ingest.facts.periods import months_in
from ingest.parse.chunk import Chunk
from ingest.store import ChunkStore, DocumentRecord, StoredChunk

FORMAT = "18"  # bump when what is saved, or how chunks are tokenised, changes
_CHUNKS = "chunks.json"


@dataclass(frozen=True)
class LexicalIndex:
    """Chunks in document order, how many chunks hold each term, and BM25 over them (None when empty)."""

    chunks: list[StoredChunk]
    doc_freq: Mapping[str, int]
    bm25: Any

    @classmethod
    def build(cls, chunks: list[StoredChunk]) -> LexicalIndex:
        """Tokenise and index `chunks`."""
        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG on import
        tokenised = [indexed_terms(s.chunk, s.title) for s in chunks]
        doc_freq = Counter(t for tokens in tokenised for t in set(tokens))
        bm25 = None
        if chunks:
            bm25 = bm25s.BM25()
            bm25.index(tokenised, show_progress=False)
        return cls(chunks, dict(doc_freq), bm25)

    def save(self, folder: Path) -> None:
        """Write the index to `folder` whole or not at all (written aside, then renamed)."""
        partial = folder.with_name(f".{folder.name}.{os.getpid()}.tmp")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        if self.bm25 is not None:
            self.bm25.save(str(partial), show_progress=False)
        rows = [
            {**asdict(s.chunk), "title": s.title, "doc_type": s.doc_type, "period": s.period}
            for s in self.chunks
        ]
        payload = {"chunks": rows, "doc_freq": self.doc_freq}
        (partial / _CHUNKS).write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        with contextlib.suppress(OSError):  # another process saved the same key first: theirs serves
            partial.rename(folder)
        shutil.rmtree(partial, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        """Read an index `save` wrote; raises OSError or ValueError when it cannot."""
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        payload = json.loads((folder / _CHUNKS).read_text(encoding="utf-8"))
        chunks = [_stored(row) for row in payload["chunks"]]
        bm25 = bm25s.BM25.load(str(folder), show_progress=False) if chunks else None
        return cls(chunks, dict(payload["doc_freq"]), bm25)


def open_lexical(store: ChunkStore, records: Mapping[str, DocumentRecord], folder: Path) -> LexicalIndex:
    """The saved index for what the store holds now, or a new one built (and saved) from it."""
    key = store_key(store, records)
    target = folder / key
    if target.is_dir():
        try:
            return LexicalIndex.load(target)
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(target, ignore_errors=True)  # damaged: built again below
    index = LexicalIndex.build(store.all_chunks())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():  # one saved index is enough: the store has one state
            if old.name != key:
                shutil.rmtree(old, ignore_errors=True)
        index.save(target)
    except OSError as exc:  # a read-only data folder still answers, only slower to start
        logging.getLogger(__name__).warning("Could not save the word index in %s: %s", folder, exc)
    return index


def store_key(store: ChunkStore, records: Mapping[str, DocumentRecord]) -> str:
    """What the store holds, in a name: every document's record (hash, chunking, when) and the chunk count.

    Chunk ids are content hashes, and a document's record is written after its chunks, so a
    change to the chunks changes a record or the count.
    """
    described = sorted(json.dumps(asdict(r), sort_keys=True) for r in records.values())
    key = json.dumps([FORMAT, store.model_name, store.count(), described])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _stored(row: dict[str, Any]) -> StoredChunk:
    title, doc_type, period = row.pop("title"), row.pop("doc_type"), row.pop("period")
    row["kinds"] = tuple(row.get("kinds", ()))
    for name in ("cells", "headers", "notes"):  # JSON gives lists: a chunk holds tuples of tuples
        row[name] = tuple(tuple(line) for line in row.get(name, ()))
    return StoredChunk(Chunk(**row), title, doc_type, period)


def indexed_terms(chunk: Chunk, title: str = "") -> list[str]:
    """The words BM25 counts in a chunk: its search text's, a table's column headers counted as often
    as the page prints them, not once for every row that is written with them; its document's title's
    (a clause of the terms of reference never says "terms of reference"), and the months the title
    names once more (a meeting's: "Board minutes, 6 December 2023"), so that a question about the
    December meeting finds that meeting's pages."""
    tokens = terms(title) + terms(" ".join(sorted(months_in(title)))) + terms(chunk.search_text)
    if not chunk.cells:
        return tokens
    header_terms = set(terms(" ".join(cell for header in chunk.headers for cell in header)))
    printed = Counter(terms(f"{chunk.heading}\n{chunk.nearest_heading}\n{chunk.text}"))
    seen: Counter[str] = Counter()
    kept = []
    for token in tokens:
        if token in header_terms:
            seen[token] += 1
            if seen[token] > max(printed[token], 1):
                continue
        kept.append(token)
    return kept
