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

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ingest.facts.periods import (
    WINDOW_RE,
    dates_in,
    financial_year,
    financial_year_of,
    first_date,
    meeting_date,
    window_year,
)
from ingest.parse.clean import CleanPage
from ingest.parse.pdf import Page
from ingest.text import MONEY_RE, parse_amount, split_sentences

_CELL_RE = re.compile(r"\S(?:.*?\S)??(?=\s{3,}|\s*$)")
_TABLE_AMOUNT_RE = re.compile(r"£?\s?\d{1,3}(?:,\d{3})+(?:\.\d\d)?|£?\s?\d{3,7}(?:\.\d\d)?")
_DECISION_RE = re.compile(
    r"\b(approved|agreed|awarded|allocat\w*|contribut\w*|funded|granted|commissioned)\b", re.IGNORECASE
)
_FUNDING_CUE_RE = re.compile(r"\b(fund\w*|approved|award\w*|bids?|grants?|applications?|allocat\w*)\b", re.I)
# Words that say what kind of money moved, not what it was for: they do not identify an item.
_GENERIC = frozenset(
    {"contribution", "project", "funding", "fund", "bid", "grant", "award", "allocation", "support"}
    | {"application", "scheme", "request"}
    | {"the", "and", "of", "for", "to", "a", "an", "from", "in", "on", "with", "at", "by"}
)
OUTCOMES = ("approved", "amended", "deferred", "declined")
# What a clause decided. Declined and deferred are read before approved: "not to support" holds "support".
_DECLINED_RE = re.compile(
    r"\b(?:declined|refused|rejected|turned down|unsuccessful"
    r"|not (?:to )?(?:be )?(?:support|fund|approv|award|agree)\w*"
    r"|did not (?:support|approve|agree|fund)\w*)\b",
    re.IGNORECASE,
)
_DEFERRED_RE = re.compile(
    r"\b(?:to defer|(?:was|were|be|been|is|are) deferred|deferred (?:to|until|pending)"
    r"|postponed|held over)\b",
    re.IGNORECASE,
)
_AMENDED_RE = re.compile(
    r"\b(?:reduced|increased|lowered|raised|cut|changed|varied)\s+from\s+£", re.IGNORECASE
)
_FROM_TO_RE = re.compile(rf"from\s+(?P<old>{MONEY_RE.pattern})\s+to\s+(?P<new>{MONEY_RE.pattern})", re.I)
_APPROVED_RE = re.compile(
    r"\b(?:approv\w*|agreed|award(?:ed)?|grant(?:ed)?|funded|to fund|releas\w*|allocat\w*|contribut\w*"
    r"|commissioned)\b",
    re.IGNORECASE,
)
# A clause marker of a numbered resolution: "(i)", "(ii)", "(a)", "(3)".
_CLAUSE_MARK_RE = re.compile(r"\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s*")
# The label of a numbered paragraph or minute: "4.1 Street Pastors." or "3.3 Street Pastors:".
_LABEL_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+(?P<label>[A-Z][^.:;]{2,60}?)[.:]\s+(?=\S)")
_LABEL_ALONE_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+(?P<label>[A-Z][^.:;£]{2,60}?)[.:]?$")
# A minutes heading: "Minute 23/41 Night-Time Taxi Marshals", "Item 4 ...", "Agenda item 2: ...", "4. ...".
_SECTION_RE = re.compile(
    r"^(?:(?:agenda\s+)?item\s+\d+[a-z]?\b|minute\s+\d+(?:/\d+)?\b|\d{1,2}\.\s+[A-Z][^.]*$)", re.IGNORECASE
)
# The numbering of a minutes heading: "Item 4", "Minute 23/41", "Agenda item 2:", "4.", "4.2".
_HEADING_NUMBER_RE = re.compile(
    r"^(?:(?:agenda\s+)?item\s+\d+[a-z]?|minute\s+\d+(?:/\d+)?|\d{1,2}(?:\.\d{1,2})*\.?)\s*[:.–-]?\s*",
    re.IGNORECASE,
)
# Headings about money in general, not one item: "Funding applications, round two", "Budget outturn".
_GENERAL_HEADING_RE = re.compile(
    r"\b(fund\w*|budget|money|applications|bids|decisions|outturn|monitoring|spend|grants?|reserve|awards|"
    r"windows?|round|finance\w*|allocations?|actions?|minutes|apologies|welcome|business)\b",
    re.IGNORECASE,
)
_ITEM_STOP = (
    r"(?=\s*$|\s*[,;:(]|\.\s|\.$|\s(?:which|that|was|were|is|are|be|been|during|pending|until|so that|"
    r"at this time|at\s+£|at the|of\s+£|for\s+£|from\s+£|run by|led by|delivered by|in 20\d\d|"
    r"for 20\d\d|to the next)\b)"
)
_ARTICLE = r"(?:(?:the|a|an)\s+)?"
# Who gets the money and what for, in the styles minutes use; the first that matches names the item.
_ITEM_PATTERNS = (
    # "£6,000 be awarded to X for Y", "to award £7.5k to X for Y", "a grant of £5,000 to X for Y"
    re.compile(
        rf"\b(?:award(?:ed)?|grant(?:ed)?|given|paid|allocated|released|of\s+£\S+)\s+(?:£\S+\s+)?to\s+{_ARTICLE}(?P<lead>[^,;]+?)\s+for\s+{_ARTICLE}(?P<item>.+?){_ITEM_STOP}",
        re.I,
    ),
    # "The bid of £9,800 from X for Y", "an application from X for Y"
    re.compile(
        rf"\b(?:bid|application|request)\s+(?:of\s+£\S+\s+)?(?:from|by)\s+{_ARTICLE}(?P<lead>[^,;]+?)\s+for\s+"
        rf"{_ARTICLE}(?P<item>.+?){_ITEM_STOP}",
        re.I,
    ),
    # "agreed to fund X at £Y", "approved X at £Y", "not to support X", "to defer X pending costings"
    re.compile(
        rf"\b(?:agreed to (?:fund|support|continue|award|grant)|approved|not to (?:support|fund|approve)|"
        rf"to defer|to fund|to support)\s+(?!by\b|under\b|on\b|in\b|at\b|as\b)"
        rf"{_ARTICLE}(?P<item>.+?){_ITEM_STOP}",
        re.I,
    ),
    # "£2,750 for X, run by Y, was approved"
    re.compile(rf"£\S+\s+(?:\w+\s+)?for\s+{_ARTICLE}(?P<item>.+?){_ITEM_STOP}", re.I),
    # the purpose of the money after it: "£2k from the reserve for X"
    re.compile(
        rf"£.*?\b(?:for|to fund)\s+{_ARTICLE}(?P<item>.+?){_ITEM_STOP}",
        re.I,
    ),
)
_RUN_BY_RE = re.compile(
    rf"\b(?:run|led|delivered|provided)\s+by\s+{_ARTICLE}(?P<lead>[^,;]+?)(?=\s+for\b|[,;]|$)", re.I
)
_DELEGATED_RE = re.compile(r"\bdelegated\b", re.I)
_RESERVE_RE = re.compile(r"\b(?:from|out of)\s+(?:the\s+)?(?:\w+\s+)?reserves?\b", re.I)
# Amounts that are not the one decided: what was asked for first, what is left, a total.
_NOT_DECIDED_RE = re.compile(
    r"\b(?:from|requested|remaining|left|totals?|of the|against)\s+(?:the\s+)?$", re.I
)
_TRAILING_GENERIC_RE = re.compile(r"\s+(?:bid|application|request|funding)$", re.I)
# Header cells of a table of funding decisions and of an actions table.
_ITEM_HEADER_RE = re.compile(r"\b(project|scheme|item|bid|initiative|activity|service|proposal)s?\b", re.I)
_LEAD_HEADER_RE = re.compile(
    r"\b(lead|organisation|organization|provider|applicant|recipient|delivered)\b", re.I
)
_AMOUNT_HEADER_RE = re.compile(r"\b(amount|award|awarded|£|funding|grant|value|cost|total)\b|£", re.I)
_DATE_HEADER_RE = re.compile(r"\b(approved|date|meeting|decided|agreed)\b", re.I)
_WINDOW_HEADER_RE = re.compile(r"\b(window|round|quarter)\b", re.I)
_THEME_HEADER_RE = re.compile(r"\b(theme|priority|priorities)\b", re.I)
_SCALE_RE = re.compile(r"£\s?(k|m)\b|\((k|m)\)|\b(thousands|millions)\b", re.I)
_ACTION_HEADER_RE = re.compile(r"^actions?$", re.I)
_OWNER_HEADER_RE = re.compile(r"^(owner|lead|by whom|responsible)$", re.I)
_TOTAL_ROW_RE = re.compile(r"^\s*(?:sub-?)?totals?\b", re.I)


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
    outcome: str = "approved"  # approved, amended, deferred or declined
    lead: str = ""  # the organisation that gets the money or runs the work, where stated
    date: str = ""  # ISO date of the decision: the meeting's, or one the text gives
    previous: float = 0.0  # an amended decision: the amount before
    how: str = ""  # "under delegated powers", "from the reserve"
    written: str = ""  # the amount as a table in £k or £m writes it ("4.5"), where it differs

    @property
    def counted(self) -> bool:
        """Whether the money was given: approved or amended awards and contributions, not allocations."""
        return self.outcome in ("approved", "amended") and self.kind != "allocation" and self.amount > 0

    @property
    def pages(self) -> tuple[int, ...]:
        """Every page stating this decision, its own first."""
        return tuple(dict.fromkeys([self.page, *(m.page for m in self.mentions)]))


