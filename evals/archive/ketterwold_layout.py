"""Partnership AL's page furniture, unlike common.py's and the other partnerships' layout modules: juniper
with a saffron accent on sandstone, and heather for one document. The Executive Board's formal minutes in
DejaVu Serif with Helvetica Bold item headings, typed minutes in Courier (scanned), a decision sheet of the
Board on landscape pages in Bitstream Vera, the strategic assessment in Arial (reportlab's Type 1 face) with
DejaVu Serif Bold titles, a partnership plan on landscape pages in three columns in Bitstream Vera with DejaVu
Sans Bold titles, a funding prospectus in STIX General with DejaVu Sans Bold headings, the 2023-24 annual
report in Times with its headings set in the left margin beside the text (side-heads) in Helvetica Bold, the
2024-25 one on two columns in Times with STIX General Bold titles, a locality group's notes in Helvetica and
an officer decision record as a form in Arial. Page 1 opens in one of six ways: "wold" (three juniper hill
lines rising to the right under a saffron sun, the partnership's name beside them), "band" (a juniper band
down the whole left edge of page 1 with the council's name set upwards in it, a saffron tip at its foot),
"council" (Ketterwold Council's letterhead: its name in juniper over a saffron hairline, the service and the
address block at the right), "memo" (a heather panel across the top with "NOTES" in it and a To/From block
under it), "form" (a double juniper frame round the top of the paper with the form's reference in a box at the
right) or "" (nothing: a typed record). Later pages carry a running head as a "rule" (the words at the left, a
saffron hairline under them across the text), a "corner" (a juniper square in the top right corner of the
paper with the page number in white, the words beside it) or none. Each document has its own foot with {n} and
{total}: at the left, centred, at the right or "outer". Templates: "one", "two" (two columns, a saffron rule
between them), "three" (three columns on landscape pages), "land" (one column on landscape pages) and "panel"
(page 1 with a sandstone panel at the left for key dates, the main column beside it). Tables are "ledger" (a
juniper header in white, sandstone on every other row, a saffron rule under the last), "ruled" (a juniper
header in bold over a saffron rule, grey hairlines between rows, nothing upright), "grid" (a full grid of dark
hairlines on a sandstone header: a form) or "typed" (Courier with dashes above and below the header). Laid out
twice so a foot can state the page count."""

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

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker, styled_cells, styled_table

JUNIPER = colors.Color(0.12, 0.33, 0.32)
SAFFRON = colors.Color(0.93, 0.58, 0.12)
SANDSTONE = colors.Color(0.97, 0.94, 0.87)
HEATHER = colors.Color(0.5, 0.4, 0.56)
RUST = colors.Color(0.7, 0.4, 0.07)  # saffron darkened for words
GREY = colors.Color(0.42, 0.42, 0.4)
HAIR = colors.Color(0.72, 0.72, 0.68)
INK = colors.Color(0.09, 0.11, 0.11)
LEFT, RIGHT, TOP, FOOT = 56.0, 54.0, 92.0, 58.0
TTF = Path(get_data_path()) / "fonts" / "ttf"
TYPE1 = Path(reportlab.__file__).parent / "fonts"
BRAND = "Ketterwold Safer Communities Partnership"
COUNCIL = "Ketterwold Council"


