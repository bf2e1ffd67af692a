"""Partnership Z's page furniture, unlike common.py's and the other partnerships' layout modules: text in
DejaVu Sans from matplotlib's fonts, headings and titles in the embedded Type 1 Times New Roman PS Bold
from reportlab's fonts folder, figures in tables in DejaVu Sans Mono, a typed note in the embedded Type 1
Courier and a signature in reportlab's Type 1 DarkGarden face; in indigo with a marigold accent. Page 1
carries a marigold stripe down the left edge of the paper and an indigo rule under a small-capitals line
naming the partnership; the notice that the document is fictional sits in a box ruled above and below in
marigold. Later pages carry a running head at the right ("Brackenholme CSP  ■  short name") over a
thin indigo rule, and each document its own foot, given as a format with {n} and {total} ("— 3 —",
"p. 3/9", "AR 2024/25 • Page 3"). Tables are "banded" (an indigo header with white words, rows banded in
pale marigold, white vertical rules, a totals row in bold over a double indigo rule) or "boxed" (a light
grey grid with a grey header, for minutes). Portrait, two-column portrait and landscape templates; laid out
twice so a foot can state the page count. A note to be scanned has no running lines."""

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
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker
from evals.archive.names import BRACKENHOLME

INDIGO = colors.Color(0.17, 0.2, 0.42)
INDIGO_HEX = "#2B336B"
MARIGOLD = colors.Color(0.88, 0.6, 0.12)
MARIGOLD_HEX = "#E0991F"
PALE = colors.Color(0.99, 0.95, 0.86)
RULE = colors.Color(0.7, 0.7, 0.74)
GREY = colors.Color(0.38, 0.38, 0.42)
INK = colors.Color(0.08, 0.08, 0.12)
LEFT, RIGHT, TOP, FOOT, GUTTER = 62.0, 54.0, 70.0, 58.0, 20.0
TYPE1_DIR = Path(os.path.dirname(reportlab.__file__)) / "fonts"
TTF_DIR = Path(get_data_path()) / "fonts" / "ttf"


def _fonts() -> tuple[str, ...]:
    """Embed the faces once: Times New Roman PS, Courier and DarkGarden (Type 1), DejaVu (TrueType)."""
    type1 = (
        ("BkSerifBold", "_eb_____", TYPE1_DIR),
        ("BkSerifBoldItalic", "_ebi____", TYPE1_DIR),
        ("BkType", "com_____", TYPE1_DIR),
        ("BkTypeBold", "cob_____", TYPE1_DIR),
        ("BkHand", "DarkGardenMK", TYPE1_DIR),
    )
    truetype = (
        ("BkSans", TTF_DIR / "DejaVuSans.ttf"),
        ("BkSansBold", TTF_DIR / "DejaVuSans-Bold.ttf"),
        ("BkSansItalic", TTF_DIR / "DejaVuSans-Oblique.ttf"),
        ("BkSansBoldItalic", TTF_DIR / "DejaVuSans-BoldOblique.ttf"),
        ("BkMono", TTF_DIR / "DejaVuSansMono.ttf"),
        ("BkMonoBold", TTF_DIR / "DejaVuSansMono-Bold.ttf"),
    )
    if type1[0][0] not in pdfmetrics.getRegisteredFontNames():
        for name, stem, folder in type1:
            face = pdfmetrics.EmbeddedType1Face(str(folder / f"{stem}.afm"), str(folder / f"{stem}.pfb"))
            pdfmetrics.registerTypeFace(face)
            pdfmetrics.registerFont(pdfmetrics.Font(name, face.name, "WinAnsiEncoding"))
        for name, file in truetype:
            pdfmetrics.registerFont(TTFont(name, str(file)))
        pdfmetrics.registerFontFamily(
            "BkSans", normal="BkSans", bold="BkSansBold", italic="BkSansItalic", boldItalic="BkSansBoldItalic"
        )
        pdfmetrics.registerFontFamily(
            "BkSerifBold",
            normal="BkSerifBold",
            bold="BkSerifBold",
            italic="BkSerifBoldItalic",
            boldItalic="BkSerifBoldItalic",
        )
        pdfmetrics.registerFontFamily(
            "BkType", normal="BkType", bold="BkTypeBold", italic="BkType", boldItalic="BkTypeBold"
        )
        pdfmetrics.registerFontFamily(
            "BkHand", normal="BkHand", bold="BkHand", italic="BkHand", boldItalic="BkHand"
        )
        pdfmetrics.registerFontFamily(
            "BkMono", normal="BkMono", bold="BkMonoBold", italic="BkMono", boldItalic="BkMonoBold"
        )
    return tuple(name for name, *_ in (*type1, *truetype))


