"""Render a cited page as an image with the quoted passage highlighted; cached per page and quote."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from assistant.app.ocr_highlight import quote_word_boxes
from ingest.errors import CspError
from ingest.parse.clean import BULLET_GLYPHS
from ingest.parse.ocr_cache import OcrCache
from ingest.parse.pdf import file_sha256

_SKIP = set(BULLET_GLYPHS) | {"\r", "\n", "\t", " ", "\x00", "\ufffe", "\x02"}
_RENDER_LOCK = threading.Lock()  # pdfium is not thread-safe


@dataclass(frozen=True)
class RenderedPage:
    """A page image on disk, how many highlight boxes were drawn on it, and where the first one
    starts, as a fraction of the page's height from its top (0 when there is none)."""

    path: Path
    highlights: int
    first_top: float = 0.0


class PageRenderer:
    """Renders pages of corpus PDFs into `cache_dir`; only documents inside `corpus_dir` are opened.

    On a page read by OCR (no text boxes of its own) the quote is found among the words Tesseract
    read, kept in `ocr_dir`.
    """

    def __init__(
        self, corpus_dir: Path, cache_dir: Path, scale: float = 1.5, ocr_dir: Path | None = None
    ) -> None:
        self.corpus_dir = corpus_dir.resolve()
        self.cache_dir = cache_dir.resolve()
        self.scale = scale
        self.ocr_dir = ocr_dir

    def resolve(self, document: str) -> Path:
        """The PDF for a document name; a name that leaves the corpus folder is refused."""
        path = (self.corpus_dir / document).resolve()
        if not path.is_relative_to(self.corpus_dir) or path.suffix.lower() != ".pdf" or not path.is_file():
            raise CspError(f"No document named {document!r} in the corpus.")
        return path

    def render(self, document: str, page: int, quote: str = "") -> RenderedPage:
        """A PNG of the page with the quote's lines highlighted, made once and then reused."""
        import pypdfium2 as pdfium
        from PIL import ImageDraw

        path = self.resolve(document)
        stat = path.stat()
        key = hashlib.sha256(f"{path}|{stat.st_mtime_ns}|{stat.st_size}|{page}|{quote}".encode()).hexdigest()[
            :24
        ]
        target = self.cache_dir / f"{path.stem[:40]}-p{page}-{key}.png"
        marker = target.with_suffix(".n")
        if target.exists() and marker.exists():
            count, _, first = marker.read_text().partition(" ")  # "<boxes> <first_top>"
            return RenderedPage(target, int(count or 0), float(first or 0))
        with _RENDER_LOCK:
            pdf = pdfium.PdfDocument(str(path))
            try:
                if not 1 <= page <= len(pdf):
                    raise CspError(f"{document} has no page {page}.")
                pdf_page = pdf[page - 1]
                boxes = _quote_boxes(pdf_page.get_textpage(), quote) if quote else []
                image = pdf_page.render(scale=self.scale).to_pil().convert("RGB")
                width, height = pdf_page.get_size()
            finally:
                pdf.close()
        if quote and not boxes:
            boxes = self._ocr_boxes(path, page, quote, width, height)
        overlay = ImageDraw.Draw(image, "RGBA")
        for left, bottom, right, top in boxes:
            # PDF space has its origin bottom-left; the image's is top-left.
            overlay.rectangle(
                [
                    left * self.scale - 2,
                    (height - top) * self.scale - 2,
                    right * self.scale + 2,
                    (height - bottom) * self.scale + 2,
                ],
                fill=(255, 221, 0, 90),
                outline=(230, 160, 0, 255),
            )
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        image.save(target)
        first_top = round((height - max(b[3] for b in boxes)) / height, 4) if boxes else 0.0
        marker.write_text(f"{len(boxes)} {first_top}")
        return RenderedPage(target, len(boxes), first_top)

    def _ocr_boxes(
        self, path: Path, page: int, quote: str, width: float, height: float
    ) -> list[tuple[float, float, float, float]]:
        """The quote's boxes among the page's OCR words, in PDF space (left, bottom, right, top)."""
        if self.ocr_dir is None:
            return []
        read = OcrCache(self.ocr_dir).page(file_sha256(path), page)
        if read is None:
            return []
        return [
            (left * width, height - bottom * height, right * width, height - top * height)
            for left, top, right, bottom in quote_word_boxes(read.words, quote)
        ]


def _quote_boxes(textpage: object, quote: str) -> list[tuple[float, float, float, float]]:
    """One box per line the quote covers, found by its characters with spacing and bullets ignored."""
    tp = textpage
    count = tp.count_chars()  # type: ignore[attr-defined]
    text = tp.get_text_range(0, count)  # type: ignore[attr-defined]
    if len(text) != count:  # pdfium normally gives one character per index; if not, search char by char
        text = "".join(tp.get_text_range(i, 1)[:1] or " " for i in range(count))  # type: ignore[attr-defined]
    index_of = [i for i, ch in enumerate(text) if ch not in _SKIP]
    haystack = "".join(text[i] for i in index_of).casefold()
    boxes: list[tuple[float, float, float, float]] = []
    for excerpt in quote.split("\n"):
        needle = "".join(ch for ch in excerpt if ch not in _SKIP).casefold()
        start = haystack.find(needle) if needle else -1
        if start < 0:
            continue
        box: list[float] = []
        for position in range(start, start + len(needle)):
            left, bottom, right, top = tp.get_charbox(index_of[position])  # type: ignore[attr-defined]
            middle = (bottom + top) / 2
            if box and box[1] - 1 <= middle <= box[3] + 1:  # still on the same line
                box = [min(box[0], left), min(box[1], bottom), max(box[2], right), max(box[3], top)]
                continue
            if box:
                boxes.append((box[0], box[1], box[2], box[3]))
            box = [left, bottom, right, top]
        if box:
            boxes.append((box[0], box[1], box[2], box[3]))
    return boxes
