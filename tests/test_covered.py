"""What period a document covers is answered from its cover: "what year does this annual report
cover" gets the period its first page prints, cited there; other questions about years do not."""

from __future__ import annotations

import pytest
from langchain_core.embeddings import Embeddings

from assistant.facts.covered import answer_covered
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import Sources
from tests.pdfs import make_pdf

COVER = ["Northby Community Safety Partnership", "Annual Report", "April 2023 to March 2024"]
BODY = [
    "Funding",
    "",
    "The Board agreed £4,000 for the Eastgate youth boxing project in June 2023.",
    "The Board's members are listed in the appendix.",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    root = tmp_path_factory.mktemp("covered")
    make_pdf(
        root / "corpus" / "annual-report-2023-24.pdf", [COVER, BODY], title="Northby Annual Report 2023-24"
    )
    helper = Assistant.open(Settings(corpus_dir=root / "corpus", data_dir=root / "data"), model)
    helper.ingest()
    return helper


def test_the_period_a_report_covers_is_read_from_its_cover(report: Assistant) -> None:
    answer = report.ask("hi, im new - what year does this annual report cover")
    assert not answer.abstained
    assert "2023-24" in answer.text and "April 2023 to March 2024" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("annual-report-2023-24.pdf", 1)]


def test_only_a_question_about_a_documents_span_is_answered_so() -> None:
    def first_page(document: str) -> str:
        return "\n".join(COVER)

    report = Sources({"a.pdf": "Annual Report"}, periods={"a.pdf": "2023-24"})
    asked = "what year does the annual report cover"
    assert answer_covered(asked, ["a.pdf"], first_page, report) is not None
    sia = Sources(
        {"b.pdf": "Northby Strategic Intelligence Assessment 2023-24"}, periods={"b.pdf": "2023-24"}
    )
    assert answer_covered("what period does the sia cover", ["b.pdf"], first_page, sia)
    # Not a document's span: when something in it happened, or a document of another kind.
    for other in ("what year did the board fund the boxing project", "what year do the minutes cover"):
        assert answer_covered(other, ["a.pdf"], first_page, report) is None
