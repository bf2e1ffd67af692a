"""Partnership AB's page furniture, unlike common.py's and the other partnerships' layout modules: reports in
DejaVu Serif with DejaVu Sans headings, minutes in the standard Times, a decision log and a funding plan in
the standard Helvetica, in aubergine with an ochre accent. Page 1 opens in one of four ways: a "stripe"
(an aubergine band down the left edge of the paper with the partnership's name set up it, turned), a
"crest" (a drawn roundel with the initial, the name beside it, a double rule below), a "memo" (the
council's name centred over a small-capital line and a thin rule, as a committee clerk's template) or a
"band" (an ochre band across the paper, the name at the left and the document's reference at the right).
Later pages carry the document's short title at the left over an aubergine hairline and its reference in
an ochre tab at the right; an assessment carries its protective marking at the top and foot of every
page. Each document has its own foot, a format with {n} and {total} placed left, centre or right ("- 3 -",
"p. 3 / 5", "[3]"). Templates: portrait, two equal columns with a rule between them, "split" (a wide
column and a narrow side column of key facts) and landscape. Tables are "zebra" (an aubergine header,
ochre-tinted alternate rows, no rules), "open" (rules above, below and under the header only: booktabs)
or "grid" (every cell ruled, a tinted header: minutes); a notice in a dashed box says the document is
fictional. Laid out twice so a foot can state the page count."""

from __future__ import annotations

import datetime
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

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
from evals.archive.names import WYCHBOURNE

AUBERGINE = colors.Color(0.36, 0.14, 0.33)
OCHRE = colors.Color(0.83, 0.6, 0.15)
TINT = colors.Color(0.99, 0.95, 0.86)
LILAC = colors.Color(0.93, 0.89, 0.93)
GREY = colors.Color(0.45, 0.45, 0.47)
INK = colors.Color(0.08, 0.08, 0.1)
LEFT, RIGHT, TOP, FOOT, GUTTER = 62.0, 54.0, 78.0, 58.0, 24.0
TTF = Path(get_data_path()) / "fonts" / "ttf"


def _fonts() -> None:
    faces = (
        ("WySerif", "DejaVuSerif.ttf"),
        ("WySerifBold", "DejaVuSerif-Bold.ttf"),
        ("WySerifItalic", "DejaVuSerif-Italic.ttf"),
        ("WySerifBoldItalic", "DejaVuSerif-BoldItalic.ttf"),
        ("WySans", "DejaVuSans.ttf"),
        ("WySansBold", "DejaVuSans-Bold.ttf"),
        ("WySansItalic", "DejaVuSans-Oblique.ttf"),
    )
    if faces[0][0] in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in faces:
        pdfmetrics.registerFont(TTFont(name, str(TTF / file)))
    pdfmetrics.registerFontFamily(
        "WySerif",
        normal="WySerif",
        bold="WySerifBold",
        italic="WySerifItalic",
        boldItalic="WySerifBoldItalic",
    )
    pdfmetrics.registerFontFamily(
        "WySans", normal="WySans", bold="WySansBold", italic="WySansItalic", boldItalic="WySansBold"
    )


_fonts()

