"""Partnership M's page furniture, unlike common.py's and the other partnerships' layout modules: set in
DejaVu Sans throughout (the sans-serif TrueType family matplotlib ships in its mpl-data) rather than
Helvetica, Times, Courier, Vera, DejaVu Serif or STIX; a solid amber strip down the right-hand edge of
every page; the partnership's name in capitals at the top left and the document's short name in amber at
the top right over a dotted rule; the document's reference at the foot on the left and the page as "3 of
12" on the right. Headings are numbered in the document's own words ("Section 3 —", "Part B", "Item 4",
"2.0") with the number in amber and a dotted amber rule under the heading. Tables are "grouped": a pale
amber header row over a heavy amber rule, dotted hairlines between body rows, no vertical rules, group
heading rows that span the table's width on grey, sub-rows indented beneath them, totals over a double
rule and footnotes with markers (¹, ², *) set under the table. Headline figures sit in boxes with a thick
amber top edge, apart from one another. Portrait, two-column portrait and landscape templates; laid out
twice with `common.write_counted` so the foot can state the page count. A printout to be scanned is set
in DejaVu Sans with no strip."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib import get_data_path
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    Table,
    TableStyle,
)

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker, three_templates, write_counted

AMBER = colors.Color(0.8, 0.45, 0.05)
AMBER_HEX = "#CC730D"
PALE = colors.Color(0.99, 0.93, 0.82)
GROUP = colors.Color(0.91, 0.91, 0.91)
INK = colors.Color(0.17, 0.17, 0.2)
GREY = colors.Color(0.45, 0.45, 0.45)
LEFT, RIGHT, TOP, FOOT, GUTTER = 56.0, 66.0, 72.0, 60.0, 22.0
STRIP = 16.0
FONT_DIR = Path(get_data_path()) / "fonts" / "ttf"
PARTNERSHIP_CAPS = "ORRINDALE SAFER NEIGHBOURHOODS PARTNERSHIP"


def _fonts() -> tuple[str, str, str, str]:
    """Register DejaVu Sans (regular, bold, oblique, bold oblique) once; their names."""
    names = ("OrSans", "OrSansBd", "OrSansIt", "OrSansBdIt")
    files = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
    if names[0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in zip(names, files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        pdfmetrics.registerFontFamily(
            names[0], normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
        )
    return names


REGULAR, BOLD, ITALIC, BOLD_ITALIC = _fonts()
TEXT = ParagraphStyle(
    "OrBody", parent=BODY, fontName=REGULAR, fontSize=9.2, leading=13.2, spaceAfter=6, textColor=INK
)
CELL = ParagraphStyle("OrCell", parent=TEXT, fontSize=8.1, leading=10.3, spaceAfter=0)
INDENTED = ParagraphStyle("OrIndented", parent=CELL, leftIndent=10)
FIGURE = ParagraphStyle("OrFigure", parent=CELL, alignment=2)
HEAD_CELL = ParagraphStyle("OrHeadCell", parent=CELL, fontName=BOLD)
HEAD_FIGURE = ParagraphStyle("OrHeadFigure", parent=HEAD_CELL, alignment=2)
GROUP_CELL = ParagraphStyle("OrGroupCell", parent=CELL, fontName=BOLD_ITALIC)
TITLE = ParagraphStyle(
    "OrTitle", parent=TEXT, fontName=BOLD, fontSize=19, leading=24, textColor=INK, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "OrSubtitle", parent=TEXT, fontName=REGULAR, fontSize=11.5, leading=15, textColor=AMBER, spaceAfter=12
)
HEADING = ParagraphStyle(
    "OrHeading", parent=TEXT, fontName=BOLD, fontSize=12.2, leading=15.5, spaceBefore=12, spaceAfter=6
)
MINOR = ParagraphStyle(
    "OrMinor",
    parent=TEXT,
    fontName=BOLD,
    fontSize=9.6,
    leading=12.5,
    spaceBefore=6,
    spaceAfter=3,
    keepWithNext=1,
)
CAPTION = ParagraphStyle(
    "OrCaption",
    parent=TEXT,
    fontName=BOLD,
    fontSize=8.6,
    leading=11,
    textColor=GREY,
    spaceBefore=4,
    spaceAfter=3,
    keepWithNext=1,
)
FOOTNOTE = ParagraphStyle("OrFootnote", parent=TEXT, fontSize=7.4, leading=9.4, spaceAfter=1, textColor=GREY)
RECOMMENDATION = ParagraphStyle("OrRecommendation", parent=TEXT, leftIndent=16, spaceAfter=7)
NOTICE = ParagraphStyle(
    "OrNotice",
    parent=TEXT,
    fontName=BOLD,
    fontSize=8.2,
    leading=11,
    textColor=INK,
    backColor=PALE,
    borderColor=AMBER,
    borderWidth=0.8,
    borderPadding=(6, 7, 6, 7),
    spaceAfter=16,
)
GLANCE_FIGURE = ParagraphStyle(
    "OrGlanceFigure", parent=TEXT, fontName=BOLD, fontSize=17, leading=21, spaceAfter=2
)
GLANCE_TEXT = ParagraphStyle("OrGlanceText", parent=CELL, fontSize=8.2, leading=10.4)


@dataclass(frozen=True)
class Furniture:
    """What the running lines say: the document's short name at the top right, its reference at the foot;
    `strip` False leaves the amber strip and the header out (a printout)."""

    label: str
    reference: str
    strip: bool = True


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait"
) -> Path:
    """Lay `story` out into `path`, starting on the template named `first` (portrait, columns, landscape)."""
    return write_counted(path, lambda total: _layout(story, meta, furniture, first, total))


def _layout(story: StoryMaker, meta: Meta, furniture: Furniture, first: str, total: int) -> bytes:
    def running(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        if furniture.strip:
            canvas.setFillColor(AMBER)
            canvas.rect(width - STRIP, 0, STRIP, height, stroke=0, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 7.6)
            canvas.drawString(LEFT, height - 40, PARTNERSHIP_CAPS)
            canvas.setFillColor(AMBER)
            canvas.setFont(BOLD_ITALIC, 8.4)
            canvas.drawRightString(width - RIGHT, height - 40, furniture.label)
            canvas.setStrokeColor(AMBER)
            canvas.setLineWidth(0.9)
            canvas.setDash(1, 2.2)
            canvas.line(LEFT, height - 47, width - RIGHT, height - 47)
            canvas.setDash()
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 7.6)
        canvas.drawString(LEFT, 30, furniture.reference)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 8.6)
        canvas.drawRightString(width - RIGHT, 30, f"{document.page} of {total}")
        canvas.restoreState()

    templates = three_templates(running, LEFT, RIGHT, FOOT, TOP, GUTTER)
    return meta.build(story, templates, first)


class Heading(Flowable):
    """A numbered heading: the number ("Section 3 —", "Part B", "Item 4", "2.0") in amber before the
    words, and a dotted amber rule under both."""

    def __init__(self, number: str, text: str) -> None:
        super().__init__()
        opening = f'<font color="{AMBER_HEX}">{number}</font>&nbsp;&nbsp;' if number else ""
        self.paragraph = Paragraph(f"{opening}{text}", HEADING)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(available_width, available_height)
        self.width, self.height = available_width, height + 5
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(AMBER)
        canvas.setLineWidth(0.9)
        canvas.setDash(1, 2)
        canvas.line(0, 1, self.width, 1)
        canvas.restoreState()
        self.paragraph.drawOn(canvas, 0, 5)

    def getSpaceBefore(self) -> float:
        return float(HEADING.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(HEADING.spaceAfter)

    def getKeepWithNext(self) -> bool:
        return True


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def title(text: str, subtitle: str = "") -> list[Flowable]:
    return [Paragraph(text, TITLE)] + ([Paragraph(subtitle, SUBTITLE)] if subtitle else [])


def heading(number: str, text: str) -> Heading:
    return Heading(number, text)


def minor(text: str) -> Paragraph:
    return Paragraph(text, MINOR)


def caption(text: str) -> Paragraph:
    return Paragraph(text, CAPTION)


def footnote(text: str) -> Paragraph:
    return Paragraph(text, FOOTNOTE)


def notice() -> Paragraph:
    """The fictional-document notice, on pale amber in an amber box."""
    return Paragraph(FICTIONAL, NOTICE)


def recommendation(number: int, text: str) -> Paragraph:
    """ "Recommendation 3:" in bold amber, run in before the text."""
    return Paragraph(
        f'<font color="{AMBER_HEX}"><b>Recommendation {number}:</b></font> {text}', RECOMMENDATION
    )


def bullets(items: Sequence[str], style: ParagraphStyle = TEXT, numbered: str = "") -> ListFlowable:
    """A list with small amber squares, or numbered with `numbered` as the format ("%s)", "%s.")."""
    flow = [ListItem(Paragraph(item, style), leftIndent=18) for item in items]
    if numbered:
        return ListFlowable(
            flow,
            bulletType="1",
            bulletFormat=numbered,
            leftIndent=18,
            bulletFontName=BOLD,
            bulletFontSize=9,
            bulletColor=AMBER,
        )
    return ListFlowable(
        flow,
        bulletType="bullet",
        start="■",
        leftIndent=14,
        bulletFontName=REGULAR,
        bulletFontSize=6,
        bulletColor=AMBER,
    )


def grouped(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    groups: Collection[int] = (),
    totals: Collection[int] = (),
    indent: bool = False,
    repeat: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A grouped table: row 0 the header (pale amber over a heavy amber rule); the rows in `groups` are
    group headings spanning the width on grey; the rows in `totals` bold over a double rule; dotted
    hairlines between the other rows; the columns in `figures` set right; when `indent`, the first cell of
    each row that is neither a group heading nor a total is indented under its group."""
    cells = []
    for r, row in enumerate(rows):
        line: list[Paragraph] = []
        for c, cell in enumerate(row):
            if r == 0:
                style = HEAD_FIGURE if c in figures else HEAD_CELL
            elif r in groups:
                style = GROUP_CELL
            elif c in figures:
                style = FIGURE
            else:
                style = INDENTED if indent and c == 0 and r not in totals else CELL
            text = f"<b>{cell}</b>" if r in totals and cell else str(cell)
            line.append(Paragraph(text, style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=1 if repeat else 0, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("LINEBELOW", (0, 0), (-1, 0), 1.5, AMBER),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, GREY, None, (1, 2)),
        ("LINEBELOW", (0, -1), (-1, -1), 1.1, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for r in groups:
        rules += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GROUP)]
    for r in totals:
        rules.append(("LINEABOVE", (0, r), (-1, r), 0.6, INK, 1, None, None, 2, 1.6))
    table.setStyle(TableStyle([*rules, *extra]))
    return table


