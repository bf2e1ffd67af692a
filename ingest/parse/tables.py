"""Rows as tables: header rows recognised (over rows of figures, over rows of rating words, a second
table set right under a first), data rows given their cells under the header's columns, and a table
continued on the next page kept under its header."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.parse.blocks import ALIGN_SLACK, CELL_SEPARATOR, GROUP, RUNS_ON_RE, WRAP, Block, Spans
from ingest.parse.sheets import sheet_marks_off

# A cell that is a quantity (a count, an amount, a rate): what a header row has none of. Years and
# periods ("2022-23", "2023/24", "Q1 2023") name columns, so they are not quantities.
_QUANTITY_RE = re.compile(r"^[£$+\-–−]?\s?\d[\d,]*(\.\d+)?\s?(%|k|m|bn)?$", re.IGNORECASE)
_PERIOD_RE = re.compile(r"^(Q[1-4]\s)?(19|20)\d\d([-/–](20)?\d\d)?$", re.IGNORECASE)
_LABEL_WORDS = 4  # words at most in each cell of a header over rows of words
_RATE_BASE_RE = re.compile(r"10|100|1,?000|10,?000|100,?000")  # what a rate is per: 10, 100, 1,000, 100,000
_FOOTNOTE_MARK_RE = re.compile(r"(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+$")
_GROUP_WORDS = 8  # words at most of a heading set across a table over a group of its rows
_SUM_RE = re.compile(r"£\s?\d")  # a sum of money, in words or alone
_SUM_ROWS = 2  # rows at least, each stating a sum, under a header of labels
_RATED_ROWS = 3  # rows at least under such a header: fewer cannot show their values repeating
# A rating cell: one or two words of letters ("Red", "Very high"), never a figure.
RATING_CELL_RE = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)?")
# A tick or cross marking a row in a column ("Present | Apologies" over "×" in one of them).
MARK_CELL_RE = re.compile(r"[×✓✔✗✘✕•●xXyY]")
_WORD_RE = re.compile(r"[^\W\d_]+")
_NOTE_RE = re.compile(r"\s*\([^()]*\)")
_GROUP_WORD_LETTERS = 4  # letters at least of a group name's word that its rows' labels repeat
# A column header that is only a unit: "£", "£k", "£000", "%", "No.".
_UNIT_CELL_RE = re.compile(r"£\s?(?:k|m|000s?|'000)?|\(£k?\)|%|no\.?|number", re.IGNORECASE)
# Two header cells two spaces apart, as layout text sets a narrow column's unit by the next one's
# name ("£  Lead"): one space joins a name's words, three part cells.
_TWO_APART_RE = re.compile(r"(?P<a>\S(?:.*?\S)?) {2}(?P<b>\S.*)")


@dataclass(frozen=True)
class Header:
    """A table's header: its cells and where each column starts and ends on the line."""

    cells: tuple[str, ...]
    spans: Spans

    @property
    def names(self) -> tuple[str, ...]:
        """The columns' names without the footnote marks printed on them ("Rate per 1,000¹", "Share*")."""
        return tuple(_FOOTNOTE_MARK_RE.sub("", cell) for cell in self.cells)


def is_quantity(cell: str) -> bool:
    return bool(_QUANTITY_RE.match(cell.strip())) and not _PERIOD_RE.match(cell.strip())


def _header_like(cells: Sequence[str]) -> bool:
    """A row that names columns: two cells or more, none of them a quantity, some of them words."""
    return len(cells) >= 2 and not any(is_quantity(c) for c in cells) and any(c[:1].isalpha() for c in cells)


def _column(span: tuple[int, int], header: Header) -> int:
    """The header column a cell sits under: the one it overlaps most, else the nearest to its left."""
    over = _overlapped(span, header.spans)
    if over is not None:
        return over
    left = [i for i, (h_start, _) in enumerate(header.spans) if h_start <= span[0] + ALIGN_SLACK]
    return left[-1] if left else 0


def _placed(cells: Sequence[str], spans: Spans, header: Header) -> tuple[str, ...]:
    """A row's cells under its header's columns ("" where a column is empty)."""
    if len(cells) == len(header.cells):
        return tuple(cells)
    if len(cells) < len(header.cells):
        cells, spans = _figures_apart(cells, spans, header)
    placed = [""] * len(header.cells)
    for cell, span in zip(cells, spans, strict=False):
        i = _column(span, header)
        placed[i] = f"{placed[i]} {cell}".strip()
    return tuple(placed)


