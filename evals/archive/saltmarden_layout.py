"""Partnership AJ's page furniture, unlike common.py's and the other partnerships' layout modules: the 2024-25
annual report in DejaVu Sans with Times Bold Italic headings (a cover page, then two columns), the 2025-26 one
in STIX General with Bitstream Vera Bold headings and numbered priority "cards", the strategic intelligence
assessment in Bitstream Vera with DejaVu Serif Bold headings and its tables in Helvetica, the annual meeting's
minutes in Helvetica, a meeting's notes in Times with DejaVu Sans Bold headings, signed minutes typed in
DejaVu Sans Mono (scanned), later minutes in DejaVu Serif with Helvetica Bold headings, terms of reference in
STIX General with DejaVu Serif Bold headings and an allocation plan printed from a spreadsheet in Helvetica;
in oxblood with a verdigris accent, on shell. Page 1 opens in one of eight ways: a "wave" (an oxblood wave
across the top of the paper with the partnership's name in white and a thin verdigris wave under it), a
"stamp" (a verdigris disc with "SCSP" in it at the left, the name and label beside it, a double oxblood rule
under both), a "cover" (an oxblood block over the top of the page holding the title, with a verdigris strip
under it), a "book" (the district council's name in spaced capitals centred between verdigris rules, with the
meeting's reference boxed at the right), a "strip" (a verdigris strip down the left edge of the paper with the
partnership's name set upward in white beside an oxblood line, a short oxblood bar over the title), a "memo"
(an oxblood "NOTES" box at the top right and the partnership's name at the left over a hairline), a "band" (a
verdigris band with the document's label in white at the left and the short name at the right) or a "sheet" (a
spreadsheet's grey title bar with the file and sheet name); a typed record carries nothing. Later pages carry
a running head as a verdigris "pill" centred at the top with the words in white, or at the "left" in oxblood
over a verdigris rule with "SCSP" at the right, or none. Each document has its own foot with {n}, {total}, the
page in words ({word}, {total_word}) or a printed number ({printed}, counted from the page after a cover): at
the left, centred or at the right, with a short oxblood rule over it when `ruled`. Templates: "one", "two"
(two columns with a verdigris hairline between them), "cover" (the title inside the block, the rest under it)
and "land" (landscape). Tables are "tide" (an oxblood header in bold on shell over a verdigris rule, dotted
hairlines between rows, figures set right, a totals row over a double oxblood rule), "grid" (a light grid with
a drift-grey header, for minutes), "sheet" (a spreadsheet's grid with a verdigris header in white and row
numbers in a grey column) or "typed" (a typed table ruled with dashes). Laid out twice so a foot can state the
page count."""

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

OXBLOOD = colors.Color(0.46, 0.1, 0.14)
VERDIGRIS = colors.Color(0.22, 0.55, 0.5)
SHELL = colors.Color(0.98, 0.95, 0.92)
DRIFT = colors.Color(0.87, 0.85, 0.82)
GREY = colors.Color(0.42, 0.42, 0.42)
HAIR = colors.Color(0.66, 0.64, 0.62)
INK = colors.Color(0.09, 0.08, 0.1)
LEFT, RIGHT, TOP, FOOT = 54.0, 54.0, 84.0, 62.0
TTF = Path(get_data_path()) / "fonts" / "ttf"
BRAND = "Saltmarden Community Safety Partnership"
COUNCIL = "Saltmarden District Council"
WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
)  # fmt: skip


