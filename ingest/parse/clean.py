"""Turn pypdf's layout text into clean blocks: headers, footers and page numbers out; rows kept whole.

A block is a heading, a paragraph, a bullet item, a table's header row or a table row. Paragraph
lines are joined with spaces and table cells with tabs, so every block is its page's text up to
whitespace. A table is kept as data: its header row is recognised (and a header repeated at the top
of the next page is known as the same table's), and each data row carries its cells, placed under
the header's columns by their x position, and the header's cells.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.parse.blocks import (
    ALIGN_SLACK,
    CELL_GAP_RE,
    CELL_SEPARATOR,
    RUNS_ON_RE,
    WRAP,
    Block,
    CleanPage,
    Spans,
)
from ingest.parse.footnotes import linked_notes
from ingest.parse.hung import hung_paragraphs
from ingest.parse.numbering import NUMBERED_RE, item_values, lettered
from ingest.parse.pdf import Page
from ingest.parse.running import (
    PAGE_NUMBER_RE,
    page_numbers,
    repeated_after_cover,
    repeated_edge_lines,
    repeated_on_second_page,
    strip_edges,
)
from ingest.parse.tables import Header, continues_cut, is_quantity, read_tables

# Bullets as fonts print them: Symbol and Wingdings points, dots, squares, chevrons and arrowheads.
BULLET_GLYPHS = (
    "\x7f\uf0b7\uf0a7\uf0d8\uf076\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7"
    "\u25a0\u25a1\u203a\u00bb\u25ba\u27a2\u2756"
)
_BULLET_RE = re.compile(rf"^[{BULLET_GLYPHS}]\s*")
# A dot leader between a label and its figure or page: four dots or more, spaced or not, before a
# figure ("–£640" too); or spaced dots running out a heading's line ("IV.  Summary . . . . ."). "..."
# is an ellipsis; dots before words, or unspaced at a line's end, are a blank to sign or fill in.
_LEADER_RE = re.compile(r"\.(?: ?\.){3,}(?=\s*[£$–-]{0,2}\d)|\.(?: \.){3,}(?=[ \t]*$)", re.MULTILINE)
# A dash hung in its own column before a list item's text ("–      Street Pastors: ..."): set apart
# by a cell's gap, it marks an item, where a dash run into a line's words may be a sentence's.
_HUNG_DASH_RE = re.compile(r"^[–—-] {3,}(?=\S)")
# A person's name set alone: two to six capitalised words, perhaps after a title ("Councillor",
# "Dr", "Superintendent"), no figures. A role line under it: "Chair, ...", "Vice-Chair of ...".
_PERSON_NAME_RE = re.compile(r"(?:[A-Z][a-z]+\.?|[A-Z]\.)(?:[ -](?:[A-Z][a-z'’-]+\.?|[A-Z]\.)){1,5}")
_ROLE_LINE_RE = re.compile(r"(?:Co-|Vice[- ])?Chair(?:man|person|woman)?(?:,|\s+of\b|$)")
_FULL_LINE = 0.8  # share of the page's text width a line fills when its words wrap onto the next
_WIDTH_QUANTILE = 0.9  # of the lengths of a page's text lines: its text width
_DESCRIPTION_LINES = 6  # lines at most of a paragraph describing a numbered item, before the next
_TIGHT_HEADING_WORDS = 8  # the most words of a heading set tight above its paragraph
# A section number with its subsection ("2.1", "3.4.2", "IV.2") before a title in capitals.
_SECTION_NUMBER_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,5})(?:\.\d{1,2}){1,2}\.?\s+[A-Z]")
# ... or a minute's number ("BCSB/23/23 Membership", "17/24 Budget").
_MINUTE_NUMBER = r"(?:[A-Z]{2,8}/)?\d{1,3}/\d{2,4}(?:/\d{1,3})?\.?"
_MINUTE_NUMBER_RE = re.compile(rf"^{_MINUTE_NUMBER}\s+[A-Z]")
# ... the same set apart from its title in a cell of its own, perhaps after "Minute" ("Minute 24/33").
_MINUTE_CELL_RE = re.compile(rf"(?:(?:Minute|Min\.|Item)\s+)?{_MINUTE_NUMBER}")
# A row's own number or code in its first cell ("6b. Bid: ...", "R3", "DL21/34"): a row of its own.
_CODED_RE = re.compile(r"\S*\d")
_TOTAL_RE = re.compile(r"(?:sub-?)?totals?\b", re.IGNORECASE)
_LOWER_WORD_RE = re.compile(r"[a-z]{3,}")  # a word going on in lower case, not an OCR speck ("r")
# A word printed letter-spaced: three letters or more, each alone ("S E C T I O N").
_LETTER_SPACED_RE = re.compile(r"[A-Za-z](?: [A-Za-z]){2,}")
_SHORT_NUMBER_RE = re.compile(r"\d{1,3}\.?")
_WORD_GAP_RE = re.compile(r" {2,}")  # between letter-spaced words, wider than between their letters
# A heading numbered with a small roman numeral or letter ("iv. Turning Point", "(b) Grants"): it
# opens in lower case, but its title does not.
_LOWER_NUMBERED_RE = re.compile(r"^\(?(?:[ivx]{1,4}|[a-h])[.)]\s+[A-Z]")
# A figure standing alone on its line: a sum, a count or a share, perhaps in thousands.
_KEY_FIGURE_RE = re.compile(r"[£$€]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|k|m|bn))?")
# A section numbered with a capital roman numeral ("IV.  Meetings and quorum"): a title of its own
# wherever it stands, as lists are numbered in small roman or figures.
_ROMAN_TITLE_RE = re.compile(r"^[IVX]{1,5}\.\s+[A-Z]")


def clean_pages(pages: Sequence[Page]) -> list[CleanPage]:
    """Clean every page of one document; repeated edge lines are judged across all its pages.

    A table that ends one page and goes on at the top of the next keeps its header there.
    """
    page_lines = [[unspaced(unleadered(line)).rstrip() for line in page.text.splitlines()] for page in pages]
    repeated = repeated_edge_lines(page_lines, pages)
    later = repeated | repeated_on_second_page(page_lines) | repeated_after_cover(page_lines)
    cleaned: list[CleanPage] = []
    carried: Header | None = None  # the header of a table that ran to the foot of the last page
    for at, (page, lines) in enumerate(zip(pages, page_lines, strict=True)):
        kept = strip_edges(lines, later if at else repeated, page_numbers(page))
        blocks, carried = read_tables(_signed(_blocks(kept)), carried)
        cleaned.append(CleanPage(page.number, page.label, tuple(blocks), page.ocr, page.ocr_confidence))
    return linked_notes(cleaned)


def unleadered(line: str) -> str:
    """The line with its dot leaders ("Money available . . . . . £67,310") blanked, each dot a space,
    so the label and its figure stand as a row's cells in their columns."""
    return _LEADER_RE.sub(lambda leader: " " * len(leader.group(0)), line)


