"""Partnership F's own page furniture, unlike the shared one in common.py: running lines at four corners
(left and right of the top and of the foot) over a thin red rule, a portrait template, a landscape one in
two columns and a plain landscape one, and Times for text and table cells. Laid out twice, like common.render,
so a line can state the page count (`common.write_counted`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from evals.archive.common import BODY, Meta, StoryMaker, write_counted

Line = Callable[[int, int], str]  # (page number, page count) -> text
EDGE = 42.0
SERIF = ParagraphStyle("DrayBody", parent=BODY, fontName="Times-Roman", fontSize=10.5, leading=13.5)
SERIF_SMALL = ParagraphStyle("DraySmall", parent=SERIF, fontSize=9, leading=11, spaceAfter=0)
SERIF_H1 = ParagraphStyle(
    "DrayH1", parent=SERIF, fontName="Times-Bold", fontSize=19, leading=23, spaceAfter=6
)
SERIF_H2 = ParagraphStyle(
    "DrayH2", parent=SERIF, fontName="Times-Bold", fontSize=12.5, leading=15, spaceBefore=7, spaceAfter=3
)


@dataclass(frozen=True)
class Furniture:
    """The four running lines; any may be left out."""

    top_left: Line | None = None
    top_right: Line | None = None
    foot_left: Line | None = None
    foot_right: Line | None = None


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait"
) -> Path:
    """Lay `story` out into `path`, starting on the template named `first`."""
    return write_counted(path, lambda total: _layout(story, meta, furniture, first, total))


def _layout(story: StoryMaker, meta: Meta, furniture: Furniture, first: str, total: int) -> bytes:
    def running(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        canvas.setFont("Times-Italic", 8.5)
        if furniture.top_left:
            canvas.drawString(EDGE, height - 28, furniture.top_left(page, total))
        if furniture.top_right:
            canvas.drawRightString(width - EDGE, height - 28, furniture.top_right(page, total))
        canvas.setStrokeColor(colors.Color(0.55, 0.2, 0.2))
        canvas.setLineWidth(0.6)
        canvas.line(EDGE, height - 33, width - EDGE, height - 33)
        if furniture.foot_left:
            canvas.drawString(EDGE, 22, furniture.foot_left(page, total))
        if furniture.foot_right:
            canvas.drawRightString(width - EDGE, 22, furniture.foot_right(page, total))
        canvas.restoreState()

    width, height = A4
    land_w, land_h = landscape(A4)
    body_h = height - 2 * EDGE - 20
    column = (land_w - 2 * EDGE - 24) / 2
    templates = [
        PageTemplate("portrait", [Frame(EDGE + 8, EDGE, width - 2 * EDGE - 16, body_h)], onPage=running),
        PageTemplate(
            "land2",
            [
                Frame(EDGE, EDGE, column, land_h - 2 * EDGE - 20, id="l"),
                Frame(EDGE + column + 24, EDGE, column, land_h - 2 * EDGE - 20, id="r"),
            ],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
        PageTemplate(
            "land",
            [Frame(EDGE, EDGE, land_w - 2 * EDGE, land_h - 2 * EDGE - 20)],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]
    return meta.build(story, templates, first)


def p(text: str, style: ParagraphStyle = SERIF) -> Paragraph:
    return Paragraph(text, style)


def title(text: str) -> Paragraph:
    return Paragraph(text, SERIF_H1)


def heading(text: str) -> Paragraph:
    return Paragraph(text, SERIF_H2)


def grid(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    repeat: int = 1,
    shade: tuple[float, float, float] = (0.93, 0.88, 0.86),
    zebra: bool = False,
) -> Table:
    """A table in Times with horizontal rules only; the first `repeat` rows repeat after a page break."""
    cells = [[Paragraph(str(cell), SERIF_SMALL) for cell in row] for row in rows]
    table = Table(cells, colWidths=list(widths), repeatRows=repeat, hAlign="LEFT")
    style = [
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.Color(0.55, 0.2, 0.2)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.Color(0.6, 0.6, 0.6)),
        ("BACKGROUND", (0, 0), (-1, repeat - 1), colors.Color(*shade)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if zebra:
        style += [
            ("BACKGROUND", (0, row), (-1, row), colors.Color(0.97, 0.96, 0.94))
            for row in range(repeat + 1, len(rows), 2)
        ]
    table.setStyle(TableStyle(style))
    return table


def boxed(flowables: list[Flowable], width: float) -> Table:
    """Flowables in a ruled box (a highlight panel)."""
    box = Table([[flowables]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.Color(0.55, 0.2, 0.2)),
                ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.98, 0.95, 0.93)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def pounds(amount: int) -> str:
    """9,250 (no pound sign: the column header carries it)."""
    return f"{amount:,}"
