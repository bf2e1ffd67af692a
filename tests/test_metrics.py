"""Each eval metric on hand-made data, with the figures worked out by hand."""

from __future__ import annotations

import math

import pytest

from evals import metrics, stats

# A hand-made ranking, chunk by chunk, in the retriever's order: page 3 twice, then 9 of two documents.
RANKING = [("a.pdf", 3), ("a.pdf", 3), ("a.pdf", 9), ("b.pdf", 9), ("a.pdf", 20), ("a.pdf", 1), ("a.pdf", 2)]
EXPECTED = [("a.pdf", 9), ("a.pdf", 20)]


def test_hit_at_k_counts_distinct_pages_of_the_right_document() -> None:
    assert metrics.hit_at(1, RANKING, EXPECTED) is False
    assert metrics.hit_at(2, RANKING, EXPECTED) is True  # (a, 9) is the second distinct page
    assert metrics.hit_at(5, [("b.pdf", 9), ("b.pdf", 20)], EXPECTED) is False  # right pages, other document
    assert metrics.hit_at(1, [("b.pdf", 9)], [(None, 9)]) is True  # a legacy page matches any document
    assert metrics.hit_at(5, [], EXPECTED) is False


def test_recall_mrr_and_ndcg_on_a_hand_made_ranking() -> None:
    assert metrics.recall_at(1, RANKING, EXPECTED) == 0.0
    assert metrics.recall_at(3, RANKING, EXPECTED) == 0.5  # (a,3), (a,9), (b,9)
    assert metrics.recall_at(4, RANKING, EXPECTED) == 1.0  # (a,20) is fourth
    assert metrics.reciprocal_rank(RANKING, EXPECTED) == 0.5
    assert metrics.reciprocal_rank([("a.pdf", 1)], EXPECTED) == 0.0
    # Gains at ranks 2 and 4; the ideal ranking has them at ranks 1 and 2.
    ideal = 1 + 1 / math.log2(3)
    assert metrics.ndcg_at(5, RANKING, EXPECTED) == pytest.approx(
        (1 / math.log2(3) + 1 / math.log2(5)) / ideal
    )
    assert metrics.ndcg_at(3, RANKING, EXPECTED) == pytest.approx((1 / math.log2(3)) / ideal)
    # A legacy page without a document gains once, however many documents have that page.
    assert metrics.ndcg_at(5, RANKING, [(None, 9)]) == pytest.approx(1 / math.log2(3))
    assert metrics.recall_at(5, RANKING, [(None, 9)]) == 1.0


@pytest.mark.parametrize(
    ("answer", "fact", "holds"),
    [
        ("The grant was £8,000.", "£8k", True),
        ("The grant was 8000 pounds.", "£8,000", True),
        ("A £1.2m programme", "1,200,000", True),
        ("It received £1,500.", "50", False),  # a figure is not read out of a larger one
        ("It received £1,500.", "500", False),
        ("It received £1,500.", "£1,500", True),
        ("Up 21.1 per cent on last year", "21.1%", True),
        ("Up 21.1 on last year", "21.1%", False),  # a percentage is not a plain number
        ("Up 21.15% on last year", "21.1%", False),
        ("Shoplifting rose by +25.5%.", "25.5", True),  # a bare number in a file: amount or percent
        ("Shoplifting rose by +25.5%.", "£25.5", False),  # money is not a percentage
        ("Shoplifting rose by +25.5%.", "25.5k", False),
        ("Agreed on 12/03/2024.", "12 March 2024", True),
        ("Agreed on 12th March 2024.", "12/03/2024", True),
        ("Agreed on 13 March 2024.", "12 March 2024", False),
        ("The plan for 2022-2023", "2022-23", True),
        ("It set seven priorities.", "7", True),
        ("The Knife Angel got £19,738", "knife angel", True),
        ("Knife crime fell", "knife angel", False),
        ("Partnerships met", "partner", False),  # words match whole, not inside other words
        ("Fire & Rescue Service", "fire & rescue", True),
    ],
)
def test_value_aware_correctness(answer: str, fact: str, holds: bool) -> None:
    assert metrics.holds(answer, fact) is holds


def test_answer_correct_needs_every_group_and_names_what_is_missing() -> None:
    groups = [["19,783", "19,738"], ["knife angel"]]
    assert metrics.answer_correct("The Knife  Angel got £19,738 [1]", groups)
    assert metrics.missing_facts("The Knife Angel got a grant", groups) == [("19,783", "19,738")]
    assert metrics.answer_correct("anything", [])


def test_citation_accuracy_precision_and_recall() -> None:
    facts = [["19,783", "19,738"]]
    citations = [
        (("a.pdf", 20), "Knife Angel 19,738"),  # on an expected page
        (("a.pdf", 5), "The Knife Angel got £19,783 in total"),  # elsewhere, but states the fact
        (("a.pdf", 7), "Unrelated text about 1,978 visitors"),  # neither
    ]
    assert metrics.citation_precision(citations, EXPECTED, facts) == pytest.approx(2 / 3)
    cited = [ref for ref, _ in citations]
    assert metrics.citation_recall(cited, EXPECTED) == 0.5  # page 20 of the expected 9 and 20
    assert metrics.citation_accuracy(cited, EXPECTED) == 1.0
    assert metrics.citation_accuracy(cited[1:], EXPECTED) == 0.0
    assert math.isnan(metrics.citation_accuracy([], EXPECTED))
    assert math.isnan(metrics.citation_precision([], EXPECTED, facts))


def test_aggregates() -> None:
    assert metrics.mean([1.0, math.nan, 0.0]) == 0.5
    assert math.isnan(metrics.mean([math.nan]))
    assert math.isnan(metrics.rate(1, 0))
    assert metrics.percentile([10, 20, 30, 40], 50) == 25
    assert metrics.percentile([10, 20, 30, 40], 95) == 38.5
    assert math.isnan(metrics.percentile([], 50))


def test_bootstrap_interval_on_a_fixed_seed() -> None:
    # Two questions, one right: a resample's mean is 0, 0.5 or 1, and 0 and 1 each come up a quarter
    # of the time, so the 2.5th and 97.5th percentiles are 0 and 1 whatever the draws.
    assert stats.interval([0.0, 1.0]) == stats.Interval(0.0, 1.0)
    assert stats.interval([1.0, 1.0, 1.0]) == stats.Interval(1.0, 1.0)
    # Fixed seed, fixed numbers: 13 of 20 right; NaN (does not apply) left out; the p95 of latencies.
    assert stats.interval([1.0] * 13 + [0.0] * 7) == stats.Interval(0.45, 0.85)
    assert stats.interval([0.5, 1.0, math.nan, 0.0, 1.0, 0.25]) == stats.Interval(0.1875, 0.9)
    assert stats.interval([120, 80, 95, 300, 110], stats.percentile_rows(95)) == stats.Interval(107.0, 300.0)
    # Paired: one of ten questions goes wrong; the change is never positive.
    paired = stats.paired_interval([1.0] * 10, [1.0] * 3 + [0.0] + [1.0] * 6)
    assert paired.low == pytest.approx(-0.3) and paired.high == 0.0
    assert math.isnan(stats.interval([math.nan, math.nan]).low)
