"""Partnership AK's page furniture, unlike common.py's and the other partnerships' layout modules: the 2023-24
annual report in Bitstream Vera with DejaVu Serif Bold Italic headings on two columns, the 2024-25 one in
Times with Helvetica Bold headings and a porcelain sidebar at the right, the strategic assessment in DejaVu
Sans with STIX Bold headings and its tables in DejaVu Sans Mono, the Board's formal minutes in STIX General
with Helvetica Bold headings, the Commissioning and Finance Group's decision log in Helvetica, typed minutes
in Courier (scanned), the Board's action notes in DejaVu Serif with Times Bold headings, terms of reference in
DejaVu Serif with Bitstream Vera Bold headings and a funding register printed in DejaVu Sans Mono; in mulberry
with a citron accent, on porcelain. Page 1 opens in one of six ways: a "masthead" (a mulberry block across the
top of the paper, the borough's name spaced small over the partnership's in white, a citron stripe under it),
a "crest" (a mulberry shield with a citron chevron at the left, the partnership's name beside it in Times Bold
and a citron rule under both), a "chevrons" (three citron chevrons at the top right, the name at the left in
mulberry), a "letter" (the council's letterhead: the name at the left and an address block set right in small
type over a mulberry hairline), a "tab" (a mulberry tab hanging from the top edge at the left with "SSP" in it
and the label beside it) or a "console" (a printout's line in DejaVu Sans Mono with the file, the sheet and
when it was printed, over a dashed rule); a typed record carries nothing. Later pages carry a running head as
a "bar" (a thin mulberry bar across the top of the paper, the words at the right under it in mulberry) or a
"tag" (a citron square and the words at the left, in grey), or none. Each document has its own foot with {n},
{total} and {roman} (the page in lower-case roman numerals): at the left, centred, at the right or on the
"outer" edge (right on odd pages, left on even ones, as a book is printed). Templates: "one", "two" (two
columns with a wide gutter and no rule), "side" (a porcelain sidebar at the right of the main column) and
"land" (landscape). Tables are "stripe" (a mulberry header in bold over a citron rule, porcelain stripes on
every other row, no upright rules), "boxed" (a mulberry header in white in a full grid of mulberry hairlines),
"booktabs" (a heavy rule at the top and bottom and a light one under the header, nothing else), "console" (a
monospaced printout with dotted rules between rows) or "typed" (Courier with solid rules above and below the
header and under the last row). Laid out twice so a foot can state the page count."""

from __future__ import annotations

import datetime
import itertools
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

MULBERRY = colors.Color(0.42, 0.13, 0.33)
CITRON = colors.Color(0.85, 0.71, 0.15)
PORCELAIN = colors.Color(0.95, 0.95, 0.97)
STRIPE = colors.Color(0.96, 0.93, 0.95)
GREY = colors.Color(0.4, 0.4, 0.43)
HAIR = colors.Color(0.7, 0.66, 0.69)
INK = colors.Color(0.1, 0.09, 0.12)
LEFT, RIGHT, TOP, FOOT = 58.0, 52.0, 88.0, 60.0
TTF = Path(get_data_path()) / "fonts" / "ttf"
BRAND = "Safer Stavenham Partnership"
BOROUGH = "London Borough of Stavenham"
ROMAN = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _fonts() -> None:
    if "SvVera" in pdfmetrics.getRegisteredFontNames():
        return
    ttf = (
        ("SvSans", "DejaVuSans.ttf"),
        ("SvSansBold", "DejaVuSans-Bold.ttf"),
        ("SvSansItalic", "DejaVuSans-Oblique.ttf"),
        ("SvSansBoldItalic", "DejaVuSans-BoldOblique.ttf"),
        ("SvMono", "DejaVuSansMono.ttf"),
        ("SvMonoBold", "DejaVuSansMono-Bold.ttf"),
        ("SvMonoItalic", "DejaVuSansMono-Oblique.ttf"),
        ("SvMonoBoldItalic", "DejaVuSansMono-BoldOblique.ttf"),
        ("SvSerif", "DejaVuSerif.ttf"),
        ("SvSerifBold", "DejaVuSerif-Bold.ttf"),
        ("SvSerifItalic", "DejaVuSerif-Italic.ttf"),
        ("SvSerifBoldItalic", "DejaVuSerif-BoldItalic.ttf"),
        ("SvStix", "STIXGeneral.ttf"),
        ("SvStixBold", "STIXGeneralBol.ttf"),
        ("SvStixItalic", "STIXGeneralItalic.ttf"),
        ("SvStixBoldItalic", "STIXGeneralBolIta.ttf"),
    )
    for name, file in ttf:
        pdfmetrics.registerFont(TTFont(name, str(TTF / file)))
    vera = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("SvVera", "Vera.ttf"), ("SvVeraBold", "VeraBd.ttf"), ("SvVeraItalic", "VeraIt.ttf"),
                       ("SvVeraBoldItalic", "VeraBI.ttf")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, str(vera / file)))
    for family in ("SvSans", "SvMono", "SvSerif", "SvStix", "SvVera"):
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


