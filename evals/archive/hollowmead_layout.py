"""Partnership U's page furniture, unlike common.py's and the other partnerships' layout modules: set in a
combination of faces no other partnership uses (text in Bitstream Vera from reportlab's fonts folder,
headings and pull-quotes in STIX General Bold and Italic from matplotlib's fonts, table cells in the
standard Helvetica, references in Courier), in terracotta with a petrol-blue accent. Every page opens
under a head of a small terracotta square and the partnership's short name in petrol at the left and the
document's issue date written as "Issued Tues 12 Jul '22" in grey italics at the right, over a petrol
hairline; the foot holds a terracotta hairline, the document's reference in Courier at the left and, at
the right, "Page 2/5 · " followed by the document's short title. Headings are "Section 2" kickers in
letter-spaced petrol capitals over the words in terracotta serif, with a petrol hairline under them led
by a short thick terracotta bar; sub-headings read "Section 2.3" before the words. Lists have terracotta
en dashes or "(1)" numbers. Tables are "spine" tables: a thick terracotta rule over a petrol header, a
petrol rule under it, dotted hairlines between body rows, no vertical rules, figures set right, an
optional totals COLUMN shaded sand down its length and a totals row in bold over a terracotta rule; or
"tag" tables (two columns, the key in terracotta bold on sand). Pull-quotes sit between two petrol
rules in large terracotta italics; fact boxes are petrol panels with the figures reversed out. A
"RESOLVED" block is a sand panel with a thick terracotta bar at its left. Portrait, "aside" (a main
column and a narrow right-hand column on pale petrol), three-column "news" (columns parted by hairlines)
and landscape templates; laid out twice so that the foot can state the page count. A record to be
scanned is typed in Courier with no running lines."""

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
from evals.archive.names import HOLLOWMEAD_SHORT

TERRACOTTA = colors.Color(0.71, 0.32, 0.23)
TERRACOTTA_HEX = "#B5523B"
PETROL = colors.Color(0.12, 0.37, 0.42)
PETROL_HEX = "#1F5F6B"
SAND = colors.Color(0.98, 0.93, 0.89)
MIST = colors.Color(0.91, 0.95, 0.95)
HAIR = colors.Color(0.66, 0.7, 0.71)
GREY = colors.Color(0.4, 0.41, 0.42)
INK = colors.Color(0.12, 0.12, 0.13)
LEFT, RIGHT, TOP, FOOT, GUTTER = 54.0, 54.0, 76.0, 66.0, 16.0
ASIDE = 150.0
TYPE1_DIR = Path(os.path.dirname(reportlab.__file__)) / "fonts"
TTF_DIR = Path(get_data_path()) / "fonts" / "ttf"
CELL_FONT, CELL_FONT_BOLD, MONO = "Helvetica", "Helvetica-Bold", "Courier"


