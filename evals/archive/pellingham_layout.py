"""Partnership H's page furniture, unlike common.py's, drayhurst_layout.py's and ravensholt_layout.py's: a
plum bar down the left edge of the page with the running title in it, turned to read upwards; a small line
at the top right over a double rule; a foot line at the left and the page number in a filled plum box at the
bottom right. Tables are "framed grids" (a heavy plum frame, hairline inner rules, a plum rule under the
header rows and no fill) whose header rows repeat over a page break only when asked. Portrait, portrait in
two columns and landscape templates; laid out twice with `common.write_counted` so a line can state the page
count. A letter leaves the bar out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
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
PLUM = colors.Color(0.38, 0.16, 0.4)
HAIR = colors.Color(0.6, 0.6, 0.6)
BAR = 24.0
LEFT, RIGHT, FOOT, TOP = 60.0, 44.0, 46.0, 52.0
TEXT = ParagraphStyle("PelBody", parent=BODY, fontSize=9.8, leading=12.9, spaceAfter=5)
CELL = ParagraphStyle("PelCell", parent=TEXT, fontSize=8.6, leading=10.6, spaceAfter=0)
HEAD_CELL = ParagraphStyle("PelHeadCell", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle(
    "PelTitle", parent=TEXT, fontName="Times-Bold", fontSize=22, leading=26, textColor=PLUM, spaceAfter=2
)
SUBTITLE = ParagraphStyle("PelSubtitle", parent=TEXT, fontName="Times-Italic", fontSize=12.5, leading=16)
HEADING = ParagraphStyle(
    "PelHeading", parent=TEXT, fontName="Times-Bold", fontSize=13, leading=16, textColor=PLUM,
    spaceBefore=8, spaceAfter=3,
)  # fmt: skip
NOTICE = ParagraphStyle(
    "PelNotice", parent=TEXT, fontSize=7.8, leading=9.6, textColor=PLUM, borderColor=PLUM, borderWidth=0.6,
    borderPadding=4, spaceAfter=10,
)  # fmt: skip


@dataclass(frozen=True)
class Furniture:
    """The bar's running title (no bar when None), the top-right line, the foot line and the boxed number."""

    bar: Line | None = None
    top: Line | None = None
    foot: Line | None = None
    number: Line | None = None


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
        if furniture.bar:
            canvas.setFillColor(PLUM)
            canvas.rect(0, 0, BAR, height, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica-Bold", 9)
            canvas.saveState()
            canvas.translate(BAR - 8.5, 70)
            canvas.rotate(90)
            canvas.drawString(0, 0, furniture.bar(page, total))
            canvas.restoreState()
        canvas.setFillColor(colors.black)
        canvas.setFont("Helvetica", 7.8)
        if furniture.top:
            canvas.drawRightString(width - RIGHT, height - 30, furniture.top(page, total))
            canvas.setStrokeColor(PLUM)
            for y, weight in ((height - 35, 0.9), (height - 37.5, 0.4)):
                canvas.setLineWidth(weight)
                canvas.line(LEFT, y, width - RIGHT, y)
        if furniture.foot:
            canvas.drawString(LEFT, 22, furniture.foot(page, total))
        if furniture.number:
            text = furniture.number(page, total)
            box = max(20.0, canvas.stringWidth(text, "Helvetica-Bold", 8) + 8)
            canvas.setFillColor(PLUM)
            canvas.rect(width - RIGHT - box, 16, box, 16, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica-Bold", 8)
            canvas.drawCentredString(width - RIGHT - box / 2, 21, text)
        canvas.restoreState()

    templates = three_templates(running, LEFT, RIGHT, FOOT, TOP, 16)
    return meta.build(story, templates, first)


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def title(text: str, subtitle: str = "") -> list[Paragraph]:
    return [Paragraph(text, TITLE)] + ([Paragraph(subtitle, SUBTITLE)] if subtitle else [])


def heading(text: str) -> Paragraph:
    return Paragraph(text, HEADING)


def notice() -> Paragraph:
    """The fictional-document notice, framed in a thin plum rule."""
    return Paragraph(FICTIONAL, NOTICE)


def dashes(items: Sequence[str]) -> ListFlowable:
    """A list whose items each open with an en dash."""
    flow = [ListItem(Paragraph(item, TEXT), leftIndent=12) for item in items]
    return ListFlowable(flow, bulletType="bullet", start="–", leftIndent=14, bulletFontSize=10)


def grid(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    header: int = 1,
    repeat: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A framed grid: heavy plum frame, hairline inner rules, a plum rule under the `header` rows (set in
    bold); they repeat on every page the table runs onto when `repeat`."""
    cells = [
        [Paragraph(str(c), HEAD_CELL if r < header else CELL) for c in row] for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=list(widths), repeatRows=header if repeat else 0, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 1.2, PLUM),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, HAIR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("LINEBELOW", (0, header - 1), (-1, header - 1), 1.1, PLUM))
    table.setStyle(TableStyle([*style, *extra]))
    return table


def pounds(amount: float) -> str:
    """£4,875.25 style: pounds and pence."""
    return f"£{amount:,.2f}"