def unspaced(line: str) -> str:
    """A line printed letter-spaced ("S E C T I O N   7", "C O M M U N I T Y   S A F E T Y") as
    words: a title set in spaced capitals, not a table row of letters. Only a line of nothing but
    such words (and a short number) is read so; one letter-spaced word among others is left."""
    if not _LETTER_SPACED_RE.search(line):
        return line  # most lines: one pass, nothing to split
    parts = _WORD_GAP_RE.split(line.strip())
    spaced = [bool(_LETTER_SPACED_RE.fullmatch(part)) for part in parts]
    numbers = [bool(_SHORT_NUMBER_RE.fullmatch(part)) for part in parts]
    if not any(spaced) or not all(s or n for s, n in zip(spaced, numbers, strict=True)):
        return line
    words = [part.replace(" ", "") if s else part for s, part in zip(spaced, parts, strict=True)]
    return line[: len(line) - len(line.lstrip())] + " ".join(words)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _cell_spans(line: str) -> Spans:
    return tuple((m.start(), m.end()) for m in re.finditer(r"\S+(?: {1,2}\S+)*", line))


@dataclass
class _List:
    """Where a list stands while a page is read: the numbers its next item may have, right after an
    item or while a paragraph describing it goes on, and the last item's indent and reach."""

    numbered: set[int] = field(default_factory=set)
    described: set[int] = field(default_factory=set)
    indent: int = 0
    full: bool = False  # the item's line runs to the right margin: its sentence goes on below
    lettered: bool = False  # the item is marked with a letter or a roman number ("(b)", "iii.")
    marked: bool = False  # the item is marked with a glyph or a hung dash ("•", "–"), not a number

    def runs_on(self, raw: str, stripped: str, last: str) -> bool:
        """Whether a line at the item's own indent carries on its text: the item's line ran to the
        margin without ending a sentence, and the line opens no item of its own. Only a lettered or
        a glyph's item's ("•  Cutting violence, including knife and" / "weapon crime: ..." set back
        under the glyph): after a numbered one, the next number may be the minute's next item, not the list's.
        A glyph's item goes on, short of the margin, where the line opens in lower case after an
        item that ended no sentence ("•  Tackling domestic abuse: a" / "caseworker at ...")."""
        if (
            _indent(raw) != self.indent
            or CELL_GAP_RE.search(stripped) is not None
            or NUMBERED_RE.match(stripped) is not None
            or _BULLET_RE.match(stripped) is not None
        ):
            return False
        goes_on = not stripped[:1].isupper() or RUNS_ON_RE.search(last) is not None
        if self.full and (self.lettered or self.marked) and goes_on:
            return True
        unended = not last.rstrip().endswith((".", "!", "?", ";", ":"))
        return self.marked and stripped[:1].islower() and unended

    def item(self, stripped: str, lead_in: bool, hung: bool, para: list[str], wrapped: bool) -> str:
        """The text of a numbered list item the line opens, or "" for a line that opens none.

        After its lead-in any number opens a list, after an item the next one; hung labels in
        sequence ("(b)", "(c)" in a column of their own) are a list by themselves. An item set as a
        title, well short of the margin, may go on with a paragraph describing it: the next number
        after a sentence's end opens the next item. `wrapped`: the line is the item's wrapped text.
        """
        if not (lead_in or hung or (self.numbered and not para) or self.described):
            return ""
        item = NUMBERED_RE.match(stripped)
        values = item_values(item.group(0)) if item else set()
        after = bool(values & self.described) and (not para or para[-1].endswith((".", "!", "?")))
        if item and values and (lead_in or hung or values & self.numbered or after):
            self.numbered, self.described = {v + 1 for v in values}, set()
            self.lettered = lettered(item.group(0))
            return stripped[item.end() :]
        if not wrapped:
            if self.numbered and not para and not self.full:
                self.described = self.numbered
            self.numbered = set()
        return ""


