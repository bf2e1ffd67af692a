"""Bootstrap confidence intervals: resample the questions, recompute the figure, take the middle 95%.

The draws come from Python's Mersenne Twister with a fixed seed, whose stream is the same on every
platform and version, so a run's intervals can be reproduced exactly.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

SEED = 16
RESAMPLES = 2000
LEVEL = 0.95

Aggregate = Callable[[np.ndarray], np.ndarray]  # a (resamples × questions) array → one figure per row


@dataclass(frozen=True)
class Interval:
    """The bounds of a confidence interval; NaN when the figure does not apply to any question."""

    low: float
    high: float


def mean_rows(values: np.ndarray) -> np.ndarray:
    """Each row's mean over its numbers, NaN ("does not apply") left out; NaN for a row of none."""
    present = ~np.isnan(values)
    counts = present.sum(axis=1)
    sums = np.where(present, values, 0.0).sum(axis=1)
    return np.divide(sums, counts, out=np.full(len(values), np.nan), where=counts > 0)


def percentile_rows(q: float) -> Aggregate:
    """Each row's q-th percentile (linear interpolation, as `metrics.percentile`)."""

    def aggregate(values: np.ndarray) -> np.ndarray:
        missing = np.isnan(values)
        if missing.all():
            return np.full(len(values), np.nan)
        if not missing.any():  # the usual case (latencies), and nanpercentile is a slow loop over rows
            return np.asarray(np.percentile(values, q, axis=1))
        return np.asarray(np.nanpercentile(values, q, axis=1))

    return aggregate


@lru_cache(maxsize=64)  # breakdowns ask for the same sizes again and again; callers only read it
def draws(n: int, resamples: int = RESAMPLES, seed: int = SEED) -> np.ndarray:
    """Question indices for each resample: `resamples` rows of n draws with replacement."""
    rng = random.Random(seed)
    return np.array([[rng.randrange(n) for _ in range(n)] for _ in range(resamples)], dtype=np.int64)


def interval(
    values: Sequence[float],
    aggregate: Aggregate = mean_rows,
    resamples: int = RESAMPLES,
    seed: int = SEED,
    level: float = LEVEL,
) -> Interval:
    """The percentile bootstrap interval of a figure over per-question values (NaN: does not apply)."""
    data = np.asarray(values, dtype=float)
    if not len(data) or np.isnan(data).all():
        return Interval(math.nan, math.nan)
    return _bounds(aggregate(data[draws(len(data), resamples, seed)]), level)


def paired_interval(
    old: Sequence[float],
    new: Sequence[float],
    aggregate: Aggregate = mean_rows,
    resamples: int = RESAMPLES,
    seed: int = SEED,
    level: float = LEVEL,
) -> Interval:
    """The interval of new minus old, resampling the same questions for both (they are paired)."""
    before, after = np.asarray(old, dtype=float), np.asarray(new, dtype=float)
    if len(before) != len(after):
        raise ValueError(f"paired values differ in length: {len(before)} and {len(after)}")
    if not len(before):
        return Interval(math.nan, math.nan)
    rows = draws(len(before), resamples, seed)
    return _bounds(aggregate(after[rows]) - aggregate(before[rows]), level)


def _bounds(estimates: np.ndarray, level: float) -> Interval:
    kept = estimates[~np.isnan(estimates)]
    if not len(kept):
        return Interval(math.nan, math.nan)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(kept, [tail, 100 - tail])
    return Interval(float(low), float(high))
