"""Partnership Y's page furniture, unlike common.py's and the other partnerships' layout modules: set in a
combination of faces no other partnership uses (text in the embedded Type 1 Arial MT from reportlab's fonts
folder, headings and titles in STIX General Bold from matplotlib's fonts, table cells in Bitstream Vera, a
signature in reportlab's Type 1 Calligrapher face), in moorland olive with a brick-red accent. Page 1 opens
under an olive "cover block" across the top of the page holding the partnership's name reversed out in
white at the left and the document's reference at the right, with the title under the block; the notice
that the document is fictional sits in a stone box with a brick bar at its left. Later pages carry a
"stepped" running head: a short thick brick bar at the left margin running on as an olive hairline, with
"IVERBECK CSP" and the document's short name above it at the left and the reference at the right. The
foot is written in the document's own way, given as a format with {n} and {total} ("Annual Report 2022/23
| 3", "SIA 2023 - page 3 of 5", "DP Y1 · 2 of 3" and so on) at the left, centre or right, over a stone
band when the document asks for one. Tables are "lined": no fill in the header, its words in olive bold
capitals over a brick rule, dotted olive hairlines between body rows, no vertical rules, figures set right
and a totals row on stone under an olive rule; or "keyed" (the key in olive bold, a dotted hairline under
each row). Portrait, two-column portrait and landscape templates; laid out twice so a foot can state the
page count. A note to be scanned has no running lines and no cover block, and is signed in the
Calligrapher face."""

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
from evals.archive.names import IVERBECK

OLIVE = colors.Color(0.29, 0.33, 0.13)
OLIVE_HEX = "#4B5421"
BRICK = colors.Color(0.71, 0.27, 0.17)
BRICK_HEX = "#B5452B"
STONE = colors.Color(0.94, 0.93, 0.88)
HAIR = colors.Color(0.55, 0.58, 0.45)
GREY = colors.Color(0.4, 0.4, 0.38)
INK = colors.Color(0.1, 0.1, 0.09)
LEFT, RIGHT, TOP, FOOT, GUTTER = 58.0, 58.0, 74.0, 62.0, 22.0
TYPE1_DIR = Path(os.path.dirname(reportlab.__file__)) / "fonts"
TTF_DIR = Path(get_data_path()) / "fonts" / "ttf"


def _fonts() -> tuple[str, ...]:
    """Embed the faces once: Arial MT and Calligrapher (Type 1), STIX General and Vera (TrueType)."""
    type1 = (
        ("IvSans", "_a______"),
        ("IvSansBold", "_ab_____"),
        ("IvSansItalic", "_ai_____"),
        ("IvSansBoldItalic", "_abi____"),
        ("IvHand", "callig15"),
    )
    truetype = (
        ("IvStix", TTF_DIR / "STIXGeneral.ttf"),
        ("IvStixBold", TTF_DIR / "STIXGeneralBol.ttf"),
        ("IvStixItalic", TTF_DIR / "STIXGeneralItalic.ttf"),
        ("IvVera", TYPE1_DIR / "Vera.ttf"),
        ("IvVeraBold", TYPE1_DIR / "VeraBd.ttf"),
    )
    if type1[0][0] not in pdfmetrics.getRegisteredFontNames():
        for name, stem in type1:
            face = pdfmetrics.EmbeddedType1Face(
                str(TYPE1_DIR / f"{stem}.afm"), str(TYPE1_DIR / f"{stem}.pfb")
            )
            pdfmetrics.registerTypeFace(face)
            pdfmetrics.registerFont(pdfmetrics.Font(name, face.name, "WinAnsiEncoding"))
        for name, file in truetype:
            pdfmetrics.registerFont(TTFont(name, str(file)))
        pdfmetrics.registerFontFamily(
            "IvSans", normal="IvSans", bold="IvSansBold", italic="IvSansItalic", boldItalic="IvSansBoldItalic"
        )
        pdfmetrics.registerFontFamily(
            "IvStix", normal="IvStix", bold="IvStixBold", italic="IvStixItalic", boldItalic="IvStixBold"
        )
        pdfmetrics.registerFontFamily(
            "IvHand", normal="IvHand", bold="IvHand", italic="IvHand", boldItalic="IvHand"
        )
        pdfmetrics.registerFontFamily(
            "IvVera", normal="IvVera", bold="IvVeraBold", italic="IvVera", boldItalic="IvVeraBold"
        )
    return tuple(name for name, _ in (*type1, *truetype))


SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC, HAND, STIX, STIX_BOLD, STIX_ITALIC, VERA, VERA_BOLD = _fonts()

TEXT = ParagraphStyle(
    "IvText", parent=BODY, fontName=SANS, fontSize=9.6, leading=13.4, spaceAfter=6, textColor=INK
)
SMALL = ParagraphStyle("IvSmall", parent=TEXT, fontSize=8.4, leading=11, spaceAfter=4)
NOTE = ParagraphStyle("IvNote", parent=SMALL, fontName=SANS_ITALIC, fontSize=7.9, leading=10, textColor=GREY)
CELL = ParagraphStyle(
    "IvCell", parent=TEXT, fontName=VERA, fontSize=7.6, leading=9.6, spaceAfter=0, textColor=INK
)
CELL_B = ParagraphStyle("IvCellBold", parent=CELL, fontName=VERA_BOLD)
HEAD_CELL = ParagraphStyle("IvHeadCell", parent=CELL_B, fontSize=7.1, textColor=OLIVE)
HEAD_FIG = ParagraphStyle("IvHeadFig", parent=HEAD_CELL, alignment=2)
FIG = ParagraphStyle("IvFig", parent=CELL, alignment=2)
FIG_B = ParagraphStyle("IvFigBold", parent=CELL_B, alignment=2)
KEY = ParagraphStyle("IvKey", parent=CELL_B, fontSize=7.8, textColor=OLIVE)
TITLE = ParagraphStyle(
    "IvTitle", parent=TEXT, fontName=STIX_BOLD, fontSize=22, leading=26, textColor=OLIVE, spaceAfter=3
)
SUBTITLE = ParagraphStyle(
    "IvSubtitle", parent=TEXT, fontName=STIX_ITALIC, fontSize=11.5, leading=14.5, textColor=BRICK,
    spaceAfter=8,
)  # fmt: skip
HEADING = ParagraphStyle(
    "IvHeading",
    parent=TEXT,
    fontName=STIX_BOLD,
    fontSize=13.5,
    leading=16.5,
    textColor=OLIVE,
    spaceBefore=10,
    spaceAfter=4,
    keepWithNext=1,
)
SUBHEADING = ParagraphStyle(
    "IvSubheading",
    parent=TEXT,
    fontName=SANS_BOLD,
    fontSize=9.8,
    leading=12.6,
    textColor=BRICK,
    spaceBefore=6,
    spaceAfter=2,
    keepWithNext=1,
)
CAPTION = ParagraphStyle(
    "IvCaption",
    parent=SMALL,
    fontName=SANS_BOLD_ITALIC,
    fontSize=8.1,
    textColor=OLIVE,
    spaceBefore=6,
    spaceAfter=3,
    keepWithNext=1,
)
LOOSE_CAPTION = ParagraphStyle("IvLooseCaption", parent=CAPTION, keepWithNext=0)
NOTICE = ParagraphStyle(
    "IvNotice", parent=SMALL, fontName=SANS_ITALIC, fontSize=8, leading=10.4, textColor=INK, spaceAfter=0
)
LETTER = ParagraphStyle("IvLetter", parent=TEXT, fontName=STIX, fontSize=11, leading=14.6, spaceAfter=7)
LETTER_B = ParagraphStyle("IvLetterBold", parent=LETTER, fontName=STIX_BOLD)
LETTER_CELL = ParagraphStyle("IvLetterCell", parent=LETTER, fontSize=10, leading=12.4, spaceAfter=0)
SIGNATURE = ParagraphStyle("IvSignature", parent=LETTER, fontName=HAND, fontSize=19, leading=22, spaceAfter=0)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "21 June 2023"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def full_date(iso: str) -> str:
    """ "Wednesday 21 June 2023"."""
    return f"{day(iso).strftime('%A')} {long_date(iso)}"


