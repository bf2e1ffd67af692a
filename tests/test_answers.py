"""Answers on the real corpus with the real model: figures, lists, pages, verbatim quotes, abstention."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings
from pypdf import PdfReader

from assistant.answering.quotes import quote_on_page
from assistant.lexical import indexed_terms
from assistant.retrieve import Retriever, fuse
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.text import stem
from assistant.types import ABSTAIN_TEXT
from evals.run import DEFAULT_QUESTIONS, load_questions
from ingest.errors import EmptyIndexError
from ingest.facts.periods import covers
from ingest.parse.chunk import Chunk
from tests.conftest import CORPUS_PDF, SEVEN_PRIORITIES


@pytest.fixture(scope="module")
def raw_pages() -> dict[int, str]:
    """The corpus PDF's pages as pypdf reads them, independent of our cleaning."""
    return {
        i + 1: p.extract_text(extraction_mode="layout") for i, p in enumerate(PdfReader(CORPUS_PDF).pages)
    }


def test_knife_angel_amount_with_its_page(assistant: Assistant) -> None:
    answer = assistant.ask("How much did the Knife Angel receive?")
    assert not answer.abstained
    assert "19,783" in answer.text or "19,738" in answer.text
    assert {c.page for c in answer.citations} & {9, 20}
    assert {c.document for c in answer.citations} == {"scep-annual-report-2022-23.pdf"}
    assert {c.title for c in answer.citations} == {"Safer Cheshire East Partnership Annual Report 2022-23"}


def test_all_seven_priorities_with_page_13(assistant: Assistant) -> None:
    answer = assistant.ask("What are the partnership's priorities for 2022-2025?")
    assert not answer.abstained
    for priority in SEVEN_PRIORITIES:
        assert priority in answer.text
    assert [c.page for c in answer.citations] == [13]
    assert answer.text.count("\n- ") == 7  # a question asking for a list gets a list
    assert answer.passages[0].page == 13


def test_priorities_of_a_year_inside_the_period_and_of_one_outside_it(assistant: Assistant) -> None:
    within = assistant.ask("what were the priorities in 2023")  # 2023 lies inside 2022-25
    assert not within.abstained and "Knife Crime" in within.text
    assert [(c.document, c.page) for c in within.citations] == [(CORPUS_PDF.name, 13)]
    before = assistant.ask("what were the priorities in 2019")
    assert before.abstained and before.citations == ()
    assert before.text == (
        f"{ABSTAIN_TEXT} No document sets priorities for the period asked about; they are set for "
        "2022-25 (Safer Cheshire East Partnership Annual Report 2022-23, p. 13)."
    )


def test_a_period_covers_the_calendar_years_it_spans() -> None:
    assert covers("2022-25", "2023") and covers("2022-23", "2022") and covers("2022-23", "2023")
    assert not covers("2022-25", "2019") and not covers("2022-23", "2024")
    assert covers("2023", "2023") and not covers("2023", "2024")


def test_unanswerable_question_abstains_and_shows_closest_passages(assistant: Assistant) -> None:
    answer = assistant.ask("What was the total PCC allocation for Cheshire East in 2019-20?")
    assert answer.abstained
    assert answer.text == ABSTAIN_TEXT
    assert answer.citations == ()
    assert len(answer.passages) == 5


def test_filters_restrict_passages(assistant: Assistant) -> None:
    answer = assistant.ask(
        "What are the partnership's priorities?", doc_type="annual report", period="2022-23"
    )
    assert not answer.abstained
    assert {p.period for p in answer.passages} == {"2022-23"}
    nothing = assistant.ask("What are the partnership's priorities?", doc_type="minutes")
    assert nothing.abstained and nothing.passages == ()


def test_every_quote_is_verbatim_on_its_cited_page(assistant: Assistant, raw_pages: dict[int, str]) -> None:
    checked = 0
    for sample in load_questions(DEFAULT_QUESTIONS):
        answer = assistant.ask(sample.question)
        for citation in answer.citations:
            assert quote_on_page(citation.quote, raw_pages[citation.page]), (sample.id, citation)
            checked += 1
    assert checked >= 30