@dataclass(frozen=True)
class Action:
    """One row of a minutes' actions table: an action, its owner and due date; not a decision."""

    number: str
    action: str
    owner: str
    due: str
    status: str
    document: str
    page: int
    quote: str
    date: str = ""  # the meeting's


def item_words(text: str) -> set[str]:
    """Words naming an item, lower-cased and singular: "PSPO – Macclesfield" -> {pspo, macclesfield}."""
    words = re.findall(r"\w+", text.lower().replace("-", ""))
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words} - _GENERIC


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
    decisions = [row for page in raw_pages for row in _table_rows(document, page, period)]
    for page in raw_pages:
        decisions += _header_table(document, page, period)[0]
    for entry in _stated_amounts(document, pages, period, meeting):
        target = _matching_row(entry, decisions)
        if target is None:
            if entry.item:  # a statement naming no item and matching no row is not a decision
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


def extract_actions(
    document: str, raw_pages: Sequence[Page], date: str = "", doc_type: str = ""
) -> list[Action]:
    """The rows of a document's actions tables (number, action, owner, due date, status)."""
    meeting = _meeting_of(raw_pages, date, doc_type)
    return [replace(a, date=meeting) for page in raw_pages for a in _header_table(document, page, "")[1]]


def _meeting_of(raw_pages: Sequence[Page], date: str, doc_type: str) -> str:
    """The date decisions in this document were made: a meeting's; "" for a report restating them."""
    if doc_type and doc_type != "minutes":
        return ""
    if date:
        return date
    return meeting_date(raw_pages[0].text) if raw_pages else ""


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
        if all(text == "£" for _, text in cells):  # the currency row under a header
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


