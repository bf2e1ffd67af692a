"""Partnership J's page furniture, unlike common.py's and the other partnerships' layout modules: set in
Bitstream Vera (the TrueType family reportlab ships) rather than Helvetica or Times; a header with the
"AMSCB" logo block in slate blue and the board's name at the left and the document's title at the right
over a double rule; a footer with the "OFFICIAL" classification marking at the left and "page X of Y" at
the right, under a thin rule; numbered paragraphs with the number ("3.4") hung in the left gutter; and
"zebra" tables: a slate header row in white type, alternate body rows shaded, thin outer box only.
Portrait, two-column portrait and landscape templates; laid out twice with `common.write_counted` so the
footer can state the page count. A record to be scanned is set in Courier with no logo block."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    ListFlowable,
    ListItem,
    Paragraph,
    Table,
    TableStyle,
)

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker, three_templates, write_counted

Line = Callable[[int, int], str]  # (page number, page count) -> text
SLATE = colors.Color(0.17, 0.27, 0.4)
STRIPE = colors.Color(0.92, 0.94, 0.97)
EDGE, TOP, FOOT, GUTTER = 58.0, 74.0, 60.0, 30.0


def _fonts() -> tuple[str, str, str]:
    """Register Vera (regular, bold, italic) once; return the three names."""
    names = ("AmVera", "AmVeraBd", "AmVeraIt")
    if names[0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in zip(names, ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf"), strict=True):
            pdfmetrics.registerFont(TTFont(name, file))
        pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[2],
                                      boldItalic=names[1])  # fmt: skip
    return names


REGULAR, BOLD, ITALIC = _fonts()
TEXT = ParagraphStyle("AmBody", parent=BODY, fontName=REGULAR, fontSize=9.6, leading=13.2, spaceAfter=5)
CELL = ParagraphStyle("AmCell", parent=TEXT, fontSize=8.2, leading=10.2, spaceAfter=0)
FIGURE = ParagraphStyle("AmFigure", parent=CELL, alignment=2)
HEAD_CELL = ParagraphStyle("AmHeadCell", parent=CELL, fontName=BOLD, textColor=colors.white)
HEAD_FIGURE = ParagraphStyle("AmHeadFigure", parent=HEAD_CELL, alignment=2)
TITLE = ParagraphStyle(
    "AmTitle", parent=TEXT, fontName=BOLD, fontSize=18, leading=23, textColor=SLATE, spaceAfter=2
)
SUBTITLE = ParagraphStyle("AmSubtitle", parent=TEXT, fontName=ITALIC, fontSize=11, leading=14, spaceAfter=8)
HEADING = ParagraphStyle(
    "AmHeading", parent=TEXT, fontName=BOLD, fontSize=12, leading=15, textColor=SLATE, spaceBefore=9,
    spaceAfter=4,
)  # fmt: skip
MINOR = ParagraphStyle("AmMinor", parent=HEADING, fontSize=10, leading=13, spaceBefore=5, spaceAfter=2)
NUMBERED = ParagraphStyle("AmNumbered", parent=TEXT, leftIndent=GUTTER, firstLineIndent=-GUTTER)
CAPTION = ParagraphStyle("AmCaption", parent=TEXT, fontName=ITALIC, fontSize=8.6, leading=11, spaceBefore=4)
NOTICE = ParagraphStyle(
    "AmNotice", parent=TEXT, fontName=BOLD, fontSize=8.4, leading=11, textColor=colors.white,
    backColor=SLATE, borderPadding=6, spaceAfter=14,
)  # fmt: skip


@dataclass(frozen=True)
class Furniture:
    """The header's right-hand title, and whether to draw the logo block; the footer is fixed."""

    heading: Line
    logo: bool = True
    marking: str = "OFFICIAL"


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait"
) -> Path:
    """Lay `story` out into `path`, starting on the template named `first` (portrait, columns, landscape)."""
    return write_counted(path, lambda total: _layout(story, meta, furniture, first, total))