TEXT = ParagraphStyle(
    "WyText", parent=BODY, fontName="WySerif", fontSize=9.4, leading=13, spaceAfter=5, textColor=INK
)
SMALL = ParagraphStyle("WySmall", parent=TEXT, fontSize=8.2, leading=10.6, spaceAfter=3)
NOTE = ParagraphStyle("WyNote", parent=SMALL, fontName="WySerifItalic", textColor=GREY)
CELL = ParagraphStyle("WyCell", parent=TEXT, fontName="WySans", fontSize=7.6, leading=9.4, spaceAfter=0)
CELL_B = ParagraphStyle("WyCellB", parent=CELL, fontName="WySansBold")
FIG = ParagraphStyle("WyFig", parent=CELL, alignment=2)
FIG_B = ParagraphStyle("WyFigB", parent=FIG, fontName="WySansBold")
HEAD_CELL = ParagraphStyle("WyHeadCell", parent=CELL_B, textColor=colors.white)
HEAD_FIG = ParagraphStyle("WyHeadFig", parent=HEAD_CELL, alignment=2)
TITLE = ParagraphStyle(
    "WyTitle", parent=TEXT, fontName="WySansBold", fontSize=20, leading=24, textColor=AUBERGINE, spaceAfter=3
)
SUBTITLE = ParagraphStyle(
    "WySubtitle",
    parent=TEXT,
    fontName="WySerifItalic",
    fontSize=11.5,
    leading=15,
    textColor=GREY,
    spaceAfter=8,
)
H1 = ParagraphStyle(
    "WyH1",
    parent=TEXT,
    fontName="WySansBold",
    fontSize=12.5,
    leading=16,
    textColor=AUBERGINE,
    spaceBefore=10,
    spaceAfter=4,
    keepWithNext=1,
)
H2 = ParagraphStyle(
    "WyH2", parent=TEXT, fontName="WySansBold", fontSize=9.8, leading=12.5, textColor=OCHRE.clone(),
    spaceBefore=6, spaceAfter=2, keepWithNext=1,
)  # fmt: skip
H2.textColor = colors.Color(0.62, 0.42, 0.05)
CAPTION = ParagraphStyle(
    "WyCaption", parent=SMALL, fontName="WySansBold", fontSize=7.8, leading=10, textColor=AUBERGINE,
    spaceBefore=6, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
NOTICE = ParagraphStyle("WyNotice", parent=SMALL, fontName="WySansItalic", fontSize=7.6, leading=9.8)
SIDE = ParagraphStyle(
    "WySide", parent=SMALL, fontName="WySans", fontSize=8, leading=10.4, textColor=AUBERGINE
)
SIDE_BIG = ParagraphStyle(
    "WySideBig", parent=SIDE, fontName="WySansBold", fontSize=15, leading=18, spaceAfter=0
)
# Minutes, as a committee clerk types them: Times throughout.
MIN = ParagraphStyle("WyMin", parent=BODY, fontName="Times-Roman", fontSize=10.6, leading=13.6, spaceAfter=5)
MIN_B = ParagraphStyle(
    "WyMinB", parent=MIN, fontName="Times-Bold", spaceBefore=7, spaceAfter=3, keepWithNext=1
)
MIN_TITLE = ParagraphStyle(
    "WyMinTitle", parent=MIN, fontName="Times-Bold", fontSize=14, leading=17, alignment=1
)
MIN_CENTRE = ParagraphStyle("WyMinCentre", parent=MIN, alignment=1)
MIN_CELL = ParagraphStyle("WyMinCell", parent=MIN, fontSize=9.4, leading=11.4, spaceAfter=0)
MIN_CELL_B = ParagraphStyle("WyMinCellB", parent=MIN_CELL, fontName="Times-Bold")
# A printed log or plan: Helvetica.
LOG = ParagraphStyle("WyLog", parent=BODY, fontName="Helvetica", fontSize=8.6, leading=11, spaceAfter=4)
LOG_CELL = ParagraphStyle("WyLogCell", parent=LOG, fontSize=7.8, leading=9.6, spaceAfter=0)
LOG_FIG = ParagraphStyle("WyLogFig", parent=LOG_CELL, alignment=2)
LOG_HEAD = ParagraphStyle("WyLogHead", parent=LOG_CELL, fontName="Helvetica-Bold", textColor=colors.white)
LOG_HEAD_FIG = ParagraphStyle("WyLogHeadFig", parent=LOG_HEAD, alignment=2)
LOG_STYLES = (LOG_HEAD, LOG_HEAD_FIG, LOG_CELL, LOG_FIG)
LOG_TITLE = ParagraphStyle("WyLogTitle", parent=LOG, fontName="Helvetica-Bold", fontSize=15, leading=19)
LOG_H = ParagraphStyle(
    "WyLogH", parent=LOG, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=8, keepWithNext=1
)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "10 June 2025"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def short_date(iso: str) -> str:
    """ "10 Jun 2025"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%b %Y')}"


def dotted_date(iso: str) -> str:
    """ "10.06.2025"."""
    return day(iso).strftime("%d.%m.%Y")


def pounds(amount: int | float) -> str:
    """£12,400 (or £12,400.50)."""
    return f"£{amount:,.2f}" if amount != int(amount) else f"£{int(amount):,}"


def pence(amount: int) -> str:
    """£12,400.00."""
    return f"£{amount:,.2f}"


def thousands(amount: int) -> str:
    """12.4 (for a column headed £k)."""
    return f"{amount / 1000:,.2f}".rstrip("0").rstrip(".") if amount % 100 else f"{amount / 1000:,.1f}"


def pct(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:+.1f}%"


@dataclass(frozen=True)
class Furniture:
    """`short` heads pages after the first, `code` sits in their ochre tab; `opening` is page 1's style
    ("stripe", "crest", "memo", "band" with the code at its right, or "" for none); `foot` a format with
    {n} and {total} placed by `foot_at`; `marking` a protective marking at the top and foot of every page."""

    short: str
    code: str = ""
    opening: str = "crest"
    foot: str = "Page {n}"
    foot_at: str = "centre"
    marking: str = ""


def render(path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait") -> Path:
    """Lay `story` out into `path` on the template named `first`: once to count pages, once to draw them."""
    counted = meta.build(story, _templates(furniture, 0), first)
    total = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture, total), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _stripe(canvas: Canvas, height: float) -> None:
    canvas.setFillColor(AUBERGINE)
    canvas.rect(0, 0, 30, height, stroke=0, fill=1)
    canvas.setFillColor(OCHRE)
    canvas.rect(30, 0, 3, height, stroke=0, fill=1)
    canvas.saveState()
    canvas.translate(20, 90)
    canvas.rotate(90)
    canvas.setFillColor(colors.white)
    canvas.setFont("WySansBold", 10)
    canvas.drawString(0, 0, WYCHBOURNE.upper())
    canvas.restoreState()


def _crest(canvas: Canvas, width: float, height: float) -> None:
    x, y = LEFT + 16, height - 40
    canvas.setFillColor(AUBERGINE)
    canvas.setStrokeColor(OCHRE)
    canvas.setLineWidth(2.2)
    canvas.circle(x, y, 15, stroke=1, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("WySerifBold", 15)
    canvas.drawCentredString(x, y - 5.5, "W")
    canvas.setFillColor(AUBERGINE)
    canvas.setFont("WySansBold", 11)
    canvas.drawString(x + 24, y + 1, WYCHBOURNE)
    canvas.setFont("WySans", 7.5)
    canvas.setFillColor(GREY)
    canvas.drawString(x + 24, y - 9, "Working together for a safer borough")
    canvas.setStrokeColor(AUBERGINE)
    canvas.setLineWidth(1.6)
    canvas.line(LEFT, height - 62, width - RIGHT, height - 62)
    canvas.setLineWidth(0.4)
    canvas.line(LEFT, height - 65, width - RIGHT, height - 65)


def _memo(canvas: Canvas, width: float, height: float) -> None:
    canvas.setFillColor(colors.black)
    canvas.setFont("Times-Bold", 12)
    canvas.drawCentredString(width / 2, height - 38, "WYCHBOURNE BOROUGH COUNCIL")
    canvas.setFont("Times-Roman", 8.5)
    canvas.drawCentredString(
        width / 2, height - 50, "C O M M U N I T Y   S A F E T Y   P A R T N E R S H I P"
    )
    canvas.setLineWidth(0.6)
    canvas.line(LEFT + 80, height - 57, width - RIGHT - 80, height - 57)


def _band(canvas: Canvas, width: float, height: float, kind: str) -> None:
    canvas.setFillColor(OCHRE)
    canvas.rect(0, height - 46, width, 46, stroke=0, fill=1)
    canvas.setFillColor(AUBERGINE)
    canvas.rect(0, height - 50, width, 4, stroke=0, fill=1)
    canvas.setFont("WySansBold", 10.5)
    canvas.drawString(LEFT, height - 29, WYCHBOURNE)
    canvas.setFont("WySans", 8.5)
    canvas.drawRightString(width - RIGHT, height - 29, kind)


def _later(canvas: Canvas, width: float, height: float, furniture: Furniture) -> None:
    canvas.setFillColor(AUBERGINE)
    canvas.setFont("WySansItalic", 7.4)
    canvas.drawString(LEFT, height - 44, furniture.short)
    canvas.setStrokeColor(AUBERGINE)
    canvas.setLineWidth(0.35)
    canvas.line(LEFT, height - 49, width - RIGHT, height - 49)
    if furniture.code:
        w = canvas.stringWidth(furniture.code, "WySansBold", 7.2) + 12
        canvas.setFillColor(OCHRE)
        canvas.roundRect(width - RIGHT - w, height - 48, w, 15, 3, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("WySansBold", 7.2)
        canvas.drawString(width - RIGHT - w + 6, height - 43.5, furniture.code)


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if page == 1:
            if furniture.opening == "stripe":
                _stripe(canvas, height)
            elif furniture.opening == "crest":
                _crest(canvas, width, height)
            elif furniture.opening == "memo":
                _memo(canvas, width, height)
            elif furniture.opening == "band":
                _band(canvas, width, height, furniture.code)
        else:
            _later(canvas, width, height, furniture)
        if furniture.marking:
            canvas.setFont("Helvetica-Bold", 8)
            canvas.setFillColor(colors.Color(0.6, 0.1, 0.1))
            canvas.drawCentredString(width / 2, height - 20, furniture.marking)
            canvas.drawCentredString(width / 2, 16, furniture.marking)
        if furniture.foot:
            text = furniture.foot.format(n=page, total=total)
            canvas.setFillColor(GREY)
            canvas.setFont("WySans", 7.4)
            if furniture.foot_at == "left":
                canvas.drawString(LEFT, 32, text)
            elif furniture.foot_at == "right":
                canvas.drawRightString(width - RIGHT, 32, text)
            else:
                canvas.drawCentredString(width / 2, 32, text)
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
        canvas.setStrokeColor(LILAC)
        canvas.setLineWidth(0.8)
        x = LEFT + column + GUTTER / 2
        canvas.line(x, FOOT, x, FOOT + inner_h - 8)
        canvas.restoreState()

    main = inner_w * 0.64
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
            "split",
            [
                Frame(LEFT, FOOT, main, inner_h, id="main"),
                Frame(LEFT + main + GUTTER, FOOT, inner_w - main - GUTTER, inner_h, id="side"),
            ],
            onPage=running,
        ),
        PageTemplate(
            "landscape",
            [Frame(LEFT, FOOT - 8, land_w - LEFT - RIGHT, land_h - TOP - FOOT + 8, id="landscape")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


WIDTH = A4[0] - LEFT - RIGHT
COLUMN = (WIDTH - GUTTER) / 2
MAIN = WIDTH * 0.64
SIDE_W = WIDTH - MAIN - GUTTER
LAND = landscape(A4)[0] - LEFT - RIGHT


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH, style: ParagraphStyle = NOTICE) -> Flowable:
    """The fictional-document notice in a dashed aubergine box."""
    box = Table([[p(FICTIONAL, style)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.9, AUBERGINE, None, (3, 2)),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def _cells(
    rows: Sequence[Sequence[str]], figs: Collection[int], head: int, styles: tuple[Any, ...]
) -> list[Any]:
    """Rows of text as paragraphs: header rows in the first two styles (text, figure), the rest in the
    last two; a cell starting "<b>" stays as written."""
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
    styles: tuple[Any, ...] = (HEAD_CELL, HEAD_FIG, CELL, FIG),
) -> Table:
    """An aubergine header repeated on every page, ochre-tinted alternate rows, no rules; a bold total."""
    grid = Table(_cells(rows, figs, 1, styles), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), AUBERGINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), TINT) for r in range(2, len(rows), 2)]
    if total:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 1.2, AUBERGINE),
            ("BACKGROUND", (0, -1), (-1, -1), LILAC),
        ]
    grid.setStyle(TableStyle(commands))
    return grid


def open_table(rows: Sequence[Sequence[str]], widths: Sequence[float], figs: Collection[int] = ()) -> Table:
    """Booktabs: a heavy rule above, a light one under the header, a heavy one below; nothing else."""
    grid = Table(
        _cells(rows, figs, 1, (CELL_B, FIG_B, CELL, FIG)), colWidths=list(widths), repeatRows=1, hAlign="LEFT"
    )
    grid.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1.4, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                ("LINEBELOW", (0, -1), (-1, -1), 1.4, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return grid


def grid_table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: tuple[Any, ...] = (MIN_CELL_B, MIN_CELL_B, MIN_CELL, MIN_CELL),
) -> Table:
    """Every cell ruled, a tinted header: a clerk's table."""
    grid = Table(_cells(rows, (), 1, styles), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return grid


class Signature(Flowable):
    """A pen stroke for a signature, drawn as curves (no script face), over a caption."""

    def __init__(self, caption: str, seed: int = 0) -> None:
        super().__init__()
        self.caption = caption
        self.seed = seed
        self.width, self.height = 220, 44

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.Color(0.1, 0.15, 0.45))
        c.setLineWidth(1.1)
        s = self.seed
        c.bezier(6, 22, 20 + s, 44, 30, 2, 46, 26)
        c.bezier(46, 26, 58, 40 - s, 70, 8, 84, 24)
        c.bezier(84, 24, 96, 36, 104 + s, 12, 126, 20)
        c.line(30, 14, 140, 18)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.line(0, 10, 200, 10)
        c.setFont("Times-Roman", 9)
        c.setFillColor(colors.black)
        c.drawString(0, 0, self.caption)