def _fonts() -> tuple[str, ...]:
    """Embed the faces once: Vera (TrueType, reportlab's) and STIX General (TrueType, matplotlib's)."""
    faces = (
        ("HmText", TYPE1_DIR / "Vera.ttf"),
        ("HmTextBold", TYPE1_DIR / "VeraBd.ttf"),
        ("HmTextItalic", TYPE1_DIR / "VeraIt.ttf"),
        ("HmTextBoldItalic", TYPE1_DIR / "VeraBI.ttf"),
        ("HmHead", TTF_DIR / "STIXGeneralBol.ttf"),
        ("HmQuote", TTF_DIR / "STIXGeneralItalic.ttf"),
    )
    if faces[0][0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in faces:
            pdfmetrics.registerFont(TTFont(name, str(file)))
        pdfmetrics.registerFontFamily(
            "HmText",
            normal="HmText",
            bold="HmTextBold",
            italic="HmTextItalic",
            boldItalic="HmTextBoldItalic",
        )
    return tuple(name for name, _ in faces)


TEXT_FONT, TEXT_BOLD, TEXT_ITALIC, TEXT_BOLD_ITALIC, HEAD_FONT, QUOTE_FONT = _fonts()

TEXT = ParagraphStyle(
    "HmText", parent=BODY, fontName=TEXT_FONT, fontSize=9.2, leading=13, spaceAfter=6, textColor=INK
)
SMALL = ParagraphStyle("HmSmall", parent=TEXT, fontSize=8, leading=10.8, spaceAfter=4)
NOTE = ParagraphStyle("HmNote", parent=SMALL, fontName=TEXT_ITALIC, fontSize=7.6, leading=10, textColor=GREY)
CELL = ParagraphStyle("HmCell", parent=TEXT, fontName=CELL_FONT, fontSize=8, leading=10, spaceAfter=0)
CELL_BOLD = ParagraphStyle("HmCellBold", parent=CELL, fontName=CELL_FONT_BOLD)
FIGURE = ParagraphStyle("HmFigure", parent=CELL, alignment=2)
FIGURE_BOLD = ParagraphStyle("HmFigureBold", parent=CELL_BOLD, alignment=2)
HEAD = ParagraphStyle("HmHeadCell", parent=CELL_BOLD, fontSize=7.8, textColor=PETROL)
HEAD_FIGURE = ParagraphStyle("HmHeadFigure", parent=HEAD, alignment=2)
TAG = ParagraphStyle("HmTag", parent=CELL_BOLD, textColor=TERRACOTTA)
KICKER = ParagraphStyle(
    "HmKicker",
    parent=TEXT,
    fontName=CELL_FONT_BOLD,
    fontSize=7.6,
    leading=10,
    textColor=PETROL,
    spaceAfter=1,
    keepWithNext=1,
)
TITLE = ParagraphStyle(
    "HmTitle", parent=TEXT, fontName=HEAD_FONT, fontSize=24, leading=28, textColor=TERRACOTTA, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "HmSubtitle",
    parent=TEXT,
    fontName=TEXT_ITALIC,
    fontSize=10.5,
    leading=14,
    textColor=PETROL,
    spaceAfter=10,
)
HEADING = ParagraphStyle(
    "HmHeading",
    parent=TEXT,
    fontName=HEAD_FONT,
    fontSize=15,
    leading=18,
    textColor=TERRACOTTA,
    spaceAfter=2,
    keepWithNext=1,
)
SUBHEADING = ParagraphStyle(
    "HmSubheading",
    parent=TEXT,
    fontName=TEXT_BOLD,
    fontSize=9.8,
    leading=13,
    textColor=PETROL,
    spaceBefore=5,
    spaceAfter=3,
    keepWithNext=1,
)
NOTICE = ParagraphStyle(
    "HmNotice",
    parent=TEXT,
    fontName=TEXT_BOLD,
    fontSize=8.2,
    leading=11,
    textColor=TERRACOTTA,
    backColor=SAND,
    borderColor=TERRACOTTA,
    borderWidth=0.8,
    borderPadding=(5, 7, 5, 7),
    spaceBefore=2,
    spaceAfter=14,
)
QUOTE = ParagraphStyle(
    "HmQuote", parent=TEXT, fontName=QUOTE_FONT, fontSize=14, leading=18, textColor=TERRACOTTA, spaceAfter=3
)
QUOTE_BY = ParagraphStyle("HmQuoteBy", parent=SMALL, fontName=CELL_FONT_BOLD, textColor=PETROL, spaceAfter=0)
BOX_FIGURE = ParagraphStyle(
    "HmBoxFigure",
    parent=TEXT,
    fontName=HEAD_FONT,
    fontSize=17,
    leading=19,
    textColor=colors.white,
    spaceAfter=0,
)
BOX_TEXT = ParagraphStyle(
    "HmBoxText", parent=SMALL, fontName=CELL_FONT, textColor=colors.white, spaceAfter=0, leading=10
)
CAPTION = ParagraphStyle(
    "HmCaption",
    parent=SMALL,
    fontName=CELL_FONT_BOLD,
    textColor=TERRACOTTA,
    spaceBefore=4,
    spaceAfter=3,
    keepWithNext=1,
)
LOOSE_CAPTION = ParagraphStyle("HmLooseCaption", parent=CAPTION, keepWithNext=0)
RESOLVED = ParagraphStyle("HmResolved", parent=TEXT, spaceAfter=2)
FORM = ParagraphStyle("HmForm", parent=TEXT, fontName=MONO, fontSize=10, leading=13.5, spaceAfter=4)
FORM_BOLD = ParagraphStyle("HmFormBold", parent=FORM, fontName="Courier-Bold")

_DAYS = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")


def short_date(iso: str) -> str:
    """The partnership's date style: "Tues 14 Nov '23"."""
    day = datetime.date.fromisoformat(iso)
    return f"{_DAYS[day.weekday()]} {day.day} {day.strftime('%b')} '{day.strftime('%y')}"


def long_date(iso: str) -> str:
    """ "Tuesday 14 November 2023"."""
    day = datetime.date.fromisoformat(iso)
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


@dataclass(frozen=True)
class Furniture:
    """The running lines: `short` names the document in the foot after its page count, `reference` sits at
    the foot's left, `issued` (an ISO date) at the head's right; `plain` leaves every running line out (a
    record to be scanned)."""

    short: str
    reference: str
    issued: str
    plain: bool = False


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "page"
) -> Path:
    """Lay `story` out into `path` starting on the template named `first` (page, aside, news, wide): once
    to count the pages, once to draw them with "Page 2/5" in the foot."""
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
        canvas.setFillColor(TERRACOTTA)
        canvas.rect(LEFT, height - 46, 7, 7, stroke=0, fill=1)
        canvas.setFillColor(PETROL)
        canvas.setFont(CELL_FONT_BOLD, 8.4)
        canvas.drawString(LEFT + 12, height - 45.5, HOLLOWMEAD_SHORT)
        canvas.setFillColor(GREY)
        canvas.setFont(TEXT_ITALIC, 7.6)
        canvas.drawRightString(width - RIGHT, height - 45.5, f"Issued {short_date(furniture.issued)}")
        canvas.setStrokeColor(PETROL)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, height - 52, width - RIGHT, height - 52)
        canvas.setStrokeColor(TERRACOTTA)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, 46, width - RIGHT, 46)
        canvas.setFillColor(GREY)
        canvas.setFont(MONO, 7)
        canvas.drawString(LEFT, 34, furniture.reference)
        canvas.setFillColor(PETROL)
        canvas.setFont(CELL_FONT, 7.6)
        canvas.drawRightString(width - RIGHT, 34, f"Page {document.page}/{total} \u00b7 {furniture.short}")
        canvas.restoreState()

    return draw