def _layout(story: StoryMaker, meta: Meta, furniture: Furniture, first: str, total: int) -> bytes:
    def running(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if furniture.logo:
            canvas.setFillColor(SLATE)
            canvas.rect(EDGE, height - 50, 44, 20, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(BOLD, 9)
            canvas.drawCentredString(EDGE + 22, height - 43, "AMSCB")
            canvas.setFillColor(SLATE)
            canvas.setFont(REGULAR, 7.4)
            canvas.drawString(EDGE + 50, height - 38, "Ashwick and Mardle")
            canvas.drawString(EDGE + 50, height - 47, "Safer Communities Board")
        canvas.setFillColor(colors.Color(0.25, 0.25, 0.25))
        canvas.setFont(ITALIC, 8)
        canvas.drawRightString(width - EDGE, height - 43, furniture.heading(page, total))
        canvas.setStrokeColor(SLATE)
        canvas.setLineWidth(0.8)
        canvas.line(EDGE, height - 56, width - EDGE, height - 56)
        canvas.setLineWidth(0.3)
        canvas.line(EDGE, height - 58.5, width - EDGE, height - 58.5)
        canvas.line(EDGE, 40, width - EDGE, 40)
        canvas.setFillColor(colors.black)
        canvas.setFont(BOLD, 8)
        canvas.drawString(EDGE, 28, furniture.marking)
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(width - EDGE, 28, f"page {page} of {total}")
        canvas.restoreState()

    templates = three_templates(running, EDGE, EDGE, FOOT, TOP, 22)
    return meta.build(story, templates, first)


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def title(text: str, subtitle: str = "") -> list[Paragraph]:
    return [Paragraph(text, TITLE)] + ([Paragraph(subtitle, SUBTITLE)] if subtitle else [])


def heading(number: str, text: str) -> Paragraph:
    """A section heading: "3 Our priorities" (number and name, no full stop)."""
    return Paragraph(f"{number}&nbsp;&nbsp;{text}" if number else text, HEADING)


def minor(text: str) -> Paragraph:
    return Paragraph(text, MINOR)


def para(number: str, text: str, style: ParagraphStyle = NUMBERED) -> Paragraph:
    """A numbered paragraph, its number ("3.4") hung in the gutter."""
    return Paragraph(f"{number}<tab/>{text}".replace("<tab/>", "&nbsp;" * 4), style)


def caption(text: str) -> Paragraph:
    return Paragraph(text, CAPTION)


def notice() -> Paragraph:
    """The fictional-document notice, white on slate."""
    return Paragraph(FICTIONAL, NOTICE)


def dashes(items: Sequence[str], numbered: bool = False, style: ParagraphStyle = TEXT) -> ListFlowable:
    """A list whose items open with an en dash, or lettered (a), (b), ..."""
    flow = [ListItem(Paragraph(item, style), leftIndent=GUTTER) for item in items]
    if numbered:
        return ListFlowable(flow, bulletType="a", bulletFormat="(%s)", leftIndent=GUTTER, bulletFontSize=9)
    return ListFlowable(flow, bulletType="bullet", start="–", leftIndent=GUTTER, bulletFontSize=9)


def zebra(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Sequence[int] = (),
    total_row: bool = False,
    repeat: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A striped table: a slate header row in white, every other body row shaded, a thin box; the columns
    in `figures` set right; a bold last row when `total_row`."""
    cells = []
    for r, row in enumerate(rows):
        line = []
        for c, cell in enumerate(row):
            if r == 0:
                style = HEAD_FIGURE if c in figures else HEAD_CELL
            else:
                style = FIGURE if c in figures else CELL
            text = f"<b>{cell}</b>" if total_row and r == len(rows) - 1 and r else str(cell)
            line.append(Paragraph(text, style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=1 if repeat else 0, hAlign="LEFT")
    style_rules: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), SLATE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        ("BOX", (0, 0), (-1, -1), 0.5, SLATE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if total_row:
        style_rules.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, SLATE))
    table.setStyle(TableStyle([*style_rules, *extra]))
    return table


def pounds(amount: int) -> str:
    """£45,000 style: whole pounds."""
    return f"£{amount:,}"


def thousands(amount: int) -> str:
    """£7.5k style: thousands of pounds, one decimal unless whole ("£24k")."""
    value = amount / 1000
    return f"£{value:.0f}k" if value == int(value) else f"£{value:.1f}k"
