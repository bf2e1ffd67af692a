"""Partnership AA's page furniture, unlike common.py's and the other partnerships' layout modules: text in
STIX General from matplotlib's fonts, headings and titles in Bitstream Vera Sans Bold from reportlab's
fonts folder, tables in the standard (unembedded) Helvetica, a form's typed entries in the standard
Courier, tick boxes and arrows in DejaVu Sans, and a signature drawn as a pen stroke rather than set in a
script face; in petrol blue with a brick-red accent on sand. Page 1 opens under a petrol band across the
full width of the paper carrying the partnership's name in spaced white capitals and the kind of document
at the right, over a brick strip; the notice that the document is fictional sits in a sand box with a
brick bar at its left. Later pages carry a mirrored running head (the document's short name at the right
on odd pages, at the left on even ones, over a petrol hairline) and, where a document asks, its page
number in a brick thumb tab on the outer edge of the paper; each document its own foot, a format with
{n}, {total} and {roman} ("Page 3", "iii", "LB/23 minutes | 3 of 4"). Tables are "ledger" (no vertical
rules, a petrol bold header over a heavy brick rule, dotted hairlines between rows, figures set right, a
totals row on sand), "framed" (a petrol box, a sand header, rules between rows only: minutes), "sheet"
(a spreadsheet printout with column letters and row numbers in grey margins) or "hanging" (headings set
in a left column beside the text). A spreadsheet printout has its own running lines (file name, printed
date, "Page 1 of 2"); a form to be scanned has none. Portrait, two-column portrait and landscape templates;
laid out twice so a foot can state the page count."""

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
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
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
from evals.archive.names import LARKSTEAD

PETROL = colors.Color(0.11, 0.31, 0.37)
PETROL_HEX = "#1D4F5E"
BRICK = colors.Color(0.71, 0.28, 0.18)
BRICK_HEX = "#B5472E"
SAND = colors.Color(0.95, 0.92, 0.86)
PALE_PETROL = colors.Color(0.88, 0.93, 0.94)
HAIR = colors.Color(0.62, 0.66, 0.68)
SLATE = colors.Color(0.33, 0.36, 0.38)
INK = colors.Color(0.1, 0.1, 0.1)
SHEET_GREY = colors.Color(0.9, 0.9, 0.9)
LEFT, RIGHT, TOP, FOOT, GUTTER = 56.0, 56.0, 82.0, 60.0, 22.0
VERA_DIR = Path(os.path.dirname(reportlab.__file__)) / "fonts"
TTF_DIR = Path(get_data_path()) / "fonts" / "ttf"


