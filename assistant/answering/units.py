"""A passage cut into the units the extractive answerer weighs: sentences, items, table cells, lists.

The structure comes from ingest (each line's block kind), never guessed again from characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.text import TextUnit, passage_lines, text_units
from assistant.types import Passage
from ingest.facts.people import TITLES
from ingest.parse.blocks import CELL_SEPARATOR, GROUP
from ingest.parse.chunk import labelled_row
from ingest.text import ANY_FIGURE_RE, MONEY_HINT_RE, split_sentences

# The words opening a sentence that stands for the one before it: what it says is about that one.
_REFERS_BACK_RE = re.compile(r"(These|This|They|Those|It|Its|Their|Such|He|She|His|Her)\b")
# ... or a deed done to "it" or "them" ("On 20 September the Board declined it"): the thing is the
# one the sentence before names.
_DONE_TO_RE = re.compile(r"\b[a-z]{3,}ed\s+(?:it|them)\b")
# A sentence in the first person ("... elected me Chair"), and the signature its paragraph ends with,
# set after a dash ("- Chief Inspector Rhodri Castellan, Ostervale and Brenlow Police"): who says it.
_FIRST_PERSON_RE = re.compile(r"\b(?:I|me|my)\b")
_SIGNED_RE = re.compile(
    rf"(?:^|\s)[-–—]\s+(?P<signer>(?:{TITLES}\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,3}})(?=,|\s*$|\s+\d)"
)
# ... or run on after the paragraph's last sentence, titled, with a role and no sentence after it:
# "... made seven awards. Councillor Marcus Penhaligon, Chair".
_SIGNED_LAST_RE = re.compile(
    rf"[.!?]\s+(?P<signer>{TITLES}\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,3}}),[^.!?]{{2,80}}$"
)
# A period that labels a table row: a year, a financial year, a quarter.
PERIOD_RE = re.compile(r"(Q[1-4]\s)?(19|20)\d\d([-/–](20)?\d\d)?", re.IGNORECASE)
CAPTION_MAX_CHARS = 100  # a longer line above a table is prose, not the table's caption
# A cell withheld from a table ("*", "[c]", "–", ".."), and what its caption says the mark stands for:
# "(* = fewer than 5)", "counts of fewer than 5 are suppressed (shown as *)".
_MARK = r"\*|\[[a-z]\]|[–—~]|\.\."
_WITHHELD_CELL_RE = re.compile(rf"{_MARK}|-")
_MARK_MEANS_RE = (
    re.compile(rf"(?P<mark>{_MARK})\s*(?:=|:|means|denotes|indicates)\s*(?P<meaning>[^;,)]+)"),
    re.compile(
        rf"(?P<meaning>(?:fewer|less) than \w+|under \w+)[^()]{{0,60}}\((?:shown as|marked(?: as)?|as)\s*"
        rf"(?P<mark>{_MARK}|-)\)",
        re.IGNORECASE,
    ),
)


@dataclass(frozen=True)
class Unit:
    """A quotable piece of a passage: a sentence, a bullet item, a table cell pair, or a whole list.

    `quote` is page text, one excerpt a line. A list's `text` is its label (the sentence that
    introduces it, or its heading) and `items` are its bullets.
    """

    passage: int
    kind: str
    text: str
    quote: str
    position: int
    items: tuple[str, ...] = ()
    line: int = 0
    # For a table row or cell: the caption above its table; for a sentence referring back, the one before.
    context: str = ""
    # For any other sentence: the one before it in its paragraph, which may name what it is about.
    before: str = ""
    # For a table row or cell: its table has a column of scores ("Total /25"), so it rates, counting nothing.
    scored: bool = False


BARE_LETTERS = 4  # a text with fewer letters is a figure or a code, not words (`bare`)
HEADED_KINDS = ("record", "cell", "series")  # units of a table with a header row: they carry its column names
ROW_KINDS = ("row", *HEADED_KINDS)  # every unit read from a table's row, with a header row or without
# The block kinds of a table's lines: a heading over a group of its rows is inside the table.
TABLE_LINE_KINDS = ("row", "header", GROUP)
# A column of scores: out of a number ("Total /25", "Score (of 30)"), on a scale ("Harm (1-5)"), or
# named so.
SCORED_COLUMN_RE = re.compile(
    r"(?<!\d)/\s?\d{1,3}(?!\d)|\(\s?(?:of|out of)\s\d|\(\d\s?[-–]\s?\d{1,2}\)|\bscores?\b", re.I
)
# A cell naming the currency of the column below it ("£", "£k", "£000s").
_CURRENCY_RE = re.compile(r"£\s?(?:k|m|000s?)?", re.I)


def passage_units(p_index: int, passage: Passage, with_lists: bool = False) -> list[Unit]:
    """Split a passage into quotable units; with `with_lists`, each bulleted list is a unit too.

    A heading that carries an amount of money ("Get Safe On-Line £15,000") is a unit as well, when
    it is printed on the passage's own page (so that quoting it cites the right page); a heading
    with other figures ("Table 3 ... rates per 1,000, 2022-23", "1. Election of chair for 2024-25")
    names what follows it, and answers nothing itself.
    """
    units: list[Unit] = []
    lists: list[list[Unit]] = []
    heading = _own_heading(passage)
    if heading and MONEY_HINT_RE.search(heading):
        units.append(Unit(p_index, "heading", heading, heading, -1))
    lines = passage_lines(passage.text, passage.kinds)
    caption = ""
    group = ""  # the heading over the group of the table's rows being read, if any
    header_quote = ""  # the header row printed above the rows, in this passage
    table: list[tuple[TextUnit, int]] = []  # the data rows of the table being read, with positions
    table_start: int | None = None  # where the units of the last table read begin
    for position, piece in enumerate(text_units(passage.text, passage.kinds, passage.cells, passage.headers)):
        if piece.kind == "bullet":
            item = Unit(p_index, "bullet", piece.text, piece.quote, position, line=piece.line)
            if units and units[-1].kind == "bullet" and lists:
                lists[-1].append(item)
            else:
                lists.append([item])
            units.append(item)
        elif piece.kind == GROUP:
            group = piece.text
        elif piece.kind in ("row", "header"):
            kind, previous = lines[piece.line - 1][:2] if piece.line else ("", "")
            starts = kind not in TABLE_LINE_KINDS
            if starts:  # a table starts: the line above is its caption
                units.extend(_series_units(p_index, table, header_quote, caption) if table else [])
                table_start = len(units)
                caption = _caption(previous, kind)
                group = header_quote = ""
                table = []
            if not piece.cells:  # a wrapped cell's next line: its words are in the row above
                continue
            if all(_CURRENCY_RE.fullmatch(c) for c in piece.cells):
                # A row of "£" over columns of figures: every figure below is an amount of money.
                caption = f"{caption} {piece.cells[0]}".strip()
                continue
            if piece.kind == "header":  # names the columns; quoted with the rows, never an answer
                header_quote = f"{header_quote}\n{piece.quote}".strip("\n")
                continue
            if len(piece.header) == len(piece.cells) > 1:
                titled = f"{caption} {group}".strip()  # "Table 3.1 ... Sexual offences"
                units.extend(_table_units(p_index, piece, position, titled, header_quote))
                table.append((piece, position))
                continue
            row = _row_units(p_index, piece, position, caption)
            if (
                starts
                and len(row) == 1
                and len(piece.cells) > 1
                and not any(ANY_FIGURE_RE.search(c) for c in piece.cells)
            ):
                # A first row of names only: the header of a table whose header was not recognised.
                # Later rows of words only (a rating table's) are rows, not more of the caption.
                caption = f"{caption} {piece.text}"
            units.extend(row)
        else:
            below = _caption_below(lines, piece.line) if table_start is not None else ""
            if below:  # "Table 3 (continued). ASB incidents by ward.": printed under the rows it names
                units[table_start:] = [_captioned(u, below) for u in units[table_start:]]
                table_start = None
            unit = _noted(
                _sentence_unit(p_index, piece, position, units[-1] if units else None), passage.notes
            )
            unit = _keyed(unit, table)
            units.append(_signed(unit, lines[piece.line][1]) if _FIRST_PERSON_RE.search(unit.text) else unit)
    units.extend(_series_units(p_index, table, header_quote, caption) if table else [])
    if with_lists:
        units.extend(_list_unit(p_index, passage, units, items) for items in lists if len(items) > 1)
    return units


def _sentence_unit(p_index: int, piece: TextUnit, position: int, previous: Unit | None) -> Unit:
    """A sentence; one that refers back ("These also proved popular", "... the Board declined it")
    carries the sentence before it in the same paragraph as its context, so the words it stands
    for count as its own."""
    if previous is None or previous.kind != "sentence" or previous.line != piece.line:
        previous = None
    refers = previous is not None and bool(
        _REFERS_BACK_RE.match(piece.text) or _DONE_TO_RE.search(piece.text)
    )
    context = previous.text if previous is not None and refers else ""
    before = previous.text if previous is not None and not refers else ""
    text, quote, line = piece.text, piece.quote, piece.line
    return Unit(p_index, "sentence", text, quote, position, line=line, context=context, before=before)


# A key's entry: "Green: not a priority; monitored by the named group" under a table of ratings.
_KEY_ENTRY_RE = re.compile(r"^([A-Z][\w' -]{0,30}?)\s*[:–—=]\s")


def _keyed(unit: Unit, table: Sequence[tuple[TextUnit, int]]) -> Unit:
    """A key's entry after a table, which says what one of its values means: with the name of the
    column holding that value ("RAG"), which the entry itself never repeats, as words of its own."""
    entry = _KEY_ENTRY_RE.match(unit.text)
    if entry is None or not table:
        return unit
    value = entry.group(1).casefold()
    header = table[0][0].header
    named = [
        header[column]
        for column in range(len(header))
        if any(row.cells[column].strip().casefold() == value for row, _ in table if column < len(row.cells))
    ]
    return replace(unit, context=" ".join([unit.context, *named]).strip()) if named else unit


def _noted(unit: Unit, notes: tuple[tuple[str, str], ...]) -> Unit:
    """A footnote ("² £1,140 was spent; ...") with what it is a note to as its context: the row its
    mark stands on ("Ferrowby Bridge Neighbourhood Watch relaunch"), whose words it never repeats."""
    label = dict(notes).get(unit.text[:1], "")
    return replace(unit, context=f"{unit.context} {label}".strip()) if label else unit


def _signed(unit: Unit, paragraph: str) -> Unit:
    """A first-person sentence with who says it, where its paragraph ends signed (after a dash, or
    titled after its last sentence): the signer is shown beside it and counts as its words, since "I"
    and "me" name no one."""
    after = paragraph[paragraph.find(unit.quote) + len(unit.quote) :] if unit.quote in paragraph else ""
    found = _SIGNED_RE.search(after) or _SIGNED_LAST_RE.search(after)
    if found is None:
        return unit
    signer = found.group("signer")
    return replace(unit, text=f"{unit.text} ({signer})", context=f"{unit.context} {signer}".strip())


def _own_heading(passage: Passage) -> str:
    """The passage's nearest heading if it is printed on the passage's page, else nothing to quote."""
    if not passage.heading or passage.heading_page != passage.page:
        return ""
    return passage.heading.split(" > ")[-1]


def _list_unit(p_index: int, passage: Passage, units: list[Unit], items: list[Unit]) -> Unit:
    """A whole list, labelled by the paragraph that leads into it (one set as a row, its number
    hung in the margin: "3.1 | Members on 31 March 2024, by organisation:"), or else by its heading."""
    lead = items[0].line - 1
    leading = [u for u in units if u.line == lead and (u.kind == "sentence" or _leads_in(u))]
    label = " ".join(u.text for u in leading) or _own_heading(passage)
    said = " ".join(u.quote for u in leading) or label  # a row's words as printed, for the quote check
    texts = tuple(u.text for u in items)
    quote = "\n".join([said, *texts] if said else texts)
    return Unit(p_index, "list", label, quote, items[0].position, texts, items[0].line)


def _leads_in(unit: Unit) -> bool:
    return unit.kind == "row" and unit.text.rstrip().endswith(":")


# A table's number, as a caption starts ("Table 3", "Figure 2.1", "Table 3 (continued)").
_NUMBERED_CAPTION_RE = re.compile(
    r"(?:Table|Figure|Chart)\s+\d+(?:\.\d+)?[a-z]?(?:\s*\(continued\))?[.:]?", re.I
)


def _caption_below(lines: Sequence[tuple[str, str]], line: int) -> str:
    """The caption printed right under a table's last row, starting with its number ("Table 3
    (continued). ASB incidents by ward."): its number and the sentence after; "" for other text."""
    if not line or lines[line - 1][0] not in ("row", "header") or lines[line][0] != "para":
        return ""
    text = lines[line][1]
    label = _NUMBERED_CAPTION_RE.match(text)
    if label is None:
        return ""
    sentences = split_sentences(text)
    said = " ".join(sentences[:2]) if label.end() >= len(sentences[0]) - 1 else sentences[0]
    return said if len(said) <= 2 * CAPTION_MAX_CHARS else ""