def _fonts() -> None:
    if "SlStix" in pdfmetrics.getRegisteredFontNames():
        return
    ttf = (
        ("SlSans", "DejaVuSans.ttf"),
        ("SlSansBold", "DejaVuSans-Bold.ttf"),
        ("SlSansItalic", "DejaVuSans-Oblique.ttf"),
        ("SlSansBoldItalic", "DejaVuSans-BoldOblique.ttf"),
        ("SlMono", "DejaVuSansMono.ttf"),
        ("SlMonoBold", "DejaVuSansMono-Bold.ttf"),
        ("SlMonoItalic", "DejaVuSansMono-Oblique.ttf"),
        ("SlMonoBoldItalic", "DejaVuSansMono-BoldOblique.ttf"),
        ("SlSerif", "DejaVuSerif.ttf"),
        ("SlSerifBold", "DejaVuSerif-Bold.ttf"),
        ("SlSerifItalic", "DejaVuSerif-Italic.ttf"),
        ("SlSerifBoldItalic", "DejaVuSerif-BoldItalic.ttf"),
        ("SlStix", "STIXGeneral.ttf"),
        ("SlStixBold", "STIXGeneralBol.ttf"),
        ("SlStixItalic", "STIXGeneralItalic.ttf"),
        ("SlStixBoldItalic", "STIXGeneralBolIta.ttf"),
    )
    for name, file in ttf:
        pdfmetrics.registerFont(TTFont(name, str(TTF / file)))
    vera = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("SlVera", "Vera.ttf"), ("SlVeraBold", "VeraBd.ttf"), ("SlVeraItalic", "VeraIt.ttf"),
                       ("SlVeraBoldItalic", "VeraBI.ttf")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, str(vera / file)))
    for family in ("SlSans", "SlMono", "SlSerif", "SlStix", "SlVera"):
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


