"""Partnership X's page furniture, unlike common.py's and the other partnerships' layout modules: text in the
standard Times-Roman, headings in Helvetica-Bold in estuary teal with an ochre accent, table cells in
Helvetica. Page 1 opens with a masthead: a thick ochre rule across the top of the page, the partnership's
name in spaced teal capitals and the title under it; it has no running head. Later pages carry a running
head in the document's own way (left, centred or right, with or without a teal rule under it) and every
page a foot in the document's own way ("Page 3 of 5" at the right, "Annual Report 2024 to 2025 .... 3",
"SA24 / 3" and so on, each given as a format with {n} and {total}). Tables are "ruled": a pale teal header
row in teal bold between two teal rules, thin grey rules between body rows, no vertical rules, figures set
right, a totals row under a double rule. Portrait, two-column portrait and landscape templates; laid out
twice so a foot can state the page count. A form to be scanned has no running lines and is typed in
Courier inside boxes."""

from __future__ import annotations

import datetime
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
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

TEAL = colors.Color(0.04, 0.35, 0.39)
TEAL_HEX = "#0A5963"
OCHRE = colors.Color(0.8, 0.56, 0.14)
OCHRE_HEX = "#CC8F24"
PALE_TEAL = colors.Color(0.89, 0.94, 0.94)
RULE_GREY = colors.Color(0.72, 0.74, 0.75)
GREY = colors.Color(0.38, 0.4, 0.42)
INK = colors.Color(0.08, 0.1, 0.12)
LEFT, RIGHT, TOP, FOOT, GUTTER = 54.0, 54.0, 70.0, 60.0, 20.0

TEXT = ParagraphStyle(
    "StText", parent=BODY, fontName="Times-Roman", fontSize=10.4, leading=13.6, spaceAfter=6, textColor=INK
)
SMALL = ParagraphStyle("StSmall", parent=TEXT, fontSize=9.2, leading=11.6, spaceAfter=4)
NOTE = ParagraphStyle("StNote", parent=SMALL, fontName="Times-Italic", fontSize=8.6, textColor=GREY)
CELL = ParagraphStyle(
    "StCell", parent=TEXT, fontName="Helvetica", fontSize=7.9, leading=9.6, spaceAfter=0, textColor=INK
)
CELL_B = ParagraphStyle("StCellBold", parent=CELL, fontName="Helvetica-Bold")
HEAD_CELL = ParagraphStyle("StHeadCell", parent=CELL_B, textColor=TEAL)
HEAD_FIG = ParagraphStyle("StHeadFig", parent=HEAD_CELL, alignment=2)
FIG = ParagraphStyle("StFig", parent=CELL, alignment=2)
FIG_B = ParagraphStyle("StFigBold", parent=CELL_B, alignment=2)
MAST_NAME = ParagraphStyle(
    "StMastName", parent=TEXT, fontName="Helvetica-Bold", fontSize=8.6, leading=11, textColor=TEAL
)
MAST_TITLE = ParagraphStyle(
    "StMastTitle", parent=TEXT, fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=INK,
    spaceBefore=2, spaceAfter=4,
)  # fmt: skip
MAST_SUB = ParagraphStyle(
    "StMastSub", parent=TEXT, fontName="Times-Italic", fontSize=11, leading=14, textColor=GREY, spaceAfter=8
)
HEADING = ParagraphStyle(
    "StHeading",
    parent=TEXT,
    fontName="Helvetica-Bold",
    fontSize=12,
    leading=15,
    textColor=TEAL,
    spaceBefore=9,
    spaceAfter=4,
    keepWithNext=1,
)
SUBHEADING = ParagraphStyle(
    "StSubheading",
    parent=TEXT,
    fontName="Helvetica-Bold",
    fontSize=9.8,
    leading=12.4,
    textColor=INK,
    spaceBefore=5,
    spaceAfter=2,
    keepWithNext=1,
)
CAPTION = ParagraphStyle(
    "StCaption",
    parent=SMALL,
    fontName="Helvetica-Oblique",
    fontSize=8.2,
    textColor=TEAL,
    spaceBefore=6,
    spaceAfter=3,
    keepWithNext=1,
)
NOTICE = ParagraphStyle(
    "StNotice",
    parent=TEXT,
    fontName="Helvetica",
    fontSize=8,
    leading=10.4,
    textColor=INK,
    backColor=PALE_TEAL,
    borderColor=TEAL,
    borderWidth=0.5,
    borderPadding=(5, 6, 5, 6),
    spaceBefore=4,
    spaceAfter=14,
)
TYPED = ParagraphStyle("StTyped", parent=TEXT, fontName="Courier", fontSize=9.4, leading=12.4, spaceAfter=5)
TYPED_B = ParagraphStyle("StTypedBold", parent=TYPED, fontName="Courier-Bold")
TYPED_CELL = ParagraphStyle("StTypedCell", parent=TYPED, fontSize=8.6, leading=10.8, spaceAfter=0)
TYPED_CELL_B = ParagraphStyle("StTypedCellBold", parent=TYPED_CELL, fontName="Courier-Bold")


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def full_date(iso: str) -> str:
    """ "Wednesday 12 June 2024"."""
    d = day(iso)
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


