"""A spreadsheet printed to fit the page: ruled columns too narrow for a gap between their cells, and
the sheet's own column letters and row numbers printed round its table."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from ingest.facts.decisions import extract_funding
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


def test_a_deferred_rows_later_approval_dates_it_though_the_sum_before_runs_into_its_cell(
    tmp_path: Path,
) -> None:
    # The "Awarded" column's "0.00", set right against the ruled "Later change" column, is read
    # into that cell's text; the approval it records still dates the row's state.
    header = ("Ref", "Date", "Project", "Asked", "Decision", "Awarded", "Later change", "Final")
    rows = (
        ("W1", "2023-06-14", "Youth boxing", "3,000.00", "Approved", "3,000.00", "", "3,000.00"),
        (
            "W2",
            "2023-06-14",
            "Taxi marshals",
            "900.00",
            "Deferred",
            "0.00",
            "Approved 900.00 by Board 2023-10-04",
            "900.00",
        ),
    )
    xs = (40.0, 80.0, 140.0, 230.0, 280.0, 330.0, 375.0, 540.0)
    placed = [(40.0, 780.0, "Fictional document for software testing. Grants log 2023-24")]
    for i, row in enumerate((header, *rows)):
        for j, (x, cell) in enumerate(zip(xs, row, strict=True)):
            if i and j in (3, 5, 7):  # figures set right in their columns
                end = xs[j + 1] - 4 if j + 1 < len(xs) else 580.0
                x = end - stringWidth(cell, "Helvetica", 10)
            if cell:
                placed.append((x, TOP + 40 - LINE * i, cell))
    walls = [(x - 2, TOP + 40 - LINE * len(rows) - 4, TOP + 52) for x in xs[1:]]
    pdf = read_pdf(place_pdf(tmp_path / "log.pdf", [placed], uprights=[walls]), "log.pdf")
    found = extract_funding("log.pdf", pdf.pages, clean_pages(pdf.pages), "2023-24", "", "minutes")
    assert [(d.item, d.amount, d.outcome, d.date) for d in found] == [
        ("Youth boxing", 3_000, "approved", "2023-06-14"),
        ("Taxi marshals", 900, "approved", "2023-10-04"),
    ]
