"""The documents a question points at by what it calls them: its partnership, a type ("the strategic
assessment", "the minutes"), its own title ("the Strategic Intelligence Assessment 2023"), a month
with its year ("the minutes of February 2023"), or the newest ones ("what is the partnership
focusing on now").

Retrieval favours their passages rather than keeping to them: a question may name one document
and be answered by another ("what did the annual report say the assessment found"). The cues are
read against the document records, never from a document's text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from assistant.answering.editions import asks_current
from assistant.answering.former import bound_day, former_asked, without_bound
from assistant.answering.named import Named, name_words
from assistant.text import contains_phrase, terms
from assistant.types import DocumentCues
from ingest.facts.periods import MONTHS, MONTHS_PATTERN, dates_in, financial_years_in, month_years_in
from ingest.records import DocumentRecord

# Months joined into a span ("the april to june 2022 window", "October 2023 to March 2024") name a
# period, not the meeting or report of a month.
_MONTH_SPAN_RE = re.compile(
    rf"\b(?:{MONTHS_PATTERN})(?:\s+20\d\d)?\s+(?:to|until|-|–)\s+(?:{MONTHS_PATTERN})\s+20\d\d\b", re.I
)

_TITLE_WORDS = 2  # words at least of a title that names one document (not "Minutes")


def read_cues(
    question: str,
    records: Mapping[str, DocumentRecord],
    superseded: Collection[str],
    named: Named | None = None,
) -> DocumentCues:
    """The documents of the partnerships `named` (all, when none is) of every type the question names,
    of every month it names with its year (else of the financial year it names), and none
    `superseded` when it asks what holds now; and the words naming them: the partnership's, the
    type's and the month's. No cues when it names none of these, or nothing indexed fits."""
    named = named or Named()
    words = terms(question)
    types = {t for t in {r.doc_type for r in records.values()} if t and contains_phrase(words, terms(t))}
    former = former_asked(question)
    bound = bound_day(former)  # "before May 2023": the documents of before that day
    unspanned = _MONTH_SPAN_RE.sub(" ", without_bound(question, former))
    months = month_years_in(unspanned)
    periods = set() if months else financial_years_in(unspanned)  # a month names its meeting more closely
    current = not months and not periods and asks_current(question)
    titled = frozenset(name for name, r in records.items() if _titles(words, r.title, r.partnership))
    if not (types or months or periods or current or named.partnerships or titled or bound):
        return DocumentCues()

    def pointed_at(periods: Collection[str]) -> frozenset[str]:
        return frozenset(
            name
            for name, r in records.items()
            if (named.documents is None or name in named.documents)
            and (not types or r.doc_type in types)
            and (not titled or name in titled)
            and (not months or r.date[:7] in months)
            and (not periods or r.period in periods)
            and not (current and name in superseded)
            and (not bound or (bool(r.date) and r.date < bound))
        )

    # A year no document is for ("the grant for 2020/21") points at none: the other cues still hold.
    documents = pointed_at(periods) or (pointed_at(()) if periods else frozenset())
    if not documents:
        return DocumentCues()
    naming = set(terms(" ".join([*types, *(_month_words(m) for m in months)])))
    naming.update(*(name_words(p) for p in named.partnerships), named.shortenings)
    newest = _newest(documents, records) if current else frozenset()
    days = set(dates_in(unspanned))
    dated = frozenset(name for name in documents if records[name].date in days)
    return DocumentCues(documents, frozenset(naming), newest, dated)


def _newest(documents: Collection[str], records: Mapping[str, DocumentRecord]) -> frozenset[str]:
    """Each partnership's most recent of the documents, by date then period: what holds now is
    told last, whatever the type ("the latest figure" is the newer annual report's, not the
    older assessment's)."""
    latest: dict[str, DocumentRecord] = {}
    for name in documents:
        record = records[name]
        held = latest.get(record.partnership)
        if held is None or (record.date, record.period) > (held.date, held.period):
            latest[record.partnership] = record
    return frozenset(r.document for r in latest.values())


def _titles(words: list[str], title: str, partnership: str) -> bool:
    """Whether a question names a document by its own title, after its partnership's name ("the
    Strategic Intelligence Assessment 2023" of "Elderhythe CSP: Strategic Intelligence Assessment
    2023" or of "Elderhythe Community Safety Partnership Strategic Intelligence Assessment 2023"),
    of two words at least."""
    own = terms(title.rsplit(":", 1)[-1])
    name = terms(partnership)
    if name and own[: len(name)] == name:
        own = own[len(name) :]
    return len(own) >= _TITLE_WORDS and contains_phrase(words, own)


def _month_words(month: str) -> str:
    """ "2023-02" as the words a question names it with: "february 2023"."""
    year, number = month.split("-")
    return f"{MONTHS[int(number) - 1]} {year}"
