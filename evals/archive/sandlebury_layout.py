"""Partnership AM's page furniture, unlike common.py's and the other partnerships' layout modules: slate
indigo with a brick-red accent on oat paper, and moss green for the Small Grants Panel's notes. The Board's
formal minutes in an embedded Times New Roman (reportlab's Type 1 face) with Helvetica Bold headings, typed
minutes in DejaVu Sans Mono (scanned), a record of decisions and action log on landscape pages in Helvetica,
the strategic intelligence assessment in DejaVu Sans with Times Bold titles, the terms of reference in STIX
General with DejaVu Sans Bold headings, the panel's notes in Bitstream Vera, the 2021-22 annual report in
Times with DejaVu Sans Bold headings and an "at a glance" sidebar at the right of page 1, and the 2022-23 one
on two columns in DejaVu Serif with Helvetica Bold headings. Page 1 opens in one of five ways: "crest" (an
indigo shield with a brick chevron beside the partnership's name over an oat strip), "banner" (an indigo
banner across the top of the paper with the title in white and a brick strip under it), "letterhead" (the
district council's name at the right over a brick hairline, its address under it, the partnership's name
at the left), "tab" (a moss tab in the top left corner with "PANEL NOTES" in it) or "" (nothing: a typed
record). Later pages carry a running head as a "bar" (a thin indigo bar across the top of the paper with the
words in white at the right) or "plain" (the words at the right over a short brick rule) or none. Each
document has its own foot with {n} and {total}: at the left, centred, at the right or "outer". Templates:
"one", "two" (two columns with an indigo hairline between them), "side" (page 1 with an oat sidebar at the
right: a story fills the sidebar first, then a FrameBreak moves on to the main column at the left) and
"land" (one column on landscape pages). Tables are "band" (an indigo header in white, oat on every other
row), "lined" (a bold header over a brick rule, hairlines between rows, a double rule at the foot), "boxed"
(a full grid of grey lines on an oat header) or "typed" (a mono face with rows of = and - above and below the
header). Laid out twice so a foot can state the page count."""

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

INDIGO = colors.Color(0.2, 0.24, 0.42)
BRICK = colors.Color(0.69, 0.27, 0.19)
OAT = colors.Color(0.96, 0.94, 0.89)
MOSS = colors.Color(0.33, 0.45, 0.25)
PALE_MOSS = colors.Color(0.9, 0.93, 0.86)
GREY = colors.Color(0.4, 0.41, 0.44)
HAIR = colors.Color(0.7, 0.71, 0.74)
INK = colors.Color(0.1, 0.1, 0.13)
LEFT, RIGHT, TOP, FOOT = 58.0, 58.0, 88.0, 60.0
TTF = Path(get_data_path()) / "fonts" / "ttf"
TYPE1 = Path(reportlab.__file__).parent / "fonts"
BRAND = "Sandlebury Community Safety Partnership"
DISTRICT = "Sandlebury District Council"


