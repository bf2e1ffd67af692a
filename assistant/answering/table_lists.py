"""A table whose first column lists the things a list question asks for: "which sub-groups are there"
answered by a row of a table headed "Sub-group | Chair | Note" brings every row of that table, not
the few rows (or the header) that score best.

A table of words alone has no figures under its header, so ingest may keep its header as a row like
the others; a first row whose first cell names what the question lists is that table's header, and
the rows under it are the list.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answering.units import ROW_KINDS, Unit, passage_units
from assistant.text import terms
from assistant.types import Passage

MIN_LISTED_ROWS = 2  # rows at least under the header: one row is an answer, not a list
_TABLE_LINES = ("row", "header")  # the block kinds of a table's lines


def listed_rows(unit: Unit, passages: Sequence[Passage], listed: frozenset[str]) -> Unit | None:
    """The table holding `unit` as a list (its first row the label, the rows under it the items),
    when that row's first cell is named by the question's listed words (`Asked.listed`) alone; None
    otherwise. The table is read within the unit's passage, from the first row printed there."""
    if unit.kind not in ROW_KINDS or not listed:
        return None
    passage = passages[unit.passage]
    kinds, cells = passage.kinds, passage.cells
    if len(cells) != len(kinds) or not 0 <= unit.line < len(kinds) or kinds[unit.line] not in _TABLE_LINES:
        return None
    start, end = _table_lines(kinds, unit.line)
    first = next((i for i in range(start, end + 1) if cells[i]), None)
    if first is None or frozenset(terms(cells[first][0])) != listed:
        return None
    rows = [
        u
        for u in passage_units(unit.passage, passage)
        if u.kind in ROW_KINDS and first < u.line <= end and _whole_row(u, passage)
    ]
    if len(rows) < MIN_LISTED_ROWS:
        return None
    label = passage.text.split("\n")[first]
    quote = "\n".join((label, *(u.quote for u in rows)))
    items = tuple(u.text for u in rows)
    return Unit(unit.passage, "list", " | ".join(cells[first]), quote, rows[0].position - 1, items, first)


def _table_lines(kinds: Sequence[str], line: int) -> tuple[int, int]:
    """The first and last line of the table printed around a line of it."""
    start = end = line
    while start > 0 and kinds[start - 1] in _TABLE_LINES:
        start -= 1
    while end + 1 < len(kinds) and kinds[end + 1] in _TABLE_LINES:
        end += 1
    return start, end


def _whole_row(unit: Unit, passage: Passage) -> bool:
    """One unit a row: a row with a header is read as a record and as its cells; the record stands."""
    headed = unit.line < len(passage.headers) and bool(passage.headers[unit.line])
    return unit.kind == "row" or (unit.kind == "record" and headed)
