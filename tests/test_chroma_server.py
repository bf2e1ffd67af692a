"""The same ingest and ask code against a real Chroma server started for the test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.service import Assistant
from assistant.settings import Settings
from evals.bench import chroma_server
from evals.load import free_port
from ingest.errors import StoreUnavailableError
from ingest.store import ChunkStore
from tests.conftest import CORPUS_PDF


@pytest.fixture(scope="module")
def chroma_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as port:
        yield port


def test_ingest_and_ask_through_a_chroma_server(chroma_port: int, tmp_path: Path, model: Any) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS_PDF, corpus / CORPUS_PDF.name)
    settings = Settings(
        corpus_dir=corpus, data_dir=tmp_path / "unused", chroma_host="127.0.0.1", chroma_port=chroma_port
    )
    assistant = Assistant.open(settings, model)
    first = assistant.ingest()
    assert [(f.document, f.status, f.pages) for f in first.files] == [(CORPUS_PDF.name, "added", 23)]
    assert first.chunks_in_store == first.totals["chunks"] > 0
    assert assistant.ingest().chunks_embedded == 0
    assert not (tmp_path / "unused" / "chroma").exists()  # nothing was written locally

    answer = assistant.ask("What are the partnership's priorities for 2022-2025?")
    assert [c.page for c in answer.citations] == [13]
    assert "Road Safety" in answer.text


def test_unreachable_server_is_one_clear_error(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, chroma_host="127.0.0.1", chroma_port=free_port())
    with pytest.raises(StoreUnavailableError, match=r"Could not open the Chroma server at 127\.0\.0\.1:"):
        ChunkStore(settings, "model", 8)
