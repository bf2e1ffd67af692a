"""The embedding backends: ONNX (the default) gives torch's vectors without torch; int8 is another model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.settings import Settings
from ingest.embed.models import load_embeddings
from ingest.errors import ConfigError, ModelMismatchError
from ingest.store import ChunkStore

TEXTS = [
    "What are the partnership's priorities?",
    "Knife Angel\t19,783",
    "A £25k contribution was approved by SCEP to support a wider PCC funding bid to central government. " * 6,
]


@pytest.fixture(scope="module")
def torch_model() -> Any:
    return load_embeddings(Settings(embedding_backend="torch"))


@pytest.fixture
def cache(model_cache: Path) -> Path:
    return model_cache


def test_onnx_is_the_default_and_gives_the_torch_vectors(
    torch_model: Any, cache: Path, tmp_path: Path
) -> None:
    onnx: Any = load_embeddings(Settings(data_dir=tmp_path, model_cache=cache))
    assert type(onnx).__name__ == "OnnxEmbeddings" and type(torch_model).__name__ != "OnnxEmbeddings"
    assert onnx.name == torch_model.name and onnx.dimension == 384
    pairs = np.array(onnx.embed_documents(TEXTS)) * np.array(torch_model.embed_documents(TEXTS))
    assert pairs.sum(axis=1).min() > 0.9999
    assert (cache / "all-MiniLM-L6-v2" / "model-eager-attention.onnx").is_file()


def test_int8_is_another_model_to_the_store(torch_model: Any, cache: Path, settings: Settings) -> None:
    int8: Any = load_embeddings(settings.with_(embedding_backend="onnx-int8", model_cache=cache))
    assert int8.name == "all-MiniLM-L6-v2+int8"
    pairs = np.array(int8.embed_documents(TEXTS)) * np.array(torch_model.embed_documents(TEXTS))
    assert 0.85 < pairs.sum(axis=1).min() < 0.9999  # close, but not the same vectors: the index must say
    ChunkStore(settings, torch_model.name, 384)
    with pytest.raises(ModelMismatchError, match=r"all-MiniLM-L6-v2\+int8"):
        ChunkStore(settings, "all-MiniLM-L6-v2+int8", 384)


def test_onnx_backend_runs_without_importing_torch(cache: Path, tmp_path: Path) -> None:
    """The point of the backend for `csp ask`: once exported, a process never loads torch."""
    load_embeddings(Settings(data_dir=tmp_path, embedding_backend="onnx", model_cache=cache))  # export
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ingest.embed.models import load_embeddings\n"
        "from assistant.settings import Settings\n"
        f"e = load_embeddings(Settings(embedding_backend='onnx', model_cache=Path({str(cache)!r})))\n"
        "assert len(e.embed_query('knife crime')) == 384\n"
        "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ConfigError, match="CSP_EMBEDDING_BACKEND must be one of torch, onnx, onnx-int8"):
        Settings.from_env({"CSP_EMBEDDING_BACKEND": "tensorrt"})


def test_batch_size_changes_speed_not_vectors(cache: Path, tmp_path: Path) -> None:
    small: Any = load_embeddings(Settings(data_dir=tmp_path, model_cache=cache, embed_batch_size=2))
    large: Any = load_embeddings(Settings(data_dir=tmp_path, model_cache=cache, embed_batch_size=32))
    calls: list[int] = []
    run = small.session.run
    small.session = _CountingSession(run, calls)
    pairs = np.array(small.embed_documents(TEXTS)) * np.array(large.embed_documents(TEXTS))
    assert pairs.sum(axis=1).min() > 0.9999
    assert sorted(calls) == [1, 2]  # three texts at two a call (the calls run side by side)


class _CountingSession:
    """Records how many texts each model call carries."""

    def __init__(self, run: Any, calls: list[int]) -> None:
        self._run = run
        self._calls = calls

    def run(self, names: Any, feed: dict[str, Any]) -> Any:
        self._calls.append(len(feed["input_ids"]))
        return self._run(names, feed)


@pytest.mark.parametrize("value", ["0", "many", "-4"])
def test_batch_size_setting_is_a_positive_whole_number(value: str) -> None:
    with pytest.raises(
        ConfigError, match=f"CSP_EMBED_BATCH_SIZE must be a whole number of at least 1, not '{value}'"
    ):
        Settings.from_env({"CSP_EMBED_BATCH_SIZE": value})
    assert Settings.from_env({"CSP_EMBED_BATCH_SIZE": "16"}).embed_batch_size == 16
    assert Settings.from_env({}).embed_batch_size == 4
