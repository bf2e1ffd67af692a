"""Find the funding decisions a document records: table rows, section headings and prose.

A funding table is read from pypdf's layout text, where a cell's column tells its funding window
("1st April to 30th June 2022" above it). A heading with an amount ("Get Safe On-Line £15,000") or
a sentence stating a decision ("A £25k contribution was approved by SCEP ...") is matched to the
table row it speaks of and kept as a mention of it, so that two figures for one item stay side by
side; a statement of a different amount, or one matching no row, is a decision of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ingest.facts.periods import WINDOW_RE, financial_year, window_year
from ingest.parse.clean import CleanPage
from ingest.parse.pdf import Page
from ingest.text import MONEY_RE, parse_amount, split_sentences

_CELL_RE = re.compile(r"\S(?:.*?\S)??(?=\s{3,}|\s*$)")
_TABLE_AMOUNT_RE = re.compile(r"£?\s?\d{1,3}(?:,\d{3})+(?:\.\d\d)?|£?\s?\d{3,7}(?:\.\d\d)?")
_DECISION_RE = re.compile(
    r"\b(approved|agreed|awarded|allocat\w*|contribut\w*|funded|granted|commissioned)\b", re.IGNORECASE
)
_ITEM_LEAD_RE = re.compile(r"\b(?:to support|to enhance|towards|for)\s+(?:a |an |the )?(?:dedicated )?")
_ITEM_END_RE = re.compile(r"\s(?:which|that|at|by the|in 20\d\d|and this|to deliver)\s|[,.;()]")
_FUNDING_CUE_RE = re.compile(r"\b(fund\w*|approved|award\w*|bids?|grants?|applications?|allocat\w*)\b", re.I)
# Words that say what kind of money moved, not what it was for: they do not identify an item.
_GENERIC = frozenset(
    {"contribution", "project", "funding", "fund", "bid", "grant", "award", "allocation", "support"}
    | {"the", "and", "of", "for", "to", "a", "an", "from", "in", "on", "with", "scep", "pcc"}
)


@dataclass(frozen=True)
class Mention:
    """Another place the documents state an item's amount: perhaps a different figure."""

    amount: float
    page: int
    quote: str
    source: str  # heading or prose


@dataclass(frozen=True)
class FundingDecision:
    """One funding decision as a document records it, with the page and the words that record it.

    `context` is the text of the report's section on the item, which tells the priority it serves;
    `mentions` are the other places in the same document that state an amount for it.
    """

    item: str
    amount: float
    kind: str
    window: str
    year: str
    document: str
    page: int
    quote: str
    source: str  # table, heading or prose
    mentions: tuple[Mention, ...] = ()
    context: str = ""
    ocr: bool = False  # its page was read by OCR

    @property
    def pages(self) -> tuple[int, ...]:
        """Every page stating this decision, its own first."""
        return tuple(dict.fromkeys([self.page, *(m.page for m in self.mentions)]))


def item_words(text: str) -> set[str]:
    """Words naming an item, lower-cased and singular: "PSPO – Macclesfield" -> {pspo, macclesfield}."""
    words = re.findall(r"\w+", text.lower().replace("-", ""))
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words} - _GENERIC


def extract_funding(
    document: str, raw_pages: Sequence[Page], pages: Sequence[CleanPage], period: str = ""
) -> list[FundingDecision]:
    """Every funding decision in one document, with the other statements of each one's amount."""
    decisions = [row for page in raw_pages for row in _table_rows(document, page, period)]
    for entry in _stated_amounts(document, pages, period):
        target = _matching_row(entry, decisions)
        if target is None:
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
    return decisions


def _table_rows(document: str, page: Page, period: str) -> list[FundingDecision]:
    """Name-and-amount cells of the funding tables on one page, each with its column's window."""
    rows: list[tuple[int, FundingDecision]] = []  # with the column each sits in
    columns: list[tuple[int, str]] = []  # (start column, window) of the current table's header
    in_table = False
    recent: list[str] = []
    for line in page.text.splitlines():
        if not line.strip():
            continue
        cells = [(m.start(), m.group(0)) for m in _CELL_RE.finditer(line)]
        windows = [(start, text) for start, text in cells if WINDOW_RE.fullmatch(text.strip())]
        if windows and len(windows) == len(cells):  # a header naming the funding windows
            columns, in_table = windows, True
            continue
        if _units_row([text for _, text in cells]):  # the currency row under a header
            in_table = in_table or bool(_FUNDING_CUE_RE.search(" ".join(recent[-3:])))
            continue
        pairs = [
            (cells[i], cells[i + 1])
            for i in range(len(cells) - 1)
            if _TABLE_AMOUNT_RE.fullmatch(cells[i + 1][1]) and not _TABLE_AMOUNT_RE.fullmatch(cells[i][1])
        ]
        if not pairs or not in_table:
            in_table, columns = False, []
            recent.append(line.strip())
            continue
        for (start, name), (_, amount) in pairs:
            window = _column(columns, start)
            year = window_year(window) or financial_year(" ".join(recent[-3:]), period)
            rows.append(
                (
                    start,
                    FundingDecision(
                        item=name,
                        amount=parse_amount(amount) or 0.0,
                        kind="award",
                        window=window,
                        year=year,
                        document=document,
                        page=page.number,
                        quote=f"{name} {amount}",
                        source="table",
                    ),
                )
            )
    # A column is read top to bottom: a two-column table lists one window, then the other.
    return [row for _, row in sorted(rows, key=lambda pair: pair[0])]