def _fonts() -> None:
    if "KwSerif" in pdfmetrics.getRegisteredFontNames():
        return
    ttf = (
        ("KwSerif", TTF / "DejaVuSerif.ttf"),
        ("KwSerifBold", TTF / "DejaVuSerif-Bold.ttf"),
        ("KwSerifItalic", TTF / "DejaVuSerif-Italic.ttf"),
        ("KwSerifBoldItalic", TTF / "DejaVuSerif-BoldItalic.ttf"),
        ("KwSansBold", TTF / "DejaVuSans-Bold.ttf"),
        ("KwStix", TTF / "STIXGeneral.ttf"),
        ("KwStixBold", TTF / "STIXGeneralBol.ttf"),
        ("KwStixItalic", TTF / "STIXGeneralItalic.ttf"),
        ("KwStixBoldItalic", TTF / "STIXGeneralBolIta.ttf"),
        ("KwVera", TYPE1 / "Vera.ttf"),
        ("KwVeraBold", TYPE1 / "VeraBd.ttf"),
        ("KwVeraItalic", TYPE1 / "VeraIt.ttf"),
        ("KwVeraBoldItalic", TYPE1 / "VeraBI.ttf"),
    )
    for name, file in ttf:
        pdfmetrics.registerFont(TTFont(name, str(file)))
    for name, face in (("KwArial", "_a______"), ("KwArialBold", "_ab_____"), ("KwArialItalic", "_ai_____"),
                       ("KwArialBoldItalic", "_abi____")):  # fmt: skip
        afm, pfb = str(TYPE1 / f"{face}.afm"), str(TYPE1 / f"{face}.pfb")
        typeface = pdfmetrics.EmbeddedType1Face(afm, pfb)
        pdfmetrics.registerTypeFace(typeface)
        pdfmetrics.registerFont(pdfmetrics.Font(name, typeface.name, "WinAnsiEncoding"))
    for family in ("KwSerif", "KwStix", "KwVera", "KwArial"):
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