def _fonts() -> tuple[str, ...]:
    """Register the embedded faces once: STIX General and DejaVu Sans from matplotlib, Vera from reportlab."""
    faces = (
        ("LkSerif", TTF_DIR / "STIXGeneral.ttf"),
        ("LkSerifBold", TTF_DIR / "STIXGeneralBol.ttf"),
        ("LkSerifItalic", TTF_DIR / "STIXGeneralItalic.ttf"),
        ("LkSerifBoldItalic", TTF_DIR / "STIXGeneralBolIta.ttf"),
        ("LkHead", VERA_DIR / "VeraBd.ttf"),
        ("LkHeadLight", VERA_DIR / "Vera.ttf"),
        ("LkHeadItalic", VERA_DIR / "VeraIt.ttf"),
        ("LkSymbol", TTF_DIR / "DejaVuSans.ttf"),
    )
    if faces[0][0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in faces:
            pdfmetrics.registerFont(TTFont(name, str(file)))
        pdfmetrics.registerFontFamily(
            "LkSerif",
            normal="LkSerif",
            bold="LkSerifBold",
            italic="LkSerifItalic",
            boldItalic="LkSerifBoldItalic",
        )
        pdfmetrics.registerFontFamily(
            "LkHead", normal="LkHead", bold="LkHead", italic="LkHeadItalic", boldItalic="LkHead"
        )
        pdfmetrics.registerFontFamily(
            "LkHeadLight", normal="LkHeadLight", bold="LkHead", italic="LkHeadItalic", boldItalic="LkHead"
        )
    return tuple(name for name, _ in faces)


(SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC, HEAD, HEAD_LIGHT, HEAD_ITALIC, SYMBOL) = _fonts()

TEXT = ParagraphStyle(
    "LkText", parent=BODY, fontName=SERIF, fontSize=10.2, leading=13.4, spaceAfter=5, textColor=INK
)
SMALL = ParagraphStyle("LkSmall", parent=TEXT, fontSize=8.8, leading=11, spaceAfter=3)
NOTE = ParagraphStyle("LkNote", parent=SMALL, fontName=SERIF_ITALIC, textColor=SLATE)
CELL = ParagraphStyle(
    "LkCell", parent=TEXT, fontName="Helvetica", fontSize=7.6, leading=9.4, spaceAfter=0, textColor=INK
)
CELL_B = ParagraphStyle("LkCellBold", parent=CELL, fontName="Helvetica-Bold")
FIG = ParagraphStyle("LkFig", parent=CELL, alignment=2)
FIG_B = ParagraphStyle("LkFigBold", parent=FIG, fontName="Helvetica-Bold")
LEDGER_HEAD = ParagraphStyle("LkLedgerHead", parent=CELL_B, textColor=PETROL)
LEDGER_HEAD_FIG = ParagraphStyle("LkLedgerHeadFig", parent=LEDGER_HEAD, alignment=2)
KIND = ParagraphStyle(
    "LkKind", parent=TEXT, fontName=HEAD, fontSize=8.2, leading=10, textColor=BRICK, spaceAfter=3
)
TITLE = ParagraphStyle(
    "LkTitle", parent=TEXT, fontName=HEAD, fontSize=21, leading=25, textColor=PETROL, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "LkSubtitle",
    parent=TEXT,
    fontName=SERIF_ITALIC,
    fontSize=12.5,
    leading=15.5,
    textColor=SLATE,
    spaceAfter=8,
)
HEADING = ParagraphStyle(
    "LkHeading",
    parent=TEXT,
    fontName=HEAD,
    fontSize=12.6,
    leading=15.5,
    textColor=PETROL,
    spaceBefore=9,
    spaceAfter=4,
    keepWithNext=1,
)
SUBHEADING = ParagraphStyle(
    "LkSubheading",
    parent=TEXT,
    fontName=SERIF_BOLD_ITALIC,
    fontSize=10.8,
    leading=13.5,
    textColor=BRICK,
    spaceBefore=5,
    spaceAfter=2,
    keepWithNext=1,
)
HANG = ParagraphStyle(
    "LkHang", parent=TEXT, fontName=HEAD, fontSize=8.8, leading=11, textColor=PETROL, alignment=2
)
CAPTION = ParagraphStyle(
    "LkCaption",
    parent=SMALL,
    fontName=HEAD_LIGHT,
    fontSize=7.8,
    leading=10,
    textColor=PETROL,
    spaceBefore=5,
    spaceAfter=3,
    keepWithNext=1,
)
NOTICE = ParagraphStyle(
    "LkNotice", parent=SMALL, fontName=HEAD_ITALIC, fontSize=7.6, leading=9.8, textColor=INK
)
QUOTE = ParagraphStyle(
    "LkQuote", parent=TEXT, fontName=SERIF_ITALIC, fontSize=13, leading=16.5, textColor=PETROL, spaceAfter=2
)
FORM_LABEL = ParagraphStyle(
    "LkFormLabel", parent=CELL, fontName="Helvetica-Bold", fontSize=8, leading=10, textColor=colors.black
)
FORM_ENTRY = ParagraphStyle("LkFormEntry", parent=CELL, fontName="Courier", fontSize=9.6, leading=11.6)
FORM_TEXT = ParagraphStyle("LkFormText", parent=CELL, fontName="Helvetica", fontSize=8.6, leading=11)
FORM_TITLE = ParagraphStyle(
    "LkFormTitle", parent=FORM_TEXT, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=3
)
SHEET_CELL = ParagraphStyle("LkSheetCell", parent=CELL, fontSize=7.8, leading=9.6)
SHEET_FIG = ParagraphStyle("LkSheetFig", parent=SHEET_CELL, alignment=2)
SHEET_HEAD = ParagraphStyle("LkSheetHead", parent=SHEET_CELL, fontName="Helvetica-Bold")
SHEET_MARGIN = ParagraphStyle("LkSheetMargin", parent=SHEET_CELL, textColor=SLATE, alignment=1)


def day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """ "12 July 2023"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def weekday_date(iso: str) -> str:
    """ "Wednesday 12 July 2023"."""
    d = day(iso)
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


def slash_date(iso: str) -> str:
    """ "12/07/2023"."""
    return day(iso).strftime("%d/%m/%Y")


def excel_date(iso: str) -> str:
    """ "12-Jul-23", as a spreadsheet shows it."""
    return day(iso).strftime("%d-%b-%y")


def pounds(amount: int) -> str:
    """£12,400."""
    return f"£{amount:,}"


def plain(amount: int) -> str:
    """12,400.00, a spreadsheet's number."""
    return f"{amount:,}.00"


def pct(before: int, after: int) -> str:
    """+4.0%, -12.6%."""
    return f"{(after - before) / before * 100:+.1f}%"


def rate(count: int, population: int) -> str:
    return f"{count / population * 1000:.1f}"


def roman(n: int) -> str:
    """Lower-case Roman numerals for page numbers: iii."""
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


@dataclass(frozen=True)
class Furniture:
    """The running lines: `short` in the mirrored head of pages after the first, `kind` at the right of
    page 1's band; `foot` a format with {n}, {total} and {roman} placed by `foot_at` ("left", "centre",
    "right" or "outer"); `tab` puts the page number in a thumb tab on the outer edge. `sheet` names the
    file of a spreadsheet printout, which has its own running lines; `plain` leaves out every one."""

    short: str
    kind: str = ""
    foot: str = "Page {n}"
    foot_at: str = "centre"
    tab: bool = False
    sheet: str = ""
    printed: str = ""
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


def _band(canvas: Canvas, width: float, height: float, kind: str) -> None:
    canvas.setFillColor(PETROL)
    canvas.rect(0, height - 50, width, 50, stroke=0, fill=1)
    canvas.setFillColor(BRICK)
    canvas.rect(0, height - 54, width, 4, stroke=0, fill=1)
    text = canvas.beginText(LEFT, height - 31)
    text.setFont(HEAD, 9.5)
    text.setCharSpace(1.6)
    text.setFillColor(colors.white)
    text.textOut(LARKSTEAD.upper())
    text.setCharSpace(0)
    canvas.drawText(text)
    if kind:
        canvas.setFont(HEAD_LIGHT, 8)
        canvas.setFillColor(colors.Color(0.8, 0.88, 0.9))
        canvas.drawRightString(width - RIGHT, height - 31, kind)


def _head(canvas: Canvas, width: float, height: float, page: int, furniture: Furniture) -> None:
    canvas.setFont(HEAD_ITALIC, 7.5)
    canvas.setFillColor(PETROL)
    if page % 2:
        canvas.drawRightString(width - RIGHT, height - 40, furniture.short)
    else:
        canvas.drawString(LEFT, height - 40, furniture.short)
    canvas.setStrokeColor(PETROL)
    canvas.setLineWidth(0.4)
    canvas.line(LEFT, height - 45, width - RIGHT, height - 45)


def _tab(canvas: Canvas, width: float, height: float, page: int) -> None:
    canvas.setFillColor(BRICK)
    x = width - 20 if page % 2 else 0
    canvas.rect(x, height - 130, 20, 34, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(HEAD, 9)
    canvas.drawCentredString(x + 10, height - 117, str(page))


def _sheet_lines(canvas: Canvas, width: float, height: float, page: int, total: int, f: Furniture) -> None:
    canvas.setFont("Helvetica", 7)
    canvas.setFillColor(colors.black)
    canvas.drawString(LEFT - 20, height - 30, f.sheet)
    canvas.drawRightString(width - RIGHT + 20, height - 30, f.printed)
    canvas.drawString(LEFT - 20, 26, f"Sheet: {f.short}")
    canvas.drawCentredString(width / 2, 26, f"Page {page} of {total}")


def _running(furniture: Furniture, total: int) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.plain:
            return
        width, height = canvas._pagesize
        page = document.page
        canvas.saveState()
        if furniture.sheet:
            _sheet_lines(canvas, width, height, page, total, furniture)
            canvas.restoreState()
            return
        if page == 1:
            _band(canvas, width, height, furniture.kind)
        else:
            _head(canvas, width, height, page, furniture)
            if furniture.tab:
                _tab(canvas, width, height, page)
        if furniture.foot:
            canvas.setFillColor(SLATE)
            canvas.setFont(HEAD_LIGHT, 7.4)
            text = furniture.foot.format(n=page, total=total, roman=roman(page))
            at = furniture.foot_at
            if at == "outer":
                at = "right" if page % 2 else "left"
            if at == "centre":
                canvas.drawCentredString(width / 2, 30, text)
            elif at == "right":
                canvas.drawRightString(width - RIGHT, 30, text)
            else:
                canvas.drawString(LEFT, 30, text)
        canvas.restoreState()

    return draw


def _templates(furniture: Furniture, total: int) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    top = 50.0 if furniture.sheet or furniture.plain else TOP
    inner_w, inner_h = width - LEFT - RIGHT, height - top - FOOT
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
            [
                Frame(
                    LEFT - 20, FOOT - 10, land_w - LEFT - RIGHT + 40, land_h - top - FOOT + 10, id="landscape"
                )
            ],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


WIDTH = A4[0] - LEFT - RIGHT
LAND_WIDTH = landscape(A4)[0] - LEFT - RIGHT + 40
COLUMN = (WIDTH - GUTTER) / 2


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice(width: float = WIDTH) -> Flowable:
    """The fictional-document notice in a sand box with a brick bar at its left."""
    table = Table([[p(FICTIONAL, NOTICE)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SAND),
                ("LINEBEFORE", (0, 0), (0, -1), 4, BRICK),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def masthead(kind: str, title: str, subtitle: str = "", width: float = WIDTH) -> list[Flowable]:
    """Page 1 under the band: the kind in brick capitals, the title in petrol, an italic line, the notice."""
    out: list[Flowable] = [p(kind.upper(), KIND), p(title, TITLE)]
    if subtitle:
        out.append(p(subtitle, SUBTITLE))
    out.append(notice(width))
    return out


def heading(text: str, number: str = "") -> Paragraph:
    """A petrol heading after its number and a brick bar: "3 | Money"."""
    if number:
        text = f'{number}<font color="{BRICK_HEX}"> | </font>{text}'
    return p(text, HEADING)


def subheading(text: str) -> Paragraph:
    return p(text, SUBHEADING)


def runin(label: str, text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    """A paragraph opening on a run-in label in petrol bold sans, ending in a point."""
    return p(f'<font name="{HEAD}" size="8.6" color="{PETROL_HEX}">{label}.</font> {text}', style)


LOOSE_CAPTION = ParagraphStyle("LkLooseCaption", parent=CAPTION, keepWithNext=0)


def caption(text: str, keep: bool = True) -> Paragraph:
    """A table's caption, kept with the table unless `keep` is False (the table may then start at the
    foot of a page and run onto the next)."""
    return p(text, CAPTION if keep else LOOSE_CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def arrows(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items after small brick arrows."""
    flow = [ListItem(p(item, style), leftIndent=13) for item in items]
    return ListFlowable(
        flow,
        bulletType="bullet",
        start="\u25b8",
        leftIndent=13,
        bulletFontName=SYMBOL,
        bulletFontSize=8,
        bulletColor=BRICK,
    )


def numbered(
    items: Sequence[str], style: ParagraphStyle = TEXT, kind: str = "1", form: str = "%s)"
) -> ListFlowable:
    flow = [ListItem(p(item, style), leftIndent=20) for item in items]
    return ListFlowable(
        flow,
        bulletType=kind,
        bulletFormat=form,
        leftIndent=20,
        bulletFontName=HEAD,
        bulletFontSize=8.4,
        bulletColor=PETROL,
    )


def ledger(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    total: bool = False,
    repeat: int = 1,
) -> Table:
    """A ledger table: no vertical rules, the header in petrol bold over a heavy brick rule, dotted
    hairlines between rows, `figures` columns set right, `total` puts the last row in bold on sand. The
    header repeats on every page the table runs onto."""
    cells: list[list[Any]] = []
    for r, row in enumerate(rows):
        last = total and r == len(rows) - 1
        line = []
        for c, cell in enumerate(row):
            if r < repeat:
                style = LEDGER_HEAD_FIG if c in figures else LEDGER_HEAD
            elif c in figures:
                style = FIG_B if last else FIG
            else:
                style = CELL_B if last else CELL
            line.append(p(str(cell), style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=repeat, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, repeat - 1), "BOTTOM"),
        ("LINEBELOW", (0, repeat - 1), (-1, repeat - 1), 1.6, BRICK),
        ("LINEBELOW", (0, repeat), (-1, -2), 0.4, HAIR, 0, (1, 2)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, PETROL),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.4),
    ]
    if total:
        rules.append(("BACKGROUND", (0, -1), (-1, -1), SAND))
        rules.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, PETROL))
    table.setStyle(TableStyle(rules))
    return table


def framed(rows: Sequence[Sequence[str]], widths: Sequence[float], *, header: bool = True) -> Table:
    """A petrol box with a sand header and rules between rows only: the minutes' tables."""
    cells = [
        [p(str(cell), CELL_B if header and r == 0 else CELL) for cell in row] for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.9, PETROL),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, HAIR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        rules.append(("BACKGROUND", (0, 0), (-1, 0), SAND))
    table.setStyle(TableStyle(rules))
    return table


def sheet(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    first_row: int = 1,
    titles: int = 1,
) -> Table:
    """A spreadsheet printout: a grey row of column letters, a grey column of row numbers (from
    `first_row`), light grid lines; the letters and the first `titles` rows repeat on every page."""
    letters = ["", *(chr(ord("A") + i) for i in range(len(widths)))]
    cells: list[list[Any]] = [[p(x, SHEET_MARGIN) for x in letters]]
    for r, row in enumerate(rows):
        line: list[Any] = [p(str(first_row + r), SHEET_MARGIN)]
        for c, cell in enumerate(row):
            style = SHEET_HEAD if r < titles else SHEET_FIG if c in figures else SHEET_CELL
            line.append(p(str(cell), style))
        cells.append(line)
    table = Table(cells, colWidths=[18, *widths], repeatRows=1 + titles, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, colors.Color(0.75, 0.75, 0.75)),
                ("BACKGROUND", (0, 0), (-1, 0), SHEET_GREY),
                ("BACKGROUND", (0, 0), (0, -1), SHEET_GREY),
                ("BACKGROUND", (1, 1), (-1, titles), colors.Color(0.86, 0.92, 0.86)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def hanging(
    rows: Sequence[tuple[str, Flowable | list[Flowable]]], width: float = WIDTH, side: float = 104
) -> Table:
    """Headings hung in a left column beside the text, a brick rule between them; each row its own
    paragraph, so the table breaks between rows."""
    cells = [[p(label, HANG) if label else "", body] for label, body in rows]
    table = Table(cells, colWidths=[side, width - side], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEAFTER", (0, 0), (0, -1), 1.2, BRICK),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 9),
                ("LEFTPADDING", (1, 0), (1, -1), 11),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (0, -1), 3.5),
            ]
        )
    )
    return table


def card(title: str, meta: str, body: Sequence[Flowable], width: float = WIDTH) -> Flowable:
    """An item of action notes: a petrol bar with the title in white and a meta line at its right, the
    body under it beside a brick rule; kept whole."""
    title_style = ParagraphStyle(
        "LkCardTitle", parent=CELL_B, fontName=HEAD, fontSize=8.6, textColor=colors.white
    )
    meta_style = ParagraphStyle(
        "LkCardMeta", parent=CELL, fontName=HEAD_ITALIC, textColor=colors.white, alignment=2
    )
    table = Table(
        [[p(title, title_style), p(meta, meta_style)], [list(body), ""]],
        colWidths=[width * 0.62, width * 0.38],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 1), (1, 1)),
                ("BACKGROUND", (0, 0), (-1, 0), PETROL),
                ("LINEBEFORE", (0, 1), (0, 1), 2.4, BRICK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                ("TOPPADDING", (0, 1), (-1, 1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 2),
            ]
        )
    )
    return KeepTogether([table])


def tick(done: bool) -> str:
    """A ticked or empty box, in DejaVu Sans."""
    box = "\u2612" if done else "\u2610"
    return f'<font name="{SYMBOL}">{box}</font>'


def pull_quote(text: str, who: str, width: float) -> Flowable:
    """A quotation between brick rules."""
    table = Table([[p(f"\u201c{text}\u201d", QUOTE)], [p(who, NOTE)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1.4, BRICK),
                ("LINEBELOW", (0, -1), (-1, -1), 1.4, BRICK),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([table])


def contents(rows: Sequence[tuple[str, str]], width: float) -> Table:
    """A contents list: the entry at the left, its page at the right, dotted leaders between."""
    entry = ParagraphStyle("LkContents", parent=TEXT, spaceAfter=0)
    page = ParagraphStyle("LkContentsPage", parent=entry, fontName=HEAD, fontSize=9, alignment=2)
    table = Table([[p(a, entry), p(b, page)] for a, b in rows], colWidths=[width - 40, 40], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, HAIR, 0, (0.5, 2.5)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def bar_chart(labels: Sequence[str], values: Sequence[float], width: float, title: str) -> Drawing:
    """Horizontal bars in petrol, each labelled with its value, the axis labels in Helvetica."""
    height = 26 + 15 * len(labels)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 120, 10
    chart.width, chart.height = width - 170, 15 * len(labels)
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(values) * 1.15
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.visible = 0
    chart.bars[0].fillColor = PETROL
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(0, height - 10, title, fontName="Helvetica-Bold", fontSize=7.5, fillColor=PETROL))
    return drawing


class PenSignature(Flowable):
    """A signature drawn as a pen stroke (no font), over a dotted line."""

    def __init__(self, width: float = 170, height: float = 34, seed: int = 3) -> None:
        super().__init__()
        self.width, self.height, self.seed = width, height, seed

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.Color(0.05, 0.1, 0.35))
        canvas.setLineWidth(1.1)
        path = canvas.beginPath()
        path.moveTo(6, 12)
        path.curveTo(14, 34, 24, 30, 22, 10)
        path.curveTo(20, 2, 34, 4, 40, 20)
        path.curveTo(46, 34, 52, 22, 58, 12)
        path.curveTo(66, 2, 74, 26, 84, 18)
        path.curveTo(94, 10, 100, 14, 112, 20)
        path.curveTo(124, 26, 132, 8, 150, 14)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setLineWidth(0.5)
        canvas.setDash(1, 2)
        canvas.setStrokeColor(colors.black)
        canvas.line(0, 3, self.width, 3)
        canvas.restoreState()


def form_grid(rows: Sequence[tuple[str, str]], widths: Sequence[float] = (140, WIDTH - 140)) -> Table:
    """A printed form: labels in Helvetica bold on grey, the typed entries in Courier, black rules."""
    cells = [[p(label, FORM_LABEL), p(entry, FORM_ENTRY)] for label, entry in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.7, colors.black),
                ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ]
        )
    )
    return table
