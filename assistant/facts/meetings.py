"""When a board meets next, from the next-meeting item of its minutes; when and where a meeting was
held, from its minutes' opening.

"When does the board meet after its June 2024 meeting?" is answered from the minutes of that June
meeting; "when is the next meeting?" from the newest minutes, whose next meeting is the latest known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.answering.citations import CitationLedger
from assistant.facts.attendance import MEETING_Q_RE, held_on
from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence, Sources
from ingest.facts.meetings import TIME_RE, VENUE_RE, HeldMeeting, NextMeeting
from ingest.facts.periods import MONTHS, dates_in, months_in, readable_date, years_in

# "the next meeting", or the next sitting of the body itself ("the next alliance executive", "the
# next board after the december one").
_NEXT_MEETING_Q_RE = re.compile(
    r"\bnext (?:[\w'-]+ ){0,3}meeting\b|\bmeets? (?:again|next)\b|\bmeet(?:s|ing)? after\b"
    r"|\bnext (?:[\w'-]+ )?(?:board|executive|committee|panel)\b(?! (?:chair|member))",
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
    if days := set(dates_in(question)):  # "after 10 sep 2024": that day's minutes, not the month's
        chosen = [m for m in chosen if sources.date(m.document) in days]
    if not chosen and (months or years):
        return _no_minutes_of(question, meetings, sources)
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


def _no_minutes_of(question: str, meetings: Sequence[NextMeeting], sources: Sources) -> Answer:
    """A decline: no minutes held are of the meeting named, so what came after it is not known; the
    newest minutes held, and the next meeting they give, are said."""
    newest = max(meetings, key=lambda m: (sources.date(m.document), m.date))
    held = sources.date(newest.document)
    text = (
        f"{ABSTAIN_TEXT} No minutes held are of the meeting the question names. The newest held are of "
        f"{readable_date(held)}, which give the next meeting as {readable_date(newest.date)}."
    )
    return Answer(question, text, True, answerer="register")


def _held_in(date: str, months: frozenset[str], years: set[str]) -> bool:
    """Whether a meeting on an ISO date falls in the months and years named (any, when none are)."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        return not months and not years
    return (not months or MONTHS[int(date[5:7]) - 1] in months) and (not years or date[:4] in years)


# When and where a meeting was held, asked of a meeting the question names by its date or month:
# "where did the board meet in sept 2024", "what time did it start and finish", "how long did it last".
_WHERE_Q_RE = re.compile(
    r"\bwhere (?:did|does|do|was|were|is|will)\b[^?]{0,80}\b(?:meet|meeting|held|take place|took place)\b"
    r"|\bwhere\s*(?:and|,)|\bvenue\b|\bwhich room\b",
    re.IGNORECASE,
)
_TIME_Q_RE = re.compile(
    r"\bwhat time\b|\bhow long\b|\b(?:start|starting|finish|finishing|end|ending) time\b"
    r"|\b(?:start|started|begin|began)\b.{0,20}\b(?:finish|finished|end|ended|close|closed)\b",
    re.IGNORECASE,
)
# How long it lasted, or when it ended, asks for when it ended as well as when it began.
_SPAN_Q_RE = re.compile(r"\bfinish\w*|\bend(?:ed)?\b|\bclosed?\b|\bhow long\b", re.IGNORECASE)


def answer_held_meeting(
    question: str, held: Sequence[HeldMeeting], sources: Sources, ranked: Sequence[str] = ()
) -> Answer | None:
    """Where, at what time or from when to when the meeting the question names was held, quoting its
    minutes' opening; None when the question asks none of these of a named meeting, or its minutes do
    not say what it asks (a place, a time); a decline when it asks how long and they give only a start."""
    where, time = bool(_WHERE_Q_RE.search(question)), bool(_TIME_Q_RE.search(question))
    # Asked of nearly every question the facts see: the cheap checks first, the meeting named last.
    if not (where or time) or not MEETING_Q_RE.search(question) or _NEXT_MEETING_Q_RE.search(question):
        return None
    named = held_on(question)
    if named is None:
        return None
    span = time and bool(_SPAN_Q_RE.search(question))
    chosen = [h for h in held if named(sources.date(h.document))]
    chosen.sort(key=lambda h: ranked.index(h.document) if h.document in ranked else len(ranked))
    if not chosen:
        return None
    meeting = chosen[0]
    if (where and not VENUE_RE.search(meeting.quote)) or (time and not TIME_RE.search(meeting.quote)):
        return None
    if span and len(TIME_RE.findall(meeting.quote)) == 1:
        # The opening gives when it began, not when it ended: how long it lasted is not recorded there.
        day = readable_date(sources.date(meeting.document))
        text = f"{ABSTAIN_TEXT} The minutes of {day} say when the meeting began, not when it ended."
        return Answer(question, text, True, answerer="register")
    ledger = CitationLedger(sources)
    number = ledger.cite(meeting.document, meeting.page, meeting.quote)
    title, day = sources.title(meeting.document), readable_date(sources.date(meeting.document))
    named_as = title if day in title else f"{title}, meeting of {day}"
    text = f"{named_as}: “{meeting.quote}” [{number}]"
    checked = (CheckedSentence(meeting.quote, (number,), True),)
    return Answer(question, text, False, ledger.citations(), sentences=checked, answerer="register")


# What a meeting did: "what was decided at the board on 21 April 2022", "what got agreed", "what happened".
_BUSINESS_Q_RE = re.compile(
    r"\b(?:decid|decision|agree|discuss|happen|approv|resolv|award|fund|talk)\w*", re.IGNORECASE
)


def answer_unheld_meeting(
    question: str, decided: Iterable[str], meetings: Sequence[NextMeeting], sources: Sources
) -> Answer | None:
    """A decline when a question asks what a meeting it names by its day did, and no document held
    is of that day (`sources`' dates) nor records a decision on it (`decided`, the decisions' dates):
    no minutes, so nothing it did is known. Minutes giving that day as their next meeting are said.
    None when the question asks otherwise."""
    if not (_BUSINESS_Q_RE.search(question) and MEETING_Q_RE.search(question)):
        return None
    days = set(dates_in(question))
    if not days or days & {*sources.dates.values(), *decided}:
        return None
    day = min(days)
    text = f"{ABSTAIN_TEXT} No minutes held are of a meeting on {readable_date(day)}."
    announced = [m for m in meetings if m.date == day]
    if announced:
        first = min(announced, key=lambda m: sources.date(m.document))
        text += f" The minutes of {readable_date(sources.date(first.document))} give it as the next meeting."
    return Answer(question, text, True, answerer="register")
