"""Each metric is a small pure function over plain data."""

from __future__ import annotations

import math
from collections.abc import Sequence


def dedupe(pages: Sequence[int]) -> list[int]:
    """Pages in first-seen order, each once."""
    seen: list[int] = []
    for page in pages:
        if page not in seen:
            seen.append(page)
    return seen


def hit_at(k: int, retrieved: Sequence[int], expected: Sequence[int]) -> bool:
    """Whether one of the first k distinct retrieved pages is an expected page."""
    return any(page in expected for page in dedupe(retrieved)[:k])


def reciprocal_rank(retrieved: Sequence[int], expected: Sequence[int]) -> float:
    """1/rank of the first expected page among the distinct retrieved pages; 0 when none is there."""
    for rank, page in enumerate(dedupe(retrieved), start=1):
        if page in expected:
            return 1.0 / rank
    return 0.0


def answer_correct(answer: str, answer_all: Sequence[Sequence[str]]) -> bool:
    """Right when every group has at least one alternative in the answer (case-insensitive)."""
    text = " ".join(answer.split()).casefold()
    return all(any(" ".join(alt.split()).casefold() in text for alt in group) for group in answer_all)


def citation_hits(cited: Sequence[int], expected: Sequence[int]) -> tuple[int, int]:
    """(citations on an expected page, citations) for one answer."""
    return sum(page in expected for page in cited), len(cited)


def rate(numerator: float, denominator: float) -> float:
    """A share, or NaN when there is nothing to share out (shown as n/a)."""
    return numerator / denominator if denominator else math.nan


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
