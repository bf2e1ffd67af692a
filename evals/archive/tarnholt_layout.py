"""Partnership P's page furniture, unlike common.py's and the other partnerships' layout modules: set in
the standard fourteen in a combination none of the others uses (Helvetica for text and table cells,
Times Bold for headings, Courier for references); page 1 opens under a full-width indigo panel bleeding
off the top edge with the partnership's name reversed out in white and the document's short name in
rust; later pages carry a "book" running head that alternates: the partnership's name at the left of
even pages, the document's short name at the right of odd ones, each beside a small rust square over
an indigo hairline. The folio sits in the outer corner of the foot as "2 / 7" (right on odd pages, left
on even ones) with the document's reference centred between, in Courier. Headings are Times Bold in
indigo with a hairline running on from the end of the words to the right edge of the column, their
number ("§3", "42/23", "4") in rust before them. Tables are "column-banded": no vertical or
horizontal rules inside, alternate COLUMNS tinted lavender, a heavy indigo rule above and below the
table and a thin rust rule under a bold indigo header (repeated over a page break), totals on lavender
over an indigo rule; or "boxed": an indigo frame with dashed grey rules between rows. Portrait,
two-column portrait and landscape templates; laid out twice with `common.write_counted` so the folio
can state the page count. A form to be scanned has no running lines."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
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

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker, write_counted
from evals.archive.names import TARNHOLT

INDIGO = colors.Color(0.18, 0.16, 0.43)
INDIGO_HEX = "#2E296E"
RUST = colors.Color(0.71, 0.33, 0.16)
RUST_HEX = "#B5542A"
LAVENDER = colors.Color(0.93, 0.92, 0.97)
DASH_GREY = colors.Color(0.62, 0.62, 0.66)
INK = colors.Color(0.1, 0.1, 0.14)
GREY = colors.Color(0.4, 0.4, 0.45)
LEFT, RIGHT, TOP, FOOT, GUTTER = 58.0, 58.0, 88.0, 60.0, 20.0
PANEL = 74.0  # the height of page 1's indigo panel

SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC = (
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    ("Helvetica-BoldOblique"),
)
SERIF_BOLD, SERIF_ITALIC, MONO = "Times-Bold", "Times-Italic", "Courier"

TEXT = ParagraphStyle(
    "TnText", parent=BODY, fontName=SANS, fontSize=9.6, leading=13.4, spaceAfter=6, textColor=INK
)
SMALL = ParagraphStyle("TnSmall", parent=TEXT, fontSize=8.4, leading=10.6, spaceAfter=3)
CELL = ParagraphStyle("TnCell", parent=TEXT, fontSize=8.3, leading=10.2, spaceAfter=0)
FIGURE = ParagraphStyle("TnFigure", parent=CELL, alignment=2)
HEAD_CELL = ParagraphStyle("TnHeadCell", parent=CELL, fontName=SANS_BOLD, textColor=INDIGO)
HEAD_FIGURE = ParagraphStyle("TnHeadFigure", parent=HEAD_CELL, alignment=2)
TITLE = ParagraphStyle(
    "TnTitle", parent=TEXT, fontName=SERIF_BOLD, fontSize=23, leading=27, textColor=INDIGO, spaceAfter=3
)
SUBTITLE = ParagraphStyle(
    "TnSubtitle", parent=TEXT, fontName=SERIF_ITALIC, fontSize=12.5, leading=16, textColor=RUST, spaceAfter=12
)
SUBHEAD = ParagraphStyle(
    "TnSubhead", parent=TEXT, fontName=SANS_BOLD_ITALIC, fontSize=9.8, leading=12.4, textColor=RUST,
    spaceBefore=5, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
CAPTION = ParagraphStyle(
    "TnCaption", parent=TEXT, fontName=SANS_BOLD, fontSize=8.4, leading=10.6, textColor=INDIGO, spaceBefore=5,
    spaceAfter=3, keepWithNext=1,
)  # fmt: skip
LOOSE_CAPTION = ParagraphStyle("TnLooseCaption", parent=CAPTION, keepWithNext=0)
NOTE = ParagraphStyle("TnNote", parent=TEXT, fontName=SANS_ITALIC, fontSize=7.8, leading=9.8, textColor=GREY)
NOTICE = ParagraphStyle(
    "TnNotice",
    parent=TEXT,
    fontName=SANS_BOLD_ITALIC,
    fontSize=8.2,
    leading=10.8,
    textColor=RUST,
    borderColor=RUST,
    borderWidth=0.8,
    borderPadding=(5, 7, 5, 7),
    spaceBefore=4,
    spaceAfter=14,
)
RESOLVED = ParagraphStyle(
    "TnResolved", parent=TEXT, leftIndent=22, borderColor=INDIGO, borderWidth=0, spaceBefore=2, spaceAfter=7
)
TYPED = ParagraphStyle("TnTyped", parent=TEXT, fontSize=10.2, leading=14.6, spaceAfter=8)


@dataclass(frozen=True)
class Furniture:
    """What the running lines say: `short` on page 1's panel and odd pages' head, `reference` at the
    foot; `form` leaves every running line and the panel out."""

    short: str
    reference: str
    form: bool = False


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "page"
) -> Path:
    """Lay `story` out into `path`, starting on the template named `first` (page, twocol, wide); laid out
    twice so the folio can state the page count."""

    def layout(total: int) -> bytes:
        return meta.build(story, _templates(_running(furniture, total)), first)

    return write_counted(path, layout)


def _running(furniture: Furniture, total: int) -> Any:
    def running(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.form:
            return
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            canvas.setFillColor(INDIGO)
            canvas.rect(0, height - PANEL, width, PANEL, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(SANS_BOLD, 12.5)
            canvas.drawString(LEFT, height - 34, TARNHOLT)
            canvas.setFillColor(colors.Color(0.96, 0.7, 0.55))
            canvas.setFont(SANS_BOLD_ITALIC, 9)
            canvas.drawString(LEFT, height - 52, furniture.short)
        else:
            canvas.setStrokeColor(INDIGO)
            canvas.setLineWidth(0.5)
            canvas.line(LEFT, height - 44, width - RIGHT, height - 44)
            canvas.setFillColor(RUST)
            canvas.setFont(SANS, 8)
            if page % 2 == 0:
                canvas.rect(LEFT, height - 38.5, 5, 5, stroke=0, fill=1)
                canvas.setFillColor(INDIGO)
                canvas.drawString(LEFT + 9, height - 38, TARNHOLT)
            else:
                canvas.rect(width - RIGHT - 5, height - 38.5, 5, 5, stroke=0, fill=1)
                canvas.setFillColor(INDIGO)
                canvas.drawRightString(width - RIGHT - 9, height - 38, furniture.short)
        canvas.setFillColor(GREY)
        canvas.setFont(MONO, 7.4)
        canvas.drawCentredString(width / 2, 30, furniture.reference)
        canvas.setFillColor(INDIGO)
        canvas.setFont(SANS_BOLD, 9)
        folio = f"{page} / {total}"
        if page % 2 == 1:
            canvas.drawRightString(width - RIGHT, 30, folio)
        else:
            canvas.drawString(LEFT, 30, folio)
        canvas.restoreState()

    return running


def _templates(running: Any) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    column = (inner_w - GUTTER) / 2
    return [
        PageTemplate("page", [Frame(LEFT, FOOT, inner_w, inner_h, id="page")], onPage=running),
        PageTemplate(
            "twocol",
            [
                Frame(LEFT, FOOT, column, inner_h, id="left"),
                Frame(LEFT + column + GUTTER, FOOT, column, inner_h, id="right"),
            ],
            onPage=running,
        ),
        PageTemplate(
            "wide",
            [Frame(LEFT, FOOT, land_w - LEFT - RIGHT, land_h - TOP - FOOT, id="wide")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


class Heading(Flowable):
    """A heading in Times Bold indigo, its number in rust before it, with a hairline running on from the
    end of the words to the right edge of the column."""

    def __init__(self, number: str, text: str, size: float = 13.0) -> None:
        super().__init__()
        self.number, self.text, self.size = number, text, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.size + 8
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        x = 0.0
        if self.number:
            canvas.setFillColor(RUST)
            canvas.setFont(SANS_BOLD, self.size - 1.5)
            canvas.drawString(0, 4, self.number)
            x = canvas.stringWidth(self.number, SANS_BOLD, self.size - 1.5) + 7
        canvas.setFillColor(INDIGO)
        canvas.setFont(SERIF_BOLD, self.size)
        canvas.drawString(x, 4, self.text)
        end = x + canvas.stringWidth(self.text, SERIF_BOLD, self.size) + 6
        if end < self.width - 10:
            canvas.setStrokeColor(INDIGO)
            canvas.setLineWidth(0.45)
            canvas.line(end, 4 + self.size * 0.3, self.width, 4 + self.size * 0.3)
        canvas.restoreState()

    def getSpaceBefore(self) -> float:
        return 9.0

    def getSpaceAfter(self) -> float:
        return 4.0

    def getKeepWithNext(self) -> bool:
        return True


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def title(text: str, subtitle: str = "") -> list[Flowable]:
    return [p(text, TITLE)] + ([p(subtitle, SUBTITLE)] if subtitle else [])


def heading(number: str, text: str, size: float = 13.0) -> Heading:
    return Heading(number, text, size)


def subhead(text: str) -> Paragraph:
    return p(text, SUBHEAD)


def caption(text: str, keep: bool = True) -> Paragraph:
    """A table's caption, kept with the table unless `keep` is False (then the table may start on the
    same page and run over the break)."""
    return p(text, CAPTION if keep else LOOSE_CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def notice() -> Paragraph:
    """The fictional-document notice: rust italics in a thin rust frame."""
    return p(FICTIONAL, NOTICE)


def resolved(text: str) -> Paragraph:
    """A decision set in from the left, the word RESOLVED in indigo capitals before it."""
    return p(f'<font name="{SANS_BOLD}" color="{INDIGO_HEX}">RESOLVED</font> – {text}', RESOLVED)


def listing(items: Sequence[str], numbered: str = "", style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items marked with a small rust square, or numbered in the format `numbered` ("%s)", "(%s)")."""
    flow = [ListItem(p(item, style), leftIndent=15) for item in items]
    if numbered:
        return ListFlowable(
            flow, bulletType="1", bulletFormat=numbered, leftIndent=15, bulletFontName=SANS_BOLD,
            bulletFontSize=9, bulletColor=RUST,
        )  # fmt: skip
    return ListFlowable(
        flow, bulletType="bullet", start="square", leftIndent=13, bulletFontSize=5, bulletColor=RUST,
        bulletOffsetY=-2,
    )  # fmt: skip


