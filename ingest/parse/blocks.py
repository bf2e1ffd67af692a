"""The blocks a cleaned page is made of, and the page: the one shape cleaning, tables, chunking and
facts share."""

from __future__ import annotations

import re
from dataclasses import dataclass

CELL_SEPARATOR = "\t"  # a row's cells, joined in its text
CELL_GAP_RE = re.compile(r" {3,}")  # how far apart layout text sets a row's cells
# A line's last word that leaves its sentence open: the next line goes on with it.
RUNS_ON_RE = re.compile(r"(?:[,–-]|\b(?:and|or|of|the|a|an|to|for|in|on|at|by|with|from|as|that|than))$")
GROUP = "group"  # a heading set across a table over a group of its rows ("Sexual offences")
WRAP = "wrap"  # a wrapped cell's next line: a row line folded into the row above by `tables.read_tables`
ALIGN_SLACK = 2  # characters a cell may start left of its column's header and still sit under it
Spans = tuple[tuple[int, int], ...]  # where each cell of a row line starts and ends, in characters


@dataclass(frozen=True)
class Block:
    """A unit of page text that is never split: `kind` is heading, para, bullet, header, row or
    group (a heading inside a table over the rows below it).

    A table's header row is a "header" block; each data row a "row" block whose `cells` are its
    cells (placed under the header's columns, "" where a column is empty) and `header` its table's
    header cells (empty when the table has none). `text` is the row as printed, cells tab-joined.
    """

    kind: str
    text: str
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    # A footnote paragraph's notes: each note's mark and the label of the row or column it stands
    # on ("²", "Ferrowby Bridge Neighbourhood Watch relaunch"), as `footnotes.linked_notes` finds them.
    notes: tuple[tuple[str, str], ...] = ()


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