def _figures_apart(cells: Sequence[str], spans: Spans, header: Header) -> tuple[tuple[str, ...], Spans]:
    """A row's cells with two values set two spaces apart parted ("6.3  14th": "6.3", "14th"), where
    each stands under a column of its own and one is a figure: layout text leaves three spaces
    between cells only where the columns are far enough apart."""

    def apart(a: _Part, b: _Part) -> bool:
        return _column(a[1], header) != _column(b[1], header) and (is_quantity(a[0]) or is_quantity(b[0]))

    return _two_apart(cells, spans, apart)


def _same_header(cells: Sequence[str], header: Header) -> bool:
    def norm(values: Sequence[str]) -> list[str]:
        return [" ".join(v.split()).casefold() for v in values]

    return norm(cells) == norm(header.cells)


def read_tables(raw: list[tuple[Block, Spans]], carried: Header | None) -> tuple[list[Block], Header | None]:
    """Rows as tables: header rows recognised, data rows given their cells and the header's.

    A table at the top of a page whose previous page ended in a table is that table continued:
    a header repeated there is recognised as the same header, and rows without one keep it. A
    wrapped cell's next line adds its words to the cell above (the line stays, with no cells); a
    header's second line, set wider than its first, adds its words to the header's cells. A short
    heading between rows heads a group of them (a `GROUP` block) and the table goes on under it.
    Returns the blocks, and the header of a table that runs to the foot of this page.
    """
    raw, sheet_starts = sheet_marks_off(raw)
    blocks: list[Block] = []
    header: Header | None = None
    last_row: tuple[int, Spans] | None = None  # the latest data row: its place in `blocks`, its spans
    continuing = carried  # until the first block that is not a row or a short caption
    grouped = False  # the block just read was a heading over a group of the table's rows
    for index, (block, spans) in enumerate(raw):
        starts_table = (
            index == 0 or index in sheet_starts or not (raw[index - 1][0].kind in ("row", WRAP) or grouped)
        )
        grouped = header is not None and _group_heading(raw, index, len(header.cells))
        if grouped:
            last_row = None  # the rows below go on under the table's header
            blocks.append(Block(GROUP, block.text))
            continue
        if block.kind not in ("row", WRAP):
            header, last_row = None, None
            if block.kind != "heading" or len(block.text) > 100:
                continuing = None
            blocks.append(block)
            continue
        cells = tuple(block.text.split(CELL_SEPARATOR))
        if header is not None and blocks[-1].kind == "header" and _header_goes_on(cells, spans, header):
            header = Header(_joined(header.cells, _placed(cells, spans, header)), header.spans)
            blocks.append(Block("header", block.text, cells))
            continue
        if header is not None and blocks[-1].kind == "header" and _lower_level(cells, raw, index, header):
            header = _under_groups(cells, spans, header)
            blocks.append(Block("header", block.text, cells))
            continue
        if block.kind == WRAP:
            if header is not None and blocks and blocks[-1].kind == "header":
                placed = _placed(cells, spans, header)
                header = Header(_joined(header.cells, placed), header.spans)
                blocks.append(Block("header", block.text, cells))
            elif last_row is not None and _names_group(raw, index):
                last_row = None  # the rows below go on under the table's header
                blocks.append(Block(GROUP, block.text))
            elif last_row is not None:
                at, row_spans = last_row
                above = blocks[at]
                grid = header or Header(above.cells, row_spans)
                placed = _placed(cells, spans, grid) if len(grid.cells) == len(above.cells) else ()
                if placed:
                    blocks[at] = Block("row", above.text, _joined(above.cells, placed), above.header)
                blocks.append(Block("row", block.text))
            else:
                blocks.append(Block("row", block.text, cells))
            continue
        if starts_table and continuing is not None and _same_header(cells, continuing):
            header = continuing  # the header printed again over the continued rows
            blocks.append(Block("header", block.text, cells))
            continue
        if starts_table and _header_like(cells):
            cells, spans = units_apart(cells, spans)
        if (
            starts_table
            and _header_like(cells)
            and (
                _has_data_below(raw, index)
                or _rates_below(cells, raw, index)
                or _marks_below(cells, raw, index)
                or _sums_below(cells, raw, index)
            )
        ):
            header = Header(cells, spans)
            blocks.append(Block("header", block.text, cells))
            continue
        if not starts_table and header is not None and _opens_table(cells, raw, index, header):
            header, last_row = Header(cells, spans), None  # a second table set right under the first
            blocks.append(Block("header", block.text, cells))
            continue
        if starts_table and continuing is not None and len(cells) <= len(continuing.cells):
            header = continuing  # rows going on from the last page, under its header
        continuing = None
        last_row = (len(blocks), spans)
        if header is None:
            blocks.append(Block("row", block.text, cells))
        else:
            blocks.append(Block("row", block.text, _placed(cells, spans, header), header.names))
    ends_in_table = bool(raw) and raw[-1][0].kind in ("row", WRAP)
    return blocks, (header if ends_in_table else None)


