"""The lines and boxes a page paints: where its tables' rules and frames lie.

A table set in one column of a two-column page is ruled within that column; a table across the page
is ruled across it. The text alone cannot tell the two apart when a column holds table cells, so
the layout reader (`layout`) asks where the page's rules run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

MIN_RULE_WIDTH = 20.0  # points: narrower marks are bullets' squares and ticks, not a table's rules
# A painted shape taller than this is a panel or a frame round the page's text, not a rule or a band.
MAX_RULE_HEIGHT = 60.0
# An upright rule is a line at most this wide (points), and at least this tall: a row's height of a
# table's cell wall, not a bullet's tick.
MAX_UPRIGHT_WIDTH = 2.0
MIN_UPRIGHT_HEIGHT = 6.0
_PAINTING = frozenset({b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})
_STROKING = frozenset({b"S", b"s", b"B", b"B*", b"b", b"b*"})
_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class Rule:
    """A painted line or box, by its extent on the page (default user space, points)."""

    x0: float
    x1: float
    y0: float
    y1: float


def painted_rules(operations: Sequence[tuple[Any, bytes]]) -> list[Rule]:
    """The horizontal rules, bands and boxes a content stream paints, at least `MIN_RULE_WIDTH` wide
    and at most `MAX_RULE_HEIGHT` tall; a clipping path, never painted, is none."""
    return painted(operations)[0]


def painted(operations: Sequence[tuple[Any, bytes]]) -> tuple[list[Rule], list[Rule]]:
    """From one reading of a content stream: its horizontal rules (as `painted_rules`), and the
    upright rules it paints between a table's columns: lines drawn upright, and the sides of boxes
    drawn round cells (a box filled only is a cell's shading, no rule)."""
    rules: list[Rule] = []
    uprights: list[Rule] = []
    for r, stroked_box in _painted(operations):
        if r.x1 - r.x0 >= MIN_RULE_WIDTH and r.y1 - r.y0 <= MAX_RULE_HEIGHT:
            rules.append(r)
        if stroked_box:
            uprights += [Rule(x, x, r.y0, r.y1) for x in (r.x0, r.x1)]
        elif r.x1 - r.x0 <= MAX_UPRIGHT_WIDTH:
            uprights.append(r)
    return rules, [r for r in uprights if r.y1 - r.y0 >= MIN_UPRIGHT_HEIGHT]


def _painted(operations: Sequence[tuple[Any, bytes]]) -> Iterator[tuple[Rule, bool]]:
    """Each painted shape's extent, and whether it is a box whose sides are stroked."""
    stack: list[_Matrix] = []
    ctm = _IDENTITY
    path: list[tuple[Rule, bool]] = []  # (extent, drawn as a box)
    current = (0.0, 0.0)
    for operands, operator in operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop() if stack else _IDENTITY
        elif operator == b"cm" and len(operands) == 6:
            ctm = _times(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif operator == b"re" and len(operands) == 4:
            x, y, w, h = (float(v) for v in operands)
            path.append((_extent([(x, y), (x + w, y), (x, y + h), (x + w, y + h)], ctm), True))
        elif operator == b"m" and len(operands) == 2:
            current = (float(operands[0]), float(operands[1]))
        elif operator == b"l" and len(operands) == 2:
            point = (float(operands[0]), float(operands[1]))
            path.append((_extent([current, point], ctm), False))
            current = point
        elif operator in _PAINTING or operator == b"n":
            if operator != b"n":
                yield from ((r, box and operator in _STROKING) for r, box in path)
            path = []


def _times(m: _Matrix, n: _Matrix) -> _Matrix:
    """The matrix product m × n, as PDF writes a `cm` applied to the current matrix."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _extent(points: Iterable[tuple[float, float]], m: _Matrix) -> Rule:
    a, b, c, d, e, f = m
    placed = [(a * x + c * y + e, b * x + d * y + f) for x, y in points]
    xs, ys = [p[0] for p in placed], [p[1] for p in placed]
    return Rule(min(xs), max(xs), min(ys), max(ys))
