"""Parse PDFs in a child process with a time and a memory limit, so a hostile file costs only itself.

One worker process is reused across files; when a file hangs it or blows its memory, the worker is
killed (with any Tesseract it started) and a fresh one starts for the next file. OCR runs in the same
worker: each page it has to read adds `page_timeout_s` to the file's time limit, and it reports its
progress page by page.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import resource
import signal
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any

from ingest.errors import UnreadablePdfError
from ingest.parse.pdf import PdfDocument
from ingest.parse.reader import OcrOptions, read_document

OcrProgress = Callable[[str, int, int], None]
"""Called with (document, pages read by OCR so far, pages to read by OCR)."""


def _worker(conn: Connection, memory_mb: int, ocr: OcrOptions) -> None:
    """Child side: parse each PDF path received and send back the document or the reason it failed.

    Its own process group, so that stopping it stops the Tesseract processes it runs; they inherit
    its memory limit.
    """
    os.setpgrp()
    # One thread per Tesseract run: its OpenMP threads only contend with the embedding model for the
    # cores (one thread measured faster per page, too).
    os.environ["OMP_THREAD_LIMIT"] = "1"
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        path, document, sha256 = task

        def progress(done: int, total: int) -> None:
            conn.send(("ocr", done, total))

        try:
            conn.send(("ok", read_document(Path(path), document, sha256, ocr, progress)))
        except UnreadablePdfError as exc:
            conn.send(("failed", exc.reason))
        except MemoryError:
            conn.send(("failed", f"parsing needed more than {memory_mb} MB of memory"))
        except Exception as exc:  # any parser failure belongs to this file, reported by name
            conn.send(("failed", f"could not be parsed ({exc.__class__.__name__}: {exc})"))


class PdfParser:
    """Parses PDFs in a reusable child process; use as a context manager so the child is reaped."""

    def __init__(
        self, timeout_s: float = 120.0, memory_mb: int = 2048, ocr: OcrOptions | None = None
    ) -> None:
        if timeout_s <= 0:
            raise ValueError(f"timeout_s must be positive, not {timeout_s}")
        if memory_mb < 256:
            raise ValueError(f"memory_mb must be at least 256, not {memory_mb}")
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self.ocr = ocr or OcrOptions()
        # spawn, not fork: the parent holds torch's threads, which a forked child must not inherit.
        self._context = mp.get_context("spawn")
        self._process: Any = None
        self._conn: Connection | None = None

    def parse(
        self, path: Path, document: str, sha256: str, progress: OcrProgress | None = None
    ) -> PdfDocument:
        """The parsed PDF, or `UnreadablePdfError` when it fails, hangs past the limit or exhausts memory.

        The limit is `timeout_s`, plus `page_timeout_s` for each page the worker says it must OCR.
        """
        conn = self._start()
        conn.send((str(path), document, sha256))
        started = time.monotonic()
        limit = self.timeout_s
        try:
            while True:
                if not conn.poll(max(started + limit - time.monotonic(), 0.0)):
                    self._stop()
                    raise UnreadablePdfError(document, _overran(limit, self.timeout_s))
                status, *payload = conn.recv()
                if status != "ocr":
                    break
                done, total = payload
                limit = self.timeout_s + total * self.ocr.page_timeout_s
                if progress:
                    progress(document, done, total)
        except (EOFError, OSError) as exc:
            self._stop()
            raise UnreadablePdfError(
                document, f"the parser stopped while reading it (out of its {self.memory_mb} MB, or crashed)"
            ) from exc
        if status == "failed":
            raise UnreadablePdfError(document, str(payload[0]))
        return payload[0]

    def _start(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self._stop()
        parent, child = self._context.Pipe()
        self._process = self._context.Process(
            target=_worker, args=(child, self.memory_mb, self.ocr), daemon=True
        )
        self._process.start()
        child.close()
        self._conn = parent
        return parent

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._process is not None:
            if self._process.is_alive():
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self._process.pid, signal.SIGKILL)  # the worker and its Tesseract
                self._process.kill()
            self._process.join(timeout=10)
            self._process = None

    def close(self) -> None:
        """Stop the worker process."""
        self._stop()

    def __enter__(self) -> PdfParser:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def _overran(limit: float, parse_limit: float) -> str:
    if limit == parse_limit:
        return f"parsing took longer than {limit:.0f} s and was stopped"
    return f"parsing and OCR took longer than {limit:.0f} s and were stopped"