(
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    TYPE,
    TYPE_BOLD,
    HAND,
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    SANS_BOLD_ITALIC,
    MONO,
    MONO_BOLD,
) = _fonts()

TEXT = ParagraphStyle(
    "BkText", parent=BODY, fontName=SANS, fontSize=8.9, leading=12.6, spaceAfter=5.5, textColor=INK
)
SMALL = ParagraphStyle("BkSmall", parent=TEXT, fontSize=7.8, leading=10.2, spaceAfter=3.5)
NOTE = ParagraphStyle("BkNote", parent=SMALL, fontName=SANS_ITALIC, fontSize=7.4, leading=9.6, textColor=GREY)
CELL = ParagraphStyle("BkCell", parent=TEXT, fontSize=7.4, leading=9.3, spaceAfter=0)
CELL_B = ParagraphStyle("BkCellBold", parent=CELL, fontName=SANS_BOLD)
HEAD_CELL = ParagraphStyle("BkHeadCell", parent=CELL_B, fontSize=7.2, textColor=colors.white)
HEAD_FIG = ParagraphStyle("BkHeadFig", parent=HEAD_CELL, alignment=2)
FIG = ParagraphStyle("BkFig", parent=CELL, fontName=MONO, fontSize=7.3, alignment=2)
FIG_B = ParagraphStyle("BkFigBold", parent=FIG, fontName=MONO_BOLD)
GRID_HEAD = ParagraphStyle("BkGridHead", parent=CELL_B, textColor=INK)
KICKER = ParagraphStyle(
    "BkKicker", parent=TEXT, fontName=SANS_BOLD, fontSize=8, leading=10, textColor=MARIGOLD, spaceAfter=2
)
TITLE = ParagraphStyle(
    "BkTitle", parent=TEXT, fontName=SERIF_BOLD, fontSize=24, leading=28, textColor=INDIGO, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "BkSubtitle",
    parent=TEXT,
    fontName=SERIF_BOLD_ITALIC,
    fontSize=12,
    leading=15,
    textColor=GREY,
    spaceAfter=9,
)
HEADING = ParagraphStyle(
    "BkHeading",
    parent=TEXT,
    fontName=SERIF_BOLD,
    fontSize=14,
    leading=17,
    textColor=INDIGO,
    spaceBefore=10,
    spaceAfter=4,
    keepWithNext=1,
)
SUBHEADING = ParagraphStyle(
    "BkSubheading",
    parent=TEXT,
    fontName=SANS_BOLD,
    fontSize=9.2,
    leading=12,
    textColor=INDIGO,
    spaceBefore=6,
    spaceAfter=2,
    keepWithNext=1,
)
CAPTION = ParagraphStyle(
    "BkCaption",
    parent=SMALL,
    fontName=SANS_BOLD,
    fontSize=7.8,
    textColor=INDIGO,
    spaceBefore=6,
    spaceAfter=3,
    keepWithNext=1,
)
LOOSE_CAPTION = ParagraphStyle("BkLooseCaption", parent=CAPTION, keepWithNext=0)
NOTICE = ParagraphStyle("BkNotice", parent=SMALL, fontName=SANS_BOLD_ITALIC, fontSize=7.6, leading=10)
TYPED = ParagraphStyle("BkTyped", parent=TEXT, fontName=TYPE, fontSize=10, leading=13.2, spaceAfter=7)
TYPED_B = ParagraphStyle("BkTypedBold", parent=TYPED, fontName=TYPE_BOLD)
TYPED_CELL = ParagraphStyle("BkTypedCell", parent=TYPED, fontSize=9, leading=11.4, spaceAfter=0)
SIGNATURE = ParagraphStyle("BkSignature", parent=TYPED, fontName=HAND, fontSize=22, leading=25, spaceAfter=0)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def nth(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def ordinal_date(iso: str) -> str:
    """ "12th June 2024", the minutes' style."""
    d = day(iso)
    return f"{nth(d.day)} {d.strftime('%B %Y')}"


def long_date(iso: str) -> str:
    """ "12 June 2024"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def dotted_date(iso: str) -> str:
    """ "12.06.24", the tables' style."""
    return day(iso).strftime("%d.%m.%y")


def pounds(amount: int) -> str:
    """£12,400."""
    return f"£{amount:,}"


def pence(amount: int) -> str:
    """£12,400.00, the prospectus's style."""
    return f"£{amount:,}.00"


def thousands(amount: int) -> str:
    """12.4, for a column headed £k."""
    return f"{amount / 1000:.1f}"


def pct(value: float) -> str:
    """+4.0%, -12.6%."""
    return f"{value:+.1f}%"


def change_pct(before: int, after: int) -> str:
    return pct((after - before) / before * 100)


@dataclass(frozen=True)
class Furniture:
    """The running lines: `short` in the head of pages after the first; `foot` a format with {n} and
    {total} placed by `foot_at` ("left", "centre" or "right"). `plain` leaves out every running line."""

    short: str
    foot: str = "— {n} —"
    foot_at: str = "centre"
    plain: bool = False


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "portrait"
) -> Path:
    """Lay `story` out into `path` starting on the template named `first`: once to count the pages, once
    to draw them."""
    counted = meta.build(story, _templates(furniture, 0), first)
    total = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture, total), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.plain:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        if document.page == 1:
            canvas.setFillColor(MARIGOLD)
            canvas.rect(0, 0, 16, height, stroke=0, fill=1)
            canvas.setFillColor(INDIGO)
            canvas.rect(16, 0, 3, height, stroke=0, fill=1)
            canvas.setFont(SANS_BOLD, 8.4)
            canvas.drawString(LEFT, height - 40, BRACKENHOLME.upper())
            canvas.setStrokeColor(INDIGO)
            canvas.setLineWidth(1.2)
            canvas.line(LEFT, height - 46, width - RIGHT, height - 46)
        else:
            label = "Brackenholme CSP"
            canvas.setFont(SANS_BOLD, 7.4)
            canvas.setFillColor(INDIGO)
            short_w = canvas.stringWidth(furniture.short, SANS_ITALIC, 7.4)
            canvas.setFont(SANS_ITALIC, 7.4)
            canvas.setFillColor(GREY)
            canvas.drawRightString(width - RIGHT, height - 38, furniture.short)
            canvas.setFillColor(MARIGOLD)
            canvas.rect(width - RIGHT - short_w - 12, height - 38, 5, 5, stroke=0, fill=1)
            canvas.setFont(SANS_BOLD, 7.4)
            canvas.setFillColor(INDIGO)
            canvas.drawRightString(width - RIGHT - short_w - 17, height - 38, label)
            canvas.setStrokeColor(INDIGO)
            canvas.setLineWidth(0.5)
            canvas.line(LEFT, height - 44, width - RIGHT, height - 44)
        canvas.setFillColor(GREY)
        canvas.setFont(SANS, 7.4)
        text = furniture.foot.format(n=document.page, total=total)
        if furniture.foot_at == "centre":
            canvas.drawCentredString(width / 2, 28, text)
        elif furniture.foot_at == "right":
            canvas.drawRightString(width - RIGHT, 28, text)
        else:
            canvas.drawString(LEFT, 28, text)
        canvas.restoreState()

    return draw


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    column = (inner_w - GUTTER) / 2
    running = _running(furniture, total)
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
            "landscape",
            [Frame(LEFT, FOOT, land_w - LEFT - RIGHT, land_h - TOP - FOOT, id="landscape")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


WIDTH = A4[0] - LEFT - RIGHT
LAND_WIDTH = landscape(A4)[0] - LEFT - RIGHT
COLUMN = (WIDTH - GUTTER) / 2


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH) -> Flowable:
    """The fictional-document notice ruled above and below in marigold."""
    table = Table([[p(FICTIONAL, NOTICE)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 2, MARIGOLD),
                ("LINEBELOW", (0, -1), (-1, -1), 2, MARIGOLD),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def cover(kicker: str, title: str, subtitle: str = "", width: float = WIDTH) -> list[Flowable]:
    """Page 1: a marigold kicker, the title in indigo serif, a grey italic subtitle, the notice."""
    out: list[Flowable] = [p(kicker.upper(), KICKER), p(title, TITLE)]
    if subtitle:
        out.append(p(subtitle, SUBTITLE))
    out.append(notice(width))
    return out


def heading(text: str, number: str = "") -> Paragraph:
    """An indigo serif heading after its number (or letter) in marigold, if it has one."""
    if number:
        text = f'<font color="{MARIGOLD_HEX}">{number}</font>&nbsp;&nbsp;{text}'
    return p(text, HEADING)


def subheading(text: str) -> Paragraph:
    return p(text, SUBHEADING)


def runin(label: str, text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    """A paragraph opening on a run-in bold indigo label."""
    return p(f'<font name="{SANS_BOLD}" color="{INDIGO_HEX}">{label}</font> {text}', style)


def caption(text: str, keep: bool = True) -> Paragraph:
    return p(text, CAPTION if keep else LOOSE_CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def bullets(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items after small marigold squares."""
    flow = [ListItem(p(item, style), leftIndent=13) for item in items]
    return ListFlowable(
        flow,
        bulletType="bullet",
        start="\u25aa",
        leftIndent=13,
        bulletFontName=SANS,
        bulletFontSize=9,
        bulletColor=MARIGOLD,
    )


def numbered(
    items: Sequence[str], style: ParagraphStyle = TEXT, kind: str = "1", form: str = "%s."
) -> ListFlowable:
    flow = [ListItem(p(item, style), leftIndent=20) for item in items]
    return ListFlowable(
        flow,
        bulletType=kind,
        bulletFormat=form,
        leftIndent=20,
        bulletFontName=SANS_BOLD,
        bulletFontSize=8.6,
        bulletColor=INDIGO,
    )


def banded(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    total: bool = False,
    first_bold: bool = False,
) -> Table:
    """A banded table: `rows[0]` the header in white on indigo, body rows banded in pale marigold, white
    vertical rules, `figures` columns set right in mono, `total` sets the last row in bold over a double
    indigo rule. The header repeats on every page the table runs onto."""
    cells: list[list[Any]] = []
    for r, row in enumerate(rows):
        last = total and r == len(rows) - 1
        line = []
        for c, cell in enumerate(row):
            if r == 0:
                style = HEAD_FIG if c in figures else HEAD_CELL
            elif c in figures:
                style = FIG_B if last else FIG
            else:
                style = CELL_B if last or (first_bold and c == 0) else CELL
            line.append(p(str(cell), style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), INDIGO),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
        ("LINEAFTER", (0, 0), (-2, -1), 0.8, colors.white),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
        ("LINEBELOW", (0, -1), (-1, -1), 0.7, INDIGO),
    ]
    if total:
        rules.append(("LINEABOVE", (0, -1), (-1, -1), 0.5, INDIGO))
        rules.append(("LINEABOVE", (0, -1), (-1, -1), 2.2, INDIGO, 1, None, 2))
        rules.append(("BACKGROUND", (0, -1), (-1, -1), colors.white))
    table.setStyle(TableStyle(rules))
    return table


def boxed(rows: Sequence[Sequence[str]], widths: Sequence[float], *, header: bool = True) -> Table:
    """A light grey grid, the header on grey: the minutes' tables."""
    cells = [
        [p(str(cell), GRID_HEAD if header and r == 0 else CELL) for cell in row] for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        rules.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.93)))
    table.setStyle(TableStyle(rules))
    return table


def keyed(rows: Sequence[tuple[str, str]], widths: Sequence[float] = (120, WIDTH - 120)) -> Table:
    """Two columns, the key in indigo bold on pale marigold, a thin rule under each row."""
    key = ParagraphStyle("BkKey", parent=CELL_B, textColor=INDIGO)
    cells = [[p(k, key), p(v, CELL)] for k, v in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), PALE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 1, INDIGO),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def callout(title: str, lines: Sequence[str], width: float) -> Flowable:
    """An indigo box with white words: a title in serif, lines of small text; kept whole."""
    title_style = ParagraphStyle(
        "BkCalloutTitle", parent=HEADING, textColor=MARIGOLD, fontSize=12, leading=14, spaceBefore=0
    )
    line_style = ParagraphStyle("BkCalloutLine", parent=SMALL, textColor=colors.white)
    cells: list[list[Any]] = [[p(title, title_style)]] + [[p(line, line_style)] for line in lines]
    table = Table(cells, colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), INDIGO),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return KeepTogether([table])


def typed_grid(rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A typed grid for a note to be scanned: Courier in plain black lines."""
    cells = [[p(cell, TYPED_CELL) for cell in row] for row in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
