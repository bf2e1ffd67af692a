"""Decisions taken between meetings: by the Chair (with the Vice-Chair), by urgent action, under
delegation, on a decision notice; asked about as such ("what did the Chair approve between meetings
in December 2023"), whatever the item.

Such a decision is often recorded twice: on its own record, and in the minutes of the meeting that
ratified it, whose date is the one a minutes' decision carries. The month asked about is the
decision's own, which its words give ("On 4 December 2023 the Chair ...", "on 2 November").
"""

from __future__ import annotations

import re

from assistant.text import terms
from ingest.facts.decision_types import FundingDecision
from ingest.facts.periods import MONTHS, MONTHS_PATTERN, dates_in, financial_year_of

# A question about decisions taken between meetings.
BETWEEN_Q_RE = re.compile(
    r"\bbetween (?:board |its )?meetings\b|\burgent(?:ly)? (?:action|decision)s?\b"
    r"|\bchair(?:'s|’s)? (?:action|decision)s?\b|\bdelegated\b|\bdecision notices?\b",
    re.IGNORECASE,
)
# Its words that say how the decision was taken, not what it funded.
BETWEEN_WORDS = frozenset(
    terms(
        "chair chairs vice between meeting meetings urgent urgently action actions decision decisions "
        "delegated delegation notice sign signed off take took taken jointly consult consulted approve "
        "approved agree agreed ratify ratified ratification"
    )
)
# A decision recorded as taken between meetings.
_TAKEN_BETWEEN_RE = re.compile(
    r"\bbetween (?:board )?meetings\b|\burgent\b|\bchair(?:'s|’s)? (?:action|decision)\b|\bdecision notice\b"
    r"|\bdelegat(?:ed|ion)\b|\bthe (?:vice-)?chair\b[^.;]{0,80}?\b(?:approved|signed off|agreed|took)\b"
    r"|\bchair and (?:the )?vice-chair\b",
    re.IGNORECASE,
)
_MONTH_RE = re.compile(rf"\b({MONTHS_PATTERN})\b(?!\s+(?:19|20)\d\d)", re.IGNORECASE)


def taken_between(decision: FundingDecision, title: str) -> bool:
    """Whether its words, or its document's title ("Record of Chair's Urgent Action"), say so."""
    return bool(_TAKEN_BETWEEN_RE.search(f"{decision.quote} {decision.context} {title}"))


def taken_in(decision: FundingDecision, months: frozenset[str], year: str) -> bool:
    """Whether the decision was taken in a month named (any, if none is) of the year named (any, if
    none is): by a date its words give, a month they name without a year (the year of its record),
    or its record's date."""
    days = set(dates_in(decision.quote))
    if decision.date:
        days.add(decision.date)
        named = _MONTH_RE.findall(decision.quote)  # "on 2 November": the year of its record
        days |= {f"{decision.date[:4]}-{MONTHS.index(m.lower()) + 1:02d}-01" for m in named}
    return any(_fits(day, months, year) for day in days) or (not days and not months and not year)


def _fits(day: str, months: frozenset[str], year: str) -> bool:
    month_ok = not months or MONTHS[int(day[5:7]) - 1] in months
    year_ok = not year or (day.startswith(year) if len(year) == 4 else financial_year_of(day) == year)
    return month_ok and year_ok