def _captioned(unit: Unit, caption: str) -> Unit:
    if unit.kind not in ROW_KINDS:
        return unit
    return replace(unit, context=f"{unit.context} {caption}".strip())


def _caption(previous: str, kind: str) -> str:
    """A table's caption: the line above it, or a title run into the paragraph above ("... decided
    at the next Board meeting. Table 2: Grants awarded in 2021/22 (£k)"). A last sentence ending in
    a full stop says something of its own ("... total £42,900, leaving £5,100 unspent.")."""
    if kind == "bullet" or len(previous) < CAPTION_MAX_CHARS:
        return previous if kind != "bullet" else ""
    last = split_sentences(previous)[-1] if kind == "para" else ""
    return last if len(last) < CAPTION_MAX_CHARS and not last.endswith((".", "!", "?")) else ""


def _row_units(p_index: int, row: TextUnit, position: int, caption: str = "") -> list[Unit]:
    """A table row as label-and-value pairs, so a two-column row answers for each of its items."""
    cells = row.cells
    pairs = [
        (cells[i], cells[i + 1])
        for i in range(len(cells) - 1)
        if not ANY_FIGURE_RE.fullmatch(cells[i]) and re.fullmatch(r"£?[\d,.]+k?", cells[i + 1])
    ]
    if not pairs:
        shown = " | ".join(cells)
        return [Unit(p_index, "row", shown, row.quote, position, line=row.line, context=caption)]
    return [
        Unit(
            p_index,
            "row",
            f"{label}: {value}",
            _pair_quote(label, value, row.quote),
            position,
            line=row.line,
            context=caption,
        )
        for label, value in pairs
    ]