def short_date(iso: str) -> str:
    """ "21 Jun 2023", the tables' style."""
    d = day(iso)
    return f"{d.day} {d.strftime('%b %Y')}"


def pounds(amount: int) -> str:
    """£12,400."""
    return f"£{amount:,}"


def bare(amount: int) -> str:
    """12,400, for a column headed £."""
    return f"{amount:,}"


def pct(value: float) -> str:
    """+4.0%, -12.6%."""
    return f"{value:+.1f}%".replace("-", "\u2212")


def change_pct(before: int, after: int) -> str:
    return pct((after - before) / before * 100)


@dataclass(frozen=True)
class Furniture:
    """The running lines. `short` is the document's short name and `ref` its reference, both printed in the
    head of pages after the first (and the reference in page 1's cover block); `foot` is a format with {n}
    and {total} placed by `foot_at` ("left", "centre" or "right"), over a stone band when `band`. `plain`
    leaves out every running line and the cover block (a note to be scanned)."""

    short: str
    ref: str
    foot: str = "{n} of {total}"
    foot_at: str = "right"
    band: bool = False
    plain: bool = False


COVER_H = 62.0


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


def _place(canvas: Canvas, where: str, y: float, text: str, width: float) -> None:
    if where == "centre":
        canvas.drawCentredString(width / 2, y, text)
    elif where == "right":
        canvas.drawRightString(width - RIGHT, y, text)
    else:
        canvas.drawString(LEFT, y, text)