NOTICE = _style("KwNotice", "Helvetica-Oblique", 7.4, 9.2, spaceAfter=0)
# The Executive Board's formal minutes: DejaVu Serif, Helvetica Bold item headings.
MIN = _style("KwMin", "KwSerif", 9, 12.4, spaceAfter=5)
MIN_H = _heading("KwMinH", "Helvetica-Bold", 9.8, JUNIPER, spaceBefore=9)
MIN_TITLE = _style("KwMinTitle", "Helvetica-Bold", 14, 18, textColor=INK, spaceAfter=2, alignment=1)
MIN_STYLES = _cell_styles("KwMin", "KwSerif", "Helvetica-Bold", 8, colors.white)
# Typed minutes (scanned): Courier.
TYPED = _style("KwTyped", "Courier", 8.8, 11.2, spaceAfter=4)
TYPED_H = _heading("KwTypedH", "Courier-Bold", 9, INK, spaceBefore=7, spaceAfter=2)
TYPED_TITLE = _style("KwTypedTitle", "Courier-Bold", 11, 14, alignment=1, spaceAfter=2)
TYPED_STYLES = _cell_styles("KwTyped", "Courier", "Courier-Bold", 8.2)
# The Board's decision sheet on landscape pages: Bitstream Vera.
SHEET = _style("KwSheet", "KwVera", 8.2, 10.8, spaceAfter=4)
SHEET_H = _heading("KwSheetH", "KwVeraBold", 10, JUNIPER, spaceBefore=8)
SHEET_TITLE = _style("KwSheetTitle", "KwVeraBold", 15, 19, textColor=JUNIPER, spaceAfter=2)
SHEET_STYLES = _cell_styles("KwSheet", "KwVera", "KwVeraBold", 7.6, colors.white)
# The strategic assessment: Arial with DejaVu Serif Bold titles.
SA = _style("KwSa", "KwArial", 8.8, 12, spaceAfter=5)
SA_SMALL = _style("KwSaSmall", "KwArial", 7.4, 9.4, spaceAfter=3)
SA_TITLE = _style("KwSaTitle", "KwSerifBold", 25, 31, textColor=JUNIPER, spaceAfter=4)
SA_H = _heading("KwSaH", "KwSerifBold", 13.5, JUNIPER, spaceBefore=11)
SA_H2 = _heading("KwSaH2", "KwArialBold", 9.6, INK, spaceBefore=5, spaceAfter=2)
SA_CAPTION = _heading("KwSaCaption", "KwArialBold", 8, RUST, spaceBefore=6)
SA_STYLES = _cell_styles("KwSa", "KwArial", "KwArialBold", 7.6, colors.white)
# The partnership plan: Bitstream Vera with DejaVu Sans Bold titles, three columns on landscape pages.
PLAN = _style("KwPlan", "KwVera", 8, 10.6, spaceAfter=4)
PLAN_TITLE = _style("KwPlanTitle", "KwSansBold", 25, 32, textColor=JUNIPER, spaceAfter=4)
PLAN_H = _heading("KwPlanH", "KwSansBold", 12.5, JUNIPER, spaceBefore=8)
PLAN_H2 = _heading("KwPlanH2", "KwVeraBold", 8.6, INK, spaceBefore=5, spaceAfter=2)
PLAN_STYLES = _cell_styles("KwPlan", "KwVera", "KwVeraBold", 7.4, JUNIPER)
# The funding prospectus: STIX General with DejaVu Sans Bold headings.
PRO = _style("KwPro", "KwStix", 10, 12.8, spaceAfter=5)
PRO_SMALL = _style("KwProSmall", "KwStix", 8.6, 10.6, spaceAfter=3)
PRO_TITLE = _style("KwProTitle", "KwSansBold", 19, 23, textColor=JUNIPER, spaceAfter=4)
PRO_H = _heading("KwProH", "KwSansBold", 10.4, JUNIPER, spaceBefore=9)
PRO_STYLES = _cell_styles("KwPro", "KwStix", "KwStixBold", 9, JUNIPER)
# The 2023-24 annual report: Times, side-heads in Helvetica Bold.
AR = _style("KwAr", "Times-Roman", 10, 13, spaceAfter=5)
AR_SMALL = _style("KwArSmall", "Times-Roman", 8.6, 10.6, spaceAfter=3)
AR_TITLE = _style("KwArTitle", "Helvetica-Bold", 23, 27, textColor=JUNIPER, spaceAfter=3)
AR_SIDE = _style("KwArSide", "Helvetica-Bold", 9.4, 11.6, textColor=JUNIPER, spaceAfter=0)
AR_H2 = _heading("KwArH2", "Helvetica-Bold", 9, INK, spaceBefore=4, spaceAfter=2)
AR_STYLES = _cell_styles("KwAr", "Times-Roman", "Helvetica-Bold", 8.4, colors.white)
# The 2024-25 annual report: Times on two columns, STIX General Bold titles.
AR2 = _style("KwAr2", "Times-Roman", 9.4, 12.2, spaceAfter=5)
AR2_SMALL = _style("KwAr2Small", "Times-Roman", 8, 9.8, spaceAfter=3)
AR2_TITLE = _style("KwAr2Title", "KwStixBold", 27, 30, textColor=JUNIPER, spaceAfter=3)
AR2_H1 = _heading("KwAr2H1", "KwStixBold", 14.5, JUNIPER, spaceBefore=9)
AR2_H2 = _heading("KwAr2H2", "Times-Bold", 10, INK, spaceBefore=4, spaceAfter=2)
AR2_FIG = _style("KwAr2Fig", "KwStixBold", 19, 21, textColor=JUNIPER, spaceAfter=0)
AR2_STYLES = _cell_styles("KwAr2", "Times-Roman", "Times-Bold", 8.2, colors.white)
# A locality group's notes: Helvetica.
NOTES = _style("KwNotes", "Helvetica", 8.8, 11.6, spaceAfter=4)
NOTES_H = _heading("KwNotesH", "Helvetica-Bold", 9.6, HEATHER, spaceBefore=8)
NOTES_STYLES = _cell_styles("KwNotes", "Helvetica", "Helvetica-Bold", 8, HEATHER)
# An officer decision record: Arial.
FORM = _style("KwForm", "KwArial", 9, 12, spaceAfter=3)
FORM_LABEL = _style("KwFormLabel", "KwArialBold", 8.4, 10.6, spaceAfter=0)
FORM_TITLE = _style("KwFormTitle", "KwArialBold", 15, 19, textColor=JUNIPER, spaceAfter=2)
FORM_STYLES = _cell_styles("KwForm", "KwArial", "KwArialBold", 8.4)


def headed(styles: tuple[Any, ...], colour: Any, name: str) -> tuple[Any, ...]:
    """`styles` with both header styles in `colour`: white on a juniper header, juniper on a ruled one."""
    head, head_fig, cell, fig = styles
    return (
        head.clone(f"{name}Head", textColor=colour),
        head_fig.clone(f"{name}HeadFig", textColor=colour),
        cell,
        fig,
    )


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "22 June 2023"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def weekday_date(iso: str) -> str:
    """ "Thursday 22 June 2023"."""
    return f"{day(iso).strftime('%A')} {long_date(iso)}"


def ordinal_date(iso: str) -> str:
    """ "14th March 2024"."""
    d = day(iso)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d.strftime('%B %Y')}"