def _fonts() -> None:
    if "SbSans" in pdfmetrics.getRegisteredFontNames():
        return
    ttf = (
        ("SbSans", "DejaVuSans.ttf"),
        ("SbSansBold", "DejaVuSans-Bold.ttf"),
        ("SbSansItalic", "DejaVuSans-Oblique.ttf"),
        ("SbSansBoldItalic", "DejaVuSans-BoldOblique.ttf"),
        ("SbMono", "DejaVuSansMono.ttf"),
        ("SbMonoBold", "DejaVuSansMono-Bold.ttf"),
        ("SbMonoItalic", "DejaVuSansMono-Oblique.ttf"),
        ("SbMonoBoldItalic", "DejaVuSansMono-BoldOblique.ttf"),
        ("SbSerif", "DejaVuSerif.ttf"),
        ("SbSerifBold", "DejaVuSerif-Bold.ttf"),
        ("SbSerifItalic", "DejaVuSerif-Italic.ttf"),
        ("SbSerifBoldItalic", "DejaVuSerif-BoldItalic.ttf"),
        ("SbStix", "STIXGeneral.ttf"),
        ("SbStixBold", "STIXGeneralBol.ttf"),
        ("SbStixItalic", "STIXGeneralItalic.ttf"),
        ("SbStixBoldItalic", "STIXGeneralBolIta.ttf"),
    )
    for name, file in ttf:
        pdfmetrics.registerFont(TTFont(name, str(TTF / file)))
    for name, file in (("SbVera", "Vera.ttf"), ("SbVeraBold", "VeraBd.ttf"), ("SbVeraItalic", "VeraIt.ttf"),
                       ("SbVeraBoldItalic", "VeraBI.ttf")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, str(TYPE1 / file)))
    for name, face in (("SbRoman", "_er_____"), ("SbRomanBold", "_eb_____"), ("SbRomanItalic", "_ei_____"),
                       ("SbRomanBoldItalic", "_ebi____")):  # fmt: skip
        afm, pfb = str(TYPE1 / f"{face}.afm"), str(TYPE1 / f"{face}.pfb")
        typeface = pdfmetrics.EmbeddedType1Face(afm, pfb)
        pdfmetrics.registerTypeFace(typeface)
        pdfmetrics.registerFont(pdfmetrics.Font(name, typeface.name, "WinAnsiEncoding"))
    for family in ("SbSans", "SbMono", "SbSerif", "SbStix", "SbVera", "SbRoman"):
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}Bold",
            italic=f"{family}Italic",
            boldItalic=f"{family}BoldItalic",
        )


_fonts()


def _style(name: str, font: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, parent=BODY, fontName=font, fontSize=size, leading=leading, **extra)


def _heading(name: str, font: str, size: float, colour: Any, **extra: Any) -> ParagraphStyle:
    extra.setdefault("spaceBefore", 8)
    extra.setdefault("spaceAfter", 3)
    return _style(name, font, size, size * 1.25, textColor=colour, keepWithNext=1, **extra)


def _cell_styles(prefix: str, font: str, bold: str, size: float, head_colour: Any = INK) -> tuple[Any, ...]:
    """(header, header figure, cell, figure) styles of one document's tables."""
    cell = _style(f"{prefix}Cell", font, size, size * 1.22, spaceAfter=0)
    fig = ParagraphStyle(f"{prefix}Fig", parent=cell, alignment=2)
    head = ParagraphStyle(f"{prefix}Head", parent=cell, fontName=bold, textColor=head_colour)
    head_fig = ParagraphStyle(f"{prefix}HeadFig", parent=head, alignment=2)
    return (head, head_fig, cell, fig)