def _blocks(lines: list[str]) -> list[tuple[Block, Spans]]:
    """The page's blocks, each row with the character spans of its cells."""
    blocks: list[tuple[Block, Spans]] = []
    para: list[str] = []
    bullet: list[str] = []
    listed = _List()
    previous_row: Spans = ()  # the spans of the row on the line just above, if it was one
    row_cells: tuple[str, ...] = ()  # ... and its cells

    def flush() -> None:
        if para:
            text = " ".join(para)
            heading = _looks_like_heading(para) and not _KEY_FIGURE_RE.fullmatch(para[0])
            blocks.append((Block("heading" if heading else "para", text), ()))
            para.clear()
        if bullet:
            blocks.append((Block("bullet", " ".join(bullet)), ()))
            bullet.clear()

    width = _text_width(lines)
    numbered_paras = hung_paragraphs(lines)
    after_hung = 0  # the index after the last line of a paragraph numbered in the margin
    for at, raw in enumerate(lines):
        stripped = raw.strip()
        gapped = CELL_GAP_RE.search(stripped) is not None
        above, previous_row = previous_row, ()
        above_cells, row_cells = row_cells, ()
        if at < after_hung:
            continue
        if at in numbered_paras:
            flush()
            after_hung, block = numbered_paras[at]
            blocks.append((block, ()))
            continue
        if not stripped:
            if len(para) == 1 and _labels_figure(para[0], _next_text(lines, at)):
                continue  # a key figure set large, its label below after a gap: one paragraph
            caption = _caption_over(para) if len(para) > 1 and _row_next(lines, at) else ""
            flush()
            if caption:
                blocks.append((Block("heading", caption), ()))
            continue
        if _roman_title(stripped):
            flush()
            blocks.append((Block("heading", stripped), ()))
            continue
        # A wrapped line of the bullet above: set in from its marker, or under an item whose line ran
        # to the margin mid-sentence ("(a) NightSafe Patrols ... Friday and" / "Saturday night ...").
        runs_on = bool(bullet) and listed.runs_on(raw, stripped, bullet[-1])
        wrapped = (bool(bullet) and _indent(raw) > listed.indent) or runs_on
        body = _marked(stripped)
        marked = body is not None
        if body is None:
            lead_in = _leads_in(para, bullet, blocks) or _titles_under(para, lines, at, width)
            hung = _hung_run(lines, at)
            body = listed.item(stripped, lead_in, hung, para, wrapped) or None
        if body is not None:  # a new bullet item
            flush()
            bullet.append(CELL_GAP_RE.sub(" ", body))
            listed.indent, listed.full, listed.marked = _indent(raw), _item_fills(raw, width), marked
            continue
        if wrapped:
            bullet.append(CELL_GAP_RE.sub(" ", stripped))
            if runs_on:
                listed.full = _item_fills(raw, width)
            continue
        # Cells apart: a table row, kept whole on one line. A line right under a row that sits in
        # its columns without filling the first one is a wrapped cell's next line ("wrap").
        spans = _cell_spans(raw)
        cells = tuple(CELL_GAP_RE.split(stripped))
        # A totals row is a row of its own wherever it starts ("Total | £33.65k | £31.7k" under the
        # names' column), never a row above carried on.
        wraps = (
            above
            and not (_TOTAL_RE.match(cells[0]) and any(map(is_quantity, cells)))
            and (
                _wraps(spans, above, gapped, stripped)
                or _valueless(spans, cells, above, above_cells)
                or _carried_on(spans, cells, above, above_cells)
                or _header_wrapped(spans, cells, above, above_cells)
                or _finishes_cut(spans, cells, above, above_cells)
            )
        )
        if wraps and (gapped or not _heads_prose(stripped, lines, at)):
            flush()
            blocks.append((Block(WRAP, CELL_SEPARATOR.join(cells)), spans))
            previous_row, row_cells = above, above_cells
            continue
        if gapped and _numbered_paragraph(cells, raw, lines, at):
            flush()
            para.append(" ".join(cells))
            continue
        if gapped and _minute_title(cells, lines, at):
            flush()
            blocks.append((Block("heading", " ".join(cells)), ()))
            continue
        if gapped:
            caption = _caption_over(para)
            flush()
            if caption:
                blocks.append((Block("heading", caption), ()))
            listed.described = set()
            blocks.append((Block("row", CELL_SEPARATOR.join(cells)), spans))
            previous_row, row_cells = spans, cells
            continue
        opens = _section_title(stripped, para, raw, width) or _labels_figure(stripped, _next_text(lines, at))
        if bullet or opens:
            flush()
        if len(para) == 1 and _heading_above(para[0], stripped, lines[at + 1 : at + 2]):
            blocks.append((Block("heading", para.pop()), ()))
        para.append(stripped)
        listed.numbered = set()
        if len(para) > _DESCRIPTION_LINES:
            listed.described = set()
    flush()
    return [(block, spans) for block, spans in blocks if block.text]


