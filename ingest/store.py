"""The Chroma store: chunks with their vectors, and one record per ingested document.

A persistent local store under `data_dir`, or a Chroma server when `chroma_host` is set: the same
code path either way. The collection records which model embedded it; another model is refused.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ingest.chroma import GET_PAGE, open_client
from ingest.errors import ModelMismatchError, StoreUnavailableError
from ingest.facts.document import DocumentFacts
from ingest.parse.chunk import Chunk
from ingest.records import DocumentRecord, StoredChunk
from ingest.settings import IngestSettings
from ingest.unit_vectors import UnitVectors

# Nodes the HNSW graph search visits per query (Chroma's default is 100). At 100, two processes over
# one index returned different first 30 chunks for the same question, and a few answers of `make
# eval` changed from run to run; at 1,000, four processes over the 165-document evaluation index
# (about 1,800 chunks) returned the same.
HNSW_EF_SEARCH = 1000


class ChunkStore:
    """Chunks, document records and document facts in Chroma collections named after `settings.collection`."""

    def __init__(self, settings: IngestSettings, model_name: str, dimension: int, client: Any = None) -> None:
        if dimension <= 0:
            raise ValueError(f"dimension must be positive, not {dimension}")
        self.model_name = model_name
        self.dimension = dimension
        self.client = client if client is not None else open_client(settings)
        meta = {"embedding_model": model_name, "dimension": dimension}
        try:
            # embedding_function=None: Chroma's default would download a model; we always pass vectors.
            self.chunks = self.client.get_or_create_collection(
                settings.collection,
                metadata=meta,
                configuration={"hnsw": {"space": "cosine", "ef_search": HNSW_EF_SEARCH}},
                embedding_function=None,
            )
            # The stored configuration as JSON: `.configuration` warns of a legacy embedding function.
            if ((self.chunks.configuration_json or {}).get("hnsw") or {}).get("ef_search") != HNSW_EF_SEARCH:
                self.chunks.modify(configuration={"hnsw": {"ef_search": HNSW_EF_SEARCH}})  # an older index
            self.documents = self.client.get_or_create_collection(
                f"{settings.collection}_documents", embedding_function=None
            )
            self.facts = self.client.get_or_create_collection(
                f"{settings.collection}_facts", embedding_function=None
            )
            # Each page's text as parsed: what a quote is checked against when an answer is given.
            self.pages = self.client.get_or_create_collection(
                f"{settings.collection}_pages", embedding_function=None
            )
        except Exception as exc:
            raise StoreUnavailableError(
                f"Could not open the Chroma collection {settings.collection!r}: {exc}"
            ) from exc
        self.units = UnitVectors(units_path(settings))
        stored = self.chunks.metadata or {}
        if (stored.get("embedding_model"), stored.get("dimension")) != (model_name, dimension):
            raise ModelMismatchError(
                f"The index {settings.collection!r} was built with the embedding model "
                f"{stored.get('embedding_model')!r} ({stored.get('dimension')} dimensions), "
                f"but this run uses {model_name!r} ({dimension} dimensions). Set CSP_EMBEDDING_MODEL "
                "back, or rebuild the index with `csp ingest --rebuild`."
            )

    @classmethod
    def reset(cls, settings: IngestSettings, client: Any = None) -> None:
        """Delete the collections, so the next ingest rebuilds from scratch."""
        client = client if client is not None else open_client(settings)
        suffixes = ("", "_documents", "_facts", "_pages")
        for name in (f"{settings.collection}{suffix}" for suffix in suffixes):
            with contextlib.suppress(Exception):
                client.delete_collection(name)
        UnitVectors.remove(units_path(settings))

    # documents -------------------------------------------------------------------------------
    def document_records(self) -> dict[str, DocumentRecord]:
        """Every ingested document's record, keyed by document name."""
        records = {}
        for _, meta in self._get_all(self.documents, include=["metadatas"]):
            record = DocumentRecord(**json.loads(str(meta["record"])))
            records[record.document] = record
        return records

    def put_document(self, record: DocumentRecord) -> None:
        """Write a document's record; done last, so a killed ingest leaves no record of a half file."""
        self.documents.upsert(
            ids=[record.document],
            embeddings=[[0.0]],  # records are looked up by id, never by similarity
            metadatas=[{"record": json.dumps(asdict(record))}],
        )

    def remove_document(self, document: str) -> int:
        """Delete a document's chunks, facts and record; returns how many chunks went."""
        ids = self.chunk_ids(document)
        self.delete_chunks(ids)
        self.pages.delete(where={"document": document})
        self.facts.delete(ids=[document])
        self.documents.delete(ids=[document])
        return len(ids)

    # facts -----------------------------------------------------------------------------------
    def put_facts(self, facts: DocumentFacts) -> None:
        """Write (or replace) what a document records of funding, priorities and terms."""
        self.facts.upsert(ids=[facts.document], embeddings=[[0.0]], metadatas=[{"facts": facts.to_json()}])

    def all_facts(self) -> list[DocumentFacts]:
        """Every document's facts, in document order."""
        rows = self._get_all(self.facts, include=["metadatas"])
        return sorted(
            (DocumentFacts.from_json(str(meta["facts"])) for _, meta in rows), key=lambda f: f.document
        )

    # pages -----------------------------------------------------------------------------------
    def put_pages(self, document: str, pages: Sequence[tuple[int, str]]) -> None:
        """Write (or replace) the text of a document's pages, as (page number, text)."""
        self.pages.delete(where={"document": document})
        for start in range(0, len(pages), GET_PAGE):
            batch = pages[start : start + GET_PAGE]
            self.pages.upsert(
                ids=[_page_id(document, number) for number, _ in batch],
                embeddings=[[0.0]] * len(batch),  # looked up by id, never by similarity
                documents=[text for _, text in batch],
                metadatas=[{"document": document, "page": number} for number, _ in batch],
            )

    def page_texts(self, pages: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
        """The stored text of each (document, page) asked for; pages not stored are left out."""
        wanted = list(dict.fromkeys(pages))
        if not wanted:
            return {}
        found = self.pages.get(ids=[_page_id(d, p) for d, p in wanted], include=["documents", "metadatas"])
        return {
            (str(meta["document"]), int(meta["page"])): str(text)
            for text, meta in zip(found["documents"], found["metadatas"], strict=True)
        }

    # chunks ----------------------------------------------------------------------------------
    def chunk_ids(self, document: str) -> set[str]:
        """Ids of the chunks stored for one document."""
        return {cid for cid, _ in self._get_all(self.chunks, where={"document": document}, include=[])}

    def add_chunks(
        self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]], info: dict[str, str]
    ) -> None:
        """Store chunks with their vectors; `info` holds the document facts copied onto each."""
        if len(chunks) != len(vectors):
            raise ValueError(f"vectors must match chunks one to one: {len(vectors)} for {len(chunks)}")
        if not chunks:
            return
        self.chunks.upsert(
            ids=[c.id for c in chunks],
            embeddings=[list(v) for v in vectors],
            documents=[c.text for c in chunks],
            metadatas=[
                {
                    "document": c.document,
                    "page": c.page,
                    "page_label": c.page_label,
                    "heading": c.heading,
                    "heading_page": c.heading_page,
                    "index": c.index,
                    "kinds": ",".join(c.kinds),
                    **_ocr_meta(c),
                    **_structure_meta(c),
                    **info,
                }
                for c in chunks
            ],
        )

    def delete_chunks(self, ids: Iterable[str]) -> None:
        """Delete chunks by id."""
        id_list = list(ids)
        for start in range(0, len(id_list), GET_PAGE):
            self.chunks.delete(ids=id_list[start : start + GET_PAGE])
        self.units.delete(id_list)

    def vectors(self, ids: Sequence[str]) -> dict[str, list[float]]:
        """The stored vectors of the chunks with these ids (ids no longer stored are left out)."""
        found: dict[str, list[float]] = {}
        for start in range(0, len(ids), GET_PAGE):
            batch = self.chunks.get(ids=list(ids[start : start + GET_PAGE]), include=["embeddings"])
            for cid, vector in zip(batch["ids"], batch["embeddings"], strict=True):
                found[cid] = [float(x) for x in vector]
        return found

    def count(self) -> int:
        """How many chunks are stored."""
        return int(self.chunks.count())

    def all_chunks(self) -> list[StoredChunk]:
        """Every stored chunk, in document, page and position order (for the BM25 index)."""
        rows = self._get_all(self.chunks, include=["documents", "metadatas"])
        stored = [_stored_chunk(cid, text, meta) for cid, (text, meta) in rows]
        return sorted(stored, key=lambda s: (s.chunk.document, s.chunk.page, s.chunk.index))

    def query(
        self, vector: Sequence[float], k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[StoredChunk, float]]:
        """The k nearest chunks with their cosine similarity.

        A chunk deleted while the query runs (a document removed or re-ingested meanwhile) can come
        back as an id without its metadata: it is gone, so it is left out.
        """
        total = self.count()
        if total == 0:
            return []
        result = self.chunks.query(
            query_embeddings=[list(vector)],
            n_results=min(k, total),
            where=where or None,
            include=["documents", "metadatas", "distances"],
        )
        return [
            (_stored_chunk(cid, text, meta), 1.0 - float(distance))
            for cid, text, meta, distance in zip(
                result["ids"][0],
                result["documents"][0],
                result["metadatas"][0],
                result["distances"][0],
                strict=True,
            )
            if meta is not None
        ]

    def _get_all(self, collection: Any, include: list[str], where: dict[str, Any] | None = None) -> list[Any]:
        rows: list[Any] = []
        offset = 0
        while True:
            batch = collection.get(where=where or None, include=include, limit=GET_PAGE, offset=offset)
            ids = batch["ids"]
            if "documents" in include:
                rows.extend(zip(ids, zip(batch["documents"], batch["metadatas"], strict=True), strict=True))
            elif "metadatas" in include:
                rows.extend(zip(ids, batch["metadatas"], strict=True))
            else:
                rows.extend((cid, None) for cid in ids)
            if len(ids) < GET_PAGE:
                return rows
            offset += GET_PAGE


