"""Partnership AG's page furniture, unlike common.py's and the other partnerships' layout modules: annual
reports in Bitstream Vera with headings in DejaVu Serif Bold, an assessment in DejaVu Sans with its figures in
DejaVu Sans Mono, formal minutes in Times, a decision and action record in Helvetica, a commissioning group's
filled-in pro forma in Helvetica with the entries in Courier (scanned), an urgent decision note in DejaVu
Serif, a grants schedule exported from a finance system in Helvetica and terms of reference in STIX General;
in deep green with a daffodil accent and a little red, on stone. Page 1 opens in one of four ways: a "band"
(a green band across the paper with the English name at the left and the Welsh one at the right in
italics, a daffodil strip under it), a "council" (the county borough council's bilingual letterhead at the
left beside a small green square with "CBSG" in it, a slate rule under both), a "form" (a boxed form head
with the document's reference in a daffodil box at the right) or nothing. Later pages carry a running head
centred over a thin slate rule with a short daffodil bar at each end. Each document has its own foot with
{n} and {total}: centred, at the right, or in the outer corner (right on odd pages, left on even). Templates:
"one", "two" (two columns with a daffodil rule between them), "notes" (a narrow stone column of side notes at
the left and the text at the right) and "land" (landscape). Tables are "banded" (a green header in white,
stone rows in turn), "lined" (a green header text over a slate rule and a hairline under every row), "boxed"
(a full thin grid with a daffodil header) or "export" (a finance system's export: grey header, no vertical
lines, figures to two decimals). The fictional-document notice sits on stone with a red bar at its left.
Laid out twice so a foot can state the page count."""

from __future__ import annotations

import datetime
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
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker, styled_cells

GREEN = colors.Color(0.08, 0.35, 0.27)
DAFFODIL = colors.Color(0.95, 0.76, 0.18)
RED = colors.Color(0.72, 0.12, 0.15)
STONE = colors.Color(0.95, 0.94, 0.90)
SLATE = colors.Color(0.30, 0.34, 0.38)
HAIR = colors.Color(0.75, 0.76, 0.74)
INK = colors.Color(0.10, 0.11, 0.12)
LEFT, RIGHT, TOP, FOOT, GUTTER = 52.0, 52.0, 84.0, 56.0, 24.0
TTF = Path(get_data_path()) / "fonts" / "ttf"
BRAND = "Glynmorlan Community Safety Partnership"
BRAND_WELSH = "Partneriaeth Diogelwch Cymunedol Glynmorlan"


def _fonts() -> None:
    if "GyVera" in pdfmetrics.getRegisteredFontNames():
        return
    ttf = (
        ("GySans", "DejaVuSans.ttf"),
        ("GySansBold", "DejaVuSans-Bold.ttf"),
        ("GySansItalic", "DejaVuSans-Oblique.ttf"),
        ("GySansBoldItalic", "DejaVuSans-BoldOblique.ttf"),
        ("GyMono", "DejaVuSansMono.ttf"),
        ("GyMonoBold", "DejaVuSansMono-Bold.ttf"),
        ("GySerif", "DejaVuSerif.ttf"),
        ("GySerifBold", "DejaVuSerif-Bold.ttf"),
        ("GySerifItalic", "DejaVuSerif-Italic.ttf"),
        ("GySerifBoldItalic", "DejaVuSerif-BoldItalic.ttf"),
        ("GyStix", "STIXGeneral.ttf"),
        ("GyStixBold", "STIXGeneralBol.ttf"),
        ("GyStixItalic", "STIXGeneralItalic.ttf"),
        ("GyStixBoldItalic", "STIXGeneralBolIta.ttf"),
    )
    for name, file in ttf:
        pdfmetrics.registerFont(TTFont(name, str(TTF / file)))
    vera = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("GyVera", "Vera.ttf"), ("GyVeraBold", "VeraBd.ttf"), ("GyVeraItalic", "VeraIt.ttf"),
                       ("GyVeraBoldItalic", "VeraBI.ttf")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, str(vera / file)))
    for family in ("GySans", "GySerif", "GyStix", "GyVera"):
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}Bold",
            italic=f"{family}Italic",
            boldItalic=f"{family}BoldItalic",
        )
    pdfmetrics.registerFontFamily("GyMono", normal="GyMono", bold="GyMonoBold")


