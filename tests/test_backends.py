"""The ONNX embedding backend: exported from the bundled weights, same vectors as torch, no torch needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from ingest.embed import load_embeddings
from ingest.errors import ConfigError, ModelMismatchError
from ingest.settings import Settings
from ingest.store import ChunkStore

TEXTS = [
    "What are the partnership's priorities?",
    "Knife Angel\t19,783",
    "A £25k contribution was approved by SCEP to support a wider PCC funding bid to central government. " * 6,
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


def test_onnx_vectors_are_the_torch_vectors(model, cache: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    onnx = load_embeddings(Settings(data_dir=tmp_path, embedding_backend="onnx", model_cache=cache))
    assert onnx.name == model.name and onnx.dimension == 384
    cosines = (np.array(onnx.embed_documents(TEXTS)) * np.array(model.embed_documents(TEXTS))).sum(axis=1)
    assert cosines.min() > 0.9999
    assert (cache / "all-MiniLM-L6-v2" / "model.onnx").is_file()


def test_int8_is_another_model_to_the_store(model, cache: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    int8 = load_embeddings(settings.with_(embedding_backend="onnx-int8", model_cache=cache))
    assert int8.name == "all-MiniLM-L6-v2+int8"
    cosines = (np.array(int8.embed_documents(TEXTS)) * np.array(model.embed_documents(TEXTS))).sum(axis=1)
    assert 0.85 < cosines.min() < 0.9999  # close, but not the same vectors: the index must say which
    ChunkStore(settings, model.name, 384)
    with pytest.raises(ModelMismatchError, match=r"all-MiniLM-L6-v2\+int8"):
        ChunkStore(settings, "all-MiniLM-L6-v2+int8", 384)


def test_onnx_backend_runs_without_importing_torch(cache: Path, tmp_path: Path) -> None:
    """The point of the backend for `csp ask`: once exported, a process never loads torch."""
    load_embeddings(Settings(data_dir=tmp_path, embedding_backend="onnx", model_cache=cache))  # export
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ingest.embed import load_embeddings\n"
        "from ingest.settings import Settings\n"
        f"e = load_embeddings(Settings(embedding_backend='onnx', model_cache=Path({str(cache)!r})))\n"
        "assert len(e.embed_query('knife crime')) == 384\n"
        "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ConfigError, match="CSP_EMBEDDING_BACKEND must be one of torch, onnx, onnx-int8"):
        Settings.from_env({"CSP_EMBEDDING_BACKEND": "tensorrt"})
