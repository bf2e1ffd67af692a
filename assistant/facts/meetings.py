"""When a board meets next, from the next-meeting item of its minutes.

"When does the board meet after its June 2024 meeting?" is answered from the minutes of that June
meeting; "when is the next meeting?" from the newest minutes, whose next meeting is the latest known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.citations import CitationLedger
from assistant.types import Answer, CheckedSentence, Sources
from ingest.facts.meetings import NextMeeting
from ingest.facts.periods import MONTHS, months_in, readable_date, years_in

_NEXT_MEETING_Q_RE = re.compile(
    r"\bnext (?:[\w'-]+ ){0,3}meeting\b|\bmeets? (?:again|next)\b|\bmeet(?:s|ing)? after\b",
    re.IGNORECASE,
)
# ... asked as a date: "what was decided at the next meeting" asks something else.
_WHEN_RE = re.compile(r"\bwhen\b|\b(?:date|day)\b|\bwhat time\b", re.IGNORECASE)


def answer_next_meeting(question: str, meetings: Sequence[NextMeeting], sources: Sources) -> Answer | None:
    """The next meeting after the one a question names (by month or year), or after the newest
    minutes; None when the question does not ask it or no minutes say."""
    if not meetings or not (_NEXT_MEETING_Q_RE.search(question) and _WHEN_RE.search(question)):
        return None
    months, years = months_in(question), years_in(question)
    chosen = [m for m in meetings if _held_in(sources.date(m.document), months, years)]
    if not chosen:
        return None
    newest = max(chosen, key=lambda m: (sources.date(m.document), m.date))
    ledger = CitationLedger(sources)
    number = ledger.cite(newest.document, newest.page, newest.quote)
    held = sources.date(newest.document)
    after = f" after the one of {readable_date(held)}" if held else ""
    text = f"The next meeting{after} is on {readable_date(newest.date)}: “{newest.quote}” [{number}]"
    checked = (CheckedSentence(newest.quote, (number,), True),)
    return Answer(question, text, False, ledger.citations(), sentences=checked, answerer="register")


def _held_in(date: str, months: frozenset[str], years: set[str]) -> bool:
    """Whether a meeting on an ISO date falls in the months and years named (any, when none are)."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        return not months and not years
    return (not months or MONTHS[int(date[5:7]) - 1] in months) and (not years or date[:4] in years)
