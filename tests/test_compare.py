"""Comparison questions ("which got more money, A or B"): each side answered and cited on its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.answering.compare import read_comparison, read_period_comparison
from assistant.service import Assistant
from assistant.settings import Settings
from tests.pdfs import make_pdf


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "which got more money, get safe online or the scams aftercare project",
            ("get safe online", "the scams aftercare project"),
        ),
        (
            "was more spent on the knife angel or the town centre pspo",
            ("the knife angel", "the town centre pspo"),
        ),
        (
            "did the regional analyst or the world cup campaign get more funding",
            ("the regional analyst", "the world cup campaign"),
        ),
        ("knife angel vs. pspo", ("knife angel", "pspo")),
        ("poynton / crewe asb vs dementia training", ("poynton / crewe asb", "dementia training")),
        (
            "was more awarded to the street pastors or to the boxing club in 2023-24",
            ("the street pastors", "the boxing club"),
        ),
        (
            "which cost most, the knife angel, the cctv, or the signs?",
            ("the knife angel", "the cctv", "the signs"),
        ),
        (
            "what is the difference in funding between the knife angel and the signs",
            ("the knife angel", "the signs"),
        ),
    ],
)
def test_the_alternatives_are_the_phrases_joined_by_the_cue(question: str, sides: tuple[str, ...]) -> None:
    comparison = read_comparison(question)
    assert comparison is not None and comparison.sides == sides


def test_each_side_is_asked_the_question_with_the_other_sides_left_out() -> None:
    comparison = read_comparison("did the regional analyst or the world cup campaign get more funding")
    assert comparison is not None
    assert comparison.questions == (
        "did the regional analyst get more funding",
        "did the world cup campaign get more funding",
    )


@pytest.mark.parametrize(
    "question",
    [
        "did the pcc grant go up or down in 2023-24 compared with the year before",
        "drug treatment starts - up or down?",
        "council contribution 2022-23 vs 2023-24",
        "how many incidents were recorded between april 2021 and march 2022",
        "is there a plan for knife crime or drugs",  # "or" with nothing compared: either will do
        "more or less the same?",
    ],
)
def test_directions_periods_and_plain_ors_are_not_comparisons(question: str) -> None:
    assert read_comparison(question) is None


def _report(tmp_path: Path, model: Embeddings) -> Assistant:
    """Two pages: a table of awards, then a project's own page stating its amount."""
    make_pdf(
        tmp_path / "corpus" / "report.pdf",
        [
            [
                "Funding awarded in 2023-24",
                "Project | Amount",
                "Youth Outreach Fund | £4,000",
                "",
                "Road safety",
                "Partners review the road safety plans to reduce casualties on rural roads.",
            ],
            [
                "Street Lighting Review",
                "The Street Lighting Review was funded at £2,500 to survey the dark alleys of Eastgate.",
                "",
                "Domestic abuse",
                "Refuge places were kept open through the winter with the help of volunteers.",
            ],
        ],
    )
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    return helper


@pytest.fixture(scope="module")
def helper(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    return _report(tmp_path_factory.mktemp("compare"), model)


def test_both_sides_are_quoted_with_their_own_pages(helper: Assistant) -> None:
    answer = helper.ask("which got more money, the youth outreach fund or the street lighting review")
    assert not answer.abstained
    lines = answer.text.split("\n")
    assert lines[0].startswith("The youth outreach fund:") and "4,000" in lines[0]
    assert lines[1].startswith("The street lighting review:") and "2,500" in lines[1]
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1), ("report.pdf", 2)]
    # Both figures are amounts of money, so which is larger may be said.
    assert lines[2] == (
        "The larger amount is for the youth outreach fund: £4,000, "
        "against £2,500 (the street lighting review)."
    )


def test_a_side_not_found_is_said_and_the_other_answered(helper: Assistant) -> None:
    answer = helper.ask("was more spent on the street lighting review or the harbour ferry moorings")
    assert not answer.abstained
    assert "2,500" in answer.text.split("\n")[0]
    assert "The harbour ferry moorings: not found in the documents." in answer.text
    assert "larger" not in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 2)]


def test_no_side_found_declines(helper: Assistant) -> None:
    answer = helper.ask("which cost more, the harbour ferry moorings or the lighthouse repaint")
    assert answer.abstained and not answer.citations


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "how did the pcc allocation change between 2022-23 and 2023-24",
            ("how did the pcc allocation change in 2022-23", "how did the pcc allocation change in 2023-24"),
        ),
        (
            "council contribution 2022-23 vs 2023-24",
            ("council contribution 2022-23", "council contribution 2023-24"),
        ),
        (
            "what was the council's contribution in 2022/23, and how did it compare with 2021/22?",
            (
                "what was the council's contribution in 2022/23?",
                "what was the council's contribution in 2021/22?",
            ),
        ),
        (
            "did the grant go up from 2023-24 to 2024-25",
            ("did the grant go up in 2023-24", "did the grant go up in 2024-25"),
        ),
    ],
)
def test_two_financial_years_compared_are_each_asked_alone(question: str, sides: tuple[str, str]) -> None:
    comparison = read_period_comparison(question)
    assert comparison is not None and comparison.questions == sides


@pytest.mark.parametrize(
    "question",
    [
        "how much was carried forward from 2023-24 into 2024-25",  # one sum, moved between years
        "who chaired the board from 2022-23 to 2023-24",  # a span of time, no change asked about
        "council contribution 2023-24",
        "grant 2023-24 vs 2023/24",  # one year
    ],
)
def test_years_not_compared_are_no_period_comparison(question: str) -> None:
    assert read_period_comparison(question) is None


def test_each_years_sum_is_quoted_from_its_own_years_report(tmp_path: Path, model: Embeddings) -> None:
    for year, council, grant in (("2022-23", "12,000", "40,000"), ("2023-24", "8,000", "42,500")):
        make_pdf(
            tmp_path / "corpus" / f"annual-report-{year}.pdf",
            [
                [
                    f"Northby Community Safety Partnership Annual Report {year} (fictional)",
                    "",
                    f"Our money in {year}",
                    "Money in | £",
                    f"Commissioner's grant | {grant}",
                    f"District council contribution | {council}",
                    "",
                    "Our work",
                    "Partners ran patrols in the town centre on Friday and Saturday nights all year.",
                ]
            ],
        )
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("northby district council contribution 2022-23 vs 2023-24")
    lines = answer.text.split("\n")
    assert lines[0].startswith("2022-23: ") and "12,000" in lines[0] and "8,000" not in lines[0]
    assert lines[1].startswith("2023-24: ") and "8,000" in lines[1]
    assert [(c.document, c.page) for c in answer.citations] == [
        ("annual-report-2022-23.pdf", 1),
        ("annual-report-2023-24.pdf", 1),
    ]