def _running(furniture: Furniture, total: int, partnership: str) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.plain:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        if document.page == 1:
            canvas.setFillColor(OLIVE)
            canvas.rect(0, height - COVER_H, width, COVER_H, stroke=0, fill=1)
            canvas.setFillColor(BRICK)
            canvas.rect(0, height - COVER_H - 4, width, 4, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(STIX_BOLD, 15)
            canvas.drawString(LEFT, height - 38, partnership)
            canvas.setFont(VERA, 7.6)
            canvas.drawRightString(width - RIGHT, height - 38, furniture.ref)
        else:
            canvas.setFillColor(BRICK)
            canvas.rect(LEFT, height - 46, 42, 2.6, stroke=0, fill=1)
            canvas.setStrokeColor(OLIVE)
            canvas.setLineWidth(0.4)
            canvas.line(LEFT + 42, height - 44.7, width - RIGHT, height - 44.7)
            canvas.setFont(VERA_BOLD, 7.2)
            canvas.setFillColor(BRICK)
            canvas.drawString(LEFT, height - 39, "IVERBECK CSP")
            canvas.setFont(SANS_ITALIC, 7.8)
            canvas.setFillColor(OLIVE)
            canvas.drawString(LEFT + canvas.stringWidth("IVERBECK CSP", VERA_BOLD, 7.2) + 8, height - 39,
                              furniture.short)  # fmt: skip
            canvas.setFont(VERA, 7)
            canvas.setFillColor(GREY)
            canvas.drawRightString(width - RIGHT, height - 39, furniture.ref)
        if furniture.band:
            canvas.setFillColor(STONE)
            canvas.rect(0, 16, width, 26, stroke=0, fill=1)
        canvas.setFillColor(OLIVE)
        canvas.setFont(SANS, 7.8)
        _place(canvas, furniture.foot_at, 26, furniture.foot.format(n=document.page, total=total), width)
        canvas.restoreState()

    return draw


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    column = (inner_w - GUTTER) / 2
    running = _running(furniture, total, IVERBECK)
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


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = A4[0] - LEFT - RIGHT) -> Flowable:
    """The fictional-document notice in a stone box with a brick bar at its left."""
    table = Table([[p(FICTIONAL, NOTICE)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), STONE),
                ("LINEBEFORE", (0, 0), (0, -1), 3.2, BRICK),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def cover(title: str, subtitle: str = "", width: float = A4[0] - LEFT - RIGHT) -> list[Flowable]:
    """Page 1 under the cover block: the title in olive serif, a brick italic subtitle, the notice."""
    out: list[Flowable] = [p(title, TITLE)]
    if subtitle:
        out.append(p(subtitle, SUBTITLE))
    out.append(notice(width))
    return out


def heading(text: str, number: str = "") -> Paragraph:
    """An olive serif heading after its number in brick, if it has one."""
    if number:
        text = f'<font color="{BRICK_HEX}">{number}</font>&nbsp;&nbsp;{text}'
    return p(text, HEADING)


def subheading(text: str) -> Paragraph:
    return p(text, SUBHEADING)


def caption(text: str, keep: bool = True) -> Paragraph:
    """A table's caption, kept with the table unless `keep` is False (so a long table may start on the page
    and run on to the next)."""
    return p(text, CAPTION if keep else LOOSE_CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def dashes(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items after brick en dashes."""
    flow = [ListItem(p(item, style), leftIndent=14) for item in items]
    return ListFlowable(
        flow, bulletType="bullet", start="\u2013", leftIndent=14, bulletFontName=SANS_BOLD,
        bulletFontSize=9.5, bulletColor=BRICK,
    )  # fmt: skip


def lettered(
    items: Sequence[str], style: ParagraphStyle = TEXT, kind: str = "a", form: str = "%s)"
) -> ListFlowable:
    """Items lettered a), b), ... (or numbered with `kind` "1" or "i")."""
    flow = [ListItem(p(item, style), leftIndent=22) for item in items]
    return ListFlowable(
        flow, bulletType=kind, bulletFormat=form, leftIndent=22, bulletFontName=SANS_BOLD,
        bulletFontSize=9, bulletColor=BRICK,
    )  # fmt: skip


def lined(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    total: bool = False,
    first_bold: bool = False,
) -> Table:
    """A lined table: `rows[0]` the header in olive bold capitals over a brick rule, dotted olive
    hairlines between body rows, `figures` columns set right, `total` sets the last row in bold on stone
    under an olive rule. The header repeats on every page the table runs onto."""
    cells: list[list[Any]] = []
    for r, row in enumerate(rows):
        last = total and r == len(rows) - 1
        line = []
        for c, cell in enumerate(row):
            if r == 0:
                style = HEAD_FIG if c in figures else HEAD_CELL
                text = str(cell).upper()
            else:
                text = str(cell)
                if c in figures:
                    style = FIG_B if last else FIG
                else:
                    style = CELL_B if last or (first_bold and c == 0) else CELL
            line.append(p(text, style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.4),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.4, BRICK),
        ("LINEBELOW", (0, 1), (-1, -2), 0.35, HAIR, None, (1, 2)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, OLIVE),
    ]
    if total:
        rules.append(("BACKGROUND", (0, -1), (-1, -1), STONE))
        rules.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, OLIVE))
    table.setStyle(TableStyle(rules))
    return table


def keyed(rows: Sequence[tuple[str, str]], widths: Sequence[float] = (118, 361)) -> Table:
    """Two columns, the key in olive bold, a dotted hairline under each row."""
    cells = [[p(key, KEY), p(value, CELL)] for key, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.35, HAIR, None, (1, 2)),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, OLIVE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def panel(title: str, lines: Sequence[str], width: float) -> Flowable:
    """A stone panel with a brick top edge: the title in olive serif, lines of small text; kept whole."""
    title_style = ParagraphStyle("IvPanelTitle", parent=HEADING, fontSize=11, leading=13.5, spaceBefore=0)
    cells: list[list[Any]] = [[p(title, title_style)]] + [[p(line, SMALL)] for line in lines]
    table = Table(cells, colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), STONE),
                ("LINEABOVE", (0, 0), (-1, 0), 2.6, BRICK),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return KeepTogether([table])


def letter_grid(rows: Sequence[Sequence[str]], widths: Sequence[float], header: bool = True) -> Table:
    """A word-processed grid for a note to be scanned: STIX in plain black lines."""
    bold = ParagraphStyle("IvLetterCellBold", parent=LETTER_CELL, fontName=STIX_BOLD)
    cells = [
        [p(cell, bold if header and r == 0 else LETTER_CELL) for cell in row] for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