def _structure_meta(chunk: Chunk) -> dict[str, str]:
    """A chunk's table structure (each line's cells and header) and its footnotes' marks and labels,
    as JSON metadata values."""
    meta = {"notes": json.dumps(chunk.notes, ensure_ascii=False)} if chunk.notes else {}
    if not chunk.cells:
        return meta
    return {**meta, "table": json.dumps({"cells": chunk.cells, "headers": chunk.headers}, ensure_ascii=False)}


def _structure_fields(meta: dict[str, Any]) -> dict[str, Any]:
    notes = json.loads(str(meta["notes"])) if meta.get("notes") else []
    fields = {"notes": tuple((str(mark), str(label)) for mark, label in notes)} if notes else {}
    if not meta.get("table"):
        return fields
    table = json.loads(str(meta["table"]))
    return {
        **fields,
        "cells": tuple(tuple(str(c) for c in line) for line in table["cells"]),
        "headers": tuple(tuple(str(h) for h in line) for line in table["headers"]),
    }


def units_path(settings: IngestSettings) -> Path:
    """The unit vectors' file: in the data folder, named after the collection (and the server's)."""
    where = f"{settings.chroma_host}-{settings.chroma_port}-" if settings.chroma_host else ""
    return settings.data_dir / f"{where}{settings.collection}-units.sqlite"


def _page_id(document: str, page: int) -> str:
    return f"{document}#page={page}"


def _stored_chunk(cid: str, text: str, meta: dict[str, Any]) -> StoredChunk:
    chunk = Chunk(
        id=cid,
        document=str(meta["document"]),
        page=int(meta["page"]),
        page_label=str(meta["page_label"]),
        heading=str(meta["heading"]),
        heading_page=int(meta.get("heading_page", 0)),
        text=text,
        index=int(meta["index"]),
        kinds=tuple(str(meta.get("kinds", "")).split(",")) if meta.get("kinds") else (),
        ocr=bool(meta.get("ocr", False)),
        ocr_confidence=float(meta["ocr_confidence"]) if "ocr_confidence" in meta else None,
        **_structure_fields(meta),
    )
    return StoredChunk(chunk, str(meta["title"]), str(meta["doc_type"]), str(meta["period"]))


def _ocr_meta(chunk: Chunk) -> dict[str, bool | float]:
    """`ocr` on every chunk; the page's OCR confidence only where there is one (Chroma stores no None)."""
    if chunk.ocr_confidence is None:
        return {"ocr": chunk.ocr}
    return {"ocr": chunk.ocr, "ocr_confidence": chunk.ocr_confidence}
