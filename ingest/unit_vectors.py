"""Unit vectors (a chunk's sentences, items, rows) kept beside the chunk store, keyed by chunk id.

A SQLite file in the data folder, also when the chunks live on a Chroma server: the vectors are
derived data, and an answer that finds none embeds its units as before. A chunk id is a content
hash, so a stored row never goes stale; rows of deleted chunks are deleted with them.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

_BATCH = 500  # ids per query: SQLite limits the parameters of one statement


class UnitVectors:
    """Per chunk: its unit texts and their vectors (float16, normalised)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        # One connection shared by the writer thread and answering threads, behind a lock.
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            # Derived data: a power cut may lose the last writes (the answerer then embeds those
            # units), never the file's consistency; a sync per write would hold up Chroma's.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS units (chunk TEXT PRIMARY KEY, texts TEXT, vectors BLOB)"
            )

    @staticmethod
    def remove(path: Path) -> None:
        """Delete the file (with the index it belongs to)."""
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").unlink()

    def put(self, rows: Iterable[tuple[str, Sequence[str], np.ndarray]]) -> None:
        """Store (chunk id, unit texts, one vector a text) rows; rows without units are skipped."""
        values = [
            (chunk, json.dumps(list(texts), ensure_ascii=False), np.asarray(vectors, np.float16).tobytes())
            for chunk, texts, vectors in rows
            if len(texts) and len(texts) == len(vectors)
        ]
        with self._lock, self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO units VALUES (?, ?, ?)", values)

    def get(self, chunks: Sequence[str]) -> dict[str, np.ndarray]:
        """Unit text → vector for every unit stored for these chunks (a zero vector means none)."""
        found: dict[str, np.ndarray] = {}
        ids = list(dict.fromkeys(chunks))
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            marks = ",".join("?" * len(batch))
            with self._lock:
                rows = self._db.execute(
                    f"SELECT texts, vectors FROM units WHERE chunk IN ({marks})", batch
                ).fetchall()
            for texts_json, blob in rows:
                texts = json.loads(texts_json)
                vectors = np.frombuffer(blob, dtype=np.float16).reshape(len(texts), -1)
                for text, vector in zip(texts, vectors, strict=True):
                    if vector.any():
                        found[text] = vector.astype(np.float32)
        return found

    def delete(self, chunks: Iterable[str]) -> None:
        """Forget the units of these chunks."""
        ids = list(chunks)
        with self._lock, self._transaction():
            for start in range(0, len(ids), _BATCH):
                batch = ids[start : start + _BATCH]
                self._db.execute(f"DELETE FROM units WHERE chunk IN ({','.join('?' * len(batch))})", batch)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction (one sync) for many rows, rather than one per row."""
        self._db.execute("BEGIN")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def count(self) -> int:
        """How many chunks have unit vectors stored."""
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM units").fetchone()[0])
