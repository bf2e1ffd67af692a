"""What a question asks, read from its wording and checked against the unit answering it: a column's
month and year printed over two lines, "with a vote" not answered by those "without a vote", and a
row's priority number, a table of scores or a heading's number counting nothing."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.fits import _counts
from assistant.answering.units import SCORED_COLUMN_RE, Unit
from ingest.parse.chunk import labelled_row, row_fields
from tests.conftest import ingested

ASSESSMENT = [
    [
        "Brackenford Strategic Assessment 2022 (fictional, made for software testing)",
        "",
        "Table 1: recorded crime by type, years to September 2020 to 2022",
        "Crime type | Year to Sep | Year to Sep | Year to Sep",
        " | 2020 | 2021 | 2022",
        "Burglary | 1,240 | 1,015 | 1,118",
        "Drug offences | 538 | 617 | 566",
        "Robbery | 176 | 149 | 188",
        "",
        "Drug offences fell in the latest year after a year of stop and search ended.",
    ]
]


def test_a_columns_month_printed_over_its_year_answers_for_that_month(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = ingested(tmp_path, model, ASSESSMENT, "assessment-2022.pdf")
    answer = helper.ask("How many drug offences were recorded in the year to September 2021?")
    assert not answer.abstained and "617" in answer.text
    assert [(c.document, c.page) for c in answer.citations][:1] == [("assessment-2022.pdf", 1)]


REPORT = [
    [
        "Brackenford Community Safety Partnership Annual Report 2023-24 (fictional, for software testing)",
        "",
        "Who we are",
        "Brackenford Council, Brackenford Police, the fire service, the Probation Service and the",
        "Integrated Care Board are the Board's voting members.",
        "The Commissioner's office, public health, youth justice and Brackenford Homes attend the Board",
        "without a vote.",
        "",
        "Our priorities",
        "The Board agreed three priorities in March 2023.",
        "",
        "Funding",
        "Ref | Project | Priority | Award (£)",
        "BF23-04 | Hate crime week events | 3 | 1,640",
        "BF23-05 | Friday youth club | 2 | 4,500",
    ]
]


def test_who_sits_with_a_vote_is_not_answered_by_those_without_one(tmp_path: Path, model: Embeddings) -> None:
    helper = ingested(tmp_path, model, REPORT)
    answer = helper.ask("Who sits on the Brackenford Board with a vote?")
    assert not answer.abstained
    assert "voting members" in answer.text and "without a vote" not in answer.text


def test_a_rows_priority_number_counts_nothing(tmp_path: Path, model: Embeddings) -> None:
    helper = ingested(tmp_path, model, REPORT)
    assert helper.ask("how many people went to brackenford's hate crime week events").abstained


SCORED = [
    [
        "Brackenford Strategic Assessment 2022 (fictional, made for software testing)",
        "",
        "4. Knife crime and hate crime",
        "Table 3: recorded crime by year",
        "Crime type | 2019 | 2020 | 2021",
        "Knife crime | 109 | 92 | 127",
        "Hate crime | 212 | 228 | 247",
        "",
        "5. Priority scoring",
        "Candidate priorities scored at the partners' workshop, 2 September 2022",
        "Candidate priority | Threat | Harm | Total /25",
        "Hate crime | 2 | 4 | 15",
        "Knife crime | 4 | 5 | 21",
    ]
]


def test_a_table_of_scores_counts_nothing(tmp_path: Path, model: Embeddings) -> None:
    helper = ingested(tmp_path, model, SCORED, "assessment-2022.pdf")
    # The assessment is of 2022, its counts of 2019 to 2021: a score of 2022 is no count of it.
    assert helper.ask("how many knife crimes were recorded in brackenford in 2022").abstained
    counted = helper.ask("how many knife crimes were recorded in brackenford in 2021")
    assert not counted.abstained and "127" in counted.text
    assert [(c.document, c.page) for c in counted.citations][:1] == [("assessment-2022.pdf", 1)]


def test_a_headings_number_counts_nothing() -> None:
    heading = Unit(0, "sentence", "4. Knife crime and hate crime", "4. Knife crime and hate crime", 0)
    assert not _counts(heading)
    assert _counts(Unit(0, "sentence", "4 knife crimes were recorded.", "4 knife crimes were recorded.", 0))
    # ... nor does a row's own number under its column ("No.").
    numbered = "Grants noted — No.: 3; Discussion: The Panel noted the grants; Outcome: Noted"
    assert not _counts(Unit(0, "record", numbered, numbered, 0))


def test_a_column_of_scores_is_known_by_its_scale_not_by_a_years_stroke() -> None:
    scales = ("Total /25", "Harm (1-5)", "Score (of 30)", "Score")
    assert all(SCORED_COLUMN_RE.search(name) for name in scales)
    assert not any(SCORED_COLUMN_RE.search(name) for name in ("2022/23", "Q2 23/24", "Rate per 1,000"))


def test_a_labelled_rows_fields_read_back_as_written() -> None:
    row = labelled_row(("Burglary", "120", "134"), ("Crime type", "Year to Sep 2020", "Year to Sep 2021"))
    assert row_fields(row) == [("Year to Sep 2020", "120"), ("Year to Sep 2021", "134")]
    assert row_fields("120; 134") == []  # written without a label
