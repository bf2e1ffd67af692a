"""A question about what held before a change ("what was it before the new terms", "what was the
limit before") is answered by the text telling the former state, which need not name the change."""

from __future__ import annotations

import pytest
from langchain_core.embeddings import Embeddings

from assistant.answering.former import (
    bound_day,
    former_asked,
    framing_terms,
    states_former,
    without_bound,
)
from assistant.answering.parts import read_parts
from assistant.service import Assistant
from tests.conftest import ingested

PAGES = [
    [
        "Quarry Vale Community Safety Partnership: Terms of Reference, version 4 (fictional)",
        "",
        "1. Membership",
        "The Board brings together the council, the police, the fire service, health and probation.",
        "",
        "2. Meetings",
        "The Board meets every two months. Under version 3 the Board met quarterly.",
        "",
        "3. Quorum",
        "A meeting is quorate when five voting members are present, two of them from the police or council.",
        "Until 30 April 2023 the quorum was six voting members.",
        "",
        "4. Funding limits",
        "The Grants Panel may award up to £6,500 a bid.",
    ],
]


@pytest.mark.parametrize(
    ("question", "framing", "bound"),
    [
        ("what was the quorum before May 2023", {"befor", "may", "2023"}, "2023-05"),
        ("what was it before the new terms of reference", {"befor", "new", "term", "refer"}, ""),
        ("what was the limit before", {"befor"}, ""),
        ("how often did the board meet before 2022-23", {"befor", "2022", "23"}, "2022-04"),
        ("did the panel previously meet monthly", {"previous"}, ""),
    ],
)
def test_a_question_about_what_held_before_a_change(question: str, framing: set[str], bound: str) -> None:
    found = former_asked(question)
    assert found is not None and framing_terms(found) == framing and bound_day(found) == bound
    assert (without_bound(question, found) == question) == (not bound)


@pytest.mark.parametrize(
    "question",
    ["who chaired it before Dana Okafor", "what did the board do before the meeting", "what is the quorum"],
)
def test_no_former_state_is_asked(question: str) -> None:
    assert former_asked(question) is None


def test_a_former_state_is_told_of_its_own_clauses_word() -> None:
    assert states_former("Until 30 April 2023 the quorum was six voting members.", "quorum")
    assert states_former("(The limit under version 2 was £4,000.)", "limit")
    # The former state in this text is of the meetings, not of the quorum.
    assert not states_former("It meets monthly instead of quarterly; the quorum becomes five.", "quorum")


def test_a_second_part_naming_only_its_time_is_searched_with_the_first_parts_words() -> None:
    parts = read_parts("what is the panel's limit now, and what was the limit before")
    assert parts is not None and parts.subjects[1] == "what is the panel's limit now"


@pytest.fixture(scope="module")
def helper(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    return ingested(tmp_path_factory.mktemp("former"), model, PAGES, "terms.pdf")


def test_the_state_before_a_change_is_the_text_telling_it(helper: Assistant) -> None:
    answer = helper.ask("how often did the board meet before the new terms of reference")
    assert not answer.abstained and "quarterly" in answer.text
