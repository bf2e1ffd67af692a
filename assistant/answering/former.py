"""Questions about what held before a change: "what was the quorum before the new terms of reference",
"how often did the board meet before May 2023", "what was the limit before".

Such a question names the change only to place the answer before it: a text stating the former state
("Until 31 March 2023 the quorum was six", "five members (previously six)", "raised from £4,000 to
£6,500") answers it, though it does not name the change. A day named as the bound ("before May 2023")
points retrieval at the documents dated before it; the answer's own time is still checked against
the day, as for any question naming a time (letting a text of the month before answer for it lost
held-out answers: see the README).
"""

from __future__ import annotations

import re

from assistant.text import terms
from ingest.facts.periods import MONTHS_PATTERN, month_number

_CHANGE = (
    r"(?:new|latest|current|changes?|review|revis\w*|increase|decrease|cut|rise|merger|move|"
    r"terms? of reference|tor|constitution)"
)
_DAY = (
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS_PATTERN})\s+(?:19|20)\d\d|(?:19|20)\d\d(?:[-/]\d\d)?)"
)
# "before the new ToR", "before the terms of reference changed", "before May 2023", "what was the
# limit before", "previously", "used to". Not "before Dana Okafor" (who came before whom) nor
# "before the meeting" (an event, not a change).
_FORMER_Q_RE = re.compile(
    rf"\bbefore\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?{_CHANGE}(?:\s+{_CHANGE}){{0,3}}\b"
    r"(?:[^,;?]{0,40}?\b(?:changed|came in|took effect))?"
    rf"|\bbefore\s+(?P<day>{_DAY})\b"
    r"|\bbefore\s*[?.!]*$"
    r"|\b(?:previously|formerly|used to)\b",
    re.IGNORECASE,
)
# What a text says of a state that no longer holds: "until 30 April 2023", "(previously six)",
# "(was six members)", "instead of monthly", "raised from £4,000 to £6,500", "under version 2".
FORMER_STATED_RE = re.compile(
    rf"\b(?:until|till|up to)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS_PATTERN})\b"
    r"|\b(?:previously|formerly|used to|had been|instead of|in place of|up from|down from|no longer)\b"
    r"|\(\s*(?:was|were)\b"
    r"|\bfrom\s+£?[\d,.]+\s?[km]?\s+to\b"
    r"|\bunder version\s+\d",
    re.IGNORECASE,
)


def former_asked(question: str) -> re.Match[str] | None:
    """Where the question asks what held before a change, else None."""
    return _FORMER_Q_RE.search(question)


def without_bound(question: str, found: re.Match[str] | None) -> str:
    """The question without the day it names as a bound ("before May 2023"), for the documents it
    points at: those of before that day, not of its month. Itself when it names none."""
    if found is None or not found.group("day"):
        return question
    return f"{question[: found.start()]} {question[found.end() :]}"


def framing_terms(found: re.Match[str] | None) -> set[str]:
    """The words placing the answer in time ("before the new terms of reference"): no topic of the
    question. The text stating the former state need not name the change that ended it."""
    return set(terms(found.group(0))) if found is not None else set()


def bound_day(found: re.Match[str] | None) -> str:
    """The day a question's bound falls on, as a prefix of ISO dates before it ("May 2023" ->
    "2023-05", "2022-23" -> "2022-04", "2022" -> "2022"); "" when it names none."""
    day = found.group("day") if found is not None else None
    if not day:
        return ""
    month = re.search(MONTHS_PATTERN, day, re.IGNORECASE)
    year = re.search(r"(?:19|20)\d\d", day)
    assert year is not None  # a day is a year, or a month with its year
    if month:
        return f"{year.group(0)}-{month_number(month.group(0)):02d}"
    return f"{year.group(0)}-04" if re.search(r"[-/]\d\d$", day) else year.group(0)


# A text's clauses: a former state is told of what its own clause names ("met monthly instead of
# quarterly; the quorum becomes five" tells no former quorum).
_CLAUSE_END_RE = re.compile(r";|(?<=[a-z)])\.\s")


def states_former(text: str, term: str) -> bool:
    """Whether a clause of the text tells a former state and holds `term` (the question's weightiest)."""
    return any(
        FORMER_STATED_RE.search(clause) and term in terms(clause) for clause in _CLAUSE_END_RE.split(text)
    )
