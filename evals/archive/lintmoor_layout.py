"""Partnership K's page furniture, unlike common.py's and the other partnerships' layout modules: set in
DejaVu Serif (the TrueType family matplotlib ships in its mpl-data) rather than Helvetica, Times, Courier or
Vera; a solid teal band across the top of every page with the partnership's name in white at the left and
the document's short name at the right; no header rule and no classification marking; the page number
alone, centred at the foot between em dashes ("— 4 —"); section headings with a teal bar at their left;
and "ledger" tables: no fill and no vertical lines, a heavy rule above and below the table and a thin one
under the teal header row. Portrait, two-column portrait and landscape templates. A record to be scanned
is typed in DejaVu Sans Mono."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from matplotlib import get_data_path
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, ListFlowable, ListItem, Paragraph, Table, TableStyle

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker, three_templates

TEAL = colors.Color(0.0, 0.4, 0.43)
PALE = colors.Color(0.88, 0.95, 0.95)
SIDE, TOP, FOOT, GUTTER = 60.0, 66.0, 58.0, 24.0
BAND = 30.0
FONT_DIR = Path(get_data_path()) / "fonts" / "ttf"


def _fonts() -> tuple[str, str, str, str, str]:
    """Register DejaVu Serif (regular, bold, italic, bold italic) and DejaVu Sans Mono once; their names."""
    names = ("LsSerif", "LsSerifBd", "LsSerifIt", "LsSerifBdIt", "LsMono")
    serif = (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    )
    files = (*serif, "DejaVuSansMono.ttf")
    if names[0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in zip(names, files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[2],
                                      boldItalic=names[3])  # fmt: skip
    return names


REGULAR, BOLD, ITALIC, BOLD_ITALIC, MONO = _fonts()
TEXT = ParagraphStyle("LsBody", parent=BODY, fontName=REGULAR, fontSize=9.4, leading=13.4, spaceAfter=6)
CELL = ParagraphStyle("LsCell", parent=TEXT, fontSize=8.3, leading=10.6, spaceAfter=0)
FIGURE = ParagraphStyle("LsFigure", parent=CELL, alignment=2)
HEAD_CELL = ParagraphStyle("LsHeadCell", parent=CELL, fontName=BOLD, textColor=TEAL)
HEAD_FIGURE = ParagraphStyle("LsHeadFigure", parent=HEAD_CELL, alignment=2)
TITLE = ParagraphStyle(
    "LsTitle", parent=TEXT, fontName=BOLD, fontSize=20, leading=25, textColor=TEAL, spaceAfter=3
)
SUBTITLE = ParagraphStyle(
    "LsSubtitle", parent=TEXT, fontName=ITALIC, fontSize=11.5, leading=15, spaceAfter=10
)
HEADING = ParagraphStyle(
    "LsHeading", parent=TEXT, fontName=BOLD, fontSize=12.5, leading=16, textColor=TEAL, spaceBefore=10,
    spaceAfter=4, leftIndent=9,
)  # fmt: skip
MINOR = ParagraphStyle(
    "LsMinor", parent=TEXT, fontName=BOLD_ITALIC, fontSize=10.2, leading=13, spaceBefore=6, spaceAfter=2
)
CAPTION = ParagraphStyle("LsCaption", parent=TEXT, fontName=ITALIC, fontSize=8.6, leading=11, spaceBefore=3)
NOTICE = ParagraphStyle(
    "LsNotice", parent=TEXT, fontName=BOLD_ITALIC, fontSize=8.6, leading=11.5, textColor=TEAL,
    backColor=PALE, borderColor=TEAL, borderWidth=0.6, borderPadding=6, spaceAfter=16,
)  # fmt: skip
DECISION = ParagraphStyle("LsDecision", parent=TEXT, leftIndent=18, fontName=REGULAR)


class Bar(Flowable):
    """A section heading with a short teal bar at its left."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.paragraph = Paragraph(text, HEADING)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.paragraph.wrap(available_width, available_height)
        self.width, self.height = width, height + HEADING.spaceBefore
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        body = self.height - HEADING.spaceBefore
        canvas.saveState()
        canvas.setFillColor(TEAL)
        canvas.rect(0, 1, 3.5, body - 3, stroke=0, fill=1)
        canvas.restoreState()
        self.paragraph.drawOn(canvas, 0, 0)

    def getSpaceAfter(self) -> float:
        return float(HEADING.spaceAfter)


