"""Read a page that has no text layer: render it, clean and straighten the image (ocr_image.py), run
Tesseract on it.

The words come back laid out as pypdf's layout mode lays out a text page (one printed line a line,
cells of a table three or more spaces apart, a blank line between paragraphs), so cleaning, chunking
and fact extraction read an OCR'd page exactly as they read any other.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image

from ingest.parse.ocr_image import ink_share, mark_bullets, prepare

OCR_DPI = 300  # Tesseract's models are trained on ~300 dpi print; lower loses small type
# A page bigger than this many pixels at OCR_DPI (a poster, a hostile MediaBox) is rendered smaller,
# so one page can never ask for more memory than about this many bytes (8-bit grey).
MAX_PIXELS = 40_000_000
# Below this share of ink (specks and ruled lines taken out) a page is blank paper: one short word
# at 300 dpi is two or three times as much.
BLANK_INK = 0.0001
# Mean word confidence (0-100, weighted by characters) below which a page's text is garbage rather
# than words: real print scanned with noise and skew reads at 85-96; shapes and smudges under 50.
LOW_CONFIDENCE = 50.0
NOISE_CONFIDENCE = 30.0  # a "word" of punctuation this unsure is a speck of scanner noise
CELL_GAP = 2.0  # a gap wider than this many characters between words separates table cells
PARAGRAPH_GAP = 0.75  # a gap between lines taller than this share of a line starts a new paragraph


class TesseractMissingError(RuntimeError):
    """The Tesseract program is not installed (or not where the settings say it is)."""


@dataclass(frozen=True)
class OcrWord:
    """A word Tesseract read: its text, its box as fractions of the page (left, top, right, bottom)."""

    text: str
    box: tuple[float, float, float, float]
    confidence: float


@dataclass(frozen=True)
class OcrPage:
    """One page read by OCR: its text in layout lines, its words with boxes, and how sure Tesseract was.

    `confidence` is None when nothing was read (a blank page); `drawn` is False for a page with
    nothing on it at all (an empty page of a digital PDF, not a scan).
    """

    number: int
    text: str
    words: tuple[OcrWord, ...]
    confidence: float | None
    skew: float = 0.0  # degrees the image was turned to straighten it
    drawn: bool = True

    @property
    def blank(self) -> bool:
        """Nothing was read: blank paper, or marks that are not words."""
        return not self.text.strip()

    @property
    def unreadable(self) -> bool:
        """Something was read, but too unsure to be taken for text."""
        return not self.blank and (self.confidence or 0.0) < LOW_CONFIDENCE


def ocr_page(page: Any, number: int, tesseract_cmd: str = "tesseract", timeout_s: float = 0) -> OcrPage:
    """OCR one pypdfium2 page; raises TesseractMissingError, or RuntimeError when Tesseract overruns."""
    if not any(True for _ in itertools.islice(page.get_objects(max_depth=1), 1)):
        return OcrPage(number, "", (), None, drawn=False)  # nothing on it at all: no need to render
    width, height = page.get_size()
    scale = min(OCR_DPI / 72, math.sqrt(MAX_PIXELS / max(width * height, 1.0)))
    image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    straight, angle = prepare(image, scale * 72)
    if ink_share(straight) < BLANK_INK:  # specks and ruled lines gone, nothing is left
        return OcrPage(number, "", (), None)
    pixel_words = _words(_tesseract(straight, tesseract_cmd, timeout_s))
    confidence = _mean_confidence(pixel_words)
    if confidence is not None and confidence < LOW_CONFIDENCE:
        # Perhaps fed upside down: read it turned round, and keep the better reading.
        turned = straight.rotate(180)
        again = _words(_tesseract(turned, tesseract_cmd, timeout_s))
        if (_mean_confidence(again) or 0.0) > confidence:
            straight, angle, pixel_words, confidence = turned, angle + 180, again, _mean_confidence(again)
    if not pixel_words:
        return OcrPage(number, "", (), None, angle)
    char_width = statistics.median((w[3] - w[1]) / len(w[0]) for w in pixel_words) or 1.0
    lines = reading_lines(pixel_words)
    mark_bullets(lines, straight, char_width)
    # Words are kept in the order of the text, so the page viewer finds a quote word after word.
    words = tuple(_page_word(w, angle, straight.size) for line in lines for w in line)
    return OcrPage(number, layout_text(lines, char_width), words, confidence, angle)


def _tesseract(image: Image.Image, tesseract_cmd: str, timeout_s: float) -> dict[str, list[Any]]:
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = tesseract_cmd
    try:
        data: dict[str, list[Any]] = pytesseract.image_to_data(
            image, lang="eng", config="--psm 3", output_type=pytesseract.Output.DICT, timeout=timeout_s
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise TesseractMissingError(f"Tesseract was not found at {tesseract_cmd!r}") from exc
    return data


_PixelWord = tuple[str, float, float, float, float, float]  # text, left, top, right, bottom, confidence


def _words(data: dict[str, list[Any]]) -> list[_PixelWord]:
    words = []
    for text, left, top, width, height, conf in zip(
        data["text"], data["left"], data["top"], data["width"], data["height"], data["conf"], strict=True
    ):
        text, conf = str(text).strip(), float(conf)
        if not text or conf < 0:
            continue
        if conf < NOISE_CONFIDENCE and not any(ch.isalnum() for ch in text):
            continue  # a speck
        if not text.strip("|_[]"):
            continue  # what is left of a table's ruled line
        # A bar on a figure is a rule's remains; in a word ("|. Vane") it is a capital I misread.
        text = text.strip("|") if any(ch.isdigit() for ch in text) else text.replace("|", "I")
        words.append((text, float(left), float(top), float(left + width), float(top + height), conf))
    return words


def _mean_confidence(words: Sequence[_PixelWord]) -> float | None:
    """Word confidence weighted by length, so one unsure speck weighs less than a long sure word."""
    weight = sum(len(w[0]) for w in words)
    return round(sum(len(w[0]) * w[5] for w in words) / weight, 1) if weight else None


def _page_word(word: _PixelWord, angle: float, size: tuple[int, int]) -> OcrWord:
    """A word's box on the page as rendered (before straightening), as fractions of the page."""
    text, left, top, right, bottom, conf = word
    width, height = size
    cx, cy = width / 2, height / 2
    # PIL turned the image `angle` degrees anticlockwise (y down); turn the corners back clockwise.
    rad = math.radians(angle)
    cos, sin = math.cos(rad), math.sin(rad)
    xs, ys = [], []
    for x, y in ((left, top), (right, top), (left, bottom), (right, bottom)):
        dx, dy = x - cx, y - cy
        xs.append(cx + dx * cos - dy * sin)
        ys.append(cy + dx * sin + dy * cos)
    box = (min(xs) / width, min(ys) / height, max(xs) / width, max(ys) / height)
    return OcrWord(text, tuple(round(min(max(v, 0.0), 1.0), 4) for v in box), conf)  # type: ignore[arg-type]