NOTICE = _style("SbNotice", "Helvetica-Bold", 7.6, 9.4, spaceAfter=0, textColor=BRICK)
# The Board's formal minutes: Times New Roman (Type 1), Helvetica Bold headings.
MIN = _style("SbMin", "SbRoman", 10, 13, spaceAfter=5)
MIN_H = _heading("SbMinH", "Helvetica-Bold", 10, INDIGO, spaceBefore=9)
MIN_TITLE = _style("SbMinTitle", "Helvetica-Bold", 15, 19, textColor=INDIGO, spaceAfter=3)
MIN_STYLES = _cell_styles("SbMin", "SbRoman", "SbRomanBold", 8.8, colors.white)
# Typed minutes (scanned): DejaVu Sans Mono.
TYPED = _style("SbTyped", "SbMono", 8.4, 11, spaceAfter=4)
TYPED_H = _heading("SbTypedH", "SbMonoBold", 8.6, INK, spaceBefore=7, spaceAfter=2)
TYPED_TITLE = _style("SbTypedTitle", "SbMonoBold", 10.5, 13.5, alignment=1, spaceAfter=2)
TYPED_STYLES = _cell_styles("SbTyped", "SbMono", "SbMonoBold", 7.8)
# The record of decisions and action log, landscape: Helvetica.
REC = _style("SbRec", "Helvetica", 8.6, 11, spaceAfter=4)
REC_H = _heading("SbRecH", "Helvetica-Bold", 10.5, INDIGO, spaceBefore=8)
REC_TITLE = _style("SbRecTitle", "Helvetica-Bold", 17, 21, textColor=colors.white, spaceAfter=2)
REC_STYLES = _cell_styles("SbRec", "Helvetica", "Helvetica-Bold", 8, colors.white)
# The strategic intelligence assessment: DejaVu Sans with Times Bold titles.
SA = _style("SbSa", "SbSans", 8.5, 11.8, spaceAfter=5)
SA_SMALL = _style("SbSaSmall", "SbSans", 7.2, 9.2, spaceAfter=3)
SA_TITLE = _style("SbSaTitle", "Times-Bold", 26, 30, textColor=INDIGO, spaceAfter=4)
SA_H = _heading("SbSaH", "Times-Bold", 14.5, INDIGO, spaceBefore=11)
SA_H2 = _heading("SbSaH2", "SbSansBold", 9, BRICK, spaceBefore=5, spaceAfter=2)
SA_CAPTION = _heading("SbSaCaption", "SbSansBold", 7.8, INDIGO, spaceBefore=6)
SA_STYLES = _cell_styles("SbSa", "SbSans", "SbSansBold", 7.4, colors.white)
# The terms of reference: STIX General with DejaVu Sans Bold headings.
TOR = _style("SbTor", "SbStix", 10.4, 13.4, spaceAfter=5)
TOR_TITLE = _style("SbTorTitle", "SbSansBold", 18, 22, textColor=INDIGO, spaceAfter=4)
TOR_H = _heading("SbTorH", "SbSansBold", 10, BRICK, spaceBefore=9)
TOR_STYLES = _cell_styles("SbTor", "SbStix", "SbStixBold", 9.4)
# The Small Grants Panel's notes: Bitstream Vera.
NOTES = _style("SbNotes", "SbVera", 8.6, 11.4, spaceAfter=4)
NOTES_H = _heading("SbNotesH", "SbVeraBold", 9.4, MOSS, spaceBefore=8)
NOTES_STYLES = _cell_styles("SbNotes", "SbVera", "SbVeraBold", 7.8, MOSS)
# The 2021-22 annual report: Times with DejaVu Sans Bold headings.
AR = _style("SbAr", "Times-Roman", 10.2, 13.2, spaceAfter=5)
AR_SMALL = _style("SbArSmall", "Times-Roman", 8.8, 10.8, spaceAfter=3)
AR_TITLE = _style("SbArTitle", "SbSansBold", 22, 26, textColor=INDIGO, spaceAfter=3)
AR_H = _heading("SbArH", "SbSansBold", 12, INDIGO, spaceBefore=10)
AR_H2 = _heading("SbArH2", "SbSansBold", 9, BRICK, spaceBefore=4, spaceAfter=2)
AR_SIDE = _style("SbArSide", "SbSans", 8, 10.4, spaceAfter=4)
AR_FIG = _style("SbArFig", "SbSansBold", 17, 19, textColor=BRICK, spaceAfter=0)
AR_STYLES = _cell_styles("SbAr", "Times-Roman", "SbSansBold", 8.6, colors.white)
# The 2022-23 annual report: DejaVu Serif on two columns, Helvetica Bold headings.
AR2 = _style("SbAr2", "SbSerif", 8.4, 11.4, spaceAfter=5)
AR2_SMALL = _style("SbAr2Small", "SbSerif", 7.2, 9, spaceAfter=3)
AR2_TITLE = _style("SbAr2Title", "Helvetica-Bold", 24, 28, textColor=colors.white, spaceAfter=2)
AR2_H = _heading("SbAr2H", "Helvetica-Bold", 12.5, INDIGO, spaceBefore=9)
AR2_H2 = _heading("SbAr2H2", "Helvetica-Bold", 9, BRICK, spaceBefore=4, spaceAfter=2)
AR2_STYLES = _cell_styles("SbAr2", "SbSerif", "Helvetica-Bold", 7.4, colors.white)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "12 October 2021"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def formal_date(iso: str) -> str:
    """ "Tuesday, 12th October 2021"."""
    d = day(iso)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.strftime('%A')}, {d.day}{suffix} {d.strftime('%B %Y')}"


