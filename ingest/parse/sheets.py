"""A spreadsheet printed with its headings: the sheet's column letters over its table and the row
numbers down its left edge.

Printed so, a log's letters ("A  B  C ...") stand over its real header and read as that header, and
each row's number reads as its first cell. Both are the sheet's, not the table's: the letters row is
left out and starts a table below it, and a number set left of column A leaves its row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from string import ascii_uppercase

from ingest.parse.blocks import CELL_SEPARATOR, WRAP, Block, Spans

_ROW_NUMBER_RE = re.compile(r"\d{1,5}")


def sheet_marks_off(raw: list[tuple[Block, Spans]]) -> tuple[list[tuple[Block, Spans]], set[int]]:
    """The lines without a printed sheet's column letters and row numbers; and the places (in the
    lines returned) where a table starts under a row of letters left out."""
    kept: list[tuple[Block, Spans]] = []
    starts: set[int] = set()
    letters: Spans | None = None
    for block, spans in raw:
        cells = block.text.split(CELL_SEPARATOR)
        if block.kind == "row" and _column_letters(cells):
            letters = spans
            starts.add(len(kept))
            continue
        if block.kind not in ("row", WRAP):
            letters = None
        elif letters is not None:
            block, spans = _number_off(block, cells, spans, letters)
        kept.append((block, spans))
    return kept, starts


def _column_letters(cells: Sequence[str]) -> bool:
    """Two cells or more, each the next capital letter from A: a sheet's column headings."""
    return len(cells) >= 2 and list(cells) == list(ascii_uppercase[: len(cells)])


def _number_off(block: Block, cells: Sequence[str], spans: Spans, letters: Spans) -> tuple[Block, Spans]:
    """The row without its sheet row number: a number ending left of where column A starts."""
    if len(cells) < 2 or len(spans) != len(cells) or not _ROW_NUMBER_RE.fullmatch(cells[0]):
        return block, spans
    if spans[0][1] > letters[0][0]:
        return block, spans
    return replace(block, text=CELL_SEPARATOR.join(cells[1:])), spans[1:]