def _aside_page(running: Any) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(MIST)
        canvas.rect(
            width - RIGHT - ASIDE - 6, FOOT - 6, ASIDE + 12, height - TOP - FOOT + 12, stroke=0, fill=1
        )
        canvas.restoreState()
        running(canvas, document)

    return draw


def _news_page(running: Any, third: float) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        _, height = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(HAIR)
        canvas.setLineWidth(0.4)
        for i in (1, 2):
            x = LEFT + i * third + (i - 0.5) * GUTTER
            canvas.line(x, FOOT, x, height - TOP)
        canvas.restoreState()
        running(canvas, document)

    return draw


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    third = (inner_w - 2 * GUTTER) / 3
    running = _running(furniture, total)
    main = inner_w - ASIDE - GUTTER - 6
    return [
        PageTemplate("page", [Frame(LEFT, FOOT, inner_w, inner_h, id="page")], onPage=running),
        PageTemplate(
            "aside",
            [
                Frame(LEFT, FOOT, main, inner_h, id="main"),
                Frame(width - RIGHT - ASIDE, FOOT, ASIDE, inner_h, id="aside"),
            ],
            onPage=_aside_page(running),
        ),
        PageTemplate(
            "news",
            [Frame(LEFT + i * (third + GUTTER), FOOT, third, inner_h, id=f"news{i}") for i in range(3)],
            onPage=_news_page(running, third),
        ),
        PageTemplate(
            "wide",
            [Frame(LEFT, FOOT, land_w - LEFT - RIGHT, land_h - TOP - FOOT, id="wide")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


class _Rule(Flowable):
    """The rule under a heading: a petrol hairline led by a short thick terracotta bar."""

    def __init__(self) -> None:
        super().__init__()
        self.spaceAfter = 7

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 4.0

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(PETROL)
        canvas.setLineWidth(0.5)
        canvas.line(0, 1.5, self.width, 1.5)
        canvas.setFillColor(TERRACOTTA)
        canvas.rect(0, 0, 26, 3, stroke=0, fill=1)
        canvas.restoreState()

    def getKeepWithNext(self) -> bool:
        return True


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice() -> Paragraph:
    """The fictional-document notice: bold terracotta on sand in a terracotta frame."""
    return p(FICTIONAL, NOTICE)


def title(kicker: str, text: str, subtitle: str = "") -> list[Flowable]:
    """A document's title block: a petrol kicker, the title in terracotta serif, a petrol italic line."""
    out: list[Flowable] = [p(kicker.upper(), KICKER), p(text, TITLE)]
    if subtitle:
        out.append(p(subtitle, SUBTITLE))
    return out


def heading(number: str, text: str) -> list[Flowable]:
    """A heading: "SECTION 2" in letter-spaced petrol capitals (or the document's own label), the words in
    terracotta serif, the rule under them."""
    label = f"SECTION {number}" if number and number[0].isdigit() else number.upper()
    out: list[Flowable] = []
    if label:
        out.append(p("&nbsp;".join(label), KICKER))
    out += [p(text, HEADING), _Rule()]
    return out


def subheading(number: str, text: str) -> Paragraph:
    """ "Section 2.3  Words" in petrol bold (or the words alone)."""
    label = f'<font color="{TERRACOTTA_HEX}">Section {number}</font>&nbsp;&nbsp;{text}' if number else text
    return p(label, SUBHEADING)


def caption(text: str, keep: bool = True) -> Paragraph:
    return p(text, CAPTION if keep else LOOSE_CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def dashes(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items after terracotta en dashes."""
    flow = [ListItem(p(item, style), leftIndent=13) for item in items]
    return ListFlowable(
        flow,
        bulletType="bullet",
        start="\u2013",
        leftIndent=13,
        bulletFontName=CELL_FONT_BOLD,
        bulletFontSize=10,
        bulletColor=TERRACOTTA,
    )


def numbered(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items numbered (1), (2), ... in petrol."""
    flow = [ListItem(p(item, style), leftIndent=20) for item in items]
    return ListFlowable(
        flow,
        bulletType="1",
        bulletFormat="(%s)",
        leftIndent=20,
        bulletFontName=CELL_FONT_BOLD,
        bulletFontSize=8.6,
        bulletColor=PETROL,
    )


def spine(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    header_rows: int = 1,
    total: bool = False,
    total_column: bool = False,
    first_bold: bool = False,
    spans: Sequence[tuple[int, int, int]] = (),
    tints: Sequence[tuple[int, int, Any]] = (),
) -> Table:
    """A "spine" table: a thick terracotta rule over a petrol header (repeated over a page break), a petrol
    rule under it, dotted hairlines between body rows, figures set right; `total_column` shades the last
    column sand down its length, `total` sets the last row in bold over a terracotta rule; `spans` merges
    header cells (row, first column, last column); `tints` shades single body cells."""
    cells = []
    for r, row in enumerate(rows):
        last_row = total and r == len(rows) - 1
        line = []
        for c, cell in enumerate(row):
            bold = last_row or (total_column and c == len(row) - 1 and r >= header_rows)
            if r < header_rows:
                style = HEAD_FIGURE if c in figures else HEAD
            elif c in figures:
                style = FIGURE_BOLD if bold else FIGURE
            else:
                style = CELL_BOLD if bold or (first_bold and c == 0) else CELL
            line.append(p(str(cell), style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEABOVE", (0, 0), (-1, 0), 1.8, TERRACOTTA),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, PETROL),
        ("LINEBELOW", (0, header_rows), (-1, -2), 0.3, HAIR, None, (1, 2)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, PETROL),
    ]
    if total_column:
        rules.append(("BACKGROUND", (-1, header_rows), (-1, -1), SAND))
    if total:
        rules.append(("LINEABOVE", (0, -1), (-1, -1), 1.2, TERRACOTTA))
    for r, first, last in spans:
        rules.append(("SPAN", (first, r), (last, r)))
        rules.append(("ALIGN", (first, r), (last, r), "CENTER"))
    for r, c, colour in tints:
        rules.append(("BACKGROUND", (c, r), (c, r), colour))
    table.setStyle(TableStyle(rules))
    return table


def tags(rows: Sequence[tuple[str, str]], widths: Sequence[float] = (130, 357)) -> Table:
    """A "tag" table: the key in terracotta bold on sand, the entry beside it, a petrol hairline under
    each row."""
    cells = [[p(key, TAG), p(value, CELL)] for key, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), SAND),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, PETROL),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def pull_quote(text: str, who: str, width: float) -> Table:
    """A pull-quote between two petrol rules: large terracotta italics, the speaker under them."""
    table = Table([[p(f"\u201c{text}\u201d", QUOTE)], [p(who, QUOTE_BY)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1.0, PETROL),
                ("LINEBELOW", (0, -1), (-1, -1), 1.0, PETROL),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return table


def fact_box(heading_text: str, items: Sequence[tuple[str, str]], width: float) -> Table:
    """A petrol panel of headline figures reversed out in white, each over its caption."""
    cells: list[list[Any]] = [[p(heading_text.upper(), BOX_TEXT)]]
    for figure, text in items:
        cells += [[p(figure, BOX_FIGURE)], [p(text, BOX_TEXT)]]
    table = Table(cells, colWidths=[width], hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), PETROL),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, TERRACOTTA),
    ]
    for i in range(len(items) - 1):
        rules.append(("BOTTOMPADDING", (0, 2 + 2 * i), (-1, 2 + 2 * i), 7))
    table.setStyle(TableStyle(rules))
    return table


def resolved(lines: Sequence[str], width: float = 487, label: str = "RESOLVED") -> Flowable:
    """A decision block, kept on one page: a sand panel with a thick terracotta bar at its left, `label` in
    terracotta over the lines."""
    cells = [[p(f'<font name="{CELL_FONT_BOLD}" color="{TERRACOTTA_HEX}">{label}</font>', RESOLVED)]]
    cells += [[p(line, RESOLVED)] for line in lines]
    table = Table(cells, colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SAND),
                ("LINEBEFORE", (0, 0), (0, -1), 4, TERRACOTTA),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([table])


def form(rows: Sequence[tuple[str, str]], widths: Sequence[float] = (150, 330)) -> Table:
    """A typed form to be scanned: the label in bold Courier at the left, the entry beside it, a full grid."""
    cells = [[p(label, FORM_BOLD), p(value, FORM)] for label, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def pounds(amount: int) -> str:
    """£12,500 style."""
    return f"£{amount:,}"


def gbp(amount: int) -> str:
    """GBP 12,500 style (the funding plan's)."""
    return f"GBP {amount:,}"


def k(amount: int) -> str:
    """£12.5k style: thousands with as many decimals as the sum needs (£10k, £10.4k, £6.15k)."""
    text = f"{amount / 1000:.2f}".rstrip("0").rstrip(".")
    return f"£{text}k"


def bare(amount: int) -> str:
    """12,500 style, for a column headed £."""
    return f"{amount:,}"


_UNITS = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words_below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    parts = []
    if hundreds:
        parts.append(f"{_UNITS[hundreds]} hundred")
    if rest:
        if rest < 20:
            tail = _UNITS[rest]
        else:
            tens, units = divmod(rest, 10)
            tail = _TENS[tens] + (f"-{_UNITS[units]}" if units else "")
        parts.append(tail)
    return " and ".join(parts)


def in_words(amount: int) -> str:
    """£3,000 (three thousand pounds) style."""
    thousands, rest = divmod(amount, 1000)
    parts = []
    if thousands:
        parts.append(f"{_words_below_thousand(thousands)} thousand")
    if rest:
        joiner = "and " if rest < 100 and thousands else ""
        parts.append(joiner + _words_below_thousand(rest))
    return f"{pounds(amount)} ({' '.join(parts)} pounds)"