_fonts()

# Annual reports: Vera text, DejaVu Serif Bold headings.
TEXT = ParagraphStyle("GyText", parent=BODY, fontName="GyVera", fontSize=9.1, leading=12.6, spaceAfter=5)
SMALL = ParagraphStyle("GySmall", parent=TEXT, fontSize=8, leading=10.2, spaceAfter=3)
TITLE = ParagraphStyle(
    "GyTitle", parent=TEXT, fontName="GySerifBold", fontSize=21, leading=25, textColor=GREEN, spaceAfter=3
)
SUBTITLE = ParagraphStyle(
    "GySubtitle", parent=TEXT, fontName="GyVeraItalic", fontSize=11, leading=14, textColor=SLATE
)
H1 = ParagraphStyle(
    "GyH1", parent=TEXT, fontName="GySerifBold", fontSize=12, leading=15, textColor=GREEN,
    spaceBefore=8, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
H2 = ParagraphStyle(
    "GyH2", parent=TEXT, fontName="GyVeraBold", fontSize=9.4, leading=12, textColor=SLATE,
    spaceBefore=5, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
PULL = ParagraphStyle(
    "GyPull", parent=TEXT, fontName="GySerifItalic", fontSize=11, leading=14.5, textColor=GREEN,
    leftIndent=10, borderPadding=(4, 0, 4, 6), spaceBefore=4, spaceAfter=8,
)  # fmt: skip
NOTE = ParagraphStyle("GyNote", parent=SMALL, fontName="GyVera", fontSize=7.6, leading=9.8, textColor=SLATE)
NOTE_H = ParagraphStyle("GyNoteH", parent=NOTE, fontName="GyVeraBold", textColor=GREEN, spaceBefore=6)
NOTE_BIG = ParagraphStyle(
    "GyNoteBig", parent=NOTE, fontName="GySerifBold", fontSize=16, leading=18, textColor=GREEN, spaceAfter=0
)
NOTICE = ParagraphStyle("GyNotice", parent=SMALL, fontName="Helvetica", fontSize=7.5, leading=9.4)
CELL = ParagraphStyle("GyCell", parent=TEXT, fontSize=7.6, leading=9.4, spaceAfter=0)
FIG = ParagraphStyle("GyFig", parent=CELL, alignment=2)
HEAD = ParagraphStyle("GyHead", parent=CELL, fontName="GyVeraBold", textColor=colors.white)
HEAD_FIG = ParagraphStyle("GyHeadFig", parent=HEAD, alignment=2)
HEAD_GREEN = ParagraphStyle("GyHeadGreen", parent=CELL, fontName="GyVeraBold", textColor=GREEN)
HEAD_GREEN_FIG = ParagraphStyle("GyHeadGreenFig", parent=HEAD_GREEN, alignment=2)
BANDED_STYLES = (HEAD, HEAD_FIG, CELL, FIG)
LINED_STYLES = (HEAD_GREEN, HEAD_GREEN_FIG, CELL, FIG)
# The assessment: DejaVu Sans, figures in DejaVu Sans Mono.
SA = ParagraphStyle("GySa", parent=BODY, fontName="GySans", fontSize=8.5, leading=11.8, spaceAfter=4)
SA_H = ParagraphStyle(
    "GySaH", parent=SA, fontName="GySansBold", fontSize=11, leading=14, textColor=GREEN,
    spaceBefore=8, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
SA_CAPTION = ParagraphStyle(
    "GySaCaption", parent=SA, fontName="GySansItalic", fontSize=7.8, leading=10, textColor=SLATE,
    spaceBefore=4, keepWithNext=1,
)  # fmt: skip
SA_CELL = ParagraphStyle("GySaCell", parent=SA, fontSize=7.4, leading=9.2, spaceAfter=0)
SA_FIG = ParagraphStyle("GySaFig", parent=SA_CELL, fontName="GyMono", fontSize=7.3, alignment=2)
SA_HEAD = ParagraphStyle("GySaHead", parent=SA_CELL, fontName="GySansBold", textColor=colors.white)
SA_HEAD_FIG = ParagraphStyle("GySaHeadFig", parent=SA_HEAD, alignment=2)
SA_STYLES = (SA_HEAD, SA_HEAD_FIG, SA_CELL, SA_FIG)
SA_GREEN = ParagraphStyle("GySaGreen", parent=SA_CELL, fontName="GySansBold", textColor=GREEN)
SA_GREEN_FIG = ParagraphStyle("GySaGreenFig", parent=SA_GREEN, alignment=2)
SA_LINED = (SA_GREEN, SA_GREEN_FIG, SA_CELL, SA_FIG)
# Formal minutes: Times.
MIN = ParagraphStyle("GyMin", parent=BODY, fontName="Times-Roman", fontSize=10.8, leading=13.6, spaceAfter=5)
MIN_H = ParagraphStyle(
    "GyMinH", parent=MIN, fontName="Times-Bold", spaceBefore=8, spaceAfter=2, keepWithNext=1
)
MIN_TITLE = ParagraphStyle(
    "GyMinTitle", parent=MIN, fontName="Times-Bold", fontSize=15, leading=19, alignment=1
)
MIN_CENTRE = ParagraphStyle("GyMinCentre", parent=MIN, alignment=1)
MIN_HANG = ParagraphStyle("GyMinHang", parent=MIN, leftIndent=50, firstLineIndent=-24, spaceAfter=2)
MIN_LIST = ParagraphStyle("GyMinList", parent=MIN, leftIndent=26)
MIN_CELL = ParagraphStyle("GyMinCell", parent=MIN, fontSize=9.6, leading=11.6, spaceAfter=0)
MIN_CELL_B = ParagraphStyle("GyMinCellB", parent=MIN_CELL, fontName="Times-Bold")
# Decision and action record: Helvetica.
REC = ParagraphStyle("GyRec", parent=BODY, fontName="Helvetica", fontSize=8.6, leading=11.2, spaceAfter=4)
REC_H = ParagraphStyle(
    "GyRecH", parent=REC, fontName="Helvetica-Bold", fontSize=10.4, leading=13, textColor=GREEN,
    spaceBefore=7, keepWithNext=1,
)  # fmt: skip
REC_CELL = ParagraphStyle("GyRecCell", parent=REC, fontSize=7.8, leading=9.8, spaceAfter=0)
REC_CELL_B = ParagraphStyle("GyRecCellB", parent=REC_CELL, fontName="Helvetica-Bold")
REC_HEAD = ParagraphStyle("GyRecHead", parent=REC_CELL, fontName="Helvetica-Bold", textColor=colors.white)
REC_STYLES = (REC_HEAD, REC_HEAD, REC_CELL, REC_CELL)
# A filled-in pro forma: Helvetica labels, Courier entries.
FORM = ParagraphStyle("GyForm", parent=BODY, fontName="Helvetica", fontSize=8.4, leading=10.6, spaceAfter=3)
FORM_B = ParagraphStyle("GyFormB", parent=FORM, fontName="Helvetica-Bold", spaceBefore=5, keepWithNext=1)
FORM_LABEL = ParagraphStyle(
    "GyFormLabel", parent=FORM, fontSize=7.4, leading=9, spaceAfter=0, textColor=SLATE
)
TYPED = ParagraphStyle("GyTyped", parent=FORM, fontName="Courier", fontSize=8.8, leading=10.8, spaceAfter=0)
TYPED_B = ParagraphStyle("GyTypedB", parent=TYPED, fontName="Courier-Bold")
TYPED_CELL = ParagraphStyle("GyTypedCell", parent=TYPED, fontSize=7.8, leading=9.6)
# Urgent decision note: DejaVu Serif.
UD = ParagraphStyle("GyUd", parent=BODY, fontName="GySerif", fontSize=8.8, leading=12.2, spaceAfter=4)
UD_H = ParagraphStyle(
    "GyUdH", parent=UD, fontName="GySerifBold", fontSize=10, leading=13, textColor=GREEN, spaceBefore=6,
    keepWithNext=1,
)  # fmt: skip
UD_CELL = ParagraphStyle("GyUdCell", parent=UD, fontSize=8, leading=10.4, spaceAfter=0)
UD_CELL_B = ParagraphStyle("GyUdCellB", parent=UD_CELL, fontName="GySerifBold")
# Finance export: Helvetica, small.
EXP = ParagraphStyle("GyExp", parent=BODY, fontName="Helvetica", fontSize=7.6, leading=9.6, spaceAfter=3)
EXP_CELL = ParagraphStyle("GyExpCell", parent=EXP, fontSize=6.7, leading=8.2, spaceAfter=0)
EXP_FIG = ParagraphStyle("GyExpFig", parent=EXP_CELL, alignment=2)
EXP_HEAD = ParagraphStyle("GyExpHead", parent=EXP_CELL, fontName="Helvetica-Bold")
EXP_HEAD_FIG = ParagraphStyle("GyExpHeadFig", parent=EXP_HEAD, alignment=2)
EXP_STYLES = (EXP_HEAD, EXP_HEAD_FIG, EXP_CELL, EXP_FIG)
# Terms of reference: STIX General.
TOR = ParagraphStyle("GyTor", parent=BODY, fontName="GyStix", fontSize=10.2, leading=13, spaceAfter=4)
TOR_H = ParagraphStyle(
    "GyTorH", parent=TOR, fontName="GyStixBold", fontSize=11.4, leading=14, textColor=GREEN,
    spaceBefore=7, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
TOR_CLAUSE = ParagraphStyle("GyTorClause", parent=TOR, leftIndent=30, firstLineIndent=-30)
TOR_CELL = ParagraphStyle("GyTorCell", parent=TOR, fontSize=9, leading=11, spaceAfter=0)
TOR_CELL_B = ParagraphStyle("GyTorCellB", parent=TOR_CELL, fontName="GyStixBold")
TOR_STYLES = (TOR_CELL_B, TOR_CELL_B, TOR_CELL, TOR_CELL)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "16 May 2023"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def weekday_date(iso: str) -> str:
    """ "Tuesday 16 May 2023"."""
    d = day(iso)
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


def short_date(iso: str) -> str:
    """ "16 May 23"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%b %y')}"


def slash_date(iso: str) -> str:
    """ "16/05/2023"."""
    return day(iso).strftime("%d/%m/%Y")


def pounds(amount: int) -> str:
    """£12,500."""
    return f"£{amount:,}"


def decimal(amount: int) -> str:
    """12,400.00 (a finance system's figure)."""
    return f"{amount:,}.00"


def kpounds(amount: int) -> str:
    """£12.4k, £1.875k or £8k: exact, never rounded."""
    text = f"{amount // 1000}.{amount % 1000:03d}".rstrip("0").rstrip(".")
    return f"£{text}k"


@dataclass(frozen=True)
class Furniture:
    """`head` runs centred on pages after the first (nothing when empty); `label` is page 1's label;
    `opening` is "band", "council", "form" or ""; `foot` is a format with {n} and {total}, placed "centre",
    "right" or "outer"."""

    head: str
    label: str = ""
    opening: str = "band"
    foot: str = "{n}"
    place: str = "centre"


def render(path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "one") -> Path:
    """Lay `story` out into `path` on the template named `first`: once to count pages, once to draw them."""
    counted = meta.build(story, _templates(furniture, 0), first)
    total = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture, total), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _band(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(GREEN)
    canvas.rect(0, height - 58, width, 58, stroke=0, fill=1)
    canvas.setFillColor(DAFFODIL)
    canvas.rect(0, height - 63, width, 5, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("GySerifBold", 11.5)
    canvas.drawString(LEFT, height - 30, BRAND)
    canvas.setFont("GySerifItalic", 8.5)
    canvas.drawString(LEFT, height - 44, label)
    canvas.drawRightString(width - RIGHT, height - 30, BRAND_WELSH)


def _council(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(GREEN)
    canvas.rect(LEFT, height - 58, 30, 30, stroke=0, fill=1)
    canvas.setFillColor(DAFFODIL)
    canvas.setFont("Helvetica-Bold", 7.2)
    canvas.drawCentredString(LEFT + 15, height - 46, "CBSG")
    canvas.setFillColor(INK)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(LEFT + 38, height - 38, "Glynmorlan County Borough Council")
    canvas.setFont("Helvetica-Oblique", 8.4)
    canvas.setFillColor(SLATE)
    canvas.drawString(LEFT + 38, height - 49, "Cyngor Bwrdeistref Sirol Glynmorlan")
    if label:
        canvas.setFont("Helvetica", 7.6)
        canvas.drawRightString(width - RIGHT, height - 38, label)
    canvas.setStrokeColor(SLATE)
    canvas.setLineWidth(1.2)
    canvas.line(LEFT, height - 64, width - RIGHT, height - 64)


def _form(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.rect(LEFT, height - 66, width - LEFT - RIGHT, 40, stroke=1, fill=0)
    canvas.setFillColor(INK)
    canvas.setFont("Helvetica-Bold", 9.6)
    canvas.drawString(LEFT + 8, height - 42, BRAND.upper())
    canvas.setFont("Helvetica", 7.6)
    canvas.drawString(LEFT + 8, height - 56, BRAND_WELSH)
    if label:
        box = canvas.stringWidth(label, "Helvetica-Bold", 8.6) + 16
        canvas.setFillColor(DAFFODIL)
        canvas.rect(width - RIGHT - box - 6, height - 58, box, 22, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont("Helvetica-Bold", 8.6)
        canvas.drawString(width - RIGHT - box + 2, height - 50, label)


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    if not furniture.head:
        return
    canvas.setFillColor(SLATE)
    canvas.setFont("Helvetica", 7.4)
    canvas.drawCentredString(width / 2, height - 40, furniture.head)
    canvas.setStrokeColor(SLATE)
    canvas.setLineWidth(0.4)
    canvas.line(LEFT, height - 46, width - RIGHT, height - 46)
    canvas.setStrokeColor(DAFFODIL)
    canvas.setLineWidth(2.4)
    canvas.line(LEFT, height - 46, LEFT + 22, height - 46)
    canvas.line(width - RIGHT - 22, height - 46, width - RIGHT, height - 46)


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            openings = {"band": _band, "council": _council, "form": _form}
            if furniture.opening in openings:
                openings[furniture.opening](canvas, width, height, furniture.label)
        else:
            _later(canvas, width, height, furniture)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFillColor(SLATE)
        canvas.setFont("Helvetica", 7.6)
        if furniture.foot:
            text = furniture.foot.format(n=page, total=total)
            place = furniture.place
            if place == "outer":
                place = "right" if page % 2 else "left"
            if place == "right":
                canvas.drawRightString(width - RIGHT, 30, text)
            elif place == "left":
                canvas.drawString(LEFT, 30, text)
            else:
                canvas.drawCentredString(width / 2, 30, text)
        canvas.restoreState()

    return draw


WIDTH = A4[0] - LEFT - RIGHT
COLUMN = (WIDTH - GUTTER) / 2
NOTES_W = 128.0
MAIN = WIDTH - NOTES_W - GUTTER
LAND = landscape(A4)[0] - LEFT - RIGHT


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    height = A4[1]
    land_w, land_h = landscape(A4)
    inner_h = height - TOP - FOOT
    running = _running(furniture, total)

    def ruled(canvas: Canvas, document: BaseDocTemplate) -> None:
        running(canvas, document)
        canvas.saveState()
        canvas.setStrokeColor(DAFFODIL)
        canvas.setLineWidth(0.9)
        x = LEFT + COLUMN + GUTTER / 2
        canvas.line(x, FOOT + 10, x, FOOT + inner_h - 10)
        canvas.restoreState()

    def noted(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(STONE)
        canvas.rect(LEFT - 8, FOOT - 6, NOTES_W + 14, inner_h + 12, stroke=0, fill=1)
        canvas.setFillColor(GREEN)
        canvas.rect(LEFT - 8, FOOT - 6, 3, inner_h + 12, stroke=0, fill=1)
        canvas.restoreState()
        running(canvas, document)

    return [
        PageTemplate("one", [Frame(LEFT, FOOT, WIDTH, inner_h, id="one")], onPage=running),
        PageTemplate(
            "two",
            [
                Frame(LEFT, FOOT, COLUMN, inner_h, id="left"),
                Frame(LEFT + COLUMN + GUTTER, FOOT, COLUMN, inner_h),
            ],
            onPage=ruled,
        ),
        # Side notes first, then a FrameBreak moves on to the main text at the right.
        PageTemplate(
            "notes",
            [
                Frame(LEFT, FOOT, NOTES_W, inner_h, id="notes"),
                Frame(LEFT + NOTES_W + GUTTER, FOOT, MAIN, inner_h, id="main"),
            ],
            onPage=noted,
        ),
        PageTemplate(
            "land",
            [Frame(LEFT, FOOT - 10, land_w - LEFT - RIGHT, land_h - TOP - FOOT + 14, id="land")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH, style: ParagraphStyle = NOTICE) -> Flowable:
    """The fictional-document notice on stone with a red bar at its left."""
    box = Table([["", p(FICTIONAL, style)]], colWidths=[4, width - 4], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, 0), RED),
                ("BACKGROUND", (1, 0), (1, 0), STONE),
                ("LEFTPADDING", (1, 0), (1, 0), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def _table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    figs: Collection[int],
    styles: Any,
    repeat: int = 1,
) -> Table:
    return Table(styled_cells(rows, figs, styles), colWidths=list(widths), repeatRows=repeat, hAlign="LEFT")


def banded(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = BANDED_STYLES, total: bool = False,
) -> Table:  # fmt: skip
    """A green header in white, stone rows in turn, a total row over a daffodil rule if any."""
    table = _table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), GREEN),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), STONE) for r in range(2, len(rows), 2)]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.4, DAFFODIL))
    table.setStyle(TableStyle(commands))
    return table


def lined(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = LINED_STYLES,
) -> Table:  # fmt: skip
    """Green header text over a slate rule, a hairline under every row."""
    table = _table(rows, widths, figs, styles)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1.1, SLATE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, HAIR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
            ]
        )
    )
    return table


def boxed(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = LINED_STYLES, head: bool = True,
) -> Table:  # fmt: skip
    """A full thin grid, a daffodil header (or none)."""
    table = _table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, SLATE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), DAFFODIL))
    table.setStyle(TableStyle(commands))
    return table


