"""The embedding model through ONNX Runtime: exported once from the local weights, no torch after that.

sentence-transformers' own ONNX backend needs `optimum`, whose pins break sentence-transformers and
gradio here; so the model is exported with torch's exporter and run with onnxruntime and the model's
own fast tokenizer, with the same mean pooling and normalisation as its sentence-transformers config.
"""

from __future__ import annotations

import json
import logging
import os
import warnings
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from langchain_core.embeddings import Embeddings

from ingest.errors import ConfigError

if TYPE_CHECKING:
    from tokenizers import Encoding

_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Exported with eager attention: ONNX Runtime runs that graph faster on CPU than the one traced
# from torch's fused attention, with the same vectors (README, Speed, has the figures). The name
# changed with that, so stores exported before get the faster file on their next start.
FULL_FILE = "model-eager-attention.onnx"
INT8_FILE = "model-eager-attention-int8.onnx"
_LEGACY_FILES = ("model.onnx", "model-int8.onnx")


def export_onnx(model_dir: Path, target: Path, quantize: bool = False) -> Path:
    """Write `target` (FULL_FILE, or INT8_FILE) from the weights in `model_dir`; once only.

    The file appears whole or not at all (written aside, then renamed), so two processes racing to
    export never load half a file.
    """
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    full = target.with_name(FULL_FILE)
    if not full.exists():
        _export_full(model_dir, full)
        for legacy in _LEGACY_FILES:  # the slower exports of earlier versions
            (target.parent / legacy).unlink(missing_ok=True)
    if quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        root = logging.getLogger()
        level = root.level
        root.setLevel(logging.ERROR)  # it logs a "consider pre-processing" hint meant for its developers
        try:
            quantize_dynamic(str(full), str(partial), weight_type=QuantType.QInt8)
        finally:
            root.setLevel(level)
        partial.replace(target)
    return target


def _export_full(model_dir: Path, target: Path) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModel

    class Encoder(torch.nn.Module):
        """The transformer with named inputs and one output, as the exporter wants it."""

        def __init__(self) -> None:
            super().__init__()
            self.model = AutoModel.from_pretrained(
                str(model_dir), local_files_only=True, attn_implementation="eager"
            ).eval()

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    model = Encoder().eval()
    sample = torch.ones((2, 8), dtype=torch.long)
    axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}}
    axes |= {"token_type_ids": {0: "batch", 1: "tokens"}, "last_hidden_state": {0: "batch", 1: "tokens"}}
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    # The exporter warns about tracing details of the model's Python code; they are not the user's concern.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            (sample, sample, torch.zeros_like(sample)),
            str(partial),
            input_names=list(_INPUTS),
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
    partial.replace(target)


