"""Partnership AH's page furniture, unlike common.py's and the other partnerships' layout modules: the
2023-24 annual report in DejaVu Serif with headings in Helvetica Bold, the 2024-25 one in Helvetica with
headings in DejaVu Serif Bold, the strategic assessment in STIX General with its figures in DejaVu Sans Mono,
formal minutes in Times, an action log in DejaVu Sans, a panel's decision sheet in Helvetica labels with
Courier entries (scanned), a decision note in Bitstream Vera, terms of reference in Times and a funding
register in Helvetica; in plum with a teal accent, on mist. Page 1 opens in one of four ways: a "ribbon" (a
plum block at the top left with the partnership's name in white, a teal rule running on from it to the right
edge), a "letterhead" (the district council's name and address set at the right, a plum square with "RDC"
at the left, a thin teal rule under both), a "strip" (a teal strip across the top of the paper with the
document's reference in white at the right) or nothing. Later pages carry a running head: a short title at
the left and a second text at the right over a teal hairline. Each document has its own foot with {n} and
{total}: centred, at the left or at the right. Templates: "one", "two" (two columns, no rule between them),
"aside" (the text at the left and a narrow mist column of side panels at the right) and "land" (landscape).
Tables are "plum" (a plum header in white, hairlines under rows), "ledger" (teal rules above and below the
header and under the last row, mist rows in turn), "grid" (a full grid with a mist header) or "register" (a
printed register: small, a grey header, every cell ruled). The fictional-document notice sits in a box
with a plum border. Laid out twice so a foot can state the page count."""

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

PLUM = colors.Color(0.33, 0.13, 0.36)
TEAL = colors.Color(0.0, 0.46, 0.47)
MIST = colors.Color(0.94, 0.94, 0.97)
GREY = colors.Color(0.42, 0.42, 0.45)
HAIR = colors.Color(0.74, 0.73, 0.78)
INK = colors.Color(0.09, 0.08, 0.11)
LEFT, RIGHT, TOP, FOOT, GUTTER = 54.0, 54.0, 82.0, 58.0, 20.0
TTF = Path(get_data_path()) / "fonts" / "ttf"
BRAND = "Rushbeck Community Safety Partnership"


def _fonts() -> None:
    if "RbSerif" in pdfmetrics.getRegisteredFontNames():
        return
    ttf = (
        ("RbSans", "DejaVuSans.ttf"),
        ("RbSansBold", "DejaVuSans-Bold.ttf"),
        ("RbSansItalic", "DejaVuSans-Oblique.ttf"),
        ("RbSansBoldItalic", "DejaVuSans-BoldOblique.ttf"),
        ("RbMono", "DejaVuSansMono.ttf"),
        ("RbMonoBold", "DejaVuSansMono-Bold.ttf"),
        ("RbSerif", "DejaVuSerif.ttf"),
        ("RbSerifBold", "DejaVuSerif-Bold.ttf"),
        ("RbSerifItalic", "DejaVuSerif-Italic.ttf"),
        ("RbSerifBoldItalic", "DejaVuSerif-BoldItalic.ttf"),
        ("RbStix", "STIXGeneral.ttf"),
        ("RbStixBold", "STIXGeneralBol.ttf"),
        ("RbStixItalic", "STIXGeneralItalic.ttf"),
        ("RbStixBoldItalic", "STIXGeneralBolIta.ttf"),
    )
    for name, file in ttf:
        pdfmetrics.registerFont(TTFont(name, str(TTF / file)))
    vera = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("RbVera", "Vera.ttf"), ("RbVeraBold", "VeraBd.ttf"), ("RbVeraItalic", "VeraIt.ttf"),
                       ("RbVeraBoldItalic", "VeraBI.ttf")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, str(vera / file)))
    for family in ("RbSans", "RbSerif", "RbStix", "RbVera"):
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}Bold",
            italic=f"{family}Italic",
            boldItalic=f"{family}BoldItalic",
        )
    pdfmetrics.registerFontFamily("RbMono", normal="RbMono", bold="RbMonoBold")


_fonts()