def _units_row(cells: list[str]) -> bool:
    """A row naming the columns' currency: "£" under each, or a mark of three characters at most where
    OCR misread one (never a figure)."""
    return "£" in cells and all(len(c) <= 3 and not any(ch.isdigit() for ch in c) for c in cells)


def _column(columns: list[tuple[int, str]], start: int) -> str:
    """The header a cell stands under: the last column starting at or before it (a little slack)."""
    under = [window for column_start, window in columns if column_start <= start + 4]
    return under[-1] if under else (columns[0][1] if columns else "")


def _stated_amounts(document: str, pages: Sequence[CleanPage], period: str) -> list[FundingDecision]:
    """Amounts in headings ("Regional Analyst - £10k") and in sentences that state a decision."""
    found: list[FundingDecision] = []
    open_section: int | None = None  # index in `found` of the heading whose section we are in
    for page in pages:
        blocks = page.blocks
        for i, block in enumerate(blocks):
            if block.kind == "heading":
                following = blocks[i + 1].text if i + 1 < len(blocks) else ""
                entry = _heading_amount(document, page.number, block.text, following, period)
                if entry is not None:
                    found.append(entry)
                    open_section = len(found) - 1
                else:
                    open_section = None  # the item's own text ends at the next heading
                continue
            if open_section is not None and len(found[open_section].context) < 2000:
                section = found[open_section]
                found[open_section] = replace(section, context=f"{section.context}\n{block.text}".strip())
            if block.kind not in ("para", "bullet"):
                continue
            for sentence in split_sentences(block.text):
                entry = _prose_decision(document, page.number, sentence, period)
                if entry is not None:
                    found.append(entry)
    return found


def _heading_amount(
    document: str, page: int, heading: str, following: str, period: str
) -> FundingDecision | None:
    """A section heading carrying an amount, or followed by a line holding only one ("£9,500")."""
    match = MONEY_RE.search(heading)
    quote = heading
    if match is None:
        alone = MONEY_RE.fullmatch(following.strip())
        if alone is None:
            return None
        match, quote = alone, f"{heading}\n{following.strip()}"
        item = heading
    else:
        item = heading[: match.start()].rstrip(" -–:")
    amount = parse_amount(match.group(0))
    if not amount or not item:
        return None
    kind = "contribution" if re.search(r"contribution", heading, re.I) else "award"
    year = financial_year(heading, period)
    return FundingDecision(item, amount, kind, "", year, document, page, quote, "heading", context=heading)


def _prose_decision(document: str, page: int, sentence: str, period: str) -> FundingDecision | None:
    """A sentence recording that money was approved, agreed, allocated or contributed."""
    money = MONEY_RE.search(sentence)
    if money is None or not _DECISION_RE.search(sentence):
        return None
    amount = parse_amount(money.group(0))
    if not amount:
        return None
    cues = [(abs(m.start() - money.start()), m.group(1).lower()) for m in _DECISION_RE.finditer(sentence)]
    nearest = min(cues)[1]
    kind = "allocation" if nearest.startswith("allocat") else "award"
    if nearest.startswith("contribut"):
        kind = "contribution"
    after = sentence[money.end() :]
    if kind == "allocation" and re.search(r"annual allocation", sentence, re.I):
        item = "Annual allocation"
    elif lead := _ITEM_LEAD_RE.search(after):
        rest = after[lead.end() :]
        end = _ITEM_END_RE.search(rest)
        item = rest[: end.start() if end else len(rest)].strip()
        item = item[:1].upper() + item[1:]
    else:
        item = kind.capitalize()
    quote = " ".join(sentence.split())
    year = financial_year(sentence, period)
    return FundingDecision(item, amount, kind, "", year, document, page, quote, "prose", context=quote)


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