def _labels_figure(line: str, below: str) -> bool:
    """Whether a line is a key figure alone ("£8.5k", "41,200") over the words saying what it
    counts ("the most the panel can award"): an annual report's panel of figures, each one
    opening its own paragraph, never closing the one above."""
    return _KEY_FIGURE_RE.fullmatch(line) is not None and below[:1].islower()


def _caption_over(para: list[str]) -> str:
    """A table's caption set tight under the paragraph before it (". ... the seafront." over "Table
    5.2 Most similar group, rates per 1,000 residents"), taken off the paragraph's end: a line after
    a finished sentence, opening with a capital and ending no sentence, right over a table's row.
    It heads the table, as a caption set apart does; left in the paragraph, the table would be read
    under the heading of the one before."""
    if len(para) < 2 or para[-2][-1:] not in (".", "!", "?"):
        return ""
    last = para[-1]
    if not last[:1].isupper() or last[-1:] in (".", "!", "?", ":", ";", ","):
        return ""
    return para.pop()


def _row_next(lines: list[str], at: int) -> bool:
    """Whether the next line with text after the blank line at `at` is a table's row."""
    return CELL_GAP_RE.search(_next_text(lines, at)) is not None


def _next_text(lines: list[str], at: int) -> str:
    """The next line with text after line `at`, stripped; "" for none."""
    return next((line.strip() for line in itertools.islice(lines, at + 1, None) if line.strip()), "")


