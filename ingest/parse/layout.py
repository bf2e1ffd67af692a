"""A page's text in reading order, from the positions of its text.

pypdf's layout mode places every run of text at its x position, which keeps a table row on one
line with its cells apart, but reads a two-column page line by line across both columns. Here the
same runs (pypdf's "BT groups": text with its x extent and baseline) are looked at first: where a
vertical gutter runs between two columns of prose, each column is read top to bottom, the left one
first; lines that cross the gutter (titles, tables spanning the page) stay whole and keep their
place. A column may hold a table when the page's rules (`rules`) are drawn within the columns
and none across the gutter. A page whose text is drawn sideways or upside down (a landscape table on
a portrait page) is read in the orientation that shows the most of its text upright.

Pages without columns come out as pypdf's layout mode gives them, but that runs of text with a
table's upright rule between them stay apart as cells (`fixed_width`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from pypdf._text_extraction import _layout_mode as _pypdf_layout
from pypdf._text_extraction._layout_mode import _fixed_width_page as _pypdf_fixed
from pypdf.generic import ArrayObject, ContentStream, StreamObject

from ingest.parse.fixed_width import fixed_width_text
from ingest.parse.rules import Rule, painted
from ingest.parse.turned import with_headings_upright

# pypdf's layout-mode internals, typed loosely: its BT groups are passed around here as plain dicts.
_layout_mode: Any = _pypdf_layout
_fixed: Any = _pypdf_fixed
# Content rotations tried for a page with text that is not upright: (cos, sin) of the angle.
_ROTATIONS = {90: (0.0, 1.0), 270: (0.0, -1.0), 180: (-1.0, 0.0)}
_WORD_RE = re.compile(r"\w\w")
_LETTERS_RE = re.compile(r"[^\W\d_]{2}")
_PIECE_RE = re.compile(r"\S+(?: {1,2}\S+)*")  # text between gaps of 3+ spaces (a cell, a column line)
# Layout thresholds, on the geometry of the page (points):
MIN_COLUMN_LINES = 4  # lines with text each side of a gutter before a page is read as two columns
# Lines crossing a gutter, at most, for each line with text both sides of it: the gap between an
# awards table's last two columns in the evaluation archive is crossed by 6 lines of prose for 35
# beside it (0.17); a page's gutter by none or a title.
GUTTER_CROSSED = 0.1
PROSE_SINGLE_PIECE = 0.6  # share of a column's lines that are one run of words (not table cells)
PROSE_FILL = 0.5  # a prose column's lines fill at least this share of its width, on average
GUTTER_BAND = (0.25, 0.75)  # where a column gutter may lie, as shares of the text's width
# ... or, nearer the left, a narrow sidebar's, when the main column beside it runs on average to
# this share of the text's width (a table's short second column does not).
SIDEBAR_GUTTER = 0.2
SIDEBAR_MAIN_REACH = 0.8
EDGE_SLACK = 8.0  # a column line starts within this many points of its column's edge...
INDENT_SLACK = 24.0  # ... or this far in (a bullet, an indented first line)
DETACHED_GAP = 2.5  # line spacings between the columns and a one-sided line that is not part of them
# Share of a prose column's lines holding a word: the two budget tables' figure columns in the
# evaluation archive hold none, every prose column of its 30 documents holds one on every line, so any
# share between reads them alike; half leaves room for a column of short lines.
PROSE_WORDED = 0.5
# Share of a prose column's lines that start at its edge (or a bullet's indent in). A decisions
# table's wrapped cells in the evaluation archive start there on 0.28 of the lines left of its last
# column; every other page of its 138 documents and the real report reads the same with any share
# from 0.29 to 0.5: 0.4 lies between.
PROSE_EDGED = 0.4
# Words a prose column's line holds on average, at least: a table's column of one word a row
# ("Red", "Amber") beside its figures is no column of prose, though each of its lines is one piece.
# Of the sides taken for prose in the evaluation archive with no bound, Wrenfold's column of ratings
# averages 1.0 and four more 1.1 to 1.7 (their pages read the same either way: the other side
# decides), the rest 2.0 or more; any bound above 1.0 and up to 2.0 changes that one page alone.
PROSE_LINE_WORDS = 2.0
FULL_LINE = 0.85  # a column line reaching this share of its column's width runs on to the next line
# A rule drawn within one column, this share of its width at least (a table's, a heading's hairline
# run on to the column's edge), beside the lines with text both sides of a gutter, and none across
# it: the columns are apart, though one of them holds a table.
COLUMN_RULE_SHARE = (
    0.5  # a heading's hairline in the archive is 0.6 of its column; a bullet's square far less
)
# An upright rule down this share of the page's text, at least, is drawn between its columns: in the
# evaluation archive such rules run 686 to 700 points, nearly the whole text; the tallest table wall
# found runs 376, about half (a table's walls run the table's height).
COLUMN_RULE_HEIGHT = 0.6
RULE_SPAN = 3.0  # line spacings at most between two such lines for a rule between them to be among them


@dataclass(frozen=True)
class _Piece:
    """A run of text with no wide gap inside: its x extent, and the BT group it is cut from."""

    x0: float
    x1: float
    text: str
    group: dict[str, Any]


def page_text(page: Any) -> str:
    """The page's text in layout mode, read column by column where it has columns of prose."""
    operations = _operations(page)
    groups, origin = _upright_groups(page, operations)
    if not groups:
        return ""
    char_width = _layout_mode.fixed_char_width(groups, 1.25)
    lines = _layout_mode.y_coordinate_groups(groups)

    # The rules across and the cell walls, placed as the text is: from its left edge; a page turned
    # upright has none.
    rules: list[Rule] = []
    uprights: list[Rule] = []
    if origin is not None:
        across, walls = painted(operations)
        rules, uprights = _placed(across, origin), _placed(walls, origin)
    sections = _sections(lines, rules, uprights)
    if all(kind == "whole" for kind, _ in sections):
        return fixed_width_text(lines, char_width, uprights)
    parts: list[str] = []
    for kind, section in sections:
        if kind == "whole":
            parts.append(_render({ty: lines[ty] for ty in section}, char_width, uprights))
        else:
            left, right, joined = _columns(section, lines)
            parts.append(
                _render(left, char_width) + ("\n" if joined else "\n\n") + _render(right, char_width)
            )
    return "\n\n".join(part for part in parts if part.strip())