def numeric_date(iso: str) -> str:
    """ "25/01/2022"."""
    d = day(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def abbreviated_date(iso: str) -> str:
    """ "28-Apr-2022"."""
    d = day(iso)
    return f"{d.day:02d}-{d.strftime('%b')}-{d.year}"


def loose_date(iso: str) -> str:
    """ "14.7.22"."""
    d = day(iso)
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def month_year(iso: str) -> str:
    """ "Sept 2022" (September shortened as councils often do), "Jan 2022"."""
    d = day(iso)
    return f"{'Sept' if d.month == 9 else d.strftime('%b')} {d.year}"


def pounds(amount: int) -> str:
    """£14,500."""
    return f"£{amount:,}"


def pence(amount: int) -> str:
    """£8,250.00."""
    return f"£{amount:,}.00"


def thousands(amount: int) -> str:
    """£14.5k (£6k when round)."""
    value = amount / 1000
    return f"£{value:.0f}k" if amount % 1000 == 0 else f"£{value:.1f}k".replace(".0k", "k")


@dataclass(frozen=True)
class Furniture:
    """How a document's pages are dressed: `opening` is "crest", "banner", "letterhead", "tab" or "";
    `label` is page 1's label (under the name, or the banner's title); `head` runs on later pages as a "bar"
    or "plain" (`head_place`, "" for none); `foot` is a format with {n} and {total}, placed "left",
    "centre", "right" or "outer"."""

    head: str
    label: str = ""
    opening: str = "crest"
    head_place: str = "plain"
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


def _shield(canvas: Canvas, x: float, y: float, size: float = 1.0) -> None:
    """An indigo shield with a brick chevron: the partnership's mark."""
    w, h = 30 * size, 36 * size
    path = canvas.beginPath()
    path.moveTo(x, y + h)
    path.lineTo(x + w, y + h)
    path.lineTo(x + w, y + h * 0.45)
    path.curveTo(x + w, y + h * 0.15, x + w * 0.6, y + h * 0.04, x + w / 2, y)
    path.curveTo(x + w * 0.4, y + h * 0.04, x, y + h * 0.15, x, y + h * 0.45)
    path.close()
    canvas.setFillColor(INDIGO)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setStrokeColor(BRICK)
    canvas.setLineWidth(4 * size)
    canvas.setLineJoin(1)
    canvas.lines([(x + 5 * size, y + h * 0.42, x + w / 2, y + h * 0.72),
                  (x + w / 2, y + h * 0.72, x + w - 5 * size, y + h * 0.42)])  # fmt: skip


def _crest(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(OAT)
    canvas.rect(0, height - 80, width, 80, stroke=0, fill=1)
    _shield(canvas, LEFT, height - 68)
    canvas.setFillColor(INDIGO)
    canvas.setFont("Times-Bold", 15)
    canvas.drawString(LEFT + 42, height - 44, BRAND)
    if furniture.label:
        canvas.setFillColor(BRICK)
        canvas.setFont("Helvetica", 8.4)
        canvas.drawString(LEFT + 42, height - 59, furniture.label)
    canvas.setStrokeColor(BRICK)
    canvas.setLineWidth(2)
    canvas.line(0, height - 80, width, height - 80)


def _banner(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(INDIGO)
    canvas.rect(0, height - 74, width, 74, stroke=0, fill=1)
    canvas.setFillColor(BRICK)
    canvas.rect(0, height - 80, width, 6, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.6)
    canvas.drawString(LEFT, height - 26, BRAND.upper())
    canvas.setFont("Helvetica-Bold", 17)
    canvas.drawString(LEFT, height - 54, furniture.label)
    _shield(canvas, width - RIGHT - 30, height - 64, 0.95)


def _letterhead(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(INDIGO)
    canvas.setFont("SbRomanBold", 14)
    canvas.drawRightString(width - RIGHT, height - 40, DISTRICT)
    canvas.setFillColor(GREY)
    canvas.setFont("Helvetica", 6.8)
    lines = ("Community Safety Team", "Council Offices, Market Square", "Sandlebury  WN4 1RD",
             "communitysafety@sandlebury.example")  # fmt: skip
    for i, line in enumerate(lines):
        canvas.drawRightString(width - RIGHT, height - 52 - i * 8, line)
    canvas.setFillColor(INDIGO)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(LEFT, height - 40, BRAND)
    if furniture.label:
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(LEFT, height - 52, furniture.label)
    canvas.setStrokeColor(BRICK)
    canvas.setLineWidth(0.8)
    canvas.line(LEFT, height - 88, width - RIGHT, height - 88)


def _tab(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(MOSS)
    canvas.rect(0, height - 62, 200, 62, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("SbVeraBold", 15)
    canvas.drawString(LEFT - 20, height - 40, "PANEL NOTES")
    canvas.setFillColor(MOSS)
    canvas.setFont("SbVera", 8)
    canvas.drawRightString(width - RIGHT, height - 30, furniture.label)
    canvas.drawRightString(width - RIGHT, height - 41, BRAND)
    canvas.setStrokeColor(MOSS)
    canvas.setLineWidth(0.6)
    canvas.line(200, height - 62, width - RIGHT, height - 62)


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    if not furniture.head or not furniture.head_place:
        return
    if furniture.head_place == "bar":
        canvas.setFillColor(INDIGO)
        canvas.rect(0, height - 30, width, 14, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica", 7.4)
        canvas.drawRightString(width - RIGHT, height - 26, furniture.head)
        return
    canvas.setFillColor(GREY)
    canvas.setFont("Helvetica-Oblique", 7.6)
    canvas.drawRightString(width - RIGHT, height - 42, furniture.head)
    canvas.setStrokeColor(BRICK)
    canvas.setLineWidth(1.2)
    canvas.line(width - RIGHT - 60, height - 47, width - RIGHT, height - 47)


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            openings = {"crest": _crest, "banner": _banner, "letterhead": _letterhead, "tab": _tab}
            if furniture.opening in openings:
                openings[furniture.opening](canvas, width, height, furniture)
        else:
            _later(canvas, width, height, furniture)
        canvas.restoreState()
        if not furniture.foot:
            return
        canvas.saveState()
        text = furniture.foot.format(n=page, total=total)
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 7.4)
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
GUTTER = 20.0
HALF = (WIDTH - GUTTER) / 2
SIDE = 148.0
MAIN = WIDTH - SIDE - 18
LAND = landscape(A4)[0] - LEFT - RIGHT


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    height = A4[1]
    land_w, land_h = landscape(A4)
    inner_h = height - TOP - FOOT
    land_inner = land_h - TOP - FOOT + 20
    running = _running(furniture, total)

    def columns(canvas: Canvas, document: BaseDocTemplate) -> None:
        running(canvas, document)
        canvas.saveState()
        canvas.setStrokeColor(INDIGO)
        canvas.setLineWidth(0.4)
        x = LEFT + HALF + GUTTER / 2
        canvas.line(x, FOOT + 4, x, FOOT + inner_h - 10)
        canvas.restoreState()

    def side(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(OAT)
        x = LEFT + MAIN + 12
        canvas.rect(x, FOOT - 4, SIDE + 12, inner_h + 8, stroke=0, fill=1)
        canvas.setFillColor(BRICK)
        canvas.rect(x, FOOT - 4, 3, inner_h + 8, stroke=0, fill=1)
        canvas.restoreState()
        running(canvas, document)

    return [
        PageTemplate("one", [Frame(LEFT, FOOT, WIDTH, inner_h, id="one")], onPage=running),
        PageTemplate(
            "two",
            [
                Frame(LEFT, FOOT, HALF, inner_h, id="left"),
                Frame(LEFT + HALF + GUTTER, FOOT, HALF, inner_h, id="right"),
            ],
            onPage=columns,
        ),
        PageTemplate(
            "side",
            [
                Frame(LEFT + MAIN + 18, FOOT, SIDE, inner_h, id="side"),
                Frame(LEFT, FOOT, MAIN, inner_h, id="main"),
            ],
            onPage=side,
        ),
        PageTemplate(
            "land",
            [Frame(LEFT, FOOT - 10, LAND, land_inner, id="land")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


def p(text: str, style: ParagraphStyle = AR) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH, style: ParagraphStyle = NOTICE, edge: Any = BRICK) -> Flowable:
    """The fictional-document notice in a box with a thick left edge."""
    box = Table([[p(FICTIONAL, style)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, HAIR),
                ("LINEBEFORE", (0, 0), (0, -1), 4, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def boxed_panel(flowables: Sequence[Flowable], width: float, fill: Any = OAT, edge: Any = INDIGO) -> Table:
    """Flowables on a fill with a rule along their left edge."""
    box = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEBEFORE", (0, 0), (0, -1), 3, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def band(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = SA_STYLES, total: bool = False, head: Any = INDIGO,
) -> Table:  # fmt: skip
    """An indigo (or `head`) header in white, oat on every other body row (a totals row in bold over a
    brick rule)."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), head),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, head),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), OAT) for r in range(2, len(rows), 2)]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.1, BRICK))
    table.setStyle(TableStyle(commands))
    return table


def lined(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = MIN_STYLES, total: bool = False,
) -> Table:  # fmt: skip
    """A bold header over a brick rule, hairlines between the body rows, a double rule at the foot."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("LINEBELOW", (0, 0), (-1, 0), 1.4, BRICK),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, HAIR),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, INK, 0, None, None, 2, 2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
    ]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    table.setStyle(TableStyle(commands))
    return table


def boxed(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = TOR_STYLES, fill: Any = OAT,
) -> Table:  # fmt: skip
    """A full grid of grey lines on a filled header."""
    table = styled_table(rows, widths, figs, styles)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GREY),
                ("BACKGROUND", (0, 0), (-1, 0), fill),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def typed(rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = ()) -> Table:
    """A typed table: a double rule above the header, a single one under it and under the last row."""
    table = styled_table(rows, widths, figs, TYPED_STYLES)
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, INK, 0, None, None, 2, 1.6),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


class Signed(Flowable):
    """A signature as a looping pen stroke above a dotted line, with a caption and a date under it."""

    def __init__(self, caption: str, dated: str, font: str = "SbMono") -> None:
        super().__init__()
        self.caption, self.dated, self.font = caption, dated, font
        self.width, self.height = 260, 58

    def draw(self) -> None:
        c = self.canv
        c.translate(0, 9)
        c.setStrokeColor(colors.Color(0.08, 0.12, 0.4))
        c.setLineWidth(1.2)
        c.bezier(6, 24, 14, 50, 26, 10, 34, 30)
        c.bezier(34, 30, 40, 44, 50, 18, 62, 26)
        c.bezier(62, 26, 76, 36, 82, 16, 98, 24)
        c.bezier(98, 24, 120, 34, 140, 14, 170, 28)
        c.line(40, 19, 150, 21)
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.setDash(1, 2)
        c.line(0, 14, 230, 14)
        c.setDash()
        c.setFont(self.font, 7.4)
        c.setFillColor(INK)
        c.drawString(0, 4, self.caption)
        c.drawString(0, -5, self.dated)
