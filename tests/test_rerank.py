"""Retrieval's second stage: the passages first ranked are reordered by how well their best unit
answers, and each keeps the place it had, so the answer read from them is the same."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import pytest
from langchain_core.embeddings import Embeddings

from assistant.answering.asked import Asked
from assistant.answering.extractive import ExtractiveAnswerer
from assistant.answering.rerank import Evidence, reranked
from assistant.answering.scoring import grounded, score_unit
from assistant.answering.units import passage_units
from assistant.answering.weights import WEIGHTS
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import Passage
from tests.pdfs import make_pdf


def _passage(name: str, text: str = "", page: int = 1) -> Passage:
    return Passage(
        name, "doc.pdf", "Doc", "annual report", "2023-24", page, str(page), "", text or name, 0.5, 0.5
    )


def _scores(by_name: Mapping[str, float]) -> Evidence:
    def evidence(passages: Sequence[Passage]) -> Mapping[int, float]:
        return {i: by_name[p.chunk_id] for i, p in enumerate(passages) if p.chunk_id in by_name}

    return evidence


def test_passages_are_ordered_by_their_best_unit_and_keep_their_first_place() -> None:
    passages = [_passage(name) for name in "abcde"]
    # "c" answers best, "a" next; "b" and "d" have no unit that answers; "e" is past the first four.
    ordered = reranked(passages, _scores({"a": 0.9, "c": 1.4, "e": 2.0}), top=4)
    assert [(p.chunk_id, p.rank) for p in ordered] == [("c", 2), ("a", 0), ("b", 1), ("d", 3), ("e", 4)]
    assert [p.place(i) for i, p in enumerate(ordered)] == [2, 0, 1, 3, 4]


def test_passages_stay_as_they_were_when_no_unit_answers_or_the_order_holds() -> None:
    passages = [_passage(name) for name in "abc"]
    for evidence in (_scores({}), _scores({"a": 1.0, "b": 0.5})):
        ordered = reranked(passages, evidence, top=3)
        assert ordered == passages
        assert all(p.rank is None for p in ordered)


def test_a_passage_keeps_its_place_when_moved_back() -> None:
    passage = replace(_passage("a"), rank=3)
    assert passage.place(0) == 3
    assert _passage("a").place(5) == 5


def test_the_answer_read_from_reordered_passages_is_the_same() -> None:
    question = "by what percentage did shop theft rise"
    passages = [
        _passage("a", "Shop theft is reported to the board each year by the shop theft group.", 1),
        _passage("b", "The board thanked the shop theft group for its work.", 2),
        _passage("c", "Shop theft rose by 13.8% in 2023-24, to 1,086 offences.", 3),
    ]
    answerer = ExtractiveAnswerer(idf=lambda term: 1.0)
    ordered = reranked(passages, lambda found: answerer.evidence(question, found, question))
    assert ordered[0].chunk_id == "c"
    plain = ExtractiveAnswerer(idf=lambda term: 1.0).answer(question, passages)
    again = answerer.answer(question, ordered)
    assert again.text == plain.text and "13.8%" in plain.text
    assert [(c.document, c.page, c.quote) for c in again.citations] == [
        (c.document, c.page, c.quote) for c in plain.citations
    ]


def test_a_unit_scores_at_the_place_its_passage_was_first_ranked() -> None:
    question = "by what percentage did shop theft rise"
    asked = Asked.read(question, question, lambda term: 1.0)
    passage = replace(
        _passage("c", "The percentage rise in shop theft was 13.8% in 2023-24."), similarity=0.4
    )

    def scored(index: int, rank: int | None) -> tuple[float, bool]:
        at = replace(passage, rank=rank)
        found = score_unit(passage_units(index, at)[0], at, asked, 0.4, WEIGHTS)
        return found.score, grounded(found, at, WEIGHTS)

    # Moved up to first from third, it scores as it did third; first from the start, it scores more.
    assert scored(0, 2) == scored(2, None)
    assert scored(0, None)[0] > scored(2, None)[0]


def test_a_unit_holding_the_label_asked_for_needs_fewer_of_the_questions_words() -> None:
    question = "what does recommendation R6 of the strategic assessment say"
    idf = {"r6": 2.5, "recommend": 1.0, "strateg": 1.0, "assess": 1.0, "say": 1.0}.get
    asked = Asked.read(question, question, lambda term: idf(term) or 1.0)
    text = "R6 Invite Brindle Housing Trust, the largest social landlord, to join the Executive."
    labelled = replace(_passage("r6", text), similarity=0.5)
    found = score_unit(passage_units(1, labelled)[0], labelled, asked, 0.4, WEIGHTS)
    # "R6" is most of the question's weight: enough with the label, not enough without it.
    assert (
        found.labelled
        and WEIGHTS.min_coverage * WEIGHTS.labelled_coverage <= found.focus < WEIGHTS.min_coverage
    )
    assert grounded(found, labelled, WEIGHTS)
    other = replace(_passage("r7", text.replace("R6", "R7")), similarity=0.5)
    assert not grounded(score_unit(passage_units(1, other)[0], other, asked, 0.4, WEIGHTS), other, WEIGHTS)


@pytest.fixture(scope="module")
def marshfield(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    """A report whose first page talks about shop theft at length, and whose second page gives its
    figures in a table: the words point at the first page, the answer is on the second."""
    root = tmp_path_factory.mktemp("rerank")
    corpus = root / "corpus"
    talk = [
        "Marshfield Community Safety Partnership Annual Report 2023-24 (a fictional document)",
        "",
        "Shop theft",
        "Shop theft worries traders across Marshfield. The shop theft group met shop theft victims,",
        "and heard how the percentage change in shop theft is worked out and what the change means",
        "for shop workers. The percentage change in shop theft is reported to the board each year.",
    ]
    table = [
        "Recorded crime",
        "",
        "Crime type | 2022-23 | 2023-24 | % change",
        "Burglary | 412 | 398 | -3.4%",
        "Shop theft | 954 | 1,086 | +13.8%",
        "Vehicle crime | 377 | 421 | +11.7%",
    ]
    make_pdf(corpus / "marshfield-annual-report-2023-24.pdf", [talk, table])
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=root / "data"), model)
    helper.ingest()
    return helper


QUESTION = "what was the percentage change in shop theft"
REPORT = "marshfield-annual-report-2023-24.pdf"


def test_the_page_whose_row_answers_is_retrieved_first(marshfield: Assistant) -> None:
    first_stage = marshfield.search(QUESTION, k=2)
    assert [(p.document, p.page) for p in first_stage] == [(REPORT, 1), (REPORT, 2)]
    answer = marshfield.ask(QUESTION)
    assert "+13.8%" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [(REPORT, 2)]
    assert [(p.document, p.page) for p in answer.retrieved[:2]] == [(REPORT, 2), (REPORT, 1)]
    assert [p.rank for p in answer.retrieved[:2]] == [1, 0]


def test_the_verb_asking_what_a_numbered_thing_says_is_no_word_to_match() -> None:
    question = "What does Recommendation 3 of the strategic assessment propose?"
    asked = Asked.read(question, question, lambda term: 1.0)
    assert asked.labels == {"3"}
    assert "propos" not in asked.idf and "recommend" in asked.idf
    plain = "What did the strategic assessment propose?"  # no numbered thing: the verb counts
    assert "propos" in Asked.read(plain, plain, lambda term: 1.0).idf


def test_a_question_asking_what_things_in_the_plural_asks_for_a_list() -> None:
    def listing(question: str) -> bool:
        return Asked.read(question, question, lambda term: 1.0).wants_list

    assert listing("What conditions did the Commissioner attach to the grant?")
    assert listing("which partners does the scams project work with")
    assert not listing("What did the Commissioner attach to the grant?")
    assert not listing("what address does the board use")  # a noun ending in "ss" is no plural