def short_date(iso: str) -> str:
    """ "22 Jun 2023"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%b %Y')}"


def dotted_date(iso: str) -> str:
    """ "22.06.2023"."""
    d = day(iso)
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def slash_date(iso: str) -> str:
    """ "22/06/23"."""
    d = day(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def pounds(amount: int) -> str:
    """£12,400."""
    return f"£{amount:,}"


def kilo(amount: int) -> str:
    """12.4 under a column headed £k: one decimal, exact to a hundred pounds."""
    return f"{amount / 1000:.1f}"


@dataclass(frozen=True)
class Furniture:
    """How a document's pages are dressed: `opening` is "wold", "band", "council", "memo", "form" or "";
    `label` is page 1's label; `head` runs on later pages as a "rule" or a "corner" (`head_place`, "" for
    none); `foot` is a format with {n} and {total}, placed "left", "centre", "right" or "outer"."""

    head: str
    label: str = ""
    opening: str = "wold"
    head_place: str = "rule"
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


def _hills(canvas: Canvas, x: float, y: float, scale: float = 1.0) -> None:
    """Three hill lines rising to the right under a saffron sun: the partnership's mark."""
    canvas.setFillColor(SAFFRON)
    canvas.circle(x + 34 * scale, y + 22 * scale, 7 * scale, stroke=0, fill=1)
    canvas.setStrokeColor(JUNIPER)
    canvas.setLineCap(1)
    for i, width in enumerate((3.2, 2.4, 1.6)):
        canvas.setLineWidth(width * scale)
        base = y + i * 7 * scale
        canvas.bezier(x, base, x + 14 * scale, base + 10 * scale, x + 26 * scale, base - 2 * scale,
                      x + 48 * scale, base + 9 * scale)  # fmt: skip


def _wold(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    _hills(canvas, LEFT, height - 62)
    canvas.setFillColor(JUNIPER)
    canvas.setFont("KwSansBold", 13.5)
    canvas.drawString(LEFT + 60, height - 44, BRAND)
    if furniture.label:
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 8.4)
        canvas.drawString(LEFT + 60, height - 58, furniture.label)
    canvas.setStrokeColor(SAFFRON)
    canvas.setLineWidth(1.2)
    canvas.line(LEFT, height - 72, width - RIGHT, height - 72)


