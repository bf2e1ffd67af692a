"""Partnership AE's page furniture, unlike common.py's and the other partnerships' layout modules: annual
reports in the standard Helvetica with headings in STIX General Bold Italic, an assessment in DejaVu Serif
with its tables in Helvetica and figures in Courier, formal minutes in STIX General, a decision sheet in
Bitstream Vera, a panel's typed notes in Courier (scanned), a residents' vote results sheet in DejaVu Sans,
terms of reference in DejaVu Serif on two columns and a register printed from a database in DejaVu Sans Mono;
in graphite with a turquoise accent and rose for warnings, on mist. Page 1 opens in one of six ways: a
"roundel" (a turquoise disc at the top right with "SS" in white beside the brand in spaced capitals, over a
graphite rule the width of the paper), a "tab" (a graphite tab hanging from the top edge at the left with
the brand in white and a turquoise underline to the right margin), a "book" (a formal minute-book head
centred between two thin rules), a "ticket" (a turquoise ticket at the top left with the document's label
in white and a rose notch), an "export" (a database's print line in grey monospace) or nothing (a typed
note carries its own letterhead). Later pages carry a running head at the right in graphite italics after a
small turquoise square, over a row of turquoise dots. Each document has its own foot, one format at the
centre and an optional one at the left, with {n} and {total}. Templates: portrait, two columns (no rule
between them), "wide-left" (a narrow mist column of key figures at the left and the text at the right) and
landscape. Tables are "ledger" (graphite header in white, mist rows in turn, a turquoise rule at the foot),
"open" (turquoise header text over a graphite rule, nothing else but a rule at the foot), "boxed" (a full
grid of thin graphite lines, a mist header) or "dbgrid" (a database printout's dotted grid, monospace). A
notice with a rose bar at its left says the document is fictional. Laid out twice so a foot can state the
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
from evals.archive.skelderwyke_facts import BRAND

GRAPHITE = colors.Color(0.20, 0.21, 0.24)
TURQ = colors.Color(0.0, 0.55, 0.53)
ROSE = colors.Color(0.78, 0.16, 0.32)
MIST = colors.Color(0.91, 0.97, 0.96)
HAIR = colors.Color(0.70, 0.74, 0.74)
GREY = colors.Color(0.43, 0.45, 0.47)
LEFT, RIGHT, TOP, FOOT, GUTTER = 56.0, 56.0, 82.0, 62.0, 22.0
TTF = Path(get_data_path()) / "fonts" / "ttf"


def _fonts() -> None:
    if "SkStix" in pdfmetrics.getRegisteredFontNames():
        return
    ttf = (
        ("SkStix", "STIXGeneral.ttf"),
        ("SkStixBold", "STIXGeneralBol.ttf"),
        ("SkStixItalic", "STIXGeneralItalic.ttf"),
        ("SkStixBoldItalic", "STIXGeneralBolIta.ttf"),
        ("SkSerif", "DejaVuSerif.ttf"),
        ("SkSerifBold", "DejaVuSerif-Bold.ttf"),
        ("SkSerifItalic", "DejaVuSerif-Italic.ttf"),
        ("SkSerifBoldItalic", "DejaVuSerif-BoldItalic.ttf"),
        ("SkSans", "DejaVuSans.ttf"),
        ("SkSansBold", "DejaVuSans-Bold.ttf"),
        ("SkMono", "DejaVuSansMono.ttf"),
        ("SkMonoBold", "DejaVuSansMono-Bold.ttf"),
    )
    for name, file in ttf:
        pdfmetrics.registerFont(TTFont(name, str(TTF / file)))
    vera = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("SkVera", "Vera.ttf"), ("SkVeraBold", "VeraBd.ttf"), ("SkVeraItalic", "VeraIt.ttf"),
                       ("SkVeraBoldItalic", "VeraBI.ttf")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, str(vera / file)))
    for family in ("SkStix", "SkSerif", "SkVera"):
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}Bold",
            italic=f"{family}Italic",
            boldItalic=f"{family}BoldItalic",
        )
    pdfmetrics.registerFontFamily("SkSans", normal="SkSans", bold="SkSansBold")
    pdfmetrics.registerFontFamily("SkMono", normal="SkMono", bold="SkMonoBold")


_fonts()

# Annual reports: Helvetica text, STIX General Bold Italic headings.
TEXT = ParagraphStyle("SkText", parent=BODY, fontName="Helvetica", fontSize=9.6, leading=13, spaceAfter=5)
SMALL = ParagraphStyle("SkSmall", parent=TEXT, fontSize=8.4, leading=10.8, spaceAfter=3)
TITLE = ParagraphStyle(
    "SkTitle",
    parent=TEXT,
    fontName="SkStixBoldItalic",
    fontSize=25,
    leading=29,
    textColor=GRAPHITE,
    spaceAfter=3,
)
SUBTITLE = ParagraphStyle("SkSubtitle", parent=TEXT, fontSize=10, textColor=TURQ, spaceAfter=8)
H1 = ParagraphStyle(
    "SkH1", parent=TEXT, fontName="SkStixBoldItalic", fontSize=15, leading=18, textColor=TURQ,
    spaceBefore=8, spaceAfter=4, keepWithNext=1,
)  # fmt: skip
H2 = ParagraphStyle(
    "SkH2", parent=TEXT, fontName="Helvetica-Bold", fontSize=9.6, leading=12, textColor=GRAPHITE,
    spaceBefore=5, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
KEY = ParagraphStyle(
    "SkKey", parent=SMALL, fontName="Helvetica", fontSize=8, leading=10.4, textColor=GRAPHITE
)
KEY_BIG = ParagraphStyle(
    "SkKeyBig", parent=KEY, fontName="SkStixBold", fontSize=19, leading=21, textColor=TURQ, spaceAfter=0
)
PULL = ParagraphStyle(
    "SkPull", parent=TEXT, fontName="SkStixItalic", fontSize=12, leading=15.5, textColor=ROSE, leftIndent=10
)
NOTICE = ParagraphStyle("SkNotice", parent=SMALL, fontName="Helvetica-Oblique", fontSize=7.6, leading=9.6)
CELL = ParagraphStyle("SkCell", parent=TEXT, fontSize=7.8, leading=9.6, spaceAfter=0)
FIG = ParagraphStyle("SkFig", parent=CELL, alignment=2)
HEAD_W = ParagraphStyle("SkHeadW", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
HEAD_W_FIG = ParagraphStyle("SkHeadWFig", parent=HEAD_W, alignment=2)
HEAD_T = ParagraphStyle("SkHeadT", parent=CELL, fontName="Helvetica-Bold", textColor=TURQ)
HEAD_T_FIG = ParagraphStyle("SkHeadTFig", parent=HEAD_T, alignment=2)
LEDGER_STYLES = (HEAD_W, HEAD_W_FIG, CELL, FIG)
OPEN_STYLES = (HEAD_T, HEAD_T_FIG, CELL, FIG)
COURIER_FIG = ParagraphStyle("SkCourierFig", parent=CELL, fontName="Courier", fontSize=7.8, alignment=2)
COURIER_STYLES = (HEAD_T, HEAD_T_FIG, CELL, COURIER_FIG)
# The assessment: DejaVu Serif.
SA = ParagraphStyle("SkSa", parent=BODY, fontName="SkSerif", fontSize=8.7, leading=12.2, spaceAfter=4)
SA_H = ParagraphStyle(
    "SkSaH", parent=SA, fontName="SkSerifBold", fontSize=11.5, leading=14.5, textColor=TURQ,
    spaceBefore=7, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
SA_CAPTION = ParagraphStyle(
    "SkSaCaption", parent=SA, fontName="SkSerifItalic", fontSize=8, leading=10, textColor=GRAPHITE,
    spaceBefore=4, keepWithNext=1,
)  # fmt: skip
# Formal minutes: STIX General.
MIN = ParagraphStyle("SkMin", parent=BODY, fontName="SkStix", fontSize=11, leading=13.6, spaceAfter=5)
MIN_H = ParagraphStyle(
    "SkMinH", parent=MIN, fontName="SkStixBold", spaceBefore=7, spaceAfter=2, keepWithNext=1
)
MIN_TITLE = ParagraphStyle(
    "SkMinTitle", parent=MIN, fontName="SkStixBold", fontSize=14, leading=17, alignment=1
)
MIN_CENTRE = ParagraphStyle("SkMinCentre", parent=MIN, alignment=1)
MIN_HANG = ParagraphStyle("SkMinHang", parent=MIN, leftIndent=34, firstLineIndent=-24)
MIN_CELL = ParagraphStyle("SkMinCell", parent=MIN, fontSize=9.6, leading=11.4, spaceAfter=0)
MIN_CELL_B = ParagraphStyle("SkMinCellB", parent=MIN_CELL, fontName="SkStixBold")
# Decision sheet: Vera.
VERA = ParagraphStyle("SkVera", parent=BODY, fontName="SkVera", fontSize=8.6, leading=11.4, spaceAfter=4)
VERA_H = ParagraphStyle(
    "SkVeraH", parent=VERA, fontName="SkVeraBold", fontSize=9.4, textColor=GRAPHITE, spaceBefore=7,
    keepWithNext=1,
)  # fmt: skip
VERA_CELL = ParagraphStyle("SkVeraCell", parent=VERA, fontSize=7.6, leading=9.4, spaceAfter=0)
VERA_HEAD = ParagraphStyle("SkVeraHead", parent=VERA_CELL, fontName="SkVeraBold", textColor=colors.white)
# Typed notes: Courier.
TYPED = ParagraphStyle("SkTyped", parent=BODY, fontName="Courier", fontSize=9.4, leading=11.8, spaceAfter=5)
TYPED_B = ParagraphStyle("SkTypedB", parent=TYPED, fontName="Courier-Bold", spaceBefore=6, keepWithNext=1)
TYPED_CELL = ParagraphStyle("SkTypedCell", parent=TYPED, fontSize=8.2, leading=9.8, spaceAfter=0)
# Results sheet: DejaVu Sans.
SANS = ParagraphStyle("SkSansText", parent=BODY, fontName="SkSans", fontSize=8.8, leading=11.6, spaceAfter=4)
SANS_CELL = ParagraphStyle("SkSansCell", parent=SANS, fontSize=8, leading=10, spaceAfter=0)
SANS_FIG = ParagraphStyle("SkSansFig", parent=SANS_CELL, alignment=2)
SANS_HEAD = ParagraphStyle("SkSansHead", parent=SANS_CELL, fontName="SkSansBold", textColor=colors.white)
SANS_HEAD_FIG = ParagraphStyle("SkSansHeadFig", parent=SANS_HEAD, alignment=2)
SANS_STYLES = (SANS_HEAD, SANS_HEAD_FIG, SANS_CELL, SANS_FIG)
# Terms of reference: DejaVu Serif on two columns with Helvetica-Bold headings.
TOR = ParagraphStyle("SkTor", parent=SA, fontSize=8.5, leading=11.6)
TOR_H = ParagraphStyle(
    "SkTorH", parent=TOR, fontName="Helvetica-Bold", fontSize=10, leading=12.5, textColor=TURQ,
    spaceBefore=6, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
TOR_CLAUSE = ParagraphStyle("SkTorClause", parent=TOR, leftIndent=24, firstLineIndent=-24)
# The register: DejaVu Sans Mono.
DB = ParagraphStyle("SkDb", parent=BODY, fontName="SkMono", fontSize=7.4, leading=9.4, spaceAfter=3)
DB_CELL = ParagraphStyle("SkDbCell", parent=DB, fontSize=6.3, leading=7.8, spaceAfter=0)
DB_FIG = ParagraphStyle("SkDbFig", parent=DB_CELL, alignment=2)
DB_HEAD = ParagraphStyle("SkDbHead", parent=DB_CELL, fontName="SkMonoBold")
DB_HEAD_FIG = ParagraphStyle("SkDbHeadFig", parent=DB_HEAD, alignment=2)
DB_STYLES = (DB_HEAD, DB_HEAD_FIG, DB_CELL, DB_FIG)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "22 June 2022"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def weekday_date(iso: str) -> str:
    """ "Wednesday, 22nd June 2022"."""
    d = day(iso)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.strftime('%A')}, {d.day}{suffix} {d.strftime('%B %Y')}"


def abbrev_date(iso: str) -> str:
    """ "14-Sep-22", as the panel's notes are typed."""
    return day(iso).strftime("%d-%b-%y")