def units_apart(cells: Sequence[str], spans: Spans) -> tuple[tuple[str, ...], Spans]:
    """A header's cells with a unit run into its neighbour's name parted ("£  Lead": "£", "Lead"):
    the unit names a narrow column of figures of its own, set right under it."""
    return _two_apart(cells, spans, lambda a, b: any(_UNIT_CELL_RE.fullmatch(text) for text, _ in (a, b)))


_Part = tuple[str, tuple[int, int]]  # a cell's text and where it starts and ends on the line


def _two_apart(
    cells: Sequence[str], spans: Spans, apart: Callable[[_Part, _Part], bool]
) -> tuple[tuple[str, ...], Spans]:
    """The cells with each one holding two parts two spaces apart ("£  Lead", "6.3  14th") parted,
    where `apart` says the two are cells of their own, each part with its own span."""
    parted: list[_Part] = []
    for cell, (start, end) in zip(cells, spans, strict=True):
        two = _TWO_APART_RE.fullmatch(cell)
        a = (two.group("a"), (start, start + two.end("a"))) if two else None
        b = (two.group("b"), (start + two.start("b"), end)) if two else None
        parted += [a, b] if a and b and apart(a, b) else [(cell, (start, end))]
    return tuple(c for c, _ in parted), tuple(s for _, s in parted)


def opens_other_table(cells: Sequence[str]) -> bool:
    """Whether a row inside a table heads another one: it names columns, the last a unit of measure
    alone ("Budget 2022-23 | £" under a table of awards)."""
    return (
        len(cells) >= 2
        and bool(_UNIT_CELL_RE.fullmatch(cells[-1].strip()))
        and not any(map(is_quantity, cells))
    )


def _header_goes_on(cells: Sequence[str], spans: Spans, header: Header) -> bool:
    """Whether a line right under a header row is its cells' second line ("year (count)" under
    "Previous", "1,000" under "Rate per"), set wider than the words above so it does not start
    under them: nothing under the first column, where every data row has its label, and no
    quantity but the base of a rate under its "per"."""
    placed = _placed(cells, spans, header)
    based = all(
        not is_quantity(cell) or _base_under_per(name, cell)
        for name, cell in zip(header.cells, placed, strict=True)
    )
    return based and not placed[0]


def _lower_level(cells: Sequence[str], raw: list[tuple[Block, Spans]], index: int, header: Header) -> bool:
    """Whether a row right under a header is the header's lower level: the upper one's cells span
    groups of columns ("Recorded offences" over "2020 | 2021 | 2022"), the lower names each column,
    so it has more cells, names columns too (its years alone may) and has data below."""
    return (
        raw[index][0].kind == "row"
        and len(cells) > len(header.cells)
        and (
            _header_like(cells)
            or all(_PERIOD_RE.match(c.strip()) for c in cells)
            or _names_with_bases(cells, raw[index][1], header)
        )
        and _has_data_below(raw, index)
    )


def _names_with_bases(cells: Sequence[str], spans: Spans, upper: Header) -> bool:
    """Whether a row names columns but for the bases of rates, each under an upper cell asking what
    it is per ("1,000" under "Rate per" of "Rate per | ASB incidents" over "Ward | ... | 1,000 | 2022")."""
    if not any(c[:1].isalpha() for c in cells):
        return False
    quantities = [(cell, span) for cell, span in zip(cells, spans, strict=False) if is_quantity(cell)]
    return all(
        (over := _overlapped(span, upper.spans)) is not None and _base_under_per(upper.cells[over], cell)
        for cell, span in quantities
    )


def _base_under_per(name: str, cell: str) -> bool:
    """Whether a cell is the base of a rate set under its column's "per" ("1,000" under "Rate per")."""
    return name.casefold().endswith(" per") and bool(_RATE_BASE_RE.fullmatch(cell.strip()))


def _unlabelled(spans: Spans, upper: Header) -> bool:
    """Whether a header's lower level starts under a group right of the labels' column, whose name
    only the upper level prints ("Offence category | Recorded offences" over "2020-21 | 2021-22")."""
    return _overlapped(spans[0], upper.spans) != 0 and upper.spans[0][1] <= spans[0][0]


