"""Structure kept from parsing to answering: columns read in order, tables as tables, running lines out.

Every PDF is made here, small; page numbers are asserted exactly.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from assistant.answering.units import passage_units
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import Passage
from evals.archive.corvenbridge_minutes import write_minutes_june
from ingest.parse.chunk import chunk_pages
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from ingest.parse.rules import Rule, painted_rules
from tests.pdfs import Placed, make_pdf, place_pdf

LEFT = (
    "The partnership met four times this year and",
    "agreed a new plan for the town centre, which",
    "the board adopted in June after consultation.",
    "Street pastors worked every Friday night and",
    "helped more than two hundred people home.",
)
RIGHT = (
    "Funding for the cameras came from the Police",
    "and Crime Commissioner, who paid for six new",
    "cameras in the market square of Elmbury town.",
    "Youth workers ran sessions in every school",
    "and reached nine hundred pupils in the year.",
)


def _two_column_page() -> list[Placed]:
    placed: list[Placed] = [(50, 790, "Elmbury Community Safety Partnership Annual Report 2023-24")]
    for i, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
        placed += [(50, 750 - 14 * i, left), (310, 750 - 14 * i, right)]
    placed.append((50, 640, "Table 1. Recorded crime"))
    cells = (
        ("Category", "2021-22", "2022-23", "% change"),
        ("Shoplifting", "842", "1,057", "+25.5%"),
        ("Bicycle theft", "187", "203", "+8.6%"),
    )
    for i, row in enumerate(cells):
        placed += [(x, 620 - 16 * i, cell) for x, cell in zip((50, 250, 350, 450), row, strict=True)]
    return placed


def test_two_column_page_is_read_column_by_column_with_its_table_whole(tmp_path: Path) -> None:
    path = place_pdf(tmp_path / "columns.pdf", [_two_column_page()])
    (page,) = clean_pages(read_pdf(path, "columns.pdf").pages)
    assert page.number == 1
    text = " ".join(page.text.split())
    left, right = " ".join(LEFT), " ".join(RIGHT)
    assert left in text and right in text  # each column's sentences whole, not spliced line by line
    assert text.index(left) < text.index(right) < text.index("Table 1. Recorded crime")
    rows = [(b.kind, b.cells, b.header) for b in page.blocks if b.kind in ("header", "row")]
    header = ("Category", "2021-22", "2022-23", "% change")
    assert rows == [
        ("header", header, ()),
        ("row", ("Shoplifting", "842", "1,057", "+25.5%"), header),
        ("row", ("Bicycle theft", "187", "203", "+8.6%"), header),
    ]


FINDINGS = (
    "Violence with injury rose by a tenth in the",
    "year, and most knife crime happened in the",
    "town centre on Friday and Saturday nights.",
    "Domestic abuse crimes reached their highest",
    "level, though fewer were repeat offences.",
    "Anti-social behaviour fell in every ward but",
    "two, where residents said it was their worry.",
)
RECOMMENDATIONS = (
    ("Rec. 1", "Widen the domestic abuse", "Safety Forum"),
    ("", "priority to every kind of", ""),
    ("", "violence against women.", ""),
    ("Rec. 2", "Receive hospital data on", "Care Board"),
    ("", "assaults by March 2025.", ""),
)


def _findings_beside_recommendations(across: bool) -> tuple[list[Placed], list[tuple[float, float, float]]]:
    """Findings in prose in the left column, recommendations in a ruled table in the right one; its
    rules within that column, or (`across`) run over the gutter as a table across the page has them."""
    placed: list[Placed] = [(50, 770, "7 Findings"), (310, 770, "8 Recommendations")]
    placed += [(50, 750 - 14 * i, line) for i, line in enumerate(FINDINGS)]
    for i, row in enumerate(RECOMMENDATIONS):
        placed += [(x, 750 - 14 * i, cell) for x, cell in zip((310, 350, 480), row, strict=True) if cell]
    start = 50 if across else 305
    return placed, [(start, 560, y) for y in (762, 721, 679)]


def test_a_table_ruled_within_the_right_column_is_read_after_the_prose_beside_it(tmp_path: Path) -> None:
    placed, rules = _findings_beside_recommendations(across=False)
    path = place_pdf(tmp_path / "findings.pdf", [placed], rules=[rules])
    (page,) = clean_pages(read_pdf(path, "findings.pdf").pages)
    text = " ".join(page.text.split())
    findings = " ".join(FINDINGS)
    assert findings in text  # the findings whole, not spliced with the table's cells line by line
    assert text.index(findings) < text.index("Rec. 1") < text.index("Rec. 2")
    assert "Rec. 2 Receive hospital data on Care Board" in [
        " ".join(line.split()) for line in page.text.splitlines()
    ]


def test_the_same_lines_ruled_across_the_gutter_are_one_table(tmp_path: Path) -> None:
    placed, rules = _findings_beside_recommendations(across=True)
    path = place_pdf(tmp_path / "across.pdf", [placed], rules=[rules])
    (page,) = clean_pages(read_pdf(path, "across.pdf").pages)
    lines = [" ".join(line.split()) for line in page.text.splitlines()]
    assert f"{FINDINGS[0]} Rec. 1 Widen the domestic abuse Safety Forum" in lines  # read across, as drawn


def test_painted_rules_are_placed_by_the_current_matrix_and_a_clip_is_none() -> None:
    operations = [
        ([], b"q"),
        ([1, 0, 0, 1, 100, 20], b"cm"),
        ([0, 0, 200, 0.5], b"re"),
        ([], b"f"),
        ([0, 50, 300, 10], b"re"),
        ([], b"W"),
        ([], b"n"),
        ([], b"Q"),
        ([10, 700], b"m"),
        ([15, 700], b"l"),  # a tick, too short for a rule
        ([], b"S"),
        ([10, 600], b"m"),
        ([300, 600], b"l"),
        ([], b"S"),
    ]
    assert painted_rules(operations) == [Rule(100.0, 300.0, 20.0, 20.5), Rule(10.0, 300.0, 600.0, 600.0)]


SIDEBAR = ("At a glance", "**9,862** crimes", "8 projects funded", "**Chair:** Cllr Ann", "Vale, Ortonbury")
MAIN = (
    "The alliance is the community safety partnership",
    "for the district, and its board meets quarterly",
    "at the Guildhall and the Town Hall in turn. The",
    "responsible authorities on the board are these:",
)


def test_a_narrow_sidebar_beside_bulleted_text_is_read_as_its_own_column(tmp_path: Path) -> None:
    # The bullet glyphs stand in a column of their own left of the items: no gutter, a sidebar is.
    placed: list[Placed] = [(50, 790, "Alliance Annual Report 2024/25")]
    placed += [(160, 750 - 14 * i, line) for i, line in enumerate(MAIN)]
    for i, item in enumerate(("District Council", "County Police", "Fire and Rescue Service")):
        placed += [(160, 680 - 14 * i, "\u2022"), (172, 680 - 14 * i, item)]
    placed += [(50, 750 - 14 * i, line) for i, line in enumerate(SIDEBAR)]
    path = place_pdf(tmp_path / "sidebar.pdf", [placed])
    (page,) = clean_pages(read_pdf(path, "sidebar.pdf").pages)
    text = " ".join(page.text.split())
    sidebar = " ".join(SIDEBAR).replace("**", "")  # a bold figure or label and its words stay apart
    assert sidebar in text and " ".join(MAIN) in text  # neither spliced into the other
    bullets = [b.text for b in page.blocks if b.kind == "bullet"]
    assert bullets == ["District Council", "County Police", "Fire and Rescue Service"]


def test_a_left_columns_longer_line_below_the_right_column_stays_in_the_left_column(tmp_path: Path) -> None:
    # The gap is placed just past the left column's lines beside the right one; a longer line of the
    # left column further down runs into that gap but not to the right column.
    placed: list[Placed] = [(50, 790, "Fictional document for software testing. Annual Report")]
    placed += [(50, 750 - 14 * i, line) for i, line in enumerate(LEFT)]
    placed += [(320, 750 - 14 * i, line) for i, line in enumerate(RIGHT[:4])]
    longer = "and the partnership set a new target for next year."
    placed += [(50, 750 - 14 * len(LEFT), longer), (50, 736 - 14 * len(LEFT), "That is all.")]
    (page,) = clean_pages(read_pdf(place_pdf(tmp_path / "ragged.pdf", [placed]), "ragged.pdf").pages)
    text = " ".join(page.text.split())
    assert " ".join((*LEFT, longer, "That is all.", *RIGHT[:4])) in text


def test_a_rule_down_the_page_between_columns_parts_them_beside_a_table_of_figures(tmp_path: Path) -> None:
    # The left column's table sets its figures at the column's right edge: the gap before them
    # holds text both sides on more lines than the gap between the columns, but the rule drawn
    # down the page says where the columns part.
    placed: list[Placed] = [(50, 790, "Fictional document for software testing. Annual Report")]
    placed += [(50, 760 - 14 * i, line) for i, line in enumerate(LEFT[:2])]
    money = (
        ("Commissioner's grant", "41,200"),
        ("District Council", "18,000"),
        ("Brought forward", "6,310"),
    )
    money += (("Available", "65,510"), ("Final awards", "52,880"), ("Carried forward", "12,630"))
    for i, (label, figure) in enumerate(money):
        placed += [(60, 732 - 14 * i, label), (240, 732 - 14 * i, figure)]
    placed += [(320, 760 - 14 * i, line) for i, line in enumerate(RIGHT)]
    placed += [(320, 690 - 14 * i, line) for i, line in enumerate(LEFT[2:])]
    path = place_pdf(tmp_path / "ruled.pdf", [placed], uprights=[[(300, 80, 780)]])
    (page,) = clean_pages(read_pdf(path, "ruled.pdf").pages)
    text = " ".join(page.text.split())
    assert " ".join((*RIGHT, *LEFT[2:])) in text
    assert [b.cells for b in page.blocks if b.kind == "row"][:2] == [money[0], money[1]]


FIGURES = ("48,200", "people in the borough", "£96,400", "in the fund this year", "3", "priorities from 2021")
BESIDE = (
    "About us",
    "The partnership brings the council, the police and the fire",
    "service together with health, probation and the voluntary",
    "sector to cut crime and disorder across the borough.",
    "Our priorities",
    "Priority 1: Violence against women",
    "Priority 2: Anti-social behaviour",
    "Priority 3: Exploitation",
)


def test_key_figures_in_a_sidebar_whose_gap_lies_past_a_quarter_are_read_as_their_own_column(
    tmp_path: Path,
) -> None:
    # The sidebar's longest line ends short of a quarter of the text's width; the gap beside it runs on
    # past it, and the main column's headings keep its lines' average reach short.
    placed: list[Placed] = [(50, 790, "Partnership Annual Report 2024/25")]
    placed += [(50, 750 - 14 * i, line) for i, line in enumerate(FIGURES)]
    placed += [(200, 750 - 14 * i, line) for i, line in enumerate(BESIDE)]
    path = place_pdf(tmp_path / "figures.pdf", [placed])
    (page,) = clean_pages(read_pdf(path, "figures.pdf").pages)
    text = " ".join(page.text.split())
    assert " ".join(FIGURES) in text and " ".join(BESIDE) in text  # neither spliced into the other


BUDGET = (
    ("Community Safety Fund 2025-26", "£k"),
    ("Police and Crime Commissioner grant", "50.0"),
    ("District Council", "6.0"),
    ("Drawn from the reserve", "5.0"),
    ("Total available", "61.0"),
    ("Awarded", "48.8"),
    ("Not allocated: returned to the reserve", "12.2"),
)


def test_a_table_of_labels_and_figures_is_no_pair_of_columns(tmp_path: Path) -> None:
    # Each side of its gap is one short piece a line, as wrapped prose is; but one side is figures.
    placed: list[Placed] = [(50, 790, "Table 3. Budget (£ thousands)")]
    for i, (label, figure) in enumerate(BUDGET):
        placed += [(60, 760 - 24 * i, label), (420, 760 - 24 * i, figure)]
    placed.append((50, 580, "Table 4. Quarterly scorecard"))
    for i, row in enumerate((("Measure", "Q1", "Q2", "Year"), ("ASB incidents", "1,102", "1,148", "4,020"))):
        placed += [(x, 560 - 16 * i, cell) for x, cell in zip((60, 300, 380, 460), row, strict=True)]
    path = place_pdf(tmp_path / "budget.pdf", [placed])
    (page,) = clean_pages(read_pdf(path, "budget.pdf").pages)
    lines = [" ".join(line.split()) for line in page.text.splitlines() if line.strip()]
    for label, figure in BUDGET:
        assert f"{label} {figure}" in lines  # each label beside its figure, not a column of figures after
    assert lines.index("Not allocated: returned to the reserve 12.2") < lines.index(
        "Table 4. Quarterly scorecard"
    )


def test_a_column_of_one_word_ratings_beside_figures_is_no_column_of_prose(tmp_path: Path) -> None:
    # Labels wrapping as prose; right of them short figures and a rating, one word a row: with the
    # figures too short to count, the ratings alone read as a column of single pieces.
    rows = [
        ("Domestic abuse and violence against", ("5", "4", "4", "4", "17", "Red")),
        ("women and girls", ()),
        ("Serious violence and knife crime", ("5", "2", "5", "4", "16", "Red")),
        ("Anti-social behaviour (town centre and", ("3", "5", "2", "5", "15", "Red")),
        ("rural)", ()),
        ("Drug-related harm and county lines", ("4", "3", "3", "3", "13", "Amber")),
        ("Shoplifting and retail crime", ("2", "4", "5", "3", "14", "Amber")),
        ("Adult reoffending", ("3", "3", "2", "2", "10", "Green")),
        ("Residential burglary", ("3", "2", "1", "2", "8", "Green")),
    ]
    columns = (278, 334, 374, 436, 487, 504)
    placed: list[Placed] = [(70, 790, "Table 5: Risk scoring matrix")]
    header = ("Harm", "Prevalence", "Trend", "Community", "Score", "Rating")
    heads = (259, 291, 354, 392, 458, 504)  # set over their columns, not where the figures start
    placed += [(80, 770, "Issue"), *zip(heads, [770] * 6, header, strict=True)]
    for i, (label, cells) in enumerate(rows):
        y = 750 - 12 * i
        placed += [(80, y, label), *((x, y, cell) for x, cell in zip(columns, cells, strict=False))]
    (page,) = clean_pages(read_pdf(place_pdf(tmp_path / "risk.pdf", [placed]), "risk.pdf").pages)
    lines = [" ".join(line.split()) for line in page.text.splitlines() if line.strip()]
    assert "Shoplifting and retail crime 2 4 5 3 14 Amber" in lines
    assert "Residential burglary 3 2 1 2 8 Green" in lines


def test_a_sideways_landscape_page_reads_upright(tmp_path: Path) -> None:
    rows = [(50, 500, "Funding awarded (amounts in £k)")]
    for i, (project, amount) in enumerate((("Street Pastors", "4.5"), ("Farm Watch", "7.2"))):
        rows += [(50, 470 - 16 * i, project), (600, 470 - 16 * i, amount)]
    path = place_pdf(tmp_path / "turned.pdf", [[(50, 790, "Portrait page one.")], rows], turned=[1])
    pages = read_pdf(path, "turned.pdf").pages
    assert [p.number for p in pages] == [1, 2]
    lines = [" ".join(line.split()) for line in pages[1].text.splitlines() if line.strip()]
    assert lines == ["Funding awarded (amounts in £k)", "Street Pastors 4.5", "Farm Watch 7.2"]


CRIME = (
    ("Violence with injury", "1,512", "1,604", "+92", "+6.1%"),
    ("Robbery", "88", "97", "+9", "+10.2%"),
    ("Residential burglary", "512", "389", "-123", "-24.0%"),
    ("Vehicle offences", "701", "655", "-46", "-6.6%"),
    ("Theft from the person", "119", "144", "+25", "+21.0%"),
    ("Bicycle theft", "187", "203", "+16", "+8.6%"),
    ("Shoplifting", "842", "1,057", "+215", "+25.5%"),
)
CRIME_HEADER = ("Crime category", "2021-22", "2022-23", "Change", "% change")
YEARS_HEADER = ("Year", "Burglary", "Rural crime", "Shoplifting")
YEARS = (("2019-20", "270", "156", "251"), ("2020-21", "214", "188", "172"), ("2021-22", "231", "204", "219"))


def _table(rows: tuple[tuple[str, ...], ...], top: float, xs: tuple[float, ...]) -> list[Placed]:
    return [(x, top - 18 * i, cell) for i, row in enumerate(rows) for x, cell in zip(xs, row, strict=True)]


def _assessment(path: Path) -> Path:
    """Three pages: a crime table continued on page 2 under its repeated header; years as rows on page 3."""
    xs = (50, 250, 330, 410, 490)
    page1: list[Placed] = [
        (50, 790, "Elmbury Strategic Assessment 2023"),
        (50, 760, "Recorded crime rose in most categories over the two years."),
        (50, 730, "Table 1. Recorded crime by category"),
        *_table((CRIME_HEADER, *CRIME[:4]), 700, xs),
    ]
    page2: list[Placed] = [*_table((CRIME_HEADER, *CRIME[4:]), 790, xs)]
    page2 += [
        (50, 600, "Neighbourhood crime is burglary, robbery, vehicle offences and theft from the person.")
    ]
    page3: list[Placed] = [
        (50, 790, "Rural trends"),
        (50, 760, "Table 2. Crime by financial year in the rural district"),
        *_table((YEARS_HEADER, *YEARS), 730, (50, 200, 320, 440)),
    ]
    return place_pdf(path, [page1, page2, page3])


def test_a_table_continued_over_a_page_keeps_its_header_and_is_not_read_twice(tmp_path: Path) -> None:
    pages = clean_pages(read_pdf(_assessment(tmp_path / "sa.pdf"), "sa.pdf").pages)
    assert [p.number for p in pages] == [1, 2, 3]
    tables = {p.number: [b for b in p.blocks if b.kind in ("header", "row")] for p in pages}
    assert [b.kind for b in tables[2]] == ["header", "row", "row", "row"]  # the repeated header is no data
    assert [(b.cells, b.header) for b in tables[2][1:]] == [(row, CRIME_HEADER) for row in CRIME[4:]]
    assert [(b.cells, b.header) for b in tables[3][1:]] == [(row, YEARS_HEADER) for row in YEARS]
    chunks = chunk_pages("sa.pdf", pages)
    page2 = next(c for c in chunks if c.page == 2)
    # Rows are indexed with their label and column headers; the chunk text stays the page's text.
    assert "Theft from the person — 2021-22: 119; 2022-23: 144; Change: +25; % change: +21.0%" in (
        page2.search_text
    )
    assert "Theft from the person\t119\t144\t+25\t+21.0%" in page2.text.split("\n")
    assert page2.kinds[:2] == ("header", "row")


def test_a_table_without_its_header_on_the_next_page_keeps_the_header(tmp_path: Path) -> None:
    xs = (50, 250, 330, 410, 490)
    first = [(50, 790, "Table 1. Recorded crime by category"), *_table((CRIME_HEADER, *CRIME[:4]), 760, xs)]
    second = [*_table(CRIME[4:], 790, xs), (50, 600, "Source: police recorded crime.")]
    pages = clean_pages(read_pdf(place_pdf(tmp_path / "t.pdf", [first, second]), "t.pdf").pages)
    rows = [b for b in pages[1].blocks if b.kind == "row"]
    assert [(b.cells, b.header) for b in rows] == [(row, CRIME_HEADER) for row in CRIME[4:]]


@pytest.fixture(scope="module")
def tables_assistant(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    root = tmp_path_factory.mktemp("tables")
    settings = Settings(corpus_dir=root / "corpus", data_dir=root / "data")
    _assessment(settings.corpus_dir / "elmbury-assessment-2023.pdf")
    helper = Assistant.open(settings, model)
    helper.ingest()
    return helper


def test_a_cell_is_answered_from_row_and_column_of_a_continued_table(tables_assistant: Assistant) -> None:
    answer = tables_assistant.ask("What was the percentage change in theft from the person?")
    assert not answer.abstained
    assert "+21.0%" in answer.text and "Theft from the person" in answer.text
    first = answer.citations[0]
    assert (first.document, first.page) == ("elmbury-assessment-2023.pdf", 2)
    # The quote is the row as printed, under the header row repeated on that page.
    assert first.quote.split("\n")[:2] == [
        "Crime category\t2021-22\t2022-23\tChange\t% change",
        "Theft from the person\t119\t144\t+25\t+21.0%",
    ]


def test_a_cell_of_a_table_with_years_as_rows(tables_assistant: Assistant) -> None:
    answer = tables_assistant.ask("How many burglaries were recorded in 2020-21 in the rural district?")
    assert not answer.abstained
    assert "2020-21 — Burglary: 214" in answer.text
    first = answer.citations[0]
    assert first.page == 3
    assert "2020-21\t214\t188\t172" in first.quote.split("\n")


def test_a_question_comparing_periods_gets_both_figures(tables_assistant: Assistant) -> None:
    answer = tables_assistant.ask("How did shoplifting change between 2021-22 and 2022-23?")
    assert not answer.abstained
    assert "2021-22: 842" in answer.text and "2022-23: 1,057" in answer.text
    assert answer.citations[0].page == 2


def test_a_column_of_years_answers_a_change_since_a_year(tables_assistant: Assistant) -> None:
    answer = tables_assistant.ask("How much has rural crime gone up in the rural district since 2019-20?")
    assert not answer.abstained
    assert "Rural crime — 2019-20: 156; 2020-21: 188; 2021-22: 204" in answer.text
    assert answer.citations[0].page == 3


MINUTES = (
    ("Item 1 Apologies were received from the fire service.", "Item 2 The minutes were agreed."),
    ("Item 3 The board agreed to fund the cameras at £3,400.", "Item 4 The police update was noted."),
    ("Item 5 The next meeting is on 11 June 2024.", "Item 6 There was no other business."),
)


@pytest.mark.parametrize(
    "running",
    [
        "Board minutes, 12 March 2024   Page {n} of 3",
        "Elmbury Board minutes | {n} of 3",
        "- {n} -",
        "Elmbury Board minutes 12 March 2024    page {n}",
    ],
)
def test_a_three_page_documents_running_header_is_removed(tmp_path: Path, running: str) -> None:
    pages = [
        [(50, 800, running.format(n=n)), (50, 740, a), (50, 720, b)] for n, (a, b) in enumerate(MINUTES, 1)
    ]
    path = place_pdf(tmp_path / "minutes.pdf", pages)
    cleaned = clean_pages(read_pdf(path, "minutes.pdf").pages)
    assert [(p.number, p.text) for p in cleaned] == [(n, f"{a}\n{b}") for n, (a, b) in enumerate(MINUTES, 1)]
    chunks = chunk_pages("minutes.pdf", cleaned)
    assert [(c.page, c.text) for c in chunks] == [(n, f"{a}\n{b}") for n, (a, b) in enumerate(MINUTES, 1)]


def test_a_two_page_documents_numbered_running_line_is_removed_but_body_numbers_stay(tmp_path: Path) -> None:
    pages = [
        [(50, 800, f"Elmbury Board 12.03.24 — {n}"), (50, 740, f"The board agreed action {n}.")]
        for n in (1, 2)
    ]
    cleaned = clean_pages(read_pdf(place_pdf(tmp_path / "two.pdf", pages), "two.pdf").pages)
    assert [(p.number, p.text) for p in cleaned] == [
        (1, "The board agreed action 1."),
        (2, "The board agreed action 2."),
    ]


def test_a_sheet_number_at_the_foot_of_a_two_page_document_is_removed(tmp_path: Path) -> None:
    pages = [[(50, 740, f"The board agreed action {n}."), (450, 40, f"sheet {n} of 2")] for n in (1, 2)]
    cleaned = clean_pages(read_pdf(place_pdf(tmp_path / "two.pdf", pages), "two.pdf").pages)
    assert [(p.number, p.text) for p in cleaned] == [
        (1, "The board agreed action 1."),
        (2, "The board agreed action 2."),
    ]


def test_a_landscape_footer_with_its_page_as_p_n_of_m_is_removed(tmp_path: Path) -> None:
    # The footer's parts sit far apart across a landscape page: its layout line is long with gaps.
    pages = [
        [(50, 500, f"The board agreed action {n}."), (40, 30, "Elmbury CSP   17 May"), (760, 30, f"p. {n}/2")]
        for n in (1, 2)
    ]  # fmt: skip
    cleaned = clean_pages(
        read_pdf(place_pdf(tmp_path / "two.pdf", pages, size=landscape(A4)), "two.pdf").pages
    )
    assert [(p.number, p.text) for p in cleaned] == [
        (1, "The board agreed action 1."),
        (2, "The board agreed action 2."),
    ]


def test_a_footer_with_a_reference_and_a_zero_padded_page_number_is_removed(tmp_path: Path) -> None:
    # "Ref: .../GOV/01 v1.0 ... of 04 ... 01": the page number set in a disc, padded to two figures;
    # the reference's own "01" is not the page's number.
    pages = [
        [(50, 740, f"The board agreed action {n}."), (50, 40, "Ref: TSP/GOV/01 v1.0"), (470, 40, "of 04"),
         (520, 40, f"{n:02d}")]
        for n in (1, 2, 3, 4)
    ]  # fmt: skip
    cleaned = clean_pages(read_pdf(place_pdf(tmp_path / "four.pdf", pages), "four.pdf").pages)
    expected = [(n, f"The board agreed action {n}.") for n in (1, 2, 3, 4)]
    assert [(p.number, p.text) for p in cleaned] == expected


def test_a_footer_whose_page_mark_heads_its_second_part_is_removed(tmp_path: Path) -> None:
    # "NCSP/SIA/22 final v2   Page 2/3 · Strategic Assessment 2022": a reference, then the page mark
    # before the title, far apart on the line.
    pages = [
        [(50, 740, f"The board agreed action {n}."), (40, 30, "NCSP/SIA/22 final v2"),
         (330, 30, f"Page {n}/3 · Strategic Assessment 2022")]
        for n in (1, 2, 3)
    ]  # fmt: skip
    cleaned = clean_pages(read_pdf(place_pdf(tmp_path / "three.pdf", pages), "three.pdf").pages)
    assert [(p.number, p.text) for p in cleaned] == [(n, f"The board agreed action {n}.") for n in (1, 2, 3)]


def test_a_totals_row_starting_under_the_names_is_a_row_of_its_own(tmp_path: Path) -> None:
    # "Total" set under the projects' column, after a project whose name wraps: its sums are not the
    # project's ("£640 £63,590" was read as the last project's award).
    placed = [(50, 760, "Fictional document for software testing. Table 3: awards")]
    placed += [(50, 730, "Ref"), (120, 730, "Project"), (330, 730, "First"), (420, 730, "Final")]
    placed += [(50, 712, "G1"), (120, 712, "Neighbourhood Watch"), (330, 712, "£900"), (420, 712, "£900")]
    placed += [(50, 696, "G2"), (120, 696, "Marshfield signs for"), (330, 696, "£640"), (420, 696, "£640")]
    placed += [(120, 684, "the village"), (120, 668, "Total"), (330, 668, "£1,540"), (420, 668, "£1,540")]
    cleaned = clean_pages(read_pdf(place_pdf(tmp_path / "t.pdf", [placed]), "t.pdf").pages)
    rows = [b.cells for b in cleaned[0].blocks if b.kind == "row" and b.cells]
    assert rows == [
        ("G1", "Neighbourhood Watch", "£900", "£900"),
        ("G2", "Marshfield signs for the village", "£640", "£640"),
        ("", "Total", "£1,540", "£1,540"),
    ]


def test_a_table_of_more_columns_set_right_under_a_two_column_one_has_its_own_header(tmp_path: Path) -> None:
    # Action notes open with "Date | ..." and "Venue | ..." and go straight on to the items' table.
    placed = [(50, 760, "Fictional document for software testing. Action notes")]
    placed += [
        (50, 730, "Date"),
        (150, 730, "12/05/24, 2.00 pm"),
        (50, 714, "Venue"),
        (150, 714, "Civic Hall"),
    ]
    for i, row in enumerate((("No.", "Item", "Outcome", "Lead"), ("1", "Welcome", "Noted.", "AB"))):
        placed += [(x, 696 - 16 * i, cell) for x, cell in zip((50, 100, 250, 400), row, strict=True)]
    placed += [
        (x, 664, cell) for x, cell in zip((50, 100, 250, 400), ("2", "Budget", "Agreed.", "CD"), strict=True)
    ]
    cleaned = clean_pages(read_pdf(place_pdf(tmp_path / "t.pdf", [placed]), "t.pdf").pages)
    headers = [b.cells for b in cleaned[0].blocks if b.kind == "header"]
    rows = [(b.cells, b.header) for b in cleaned[0].blocks if b.kind == "row" and len(b.cells) == 4]
    assert headers[-1] == ("No.", "Item", "Outcome", "Lead")
    assert rows == [
        (("1", "Welcome", "Noted.", "AB"), headers[-1]),
        (("2", "Budget", "Agreed.", "CD"), headers[-1]),
    ]


def test_a_header_of_two_levels_names_its_columns_by_the_lower(tmp_path: Path) -> None:
    # Group names over groups of columns ("Recorded offences" over three years): the lower row is
    # the header the data rows stand under; a group's name joins only the column it stands over.
    top = [(50, 760, "Fictional document for software testing. Table 1: offences")]
    head = [(290, 730, "Recorded offences"), (455, 730, "Rate per 1,000"), (50, 716, "Offence group")]
    head += [(x, 716, year) for x, year in ((250, "2020"), (310, "2021"), (370, "2022"), (470, "2022"))]
    rows = [("Robbery", "61", "58", "74", "0.6"), ("Shoplifting", "512", "604", "779", "6.6")]
    placed = [
        (x, 702 - 14 * at, cell)
        for at, row in enumerate(rows)
        for x, cell in zip((50, 250, 310, 370, 470), row, strict=True)
    ]
    path = place_pdf(tmp_path / "sia.pdf", [top + head + placed])
    blocks = clean_pages(read_pdf(path, path.name).pages)[0].blocks
    data = [b for b in blocks if b.kind == "row"]
    assert [b.cells for b in data] == list(rows)
    assert data[0].header == (
        "Offence group",
        "2020",
        "Recorded offences 2021",
        "2022",
        "Rate per 1,000 2022",
    )
    assert [b.kind for b in blocks[1:3]] == ["header", "header"]
    # A caption set over the labels' column names no group.
    captioned = [(50, 730, "A"), (120, 730, "Appendix A: offences by year"), *head[2:]]
    path = place_pdf(tmp_path / "appendix.pdf", [top + captioned + placed])
    data = [b for b in clean_pages(read_pdf(path, path.name).pages)[0].blocks if b.kind == "row"]
    assert data[0].header == ("Offence group", "2020", "2021", "2022", "2022")


def test_a_short_documents_body_line_with_a_number_is_kept(tmp_path: Path) -> None:
    lines = [[f"Item {n} was discussed at length.", f"The board agreed action {n}."] for n in (1, 2, 3)]
    cleaned = clean_pages(read_pdf(make_pdf(tmp_path / "m.pdf", lines), "m.pdf").pages)
    assert [p.text for p in cleaned] == [
        f"Item {n} was discussed at length. The board agreed action {n}." for n in (1, 2, 3)
    ]


def test_a_wrapped_cell_joins_its_row(tmp_path: Path) -> None:
    xs = (50, 250, 420)
    placed: list[Placed] = [
        (50, 790, "Funding approved"),
        *_table(
            (
                ("Project", "Lead organisation", "Award"),
                ("Street Pastors patrols", "Churches Together", "£6,500"),
            ),
            760,
            xs,
        ),
        (50, 724, "Safe at Home support"),
        (250, 724, "Harbour Lane Domestic Abuse"),
        (420, 724, "£5,000"),
        (250, 712, "Service"),
        (50, 694, "Target hardening for repeat"),
        (250, 694, "Borough Council"),
        (420, 694, "£11,200"),
        (50, 682, "burglary victims"),
    ]
    (page,) = clean_pages(read_pdf(place_pdf(tmp_path / "wrapped.pdf", [placed]), "wrapped.pdf").pages)
    rows = [b.cells for b in page.blocks if b.kind == "row" and b.cells]
    assert rows == [
        ("Street Pastors patrols", "Churches Together", "£6,500"),
        ("Safe at Home support", "Harbour Lane Domestic Abuse Service", "£5,000"),
        ("Target hardening for repeat burglary victims", "Borough Council", "£11,200"),
    ]
    # The wrapped lines stay page text, as rows without cells of their own.
    assert [b.text for b in page.blocks if b.kind == "row" and not b.cells] == ["Service", "burglary victims"]


def test_a_row_wrapped_in_every_column_at_once_is_one_row(tmp_path: Path) -> None:
    xs = (50, 220, 400)
    placed: list[Placed] = [
        (50, 790, "Our priorities"),
        *_table((("Priority", "Lead group", "Measures"),), 760, xs),
        (50, 746, "1. Serious violence and knife"),
        (220, 746, "Serious Violence"),
        (400, 746, "Hospital admissions for"),
        (50, 734, "crime"),
        (220, 734, "Duty Group"),
        (400, 734, "assault with a sharp object"),
        (50, 722, "2. Shop theft"),
        (220, 722, "Business Crime Group"),
        (400, 722, "Offences reported"),
        (50, 710, "Town Centre Wardens"),
        (220, 710, "Wardens Group"),
        (400, 710, "Patrols"),
    ]
    (page,) = clean_pages(read_pdf(place_pdf(tmp_path / "wrapped.pdf", [placed]), "wrapped.pdf").pages)
    rows = [b.cells for b in page.blocks if b.kind == "row" and b.cells]
    assert rows == [
        ("Priority", "Lead group", "Measures"),  # a header over no figures reads as a row
        (
            "1. Serious violence and knife crime",
            "Serious Violence Duty Group",
            "Hospital admissions for assault with a sharp object",
        ),
        ("2. Shop theft", "Business Crime Group", "Offences reported"),
        ("Town Centre Wardens", "Wardens Group", "Patrols"),  # a capital opens a row of its own
    ]


def test_a_line_under_a_row_with_no_figure_in_its_figure_column_is_that_row_wrapped(tmp_path: Path) -> None:
    xs = (50, 250, 420)
    placed: list[Placed] = [
        (50, 790, "Awards from the fund"),
        *_table((("Project", "Lead organisation", "Award"),), 760, xs),
        (50, 742, "Independent Domestic Violence"),
        (250, 742, "Saltings Domestic Abuse"),
        (420, 742, "£18,000"),
        (50, 730, "Adviser (half-time post)"),
        (250, 730, "Service"),
        (50, 712, "Rookhaven mediation"),
        (250, 712, "Tidewater Mediation"),
        (420, 712, "£8,400"),
    ]
    (page,) = clean_pages(read_pdf(place_pdf(tmp_path / "awards.pdf", [placed]), "awards.pdf").pages)
    rows = [b.cells for b in page.blocks if b.kind == "row" and b.cells]
    assert rows == [
        (
            "Independent Domestic Violence Adviser (half-time post)",
            "Saltings Domestic Abuse Service",
            "£18,000",
        ),
        ("Rookhaven mediation", "Tidewater Mediation", "£8,400"),
    ]


def test_a_line_carrying_on_a_rows_words_in_lower_case_is_that_row_wrapped(tmp_path: Path) -> None:
    xs = (50, 220, 400)
    placed: list[Placed] = [
        (50, 790, "Membership"),
        *_table((("Organisation", "Represented by", "Status"),), 760, xs),
        (50, 746, "Elmbury Fire and"),
        (220, 746, "Group Manager"),
        (400, 746, "Responsible"),
        (50, 734, "Rescue Service"),
        (220, 734, "Cal Yardley"),
        (400, 734, "authority"),
        (50, 716, "R3"),
        (220, 716, "fund a second adviser"),
        (400, 716, "Agreed"),
    ]
    (page,) = clean_pages(read_pdf(place_pdf(tmp_path / "members.pdf", [placed]), "members.pdf").pages)
    rows = [b.cells for b in page.blocks if b.kind == "row" and b.cells]
    assert rows == [
        ("Organisation", "Represented by", "Status"),
        ("Elmbury Fire and Rescue Service", "Group Manager Cal Yardley", "Responsible authority"),
        ("R3", "fund a second adviser", "Agreed"),  # a row with a code of its own is no wrapped line
    ]


def test_a_table_set_right_under_another_gets_its_own_header(tmp_path: Path) -> None:
    lines = [
        "Money",
        "",
        "Scheme | Delivered by | Priority | £k",
        "Farm Watch cameras | Rural Crime Team | Rural crime | 6.8",
        "Stop Hate workshops | Youth Theatre | Hate crime | 5",
        "Total | | | 11.8",
        "Budget summary 2021/22 | £",
        "Commissioner's grant | £30,000",
        "Grants committed | £11,800",
    ]
    (page,) = clean_pages(read_pdf(make_pdf(tmp_path / "r.pdf", [lines]), "r.pdf").pages)
    table = [(b.kind, b.cells, b.header) for b in page.blocks if b.kind in ("header", "row")]
    grants = ("Scheme", "Delivered by", "Priority", "£k")
    assert table[0] == ("header", grants, ())
    assert table[3] == ("row", ("Total", "", "", "11.8"), grants)
    assert table[4] == ("header", ("Budget summary 2021/22", "£"), ())
    assert table[5:] == [
        ("row", ("Commissioner's grant", "£30,000"), ("Budget summary 2021/22", "£")),
        ("row", ("Grants committed", "£11,800"), ("Budget summary 2021/22", "£")),
    ]


def test_a_heading_set_tight_above_its_paragraph_heads_its_chunk(tmp_path: Path) -> None:
    lines = [
        "Night-time taxi marshals",
        "Marshals worked the Corn Exchange rank on 34 Saturday nights between October and March.",
        "Queues that used to end in fights now clear in under twenty minutes.",
    ]
    pages = clean_pages(read_pdf(make_pdf(tmp_path / "t.pdf", [lines]), "t.pdf").pages)
    assert [(b.kind, b.text) for b in pages[0].blocks] == [
        ("heading", lines[0]),
        ("para", f"{lines[1]} {lines[2]}"),
    ]
    (chunk,) = chunk_pages("t.pdf", pages)
    assert (chunk.heading, chunk.page, chunk.text) == (lines[0], 1, f"{lines[1]} {lines[2]}")


@pytest.mark.parametrize(
    "lines",
    [
        # A wrapped sentence: its next line does not open a sentence.
        [
            "The board met in March",
            "and agreed the budget for the coming year, with two abstentions and a vote.",
        ],
        # A caption over a table stays with its table.
        [
            "Recorded crime by year",
            "Table 1. Recorded offences by category and financial year",
            "Year | Violence | Burglary",
            "2021/22 | 3,655 | 297",
        ],
    ],
)
def test_a_short_first_line_that_heads_no_prose_stays_in_its_paragraph(
    tmp_path: Path, lines: list[str]
) -> None:
    (page,) = clean_pages(read_pdf(make_pdf(tmp_path / "p.pdf", [lines]), "p.pdf").pages)
    assert page.blocks[0].text == f"{lines[0]} {lines[1]}"


def test_a_header_cell_wrapped_with_its_next_line_set_to_the_right_keeps_the_header(tmp_path: Path) -> None:
    title = [(60, 740, "3.1 Recorded crime by offence category, 2021 to 2022")]
    header = [
        (60, 700, "Offence category"),
        (250, 700, "2021"),
        (310, 700, "2022"),
        (380, 700, "Change 2022 to"),
    ]
    wrapped = [(430, 688, "2023")]  # set under the end of "Change 2022 to", not under its start
    rows = [
        (60, 672, "Homicide"), (250, 672, "2"), (310, 672, "1"), (390, 672, "-1"),
        (60, 656, "Residential burglary"), (250, 656, "488"), (310, 656, "451"), (390, 656, "-37"),
    ]  # fmt: skip
    after = [(60, 620, "Burglary fell for a second year, and homicide stayed rare in the borough.")]
    path = place_pdf(tmp_path / "assessment.pdf", [[*title, *header, *wrapped, *rows, *after]])
    blocks = clean_pages(read_pdf(path, path.name).pages)[0].blocks
    assert [b.kind for b in blocks] == ["heading", "header", "header", "row", "row", "para"]
    assert blocks[4].cells == ("Residential burglary", "488", "451", "-37")
    assert blocks[4].header == ("Offence category", "2021", "2022", "Change 2022 to 2023")


def test_a_name_signed_over_its_role_is_one_paragraph_saying_who_holds_it(
    tmp_path: Path, model: Embeddings
) -> None:
    """A foreword signed "Councillor Priya Venkatesan" over "Chair, <partnership>, 2021-2024": each
    line alone reads as a heading; together they say who the Chair was."""
    lines = [
        "Chair's foreword",
        "",
        "Welcome to the annual report of the Northvale Community Safety Partnership for 2023-24.",
        "This is my third and last report: the Board will elect a new Chair in June 2024.",
        "",
        "Councillor Priya Venkatesan",
        "",
        "Chair, Northvale Community Safety Partnership, 2021-2024",
        "",
        "Who we are",
        "",
        "The Partnership meets every quarter at the Guildhall.",
    ]
    path = make_pdf(
        tmp_path / "corpus" / "annual-report-2023-24.pdf", [lines], title="Northvale Annual Report 2023-24"
    )
    blocks = [(b.kind, b.text) for b in clean_pages(read_pdf(path, path.name).pages)[0].blocks]
    signed = "Councillor Priya Venkatesan Chair, Northvale Community Safety Partnership, 2021-2024"
    assert ("para", signed) in blocks
    assert ("heading", "Who we are") in blocks  # a heading that names no role stays one
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("who was chair of the northvale csp in 2023-24")
    assert "Priya Venkatesan" in answer.text and [c.page for c in answer.citations] == [1]


def test_a_label_wrapped_under_its_value_is_quoted_as_printed(tmp_path: Path, model: Embeddings) -> None:
    placed: list[Placed] = [
        (50, 790, "Record of urgent action"),
        (50, 760, "The Chair approved an award to the Secure Doors scheme on 9 December 2024."),
        (50, 730, "Community Safety Fund 2024-25"),
        (50, 700, "Uncommitted before this"),
        (300, 700, "£11,200"),
        (50, 688, "action"),
        (50, 670, "This action"),
        (300, 670, "£6,400"),
        (50, 652, "Uncommitted after this"),
        (300, 652, "£4,800"),
        (50, 640, "action"),
    ]
    place_pdf(tmp_path / "corpus" / "urgent.pdf", [placed])
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("how much of the fund was left uncommitted after the urgent action")
    assert not answer.abstained and answer.text.startswith("Uncommitted after this action: £4,800 [1]")
    assert (answer.citations[0].page, answer.citations[0].quote) == (1, "Uncommitted after this\t£4,800")


def test_a_table_grouped_under_headings_keeps_its_header_and_each_row_its_group(tmp_path: Path) -> None:
    caption = [(60, 760, "Table 3: Recorded crime by offence group")]
    header = [(60, 730, "Offence"), (262, 730, "Previous"), (352, 730, "Assessment"), (450, 730, "Rate per")]
    # The header's second line is set wider than the words above it, so starts left of them.
    under = [(250, 718, "year (count)"), (345, 718, "year (count)"), (455, 718, "1,000")]
    rows = [
        (60, 700, "Violence against the person"),
        (80, 684, "Violence with injury"), (270, 684, "1,318"), (360, 684, "1,402"), (460, 684, "11.5"),
        (80, 668, "Stalking and harassment"), (270, 668, "1,244"), (360, 668, "1,173"), (460, 668, "9.6"),
        (60, 652, "Acquisitive crime"),
        (80, 636, "Vehicle offences"), (270, 636, "611"), (360, 636, "743"), (460, 636, "6.1"),
    ]  # fmt: skip
    after = [
        (60, 600, "Vehicle offences rose fastest, by more than a fifth, mostly on the northern estates.")
    ]
    path = place_pdf(tmp_path / "assessment.pdf", [[*caption, *header, *under, *rows, *after]])
    pages = clean_pages(read_pdf(path, path.name).pages)
    blocks = pages[0].blocks
    assert [b.kind for b in blocks] == [
        "heading",
        "header",
        "header",
        "group",
        "row",
        "row",
        "group",
        "row",
        "para",
    ]
    assert blocks[7].cells == ("Vehicle offences", "611", "743", "6.1")
    assert blocks[7].header == (
        "Offence",
        "Previous year (count)",
        "Assessment year (count)",
        "Rate per 1,000",
    )
    # Each group opens a chunk under the table's caption, its heading over its rows.
    grouped = [c for c in chunk_pages("assessment.pdf", pages) if c.kinds[0] == "group"]
    assert [(c.heading, c.page, c.text.split("\n")[:2]) for c in grouped] == [
        (caption[0][2], 1, ["Violence against the person", "Violence with injury\t1,318\t1,402\t11.5"]),
        (caption[0][2], 1, ["Acquisitive crime", "Vehicle offences\t611\t743\t6.1"]),
    ]


def test_a_row_under_a_group_heading_carries_the_group() -> None:
    header = ("Project", "Lead", "£k")
    lines = (
        "Table 2. Awards by priority", "Project\tLead\t£k", "Neighbourhood crime",
        "Alley-gating\tCouncil\t8.6", "Subtotal\t\t8.6",
    )  # fmt: skip
    passage = Passage(
        "c", "r.pdf", "Annual report", "annual report", "2025-26", 2, "2", "Spending",
        "\n".join(lines), 1.0, 0.5, 2,
        kinds=("para", "header", "group", "row", "row"),
        cells=((), header, (), ("Alley-gating", "Council", "8.6"), ("Subtotal", "", "8.6")),
        headers=((), (), (), header, header),
    )  # fmt: skip
    records = [u for u in passage_units(0, passage) if u.kind == "record"]
    context = "Table 2. Awards by priority Neighbourhood crime Project"  # the caption, the group, the label
    assert [(u.text, u.context, u.quote) for u in records] == [
        ("Alley-gating — Lead: Council; £k: 8.6", context, f"{lines[1]}\n{lines[3]}"),
        ("Subtotal — £k: 8.6", context, f"{lines[1]}\n{lines[4]}"),
    ]


def test_column_headings_turned_to_read_upwards_name_their_columns(tmp_path: Path) -> None:
    # Narrow columns under headings set sideways: layout text leaves turned text out, so without
    # them set back upright the table has no header and its cells no column names.
    xs = (50, 190, 250, 310)
    page: list[Placed] = [
        (50, 790, "Table 3: Crime by ward, 2022-23"),
        (50, 640, "Ward"),
        (190, 640, "^Population (mid-2021)"),
        (250, 640, "^Crime rate per 1,000"),
        (310, 640, "^Hotspot"),
    ]
    rows = (
        ("Central", "8,900", "217.3", "Yes"),
        ("Lowfield", "12,400", "105.0", "Yes"),
        ("Highcross", "9,700", "58.9", "No"),
    )
    page += _table(rows, 620, xs)
    cleaned = clean_pages(read_pdf(place_pdf(tmp_path / "wards.pdf", [page]), "wards.pdf").pages)
    found = [(b.header, b.cells) for b in cleaned[0].blocks if b.kind == "row"]
    names = ("Ward", "Population (mid-2021)", "Crime rate per 1,000", "Hotspot")
    assert found == [(names, row) for row in rows]


def test_a_breadcrumb_running_line_naming_each_pages_section_is_removed(tmp_path: Path) -> None:
    sections = ("Summary", "Trends", "Wards")
    pages = [
        [(50, 740, a), (50, 720, b), (50, 40, f"Elmbury CSP  ›  Strategic Assessment  ›  {section}"),
         (500, 40, "2023")]
        for section, (a, b) in zip(sections, MINUTES, strict=True)
    ]  # fmt: skip
    cleaned = clean_pages(read_pdf(place_pdf(tmp_path / "crumbs.pdf", pages), "crumbs.pdf").pages)
    assert [(p.number, p.text) for p in cleaned] == [(n, f"{a}\n{b}") for n, (a, b) in enumerate(MINUTES, 1)]


def test_a_decisions_table_with_wrapped_cells_is_no_pair_of_columns(tmp_path: Path) -> None:
    # Its last column wraps like prose, and so does the cell left of it; but that one's lines start
    # under its own column, in from the table's edge, where a prose column's lines start at its edge.
    rows = (
        ("24/05", "Priorities", ("The Board considered the assessment's", "recommendations R1 to R6 and the",
                                 "answers of 312 residents to the", "priorities survey in December."),
         ("Decision: the priorities are", "violence against women and", "girls, and knife crime, from",
          "1 April 2024.")),
        ("24/06", "Early bids", ("Three early bids were made for the", "year ahead, for a total of £40,500,",
                                 "by two charities and a town", "council, for works and services."),
         ("Decision: the IDVA bid is", "approved in principle; the", "Night Hub is deferred to", "June.")),
    )  # fmt: skip
    placed: list[Placed] = [(50, 790, "B Decisions")]
    y = 760
    for number, item, heard, decided in rows:
        placed += [(50, y, number), (85, y, item)]
        placed += [(140, y - 12 * i, line) for i, line in enumerate(heard)]
        placed += [(340, y - 12 * i, line) for i, line in enumerate(decided)]
        y -= 12 * len(heard) + 8
    (page,) = clean_pages(read_pdf(place_pdf(tmp_path / "decisions.pdf", [placed]), "decisions.pdf").pages)
    lines = [" ".join(line.split()) for line in page.text.splitlines() if line.strip()]
    assert "24/05 Priorities The Board considered the assessment's Decision: the priorities are" in lines
    assert "24/06 Early bids Three early bids were made for the Decision: the IDVA bid is" in lines


def test_a_caption_printed_under_a_table_names_its_rows() -> None:
    # A table continued on a new page, its caption set under the rows: "Table 3 (continued). ASB
    # incidents by ward." is what each row counts; the line above it is only a heading.
    header = ("Ward", "2022", "2023")
    lines = (
        "Table 3 (continued)", "Ward\t2022\t2023", "Fishergate\t402\t436", "Gullhaven\t93\t88",
        "Table 3 (continued). ASB incidents by ward. Across all wards ASB fell by a tenth.",
    )  # fmt: skip
    passage = Passage(
        "c", "a.pdf", "Assessment", "strategic assessment", "2024-25", 4, "4", "Table 3 (continued)",
        "\n".join(lines), 1.0, 0.5, 4,
        kinds=("heading", "header", "row", "row", "para"),
        cells=((), header, ("Fishergate", "402", "436"), ("Gullhaven", "93", "88"), ()),
        headers=((), (), header, header, ()),
    )  # fmt: skip
    units = passage_units(0, passage)
    cell = next(u for u in units if u.kind == "cell" and u.text == "Fishergate — 2023: 436")
    assert "ASB incidents by ward" in cell.context
    sentence = next(u for u in units if u.kind == "sentence" and u.text.startswith("Across"))
    assert "ASB incidents" not in sentence.context


def test_a_header_wrapped_and_set_right_in_its_columns_names_them_whole(tmp_path: Path) -> None:
    # Column names set flush right over their figures: a name's next line starts left of where its
    # first line starts, so it does not start under it; it overlaps it.
    page: list[Placed] = [
        (50, 790, "Table 1: Recorded crime by offence group (years as rows)"),
        (50, 760, "Year"), (172, 760, "Violence"), (262, 760, "Sexual"), (340, 760, "All recorded"),
        (160, 748, "against the"), (255, 748, "offences"), (375, 748, "crime"),
        (175, 736, "person"),
    ]  # fmt: skip
    rows = (
        ("2019-20", "3,702", "241", "9,894"),
        ("2020-21", "3,588", "226", "8,870"),
        ("2021-22", "3,989", "267", "9,568"),
    )
    page += _table(rows, 712, (50, 185, 270, 380))
    cleaned = clean_pages(read_pdf(place_pdf(tmp_path / "years.pdf", [page]), "years.pdf").pages)
    found = [(b.header, b.cells) for b in cleaned[0].blocks if b.kind == "row"]
    names = ("Year", "Violence against the person", "Sexual offences", "All recorded crime")
    assert found == [(names, row) for row in rows]


def test_turned_headings_a_little_off_one_baseline_are_one_header_row(tmp_path: Path) -> None:
    # Baselines that differ by a fraction of a point are still one row of headings, read once.
    page: list[Placed] = [
        (50, 790, "Table 3: Crime by ward, 2022-23"),
        (50, 640, "Ward"),
        (190, 640, "^Population (mid-2021)"),
        (250, 640.6, "^Crime rate per 1,000"),
        (310, 640, "^Hotspot"),
    ]
    rows = (("Central", "8,900", "217.3", "Yes"), ("Lowfield", "12,400", "105.0", "Yes"))
    page += _table(rows, 620, (50, 190, 250, 310))
    cleaned = clean_pages(read_pdf(place_pdf(tmp_path / "wards.pdf", [page]), "wards.pdf").pages)
    found = [(b.header, b.cells) for b in cleaned[0].blocks if b.kind == "row"]
    names = ("Ward", "Population (mid-2021)", "Crime rate per 1,000", "Hotspot")
    assert found == [(names, row) for row in rows]


def test_a_lower_header_level_leaves_the_labels_column_to_the_upper_and_groups_sit_in_it(
    tmp_path: Path,
) -> None:
    # "Offence category" heads the labels only on the upper level; the lower names the years under
    # "Recorded offences". Each group's name is set in the labels' column, like a label without figures.
    top = [(50, 760, "Fictional document for software testing. Table 1: recorded crime")]
    upper = [(50, 730, "Offence category"), (290, 730, "Recorded offences"), (455, 730, "Rate per 1,000")]
    years = ((250, "2020-21"), (310, "2021-22"), (370, "2022-23"), (470, "2022-23"))
    lower = [(x, 716, year) for x, year in years]
    lines: list[tuple[str, ...]] = [
        ("Violence against the person",),
        ("Violence with injury", "842", "901", "958", "9.9"),
        ("Homicide", "1", "0", "2", "0.0"),
        ("Sexual offences",),
        ("Rape", "58", "67", "71", "0.7"),
        ("Other sexual offences", "96", "118", "124", "1.3"),
    ]
    placed = [
        (x, 700 - 14 * at, cell)
        for at, line in enumerate(lines)
        for x, cell in zip((50, 250, 310, 370, 470), line, strict=False)
    ]
    path = place_pdf(tmp_path / "sia.pdf", [top + upper + lower + placed])
    blocks = clean_pages(read_pdf(path, path.name).pages)[0].blocks
    assert [b.kind for b in blocks[1:]] == ["header", "header", "group", "row", "row", "group", "row", "row"]
    data = [b for b in blocks if b.kind == "row"]
    assert [b.cells for b in data] == [line for line in lines if len(line) > 1]
    assert data[-1].header == (
        "Offence category",
        "2020-21",
        "Recorded offences 2021-22",
        "2022-23",
        "Rate per 1,000 2022-23",
    )


def test_a_minutes_number_set_apart_from_its_title_heads_the_minute(tmp_path: Path) -> None:
    lines = [
        "Minute 24/33 | Declarations of interest",
        "Cllr Owen Fairclough declared that he is a trustee of the Kingsmead Boxing Academy.",
        "",
        "Minute 24/34 | Minutes of 13 March 2024 and matters arising",
        "",
        "The minutes were agreed as a correct record.",
        "",
        "24/05 | Publish the annual report",
        "24/06 | Write to the parish council",
    ]
    (page,) = clean_pages(read_pdf(make_pdf(tmp_path / "m.pdf", [lines]), "m.pdf").pages)
    assert [(b.kind, b.text) for b in page.blocks] == [
        ("heading", "Minute 24/33 Declarations of interest"),
        ("para", lines[1]),
        ("heading", "Minute 24/34 Minutes of 13 March 2024 and matters arising"),
        ("para", lines[5]),
        ("row", "24/05\tPublish the annual report"),  # an actions table's rows stay rows
        ("row", "24/06\tWrite to the parish council"),
    ]


def test_a_run_in_another_font_keeps_its_place_in_a_column_line(tmp_path: Path) -> None:
    """pypdf gives a run continuing a line in another font the line's start as its x ("Apologies:"
    bold, then " none."): in a column, the line's runs stay in the order pypdf reads them."""
    path = write_minutes_june(tmp_path / "minutes.pdf")
    (first, *_) = clean_pages(read_pdf(path, path.name).pages)
    text = "\n".join(block.text for block in first.blocks)
    assert "Apologies: none." in text and "Minutes: Lois Tennant" in text


