"""Partnership W's page furniture, unlike common.py's and the other partnerships' layout modules: text in
DejaVu Serif (matplotlib's fonts folder), headings in DejaVu Serif Bold set in capitals, table cells in the
standard Helvetica, in damson purple with a sage-green accent. The running head is split: the document's
short title at the left and "Merrowgate Community Safety Partnership" at the right above a damson hairline;
the foot is a thin sage band with the folio written in the document's own way: "- 3 -" centred in reports,
"3/5" at the right in minutes and "SIA 2023 | p. 3" at the left in the assessment. Page 1 has no running
head: its title sits reversed out of a damson block with the partnership's name above it. Headings are
numbered or not as each document chooses. Tables are "banded": a damson header row in white, body rows
banded white and pale sage, no vertical rules, figures set right, a totals row boxed in damson. Portrait,
two-column portrait and landscape templates; laid out twice so a folio can state the page count. A form
to be scanned has no running lines and is typed in Courier on a boxed grid."""

from __future__ import annotations

import datetime
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from matplotlib import get_data_path
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
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

DAMSON = colors.Color(0.42, 0.13, 0.33)
DAMSON_HEX = "#6B2254"
SAGE = colors.Color(0.52, 0.64, 0.5)
SAGE_HEX = "#84A380"
PALE_SAGE = colors.Color(0.92, 0.95, 0.91)
GREY = colors.Color(0.4, 0.4, 0.42)
INK = colors.Color(0.12, 0.1, 0.12)
LEFT, RIGHT, TOP, FOOT, GUTTER = 58.0, 58.0, 74.0, 62.0, 22.0
TTF_DIR = Path(get_data_path()) / "fonts" / "ttf"
CELL_FONT, CELL_BOLD_FONT = "Helvetica", "Helvetica-Bold"
FORM_FONT, FORM_BOLD_FONT = "Courier", "Courier-Bold"


