"""The speed paths give what the slow paths gave: the saved word index, pooled unit vectors, re-ingest."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.answering.extractive import ExtractiveAnswerer
from assistant.answering.unit_spans import chunk_units
from assistant.answering.vectors import VectorCache
from assistant.index import Index, lexical_folder
from assistant.lexical import LexicalIndex, open_lexical, store_key
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.text import terms
from ingest.store import ChunkStore, units_path
from ingest.unit_vectors import UnitVectors
from tests.conftest import CORPUS_PDF

QUESTIONS = [
    "How much did the Knife Angel receive?",
    "What are the partnership's priorities?",
    "Who chairs the partnership?",
    "What did the partnership do about road safety?",
    "How many scams were reported?",
]


def test_saved_word_index_loads_with_the_same_chunks_and_ranking(
    assistant: Assistant, tmp_path: Path
) -> None:
    built = LexicalIndex.build(assistant.store.all_chunks())
    built.save(tmp_path / "saved")
    loaded = LexicalIndex.load(tmp_path / "saved")
    assert loaded.chunks == built.chunks
    assert dict(loaded.doc_freq) == dict(built.doc_freq)
    for question in QUESTIONS:
        query = terms(question)
        assert np.allclose(loaded.bm25.get_scores(query), built.bm25.get_scores(query))


def test_the_index_reuses_its_saved_word_index_until_the_store_changes(assistant: Assistant) -> None:
    folder = lexical_folder(assistant.settings)
    key = store_key(assistant.store, assistant.store.document_records())
    assert (folder / key).is_dir()  # saved when the index was built
    stamp = (folder / key / "chunks.json").stat().st_mtime_ns
    again = open_lexical(assistant.store, assistant.store.document_records(), folder)
    assert (folder / key / "chunks.json").stat().st_mtime_ns == stamp  # loaded, not built again
    assert [s.chunk.id for s in again.chunks] == [s.chunk.id for s in assistant.retriever.chunks]


def test_unchanged_reingest_embeds_nothing_and_keeps_the_snapshot(assistant: Assistant) -> None:
    before = assistant.index.state
    report = assistant.ingest()
    assert report.chunks_embedded == 0
    assert {f.status for f in report.files} == {"unchanged"}
    assert assistant.index.state is before  # nothing changed, so nothing was rebuilt


def test_every_chunk_has_pooled_unit_vectors_near_the_units_own(
    assistant: Assistant, model: Embeddings
) -> None:
    chunks = [s.chunk for s in assistant.store.all_chunks()]
    assert assistant.store.units.count() == len(chunks)
    nearest_own = total = 0
    for chunk in chunks[:15]:
        texts = [text for text, _ in chunk_units(chunk)]
        pooled = assistant.store.units.get([chunk.id])
        assert set(pooled) <= set(texts) and len(pooled) >= len(texts) - 1  # a cut-off unit may be missing
        alone = {t: np.asarray(v) for t, v in zip(texts, model.embed_documents(texts), strict=True)}
        for text, vector in pooled.items():
            assert abs(np.linalg.norm(vector) - 1) < 0.01
            cosines = {other: float(vector @ own) for other, own in alone.items()}
            nearest_own += max(cosines, key=lambda other: cosines[other]) == text
            total += 1
    # Most pooled vectors are nearest their own unit's (spans put in the wrong place would leave
    # chance, 1 in the number of units); only most, which is why the answerer re-embeds its leaders.
    assert nearest_own / total > 0.6


def test_answers_with_pooled_unit_vectors_match_units_embedded_alone(assistant: Assistant) -> None:
    retriever = assistant.retriever
    embed = assistant.embeddings.embed_documents
    pooled = ExtractiveAnswerer(
        retriever.idf, vectors=VectorCache(embed, 4096), stored=assistant.store.units.get
    )
    alone = ExtractiveAnswerer(retriever.idf, vectors=VectorCache(embed, 4096))
    for question in QUESTIONS:
        passages = assistant.search(question, k=12)
        vector = assistant.embeddings.embed_query(question)
        first, second = (
            pooled.answer(question, passages, query_vector=vector),
            alone.answer(question, passages, query_vector=vector),
        )
        assert (first.text, first.abstained) == (second.text, second.abstained), question


def test_unit_vectors_leave_with_their_chunks_and_with_a_rebuild(tmp_path: Path) -> None:
    units = UnitVectors(tmp_path / "units.sqlite")
    units.put([("a", ["one", "two"], np.eye(2, 4)), ("b", ["three"], np.ones((1, 4)) / 2)])
    assert set(units.get(["a", "b"])) == {"one", "two", "three"}
    units.delete(["a"])
    assert set(units.get(["a", "b"])) == {"three"}
    UnitVectors.remove(tmp_path / "units.sqlite")
    assert not (tmp_path / "units.sqlite").exists()


def test_a_rebuild_drops_the_unit_vectors(assistant: Assistant, tmp_path: Path) -> None:
    settings = assistant.settings.with_(data_dir=tmp_path / "data", collection="other")
    store = ChunkStore(settings, "m", 4)
    store.units.put([("x", ["one"], np.ones((1, 4)) / 2)])
    assert units_path(settings).exists()
    ChunkStore.reset(settings)
    assert not units_path(settings).exists()


def test_csp_ingest_saves_the_word_index_a_cold_ask_then_loads(settings: Settings, model: Embeddings) -> None:
    shutil.copy(CORPUS_PDF, settings.corpus_dir / CORPUS_PDF.name)
    index = Index.open(settings, model)
    index.ingest(refresh=False)  # as `csp ingest` does
    key = store_key(index.store, index.store.document_records())
    assert (lexical_folder(settings) / key / "chunks.json").is_file()
