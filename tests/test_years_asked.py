"""A year a question asks about is not answered by a text whose own years all come before it, whatever
year its heading or its document's title bears; a year naming the document ("the assessment 2024")
asks of no time."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.asked import Asked
from tests.conftest import ingested

PAGES = [
    [
        "Fernby Strategic Assessment 2024",
        "",
        "Fictional document made for software testing.",
        "",
        "1. Anti-social behaviour in 2024",
        "",
        "2,455 ASB incidents were reported in 2022: 612 personal, 1,561 nuisance and 282 environmental.",
        "",
        "Incidents by type",
        "Type | 2022 | 2023",
        "Personal | 612 | 655",
        "Nuisance | 1,561 | 1,490",
        "Environmental | 282 | 301",
    ]
]


def test_a_year_naming_a_document_is_no_time_asked() -> None:
    asked = Asked.read("how many crimes are in the Fernby assessment 2024", "crimes", lambda _: 1.0)
    assert (asked.years, asked.times) == (frozenset({"2024"}), frozenset())
    question = "how many crimes did the 2024 strategic assessment count in 2023"
    asked = Asked.read(question, "crimes", lambda _: 1.0)
    assert asked.times == frozenset({"2023"})


def test_a_year_after_the_texts_own_is_not_answered_by_it(tmp_path: Path, model: Embeddings) -> None:
    helper = ingested(tmp_path, model, PAGES, "assessment.pdf")
    # The heading says 2024; the sentence beneath it tells of 2022 only.
    assert helper.ask("how many ASB incidents were reported in 2024").abstained
    own = helper.ask("how many ASB incidents were reported in 2022")
    assert not own.abstained and "2,455" in own.text
    assert [(c.document, c.page) for c in own.citations] == [("assessment.pdf", 1)]
    named = helper.ask("how many environmental incidents does the assessment 2024 give for 2023")
    assert "2023: 301" in named.text