class OnnxEmbeddings(Embeddings):
    """Mean-pooled, normalised sentence vectors from an ONNX export of a sentence-transformers model."""

    def __init__(self, name: str, model_dir: Path, onnx_file: Path, batch_size: int) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.name = name
        self.batch_size = batch_size
        config = _read_json(model_dir / "sentence_bert_config.json")
        pooling = _read_json(model_dir / "1_Pooling" / "config.json")
        if not pooling.get("pooling_mode_mean_tokens", False):
            raise ConfigError(f"{model_dir} does not use mean pooling; use CSP_EMBEDDING_BACKEND=torch.")
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=int(config.get("max_seq_length", 256)))
        # No padding here: texts are tokenised once, batched by token count, and each batch is
        # padded only to its own longest (`_padded`).
        self.tokenizer.no_padding()
        # One thread per model run, and as many runs at once as there are cores: a run spread over
        # every core stalls whenever any one of them is taken by other work (parsing, Chroma), and
        # ingest always has other work. Beside a busy process this way is faster; alone, the two
        # ways are equal (README, Speed).
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(onnx_file), options, providers=["CPUExecutionProvider"]
        )
        self._runs = ThreadPoolExecutor(os.cpu_count() or 1, thread_name_prefix="csp-embed")
        self.dimension = 0
        self.dimension = int(pooling.get("word_embedding_dimension", 0)) or len(self.embed_query("x"))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Normalised vectors in input order; batches are formed by length to keep padding small."""
        return self.embed_with_units(texts, [[] for _ in texts])[0]

    def embed_with_units(
        self, texts: list[str], units: Sequence[Sequence[Spans]]
    ) -> tuple[list[list[float]], list[np.ndarray]]:
        """Each text's vector, and a vector per unit of it from the same forward pass.

        `units[i]` lists text i's units, each as the character spans it covers. A unit's vector is
        the mean of the text's own token embeddings over those spans, normalised: no second model
        run. A unit whose tokens were all cut off by the model's length limit gets a zero row.
        """
        if len(units) != len(texts):
            raise ValueError(f"units must match texts one to one: {len(units)} for {len(texts)}")
        if not texts:
            return [], []
        result: list[list[float]] = [[] for _ in texts]
        pooled: list[np.ndarray] = [np.zeros((0, self.dimension or 1), np.float32) for _ in texts]
        for batch, vectors, unit_vectors in self._run_batches(texts, units):
            for i, vector, unit_rows in zip(batch, vectors, unit_vectors, strict=True):
                result[i] = vector.tolist()
                pooled[i] = unit_rows
        return result, pooled

    def embed_query(self, text: str) -> list[float]:
        """One normalised vector for a question."""
        return self.embed_documents([text])[0]

    def encode_plain(self, texts: list[str]) -> None:
        """The model alone, batched by length as sentence-transformers batches (the benchmark's yardstick)."""
        for _ in self._run_batches(texts, [[] for _ in texts]):
            pass

    def _run_batches(
        self, texts: list[str], units: Sequence[Sequence[Spans]]
    ) -> Iterator[tuple[list[int], np.ndarray, list[np.ndarray]]]:
        """(positions in `texts`, their vectors, their unit vectors) per batch of similar length.

        Batches are formed by token count, not characters: padding is then about 2% of the tokens
        run instead of about 9%, and the model's time follows the tokens it runs (README, Speed).
        """
        encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        batches = [order[start : start + self.batch_size] for start in range(0, len(order), self.batch_size)]
        runs = self._runs.map(
            lambda batch: self._encode([encodings[i] for i in batch], [units[i] for i in batch]), batches
        )
        for batch, (vectors, unit_vectors) in zip(batches, runs, strict=True):
            yield batch, vectors, unit_vectors

    def _encode(
        self, encodings: list[Encoding], units: list[Sequence[Spans]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        ids, mask, types = _padded(encodings)
        (hidden,) = self.session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        )
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        unit_vectors = [
            _pool_spans(hidden[row], encoding.offsets, spans)
            for row, (encoding, spans) in enumerate(zip(encodings, units, strict=True))
        ]
        return _normalise(pooled), unit_vectors


Spans = Sequence[tuple[int, int]]  # the character spans (start, end) of one unit in its text


def _padded(encodings: list[Encoding]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ids, attention mask and type ids, right-padded with zeros to the batch's longest text."""
    width = max(len(e.ids) for e in encodings)
    ids, mask, types = (np.zeros((len(encodings), width), dtype=np.int64) for _ in range(3))
    for row, encoding in enumerate(encodings):
        size = len(encoding.ids)
        ids[row, :size] = encoding.ids
        mask[row, :size] = encoding.attention_mask
        types[row, :size] = encoding.type_ids
    return ids, mask, types


def _pool_spans(hidden: np.ndarray, offsets: Sequence[tuple[int, int]], units: Sequence[Spans]) -> np.ndarray:
    """Mean of the token embeddings overlapping each unit's spans, normalised (zero when none do)."""
    starts = np.array([a for a, _ in offsets], dtype=np.int64)
    ends = np.array([b for _, b in offsets], dtype=np.int64)
    real = ends > starts  # special and padding tokens have empty offsets
    weights = np.zeros((len(units), len(offsets)), dtype=np.float32)
    for row, spans in enumerate(units):
        for start, end in spans:
            weights[row] += real & (starts < end) & (ends > start)
    np.clip(weights, 0.0, 1.0, out=weights)
    sums = weights @ hidden[: len(offsets)]
    counts = weights.sum(axis=1, keepdims=True)
    return _normalise(sums / np.clip(counts, 1.0, None))


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.clip(norms, 1e-12, None), dtype=np.float32)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"Could not read the model's {path.name}: {exc}") from exc