def _under_groups(cells: Sequence[str], spans: Spans, upper: Header) -> Header:
    """Each lower-level column's name after the name of the group standing over it ("Rate per 1,000"
    over "2022": "Rate per 1,000 2022"). Only a name set over a column's own words names its group:
    a group's name is centred over its columns, and where their figures are set right, layout text
    places the name nearer another group's columns than its own. Groups gather the columns of
    values: a line with words over the first column, the rows' labels, is a caption ("A  Appendix
    A: Awards 2024-25") and names no column."""
    groups = [_overlapped(span, upper.spans) for span in spans[: len(cells)]]
    unlabelled = _unlabelled(spans, upper)
    if groups[0] is not None and not unlabelled:
        return Header(tuple(cells), spans)
    pairs = zip(cells, groups, strict=True)
    named = tuple(cell if g is None else f"{upper.cells[g]} {cell}" for cell, g in pairs)
    if unlabelled:  # the labels' column, named by the upper level alone
        return Header((upper.cells[0], *named), (upper.spans[0], *spans))
    return Header(named, spans)


def _overlapped(span: tuple[int, int], spans: Spans) -> int | None:
    """The one of `spans` the span overlaps most, or None where it overlaps none."""
    start, end = span
    overlaps = [min(end, s_end) - max(start, s_start) for s_start, s_end in spans]
    best = max(range(len(spans)), key=lambda i: overlaps[i])
    return best if overlaps[best] > 0 else None


def _joined(cells: Sequence[str], more: Sequence[str]) -> tuple[str, ...]:
    return tuple(cell_joined(a, b) for a, b in zip(cells, more, strict=True))


# A cell's line cut at its column's edge inside a date or reference ("17-May-" over "23", "CSF23-0"
# over "5", "24-Jan-2" over "4", "2024-06-1" over "2"): its next line, a digit or two, goes on
# without a space.
_CUT_RE = re.compile(r"(?:(?:^|\s)\S*[^\W\d_]\S*-\d*|-|(?:^|\s)(?:19|20)\d\d-\d\d-\d)$")
_CUT_REST_RE = re.compile(r"\d{1,2}")


def continues_cut(cell: str, more: str) -> bool:
    """Whether `more`, a cell's next line, finishes the cell cut at its column's edge ("12-Mar-", "24")."""
    return bool(_CUT_RE.search(cell) and _CUT_REST_RE.fullmatch(more))


def cell_joined(cell: str, more: str) -> str:
    """A wrapped cell's text with its next line's."""
    return cell + more if continues_cut(cell, more) else f"{cell} {more}".strip()


def _opens_table(cells: Sequence[str], raw: list[tuple[Block, Spans]], index: int, header: Header) -> bool:
    """Whether a row inside a table is the header of another set right under it: it names columns,
    one of them a unit of measure, comes after a data row and has data below ("Budget summary | £"
    after the grants' total); or it names more columns than the table has, in short labels, over a
    row filling them all ("No. | Item | Discussion | Outcome" under a meeting's "Date | Venue")."""
    above = raw[index - 1][0].text.split(CELL_SEPARATOR)
    if (
        _header_like(cells)
        and any(_UNIT_CELL_RE.fullmatch(c.strip()) for c in cells)
        and any(is_quantity(c) for c in above)
        and _has_data_below(raw, index)
    ):
        return True
    below = raw[index + 1][0] if index + 1 < len(raw) else None
    return (
        len(cells) > max(len(header.cells), 2)
        and _header_like(cells)
        and all(len(c.split()) <= _LABEL_WORDS for c in cells)
        and below is not None
        and below.kind == "row"
        and len(below.text.split(CELL_SEPARATOR)) == len(cells)
    )


def _group_heading(raw: list[tuple[Block, Spans]], index: int, columns: int | None = None) -> bool:
    """Whether a block is a heading set across a table over a group of its rows ("Sexual offences"
    between "... | 2,087 | 17.2" and "Rape | 118 | 131"): a short heading with a row right above it
    and right under it a data row filling the table's `columns` (where given)."""
    block = raw[index][0]
    if block.kind != "heading" or len(block.text.split()) > _GROUP_WORDS or not 0 < index < len(raw) - 1:
        return False
    above, below = raw[index - 1][0], raw[index + 1][0]
    cells = below.text.split(CELL_SEPARATOR)
    return (
        above.kind in ("row", WRAP)
        and below.kind == "row"
        and len(cells) == (columns or len(cells))
        and any(map(is_quantity, cells))
    )