def _fonts() -> tuple[str, ...]:
    """Embed DejaVu Serif (regular, bold, italic) once."""
    faces = (
        ("MgText", TTF_DIR / "DejaVuSerif.ttf"),
        ("MgTextBold", TTF_DIR / "DejaVuSerif-Bold.ttf"),
        ("MgTextItalic", TTF_DIR / "DejaVuSerif-Italic.ttf"),
    )
    if faces[0][0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in faces:
            pdfmetrics.registerFont(TTFont(name, str(file)))
        pdfmetrics.registerFontFamily(
            "MgText", normal="MgText", bold="MgTextBold", italic="MgTextItalic", boldItalic="MgTextBold"
        )
    return tuple(name for name, _ in faces)


TEXT_FONT, TEXT_BOLD, TEXT_ITALIC = _fonts()

TEXT = ParagraphStyle(
    "MgText", parent=BODY, fontName=TEXT_FONT, fontSize=9.4, leading=13, spaceAfter=6, textColor=INK
)
SMALL = ParagraphStyle("MgSmall", parent=TEXT, fontSize=8.2, leading=10.8, spaceAfter=4)
NOTE = ParagraphStyle("MgNote", parent=SMALL, fontName=TEXT_ITALIC, fontSize=7.8, textColor=GREY)
CELL = ParagraphStyle(
    "MgCell", parent=TEXT, fontName=CELL_FONT, fontSize=8, leading=9.8, spaceAfter=0, textColor=INK
)
CELL_B = ParagraphStyle("MgCellBold", parent=CELL, fontName=CELL_BOLD_FONT)
HEAD_CELL = ParagraphStyle("MgHeadCell", parent=CELL_B, textColor=colors.white)
HEAD_FIG = ParagraphStyle("MgHeadFig", parent=HEAD_CELL, alignment=2)
FIG = ParagraphStyle("MgFig", parent=CELL, alignment=2)
FIG_B = ParagraphStyle("MgFigBold", parent=CELL_B, alignment=2)
BLOCK_NAME = ParagraphStyle(
    "MgBlockName", parent=TEXT, fontName=TEXT_BOLD, fontSize=9, leading=12, textColor=PALE_SAGE
)
BLOCK_TITLE = ParagraphStyle(
    "MgBlockTitle", parent=TEXT, fontName=TEXT_BOLD, fontSize=19, leading=24, textColor=colors.white
)
BLOCK_SUB = ParagraphStyle(
    "MgBlockSub", parent=TEXT, fontName=TEXT_ITALIC, fontSize=10.5, leading=14, textColor=colors.white
)
HEADING = ParagraphStyle(
    "MgHeading",
    parent=TEXT,
    fontName=TEXT_BOLD,
    fontSize=11.5,
    leading=15,
    textColor=DAMSON,
    spaceBefore=10,
    spaceAfter=5,
    keepWithNext=1,
)
SUBHEADING = ParagraphStyle(
    "MgSubheading",
    parent=TEXT,
    fontName=TEXT_BOLD,
    fontSize=9.6,
    leading=12.5,
    textColor=INK,
    spaceBefore=5,
    spaceAfter=3,
    keepWithNext=1,
)
CAPTION = ParagraphStyle(
    "MgCaption",
    parent=SMALL,
    fontName=TEXT_ITALIC,
    textColor=DAMSON,
    spaceBefore=6,
    spaceAfter=3,
    keepWithNext=1,
)
NOTICE = ParagraphStyle(
    "MgNotice",
    parent=TEXT,
    fontName=TEXT_ITALIC,
    fontSize=8.4,
    leading=11,
    textColor=INK,
    borderColor=SAGE,
    borderWidth=0.9,
    borderPadding=(5, 7, 5, 7),
    spaceBefore=8,
    spaceAfter=14,
)
FORM = ParagraphStyle("MgForm", parent=TEXT, fontName=FORM_FONT, fontSize=9.6, leading=12.6, spaceAfter=5)
FORM_B = ParagraphStyle("MgFormBold", parent=FORM, fontName=FORM_BOLD_FONT)
FORM_CELL = ParagraphStyle("MgFormCell", parent=FORM, fontSize=8.8, leading=11, spaceAfter=0)
FORM_CELL_B = ParagraphStyle("MgFormCellBold", parent=FORM_CELL, fontName=FORM_BOLD_FONT)


def long_date(iso: str) -> str:
    """ "Wednesday 14 June 2023"."""
    day = datetime.date.fromisoformat(iso)
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


def plain_date(iso: str) -> str:
    """ "14 June 2023"."""
    day = datetime.date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B %Y')}"


def short_date(iso: str) -> str:
    """The tables' style: "14/06/23"."""
    return datetime.date.fromisoformat(iso).strftime("%d/%m/%y")


def month_date(iso: str) -> str:
    """ "14 Jun 2023"."""
    day = datetime.date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%b %Y')}"


def pounds(amount: int) -> str:
    """£9,800."""
    return f"£{amount:,}"


def thousands(amount: int) -> str:
    """£9.8k, £6.25k, £14k: thousands with as many decimals as the sum needs."""
    text = f"{amount / 1000:.2f}".rstrip("0").rstrip(".")
    return f"£{text}k"


def bare(amount: int) -> str:
    """9,800, for a column headed £."""
    return f"{amount:,}"


@dataclass(frozen=True)
class Furniture:
    """The running lines. `short` is the head's left words; `folio` picks the foot's style: "dash" ("- 3 -"
    centred), "slash" ("3/5" at the right) or "sia" ("<label> | p. 3" at the left, `label` given);
    `plain` leaves every running line out (a form to be scanned)."""

    short: str
    folio: str = "dash"
    label: str = ""
    plain: bool = False


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait"
) -> Path:
    """Lay `story` out into `path` starting on the template named `first`: once to count the pages,
    once to draw them."""
    counted = meta.build(story, _templates(furniture, 0), first)
    total = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture, total), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.plain:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        if document.page > 1:
            canvas.setFont(CELL_FONT, 7.4)
            canvas.setFillColor(GREY)
            canvas.drawString(LEFT, height - 40, furniture.short)
            canvas.setFillColor(DAMSON)
            canvas.drawRightString(width - RIGHT, height - 40, "Merrowgate Community Safety Partnership")
            canvas.setStrokeColor(DAMSON)
            canvas.setLineWidth(0.6)
            canvas.line(LEFT, height - 46, width - RIGHT, height - 46)
        canvas.setFillColor(SAGE)
        canvas.rect(LEFT, 40, width - LEFT - RIGHT, 3, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(CELL_FONT, 8)
        if furniture.folio == "slash":
            canvas.drawRightString(width - RIGHT, 27, f"{document.page}/{total}")
        elif furniture.folio == "sia":
            canvas.drawString(LEFT, 27, f"{furniture.label} | p. {document.page}")
        else:
            canvas.drawCentredString(width / 2, 27, f"- {document.page} -")
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
                Frame(LEFT, FOOT, column, inner_h, id="col1"),
                Frame(LEFT + column + GUTTER, FOOT, column, inner_h, id="col2"),
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


def notice() -> Paragraph:
    """The fictional-document notice, in italics inside a sage frame."""
    return p(FICTIONAL, NOTICE)


def title_block(name: str, text: str, subtitle: str = "", width: float = 479.0) -> Flowable:
    """Page 1's title, reversed out of a damson block with the partnership's name above it."""
    cells: list[list[Any]] = [[p(name.upper(), BLOCK_NAME)], [p(text, BLOCK_TITLE)]]
    if subtitle:
        cells.append([p(subtitle, BLOCK_SUB)])
    table = Table(cells, colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), DAMSON),
                ("LINEBELOW", (0, -1), (-1, -1), 4, SAGE),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, 0), 12),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
            ]
        )
    )
    return table


