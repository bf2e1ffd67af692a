"""Figures over small fixed answer sets whose values are worked out by hand: abstention, citations,
generative answers, breakdowns, the run JSON, and a comparison that finds one regression."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from evals.compare import compare, comparison_json
from evals.questions import Sample, Source
from evals.run import ALL, PageTexts, overall, summarise
from evals.scan import scan_pdf
from evals.scoring import CitedPage, Outcome, estimates, question_values
from tests.pdfs import make_pdf

DOC = "northmoor/annual-report-2023-24.pdf"


def outcome(
    qid: str,
    answer: str = "Youth Outreach got £6,000.",
    answerable: bool = True,
    abstained: bool = False,
    retrieved: tuple[tuple[str, int], ...] = ((DOC, 4),),
    cited: tuple[int, ...] = (4,),
    kind: str = "number",
    set_name: str = "s",
    seconds: float = 0.1,
    **extra: Any,
) -> Outcome:
    sample = Sample(
        qid,
        f"Question {qid}?",
        kind,
        answerable,
        (Source(DOC, 4),) if answerable else (),
        (("£6k", "6,000"), ("Youth Outreach",)) if answerable else (),
        set_name=set_name,
    )
    citations = tuple(CitedPage(DOC, p, "Youth Outreach £6,000", True) for p in cited)
    return Outcome(
        sample,
        "minutes" if answerable else "no source",
        "The documents I have do not answer this." if abstained else answer,
        abstained,
        retrieved,
        () if abstained else citations,
        seconds,
        **extra,
    )


def figures(outcomes: list[Outcome]) -> dict[str, float]:
    return {k: e.value for k, e in estimates([question_values(o) for o in outcomes], intervals=False).items()}


def test_abstention_figures() -> None:
    found = figures(
        [
            outcome("a"),  # answerable, answered right
            outcome("b", answer="Youth Outreach got £5,000."),  # answerable, answered wrong
            outcome("c", abstained=True),  # answerable, declined
            outcome("d", answerable=False, abstained=True),  # unanswerable, declined
            outcome("e", answerable=False, cited=(9,)),  # unanswerable, answered anyway
        ]
    )
    assert found["declined_unanswerable"] == 0.5
    assert found["declined_answerable"] == pytest.approx(1 / 3)
    assert found["precision_when_answering"] == pytest.approx(1 / 3)  # a right; b and e wrong
    assert found["answer_accuracy"] == pytest.approx(1 / 3)


def test_retrieval_and_citation_figures_use_their_own_questions() -> None:
    found = figures(
        [
            outcome("a", retrieved=((DOC, 2), (DOC, 4))),  # expected page second
            outcome("b", retrieved=((DOC, 4),), cited=(7, 4)),  # first citation elsewhere
            outcome("c", retrieved=((DOC, 1), (DOC, 2), (DOC, 3), ("other.pdf", 4)), abstained=True),
            outcome("d", answerable=False, abstained=True, retrieved=((DOC, 4),)),
        ]
    )
    assert found["page_hit@1"] == pytest.approx(1 / 3)
    assert found["page_hit@3"] == pytest.approx(2 / 3)  # c's page 4 is of another document
    assert found["mrr"] == pytest.approx((0.5 + 1 + 0) / 3)
    assert found["citation_accuracy"] == 0.5  # over the answered answerable questions a and b
    # b's citation of page 7 quotes the fact, so it counts as precise
    assert found["citation_precision"] == 1.0
    assert found["citation_recall"] == 1.0
    assert found["quotes_verbatim"] == 1.0


def test_generative_figures() -> None:
    model = {"model": "ollama:llama3.1"}
    found = figures(
        [
            outcome("a", answerer="ollama:llama3.1", sentences=((True, True), (False, False)), **model),
            outcome("b", answerer="ollama:llama3.1", sentences=((True, True),), **model),
            outcome("c", fell_back=True, sentences=((True, True),), **model),
            # answered from the register, not by the model: its sentences are not the model's
            outcome("d", answerer="register", sentences=((True, True),), **model),
        ]
    )
    assert found["sentences_verified"] == pytest.approx((0.5 + 1.0) / 2)
    assert found["sentences_uncited"] == pytest.approx((0.5 + 0.0) / 2)
    assert found["llm_fallback"] == 0.25
    extractive = figures([outcome("a")])
    assert math.isnan(extractive["sentences_verified"]) and math.isnan(extractive["llm_fallback"])


def test_run_json_has_each_set_all_together_breakdowns_and_failures() -> None:
    outcomes = [
        outcome("a", kind="number", set_name="one"),
        outcome("b", kind="list", set_name="one", answer="Nothing useful."),
        outcome("a", kind="number", set_name="two", seconds=0.3),
    ]
    run = summarise(outcomes, ["one", "two"], "extractive")
    assert list(run["sets"]) == ["one", "two", ALL]
    assert run["sets"]["one"]["figures"]["answer_accuracy"]["value"] == 0.5
    assert run["sets"]["two"]["figures"]["answer_accuracy"]["value"] == 1.0
    assert overall(run)["figures"]["answer_accuracy"]["value"] == pytest.approx(2 / 3)
    assert overall(run)["by_kind"]["list"]["answer_accuracy"]["value"] == 0.0
    assert overall(run)["by_doc_type"]["minutes"]["answer_accuracy"]["n"] == 3
    figure = run["sets"]["one"]["figures"]["answer_accuracy"]
    assert figure["low"] == 0.0 and figure["high"] == 1.0  # two questions, one right
    failed = {q["set"] + ":" + q["id"]: q["failed"] for q in run["questions"]}
    assert failed["one:b"] == ["answer lacks £6k / 6,000", "answer lacks Youth Outreach"]
    assert failed["one:a"] == []
    assert run["questions"][0]["values"]["citation_recall"] == 1.0
    assert run["questions"][0]["values"]["declined_unanswerable"] is None  # JSON has no NaN


def test_sets_of_one_role_are_also_pooled_by_their_file_names() -> None:
    outcomes = [
        outcome("a", set_name="archive-dev"),
        outcome("b", set_name="archive2-dev3", answer="Nothing useful."),
        outcome("c", set_name="archive-test", answer="Nothing useful."),
        outcome("d", set_name="archive2-test"),
        outcome("e", set_name="archive2-test"),
        outcome("f", set_name="real-check"),
    ]
    names = ["archive-dev", "archive2-dev3", "archive-test", "archive2-test", "real-check"]
    run = summarise(outcomes, names, "extractive")
    assert list(run["sets"]) == [*names, ALL, f"{ALL} dev sets", f"{ALL} test sets"]  # one check set: no pool
    assert run["sets"][f"{ALL} dev sets"]["questions"] == 2
    assert run["sets"][f"{ALL} dev sets"]["figures"]["answer_accuracy"]["value"] == 0.5
    assert run["sets"][f"{ALL} test sets"]["figures"]["answer_accuracy"]["value"] == pytest.approx(2 / 3)
    assert overall(run)["questions"] == 6


def test_a_comparison_finds_the_one_question_that_regressed() -> None:
    before = [outcome(f"q{i}") for i in range(20)]
    after = [*before[:7], outcome("q7", answer="Youth Outreach got £600."), *before[8:]]
    old = summarise(before, ["s"], "extractive")
    c = compare(old, summarise(after, ["s"], "extractive"))
    assert c.newly_failing == ("s:q7",)
    assert c.newly_passing == ()
    accuracy = next(ch for ch in c.changes if ch.figure.key == "answer_accuracy")
    assert (accuracy.old, accuracy.new) == (1.0, 0.95)
    assert accuracy.delta == pytest.approx(-0.05)
    assert accuracy.high == 0.0 and accuracy.low < 0  # one question: the interval reaches no change
    assert accuracy.verdict == "unclear"
    page_hit = next(ch for ch in c.changes if ch.figure.key == "page_hit@1")
    assert page_hit.delta == 0.0 and page_hit.verdict == "same"
    assert comparison_json(c)["newly_failing"] == ["s:q7"]


def test_a_comparison_flags_a_figure_that_clearly_fell() -> None:
    before = [outcome(f"q{i}") for i in range(20)]
    # Retrieval slips on half the questions: the expected page drops from first to third.
    after = [
        outcome(f"q{i}", retrieved=((DOC, 1), (DOC, 2), (DOC, 4))) if i % 2 else before[i] for i in range(20)
    ]
    c = compare(summarise(before, ["s"], "extractive"), summarise(after, ["s"], "extractive"))
    worse = [ch.figure.key for ch in c.regressions]
    assert worse == ["page_hit@1", "first_hit@1", "mrr", "ndcg@5"]
    assert c.newly_failing == ()  # the answers still pass


def test_quotes_are_checked_against_the_pdf_text_or_for_scans_the_indexed_text(tmp_path: Path) -> None:
    make_pdf(tmp_path / "src.pdf", [["Youth Outreach received six thousand pounds."], ["A second page."]])
    scan_pdf(tmp_path / "src.pdf", tmp_path / "mixed.pdf", pages=[2])
    scan_pdf(tmp_path / "src.pdf", tmp_path / "scanned.pdf")
    page_texts = PageTexts(tmp_path, lambda document, page: f"index text of {document} p{page}")
    assert "Youth Outreach received six thousand pounds." in page_texts("mixed.pdf", 1)
    assert page_texts("mixed.pdf", 2) == "index text of mixed.pdf p2"  # no text layer: the OCR text
    assert page_texts("scanned.pdf", 1) == "index text of scanned.pdf p1"
    assert page_texts("gone.pdf", 3) == "index text of gone.pdf p3"
