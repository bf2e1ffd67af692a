"""Decisions in tables: rows under a funding window's column, and tables with a header row
(project, lead, date, amount in £ or £k); actions tables give actions."""

from __future__ import annotations

import re

from ingest.facts.decision_cues import (
    ASKER_RE,
    DECISION_LABEL,
    DECISION_MARK_LABEL_RE,
    DEFERRED_TO_RE,
    FROM_TO_RE,
    FUNDER_RE,
    GRANT_RECEIVED_RE,
    LIMIT_RE,
    sums_not_after,
)
from ingest.facts.decision_types import (
    DELEGATED_RE,
    FUNDING_CUE_RE,
    Action,
    FundingDecision,
    asked_beside,
    item_and_runner,
)
from ingest.facts.periods import (
    ANY_DATE_RE,
    DATE_RE,
    HYPHENED_DATE_RE,
    NUMERIC_DATE_RE,
    WINDOW_RE,
    YEAR_RE,
    financial_year,
    financial_year_of,
    first_date,
    window_year,
)
from ingest.parse.blocks import ALIGN_SLACK, CleanPage
from ingest.parse.footnotes import NOTE_MARK_RE
from ingest.parse.pdf import Page
from ingest.parse.tables import cell_joined, opens_other_table, units_apart
from ingest.text import MONEY_RE, parse_amount

_CELL_RE = re.compile(r"\S(?:.*?\S)??(?=\s{3,}|\s*$)")


_TABLE_AMOUNT_RE = re.compile(r"£?\s?\d{1,3}(?:,\d{3})+(?:\.\d\d)?|£?\s?\d{3,7}(?:\.\d\d)?")


# Header cells of a table of funding decisions and of an actions table.
_ITEM_HEADER_RE = re.compile(
    r"\b(project|scheme|item|bid|initiative|activity|service|proposal|subject|topic)s?\b", re.I
)


