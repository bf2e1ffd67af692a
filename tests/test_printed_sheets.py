"""A spreadsheet printed to fit the page: ruled columns too narrow for a gap between their cells, and
the sheet's own column letters and row numbers printed round its table."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import Placed, place_pdf

TOP = 700.0
LINE = 14.0
LOG = (
    ("Ref", "Asked", "Decision", "Paid", "Status"),
    ("W1", "2,400.00", "Approved", "2,400.00", "Closed"),
    ("W2", "900.00", "Declined", "0.00", "Closed"),
    ("W3", "1,150.00", "Deferred", "0.00", "Open"),
)


def _columns(rows: tuple[tuple[str, ...], ...], left: float, gap: float) -> list[float]:
    """Each column's x: the widest cell of the column before it, and `gap` points, after its x."""
    xs = [left]
    for column in range(len(rows[0]) - 1):
        widest = max(stringWidth(row[column], "Helvetica", 10) for row in rows)
        xs.append(xs[-1] + widest + gap)
    return xs


def _cells(
    path: Path, placed: list[Placed], walls: list[tuple[float, float, float]]
) -> list[tuple[str, ...]]:
    page = clean_pages(read_pdf(place_pdf(path, [placed], uprights=[walls]), path.name).pages)[0]
    return [block.cells for block in page.blocks if block.kind in ("header", "row") and block.cells]


def test_cells_of_ruled_columns_too_narrow_for_a_gap_stay_apart(tmp_path: Path) -> None:
    # Five points between columns is less than the gap layout text keeps between cells; the rules
    # drawn in those gaps are what part them.
    xs = _columns(LOG, 50, 5)
    placed = [(50, 760, "Fictional document for software testing. Small grants log")]
    for i, row in enumerate(LOG):
        placed += [(x, TOP - LINE * i, cell) for x, cell in zip(xs, row, strict=True)]
    walls = [(x - 2.5, TOP - LINE * len(LOG) + 8, TOP + 12) for x in xs[1:]]
    assert _cells(tmp_path / "ruled.pdf", placed, walls) == [
        ("Ref", "Asked", "Decision", "Paid", "Status"),
        ("W1", "2,400.00", "Approved", "2,400.00", "Closed"),
        ("W2", "900.00", "Declined", "0.00", "Closed"),
        ("W3", "1,150.00", "Deferred", "0.00", "Open"),
    ]


def test_a_sheets_column_letters_and_row_numbers_are_no_part_of_its_table(tmp_path: Path) -> None:
    xs = _columns(LOG, 80, 30)
    placed = [(50, 760, "Fictional document for software testing. Small grants log")]
    placed += [(x + 10, TOP + LINE, letter) for x, letter in zip(xs, "ABCDE", strict=True)]
    for i, row in enumerate(LOG):
        placed.append((50, TOP - LINE * i, str(i + 1)))
        placed += [(x, TOP - LINE * i, cell) for x, cell in zip(xs, row, strict=True)]
    page = clean_pages(read_pdf(place_pdf(tmp_path / "sheet.pdf", [placed]), "sheet.pdf").pages)[0]
    headers = [block.cells for block in page.blocks if block.kind == "header"]
    rows = [(block.cells, block.header) for block in page.blocks if block.kind == "row"]
    assert headers == [LOG[0]]
    assert rows == [(row, LOG[0]) for row in LOG[1:]]
