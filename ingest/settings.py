"""What ingest needs to know: where the corpus and the index live, and which model embeds.

The assistant's `Settings` (assistant/settings.py) extends these with how answers are made and
served; it is built once, from the environment, at the edge of the process and passed explicitly.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Self

from ingest.errors import ConfigError

DEFAULT_MODEL = "all-MiniLM-L6-v2"
BACKENDS = ("torch", "onnx", "onnx-int8")
OCR_MODES = ("auto", "off", "force")


@dataclass(frozen=True)
class IngestSettings:
    """Where the corpus and the index live, which model embeds, and the limits of parsing."""

    corpus_dir: Path = Path("corpus")
    data_dir: Path = Path("data")
    chroma_host: str | None = None
    chroma_port: int = 8000
    collection: str = "csp_chunks"
    embedding_model: str = DEFAULT_MODEL
    # onnx: the model exported once, run without torch (same vectors, faster start); torch; onnx-int8
    embedding_backend: str = "onnx"
    model_cache: Path | None = None  # where exported models are kept; None: <data_dir>/models
    # Texts per model run. With batches formed by token count, 4 took 2-3% less of one thread's CPU
    # than 8 and 20% less than sentence-transformers' 32 on 100 pages of the scale corpus, and a whole
    # ingest of its 500 pages 5-7% less CPU than 8 (README, Speed).
    embed_batch_size: int = 4
    chunk_chars: int = 900
    parse_timeout_s: float = 120.0
    parse_memory_mb: int = 2048
    lock_timeout_s: float = 30.0
    # Pages without a text layer: auto reads them by OCR, off reports image-only files, force OCRs all.
    ocr: str = "auto"
    tesseract_cmd: str = "tesseract"
    # Each page to OCR adds this to a file's parse time limit: 10-30 times what a page takes.
    ocr_page_timeout_s: float = 30.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Self:
        """Read `CSP_*` variables (or the mapping given), falling back to defaults."""
        env = os.environ if environ is None else environ
        return cls(**cls.fields_from_env(env))

    @staticmethod
    def fields_from_env(env: Mapping[str, str]) -> dict[str, Any]:
        """The fields the `CSP_*` variables set, checked."""
        port = env.get("CSP_CHROMA_PORT", "8000")
        if not port.isdigit():
            raise ConfigError(f"CSP_CHROMA_PORT must be a port number, not {port!r}.")
        backend = env.get("CSP_EMBEDDING_BACKEND") or "onnx"
        if backend not in BACKENDS:
            raise ConfigError(f"CSP_EMBEDDING_BACKEND must be one of {', '.join(BACKENDS)}, not {backend!r}.")
        batch = env.get("CSP_EMBED_BATCH_SIZE") or str(IngestSettings.embed_batch_size)
        if not batch.isdigit() or int(batch) < 1:
            raise ConfigError(f"CSP_EMBED_BATCH_SIZE must be a whole number of at least 1, not {batch!r}.")
        ocr = (env.get("CSP_OCR") or "auto").strip().lower()
        if ocr not in OCR_MODES:
            raise ConfigError(f"CSP_OCR must be one of {', '.join(OCR_MODES)}, not {env.get('CSP_OCR')!r}.")
        return dict(
            ocr=ocr,
            tesseract_cmd=env.get("CSP_TESSERACT_CMD") or "tesseract",
            ocr_page_timeout_s=positive_seconds(
                "CSP_OCR_PAGE_TIMEOUT", env.get("CSP_OCR_PAGE_TIMEOUT") or "30"
            ),
            corpus_dir=Path(env.get("CSP_CORPUS_DIR", "corpus")),
            data_dir=Path(env.get("CSP_DATA_DIR", "data")),
            chroma_host=env.get("CSP_CHROMA_HOST") or None,
            chroma_port=int(port),
            collection=env.get("CSP_COLLECTION", "csp_chunks"),
            embedding_model=env.get("CSP_EMBEDDING_MODEL", DEFAULT_MODEL),
            embedding_backend=backend,
            embed_batch_size=int(batch),
            model_cache=Path(env["CSP_MODEL_CACHE"]) if env.get("CSP_MODEL_CACHE") else None,
            lock_timeout_s=positive_seconds("CSP_LOCK_TIMEOUT", env.get("CSP_LOCK_TIMEOUT") or "30"),
            parse_timeout_s=positive_seconds("CSP_PARSE_TIMEOUT", env.get("CSP_PARSE_TIMEOUT") or "120"),
        )

    def with_(self, **changes: object) -> Self:
        """A copy with some fields changed (for the CLI's flags and for tests)."""
        return replace(self, **changes)  # type: ignore[arg-type]


def positive_seconds(name: str, value: str) -> float:
    """A number of seconds greater than zero, or a ConfigError naming the variable."""
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not seconds > 0 or seconds == float("inf"):
        raise ConfigError(f"{name} must be a number of seconds greater than 0, not {value!r}.")
    return seconds
