"""Partnership AC's page furniture, unlike common.py's and the other partnerships' layout modules: reports in
STIX General with headings in Bitstream Vera Bold, an assessment in Vera with its figures in DejaVu Sans Mono,
formal minutes in the standard Helvetica, a panel's typed notes in Courier, a tracker and a plan in Helvetica,
in deep teal with a coral accent on sand. Page 1 opens in one of four ways: a "masthead" (a teal block across
the top of the paper, the name in white at the left and the document's label in a coral box at the right), a
"tab" (a coral tab down the right edge with the label set up it and a teal rule with the name across the
top), a "letterhead" (three drawn waves beside the name and the Community Safety Team's address at the
right) or "typed" (nothing but a rubber stamp in a box at the top right). Later pages carry a coral square
and "Staithwick CSP | short title" at the right over a teal rule. Each document has its own foot, a format
with {n} and {total} placed left, centre or right, with a short rule above it when `ruled`. Templates:
portrait, two equal columns with no rule, "margin" (a sand-shaded narrow column of notes at the left and a
wide main column) and landscape. Tables are "ledger" (a teal header in bold teal over a heavy teal rule,
hairlines between rows, a total over a coral rule), "boxed" (every cell ruled in teal, a coral header in
white) or "sheet" (a spreadsheet export: grey hairline grid, a pale header, figures in a monospace face).
A notice in a coral-edged box says the document is fictional. Laid out twice so a foot can state the count."""

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
from evals.archive.names import STAITHWICK

TEAL = colors.Color(0.04, 0.35, 0.39)
CORAL = colors.Color(0.91, 0.43, 0.33)
SAND = colors.Color(0.97, 0.94, 0.87)
MIST = colors.Color(0.89, 0.93, 0.93)
HAIR = colors.Color(0.72, 0.76, 0.76)
GREY = colors.Color(0.4, 0.42, 0.43)
INK = colors.Color(0.1, 0.1, 0.1)
LEFT, RIGHT, TOP, FOOT, GUTTER = 56.0, 56.0, 84.0, 62.0, 22.0
TTF = Path(get_data_path()) / "fonts" / "ttf"
VERA = Path(os.path.dirname(reportlab.__file__)) / "fonts"


def _fonts() -> None:
    faces = (
        ("StText", TTF / "STIXGeneral.ttf"),
        ("StTextBold", TTF / "STIXGeneralBol.ttf"),
        ("StTextItalic", TTF / "STIXGeneralItalic.ttf"),
        ("StTextBoldItalic", TTF / "STIXGeneralBolIta.ttf"),
        ("StSans", VERA / "Vera.ttf"),
        ("StSansBold", VERA / "VeraBd.ttf"),
        ("StSansItalic", VERA / "VeraIt.ttf"),
        ("StSansBoldItalic", VERA / "VeraBI.ttf"),
        ("StMono", TTF / "DejaVuSansMono.ttf"),
        ("StMonoBold", TTF / "DejaVuSansMono-Bold.ttf"),
    )
    if faces[0][0] in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in faces:
        pdfmetrics.registerFont(TTFont(name, str(file)))
    for family in ("StText", "StSans"):
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}Bold",
            italic=f"{family}Italic",
            boldItalic=f"{family}BoldItalic",
        )
    pdfmetrics.registerFontFamily("StMono", normal="StMono", bold="StMonoBold")


_fonts()

# Reports: STIX text, Vera headings.
TEXT = ParagraphStyle(
    "StText", parent=BODY, fontName="StText", fontSize=10.4, leading=13.6, spaceAfter=5, textColor=INK
)
SMALL = ParagraphStyle("StSmall", parent=TEXT, fontSize=9, leading=11.4, spaceAfter=3)
NOTE = ParagraphStyle("StNote", parent=SMALL, fontName="StTextItalic", textColor=GREY)
TITLE = ParagraphStyle(
    "StTitle", parent=TEXT, fontName="StSansBold", fontSize=21, leading=25, textColor=TEAL, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "StSubtitle", parent=TEXT, fontName="StSans", fontSize=10.5, leading=14, textColor=CORAL, spaceAfter=8
)
H1 = ParagraphStyle(
    "StH1", parent=TEXT, fontName="StSansBold", fontSize=12.8, leading=16, textColor=TEAL,
    spaceBefore=9, spaceAfter=4, keepWithNext=1,
)  # fmt: skip
H2 = ParagraphStyle(
    "StH2", parent=TEXT, fontName="StSansBold", fontSize=9.8, leading=12.4, textColor=INK,
    spaceBefore=6, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
CAPTION = ParagraphStyle(
    "StCaption", parent=SMALL, fontName="StSansItalic", fontSize=8, leading=10, textColor=TEAL,
    spaceBefore=5, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
PULL = ParagraphStyle(
    "StPull", parent=TEXT, fontName="StSansBold", fontSize=17, leading=20, textColor=CORAL, spaceAfter=0
)
MARGIN_NOTE = ParagraphStyle(
    "StMarginNote", parent=SMALL, fontName="StSans", fontSize=7.8, leading=10, textColor=TEAL
)
NOTICE = ParagraphStyle("StNotice", parent=SMALL, fontName="StSansItalic", fontSize=7.6, leading=9.6)
CELL = ParagraphStyle("StCell", parent=TEXT, fontName="StSans", fontSize=7.7, leading=9.5, spaceAfter=0)
CELL_B = ParagraphStyle("StCellB", parent=CELL, fontName="StSansBold")
FIG = ParagraphStyle("StFig", parent=CELL, alignment=2)
FIG_B = ParagraphStyle("StFigB", parent=FIG, fontName="StSansBold")
HEAD_TEAL = ParagraphStyle("StHeadTeal", parent=CELL_B, textColor=TEAL)
HEAD_TEAL_FIG = ParagraphStyle("StHeadTealFig", parent=HEAD_TEAL, alignment=2)
HEAD_WHITE = ParagraphStyle("StHeadWhite", parent=CELL_B, textColor=colors.white)
HEAD_WHITE_FIG = ParagraphStyle("StHeadWhiteFig", parent=HEAD_WHITE, alignment=2)
MONO = ParagraphStyle("StMonoCell", parent=CELL, fontName="StMono", fontSize=7.4, alignment=2)
# The assessment: Vera text.
SA_TEXT = ParagraphStyle("StSaText", parent=TEXT, fontName="StSans", fontSize=8.9, leading=12.2)
SA_SMALL = ParagraphStyle("StSaSmall", parent=SA_TEXT, fontSize=7.9, leading=10.2, spaceAfter=3)
# Formal minutes: Helvetica.
MIN = ParagraphStyle("StMin", parent=BODY, fontName="Helvetica", fontSize=9.6, leading=12.8, spaceAfter=5)
MIN_B = ParagraphStyle(
    "StMinB", parent=MIN, fontName="Helvetica-Bold", spaceBefore=8, spaceAfter=3, keepWithNext=1
)
MIN_TITLE = ParagraphStyle("StMinTitle", parent=MIN, fontName="Helvetica-Bold", fontSize=13.5, leading=17)
MIN_INDENT = ParagraphStyle("StMinIndent", parent=MIN, leftIndent=22, firstLineIndent=-16)
MIN_CELL = ParagraphStyle("StMinCell", parent=MIN, fontSize=8.4, leading=10.2, spaceAfter=0)
MIN_CELL_B = ParagraphStyle("StMinCellB", parent=MIN_CELL, fontName="Helvetica-Bold")
# Typed notes: Courier.
TYPED = ParagraphStyle("StTyped", parent=BODY, fontName="Courier", fontSize=9.6, leading=12.4, spaceAfter=6)
TYPED_B = ParagraphStyle("StTypedB", parent=TYPED, fontName="Courier-Bold", spaceBefore=6, keepWithNext=1)
TYPED_HANG = ParagraphStyle("StTypedHang", parent=TYPED, leftIndent=40, firstLineIndent=-40)
# A tracker or a plan: Helvetica.
LOG = ParagraphStyle("StLog", parent=BODY, fontName="Helvetica", fontSize=8.6, leading=11, spaceAfter=4)
LOG_CELL = ParagraphStyle("StLogCell", parent=LOG, fontSize=7.4, leading=9, spaceAfter=0)
LOG_FIG = ParagraphStyle("StLogFig", parent=LOG_CELL, alignment=2)
LOG_HEAD = ParagraphStyle("StLogHead", parent=LOG_CELL, fontName="Helvetica-Bold")
LOG_HEAD_FIG = ParagraphStyle("StLogHeadFig", parent=LOG_HEAD, alignment=2)
LOG_STYLES = (LOG_HEAD, LOG_HEAD_FIG, LOG_CELL, LOG_FIG)
LOG_TITLE = ParagraphStyle(
    "StLogTitle", parent=LOG, fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=TEAL
)
LOG_H = ParagraphStyle(
    "StLogH", parent=LOG, fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=8, keepWithNext=1,
    textColor=TEAL,
)  # fmt: skip

ADDRESS = ("Community Safety Team", "Staithwick Council", "Harbour House, Quay Street", "Staithwick")


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def ordinal_date(iso: str) -> str:
    """ "17th May 2023"."""
    d = day(iso)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d.strftime('%B %Y')}"


def long_date(iso: str) -> str:
    """ "17 May 2023"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def slash_date(iso: str) -> str:
    """ "17/05/2023"."""
    return day(iso).strftime("%d/%m/%Y")


def sheet_date(iso: str) -> str:
    """ "17-May-23", as a spreadsheet shows a date."""
    return day(iso).strftime("%d-%b-%y")


def pounds(amount: int) -> str:
    """£24,000."""
    return f"£{amount:,}"


def kpounds(amount: int) -> str:
    """£24k or £6.8k or £7.65k."""
    text = f"{amount / 1000:.2f}".rstrip("0").rstrip(".")
    return f"£{text}k"


def plain(amount: int) -> str:
    """24,000 (under a heading in £)."""
    return f"{amount:,}"


def kfig(amount: int) -> str:
    """24.0 or 9.85 (under a heading in £k)."""
    text = f"{amount / 1000:.2f}"
    return text[:-1] if text.endswith("0") else text


def pct(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:+.1f}%"


@dataclass(frozen=True)
class Furniture:
    """`short` heads pages after the first; `label` is page 1's label (masthead box, tab or stamp);
    `opening` is "masthead", "tab", "letterhead", "typed" or ""; `foot` a format with {n} and {total}
    placed by `foot_at`, with a short rule above it when `ruled`."""

    short: str
    label: str = ""
    opening: str = "masthead"
    foot: str = "Page {n}"
    foot_at: str = "centre"
    ruled: bool = False


def render(path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait") -> Path:
    """Lay `story` out into `path` on the template named `first`: once to count pages, once to draw them."""
    counted = meta.build(story, _templates(furniture, 0), first)
    total = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture, total), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _masthead(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(TEAL)
    canvas.rect(0, height - 64, width, 64, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("StSansBold", 13)
    canvas.drawString(LEFT, height - 34, STAITHWICK)
    canvas.setFont("StSans", 7.6)
    canvas.drawString(LEFT, height - 47, "Safer streets, safer homes, safer coast")
    if label:
        w = canvas.stringWidth(label, "StSansBold", 8) + 16
        canvas.setFillColor(CORAL)
        canvas.rect(width - RIGHT - w, height - 44, w, 18, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("StSansBold", 8)
        canvas.drawString(width - RIGHT - w + 8, height - 38, label)


def _tab(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(TEAL)
    canvas.setFont("StSansBold", 9)
    canvas.drawString(LEFT, height - 36, STAITHWICK.upper())
    canvas.setStrokeColor(TEAL)
    canvas.setLineWidth(2.4)
    canvas.line(LEFT, height - 44, width - RIGHT - 20, height - 44)
    canvas.setFillColor(CORAL)
    canvas.rect(width - 24, height - 330, 24, 250, stroke=0, fill=1)
    canvas.saveState()
    canvas.translate(width - 8, height - 320)
    canvas.rotate(90)
    canvas.setFillColor(colors.white)
    canvas.setFont("StSansBold", 9)
    canvas.drawString(0, 0, label)
    canvas.restoreState()


def _letterhead(canvas: Canvas, width: float, height: float) -> None:
    canvas.setStrokeColor(TEAL)
    canvas.setLineWidth(1.6)
    x, y = LEFT, height - 40
    for k in range(3):
        dy = y - 6 * k
        canvas.bezier(x, dy, x + 7, dy + 6, x + 14, dy - 6, x + 21, dy)
        canvas.bezier(x + 21, dy, x + 28, dy + 6, x + 35, dy - 6, x + 42, dy)
    canvas.setFillColor(TEAL)
    canvas.setFont("StSansBold", 11.5)
    canvas.drawString(x + 52, y - 2, STAITHWICK)
    canvas.setFillColor(GREY)
    canvas.setFont("StSans", 7)
    for k, line in enumerate(ADDRESS):
        canvas.drawRightString(width - RIGHT, height - 30 - 9 * k, line)
    canvas.setStrokeColor(CORAL)
    canvas.setLineWidth(0.8)
    canvas.line(LEFT, height - 70, width - RIGHT, height - 70)


def _stamp(canvas: Canvas, width: float, height: float, label: str) -> None:
    if not label:
        return
    canvas.saveState()
    canvas.translate(width - RIGHT - 100, height - 52)
    canvas.rotate(4)
    canvas.setStrokeColor(colors.Color(0.55, 0.1, 0.12))
    canvas.setFillColor(colors.Color(0.55, 0.1, 0.12))
    canvas.setLineWidth(1.3)
    canvas.rect(0, 0, 112, 26, stroke=1, fill=0)
    canvas.setFont("Courier-Bold", 8.5)
    canvas.drawCentredString(56, 9, label)
    canvas.restoreState()


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    text = f"Staithwick CSP  |  {furniture.short}"
    canvas.setFont("StSans", 7.4)
    canvas.setFillColor(TEAL)
    w = canvas.stringWidth(text, "StSans", 7.4)
    canvas.drawRightString(width - RIGHT, height - 46, text)
    canvas.setFillColor(CORAL)
    canvas.rect(width - RIGHT - w - 10, height - 46, 6, 6, stroke=0, fill=1)
    canvas.setStrokeColor(TEAL)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, height - 52, width - RIGHT, height - 52)


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            if furniture.opening == "masthead":
                _masthead(canvas, width, height, furniture.label)
            elif furniture.opening == "tab":
                _tab(canvas, width, height, furniture.label)
            elif furniture.opening == "letterhead":
                _letterhead(canvas, width, height)
            elif furniture.opening == "typed":
                _stamp(canvas, width, height, furniture.label)
        else:
            _later(canvas, width, height, furniture)
        if furniture.foot:
            text = furniture.foot.format(n=page, total=total)
            canvas.setFillColor(GREY)
            canvas.setFont("StSans", 7.4)
            if furniture.foot_at == "left":
                x = LEFT
                canvas.drawString(x, 34, text)
            elif furniture.foot_at == "right":
                x = width - RIGHT - 60
                canvas.drawRightString(width - RIGHT, 34, text)
            else:
                x = width / 2 - 30
                canvas.drawCentredString(width / 2, 34, text)
            if furniture.ruled:
                canvas.setStrokeColor(CORAL)
                canvas.setLineWidth(1)
                canvas.line(x, 45, x + 60, 45)
        canvas.restoreState()

    return draw


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    column = (inner_w - GUTTER) / 2
    running = _running(furniture, total)

    def shaded(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(SAND)
        canvas.rect(LEFT - 6, FOOT - 6, MARGIN_W + 12, inner_h + 12, stroke=0, fill=1)
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
            onPage=running,
        ),
        PageTemplate(
            "margin",
            [
                Frame(LEFT, FOOT, MARGIN_W, inner_h, id="notes"),
                Frame(LEFT + MARGIN_W + GUTTER, FOOT, inner_w - MARGIN_W - GUTTER, inner_h, id="main"),
            ],
            onPage=shaded,
        ),
        PageTemplate(
            "landscape",
            [Frame(LEFT, FOOT - 10, land_w - LEFT - RIGHT, land_h - TOP - FOOT + 10, id="landscape")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


WIDTH = A4[0] - LEFT - RIGHT
COLUMN = (WIDTH - GUTTER) / 2
MARGIN_W = 138.0
MAIN = WIDTH - MARGIN_W - GUTTER
LAND = landscape(A4)[0] - LEFT - RIGHT


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH, style: ParagraphStyle = NOTICE) -> Flowable:
    """The fictional-document notice in a box with a coral edge at the left."""
    box = Table([[p(FICTIONAL, style)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, HAIR),
                ("LINEBEFORE", (0, 0), (0, -1), 4, CORAL),
                ("BACKGROUND", (0, 0), (-1, -1), SAND),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
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


def ledger(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    figs: Collection[int] = (),
    total: bool = False,
    styles: tuple[Any, ...] = (HEAD_TEAL, HEAD_TEAL_FIG, CELL, FIG),
) -> Table:
    """A bold teal header over a heavy teal rule, hairlines between rows; a total over a coral rule."""
    grid = Table(_cells(rows, figs, 1, styles), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[Any] = [
        ("LINEBELOW", (0, 0), (-1, 0), 1.6, TEAL),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, HAIR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 1.2, CORAL), ("BACKGROUND", (0, -1), (-1, -1), SAND)]
    grid.setStyle(TableStyle(commands))
    return grid


def boxed(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    figs: Collection[int] = (),
    styles: tuple[Any, ...] = (HEAD_WHITE, HEAD_WHITE_FIG, CELL, FIG),
) -> Table:
    """Every cell ruled in teal, a coral header in white."""
    grid = Table(_cells(rows, figs, 1, styles), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, TEAL),
                ("BACKGROUND", (0, 0), (-1, 0), CORAL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return grid


def sheet(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    figs: Collection[int] = (),
    styles: tuple[Any, ...] = (LOG_HEAD, LOG_HEAD_FIG, LOG_CELL, MONO),
) -> Table:
    """A spreadsheet export: a grey hairline grid, a pale header row, figures in a monospace face."""
    grid = Table(_cells(rows, figs, 1, styles), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.25, HAIR),
                ("BACKGROUND", (0, 0), (-1, 0), MIST),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
            ]
        )
    )
    return grid


class Signature(Flowable):
    """A signature as pen curves over a dotted line and a typed caption."""

    def __init__(self, caption: str, seed: int = 0) -> None:
        super().__init__()
        self.caption = caption
        self.seed = seed
        self.width, self.height = 240, 46

    def draw(self) -> None:
        c = self.canv
        s = self.seed
        c.setStrokeColor(colors.Color(0.12, 0.12, 0.2))
        c.setLineWidth(1.2)
        c.bezier(10, 20, 14, 42 + s, 26, 40, 22, 18)
        c.bezier(22, 18, 40, 34, 52, 14 - s, 70, 30)
        c.bezier(70, 30, 84, 16, 96, 36, 118 + s, 22)
        c.bezier(118, 22, 130, 12, 142, 30, 160, 24)
        c.setDash(1, 2)
        c.setLineWidth(0.6)
        c.line(0, 12, 210, 12)
        c.setDash()
        c.setFont("Courier", 8.6)
        c.setFillColor(colors.black)
        c.drawString(0, 1, self.caption)
