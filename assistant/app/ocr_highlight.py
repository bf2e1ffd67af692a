"""Where a quote lies on a page read by OCR: the boxes of the words Tesseract read that spell it."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.parse.clean import BULLET_GLYPHS
from ingest.parse.ocr import OcrWord

Box = tuple[float, float, float, float]  # left, top, right, bottom as fractions of the page
_SKIP = set(BULLET_GLYPHS) | {" ", "\t", "\n", "\r"}


def quote_word_boxes(words: Sequence[OcrWord], quote: str) -> list[Box]:
    """The boxes of the words spelling each excerpt (line) of the quote, spacing and bullets ignored."""
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
        # A box a word, not a line: on a skewed scan a line's box would cover its neighbours too.
        boxes.extend(words[i].box for i in sorted({owner[i] for i in range(start, start + len(needle))}))
    return boxes
