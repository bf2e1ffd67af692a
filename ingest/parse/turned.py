"""Column headings set a quarter turn, reading upwards over a narrow table column.

pypdf's layout mode leaves out text that is not upright, so such a table loses its header row. Each
turned heading is set back upright here, in the lines its column's width holds, above where it stood:
a header of a few lines the table reader joins by column, as it joins any header run over lines.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

_ROW_SLACK = 1.5  # points: turned headings of one row start on one baseline
_MIN_HEADINGS = 2  # one turned line alone is a margin note or a stamp, not a header row
_MAX_CHARS = 60  # a heading, not a sideways paragraph
_LINE_SPACING = 1.2  # of the font size, between the lines a heading is set back in
_GAP_CHARS = 1  # characters left free before the next heading's column


def _key(group: dict[str, Any], left: float) -> tuple[str, float, float]:
    return str(group["text"]), round(float(group["tx"]) + left, 1), round(float(group["ty"]), 1)


def turned_rows(
    everything: list[dict[str, Any]], left_all: float, upright: list[dict[str, Any]], left: float
) -> list[tuple[float, list[dict[str, Any]]]]:
    """The groups that `everything` (read with turned text, x from `left_all`) holds beyond `upright`
    (x from `left`), where several short ones start on one baseline: rows of turned headings, each
    with the baseline it starts on."""
    kept = Counter(_key(g, left) for g in upright)
    extra: list[dict[str, Any]] = []
    for group in everything:
        key = _key(group, left_all)
        if kept[key]:
            kept[key] -= 1
        elif str(group["text"]).strip() and len(str(group["text"]).strip()) <= _MAX_CHARS:
            extra.append(dict(group, tx=float(group["tx"]) + left_all - left))
    rows: dict[float, list[dict[str, Any]]] = {}
    for group in extra:
        base = next((ty for ty in rows if abs(ty - float(group["ty"])) <= _ROW_SLACK), float(group["ty"]))
        rows.setdefault(base, []).append(group)
    return sorted(((b, r) for b, r in rows.items() if len(r) >= _MIN_HEADINGS), key=lambda item: item[0])


def with_headings_upright(
    upright: list[dict[str, Any]], left: float, everything: list[dict[str, Any]], left_all: float
) -> list[dict[str, Any]]:
    """The upright groups, with each row of turned headings set upright among them, and the upright
    headings beside them (a "Ward" over the names) moved up to their first line."""
    found = list(upright)
    for base, row in turned_rows(everything, left_all, upright, left):
        set_back = set_upright(row)
        top = max(float(g["ty"]) for g in set_back)
        found = [
            dict(g, ty=top) if base - _ROW_SLACK <= float(g["ty"]) <= top + _ROW_SLACK else g for g in found
        ] + set_back
    return found


def set_upright(headings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Turned headings set back upright: each in as many lines as the space to the next heading's
    start holds, their first lines level at the top, as a header run over lines is set, and the
    deepest heading's last line on the headings' baseline."""
    ordered = sorted(headings, key=lambda g: float(g["tx"]))
    wrapped = [_wrapped(str(g["text"]), _width(ordered, at)) for at, g in enumerate(ordered)]
    depth = max(len(lines) for lines in wrapped)
    found: list[dict[str, Any]] = []
    for group, lines in zip(ordered, wrapped, strict=True):
        per_char = _per_char(group)
        step = float(group["font_size"]) * _LINE_SPACING
        for row, line in enumerate(lines):
            found.append(
                dict(
                    group,
                    text=line,
                    ty=float(group["ty"]) + (depth - 1 - row) * step,
                    displaced_tx=float(group["tx"]) + len(line) * per_char,
                    font_height=float(group["font_size"]),
                )
            )
    return found


def _per_char(group: dict[str, Any]) -> float:
    return (float(group["displaced_tx"]) - float(group["tx"])) / max(len(str(group["text"])), 1)


def _width(ordered: list[dict[str, Any]], at: int) -> int:
    """Characters a heading's line may hold: up to the next heading's start, less a gap."""
    group = ordered[at]
    per_char = _per_char(group)
    if at + 1 == len(ordered) or per_char <= 0:
        return len(str(group["text"]))  # the last heading has the table's edge beside it
    return max(int((float(ordered[at + 1]["tx"]) - float(group["tx"])) / per_char) - _GAP_CHARS, 1)


def _wrapped(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines
