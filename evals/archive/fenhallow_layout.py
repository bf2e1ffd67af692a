"""Partnership AD's page furniture, unlike common.py's and the other partnerships' layout modules: annual
reports in Times New Roman (the Type 1 face shipped with reportlab) with headings in DejaVu Sans Bold Oblique,
an assessment in DejaVu Sans with its figures in DejaVu Sans Mono, formal minutes in the standard Times, a
sub-group's action notes in Bitstream Vera, terms of reference and a plan in Arial (Type 1) with headings in
DejaVu Serif Bold, and a decision log printed from a spreadsheet all in DejaVu Sans Mono; in cerise and ink
with a lime accent on blush. Page 1 opens in one of six ways: a "band" (a cerise band down the left edge of
the paper with the name set up it in white, a lime bar over the title), a "crest" (two interlocking rings,
one for each district, centred over the name in spaced capitals), a "memo" (a lime "ACTION NOTES" tag at the
top right and a thin ink rule), a "printout" (a printer's header line in a monospace face), a "strip" (a
lime strip across the top with the name in cerise) or a "corner" (a cerise triangle in the top right corner
with the label in white, the name and a protective marking at the left). Later pages carry a running head
chosen per document (or none) at the left over a lime hairline. Each document has its own foot: up to two
formats with {n} and {total}, one at the left and one at the right. Templates: portrait, two columns with a
lime rule between them, "sidenote" (a wide main column and a narrow column of notes at the right behind a
blush panel) and landscape. Tables are "zebra" (no rules at all, rows shaded blush in turn, a cerise header
in bold text), "framed" (a cerise frame, an ink header in white, hairlines between rows only), "booktabs" (a
heavy rule above, a thin one under the header and a heavy one at the foot, nothing else) or "grid" (a
spreadsheet's grey grid, a lime header, everything monospace). A notice in a cerise-ruled box says the
document is fictional. Laid out twice so a foot can state the page count."""

from __future__ import annotations

import datetime
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
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker
from evals.archive.names import FENHALLOW

CERISE = colors.Color(0.70, 0.07, 0.40)
INK = colors.Color(0.11, 0.12, 0.20)
LIME = colors.Color(0.62, 0.76, 0.13)
BLUSH = colors.Color(0.99, 0.93, 0.95)
PALE_LIME = colors.Color(0.93, 0.96, 0.84)
HAIR = colors.Color(0.78, 0.74, 0.77)
GREY = colors.Color(0.42, 0.40, 0.44)
LEFT, RIGHT, TOP, FOOT, GUTTER = 64.0, 50.0, 78.0, 66.0, 26.0
TTF = Path(get_data_path()) / "fonts" / "ttf"
RL = Path(os.path.dirname(reportlab.__file__)) / "fonts"


def _fonts() -> None:
    if "FtText" in pdfmetrics.getRegisteredFontNames():
        return
    type1 = (
        ("FtText", "_er_____"),
        ("FtTextBold", "_eb_____"),
        ("FtTextItalic", "_ei_____"),
        ("FtTextBoldItalic", "_ebi____"),
        ("FtArial", "_a______"),
        ("FtArialBold", "_ab_____"),
        ("FtArialItalic", "_ai_____"),
        ("FtArialBoldItalic", "_abi____"),
    )
    for name, stem in type1:
        face = pdfmetrics.EmbeddedType1Face(str(RL / f"{stem}.afm"), str(RL / f"{stem}.pfb"))
        pdfmetrics.registerTypeFace(face)
        pdfmetrics.registerFont(pdfmetrics.Font(name, face.name, "WinAnsiEncoding"))
    ttf = (
        ("FtHead", TTF / "DejaVuSans-BoldOblique.ttf"),
        ("FtSans", TTF / "DejaVuSans.ttf"),
        ("FtSansBold", TTF / "DejaVuSans-Bold.ttf"),
        ("FtSansItalic", TTF / "DejaVuSans-Oblique.ttf"),
        ("FtSansBoldItalic", TTF / "DejaVuSans-BoldOblique.ttf"),
        ("FtMono", TTF / "DejaVuSansMono.ttf"),
        ("FtMonoBold", TTF / "DejaVuSansMono-Bold.ttf"),
        ("FtSerifHead", TTF / "DejaVuSerif-Bold.ttf"),
        ("FtVera", RL / "Vera.ttf"),
        ("FtVeraBold", RL / "VeraBd.ttf"),
        ("FtVeraItalic", RL / "VeraIt.ttf"),
        ("FtVeraBoldItalic", RL / "VeraBI.ttf"),
    )
    for name, file in ttf:
        pdfmetrics.registerFont(TTFont(name, str(file)))
    for family in ("FtText", "FtArial", "FtSans", "FtVera"):
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}Bold",
            italic=f"{family}Italic",
            boldItalic=f"{family}BoldItalic",
        )
    pdfmetrics.registerFontFamily("FtMono", normal="FtMono", bold="FtMonoBold")


_fonts()

# Annual reports: Times New Roman text, DejaVu Sans Bold Oblique headings.
TEXT = ParagraphStyle("FtText", parent=BODY, fontName="FtText", fontSize=10.6, leading=13.8, spaceAfter=5)
SMALL = ParagraphStyle("FtSmall", parent=TEXT, fontSize=9.2, leading=11.6, spaceAfter=3)
NOTE = ParagraphStyle("FtNote", parent=SMALL, fontName="FtTextItalic", textColor=GREY)
TITLE = ParagraphStyle(
    "FtTitle", parent=TEXT, fontName="FtHead", fontSize=22, leading=26, textColor=CERISE, spaceAfter=2
)
SUBTITLE = ParagraphStyle(
    "FtSubtitle", parent=TEXT, fontName="FtSans", fontSize=9.6, leading=13, textColor=INK, spaceAfter=8
)
H1 = ParagraphStyle(
    "FtH1", parent=TEXT, fontName="FtHead", fontSize=13, leading=16.5, textColor=CERISE,
    spaceBefore=9, spaceAfter=4, keepWithNext=1,
)  # fmt: skip
H2 = ParagraphStyle(
    "FtH2", parent=TEXT, fontName="FtSansBold", fontSize=9.6, leading=12.2, textColor=INK,
    spaceBefore=6, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
SIDE = ParagraphStyle("FtSide", parent=SMALL, fontName="FtSans", fontSize=7.7, leading=10, textColor=INK)
SIDE_BIG = ParagraphStyle(
    "FtSideBig", parent=SIDE, fontName="FtHead", fontSize=16, leading=19, textColor=CERISE, spaceAfter=0
)
SIDE_HEAD = ParagraphStyle("FtSideHead", parent=SIDE, fontName="FtSansBold", textColor=CERISE)
QUOTE = ParagraphStyle(
    "FtQuote", parent=TEXT, fontName="FtTextItalic", leftIndent=14, textColor=CERISE, fontSize=11.5,
    leading=15,
)  # fmt: skip
NOTICE = ParagraphStyle("FtNotice", parent=SMALL, fontName="FtSansItalic", fontSize=7.5, leading=9.5)
CELL = ParagraphStyle("FtCell", parent=TEXT, fontName="FtSans", fontSize=7.6, leading=9.4, spaceAfter=0)
CELL_B = ParagraphStyle("FtCellB", parent=CELL, fontName="FtSansBold")
FIG = ParagraphStyle("FtFig", parent=CELL, alignment=2)
FIG_B = ParagraphStyle("FtFigB", parent=FIG, fontName="FtSansBold")
HEAD_CERISE = ParagraphStyle("FtHeadCerise", parent=CELL_B, textColor=CERISE)
HEAD_CERISE_FIG = ParagraphStyle("FtHeadCeriseFig", parent=HEAD_CERISE, alignment=2)
HEAD_WHITE = ParagraphStyle("FtHeadWhite", parent=CELL_B, textColor=colors.white)
HEAD_WHITE_FIG = ParagraphStyle("FtHeadWhiteFig", parent=HEAD_WHITE, alignment=2)
MONO_FIG = ParagraphStyle("FtMonoFig", parent=CELL, fontName="FtMono", fontSize=7.4, alignment=2)
# The assessment: DejaVu Sans.
SA_TEXT = ParagraphStyle("FtSaText", parent=TEXT, fontName="FtSans", fontSize=8.8, leading=12, spaceAfter=4)
SA_SMALL = ParagraphStyle("FtSaSmall", parent=SA_TEXT, fontSize=7.7, leading=10, spaceAfter=2)
SA_H1 = ParagraphStyle(
    "FtSaH1", parent=SA_TEXT, fontName="FtSansBold", fontSize=11.5, leading=14.5, textColor=INK,
    spaceBefore=8, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
SA_CAPTION = ParagraphStyle(
    "FtSaCaption", parent=SA_SMALL, fontName="FtSansBold", textColor=CERISE, spaceBefore=5, keepWithNext=1
)
# Formal minutes: standard Times.
MIN = ParagraphStyle("FtMin", parent=BODY, fontName="Times-Roman", fontSize=10.6, leading=13.4, spaceAfter=5)
MIN_B = ParagraphStyle(
    "FtMinB", parent=MIN, fontName="Times-Bold", spaceBefore=8, spaceAfter=3, keepWithNext=1
)
MIN_TITLE = ParagraphStyle(
    "FtMinTitle", parent=MIN, fontName="Times-Bold", fontSize=13, leading=16.5, alignment=1, spaceAfter=2
)
MIN_CENTRE = ParagraphStyle("FtMinCentre", parent=MIN, alignment=1)
MIN_HANG = ParagraphStyle("FtMinHang", parent=MIN, leftIndent=30, firstLineIndent=-22)
MIN_CELL = ParagraphStyle("FtMinCell", parent=MIN, fontSize=9.2, leading=11, spaceAfter=0)
MIN_CELL_B = ParagraphStyle("FtMinCellB", parent=MIN_CELL, fontName="Times-Bold")
# Action notes: Vera.
VERA = ParagraphStyle("FtVeraText", parent=BODY, fontName="FtVera", fontSize=8.6, leading=11.2, spaceAfter=4)
VERA_B = ParagraphStyle("FtVeraB", parent=VERA, fontName="FtVeraBold", spaceBefore=5, keepWithNext=1)
VERA_CELL = ParagraphStyle("FtVeraCell", parent=VERA, fontSize=7.5, leading=9.3, spaceAfter=0)
VERA_HEAD = ParagraphStyle("FtVeraHead", parent=VERA_CELL, fontName="FtVeraBold")
VERA_STYLES = (VERA_HEAD, VERA_HEAD, VERA_CELL, VERA_CELL)
# Terms of reference and plan: Arial, DejaVu Serif Bold headings.
ARIAL = ParagraphStyle(
    "FtArialText", parent=BODY, fontName="FtArial", fontSize=9.4, leading=12.4, spaceAfter=4
)
ARIAL_SMALL = ParagraphStyle("FtArialSmall", parent=ARIAL, fontSize=8.2, leading=10.4, spaceAfter=2)
ARIAL_HANG = ParagraphStyle("FtArialHang", parent=ARIAL, leftIndent=28, firstLineIndent=-28)
SERIF_TITLE = ParagraphStyle(
    "FtSerifTitle", parent=ARIAL, fontName="FtSerifHead", fontSize=17, leading=21, textColor=INK, spaceAfter=3
)
SERIF_H = ParagraphStyle(
    "FtSerifH", parent=ARIAL, fontName="FtSerifHead", fontSize=10.8, leading=13.6, textColor=CERISE,
    spaceBefore=8, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
ARIAL_CELL = ParagraphStyle("FtArialCell", parent=ARIAL, fontSize=8, leading=9.8, spaceAfter=0)
ARIAL_FIG = ParagraphStyle("FtArialFig", parent=ARIAL_CELL, alignment=2)
ARIAL_HEAD = ParagraphStyle("FtArialHead", parent=ARIAL_CELL, fontName="FtArialBold")
ARIAL_HEAD_FIG = ParagraphStyle("FtArialHeadFig", parent=ARIAL_HEAD, alignment=2)
ARIAL_STYLES = (ARIAL_HEAD, ARIAL_HEAD_FIG, ARIAL_CELL, ARIAL_FIG)
# The decision log: all monospace.
LOG = ParagraphStyle("FtLog", parent=BODY, fontName="FtMono", fontSize=7.6, leading=9.8, spaceAfter=3)
LOG_CELL = ParagraphStyle("FtLogCell", parent=LOG, fontSize=6.5, leading=8, spaceAfter=0)
LOG_FIG = ParagraphStyle("FtLogFig", parent=LOG_CELL, alignment=2)
LOG_HEAD = ParagraphStyle("FtLogHead", parent=LOG_CELL, fontName="FtMonoBold")
LOG_HEAD_FIG = ParagraphStyle("FtLogHeadFig", parent=LOG_HEAD, alignment=2)
LOG_STYLES = (LOG_HEAD, LOG_HEAD_FIG, LOG_CELL, LOG_FIG)
LOG_TITLE = ParagraphStyle("FtLogTitle", parent=LOG, fontName="FtMonoBold", fontSize=10.5, leading=13)

SHORT_NAME = "Fenhallow & Tullworth CSP"


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "12 June 2024"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def weekday_date(iso: str) -> str:
    """ "Wednesday 12 June 2024"."""
    d = day(iso)
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


def ordinal_date(iso: str) -> str:
    """ "4th December 2024"."""
    d = day(iso)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d.strftime('%B %Y')}"


def dotted_date(iso: str) -> str:
    """ "10.9.24", as notes are typed in a hurry."""
    d = day(iso)
    return f"{d.day}.{d.month}.{d.strftime('%y')}"


def short_date(iso: str) -> str:
    """ "3 Sept 2024" (the British "Sept")."""
    d = day(iso)
    month = "Sept" if d.month == 9 else d.strftime("%b")
    return f"{d.day} {month} {d.year}"


def slash_date(iso: str) -> str:
    """ "13/03/24"."""
    return day(iso).strftime("%d/%m/%y")


def pounds(amount: int) -> str:
    """£12,400."""
    return f"£{amount:,}"


def pence(amount: int) -> str:
    """12,400.00 (under a heading in £)."""
    return f"{amount:,}.00"


def kpounds(amount: int) -> str:
    """£12.4k or £5k or £0.94k."""
    text = f"{amount / 1000:.2f}".rstrip("0").rstrip(".")
    return f"£{text}k"


def thousands(amount: int) -> str:
    """70.4, 11.25 or 0.0 (under a heading in £000s)."""
    text = f"{amount / 1000:.2f}"
    return text[:-1] if text.endswith("0") else text


def raw(amount: int) -> str:
    """12400.00, as a spreadsheet exports it."""
    return f"{amount}.00"


def pct(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:+.1f}%"


@dataclass(frozen=True)
class Furniture:
    """`head` heads pages after the first (nothing when empty); `label` is page 1's label (band, memo tag,
    printer's line, strip or corner); `opening` is "band", "crest", "memo", "printout", "strip", "corner" or
    ""; `foot_left` and `foot_right` are formats with {n} and {total}."""

    head: str
    label: str = ""
    opening: str = "band"
    foot_left: str = ""
    foot_right: str = "{n}"


def render(path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait") -> Path:
    """Lay `story` out into `path` on the template named `first`: once to count pages, once to draw them."""
    counted = meta.build(story, _templates(furniture, 0), first)
    total = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture, total), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _band(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(CERISE)
    canvas.rect(0, 0, 34, height, stroke=0, fill=1)
    canvas.saveState()
    canvas.translate(23, 60)
    canvas.rotate(90)
    canvas.setFillColor(colors.white)
    canvas.setFont("FtSansBold", 11)
    canvas.drawString(0, 0, FENHALLOW.upper())
    canvas.restoreState()
    canvas.setFillColor(LIME)
    canvas.rect(LEFT, height - 44, 120, 7, stroke=0, fill=1)
    if label:
        canvas.setFillColor(INK)
        canvas.setFont("FtSansBold", 8)
        canvas.drawRightString(width - RIGHT, height - 42, label)


def _crest(canvas: Canvas, width: float, height: float, label: str) -> None:
    cx, cy = width / 2, height - 38
    canvas.setLineWidth(2)
    canvas.setStrokeColor(CERISE)
    canvas.circle(cx - 9, cy, 13, stroke=1, fill=0)
    canvas.setStrokeColor(LIME)
    canvas.circle(cx + 9, cy, 13, stroke=1, fill=0)
    canvas.setFillColor(INK)
    canvas.setFont("Times-Roman", 8.5)
    spaced = " ".join(FENHALLOW.upper())
    canvas.drawCentredString(cx, cy - 26, spaced.replace("   ", "  "))
    if label:
        canvas.setFont("Times-Italic", 8)
        canvas.drawCentredString(cx, cy - 36, label)


def _memo(canvas: Canvas, width: float, height: float, label: str) -> None:
    w = canvas.stringWidth(label, "FtVeraBold", 8) + 18
    canvas.setFillColor(LIME)
    canvas.rect(width - RIGHT - w, height - 46, w, 20, stroke=0, fill=1)
    canvas.setFillColor(INK)
    canvas.setFont("FtVeraBold", 8)
    canvas.drawString(width - RIGHT - w + 9, height - 39, label)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, height - 54, width - RIGHT - w - 10, height - 54)


def _printout(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(GREY)
    canvas.setFont("FtMono", 6.8)
    canvas.drawString(LEFT, height - 30, label)


def _strip(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(LIME)
    canvas.rect(0, height - 50, width, 50, stroke=0, fill=1)
    canvas.setFillColor(CERISE)
    canvas.setFont("FtSerifHead", 12)
    canvas.drawString(LEFT, height - 31, FENHALLOW)
    if label:
        canvas.setFillColor(INK)
        canvas.setFont("FtArialBold", 8)
        canvas.drawRightString(width - RIGHT, height - 31, label)


def _corner(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(CERISE)
    path = canvas.beginPath()
    path.moveTo(width - 190, height)
    path.lineTo(width, height)
    path.lineTo(width, height - 110)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("FtSansBold", 10)
    canvas.drawRightString(width - 14, height - 24, label)
    canvas.setFillColor(INK)
    canvas.setFont("FtSansBold", 8.6)
    canvas.drawString(LEFT, height - 34, FENHALLOW)
    canvas.setFillColor(GREY)
    canvas.setFont("FtSans", 7)
    canvas.drawString(LEFT, height - 45, "OFFICIAL — for partnership use")


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    if not furniture.head:
        return
    canvas.setFont("FtSansBold", 7.4)
    canvas.setFillColor(CERISE)
    canvas.drawString(LEFT, height - 44, furniture.head)
    canvas.setStrokeColor(LIME)
    canvas.setLineWidth(0.7)
    canvas.line(LEFT, height - 49, width - RIGHT, height - 49)


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            openings = {
                "band": _band,
                "crest": _crest,
                "memo": _memo,
                "printout": _printout,
                "strip": _strip,
                "corner": _corner,
            }
            if furniture.opening in openings:
                openings[furniture.opening](canvas, width, height, furniture.label)
        else:
            _later(canvas, width, height, furniture)
        canvas.setFillColor(GREY)
        canvas.setFont("FtSans", 7.2)
        if furniture.foot_left:
            canvas.drawString(LEFT, 36, furniture.foot_left.format(n=page, total=total))
        if furniture.foot_right:
            canvas.drawRightString(width - RIGHT, 36, furniture.foot_right.format(n=page, total=total))
        canvas.restoreState()

    return draw


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    column = (inner_w - GUTTER) / 2
    running = _running(furniture, total)

    def ruled(canvas: Canvas, document: BaseDocTemplate) -> None:
        running(canvas, document)
        canvas.saveState()
        canvas.setStrokeColor(LIME)
        canvas.setLineWidth(0.8)
        x = LEFT + column + GUTTER / 2
        canvas.line(x, FOOT + 4, x, FOOT + inner_h - 8)
        canvas.restoreState()

    def panelled(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(BLUSH)
        x = LEFT + inner_w - SIDE_W
        canvas.rect(x - 8, FOOT - 6, SIDE_W + 14, inner_h + 12, stroke=0, fill=1)
        canvas.setFillColor(CERISE)
        canvas.rect(x - 8, FOOT - 6, 2.5, inner_h + 12, stroke=0, fill=1)
        canvas.restoreState()
        running(canvas, document)

    return [
        PageTemplate("portrait", [Frame(LEFT, FOOT, inner_w, inner_h, id="portrait")], onPage=running),
        PageTemplate(
            "columns",
            [
                Frame(LEFT, FOOT, column, inner_h, id="left"),
                Frame(LEFT + column + GUTTER, FOOT, column, inner_h, id="right"),
            ],
            onPage=ruled,
        ),
        PageTemplate(
            "sidenote",
            [
                Frame(LEFT, FOOT, inner_w - SIDE_W - GUTTER, inner_h, id="main"),
                Frame(LEFT + inner_w - SIDE_W, FOOT, SIDE_W, inner_h, id="notes"),
            ],
            onPage=panelled,
        ),
        PageTemplate(
            "landscape",
            [Frame(LEFT, FOOT - 12, land_w - LEFT - RIGHT, land_h - TOP - FOOT + 12, id="landscape")],
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
    """The fictional-document notice in a box ruled in cerise above and below."""
    box = Table([[p(FICTIONAL, style)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1.4, CERISE),
                ("LINEBELOW", (0, -1), (-1, -1), 1.4, CERISE),
                ("BACKGROUND", (0, 0), (-1, -1), BLUSH),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def _cells(
    rows: Sequence[Sequence[str]], figs: Collection[int], head: int, styles: tuple[Any, ...]
) -> list[Any]:
    head_text, head_fig, text, fig = styles
    return [
        [
            Paragraph(
                str(cell),
                (head_fig if c in figs else head_text) if r < head else (fig if c in figs else text),
            )
            for c, cell in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]


def zebra(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    figs: Collection[int] = (),
    total: bool = False,
    styles: tuple[Any, ...] = (HEAD_CERISE, HEAD_CERISE_FIG, CELL, FIG),
) -> Table:
    """No rules at all: a cerise header in bold text, rows shaded blush in turn; a total on pale lime."""
    grid = Table(_cells(rows, figs, 1, styles), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
    ]
    last = len(rows) - (2 if total else 1)
    commands += [("BACKGROUND", (0, r), (-1, r), BLUSH) for r in range(1, last + 1) if r % 2 == 1]
    if total:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), PALE_LIME))
    grid.setStyle(TableStyle(commands))
    return grid


def framed(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    figs: Collection[int] = (),
    styles: tuple[Any, ...] = (HEAD_WHITE, HEAD_WHITE_FIG, CELL, FIG),
) -> Table:
    """A cerise frame, an ink header in white, hairlines between rows only."""
    grid = Table(_cells(rows, figs, 1, styles), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, CERISE),
                ("BACKGROUND", (0, 0), (-1, 0), INK),
                ("LINEBELOW", (0, 1), (-1, -2), 0.3, HAIR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.4),
            ]
        )
    )
    return grid


def booktabs(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    figs: Collection[int] = (),
    styles: tuple[Any, ...] = ARIAL_STYLES,
) -> Table:
    """A heavy rule above, a thin one under the header, a heavy one at the foot; nothing else."""
    grid = Table(_cells(rows, figs, 1, styles), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1.4, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, INK),
                ("LINEBELOW", (0, -1), (-1, -1), 1.4, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return grid


def grid(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    figs: Collection[int] = (),
    styles: tuple[Any, ...] = LOG_STYLES,
) -> Table:
    """A spreadsheet's grey grid with a lime header row, everything monospace."""
    table = Table(_cells(rows, figs, 1, styles), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, HAIR),
                ("BACKGROUND", (0, 0), (-1, 0), PALE_LIME),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
            ]
        )
    )
    return table


class Signature(Flowable):
    """A signature as pen loops over a ruled line, with a caption in Times under it."""

    def __init__(self, caption: str, seed: int = 0) -> None:
        super().__init__()
        self.caption = caption
        self.seed = seed
        self.width, self.height = 260, 48

    def draw(self) -> None:
        c = self.canv
        s = self.seed
        c.setStrokeColor(colors.Color(0.08, 0.1, 0.3))
        c.setLineWidth(1.1)
        c.bezier(6, 18, 8, 44, 22, 44 - s, 20, 16)
        c.bezier(20, 16, 30, 36, 38, 10, 50, 26 + s)
        c.bezier(50, 26, 58, 40, 66, 12, 80, 22)
        c.bezier(80, 22, 96, 30, 108, 14, 130 - s, 24)
        c.line(14, 30, 44, 33)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.line(0, 12, 220, 12)
        c.setFont("Times-Roman", 9)
        c.setFillColor(colors.black)
        c.drawString(0, 1, self.caption)
