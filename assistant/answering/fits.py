"""Whether a unit is the kind of answer a question asks for: an amount for "how much", a count for
"how many", a percentage, a rate, a time for "when", a person or address to be named; and whether it
says anything the question does not."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answering.answer_types import (
    COLUMN_NAMED_KINDS,
    SUCCESSION_RE,
    names_followed,
    names_in_role_column,
    states,
    without_person,
)
from assistant.answering.narrowing import counts_another, shows_change
from assistant.answering.units import HEADED_KINDS, ROW_KINDS, Unit
from assistant.text import span_ends, terms
from ingest.facts.periods import ANY_DATE_RE, DATE_RE, MONTHS_PATTERN, dates_in, months_in, years_in
from ingest.text import ANY_FIGURE_RE, MONEY_HINT_RE, MONEY_RE

if TYPE_CHECKING:
    from assistant.answering.asked import Asked

# What a text says its subject is without ("without a vote"): the opposite of a question's "with a vote".
_WITHOUT_RE = re.compile(r"\bwithout\s+(?:an?\s+|the\s+|any\s+)?([a-z]{3,})\b", re.I)
PERIOD_RE = re.compile(r"\b(?:19|20)\d\d(?:[-/–](?:20)?\d\d)?\b")
_PERCENT_RE = re.compile(r"\d\s?%|\bper ?cent\b", re.I)
# A rate asked "per 1,000" is answered by a rate, not by a count of the same thing.
PER_RE = re.compile(r"\bper (?:\d|thousand|hundred|head|capita)", re.I)
# Times a sentence may give besides a year or month: a weekday, a period, how often.
# A bare "two years" is a length of time, not a time: "every year", "next month" are times.
_TIME_WORDS_RE = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|daily|weekly|monthly|annually|quarterly"
    r"|(?:every|each|next|last|this|that|the same|per|a) (?:year|month|week|day))\b",
    re.I,
)


# A role's other words in a text naming its holder: a rep "represents".
_ROLE_WORDS = {"rep": "rep representative represents", "representative": "representative represents rep"}


# A score stated: "81/100", "17 out of 20", "Scored 14", a figure under a "Score" column ("Score /20: 17",
# "Score (of 25): 11").
# Out of a round number only: "25/12" numbers a minute, "31/03/24" is a date.
SCORE_RE = re.compile(
    r"(?<![/\d])\d{1,3}\s*(?i:/|out of)\s*(?:5|10|15|20|25|30|40|50|60|100)(?![/\d])"
    # "scored 72", "a score of 64", and a bound: "bids scoring under 60", "a pass mark of 60".
    r"|\b(?i:scor(?:e|es|ed|ing)|pass mark)\b(?:\s*\(?(?:/|of|out of)\s*\d{1,3}\)?)?[\s:]*"
    r"(?:(?i:of|is|under|below|over|above|less than|more than|at least)\s+)*\d{1,3}\b(?!\s+[A-Z][a-z])"
)
# How many make a body: a count of its members ("five voting members", "one third of the members",
# "three of them"), or a figure given as the quorum ("Quorum: 3").
_NUMBER = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|half|a third|one third|a quarter|majority)"
)
_HOW_MANY_RE = re.compile(
    rf"\b{_NUMBER}\s+(?:of\s+(?:the\s+|its\s+)?)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:members?|partners?|representatives?|authorities|organisations|agencies|people|of them)\b"
    rf"|\bquor\w*\W{{0,3}}(?:is\s+|was\s+)?{_NUMBER}\b",
    re.I,
)
# A meeting that had its quorum, which says nothing of the rule: "The meeting was quorate",
# "Nine members present: quorate".
_QUORATE_RE = re.compile(
    r"(?:\b(?:was|were|is)\s+(?:not\s+)?|:\s*)(?:in)?quorate\b(?!\s+(?:when|if|with))", re.I
)
# ... unless it says what the rule is too ("The quorum is five members, ..., so the meeting was quorate").
_QUORUM_RULE_RE = re.compile(
    r"\bquorum\s+(?:is|was|shall be|will be|of)\b|\bquorate\s+(?:when|if|with)\b", re.I
)
# A conclusion or a recommendation stated, or labelled ("R3", "Rec. 6", "Recommendation 2").
FINDING_RE = re.compile(
    r"\b(?:conclu\w*|recommend\w*|findings?|found|learning|lessons?)\b|(?-i:\bR-?\d{1,2}\b)|\bRec\.\s*\d",
    re.I,
)
# How often a thing happens: "four times a year", "twice yearly", "it met four times", "quarterly",
# "every six weeks", "each year". "annual" alone names a report or a meeting as often as a frequency.
FREQUENCY_RE = re.compile(
    r"\b(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every|yearly|annually)\b"
    r"|\b(?:met|meets?|meeting|held|holds?)\s+(?:\w+\s+)?(?:once|twice|\w+\s+times)\b"
    r"|\b(?:annually|yearly|quarterly|monthly|weekly|fortnightly|daily|bi-?annually|bi-?monthly|six-?monthly)\b"
    r"|\bevery\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|quarters?|meetings?|terms?)\b"
    r"|\b(?:each|per)\s+(?:year|quarter|month|week)\b",
    re.IGNORECASE,
)


def states_named(unit: Unit, kind: str, other_than: str = "") -> bool:
    """Whether the unit names a thing of the kind asked: in its printed words, or, for a kind a
    table states only under its column's name, with that name ("MSG rank: 13", where the row prints
    "13"). A name, a number to ring or an Act is the kind it is by its own form. A person asked for
    as the one before or after another (`other_than`, a surname) is someone else."""
    quote, text = unit.quote, unit.text
    if other_than:  # ... told as following or followed by them
        if not SUCCESSION_RE.search(f"{unit.context} {unit.text}"):
            return False
        quote, text = without_person(quote, other_than), without_person(text, other_than)
        if names_followed(text):
            return True
    labelled = kind in COLUMN_NAMED_KINDS and unit.kind in ROW_KINDS
    in_column = kind == "person" and unit.kind in ROW_KINDS and names_in_role_column(quote, unit.context)
    return states(kind, quote) or (labelled and states(kind, text)) or in_column


def fits_kind(unit: Unit, asked: Asked, heading: str = "") -> bool:
    """Whether the unit is the kind of answer asked for: an amount for "how much", a count for "how
    many", a percentage for "what percentage", a time for "when", a person or address to be named.

    `heading` is the passage's own heading: a table's rows may be rates by their caption above them
    ("Table 3. ... rates per 1,000") or by the heading their passage starts under."""
    if asked.wants_money and asked.wants_figure:
        fits = is_money(unit)
    else:
        fits = _states_figure(unit.text) or not asked.wants_figure
    if asked.wants_named:
        fits = fits and states_named(unit, asked.wants_named, asked.other_than)
    if asked.role:  # "who is the commissioner" is not answered by a list naming no commissioner
        said = set(terms(f"{unit.quote} {unit.context}"))
        fits = fits and bool(set(terms(_ROLE_WORDS.get(asked.role, asked.role))) & said)
    if asked.wants_percent:
        fits = fits and bool(_PERCENT_RE.search(unit.text))
    elif asked.wants_rate:
        captioned = f"{unit.context} {heading}" if unit.kind in ROW_KINDS else ""
        fits = fits and bool(PER_RE.search(unit.text) or PER_RE.search(captioned))
    elif asked.wants_count:
        measured = _measured(unit.text)  # "phase 2" counts nothing
        fits = fits and _counts(unit) and not counts_another(measured, asked.counted, frozenset(asked.idf))
    if asked.wants_frequency:  # "how often" is answered by how often, not by "how often it meets"
        fits = fits and bool(FREQUENCY_RE.search(unit.text))
    if asked.wants_quorum:  # by how many make a quorum, not by "the meeting was quorate"
        rule = _QUORUM_RULE_RE.search(unit.text) or not _QUORATE_RE.search(unit.text)
        fits = fits and bool(_HOW_MANY_RE.search(unit.text)) and bool(rule)
    if asked.wants_score:  # "what score did it get" is answered by a score, not by the bid's row
        fits = fits and bool(SCORE_RE.search(f"{unit.text} {unit.context}"))
    if asked.wants_finding:  # "what did the review conclude" is not answered by when it was commissioned
        fits = fits and bool(FINDING_RE.search(f"{unit.text} {unit.context} {heading}"))
    if asked.wants_date:  # "when" is answered by a time, not by a sentence that only names the thing
        fits = fits and _states_time(unit)
        ends = span_ends(unit.text)  # "when does it close" is not answered by "it opens on 3 November"
        fits = fits and not (asked.span_end and ends and asked.span_end not in ends)
    if asked.wants_who:  # "who leads the work" is not answered by a row of rates, nor "who signed
        # CDN 2025/01" by "Reference | CDN 2025/01" or "Date | 9 January 2025": they name no one
        fits = fits and not _values_only_asked(unit, frozenset(asked.idf)) and not _names_no_one(unit)
    if asked.action:  # "who presented it" is not answered by "it was presented to the Board in May"
        fits = fits and not _agentless(unit.text, asked.action)
    if asked.wants_meaning and unit.kind in ROW_KINDS:
        fits = fits and not _holds_as_value(unit.text, set(asked.idf))
    if asked.with_what:  # "who sits on it with a vote" is not answered by those "without a vote"
        fits = fits and not any(
            t in asked.with_what for m in _WITHOUT_RE.finditer(unit.text) for t in terms(m.group(1))
        )
    if asked.wants_figure and asked.direction:  # "how much did it go down by": not a rise, nor a count
        fits = fits and shows_change(unit.text, asked.direction, len(set(PERIOD_RE.findall(unit.text))))
    return fits


# A deed told in the passive: "was presented", "had been seconded", "were agreed".
_PASSIVE_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?([a-z]+ed)\b", re.I)


def _agentless(text: str, action: frozenset[str]) -> bool:
    """Whether a text tells the deed asked of ("presented") only in the passive, naming no one by
    whom it was done: it says the deed happened, not who did it."""
    told = [m for m in _PASSIVE_RE.finditer(text) if set(terms(m.group(1))) & action]
    done = [word for word in re.findall(r"[A-Za-z]+ed\b", text) if set(terms(word)) & action]
    agentless = [m for m in told if not re.search(r"\bby\b", text[m.end() :])]
    return bool(told) and len(agentless) == len(done)  # "She presented it; it was presented in May" names her


def _holds_as_value(row: str, asked: set[str]) -> bool:
    """Whether a row holds the asked term only as a cell's whole value ("St Osyth's — ...; Knife-enabled
    offences: [c]"), which says nothing of what it means; a key's or glossary's row names it beside its
    meaning ("Red — Meaning: off track"), as does a cell spelling it out ("Adviser (IDVA) top-up")."""
    label, _, rest = row.partition(" — ")
    cells = [set(terms(part.partition(": ")[2] or part)) for part in rest.split("; ")]
    bare = [cell for cell in cells if cell and cell <= asked]
    named = set(terms(label)).union(*(cell for cell in cells if not cell <= asked))
    return bool(bare) and not (set().union(*bare) & named)


def is_money(unit: Unit) -> bool:
    """An amount of money: pounds, a figure in a table (not the number a row is listed by: "4.",
    nor a date: "Ref — 20 February 2024: ...", nor a row counting people or events:
    "Attendances at ... — 2022-23: 640"), or thousands and millions."""
    return bool(MONEY_HINT_RE.search(unit.text)) or (
        unit.kind in ROW_KINDS
        and not (_COUNTED_LABEL_RE.match(unit.text) and "£" not in unit.context)
        and bool(ANY_FIGURE_RE.search(_ROW_NUMBER_RE.sub("", DATE_RE.sub("", unit.text))))
    )


_ROW_NUMBER_RE = re.compile(r"^\s*\d{1,2}[.)]\s")
# A row label naming what its figures count: people, households, events, cases.
_COUNTED_LABEL_RE = re.compile(
    r"(?:(?:total\s)?number|no\.|count)\sof\b|(?:attendances|attendees|referrals|incidents|offences|crimes"
    r"|households|people|persons|victims|participants|calls|arrests|cases|visits|residents|children"
    r"|young people|users|clients|contacts|reports)\b",
    re.I,
)


def says_more(unit: Unit, asked: Asked) -> bool:
    """Whether a unit says anything the question does not: a title standing as a sentence that only
    repeats the question's words ("The Serious Violence Duty") answers nothing. A list item may: it
    says the thing is on the list ("is road safety one of the priorities")."""
    if unit.kind != "sentence" or ANY_FIGURE_RE.search(unit.text):
        return True
    return not set(terms(unit.text)) <= set(asked.idf)


# A value that is a figure only: "53.8", "£4,200", "+13.8%", "10th".
_FIGURE_VALUE_RE = re.compile(r"[\s£$+\-−.,%()\d]*\d[\s£$+\-−.,%()\dkm]*(?:st|nd|rd|th)?\s*", re.I)


# Words by which a sentence in lower case may still name who: a role, a body, a pronoun, "by".
_AGENT_WORD_RE = re.compile(
    r"\b(?:by|chair\w*|vice|officers?|managers?|leads?|directors?|inspectors?|councils?|councillors?|police"
    r"|services?|boards?|teams?|groups?|partnerships?|partners?|committees?|organisations?|authorit(?:y|ies)"
    r"|agenc(?:y|ies)|members?|he|she|they|we|his|her|their|our)\b",
    re.I,
)


def _names_no_one(unit: Unit) -> bool:
    """Whether a sentence names no one: no capitalised word after its first, no initials, no role or body
    ("Agreed and signed." says a deed was done, not who did it)."""
    if unit.kind in ROW_KINDS:
        return False
    words = re.findall(r"[A-Za-z][\w'’.-]*", unit.text)
    initials = bool(words) and sum(c.isupper() for c in words[0]) > 1  # "DW presented it"
    named = initials or any(word[0].isupper() for word in words[1:])
    return not named and not _AGENT_WORD_RE.search(unit.text)


def _values_only_asked(unit: Unit, asked: frozenset[str]) -> bool:
    """Whether a table unit's values, its label and field names aside, are all figures, dates or words
    of the question: a row without a header shows its cells after the first, its label."""
    if unit.kind not in ROW_KINDS:
        return False
    _, dash, rest = unit.text.partition(" — ")
    if not dash and unit.kind == "row" and " | " in unit.text:
        values = unit.text.split(" | ")[1:]
    else:
        values = [field.rpartition(":")[2] for field in (rest if dash else unit.text).split(";")]
    return all(
        _FIGURE_VALUE_RE.fullmatch(value) or set(terms(ANY_DATE_RE.sub(" ", value))) <= asked
        for value in values
    )


def _states_time(unit: Unit) -> bool:
    """Whether a unit states a time: a year, a month, a date in figures ("19/03/25"), a weekday, a
    period or how often."""
    return bool(
        years_in(unit.text) or months_in(unit.text) or dates_in(unit.text) or _TIME_WORDS_RE.search(unit.text)
    )


# A number that labels rather than measures: "Table 2", "Figure 3", "Section 4.1".
_LABEL_NUMBER_RE = re.compile(
    r"\b(?:table|figure|chart|section|chapter|part|appendix|annex|page|item|window|round|phase|tranche)"
    r"\s+\d[\d.]*\b",
    re.I,
)
# A table cell under a money column ("Amount (£k): 7.2", "Paid GBP: 5000.00"): its figure is an amount,
# not a count.
_MONEY_FIELD_RE = re.compile(
    r"(?:^|(?<=[;—]))[^:;—]*(?:£|\b(?:gbp|amount|cost|budget|award|grant|funding|spend)\b)[^:;—]*:[^;]*", re.I
)
# ... and under a column of rates or places in a ranking ("Northby per 1,000: 0.7", "Position of
# 15: 10th"): no count of anything.
_RATE_FIELD_RE = re.compile(
    r"(?:^|(?<=[;—]))[^:;—]*(?:\bper (?:\d|thousand|hundred|head|capita)|\b(?:rate|position|rank)\b)"
    r"[^:;—]*:[^;]*",
    re.I,
)

# ... and under a column numbering a row or what it is filed under ("No.: 3", "Priority: 4", "Ref: 12"):
# it names.
_LABEL_FIELD_RE = re.compile(
    r"(?:^|(?<=[;—]))\s*(?:priority|ref|reference|item|code|theme|id|no\.?)(?:\s+(?:no\.?|number))?\s*:[^;]*",
    re.I,
)


# The day of a date ("12 March 2024", "March 12"): it says when, and counts nothing. Months as
# printed, capitalised: "may 5 people" is no date.
_MONTHS = "|".join(m.capitalize() for m in MONTHS_PATTERN.split("|"))
_DAY_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?=(?:{_MONTHS})\b)|\b({_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
)


# An age or a band of ages ("aged 15 to 19", "age 10-17"): who, not how many.
_AGED_RE = re.compile(r"\baged?\s+(?:between\s+)?\d{1,2}(?:\s*(?:to|-|–|and)\s*\d{1,2})?\b", re.I)
# A reference in capitals and figures ("FT24-08", "SSEF/22/14"): it names, and counts nothing.
_REFERENCE_RE = re.compile(r"\b[A-Z]{1,6}\d{0,4}(?:[-/]\d{1,4})+\b")
# A sum a decision gives without its pound sign ("Approved at 5,000"): an amount, not a count.
_DECIDED_SUM_RE = re.compile(
    r"\b(?:approved|awarded|agreed|funded|granted)\s+at\s+\d[\d,.]*(?:\s?[km]\b)?", re.I
)


# A paragraph's or heading's own number opening it ("2.1 Recorded crime ...", "4.2.1 The Board ...",
# "4. Wards"): it counts nothing.
_PARAGRAPH_NUMBER_RE = re.compile(r"^\s*\d{1,2}(?:(?:\.\d{1,2}){1,3}\.?|\.)\s+(?=[A-Z(])")


def _measured(text: str) -> str:
    """The text without its dates, years and labels' numbers ("Table 2", a paragraph's "2.1"): what
    is left are measures."""
    unlabelled = _LABEL_NUMBER_RE.sub(" ", _PARAGRAPH_NUMBER_RE.sub(" ", text))
    undated = _DAY_RE.sub(lambda m: f" {m.group(1) or ''} ", unlabelled)
    return PERIOD_RE.sub(" ", undated)


def _states_figure(text: str) -> bool:
    """Whether a text states a figure besides a year or a label's number ("Table 2")."""
    return bool(ANY_FIGURE_RE.search(_measured(text)))


def _counts(unit: Unit) -> bool:
    """Whether a unit states a count: a figure that is not money, a year, a date, a reference, an age
    or a label's number."""
    if unit.kind in ROW_KINDS and "£" in unit.context:
        return False  # a row of a table whose columns are amounts of money ("£" above them)
    if unit.scored:
        return False  # ... or of scores ("Threat | ... | Total /25" above them): it rates, and counts nothing
    text = unit.text
    if unit.kind in HEADED_KINDS:
        text = _LABEL_FIELD_RE.sub(" ", _RATE_FIELD_RE.sub(" ", _MONEY_FIELD_RE.sub(" ", text)))
    # A date in full ("10 Sept 2024", "2024-09-10") counts nothing, nor does a sum, a reference or an age.
    uncounted = (_DECIDED_SUM_RE, ANY_DATE_RE, _REFERENCE_RE, _AGED_RE)
    for pattern in uncounted:
        text = pattern.sub(" ", text)
    return _states_figure(MONEY_RE.sub(" ", text))
