"""A new run against an earlier one: each figure's change with its interval, and which questions flipped.

Questions are paired by (set, id); changes are computed over the questions both runs asked, and the
interval resamples those questions for both runs at once (a paired bootstrap), so a change in the
question set cannot pass for a change in the assistant.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from evals.scoring import FIGURES, Figure, change_interval, figure_value


@dataclass(frozen=True)
class Change:
    """One figure before and after, over the questions both runs asked."""

    figure: Figure
    old: float
    new: float
    delta: float
    low: float
    high: float

    @property
    def verdict(self) -> str:
        """Better or worse when the whole interval lies on one side of no change; else unclear (or same)."""
        if math.isnan(self.delta):
            return "n/a"  # the figure applies to none of the questions both runs asked
        if self.low > 0 or self.high < 0:
            return "better" if (self.low > 0) == self.figure.higher_is_better else "worse"
        return "same" if self.delta == 0 and self.low == self.high == 0 else "unclear"


@dataclass(frozen=True)
class Comparison:
    """The changes of every figure, and the questions that newly fail or newly pass."""

    changes: tuple[Change, ...]
    newly_failing: tuple[str, ...]
    newly_passing: tuple[str, ...]
    paired: int
    only_old: int
    only_new: int
    old_created: str = ""

    @property
    def regressions(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.verdict == "worse")


def _key(question: Mapping[str, Any]) -> str:
    return f"{question['set']}:{question['id']}"


def _value(question: Mapping[str, Any], figure: Figure) -> float:
    value = question["values"].get(figure.source)
    return math.nan if value is None else float(value)


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> Comparison:
    """Compare two run JSONs (as `evals.run.summarise` makes them)."""
    before = {_key(q): q for q in old["questions"]}
    after = {_key(q): q for q in new["questions"]}
    common = [k for k in after if k in before]
    changes = []
    for figure in FIGURES:
        olds = [_value(before[k], figure) for k in common]
        news = [_value(after[k], figure) for k in common]
        old_value, new_value = figure_value(figure, olds), figure_value(figure, news)
        bounds = change_interval(figure, olds, news)
        changes.append(Change(figure, old_value, new_value, new_value - old_value, bounds.low, bounds.high))
    return Comparison(
        changes=tuple(changes),
        newly_failing=tuple(k for k in common if before[k]["passed"] and not after[k]["passed"]),
        newly_passing=tuple(k for k in common if not before[k]["passed"] and after[k]["passed"]),
        paired=len(common),
        only_old=sum(k not in after for k in before),
        only_new=sum(k not in before for k in after),
        old_created=str(old.get("created", "")),
    )


def comparison_json(c: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON (for `--json` and the report)."""

    def num(x: float) -> float | None:
        return None if math.isnan(x) else round(x, 6)

    return {
        "against": c.old_created,
        "paired_questions": c.paired,
        "only_in_earlier": c.only_old,
        "only_in_new": c.only_new,
        "figures": {
            ch.figure.key: {
                "old": num(ch.old),
                "new": num(ch.new),
                "change": num(ch.delta),
                "low": num(ch.low),
                "high": num(ch.high),
                "verdict": ch.verdict,
            }
            for ch in c.changes
        },
        "newly_failing": list(c.newly_failing),
        "newly_passing": list(c.newly_passing),
    }