def _band(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(JUNIPER)
    canvas.rect(0, 0, 30, height, stroke=0, fill=1)
    canvas.setFillColor(SAFFRON)
    canvas.rect(0, 0, 30, 40, stroke=0, fill=1)
    canvas.saveState()
    canvas.translate(20, 60)
    canvas.rotate(90)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(0, 0, f"{COUNCIL.upper()}   \u00b7   {BRAND.upper()}")
    canvas.restoreState()
    if furniture.label:
        canvas.setFillColor(JUNIPER)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawRightString(width - RIGHT, height - 44, furniture.label)
        canvas.setStrokeColor(SAFFRON)
        canvas.setLineWidth(2)
        canvas.line(width - RIGHT - 120, height - 50, width - RIGHT, height - 50)


def _council(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(JUNIPER)
    canvas.setFont("KwSerifBold", 15)
    canvas.drawString(LEFT, height - 44, COUNCIL)
    canvas.setFillColor(GREY)
    canvas.setFont("KwSerif", 8)
    canvas.drawString(LEFT, height - 57, furniture.label or "Safer Communities Service")
    canvas.setFont("Helvetica", 6.8)
    lines = (
        "Safer Communities Service",
        "County Hall, Abbeygate",
        "Tessford  KW1 2HL",
        "kscp@ketterwold.example",
    )
    for i, line in enumerate(lines):
        canvas.drawRightString(width - RIGHT, height - 32 - i * 8.4, line)
    _hills(canvas, width - RIGHT - 150, height - 62, 0.55)
    canvas.setStrokeColor(SAFFRON)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, height - 72, width - RIGHT, height - 72)


def _memo(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(HEATHER)
    canvas.rect(LEFT, height - 60, width - LEFT - RIGHT, 30, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(LEFT + 10, height - 50, "NOTES")
    canvas.setFont("Helvetica", 8.4)
    canvas.drawRightString(width - RIGHT - 10, height - 49, furniture.label)


def _form(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setStrokeColor(JUNIPER)
    canvas.setLineWidth(1.6)
    canvas.rect(LEFT - 8, height - 80, width - LEFT - RIGHT + 16, 56, stroke=1, fill=0)
    canvas.setLineWidth(0.5)
    canvas.rect(LEFT - 5, height - 77, width - LEFT - RIGHT + 10, 50, stroke=1, fill=0)
    canvas.setFillColor(JUNIPER)
    canvas.setFont("KwArialBold", 12)
    canvas.drawString(LEFT + 4, height - 46, COUNCIL.upper())
    canvas.setFont("KwArial", 8)
    canvas.setFillColor(GREY)
    canvas.drawString(
        LEFT + 4, height - 60, "Record of a decision taken by an officer under delegated powers"
    )
    canvas.setFillColor(SANDSTONE)
    canvas.rect(width - RIGHT - 120, height - 70, 116, 34, stroke=0, fill=1)
    canvas.setFillColor(INK)
    canvas.setFont("KwArialBold", 10)
    canvas.drawCentredString(width - RIGHT - 62, height - 57, furniture.label)


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture, page: int) -> None:
    if not furniture.head or not furniture.head_place:
        return
    if furniture.head_place == "rule":
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 7.6)
        canvas.drawString(LEFT, height - 40, furniture.head)
        canvas.setStrokeColor(SAFFRON)
        canvas.setLineWidth(0.7)
        canvas.line(LEFT, height - 45, width - RIGHT, height - 45)
        return
    canvas.setFillColor(JUNIPER)
    canvas.rect(width - 42, height - 42, 42, 42, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawCentredString(width - 21, height - 27, str(page))
    canvas.setFillColor(JUNIPER)
    canvas.setFont("Helvetica", 7.6)
    canvas.drawRightString(width - 52, height - 26, furniture.head)


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            openings = {"wold": _wold, "band": _band, "council": _council, "memo": _memo, "form": _form}
            if furniture.opening in openings:
                openings[furniture.opening](canvas, width, height, furniture)
        else:
            _later(canvas, width, height, furniture, page)
        canvas.restoreState()
        if not furniture.foot:
            return
        canvas.saveState()
        text = furniture.foot.format(n=page, total=total)
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 7.6)
        place = furniture.place
        if place == "outer":
            place = "right" if page % 2 else "left"
        if place == "right":
            canvas.drawRightString(width - RIGHT, 28, text)
        elif place == "left":
            canvas.drawString(LEFT, 28, text)
        else:
            canvas.drawCentredString(width / 2, 28, text)
        canvas.restoreState()

    return draw


WIDTH = A4[0] - LEFT - RIGHT
GUTTER = 22.0
HALF = (WIDTH - GUTTER) / 2
PANEL = 150.0
MAIN = WIDTH - PANEL - 16
LAND = landscape(A4)[0] - LEFT - RIGHT
THIRD = (LAND - 2 * GUTTER) / 3


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    height = A4[1]
    land_w, land_h = landscape(A4)
    inner_h = height - TOP - FOOT
    land_inner = land_h - TOP - FOOT + 24
    running = _running(furniture, total)

    def columns(canvas: Canvas, document: BaseDocTemplate) -> None:
        running(canvas, document)
        canvas.saveState()
        canvas.setStrokeColor(SAFFRON)
        canvas.setLineWidth(0.5)
        x = LEFT + HALF + GUTTER / 2
        canvas.line(x, FOOT, x, FOOT + inner_h - 6)
        canvas.restoreState()

    def panel(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(SANDSTONE)
        canvas.rect(LEFT - 6, FOOT - 6, PANEL + 8, inner_h + 12, stroke=0, fill=1)
        canvas.setFillColor(JUNIPER)
        canvas.rect(LEFT - 6, FOOT + inner_h + 2, PANEL + 8, 4, stroke=0, fill=1)
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
        # The panel first: a story fills it, then a FrameBreak moves on to the main column at the right.
        PageTemplate(
            "panel",
            [
                Frame(LEFT, FOOT, PANEL, inner_h, id="panel"),
                Frame(LEFT + PANEL + 16, FOOT, MAIN, inner_h, id="main"),
            ],
            onPage=panel,
        ),
        PageTemplate(
            "land",
            [Frame(LEFT, FOOT - 8, LAND, land_inner, id="land")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
        PageTemplate(
            "three",
            [
                Frame(LEFT + i * (THIRD + GUTTER), FOOT - 8, THIRD, land_inner, id=f"third{i}")
                for i in range(3)
            ],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


def p(text: str, style: ParagraphStyle = AR) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH, style: ParagraphStyle = NOTICE) -> Flowable:
    """The fictional-document notice in a box with a saffron rule along its top."""
    box = Table([[p(FICTIONAL, style)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, HAIR),
                ("LINEABOVE", (0, 0), (-1, 0), 3, SAFFRON),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def shaded(flowables: Sequence[Flowable], width: float, edge: Any = SAFFRON, fill: Any = SANDSTONE) -> Table:
    """Flowables on sandstone with a rule along their top edge."""
    box = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEABOVE", (0, 0), (-1, 0), 2.5, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def side_head(heading: str, flowables: Sequence[Flowable], style: ParagraphStyle = AR_SIDE) -> Table:
    """A section with its heading in the left margin beside the text, a saffron hairline above both."""
    box = Table([[p(heading, style), list(flowables)]], colWidths=[112, WIDTH - 112], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, SAFFRON),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


def ledger(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = SA_STYLES, total: bool = False,
) -> Table:  # fmt: skip
    """A juniper header in white, sandstone on every other body row, a saffron rule under the last row (and
    a totals row in bold over a juniper rule)."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), JUNIPER),
        ("LINEBELOW", (0, -1), (-1, -1), 1.4, SAFFRON),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), SANDSTONE) for r in range(2, len(rows), 2)]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.9, JUNIPER))
    table.setStyle(TableStyle(commands))
    return table


def ruled(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = PLAN_STYLES, total: bool = False,
) -> Table:  # fmt: skip
    """A header in bold over a saffron rule, grey hairlines between the body rows, nothing upright."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("LINEBELOW", (0, 0), (-1, 0), 1.5, SAFFRON),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, HAIR),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, JUNIPER),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.9, JUNIPER))
    table.setStyle(TableStyle(commands))
    return table


def grid(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = FORM_STYLES, header: bool = True,
) -> Table:  # fmt: skip
    """A full grid of dark hairlines, the header (or with `header` False the first column) on sandstone."""
    table = Table(
        styled_cells(rows, figs, styles), colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT"
    )
    shade = (
        ("BACKGROUND", (0, 0), (-1, 0), SANDSTONE) if header else ("BACKGROUND", (0, 0), (0, -1), SANDSTONE)
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, INK),
                shade,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def typed(rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = ()) -> Table:
    """A typed table: dashed rules above and below the header and under the last row."""
    table = styled_table(rows, widths, figs, TYPED_STYLES)
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.7, INK, None, (3, 2)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.7, INK, None, (3, 2)),
                ("LINEBELOW", (0, -1), (-1, -1), 0.7, INK, None, (3, 2)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


class Signature(Flowable):
    """A signature as a looping scrawl over a solid line, with a caption under it."""

    def __init__(self, caption: str, seed: int = 0, font: str = "Courier") -> None:
        super().__init__()
        self.caption, self.seed, self.font = caption, seed, font
        self.width, self.height = 240, 44

    def draw(self) -> None:
        c, s = self.canv, self.seed
        c.setStrokeColor(colors.Color(0.1, 0.15, 0.38))
        c.setLineWidth(1.1)
        points = [
            (10, 18),
            (16, 36),
            (22, 16),
            (30, 34 + s),
            (38, 18),
            (50, 30),
            (58, 17),
            (74, 33 - s),
            (88, 20),
        ]
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            c.line(x1, y1, x2, y2)
        c.bezier(88, 20, 110, 40, 128, 10, 150, 24 + s)
        c.bezier(150, 24 + s, 160, 30, 172, 18, 190, 20)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.line(0, 12, 220, 12)
        c.setFont(self.font, 7.6)
        c.setFillColor(colors.black)
        c.drawString(0, 2, self.caption)
