"""What one ingest run did: a result per file, with totals and notes for the whole run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.parse.pdf import PageIssue
from ingest.parse.reader import NO_TESSERACT, tesseract_notes

Progress = Callable[[int, int], None]
"""Called with (chunks embedded so far, chunks to embed in all)."""
STATUSES = ("added", "updated", "unchanged", "removed", "failed")


@dataclass(frozen=True)
class FileResult:
    """What ingest did with one file; `issues` are its pages left out (blank or unreadable scans)."""

    document: str
    status: str
    pages: int = 0
    chunks: int = 0
    reason: str = ""
    ocr_pages: int = 0
    issues: tuple[PageIssue, ...] = ()

    @property
    def issue_kinds(self) -> set[str]:
        """The kinds of its pages' issues: blank, unreadable, timeout, no-tesseract."""
        return {issue.kind for issue in self.issues}


@dataclass(frozen=True)
class IngestReport:
    """The outcome of one ingest run."""

    files: tuple[FileResult, ...]
    chunks_in_store: int
    chunks_embedded: int = 0
    totals: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        totals = {status: sum(f.status == status for f in self.files) for status in STATUSES}
        totals["pages"] = sum(f.pages for f in self.files if f.status != "removed")
        totals["chunks"] = sum(f.chunks for f in self.files if f.status != "removed")
        object.__setattr__(self, "totals", totals)

    @property
    def failed(self) -> bool:
        """True when any file could not be ingested."""
        return self.totals["failed"] > 0

    @property
    def notes(self) -> tuple[str, ...]:
        """Remarks on the whole run, each said once: that Tesseract is missing, and how to install it."""
        unread = [f for f in self.files if f.reason == NO_TESSERACT or "no-tesseract" in f.issue_kinds]
        return tesseract_notes([f.document for f in unread])
