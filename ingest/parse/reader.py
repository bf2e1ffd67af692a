"""Read a PDF page by page: the text layer where a page has one, OCR where it has none (CSP_OCR).

Runs inside the parser's child process (ingest/sandbox.py), so OCR shares its time and memory
limits. OCR output is cached by the file's content hash; an unchanged file is never OCR'd twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.errors import UnreadablePdfError
from ingest.parse.ocr import OcrPage, TesseractMissingError, ocr_page
from ingest.parse.ocr_cache import OcrCache, ocr_dir
from ingest.parse.pdf import Page, PageIssue, PdfDocument, read_pdf
from ingest.settings import IngestSettings

# A page with fewer letters and digits than this has no usable text layer: what such pages carry is a
# page number or a scanner's stamp ("Scanned 12/03"), while a text page, even a divider, says more.
MIN_TEXT_CHARS = 20
SAVE_EVERY_S = 10.0  # write the cache this often on a long file, so a stopped run keeps what it read
INSTALL_HINT = "install it with `apt-get install tesseract-ocr tesseract-ocr-eng`"
NO_TESSERACT = "no text layer (a scanned image?), and Tesseract is not installed to read it"
NO_READABLE_TEXT = "no text layer, and OCR found no readable text on it (blank or unreadable scans)"

PageProgress = Callable[[int, int], None]
"""Called with (pages read by OCR so far, pages to read by OCR) for one file."""


@dataclass(frozen=True)
class OcrOptions:
    """How pages without text are read: the CSP_OCR mode, the cache folder, the Tesseract program."""

    mode: str = "off"
    cache_dir: Path | None = None
    tesseract_cmd: str = "tesseract"
    page_timeout_s: float = 30.0

    @classmethod
    def from_settings(cls, settings: IngestSettings) -> OcrOptions:
        """The options the settings give (the cache lives under the data folder)."""
        return cls(
            settings.ocr, ocr_dir(settings.data_dir), settings.tesseract_cmd, settings.ocr_page_timeout_s
        )


def tesseract_notes(unread: list[str]) -> tuple[str, ...]:
    """One remark for a whole run whose `unread` files had pages left unread for want of Tesseract."""
    if not unread:
        return ()
    shown = ", ".join(unread[:5]) + (f" and {len(unread) - 5} more" if len(unread) > 5 else "")
    return (
        f"Tesseract (OCR) is not installed, so pages without a text layer were not read in "
        f"{len(unread)} file(s): {shown}. To read them, {INSTALL_HINT}, then run `csp ingest` again.",
    )


def needs_ocr(page: Page, mode: str) -> bool:
    """Whether a page is read by OCR: every page under `force`, pages without usable text under `auto`."""
    if mode == "off":
        return False
    return mode == "force" or sum(ch.isalnum() for ch in page.text) < MIN_TEXT_CHARS


def read_document(
    path: Path, document: str, sha256: str, options: OcrOptions, progress: PageProgress | None = None
) -> PdfDocument:
    """The PDF's pages, those without a text layer read by OCR; raises `UnreadablePdfError`.

    Blank and unreadable scanned pages are left out of the text and listed in `issues` by page.
    """
    if options.mode == "off":
        return read_pdf(path, document, sha256)
    pdf = read_pdf(path, document, sha256, require_text=False)
    todo = [page.number for page in pdf.pages if needs_ocr(page, options.mode)]
    if not todo:
        return pdf
    read, issues = _read_pages(path, pdf.sha256, todo, options, progress)
    pages = []
    for page in pdf.pages:
        merged, issue = _merged(page, read.get(page.number), options.mode)
        pages.append(merged)
        issues += [issue] if issue else []
    if not any(page.text.strip() for page in pages):
        raise UnreadablePdfError(document, _no_text_reason(issues, options))
    return replace(pdf, pages=tuple(pages), issues=tuple(sorted(issues, key=lambda i: i.page)))


def _merged(page: Page, ocr: OcrPage | None, mode: str) -> tuple[Page, PageIssue | None]:
    """The page as indexed: its OCR text, its own text, or nothing (a blank or unreadable scan)."""
    if ocr is None or not ocr.drawn or (page.text.strip() and (ocr.blank or ocr.unreadable)):
        return page, None  # not read, nothing on it, or OCR saw less than its own few words
    if ocr.blank:
        return replace(page, text=""), PageIssue(page.number, "blank", "blank scanned page, not indexed")
    if ocr.unreadable:
        reason = f"scanned page read with low OCR confidence ({ocr.confidence:.0f}/100), not indexed"
        return replace(page, text=""), PageIssue(page.number, "unreadable", reason)
    if mode == "force" or _letters(ocr.text) > _letters(page.text):
        return replace(page, text=ocr.text, ocr=True, ocr_confidence=ocr.confidence), None
    return page, None


def _read_pages(
    path: Path, sha256: str, todo: list[int], options: OcrOptions, progress: PageProgress | None
) -> tuple[dict[int, OcrPage], list[PageIssue]]:
    """OCR the pages numbered `todo` (from the cache where it has them)."""
    import pypdfium2 as pdfium

    cache = OcrCache(options.cache_dir) if options.cache_dir else None
    cached = cache.load(sha256) if cache else {}
    read = {n: cached[n] for n in todo if n in cached}
    issues: list[PageIssue] = []
    if progress:
        progress(len(read), len(todo))
    fresh = [n for n in todo if n not in read]
    if not fresh:
        return read, issues
    pdf = pdfium.PdfDocument(str(path))
    saved = time.monotonic()
    try:
        for number in fresh:
            try:
                read[number] = ocr_page(
                    pdf[number - 1], number, options.tesseract_cmd, options.page_timeout_s
                )
            except TesseractMissingError:
                reason = "not read: Tesseract (OCR) is not installed"  # how to install: once, in the summary
                issues += [PageIssue(n, "no-tesseract", reason) for n in todo if n not in read]
                break
            except RuntimeError as exc:  # pytesseract's timeout; other pages may still read
                if "timeout" not in str(exc).lower():
                    raise
                reason = f"OCR took longer than {options.page_timeout_s:.0f} s, not indexed"
                issues.append(PageIssue(number, "timeout", reason))
            if progress:
                progress(len(read) + sum(i.kind == "timeout" for i in issues), len(todo))
            if cache and time.monotonic() - saved > SAVE_EVERY_S:
                cache.save(sha256, {**cached, **read})
                saved = time.monotonic()
    finally:
        pdf.close()
    if cache:
        cache.save(sha256, {**cached, **read})
    return read, issues


def _no_text_reason(issues: list[PageIssue], options: OcrOptions) -> str:
    kinds = {issue.kind for issue in issues}
    if "no-tesseract" in kinds:
        return NO_TESSERACT
    if kinds == {"timeout"}:
        return f"no text layer, and OCR took longer than {options.page_timeout_s:.0f} s on every page"
    return NO_READABLE_TEXT


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)
