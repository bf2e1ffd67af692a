"""Lines of text runs set out at a fixed character width, as pypdf's layout mode sets them, and one
thing more: two runs with a table's upright rule drawn between them stay apart as cells.

pypdf places each run (BT group) at the column its x gives in characters of the page's average width;
a run that would start before the line's end so far follows on with no space. Narrow columns of a
ruled table (a spreadsheet printed to fit the page) so lose the gap between their cells ("Asked
Decision" read as one cell); the rule drawn between them is what says they are two.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil
from typing import Any

from pypdf._text_extraction._layout_mode import _fixed_width_page as _pypdf_fixed

from ingest.parse.rules import Rule

# The spaces that part a table's cells in layout text (`layout._PIECE_RE` cuts at three).
CELL_SPACES = 3
# A rule parts two runs on a line when it is drawn beside the line's baseline, within this many
# points of it above or below (a cell's text sits a little above its lower wall).
RULE_REACH = 3.0
_fixed: Any = _pypdf_fixed
_CONTROLS = str.maketrans(dict.fromkeys(range(14, 32), " "))


def fixed_width_text(
    lines: dict[int, list[dict[str, Any]]], char_width: float, uprights: Sequence[Rule] = ()
) -> str:
    """The lines (pypdf's y-coordinate groups), a blank line for each line's height of space between
    them, each run at its column; runs with an upright rule between them at least `CELL_SPACES`
    apart."""
    out: list[str] = []
    last_y = 0
    for y, groups in lines.items():
        if out:
            height = groups[0]["font_height"]
            blank = 0 if height == 0 else int(abs(y - last_y) / height) - 1
            out.extend([""] * min(blank, _fixed.NEWLINE_LIMIT))
        line = _line(groups, char_width, uprights)
        if line.strip() or out:
            out.append(line)
        last_y = y
    return "\n".join(out)


def _line(groups: Sequence[dict[str, Any]], char_width: float, uprights: Sequence[Rule]) -> str:
    parts: list[str] = []
    length = 0
    last_end: float | None = None
    for group in groups:
        tx = float(group["tx"])
        needed = (int(tx // char_width) if char_width else length) - length
        gap = last_end is None or ceil(last_end) < int(tx)
        needed = min(needed, _fixed.WHITESPACE_LIMIT) if needed > 0 and gap else 0
        if last_end is not None and needed < CELL_SPACES and _ruled_between(last_end, tx, group, uprights):
            needed = CELL_SPACES
        text = str(group["text"]).translate(_CONTROLS)
        parts.append(" " * needed + text)
        length += needed + len(text)
        last_end = float(group["displaced_tx"])
    return "".join(parts).rstrip()


def _ruled_between(end: float, start: float, group: dict[str, Any], uprights: Sequence[Rule]) -> bool:
    y = float(group["ty"])
    return any(
        end <= rule.x0 and rule.x1 <= start and rule.y0 - RULE_REACH <= y <= rule.y1 + RULE_REACH
        for rule in uprights
    )
