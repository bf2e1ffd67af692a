"""Partnership R's page furniture, unlike common.py's and the other partnerships' layout modules: set in a
combination of faces no other partnership uses (text in STIX General from matplotlib's fonts, headings and
running lines in DejaVu Sans Mono Bold, table cells in Bitstream Vera from reportlab's fonts folder), in
bottle green with a copper accent. Every page opens under a "date stamp" line: the partnership's short
name in green monospace capitals at the left, the document's short name in italics and its issue date as
"14.03.23" at the right, over a double copper rule (thick over thin). The foot holds the document's
reference in grey monospace at the left and the page number, zero-padded ("03"), reversed out of a green
disc at the right, with "of 09" beside it. Headings are numbered in Roman numerals ("III.") with
sub-sections as "III.2", the numeral in copper, the words in green, a dotted copper leader running on to
the column's edge. Lists have copper squares or "(i)", "(ii)" numerals. Tables are "zebra-span" tables: a
green header reversed out whose first row may hold group cells spanning two or more columns, a copper rule
under the header, alternate body rows tinted pale green, figures in Vera set right, a totals row in bold
on pale copper under a double rule; or "keyed" tables (two columns, the key in copper small capitals on
the left, a hairline under each row). Decision boxes are framed in copper with a green "DECISION" tab.
Portrait, portrait with a right-hand sidebar (page 1 only) and landscape templates. A notice to be
scanned has no furniture."""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import reportlab
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
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker
from evals.archive.names import CORVENBRIDGE_SHORT

GREEN = colors.Color(0.12, 0.36, 0.23)
GREEN_HEX = "#1E5C3A"
COPPER = colors.Color(0.72, 0.39, 0.23)
COPPER_HEX = "#B8643A"
PALE_GREEN = colors.Color(0.92, 0.96, 0.93)
PALE_COPPER = colors.Color(0.98, 0.92, 0.87)
GREY = colors.Color(0.4, 0.41, 0.4)
INK = colors.Color(0.1, 0.12, 0.11)
LEFT, RIGHT, TOP, FOOT = 62.0, 58.0, 84.0, 66.0
SIDEBAR, SIDE_GAP = 150.0, 16.0
VERA_DIR = Path(os.path.dirname(reportlab.__file__)) / "fonts"
TTF_DIR = Path(get_data_path()) / "fonts" / "ttf"


