"""Partnership AF's page furniture, unlike common.py's and the other partnerships' layout modules: annual
reports in Times with headings in Helvetica-Bold, an intelligence assessment in DejaVu Sans with figures in
DejaVu Sans Mono, formal minutes in STIX General, action notes in Bitstream Vera, a sub-group's typed notes
in Courier (scanned), terms of reference in DejaVu Serif, an action tracker in Helvetica and a decision log
printed from a spreadsheet in Courier; in plum with an ochre accent on parchment. Page 1 opens in one of
five ways: a "masthead" (a plum band across the paper with the brand in white at the left and the
document's label at the right, an ochre line under it), a "crest" (an ochre shield with "K" in plum, the
brand centred under it between two plum rules), a "letterhead" (the district council's name at the right
over an address line in grey, an ochre rule across the text width), a "printout" (a spreadsheet's
print line in a thin box) or nothing (a typed note carries its own heading). Later pages carry the brand
and a running head at the left over a hairline plum rule, with an ochre tick at the right. Each document
has its own foot, with {n} and {total}, centred or at the right. Templates: portrait, two columns with a
plum rule between them, "sidebar" (a parchment column of key facts at the right and the text at the left)
and landscape. Tables are "striped" (a plum header in white, parchment rows in turn), "rules" (a heavy rule
above and below the header and at the foot, nothing else), "grid" (a thin full grid, a parchment header) or
"sheet" (a spreadsheet's grid in Courier with grey column letters). The fictional-document notice sits in
an ochre-bordered box. Laid out twice so a foot can state the page count."""

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

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker, styled_cells, styled_table

PLUM = colors.Color(0.40, 0.15, 0.36)
OCHRE = colors.Color(0.80, 0.57, 0.12)
PARCHMENT = colors.Color(0.98, 0.96, 0.89)
HAIRLINE = colors.Color(0.72, 0.66, 0.70)
GREY = colors.Color(0.42, 0.42, 0.44)
INK = colors.Color(0.12, 0.10, 0.12)
LEFT, RIGHT, TOP, FOOT, GUTTER = 54.0, 54.0, 86.0, 58.0, 26.0
TTF = Path(get_data_path()) / "fonts" / "ttf"
BRAND = "Kelsthorpe Community Safety Partnership"


def _fonts() -> None:
    if "KeStix" in pdfmetrics.getRegisteredFontNames():
        return
    ttf = (
        ("KeStix", "STIXGeneral.ttf"),
        ("KeStixBold", "STIXGeneralBol.ttf"),
        ("KeStixItalic", "STIXGeneralItalic.ttf"),
        ("KeStixBoldItalic", "STIXGeneralBolIta.ttf"),
        ("KeSerif", "DejaVuSerif.ttf"),
        ("KeSerifBold", "DejaVuSerif-Bold.ttf"),
        ("KeSerifItalic", "DejaVuSerif-Italic.ttf"),
        ("KeSerifBoldItalic", "DejaVuSerif-BoldItalic.ttf"),
        ("KeSans", "DejaVuSans.ttf"),
        ("KeSansBold", "DejaVuSans-Bold.ttf"),
        ("KeSansItalic", "DejaVuSans-Oblique.ttf"),
        ("KeSansBoldItalic", "DejaVuSans-BoldOblique.ttf"),
        ("KeMono", "DejaVuSansMono.ttf"),
        ("KeMonoBold", "DejaVuSansMono-Bold.ttf"),
    )
    for name, file in ttf:
        pdfmetrics.registerFont(TTFont(name, str(TTF / file)))
    vera = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("KeVera", "Vera.ttf"), ("KeVeraBold", "VeraBd.ttf"), ("KeVeraItalic", "VeraIt.ttf"),
                       ("KeVeraBoldItalic", "VeraBI.ttf")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, str(vera / file)))
    for family in ("KeStix", "KeSerif", "KeSans", "KeVera"):
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}Bold",
            italic=f"{family}Italic",
            boldItalic=f"{family}BoldItalic",
        )
    pdfmetrics.registerFontFamily("KeMono", normal="KeMono", bold="KeMonoBold")


