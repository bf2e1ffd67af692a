"""Read a PDF into numbered pages of text with pypdf, or say plainly why it cannot be read."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PyPdfError

from ingest.errors import UnreadablePdfError
from ingest.parse.layout import page_text

log = logging.getLogger(__name__)


NO_TEXT_LAYER = "no text layer (a scanned image?); OCR is not supported"


@dataclass(frozen=True)
class Page:
    """One page's text: `number` counts from 1, `label` is the PDF's own page label.

    The text is pypdf's, or Tesseract's when `ocr` is set (with its mean word confidence, 0-100).
    """

    number: int
    label: str
    text: str
    ocr: bool = False
    ocr_confidence: float | None = None


@dataclass(frozen=True)
class PageIssue:
    """A page left out of the index, and why (blank scan, unreadable scan, no OCR available)."""

    page: int
    kind: str  # blank, unreadable, timeout or no-tesseract
    reason: str


@dataclass(frozen=True)
class PdfDocument:
    """A readable PDF: its pages and what its metadata says about it."""

    document: str
    sha256: str
    meta_title: str
    meta_author: str
    pages: tuple[Page, ...]
    issues: tuple[PageIssue, ...] = ()


def file_sha256(path: Path) -> str:
    """Content hash of a file, the key that decides whether it needs ingesting again."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_pdf(path: Path, document: str, sha256: str | None = None, require_text: bool = True) -> PdfDocument:
    """Extract every page's text in layout mode, which keeps table rows on one line, in reading order.

    Raises `UnreadablePdfError` naming the reason: empty, not a PDF, encrypted, damaged, or (with
    `require_text`, when no OCR follows) no text on any page.
    """
    data = path.read_bytes()
    if not data:
        raise UnreadablePdfError(document, "the file is empty (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        raise UnreadablePdfError(document, "not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadablePdfError(document, "encrypted with a password")
        labels = list(reader.page_labels)
        pages = tuple(
            Page(number=i + 1, label=labels[i] if i < len(labels) else str(i + 1), text=_page_text(page))
            for i, page in enumerate(reader.pages)
        )
        meta: Any = reader.metadata or {}
        title = str(meta.get("/Title") or "").strip()
        author = str(meta.get("/Author") or "").strip()
    except UnreadablePdfError:
        raise
    except FileNotDecryptedError as exc:
        raise UnreadablePdfError(document, "encrypted with a password") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise UnreadablePdfError(
            document, f"damaged or truncated PDF ({exc.__class__.__name__}: {exc})"
        ) from exc
    if not pages:
        raise UnreadablePdfError(document, "the PDF has no pages")
    if require_text and not any(page.text.strip() for page in pages):
        raise UnreadablePdfError(document, NO_TEXT_LAYER)
    return PdfDocument(
        document=document,
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        meta_title=title,
        meta_author=author,
        pages=pages,
    )


def _page_text(page: object) -> str:
    """Layout-mode text in reading order (columns one after the other, sideways pages upright)."""
    try:
        return page_text(page)
    except Exception:
        log.debug("positional layout failed; using pypdf's layout mode", exc_info=True)
    extract = page.extract_text  # type: ignore[attr-defined]
    try:
        return str(extract(extraction_mode="layout"))
    except Exception:
        log.debug("layout extraction failed; using plain mode", exc_info=True)
        return str(extract())
