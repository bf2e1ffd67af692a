"""Incremental, idempotent ingest; unreadable files; the refused model mismatch."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import Settings
from ingest.errors import ModelMismatchError
from ingest.pipeline import ingest
from ingest.store import HNSW_EF_SEARCH, ChunkStore
from tests.conftest import FakeEmbeddings
from tests.pdfs import encrypt_pdf, make_pdf


def _store(settings: Settings, fake: FakeEmbeddings) -> ChunkStore:
    return ChunkStore(settings, fake.name, fake.dimension)


def _statuses(report) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.document: f.status for f in report.files}


def test_add_unchanged_change_and_delete(settings: Settings) -> None:
    fake = FakeEmbeddings()
    store = _store(settings, fake)
    a = make_pdf(settings.corpus_dir / "a.pdf", [["Alpha page one."], ["Alpha page two."]])
    make_pdf(settings.corpus_dir / "sub" / "b.pdf", [["Bravo only page."]])

    first = ingest(settings, store, fake)
    assert _statuses(first) == {"a.pdf": "added", "sub/b.pdf": "added"}
    assert (first.totals["pages"], first.totals["chunks"], first.chunks_in_store) == (3, 3, 3)
    assert first.chunks_embedded == 3

    fake.embedded.clear()
    again = ingest(settings, store, fake)
    assert _statuses(again) == {"a.pdf": "unchanged", "sub/b.pdf": "unchanged"}
    assert fake.embedded == []  # nothing re-embedded
    assert again.chunks_in_store == 3

    make_pdf(a, [["Alpha page one."], ["Alpha page two, revised."]])
    changed = ingest(settings, store, fake)
    assert _statuses(changed) == {"a.pdf": "updated", "sub/b.pdf": "unchanged"}
    assert fake.embedded == ["Alpha page two, revised."]  # only the new chunk
    texts = sorted(s.chunk.text for s in store.all_chunks())
    assert texts == ["Alpha page one.", "Alpha page two, revised.", "Bravo only page."]

    (settings.corpus_dir / "sub" / "b.pdf").unlink()
    removed = ingest(settings, store, fake)
    assert _statuses(removed) == {"a.pdf": "unchanged", "sub/b.pdf": "removed"}
    assert removed.chunks_in_store == 2
    assert sorted(store.document_records()) == ["a.pdf"]


def test_chunk_metadata_is_exact(settings: Settings) -> None:
    fake = FakeEmbeddings()
    store = _store(settings, fake)
    (settings.corpus_dir / "catalogue.toml").write_text(
        '[[document]]\nfile = "sia.pdf"\ntitle = "Borough SIA"\ntype = "strategic assessment"\n'
        'period = "2023/2024"\npartnership = "Borough CSP"\n'
    )
    make_pdf(settings.corpus_dir / "sia.pdf", [["Intro words."], ["Second page words."]])
    make_pdf(settings.corpus_dir / "Minutes March 2024.pdf", [["Minutes body."]], title="")
    ingest(settings, store, fake)
    stored = {(s.chunk.document, s.chunk.page): s for s in store.all_chunks()}
    sia = stored[("sia.pdf", 2)]
    assert (sia.title, sia.doc_type, sia.period, sia.chunk.page_label, sia.chunk.text) == (
        "Borough SIA",
        "strategic assessment",
        "2023-24",
        "2",
        "Second page words.",
    )
    minutes = stored[("Minutes March 2024.pdf", 1)]
    assert (minutes.doc_type, minutes.period) == ("minutes", "2024")
    records = store.document_records()
    assert (records["sia.pdf"].pages, records["sia.pdf"].chunks, records["sia.pdf"].partnership) == (
        2,
        2,
        "Borough CSP",
    )


def test_unreadable_pdfs_are_reported_and_the_rest_ingests(settings: Settings) -> None:
    fake = FakeEmbeddings()
    store = _store(settings, fake)
    good = make_pdf(settings.corpus_dir / "good.pdf", [["Good page one."], ["Good page two."]])
    encrypt_pdf(good, settings.corpus_dir / "locked.pdf", password="secret")
    encrypt_pdf(good, settings.corpus_dir / "open-lock.pdf", password="")
    (settings.corpus_dir / "notes.pdf").write_text("just some text, not a PDF")
    (settings.corpus_dir / "empty.pdf").write_bytes(b"")
    (settings.corpus_dir / "truncated.pdf").write_bytes(good.read_bytes()[:400])
    report = ingest(settings, store, fake)
    reasons = {f.document: (f.status, f.reason) for f in report.files}
    assert reasons["good.pdf"] == ("added", "")
    assert reasons["open-lock.pdf"] == ("added", "")
    assert reasons["locked.pdf"] == ("failed", "encrypted with a password")
    assert reasons["notes.pdf"] == ("failed", "not a PDF file (no %PDF header)")
    assert reasons["empty.pdf"] == ("failed", "the file is empty (0 bytes)")
    assert reasons["truncated.pdf"][0] == "failed"
    assert reasons["truncated.pdf"][1].startswith(("damaged or truncated PDF", "no text layer"))
    assert report.failed
    assert report.chunks_in_store == 4


def test_another_model_is_refused(settings: Settings) -> None:
    ChunkStore(settings, "model-a", 16)
    with pytest.raises(
        ModelMismatchError, match=r"built with the embedding model 'model-a' \(16 dimensions\)"
    ):
        ChunkStore(settings, "model-b", 16)
    with pytest.raises(ModelMismatchError, match="csp ingest --rebuild"):
        ChunkStore(settings, "model-a", 32)
    ChunkStore.reset(settings)
    assert ChunkStore(settings, "model-b", 32).count() == 0


def test_the_chunk_index_searches_wide_enough_to_answer_alike_in_every_process(settings: Settings) -> None:
    # An index made before the setting (Chroma's default search width) is widened when opened.
    store = ChunkStore(settings, "model-a", 16)
    store.chunks.modify(configuration={"hnsw": {"ef_search": 100}})
    reopened = ChunkStore(settings, "model-a", 16)
    assert reopened.chunks.configuration_json["hnsw"]["ef_search"] == HNSW_EF_SEARCH


def test_paths_outside_the_corpus_ingest_by_file_name(settings: Settings, tmp_path: Path) -> None:
    fake = FakeEmbeddings()
    store = _store(settings, fake)
    outside = make_pdf(tmp_path / "elsewhere" / "extra.pdf", [["Extra page."]])
    report = ingest(settings, store, fake, paths=[outside, tmp_path / "missing.pdf"])
    assert {(f.document, f.status, f.reason) for f in report.files} == {
        ("extra.pdf", "added", ""),
        ("missing.pdf", "failed", "no such file"),
    }


def test_a_folder_given_is_a_corpus_that_follows_deletions(settings: Settings, tmp_path: Path) -> None:
    fake = FakeEmbeddings()
    store = _store(settings, fake)
    make_pdf(settings.corpus_dir / "a.pdf", [["Alpha page."]])
    archive = tmp_path / "archive"
    make_pdf(archive / "2021" / "minutes.pdf", [["Minutes page."]])
    gone = make_pdf(archive / "report.pdf", [["Report page."]])
    ingest(settings, store, fake)

    first = ingest(settings, store, fake, paths=[archive])
    assert _statuses(first) == {"2021/minutes.pdf": "added", "report.pdf": "added"}
    gone.unlink()
    second = ingest(settings, store, fake, paths=[archive])
    assert _statuses(second) == {"2021/minutes.pdf": "unchanged", "report.pdf": "removed"}
    assert sorted(store.document_records()) == ["2021/minutes.pdf", "a.pdf"]  # the corpus is untouched

    # The corpus's own ingest keeps the other folder's documents: they are that folder's to drop.
    third = ingest(settings, store, fake)
    assert _statuses(third) == {"a.pdf": "unchanged"}
    assert sorted(store.document_records()) == ["2021/minutes.pdf", "a.pdf"]
    (archive / "2021" / "minutes.pdf").unlink()
    report = ingest(settings, store, fake, paths=[archive / "2021"])
    assert _statuses(report) == {"2021/minutes.pdf": "removed"}
    assert sorted(store.document_records()) == ["a.pdf"]


def test_a_subfolder_of_the_corpus_follows_deletions_under_it(settings: Settings) -> None:
    fake = FakeEmbeddings()
    store = _store(settings, fake)
    make_pdf(settings.corpus_dir / "a.pdf", [["Alpha page."]])
    b = make_pdf(settings.corpus_dir / "sub" / "b.pdf", [["Bravo page."]])
    ingest(settings, store, fake)
    b.unlink()
    report = ingest(settings, store, fake, paths=[settings.corpus_dir / "sub"])
    assert _statuses(report) == {"sub/b.pdf": "removed"}  # named as the corpus names it; a.pdf not touched
    assert sorted(store.document_records()) == ["a.pdf"]


def test_new_chunk_size_rechunks_but_reembeds_only_changed_chunks(settings: Settings) -> None:
    fake = FakeEmbeddings()
    store = _store(settings, fake)
    make_pdf(
        settings.corpus_dir / "a.pdf", [["Short page."], [f"Sentence number {n} is here." for n in range(30)]]
    )
    ingest(settings, store, fake)
    fake.embedded.clear()
    report = ingest(settings.with_(chunk_chars=300), store, fake)
    assert _statuses(report) == {"a.pdf": "updated"}
    assert "Short page." not in fake.embedded  # that page's chunk did not change
    assert report.chunks_in_store == len(store.chunk_ids("a.pdf")) == report.totals["chunks"]
