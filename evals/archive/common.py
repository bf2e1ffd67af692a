"""Shared layout for the evaluation archive: page templates, running headers and footers, flowables.

Every document is drawn with reportlab's platypus on four page templates (one column portrait, two
columns portrait, one column landscape, and portrait with a shaded narrow sidebar on the left). Running
headers and footers that state the page count ("3 of 7") need the total, so a document is laid out
twice: once to count its pages, once to draw them.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
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
    Spacer,
    Table,
    TableStyle,
)

FICTIONAL = (
    "FICTIONAL DOCUMENT. Fictional document made for software testing: the partnership, places, "
    "people, organisations and figures in it are invented."
)
MARGIN = 50.0
Running = Callable[[int, int], str]  # (page number, page count) -> the line to print
StoryMaker = Callable[[], list[Flowable]]

_STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("ArchiveBody", parent=_STYLES["BodyText"], fontSize=10, leading=13, spaceAfter=5)
SMALL = ParagraphStyle("ArchiveSmall", parent=BODY, fontSize=8.5, leading=10.5)
H1 = ParagraphStyle("ArchiveH1", parent=_STYLES["Heading1"], fontSize=17, leading=21, spaceAfter=8)
H2 = ParagraphStyle("ArchiveH2", parent=_STYLES["Heading2"], fontSize=12.5, leading=16, spaceBefore=6)
BANNER = ParagraphStyle(
    "ArchiveBanner",
    parent=BODY,
    fontName="Helvetica-Bold",
    fontSize=9,
    leading=11,
    borderColor=colors.black,
    borderWidth=1,
    borderPadding=5,
    spaceAfter=12,
)


@dataclass(frozen=True)
class Meta:
    """What a PDF says about itself in its metadata."""

    title: str
    author: str
    subject: str = "Fictional document made for software testing"

    def build(self, story: StoryMaker, templates: list[PageTemplate], first: str, **margins: float) -> bytes:
        """The A4 document of `story` on `templates`, starting on the one named `first`, saying this of
        itself; the same bytes at every build."""
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            title=self.title,
            author=self.author,
            subject=self.subject,
            creator="evals.archive",
            invariant=1,
            **margins,
        )
        doc.addPageTemplates(sorted(templates, key=lambda t: t.id != first))
        doc.build(story())
        return buffer.getvalue()


def three_templates(
    running: Callable[[Canvas, BaseDocTemplate], None],
    left: float,
    right: float,
    foot: float,
    top: float,
    gutter: float,
) -> list[PageTemplate]:
    """One column portrait, two columns portrait `gutter` apart, one column landscape: A4 within the
    margins, each page drawn with `running`."""
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - left - right, height - foot - top
    column = (inner_w - gutter) / 2
    return [
        PageTemplate("portrait", [Frame(left, foot, inner_w, inner_h)], onPage=running),
        PageTemplate(
            "columns",
            [Frame(left, foot, column, inner_h), Frame(left + column + gutter, foot, column, inner_h)],
            onPage=running,
        ),
        PageTemplate(
            "landscape",
            [Frame(left, foot, land_w - left - right, land_h - foot - top)],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


def render(
    path: Path,
    story: StoryMaker,
    meta: Meta,
    *,
    header: Running | None = None,
    footer: Running | None = None,
    first: str = "one",
) -> Path:
    """Lay `story` out into `path` with running header and footer lines; `first` names the first template."""
    return write_counted(path, lambda total: _layout(story, meta, header, footer, first, total))


def write_counted(path: Path, layout: Callable[[int], bytes]) -> Path:
    """Lay a document out once to count its pages, then again with that count (a running line may
    state it: "page 2 of 3"), and write it to `path`."""
    total = len(PdfReader(io.BytesIO(layout(0))).pages)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(layout(total))
    return path


def _layout(
    story: StoryMaker, meta: Meta, header: Running | None, footer: Running | None, first: str, total: int
) -> bytes:
    def running(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header is not None:
            canvas.drawString(MARGIN, height - 32, header(document.page, total))
        if footer is not None:
            canvas.drawCentredString(width / 2, 26, footer(document.page, total))
        canvas.restoreState()

    margins = {
        "leftMargin": MARGIN,
        "rightMargin": MARGIN,
        "topMargin": MARGIN + 10,
        "bottomMargin": MARGIN + 5,
    }
    return meta.build(story, _templates(running), first, **margins)


def _templates(running: Callable[[Canvas, BaseDocTemplate], None]) -> list[PageTemplate]:
    width, height = A4
    inner_w, inner_h = width - 2 * MARGIN, height - 2 * MARGIN - 15
    gap = 18.0
    column = (inner_w - gap) / 2
    land_w, land_h = landscape(A4)
    side = 140.0

    def shaded(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.92, 0.93, 0.9))
        canvas.rect(MARGIN - 4, MARGIN - 4, side + 8, inner_h + 8, stroke=0, fill=1)
        canvas.restoreState()
        running(canvas, document)

    return [
        PageTemplate("one", [Frame(MARGIN, MARGIN, inner_w, inner_h, id="body")], onPage=running),
        PageTemplate(
            "two",
            [
                Frame(MARGIN, MARGIN, column, inner_h, id="left"),
                Frame(MARGIN + column + gap, MARGIN, column, inner_h, id="right"),
            ],
            onPage=running,
        ),
        PageTemplate(
            "land",
            [Frame(MARGIN, MARGIN, land_w - 2 * MARGIN, land_h - 2 * MARGIN - 15, id="wide")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
        # Sidebar first: a story fills it, then a FrameBreak moves on to the main column.
        PageTemplate(
            "side",
            [
                Frame(MARGIN, MARGIN, side, inner_h, id="sidebar"),
                Frame(MARGIN + side + gap, MARGIN, inner_w - side - gap, inner_h, id="main"),
            ],
            onPage=shaded,
        ),
    ]


def banner() -> Paragraph:
    """The label every invented document carries at the top of page 1."""
    return Paragraph(FICTIONAL, BANNER)


def h1(text: str) -> Paragraph:
    return Paragraph(text, H1)


def h2(text: str) -> Paragraph:
    return Paragraph(text, H2)


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def paras(*texts: str) -> list[Flowable]:
    return [Paragraph(t, BODY) for t in texts]


def gap(points: float = 8) -> Spacer:
    return Spacer(1, points)


def bullets(items: Sequence[str], numbered: bool = False) -> ListFlowable:
    """A bulleted (or numbered 1., 2., ...) list, one paragraph per item."""
    flow = [ListItem(Paragraph(item, BODY), leftIndent=14) for item in items]
    if numbered:
        return ListFlowable(flow, bulletType="1", bulletFormat="%s.", leftIndent=16, bulletFontSize=10)
    return ListFlowable(flow, bulletType="bullet", start="•", leftIndent=16, bulletFontSize=9)


def table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float] | None = None,
    *,
    header_rows: int = 1,
    font_size: float = 9,
    keep: bool = False,
) -> Flowable:
    """A ruled table whose header rows repeat on every page it runs onto."""
    style = SMALL if font_size < 9 else ParagraphStyle("Cell", parent=BODY, fontSize=font_size, spaceAfter=0)
    cells = [[Paragraph(str(cell), style) for cell in row] for row in rows]
    grid = Table(cells, colWidths=list(widths) if widths else None, repeatRows=header_rows, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.88, 0.9, 0.93)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return KeepTogether([grid]) if keep else grid


def styled_cells(rows: Sequence[Sequence[str]], figs: Collection[int], styles: tuple[Any, ...]) -> list[Any]:
    """Rows as paragraphs in one document's (header, header figure, cell, figure) styles: the first row
    its header, the columns in `figs` set as figures."""
    head_text, head_fig, text, fig = styles
    return [
        [
            Paragraph(
                str(cell), (head_fig if c in figs else head_text) if r == 0 else (fig if c in figs else text)
            )
            for c, cell in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]


def styled_table(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int], styles: Any
) -> Table:
    """`styled_cells` in a table whose header row repeats on every page it runs onto."""
    return Table(styled_cells(rows, figs, styles), colWidths=list(widths), repeatRows=1, hAlign="LEFT")


def bold_row(row: Sequence[str]) -> list[str]:
    """A header row: every cell in bold."""
    return [f"<b>{cell}</b>" for cell in row]


def money(amount: int) -> str:
    """£6,000 style."""
    return f"£{amount:,}"


def percent_change(before: int, after: int) -> str:
    """+21.0% style, one decimal."""
    return f"{(after - before) / before * 100:+.1f}%"


def per_thousand(count: int, population: int) -> str:
    """A rate per 1,000 residents, one decimal: 82.8."""
    return f"{count / population * 1000:.1f}"


def signed(value: int) -> str:
    """+528 or -123, thousands separated."""
    return f"{value:+,}"