def _fonts() -> tuple[str, ...]:
    """Register the faces once: STIX General, DejaVu Sans Mono and Bitstream Vera (TrueType)."""
    faces = (
        ("CvText", TTF_DIR / "STIXGeneral.ttf"),
        ("CvTextBold", TTF_DIR / "STIXGeneralBol.ttf"),
        ("CvTextItalic", TTF_DIR / "STIXGeneralItalic.ttf"),
        ("CvTextBoldItalic", TTF_DIR / "STIXGeneralBolIta.ttf"),
        ("CvMonoBold", TTF_DIR / "DejaVuSansMono-Bold.ttf"),
        ("CvMono", TTF_DIR / "DejaVuSansMono.ttf"),
        ("CvCell", VERA_DIR / "Vera.ttf"),
        ("CvCellBold", VERA_DIR / "VeraBd.ttf"),
        ("CvCellItalic", VERA_DIR / "VeraIt.ttf"),
    )
    if faces[0][0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in faces:
            pdfmetrics.registerFont(TTFont(name, str(file)))
        pdfmetrics.registerFontFamily(
            "CvText", normal="CvText", bold="CvTextBold", italic="CvTextItalic", boldItalic="CvTextBoldItalic"
        )
        pdfmetrics.registerFontFamily(
            "CvCell", normal="CvCell", bold="CvCellBold", italic="CvCellItalic", boldItalic="CvCellBold"
        )
    return tuple(name for name, _ in faces)


(
    TEXT_FACE,
    TEXT_BOLD,
    TEXT_ITALIC,
    _TEXT_BOLD_ITALIC,
    MONO_BOLD,
    MONO,
    CELL_FACE,
    CELL_BOLD_FACE,
    _CELL_IT,
) = _fonts()

TEXT = ParagraphStyle(
    "CvTextStyle", parent=BODY, fontName=TEXT_FACE, fontSize=10.6, leading=14.2, spaceAfter=6, textColor=INK
)
SMALL = ParagraphStyle("CvSmall", parent=TEXT, fontSize=9.2, leading=11.8, spaceAfter=3)
NOTE = ParagraphStyle(
    "CvNote", parent=SMALL, fontName=TEXT_ITALIC, fontSize=8.6, leading=10.8, textColor=GREY
)
CELL = ParagraphStyle(
    "CvCellStyle", parent=TEXT, fontName=CELL_FACE, fontSize=7.9, leading=10.0, spaceAfter=0, textColor=INK
)
CELL_BOLD = ParagraphStyle("CvCellBoldStyle", parent=CELL, fontName=CELL_BOLD_FACE)
FIGURE = ParagraphStyle("CvFigure", parent=CELL, alignment=2)
HEAD = ParagraphStyle("CvHead", parent=CELL, fontName=CELL_BOLD_FACE, textColor=colors.white)
HEAD_FIGURE = ParagraphStyle("CvHeadFigure", parent=HEAD, alignment=2)
HEAD_CENTRE = ParagraphStyle("CvHeadCentre", parent=HEAD, alignment=1)
KEY = ParagraphStyle("CvKey", parent=CELL, fontName=MONO_BOLD, fontSize=7.6, leading=10.0, textColor=COPPER)
TITLE = ParagraphStyle(
    "CvTitle", parent=TEXT, fontName=MONO_BOLD, fontSize=19, leading=24, textColor=GREEN, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "CvSubtitle",
    parent=TEXT,
    fontName=TEXT_ITALIC,
    fontSize=12.5,
    leading=16,
    textColor=COPPER,
    spaceAfter=10,
)
SECTION = ParagraphStyle(
    "CvSection", parent=TEXT, fontName=MONO_BOLD, fontSize=12.2, leading=16, textColor=GREEN,
    spaceBefore=10, spaceAfter=5, keepWithNext=1, endDots=" .",
)  # fmt: skip
SUBSECTION = ParagraphStyle(
    "CvSubsection", parent=TEXT, fontName=TEXT_BOLD, fontSize=11, leading=14, textColor=GREEN,
    spaceBefore=5, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
NOTICE = ParagraphStyle(
    "CvNotice", parent=TEXT, fontName=TEXT_BOLD, fontSize=9.4, leading=12, textColor=GREEN,
    borderColor=GREEN, borderWidth=0.8, borderPadding=(5, 6, 5, 6), spaceBefore=2, spaceAfter=14,
)  # fmt: skip
SIDE_HEAD = ParagraphStyle(
    "CvSideHead", parent=TEXT, fontName=MONO_BOLD, fontSize=9.4, leading=12, textColor=COPPER, spaceAfter=4
)
SIDE_TEXT = ParagraphStyle("CvSideText", parent=TEXT, fontSize=9.0, leading=11.6, spaceAfter=5)
TYPED = ParagraphStyle("CvTyped", parent=TEXT, fontName=MONO, fontSize=10, leading=14.5, spaceAfter=7)
TYPED_BOLD = ParagraphStyle("CvTypedBold", parent=TYPED, fontName=MONO_BOLD)


@dataclass(frozen=True)
class Furniture:
    """The running lines: `short` and the issue `date` at the top right, `reference` at the foot; `plain`
    leaves every running line out (a notice to be scanned)."""

    short: str
    date: str
    reference: str
    plain: bool = False


_PAGE_COUNT: dict[str, int] = {}


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "page"
) -> Path:
    """Lay `story` out into `path` starting on the template named `first` (page, sidebar, wide); laid
    out twice, so that the foot can say how many pages there are."""
    _PAGE_COUNT.clear()
    counted = meta.build(story, _templates(furniture), first)
    _PAGE_COUNT["total"] = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture), first)
    _PAGE_COUNT.clear()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _running(furniture: Furniture) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.plain:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        top = height - 46
        canvas.setFillColor(GREEN)
        canvas.setFont(MONO_BOLD, 8.4)
        canvas.drawString(LEFT, top + 6, CORVENBRIDGE_SHORT.upper())
        canvas.setFillColor(INK)
        canvas.setFont(TEXT_ITALIC, 9)
        stamp = f"{furniture.short}  \u00b7  {furniture.date}"
        canvas.drawRightString(width - RIGHT, top + 6, stamp)
        canvas.setStrokeColor(COPPER)
        canvas.setLineWidth(2.2)
        canvas.line(LEFT, top, width - RIGHT, top)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, top - 3.5, width - RIGHT, top - 3.5)
        canvas.setFillColor(GREY)
        canvas.setFont(MONO, 7)
        canvas.drawString(LEFT, 34, furniture.reference)
        total = _PAGE_COUNT.get("total", 0)
        canvas.setFillColor(GREEN)
        canvas.circle(width - RIGHT - 11, 37, 11, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(MONO_BOLD, 9)
        canvas.drawCentredString(width - RIGHT - 11, 34, f"{document.page:02d}")
        canvas.setFillColor(GREY)
        canvas.setFont(MONO, 7.5)
        canvas.drawRightString(width - RIGHT - 27, 34, f"of {total:02d}")
        canvas.restoreState()

    return draw


def _templates(furniture: Furniture) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    draw = _running(furniture)
    main_w = inner_w - SIDEBAR - SIDE_GAP
    return [
        PageTemplate("page", [Frame(LEFT, FOOT, inner_w, inner_h, id="page")], onPage=draw),
        # The sidebar is filled first (a FrameBreak then moves to the main column); only page 1 has it.
        PageTemplate(
            "sidebar",
            [
                Frame(LEFT + main_w + SIDE_GAP, FOOT, SIDEBAR, inner_h, id="side"),
                Frame(LEFT, FOOT, main_w, inner_h, id="main"),
            ],
            onPage=_with_sidebar(draw),
            autoNextPageTemplate="page",
        ),
        PageTemplate(
            "wide",
            [Frame(LEFT, FOOT, land_w - LEFT - RIGHT, land_h - TOP - FOOT, id="wide")],
            onPage=draw,
            pagesize=(land_w, land_h),
        ),
    ]


def _with_sidebar(draw: Any) -> Any:
    def both(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(PALE_GREEN)
        x = width - RIGHT - SIDEBAR - 4
        canvas.rect(x, FOOT - 4, SIDEBAR + 8, height - TOP - FOOT + 8, stroke=0, fill=1)
        canvas.setStrokeColor(COPPER)
        canvas.setLineWidth(1.4)
        canvas.line(x, FOOT - 4, x, height - TOP + 4)
        canvas.restoreState()
        draw(canvas, document)

    return both


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice() -> Paragraph:
    """The fictional-document notice: bold green in a thin green frame."""
    return p(FICTIONAL, NOTICE)


def title(text: str, subtitle: str = "") -> list[Flowable]:
    out: list[Flowable] = [p(text, TITLE)]
    if subtitle:
        out.append(p(subtitle, SUBTITLE))
    return out


def section(numeral: str, text: str) -> Paragraph:
    """A section heading: the Roman numeral in copper, the words in green, dots to the column's edge."""
    label = f'<font color="{COPPER_HEX}">{numeral}.</font>&nbsp;&nbsp;{text}' if numeral else text
    return p(label, SECTION)


def subsection(number: str, text: str) -> Paragraph:
    label = f'<font color="{COPPER_HEX}">{number}</font>&nbsp;&nbsp;{text}' if number else text
    return p(label, SUBSECTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def squares(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items after small copper squares."""
    flow = [ListItem(p(item, style), leftIndent=15) for item in items]
    return ListFlowable(
        flow, bulletType="bullet", start="\u25aa", leftIndent=15, bulletFontName=TEXT_FACE,
        bulletFontSize=10, bulletColor=COPPER,
    )  # fmt: skip


def romans(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items numbered (i), (ii), ... in copper."""
    flow = [ListItem(p(item, style), leftIndent=24) for item in items]
    return ListFlowable(
        flow, bulletType="i", bulletFormat="(%s)", leftIndent=24, bulletFontName=TEXT_BOLD,
        bulletFontSize=10, bulletColor=COPPER,
    )  # fmt: skip


def zebra(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    spans: Sequence[tuple[int, int, int]] = (),
    header_rows: int = 1,
    total: bool = False,
    first_bold: bool = False,
) -> Table:
    """A green header reversed out (its cells in `spans` (row, first column, last column) merged and
    centred), a copper rule under it, alternate body rows pale green, figures set right; with `total`
    the last row is bold on pale copper under a double rule. The header repeats over a page break."""
    spanned = {(r, c) for r, first, _ in spans for c in range(first, first + 1)}
    cells = []
    for r, row in enumerate(rows):
        line = []
        for c, cell in enumerate(row):
            text = str(cell)
            if r < header_rows:
                style = HEAD_CENTRE if (r, c) in spanned else HEAD_FIGURE if c in figures else HEAD
            elif c in figures:
                style = FIGURE
            else:
                style = CELL_BOLD if first_bold and c == 0 else CELL
            if total and r == len(rows) - 1 and text:
                text = f"<b>{text}</b>"
            line.append(p(text, style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), GREEN),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 1.6, COPPER),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, GREEN),
    ]
    for r, first, last in spans:
        rules.append(("SPAN", (first, r), (last, r)))
        rules.append(("LINEBELOW", (first, r), (last, r), 0.5, colors.white))
    body_end = len(rows) - (1 if total else 0)
    for r in range(header_rows + 1, body_end, 2):
        rules.append(("BACKGROUND", (0, r), (-1, r), PALE_GREEN))
    if total:
        rules.append(("BACKGROUND", (0, -1), (-1, -1), PALE_COPPER))
        rules.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, GREEN, None, None, None, 2, 1.6))
    table.setStyle(TableStyle(rules))
    return table