def export(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = EXP_STYLES,
) -> Table:  # fmt: skip
    """A finance system's export: a grey header, horizontal lines only, the header repeated on each page."""
    table = _table(rows, widths, figs, styles)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.86, 0.86, 0.86)),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.Color(0.6, 0.6, 0.6)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.6),
            ]
        )
    )
    return table


class Signature(Flowable):
    """A signature as a loop of pen strokes over a dotted line, with a caption under it."""

    def __init__(self, caption: str, seed: int = 0, font: str = "Helvetica") -> None:
        super().__init__()
        self.caption, self.seed, self.font = caption, seed, font
        self.width, self.height = 230, 46

    def draw(self) -> None:
        c, s = self.canv, self.seed
        c.setStrokeColor(colors.Color(0.05, 0.12, 0.35))
        c.setLineWidth(1.2)
        c.bezier(4, 20, 14, 44, 26, 8 + s, 38, 30)
        c.bezier(38, 30, 48, 46, 58, 12, 72 + s, 26)
        c.bezier(72 + s, 26, 90, 34, 104, 14, 126, 22 + s)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.setDash(1, 2)
        c.line(0, 13, 210, 13)
        c.setDash()
        c.setFont(self.font, 8)
        c.setFillColor(colors.black)
        c.drawString(0, 2, self.caption)