def layout_text(lines: list[list[_PixelWord]], char_width: float) -> str:
    """Lines of words as text: indents and table columns as spaces, a blank line between paragraphs."""
    words = [w for line in lines for w in line]
    if not words:
        return ""
    line_height = statistics.median(w[4] - w[2] for w in words)
    margin = min(w[1] for w in words)
    out: list[str] = []
    previous_bottom: float | None = None
    for line in lines:
        top = min(w[2] for w in line)
        if previous_bottom is not None and top - previous_bottom > PARAGRAPH_GAP * line_height:
            out.append("")
        previous_bottom = max(w[4] for w in line)
        out.append(_line_text(line, margin, char_width))
    return "\n".join(out)


def reading_lines(words: Sequence[_PixelWord]) -> list[list[_PixelWord]]:
    """Words grouped into printed lines, top to bottom, each left to right (the order of the text)."""
    if not words:
        return []
    line_height = statistics.median(w[4] - w[2] for w in words)
    lines: list[list[_PixelWord]] = []
    for word in sorted(words, key=lambda w: (w[2] + w[4]) / 2):
        middle = (word[2] + word[4]) / 2
        if lines and abs(middle - _middle(lines[-1])) <= line_height / 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w[1]) for line in lines]


def _middle(line: list[_PixelWord]) -> float:
    return statistics.fmean((w[2] + w[4]) / 2 for w in line)


def _line_text(line: list[_PixelWord], margin: float, char_width: float) -> str:
    """A line as text; a word after a wide gap starts at its own column, so table columns line up."""
    text = " " * round((line[0][1] - margin) / char_width) + line[0][0]
    for previous, word in itertools.pairwise(line):
        if (word[1] - previous[3]) / char_width > CELL_GAP:
            column = round((word[1] - margin) / char_width)
            text += " " * max(3, column - len(text)) + word[0]
        else:
            text += " " + word[0]
    return text