def keyed(
    rows: Sequence[tuple[str, str]],
    widths: Sequence[float] = (130, 320),
    key_style: ParagraphStyle = KEY,
    value_style: ParagraphStyle = CELL,
) -> Table:
    """Two columns: the key in copper monospace capitals, the value in text; a hairline under each row."""
    cells = [[p(key.upper(), key_style), p(value, value_style)] for key, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, COPPER),
            ]
        )
    )
    return table


def decision_box(label: str, text: str, width: float = 440) -> Table:
    """A decision framed in copper, its label on a green tab at the left."""
    table = Table(
        [[p(label, ParagraphStyle("CvTab", parent=HEAD, fontName=MONO_BOLD, fontSize=7.8)), p(text, TEXT)]],
        colWidths=[70, width - 70],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.1, COPPER),
                ("BACKGROUND", (0, 0), (0, 0), GREEN),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def pounds(amount: int) -> str:
    """£12,500.00 style: pence shown."""
    return f"£{amount:,}.00"


def thousands(amount: int) -> str:
    """£12.5k style: thousands, as many decimals as needed (£15k, £8.25k)."""
    return f"£{amount / 1000:g}k"


def gbp(amount: int) -> str:
    """12,500 GBP style."""
    return f"{amount:,} GBP"


def whole(amount: int) -> str:
    """£12,500 style."""
    return f"£{amount:,}"
