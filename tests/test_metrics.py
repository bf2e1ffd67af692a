"""Each eval metric on hand-made data, exact."""

from __future__ import annotations

import math

from evals import metrics


def test_hit_at_counts_distinct_pages() -> None:
    assert metrics.hit_at(1, [9, 9, 20], [20]) is False
    assert metrics.hit_at(2, [9, 9, 20], [20]) is True
    assert metrics.hit_at(5, [], [20]) is False


def test_reciprocal_rank() -> None:
    assert metrics.reciprocal_rank([3, 3, 13, 9], [9]) == 1 / 3
    assert metrics.reciprocal_rank([3], [9]) == 0.0


def test_answer_correct_needs_every_group() -> None:
    groups = [["19,783", "19,738"], ["knife angel"]]
    assert metrics.answer_correct("The Knife  Angel got £19,738 [1]", groups)
    assert not metrics.answer_correct("The Knife Angel got a grant", groups)
    assert metrics.answer_correct("anything", [])


def test_citation_hits_rate_and_percentile() -> None:
    assert metrics.citation_hits([9, 20, 13], [9, 20]) == (2, 3)
    assert math.isnan(metrics.rate(1, 0))
    assert metrics.percentile([10, 20, 30, 40], 50) == 25
    assert metrics.percentile([10, 20, 30, 40], 95) == 38.5
    assert math.isnan(metrics.percentile([], 50))
