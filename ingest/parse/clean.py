"""Turn pypdf's layout text into clean blocks: headers, footers and page numbers out; rows kept whole.

A block is a heading, a paragraph, a bullet item, a table's header row or a table row. Paragraph
lines are joined with spaces and table cells with tabs, so every block is its page's text up to
whitespace. A table is kept as data: its header row is recognised (and a header repeated at the top
of the next page is known as the same table's), and each data row carries its cells, placed under
the header's columns by their x position, and the header's cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.parse.numbering import NUMBERED_RE, item_values
from ingest.parse.pdf import Page
from ingest.parse.running import PAGE_NUMBER_RE, page_numbers, repeated_edge_lines, strip_edges

BULLET_GLYPHS = "\x7f\uf0b7\uf0a7\uf0d8\uf076\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7"
_BULLET_RE = re.compile(rf"^[{BULLET_GLYPHS}]\s*")
_CELL_GAP_RE = re.compile(r" {3,}")
CELL_SEPARATOR = "\t"  # a row's cells, joined in its text
# A cell that is a quantity (a count, an amount, a rate): what a header row has none of. Years and
# periods ("2022-23", "2023/24", "Q1 2023") name columns, so they are not quantities.
_QUANTITY_RE = re.compile(r"^[£$+\-–−]?\s?\d[\d,]*(\.\d+)?\s?(%|k|m|bn)?$", re.IGNORECASE)
_PERIOD_RE = re.compile(r"^(Q[1-4]\s)?(19|20)\d\d([-/–](20)?\d\d)?$", re.IGNORECASE)
_WRAP = "wrap"  # a wrapped cell's next line: a row line folded into the row above by `_tables`
_ALIGN_SLACK = 2  # characters a cell may start left of its column's header and still sit under it
_LABEL_WORDS = 4  # words at most in each cell of a header over rows of words
_RATED_ROWS = 3  # rows at least under such a header: fewer cannot show their values repeating
# A rating cell: one or two words of letters ("Red", "Very high"), never a figure.
RATING_CELL_RE = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)?")
_TIGHT_HEADING_WORDS = 8  # the most words of a heading set tight above its paragraph


@dataclass(frozen=True)
class Block:
    """A unit of page text that is never split: `kind` is heading, para, bullet, header or row.

    A table's header row is a "header" block; each data row a "row" block whose `cells` are its
    cells (placed under the header's columns, "" where a column is empty) and `header` its table's
    header cells (empty when the table has none). `text` is the row as printed, cells tab-joined.
    """

    kind: str
    text: str
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()


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
    """Clean every page of one document; repeated edge lines are judged across all its pages.

    A table that ends one page and goes on at the top of the next keeps its header there.
    """
    page_lines = [[line.rstrip() for line in page.text.splitlines()] for page in pages]
    repeated = repeated_edge_lines(page_lines, pages)
    cleaned: list[CleanPage] = []
    carried: _Header | None = None  # the header of a table that ran to the foot of the last page
    for page, lines in zip(pages, page_lines, strict=True):
        kept = strip_edges(lines, repeated, page_numbers(page))
        blocks, carried = _tables(_blocks(kept), carried)
        cleaned.append(CleanPage(page.number, page.label, tuple(blocks), page.ocr, page.ocr_confidence))
    return cleaned


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


# A column header that is only a unit: "£", "£k", "£000", "%", "No.".
_UNIT_CELL_RE = re.compile(r"£\s?(?:k|m|000s?|'000)?|\(£k?\)|%|no\.?|number", re.IGNORECASE)
Spans = tuple[tuple[int, int], ...]  # where each cell of a row line starts and ends, in characters


@dataclass(frozen=True)
class _Header:
    """A table's header: its cells and where each column starts and ends on the line."""

    cells: tuple[str, ...]
    spans: Spans


def _cell_spans(line: str) -> Spans:
    return tuple((m.start(), m.end()) for m in re.finditer(r"\S+(?: {1,2}\S+)*", line))


def _blocks(lines: list[str]) -> list[tuple[Block, Spans]]:
    """The page's blocks, each row with the character spans of its cells."""
    blocks: list[tuple[Block, Spans]] = []
    para: list[str] = []
    bullet: list[str] = []
    bullet_indent = 0
    numbered: set[int] = set()  # after a numbered item: the numbers the next item may have
    previous_row: Spans = ()  # the spans of the row on the line just above, if it was one

    def flush() -> None:
        if para:
            text = " ".join(para)
            blocks.append((Block("heading" if _looks_like_heading(para) else "para", text), ()))
            para.clear()
        if bullet:
            blocks.append((Block("bullet", " ".join(bullet)), ()))
            bullet.clear()

    for at, raw in enumerate(lines):
        stripped = raw.strip()
        above, previous_row = previous_row, ()
        if not stripped:
            flush()
            continue
        body = _BULLET_RE.sub("", stripped)
        if body == stripped and ((para and para[-1].endswith(":")) or (numbered and not para)):
            # A list under way: after its lead-in any number opens it, after an item the next one.
            item = NUMBERED_RE.match(stripped)
            values = item_values(item.group(0)) if item else set()
            if item and values and (para or values & numbered):
                body, numbered = stripped[item.end() :], {v + 1 for v in values}
            else:
                numbered = set()
        if body != stripped:  # a new bullet item
            flush()
            bullet.append(_CELL_GAP_RE.sub(" ", body))
            bullet_indent = _indent(raw)
            continue
        if bullet and _indent(raw) > bullet_indent:  # a wrapped line of the bullet above
            bullet.append(_CELL_GAP_RE.sub(" ", stripped))
            continue
        # Cells apart: a table row, kept whole on one line. A line right under a row that sits in
        # its columns without filling the first one is a wrapped cell's next line ("wrap").
        spans = _cell_spans(raw)
        if above and _wraps(spans, above, _CELL_GAP_RE.search(stripped) is not None):
            flush()
            blocks.append((Block(_WRAP, _CELL_GAP_RE.sub(CELL_SEPARATOR, stripped)), spans))
            previous_row = above
            continue
        if _CELL_GAP_RE.search(stripped):
            flush()
            blocks.append((Block("row", _CELL_GAP_RE.sub(CELL_SEPARATOR, stripped)), spans))
            previous_row = spans
            continue
        if bullet:
            flush()
        if len(para) == 1 and _heading_above(para[0], stripped, lines[at + 1 : at + 2]):
            blocks.append((Block("heading", para.pop()), ()))
        para.append(stripped)
        numbered = set()
    flush()
    return [(block, spans) for block, spans in blocks if block.text]


def _wraps(spans: Spans, above: Spans, gapped: bool) -> bool:
    """Whether a line under a row is the next line of its wrapped cells: it starts under a later
    column, or it is one short piece inside the first column; and it states no quantity."""
    if len(above) < 2 or not spans:
        return False
    first_start, next_start = above[0][0], above[1][0]
    later = spans[0][0] >= next_start - _ALIGN_SLACK and any(
        abs(spans[0][0] - start) <= _ALIGN_SLACK for start, _ in above[1:]
    )
    in_first = not gapped and abs(spans[0][0] - first_start) <= _ALIGN_SLACK and spans[-1][1] < next_start
    return later or in_first


def _is_quantity(cell: str) -> bool:
    return bool(_QUANTITY_RE.match(cell.strip())) and not _PERIOD_RE.match(cell.strip())


def _header_like(cells: Sequence[str]) -> bool:
    """A row that names columns: two cells or more, none of them a quantity, some of them words."""
    return len(cells) >= 2 and not any(_is_quantity(c) for c in cells) and any(c[:1].isalpha() for c in cells)


def _column(span: tuple[int, int], header: _Header) -> int:
    """The header column a cell sits under: the one it overlaps most, else the nearest to its left."""
    start, end = span
    overlaps = [min(end, h_end) - max(start, h_start) for h_start, h_end in header.spans]
    best = max(range(len(overlaps)), key=lambda i: overlaps[i])
    if overlaps[best] > 0:
        return best
    left = [i for i, (h_start, _) in enumerate(header.spans) if h_start <= start + _ALIGN_SLACK]
    return left[-1] if left else 0


def _placed(cells: Sequence[str], spans: Spans, header: _Header) -> tuple[str, ...]:
    """A row's cells under its header's columns ("" where a column is empty)."""
    if len(cells) == len(header.cells):
        return tuple(cells)
    placed = [""] * len(header.cells)
    for cell, span in zip(cells, spans, strict=False):
        i = _column(span, header)
        placed[i] = f"{placed[i]} {cell}".strip()
    return tuple(placed)


def _same_header(cells: Sequence[str], header: _Header) -> bool:
    def norm(values: Sequence[str]) -> list[str]:
        return [" ".join(v.split()).casefold() for v in values]

    return norm(cells) == norm(header.cells)


def _tables(raw: list[tuple[Block, Spans]], carried: _Header | None) -> tuple[list[Block], _Header | None]:
    """Rows as tables: header rows recognised, data rows given their cells and the header's.

    A table at the top of a page whose previous page ended in a table is that table continued:
    a header repeated there is recognised as the same header, and rows without one keep it. A
    wrapped cell's next line adds its words to the cell above (the line stays, with no cells).
    Returns the blocks, and the header of a table that runs to the foot of this page.
    """
    blocks: list[Block] = []
    header: _Header | None = None
    last_row: tuple[int, Spans] | None = None  # the latest data row: its place in `blocks`, its spans
    continuing = carried  # until the first block that is not a row or a short caption
    for index, (block, spans) in enumerate(raw):
        if block.kind not in ("row", _WRAP):
            header, last_row = None, None
            if block.kind != "heading" or len(block.text) > 100:
                continuing = None
            blocks.append(block)
            continue
        cells = tuple(block.text.split(CELL_SEPARATOR))
        if block.kind == _WRAP:
            if header is not None and blocks and blocks[-1].kind == "header":
                placed = _placed(cells, spans, header)
                header = _Header(_joined(header.cells, placed), header.spans)
                blocks.append(Block("header", block.text, cells))
            elif last_row is not None:
                at, row_spans = last_row
                above = blocks[at]
                grid = header or _Header(above.cells, row_spans)
                placed = _placed(cells, spans, grid) if len(grid.cells) == len(above.cells) else ()
                if placed:
                    blocks[at] = Block("row", above.text, _joined(above.cells, placed), above.header)
                blocks.append(Block("row", block.text))
            else:
                blocks.append(Block("row", block.text, cells))
            continue
        starts_table = index == 0 or raw[index - 1][0].kind not in ("row", _WRAP)
        if starts_table and continuing is not None and _same_header(cells, continuing):
            header = continuing  # the header printed again over the continued rows
            blocks.append(Block("header", block.text, cells))
            continue
        if (
            starts_table
            and _header_like(cells)
            and (_has_data_below(raw, index) or _rates_below(cells, raw, index))
        ):
            header = _Header(cells, spans)
            blocks.append(Block("header", block.text, cells))
            continue
        if not starts_table and header is not None and _opens_table(cells, raw, index):
            header, last_row = _Header(cells, spans), None  # a second table set right under the first
            blocks.append(Block("header", block.text, cells))
            continue
        if starts_table and continuing is not None and len(cells) <= len(continuing.cells):
            header = continuing  # rows going on from the last page, under its header
        continuing = None
        last_row = (len(blocks), spans)
        if header is None:
            blocks.append(Block("row", block.text, cells))
        else:
            blocks.append(Block("row", block.text, _placed(cells, spans, header), header.cells))
    ends_in_table = bool(raw) and raw[-1][0].kind in ("row", _WRAP)
    return blocks, (header if ends_in_table else None)


def _joined(cells: Sequence[str], more: Sequence[str]) -> tuple[str, ...]:
    return tuple(f"{a} {b}".strip() for a, b in zip(cells, more, strict=True))


def _opens_table(cells: Sequence[str], raw: list[tuple[Block, Spans]], index: int) -> bool:
    """Whether a row inside a table is the header of another set right under it ("Budget summary |
    £" after the grants' total): it names columns, one of them a unit of measure, comes after a data
    row and has data below."""
    above = raw[index - 1][0].text.split(CELL_SEPARATOR)
    return (
        _header_like(cells)
        and any(_UNIT_CELL_RE.fullmatch(c.strip()) for c in cells)
        and any(_is_quantity(c) for c in above)
        and _has_data_below(raw, index)
    )


def _has_data_below(raw: list[tuple[Block, Spans]], index: int) -> bool:
    """Whether a row is followed, in the same table, by a row holding a quantity (a data row)."""
    for block, _ in raw[index + 1 :]:
        if block.kind not in ("row", _WRAP):
            return False
        if any(_is_quantity(c) for c in block.text.split(CELL_SEPARATOR)):
            return True
    return False


def _rates_below(cells: Sequence[str], raw: list[tuple[Block, Spans]], index: int) -> bool:
    """Whether a row of short labels heads rows of words that rate something: in some column past
    the first, every row below holds a short word value, and those values repeat (Red, Amber, Green;
    High, Low; Rising, Stable). A table of words has no quantity for `_has_data_below` to find."""
    if any(len(c.split()) > _LABEL_WORDS for c in cells):
        return False
    rows: list[list[str]] = []
    for block, _ in raw[index + 1 :]:
        if block.kind not in ("row", _WRAP):
            break
        if block.kind == "row":  # a wrapped cell's next line adds words, never a value
            rows.append(block.text.split(CELL_SEPARATOR))
    if len(rows) < _RATED_ROWS or any(len(row) != len(cells) for row in rows):
        return False
    for column in range(1, len(cells)):
        values = {" ".join(row[column].split()).casefold() for row in rows}
        short = all(RATING_CELL_RE.fullmatch(v) for v in values)
        if short and len(values) < len(rows) and cells[column].casefold() not in values:
            return True
    return False


def _heading_above(first: str, line: str, below: list[str]) -> bool:
    """Whether a paragraph's first line is a heading printed tight above its text, with no blank
    line between: a short heading-like line over a line at least twice as long that opens a
    sentence and goes on as prose (it ends one, or a line that is not a table row follows). A
    caption right over a table's header is left with its table, where it is read as the caption.
    """
    if not (_looks_like_heading([first]) and len(first.split()) <= _TIGHT_HEADING_WORDS):
        return False
    if not line[:1].isupper() or len(line) < 2 * len(first):
        return False
    after = below[0].strip() if below else ""
    return line[-1] in ".!?:" or bool(after and not _CELL_GAP_RE.search(after))


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
        and not PAGE_NUMBER_RE.match(line)
    )
