"""Partnership AI's page furniture, unlike common.py's and the other partnerships' layout modules: the 2022-23
annual report in STIX General on three columns with DejaVu Sans Bold headings, the 2023-24 one on landscape
pages in Bitstream Vera with Times Bold headings and a linen column of key figures at the left, the strategic
assessment in Helvetica with DejaVu Serif Bold headings and its figures in DejaVu Sans Mono, formal minutes in
Times, a decision note of a meeting in DejaVu Sans, signed minutes in DejaVu Serif (scanned), the Grants
Sub-Group's notes in Helvetica, minutes with hanging numbers in STIX General, terms of reference in DejaVu
Serif and a funding register printed in DejaVu Sans Mono; in rust with a slate-blue accent, on linen. Page 1
opens in one of four ways: a "band" (a rust band across the top of the paper with the partnership's name in
white capitals and a thin slate band under it), a "crest" (a slate shield drawn at the centre with the
council's name under it, between two rules), a "tab" (a slate tab down the right edge of the paper with the
document's label set upward in it) or a "rule" (a thick rust rule with the label at its left and the
partnership's short name at its right). Later pages carry a running head that sits at the outer edge (left on
even pages, right on odd) or centred between two slate rules. Each document has its own foot with {n} and
{total}: centred, at the left, at the right or at the outer edge. Templates: "one", "three" (three columns
with slate hairlines between them), "threefront" (a full-width head over three columns), "two" (two columns
with a rust rule between them), "land" (landscape), "landside" (landscape, a linen column at the left then two
columns) and "landwide" (landscape, the linen column then one wide one). Tables are "rust" (a rust header in
white, linen rows in turn), "booktabs" (slate rules: thick above the header and below the last row, thin under
the header), "boxed" (every cell ruled in grey, a sand header) or "printout" (a register as printed from a
finance system: no rules but a dashed line under the header). The fictional-document notice sits on linen
under a rust rule. Laid out twice so a foot can state the page count."""

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

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker, styled_table

RUST = colors.Color(0.6, 0.24, 0.11)
SLATE = colors.Color(0.24, 0.33, 0.47)
LINEN = colors.Color(0.97, 0.95, 0.9)
SAND = colors.Color(0.91, 0.86, 0.77)
GREY = colors.Color(0.4, 0.4, 0.4)
RULE = colors.Color(0.7, 0.68, 0.64)
INK = colors.Color(0.1, 0.09, 0.08)
LEFT, RIGHT, TOP, FOOT = 52.0, 52.0, 86.0, 60.0
TTF = Path(get_data_path()) / "fonts" / "ttf"
BRAND = "Ellerdyke Community Safety Partnership"
COUNCIL = "Ellerdyke Metropolitan Borough Council"


def _fonts() -> None:
    if "ElStix" in pdfmetrics.getRegisteredFontNames():
        return
    ttf = (
        ("ElSans", "DejaVuSans.ttf"),
        ("ElSansBold", "DejaVuSans-Bold.ttf"),
        ("ElSansItalic", "DejaVuSans-Oblique.ttf"),
        ("ElSansBoldItalic", "DejaVuSans-BoldOblique.ttf"),
        ("ElMono", "DejaVuSansMono.ttf"),
        ("ElMonoBold", "DejaVuSansMono-Bold.ttf"),
        ("ElMonoItalic", "DejaVuSansMono-Oblique.ttf"),
        ("ElMonoBoldItalic", "DejaVuSansMono-BoldOblique.ttf"),
        ("ElSerif", "DejaVuSerif.ttf"),
        ("ElSerifBold", "DejaVuSerif-Bold.ttf"),
        ("ElSerifItalic", "DejaVuSerif-Italic.ttf"),
        ("ElSerifBoldItalic", "DejaVuSerif-BoldItalic.ttf"),
        ("ElStix", "STIXGeneral.ttf"),
        ("ElStixBold", "STIXGeneralBol.ttf"),
        ("ElStixItalic", "STIXGeneralItalic.ttf"),
        ("ElStixBoldItalic", "STIXGeneralBolIta.ttf"),
    )
    for name, file in ttf:
        pdfmetrics.registerFont(TTFont(name, str(TTF / file)))
    vera = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("ElVera", "Vera.ttf"), ("ElVeraBold", "VeraBd.ttf"), ("ElVeraItalic", "VeraIt.ttf"),
                       ("ElVeraBoldItalic", "VeraBI.ttf")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, str(vera / file)))
    for family in ("ElSans", "ElMono", "ElSerif", "ElStix", "ElVera"):
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}Bold",
            italic=f"{family}Italic",
            boldItalic=f"{family}BoldItalic",
        )