NOTICE = _style("SlNotice", "Helvetica", 7.3, 9.1, spaceAfter=0)
# Annual report 2024-25: DejaVu Sans, Times Bold Italic headings, a cover.
AR = _style("SlAr", "SlSans", 8.7, 12.2, spaceAfter=5)
AR_SMALL = _style("SlArSmall", "SlSans", 7.6, 9.8, spaceAfter=3)
AR_H1 = _heading("SlArH1", "Times-BoldItalic", 15, OXBLOOD)
AR_H2 = _heading("SlArH2", "Times-BoldItalic", 11, VERDIGRIS, spaceBefore=5, spaceAfter=2)
COVER_TITLE = _style("SlCoverTitle", "Times-BoldItalic", 34, 38, textColor=colors.white, spaceAfter=6)
COVER_SUB = _style("SlCoverSub", "SlSans", 11, 15, textColor=SHELL, spaceAfter=4)
AR_STYLES = _cell_styles("SlAr", "SlSans", "SlSansBold", 7.5, OXBLOOD)
# Annual report 2025-26: STIX General, Bitstream Vera Bold headings.
AR2 = _style("SlAr2", "SlStix", 10.2, 13.4, spaceAfter=5)
AR2_SMALL = _style("SlAr2Small", "SlStix", 8.8, 11, spaceAfter=3)
AR2_TITLE = _style("SlAr2Title", "SlVeraBold", 21, 25, textColor=OXBLOOD, spaceAfter=4, spaceBefore=4)
AR2_H1 = _heading("SlAr2H1", "SlVeraBold", 12.5, VERDIGRIS, spaceBefore=10)
AR2_H2 = _heading("SlAr2H2", "SlVeraBold", 9.6, OXBLOOD, spaceBefore=5, spaceAfter=2)
AR2_STYLES = _cell_styles("SlAr2", "SlStix", "SlVeraBold", 8.8, OXBLOOD)
# The assessment: Bitstream Vera, DejaVu Serif Bold headings, tables in Helvetica.
SA = _style("SlSa", "SlVera", 8.8, 12.2, spaceAfter=5)
SA_SMALL = _style("SlSaSmall", "SlVera", 7.4, 9.4, spaceAfter=3)
SA_H = _heading("SlSaH", "SlSerifBold", 12, OXBLOOD, spaceBefore=10)
SA_H2 = _heading("SlSaH2", "SlSerifBold", 9.6, VERDIGRIS, spaceBefore=5, spaceAfter=2)
SA_CAPTION = _heading("SlSaCaption", "Helvetica-BoldOblique", 8.2, INK, spaceBefore=5, spaceAfter=3)
SA_STYLES = _cell_styles("SlSa", "Helvetica", "Helvetica-Bold", 7.9, OXBLOOD)
# The annual meeting's minutes: Helvetica.
MIN = _style("SlMin", "Helvetica", 9.4, 12.6, spaceAfter=5)
MIN_H = _heading("SlMinH", "Helvetica-Bold", 10, OXBLOOD, spaceBefore=9)
MIN_TITLE = _style("SlMinTitle", "Helvetica-Bold", 14.5, 18, textColor=INK, spaceAfter=3)
MIN_STYLES = _cell_styles("SlMin", "Helvetica", "Helvetica-Bold", 8.6)
# A meeting's notes: Times with DejaVu Sans Bold headings.
NOTES = _style("SlNotes", "Times-Roman", 10, 12.6, spaceAfter=4)
NOTES_H = _heading("SlNotesH", "SlSansBold", 9.4, OXBLOOD, spaceBefore=9)
NOTES_TITLE = _style("SlNotesTitle", "SlSansBold", 15, 19, textColor=INK, spaceAfter=3)
NOTES_STYLES = _cell_styles("SlNotes", "Times-Roman", "SlSansBold", 9, INK)
# Signed minutes, typed (scanned): DejaVu Sans Mono.
TYPED = _style("SlTyped", "SlMono", 8.4, 11.4, spaceAfter=4)
TYPED_H = _heading("SlTypedH", "SlMonoBold", 8.8, INK, spaceBefore=8, spaceAfter=2)
TYPED_TITLE = _style("SlTypedTitle", "SlMonoBold", 11, 14, alignment=1, spaceAfter=2)
TYPED_STYLES = _cell_styles("SlTyped", "SlMono", "SlMonoBold", 7.8)
# Later minutes: DejaVu Serif with Helvetica Bold headings.
SERIF = _style("SlSerifText", "SlSerif", 8.9, 12.4, spaceAfter=5)
SERIF_H = _heading("SlSerifH", "Helvetica-Bold", 10.4, VERDIGRIS, spaceBefore=9)
SERIF_TITLE = _style("SlSerifTitle", "Helvetica-Bold", 15, 19, textColor=OXBLOOD, spaceAfter=3)
SERIF_STYLES = _cell_styles("SlSerif", "SlSerif", "Helvetica-Bold", 8, INK)
# Terms of reference: STIX General with DejaVu Serif Bold headings.
TOR = _style("SlTor", "SlStix", 10, 13, spaceAfter=4)
TOR_H = _heading("SlTorH", "SlSerifBold", 10.2, OXBLOOD, spaceBefore=9)
TOR_TITLE = _style("SlTorTitle", "SlSerifBold", 17, 21, textColor=INK, spaceAfter=3)
TOR_STYLES = _cell_styles("SlTor", "SlStix", "SlSerifBold", 8.8, OXBLOOD)
# An allocation plan printed from a spreadsheet: Helvetica.
SHEET = _style("SlSheet", "Helvetica", 7.6, 9.6, spaceAfter=3)
SHEET_TITLE = _style("SlSheetTitle", "Helvetica-Bold", 10.5, 13, spaceAfter=3)
SHEET_STYLES = _cell_styles("SlSheet", "Helvetica", "Helvetica-Bold", 6.9, colors.white)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "11 June 2024"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def weekday_date(iso: str) -> str:
    """ "Tuesday 11 June 2024"."""
    return f"{day(iso).strftime('%A')} {long_date(iso)}"