# Annual report 2023-24: DejaVu Serif text, Helvetica Bold headings.
TEXT = ParagraphStyle("RbText", parent=BODY, fontName="RbSerif", fontSize=8.8, leading=12.2, spaceAfter=5)
SMALL = ParagraphStyle("RbSmall", parent=TEXT, fontSize=7.8, leading=10, spaceAfter=3)
TITLE = ParagraphStyle(
    "RbTitle", parent=TEXT, fontName="Helvetica-Bold", fontSize=22, leading=26, textColor=PLUM, spaceAfter=2
)
SUBTITLE = ParagraphStyle(
    "RbSubtitle", parent=TEXT, fontName="RbSerifItalic", fontSize=10.5, leading=14, textColor=TEAL
)
H1 = ParagraphStyle(
    "RbH1", parent=TEXT, fontName="Helvetica-Bold", fontSize=12.5, leading=15.5, textColor=PLUM,
    spaceBefore=8, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
H2 = ParagraphStyle(
    "RbH2", parent=TEXT, fontName="Helvetica-Bold", fontSize=9.6, leading=12, textColor=TEAL,
    spaceBefore=5, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
PANEL = ParagraphStyle("RbPanel", parent=TEXT, fontSize=8.2, leading=11, spaceAfter=3)
PANEL_H = ParagraphStyle(
    "RbPanelH", parent=PANEL, fontName="Helvetica-Bold", fontSize=9.4, leading=12, textColor=PLUM
)
NOTICE = ParagraphStyle("RbNotice", parent=SMALL, fontName="Helvetica", fontSize=7.5, leading=9.4)
CELL = ParagraphStyle("RbCell", parent=TEXT, fontSize=7.6, leading=9.4, spaceAfter=0)
FIG = ParagraphStyle("RbFig", parent=CELL, alignment=2)
HEAD = ParagraphStyle("RbHead", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
HEAD_FIG = ParagraphStyle("RbHeadFig", parent=HEAD, alignment=2)
HEAD_PLUM = ParagraphStyle("RbHeadPlum", parent=CELL, fontName="Helvetica-Bold", textColor=PLUM)
HEAD_PLUM_FIG = ParagraphStyle("RbHeadPlumFig", parent=HEAD_PLUM, alignment=2)
PLUM_STYLES = (HEAD, HEAD_FIG, CELL, FIG)
LEDGER_STYLES = (HEAD_PLUM, HEAD_PLUM_FIG, CELL, FIG)
# Annual report 2024-25: Helvetica text, DejaVu Serif Bold headings.
AR = ParagraphStyle("RbAr", parent=BODY, fontName="Helvetica", fontSize=9.2, leading=12.8, spaceAfter=5)
AR_SMALL = ParagraphStyle("RbArSmall", parent=AR, fontSize=7.9, leading=10, spaceAfter=3)
AR_TITLE = ParagraphStyle(
    "RbArTitle", parent=AR, fontName="RbSerifBold", fontSize=21, leading=25, textColor=PLUM, spaceAfter=2
)
AR_H1 = ParagraphStyle(
    "RbArH1", parent=AR, fontName="RbSerifBold", fontSize=12, leading=15, textColor=PLUM,
    spaceBefore=9, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
AR_H2 = ParagraphStyle(
    "RbArH2", parent=AR, fontName="Helvetica-BoldOblique", fontSize=9.6, leading=12, textColor=TEAL,
    spaceBefore=5, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
AR_ASIDE = ParagraphStyle("RbArAside", parent=AR, fontSize=7.8, leading=10.2, spaceAfter=3)
AR_ASIDE_H = ParagraphStyle(
    "RbArAsideH", parent=AR_ASIDE, fontName="Helvetica-Bold", textColor=PLUM, spaceBefore=6
)
AR_ASIDE_BIG = ParagraphStyle(
    "RbArAsideBig", parent=AR_ASIDE, fontName="RbSerifBold", fontSize=15, leading=17, textColor=TEAL,
    spaceAfter=0,
)  # fmt: skip
AR_CELL = ParagraphStyle("RbArCell", parent=AR, fontSize=7.7, leading=9.5, spaceAfter=0)
AR_FIG = ParagraphStyle("RbArFig", parent=AR_CELL, alignment=2)
AR_HEAD = ParagraphStyle("RbArHead", parent=AR_CELL, fontName="Helvetica-Bold", textColor=colors.white)
AR_HEAD_FIG = ParagraphStyle("RbArHeadFig", parent=AR_HEAD, alignment=2)
AR_PLUM = (AR_HEAD, AR_HEAD_FIG, AR_CELL, AR_FIG)
AR_HEAD_P = ParagraphStyle("RbArHeadP", parent=AR_CELL, fontName="Helvetica-Bold", textColor=PLUM)
AR_HEAD_P_FIG = ParagraphStyle("RbArHeadPFig", parent=AR_HEAD_P, alignment=2)
AR_LEDGER = (AR_HEAD_P, AR_HEAD_P_FIG, AR_CELL, AR_FIG)
# The assessment: STIX General, figures in DejaVu Sans Mono.
SA = ParagraphStyle("RbSa", parent=BODY, fontName="RbStix", fontSize=10, leading=12.8, spaceAfter=4)
SA_H = ParagraphStyle(
    "RbSaH", parent=SA, fontName="RbStixBold", fontSize=12.5, leading=15, textColor=PLUM,
    spaceBefore=8, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
SA_CAPTION = ParagraphStyle(
    "RbSaCaption", parent=SA, fontName="RbStixItalic", fontSize=9, leading=11, textColor=GREY,
    spaceBefore=4, keepWithNext=1,
)  # fmt: skip
SA_CELL = ParagraphStyle("RbSaCell", parent=SA, fontSize=8.6, leading=10.2, spaceAfter=0)
SA_FIG = ParagraphStyle("RbSaFig", parent=SA_CELL, fontName="RbMono", fontSize=7.4, alignment=2)
SA_HEAD = ParagraphStyle("RbSaHead", parent=SA_CELL, fontName="RbStixBold", textColor=colors.white)
SA_HEAD_FIG = ParagraphStyle("RbSaHeadFig", parent=SA_HEAD, alignment=2)
SA_STYLES = (SA_HEAD, SA_HEAD_FIG, SA_CELL, SA_FIG)
SA_HEAD_P = ParagraphStyle("RbSaHeadP", parent=SA_CELL, fontName="RbStixBold", textColor=PLUM)
SA_HEAD_P_FIG = ParagraphStyle("RbSaHeadPFig", parent=SA_HEAD_P, alignment=2)
SA_LEDGER = (SA_HEAD_P, SA_HEAD_P_FIG, SA_CELL, SA_FIG)
# Formal minutes and terms of reference: Times.
MIN = ParagraphStyle("RbMin", parent=BODY, fontName="Times-Roman", fontSize=10.6, leading=13.4, spaceAfter=5)
MIN_B = ParagraphStyle("RbMinB", parent=MIN, fontName="Times-Bold")
MIN_H = ParagraphStyle(
    "RbMinH", parent=MIN, fontName="Times-Bold", fontSize=11.2, spaceBefore=9, spaceAfter=3, keepWithNext=1
)
MIN_TITLE = ParagraphStyle("RbMinTitle", parent=MIN, fontName="Times-Bold", fontSize=15, leading=19)
MIN_LABEL = ParagraphStyle(
    "RbMinLabel", parent=MIN, fontName="Times-BoldItalic", fontSize=9.6, leading=12, textColor=PLUM
)
MIN_CELL = ParagraphStyle("RbMinCell", parent=MIN, fontSize=9.8, leading=12, spaceAfter=0)
MIN_CELL_B = ParagraphStyle("RbMinCellB", parent=MIN_CELL, fontName="Times-Bold")
MIN_STYLES = (MIN_CELL_B, MIN_CELL_B, MIN_CELL, MIN_CELL)
# Action log: DejaVu Sans.
LOG = ParagraphStyle("RbLog", parent=BODY, fontName="RbSans", fontSize=8.2, leading=10.8, spaceAfter=4)
LOG_H = ParagraphStyle(
    "RbLogH", parent=LOG, fontName="RbSansBold", fontSize=10, leading=13, textColor=TEAL, spaceBefore=6,
    keepWithNext=1,
)  # fmt: skip
LOG_CELL = ParagraphStyle("RbLogCell", parent=LOG, fontSize=7.3, leading=9.1, spaceAfter=0)
LOG_CELL_B = ParagraphStyle("RbLogCellB", parent=LOG_CELL, fontName="RbSansBold")
LOG_HEAD = ParagraphStyle("RbLogHead", parent=LOG_CELL, fontName="RbSansBold", textColor=colors.white)
LOG_STYLES = (LOG_HEAD, LOG_HEAD, LOG_CELL, LOG_CELL)
# A filled-in decision sheet: Helvetica labels, Courier entries.
FORM = ParagraphStyle("RbForm", parent=BODY, fontName="Helvetica", fontSize=8.4, leading=10.6, spaceAfter=3)
FORM_B = ParagraphStyle("RbFormB", parent=FORM, fontName="Helvetica-Bold", spaceBefore=6, keepWithNext=1)
FORM_LABEL = ParagraphStyle("RbFormLabel", parent=FORM, fontSize=7.4, leading=9, spaceAfter=0, textColor=GREY)
TYPED = ParagraphStyle("RbTyped", parent=FORM, fontName="Courier", fontSize=8.8, leading=10.8, spaceAfter=0)
TYPED_CELL = ParagraphStyle("RbTypedCell", parent=TYPED, fontSize=7.9, leading=9.6)
# Decision note: Bitstream Vera.
DN = ParagraphStyle("RbDn", parent=BODY, fontName="RbVera", fontSize=8.8, leading=12.2, spaceAfter=4)
DN_H = ParagraphStyle(
    "RbDnH", parent=DN, fontName="RbVeraBold", fontSize=9.8, leading=13, textColor=PLUM, spaceBefore=7,
    keepWithNext=1,
)  # fmt: skip
DN_CELL = ParagraphStyle("RbDnCell", parent=DN, fontSize=8, leading=10.4, spaceAfter=0)
DN_CELL_B = ParagraphStyle("RbDnCellB", parent=DN_CELL, fontName="RbVeraBold")
# Printed register: Helvetica, small.
REG = ParagraphStyle("RbReg", parent=BODY, fontName="Helvetica", fontSize=7.8, leading=9.8, spaceAfter=3)
REG_CELL = ParagraphStyle("RbRegCell", parent=REG, fontSize=6.8, leading=8.3, spaceAfter=0)
REG_FIG = ParagraphStyle("RbRegFig", parent=REG_CELL, alignment=2)
REG_HEAD = ParagraphStyle("RbRegHead", parent=REG_CELL, fontName="Helvetica-Bold")
REG_HEAD_FIG = ParagraphStyle("RbRegHeadFig", parent=REG_HEAD, alignment=2)
REG_STYLES = (REG_HEAD, REG_HEAD_FIG, REG_CELL, REG_FIG)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "11 June 2024"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def weekday_date(iso: str) -> str:
    """ "Tuesday 11 June 2024"."""
    d = day(iso)
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


def ordinal_date(iso: str) -> str:
    """ "11th June 2024"."""
    d = day(iso)
    suffix = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d.strftime('%B %Y')}"


def short_date(iso: str) -> str:
    """ "11 Jun 2024"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%b %Y')}"


def dotted_date(iso: str) -> str:
    """ "11.06.24"."""
    return day(iso).strftime("%d.%m.%y")


def slash_date(iso: str) -> str:
    """ "11/06/2024"."""
    return day(iso).strftime("%d/%m/%Y")


def pounds(amount: int) -> str:
    """£12,500."""
    return f"£{amount:,}"


def bare(amount: int) -> str:
    """12,500 (a column headed £)."""
    return f"{amount:,}"


def kpounds(amount: int) -> str:
    """£12.6k, £0.65k or £8k: exact, never rounded."""
    text = f"{amount // 1000}.{amount % 1000:03d}".rstrip("0").rstrip(".")
    return f"£{text}k"


@dataclass(frozen=True)
class Furniture:
    """`head` runs at the left of pages after the first and `head_right` at their right (nothing when
    empty); `label` is page 1's label; `opening` is "ribbon", "letterhead", "strip" or ""; `foot` is a
    format with {n} and {total}, placed "centre", "left" or "right"."""

    head: str
    head_right: str = ""
    label: str = ""
    opening: str = "ribbon"
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


def _ribbon(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(PLUM)
    canvas.rect(0, height - 62, 330, 62, stroke=0, fill=1)
    canvas.setStrokeColor(TEAL)
    canvas.setLineWidth(3)
    canvas.line(330, height - 60, width, height - 60)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(LEFT, height - 30, BRAND)
    canvas.setFont("Helvetica", 8.4)
    canvas.drawString(LEFT, height - 45, label)


def _letterhead(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(PLUM)
    canvas.rect(LEFT, height - 62, 32, 32, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.6)
    canvas.drawCentredString(LEFT + 16, height - 49, "RDC")
    canvas.setFillColor(INK)
    canvas.setFont("Times-Bold", 11)
    canvas.drawRightString(width - RIGHT, height - 36, "Rushbeck District Council")
    canvas.setFont("Times-Roman", 8)
    canvas.setFillColor(GREY)
    canvas.drawRightString(width - RIGHT, height - 47, "Council Offices, Priory Walk, Rushbeck RB1 4DQ")
    if label:
        canvas.drawRightString(width - RIGHT, height - 57, label)
    canvas.setStrokeColor(TEAL)
    canvas.setLineWidth(0.8)
    canvas.line(LEFT, height - 68, width - RIGHT, height - 68)


def _strip(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(TEAL)
    canvas.rect(0, height - 40, width, 40, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9.6)
    canvas.drawString(LEFT, height - 25, BRAND.upper())
    if label:
        canvas.drawRightString(width - RIGHT, height - 25, label)


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    if not furniture.head:
        return
    canvas.setFillColor(GREY)
    canvas.setFont("Helvetica", 7.4)
    canvas.drawString(LEFT, height - 42, furniture.head)
    if furniture.head_right:
        canvas.drawRightString(width - RIGHT, height - 42, furniture.head_right)
    canvas.setStrokeColor(TEAL)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, height - 47, width - RIGHT, height - 47)


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            openings = {"ribbon": _ribbon, "letterhead": _letterhead, "strip": _strip}
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
            if furniture.place == "right":
                canvas.drawRightString(width - RIGHT, 32, text)
            elif furniture.place == "left":
                canvas.drawString(LEFT, 32, text)
            else:
                canvas.drawCentredString(width / 2, 32, text)
        canvas.restoreState()

    return draw


WIDTH = A4[0] - LEFT - RIGHT
COLUMN = (WIDTH - GUTTER) / 2
ASIDE_W = 132.0
MAIN = WIDTH - ASIDE_W - GUTTER
LAND = landscape(A4)[0] - LEFT - RIGHT


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    height = A4[1]
    land_w, land_h = landscape(A4)
    inner_h = height - TOP - FOOT
    running = _running(furniture, total)

    def aside(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(MIST)
        x = LEFT + MAIN + GUTTER - 8
        canvas.rect(x, FOOT - 6, ASIDE_W + 14, inner_h + 12, stroke=0, fill=1)
        canvas.setFillColor(TEAL)
        canvas.rect(x, FOOT + inner_h + 3, ASIDE_W + 14, 3, stroke=0, fill=1)
        canvas.restoreState()
        running(canvas, document)

    return [
        PageTemplate("one", [Frame(LEFT, FOOT, WIDTH, inner_h, id="one")], onPage=running),
        PageTemplate(
            "two",
            [
                Frame(LEFT, FOOT, COLUMN, inner_h, id="left"),
                Frame(LEFT + COLUMN + GUTTER, FOOT, COLUMN, inner_h, id="right"),
            ],
            onPage=running,
        ),
        # The main text first, then a FrameBreak moves on to the side panels at the right.
        PageTemplate(
            "aside",
            [
                Frame(LEFT, FOOT, MAIN, inner_h, id="main"),
                Frame(LEFT + MAIN + GUTTER, FOOT, ASIDE_W, inner_h, id="aside"),
            ],
            onPage=aside,
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
    """The fictional-document notice in a box with a plum border."""
    box = Table([[p(FICTIONAL, style)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, PLUM),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def panel(flowables: Sequence[Flowable], width: float, fill: Any = MIST) -> Table:
    """A boxed panel: its flowables on mist inside a teal border with a plum bar along its top."""
    box = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
                ("LINEABOVE", (0, 0), (-1, 0), 3, PLUM),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def plum(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = PLUM_STYLES, total: bool = False,
) -> Table:  # fmt: skip
    """A plum header in white, a hairline under every row, a total row over a teal rule if any."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), PLUM),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, HAIR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.3, TEAL))
    table.setStyle(TableStyle(commands))
    return table


def ledger(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = LEDGER_STYLES,
) -> Table:  # fmt: skip
    """Teal rules above and below the header and under the last row, mist rows in turn."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, TEAL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
        ("LINEBELOW", (0, -1), (-1, -1), 1.2, TEAL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), MIST) for r in range(2, len(rows), 2)]
    table.setStyle(TableStyle(commands))
    return table


def grid(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = LEDGER_STYLES, head: bool = True,
) -> Table:  # fmt: skip
    """A full thin grid, a mist header (or none)."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), MIST))
    table.setStyle(TableStyle(commands))
    return table


def register(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = REG_STYLES,
) -> Table:  # fmt: skip
    """A printed register: a grey header, every cell ruled, the header repeated on each page."""
    table = styled_table(rows, widths, figs, styles)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.84, 0.84, 0.86)),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.Color(0.55, 0.55, 0.58)),
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
    """A signature as pen strokes over a solid line, with a caption under it."""

    def __init__(self, caption: str, seed: int = 0, font: str = "Helvetica") -> None:
        super().__init__()
        self.caption, self.seed, self.font = caption, seed, font
        self.width, self.height = 220, 44

    def draw(self) -> None:
        c, s = self.canv, self.seed
        c.setStrokeColor(colors.Color(0.1, 0.1, 0.4))
        c.setLineWidth(1.1)
        c.bezier(6, 18, 18, 40, 24, 10 + s, 40, 28)
        c.bezier(40, 28, 56, 42, 62, 14, 80 + s, 24)
        c.bezier(80 + s, 24, 96, 30, 112, 16, 138, 20 + s)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.line(0, 13, 200, 13)
        c.setFont(self.font, 8)
        c.setFillColor(colors.black)
        c.drawString(0, 2, self.caption)
