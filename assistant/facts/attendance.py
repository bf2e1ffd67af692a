"""Who came to a meeting, sent apologies, took the minutes or stood in for someone, from the lists
that open its minutes.

The meeting is the one the question names by date ("14 June 2023") or month ("January 2024"), else the
newest of the partnership retrieval favours; a meeting named that no minutes record is declined.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from assistant.answering.citations import CitationLedger
from assistant.text import terms
from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence, Sources
from ingest.facts.attendance import APOLOGIES, IN_ATTENDANCE, MINUTES, PRESENT, Attendee
from ingest.facts.periods import (
    MONTHS,
    dates_in,
    month_number,
    month_years_in,
    readable_date,
    years_in,
)

DEPUTISING = "deputising"
# What a question asks for, tried in this order ("who did not attend" asks for apologies).
_ASKED = (
    (
        MINUTES,
        r"\b(?:took|take|takes|taking|taken|wrote|write|writing|kept|keep|recorded)\b[\w' ]{0,20}\bminutes\b"
        r"|\bminute[- ]?tak|\bminuted\b|\bclerk|\bnote[- ]?tak",
    ),
    (
        DEPUTISING,
        r"\bdeputi[sz]\w*|\bcover(?:ed|ing|s)? for\b|\bsubstitut\w*|\bst(?:ood|and|ands|anding) in\b"
        r"|\bin place of\b|\bon behalf of\b|\binstead of\b",
    ),
    (
        APOLOGIES,
        r"\bapologi\w*|\babsen\w*|\bmissed\b|\b(?:not|n't) (?:attend\w*|present|there|come|make it)\b",
    ),
    # Past tense or "present": "which organisations attend the partnership" asks who belongs to it.
    (PRESENT, r"\battended\b|\b(?:was|were) (?:present|there)\b|\bpresent at\b|\bwho came\b|\battendance\b"),
)
_ASKED_RE = tuple((asked, re.compile(pattern, re.IGNORECASE)) for asked, pattern in _ASKED)
# A question about a change between meetings ("which body started attending in October") is not
# answered by one meeting's list.
_CHANGE_RE = re.compile(
    r"\b(?:start|began|begin|begun|stopp?|join|first|no longer)\w*|\bhow (?:many|much|often)\b", re.IGNORECASE
)
# The question is about a meeting: "attended the training sessions" is not.
MEETING_Q_RE = re.compile(r"\bmeet\w*|\bboard\b|\bgroup\b|\bcommittee\b|\bexec\w*|\bforum\b", re.I)
_MEETING_RE = re.compile(rf"{MEETING_Q_RE.pattern}|\bminutes\b", re.I)  # "who took the minutes" too
# Full month names standing alone name a month of any year ("the june board"); "may" only with a year.
_MONTH_RE = re.compile(rf"\b({'|'.join(m for m in MONTHS if m != 'may')})\b", re.IGNORECASE)
_HEADINGS = {
    PRESENT: "Present",
    IN_ATTENDANCE: "In attendance",
    APOLOGIES: "Apologies",
    MINUTES: "Minutes taken by",
    DEPUTISING: "Standing in for someone",
}


# What a meeting's minutes may leave unrecorded, said after "The minutes do not say who".
_UNRECORDED = {
    PRESENT: "was present",
    IN_ATTENDANCE: "was in attendance",
    APOLOGIES: "sent apologies",
    MINUTES: "took the minutes",
    DEPUTISING: "stood in for someone",
}


def answer_attendance(
    question: str,
    attendees: Sequence[Attendee],
    sources: Sources,
    partnership_of: Mapping[str, str],
    ranked: Sequence[str] = (),
    minutes: Sequence[str] = (),
) -> Answer | None:
    """The lists of the meeting the question names, cut to what it asks (apologies, who took the
    minutes, who stood in); None when it asks none of these or no minutes hold such lists.

    `minutes` are every set of minutes held, lists read from them or not: a meeting whose minutes
    are held is never declined as unrecorded, its passages answer instead."""
    asked = next((a for a, pattern in _ASKED_RE if pattern.search(question)), None)
    if asked is None or not attendees or _CHANGE_RE.search(question) or not _MEETING_RE.search(question):
        return None
    held = held_on(question)
    documents = sorted({a.document for a in attendees}, key=lambda d: (sources.date(d), d))  # ties by name
    if held is not None:
        chosen = [d for d in documents if held(sources.date(d))]
        if not chosen:
            if any(held(sources.date(d)) for d in minutes):
                return None  # its lists were not read: what the minutes say is in their passages
            return _no_meeting(
                question, sorted({*documents, *minutes}, key=lambda d: (sources.date(d), d)), sources
            )
    else:
        first = next((partnership_of.get(d, d) for d in ranked if d in documents), None)
        chosen = [d for d in documents if first is None or partnership_of.get(d, d) == first][-1:]
    ledger = CitationLedger(sources)
    blocks: list[str] = []
    checked: list[CheckedSentence] = []
    for document in chosen:
        listed = _kept(asked, question, [a for a in attendees if a.document == document])
        listed = _of_body(listed, question, partnership_of.get(document, ""))
        title, when = sources.title(document), readable_date(sources.date(document))
        lines = [f"{title}:" if when in title else f"{title}, meeting of {when}:"]
        for heading, group in _grouped(asked, listed):
            lines.append(f"{heading}:")
            for attendee in group:
                number = ledger.cite(document, attendee.page, attendee.quote)
                lines.append(f"- {_shown(attendee)} [{number}]")
                checked.append(CheckedSentence(attendee.item, (number,), True))
        if len(lines) == 1:
            lines.append(f"The minutes do not say who {_UNRECORDED[asked]}.")
        blocks.append("\n".join(lines))
    text = "\n\n".join(blocks)
    if not checked:  # nobody recorded for what is asked: the documents do not answer it
        return Answer(question, f"{ABSTAIN_TEXT}\n\n{text}", True, answerer="register")
    return Answer(question, text, False, ledger.citations(), sentences=tuple(checked), answerer="register")


def held_on(question: str) -> Callable[[str], bool] | None:
    """Which meeting dates (ISO) the question names: a day, else months (with or without their
    year), else years; None when it names none."""
    days = set(dates_in(question))
    if days:
        return lambda date: date in days
    months = month_years_in(question)  # "jan 2024" reaches here as "january 2024" (`phrasing`)
    if months:
        return lambda date: date[:7] in months
    bare = {month_number(m) for m in _MONTH_RE.findall(question)}
    years = years_in(question)
    if bare:
        return lambda date: date[5:7] in {f"{m:02d}" for m in bare} and (not years or date[:4] in years)
    if years:
        return lambda date: date[:4] in years
    return None


def _kept(asked: str, question: str, attendees: Sequence[Attendee]) -> list[Attendee]:
    """The attendees answering what is asked: those standing in for whoever the question names, if
    it names any of them."""
    if asked == MINUTES:
        return [a for a in attendees if a.takes_minutes]
    if asked == DEPUTISING:
        standing_in = [a for a in attendees if a.deputising_for]
        named = [a for a in standing_in if set(terms(a.deputising_for)) & set(terms(question))]
        return named or standing_in
    if asked == APOLOGIES:
        return [a for a in attendees if a.role == APOLOGIES]
    return [a for a in attendees if a.role in (PRESENT, IN_ATTENDANCE)]


# Words of an attendance question that name no body: the meeting, coming, the question's own, months.
_MEETING_WORDS = frozenset(
    terms(
        "board meeting meetings meet met came come coming attended attend attending present apologies "
        "apology sent send gave give given absent missed there partnership group executive exec sub "
        "committee forum minutes who which what whom rep representative representing behalf"
    )
) | frozenset(terms(" ".join(MONTHS)))


def _of_body(attendees: Sequence[Attendee], question: str, partnership: str) -> list[Attendee]:
    """The attendees of the bodies the question names ("who came for the fire service", "from the
    council and the refuge"): for each body named, the entries holding most of its words, the
    meeting's words, months, days and the partnership's name left out; all of them when it names none."""
    skip = _MEETING_WORDS | set(terms(partnership))
    entries = [set(terms(a.item)) for a in attendees]
    kept: set[int] = set()
    for phrase in re.split(r"\band\b|,", question):
        named = {t for t in terms(phrase) if t not in skip and not t.isdigit()}
        shared = [len(named & e) for e in entries]
        most = max(shared, default=0)
        kept |= {i for i, n in enumerate(shared) if most and n == most}
    return [a for i, a in enumerate(attendees) if i in kept] if kept else list(attendees)


def _grouped(asked: str, attendees: Sequence[Attendee]) -> list[tuple[str, list[Attendee]]]:
    """The attendees under their headings: the present apart from those in attendance."""
    if asked != PRESENT:
        return [(_HEADINGS[asked], list(attendees))] if attendees else []
    roles = (PRESENT, IN_ATTENDANCE)
    groups = [(_HEADINGS[role], [a for a in attendees if a.role == role]) for role in roles]
    return [(heading, group) for heading, group in groups if group]


def _shown(attendee: Attendee) -> str:
    """An attendee as printed (initials are named after, by the answer's initials step), with whom
    they stood in for when the item says so in other words ("on behalf of")."""
    standing_in = f"for {attendee.deputising_for}"
    if not attendee.deputising_for or standing_in in attendee.item:
        return attendee.item
    return f"{attendee.item}, {standing_in}"


def _no_meeting(question: str, documents: Sequence[str], sources: Sources) -> Answer:
    """A decline naming the meetings whose minutes are held."""
    held = ", ".join(readable_date(sources.date(d)) for d in documents)
    text = f"{ABSTAIN_TEXT} No minutes held record a meeting on the date asked about; they are of {held}."
    return Answer(question, text, True, answerer="register")
