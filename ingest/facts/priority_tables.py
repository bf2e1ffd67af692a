"""Priorities printed as a table under a heading or sentence naming them: a row a priority, named in
its first cell ("Theme 1 Violence against women and girls | What it covers | Led by"), or a column
a period ("2024/25 | 2025/26" over "1 | Drug-related harm | Drug and alcohol-related harm")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.facts.periods import financial_year
from ingest.parse.blocks import Block
from ingest.text import as_excerpts

MAX_ROWS = 8  # a priorities table is short: a longer one lists projects, offences or actions
MAX_ITEM_WORDS = 12  # a priority's name is a phrase; a longer first cell is a description
# A row's label, no part of the priority's name: "Theme 1", "Priority 2:", "P3", "4.", "B)".
_LABEL_CELL_RE = re.compile(
    r"^(?:(?i:priority|theme|objective|strand)\s+)?(?:P?\d{1,2}|[A-H])[.:)]?(?:\s+|$)|^[^\w(]+$"
)
# A header row's first cell names the column, not a priority ("Theme", "Priority for 2024/25", "No.").
_HEADER_WORDS = frozenset(
    {"priority", "priorities", "theme", "themes", "area", "areas", "issue", "no", "ref"}
)
# A row saying its priority goes ("Remove as a Board priority (R6)"): none of the list.
_REMOVED_RE = re.compile(r"\b(?:remove[ds]?|drop(?:ped|s)?|no longer|ceases?|ended)\b", re.I)
_NUMBERED_CELL_RE = re.compile(r"^\d{1,2}[.)]\s+\w")
_COLUMN_WORDS = frozenset({"priority", "priorities", "theme", "themes"})
_NONE_RE = re.compile(r"^\(?(?:none|n/a|new|[-–—])\)?$", re.I)
# A cell of money or a figure: the table is of awards or statistics, not of priorities.
_FIGURES_RE = re.compile(r"£|^\d[\d.,%]*$")


@dataclass(frozen=True)
class Column:
    """One period's priorities in a table ("" when the table names no period), each as printed
    and as its row's lines print it (the pieces a quote of the page holds)."""

    period: str
    items: tuple[tuple[str, str], ...]


def table_columns(blocks: Sequence[Block], paragraphs: int = 0, by_period: bool = False) -> list[Column]:
    """The priorities of the table at the head of `blocks`, after at most `paragraphs` paragraphs
    (a heading's introduction); none when no short table of names stands there. With `by_period`,
    only a table with a column for each period (a paragraph mentioning priorities in passing is
    no heading over a table of a row each)."""
    rows = _rows(blocks, paragraphs)
    if not 2 <= len(rows) <= MAX_ROWS + 1:
        return []
    periods = [financial_year(cell) for cell in rows[0].cells if cell]
    if len(periods) >= 2 and all(periods):
        return _by_period(periods, rows[1:])
    if by_period:
        return []
    across = [_LABEL_CELL_RE.sub("", cell).strip() for cell in rows[0].cells]
    if len(across) >= 2 and all(_NUMBERED_CELL_RE.match(cell) for cell in rows[0].cells):
        # Numbered across the page ("1. Anti-social behaviour | 2. Domestic abuse | ..."): a
        # priority a column, its rating or measure below.
        return [Column("", tuple((name, as_excerpts(name, rows[0].lines)) for name in across))]
    if any(_FIGURES_RE.search(cell) for row in rows for cell in row.cells[1:]):
        return []
    items = [
        item
        for row in rows
        if not row.header
        and not any(_REMOVED_RE.search(cell) for cell in row.cells[1:])
        and (item := _item(row.cells, row.lines)) is not None
    ]
    return [Column("", tuple(items))] if len(items) >= 2 else []


@dataclass
class _Row:
    cells: tuple[str, ...]
    lines: list[str]  # as printed: a wrapped cell's next lines hold no cells
    header: bool  # a header row names the columns, no priority


def _rows(blocks: Sequence[Block], paragraphs: int) -> list[_Row]:
    """The table's rows, up to its end or a second header (a table set under it)."""
    at = 0
    while at < len(blocks) and at < paragraphs and blocks[at].kind == "para":
        at += 1
    if 0 < at < len(blocks) - 1 and blocks[at].kind == "heading" and blocks[at + 1].kind in ("row", "header"):
        at += 1  # the table's own caption, set between its introduction and its rows
    rows: list[_Row] = []
    for block in blocks[at:]:
        if block.kind not in ("row", "header") or (block.kind == "header" and rows and not rows[-1].header):
            break
        if block.cells:
            rows.append(_Row(block.cells, [block.text], block.kind == "header"))
        elif rows:
            rows[-1].lines.append(block.text)
    return rows


def _item(cells: tuple[str, ...], lines: list[str]) -> tuple[str, str] | None:
    """A row's priority: its first cell without its label, or the next cell after a label alone."""
    name = _LABEL_CELL_RE.sub("", cells[0]).strip()
    if not name and cells[0].strip() and len(cells) > 1:
        name = cells[1].strip()
    words = name.casefold().replace(".", "").split()
    # A column's name ("No.", "Proposed priority 2025-26", "Priority for 2024/25"), not a priority's.
    if not words or words[0] in _HEADER_WORDS or set(words) & _COLUMN_WORDS or len(words) > MAX_ITEM_WORDS:
        return None
    return name, as_excerpts(name, lines)


def _by_period(periods: list[str], rows: list[_Row]) -> list[Column]:
    """A column of names under each period: a row's last cells, one a period, after its label."""
    found: list[list[tuple[str, str]]] = [[] for _ in periods]
    for row in rows:
        cells = row.cells[-len(periods) :] if len(row.cells) >= len(periods) else ()
        for column, cell in enumerate(cells):
            name = cell.strip()
            if name and not _NONE_RE.match(name) and len(name.split()) <= MAX_ITEM_WORDS:
                found[column].append((name, as_excerpts(name, row.lines)))
    return [Column(p, tuple(items)) for p, items in zip(periods, found, strict=True) if len(items) >= 2]