# A header cell's year, period or date ("Lead in 2025-26", "Spent to 30/09/25"): when its column's
# entries fall. Other figures are a data row's sums and counts, or a scoring sheet's scale ("Fit /10")
# or a spend tracker's quarters ("Q1 £k"): no decisions table.
_HEADER_TIME_RE = re.compile(r"\b(?:19|20)\d\d(?:[-/](?:\d\d){1,2})?\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
_LEAD_HEADER_RE = re.compile(
    r"\b(lead|organisation|organization|provider|applicant|recipient|delivered)\b", re.I
)


_AMOUNT_HEADER_RE = re.compile(r"\b(amount|award|awarded|£|funding|grant|value|cost|total|final)\b|£", re.I)


# A column of the sums first agreed beside the final one ("First award | Final", "Initial £ | Final £").
_FIRST_HEADER_RE = re.compile(r"(?:first|initial|original)\b", re.I)


_DATE_HEADER_RE = re.compile(r"\b(approved|date|meeting|decided|agreed)\b", re.I)
# A column of the sums bids asked for, before the sum given ("Asked £k | ... | Final £k", "Sought").
_ASKED_HEADER_RE = re.compile(r"\b(?:asked|requested|sought|applied for|bid amount)\b", re.I)


# A column saying what was decided about each row ("Approved at a reduced sum of £11,300").
_DECISION_HEADER_RE = re.compile(r"\b(decision|outcome|status)\b", re.I)
_DECIDED_HEADER_RE = re.compile(r"\b(decision|outcome)\b", re.I)


_FINAL_HEADER_RE = re.compile(r"\bfinal\b", re.I)
# A date in a cell of sums ("Approved, 12 Jul 2023", "£7.5k (14/06/23)"): its day is no sum.
_DATE_IN_CELL_RE = re.compile(
    f"{DATE_RE.pattern}|{NUMERIC_DATE_RE.pattern}|{HYPHENED_DATE_RE.pattern}", re.IGNORECASE
)
# A column of what became of each row after its first decision ("Later change"), and a cell of it
# changing the sum ("Reduced: leisure centre closed, 14 Feb 2024") or approving a deferred bid.
_CHANGE_HEADER_RE = re.compile(r"\b(?:changes?|variations?|amendments?)\b", re.I)
_CHANGED_CELL_RE = re.compile(
    r"^\W*(?:reduced|increased|cut|raised|topped up|amended|varied|revised)\b", re.I
)
_APPROVED_CELL_RE = re.compile(r"^\W*(?:approved|agreed|awarded)\b", re.I)
_RUN_IN_SUM_RE = re.compile(r"^\s*£?\d[\d,]*(?:\.\d\d)?\s+(?=[A-Za-z])")
# A bid passed up to another body with advice ("Recommended to the Steering Group"): no decision yet.
_REFERRED_CELL_RE = re.compile(r"^\W*(?:recommended|referred)\b", re.I)


# What a decision cell records: it opens with a decline or a deferral; an earlier sum it replaced.
_DECLINED_CELL_RE = re.compile(r"^\W*(?:declined|refused|rejected|not (?:approved|supported|funded))\b", re.I)
_DEFERRED_CELL_RE = re.compile(r"^\W*(?:deferred|postponed|held over)\b", re.I)
# A table of bids turned down, as its item column's header or its own heading names it ("Bid
# turned down", "BIDS NOT FUNDED", "Unsuccessful applications"): a row with no decision of its
# own was declined.
_DECLINED_TABLE_RE = re.compile(
    r"\b(?:declined|refused|rejected|turned down|unsuccessful|not (?:approved|supported|funded))\b", re.I
)
_HEADING_CHARS = 60  # a line over a table longer than this is prose, not the table's heading
# An award given up after it was approved: its money is not spent.
_WITHDRAWN_CELL_RE = re.compile(r"^\W*(?:withdrawn|rescinded|cancelled|canceled)\b", re.I)
_OUTCOME_CELLS = (
    (_DECLINED_CELL_RE, "declined"),
    (_DEFERRED_CELL_RE, "deferred"),
    (_WITHDRAWN_CELL_RE, "withdrawn"),
)
# A later clause of a decision cell that records an outcome of its own ("...; revised bid approved").
_OUTCOME_CLAUSE_RE = re.compile(
    r"^\W*(?:(?:revised|new|second)\s+bid\s+)?(?:approved|agreed|awarded|declined|refused|rejected|"
    r"deferred|withdrawn|rescinded|cancelled|canceled|reduced|increased|cut|raised|amended|varied|revised)\b",
    re.I,
)
# A sum in a decision cell's clause ("Approved 9,000"): pounds, or a figure with thousands.
_CLAUSE_SUM_RE = re.compile(r"£\s?\d[\d,]*(?:\.\d\d)?|\b\d{1,3}(?:,\d{3})+(?:\.\d\d)?\b")
_ON_DATE_RE = re.compile(r"\bon\s+(?:\w+day\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b")
# The sum a bid asked, after its item: ", £9,750 requested", " (£9,600 asked)", "; asked £15,000".
_REQUESTED_RE = re.compile(
    rf"[,;]?\s*\(?(?P<sum>{MONEY_RE.pattern})\s+(?:requested|asked(?: for)?)\b\)?"
    rf"|[,;]\s*(?:requested|asked(?: for)?)\s+(?P<after>{MONEY_RE.pattern})\s*$",
    re.I,
)
_EARLIER_SUM_RE = re.compile(
    rf"\b(?:originally|previously|reduced from|increased from|down from|up from)\s+"
    rf"(?P<old>{MONEY_RE.pattern})",
    re.I,
)


_WINDOW_HEADER_RE = re.compile(r"\b(window|round|quarter)\b", re.I)


_THEME_HEADER_RE = re.compile(r"\b(theme|priority|priorities)\b", re.I)


# How a table says its sums are thousands or millions: "£k", "(m)", "thousands", "£000", "£'000".
_SCALE_RE = re.compile(r"£\s?(k|m)\b|\((k|m)\)|\b(thousands|millions)\b|£\s?['’]?(000)s?\b", re.I)


_ACTION_HEADER_RE = re.compile(r"^actions?$", re.I)


_OWNER_HEADER_RE = re.compile(r"^(owner|lead|by whom|responsible)$", re.I)


_TOTAL_ROW_RE = re.compile(r"^\s*(?:sub-?)?totals?\b", re.I)


# An outcome cell reporting, not deciding; the sum a bid's item cell ends with ("..., £3,600").
_NOTED_RE = re.compile(r"^\W*noted\b", re.I)
# A sum given to a body ("Ratified: £2,300 to Morvenshire Fire and Rescue Service."), and for a thing
# in brackets ("£2,750 to Sanctum Garrenshire (Sanctuary Scheme)."): who, and what, a row labelled only
# by its kind of decision was about.
_PAID_TO = r"£[\d,.]+\s?[km]?\s+to\s+"
_PAID_TO_RE = re.compile(rf"{_PAID_TO}(?P<lead>[A-Z][^.;()]+)")
_GIVEN_TO_RE = re.compile(rf"{_PAID_TO}(?P<lead>[A-Z][^()]+?)\s+\((?P<item>[A-Z][^()]+)\)")
# A decision log's column naming each item with what was decided ("Decision"), and the outcome word
# its cell states after the item ("award RESCINDED."), printed in capitals.
_LOG_HEADER_RE = re.compile(DECISION_LABEL, re.I)
_OUTCOME_WORD_RE = re.compile(
    r"\b(?:APPROVED|AGREED|AWARDED|DECLINED|REFUSED|REJECTED|DEFERRED|RESCINDED|WITHDRAWN|CANCELLED)\b"
)
_UNCHANGED_RE = re.compile(r"\bunchanged\b|\bno change\b", re.I)
_BID_SUM_RE = re.compile(rf",\s*(?P<sum>{MONEY_RE.pattern})\s*$")
# A numbered row's first cell: "3. Edge Talks knife crime", "6a. Bid: ...", "4) Budget".
_ROW_NUMBER_RE = re.compile(r"^\d{1,2}[a-z]?[.)]\s")
# A row's reference alone in its first cell ("D23/37", "FP25/01", "C4", "PS22-07"): a new row, with an
# amount or without ("Membership | ... | Noted"). A figure alone ("2" of a wrapped "year 2") is none.
_REF_CELL_RE = re.compile(r"[A-Z]{1,4}\d{1,3}(?:[/.-]\d{1,4}){0,2}[a-z]?|\d{1,3}(?:[/.-]\d{1,4}){1,2}")
# An amount cell stating a change, not a sum: "+£850", "–£640".
_SIGNED_RE = re.compile(r"\s*[+–—−-]\s?£?\d")
# A label an item cell opens with, saying what kind of item it is ("Bid: Town-centre Safe Space").
_ITEM_LABEL_RE = re.compile(r"^(?:new\s+)?(?:bid|application|proposal|funding request)\s*:\s*", re.I)


def table_rows(document: str, page: Page, period: str) -> list[FundingDecision]:
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
            in_table = in_table or bool(FUNDING_CUE_RE.search(" ".join(recent[-3:])))
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
            if _budget_line(name):
                continue
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


# A line of a budget statement beside the awards ("Brought forward from 2022-23", "Money available",
# "Awards (table above)", "Total"): money held, received or summed, no award.
_BUDGET_LINE_RE = re.compile(
    r"\b(?:brought|carried)\s+forward\b|\b(?:money|funds?)\s+available\b"
    r"|\bbalance\b|\buncommitted\b|\bincome\b|\(table above\)",
    re.I,
)


def _budget_line(name: str) -> bool:
    """A budget statement's line, or the funder's grant to the partnership ("Commissioner's
    Community Safety Grant"), which it receives and does not give."""
    received = FUNDER_RE.search(name) is not None and GRANT_RECEIVED_RE.search(name) is not None
    return received or _TOTAL_ROW_RE.match(name) is not None or _BUDGET_LINE_RE.search(name) is not None


def _units_row(cells: list[str]) -> bool:
    """A row naming the columns' currency: "£" under each, or a mark of three characters at most where
    OCR misread one (never a figure)."""
    return "£" in cells and all(len(c) <= 3 and not any(ch.isdigit() for ch in c) for c in cells)


def header_table(document: str, page: Page, period: str) -> tuple[list[FundingDecision], list[Action]]:
    """Tables under a header row, read by column from the layout text: funding decisions (project,
    lead organisation, date, window, amount, "£k") and actions (action, owner, due, status).

    A cell belongs to the header cell it starts under; a line without an amount (or an action
    number) continues the row above, as a wrapped cell does; prose or a blank stretch ends the table.
    """
    table = _Table(document, page.number, period)
    header: list[tuple[int, str, str]] = []  # (start column, role, header text)
    kind = ""
    rows: list[tuple[dict[str, str], list[str]]] = []  # cells by role, and the row's lines
    above: list[str] = []
    blank = 0
    numbered = False  # the rows of a table with no amount column open with their numbers

    def flush() -> None:
        table.add(kind, header, rows, above)
        rows.clear()

    for line in page.text.splitlines():
        if not line.strip():
            blank += 1
            if blank > 3 and header:
                flush()
                header, kind = [], ""
            continue
        blank = 0
        cells = [(m.start(), m.group(0)) for m in _CELL_RE.finditer(line)]
        roles = _header_roles(cells)
        if roles is not None:
            flush()
            kind, header, numbered = *roles, False
            continue
        if not header:
            above = [*above[-3:], line.strip()]
            continue
        if not rows and _header_goes_on(header, cells):
            header = _header_joined(header, cells)
            continue
        by_role = _cells_by_role(header, cells)
        if by_role is None or opens_other_table([text for _, text in cells]):  # the table has ended
            # (prose, or another table's header: "Budget 2022-23 | £" under the awards)
            flush()
            header, kind = [], ""
            above = [*above[-3:], line.strip()]
            continue
        starts_row = bool(by_role.get("amount")) if kind == "funding" else bool(by_role.get("number"))
        # A total row is a row of its own, whichever column its sum stands under; so is a row opening
        # with its reference in the first column.
        starts_row = starts_row or any(_TOTAL_ROW_RE.match(text) for _, text in cells)
        opens = bool(cells) and cells[0][0] <= header[0][0] + 2 and bool(_REF_CELL_RE.fullmatch(cells[0][1]))
        starts_row = starts_row or (kind == "funding" and opens)
        if kind == "funding" and "amount" not in {role for _, role, _ in header}:
            # No amount column: a row opens with its number, in a column of its own ("D3 | Riverside
            # Reach ...") or before its item ("3. Edge Talks ..."); its other lines are wrapped cells.
            first_role = header[0][1]
            first_cell = by_role.get(first_role, "") if cells and cells[0][0] <= header[0][0] + 2 else ""
            item_cell = by_role.get("item", "")
            if first_role != "item":
                starts_row = bool(first_cell)
            else:
                starts_row = bool(_ROW_NUMBER_RE.match(item_cell)) if numbered else bool(item_cell)
                numbered = numbered or (not rows and bool(_ROW_NUMBER_RE.match(item_cell)))
        if kind == "actions" and "number" not in {role for _, role, _ in header}:
            starts_row = bool(by_role.get("action")) and bool(by_role.get("owner") or by_role.get("due"))
        if starts_row or not rows:
            rows.append((by_role, [" ".join(line.split())]))
        else:  # a wrapped cell of the row above
            cells_above, lines = rows[-1]
            for role, text in by_role.items():
                cells_above[role] = cell_joined(cells_above.get(role, ""), text)
            lines.append(" ".join(line.split()))
    flush()
    return table.decisions, table.actions


def block_tables(document: str, page: CleanPage, period: str) -> list[FundingDecision]:
    """The decisions of the funding tables among a cleaned page's blocks, read as `header_table`
    reads layout text, but with each row's cells as cleaning placed them under its header's columns."""
    table = _Table(document, page.number, period)
    header: list[tuple[int, str, str]] = []
    kind = ""
    columns: tuple[str, ...] = ()  # the header cells of the table being read
    rows: list[tuple[dict[str, str], list[str]]] = []
    above: list[str] = []

    def flush() -> None:
        table.add(kind, header, rows, above)
        rows.clear()

    for block in page.blocks:
        if block.kind == "row" and not block.cells and rows:  # a wrapped line of the row above
            rows[-1][1].append(" ".join(block.text.split()))
            continue
        if block.kind == "row" and block.cells and block.header:
            if block.header != columns:
                flush()
                columns = block.header
                kind, header = _header_roles(_spread(block.header)) or ("", [])
            if header:
                by_role: dict[str, str] = {}
                for (_, role, _), cell in zip(header, block.cells, strict=False):
                    if cell:
                        by_role[role] = f"{by_role.get(role, '')} {cell}".strip()
                rows.append((by_role, [" ".join(block.text.split())]))
            continue
        flush()
        header, kind, columns = [], "", ()
        if block.kind != "header":
            above = [*above[-3:], block.text]
    flush()
    return table.decisions


def _spread(texts: tuple[str, ...]) -> list[tuple[int, str]]:
    """Header cells at made-up columns, far enough apart to stay cells."""
    starts = [sum(len(t) + 4 for t in texts[:i]) for i in range(len(texts))]
    return list(zip(starts, texts, strict=True))


class _Table:
    """What the tables of one page give: the decisions of funding tables, the rows of actions tables."""

    def __init__(self, document: str, page: int, period: str) -> None:
        self.document, self.page, self.period = document, page, period
        self.decisions: list[FundingDecision] = []
        self.actions: list[Action] = []

    def add(
        self,
        kind: str,
        header: list[tuple[int, str, str]],
        rows: list[tuple[dict[str, str], list[str]]],
        above: list[str],
    ) -> None:
        """Take the rows of a table that has ended."""
        for cells, lines in rows:
            if kind == "funding":
                entry = _funding_row(self.document, self.page, header, cells, lines, self.period, above)
                if entry is not None:
                    self.decisions.append(entry)
            elif cells.get("action"):
                number, owner, due, status = (cells.get(k, "") for k in ("number", "owner", "due", "status"))
                quote = "\n".join(lines)
                self.actions.append(
                    Action(number, cells["action"], owner, due, status, self.document, self.page, quote)
                )


def _header_roles(cells: list[tuple[int, str]]) -> tuple[str, list[tuple[int, str, str]]] | None:
    """A table's header row: ("funding" or "actions", each cell's column, role and text), else None."""
    parted, spans = units_apart([t for _, t in cells], tuple((s, s + len(t)) for s, t in cells))
    cells = [(start, text) for text, (start, _) in zip(parted, spans, strict=True)]
    if len(cells) < 3 or any(
        len(text) > 40 or re.search(r"\d", _HEADER_TIME_RE.sub("", text)) for _, text in cells
    ):
        return None
    texts = list(parted)
    if any(_ACTION_HEADER_RE.match(t) for t in texts) and any(_OWNER_HEADER_RE.match(t) for t in texts):
        roles = []
        for start, text in cells:
            low = text.lower()
            role = (
                "action"
                if _ACTION_HEADER_RE.match(text)
                else "owner"
                if _OWNER_HEADER_RE.match(text)
                else "due"
                if re.search(r"due|date|by when|deadline|^by$", low)
                else "status"
                if re.search(r"status|progress|update", low)
                else "number"
                if re.fullmatch(r"no\.?|number|#|ref\.?|ref", low)
                else "other"
            )
            roles.append((start, role, text))
        return "actions", roles
    item = next((i for i, t in enumerate(texts) if _ITEM_HEADER_RE.search(t)), None)
    amount = next((i for i, t in reversed(list(enumerate(texts))) if _AMOUNT_HEADER_RE.search(t)), None)
    if item is None and amount is not None:  # a decision log: "Ref | Decision | Amount | ..."
        item = next((i for i, t in enumerate(texts) if _LOG_HEADER_RE.fullmatch(t.strip())), None)
    # Minutes set as a table ("Item | Discussion | Outcome") state each sum in the outcome.
    outcome_only = amount is None and any(_DECISION_HEADER_RE.search(t) for t in texts)
    if item is None or (amount is None and not outcome_only) or item == amount:
        return None
    roles = []
    for i, (start, text) in enumerate(cells):
        role = "other"
        if i == item:
            role = "item"
        elif i == amount:
            role = "amount"
        elif amount is not None and i < amount and _FIRST_HEADER_RE.match(text):
            role = "first"  # the sum first agreed, before the year's changes made the final one
        elif amount is not None and i < amount and _ASKED_HEADER_RE.search(text):
            role = "asked"
        elif _LEAD_HEADER_RE.search(text):
            role = "lead"
        elif _WINDOW_HEADER_RE.search(text):
            role = "window"
        elif _THEME_HEADER_RE.search(text):
            role = "theme"
        elif _DATE_HEADER_RE.search(text):
            role = "date"
        elif _CHANGE_HEADER_RE.search(text):
            role = "change"
        elif _DECISION_HEADER_RE.search(text):
            # A status column after a decision column ("Decision | ... | Status / notes") tells
            # how the work went, not what was decided: read apart, its lines never mix with the
            # decision's when both cells wrap.
            decided = any(r == "decision" for _, r, _ in roles)
            role = "status" if decided and not _DECIDED_HEADER_RE.search(text) else "decision"
        roles.append((start, role, text))
    return "funding", roles


def _header_goes_on(header: list[tuple[int, str, str]], cells: list[tuple[int, str]]) -> bool:
    """Whether a line right under the header row is its second line ("(2024-27)" under "Priority",
    "£k" under "Awarded"): words or a unit, nothing under the first column, where every row opens."""
    return (
        bool(cells)
        and cells[0][0] > header[0][0] + ALIGN_SLACK
        and not any(_FIGURE_CELL_RE.fullmatch(text) for _, text in cells)
    )


def _header_joined(
    header: list[tuple[int, str, str]], cells: list[tuple[int, str]]
) -> list[tuple[int, str, str]]:
    """The header with each of a second line's cells added to the header cell it stands under."""
    starts = [start for start, _, _ in header]
    texts = [text for _, _, text in header]
    for start, text in cells:
        column = max((i for i, s in enumerate(starts) if s <= start + len(text) // 2), default=0)
        texts[column] = f"{texts[column]} {text}"
    return [(start, role, text) for (start, role, _), text in zip(header, texts, strict=True)]


# Cells of a row that are no later word on it: what it is, who ran it, its own decision and sums.
_OWN_ROLES = ("item", "lead", "decision", "amount", "asked", "first")
# A cell that is a figure alone ("£16,000", "7.5", "-£640"): tables set these right-aligned.
_FIGURE_CELL_RE = re.compile(r"[–—−-]?£?\d[\d,.]*[km]?")


def _cells_by_role(header: list[tuple[int, str, str]], cells: list[tuple[int, str]]) -> dict[str, str] | None:
    """Each cell under the header cell it starts beneath; None for a line of prose running across."""
    by_role: dict[str, str] = {}
    starts = [start for start, _, _ in header]
    for start, text in cells:
        column = max((i for i, s in enumerate(starts) if s <= start + ALIGN_SLACK), default=0)
        if _FIGURE_CELL_RE.fullmatch(text):
            # Set right: a wider figure starts left of its column, and under a narrow "£" may end
            # a character or two short of it, as layout text rounds positions.
            end = start + len(text) + ALIGN_SLACK
            column = max((i for i, s in enumerate(starts) if s <= end), default=column)
        width = (starts[column + 1] - starts[column]) if column + 1 < len(starts) else 60
        if len(text) > width + 12:
            return None
        role = header[column][1]
        by_role[role] = f"{by_role.get(role, '')} {text}".strip()
    return by_role


def _funding_row(
    document: str,
    page: int,
    header: list[tuple[int, str, str]],
    cells: dict[str, str],
    lines: list[str],
    period: str,
    above: list[str],
) -> FundingDecision | None:
    """One row of a funding table as a decision; None for a total row or a row with no amount.
    A row declined or deferred may give no amount: its amount is then the sum it asked for."""
    item = NOTE_MARK_RE.sub("", cells.get("item", "")).strip()
    if not item or _TOTAL_ROW_RE.match(item):
        return None
    decided = cells.get("decision", "")
    if _logged(header):  # "Item (Lead): APPROVED at a reduced amount, ...": the item, then what became of it
        if _UNCHANGED_RE.search(cells.get("amount", "")):
            return None  # "£12,000 (unchanged)": a change to something else, not to the money
        item, decided = _logged_decision(item)
        item, runner = item_and_runner(item)
        cells = {**cells, "lead": cells.get("lead") or runner}
    if _REFERRED_CELL_RE.match(decided):
        return None
    outcome, previous = _decided(decided)
    if not decided.strip() and _declined_table(header, above):
        outcome = "declined"
    label, colon, named = item.partition(":")
    if colon and named.strip() and DECISION_MARK_LABEL_RE.match(label.strip()):
        item = named.strip()  # "Chair's decision CCSP/CD/2023/02: Operation Lantern": the item it names
    changed_on = ""  # the date of what the row's later change records, which its state dates from
    if any(role == "amount" for _, role, _ in header):
        amount, unit = _scaled(cells.get("amount", ""), header, above)
        changed = FROM_TO_RE.search(decided)
        if changed and _SIGNED_RE.match(cells.get("amount", "")):  # "+£850" beside "from £4,750 to £5,600"
            amount = parse_amount(changed.group("new") or changed.group("new2")) or amount
        if changed and outcome == "approved":  # "Amended from £9,500.00 to £7,900.00"
            outcome, previous = "amended", parse_amount(changed.group("old") or changed.group("old2")) or 0.0
        first, _ = _scaled(_first_sum(cells.get("first", "")), header, above)
        if first and not amount:  # "£2,400 | £0": given up after it was agreed
            amount, outcome = first, "withdrawn"
        elif first and first != amount and outcome == "approved":  # "£7,500 | £5,250"
            outcome, previous = "amended", first
        given_up = _given_up(cells, header, above) if not amount and outcome == "approved" else None
        if given_up is not None:  # "£0 | awarded 2.4; withdrawn Feb 2024": approved, then given up
            amount, outcome = given_up, "withdrawn"
        change = cells.get("change", "")
        # "2024-11-05 increased to 9250" is a change; so is "0.00 Approved 5,300 by the Board 2022-03-09",
        # the column before's sum, set right against the cell, read into it.
        later = _RUN_IN_SUM_RE.sub("", ANY_DATE_RE.sub(" ", change))
        if outcome == "approved" and _CHANGED_CELL_RE.match(later):
            outcome = "amended"  # the sum first approved is not in the row: the final one is said
            changed_on = first_date(change)
        elif outcome == "deferred" and amount and (_final(header) or _APPROVED_CELL_RE.match(later)):
            outcome = "approved"  # a sum in the "Final" column: the deferred bid was approved later
            changed_on = first_date(change) if _APPROVED_CELL_RE.match(later) else ""
    else:  # minutes set as a table: the outcome cell states the sum
        said = " ".join(text for role, text in cells.items() if role not in ("item", "decision"))
        stated = _outcome_row(item, decided, outcome, previous, said)
        if stated is None:
            return None
        item, runner, amount, outcome, previous = stated
        unit, cells = "", {**cells, "lead": cells.get("lead") or runner}
    if not amount and outcome in ("declined", "deferred"):
        amount = _asked_sum(item, decided)
    elif not amount and outcome == "withdrawn":
        # An award given up: the sum first given ("Approved at £8,000 ...; withdrawn"), else the
        # sum asked, in its words or its column.
        given = _given_sum(decided)
        amount = (parse_amount(given.group(0)) or 0.0) if given else _asked_sum(item, decided)
        amount = amount or _scaled(cells.get("asked", ""), header, above)[0]
    if not amount and outcome not in ("declined", "deferred"):
        return None
    asked = asked_beside(_scaled(cells.get("asked", ""), header, above)[0], amount, outcome)
    item = _REQUESTED_RE.sub("", item).strip(" ,;")  # the sum asked is no part of the item's name
    window = cells.get("window", "")
    when = cells.get("date", "")
    # The row's own date or window settles its year before the lines above the table, which may
    # name another year in passing ("hate crime, a priority in 2021/22, ..."). A decision cell's
    # date is the decision's only after "on": not "deferred to the meeting of 20 January 2022".
    on = _ON_DATE_RE.search(DEFERRED_TO_RE.sub("", decided))
    date = changed_on or first_date(when) or (first_date(on.group(0)) if on else "")
    year = window_year(window) or financial_year(window, "") or financial_year_of(date)
    year = year or financial_year(" ".join(above), period)
    return FundingDecision(
        item=item,
        amount=round(amount, 2),
        kind="award",
        window=window,
        year=year,
        document=document,
        page=page,
        quote="\n".join(lines),
        source="table",
        context=" ".join(f"{text}: {cells[role]}" for _, role, text in header if cells.get(role)),
        lead=cells.get("lead", ""),
        date=date,
        how="under delegated powers" if DELEGATED_RE.search(f"{when} {decided}") else "",
        written=unit,
        outcome=outcome,
        previous=previous,
        asked=round(asked, 2),
    )


def _given_up(cells: dict[str, str], header: list[tuple[int, str, str]], above: list[str]) -> float | None:
    """For a row awarded nothing, the sum given before it was withdrawn, as a later cell tells it
    ("2024-02-09 withdrawn by applicant; 2400 released", "awarded 2.4; withdrawn Feb 2024"), 0 if
    it gives none; None when no cell says it was withdrawn."""
    for role, cell in cells.items():
        if role in _OWN_ROLES:
            continue
        clauses = [ANY_DATE_RE.sub(" ", clause) for clause in cell.split(";")]
        if any(_WITHDRAWN_CELL_RE.match(clause) for clause in clauses):
            figures = [m.group(0) for c in clauses for m in _FIGURE_CELL_RE.finditer(YEAR_RE.sub(" ", c))]
            return _scaled(figures[0], header, above)[0] if figures else 0.0
    return None


def _given_sum(decided: str) -> re.Match[str] | None:
    """The first sum an outcome cell gives, not a limit on sums to come ("bids of up to £5,000")."""
    given = sums_not_after(decided, LIMIT_RE)
    return given[0] if given else None


def _outcome_row(
    item: str, decided: str, outcome: str, previous: float, said: str
) -> tuple[str, str, float, str, float] | None:
    """A row of minutes set as a table ("4. Mardle Shopwatch radio scheme | ... | Award topped up by
    £2,500, from £6,500 to £9,000."): its item and who runs it (else who asked, in the row's other
    cells, `said`), the sum its outcome cell decides (a change's new sum; a decline's or deferral's
    the sum asked), the outcome and any earlier sum. None for a row deciding no money ("Noted.")."""
    if _NOTED_RE.match(decided):
        return None  # "Noted: £19,700 uncommitted.": a report, not a decision
    changed = FROM_TO_RE.search(decided)
    money = MONEY_RE.search(changed.group("new") or changed.group("new2")) if changed else _given_sum(decided)
    amount = (parse_amount(money.group(0)) or 0.0) if money else 0.0
    asker = ASKER_RE.search(said)  # "Pathway Change CIC asked £12,600 for ..." in the discussion
    if not amount and outcome in ("declined", "deferred"):
        amount = _asked_sum(item, decided, _BID_SUM_RE.search(item) or asker)
    item = _BID_SUM_RE.sub("", _REQUESTED_RE.sub("", item))
    if changed and outcome == "approved":
        outcome, previous = "amended", parse_amount(changed.group("old") or changed.group("old2")) or 0.0
    if not amount:
        return None  # "Noted.", "Agreed and signed.", a bid whose sum the row never states
    named, runner = item_and_runner(_ITEM_LABEL_RE.sub("", _ROW_NUMBER_RE.sub("", item)))
    if DECISION_MARK_LABEL_RE.match(named.strip()):
        if given := _GIVEN_TO_RE.search(decided):  # "Decision taken between meetings"
            named, runner = given.group("item"), given.group("lead")
        elif runner:
            # "Chair's decision TOCSP/CD/2023/04 (Sparks Safe)": the item in brackets, paid to whom
            # the decision gives the money ("Ratified: £2,300 to Morvenshire Fire and Rescue Service.").
            paid = _PAID_TO_RE.search(decided)
            named, runner = runner, paid.group("lead") if paid else ""
    return named, runner or (asker.group("lead") if asker else ""), amount, outcome, previous


def _declined_table(header: list[tuple[int, str, str]], above: list[str]) -> bool:
    """Whether a table lists bids turned down: its item column's header says so, or the heading
    right over it does (not prose further up, which may tell of a decline in passing)."""
    item_header = next((text for _, role, text in header if role == "item"), "")
    heading = above[-1] if above and len(above[-1]) <= _HEADING_CHARS else ""
    return bool(_DECLINED_TABLE_RE.search(f"{item_header}\n{heading}"))


def _first_sum(cell: str) -> str:
    """A first decision's cell as far as it states the first sum: its first clause ("Deferred
    (12.06.2024)" of "...; Approved 16.10.2024 at £8,600"), its dates left out."""
    return _DATE_IN_CELL_RE.sub(" ", cell.split(";")[0])


def _final(header: list[tuple[int, str, str]]) -> bool:
    """Whether a table's amounts are the final sums, after every later decision ("Final £k")."""
    return any(role == "amount" and _FINAL_HEADER_RE.search(text) for _, role, text in header)


def _logged(header: list[tuple[int, str, str]]) -> bool:
    """Whether a table's item column is a decision log's "Decision" column, naming the item and
    what was decided about it in one cell."""
    return any(role == "item" and _LOG_HEADER_RE.fullmatch(text.strip()) for _, role, text in header)


def _logged_decision(cell: str) -> tuple[str, str]:
    """A decision log's cell as the item and the decision: "CCTV at Gorsebeck skate park (Gorsebeck
    Parish Council): DECLINED. A capital item ...", the decision read from its outcome word on."""
    item, _, decided = cell.partition(":")
    word = _OUTCOME_WORD_RE.search(decided)
    return item.strip(), (decided[word.start() :] if word else decided).strip()


def _asked_sum(item: str, decided: str, bid: re.Match[str] | None = None) -> float:
    """The sum a declined or deferred row asked for ("..., £9,750 requested"), in its item or its
    decision cell, else the one `bid` found; 0 for none."""
    asked = _REQUESTED_RE.search(item) or _REQUESTED_RE.search(decided)
    if asked:
        return parse_amount(asked.group("sum") or asked.group("after")) or 0.0
    return (parse_amount(bid.group("sum")) or 0.0) if bid else 0.0


def _scaled(written: str, header: list[tuple[int, str, str]], above: list[str]) -> tuple[float, str]:
    """An amount cell in pounds, with how a table in £k or £m writes it ("4.5 in £k"); 0 for none."""
    amount = parse_amount(written)
    if not amount:
        return 0.0, ""
    amount_header = next(text for _, role, text in header if role == "amount")
    scale = _SCALE_RE.search(f"{amount_header} {' '.join(above)}" if "£" not in written else amount_header)
    if not scale or re.search(r"\d\s*(k|m)\b", written, re.I):
        return amount, ""
    letter = next(g for g in scale.groups() if g).lower().replace("000", "k")  # "£000": thousands
    return amount * (1e6 if letter.startswith("m") else 1e3), f"{written} in £{letter[0]}"


def _decided(cell: str) -> tuple[str, float]:
    """The outcome a decision cell records and the sum an amended one replaced; approved when it
    says nothing else. A cell telling one decision after another ("Deferred; approved", "Approved
    9,000; amended") records the last: a sum an earlier one named is what an amendment replaced."""
    outcome, previous = _decided_clause(cell)
    *earlier, last = [c for c in cell.split(";") if c.strip()] or [""]
    if not earlier or not _OUTCOME_CLAUSE_RE.match(last):
        return outcome, previous
    outcome, replaced = _decided_clause(last)
    previous = previous or replaced
    if _CHANGED_CELL_RE.match(last) and not previous:
        sums = [parse_amount(m.group(0)) or 0.0 for c in earlier for m in _CLAUSE_SUM_RE.finditer(c)]
        previous = sums[0] if sums else 0.0
    return ("amended" if outcome == "approved" and previous else outcome), previous


def _decided_clause(cell: str) -> tuple[str, float]:
    for pattern, outcome in _OUTCOME_CELLS:
        if pattern.search(cell):
            return outcome, 0.0
    # An outcome column beside a decision column: its word in capitals after the reasons
    # ("Capital works: outside the scheme's rules. DECLINED").
    word = _OUTCOME_WORD_RE.search(cell)
    for pattern, outcome in _OUTCOME_CELLS:
        if word and pattern.match(word.group(0)):
            return outcome, 0.0
    earlier = _EARLIER_SUM_RE.search(cell)
    previous = parse_amount(earlier.group("old")) if earlier else None
    return ("amended", previous) if previous else ("approved", 0.0)


def _column(columns: list[tuple[int, str]], start: int) -> str:
    """The header a cell stands under: the last column starting at or before it (a little slack)."""
    under = [window for column_start, window in columns if column_start <= start + 4]
    return under[-1] if under else (columns[0][1] if columns else "")
