"""Partnership V's page furniture, unlike common.py's and the other partnerships' layout modules: set in a
combination of faces no other partnership uses (text in the standard Times-Roman, headings, captions and
running lines in Bitstream Vera Sans Bold from reportlab's fonts folder, table cells in DejaVu Sans from
matplotlib's fonts), in cobalt blue with a signal-orange accent. Every page carries the protective marking
"OFFICIAL" centred at its head and again at its foot, as government papers do; the head has nothing else
on it but a cobalt hairline, and the foot holds an orange hairline, the document's short name at the left
and the folio at the right, written "Page | 3" in reports and "Page 3 of 5" in minutes. Page 1 has a
cobalt strip down its left edge with the partnership's working name, "Safer Wrenfold", reading upwards in
it. Headings are labelled in the document's own way: "Part A" lettered parts with "A.2" sub-headings,
numbered sections ("4.") with "4.1" sub-headings, or "Chapter 3:" chapters, always in cobalt Vera over a
cobalt rule with a short orange tab at its left end. Lists have orange squares, "(a)" letters or "i."
numerals. Tables are "group-ruled": a pale blue header in cobalt bold whose top row may hold group cells
merged across columns (an orange rule under each group), hairlines between body rows, vertical rules only
where one group of columns meets the next, figures set right, a totals row in bold between a cobalt rule
and a double rule; a table that must run on is split by hand, its second part captioned "(continued)"
with the header repeated. Outcome words (AGREED, DEFERRED, DECLINED) may sit in tinted cells. Callout
boxes have a cobalt top edge on stone. Portrait, two-column portrait and landscape templates; laid out
twice so that the minutes can state the page count. A decision sheet to be scanned has no running
lines and is typed in Helvetica on a ruled form."""

from __future__ import annotations

import datetime
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import reportlab
from matplotlib import get_data_path
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker

COBALT = colors.Color(0.15, 0.28, 0.66)
COBALT_HEX = "#2747A8"
ORANGE = colors.Color(0.88, 0.48, 0.12)
ORANGE_HEX = "#E07B1F"
PALE = colors.Color(0.9, 0.93, 0.98)
STONE = colors.Color(0.95, 0.94, 0.92)
HAIR = colors.Color(0.7, 0.72, 0.76)
GREY = colors.Color(0.38, 0.39, 0.42)
INK = colors.Color(0.1, 0.1, 0.12)
AGREED_TINT = colors.Color(0.84, 0.93, 0.84)
DEFERRED_TINT = colors.Color(0.99, 0.9, 0.74)
DECLINED_TINT = colors.Color(0.96, 0.82, 0.8)
LEFT, RIGHT, TOP, FOOT, GUTTER = 62.0, 56.0, 70.0, 64.0, 20.0
STRIP = 22.0
TYPE1_DIR = Path(os.path.dirname(reportlab.__file__)) / "fonts"
TTF_DIR = Path(get_data_path()) / "fonts" / "ttf"
TEXT_FONT, TEXT_BOLD, TEXT_ITALIC = "Times-Roman", "Times-Bold", "Times-Italic"
FORM_FONT, FORM_BOLD_FONT = "Helvetica", "Helvetica-Bold"


