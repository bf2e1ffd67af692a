"""Paragraphs numbered in a margin of their own: the number hung left, the text's lines under one
another to its right, perhaps an owner's initials in an action column at the right edge.

Layout text gives each such line as cells apart ("5.3      RESOLVED:      GL"), so without this the
page reads as a table whose rows are a paragraph's single lines. A page is read this way only where
several numbered lines go on as prose under their text: a table with a number column has no
wrapped lines, or too few to tell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.parse.blocks import ALIGN_SLACK, CELL_GAP_RE, RUNS_ON_RE, Block

# A paragraph's or section's number ("4", "5.3", "4.2.1"), alone in its cell. "1." or "2)" is left
# to be read as a list's item.
_NUMBER_RE = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}")
# An action column's cell: an owner's initials, perhaps two ("GL", "RT/TW", "All").
_OWNER_RE = re.compile(r"(?:[A-Z]{1,4}|All)(?:\s*[/,&]\s*[A-Z]{1,4})*")
# A line's last cell, initials set apart by a cell's gap.
_OWNED_LINE_END_RE = re.compile(rf" {{3,}}{_OWNER_RE.pattern}[ \t]*$", re.M)
# Numbered lines that go on under their text a page needs before it is read this way: one alone
# may be a table's row whose cell wrapped.
MIN_WRAPPED = 2
_HEADING_WORDS = 8  # the most words of a numbered line read as a section's title


@dataclass(frozen=True)
class _Line:
    """One line split into a hung number and its text, which starts at column `start`."""

    number: str
    text: str
    start: int


def hung_paragraphs(lines: list[str]) -> dict[int, tuple[int, Block]]:
    """The page's hung-number paragraphs: for each numbered line's index, the index after its last
    line and the block it makes ("5.3 RESOLVED: (i) that ..."). Empty for a page that is not set
    this way.

    An action column's initials are left out: set beside a line, they belong to no place in its
    sentence, and a quote must read as the page does."""
    numbered = {at: line for at, raw in enumerate(lines) if (line := _numbered(raw)) is not None}
    runs = {at: _run(lines, at + 1, line.start) for at, line in numbered.items()}
    if sum(1 for at, end in runs.items() if end > at + 1) < MIN_WRAPPED:
        return _lone_titles(lines, numbered)
    paragraphs: dict[int, tuple[int, Block]] = {}
    for at, line in numbered.items():
        end = runs[at]
        words = [line.text] + [CELL_GAP_RE.split(lines[k].strip())[0] for k in range(at + 1, end)]
        text = " ".join([line.number, *words])
        kind = "heading" if end == at + 1 and _titled(line.text) else "para"
        paragraphs[at] = (end, Block(kind, text))
    return paragraphs


def _lone_titles(lines: list[str], numbered: dict[int, _Line]) -> dict[int, tuple[int, Block]]:
    """Section titles with their numbers hung ("4      Recommendations") on a page not otherwise set
    this way: a numbered title with no numbered line next to it is no one-row table."""
    filled = [at for at, raw in enumerate(lines) if raw.strip()]
    titles: dict[int, tuple[int, Block]] = {}
    for place, at in enumerate(filled):
        line = numbered.get(at)
        if (
            line is None
            or not _titled(line.text)
            or CELL_GAP_RE.search(lines[at].strip()[len(line.number) :].strip())
        ):
            continue
        neighbours = filled[max(place - 1, 0) : place] + filled[place + 1 : place + 2]
        if not any(k in numbered for k in neighbours):
            titles[at] = (at + 1, Block("heading", f"{line.number} {line.text}"))
    return titles


def without_owners(text: str) -> str:
    """The text with each line's closing action-column initials ("   GL") left out, as a numbered
    paragraph's block reads it."""
    return _OWNED_LINE_END_RE.sub("", text)


def _numbered(raw: str) -> _Line | None:
    """A line opening with a number hung in its own cell, then text, then perhaps initials."""
    stripped = raw.strip()
    cells = CELL_GAP_RE.split(stripped)
    if not 2 <= len(cells) <= 3 or not _NUMBER_RE.fullmatch(cells[0]) or not cells[1][:1].isalpha():
        return None
    if len(cells) == 3 and not _OWNER_RE.fullmatch(cells[2]):
        return None
    start = raw.index(cells[1], len(raw) - len(raw.lstrip()) + len(cells[0]))
    return _Line(cells[0], cells[1], start)


def _run(lines: list[str], at: int, start: int) -> int:
    """The index after the lines from `at` that go on at column `start`: prose, or prose with an
    owner's initials at the right."""
    while at < len(lines):
        raw = lines[at]
        indent = len(raw) - len(raw.lstrip())
        cells = CELL_GAP_RE.split(raw.strip())
        if not raw.strip() or abs(indent - start) > ALIGN_SLACK or len(cells) > 2:
            break
        if len(cells) == 2 and not _OWNER_RE.fullmatch(cells[1]):
            break
        at += 1
    return at


def _titled(text: str) -> bool:
    """Whether a numbered line alone is a section's title ("Performance: April to June 2023"), not a
    one-line paragraph ("The minutes were agreed as a correct record.")."""
    if text.endswith((".", ";", ",", ":")) or RUNS_ON_RE.search(text):
        return False  # a sentence going on below ("On 12 March 2024, acting on the")
    return len(text.split()) <= _HEADING_WORDS
