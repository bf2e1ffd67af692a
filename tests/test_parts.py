"""Questions asking two things joined by "and": each part answered and cited on its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.answering.asked import Asked
from assistant.answering.parts import parts_answer, read_parts
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import Answer
from tests.pdfs import make_pdf


@pytest.mark.parametrize(
    ("question", "parts", "subjects"),
    [
        (
            "where was the night hub and how many people did it help",
            ("where was the night hub", "how many people did it help"),
            ("", "where was the night hub"),
        ),
        (
            "how much came out of the reserve and what for",
            ("how much came out of the reserve", "what for"),
            ("", "how much came out of the reserve"),
        ),
        (
            "Who has to report the caseload figures, and by when?",
            ("Who has to report the caseload figures", "by when"),
            ("", "Who has to report the caseload figures"),
        ),
        (
            "when did the hub open and who runs the street pastors scheme",
            ("when did the hub open", "who runs the street pastors scheme"),
            ("", ""),  # the second part names its own subject
        ),
        (  # names kept from a preamble, in brackets, are both parts' subject
            "what are the priorities and who chairs it (eastholm)",
            ("what are the priorities", "who chairs it"),
            ("eastholm", "what are the priorities eastholm"),
        ),
        (
            "how much did the trail cameras cost and did they lead to anything",
            ("how much did the trail cameras cost", "did they lead to anything"),
            ("", "how much did the trail cameras cost"),  # a yes-or-no ask, pointing back
        ),
    ],
)
def test_two_asks_joined_by_and_are_read_as_parts(
    question: str, parts: tuple[str, str], subjects: tuple[str, str]
) -> None:
    found = read_parts(question)
    assert found is not None and found.parts == parts and found.subjects == subjects


@pytest.mark.parametrize(
    "question",
    [
        "who are the chair and vice-chair",
        "what does the crime and disorder act require",
        "how many burglaries were there between 2021 and 2022",
        "criminal damage and arson - how many in 2021-22",
        "did the scheme work and why",  # no question word before the "and"
        "how many victims were supported and did not return",  # "did" naming no one asks nothing new
        "action 22/1 - what is it, who owns it and when is it due",  # three asks: one thing, kept whole
    ],
)
def test_an_and_inside_one_ask_does_not_split_it(question: str) -> None:
    assert read_parts(question) is None


@pytest.fixture(scope="module")
def helper(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    """Where a hub was on one page, how many people it helped on the next, and a count of two crimes."""
    tmp_path: Path = tmp_path_factory.mktemp("parts")
    make_pdf(
        tmp_path / "corpus" / "report.pdf",
        [
            [
                "Harbour Watch",
                "The Harbour Watch hub opened on the Old Quay in the spring.",
                "",
                "Crime",
                "Officers recorded 41 burglaries and robberies in the harbour area.",
            ],
            [
                "Results",
                "Over the summer the Harbour Watch volunteers helped 57 people home safely.",
                "",
                "Road safety",
                "Partners review the road safety plans to reduce casualties on rural roads.",
            ],
            [
                "Looking ahead",
                "Our priorities for 2024-25 are burglary; drug harm; and safer nights in the harbour.",
            ],
        ],
    )
    found = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    found.ingest()
    return found


def test_each_part_is_answered_with_its_own_page(helper: Assistant) -> None:
    answer = helper.ask("where was the harbour watch hub and how many people did it help")
    assert not answer.abstained
    lines = answer.text.split("\n")
    assert lines[0].startswith("Where was the harbour watch hub: ") and "Old Quay" in lines[0]
    assert lines[1].startswith("How many people did it help: ") and "57" in lines[1]
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1), ("report.pdf", 2)]


def test_a_part_the_facts_answer_is_answered_from_them(helper: Assistant) -> None:
    answer = helper.ask("what are the priorities and where was the harbour watch hub")
    first, second = answer.text.split("\n\n")
    assert first == (
        "untitled [1] sets these priorities for 2024-25:\n"
        "- burglary [1]\n- drug harm [1]\n- safer nights in the harbour [1]"
    )
    assert second.startswith("Where was the harbour watch hub: ") and "Old Quay" in second
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 3), ("report.pdf", 1)]
    unfound = helper.ask("what are the priorities and who paid for the fireworks")
    assert unfound.text.endswith("\n\nWho paid for the fireworks: not found in the documents.")
    assert [(c.document, c.page) for c in unfound.citations] == [("report.pdf", 3)]


def test_a_second_part_pointing_back_is_searched_with_what_the_first_answer_names() -> None:
    parts = read_parts("which priority did they drop for 2024-25 and who leads on it now")
    assert parts is not None and parts.points_back
    dropped = Answer(
        "q", "From 2023-24 to 2024-25: dropped P4 Drug-related harm.", False, about=("Drug-related harm",)
    )
    searched: list[tuple[str, str]] = []

    def best(part: str, subject: str) -> None:
        searched.append((part, subject))

    parts_answer(parts, best, "q", exact=lambda part: dropped if "drop" in part else None)
    assert searched == [("who leads on it now", "Drug-related harm")]
    own = read_parts("which priority did they drop for 2024-25 and who chairs the drugs partnership")
    assert own is not None and not own.points_back  # a second part naming its own subject


def test_an_and_inside_one_ask_is_answered_whole(helper: Assistant) -> None:
    answer = helper.ask("how many burglaries and robberies were recorded in the harbour area")
    assert answer.text.startswith("Officers recorded 41 burglaries and robberies in the harbour area.")
    assert "\n" not in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1)]


def test_a_part_not_in_the_documents_is_said_not_found(helper: Assistant) -> None:
    answer = helper.ask("where was the harbour watch hub and who paid for the fireworks")
    assert not answer.abstained
    lines = answer.text.split("\n")
    assert lines[0].startswith("Where was the harbour watch hub: ") and "Old Quay" in lines[0]
    assert lines[1] == "Who paid for the fireworks: not found in the documents."
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1)]


def test_neither_part_found_declines(helper: Assistant) -> None:
    answer = helper.ask("who paid for the fireworks and when did the ferry sail")
    assert answer.abstained and not answer.citations


@pytest.mark.parametrize(
    ("part", "date", "purpose"),
    [("by when", True, False), ("what for", False, True), ("what was it for", False, True)],
)
def test_a_second_part_on_its_own_still_says_the_kind_of_answer(part: str, date: bool, purpose: bool) -> None:
    asked = Asked.read(part, f"{part} the reserve", lambda _: 1.0)
    assert (asked.wants_date, asked.wants_purpose) == (date, purpose)