def _section_title(stripped: str, para: list[str], raw: str, width: int) -> bool:
    """Whether a line opening with a section number ("2.1 Serious violence and knife crime"), right
    under a paragraph's last sentence, is a title of its own: short of the margin, a few words, no
    sentence end. A numbered paragraph ("2.1 The Group met four times ...") runs on as prose."""
    return (
        bool(para)
        and para[-1].endswith((".", "!", "?"))
        and bool(_SECTION_NUMBER_RE.match(stripped) or _MINUTE_NUMBER_RE.match(stripped))
        and not _fills(raw, width)
        and _short_title(stripped)
    )


# A paragraph's number set apart from its text ("5.1   A meeting is quorate ..."), its lines going on
# at the margin: "5.1", "12", "3.2.1", "(4)".
_NUMBER_CELL_RE = re.compile(r"\(?\d{1,2}(?:\.\d{1,2}){0,2}[.)]?")
_FIGURE_GOES_ON_RE = re.compile(r"\d[\d,.]*\s+[a-z]")
_PARAGRAPH_WORDS = 6  # words at least on a numbered paragraph's first line: prose, not a row's cell


def _numbered_paragraph(cells: tuple[str, ...], raw: str, lines: list[str], at: int) -> bool:
    """Whether a line is a numbered paragraph's first, its number set apart from its text by a gap,
    not a table's row: the text is prose and the next line goes on with it in lower case, set back
    at the margin under the number (a wrapped cell's line would stay in its column)."""
    if len(cells) != 2 or not _NUMBER_CELL_RE.fullmatch(cells[0]) or not cells[1][:1].isupper():
        return False
    if len(cells[1].split()) < _PARAGRAPH_WORDS:
        return False
    below = lines[at + 1] if at + 1 < len(lines) else ""
    text = below.strip()
    # ... or with a figure, where the line above broke mid-sentence ("at least 15 out of" / "25 to be").
    goes_on = text[:1].islower() or (
        not cells[1].endswith((".", ":", ";")) and _FIGURE_GOES_ON_RE.match(text) is not None
    )
    return goes_on and CELL_GAP_RE.search(text) is None and _indent(below) <= _indent(raw)


def _minute_title(cells: tuple[str, ...], lines: list[str], at: int) -> bool:
    """Whether a line is a minute's number set apart from its title ("Minute 24/33   Declarations
    of interest") over the minute's text, not a table's row: the next line with text is prose."""
    if len(cells) != 2 or not _MINUTE_CELL_RE.fullmatch(cells[0]) or not cells[1][:1].isupper():
        return False
    if not _looks_like_heading([" ".join(cells)]):
        return False
    following = _next_text(lines, at)
    return bool(following) and CELL_GAP_RE.search(following) is None and following[:1].isupper()


def _roman_title(stripped: str) -> bool:
    return (
        _ROMAN_TITLE_RE.match(stripped) is not None
        and CELL_GAP_RE.search(stripped) is None
        and _short_title(stripped)
    )


def _short_title(stripped: str) -> bool:
    """A numbered line short enough, and worded so, to be a section's title of its own."""
    return _looks_like_heading([stripped]) and len(stripped.split()) <= _TIGHT_HEADING_WORDS + 1