def banded(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    totals: Collection[int] = (),
    header_rows: int = 1,
    boxed: bool = False,
) -> Table:
    """A column-banded table (alternate columns lavender, heavy indigo rules above and below, a rust
    rule under the bold header, totals on lavender over an indigo rule), or with `boxed` an indigo
    frame and dashed grey rules between rows; header rows repeat over a page break."""
    cells = []
    for r, row in enumerate(rows):
        line: list[Paragraph] = []
        for c, cell in enumerate(row):
            if r < header_rows:
                style = HEAD_FIGURE if c in figures else HEAD_CELL
            else:
                style = FIGURE if c in figures else CELL
            text = f"<b>{cell}</b>" if r in totals and cell else str(cell)
            line.append(p(text, style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, RUST),
    ]
    if boxed:
        rules += [
            ("BOX", (0, 0), (-1, -1), 0.9, INDIGO),
            ("LINEBELOW", (0, header_rows), (-1, -2), 0.4, DASH_GREY, None, (2, 2)),
        ]
    else:
        rules += [
            ("LINEABOVE", (0, 0), (-1, 0), 1.8, INDIGO),
            ("LINEBELOW", (0, -1), (-1, -1), 1.8, INDIGO),
        ]
        for c in range(1, len(widths), 2):
            rules.append(("BACKGROUND", (c, 0), (c, -1), LAVENDER))
    for r in totals:
        rules += [("BACKGROUND", (0, r), (-1, r), LAVENDER), ("LINEABOVE", (0, r), (-1, r), 0.9, INDIGO)]
    table.setStyle(TableStyle(rules))
    return table


def pounds(amount: int) -> str:
    """£12,480 style: whole pounds."""
    return f"£{amount:,}"


def thousands(amount: float) -> str:
    """12.5 style: £k to one decimal place."""
    return f"{amount:,.1f}"
