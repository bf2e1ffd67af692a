"""When and where a board met, and when it meets next.

Minutes open with the meeting's own time and place, in many styles ("10:00, Committee Room 1, Civic
Centre", "Held at the Civic Centre, Committee Room 1, from 14:00 to 15:45", "Time: 14:00 to 16:10.
Venue: Committee Room 2", "The Board met in the Long Room ... from 10:00 to 11:45"), and close with
the "Date of next meeting" item ("7. Date of next meeting" over "20 September 2023 at 10:00.", "Next
meeting: 6 March 2024, Wrenwick Community Centre"); its date is read from the item's own line or the
paragraph under its heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.facts.periods import first_date
from ingest.parse.blocks import CleanPage
from ingest.text import split_sentences

# "Next meeting", or the next sitting of a body named by its initials ("6. Next NSG: Thu 07/04/22").
_NEXT_BODY = r"next (?-i:[A-Z]{2,6})(?: meeting\b|(?=\s*:))"
NEXT_MEETING_RE = re.compile(rf"\b(?:date of )?next meeting\b|\b{_NEXT_BODY}", re.IGNORECASE)
# The item's label closing a block: a heading alone, or one set tight under the text above it and
# read into that paragraph ("... from farms near Wrenwick. 6. Next meeting"); its date is the block after.
# The date straight after the label ("Date of next meeting: Tuesday 11 June 2024"), not one further
# on ("deferred to the next meeting, so that ... by 31 July").
_DATE_FOLLOWS_RE = re.compile(
    r"[\s.:,–-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:mon|tue|wed|thu|fri|sat|sun)\.?\s+)?"
    r"\d{1,2}(?:(?:st|nd|rd|th)?\s+[a-z]|[/.]\d{1,2}[/.]\d{2,4}\b)",
    re.IGNORECASE,
)
_LABEL_AT_END_RE = re.compile(rf"\b(?:(?:date of )?next meeting|{_NEXT_BODY})[\s.:]*$", re.IGNORECASE)


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


# A time of day: "10:00", "14.30", "2pm", "2.30 pm".
# A date written with stops ("24.01.24") is none.
TIME_RE = re.compile(
    r"(?<![\d.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d]|\.\d)|\b(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?[ap]\.?m\b",
    re.I,
)
# A room or building named ("Committee Room 1", "Northby Community Centre"), or online.
VENUE_RE = re.compile(
    r"\b[A-Z][\w'-]*(?: [A-Z0-9][\w'-]*)* (?:Room|Rooms|Centre|Center|Hall|Chamber|Hub|Offices|Library|House"
    r"|Building|Suite|Church|School|College|Academy)\b(?: \d+\b)?"
    r"|\b(?:online|virtually|by video|(?:MS |Microsoft )?Teams|Zoom)\b"
)
HELD_BLOCKS = 8  # the meeting's time and place come before its business, in the first blocks of page 1
# A list of who came, run into the line above it when no full stop ends that line.
_LIST_LABEL_RE = re.compile(r"\s(?:(?:Members|Also) )?(?:[Pp]resent|Apologies|In attendance|Attendees)\b")


@dataclass(frozen=True)
class HeldMeeting:
    """The sentences of a set of minutes saying when (the time of day) and where its meeting was held."""

    document: str
    quote: str
    page: int


def extract_held_meeting(document: str, pages: Sequence[CleanPage]) -> list[HeldMeeting]:
    """The first-page sentences giving the meeting's time of day or place, from the first block that
    gives either (no next meeting's); none when the opening blocks give neither."""
    if not pages:
        return []
    page = pages[0]
    for block in [b for b in page.blocks if b.kind in ("heading", "para")][:HELD_BLOCKS]:
        if NEXT_MEETING_RE.search(block.text):
            continue
        sentences = [_LIST_LABEL_RE.split(s, maxsplit=1)[0] for s in split_sentences(block.text)]
        says = [bool(TIME_RE.search(s) or VENUE_RE.search(s)) for s in sentences]
        if any(says):
            # The first sentence saying either, and the next when it says the other ("Time: ... Venue: ...").
            first = says.index(True)
            said = (
                sentences[first : first + 2]
                if first + 1 < len(says) and says[first + 1]
                else [sentences[first]]
            )
            return [HeldMeeting(document, " ".join(said), page.number)]
    return []