def _header_table(document: str, page: Page, period: str) -> tuple[list[FundingDecision], list[Action]]:
    """Tables under a header row, read by column from the layout text: funding decisions (project,
    lead organisation, date, window, amount, "£k") and actions (action, owner, due, status).

    A cell belongs to the header cell it starts under; a line without an amount (or an action
    number) continues the row above, as a wrapped cell does; prose or a blank stretch ends the table.
    """
    decisions: list[FundingDecision] = []
    actions: list[Action] = []
    header: list[tuple[int, str, str]] = []  # (start column, role, header text)
    kind = ""
    rows: list[tuple[dict[str, str], list[str]]] = []  # cells by role, and the row's lines
    above: list[str] = []
    blank = 0

    def flush() -> None:
        for cells, lines in rows:
            if kind == "funding":
                entry = _funding_row(document, page.number, header, cells, lines, period, above)
                if entry is not None:
                    decisions.append(entry)
            elif cells.get("action"):
                actions.append(
                    Action(
                        cells.get("number", ""),
                        cells["action"],
                        cells.get("owner", ""),
                        cells.get("due", ""),
                        cells.get("status", ""),
                        document,
                        page.number,
                        "\n".join(lines),
                    )
                )
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
            kind, header = roles
            continue
        if not header:
            above = [*above[-3:], line.strip()]
            continue
        by_role = _cells_by_role(header, cells)
        if by_role is None:  # prose: the table has ended
            flush()
            header, kind = [], ""
            above = [*above[-3:], line.strip()]
            continue
        starts_row = bool(by_role.get("amount")) if kind == "funding" else bool(by_role.get("number"))
        if kind == "actions" and "number" not in {role for _, role, _ in header}:
            starts_row = bool(by_role.get("action")) and bool(by_role.get("owner") or by_role.get("due"))
        if starts_row or not rows:
            rows.append((by_role, [" ".join(line.split())]))
        else:  # a wrapped cell of the row above
            cells_above, lines = rows[-1]
            for role, text in by_role.items():
                cells_above[role] = f"{cells_above.get(role, '')} {text}".strip()
            lines.append(" ".join(line.split()))
    flush()
    return decisions, actions