def short_date(iso: str) -> str:
    """ "11 Jun 2024"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%b %Y')}"


def slash_date(iso: str) -> str:
    """ "11/06/2024"."""
    d = day(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def dot_date(iso: str) -> str:
    """ "11.06.24"."""
    d = day(iso)
    return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"


def pounds(amount: int) -> str:
    """£12,400."""
    return f"£{amount:,}"


def kpounds(amount: int) -> str:
    """£16.35k, £8.5k, £38k: exact, never rounded."""
    text = f"{amount // 1000}.{amount % 1000:03d}".rstrip("0").rstrip(".")
    return f"£{text}k"


def thousands(amount: int) -> str:
    """16.35 or 38.00 under a column headed £000: two decimals, exact to ten pounds."""
    return f"{amount / 1000:.2f}"


def sheet_figure(amount: int) -> str:
    """12,400.00 as a spreadsheet prints a currency cell without its symbol."""
    return f"{amount:,}.00"


@dataclass(frozen=True)
class Furniture:
    """How a document's pages are dressed: `head` runs on later pages ("pill", "left" or "" for none as
    `head_place`), `label` is page 1's label; `opening` is "wave", "stamp", "cover", "book", "memo", "band",
    "sheet", "strip" or ""; `foot` is a format with {n}, {total}, {word}, {total_word} and {printed}, placed
    "left", "centre" or "right", with a short oxblood rule over it when `ruled`; `reference` is boxed by a
    "book"."""

    head: str
    label: str = ""
    opening: str = "wave"
    head_place: str = "pill"
    foot: str = "{n}"
    place: str = "centre"
    ruled: bool = False
    reference: str = ""


def render(path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "one") -> Path:
    """Lay `story` out into `path` on the template named `first`: once to count pages, once to draw them."""
    counted = meta.build(story, _templates(furniture, 0), first)
    total = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture, total), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _wave(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    path = canvas.beginPath()
    path.moveTo(0, height)
    path.lineTo(width, height)
    path.lineTo(width, height - 44)
    path.curveTo(width * 0.72, height - 70, width * 0.45, height - 30, 0, height - 62)
    path.close()
    canvas.setFillColor(OXBLOOD)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setStrokeColor(VERDIGRIS)
    canvas.setLineWidth(2.2)
    line = canvas.beginPath()
    line.moveTo(0, height - 69)
    line.curveTo(width * 0.45, height - 37, width * 0.72, height - 77, width, height - 51)
    canvas.drawPath(line, stroke=1, fill=0)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 10.5)
    canvas.drawString(LEFT, height - 24, BRAND)
    if furniture.label:
        canvas.setFont("Helvetica", 8.2)
        canvas.drawRightString(width - RIGHT, height - 24, furniture.label)


def _stamp(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    x, y = LEFT + 20, height - 42
    canvas.setFillColor(VERDIGRIS)
    canvas.circle(x, y, 20, stroke=0, fill=1)
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(0.8)
    canvas.circle(x, y, 16.5, stroke=1, fill=0)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.6)
    canvas.drawCentredString(x, y - 3, "SCSP")
    canvas.setFillColor(OXBLOOD)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(LEFT + 50, height - 38, BRAND.upper())
    if furniture.label:
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 8.4)
        canvas.drawString(LEFT + 50, height - 51, furniture.label)
    canvas.setStrokeColor(OXBLOOD)
    canvas.setLineWidth(1.4)
    canvas.line(LEFT, height - 68, width - RIGHT, height - 68)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, height - 71.5, width - RIGHT, height - 71.5)


def _cover(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(OXBLOOD)
    canvas.rect(0, height - COVER_H, width, COVER_H, stroke=0, fill=1)
    canvas.setFillColor(VERDIGRIS)
    canvas.rect(0, height - COVER_H - 9, width, 9, stroke=0, fill=1)
    canvas.setFillColor(SHELL)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(LEFT, height - 40, BRAND.upper())
    if furniture.label:
        canvas.setFont("Helvetica", 8.6)
        canvas.drawRightString(width - RIGHT, height - 40, furniture.label)
    # A lighthouse in outline at the block's right: the district's mark.
    canvas.setStrokeColor(SHELL)
    canvas.setLineWidth(1.1)
    base, top, x = height - COVER_H + 26, height - COVER_H + 130, width - RIGHT - 40
    canvas.line(x - 16, base, x - 9, top)
    canvas.line(x + 16, base, x + 9, top)
    canvas.line(x - 20, base, x + 20, base)
    canvas.rect(x - 11, top, 22, 16, stroke=1, fill=0)
    canvas.line(x - 12, top + 16, x, top + 27)
    canvas.line(x + 12, top + 16, x, top + 27)
    for rung in (0.3, 0.6):
        y = base + (top - base) * rung
        half = 16 - 7 * rung
        canvas.line(x - half, y, x + half, y)


def _book(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setStrokeColor(VERDIGRIS)
    canvas.setLineWidth(0.9)
    canvas.line(LEFT, height - 34, width - RIGHT, height - 34)
    canvas.line(LEFT, height - 58, width - RIGHT, height - 58)
    canvas.setFillColor(INK)
    canvas.setFont("Times-Bold", 11)
    text = " ".join(COUNCIL.upper())
    canvas.drawCentredString(width / 2, height - 50, text)
    if furniture.reference:
        canvas.setFont("Helvetica-Bold", 7.6)
        text_w = canvas.stringWidth(furniture.reference, "Helvetica-Bold", 7.6)
        canvas.setStrokeColor(OXBLOOD)
        canvas.setLineWidth(0.8)
        canvas.rect(width - RIGHT - text_w - 10, height - 76, text_w + 10, 13, stroke=1, fill=0)
        canvas.setFillColor(OXBLOOD)
        canvas.drawRightString(width - RIGHT - 5, height - 72, furniture.reference)
    if furniture.label:
        canvas.setFillColor(GREY)
        canvas.setFont("Times-Italic", 8.6)
        canvas.drawString(LEFT, height - 72, furniture.label)


def _memo(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(OXBLOOD)
    canvas.rect(width - RIGHT - 96, height - 58, 96, 30, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("SlSansBold", 13)
    canvas.drawCentredString(width - RIGHT - 48, height - 48, "NOTES")
    canvas.setFillColor(INK)
    canvas.setFont("SlSansBold", 9.4)
    canvas.drawString(LEFT, height - 40, BRAND)
    if furniture.label:
        canvas.setFillColor(GREY)
        canvas.setFont("SlSans", 7.8)
        canvas.drawString(LEFT, height - 52, furniture.label)
    canvas.setStrokeColor(HAIR)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, height - 64, width - RIGHT, height - 64)


def _band(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(VERDIGRIS)
    canvas.rect(0, height - 56, width, 30, stroke=0, fill=1)
    canvas.setFillColor(OXBLOOD)
    canvas.rect(0, height - 59, width, 3, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(LEFT, height - 45, furniture.label)
    canvas.setFont("Helvetica", 9)
    canvas.drawRightString(width - RIGHT, height - 45, "Saltmarden CSP")


def _strip(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(VERDIGRIS)
    canvas.rect(0, 0, 24, height, stroke=0, fill=1)
    canvas.setFillColor(OXBLOOD)
    canvas.rect(24, 0, 3, height, stroke=0, fill=1)
    canvas.saveState()
    canvas.translate(16, 60)
    canvas.rotate(90)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(0, 0, BRAND.upper())
    canvas.restoreState()
    canvas.setFillColor(OXBLOOD)
    canvas.rect(LEFT, height - 44, 120, 5, stroke=0, fill=1)
    if furniture.label:
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 8.4)
        canvas.drawRightString(width - RIGHT, height - 44, furniture.label)


def _sheet(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(DRIFT)
    canvas.rect(LEFT - 6, height - 44, width - LEFT - RIGHT + 12, 16, stroke=0, fill=1)
    canvas.setFillColor(INK)
    canvas.setFont("Helvetica", 7.6)
    canvas.drawString(LEFT, height - 39, furniture.label)


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    if not furniture.head or not furniture.head_place:
        return
    y = height - 40
    if furniture.head_place == "pill":
        canvas.setFont("Helvetica-Bold", 7.4)
        text_w = canvas.stringWidth(furniture.head, "Helvetica-Bold", 7.4)
        canvas.setFillColor(VERDIGRIS)
        canvas.roundRect(width / 2 - text_w / 2 - 10, y - 4, text_w + 20, 14, 7, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.drawCentredString(width / 2, y, furniture.head)
        return
    canvas.setFillColor(OXBLOOD)
    canvas.setFont("Helvetica-Oblique", 7.6)
    canvas.drawString(LEFT, y, furniture.head)
    canvas.setFillColor(VERDIGRIS)
    canvas.setFont("Helvetica-Bold", 7.6)
    canvas.drawRightString(width - RIGHT, y, "SCSP")
    canvas.setStrokeColor(VERDIGRIS)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, y - 5, width - RIGHT, y - 5)


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            openings = {"wave": _wave, "stamp": _stamp, "cover": _cover, "book": _book, "memo": _memo,
                        "band": _band, "sheet": _sheet, "strip": _strip}  # fmt: skip
            if furniture.opening in openings:
                openings[furniture.opening](canvas, width, height, furniture)
        else:
            _later(canvas, width, height, furniture)
        canvas.restoreState()
        if not furniture.foot or (furniture.opening == "cover" and page == 1):
            return
        canvas.saveState()
        text = furniture.foot.format(
            n=page,
            total=total,
            word=WORDS[page] if page < len(WORDS) else str(page),
            total_word=WORDS[total] if total < len(WORDS) else str(total),
            printed=page - 1,
        )
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 7.6)
        text_w = canvas.stringWidth(text, "Helvetica", 7.6)
        if furniture.place == "right":
            canvas.drawRightString(width - RIGHT, 30, text)
            start = width - RIGHT - text_w
        elif furniture.place == "left":
            canvas.drawString(LEFT, 30, text)
            start = LEFT
        else:
            canvas.drawCentredString(width / 2, 30, text)
            start = width / 2 - text_w / 2
        if furniture.ruled:
            canvas.setStrokeColor(OXBLOOD)
            canvas.setLineWidth(1.6)
            canvas.line(start, 41, start + 36, 41)
        canvas.restoreState()

    return draw


WIDTH = A4[0] - LEFT - RIGHT
GUTTER = 20.0
HALF = (WIDTH - GUTTER) / 2
LAND = landscape(A4)[0] - LEFT - RIGHT
COVER_H = 300.0


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    height = A4[1]
    land_w, land_h = landscape(A4)
    inner_h = height - TOP - FOOT
    running = _running(furniture, total)

    def two(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(VERDIGRIS)
        canvas.setLineWidth(0.4)
        x = LEFT + HALF + GUTTER / 2
        canvas.line(x, FOOT + 6, x, FOOT + inner_h - 6)
        canvas.restoreState()
        running(canvas, document)

    head_h = COVER_H - 70
    return [
        PageTemplate("one", [Frame(LEFT, FOOT, WIDTH, inner_h, id="one")], onPage=running),
        PageTemplate(
            "two",
            [
                Frame(LEFT, FOOT, HALF, inner_h, id="left"),
                Frame(LEFT + HALF + GUTTER, FOOT, HALF, inner_h, id="right"),
            ],
            onPage=two,
        ),
        # The title inside the oxblood block, then a FrameBreak moves on to the page under it.
        PageTemplate(
            "cover",
            [
                Frame(LEFT, height - COVER_H + 10, WIDTH - 110, head_h, id="coverhead"),
                Frame(LEFT, FOOT, WIDTH, height - COVER_H - 30 - FOOT, id="coverbody"),
            ],
            onPage=running,
        ),
        PageTemplate(
            "land",
            [Frame(LEFT, FOOT - 8, land_w - LEFT - RIGHT, land_h - TOP - FOOT + 22, id="land")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


def p(text: str, style: ParagraphStyle = AR) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH, style: ParagraphStyle = NOTICE) -> Flowable:
    """The fictional-document notice on shell between two verdigris hairlines."""
    box = Table([[p(FICTIONAL, style)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHELL),
                ("LINEABOVE", (0, 0), (-1, 0), 0.7, VERDIGRIS),
                ("LINEBELOW", (0, -1), (-1, -1), 0.7, VERDIGRIS),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def panel(flowables: Sequence[Flowable], width: float, edge: Any = OXBLOOD) -> Table:
    """Flowables on shell with a thick rule across their top."""
    box = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHELL),
                ("LINEABOVE", (0, 0), (-1, 0), 3, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def card(number: str, flowables: Sequence[Flowable], width: float, style: ParagraphStyle) -> Table:
    """A numbered card: the number reversed out of an oxblood square at the left, the words on shell."""
    box = Table([[p(number, style), list(flowables)]], colWidths=[34, width - 34], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), OXBLOOD),
                ("BACKGROUND", (1, 0), (1, -1), SHELL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (1, 0), (1, -1), 1.2, VERDIGRIS),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (1, 0), (1, -1), 8),
            ]
        )
    )
    return box


def tide(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = AR_STYLES, total: bool = False,
) -> Table:  # fmt: skip
    """An oxblood header in bold on shell over a verdigris rule, dotted hairlines between body rows, a totals
    row over a double oxblood rule if any."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), SHELL),
        ("LINEBELOW", (0, 0), (-1, 0), 1.1, VERDIGRIS),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, HAIR, None, (1, 2)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.5, OXBLOOD))
        commands.append(("LINEBELOW", (0, -1), (-1, -1), 1.5, OXBLOOD))
    table.setStyle(TableStyle(commands))
    return table