def _pair_quote(label: str, value: str, printed: str) -> str:
    """A label and its value as printed side by side; the row's printed line where the label wrapped
    onto the next line ("Uncommitted after this | £4,800" over "action"), so the quote is page text."""
    pair = f"{label}{CELL_SEPARATOR}{value}"
    return pair if pair in printed else printed


def _table_units(p_index: int, row: TextUnit, position: int, caption: str, header_quote: str) -> list[Unit]:
    """A data row under its table's header: the whole row with every column named (for a question
    comparing columns, such as two years), and each figure as row label x column header.

    The row's label is its first cell, or the first that is more than a number ("4" in an actions
    table numbers the row; the action names it). Each unit quotes the row as printed, under the
    header row when that is printed in the passage.
    """
    cells, header = row.cells, row.header
    at = label_index(cells)
    label = cells[at]
    quote = f"{header_quote}\n{row.quote}" if header_quote else row.quote
    # The label column's name says what the label is ("Ward" of "Ashby Moor"): "in Ashby Moor ward".
    context = " ".join(filter(None, (caption, header[at], _percent_words(header))))
    scored = any(map(SCORED_COLUMN_RE.search, header))
    # A withheld cell says what its mark stands for ("*" as "* (fewer than 5)").
    withheld = [withheld_meaning(c, caption) for c in cells]
    shown_cells = [f"{c} ({m})" if m else c for c, m in zip(cells, withheld, strict=True)]
    first = (label, *shown_cells[:at], *shown_cells[at + 1 :]), (header[at], *header[:at], *header[at + 1 :])
    shown = labelled_row(*first)
    units = [Unit(p_index, "record", shown, quote, position, line=row.line, context=context, scored=scored)]
    for i, (name, cell) in enumerate(zip(header, cells, strict=True)):
        if i != at and cell and (ANY_FIGURE_RE.search(cell) or withheld[i]):
            text = f"{label} — {name}: {shown_cells[i]}" if label else f"{name}: {shown_cells[i]}"
            words = " ".join(filter(None, (caption, header[at], _percent_words((name,)))))
            units.append(
                Unit(p_index, "cell", text, quote, position, line=row.line, context=words, scored=scored)
            )
    return units