def _header_roles(cells: list[tuple[int, str]]) -> tuple[str, list[tuple[int, str, str]]] | None:
    """A table's header row: ("funding" or "actions", each cell's column, role and text), else None."""
    if len(cells) < 3 or any(len(text) > 40 or re.search(r"\d", text) for _, text in cells):
        return None
    texts = [text for _, text in cells]
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
                if re.search(r"due|date|by when|deadline", low)
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
    if item is None or amount is None or item == amount:
        return None
    roles = []
    for i, (start, text) in enumerate(cells):
        role = "other"
        if i == item:
            role = "item"
        elif i == amount:
            role = "amount"
        elif _LEAD_HEADER_RE.search(text):
            role = "lead"
        elif _WINDOW_HEADER_RE.search(text):
            role = "window"
        elif _THEME_HEADER_RE.search(text):
            role = "theme"
        elif _DATE_HEADER_RE.search(text):
            role = "date"
        roles.append((start, role, text))
    return "funding", roles


def _cells_by_role(header: list[tuple[int, str, str]], cells: list[tuple[int, str]]) -> dict[str, str] | None:
    """Each cell under the header cell it starts beneath; None for a line of prose running across."""
    by_role: dict[str, str] = {}
    starts = [start for start, _, _ in header]
    for start, text in cells:
        column = max((i for i, s in enumerate(starts) if s <= start + 2), default=0)
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
    """One row of a funding table as a decision; None for a total row or a row with no amount."""
    item = cells.get("item", "")
    if not item or _TOTAL_ROW_RE.match(item):
        return None
    written = cells.get("amount", "")
    amount = parse_amount(written)
    if not amount:
        return None
    amount_header = next(text for _, role, text in header if role == "amount")
    scale = _SCALE_RE.search(f"{amount_header} {' '.join(above)}" if "£" not in written else amount_header)
    unit = ""
    if scale and not re.search(r"\d\s*(k|m)\b", written, re.I):
        letter = next(g for g in scale.groups() if g).lower()
        amount *= 1e6 if letter.startswith("m") else 1e3
        unit = f"{written} in £{letter[0]}"
    window = cells.get("window", "")
    when = cells.get("date", "")
    year = window_year(window) or financial_year(window, "") or financial_year(" ".join(above), period)
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
        date=first_date(when),
        how="under delegated powers" if _DELEGATED_RE.search(when) else "",
        written=unit,
    )


def _column(columns: list[tuple[int, str]], start: int) -> str:
    """The header a cell stands under: the last column starting at or before it (a little slack)."""
    under = [window for column_start, window in columns if column_start <= start + 4]
    return under[-1] if under else (columns[0][1] if columns else "")


def _stated_amounts(
    document: str, pages: Sequence[CleanPage], period: str, meeting: str = ""
) -> list[FundingDecision]:
    """Amounts in headings ("Regional Analyst - £10k") and in sentences that state a decision."""
    found: list[FundingDecision] = []
    open_section: int | None = None  # index in `found` of the heading whose section we are in
    heading = ""
    for page in pages:
        blocks = page.blocks
        for i, block in enumerate(blocks):
            if block.kind == "heading":
                heading = block.text
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
            label = ""  # a numbered paragraph's label names the item of the sentences after it
            for sentence in split_sentences(block.text):
                if _SECTION_RE.match(sentence) and not MONEY_RE.search(sentence) and len(sentence) < 90:
                    heading, label = sentence, ""  # a minute's heading run into the text above it
                    continue
                if alone := _LABEL_ALONE_RE.match(sentence):
                    label = alone.group("label").strip()
                    continue
                if own := _LABEL_RE.match(sentence):
                    label, sentence = own.group("label").strip(), sentence[own.end() :]
                found += _prose_decisions(document, page.number, sentence, period, heading, label, meeting)
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


def _prose_decisions(
    document: str,
    page: int,
    sentence: str,
    period: str,
    heading: str = "",
    label: str = "",
    meeting: str = "",
) -> list[FundingDecision]:
    """The decisions a sentence records, one for each clause of a numbered resolution."""
    sentence = " ".join(sentence.split())
    found = []
    for clause in _clauses(sentence):
        entry = _clause_decision(document, page, clause, sentence, period, heading, label, meeting)
        if entry is not None:
            found.append(entry)
    return found


def _clauses(sentence: str) -> list[str]:
    """The clauses of a resolution, each with its marker ("(ii) not to support ..."), or the sentence."""
    marks = list(_CLAUSE_MARK_RE.finditer(sentence))
    if not marks:
        return [sentence]
    bounds = [m.start() for m in marks] + [len(sentence)]
    return [sentence[a:b].strip().rstrip(";,. ").removesuffix(" and") for a, b in pairwise(bounds)]