def _placed(rules: list[Rule], origin: float) -> list[Rule]:
    return [replace(r, x0=r.x0 - origin, x1=r.x1 - origin) for r in rules]


def _operations(page: Any) -> list[Any]:
    contents = page.get("/Contents")
    if contents is not None:
        contents = contents.get_object()
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return []
    return list(ContentStream(contents, page.pdf, "bytes").operations)


def _upright_groups(page: Any, operations: list[Any]) -> tuple[list[dict[str, Any]], float | None]:
    """The page's BT groups in the orientation that shows the most text upright (normally as drawn);
    and, where that is as drawn, the page's x the groups' x are measured from."""
    if not operations:
        return [], None
    fonts = page._layout_mode_fonts()
    upright, left = _groups(operations, fonts)
    everything, left_all = _groups(operations, fonts, strip_rotated=False)
    if _size(upright) >= _size(everything):  # no text is drawn sideways
        return upright, left
    best = upright
    for cos, sin in _ROTATIONS.values():
        turned = [([], b"q"), ([cos, sin, -sin, cos, 0, 0], b"cm"), *operations, ([], b"Q")]
        candidate, _ = _groups(turned, fonts)
        if _size(candidate) > _size(best):
            best = candidate
    if best is not upright:
        return best, None
    found = with_headings_upright(upright, left, everything, left_all)
    return sorted(found, key=lambda g: (g["ty"] * g["flip_sort"], -g["tx"]), reverse=True), left


def _groups(
    operations: Sequence[Any], fonts: Any, strip_rotated: bool = True
) -> tuple[list[dict[str, Any]], float]:
    """pypdf's BT groups, as its `text_show_operations` gives them (x from the leftmost text's), and
    the page's x of that leftmost text, which it does not give: this is its loop, kept apart."""
    state = _fixed.TextStateManager()
    found: list[dict[str, Any]] = []
    ops = iter(operations)
    for operands, op in ops:
        if op in (b"BT", b"q"):
            target = b"ET" if op == b"BT" else b"Q"
            groups, _ = _fixed.recurse_to_target_op(ops, state, target, fonts, strip_rotated)
            found.extend(dict(group) for group in groups)
        elif op == b"Tf":
            _fixed.set_font_operation(state, fonts, operands)
        else:
            state.set_state_param(op, operands)
    left = min((group["tx"] for group in found), default=0.0)
    ordered = sorted(found, key=lambda g: (g["ty"] * g["flip_sort"], -g["tx"]), reverse=True)
    return [dict(g, tx=g["tx"] - left, displaced_tx=g["displaced_tx"] - left) for g in ordered], left


def _size(groups: Sequence[dict[str, Any]]) -> int:
    return sum(len(str(group["text"]).strip()) for group in groups)


