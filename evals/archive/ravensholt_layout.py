"""Partnership G's page furniture, unlike common.py's and drayhurst_layout.py's: a filled teal band across
the top of every page with the document's running line in white inside it (left and right), a grey foot
line placed where the document wants it (centre or right), teal headings, "ledger" tables (a teal header
row in white, horizontal rules only, alternate rows shaded) and boxed figure tiles. Portrait and landscape
templates; laid out twice with `common.write_counted` so a line can state the page count."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker, write_counted

Line = Callable[[int, int], str]  # (page number, page count) -> text
TEAL = colors.Color(0.07, 0.36, 0.4)
PALE = colors.Color(0.92, 0.96, 0.96)
SIDE = 48.0
TEXT = ParagraphStyle("RavBody", parent=BODY, fontSize=10, leading=13.2)
CELL = ParagraphStyle("RavCell", parent=TEXT, fontSize=8.8, leading=10.8, spaceAfter=0)
HEAD_CELL = ParagraphStyle("RavHeadCell", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
TITLE = ParagraphStyle(
    "RavTitle", parent=TEXT, fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=TEAL, spaceAfter=4
)
HEADING = ParagraphStyle(
    "RavHeading", parent=TEXT, fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=TEAL,
    spaceBefore=8, spaceAfter=3,
)  # fmt: skip
LABEL = ParagraphStyle("RavLabel", parent=TEXT, fontName="Helvetica-Oblique", fontSize=8, leading=10)
TILE_FIGURE = ParagraphStyle(
    "RavFigure", parent=TEXT, fontName="Helvetica-Bold", fontSize=17, leading=20, textColor=TEAL, spaceAfter=1
)


@dataclass(frozen=True)
class Furniture:
    """The band's two lines (left, right) and the foot line, centred or at the right."""

    band_left: Line | None = None
    band_right: Line | None = None
    foot: Line | None = None
    foot_right: bool = False


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait"
) -> Path:
    """Lay `story` out into `path`, starting on the template named `first` ("portrait" or "landscape")."""
    return write_counted(path, lambda total: _layout(story, meta, furniture, first, total))


def _layout(story: StoryMaker, meta: Meta, furniture: Furniture, first: str, total: int) -> bytes:
    def running(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        canvas.setFillColor(TEAL)
        canvas.rect(0, height - 30, width, 30, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 8.5)
        if furniture.band_left:
            canvas.drawString(SIDE, height - 19, furniture.band_left(page, total))
        if furniture.band_right:
            canvas.drawRightString(width - SIDE, height - 19, furniture.band_right(page, total))
        if furniture.foot:
            canvas.setFillColor(colors.Color(0.4, 0.4, 0.4))
            canvas.setFont("Helvetica", 8)
            text = furniture.foot(page, total)
            if furniture.foot_right:
                canvas.drawRightString(width - SIDE, 24, text)
            else:
                canvas.drawCentredString(width / 2, 24, text)
        canvas.restoreState()

    width, height = A4
    land_w, land_h = landscape(A4)
    templates = [
        PageTemplate("portrait", [Frame(SIDE, 40, width - 2 * SIDE, height - 84)], onPage=running),
        PageTemplate(
            "landscape",
            [Frame(SIDE, 40, land_w - 2 * SIDE, land_h - 84)],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]
    return meta.build(story, templates, first)


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def title(text: str) -> Paragraph:
    return Paragraph(text, TITLE)


def heading(text: str) -> Paragraph:
    return Paragraph(text, HEADING)


def label() -> Paragraph:
    """The fictional-document notice, as a small italic line under the band."""
    return Paragraph(FICTIONAL, LABEL)


def ledger(rows: Sequence[Sequence[str]], widths: Sequence[float], *, repeat: int = 1) -> Table:
    """A table with a teal header row in white, horizontal rules only and alternate rows shaded; the
    header rows repeat on every page the table runs onto."""
    cells = [
        [Paragraph(str(cell), HEAD_CELL if r < repeat else CELL) for cell in row]
        for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=list(widths), repeatRows=repeat, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, repeat - 1), TEAL),
        ("LINEBELOW", (0, repeat), (-1, -1), 0.3, colors.Color(0.7, 0.75, 0.75)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), PALE) for r in range(repeat + 1, len(rows), 2)]
    table.setStyle(TableStyle(style))
    return table


def tiles(figures: Sequence[tuple[str, str]], columns: int, width: float) -> Table:
    """Boxed figure tiles, `columns` to a row: a large figure over a short caption each."""
    cells: list[list[list[Flowable]]] = []
    for start in range(0, len(figures), columns):
        row = [[Paragraph(f, TILE_FIGURE), Paragraph(c, CELL)] for f, c in figures[start : start + columns]]
        cells.append(row + [[Paragraph("", CELL)]] * (columns - len(row)))
    table = Table(cells, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, TEAL),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, TEAL),
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def boxed(flowables: list[Flowable], width: float) -> Table:
    """Flowables inside a teal-edged box with a pale fill (a foreword or a note)."""
    box = Table([[flowables]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 4, TEAL),
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box