def test_quote_check_rejects_text_from_another_page(raw_pages: dict[int, str]) -> None:
    assert quote_on_page("Knife Angel 19,783", raw_pages[9])
    assert not quote_on_page("Knife Angel 19,783", raw_pages[20])
    assert not quote_on_page("Knife Angel 19,784", raw_pages[9])


def test_asking_an_empty_index_says_so(settings: Settings, model) -> None:  # type: ignore[no-untyped-def]
    empty = Assistant.open(settings, model)
    with pytest.raises(EmptyIndexError, match="csp ingest"):
        empty.ask("Anything?")


def test_word_search_hits_are_scored_with_their_stored_vectors(assistant: Assistant) -> None:
    """A passage only BM25 found gets its similarity from the vector stored at ingest, not a new embedding."""
    model = _CountingEmbeddings(assistant.embeddings)
    retriever = Retriever(assistant.store, model, candidates=3)  # few dense hits: more found by words only
    texts = {s.chunk.id: s.chunk.embed_text for s in retriever.chunks}
    found_by_words_only = 0
    for sample in load_questions(DEFAULT_QUESTIONS)[:20]:
        vector = model.embed_query(sample.question)
        dense = {s.chunk.id for s, _ in retriever.store.query(vector, retriever.candidates)}
        for passage in retriever.search(sample.question, 5, query_vector=vector):
            found_by_words_only += passage.chunk_id not in dense
            expected = np.dot(assistant.embeddings.embed_documents([texts[passage.chunk_id]])[0], vector)
            assert passage.similarity == pytest.approx(float(expected), abs=1e-4)
    assert found_by_words_only > 0
    assert model.documents_embedded == 0


class _CountingEmbeddings(Embeddings):
    """The real model, counting the documents embedded through it."""

    def __init__(self, model: Embeddings) -> None:
        self.model = model
        self.documents_embedded = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.documents_embedded += len(texts)
        return self.model.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)


def test_word_ranking_outweighs_meaning_ranking_when_fused() -> None:
    # First by words and second by meaning beats first by meaning and second by words.
    fused = fuse(["meaning-first", "words-first"], [("words-first", 6.0), ("meaning-first", 5.0)])
    assert max(fused, key=lambda cid: fused[cid]) == "words-first"


def test_a_chunk_far_ahead_on_words_is_not_levelled_by_rank() -> None:
    # Second by words at half the score, though first by meaning, comes after the first by words
    # that meaning ranks far down; fused by rank alone it came first.
    dense = ["general", *(f"other-{n}" for n in range(15)), "table-row"]
    fused = fuse(dense, [("table-row", 7.4), ("other-0", 4.0), ("general", 3.3)])
    assert max(fused, key=lambda cid: fused[cid]) == "table-row"


def test_a_tables_column_headers_count_as_often_as_printed_not_once_a_row() -> None:
    header = ("Project", "Priority", "Amount")
    rows = [("Street Pastors", "Town centre", "6,500"), ("Towpath lighting", "Town centre", "14,000")]
    chunk = Chunk(
        id="c",
        document="d.pdf",
        page=2,
        page_label="2",
        heading="Funding and spend",
        text="\n".join("\t".join(line) for line in [header, *rows]),
        index=0,
        kinds=("header", "row", "row"),
        cells=((), *rows),
        headers=((), header, header),
    )
    assert "Priority: Town centre" in chunk.search_text  # each row is searched with its headers
    counted = Counter(indexed_terms(chunk))
    assert counted[stem("priority")] == 1 and counted[stem("town")] == 2
    # The month of a meeting is in its minutes' title, not on every page: it is searched with each.
    assert stem("december") not in counted
    assert stem("december") in indexed_terms(chunk, "Board minutes, 6 December 2023")


def test_page_naming_the_questions_words_is_found_first(assistant: Assistant) -> None:
    # The allocation's own page (9) against a page about the same money in other words (10).
    found = assistant.search("What was the annual PCC allocation for 2022-23?")
    assert (found[0].document, found[0].page) == ("scep-annual-report-2022-23.pdf", 9)


def test_what_the_partnership_focuses_on_is_its_priorities(assistant: Assistant) -> None:
    answer = assistant.ask("whats the partnership focusing on at the moment")
    assert "Knife Crime" in answer.text and "Road Safety" in answer.text
    assert answer.citations[0].page == 13
