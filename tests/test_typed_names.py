"""A name typed in lower case ("netherby", a ward) narrows the answer as a capitalised one does: a row
of another ward does not answer for it, and a question comparing two wards is answered by both rows."""

from __future__ import annotations

import pytest
from langchain_core.embeddings import Embeddings

from assistant.answering.asked import typed_names
from assistant.service import Assistant
from tests.conftest import ingested

PAGES = [
    ["Tollbarrow Strategic Assessment 2023 (fictional)", "", "It looks at crime by ward."],
    [
        "Crime by ward, 2022-23",
        "Ward | Population | All crime per 1,000 | ASB per 1,000",
        "Harrowdene | 11,700 | 71.3 | 29.5",
        "Millbeck | 9,400 | 55.0 | 21.2",
        "Culverwick | 5,300 | 22.9 | 5.4",
    ],
]


@pytest.fixture(scope="module")
def wards(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    return ingested(tmp_path_factory.mktemp("typed-names"), model, PAGES, "assessment.pdf")


def test_the_names_a_question_typed_in_lower_case_gives() -> None:
    assert typed_names("asb per 1000 in netherby ward", frozenset()) == {"netherbi"}
    assert typed_names("ASB per 1000 in netherby ward", frozenset()) == {"netherbi"}  # an acronym is no name
    assert typed_names("asb per 1000 in Netherby ward", frozenset()) == frozenset()  # `proper_names` reads it
    assert typed_names("tollbarrow asb figures", frozenset({"tollbarrow"})) == frozenset()  # the partnership
    assert typed_names("incidents that werent crimes", frozenset()) == frozenset()  # "weren't"


def test_a_row_of_another_ward_does_not_answer_for_the_ward_typed(wards: Assistant) -> None:
    answer = wards.ask("how much asb per 1000 was there in netherby ward")
    assert answer.abstained  # no row of Netherby; Harrowdene's is no answer
    found = wards.ask("how much asb per 1000 was there in millbeck ward")
    assert not found.abstained and found.text.startswith("Millbeck")
    assert [(c.document, c.page) for c in found.citations] == [("assessment.pdf", 2)]


def test_two_wards_compared_are_each_answered_by_their_own_row(wards: Assistant) -> None:
    answer = wards.ask("millbeck all crime per 1000 - is it higher than culverwick")
    assert not answer.abstained
    assert "Millbeck" in answer.text and "Culverwick" in answer.text
