"""What a partnership is called is answered from its documents' covers, cited on the first page that
prints it: the named partnership's name, not another's, nor a body it replaced."""

from __future__ import annotations

import pytest
from langchain_core.embeddings import Embeddings

from assistant.facts.called import answer_called, asks_name
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import Sources
from tests.pdfs import make_pdf

FICTIONAL = "Fictional document made for software testing."


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    root = tmp_path_factory.mktemp("called")
    corpus = root / "corpus"
    northby_report = [
        "NORTHBY SAFER COMMUNITIES PARTNERSHIP",
        "Annual Report 2023-24",
        FICTIONAL,
        "This is our first report. We replaced the Eastgate Community Safety Partnership in April 2023.",
        "Calls about anti-social behaviour rose in the summer.",
    ]
    northby_plan = ["Northby Safer Communities Partnership", "Partnership Plan 2024-27", FICTIONAL]
    wexcombe = ["Wexcombe Community Safety Partnership", "Annual Report 2023-24", FICTIONAL]
    make_pdf(corpus / "northby" / "annual-report-2023-24.pdf", [northby_report])
    make_pdf(corpus / "northby" / "partnership-plan-2024-27.pdf", [northby_plan])
    make_pdf(corpus / "wexcombe" / "annual-report-2023-24.pdf", [wexcombe])
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=root / "data"), model)
    helper.ingest()
    return helper


def test_the_named_partnerships_name_is_read_from_its_covers(two: Assistant) -> None:
    answer = two.ask("what is the community safety partnership for northby called")
    assert not answer.abstained
    assert answer.text.startswith("It is the Northby Safer Communities Partnership [1]")
    assert len(answer.citations) == 1
    assert answer.citations[0].document.startswith("northby/") and answer.citations[0].page == 1
    assert "Eastgate" not in answer.text and "Wexcombe" not in answer.text


def test_the_real_reports_cover_prints_its_name_over_two_lines(assistant: Assistant) -> None:
    answer = assistant.ask("whats the partnership called")
    assert answer.text == "It is the Safer Cheshire East Partnership [1]."
    assert [(c.document, c.page) for c in answer.citations] == [("scep-annual-report-2022-23.pdf", 1)]


def test_only_a_question_asking_the_partnerships_name_is_answered_so() -> None:
    def first_page(document: str) -> str:
        return "Annual Report\nNorthby Community Safety Partnership\n2023-24"

    sources = Sources({"a.pdf": "Annual Report"})
    for asked in (
        "What is the community safety partnership for Northby called?",
        "whats the name of the csp in northby",
        "what's the partnership run by Northby Council called, and what's its short name?",
    ):
        assert asks_name(asked), asked
        answer = answer_called(asked, ["a.pdf"], [], first_page, sources)
        assert answer is not None and answer.text == "It is the Northby Community Safety Partnership [1]."
    for other in (
        "northby renamed its anti-social behaviour priority - whats it called now",
        "what is the partnership doing about knife crime",
        "who chairs the northby partnership",
    ):
        assert not asks_name(other), other
        assert answer_called(other, ["a.pdf"], [], first_page, sources) is None
