"""What an ingest shows as it goes: in `csp ingest`, a bar per file read by OCR, page by page, and the
pages left out; in the UI, one line and a fraction, for reading by OCR and then for embedding."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any

from ingest.parse.pdf import PageIssue


class OcrBar:
    """A progress bar of pages read by OCR for the file being read; called from the parsing thread."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._bar: Any = None
        self._document = ""
        self._lock = threading.Lock()

    def update(self, document: str, done: int, total: int) -> None:
        """Show that `done` of the `total` pages of `document` to OCR are read."""
        if not self.enabled:
            return
        with self._lock:
            if self._bar is None or document != self._document:
                from tqdm import tqdm

                self._close()
                self._document = document
                self._bar = tqdm(
                    total=total, unit="page", desc=f"OCR {document}", file=sys.stderr, leave=False
                )
            self._bar.update(done - self._bar.n)
            if done >= total:
                self._close()

    def close(self) -> None:
        """Take the bar off the screen."""
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class IngestProgress:
    """An ingest's progress as the UI shows it: `show(fraction done, line)` for each step.

    `ocr` and `embedded` take ingest's two callbacks (OcrProgress and Progress); `ocr` is called from
    the parsing thread, so `show` must be safe to call from any thread.
    """

    def __init__(self, show: Callable[[float, str], None]) -> None:
        self.show = show

    def start(self, name: str) -> None:
        """Say which file is being read, before any page of it is."""
        self.show(0.0, f"Reading {name}")

    def ocr(self, document: str, done: int, total: int) -> None:
        """Pages of `document` read by OCR so far, of the `total` it needs."""
        self.show(done / total if total else 1.0, f"Reading {document} by OCR: {done} of {total} pages")

    def embedded(self, done: int, total: int) -> None:
        """Chunks embedded so far, of the `total` to embed."""
        self.show(done / total if total else 1.0, f"Embedding: {done} of {total} chunks")


def issue_lines(issues: Sequence[PageIssue]) -> list[str]:
    """Pages left out of the index, grouped by reason: "p. 3, 7: blank scanned page, not indexed"."""
    pages: dict[str, list[int]] = {}
    for issue in issues:
        pages.setdefault(issue.reason, []).append(issue.page)
    return [f"p. {', '.join(str(n) for n in numbers)}: {reason}" for reason, numbers in pages.items()]