def _marked(stripped: str) -> str | None:
    """The text of a list item a glyph or a hung dash marks ("•  Domestic abuse"; "" for a glyph
    alone on its line, its text below), else None."""
    body = _BULLET_RE.sub("", stripped)
    if body != stripped:
        return body
    dash = _HUNG_DASH_RE.match(stripped)
    return stripped[dash.end() :] if dash and not _is_row(stripped[dash.end() :]) else None


def _leads_in(para: list[str], bullet: list[str], blocks: list[tuple[Block, Spans]]) -> bool:
    """Whether a lead-in ends the paragraph above, or the block above when a blank line comes between."""
    if para:
        return para[-1].endswith(":")
    return not bullet and bool(blocks) and blocks[-1][0].kind == "para" and blocks[-1][0].text.endswith(":")


def _titles_under(para: list[str], lines: list[str], at: int, width: int) -> bool:
    """Whether a title set tight above a numbered line ("Our priorities for 2024-25" / "1. Domestic
    abuse ...") leads in a list of numbered titles: the line is item 1, short of the margin, and item
    2 follows at its indent, as short, after at most `_DESCRIPTION_LINES` lines describing item 1."""
    title = para[0] if len(para) == 1 else ""
    if not title or title.endswith((".", ":", ";", ",")) or len(title.split()) > _TIGHT_HEADING_WORDS:
        return False
    first = NUMBERED_RE.match(lines[at].strip())
    if first is None or item_values(first.group(0)) != {1} or _fills(lines[at], width):
        return False
    below = [line for line in lines[at + 1 : at + 2 + _DESCRIPTION_LINES] if line.strip()]
    for line in below:
        second = NUMBERED_RE.match(line.strip())
        if second is not None and _indent(line) == _indent(lines[at]):
            return 2 in item_values(second.group(0)) and not _fills(line, width)
    return False