def iso_date(iso: str) -> str:
    """ "2022-09-14", as the register prints it."""
    return day(iso).isoformat()


def month_date(iso: str) -> str:
    """ "Jun 2022"."""
    return day(iso).strftime("%b %Y")


def pounds(amount: int) -> str:
    """£12,500."""
    return f"£{amount:,}"


def kpounds(amount: int) -> str:
    """12.5 (under a heading in £k)."""
    text = f"{amount / 1000:.2f}"
    return text[:-1] if text.endswith("0") else text


def plain(amount: int) -> str:
    """12500 (a database's figure)."""
    return str(amount)


def pct(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:+.1f}%"


def signed(value: int) -> str:
    return f"{value:+,}"


@dataclass(frozen=True)
class Furniture:
    """`head` heads pages after the first (nothing when empty); `label` is page 1's label; `opening` is
    "roundel", "tab", "book", "ticket", "export" or ""; `foot` (centred) and `foot_left` are formats with
    {n} and {total}."""

    head: str
    label: str = ""
    opening: str = "roundel"
    foot: str = "{n} / {total}"
    foot_left: str = ""


def render(path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait") -> Path:
    """Lay `story` out into `path` on the template named `first`: once to count pages, once to draw them."""
    counted = meta.build(story, _templates(furniture, 0), first)
    total = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture, total), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _roundel(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(TURQ)
    canvas.circle(width - RIGHT - 16, height - 40, 16, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("SkStixBoldItalic", 15)
    canvas.drawCentredString(width - RIGHT - 16, height - 45, "SS")
    canvas.setFillColor(GRAPHITE)
    canvas.setFont("Helvetica-Bold", 8.4)
    canvas.drawRightString(width - RIGHT - 40, height - 38, "  ".join(BRAND.upper().split()))
    if label:
        canvas.setFont("Helvetica", 7.4)
        canvas.drawRightString(width - RIGHT - 40, height - 48, label)
    canvas.setStrokeColor(GRAPHITE)
    canvas.setLineWidth(1.6)
    canvas.line(0, height - 64, width, height - 64)


def _tab(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(GRAPHITE)
    canvas.roundRect(LEFT, height - 44, 150, 56, 6, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("SkSerifBold", 10)
    canvas.drawString(LEFT + 12, height - 30, BRAND)
    canvas.setStrokeColor(TURQ)
    canvas.setLineWidth(2)
    canvas.line(LEFT + 150, height - 44, width - RIGHT, height - 44)
    if label:
        canvas.setFillColor(GRAPHITE)
        canvas.setFont("SkSerifItalic", 7.6)
        canvas.drawRightString(width - RIGHT, height - 38, label)


def _book(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setStrokeColor(GRAPHITE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, height - 34, width - RIGHT, height - 34)
    canvas.line(LEFT, height - 54, width - RIGHT, height - 54)
    canvas.setFillColor(GRAPHITE)
    canvas.setFont("SkStix", 8.6)
    canvas.drawCentredString(width / 2, height - 47, label)


def _ticket(canvas: Canvas, width: float, height: float, label: str) -> None:
    w = canvas.stringWidth(label, "SkVeraBold", 9) + 30
    canvas.setFillColor(TURQ)
    canvas.rect(LEFT, height - 52, w, 24, stroke=0, fill=1)
    canvas.setFillColor(ROSE)
    canvas.circle(LEFT + w, height - 40, 5, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("SkVeraBold", 9)
    canvas.drawString(LEFT + 10, height - 43, label)
    canvas.setFillColor(GRAPHITE)
    canvas.setFont("SkVera", 7.6)
    canvas.drawRightString(width - RIGHT, height - 43, BRAND)


def _export(canvas: Canvas, width: float, height: float, label: str) -> None:
    canvas.setFillColor(GREY)
    canvas.setFont("SkMono", 6.6)
    canvas.drawString(LEFT, height - 28, label)
    canvas.setDash(1, 2)
    canvas.setStrokeColor(GREY)
    canvas.line(LEFT, height - 33, width - RIGHT, height - 33)


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    if not furniture.head:
        return
    canvas.setFont("Helvetica-Oblique", 7.6)
    canvas.setFillColor(GRAPHITE)
    w = canvas.stringWidth(furniture.head, "Helvetica-Oblique", 7.6)
    canvas.drawRightString(width - RIGHT, height - 42, furniture.head)
    canvas.setFillColor(TURQ)
    canvas.rect(width - RIGHT - w - 10, height - 42, 5, 5, stroke=0, fill=1)
    x = LEFT
    while x < width - RIGHT:
        canvas.circle(x, height - 50, 0.7, stroke=0, fill=1)
        x += 4


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            openings = {"roundel": _roundel, "tab": _tab, "book": _book, "ticket": _ticket, "export": _export}
            if furniture.opening in openings:
                openings[furniture.opening](canvas, width, height, furniture.label)
        else:
            _later(canvas, width, height, furniture)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 7.4)
        if furniture.foot:
            canvas.drawCentredString(width / 2, 32, furniture.foot.format(n=page, total=total))
        if furniture.foot_left:
            canvas.drawString(LEFT, 32, furniture.foot_left.format(n=page, total=total))
        canvas.restoreState()

    return draw


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    running = _running(furniture, total)

    def misted(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(MIST)
        canvas.rect(LEFT - 8, FOOT - 6, KEY_W + 14, inner_h + 12, stroke=0, fill=1)
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
            onPage=running,
        ),
        PageTemplate(
            "wideleft",
            [Frame(LEFT, FOOT, KEY_W, inner_h, id="key"), Frame(LEFT + KEY_W + GUTTER, FOOT, MAIN, inner_h)],
            onPage=misted,
        ),
        PageTemplate(
            "landscape",
            [Frame(LEFT, FOOT - 14, land_w - LEFT - RIGHT, land_h - TOP - FOOT + 18, id="landscape")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


WIDTH = A4[0] - LEFT - RIGHT
COLUMN = (WIDTH - GUTTER) / 2
KEY_W = 122.0
MAIN = WIDTH - KEY_W - GUTTER
LAND = landscape(A4)[0] - LEFT - RIGHT


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH, style: ParagraphStyle = NOTICE) -> Flowable:
    """The fictional-document notice on mist with a rose bar at its left."""
    box = Table([["", p(FICTIONAL, style)]], colWidths=[4, width - 4], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, 0), ROSE),
                ("BACKGROUND", (1, 0), (1, 0), MIST),
                ("LEFTPADDING", (1, 0), (1, 0), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def ledger(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = LEDGER_STYLES, total: bool = False,
) -> Table:  # fmt: skip
    """A graphite header in white, mist rows in turn, a turquoise rule at the foot (over a total, if any)."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), GRAPHITE),
        ("LINEBELOW", (0, -1), (-1, -1), 1.4, TURQ),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), MIST) for r in range(2, len(rows), 2)]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, GRAPHITE))
    table.setStyle(TableStyle(commands))
    return table


def open_table(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = OPEN_STYLES,
) -> Table:  # fmt: skip
    """Turquoise header text over a graphite rule, nothing else but a thin rule at the foot."""
    table = styled_table(rows, widths, figs, styles)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1.0, GRAPHITE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, GRAPHITE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
            ]
        )
    )
    return table


def boxed(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = (CELL, FIG, CELL, FIG), head: bool = True,
) -> Table:  # fmt: skip
    """A full grid of thin graphite lines, a mist header (or none)."""
    table = styled_table(rows, widths, figs, styles)
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRAPHITE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), MIST))
    table.setStyle(TableStyle(commands))
    return table


def dbgrid(
    rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = (),
    styles: tuple[Any, ...] = DB_STYLES,
) -> Table:  # fmt: skip
    """A database printout's dotted grid, everything monospace."""
    table = styled_table(rows, widths, figs, styles)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, GREY, None, (1, 1.5)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, GRAPHITE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
            ]
        )
    )
    return table


class Signature(Flowable):
    """A signature as a pen stroke over a dotted line, with a caption under it."""

    def __init__(self, caption: str, seed: int = 0, font: str = "SkStix") -> None:
        super().__init__()
        self.caption, self.seed, self.font = caption, seed, font
        self.width, self.height = 240, 46

    def draw(self) -> None:
        c, s = self.canv, self.seed
        c.setStrokeColor(colors.Color(0.05, 0.12, 0.35))
        c.setLineWidth(1.2)
        c.bezier(4, 20, 14, 42, 26, 40 - s, 30, 18)
        c.bezier(30, 18, 40, 34, 52, 12 + s, 64, 28)
        c.bezier(64, 28, 80, 38, 96, 14, 120 - s, 22)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.setDash(1, 2)
        c.line(0, 13, 210, 13)
        c.setDash()
        c.setFont(self.font, 9)
        c.setFillColor(colors.black)
        c.drawString(0, 2, self.caption)