def grid(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = MIN_STYLES, head: bool = True,
) -> Table:  # fmt: skip
    """A light grey grid with a drift-grey header (or none)."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.35, HAIR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
    ]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), DRIFT))
    table.setStyle(TableStyle(commands))
    return table


def sheet(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = SHEET_STYLES, first_row: int = 1,
) -> Table:  # fmt: skip
    """A spreadsheet printout: a grey column of row numbers, a verdigris header in white, a light grid."""
    numbered = [[str(first_row + r), *row] for r, row in enumerate(rows)]
    table = styled_table(numbered, [18, *widths], {f + 1 for f in figs}, styles)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, HAIR),
                ("BACKGROUND", (1, 0), (-1, 0), VERDIGRIS),
                ("BACKGROUND", (0, 0), (0, -1), DRIFT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.6),
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
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, INK, None, (3, 2)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK, None, (3, 2)),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, INK, None, (3, 2)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


class Signature(Flowable):
    """A signature as a looped pen stroke over a solid line, with a caption under it."""

    def __init__(self, caption: str, seed: int = 0, font: str = "SlMono") -> None:
        super().__init__()
        self.caption, self.seed, self.font = caption, seed, font
        self.width, self.height = 240, 48

    def draw(self) -> None:
        c, s = self.canv, self.seed
        c.setStrokeColor(colors.Color(0.1, 0.1, 0.3))
        c.setLineWidth(1.1)
        c.bezier(6, 20, 10, 46, 24, 44, 22, 18)
        c.bezier(22, 18, 34, 36 + s, 46, 10, 58, 30)
        c.bezier(58, 30, 70, 44, 84, 14 + s, 102, 24)
        c.bezier(102, 24, 118, 32, 130, 18, 168, 26 + s)
        c.line(16, 16, 120, 22)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.line(0, 14, 220, 14)
        c.setFont(self.font, 7.8)
        c.setFillColor(colors.black)
        c.drawString(0, 3, self.caption)