def withheld_meaning(cell: str, caption: str) -> str:
    """What a withheld cell's mark stands for ("fewer than 5" for "*"), as its table's caption says;
    "" for a cell with a value, or a mark the caption does not explain."""
    mark = cell.strip()
    if not _WITHHELD_CELL_RE.fullmatch(mark):
        return ""
    found = (m for pattern in _MARK_MEANS_RE for m in pattern.finditer(caption) if m.group("mark") == mark)
    return next((m.group("meaning").strip() for m in found), "")


def label_index(cells: Sequence[str]) -> int:
    """Where a row's label is: its first cell that is more than a number ("4" only numbers an action)."""
    return next((i for i, c in enumerate(cells) if c and not re.fullmatch(r"[\d.]+", c)), 0)


def _series_units(
    p_index: int, rows: list[tuple[TextUnit, int]], header_quote: str, caption: str
) -> list[Unit]:
    """A table whose rows are periods ("2018-19", "2019-20"...) read down a column: one unit per
    column with its figure for every period, for a question about its change over the years."""
    first, _ = rows[0]
    if len(rows) < 2 or not all(PERIOD_RE.fullmatch(r.cells[0]) for r, _ in rows):
        return []
    quote = "\n".join(filter(None, (header_quote, *(r.quote for r, _ in rows))))
    units = []
    for i, name in enumerate(first.header[1:], start=1):
        values = [f"{r.cells[0]}: {r.cells[i]}" for r, _ in rows if r.cells[i]]
        text = f"{name} — {'; '.join(values)}"
        context = " ".join(filter(None, (caption, _percent_words((name,)))))
        units.append(Unit(p_index, "series", text, quote, rows[0][1], line=first.line, context=context))
    return units


def _percent_words(header: Sequence[str]) -> str:
    """A "%" in a column header says "percentage": the word a question uses for it."""
    return "percentage per cent" if any("%" in name for name in header) else ""


def bare(text: str) -> bool:
    """Whether a text is a bare figure or code ("£19,738", "4.2"): fewer than four letters, so it
    means only what its heading or caption says. Read only as far as the fourth letter."""
    found = 0
    for ch in text:
        found += ch.isalpha()
        if found >= BARE_LETTERS:
            return False
    return True


def with_heading(unit: Unit, passage: Passage) -> str:
    """A bare figure ("£19,738") means nothing alone: say which heading it stands under."""
    if bare(unit.text) and passage.heading:
        return f"{passage.heading.split(' > ')[-1]}: {unit.text}"
    return unit.text
