"""What period a document covers ("what year does this annual report cover", "which period is the
assessment for"): the document's own period, quoted from the line of its first page that prints it.

A new member's first question about a report is often which year it is; the answer is on its cover,
in words the question does not use, so a search for the question's words does not find it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering.citations import CitationLedger
from assistant.types import Answer, CheckedSentence, Sources
from ingest.facts.periods import financial_year

# "what year(s) / period / dates does it cover", "which year is the report for", "what period does
# the assessment cover": the span a document is about, not when something in it happened.
_COVERED_Q_RE = re.compile(
    r"\b(?:what|which)\s+(?:financial\s+)?(?:years?|period|dates?|time\s*span)\b[^?]{0,60}?"
    r"\b(?:cover|covers|covered|covering|span|spans|run|runs)\b"
    r"|\b(?:what|which)\s+(?:financial\s+)?(?:years?|period)\s+is\s+(?:this|the|that|their|its)\b[^?]{0,40}?"
    r"\b(?:for|about)\b",
    re.IGNORECASE,
)
# The kind of document asked about, a word its title holds: "report" of "Annual Report 2022-23".
_KIND_RE = re.compile(r"\b(report|review|assessment|plan|strategy|statement|sia)\b", re.IGNORECASE)
_COVER_LINES = 15  # lines of a first page, not blank, where its title and period are printed
FirstPage = Callable[[str], str]  # a document's first page, as printed


def answer_covered(
    question: str, ranked: Sequence[str], first_page: FirstPage, sources: Sources
) -> Answer | None:
    """The period of the best-ranked document with one, quoted from the first-page line printing it
    (its title, as a rule); None when the question does not ask it or no first page prints it."""
    kinds = _kinds(question)
    if not _COVERED_Q_RE.search(question) or not kinds:
        return None
    for document in dict.fromkeys(ranked):
        period = sources.period(document)
        titled = bool(kinds & _kinds(sources.title(document)))
        line = _printed(first_page(document), period) if period and titled else ""
        if line:
            ledger = CitationLedger(sources)
            number = ledger.cite(document, 1, line)
            text = f"{sources.title(document)} covers {period}: “{line}” [{number}]"
            checked = (CheckedSentence(line, (number,), True),)
            return Answer(question, text, False, ledger.citations(), sentences=checked, answerer="register")
    return None


def _kinds(text: str) -> set[str]:
    """The kinds of document a text names, "SIA" as the assessment it is."""
    return {"assessment" if k.casefold() == "sia" else k.casefold() for k in _KIND_RE.findall(text)}


def _printed(page: str, period: str) -> str:
    """The first line near the top of a page naming the period, as printed ("Annual Report 2022-23",
    "April 2023 to March 2024"); "" when none does."""
    lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
    return next(
        (line for line in lines[:_COVER_LINES] if period in (financial_year(line, ""), _span(line))), ""
    )


# Financial years written out: "April 2023 to March 2024", "1 April 2024 - 31 March 2027".
_SPAN_RE = re.compile(
    r"\bApril\s+(\d{4})\s*(?:to|-|–|until)\s*(?:\d{1,2}\s+)?March\s+(\d{4})\b", re.IGNORECASE
)


def _span(line: str) -> str:
    """The financial years a line writes out by their months, as "2023-24" or "2024-27"; "" if none."""
    found = _SPAN_RE.search(line)
    return f"{found.group(1)}-{found.group(2)[2:]}" if found else ""
