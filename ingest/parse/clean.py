"""Turn pypdf's layout text into clean blocks: headers, footers and page numbers out; rows kept whole.

A block is a heading, a paragraph, a bullet item or a table row. Paragraph lines are joined with
spaces and table cells with tabs, so every block is its page's text up to whitespace.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.parse.pdf import Page

BULLET_GLYPHS = "\x7f\uf0b7\uf0a7\uf0d8\uf076\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7"
_BULLET_RE = re.compile(rf"^[{BULLET_GLYPHS}]\s*")
_CELL_GAP_RE = re.compile(r" {3,}")
CELL_SEPARATOR = "\t"  # a row's cells, joined in its text
_PAGE_NUMBER_RE = re.compile(r"^(page\s+)?(\d{1,4}|[ivxlc]{1,6})(\s*(of|/)\s*\d{1,4})?$", re.IGNORECASE)
_EDGE_LINES = 2  # headers and footers live in the first and last few lines of a page


@dataclass(frozen=True)
class Block:
    """A unit of page text that is never split: `kind` is heading, para, bullet or row."""

    kind: str
    text: str


@dataclass(frozen=True)
class CleanPage:
    """A page's blocks, with the page number and label it came from, and whether OCR read it."""

    number: int
    label: str
    blocks: tuple[Block, ...]
    ocr: bool = False
    ocr_confidence: float | None = None

    @property
    def text(self) -> str:
        """The cleaned page text, one block a line."""
        return "\n".join(block.text for block in self.blocks)


def clean_pages(pages: Sequence[Page]) -> list[CleanPage]:
    """Clean every page of one document; repeated edge lines are judged across all its pages."""
    page_lines = [[line.rstrip() for line in page.text.splitlines()] for page in pages]
    repeated = _repeated_edge_lines(page_lines)
    return [
        CleanPage(
            page.number,
            page.label,
            tuple(_blocks(_strip_edges(lines, repeated))),
            page.ocr,
            page.ocr_confidence,
        )
        for page, lines in zip(pages, page_lines, strict=True)
    ]


def _edge_key(line: str) -> str:
    # Digits vary in short footers ("Page 3 of 9", "Minutes | 4"), so there they do not count; in a
    # longer line they do, or body lines such as "Item 3 was agreed" would pass for a footer.
    text = " ".join(line.split()).casefold()
    if len(re.sub(r"\d+", " ", text).split()) <= 3:
        return re.sub(r"\d+", "#", text)
    return text


def _edges(lines: list[str]) -> list[str]:
    filled = [line for line in lines if line.strip()]
    return filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]


def _repeated_edge_lines(page_lines: list[list[str]]) -> set[str]:
    """Edge lines that recur on most pages: running headers and footers."""
    if len(page_lines) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in page_lines:
        counts.update({_edge_key(line) for line in _edges(lines)})
    threshold = max(3, len(page_lines) // 2)
    return {key for key, count in counts.items() if count >= threshold and key != "#"}


def _strip_edges(lines: list[str], repeated: set[str]) -> list[str]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edge_idx = set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])
    kept = []
    for i, line in enumerate(lines):
        if i in edge_idx:
            bare = " ".join(line.split())
            if _edge_key(line) in repeated or _PAGE_NUMBER_RE.match(bare):
                continue
        kept.append(line)
    return kept


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    bullet: list[str] = []
    bullet_indent = 0

    def flush() -> None:
        if para:
            text = " ".join(para)
            blocks.append(Block("heading" if _looks_like_heading(para) else "para", text))
            para.clear()
        if bullet:
            blocks.append(Block("bullet", " ".join(bullet)))
            bullet.clear()

    for raw in lines:
        stripped = raw.strip()
        if not stripped:
            flush()
            continue
        body = _BULLET_RE.sub("", stripped)
        if body != stripped:  # a new bullet item
            flush()
            bullet.append(_CELL_GAP_RE.sub(" ", body))
            bullet_indent = _indent(raw)
            continue
        if bullet and _indent(raw) > bullet_indent:  # a wrapped line of the bullet above
            bullet.append(_CELL_GAP_RE.sub(" ", stripped))
            continue
        if _CELL_GAP_RE.search(stripped):  # cells apart: a table row, kept whole on one line
            flush()
            blocks.append(Block("row", _CELL_GAP_RE.sub(CELL_SEPARATOR, stripped)))
            continue
        if bullet:
            flush()
        para.append(stripped)
    flush()
    return [block for block in blocks if block.text]


def _looks_like_heading(lines: list[str]) -> bool:
    # Some headings wrap onto a second line; a short two-line block without end punctuation is one.
    if len(lines) > 2:
        return False
    line = " ".join(lines)
    words = line.split()
    return (
        len(line) <= (90 if len(lines) == 1 else 80)
        and len(words) <= 12
        and (line[0].isupper() or line[0].isdigit())
        and line[-1] not in ".,;:"
        and any(ch.isalpha() for ch in line)
        and not _PAGE_NUMBER_RE.match(line)
    )