def _pieces(group: dict[str, Any]) -> list[_Piece]:
    """A group cut at its wide gaps; each piece's x is estimated from its place in the group's text."""
    text = str(group["text"])
    start, end = float(group["tx"]), float(group["displaced_tx"])
    per_char = (end - start) / len(text) if text else 0.0
    return [
        _Piece(start + m.start() * per_char, start + m.end() * per_char, m.group(), group)
        for m in _PIECE_RE.finditer(text)
    ]


def _sections(
    lines: dict[int, list[dict[str, Any]]], rules: Sequence[Rule], uprights: Sequence[Rule] = ()
) -> list[tuple[str, list[Any]]]:
    """The page top to bottom as ("whole", line keys) and ("columns", (gutter, line keys)) sections."""
    keys = list(lines)
    pieces = {ty: [p for group in lines[ty] for p in _pieces(group)] for ty in keys}
    ruled = _column_rule(pieces, uprights, rules)
    gutter = (ruled.x0 + ruled.x1) / 2 if ruled else _gutter(pieces)
    if gutter is None:
        return [("whole", keys)]
    edge = _column_edge(pieces, gutter)
    apart = (
        (math.floor(ruled.y0), math.ceil(ruled.y1)) if ruled else _ruled_apart(pieces, gutter, edge, rules)
    )
    runs: list[tuple[bool, list[int]]] = []  # (read whole, lines)
    for ty in keys:
        right = [p.x0 for p in pieces[ty] if p.x0 >= gutter]
        # A line crossing the gutter is read whole; so is one whose text right of it does not start
        # at the right column's edge (or a little in, as a bullet does): a table's cells, unless the
        # columns are ruled apart there (a table in the right column).
        celled = not (apart and apart[0] <= ty <= apart[1])
        # A left column's line may run past the gutter into the gap, not to the right column.
        crosses = any(p.x0 < gutter and p.x1 > edge for p in pieces[ty]) or bool(
            right and celled and not edge - EDGE_SLACK <= min(right) <= edge + INDENT_SLACK
        )
        if runs and runs[-1][0] == crosses:
            runs[-1][1].append(ty)
        else:
            runs.append((crosses, [ty]))
    runs = _detach_trailing(runs, pieces, gutter)
    sections: list[tuple[str, list[Any]]] = []
    for crosses, run in runs:
        kind = (
            "columns"
            if not crosses and _prose_columns([pieces[ty] for ty in run], gutter, apart is not None)
            else "whole"
        )
        if kind == "whole" and sections and sections[-1][0] == "whole":
            sections[-1][1].extend(run)
        elif kind == "whole":
            sections.append(("whole", list(run)))
        else:
            sections.append(("columns", [(gutter, pieces[ty], ty) for ty in run]))
    return sections