def _fonts() -> tuple[str, ...]:
    """Embed the faces once: Vera Sans Bold (TrueType, reportlab's) and DejaVu Sans (matplotlib's)."""
    faces = (
        ("WfHead", TYPE1_DIR / "VeraBd.ttf"),
        ("WfHeadItalic", TYPE1_DIR / "VeraBI.ttf"),
        ("WfCell", TTF_DIR / "DejaVuSans.ttf"),
        ("WfCellBold", TTF_DIR / "DejaVuSans-Bold.ttf"),
        ("WfCellItalic", TTF_DIR / "DejaVuSans-Oblique.ttf"),
    )
    if faces[0][0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in faces:
            pdfmetrics.registerFont(TTFont(name, str(file)))
        pdfmetrics.registerFontFamily(
            "WfCell", normal="WfCell", bold="WfCellBold", italic="WfCellItalic", boldItalic="WfCellBold"
        )
        pdfmetrics.registerFontFamily(
            "WfHead", normal="WfHead", bold="WfHead", italic="WfHeadItalic", boldItalic="WfHeadItalic"
        )
    return tuple(name for name, _ in faces)


HEAD_FONT, HEAD_ITALIC, CELL_FONT, CELL_BOLD_FONT, CELL_ITALIC = _fonts()

TEXT = ParagraphStyle(
    "WfText", parent=BODY, fontName=TEXT_FONT, fontSize=10.4, leading=13.6, spaceAfter=6, textColor=INK
)
SMALL = ParagraphStyle("WfSmall", parent=TEXT, fontSize=9, leading=11.4, spaceAfter=4)
NOTE = ParagraphStyle(
    "WfNote", parent=SMALL, fontName=TEXT_ITALIC, fontSize=8.6, leading=10.6, textColor=GREY
)
CELL = ParagraphStyle("WfCellText", parent=TEXT, fontName=CELL_FONT, fontSize=7.8, leading=9.8, spaceAfter=0)
CELL_B = ParagraphStyle("WfCellBoldText", parent=CELL, fontName=CELL_BOLD_FONT)
FIGURE = ParagraphStyle("WfFigure", parent=CELL, alignment=2)
FIGURE_B = ParagraphStyle("WfFigureBold", parent=CELL_B, alignment=2)
HEAD = ParagraphStyle("WfHeadCell", parent=CELL_B, fontSize=7.6, textColor=COBALT)
HEAD_FIG = ParagraphStyle("WfHeadFigure", parent=HEAD, alignment=2)
GROUP = ParagraphStyle("WfGroupCell", parent=HEAD, alignment=1, textColor=INK)
TITLE = ParagraphStyle(
    "WfTitle", parent=TEXT, fontName=HEAD_FONT, fontSize=21, leading=25, textColor=COBALT, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "WfSubtitle", parent=TEXT, fontName=TEXT_ITALIC, fontSize=12, leading=15, textColor=GREY, spaceAfter=10
)
HEADING = ParagraphStyle(
    "WfHeading",
    parent=TEXT,
    fontName=HEAD_FONT,
    fontSize=13.5,
    leading=17,
    textColor=COBALT,
    spaceBefore=8,
    spaceAfter=1,
    keepWithNext=1,
)
SUBHEADING = ParagraphStyle(
    "WfSubheading",
    parent=TEXT,
    fontName=HEAD_FONT,
    fontSize=10,
    leading=13,
    textColor=INK,
    spaceBefore=5,
    spaceAfter=3,
    keepWithNext=1,
)
CAPTION = ParagraphStyle(
    "WfCaption",
    parent=SMALL,
    fontName=HEAD_FONT,
    fontSize=8.4,
    textColor=ORANGE,
    spaceBefore=5,
    spaceAfter=3,
    keepWithNext=1,
)
NOTICE = ParagraphStyle(
    "WfNotice",
    parent=TEXT,
    fontName=HEAD_FONT,
    fontSize=8.4,
    leading=11,
    textColor=COBALT,
    backColor=PALE,
    borderColor=ORANGE,
    borderWidth=1.2,
    borderPadding=(5, 7, 5, 7),
    spaceBefore=2,
    spaceAfter=14,
)
BOX_HEAD = ParagraphStyle(
    "WfBoxHead", parent=TEXT, fontName=HEAD_FONT, fontSize=9.4, leading=12, textColor=COBALT, spaceAfter=2
)
BOX_TEXT = ParagraphStyle("WfBoxText", parent=TEXT, fontSize=9.6, leading=12.4, spaceAfter=3)
FORM = ParagraphStyle("WfForm", parent=TEXT, fontName=FORM_FONT, fontSize=10, leading=13.5, spaceAfter=4)
FORM_B = ParagraphStyle("WfFormBold", parent=FORM, fontName=FORM_BOLD_FONT)
FORM_CELL = ParagraphStyle("WfFormCell", parent=FORM, fontSize=9.4, leading=12, spaceAfter=0)
FORM_CELL_B = ParagraphStyle("WfFormCellBold", parent=FORM_CELL, fontName=FORM_BOLD_FONT)

_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def ordinal(iso: str) -> str:
    """The partnership's date style: "21st May 2024"."""
    day = datetime.date.fromisoformat(iso)
    return f"{day.day}{_SUFFIX.get(day.day, 'th')} {day.strftime('%B %Y')}"


def long_date(iso: str) -> str:
    """ "Tuesday 21st May 2024"."""
    return f"{datetime.date.fromisoformat(iso).strftime('%A')} {ordinal(iso)}"


def dotted(iso: str) -> str:
    """The registers' style: "21.05.24"."""
    return datetime.date.fromisoformat(iso).strftime("%d.%m.%y")


def slashed(iso: str) -> str:
    """A typed form's style: "9/7/24"."""
    day = datetime.date.fromisoformat(iso)
    return f"{day.day}/{day.month}/{day.strftime('%y')}"


@dataclass(frozen=True)
class Furniture:
    """The running lines: `short` names the document at the foot's left; `counted` writes the folio as
    "Page 3 of 5" rather than "Page | 3"; `plain` leaves every running line out (a sheet to be scanned)."""

    short: str
    counted: bool = False
    plain: bool = False


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait"
) -> Path:
    """Lay `story` out into `path` starting on the template named `first` (portrait, columns, landscape):
    once to count the pages, once to draw them."""
    counted = meta.build(story, _templates(furniture, 0), first)
    total = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture, total), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.plain:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFont(HEAD_FONT, 7.6)
        canvas.drawCentredString(width / 2, height - 38, "OFFICIAL")
        canvas.drawCentredString(width / 2, 22, "OFFICIAL")
        canvas.setStrokeColor(COBALT)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, height - 46, width - RIGHT, height - 46)
        canvas.setStrokeColor(ORANGE)
        canvas.setLineWidth(0.8)
        canvas.line(LEFT, 48, width - RIGHT, 48)
        canvas.setFillColor(COBALT)
        canvas.setFont(HEAD_FONT, 7.6)
        canvas.drawString(LEFT, 36, furniture.short)
        folio = f"Page {document.page} of {total}" if furniture.counted else f"Page | {document.page}"
        canvas.drawRightString(width - RIGHT, 36, folio)
        if document.page == 1:
            canvas.setFillColor(COBALT)
            canvas.rect(0, 0, STRIP, height, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(HEAD_FONT, 9)
            canvas.translate(STRIP / 2 + 3.2, height - 90)
            canvas.rotate(90)
            canvas.drawRightString(0, 0, "SAFER  WRENFOLD")
        canvas.restoreState()

    return draw


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    column = (inner_w - GUTTER) / 2
    running = _running(furniture, total)
    return [
        PageTemplate("portrait", [Frame(LEFT, FOOT, inner_w, inner_h, id="portrait")], onPage=running),
        PageTemplate(
            "columns",
            [
                Frame(LEFT, FOOT, column, inner_h, id="col1"),
                Frame(LEFT + column + GUTTER, FOOT, column, inner_h, id="col2"),
            ],
            onPage=running,
        ),
        PageTemplate(
            "landscape",
            [Frame(LEFT, FOOT, land_w - LEFT - RIGHT, land_h - TOP - FOOT, id="landscape")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


class _Rule(Flowable):
    """The rule under a heading: a cobalt hairline with a short orange tab at its left end."""

    def __init__(self) -> None:
        super().__init__()
        self.spaceAfter = 6

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 3.0

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(COBALT)
        canvas.setLineWidth(0.7)
        canvas.line(0, 1, self.width, 1)
        canvas.setFillColor(ORANGE)
        canvas.rect(0, 0, 34, 2.6, stroke=0, fill=1)
        canvas.restoreState()

    def getKeepWithNext(self) -> bool:
        return True


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice() -> Paragraph:
    """The fictional-document notice: cobalt on pale blue in an orange frame."""
    return p(FICTIONAL, NOTICE)


def title(text: str, subtitle: str = "") -> list[Flowable]:
    out: list[Flowable] = [p(text, TITLE)]
    if subtitle:
        out.append(p(subtitle, SUBTITLE))
    return out


def heading(label: str, text: str) -> list[Flowable]:
    """A heading: the document's own label ("Part A", "4.", "Chapter 3:") in orange before cobalt words,
    over the rule."""
    words = f'<font color="{ORANGE_HEX}">{label}</font>&nbsp;&nbsp;{text}' if label else text
    return [p(words, HEADING), _Rule()]


def subheading(label: str, text: str) -> Paragraph:
    words = f'<font color="{COBALT_HEX}">{label}</font>&nbsp;&nbsp;{text}' if label else text
    return p(words, SUBHEADING)


def caption(text: str) -> Paragraph:
    return p(text, CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def squares(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items after small orange squares."""
    flow = [ListItem(p(item, style), leftIndent=14) for item in items]
    return ListFlowable(
        flow, bulletType="bullet", start="\u25aa", leftIndent=14, bulletFontName=CELL_FONT,
        bulletFontSize=9, bulletColor=ORANGE,
    )  # fmt: skip


def lettered(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items lettered (a), (b), ..."""
    flow = [ListItem(p(item, style), leftIndent=22) for item in items]
    return ListFlowable(
        flow, bulletType="a", bulletFormat="(%s)", leftIndent=22, bulletFontName=TEXT_FONT,
        bulletFontSize=10,
    )  # fmt: skip


def numerals(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items numbered i., ii., iii. ..."""
    flow = [ListItem(p(item, style), leftIndent=22) for item in items]
    return ListFlowable(
        flow, bulletType="i", bulletFormat="%s.", leftIndent=22, bulletFontName=TEXT_FONT,
        bulletFontSize=10,
    )  # fmt: skip


def grid(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    groups: Sequence[tuple[str, int, int]] = (),
    total: bool = False,
    first_bold: bool = False,
    tints: Sequence[tuple[int, int, Any]] = (),
    font: ParagraphStyle = CELL,
) -> Table:
    """A "group-ruled" table. `rows[0]` is the header; `groups` (label, first column, last column) adds a
    row above it whose cells are merged across their columns, with an orange rule under each and a
    vertical rule where one group meets the next. Hairlines between body rows, figures set right; `total`
    sets the last row in bold between a cobalt rule and a double rule. `tints` shades body cells (row
    counted from the first body row, column)."""
    bold_style = ParagraphStyle(f"{font.name}-b", parent=font, fontName=CELL_BOLD_FONT)
    figure_style = ParagraphStyle(f"{font.name}-f", parent=font, alignment=2)
    figure_bold = ParagraphStyle(f"{font.name}-fb", parent=bold_style, alignment=2)
    cells: list[list[Any]] = []
    offset = 1 if groups else 0
    if groups:
        top: list[Any] = ["" for _ in rows[0]]
        for label, first, _ in groups:
            top[first] = p(label, GROUP)
        cells.append(top)
    for r, row in enumerate(rows):
        last = total and r == len(rows) - 1
        line = []
        for c, cell in enumerate(row):
            if r == 0:
                style = HEAD_FIG if c in figures else HEAD
            elif c in figures:
                style = figure_bold if last else figure_style
            else:
                style = bold_style if last or (first_bold and c == 0) else font
            line.append(p(str(cell), style))
        cells.append(line)
    header_rows = 1 + offset
    table = Table(cells, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), PALE),
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, COBALT),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 1.0, COBALT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.3, HAIR),
    ]
    for _, first, last_col in groups:
        rules.append(("SPAN", (first, 0), (last_col, 0)))
        rules.append(("LINEBELOW", (first, 0), (last_col, 0), 1.2, ORANGE))
        rules.append(("LINEBEFORE", (first, 0), (first, -1), 0.5, COBALT))
        rules.append(("LINEAFTER", (last_col, 0), (last_col, -1), 0.5, COBALT))
    if total:
        rules.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, COBALT))
        rules.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, COBALT, None, None, None, 2, 1.6))
    for r, c, colour in tints:
        rules.append(("BACKGROUND", (c, r + header_rows), (c, r + header_rows), colour))
    table.setStyle(TableStyle(rules))
    return table


def outcome_tint(word: str) -> Any:
    """The tint of an outcome cell."""
    upper = word.upper()
    if upper.startswith(("AGREED", "APPROVED", "RATIFIED", "VARIED", "INCREASED")):
        return AGREED_TINT
    if upper.startswith(("DEFERRED", "NOTED")):
        return DEFERRED_TINT
    return DECLINED_TINT


def callout(heading_text: str, lines: Sequence[str], width: float) -> Flowable:
    """A callout box: a cobalt top edge over stone, a heading and lines, kept on one page."""
    cells: list[list[Any]] = [[p(heading_text, BOX_HEAD)]] + [[p(line, BOX_TEXT)] for line in lines]
    table = Table(cells, colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), STONE),
                ("LINEABOVE", (0, 0), (-1, 0), 2.4, COBALT),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return KeepTogether([table])


def key_table(rows: Sequence[tuple[str, str]], widths: Sequence[float] = (140, 337)) -> Table:
    """Two columns, the key in cobalt Vera at the left, a hairline under each row."""
    cells = [[p(key, HEAD), p(value, CELL)] for key, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, HAIR),
                ("LINEABOVE", (0, 0), (-1, 0), 1.0, COBALT),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


def form(rows: Sequence[Sequence[str]], widths: Sequence[float], header: bool = False) -> Table:
    """A ruled form to be scanned: Helvetica on a full grid, the first column (or the first row) bold."""
    cells = []
    for r, row in enumerate(rows):
        line = []
        for c, cell in enumerate(row):
            bold = (header and r == 0) or (not header and c == 0)
            line.append(p(cell, FORM_CELL_B if bold else FORM_CELL))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def pounds(amount: int) -> str:
    """£12,500 style."""
    return f"£{amount:,}"


def pence(amount: int) -> str:
    """£12,500.00 style (the register's)."""
    return f"£{amount:,}.00"


def kilo(amount: int) -> str:
    """£11.25K style: thousands with a capital K and as many decimals as the sum needs (£24K, £10.5K)."""
    text = f"{amount / 1000:.2f}".rstrip("0").rstrip(".")
    return f"£{text}K"


def bare(amount: int) -> str:
    """12,500 style, for a column headed £."""
    return f"{amount:,}"


_UNITS = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    parts = []
    if hundreds:
        parts.append(f"{_UNITS[hundreds]} hundred")
    if rest:
        tens, units = divmod(rest, 10)
        parts.append(_UNITS[rest] if rest < 20 else _TENS[tens] + (f"-{_UNITS[units]}" if units else ""))
    return " and ".join(parts)


def words(amount: int) -> str:
    """ "eighteen thousand one hundred and fifty pounds"."""
    thousands, rest = divmod(amount, 1000)
    parts = []
    if thousands:
        parts.append(f"{_below_thousand(thousands)} thousand")
    if rest:
        parts.append(("and " if rest < 100 and thousands else "") + _below_thousand(rest))
    return f"{' '.join(parts)} pounds"