def _names_group(raw: list[tuple[Block, Spans]], index: int) -> bool:
    """Whether a line in a table's first column alone names a group of the rows under it ("Sexual
    offences" over "Rape" and "Other sexual offences"), not the row above's label wrapped: it opens
    with a capital, the label above ends whole, a data row follows, and a word of it names one of
    the group's rows."""
    text = raw[index][0].text
    if CELL_SEPARATOR in text or not text[:1].isupper() or index + 1 >= len(raw):
        return False
    above, below = raw[index - 1][0], raw[index + 1][0]
    label = above.text.split(CELL_SEPARATOR)[0].strip()
    if above.kind != "row" or not label or RUNS_ON_RE.search(label):
        return False  # the label above left unfinished: this line carries it on
    if below.kind != "row" or not any(map(is_quantity, below.text.split(CELL_SEPARATOR))):
        return False
    words = {w for w in _WORD_RE.findall(text.casefold()) if len(w) >= _GROUP_WORD_LETTERS}
    group = itertools.takewhile(lambda item: item[0].kind == "row", raw[index + 1 :])
    return any(words & set(_WORD_RE.findall(b.text.split(CELL_SEPARATOR)[0].casefold())) for b, _ in group)


def _has_data_below(raw: list[tuple[Block, Spans]], index: int) -> bool:
    """Whether a row is followed, in the same table, by a row holding a quantity (a data row); a
    heading over a group of the table's rows is inside the table, whatever the count of their cells
    (a header's upper level names fewer columns than its rows have)."""
    for at, (block, _) in enumerate(raw[index + 1 :], start=index + 1):
        if _group_heading(raw, at):
            continue
        if block.kind not in ("row", WRAP):
            return False
        if any(is_quantity(c) for c in block.text.split(CELL_SEPARATOR)):
            return True
    return False


def _rates_below(cells: Sequence[str], raw: list[tuple[Block, Spans]], index: int) -> bool:
    """Whether a row of short labels heads rows of words that rate something: in some column past
    the first, every row below holds a short word value, and those values repeat (Red, Amber, Green;
    High, Low; Rising, Stable). A table of words has no quantity for `_has_data_below` to find."""
    if any(len(c.split()) > _LABEL_WORDS for c in cells):
        return False
    rows = _rows_below(raw, index)
    if len(rows) < _RATED_ROWS or any(len(row) != len(cells) for row in rows):
        return False
    for column in range(1, len(cells)):
        # A bracketed note qualifies a value without changing it ("Adviser (no vote)").
        values = {" ".join(_NOTE_RE.sub("", row[column]).split()).casefold() for row in rows}
        short = all(RATING_CELL_RE.fullmatch(v) for v in values)
        if short and len(values) < len(rows) and cells[column].casefold() not in values:
            return True
    return False


def _marks_below(cells: Sequence[str], raw: list[tuple[Block, Spans]], index: int) -> bool:
    """Whether a row of short labels heads rows each ending in a tick or cross, set under one of
    its columns (an attendance register: "Member | Organisation | Present | Apologies")."""
    if any(len(c.split()) > _LABEL_WORDS for c in cells):
        return False
    rows = _rows_below(raw, index)
    return len(rows) >= _RATED_ROWS and all(
        1 < len(row) <= len(cells) and MARK_CELL_RE.fullmatch(row[-1].strip()) for row in rows
    )


def _sums_below(cells: Sequence[str], raw: list[tuple[Block, Spans]], index: int) -> bool:
    """Whether a row of short labels heads rows each stating a sum in words under one of its later
    columns ("Decided by | Until March | From April" over "Panel | up to £5,000 | up to £7,500")."""
    if any(len(c.split()) > _LABEL_WORDS for c in cells):
        return False
    rows = _rows_below(raw, index)
    if len(rows) < _SUM_ROWS or any(len(row) != len(cells) for row in rows):
        return False
    return any(all(_SUM_RE.search(row[column]) for row in rows) for column in range(1, len(cells)))


def _rows_below(raw: list[tuple[Block, Spans]], index: int) -> list[list[str]]:
    """The cells of the rows under a header row, to the table's end; a wrapped cell's next line adds
    words to a row, never a value, so it is left out."""
    rows: list[list[str]] = []
    for block, _ in raw[index + 1 :]:
        if block.kind not in ("row", WRAP):
            break
        if block.kind == "row":
            rows.append(block.text.split(CELL_SEPARATOR))
    return rows
