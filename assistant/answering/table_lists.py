"""A table whose first column lists the things a list question asks for: "which sub-groups are there"
answered by a row of a table headed "Sub-group | Chair | Note" brings every row of that table, not
the few rows (or the header) that score best.

A table of words alone has no figures under its header, so ingest may keep its header as a row like
the others; a first row whose first cell names what the question lists is that table's header, and
the rows under it are the list.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answering.units import ROW_KINDS, TABLE_LINE_KINDS, Unit
from assistant.text import terms
from assistant.types import Passage
from ingest.parse.blocks import GROUP

MIN_LISTED_ROWS = 2  # rows at least under the header: one row is an answer, not a list


def listed_rows(unit: Unit, passages: Sequence[Passage], listed: frozenset[str]) -> Unit | None:
    """The table holding `unit` as a list (its first row the label, each row under it an item, read
    from the cells ingest kept), when that row's first cell is named by the question's listed words
    (`Asked.listed`) alone; None otherwise. The table is read within the unit's passage, from the
    first row printed there; its quote is its lines as printed, wrapped cells and group headings too."""
    if unit.kind not in ROW_KINDS or not listed:
        return None
    passage = passages[unit.passage]
    kinds, cells = passage.kinds, passage.cells
    if len(cells) != len(kinds) or not 0 <= unit.line < len(kinds):
        return None
    if kinds[unit.line] not in TABLE_LINE_KINDS:
        return None
    start, end = _table_lines(kinds, unit.line)
    first = next((i for i in range(start, end + 1) if cells[i]), None)
    if first is None or frozenset(terms(cells[first][0])) != listed:
        return None
    rows = [i for i in range(first + 1, end + 1) if kinds[i] != GROUP and cells[i]]
    if len(rows) < MIN_LISTED_ROWS:
        return None
    quote = "\n".join(passage.text.split("\n")[first : end + 1])
    items = tuple(" | ".join(c for c in cells[i] if c) for i in rows)
    return Unit(unit.passage, "list", " | ".join(cells[first]), quote, unit.position, items, first)


def _table_lines(kinds: Sequence[str], line: int) -> tuple[int, int]:
    """The first and last line of the table printed around a line of it."""
    start = end = line
    while start > 0 and kinds[start - 1] in TABLE_LINE_KINDS:
        start -= 1
    while end + 1 < len(kinds) and kinds[end + 1] in TABLE_LINE_KINDS:
        end += 1
    return start, end
