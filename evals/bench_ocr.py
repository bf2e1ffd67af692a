"""OCR speed: pages of the real report scanned (skewed, noisy, image-only) and read back as ingest reads them.

`python -m evals.bench_ocr [PAGES]` prints the figures; `make bench` includes them.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from evals.bench import BenchResult
from evals.scan import scan_pdf
from ingest.parse.reader import OcrOptions
from ingest.parse.sandbox import PdfParser

REPORT = Path(__file__).resolve().parents[1] / "corpus" / "scep-annual-report-2022-23.pdf"
# Text-heavy pages, a table and lists among them: what a scanned report or set of minutes holds.
PAGES = (3, 5, 9, 13, 16, 20)


def bench_ocr(source: Path = REPORT, pages: tuple[int, ...] = PAGES) -> BenchResult:
    """OCR pages per second and mean confidence, in the parser's child process (as ingest runs it)."""
    with tempfile.TemporaryDirectory() as work:
        chosen = _pages_of(source, pages, Path(work) / "chosen.pdf")
        scanned = scan_pdf(chosen, Path(work) / "scanned.pdf", angle=1.5, noise=0.005)
        warm = scan_pdf(_pages_of(source, pages[:1], Path(work) / "one.pdf"), Path(work) / "warm.pdf")
        with PdfParser(ocr=OcrOptions(mode="auto")) as parser:
            parser.parse(warm, warm.name, "0")  # the worker's start and imports are not OCR
            start = time.perf_counter()
            pdf = parser.parse(scanned, scanned.name, "1")
            seconds = time.perf_counter() - start
    read = [page for page in pdf.pages if page.ocr]
    if len(read) != len(pages):
        raise RuntimeError(f"OCR read {len(read)} of the {len(pages)} scanned pages")
    confidence = statistics.fmean(page.ocr_confidence or 0.0 for page in read)
    figures = {"ocr_pages_per_s": len(read) / seconds, "ocr_s_per_page": seconds / len(read)}
    figures["ocr_mean_confidence"] = confidence
    return BenchResult(f"OCR, {len(read)} scanned pages", figures, checked=False)


def _pages_of(source: Path, pages: tuple[int, ...], target: Path) -> Path:
    writer = PdfWriter()
    reader = PdfReader(source)
    for number in pages:
        writer.add_page(reader.pages[number - 1])
    with target.open("wb") as handle:
        writer.write(handle)
    return target


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else len(PAGES)
    result = bench_ocr(pages=PAGES[:count])
    print(result.name, {name: round(value, 2) for name, value in result.figures.items()})