NOTICE = _style("SvNotice", "Helvetica-Oblique", 7.4, 9.2, spaceAfter=0)
# Annual report 2023-24: Bitstream Vera, DejaVu Serif Bold Italic headings, two columns.
AR = _style("SvAr", "SvVera", 8.6, 11.8, spaceAfter=5)
AR_SMALL = _style("SvArSmall", "SvVera", 7.4, 9.4, spaceAfter=3)
AR_TITLE = _style("SvArTitle", "SvSerifBoldItalic", 24, 28, textColor=MULBERRY, spaceAfter=4)
AR_H1 = _heading("SvArH1", "SvSerifBoldItalic", 13, MULBERRY)
AR_H2 = _heading("SvArH2", "SvSerifBoldItalic", 9.8, INK, spaceBefore=5, spaceAfter=2)
AR_STYLES = _cell_styles("SvAr", "SvVera", "SvVeraBold", 7.3, MULBERRY)
# Annual report 2024-25: Times with Helvetica Bold headings, a sidebar.
AR2 = _style("SvAr2", "Times-Roman", 10.2, 13.2, spaceAfter=5)
AR2_SMALL = _style("SvAr2Small", "Times-Roman", 8.8, 10.8, spaceAfter=3)
AR2_TITLE = _style("SvAr2Title", "Helvetica-Bold", 22, 26, textColor=MULBERRY, spaceAfter=4)
AR2_H1 = _heading("SvAr2H1", "Helvetica-Bold", 12.4, MULBERRY, spaceBefore=10)
AR2_H2 = _heading("SvAr2H2", "Helvetica-Bold", 9.6, INK, spaceBefore=5, spaceAfter=2)
AR2_SIDE = _style("SvAr2Side", "Helvetica", 8.2, 10.6, spaceAfter=4)
AR2_SIDE_FIG = _style("SvAr2SideFig", "Helvetica-Bold", 17, 19, textColor=MULBERRY, spaceAfter=0)
AR2_STYLES = _cell_styles("SvAr2", "Times-Roman", "Helvetica-Bold", 8.9, colors.white)
# The strategic assessment: DejaVu Sans, STIX Bold headings, tables in DejaVu Sans Mono.
SA = _style("SvSa", "SvSans", 8.6, 12, spaceAfter=5)
SA_SMALL = _style("SvSaSmall", "SvSans", 7.2, 9.2, spaceAfter=3)
SA_TITLE = _style("SvSaTitle", "SvStixBold", 26, 30, textColor=MULBERRY, spaceAfter=4, spaceBefore=6)
SA_H = _heading("SvSaH", "SvStixBold", 14, MULBERRY, spaceBefore=10)
SA_H2 = _heading("SvSaH2", "SvStixBold", 11, INK, spaceBefore=5, spaceAfter=2)
SA_CAPTION = _heading("SvSaCaption", "SvSansBold", 7.8, MULBERRY, spaceBefore=6, spaceAfter=3)
SA_STYLES = _cell_styles("SvSa", "SvMono", "SvMonoBold", 7.3, MULBERRY)
# The Board's formal minutes: STIX General, Helvetica Bold headings.
MIN = _style("SvMin", "SvStix", 10.2, 13, spaceAfter=5)
MIN_H = _heading("SvMinH", "Helvetica-Bold", 9.8, MULBERRY, spaceBefore=9)
MIN_TITLE = _style("SvMinTitle", "Helvetica-Bold", 15, 19, textColor=INK, spaceAfter=3)
MIN_STYLES = _cell_styles("SvMin", "SvStix", "Helvetica-Bold", 9, colors.white)
# The Commissioning and Finance Group's decision log: Helvetica.
LOG = _style("SvLog", "Helvetica", 8.6, 11.2, spaceAfter=4)
LOG_H = _heading("SvLogH", "Helvetica-Bold", 9.6, MULBERRY, spaceBefore=8)
LOG_TITLE = _style("SvLogTitle", "Helvetica-Bold", 14, 18, textColor=MULBERRY, spaceAfter=3)
LOG_STYLES = _cell_styles("SvLog", "Helvetica", "Helvetica-Bold", 7.8, MULBERRY)
# Typed minutes (scanned): Courier.
TYPED = _style("SvTyped", "Courier", 8.6, 11, spaceAfter=4)
TYPED_H = _heading("SvTypedH", "Courier-Bold", 9, INK, spaceBefore=7, spaceAfter=2)
TYPED_TITLE = _style("SvTypedTitle", "Courier-Bold", 11, 14, alignment=1, spaceAfter=2)
TYPED_STYLES = _cell_styles("SvTyped", "Courier", "Courier-Bold", 8)
# The Board's action notes: DejaVu Serif, Times Bold headings.
NOTES = _style("SvNotes", "SvSerif", 8.7, 12, spaceAfter=5)
NOTES_H = _heading("SvNotesH", "Times-Bold", 11.4, MULBERRY, spaceBefore=9)
NOTES_TITLE = _style("SvNotesTitle", "Times-Bold", 17, 21, textColor=INK, spaceAfter=3)
NOTES_STYLES = _cell_styles("SvNotes", "SvSerif", "Times-Bold", 7.9, INK)
# Terms of reference: DejaVu Serif, Bitstream Vera Bold headings.
TOR = _style("SvTor", "SvSerif", 9, 12.4, spaceAfter=4)
TOR_H = _heading("SvTorH", "SvVeraBold", 10, MULBERRY, spaceBefore=9)
TOR_TITLE = _style("SvTorTitle", "SvVeraBold", 17, 21, textColor=INK, spaceAfter=3)
TOR_STYLES = _cell_styles("SvTor", "SvSerif", "SvVeraBold", 8.2, MULBERRY)
# The funding register printed: DejaVu Sans Mono.
REG = _style("SvReg", "SvMono", 7.2, 9.4, spaceAfter=3)
REG_TITLE = _style("SvRegTitle", "SvMonoBold", 10, 13, spaceAfter=3)
REG_STYLES = _cell_styles("SvReg", "SvMono", "SvMonoBold", 6.6, INK)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def ordinal_date(iso: str) -> str:
    """ "20th April 2023"."""
    d = day(iso)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d.strftime('%B %Y')}"


