"""A question asking which row holds a column's highest or lowest figure ("which ward has the lowest
crime rate", "when was burglary highest") is answered by reading down the whole column, with the
row quoted on its page; a total or an average row is not one of the rows compared."""

from __future__ import annotations

import pytest
from langchain_core.embeddings import Embeddings

from assistant.answering.asked import Asked
from assistant.answering.extremes import extreme_row
from assistant.service import Assistant
from tests.conftest import ingested

PAGES = [
    ["Eastholm Strategic Assessment 2023 (fictional)", "", "It looks at crime by ward and by year."],
    [
        "Crime by ward, 2022-23",
        "Ward | Population | All crime per 1,000 | ASB per 1,000",
        "Harrow Green | 11,700 | 71.3 | 29.5",
        "Millbeck | 9,400 | 55.0 | 21.2",
        "Culver End | 5,300 | 22.9 | 5.4",
        "Eastholm average | 26,400 | 18.0 | 19.1",
        "",
        "Recorded crime by year",
        "Year | Burglary | Shoplifting",
        "2020-21 | 214 | 172",
        "2021-22 | 231 | 219",
        "2022-23 | 242 | 268",
        "",
        "Shoplifting recovered from its pandemic low and is now the highest in five years.",
    ],
]


@pytest.fixture(scope="module")
def assessed(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    return ingested(tmp_path_factory.mktemp("extremes"), model, PAGES, "assessment.pdf")


def test_the_row_with_the_lowest_figure_of_the_column_asked(assessed: Assistant) -> None:
    answer = assessed.ask("which ward has the lowest crime rate")
    assert answer.text.startswith("Culver End — All crime per 1,000: 22.9, the lowest of 3")
    assert [(c.document, c.page, c.quote) for c in answer.citations] == [
        ("assessment.pdf", 2, "Culver End\t5,300\t22.9\t5.4")
    ]  # the row as the page prints it; the average row, lower still, is not a ward
    worst = assessed.ask("which ward has the worst crime rate")  # the most crime is the worst
    assert worst.text.startswith("Harrow Green — All crime per 1,000:") and "the worst of 3" in worst.text


def test_a_row_set_aside_and_the_second_highest(assessed: Assistant) -> None:
    after = assessed.ask("after harrow green which ward has the highest crime rate")
    assert after.text.startswith(
        "Millbeck — All crime per 1,000: 55.0, the highest of 2 (leaving out Harrow Green)"
    )
    second = assessed.ask("which ward has the second highest crime rate")
    assert second.text.startswith("Millbeck — All crime per 1,000: 55.0, the second highest of 3")
    assert [(c.document, c.page) for c in second.citations] == [("assessment.pdf", 2)]


def test_the_period_with_the_highest_figure(assessed: Assistant) -> None:
    answer = assessed.ask("when was burglary highest")
    assert answer.text.startswith("2022-23 — Burglary: 242, the highest of 3")
    assert answer.citations[0].page == 2


def test_no_extreme_asked_or_no_column_named(assessed: Assistant) -> None:
    passages = assessed.ask("which ward has the lowest crime rate").passages
    assert extreme_row("which ward has the most similar crime rate", passages, 5) is None
    assert extreme_row("what is the crime rate in millbeck", passages, 5) is None
    assert extreme_row("which ward has the lowest number of parks", passages, 5) is None
    # The table is of wards: no school in it has a crime rate to compare.
    assert extreme_row("which school has the highest asb rate", passages, 5) is None
    # A year the table is not for, or money where the column counts crimes: not this table's to answer.
    assert extreme_row("which ward had the lowest crime rate in 2019-20", passages, 5) is None
    assert extreme_row("when was the most money spent on burglary", passages, 5) is None
    assert extreme_row("what was the shoplifting top-up in 2022-23", passages, 5) is None  # a compound
    # The most a thing can be is a limit a rule sets, not the table's largest figure.
    assert extreme_row("what is the most a ward's crime rate can be", passages, 5) is None
    assert extreme_row("which ward has the most crime per head", passages, 5) is not None
    # ... a figure asked for, as "the max the officer can approve" is: no rows holding a word of it.
    assert Asked.read(
        "what's the most the officer can approve without the board", "", lambda _: 1.0
    ).wants_figure


def test_a_column_named_by_an_acronym_answers_the_words_it_stands_for(assessed: Assistant) -> None:
    answer = assessed.ask("which ward has the highest rate of anti-social behaviour per 1,000 residents")
    assert answer.text.startswith("Harrow Green — ASB per 1,000: 29.5, the highest of 3")


def test_a_rate_asked_for_is_read_from_the_rate_column_and_the_wards_total_is_no_ward(
    tmp_path_factory: pytest.TempPathFactory, model: Embeddings
) -> None:
    pages = [
        [
            "Westholm Strategic Assessment 2023 (fictional)",
            "",
            "Crime by ward, 2022",
            "Ward | Crimes 2022 | Rate per 1,000",
            "Harrow Green | 806 | 70.6",
            "Culver End | 1,412 | 143.4",
            "Millbeck | 655 | 73.1",
            "Westholm district | 2,873 | 65.8",  # the wards' total, labelled as the whole
        ]
    ]
    assistant = ingested(tmp_path_factory.mktemp("rates"), model, pages, "westholm-assessment.pdf")
    answer = assistant.ask("which ward in westholm had the highest crime rate in 2022")
    assert answer.text.startswith("Culver End — Rate per 1,000: 143.4, the highest of 3")
