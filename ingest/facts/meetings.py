"""When a board meets next: the "Date of next meeting" item that closes a set of minutes.

Minutes close with it in many styles ("7. Date of next meeting" over "20 September 2023 at 10:00.",
"Next meeting: 6 March 2024, Wrenwick Community Centre"); the date is read from the item's own line
or the paragraph under its heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.facts.periods import first_date
from ingest.parse.blocks import CleanPage

NEXT_MEETING_RE = re.compile(r"\b(?:date of )?next meeting\b", re.IGNORECASE)
# The item's label closing a block: a heading alone, or one set tight under the text above it and
# read into that paragraph ("... from farms near Wrenwick. 6. Next meeting"); its date is the block after.
# The date straight after the label ("Date of next meeting: Tuesday 11 June 2024"), not one further
# on ("deferred to the next meeting, so that ... by 31 July").
_DATE_FOLLOWS_RE = re.compile(
    r"[\s.:,–-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]",
    re.IGNORECASE,
)
_LABEL_AT_END_RE = re.compile(r"\b(?:date of )?next meeting[\s.:]*$", re.IGNORECASE)


@dataclass(frozen=True)
class NextMeeting:
    """The date a set of minutes gives for the next meeting, the line stating it, and its page."""

    document: str
    date: str  # ISO
    quote: str
    page: int


def extract_next_meetings(document: str, pages: Sequence[CleanPage]) -> list[NextMeeting]:
    """Every next-meeting item with a date: the date after the item's label in the same block, or
    in the paragraph under a block the label ends."""
    found: list[NextMeeting] = []
    for page in pages:
        blocks = page.blocks
        for i, block in enumerate(blocks):
            labels = list(NEXT_MEETING_RE.finditer(block.text)) if block.kind in ("heading", "para") else []
            if not labels:
                continue
            label = labels[-1]
            stated = block.text[label.start() :] if _DATE_FOLLOWS_RE.match(block.text, label.end()) else ""
            if not stated and _LABEL_AT_END_RE.search(block.text) and i + 1 < len(blocks):
                stated = blocks[i + 1].text if blocks[i + 1].kind == "para" else ""
            date = first_date(stated)
            if date:
                found.append(NextMeeting(document, date, stated, page.number))
    return found