def _text_width(lines: list[str]) -> int:
    """How long the page's lines of running text are: near the longest, past the odd outlier."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip() and not _is_row(line.strip()))
    return lengths[int(_WIDTH_QUANTILE * (len(lengths) - 1))] if lengths else 0


def _signed(blocks: list[tuple[Block, Spans]]) -> list[tuple[Block, Spans]]:
    """A name set alone over the role it signs with ("Councillor Priya Venkatesan" / "Chair, Lintmoor
    and Scarrowby Community Safety Partnership"): one paragraph saying who holds the role, where the
    name alone reads as a heading and the role as a heading or a paragraph naming no one."""
    joined: list[tuple[Block, Spans]] = []
    for block, spans in blocks:
        above = joined[-1][0] if joined else None
        if (
            above is not None
            and above.kind == "heading"
            and _PERSON_NAME_RE.fullmatch(above.text)
            and block.kind in ("heading", "para")
            and _ROLE_LINE_RE.match(block.text)
        ):
            joined[-1] = (Block("para", f"{above.text} {block.text}"), ())
            continue
        joined.append((block, spans))
    return joined


def _fills(line: str, width: int) -> bool:
    """Whether a line runs on to near the page's right margin without ending its sentence: the
    words go on on the next line, whatever its indent."""
    text = line.rstrip()
    return len(text) >= _FULL_LINE * width and not text.endswith((".", "!", "?", ":", ";"))


def _item_fills(line: str, width: int) -> bool:
    """Whether a list item's line runs on to the next: as any line, or to the margin with a colon
    before what the item goes on to say ("to decline the bid ... for fencing round its car park:" /
    "capital works are for the council's own budget;")."""
    return _fills(line, width) or _fills(line.rstrip().removesuffix(":"), width)


def _is_row(text: str) -> bool:
    return CELL_GAP_RE.search(text) is not None


def _hung_label(line: str) -> set[int]:
    """What a list label hung in its own column counts as ("(b)      Partnership analyst: ..."): the
    label set apart by a cell's gap from one piece of text; empty for any other line."""
    stripped = line.strip()
    label = NUMBERED_RE.match(stripped)
    if label is None or not _is_row(label.group(0)) or _is_row(stripped[label.end() :]):
        return set()
    return item_values(label.group(0))


def _hung_run(lines: list[str], at: int) -> bool:
    """Whether a hung label is followed by the next one, at the same indent, after its item's lines."""
    values = _hung_label(lines[at])
    if not values:
        return False
    indent = _indent(lines[at])
    for line in lines[at + 1 :]:
        if not line.strip() or _indent(line) > indent:
            continue  # a blank line, or the item's wrapped text
        return bool(_hung_label(line) & {v + 1 for v in values})
    return False


def _wraps(spans: Spans, above: Spans, gapped: bool, text: str) -> bool:
    """Whether a line under a row is the next line of its wrapped cells: it starts under a later
    column, or it is one short piece inside the first column; and it states no quantity."""
    if len(above) < 2 or not spans:
        return False
    first_start, next_start = above[0][0], above[1][0]
    # Under a later column: starting where it starts, or inside it (a wrapped header cell's next
    # line set centred or to the right: "Change 2022 to" over "2023").
    later = spans[0][0] >= next_start - ALIGN_SLACK and any(
        start - ALIGN_SLACK <= spans[0][0] <= end for start, end in above[1:]
    )
    in_first = not gapped and abs(spans[0][0] - first_start) <= ALIGN_SLACK and spans[-1][1] < next_start
    return later or in_first or _goes_on(spans, above, text)


def _valueless(spans: Spans, cells: tuple[str, ...], above: Spans, above_cells: tuple[str, ...]) -> bool:
    """Whether a line of cells under a row that states a figure is that row's cells wrapped: each of
    its cells starts under one of the row's, none states a figure, and the row's figure column is
    empty on it ("Independent Domestic Violence | ... | £18,000" over "Adviser (half-time post) |
    Service")."""
    if len(spans) < 2 or len(above_cells) != len(above) or any(is_quantity(c) for c in cells):
        return False
    if not _under_columns(spans, above):
        return False
    figures = [s for (s, _), cell in zip(above[1:], above_cells[1:], strict=True) if is_quantity(cell)]
    starts = [start for start, _ in spans]
    return bool(figures) and not any(abs(start - s) <= ALIGN_SLACK for s in figures for start in starts)


def _carried_on(spans: Spans, cells: tuple[str, ...], above: Spans, above_cells: tuple[str, ...]) -> bool:
    """Whether a line of cells under a row is that row's cells wrapped, where a later cell carries on
    the words above it in lower case ("Tarnshire Fire and | Group Manager | Responsible" over "Rescue
    Service | Callum Yeardley | authority"): no more cells than the row, no quantity, each cell
    starting under one of the row's, and no number or code of its own ("6b.", "R3", "DL21/34")."""
    return (
        len(spans) >= 2
        and len(above_cells) == len(above) >= len(spans)
        and not any(is_quantity(c) for c in cells)
        and not _CODED_RE.match(cells[0])
        and any(_LOWER_WORD_RE.match(c) for c in cells[1:])
        and _under_columns(spans, above)
    )


_NAME_WORDS = 4  # words at most in a column's name, on each of its lines


def _header_wrapped(spans: Spans, cells: tuple[str, ...], above: Spans, above_cells: tuple[str, ...]) -> bool:
    """Whether a line under a row of names is those names' next line, set right or centred in their
    columns ("Violence" over "against the" over "person"), so it need not start under them: no
    quantity on either line, only short names (not a label beside its text), nothing under the
    first column (every data row has its label there), and each of its cells overlaps a different
    one of the names above."""
    named = all(not is_quantity(c) and len(c.split()) <= _NAME_WORDS for c in (*cells, *above_cells))
    if len(above_cells) != len(above) < 2 or not named:
        return False
    over = [[i for i, (a, b) in enumerate(above) if start < b and a < end] for start, end in spans]
    # A name's last word set in a smaller type drifts on a line of text out of its column ("Change on
    # previous" over "year" begun just past it): in lower case, it goes on the nearest name.
    over = [
        found or ([_nearest(span, above)] if _LOWER_WORD_RE.match(cell) else [])
        for found, span, cell in zip(over, spans, cells, strict=True)
    ]
    columns = [found[0] for found in over if len(found) == 1]
    return len(columns) == len(spans) == len(set(columns)) and 0 not in columns


def _finishes_cut(spans: Spans, cells: tuple[str, ...], above: Spans, above_cells: tuple[str, ...]) -> bool:
    """Whether a line under a row finishes one of its cells cut at the column's edge inside a date or
    a reference ("20-Sep-" over "23", "CSF23-0" over "9"), in fewer cells than the row: a new row
    never opens so, though the figures it finishes them with look like a row's own."""
    if len(above_cells) != len(above) or len(cells) >= len(above_cells):
        return False
    return any(
        len(cut.strip("-")) > 1 and continues_cut(cut, cell)
        for (start, _), cell in zip(spans, cells, strict=True)
        for (column, _), cut in zip(above, above_cells, strict=True)
        if abs(start - column) <= ALIGN_SLACK
    )


def _nearest(span: tuple[int, int], columns: Spans) -> int:
    """The column a piece set between columns is nearest to, by the gap between them."""
    start, end = span
    return min(range(len(columns)), key=lambda i: max(columns[i][0] - end, start - columns[i][1], 0))


def _goes_on(spans: Spans, above: Spans, text: str) -> bool:
    """Whether a line of cells under a row, its first cell in the row's first column, is that row's
    cells wrapped onto the next line: its first cell goes on in lower case ("crime" under "2. Serious
    violence and knife"), where a new row opens with a capital or a figure, and each of its cells
    starts under one of the row's."""
    if len(spans) < 2 or abs(spans[0][0] - above[0][0]) > ALIGN_SLACK or not text[:1].islower():
        return False
    return _under_columns(spans, above)


def _under_columns(spans: Spans, above: Spans) -> bool:
    """Whether each cell of a line starts under one of the cells of the row above it."""
    return all(any(abs(start - s) <= ALIGN_SLACK for s, _ in above) for start, _ in spans)


def _heads_prose(line: str, lines: list[str], at: int) -> bool:
    """Whether a line under a table's last row is a heading over a paragraph ("Next meeting" over
    "Thursday 20 January 2022, 14:00, Committee Room 2."), not a wrapped cell's next line."""
    following = lines[at + 1].strip() if at + 1 < len(lines) else ""
    if not following or CELL_GAP_RE.search(following):
        return False
    return _heading_above(line, following, lines[at + 2 : at + 3])


def _heading_above(first: str, line: str, below: list[str]) -> bool:
    """Whether a paragraph's first line is a heading printed tight above its text, with no blank
    line between: a short heading-like line over a line at least twice as long that opens a
    sentence and goes on as prose (it ends one, or a line that is not a table row follows). A
    caption right over a table's header is left with its table, where it is read as the caption.
    """
    if not (_looks_like_heading([first]) and len(first.split()) <= _TIGHT_HEADING_WORDS):
        return False
    opens = line[:1].isupper() or bool(_SECTION_NUMBER_RE.match(line))  # "1.1  The Board is ..."
    # A numbered heading ("BCSB/23/25 Fund: budget position") may be nearly as long as its text's line.
    numbered = _SECTION_NUMBER_RE.match(first) or _MINUTE_NUMBER_RE.match(first)
    if not opens or len(line) < (1 if numbered else 2) * len(first):
        return False
    after = below[0].strip() if below else ""
    return line[-1] in ".!?:" or bool(after and not CELL_GAP_RE.search(after))


def _looks_like_heading(lines: list[str]) -> bool:
    # Some headings wrap onto a second line; a short two-line block without end punctuation is one.
    if len(lines) > 2:
        return False
    line = " ".join(lines)
    words = line.split()
    return (
        len(line) <= (90 if len(lines) == 1 else 80)
        and len(words) <= 12
        and (line[0].isupper() or line[0].isdigit() or bool(_LOWER_NUMBERED_RE.match(line)))
        and line[-1] not in ".,;:"
        and any(ch.isalpha() for ch in line)
        and not PAGE_NUMBER_RE.match(line)
    )
