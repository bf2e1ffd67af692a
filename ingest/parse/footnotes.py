"""Footnotes: what a note printed under a table is a note to.

A table's cell may carry a footnote's mark ("Ferrowby Bridge Neighbourhood Watch relaunch²",
"£14,500¹", a column's "Population¹"), its note printed below the table or on a later page ("² £1,140
was spent; the remaining £2,060 was returned unspent"). The note itself names nothing of what it is
about, so each note paragraph is given the label of the row (or the column) its mark stands on, to
be found and weighed with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.parse.blocks import Block, CleanPage

NOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"  # superscript figures: a footnote's mark, never part of a word
NOTE_MARK_RE = re.compile(rf"[{NOTE_MARKS}]+")
_CELL_MARK_RE = re.compile(rf"(?<=\S)([{NOTE_MARKS}])\s*$")  # a mark closing a cell's text
# A note's mark where a note opens: the paragraph's start, or after the note before it ends.
_NOTE_OPENS_RE = re.compile(rf"(?:^|(?<=[.!?;)]\s))([{NOTE_MARKS}])(?=\s)")


def linked_notes(pages: Sequence[CleanPage]) -> list[CleanPage]:
    """The pages with each footnote paragraph's `notes`: (mark, label) for every note it holds whose
    mark stands on a row or column printed before it (the nearest such, where marks repeat)."""
    marked: dict[str, str] = {}  # a mark, and the label of the row or column it last stood on
    linked: list[CleanPage] = []
    for page in pages:
        blocks: list[Block] = []
        for block in page.blocks:
            if block.kind in ("row", "header") and block.cells:
                marked |= _marks_of(block)
            elif block.kind == "para" and _NOTE_OPENS_RE.match(block.text):
                notes = tuple(
                    (mark, marked[mark])
                    for mark in dict.fromkeys(m.group(1) for m in _NOTE_OPENS_RE.finditer(block.text))
                    if mark in marked
                )
                block = replace(block, notes=notes) if notes else block
            blocks.append(block)
        linked.append(replace(page, blocks=tuple(blocks)))
    return linked


def _marks_of(block: Block) -> dict[str, str]:
    """The marks a row's cells close with, each with the row's label (its first cell); a header's,
    each with its column's name."""
    found: dict[str, str] = {}
    for cell in block.cells:
        mark = _CELL_MARK_RE.search(cell)
        if mark is None:
            continue
        label = cell if block.kind == "header" else block.cells[0]
        found[mark.group(1)] = NOTE_MARK_RE.sub("", label).strip()
    return {mark: label for mark, label in found.items() if label}
