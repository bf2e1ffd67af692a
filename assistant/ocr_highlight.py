"""Where a quote lies on a page read by OCR: the boxes of Tesseract's words that spell it, a box a line."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.clean import BULLET_GLYPHS
from ingest.ocr import OcrWord

Box = tuple[float, float, float, float]  # left, top, right, bottom as fractions of the page
_SKIP = set(BULLET_GLYPHS) | {" ", "\t", "\n", "\r"}


def quote_word_boxes(words: Sequence[OcrWord], quote: str) -> list[Box]:
    """One box per line of words covering each excerpt (line) of the quote, spacing and bullets ignored."""
    owner: list[int] = []  # for each character of the haystack, the word it belongs to
    chars: list[str] = []
    for index, word in enumerate(words):
        for ch in word.text:
            if ch not in _SKIP:
                chars.append(ch)
                owner.append(index)
    haystack = "".join(chars).casefold()
    boxes: list[Box] = []
    for excerpt in quote.split("\n"):
        needle = "".join(ch for ch in excerpt if ch not in _SKIP).casefold()
        start = haystack.find(needle) if needle else -1
        if start < 0:
            continue
        covered = sorted({owner[i] for i in range(start, start + len(needle))})
        boxes.extend(_line_boxes([words[i].box for i in covered]))
    return boxes


def _line_boxes(word_boxes: list[Box]) -> list[Box]:
    """Word boxes merged into one box per printed line (a word below the line's middle starts the next)."""
    lines: list[list[float]] = []
    for left, top, right, bottom in word_boxes:
        middle = (top + bottom) / 2
        if lines and lines[-1][1] <= middle <= lines[-1][3]:
            line = lines[-1]
            lines[-1] = [min(line[0], left), min(line[1], top), max(line[2], right), max(line[3], bottom)]
        else:
            lines.append([left, top, right, bottom])
    return [(b[0], b[1], b[2], b[3]) for b in lines]
