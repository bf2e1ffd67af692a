"""Partnership I's page furniture, unlike common.py's, drayhurst_layout.py's, ravensholt_layout.py's and
pellingham_layout.py's: a short line at the top left and "Page N" (or "Page N of M") at the top right over a
hairline; a filled moss-green band across the foot of the page with the document reference and date in
white at its left and the partnership's short name at its right; numbered headings ("2.", "2.3") in a
condensed bold moss green with a rule under the top level, run-in bold headings for prose, and "rule"
tables in the booktabs manner (a heavy rule above and below, a light one under the header, no vertical
rules, figures set right). Portrait, two-column portrait and landscape templates; laid out twice with
`common.write_counted` so a line can state the page count. A notice to be scanned leaves the band out."""

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
MOSS = colors.Color(0.24, 0.36, 0.2)
PALE = colors.Color(0.95, 0.93, 0.8)
BAND = 26.0
SIDE, FOOT, TOP = 54.0, 58.0, 56.0
TEXT = ParagraphStyle(
    "HarBody", parent=BODY, fontName="Times-Roman", fontSize=10.6, leading=13.8, spaceAfter=6
)
CELL = ParagraphStyle("HarCell", parent=TEXT, fontName="Helvetica", fontSize=8.4, leading=10.2, spaceAfter=0)
FIGURE = ParagraphStyle("HarFigure", parent=CELL, alignment=2)
HEAD_CELL = ParagraphStyle("HarHeadCell", parent=CELL, fontName="Helvetica-Bold")
HEAD_FIGURE = ParagraphStyle("HarHeadFigure", parent=HEAD_CELL, alignment=2)
TITLE = ParagraphStyle(
    "HarTitle", parent=TEXT, fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=MOSS, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "HarSubtitle", parent=TEXT, fontName="Helvetica", fontSize=12, leading=15, textColor=colors.grey
)
SECTION = ParagraphStyle(
    "HarSection", parent=TEXT, fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=MOSS,
    spaceBefore=10, spaceAfter=4, borderColor=MOSS, borderWidth=0, borderPadding=(0, 0, 2, 0),
)  # fmt: skip
SUBSECTION = ParagraphStyle(
    "HarSubsection", parent=SECTION, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2
)
LABEL = ParagraphStyle(
    "HarLabel", parent=TEXT, fontName="Helvetica-Bold", fontSize=8.2, leading=10.4, backColor=PALE,
    borderColor=MOSS, borderWidth=0.8, borderPadding=5, spaceAfter=12,
)  # fmt: skip


@dataclass(frozen=True)
class Furniture:
    """The top-left line, the top-right line, and the band's left and right lines (no band when both None)."""

    top_left: Line | None = None
    top_right: Line | None = None
    band_left: Line | None = None
    band_right: Line | None = None


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
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
        if furniture.top_left:
            canvas.drawString(SIDE, height - 34, furniture.top_left(page, total))
        if furniture.top_right:
            canvas.setFont("Helvetica-Bold", 8.5)
            canvas.drawRightString(width - SIDE, height - 34, furniture.top_right(page, total))
        if furniture.top_left or furniture.top_right:
            canvas.setStrokeColor(colors.grey)
            canvas.setLineWidth(0.3)
            canvas.line(SIDE, height - 39, width - SIDE, height - 39)
        if furniture.band_left or furniture.band_right:
            canvas.setFillColor(MOSS)
            canvas.rect(0, 14, width, BAND, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica", 7.8)
            if furniture.band_left:
                canvas.drawString(SIDE, 24, furniture.band_left(page, total))
            if furniture.band_right:
                canvas.setFont("Helvetica-Bold", 7.8)
                canvas.drawRightString(width - SIDE, 24, furniture.band_right(page, total))
        canvas.restoreState()

    templates = three_templates(running, SIDE, SIDE, FOOT, TOP, 20)
    return meta.build(story, templates, first)


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def title(text: str, subtitle: str = "") -> list[Paragraph]:
    return [Paragraph(text, TITLE)] + ([Paragraph(subtitle, SUBTITLE)] if subtitle else [])


def section(number: str, text: str) -> Paragraph:
    """A numbered top-level heading: "2. Our priorities"."""
    return Paragraph(f"{number}. {text}", SECTION)


def subsection(number: str, text: str) -> Paragraph:
    """A numbered subsection heading: "2.3 Domestic abuse"."""
    return Paragraph(f"{number} {text}", SUBSECTION)


def run_in(heading: str, text: str) -> Paragraph:
    """A paragraph that opens with its own bold heading: "<b>Heading.</b> Text"."""
    return Paragraph(f"<b>{heading}.</b> {text}", TEXT)


def label() -> Paragraph:
    """The fictional-document notice on a pale fill in a moss frame."""
    return Paragraph(FICTIONAL, LABEL)


def ticks(items: Sequence[str], numbered: bool = False) -> ListFlowable:
    """A list whose items open with a small square, or numbered (1), (2), ..."""
    flow = [ListItem(Paragraph(item, TEXT), leftIndent=14) for item in items]
    if numbered:
        return ListFlowable(flow, bulletType="1", bulletFormat="(%s)", leftIndent=20, bulletFontSize=10)
    return ListFlowable(flow, bulletType="bullet", start="›", leftIndent=16, bulletFontSize=9)


def rules(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Sequence[int] = (),
    repeat: bool = True,
    bold_last: bool = False,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A rule table: heavy rules above and below, a light rule under the bold header row, no verticals; the
    columns in `figures` set right; the header repeats over a page break when `repeat`."""
    cells = []
    for r, row in enumerate(rows):
        line = []
        for c, cell in enumerate(row):
            if r == 0:
                cell_style = HEAD_FIGURE if c in figures else HEAD_CELL
            else:
                cell_style = FIGURE if c in figures else CELL
            text = f"<b>{cell}</b>" if bold_last and r == len(rows) - 1 and r else str(cell)
            line.append(Paragraph(text, cell_style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=1 if repeat else 0, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("LINEABOVE", (0, 0), (-1, 0), 1.3, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1.3, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if bold_last:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black))
    table.setStyle(TableStyle([*style, *extra]))
    return table


def gbp(amount: int) -> str:
    """£45,000 style: whole pounds."""
    return f"£{amount:,}"