_fonts()

# Annual report 2022-23: STIX General on three columns, DejaVu Sans Bold headings.
TEXT = ParagraphStyle("ElText", parent=BODY, fontName="ElStix", fontSize=9.6, leading=12.4, spaceAfter=5)
SMALL = ParagraphStyle("ElSmall", parent=TEXT, fontSize=8.4, leading=10.4, spaceAfter=3)
TITLE = ParagraphStyle(
    "ElTitle", parent=TEXT, fontName="ElSansBold", fontSize=20, leading=24, textColor=RUST, spaceAfter=4
)
STANDFIRST = ParagraphStyle(
    "ElStandfirst", parent=TEXT, fontName="ElStixItalic", fontSize=11.5, leading=15, textColor=SLATE,
    spaceAfter=8,
)  # fmt: skip
H1 = ParagraphStyle(
    "ElH1", parent=TEXT, fontName="ElSansBold", fontSize=11, leading=13.5, textColor=RUST,
    spaceBefore=8, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
H2 = ParagraphStyle(
    "ElH2", parent=TEXT, fontName="ElSansBold", fontSize=8.6, leading=11, textColor=SLATE,
    spaceBefore=5, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
PULL = ParagraphStyle(
    "ElPull", parent=TEXT, fontName="ElStixBoldItalic", fontSize=12, leading=15, textColor=RUST,
    spaceBefore=4, spaceAfter=6,
)  # fmt: skip
NOTICE = ParagraphStyle("ElNotice", parent=SMALL, fontName="Helvetica", fontSize=7.4, leading=9.2)
CELL = ParagraphStyle("ElCell", parent=TEXT, fontSize=8, leading=9.6, spaceAfter=0)
FIG = ParagraphStyle("ElFig", parent=CELL, alignment=2)
HEAD = ParagraphStyle("ElHead", parent=CELL, fontName="ElSansBold", fontSize=7, textColor=colors.white)
HEAD_FIG = ParagraphStyle("ElHeadFig", parent=HEAD, alignment=2)
RUST_STYLES = (HEAD, HEAD_FIG, CELL, FIG)
# Annual report 2023-24: landscape, Bitstream Vera, Times Bold headings.
AR = ParagraphStyle("ElAr", parent=BODY, fontName="ElVera", fontSize=8.6, leading=12, spaceAfter=5)
AR_TITLE = ParagraphStyle(
    "ElArTitle", parent=AR, fontName="Times-Bold", fontSize=26, leading=30, textColor=SLATE, spaceAfter=4
)
AR_H1 = ParagraphStyle(
    "ElArH1", parent=AR, fontName="Times-Bold", fontSize=14, leading=17, textColor=SLATE,
    spaceBefore=8, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
AR_H2 = ParagraphStyle(
    "ElArH2", parent=AR, fontName="Times-BoldItalic", fontSize=10.5, leading=13, textColor=RUST,
    spaceBefore=5, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
SIDE = ParagraphStyle("ElSide", parent=AR, fontSize=7.8, leading=10, spaceAfter=2, textColor=INK)
SIDE_H = ParagraphStyle(
    "ElSideH", parent=SIDE, fontName="Times-Bold", fontSize=10.5, leading=13, textColor=SLATE, spaceBefore=6
)
SIDE_BIG = ParagraphStyle(
    "ElSideBig", parent=SIDE, fontName="ElSerifBold", fontSize=16, leading=19, textColor=RUST, spaceBefore=4,
    spaceAfter=0,
)  # fmt: skip
AR_CELL = ParagraphStyle("ElArCell", parent=AR, fontSize=7.6, leading=9.4, spaceAfter=0)
AR_FIG = ParagraphStyle("ElArFig", parent=AR_CELL, alignment=2)
AR_HEAD = ParagraphStyle("ElArHead", parent=AR_CELL, fontName="ElVeraBold", textColor=SLATE)
AR_HEAD_FIG = ParagraphStyle("ElArHeadFig", parent=AR_HEAD, alignment=2)
AR_STYLES = (AR_HEAD, AR_HEAD_FIG, AR_CELL, AR_FIG)
# The assessment: Helvetica, DejaVu Serif Bold headings, figures in DejaVu Sans Mono.
SA = ParagraphStyle("ElSa", parent=BODY, fontName="Helvetica", fontSize=9.4, leading=12.6, spaceAfter=5)
SA_H = ParagraphStyle(
    "ElSaH", parent=SA, fontName="ElSerifBold", fontSize=12, leading=15, textColor=RUST,
    spaceBefore=9, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
SA_CAPTION = ParagraphStyle(
    "ElSaCaption", parent=SA, fontName="Helvetica-Bold", fontSize=8.4, leading=10.5, textColor=SLATE,
    spaceBefore=5, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
SA_CELL = ParagraphStyle("ElSaCell", parent=SA, fontSize=8.2, leading=9.8, spaceAfter=0)
SA_FIG = ParagraphStyle("ElSaFig", parent=SA_CELL, fontName="ElMono", fontSize=7.6, alignment=2)
SA_HEAD = ParagraphStyle("ElSaHead", parent=SA_CELL, fontName="Helvetica-Bold", textColor=colors.white)
SA_HEAD_FIG = ParagraphStyle("ElSaHeadFig", parent=SA_HEAD, alignment=2)
SA_RUST = (SA_HEAD, SA_HEAD_FIG, SA_CELL, SA_FIG)
SA_HEAD_S = ParagraphStyle("ElSaHeadS", parent=SA_CELL, fontName="Helvetica-Bold", textColor=SLATE)
SA_HEAD_S_FIG = ParagraphStyle("ElSaHeadSFig", parent=SA_HEAD_S, alignment=2)
SA_BOOK = (SA_HEAD_S, SA_HEAD_S_FIG, SA_CELL, SA_FIG)
# Formal minutes: Times.
MIN = ParagraphStyle("ElMin", parent=BODY, fontName="Times-Roman", fontSize=10.8, leading=13.6, spaceAfter=5)
MIN_H = ParagraphStyle(
    "ElMinH", parent=MIN, fontName="Times-Bold", fontSize=11.2, spaceBefore=9, spaceAfter=3, keepWithNext=1
)
MIN_TITLE = ParagraphStyle(
    "ElMinTitle", parent=MIN, fontName="Times-Bold", fontSize=14, leading=18, alignment=1, spaceAfter=2
)
MIN_CENTRE = ParagraphStyle("ElMinCentre", parent=MIN, alignment=1)
MIN_CELL = ParagraphStyle("ElMinCell", parent=MIN, fontSize=9.8, leading=12, spaceAfter=0)
MIN_CELL_B = ParagraphStyle("ElMinCellB", parent=MIN_CELL, fontName="Times-Bold")
MIN_STYLES = (MIN_CELL_B, MIN_CELL_B, MIN_CELL, MIN_CELL)
# A meeting's decision note: DejaVu Sans.
NOTE = ParagraphStyle("ElNote", parent=BODY, fontName="ElSans", fontSize=8.4, leading=11.2, spaceAfter=4)
NOTE_H = ParagraphStyle(
    "ElNoteH", parent=NOTE, fontName="ElSansBold", fontSize=9.8, leading=12.5, textColor=SLATE, spaceBefore=7,
    keepWithNext=1,
)  # fmt: skip
NOTE_CELL = ParagraphStyle("ElNoteCell", parent=NOTE, fontSize=7.6, leading=9.6, spaceAfter=0)
NOTE_HEAD = ParagraphStyle("ElNoteHead", parent=NOTE_CELL, fontName="ElSansBold", textColor=colors.white)
NOTE_STYLES = (NOTE_HEAD, NOTE_HEAD, NOTE_CELL, NOTE_CELL)
# Signed minutes (scanned): DejaVu Serif.
SIGNED = ParagraphStyle("ElSigned", parent=BODY, fontName="ElSerif", fontSize=9.4, leading=12.6, spaceAfter=5)
SIGNED_H = ParagraphStyle(
    "ElSignedH", parent=SIGNED, fontName="ElSerifBold", fontSize=10, spaceBefore=8, spaceAfter=2,
    keepWithNext=1,
)  # fmt: skip
SIGNED_TITLE = ParagraphStyle(
    "ElSignedTitle", parent=SIGNED, fontName="ElSerifBold", fontSize=13, leading=17, alignment=1
)
# The Grants Sub-Group's notes: Helvetica.
SUB = ParagraphStyle("ElSub", parent=BODY, fontName="Helvetica", fontSize=9, leading=12, spaceAfter=4)
SUB_H = ParagraphStyle(
    "ElSubH", parent=SUB, fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=RUST, spaceBefore=8,
    keepWithNext=1,
)  # fmt: skip
SUB_CELL = ParagraphStyle("ElSubCell", parent=SUB, fontSize=7.9, leading=9.6, spaceAfter=0)
SUB_FIG = ParagraphStyle("ElSubFig", parent=SUB_CELL, alignment=2)
SUB_HEAD = ParagraphStyle("ElSubHead", parent=SUB_CELL, fontName="Helvetica-Bold")
SUB_HEAD_FIG = ParagraphStyle("ElSubHeadFig", parent=SUB_HEAD, alignment=2)
SUB_STYLES = (SUB_HEAD, SUB_HEAD_FIG, SUB_CELL, SUB_FIG)
# Minutes with hanging numbers: STIX General, Helvetica Bold headings.
HANG = ParagraphStyle("ElHang", parent=BODY, fontName="ElStix", fontSize=10.4, leading=13.2, spaceAfter=4)
HANG_H = ParagraphStyle("ElHangH", parent=HANG, fontName="Helvetica-Bold", fontSize=9.6, leading=12.4)
HANG_NO = ParagraphStyle("ElHangNo", parent=HANG_H, textColor=RUST)
HANG_CELL = ParagraphStyle("ElHangCell", parent=HANG, fontSize=9, leading=11, spaceAfter=0)
HANG_HEAD = ParagraphStyle("ElHangHead", parent=HANG_CELL, fontName="Helvetica-Bold", fontSize=8.4)
HANG_STYLES = (HANG_HEAD, HANG_HEAD, HANG_CELL, HANG_CELL)
# Terms of reference: DejaVu Serif.
TOR = ParagraphStyle("ElTor", parent=BODY, fontName="ElSerif", fontSize=8.9, leading=12.4, spaceAfter=4)
TOR_H = ParagraphStyle(
    "ElTorH", parent=TOR, fontName="ElSerifBold", fontSize=10.4, leading=13.4, textColor=SLATE, spaceBefore=9,
    keepWithNext=1,
)  # fmt: skip
TOR_CELL = ParagraphStyle("ElTorCell", parent=TOR, fontSize=8, leading=10.2, spaceAfter=0)
TOR_FIG = ParagraphStyle("ElTorFig", parent=TOR_CELL, alignment=2)
TOR_HEAD = ParagraphStyle("ElTorHead", parent=TOR_CELL, fontName="ElSerifBold")
TOR_HEAD_FIG = ParagraphStyle("ElTorHeadFig", parent=TOR_HEAD, alignment=2)
TOR_STYLES = (TOR_HEAD, TOR_HEAD_FIG, TOR_CELL, TOR_FIG)
# A register printed from a finance system: DejaVu Sans Mono.
PRINT = ParagraphStyle("ElPrint", parent=BODY, fontName="ElMono", fontSize=7.6, leading=9.8, spaceAfter=3)
PRINT_CELL = ParagraphStyle("ElPrintCell", parent=PRINT, fontSize=6.7, leading=8.2, spaceAfter=0)
PRINT_FIG = ParagraphStyle("ElPrintFig", parent=PRINT_CELL, alignment=2)
PRINT_HEAD = ParagraphStyle("ElPrintHead", parent=PRINT_CELL, fontName="ElMonoBold")
PRINT_HEAD_FIG = ParagraphStyle("ElPrintHeadFig", parent=PRINT_HEAD, alignment=2)
PRINT_STYLES = (PRINT_HEAD, PRINT_HEAD_FIG, PRINT_CELL, PRINT_FIG)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "14 July 2022"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def ordinal_date(iso: str) -> str:
    """ "14th July 2022"."""
    d = day(iso)
    suffix = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d.strftime('%B %Y')}"


def weekday_ordinal(iso: str) -> str:
    """ "Thursday 14th July 2022"."""
    return f"{day(iso).strftime('%A')} {ordinal_date(iso)}"


def dashed_date(iso: str) -> str:
    """ "14-Jul-22"."""
    d = day(iso)
    return f"{d.day:02d}-{d.strftime('%b')}-{d.strftime('%y')}"


def point_date(iso: str) -> str:
    """ "14.7.2022"."""
    d = day(iso)
    return f"{d.day}.{d.month}.{d.year}"


def pounds(amount: int) -> str:
    """£12,400."""
    return f"£{amount:,}"


def pence(amount: int) -> str:
    """£12,400.00."""
    return f"£{amount:,}.00"


def ledger_figure(amount: int) -> str:
    """12400.00, as a finance system prints it."""
    return f"{amount}.00"


def kpounds(amount: int) -> str:
    """£8k, £21.75k, £12.4k: exact, never rounded."""
    text = f"{amount // 1000}.{amount % 1000:03d}".rstrip("0").rstrip(".")
    return f"£{text}k"


def thousands(amount: int) -> str:
    """12.4 or 48.0 (a column headed £k): one decimal when exact, else two."""
    if amount % 100 == 0:
        return f"{amount / 1000:.1f}"
    return f"{amount / 1000:.2f}"


@dataclass(frozen=True)
class Furniture:
    """`head` runs on pages after the first, `head_place` "outer" (left on even pages, right on odd) or
    "centre" (between two slate rules); `label` is page 1's label; `opening` is "band", "crest", "tab",
    "rule" or ""; `foot` is a format with {n} and {total}, placed "centre", "left", "right" or "outer"."""

    head: str
    label: str = ""
    opening: str = "band"
    head_place: str = "outer"
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
    canvas.setFillColor(RUST)
    canvas.rect(0, height - 58, width, 58, stroke=0, fill=1)
    canvas.setFillColor(SLATE)
    canvas.rect(0, height - 64, width, 6, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(LEFT, height - 28, BRAND.upper())
    if label:
        canvas.setFont("Helvetica", 8.6)
        canvas.drawString(LEFT, height - 43, label)


def _crest(canvas: Canvas, width: float, height: float, label: str) -> None:
    x, top = width / 2, height - 22
    path = canvas.beginPath()
    path.moveTo(x - 13, top)
    path.lineTo(x + 13, top)
    path.lineTo(x + 13, top - 16)
    path.curveTo(x + 13, top - 26, x + 4, top - 31, x, top - 34)
    path.curveTo(x - 4, top - 31, x - 13, top - 26, x - 13, top - 16)
    path.close()
    canvas.setFillColor(SLATE)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Times-Bold", 13)
    canvas.drawCentredString(x, top - 20, "E")
    canvas.setFillColor(INK)
    canvas.setFont("Times-Bold", 10.5)
    canvas.drawCentredString(x, top - 48, COUNCIL)
    canvas.setStrokeColor(RUST)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, top - 54, width - RIGHT, top - 54)
    canvas.line(LEFT, top - 57, width - RIGHT, top - 57)
    if label:
        canvas.setFont("Times-Italic", 8.4)
        canvas.setFillColor(GREY)
        canvas.drawRightString(width - RIGHT, top - 67, label)


def _tab(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(SLATE)
    canvas.rect(width - 30, height - 250, 30, 210, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.saveState()
    canvas.translate(width - 12, height - 240)
    canvas.rotate(90)
    canvas.drawString(0, 0, label)
    canvas.restoreState()
    canvas.setFillColor(RUST)
    canvas.rect(LEFT, height - 40, 90, 5, stroke=0, fill=1)


def _rule(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setStrokeColor(RUST)
    canvas.setLineWidth(4)
    canvas.line(LEFT, height - 52, width - RIGHT, height - 52)
    canvas.setFillColor(INK)
    canvas.setFont("Helvetica-Bold", 8.4)
    if label:
        canvas.drawString(LEFT, height - 44, label)
    canvas.setFillColor(SLATE)
    canvas.drawRightString(width - RIGHT, height - 44, "Ellerdyke CSP")


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture, page: int) -> None:
    if not furniture.head:
        return
    canvas.setFillColor(GREY)
    canvas.setFont("Helvetica-Oblique", 7.4)
    y = height - 40
    if furniture.head_place == "centre":
        text_w = canvas.stringWidth(furniture.head, "Helvetica-Oblique", 7.4)
        canvas.drawCentredString(width / 2, y, furniture.head)
        canvas.setStrokeColor(SLATE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, y + 2.5, width / 2 - text_w / 2 - 8, y + 2.5)
        canvas.line(width / 2 + text_w / 2 + 8, y + 2.5, width - RIGHT, y + 2.5)
        return
    if page % 2 == 0:
        canvas.drawString(LEFT, y, furniture.head)
    else:
        canvas.drawRightString(width - RIGHT, y, furniture.head)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(LEFT, y - 5, width - RIGHT, y - 5)


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            openings = {"band": _band, "crest": _crest, "tab": _tab, "rule": _rule}
            if furniture.opening in openings:
                openings[furniture.opening](canvas, width, height, furniture.label)
        else:
            _later(canvas, width, height, furniture, page)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 7.6)
        if furniture.foot:
            text = furniture.foot.format(n=page, total=total)
            place = furniture.place
            if place == "outer":
                place = "left" if page % 2 == 0 else "right"
            if place == "right":
                canvas.drawRightString(width - RIGHT, 30, text)
            elif place == "left":
                canvas.drawString(LEFT, 30, text)
            else:
                canvas.drawCentredString(width / 2, 30, text)
        canvas.restoreState()

    return draw


WIDTH = A4[0] - LEFT - RIGHT
GUTTER = 16.0
THIRD = (WIDTH - 2 * GUTTER) / 3
HALF = (WIDTH - 22) / 2
LAND = landscape(A4)[0] - LEFT - RIGHT
SIDE_W = 170.0
LAND_HALF = (LAND - SIDE_W - 2 * 20) / 2


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    height = A4[1]
    land_w, land_h = landscape(A4)
    inner_h = height - TOP - FOOT
    land_inner = land_h - TOP - FOOT + 14
    running = _running(furniture, total)

    def three(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(SLATE)
        canvas.setLineWidth(0.35)
        for i in (1, 2):
            x = LEFT + i * THIRD + (i - 0.5) * GUTTER
            canvas.line(x, FOOT + 4, x, FOOT + inner_h - 4)
        canvas.restoreState()
        running(canvas, document)

    def two(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RUST)
        canvas.setLineWidth(0.6)
        x = LEFT + HALF + 11
        canvas.line(x, FOOT + 4, x, FOOT + inner_h - 4)
        canvas.restoreState()
        running(canvas, document)

    def side(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(LINEN)
        canvas.rect(LEFT - 8, FOOT - 14, SIDE_W + 12, land_inner + 8, stroke=0, fill=1)
        canvas.setFillColor(RUST)
        canvas.rect(LEFT - 8, FOOT - 14 + land_inner + 8, SIDE_W + 12, 3, stroke=0, fill=1)
        canvas.restoreState()
        running(canvas, document)

    side_x = LEFT + SIDE_W + 20
    front_h = 190.0
    return [
        # A page 1 with a full-width head over three columns: a FrameBreak moves on to the first column.
        PageTemplate(
            "threefront",
            [
                Frame(LEFT, FOOT + inner_h - front_h, WIDTH, front_h, id="front"),
                *(
                    Frame(LEFT + i * (THIRD + GUTTER), FOOT, THIRD, inner_h - front_h, id=f"f{i}")
                    for i in range(3)
                ),
            ],
            onPage=running,
        ),
        PageTemplate("one", [Frame(LEFT, FOOT, WIDTH, inner_h, id="one")], onPage=running),
        PageTemplate(
            "three",
            [Frame(LEFT + i * (THIRD + GUTTER), FOOT, THIRD, inner_h, id=f"c{i}") for i in range(3)],
            onPage=three,
        ),
        PageTemplate(
            "two",
            [
                Frame(LEFT, FOOT, HALF, inner_h, id="left"),
                Frame(LEFT + HALF + 22, FOOT, HALF, inner_h, id="right"),
            ],
            onPage=two,
        ),
        PageTemplate(
            "land",
            [Frame(LEFT, FOOT - 10, land_w - LEFT - RIGHT, land_inner, id="land")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
        # The linen column first, then a FrameBreak moves on to the two columns of text.
        PageTemplate(
            "landside",
            [
                Frame(LEFT, FOOT - 10, SIDE_W, land_inner, id="side"),
                Frame(side_x, FOOT - 10, LAND_HALF, land_inner, id="l1"),
                Frame(side_x + LAND_HALF + 20, FOOT - 10, LAND_HALF, land_inner, id="l2"),
            ],
            onPage=side,
            pagesize=(land_w, land_h),
        ),
        PageTemplate(
            "landwide",
            [
                Frame(LEFT, FOOT - 10, SIDE_W, land_inner, id="wside"),
                Frame(side_x, FOOT - 10, LAND - SIDE_W - 20, land_inner, id="wmain"),
            ],
            onPage=side,
            pagesize=(land_w, land_h),
        ),
    ]


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH, style: ParagraphStyle = NOTICE) -> Flowable:
    """The fictional-document notice on linen under a rust rule."""
    box = Table([[p(FICTIONAL, style)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LINEN),
                ("LINEABOVE", (0, 0), (-1, 0), 2, RUST),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def boxed_note(flowables: Sequence[Flowable], width: float, edge: Any = SLATE) -> Table:
    """Flowables on linen with a thick rule down their left edge."""
    box = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LINEN),
                ("LINEBEFORE", (0, 0), (0, -1), 3, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def rust(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = RUST_STYLES, total: bool = False,
) -> Table:  # fmt: skip
    """A rust header in white, linen rows in turn, a total row over a slate rule if any."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), RUST),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), LINEN) for r in range(2, len(rows), 2)]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.2, SLATE))
    table.setStyle(TableStyle(commands))
    return table


def booktabs(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = SA_BOOK,
) -> Table:  # fmt: skip
    """Slate rules: thick above the header and under the last row, thin under the header."""
    table = styled_table(rows, widths, figs, styles)
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1.4, SLATE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, SLATE),
                ("LINEBELOW", (0, -1), (-1, -1), 1.4, SLATE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
            ]
        )
    )
    return table


def boxed(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = SA_BOOK, head: bool = True,
) -> Table:  # fmt: skip
    """Every cell ruled in grey, a sand header (or none)."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SAND))
    table.setStyle(TableStyle(commands))
    return table


def printout(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = PRINT_STYLES,
) -> Table:  # fmt: skip
    """A register as a finance system prints it: no rules but a dashed line under the header."""
    table = styled_table(rows, widths, figs, styles)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK, None, (2, 2)),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, INK, None, (2, 2)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.4),
            ]
        )
    )
    return table


class Signature(Flowable):
    """A signature as pen strokes over a dotted line, with a caption under it."""

    def __init__(self, caption: str, seed: int = 0, font: str = "Times-Roman") -> None:
        super().__init__()
        self.caption, self.seed, self.font = caption, seed, font
        self.width, self.height = 230, 46

    def draw(self) -> None:
        c, s = self.canv, self.seed
        c.setStrokeColor(colors.Color(0.08, 0.12, 0.35))
        c.setLineWidth(1.2)
        c.bezier(4, 16, 14, 42, 30, 8 + s, 44, 30)
        c.bezier(44, 30, 50, 40, 66, 12, 78 + s, 26)
        c.bezier(78 + s, 26, 100, 34, 118, 10, 150, 22 + s)
        c.line(60, 14, 150, 18)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.setDash(1, 2)
        c.line(0, 13, 210, 13)
        c.setDash()
        c.setFont(self.font, 8.2)
        c.setFillColor(colors.black)
        c.drawString(0, 2, self.caption)
