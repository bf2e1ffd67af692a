"""A grant tracker exported from a spreadsheet: narrow columns wrap each row's cells onto a second
line, cutting references and dates ("GR24-0" over "3", "12-Mar-" over "24"), and a decision cell
tells one decision after another ("Deferred;" over "approved"). Its funding facts are read from the
rows' lines (`decision_tables.header_table`)."""

from __future__ import annotations

from pathlib import Path

from ingest.facts.decision_tables import _decided
from ingest.facts.decisions import extract_funding
from ingest.facts.periods import first_date
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from ingest.parse.tables import cell_joined
from tests.pdfs import place_pdf

_COLUMNS = (40, 88, 170, 262, 306, 392, 446, 492)
_HEADER = ("Ref", "Applicant", "Project", "Asked (£)", "Decision", "Date", "Awarded", "Status / notes")
_ROWS = (
    (
        ("GR24-0", "Northby Boxing", "Girls' boxing", "7,800", "Deferred;", "12-Mar-", "6,000", "Complete."),
        ("1", "Club", "programme", "", "approved", "24", "", "Deferred 9-Jan-24"),
    ),
    (
        ("GR24-0", "Keel Recovery", "Naloxone peer", "6,800", "Approved;", "02-Apr-", "0", "Withdrawn."),
        ("2", "Trust", "distribution", "", "withdrawn", "24", "", "Nothing paid"),
    ),
    (
        ("GR24-0", "Northby Youth", "Knife crime", "9,000", "Approved 8,000;", "14-May-", "6,500", "Cut: a"),
        ("3", "Justice Service", "workshops", "", "amended", "24", "", "school withdrew"),
    ),
)


def _tracker(path: Path, rows: tuple[tuple[tuple[str, ...], ...], ...] = _ROWS) -> Path:
    placed = [(40, 800, "Northby CSP grant tracker 2023-24 (a fictional document)")]
    placed += [(x, 770, text) for x, text in zip(_COLUMNS, _HEADER, strict=True)]
    y = 750
    for lines in rows:
        for line in lines:
            placed += [(x, y, text) for x, text in zip(_COLUMNS, line, strict=True) if text]
            y -= 12
        y -= 6
    return place_pdf(path, [placed])


def test_a_trackers_rows_give_each_bids_last_decision_and_its_date(tmp_path: Path) -> None:
    path = _tracker(tmp_path / "tracker.pdf")
    pdf = read_pdf(path, path.name)
    found = extract_funding(path.name, pdf.pages, clean_pages(pdf.pages), "2023-24", "", "funding plan")
    assert {(d.item, d.amount, d.outcome, d.previous, d.date) for d in found} == {
        ("Girls' boxing programme", 6_000, "approved", 0.0, "2024-03-12"),
        ("Naloxone peer distribution", 6_800, "withdrawn", 0.0, "2024-04-02"),
        ("Knife crime workshops", 6_500, "amended", 8_000, "2024-05-14"),
    }


def test_a_decision_cell_records_its_last_decision() -> None:
    assert _decided("Deferred; approved") == ("approved", 0.0)
    assert _decided("Declined; revised bid approved") == ("approved", 0.0)
    assert _decided("Approved at £7,000 on 11 June 2024; increased to £9,400") == ("amended", 7_000)
    assert _decided("Award reduced from £12,000 to £10,400; REDUCED") == ("amended", 12_000)
    assert _decided("Approved, subject to monitoring; reported to the Board") == ("approved", 0.0)


def test_a_cut_date_or_reference_goes_on_without_a_space() -> None:
    assert cell_joined("17-May-", "23") == "17-May-23"
    assert cell_joined("CSF23-0", "5") == "CSF23-05"
    assert cell_joined("2024-06-1", "2") == "2024-06-12"
    assert cell_joined("2022-23", "8,705") == "2022-23 8,705"
    assert cell_joined("Harbourside Street", "Pastors") == "Harbourside Street Pastors"
    assert first_date("Approved 17-May-23") == "2023-05-17"
    assert first_date("Date: 2024-06-12") == "2024-06-12"  # a spreadsheet's, year first


# Cut cells whose next line holds only their ends and figures: no word going on in lower case tells it
# is the row above wrapped, and the figures look like a row's own.
_CUT_ONLY = (
    (
        ("GR24-0", "Northby Boxing Club", "Girls' boxing", "7,800", "Approved", "12-Mar-", "6,000", "Done."),
        ("4", "", "", "", "", "24", "", "12-Apr-24"),
    ),
    (
        ("GR24-0", "Keel Recovery Trust", "Naloxone kits", "6,800", "Declined", "02-Apr-", "0", "Closed."),
        ("5", "", "", "5,000 +", "", "24", "", ""),
    ),
)


def test_a_line_finishing_cut_cells_is_the_row_above_wrapped(tmp_path: Path) -> None:
    path = _tracker(tmp_path / "tracker.pdf", _CUT_ONLY)
    rows = [b.cells for page in clean_pages(read_pdf(path, path.name).pages) for b in page.blocks if b.cells]
    assert [(row[0], row[5], row[7]) for row in rows if row[0] != "Ref"] == [
        ("GR24-04", "12-Mar-24", "Done. 12-Apr-24"),
        ("GR24-05", "02-Apr-24", "Closed."),
    ]