def render_pages(path: Path, story: StoryMaker, meta: Meta, label: str, first: str = "portrait") -> Path:
    """Lay `story` out into `path` on the teal-band furniture, `label` at the band's right, starting on the
    template named `first` (portrait, columns, landscape)."""

    def running(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(TEAL)
        canvas.rect(0, height - BAND, width, BAND, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 8.6)
        canvas.drawString(SIDE, height - 19, "Lintmoor & Scarrowby Community Safety Partnership")
        canvas.setFont(ITALIC, 8.6)
        canvas.drawRightString(width - SIDE, height - 19, label)
        canvas.setFillColor(colors.Color(0.2, 0.2, 0.2))
        canvas.setFont(REGULAR, 9)
        canvas.drawCentredString(width / 2, 30, f"— {document.page} —")
        canvas.restoreState()

    templates = three_templates(running, SIDE, SIDE, FOOT, TOP, GUTTER)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(meta.build(story, templates, first))
    return path


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def title(text: str, subtitle: str = "") -> list[Flowable]:
    return [Paragraph(text, TITLE)] + ([Paragraph(subtitle, SUBTITLE)] if subtitle else [])


def heading(text: str) -> Bar:
    return Bar(text)


def minor(text: str) -> Paragraph:
    return Paragraph(text, MINOR)


def caption(text: str) -> Paragraph:
    return Paragraph(text, CAPTION)


def notice() -> Paragraph:
    """The fictional-document notice, teal on pale teal."""
    return Paragraph(FICTIONAL, NOTICE)


def bullets(items: Sequence[str], style: ParagraphStyle = TEXT, numbered: str = "") -> ListFlowable:
    """A list with round bullets, or numbered with `numbered` as the format ("R%s", "%s.")."""
    flow = [ListItem(Paragraph(item, style), leftIndent=22) for item in items]
    if numbered:
        return ListFlowable(flow, bulletType="1", bulletFormat=numbered, leftIndent=22, bulletFontName=BOLD,
                            bulletFontSize=9)  # fmt: skip
    return ListFlowable(flow, bulletType="bullet", start="●", leftIndent=16, bulletFontSize=6,
                        bulletColor=TEAL)  # fmt: skip


def ledger(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Sequence[int] = (),
    total_row: bool = False,
    repeat: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ledger table: heavy rules above and below, a thin rule under the teal header, hairlines between
    body rows, no fill; the columns in `figures` set right; a bold last row when `total_row`."""
    cells = []
    for r, row in enumerate(rows):
        line = []
        for c, cell in enumerate(row):
            if r == 0:
                style = HEAD_FIGURE if c in figures else HEAD_CELL
            else:
                style = FIGURE if c in figures else CELL
            text = f"<b>{cell}</b>" if total_row and r == len(rows) - 1 and r else str(cell)
            line.append(Paragraph(text, style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=1 if repeat else 0, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("LINEABOVE", (0, 0), (-1, 0), 1.4, TEAL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, TEAL),
        ("LINEBELOW", (0, 1), (-1, -2), 0.2, colors.Color(0.7, 0.7, 0.7)),
        ("LINEBELOW", (0, -1), (-1, -1), 1.4, TEAL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if total_row:
        rules.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, TEAL))
    table.setStyle(TableStyle([*rules, *extra]))
    return table


def pounds(amount: int) -> str:
    """£14,000 style: whole pounds."""
    return f"£{amount:,}"


def pence(amount: int) -> str:
    """£12,400.00 style: pounds and pence."""
    return f"£{amount:,}.00"


def thousands(amount: int) -> str:
    """£12.5k style: one decimal unless whole ("£8k")."""
    value = amount / 1000
    return f"£{value:.0f}k" if value == int(value) else f"£{value:.1f}k"