def long_date(iso: str) -> str:
    """ "20 April 2023"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def weekday_date(iso: str) -> str:
    """ "Thursday 20 April 2023"."""
    return f"{day(iso).strftime('%A')} {long_date(iso)}"


def abbreviated(iso: str) -> str:
    """ "Thu 17 Oct 2024"."""
    d = day(iso)
    return f"{d.strftime('%a')} {d.day} {d.strftime('%b %Y')}"


def slash_date(iso: str) -> str:
    """ "20/04/2023"."""
    d = day(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def point_date(iso: str) -> str:
    """ "20.4.23"."""
    d = day(iso)
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def month_year(iso: str) -> str:
    """ "Apr-23", as a spreadsheet shows a month."""
    d = day(iso)
    return f"{d.strftime('%b')}-{d.year % 100:02d}"


def pounds(amount: int) -> str:
    """£12,400."""
    return f"£{amount:,}"


def pence(amount: int) -> str:
    """£12,400.00."""
    return f"£{amount:,}.00"


def kilo(amount: int) -> str:
    """12.4 under a column headed £k: one decimal, exact to a hundred pounds."""
    return f"{amount / 1000:.1f}"


def bare(amount: int) -> str:
    """12400 as a register exports a number: no symbol, no separator."""
    return str(amount)


@dataclass(frozen=True)
class Furniture:
    """How a document's pages are dressed: `head` runs on later pages as a "bar" or a "tag" (`head_place`,
    "" for none), `label` is page 1's label; `opening` is "masthead", "crest", "chevrons", "letter", "tab",
    "console" or ""; `foot` is a format with {n}, {total} and {roman}, placed "left", "centre", "right" or
    "outer"."""

    head: str
    label: str = ""
    opening: str = "masthead"
    head_place: str = "bar"
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


def _masthead(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(MULBERRY)
    canvas.rect(0, height - 66, width, 66, stroke=0, fill=1)
    canvas.setFillColor(CITRON)
    canvas.rect(0, height - 72, width, 6, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 7.4)
    canvas.drawString(LEFT, height - 26, "  ".join(BOROUGH.upper().split()))
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(LEFT, height - 48, BRAND)
    if furniture.label:
        canvas.setFillColor(CITRON)
        canvas.setFont("Helvetica-Bold", 8.4)
        canvas.drawRightString(width - RIGHT, height - 48, furniture.label)


def _crest(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    x, top = LEFT, height - 28
    shield = canvas.beginPath()
    shield.moveTo(x, top)
    shield.lineTo(x + 32, top)
    shield.lineTo(x + 32, top - 22)
    shield.curveTo(x + 32, top - 34, x + 22, top - 40, x + 16, top - 44)
    shield.curveTo(x + 10, top - 40, x, top - 34, x, top - 22)
    shield.close()
    canvas.setFillColor(MULBERRY)
    canvas.drawPath(shield, stroke=0, fill=1)
    canvas.setStrokeColor(CITRON)
    canvas.setLineWidth(3)
    canvas.line(x + 4, top - 24, x + 16, top - 12)
    canvas.line(x + 16, top - 12, x + 28, top - 24)
    canvas.setFillColor(MULBERRY)
    canvas.setFont("Times-Bold", 15)
    canvas.drawString(x + 44, top - 17, BRAND)
    canvas.setFillColor(GREY)
    canvas.setFont("Times-Italic", 9)
    canvas.drawString(x + 44, top - 31, furniture.label or BOROUGH)
    canvas.setStrokeColor(CITRON)
    canvas.setLineWidth(1.6)
    canvas.line(LEFT, top - 52, width - RIGHT, top - 52)


def _chevrons(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setStrokeColor(CITRON)
    canvas.setLineWidth(4)
    for i in range(3):
        x = width - RIGHT - 60 + i * 18
        canvas.line(x, height - 30, x + 10, height - 42)
        canvas.line(x + 10, height - 42, x, height - 54)
    canvas.setFillColor(MULBERRY)
    canvas.setFont("Helvetica-Bold", 12.5)
    canvas.drawString(LEFT, height - 40, BRAND.upper())
    if furniture.label:
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 8.2)
        canvas.drawString(LEFT, height - 54, furniture.label)
    canvas.setStrokeColor(MULBERRY)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, height - 64, width - RIGHT, height - 64)


def _letter(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(MULBERRY)
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(LEFT, height - 40, BOROUGH)
    canvas.setFillColor(GREY)
    canvas.setFont("Helvetica", 8.4)
    canvas.drawString(LEFT, height - 53, furniture.label or BRAND)
    canvas.setFont("Helvetica", 6.8)
    lines = ("Community Safety Service", "Stavenham Town Hall", "1 Gannet Wharf Road", "London  SV1 4AA")
    for i, line in enumerate(lines):
        canvas.drawRightString(width - RIGHT, height - 30 - i * 8.4, line)
    canvas.setStrokeColor(MULBERRY)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, height - 68, width - RIGHT, height - 68)


def _tab(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(MULBERRY)
    canvas.rect(LEFT, height - 62, 38, 62, stroke=0, fill=1)
    canvas.setFillColor(CITRON)
    canvas.rect(LEFT, height - 66, 38, 4, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawCentredString(LEFT + 19, height - 50, "SSP")
    canvas.setFillColor(INK)
    canvas.setFont("SvSerifBold", 10)
    canvas.drawString(LEFT + 50, height - 36, BRAND)
    if furniture.label:
        canvas.setFillColor(GREY)
        canvas.setFont("SvSerif", 7.8)
        canvas.drawString(LEFT + 50, height - 49, furniture.label)


def _console(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(INK)
    canvas.setFont("SvMono", 7)
    canvas.drawString(LEFT, height - 36, furniture.label)
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.5)
    canvas.setDash(2, 2)
    canvas.line(LEFT, height - 42, width - RIGHT, height - 42)
    canvas.setDash()


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    if not furniture.head or not furniture.head_place:
        return
    if furniture.head_place == "bar":
        canvas.setFillColor(MULBERRY)
        canvas.rect(0, height - 14, width, 14, stroke=0, fill=1)
        canvas.setFont("Helvetica", 7.6)
        canvas.drawRightString(width - RIGHT, height - 32, furniture.head)
        return
    canvas.setFillColor(CITRON)
    canvas.rect(LEFT, height - 40, 6, 6, stroke=0, fill=1)
    canvas.setFillColor(GREY)
    canvas.setFont("Helvetica", 7.6)
    canvas.drawString(LEFT + 11, height - 39.5, furniture.head)


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            openings = {"masthead": _masthead, "crest": _crest, "chevrons": _chevrons, "letter": _letter,
                        "tab": _tab, "console": _console}  # fmt: skip
            if furniture.opening in openings:
                openings[furniture.opening](canvas, width, height, furniture)
        else:
            _later(canvas, width, height, furniture)
        canvas.restoreState()
        if not furniture.foot:
            return
        canvas.saveState()
        text = furniture.foot.format(n=page, total=total, roman=ROMAN[page] if page < len(ROMAN) else page)
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 7.8)
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
GUTTER = 26.0
HALF = (WIDTH - GUTTER) / 2
SIDE = 138.0
MAIN = WIDTH - SIDE - 18
LAND = landscape(A4)[0] - LEFT - RIGHT


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    height = A4[1]
    land_w, land_h = landscape(A4)
    inner_h = height - TOP - FOOT
    running = _running(furniture, total)

    def side(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(PORCELAIN)
        canvas.rect(LEFT + MAIN + 12, FOOT - 4, SIDE + 6, inner_h + 8, stroke=0, fill=1)
        canvas.setFillColor(CITRON)
        canvas.rect(LEFT + MAIN + 12, FOOT + inner_h + 4, SIDE + 6, 3, stroke=0, fill=1)
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
            onPage=running,
        ),
        # Main column first: a story fills it, then a FrameBreak moves on to the sidebar at the right.
        PageTemplate(
            "side",
            [
                Frame(LEFT, FOOT, MAIN, inner_h, id="main"),
                Frame(LEFT + MAIN + 18, FOOT, SIDE, inner_h, id="sidebar"),
            ],
            onPage=side,
        ),
        PageTemplate(
            "land",
            [Frame(LEFT, FOOT - 6, land_w - LEFT - RIGHT, land_h - TOP - FOOT + 28, id="land")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


def p(text: str, style: ParagraphStyle = AR) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH, style: ParagraphStyle = NOTICE) -> Flowable:
    """The fictional-document notice in a box with a citron edge at the left."""
    box = Table([[p(FICTIONAL, style)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, HAIR),
                ("LINEBEFORE", (0, 0), (0, -1), 4, CITRON),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def callout(flowables: Sequence[Flowable], width: float, edge: Any = MULBERRY) -> Table:
    """Flowables on porcelain with a thick rule down their left edge."""
    box = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PORCELAIN),
                ("LINEBEFORE", (0, 0), (0, -1), 3.5, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def badge(number: str, flowables: Sequence[Flowable], width: float, style: ParagraphStyle) -> Table:
    """A priority with its number in a citron circle-like square at the left and a mulberry rule under it."""
    box = Table([[p(number, style), list(flowables)]], colWidths=[30, width - 30], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), CITRON),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, MULBERRY),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (1, 0), (1, -1), 9),
            ]
        )
    )
    return box


def stripe(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = AR_STYLES, total: bool = False,
) -> Table:  # fmt: skip
    """A mulberry header in bold over a citron rule, porcelain stripes on every other body row, a totals row
    in bold over a mulberry rule if any."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("LINEBELOW", (0, 0), (-1, 0), 1.6, CITRON),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), STRIPE) for r in range(2, len(rows), 2)]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1, MULBERRY))
    table.setStyle(TableStyle(commands))
    return table