def key_facts_pdf(path: Path) -> Path:
    """An annual report's panel of key figures, each set large over two small lines saying what it
    counts, one of them further below its figure than the others."""
    pdf = canvas.Canvas(str(path), pagesize=(420, 500))
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(30, 460, "Key facts")
    facts = (
        ("41,200", ("people live in the", "borough (2021 census)"), 16),
        ("£8.5k", ("the most the panel can", "award to one bid"), 30),
        ("6", ("meetings of the board", "a year"), 16),
    )
    y = 430
    for figure, label, below in facts:
        pdf.setFont("Helvetica-Bold", 22)
        pdf.drawString(30, y, figure)
        pdf.setFont("Helvetica", 9)
        for i, line in enumerate(label):
            pdf.drawString(30, y - below - 11 * i, line)
        y -= 80
    pdf.setFont("Helvetica", 10)
    pdf.drawString(30, y, "The partnership met six times in the year.")
    pdf.showPage()
    pdf.save()
    return path


def test_a_key_figure_opens_the_paragraph_of_the_words_below_it(tmp_path: Path) -> None:
    (page,) = clean_pages(read_pdf(key_facts_pdf(tmp_path / "facts.pdf"), "facts.pdf").pages)
    assert [(b.kind, b.text) for b in page.blocks] == [
        ("heading", "Key facts"),
        ("para", "41,200 people live in the borough (2021 census)"),
        ("para", "£8.5k the most the panel can award to one bid"),
        ("para", "6 meetings of the board a year"),
        ("para", "The partnership met six times in the year."),
    ]
