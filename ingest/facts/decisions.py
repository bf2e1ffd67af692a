"""Find the funding decisions a document records: table rows, section headings and prose.

A funding table is read from pypdf's layout text, where a cell's column tells its funding window
("1st April to 30th June 2022" above it). A heading with an amount ("Get Safe On-Line £15,000") or
a sentence stating a decision ("A £25k contribution was approved by SCEP ...") is matched to the
table row it speaks of and kept as a mention of it, so that two figures for one item stay side by
side; a statement of a different amount, or one matching no row, is a decision of its own.

Minutes record decisions in many styles ("RESOLVED: that £6,000 be awarded to X for Y", "Resolved:
(i) to award £7.5k ...; (ii) not to support ...; (iii) to defer ...", "The Board agreed to fund X at
£Y", "declined", "deferred to the next meeting", "amended its decision ... reduced from £A to £B",
"approved under delegated powers"): each clause is one decision with its outcome (approved,
declined, deferred, amended), its lead organisation where stated, and its meeting date. A table with
a header row (project, lead organisation, date, amount, "£k") is read by column; an actions table
(action, owner, due) gives actions, which are not decisions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ingest.facts.bid_references import named_by_reference, stated_bids
from ingest.facts.decision_prose import stated_amounts
from ingest.facts.decision_tables import block_tables, header_table, table_rows
from ingest.facts.decision_types import (
    Action,
    FundingDecision,
    Mention,
    item_words,
)
from ingest.facts.periods import (
    meeting_date,
)
from ingest.parse.blocks import CleanPage
from ingest.parse.pdf import Page


def extract_funding(
    document: str,
    raw_pages: Sequence[Page],
    pages: Sequence[CleanPage],
    period: str = "",
    date: str = "",
    doc_type: str = "",
) -> list[FundingDecision]:
    """Every funding decision in one document, with the other statements of each one's amount.

    `date` is the document's (a meeting's, for minutes); minutes with none say it on their first page.
    Only minutes date their decisions by the meeting, and only minutes decline, defer or amend: a
    report restates decisions made elsewhere.
    """
    meeting = _meeting_of(raw_pages, date, doc_type)
    decisions = [row for page in raw_pages for row in table_rows(document, page, period)]
    for raw, page in zip(raw_pages, pages, strict=False):
        # A table in minutes records that meeting's decisions, unless a row gives its own date.
        found = _read_whole(header_table(document, raw, period)[0], block_tables(document, page, period))
        decisions += [replace(d, date=d.date or meeting) for d in found]
    for entry in stated_amounts(document, pages, period, meeting):
        target = _matching_row(entry, decisions)
        if target is None:
            # A statement naming no item and matching no row is no decision, unless it amends one
            # its register finds by the former sum ("the award is reduced from £4,000 to £2,600").
            if entry.item or (entry.outcome == "amended" and entry.previous):
                decisions.append(entry)
            continue
        index = decisions.index(target)
        mention = Mention(entry.amount, entry.page, entry.quote, entry.source)
        kind = "contribution" if entry.source == "prose" and entry.kind == "contribution" else target.kind
        context = "\n".join(part for part in (target.context, entry.context) if part)
        decisions[index] = replace(target, mentions=(*target.mentions, mention), kind=kind, context=context)
        if entry.source == "prose" and entry.amount != target.amount:
            # A sentence stating another amount records a decision of its own: keep both.
            decisions.append(replace(entry, item=_name_from_row(target, entry)))
    return named_by_reference(decisions, stated_bids(pages))


def extract_actions(
    document: str, raw_pages: Sequence[Page], date: str = "", doc_type: str = ""
) -> list[Action]:
    """The rows of a document's actions tables (number, action, owner, due date, status)."""
    meeting = _meeting_of(raw_pages, date, doc_type)
    return [replace(a, date=meeting) for page in raw_pages for a in header_table(document, page, "")[1]]


def _read_whole(rows: list[FundingDecision], whole: list[FundingDecision]) -> list[FundingDecision]:
    """Each row read from layout text, or the same row read from the cleaned page's table when that
    one agrees on its sum and outcome: cleaning keeps a wrapped cell whole ("Mentoring for young people
    at | risk of exploitation"), where the line-by-line reading may cut it or start a row
    at its second line. A row the cleaned table alone reads is left out: it is less often right."""
    out: list[FundingDecision] = []
    for row in rows:
        first = row.quote.split("\n")[0]
        same = next((w for w in whole if first in w.quote.split("\n")), None)
        if same is not None and (same.amount, same.outcome) == (row.amount, row.outcome):
            # Where cleaning left a wrapped cell's next line apart, the line-by-line item is whole.
            longer = row.item if row.item.startswith(same.item) else same.item
            row = replace(same, item=longer, date=same.date or row.date)
        if row not in out:
            out.append(row)
    return out


def _meeting_of(raw_pages: Sequence[Page], date: str, doc_type: str) -> str:
    """The date decisions in this document were made: a meeting's; "" for a report restating them."""
    if doc_type and doc_type != "minutes":
        return ""
    if date:
        return date
    return meeting_date(raw_pages[0].text) if raw_pages else ""


def _matching_row(entry: FundingDecision, rows: Sequence[FundingDecision]) -> FundingDecision | None:
    """The table row a heading or sentence speaks of: all the row's naming words in it, or the same
    amount and a naming word in common; the row sharing most words wins."""
    words = item_words(entry.quote)
    best: tuple[int, bool, int] | None = None
    chosen = None
    for index, row in enumerate(rows):
        if row.source != "table" or row.document != entry.document:
            continue
        own = item_words(row.item)
        shared = len(own & words)
        same = row.amount == entry.amount
        if own and (own <= words or (same and shared)):
            key = (shared, same, -index)
            if best is None or key > best:
                best, chosen = key, row
    return chosen


def _name_from_row(row: FundingDecision, entry: FundingDecision) -> str:
    """A separately stated decision about a row's item is named after the row ("Safer Streets 4 ...")."""
    if entry.item and item_words(row.item) <= item_words(entry.item):
        return entry.item
    return f"{row.item} ({entry.kind})" if entry.kind != "award" else row.item
