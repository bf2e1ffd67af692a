"""What a question asks, read from its wording and checked against the unit answering it: a column's
month and year printed over two lines, "the October meeting" naming the minutes, "with a vote" not
answered by those "without a vote", "what share of" asking a percentage, and a row's priority number
counting nothing."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.asked import Asked
from assistant.answering.fits import _counts
from assistant.answering.units import Unit
from assistant.service import Assistant
from assistant.settings import Settings
from tests.conftest import ingested
from tests.pdfs import make_pdf

ASSESSMENT = [
    [
        "Brackenford Strategic Assessment 2022 (fictional, made for software testing)",
        "",
        "Table 1: recorded crime by type, years to September 2020 to 2022",
        "Crime type | Year to Sep | Year to Sep | Year to Sep",
        " | 2020 | 2021 | 2022",
        "Burglary | 1,108 | 862 | 947",
        "Drug offences | 711 | 803 | 642",
        "Robbery | 214 | 163 | 231",
        "",
        "Drug offences fell in the latest year after a year of stop and search ended.",
    ]
]


def test_a_columns_month_printed_over_its_year_answers_for_that_month(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = ingested(tmp_path, model, ASSESSMENT, "assessment-2022.pdf")
    answer = helper.ask("How many drug offences were recorded in the year to September 2021?")
    assert not answer.abstained and "803" in answer.text
    assert [(c.document, c.page) for c in answer.citations][:1] == [("assessment-2022.pdf", 1)]


MINUTES = [
    [
        "Brackenford CSP Grants Panel minutes, 5 October 2023 (fictional document for testing)",
        "Thursday 5 October 2023, 2.00 to 4.30 pm, Room 1.14, Brackenford Town Hall",
        "",
        "1. Attendance",
        "Councillor Ada Brook, Vice-Chair of the Board (chairing); Inspector Tom Hale, Brackenford Police;",
        "Nia Oduya, Brackenford Voluntary Action. Advising: Graham Penn, Head of Community Safety.",
        "",
        "2. The pot and the rules",
        "The Board set aside £25,000 for this round. The Panel may award up to £10,000 a bid, and bids are",
        "scored on five criteria. The Panel meets again in January to decide the bids deferred today.",
        "",
        "3. Bids and decisions",
        "The Grants Panel agreed to fund the Friday youth club at £4,500 and declined the speedwatch bid,",
        "which scored below the pass mark. The Chair thanked the applicants and closed the meeting.",
    ]
]


def test_the_meeting_a_question_names_is_the_minutes_own(tmp_path: Path, model: Embeddings) -> None:
    title = "Brackenford CSP Grants Panel minutes, 5 October 2023"
    make_pdf(tmp_path / "corpus" / "minutes-2023-10-05.pdf", MINUTES, title=title)
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("Who chaired the Grants Panel meeting in October 2023?")
    assert not answer.abstained and "Ada Brook" in answer.text


REPORT = [
    [
        "Brackenford Community Safety Partnership Annual Report 2023-24 (fictional, for software testing)",
        "",
        "Who we are",
        "Our responsible authorities are Brackenford Council, Brackenford Police, the fire service, the",
        "Probation Service and the Integrated Care Board; each has a vote on the Board.",
        "The Commissioner's office, public health, youth justice and Brackenford Homes also sit on the",
        "Board without a vote.",
        "",
        "Our priorities",
        "We asked partners and residents about the proposed priorities: 240 replied, and 81% agreed with",
        "the three priorities. The Board agreed them in March 2023.",
        "",
        "Funding",
        "Ref | Project | Priority | Award (£)",
        "BF23-04 | Hate crime week events | 3 | 1,850",
        "BF23-05 | Friday youth club | 2 | 4,500",
    ]
]


def test_who_sits_with_a_vote_is_not_answered_by_those_without_one(tmp_path: Path, model: Embeddings) -> None:
    helper = ingested(tmp_path, model, REPORT)
    answer = helper.ask("Who sits on the Brackenford Board with a vote?")
    assert not answer.abstained
    assert "each has a vote" in answer.text and "without a vote" not in answer.text


def test_what_share_asks_a_percentage(tmp_path: Path, model: Embeddings) -> None:
    assert Asked.read("What share of those consulted agreed?", "", lambda _: 1.0).wants_percent
    assert not Asked.read("Do partners share information?", "", lambda _: 1.0).wants_percent
    helper = ingested(tmp_path, model, REPORT)
    answer = helper.ask("What share of those consulted agreed with the proposed priorities?")
    assert not answer.abstained and "81%" in answer.text


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
        "Knife crime | 118 | 97 | 131",
        "Hate crime | 204 | 236 | 251",
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
    assert not counted.abstained and "131" in counted.text
    assert [(c.document, c.page) for c in counted.citations][:1] == [("assessment-2022.pdf", 1)]


def test_a_headings_number_counts_nothing() -> None:
    heading = Unit(0, "sentence", "4. Knife crime and hate crime", "4. Knife crime and hate crime", 0)
    assert not _counts(heading)
    assert _counts(Unit(0, "sentence", "4 knife crimes were recorded.", "4 knife crimes were recorded.", 0))