def glance(figures: Sequence[tuple[str, str]], columns: int, width: float) -> Table:
    """Headline figures in boxes, `columns` to a row with a gap between them: a thick amber top edge, a
    large figure, a short caption under it."""
    space = 10.0
    box = (width - space * (columns - 1)) / columns
    widths: list[float] = []
    for c in range(columns):
        widths += [box] if c == 0 else [space, box]
    cells: list[list[Any]] = []
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    for r, start in enumerate(range(0, len(figures), columns)):
        if r:
            cells.append([""] * len(widths))
        row: list[Any] = []
        for c, (figure, text) in enumerate(figures[start : start + columns]):
            if c:
                row.append("")
            row.append([Paragraph(figure, GLANCE_FIGURE), Paragraph(text, GLANCE_TEXT)])
            column = 2 * c
            rules += [
                ("BOX", (column, 2 * r), (column, 2 * r), 0.5, GREY),
                ("LINEABOVE", (column, 2 * r), (column, 2 * r), 4, AMBER),
            ]
        row += [""] * (len(widths) - len(row))
        cells.append(row)
    heights = [None if r % 2 == 0 else space for r in range(len(cells))]
    table = Table(cells, colWidths=widths, rowHeights=heights, hAlign="LEFT")
    table.setStyle(TableStyle(rules))
    return table


def beside(left: Sequence[Flowable], right: Sequence[Flowable], widths: tuple[float, float]) -> Table:
    """Paragraphs in a column at the left and a table (with its caption) at the right, side by side."""
    holder = Table([[list(left), list(right)]], colWidths=list(widths), hAlign="LEFT")
    holder.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 12),
                ("LEFTPADDING", (1, 0), (1, 0), 0),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    return holder


def pounds(amount: int) -> str:
    """£12,500 style: whole pounds."""
    return f"£{amount:,}"


def thousands(amount: int) -> str:
    """£12.5k style: none when whole (£20k), two decimals when exact in two (£4.65k), otherwise one."""
    value = amount / 1000
    if value == int(value):
        return f"£{value:.0f}k"
    return f"£{value:.2f}k" if amount % 10 == 0 and amount % 100 else f"£{value:.1f}k"


def variance(amount: int) -> str:
    """A variance in whole pounds, an underspend in brackets ("(£725)"), none as an en dash."""
    if amount == 0:
        return "–"
    return f"(£{-amount:,})" if amount < 0 else f"£{amount:,}"