def long_date(iso: str) -> str:
    """ "12 June 2024"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def dotted_date(iso: str) -> str:
    """The tables' style here: "12.06.2024"."""
    return day(iso).strftime("%d.%m.%Y")


def slash_date(iso: str) -> str:
    """ "12/06/24"."""
    return day(iso).strftime("%d/%m/%y")


def pounds(amount: int) -> str:
    """£12,400."""
    return f"£{amount:,}"


def pence(amount: int) -> str:
    """£12,400.00, as a finance table writes it."""
    return f"£{amount:,}.00"


def in_k(amount: int) -> str:
    """12.4, 1.75, 6.0: thousands for a column headed £k, at least one decimal."""
    text = f"{amount / 1000:.2f}"
    return text[:-1] if text.endswith("0") else text


def bare(amount: int) -> str:
    """12,400, for a column headed £."""
    return f"{amount:,}"


@dataclass(frozen=True)
class Furniture:
    """The running lines. `head` is printed on pages after the first, placed by `head_at` ("left",
    "centre" or "right"), with a teal rule under it when `rule`; `foot` is a format with {n} and {total},
    placed by `foot_at`; with `leader` the foot's words sit at the left and the folio at the right with a
    dotted leader between. `plain` leaves every running line out (a form to be scanned)."""

    head: str
    foot: str = "Page {n} of {total}"
    head_at: str = "left"
    foot_at: str = "right"
    rule: bool = True
    leader: bool = False
    plain: bool = False


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait"
) -> Path:
    """Lay `story` out into `path` starting on the template named `first`: once to count the pages, once
    to draw them."""
    counted = meta.build(story, _templates(furniture, 0), first)
    total = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture, total), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _place(canvas: Canvas, where: str, y: float, text: str, width: float) -> None:
    if where == "centre":
        canvas.drawCentredString(width / 2, y, text)
    elif where == "right":
        canvas.drawRightString(width - RIGHT, y, text)
    else:
        canvas.drawString(LEFT, y, text)


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.plain:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        if document.page == 1:
            canvas.setFillColor(OCHRE)
            canvas.rect(0, height - 14, width, 14, stroke=0, fill=1)
        else:
            canvas.setFont("Helvetica", 7.6)
            canvas.setFillColor(TEAL)
            _place(canvas, furniture.head_at, height - 38, furniture.head, width)
            if furniture.rule:
                canvas.setStrokeColor(TEAL)
                canvas.setLineWidth(0.5)
                canvas.line(LEFT, height - 44, width - RIGHT, height - 44)
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 7.8)
        folio = furniture.foot.format(n=document.page, total=total)
        if furniture.leader:
            canvas.drawString(LEFT, 28, folio)
            canvas.drawRightString(width - RIGHT, 28, str(document.page))
            canvas.setStrokeColor(RULE_GREY)
            canvas.setDash(1, 2)
            canvas.line(LEFT + canvas.stringWidth(folio, "Helvetica", 7.8) + 6, 29, width - RIGHT - 12, 29)
        else:
            _place(canvas, furniture.foot_at, 28, folio, width)
        canvas.restoreState()

    return draw


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    column = (inner_w - GUTTER) / 2
    running = _running(furniture, total)
    return [
        PageTemplate("portrait", [Frame(LEFT, FOOT, inner_w, inner_h, id="portrait")], onPage=running),
        PageTemplate(
            "columns",
            [
                Frame(LEFT, FOOT, column, inner_h, id="left"),
                Frame(LEFT + column + GUTTER, FOOT, column, inner_h, id="right"),
            ],
            onPage=running,
        ),
        PageTemplate(
            "landscape",
            [Frame(LEFT, FOOT, land_w - LEFT - RIGHT, land_h - TOP - FOOT, id="landscape")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def masthead(name: str, title: str, subtitle: str = "") -> list[Flowable]:
    """Page 1's masthead under the ochre rule: the name in spaced capitals, the title, a subtitle, and the
    fictional-document notice in a pale teal box."""
    spaced = "&nbsp;".join(name.upper())
    out: list[Flowable] = [p(spaced, MAST_NAME), p(title, MAST_TITLE)]
    if subtitle:
        out.append(p(subtitle, MAST_SUB))
    out.append(p(FICTIONAL, NOTICE))
    return out


def heading(text: str, number: str = "") -> Paragraph:
    """A teal heading, after its number in ochre if it has one."""
    if number:
        text = f'<font color="{OCHRE_HEX}">{number}</font>&nbsp;&nbsp;{text}'
    return p(text, HEADING)


def subheading(text: str) -> Paragraph:
    return p(text, SUBHEADING)


def caption(text: str) -> Paragraph:
    return p(text, CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def bullets(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items after small ochre squares."""
    flow = [ListItem(p(item, style), leftIndent=13) for item in items]
    return ListFlowable(
        flow, bulletType="bullet", start="\u25aa", leftIndent=13, bulletFontName="Helvetica",
        bulletFontSize=9, bulletColor=OCHRE,
    )  # fmt: skip


def numbered(
    items: Sequence[str], style: ParagraphStyle = TEXT, kind: str = "1", form: str = "%s."
) -> ListFlowable:
    """Items numbered 1., 2., ... (or, with `kind` "a" and `form` "(%s)", (a), (b), ...)."""
    flow = [ListItem(p(item, style), leftIndent=22) for item in items]
    return ListFlowable(
        flow, bulletType=kind, bulletFormat=form, leftIndent=22, bulletFontName="Times-Roman",
        bulletFontSize=10,
    )  # fmt: skip


def ruled(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    total: bool = False,
    first_bold: bool = False,
) -> Table:
    """A ruled table: `rows[0]` is the header (teal bold on pale teal between teal rules), thin grey rules
    between body rows, `figures` columns set right, `total` sets the last row in bold under a double
    rule. The header repeats on every page the table runs onto."""
    cells: list[list[Any]] = []
    for r, row in enumerate(rows):
        last = total and r == len(rows) - 1
        line = []
        for c, cell in enumerate(row):
            if r == 0:
                style = HEAD_FIG if c in figures else HEAD_CELL
            elif c in figures:
                style = FIG_B if last else FIG
            else:
                style = CELL_B if last or (first_bold and c == 0) else CELL
            line.append(p(str(cell), style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
        ("BACKGROUND", (0, 0), (-1, 0), PALE_TEAL),
        ("LINEABOVE", (0, 0), (-1, 0), 1.1, TEAL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE_GREY),
    ]
    if total:
        rules.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, TEAL, None, None, None, 2, 1.6))
        rules.append(("LINEBELOW", (0, -1), (-1, -1), 1.1, TEAL))
    table.setStyle(TableStyle(rules))
    return table


def keyed(rows: Sequence[tuple[str, str]], widths: Sequence[float] = (130, 357)) -> Table:
    """Two columns, the key in teal bold, a thin grey rule under each row."""
    cells = [[p(key, HEAD_CELL), p(value, CELL)] for key, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE_GREY),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


def callout(title: str, lines: Sequence[str], width: float) -> Flowable:
    """A boxed callout: an ochre top edge, the title in teal bold, lines of text; kept on one page."""
    cells: list[list[Any]] = [[p(title, SUBHEADING)]] + [[p(line, SMALL)] for line in lines]
    table = Table(cells, colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 3, OCHRE),
                ("BOX", (0, 0), (-1, -1), 0.5, TEAL),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([table])


def typed_box(rows: Sequence[Sequence[str]], widths: Sequence[float], header: bool = True) -> Table:
    """A typed form to be scanned: Courier in boxes, the header row bold."""
    cells = []
    for r, row in enumerate(rows):
        style = TYPED_CELL_B if header and r == 0 else TYPED_CELL
        cells.append([p(cell, style) for cell in row])
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, INK),
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table