def _detach_trailing(
    runs: list[tuple[bool, list[int]]], pieces: dict[int, list[_Piece]], gutter: float
) -> list[tuple[bool, list[int]]]:
    """Lines with text on one side only, set well below the columns and before a line read whole
    (a table's caption), belong with what follows, not at the foot of the left column."""
    out: list[tuple[bool, list[int]]] = []
    for index, (whole, run) in enumerate(runs):
        followed = index + 1 < len(runs)
        if whole or not followed or len(run) < 3:
            out.append((whole, run))
            continue
        spacing = sorted(abs(a - b) for a, b in pairwise(run))[(len(run) - 1) // 2]
        cut = len(run)
        for i in range(len(run) - 1, 0, -1):
            sides = {p.x0 >= gutter for p in pieces[run[i]]}
            if len(sides) != 1:
                break
            if abs(run[i - 1] - run[i]) > DETACHED_GAP * spacing:
                cut = i
                break
        out.append((False, run[:cut]))
        if cut < len(run):
            out.append((True, run[cut:]))
    merged: list[tuple[bool, list[int]]] = []
    for whole, run in out:
        if merged and merged[-1][0] == whole:
            merged[-1][1].extend(run)
        else:
            merged.append((whole, list(run)))
    return merged


def _column_edge(pieces: dict[int, list[_Piece]], gutter: float) -> float:
    """Where the right column's lines start: the commonest start of text right of the gutter."""
    starts = Counter(
        round(min(p.x0 for p in line if p.x0 >= gutter))
        for line in pieces.values()
        if any(p.x0 >= gutter for p in line)
    )
    return float(starts.most_common(1)[0][0]) if starts else gutter


def _column_rule(
    pieces: dict[int, list[_Piece]], uprights: Sequence[Rule], rules: Sequence[Rule]
) -> Rule | None:
    """A rule drawn between two columns down most of the page's text, no text or rule crossing it
    and text both sides of it on enough lines; None when there is none. A table's figures set by
    the left column's edge read as a gap of their own, but such a rule says where the columns part,
    and that they are apart however table-like the lines beside it. A tall table's wall is crossed
    by its rows' rules."""
    if not uprights:
        return None
    ends = [p.x1 for line in pieces.values() for p in line]
    width, height = max(ends), max(pieces) - min(pieces)
    for rule in sorted(uprights, key=lambda r: r.y0 - r.y1):
        x = (rule.x0 + rule.x1) / 2
        if (
            rule.y1 - rule.y0 < COLUMN_RULE_HEIGHT * height
            or not SIDEBAR_GUTTER * width <= x <= GUTTER_BAND[1] * width
        ):
            continue
        beside = [line for ty, line in pieces.items() if rule.y0 <= ty <= rule.y1]
        crossed = any(r.x0 < x < r.x1 and rule.y0 <= r.y0 <= rule.y1 for r in rules)
        if not crossed and not any(p.x0 < x < p.x1 for line in beside for p in line):
            sides = sum(1 for line in beside if _both_sides(line, x))
            return rule if sides >= MIN_COLUMN_LINES else None
    return None


def _gutter(pieces: dict[int, list[_Piece]]) -> float | None:
    """The x of a vertical gap with text on both sides on many lines, or None."""
    ends = [p.x1 for line in pieces.values() for p in line]
    if not ends:
        return None
    width = max(ends)
    low, high = SIDEBAR_GUTTER * width, GUTTER_BAND[1] * width
    # A bullet's glyph before its item is no column: the text left of a gutter holds words.
    worded = {ty: [p for p in line if _WORD_RE.search(p.text)] for ty, line in pieces.items()}
    best, best_count = None, 0
    for x in sorted({p.x1 + 1.0 for line in worded.values() for p in line if low <= p.x1 + 1.0 <= high}):
        crossed = {ty for ty, line in pieces.items() if any(p.x0 < x < p.x1 for p in line)}
        sides = [
            ty
            for ty, line in pieces.items()
            if ty not in crossed and any(p.x1 <= x for p in worded[ty]) and any(p.x0 >= x for p in line)
        ]
        count = len(sides)
        # A gap the lines between its first and last often cross is a table's, between its columns.
        if sides and sum(min(sides) < ty < max(sides) for ty in crossed) > GUTTER_CROSSED * count:
            continue
        if count > best_count and (
            _gap_middle(pieces, sides, x) >= GUTTER_BAND[0] * width
            or _main_reach(pieces, x) >= SIDEBAR_MAIN_REACH * width
        ):
            best, best_count = x, count
    return best if best_count >= MIN_COLUMN_LINES else None


def _gap_middle(pieces: dict[int, list[_Piece]], sides: list[int], x: float) -> float:
    """Where a gap lies, told by its middle: x is its left edge, just past the text left of it, and
    the nearest text right of it on the lines with text both sides closes it."""
    return (x + min(p.x0 for ty in sides for p in pieces[ty] if p.x0 >= x)) / 2


def _main_reach(pieces: dict[int, list[_Piece]], gutter: float) -> float:
    """How far right the lines with text both sides of a gutter run, on average."""
    ends = [
        max(p.x1 for p in line if p.x0 >= gutter) for line in pieces.values() if _both_sides(line, gutter)
    ]
    return sum(ends) / len(ends) if ends else 0.0


def _ruled_apart(
    pieces: dict[int, list[_Piece]], gutter: float, edge: float, rules: Sequence[Rule]
) -> tuple[int, int] | None:
    """The lowest and highest of the lines with text both sides of the gutter, where the page's
    rules among them lie within one column each, at least one of them a good part of its column's
    width, and none runs from left of the gutter to the right column's edge; else None. A rule is
    among those lines when it lies between two of them set close together (not a footer's rule,
    below the columns' last line)."""
    both = sorted((ty for ty, line in pieces.items() if _both_sides(line, gutter)), reverse=True)
    if len(both) < MIN_COLUMN_LINES:
        return None
    gaps = [high - low for high, low in pairwise(both)]
    reach = RULE_SPAN * sorted(gaps)[len(gaps) // 2]
    spans = [(low, high) for high, low in pairwise(both) if high - low <= reach]
    near = [r for r in rules if any(low <= r.y0 and r.y1 <= high for low, high in spans)]
    if any(r.x0 < gutter and r.x1 > edge for r in near):
        return None
    start = min(p.x0 for line in pieces.values() for p in line)
    end = max(p.x1 for line in pieces.values() for p in line)
    wide = any(
        r.x1 - r.x0 >= COLUMN_RULE_SHARE * ((gutter - start) if r.x0 < gutter else (end - edge)) for r in near
    )
    return (both[-1], both[0]) if wide else None


def _both_sides(line: list[_Piece], gutter: float) -> bool:
    return any(p.x1 <= gutter for p in line) and any(p.x0 >= gutter for p in line)


def _prose_columns(run: list[list[_Piece]], gutter: float, apart: bool) -> bool:
    """Whether lines on both sides of the gutter are wrapped prose (one run of words filling its column),
    not table cells (several short pieces a line, or a column of figures); or, the columns ruled
    apart (`_ruled_apart`), whether one side is."""
    if sum(1 for line in run if _both_sides(line, gutter)) < MIN_COLUMN_LINES:
        return False
    left, right = _prose_side(run, lambda p: p.x1 <= gutter), _prose_side(run, lambda p: p.x0 >= gutter)
    return (left or right) if apart else (left and right)


def _prose_side(run: list[list[_Piece]], side: Callable[[_Piece], bool]) -> bool:
    sides = [[p for p in line if side(p) and len(p.text) > 2] for line in run]
    sides = [s for s in sides if s]
    if not sides:
        return False
    single = sum(len(s) == 1 for s in sides) / len(sides)
    worded = sum(any(_LETTERS_RE.search(p.text) for p in s) for s in sides) / len(sides)
    left = min(p.x0 for s in sides for p in s)
    right = max(p.x1 for s in sides for p in s)
    fill = sum((max(p.x1 for p in s) - min(p.x0 for p in s)) for s in sides) / len(sides)
    # A prose column's lines start at its edge (or a bullet's indent in); a table's wrapped cells
    # start under their own column, well in from the table's edge.
    edged = sum(min(p.x0 for p in s) <= left + INDENT_SLACK for s in sides) / len(sides)
    words = sum(len(p.text.split()) for s in sides for p in s) / len(sides)
    return (
        words >= PROSE_LINE_WORDS
        and single >= PROSE_SINGLE_PIECE
        and fill >= PROSE_FILL * (right - left)
        and worded >= PROSE_WORDED
        and edged >= PROSE_EDGED
    )


def _columns(
    section: list[tuple[float, list[_Piece], int]], lines: dict[int, list[dict[str, Any]]]
) -> tuple[dict[int, list[dict[str, Any]]], dict[int, list[dict[str, Any]]], bool]:
    """The lines of each column as BT groups; and whether the left column's last line runs on."""
    left: dict[int, list[dict[str, Any]]] = {}
    right: dict[int, list[dict[str, Any]]] = {}
    right_x = min((p.x0 for gutter, line, _ in section for p in line if p.x0 >= gutter), default=0.0)
    for gutter, line, ty in section:
        for piece in line:
            # Placed in the order pypdf reads the line, by its groups' x (a run continuing a line in
            # another font has the line's start as its x), each group's pieces in turn.
            order = float(piece.group["tx"])
            group = dict(piece.group, text=_spaced(piece), tx=piece.x0, displaced_tx=piece.x1, order=order)
            if piece.x0 < gutter:
                left.setdefault(ty, []).append(group)
            else:
                shifted = dict(group, tx=piece.x0 - right_x, displaced_tx=piece.x1 - right_x)
                right.setdefault(ty, []).append(shifted)
    joined = False
    if left:
        last = left[list(left)[-1]]
        edge = max(g["displaced_tx"] for groups in left.values() for g in groups)
        start = min(g["tx"] for groups in left.values() for g in groups)
        text = " ".join(str(g["text"]) for g in last).rstrip()
        reaches = max(g["displaced_tx"] for g in last) - start >= FULL_LINE * (edge - start)
        joined = reaches and not text.endswith((".", ":", ";", "!", "?"))
    return left, right, joined


def _spaced(piece: _Piece) -> str:
    """A piece's text, with the space its group opens with: pypdf gives a run continuing a line in
    another font ("9,862" bold, " crimes recorded") its line's start as its x, so only the space
    keeps the two words apart once the pieces are placed again."""
    whole = str(piece.group["text"])
    opens = whole[:1].isspace() and whole.lstrip().startswith(piece.text)
    return f" {piece.text}" if opens else piece.text


def _render(lines: dict[int, list[dict[str, Any]]], char_width: float, uprights: Sequence[Rule] = ()) -> str:
    if not lines:
        return ""
    ordered = {ty: sorted(groups, key=lambda g: g.get("order", g["tx"])) for ty, groups in lines.items()}
    return fixed_width_text(ordered, char_width, uprights).strip("\n")