def heading(text: str, number: str = "") -> Paragraph:
    """A heading in damson capitals, after its number if it has one."""
    words = text.upper()
    if number:
        words = f'<font color="{SAGE_HEX}">{number}</font>&nbsp;&nbsp;{words}'
    return p(words, HEADING)


def subheading(text: str) -> Paragraph:
    return p(text, SUBHEADING)


def caption(text: str) -> Paragraph:
    return p(text, CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def bullets(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items after sage en dashes."""
    flow = [ListItem(p(item, style), leftIndent=14) for item in items]
    return ListFlowable(
        flow, bulletType="bullet", start="\u2013", leftIndent=14, bulletFontName=TEXT_FONT,
        bulletFontSize=9, bulletColor=SAGE,
    )  # fmt: skip


def numbered(
    items: Sequence[str], style: ParagraphStyle = TEXT, kind: str = "1", form: str = "%s)"
) -> ListFlowable:
    """Items numbered 1), 2), ... (or, with `kind` "i" and `form` "(%s)", (i), (ii), ...)."""
    flow = [ListItem(p(item, style), leftIndent=24) for item in items]
    return ListFlowable(
        flow, bulletType=kind, bulletFormat=form, leftIndent=24, bulletFontName=TEXT_FONT,
        bulletFontSize=9,
    )  # fmt: skip


def banded(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    total: bool = False,
    first_bold: bool = False,
) -> Table:
    """A banded table: `rows[0]` is the header (white on damson), body rows banded white and pale sage,
    no vertical rules, `figures` columns set right, `total` boxes the last row in damson."""
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
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("BACKGROUND", (0, 0), (-1, 0), DAMSON),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE_SAGE]),
    ]
    if total:
        rules.append(("BOX", (0, -1), (-1, -1), 1.0, DAMSON))
        rules.append(("BACKGROUND", (0, -1), (-1, -1), colors.white))
    table.setStyle(TableStyle(rules))
    return table


def panel(heading_text: str, lines: Sequence[str], width: float) -> Flowable:
    """A side panel: a sage left edge, a damson heading, lines of text; kept on one page."""
    cells: list[list[Any]] = [[p(heading_text.upper(), SUBHEADING)]] + [[p(line, SMALL)] for line in lines]
    table = Table(cells, colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 3.5, SAGE),
                ("BACKGROUND", (0, 0), (-1, -1), PALE_SAGE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([table])


def pairs(rows: Sequence[tuple[str, str]], widths: Sequence[float] = (150, 329)) -> Table:
    """Two columns, the key in bold, a dotted sage rule under each row."""
    cells = [[p(key, CELL_B), p(value, CELL)] for key, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, SAGE, None, (1, 2)),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def form(rows: Sequence[Sequence[str]], widths: Sequence[float], header: bool = True) -> Table:
    """A boxed form to be scanned: Courier on a full grid, the header row bold."""
    cells = []
    for r, row in enumerate(rows):
        style = FORM_CELL_B if header and r == 0 else FORM_CELL
        cells.append([p(cell, style) for cell in row])
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.7, INK),
                ("BOX", (0, 0), (-1, -1), 1.4, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table
