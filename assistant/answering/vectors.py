"""Unit vectors by text, kept between questions: bounded, and safe when several sessions ask at once."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np

Embed = Callable[[list[str]], list[list[float]]]
StoredUnits = Callable[[Sequence[str]], dict[str, np.ndarray]]
"""Chunk ids → the vectors of their units made at ingest, by unit text."""


class VectorCache:
    """An LRU of embedded texts; what is missing is embedded in one batch, outside the lock."""

    def __init__(self, embed: Embed, size: int) -> None:
        if size < 1:
            raise ValueError(f"size must be at least 1, not {size}")
        self.embed = embed
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def vectors(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """A vector for every text, embedding only those not already held."""
        wanted = list(dict.fromkeys(texts))
        with self._lock:
            found = {t: self._vectors[t] for t in wanted if t in self._vectors}
        missing = [t for t in wanted if t not in found]
        if missing:  # the model call is slow: other sessions read the cache meanwhile
            found.update(
                (t, np.asarray(v, dtype=np.float32))
                for t, v in zip(missing, self.embed(missing), strict=True)
            )
        with self._lock:
            for text in wanted:
                self._vectors[text] = found[text]
                self._vectors.move_to_end(text)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return found