_fonts()

# Annual reports: Times text, Helvetica-Bold headings.
TEXT = ParagraphStyle(
    "KeText", parent=BODY, fontName="Times-Roman", fontSize=10.4, leading=13.4, spaceAfter=5
)
SMALL = ParagraphStyle("KeSmall", parent=TEXT, fontSize=9, leading=11.2, spaceAfter=3)
TITLE = ParagraphStyle(
    "KeTitle", parent=TEXT, fontName="Helvetica-Bold", fontSize=22, leading=26, textColor=PLUM, spaceAfter=4
)
SUBTITLE = ParagraphStyle("KeSubtitle", parent=TEXT, fontName="Times-Italic", fontSize=12, textColor=INK)
H1 = ParagraphStyle(
    "KeH1", parent=TEXT, fontName="Helvetica-Bold", fontSize=12.5, leading=15.5, textColor=PLUM,
    spaceBefore=9, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
H2 = ParagraphStyle(
    "KeH2", parent=TEXT, fontName="Helvetica-BoldOblique", fontSize=9.8, leading=12.4, textColor=INK,
    spaceBefore=5, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
SIDE = ParagraphStyle("KeSide", parent=SMALL, fontName="Helvetica", fontSize=8, leading=10.2, textColor=INK)
SIDE_H = ParagraphStyle(
    "KeSideH", parent=SIDE, fontName="Helvetica-Bold", fontSize=8.6, textColor=PLUM, spaceBefore=5
)
SIDE_BIG = ParagraphStyle(
    "KeSideBig", parent=SIDE, fontName="Times-Bold", fontSize=18, leading=20, textColor=OCHRE, spaceAfter=0
)
QUOTE = ParagraphStyle(
    "KeQuote", parent=TEXT, fontName="Times-Italic", fontSize=11.5, leading=15, textColor=PLUM, leftIndent=12
)
NOTICE = ParagraphStyle("KeNotice", parent=SMALL, fontName="Helvetica", fontSize=7.6, leading=9.6)
CELL = ParagraphStyle("KeCell", parent=TEXT, fontName="Helvetica", fontSize=7.8, leading=9.6, spaceAfter=0)
FIG = ParagraphStyle("KeFig", parent=CELL, alignment=2)
HEAD = ParagraphStyle("KeHead", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
HEAD_FIG = ParagraphStyle("KeHeadFig", parent=HEAD, alignment=2)
HEAD_DARK = ParagraphStyle("KeHeadDark", parent=CELL, fontName="Helvetica-Bold", textColor=INK)
HEAD_DARK_FIG = ParagraphStyle("KeHeadDarkFig", parent=HEAD_DARK, alignment=2)
STRIPED_STYLES = (HEAD, HEAD_FIG, CELL, FIG)
RULES_STYLES = (HEAD_DARK, HEAD_DARK_FIG, CELL, FIG)
# The assessment: DejaVu Sans, figures in DejaVu Sans Mono.
SIA = ParagraphStyle("KeSia", parent=BODY, fontName="KeSans", fontSize=8.6, leading=12, spaceAfter=4)
SIA_H = ParagraphStyle(
    "KeSiaH", parent=SIA, fontName="KeSansBold", fontSize=11, leading=14, textColor=PLUM,
    spaceBefore=8, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
SIA_CAPTION = ParagraphStyle(
    "KeSiaCaption", parent=SIA, fontName="KeSansBold", fontSize=7.8, leading=10, textColor=OCHRE,
    spaceBefore=4, keepWithNext=1,
)  # fmt: skip
SIA_CELL = ParagraphStyle("KeSiaCell", parent=SIA, fontSize=7.4, leading=9.2, spaceAfter=0)
SIA_FIG = ParagraphStyle("KeSiaFig", parent=SIA_CELL, fontName="KeMono", fontSize=7.3, alignment=2)
SIA_HEAD = ParagraphStyle("KeSiaHead", parent=SIA_CELL, fontName="KeSansBold", textColor=colors.white)
SIA_HEAD_FIG = ParagraphStyle("KeSiaHeadFig", parent=SIA_HEAD, alignment=2)
SIA_STYLES = (SIA_HEAD, SIA_HEAD_FIG, SIA_CELL, SIA_FIG)
SIA_DARK = ParagraphStyle("KeSiaDark", parent=SIA_CELL, fontName="KeSansBold", textColor=INK)
SIA_DARK_FIG = ParagraphStyle("KeSiaDarkFig", parent=SIA_DARK, alignment=2)
SIA_RULES = (SIA_DARK, SIA_DARK_FIG, SIA_CELL, SIA_FIG)
# Formal minutes: STIX General.
MIN = ParagraphStyle("KeMin", parent=BODY, fontName="KeStix", fontSize=11, leading=13.8, spaceAfter=5)
MIN_H = ParagraphStyle(
    "KeMinH", parent=MIN, fontName="KeStixBold", spaceBefore=8, spaceAfter=2, keepWithNext=1
)
MIN_TITLE = ParagraphStyle("KeMinTitle", parent=MIN, fontName="KeStixBold", fontSize=14.5, leading=18)
MIN_HANG = ParagraphStyle("KeMinHang", parent=MIN, leftIndent=30, firstLineIndent=-22)
MIN_CELL = ParagraphStyle("KeMinCell", parent=MIN, fontSize=9.8, leading=11.8, spaceAfter=0)
# Action notes: Vera.
VERA = ParagraphStyle("KeVera", parent=BODY, fontName="KeVera", fontSize=8.5, leading=11.2, spaceAfter=4)
VERA_H = ParagraphStyle(
    "KeVeraH", parent=VERA, fontName="KeVeraBold", fontSize=10, leading=13, textColor=PLUM, spaceBefore=7,
    keepWithNext=1,
)  # fmt: skip
VERA_CELL = ParagraphStyle("KeVeraCell", parent=VERA, fontSize=7.7, leading=9.6, spaceAfter=0)
VERA_HEAD = ParagraphStyle("KeVeraHead", parent=VERA_CELL, fontName="KeVeraBold", textColor=colors.white)
VERA_STYLES = (VERA_HEAD, VERA_HEAD, VERA_CELL, VERA_CELL)
# Typed notes: Courier.
TYPED = ParagraphStyle("KeTyped", parent=BODY, fontName="Courier", fontSize=9.2, leading=11.6, spaceAfter=5)
TYPED_B = ParagraphStyle("KeTypedB", parent=TYPED, fontName="Courier-Bold", spaceBefore=6, keepWithNext=1)
TYPED_CELL = ParagraphStyle("KeTypedCell", parent=TYPED, fontSize=8, leading=9.6, spaceAfter=0)
TYPED_NOTICE = ParagraphStyle("KeTypedNotice", parent=TYPED_CELL, fontName="Courier-Oblique")
# Terms of reference: DejaVu Serif.
TOR = ParagraphStyle("KeTor", parent=BODY, fontName="KeSerif", fontSize=8.8, leading=12, spaceAfter=4)
TOR_H = ParagraphStyle(
    "KeTorH", parent=TOR, fontName="KeSerifBold", fontSize=10.4, leading=13, textColor=PLUM,
    spaceBefore=7, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
TOR_CLAUSE = ParagraphStyle("KeTorClause", parent=TOR, leftIndent=28, firstLineIndent=-28)
TOR_CELL = ParagraphStyle("KeTorCell", parent=TOR, fontSize=7.8, leading=9.6, spaceAfter=0)
TOR_CELL_B = ParagraphStyle("KeTorCellB", parent=TOR_CELL, fontName="KeSerifBold")
# Spreadsheet printout: Courier.
SHEET = ParagraphStyle("KeSheet", parent=BODY, fontName="Courier", fontSize=7.6, leading=9.4, spaceAfter=3)
SHEET_CELL = ParagraphStyle("KeSheetCell", parent=SHEET, fontSize=6.4, leading=7.8, spaceAfter=0)
SHEET_FIG = ParagraphStyle("KeSheetFig", parent=SHEET_CELL, alignment=2)
SHEET_HEAD = ParagraphStyle("KeSheetHead", parent=SHEET_CELL, fontName="Courier-Bold")
SHEET_HEAD_FIG = ParagraphStyle("KeSheetHeadFig", parent=SHEET_HEAD, alignment=2)
SHEET_STYLES = (SHEET_HEAD, SHEET_HEAD_FIG, SHEET_CELL, SHEET_FIG)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "15 June 2021"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def ordinal_date(iso: str) -> str:
    """ "Tuesday 15th June 2021"."""
    d = day(iso)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.strftime('%A')} {d.day}{suffix} {d.strftime('%B %Y')}"


def dotted_date(iso: str) -> str:
    """ "16.06.20"."""
    return day(iso).strftime("%d.%m.%y")


def slash_date(iso: str) -> str:
    """ "10/11/21"."""
    return day(iso).strftime("%d/%m/%y")


def month_year(iso: str) -> str:
    """ "Aug-21"."""
    return day(iso).strftime("%b-%y")


def pounds(amount: int) -> str:
    """£12,500."""
    return f"£{amount:,}"


def pence(amount: int) -> str:
    """12,500.00 (a spreadsheet's figure)."""
    return f"{amount:,}.00"


def kpounds(amount: int) -> str:
    """£12.5k or £12k."""
    text = f"{amount / 1000:.2f}".rstrip("0").rstrip(".")
    return f"£{text}k"


def pct(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:+.1f}%"


_UNITS = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _under_thousand(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_UNITS[n // 100]} hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(_TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else ""))
    elif n:
        parts.append(_UNITS[n])
    return " ".join(parts)


def words(amount: int) -> str:
    """8400 -> "eight thousand four hundred pounds"."""
    thousands, rest = divmod(amount, 1000)
    parts = []
    if thousands:
        parts.append(f"{_under_thousand(thousands)} thousand")
    if rest:
        if thousands and rest < 100:
            parts.append("and")
        parts.append(_under_thousand(rest))
    return " ".join(parts) + " pounds"


@dataclass(frozen=True)
class Furniture:
    """`head` runs on pages after the first (nothing when empty); `label` is page 1's label; `opening` is
    "masthead", "crest", "letterhead", "printout" or ""; `foot` is a format with {n} and {total}, centred
    unless `foot_right`."""

    head: str
    label: str = ""
    opening: str = "masthead"
    foot: str = "- {n} -"
    foot_right: bool = False


def render(path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait") -> Path:
    """Lay `story` out into `path` on the template named `first`: once to count pages, once to draw them."""
    counted = meta.build(story, _templates(furniture, 0), first)
    total = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture, total), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _masthead(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(PLUM)
    canvas.rect(0, height - 62, width, 62, stroke=0, fill=1)
    canvas.setFillColor(OCHRE)
    canvas.rect(0, height - 66, width, 4, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(LEFT, height - 36, BRAND.upper())
    if label:
        canvas.setFont("Times-Italic", 10)
        canvas.drawRightString(width - RIGHT, height - 36, label)


def _crest(canvas: Canvas, width: float, height: float, label: str) -> None:
    x, top = width / 2, height - 22
    path = canvas.beginPath()
    path.moveTo(x - 13, top)
    path.lineTo(x + 13, top)
    path.lineTo(x + 13, top - 16)
    path.curveTo(x + 13, top - 26, x + 4, top - 30, x, top - 33)
    path.curveTo(x - 4, top - 30, x - 13, top - 26, x - 13, top - 16)
    path.close()
    canvas.setFillColor(OCHRE)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(PLUM)
    canvas.setFont("KeStixBold", 17)
    canvas.drawCentredString(x, top - 20, "K")
    canvas.setStrokeColor(PLUM)
    canvas.setLineWidth(0.8)
    canvas.line(LEFT, height - 62, width - RIGHT, height - 62)
    canvas.line(LEFT, height - 78, width - RIGHT, height - 78)
    canvas.setFont("KeStix", 9.5)
    canvas.drawCentredString(x, height - 73, f"{BRAND} \u00b7 {label}" if label else BRAND)


def _letterhead(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(PLUM)
    canvas.setFont("KeSerifBold", 11)
    canvas.drawRightString(width - RIGHT, height - 34, "Kelsthorpe District Council")
    canvas.setFillColor(GREY)
    canvas.setFont("KeSerif", 7.2)
    canvas.drawRightString(width - RIGHT, height - 45, label or "Council Offices, Abbey Walk, Kelsthorpe")
    canvas.setStrokeColor(OCHRE)
    canvas.setLineWidth(2.2)
    canvas.line(LEFT, height - 52, width - RIGHT, height - 52)


def _printout(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.5)
    canvas.rect(LEFT, height - 40, width - LEFT - RIGHT, 14, stroke=1, fill=0)
    canvas.setFillColor(GREY)
    canvas.setFont("Courier", 7)
    canvas.drawString(LEFT + 4, height - 36, label)


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    if not furniture.head:
        return
    canvas.setFillColor(PLUM)
    canvas.setFont("Helvetica-Bold", 7.4)
    canvas.drawString(LEFT, height - 40, SHORT_BRAND)
    canvas.setFillColor(INK)
    canvas.setFont("Helvetica", 7.4)
    canvas.drawString(LEFT + canvas.stringWidth(SHORT_BRAND, "Helvetica-Bold", 7.4) + 8, height - 40,
                      furniture.head)  # fmt: skip
    canvas.setStrokeColor(PLUM)
    canvas.setLineWidth(0.4)
    canvas.line(LEFT, height - 46, width - RIGHT, height - 46)
    canvas.setStrokeColor(OCHRE)
    canvas.setLineWidth(2)
    canvas.line(width - RIGHT - 18, height - 46, width - RIGHT, height - 46)


SHORT_BRAND = "KCSP"


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            openings = {
                "masthead": _masthead,
                "crest": _crest,
                "letterhead": _letterhead,
                "printout": _printout,
            }
            if furniture.opening in openings:
                openings[furniture.opening](canvas, width, height, furniture.label)
        else:
            _later(canvas, width, height, furniture)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 7.6)
        if furniture.foot:
            text = furniture.foot.format(n=page, total=total)
            if furniture.foot_right:
                canvas.drawRightString(width - RIGHT, 30, text)
            else:
                canvas.drawCentredString(width / 2, 30, text)
        canvas.restoreState()

    return draw


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    running = _running(furniture, total)

    def ruled(canvas: Canvas, document: BaseDocTemplate) -> None:
        running(canvas, document)
        canvas.saveState()
        canvas.setStrokeColor(PLUM)
        canvas.setLineWidth(0.5)
        x = LEFT + COLUMN + GUTTER / 2
        canvas.line(x, FOOT, x, FOOT + inner_h)
        canvas.restoreState()

    def shaded(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(PARCHMENT)
        canvas.rect(LEFT + MAIN + GUTTER - 8, FOOT - 6, SIDE_W + 16, inner_h + 12, stroke=0, fill=1)
        canvas.setFillColor(OCHRE)
        canvas.rect(LEFT + MAIN + GUTTER - 8, FOOT + inner_h + 6, SIDE_W + 16, 3, stroke=0, fill=1)
        canvas.restoreState()
        running(canvas, document)

    return [
        PageTemplate("portrait", [Frame(LEFT, FOOT, inner_w, inner_h, id="portrait")], onPage=running),
        PageTemplate(
            "columns",
            [
                Frame(LEFT, FOOT, COLUMN, inner_h, id="left"),
                Frame(LEFT + COLUMN + GUTTER, FOOT, COLUMN, inner_h),
            ],
            onPage=ruled,
        ),
        # Main text first, then a FrameBreak moves on to the parchment column at the right.
        PageTemplate(
            "sidebar",
            [Frame(LEFT, FOOT, MAIN, inner_h, id="main"), Frame(LEFT + MAIN + GUTTER, FOOT, SIDE_W, inner_h)],
            onPage=shaded,
        ),
        PageTemplate(
            "landscape",
            [Frame(LEFT, FOOT - 12, land_w - LEFT - RIGHT, land_h - TOP - FOOT + 16, id="landscape")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


WIDTH = A4[0] - LEFT - RIGHT
COLUMN = (WIDTH - GUTTER) / 2
SIDE_W = 130.0
MAIN = WIDTH - SIDE_W - GUTTER
LAND = landscape(A4)[0] - LEFT - RIGHT


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH, style: ParagraphStyle = NOTICE) -> Flowable:
    """The fictional-document notice in an ochre-bordered box."""
    box = Table([[p(FICTIONAL, style)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, OCHRE),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def striped(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = STRIPED_STYLES, total: bool = False,
) -> Table:  # fmt: skip
    """A plum header in white, parchment rows in turn, a total row over a plum rule if any."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), PLUM),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), PARCHMENT) for r in range(2, len(rows), 2)]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, PLUM))
    table.setStyle(TableStyle(commands))
    return table


def rules(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = RULES_STYLES,
) -> Table:  # fmt: skip
    """A heavy rule above and below the header and at the foot, nothing else."""
    table = styled_table(rows, widths, figs, styles)
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1.4, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, -1), (-1, -1), 1.4, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
            ]
        )
    )
    return table


def grid(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = (HEAD_DARK, HEAD_DARK_FIG, CELL, FIG), head: bool = True,
) -> Table:  # fmt: skip
    """A thin full grid, a parchment header (or none)."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, HAIRLINE),
        ("BOX", (0, 0), (-1, -1), 0.8, PLUM),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), PARCHMENT))
    table.setStyle(TableStyle(commands))
    return table


def sheet(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = SHEET_STYLES,
) -> Table:  # fmt: skip
    """A spreadsheet's printout: a row of grey column letters over a plain grid, all in Courier."""
    letters = [chr(ord("A") + i) for i in range(len(rows[0]))]
    letter = SHEET_CELL.clone("KeSheetLetter", textColor=GREY, alignment=1)
    cells = [[Paragraph(c, letter) for c in letters], *styled_cells(rows, figs, styles)]
    table = Table(cells, colWidths=list(widths), repeatRows=2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, GREY),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
                ("LINEBELOW", (0, 1), (-1, 1), 0.9, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.2),
            ]
        )
    )
    return table


class Signature(Flowable):
    """A signature as a pen stroke over a line, with a caption under it."""

    def __init__(self, caption: str, seed: int = 0, font: str = "Courier") -> None:
        super().__init__()
        self.caption, self.seed, self.font = caption, seed, font
        self.width, self.height = 250, 48

    def draw(self) -> None:
        c, s = self.canv, self.seed
        c.setStrokeColor(colors.Color(0.10, 0.10, 0.40))
        c.setLineWidth(1.3)
        c.bezier(6, 18, 10, 40, 22, 42 - s, 28, 20)
        c.bezier(28, 20, 36, 8, 48, 30 + s, 60, 24)
        c.bezier(60, 24, 74, 16, 92, 36, 118 + s, 18)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.line(0, 13, 220, 13)
        c.setFont(self.font, 8.6)
        c.setFillColor(colors.black)
        c.drawString(0, 2, self.caption)