def boxed(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = MIN_STYLES,
) -> Table:  # fmt: skip
    """A mulberry header with white words in a full grid of mulberry hairlines."""
    table = styled_table(rows, widths, figs, styles)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, MULBERRY),
                ("BACKGROUND", (0, 0), (-1, 0), MULBERRY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.4),
            ]
        )
    )
    return table


def booktabs(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = SA_STYLES, total: bool = False,
) -> Table:  # fmt: skip
    """A heavy rule above the header and under the last row, a light one under the header (and above a
    totals row)."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("LINEABOVE", (0, 0), (-1, 0), 1.4, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ("LINEBELOW", (0, -1), (-1, -1), 1.4, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
    ]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, INK))
    table.setStyle(TableStyle(commands))
    return table


def console(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = REG_STYLES,
) -> Table:  # fmt: skip
    """A monospaced printout: the header in capitals over a solid rule, dotted rules between rows."""
    table = styled_table(rows, widths, figs, styles)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.35, GREY, None, (1, 1.5)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.4),
            ]
        )
    )
    return table


def typed(rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = ()) -> Table:
    """A typed table: solid rules above and below the header and under the last row."""
    table = styled_table(rows, widths, figs, TYPED_STYLES)
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.7, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.7, INK),
                ("LINEBELOW", (0, -1), (-1, -1), 0.7, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


class Signature(Flowable):
    """A signature as a slanted zigzag with a flourish under it, on a dashed line, with a caption."""

    def __init__(self, caption: str, seed: int = 0, font: str = "Courier") -> None:
        super().__init__()
        self.caption, self.seed, self.font = caption, seed, font
        self.width, self.height = 250, 46

    def draw(self) -> None:
        c, s = self.canv, self.seed
        c.setStrokeColor(colors.Color(0.12, 0.12, 0.35))
        c.setLineWidth(1.2)
        points = [
            (8, 20),
            (18, 40),
            (24, 18),
            (36, 38 - s),
            (44, 19),
            (58, 36),
            (66, 20),
            (84, 34 + s),
            (96, 22),
        ]
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            c.line(x1, y1, x2, y2)
        c.bezier(96, 22, 130, 12, 150, 30 + s, 176, 17)
        c.bezier(12, 16, 60, 8, 120, 12, 160, 14)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.setDash(3, 2)
        c.line(0, 13, 230, 13)
        c.setDash()
        c.setFont(self.font, 7.6)
        c.setFillColor(colors.black)
        c.drawString(0, 3, self.caption)