def _outcome(clause: str, minutes: bool) -> str:
    """What a clause decided; "" when it records no decision. Only minutes decline, defer or amend."""
    if minutes:
        if _DECLINED_RE.search(clause):
            return "declined"
        if _DEFERRED_RE.search(clause):
            return "deferred"
        if _AMENDED_RE.search(clause):
            return "amended"
    return "approved" if _APPROVED_RE.search(clause) else ""


def _decided_amount(clause: str) -> re.Match[str] | None:
    """The amount a clause decides: not one asked for first, left over or totalled, where another is."""
    amounts = list(MONEY_RE.finditer(clause))
    decided = [m for m in amounts if not _NOT_DECIDED_RE.search(clause[max(0, m.start() - 30) : m.start()])]
    chosen = decided or amounts
    return chosen[0] if chosen else None


def _clause_decision(
    document: str,
    page: int,
    clause: str,
    sentence: str,
    period: str,
    heading: str,
    label: str,
    meeting: str,
) -> FundingDecision | None:
    """One clause as a decision: outcome, amount, item, lead, date; None when it decides no money."""
    outcome = _outcome(clause, minutes=bool(meeting))
    if not outcome:
        return None
    previous = 0.0
    money = _decided_amount(clause)
    if outcome == "amended" and (change := _FROM_TO_RE.search(clause)):
        previous = parse_amount(change.group("old")) or 0.0
        money = MONEY_RE.search(change.group("new"))
    amount = parse_amount(money.group(0)) if money else None
    if outcome in ("approved", "amended") and not amount:
        return None  # an approval states its money
    if (
        outcome in ("declined", "deferred")
        and not amount
        and not _FUNDING_CUE_RE.search(f"{clause} {heading}")
    ):
        return None  # declining or deferring something other than money
    kind = _kind(clause, money)
    # With no item named, the clause may still restate a table row's amount (kept as its mention).
    item, lead = _item_and_lead(clause, kind, heading if meeting else "", label)
    dated = [d for d in dates_in(clause) if re.search(rf"\bon\s+(?:\w+day\s+)?{d[8:].lstrip('0')}\b", clause)]
    date = dated[0] if dated and meeting else meeting
    year = financial_year(clause, "") or financial_year_of(date) or financial_year(sentence, period)
    how = "under delegated powers" if _DELEGATED_RE.search(clause) else ""
    how = how or ("from the reserve" if _RESERVE_RE.search(clause) else "")
    quote = clause
    return FundingDecision(
        item,
        amount or 0.0,
        kind,
        "",
        year,
        document,
        page,
        quote,
        "prose",
        context=quote,
        outcome=outcome,
        lead=lead,
        date=date,
        previous=previous,
        how=how,
    )


def _kind(clause: str, money: re.Match[str] | None) -> str:
    """Award, contribution or allocation: the cue nearest the amount says."""
    cues = list(_DECISION_RE.finditer(clause))
    if not cues or money is None:
        return "award"
    closest = min(cues, key=lambda m: abs(m.start() - money.start()))
    if abs(closest.start() - money.start()) > 40:
        return "award"
    nearest = closest.group(1).lower()
    if nearest.startswith("allocat"):
        return "allocation"
    return "contribution" if nearest.startswith("contribut") else "award"


def _item_and_lead(clause: str, kind: str, heading: str, label: str) -> tuple[str, str]:
    """What the money is for and who gets it: from the clause, else the item's heading or label."""
    if kind == "allocation":
        return ("Annual allocation" if re.search(r"\bannual\b", clause, re.I) else "Allocation"), ""
    item, lead = "", ""
    for pattern in _ITEM_PATTERNS:
        match = pattern.search(clause)
        if match is None:
            continue
        named = _TRAILING_GENERIC_RE.sub("", match.group("item").strip(" .,;:"))
        if not named[:1].isalpha() or not {w for w in item_words(named) if not w.isdigit()}:
            continue
        item = named
        lead = (match.groupdict().get("lead") or "").strip()
        break
    if not lead and (run_by := _RUN_BY_RE.search(clause)):
        lead = run_by.group("lead").strip()
    topic = _HEADING_NUMBER_RE.sub("", heading).strip() if heading else ""
    if topic and _GENERAL_HEADING_RE.search(topic):
        topic = ""
    if label and item and not item_words(label) <= item_words(f"{item} {lead}"):
        item = f"{label}: {item}"  # "3.3 Street Pastors: ... agreed to continue the weekend patrols"
    item = item or label or topic
    if not item:
        return "", ""
    return item[:1].upper() + item[1:], lead


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
