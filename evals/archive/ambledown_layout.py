"""Partnership N's page furniture, unlike common.py's and the other partnerships' layout modules: set in
Computer Modern (the TeX faces matplotlib ships in its mpl-data: cmr10 for text, cmb10 for headings and
bold, cmti10 for italics, cmss10 for table cells, cmtt10 for a typed record) rather than Helvetica, Times,
Courier, Vera, DejaVu or STIX; the few characters those faces lack (£, dashes, curly quotes, bullets) are
set in DejaVu Sans inside the same line. A navy "tab" at the top left of every page holds the document's
short name in white, with a hairline running from it across the page; at the foot, the partnership's name
in italics at the left over a coral hairline and the page as "p. 3/9" at the right. Headings carry their
number in a small navy square ("3" boxed) with the words in navy beside it; sub-headings carry a coral
number ("3.2"). Tables are "stub" tables: a heavy coral rule above a bold header, a navy rule under it,
grey hairlines between rows, the first (stub) column shaded pale blue-grey, figures set right and totals
in bold over a navy rule. Framed boxes (a navy title bar over a thin navy frame) draw structure charts
and side notes. Portrait, two-column portrait, landscape and portrait-with-a-right-sidebar templates;
laid out twice with `common.write_counted` so the foot can state the page count. A record to be scanned
is typed in cmtt10 with no tab."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib import get_data_path
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker, three_templates, write_counted

NAVY = colors.Color(0.12, 0.18, 0.35)
NAVY_HEX = "#1F2E59"
CORAL = colors.Color(0.86, 0.36, 0.29)
CORAL_HEX = "#DB5C4A"
STUB = colors.Color(0.9, 0.92, 0.95)
SIDE = colors.Color(0.99, 0.94, 0.92)
HAIR = colors.Color(0.72, 0.72, 0.72)
INK = colors.Color(0.1, 0.1, 0.12)
GREY = colors.Color(0.4, 0.4, 0.42)
LEFT, RIGHT, TOP, FOOT, GUTTER = 62.0, 58.0, 78.0, 62.0, 20.0
SIDEBAR = 150.0
FONT_DIR = Path(get_data_path()) / "fonts" / "ttf"
PARTNERSHIP = "Ambledown Community Safety Partnership"


def _fonts() -> tuple[str, str, str, str, str, str]:
    """Register the Computer Modern faces and the DejaVu Sans fallback once; their names."""
    names = ("AdRoman", "AdBold", "AdItalic", "AdSans", "AdType", "AdGlyph")
    files = ("cmr10.ttf", "cmb10.ttf", "cmti10.ttf", "cmss10.ttf", "cmtt10.ttf", "DejaVuSans.ttf")
    if names[0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in zip(names, files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        pdfmetrics.registerFontFamily(
            names[0], normal=names[0], bold=names[1], italic=names[2], boldItalic=names[1]
        )
        pdfmetrics.registerFontFamily(
            names[3], normal=names[3], bold=names[1], italic=names[2], boldItalic=names[1]
        )
        pdfmetrics.registerFontFamily(
            names[4], normal=names[4], bold=names[4], italic=names[4], boldItalic=names[4]
        )
    return names


ROMAN, BOLD, ITALIC, SANS, TYPE, GLYPH = _fonts()
# Characters Computer Modern has no glyph for at their code point: drawn in DejaVu Sans instead.
_BORROWED = "£–—’‘“”•§×½"
_PLAIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:()-'/%&*+#@[]!?=\"\n")
_TAG = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")


def cm(text: str) -> str:
    """`text` (paragraph markup) with every character Computer Modern lacks set in DejaVu Sans; a
    character neither face is meant to carry is an error, found at build time."""
    stripped = _TAG.sub("", text)
    stray = {c for c in stripped if c not in _PLAIN and c not in _BORROWED}
    if stray:
        raise ValueError(f"characters Computer Modern cannot set: {sorted(stray)} in {text[:60]!r}")
    out = []
    last = 0
    for match in _TAG.finditer(text):
        out.append(_borrow(text[last : match.start()]))
        out.append(match.group())
        last = match.end()
    out.append(_borrow(text[last:]))
    return "".join(out)


def _borrow(text: str) -> str:
    return "".join(f'<font name="{GLYPH}">{c}</font>' if c in _BORROWED else c for c in text)


TEXT = ParagraphStyle(
    "AdBody", parent=BODY, fontName=ROMAN, fontSize=10, leading=13.4, spaceAfter=6, textColor=INK
)
CELL = ParagraphStyle("AdCell", parent=TEXT, fontName=SANS, fontSize=8.4, leading=10.4, spaceAfter=0)
FIGURE = ParagraphStyle("AdFigure", parent=CELL, alignment=2)
HEAD_CELL = ParagraphStyle("AdHeadCell", parent=CELL, fontName=BOLD, fontSize=8.2)
HEAD_FIGURE = ParagraphStyle("AdHeadFigure", parent=HEAD_CELL, alignment=2)
SMALL = ParagraphStyle("AdSmall", parent=TEXT, fontSize=8.6, leading=10.8, spaceAfter=3)
TITLE = ParagraphStyle(
    "AdTitle", parent=TEXT, fontName=BOLD, fontSize=21, leading=26, textColor=NAVY, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "AdSubtitle", parent=TEXT, fontName=ITALIC, fontSize=12, leading=15.5, textColor=CORAL, spaceAfter=12
)
HEADING = ParagraphStyle(
    "AdHeading",
    parent=TEXT,
    fontName=BOLD,
    fontSize=13,
    leading=16,
    textColor=NAVY,
    spaceBefore=12,
    spaceAfter=6,
)
SUBHEADING = ParagraphStyle(
    "AdSubheading",
    parent=TEXT,
    fontName=BOLD,
    fontSize=10.6,
    leading=13.5,
    spaceBefore=7,
    spaceAfter=3,
    keepWithNext=1,
)
CAPTION = ParagraphStyle(
    "AdCaption",
    parent=TEXT,
    fontName=ITALIC,
    fontSize=9,
    leading=11.5,
    textColor=GREY,
    spaceBefore=5,
    spaceAfter=3,
    keepWithNext=1,
)
NOTE = ParagraphStyle("AdNote", parent=TEXT, fontName=ITALIC, fontSize=8, leading=10, textColor=GREY)
NOTICE = ParagraphStyle(
    "AdNotice",
    parent=TEXT,
    fontName=BOLD,
    fontSize=8.6,
    leading=11.2,
    textColor=colors.white,
    backColor=NAVY,
    borderPadding=(6, 8, 6, 8),
    spaceAfter=16,
)
NUMBERED = ParagraphStyle("AdNumbered", parent=TEXT, leftIndent=30, firstLineIndent=-30)
BOX_TITLE = ParagraphStyle("AdBoxTitle", parent=CELL, fontName=BOLD, fontSize=9, textColor=colors.white)
BOX_TEXT = ParagraphStyle("AdBoxText", parent=TEXT, fontSize=8.8, leading=11.2, spaceAfter=2)
GLANCE_FIGURE = ParagraphStyle(
    "AdGlanceFigure", parent=TEXT, fontName=BOLD, fontSize=16, leading=19, textColor=CORAL, spaceAfter=0
)
GLANCE_TEXT = ParagraphStyle("AdGlanceText", parent=TEXT, fontSize=8.4, leading=10.2, spaceAfter=8)
TYPED = ParagraphStyle("AdTyped", parent=TEXT, fontName=TYPE, fontSize=9.4, leading=12.4, spaceAfter=6)


@dataclass(frozen=True)
class Furniture:
    """What the running lines say: the document's short name in the tab, the date at the foot; `tab`
    False leaves the tab and hairline out (a record to be scanned)."""

    label: str
    dated: str
    tab: bool = True


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait"
) -> Path:
    """Lay `story` out into `path`, starting on the template named `first` (portrait, columns, landscape,
    sidebar)."""
    return write_counted(path, lambda total: _layout(story, meta, furniture, first, total))


def _layout(story: StoryMaker, meta: Meta, furniture: Furniture, first: str, total: int) -> bytes:
    def running(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        if furniture.tab:
            canvas.setFont(BOLD, 8.4)
            tab_width = canvas.stringWidth(furniture.label, BOLD, 8.4) + 20
            canvas.setFillColor(NAVY)
            canvas.rect(LEFT, height - 50, tab_width, 17, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.drawString(LEFT + 10, height - 44.5, furniture.label)
            canvas.setStrokeColor(NAVY)
            canvas.setLineWidth(0.6)
            canvas.line(LEFT + tab_width, height - 50, width - RIGHT, height - 50)
        canvas.setStrokeColor(CORAL)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, 44, width - RIGHT, 44)
        canvas.setFillColor(GREY)
        canvas.setFont(ITALIC, 8)
        canvas.drawString(LEFT, 33, f"{PARTNERSHIP}   {furniture.dated}")
        canvas.setFillColor(NAVY)
        canvas.setFont(BOLD, 8.6)
        canvas.drawRightString(width - RIGHT, 33, f"p. {document.page}/{total}")
        canvas.restoreState()

    width, height = A4
    inner_h = height - FOOT - TOP
    main = width - LEFT - RIGHT - SIDEBAR - GUTTER

    def shaded(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(SIDE)
        canvas.rect(LEFT + main + GUTTER - 6, FOOT - 4, SIDEBAR + 12, inner_h + 8, stroke=0, fill=1)
        canvas.setFillColor(CORAL)
        canvas.rect(LEFT + main + GUTTER - 6, FOOT + inner_h + 1, SIDEBAR + 12, 3, stroke=0, fill=1)
        canvas.restoreState()
        running(canvas, document)

    templates = three_templates(running, LEFT, RIGHT, FOOT, TOP, GUTTER)
    # Main column first, then the sidebar at the right: a story fills the main column, and a FrameBreak
    # moves it on to the sidebar.
    templates.append(
        PageTemplate(
            "sidebar",
            [
                Frame(LEFT, FOOT, main, inner_h, id="main"),
                Frame(LEFT + main + GUTTER, FOOT, SIDEBAR, inner_h, id="aside"),
            ],
            onPage=shaded,
        )
    )
    return meta.build(story, templates, first)


class Heading(Flowable):
    """A heading whose number sits in a small navy square, white, with the words in navy beside it."""

    def __init__(self, number: str, text: str) -> None:
        super().__init__()
        self.number = number
        self.paragraph = Paragraph(cm(text), HEADING)
        self.square = 17.0 if len(number) < 3 else 24.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        indent = self.square + 8 if self.number else 0
        _, height = self.paragraph.wrap(available_width - indent, available_height)
        self.width, self.height = available_width, max(height, self.square)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        indent = 0.0
        if self.number:
            canvas.saveState()
            canvas.setFillColor(NAVY)
            canvas.rect(0, self.height - self.square, self.square, self.square, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(BOLD, 10.5)
            canvas.drawCentredString(self.square / 2, self.height - self.square + 5, self.number)
            canvas.restoreState()
            indent = self.square + 8
        _, height = self.paragraph.wrap(self.width - indent, self.height)
        self.paragraph.drawOn(canvas, indent, self.height - height - 0.5)

    def getSpaceBefore(self) -> float:
        return float(HEADING.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(HEADING.spaceAfter)

    def getKeepWithNext(self) -> bool:
        return True


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(cm(text), style)


def title(text: str, subtitle: str = "") -> list[Flowable]:
    return [p(text, TITLE)] + ([p(subtitle, SUBTITLE)] if subtitle else [])


def heading(number: str, text: str) -> Heading:
    return Heading(number, text)


def subheading(number: str, text: str) -> Paragraph:
    """ "3.2" in coral, then the words in bold."""
    opening = f'<font color="{CORAL_HEX}">{number}</font>&nbsp;&nbsp;' if number else ""
    return p(f"{opening}{text}", SUBHEADING)


def numbered(number: str, text: str, style: ParagraphStyle = NUMBERED) -> Paragraph:
    """A paragraph with its number ("3.4") hung at the left, in bold navy."""
    return p(f'<font color="{NAVY_HEX}"><b>{number}</b></font>&nbsp;&nbsp;{text}', style)


def caption(text: str) -> Paragraph:
    return p(text, CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def notice() -> Paragraph:
    """The fictional-document notice, white on a navy block."""
    return p(FICTIONAL, NOTICE)


def bullets(
    items: Sequence[str], style: ParagraphStyle = TEXT, numbered: str = "", start: str = "1"
) -> ListFlowable:
    """A list with coral dashes, or numbered with `numbered` as the format ("%s.", "(%s)"); `start`
    "a" for letters."""
    flow = [ListItem(p(item, style), leftIndent=18) for item in items]
    if numbered:
        return ListFlowable(
            flow,
            bulletType=start,
            bulletFormat=numbered,
            leftIndent=18,
            bulletFontName=BOLD,
            bulletFontSize=9.4,
            bulletColor=NAVY,
        )
    return ListFlowable(
        flow,
        bulletType="bullet",
        start="–",
        leftIndent=14,
        bulletFontName=GLYPH,
        bulletFontSize=9,
        bulletColor=CORAL,
    )


def stub_table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    totals: Collection[int] = (),
    repeat: bool = True,
    stub: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A stub table: row 0 the header (bold, a heavy coral rule above, navy below), grey hairlines
    between body rows, column 0 shaded when `stub`, the columns in `figures` set right, the rows in
    `totals` bold over a navy rule; the header repeats over a page break when `repeat`."""
    cells = []
    for r, row in enumerate(rows):
        line: list[Paragraph] = []
        for c, cell in enumerate(row):
            if r == 0:
                style = HEAD_FIGURE if c in figures else HEAD_CELL
            else:
                style = FIGURE if c in figures else CELL
            text = f"<b>{cell}</b>" if r in totals and cell else str(cell)
            line.append(p(text, style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=1 if repeat else 0, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("LINEABOVE", (0, 0), (-1, 0), 2.2, CORAL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, HAIR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if stub:
        rules.append(("BACKGROUND", (0, 1), (0, -1), STUB))
    for r in totals:
        rules.append(("LINEABOVE", (0, r), (-1, r), 0.9, NAVY))
    table.setStyle(TableStyle([*rules, *extra]))
    return table


def framed(heading_text: str, body: Sequence[str], width: float) -> Table:
    """A framed box: a navy title bar with the heading in white over lines of text in a thin navy frame."""
    content: list[Any] = [p(line, BOX_TEXT) for line in body]
    table = Table([[p(heading_text, BOX_TITLE)], [content]], colWidths=[width], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, 0), NAVY),
                ("BOX", (0, 0), (-1, -1), 0.8, NAVY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def glance(figures: Sequence[tuple[str, str]]) -> list[Flowable]:
    """Headline figures for a sidebar: each a large coral figure over a short caption."""
    out: list[Flowable] = []
    for figure, text in figures:
        out += [p(figure, GLANCE_FIGURE), p(text, GLANCE_TEXT)]
    return out


def pounds(amount: int) -> str:
    """£12,480 style: whole pounds."""
    return f"£{amount:,}"


def kilo(amount: int) -> str:
    """An amount in £k with two decimals, no £ sign (a "£k" column): 8,630 -> 8.63."""
    return f"{amount / 1000:,.2f}"
