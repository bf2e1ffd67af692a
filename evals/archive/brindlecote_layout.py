"""Partnership O's page furniture, unlike common.py's and the other partnerships' layout modules: set in
the embedded Type 1 faces reportlab ships in its fonts folder (Times New Roman PS for text, Arial MT for
headings and table cells) rather than the standard fourteen or any TrueType family; a centred running
head (the partnership's name in letter-spaced maroon capitals over a short gold rule, the document's
short name in italics under it) that page 1 leaves out; at the foot a gold rule the width of the text,
the document's reference and date at the left and the page as "3 | Page" at the right. In the "margin"
template headings sit in a wide left margin beside the text ("side headings", a gold number over maroon
words, a gold rule running across the text column); elsewhere headings are maroon bands with the words
reversed out in white. Tables are "tiled": every cell a cream tile parted from the next by a white gap,
a maroon header row in white, totals on sand, figures set right and RAG cells tinted red, amber or green.
Margin, plain portrait, two-column portrait and landscape templates. A letter to be scanned carries a
letterhead of its own and no running lines."""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker
from evals.archive.names import BRINDLECOTE

MAROON = colors.Color(0.45, 0.09, 0.16)
MAROON_HEX = "#73172A"
GOLD = colors.Color(0.78, 0.6, 0.18)
GOLD_HEX = "#C7992E"
CREAM = colors.Color(0.98, 0.96, 0.9)
SAND = colors.Color(0.92, 0.87, 0.76)
INK = colors.Color(0.12, 0.1, 0.1)
GREY = colors.Color(0.42, 0.4, 0.38)
RAG = {
    "Red": colors.Color(0.93, 0.7, 0.68),
    "Amber": colors.Color(0.98, 0.85, 0.6),
    "Green": colors.Color(0.74, 0.88, 0.72),
}
LEFT, RIGHT, TOP, FOOT, GUTTER = 54.0, 54.0, 76.0, 64.0, 22.0
MARGIN_COLUMN = 122.0  # the side-heading column of the "margin" template
FONT_DIR = Path(os.path.dirname(reportlab.__file__)) / "fonts"


def _fonts() -> tuple[str, ...]:
    """Embed the Type 1 faces once (WinAnsi encoding, so £, dashes and quotes are set); their names."""
    faces = (
        ("BcSerif", "_er_____"),
        ("BcSerifBold", "_eb_____"),
        ("BcSerifItalic", "_ei_____"),
        ("BcSerifBoldItalic", "_ebi____"),
        ("BcSans", "_a______"),
        ("BcSansBold", "_ab_____"),
        ("BcSansItalic", "_ai_____"),
    )
    if faces[0][0] not in pdfmetrics.getRegisteredFontNames():
        for name, stem in faces:
            face = pdfmetrics.EmbeddedType1Face(str(FONT_DIR / f"{stem}.afm"), str(FONT_DIR / f"{stem}.pfb"))
            pdfmetrics.registerTypeFace(face)
            pdfmetrics.registerFont(pdfmetrics.Font(name, face.name, "WinAnsiEncoding"))
        pdfmetrics.registerFontFamily(
            "BcSerif",
            normal="BcSerif",
            bold="BcSerifBold",
            italic="BcSerifItalic",
            boldItalic="BcSerifBoldItalic",
        )
        pdfmetrics.registerFontFamily(
            "BcSans", normal="BcSans", bold="BcSansBold", italic="BcSansItalic", boldItalic="BcSansBold"
        )
    return tuple(name for name, _ in faces)


SERIF, SERIF_BOLD, SERIF_ITALIC, _, SANS, SANS_BOLD, SANS_ITALIC = _fonts()

TEXT = ParagraphStyle(
    "BcText", parent=BODY, fontName=SERIF, fontSize=10.4, leading=13.8, spaceAfter=6, textColor=INK
)
SMALL = ParagraphStyle("BcSmall", parent=TEXT, fontSize=8.8, leading=11, spaceAfter=3)
CELL = ParagraphStyle("BcCell", parent=TEXT, fontName=SANS, fontSize=8.2, leading=10.2, spaceAfter=0)
FIGURE = ParagraphStyle("BcFigure", parent=CELL, alignment=2)
HEAD_CELL = ParagraphStyle("BcHeadCell", parent=CELL, fontName=SANS_BOLD, textColor=colors.white)
HEAD_FIGURE = ParagraphStyle("BcHeadFigure", parent=HEAD_CELL, alignment=2)
TITLE = ParagraphStyle(
    "BcTitle", parent=TEXT, fontName=SANS_BOLD, fontSize=22, leading=27, textColor=MAROON, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "BcSubtitle", parent=TEXT, fontName=SERIF_ITALIC, fontSize=13, leading=17, textColor=GREY, spaceAfter=14
)
SIDE = ParagraphStyle(
    "BcSide", parent=TEXT, fontName=SANS_BOLD, fontSize=10.2, leading=12.6, textColor=MAROON, spaceAfter=0
)
BAND = ParagraphStyle(
    "BcBand",
    parent=TEXT,
    fontName=SANS_BOLD,
    fontSize=11.5,
    leading=14,
    textColor=colors.white,
    backColor=MAROON,
    borderPadding=(4, 6, 4, 6),
    spaceBefore=12,
    spaceAfter=9,
    keepWithNext=1,
)
RUN_IN = ParagraphStyle(
    "BcRunIn", parent=TEXT, fontName=SANS_BOLD, fontSize=9.8, leading=12.4, textColor=MAROON, spaceBefore=6,
    spaceAfter=2, keepWithNext=1,
)  # fmt: skip
CAPTION = ParagraphStyle(
    "BcCaption", parent=TEXT, fontName=SANS_BOLD, fontSize=8.8, leading=11, textColor=MAROON, spaceBefore=6,
    spaceAfter=3, keepWithNext=1,
)  # fmt: skip
LOOSE_CAPTION = ParagraphStyle("BcLooseCaption", parent=CAPTION, keepWithNext=0)
NOTE = ParagraphStyle(
    "BcNote", parent=TEXT, fontName=SERIF_ITALIC, fontSize=8.2, leading=10.2, textColor=GREY
)
NOTICE = ParagraphStyle(
    "BcNotice",
    parent=TEXT,
    fontName=SANS_BOLD,
    fontSize=8.4,
    leading=11,
    textColor=MAROON,
    backColor=CREAM,
    borderColor=GOLD,
    borderWidth=1.2,
    borderPadding=(6, 8, 6, 8),
    spaceAfter=16,
)
HANGING = ParagraphStyle("BcHanging", parent=TEXT, leftIndent=34, firstLineIndent=-34)
LETTER = ParagraphStyle("BcLetter", parent=TEXT, fontSize=11, leading=15, spaceAfter=8)


@dataclass(frozen=True)
class Furniture:
    """What the running lines say: `label` in the running head, `reference` and `dated` at the foot;
    `letter` leaves every running line out."""

    label: str
    reference: str
    dated: str
    letter: bool = False


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "margin"
) -> Path:
    """Lay `story` out into `path`, starting on the template named `first` (margin, plain, columns,
    landscape)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(meta.build(story, _templates(_running(furniture)), first))
    return path


def _running(furniture: Furniture) -> Any:
    def running(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.letter:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        if document.page > 1:
            text = canvas.beginText()
            text.setFont(SANS_BOLD, 7.4)
            text.setCharSpace(1.6)
            name = BRINDLECOTE.upper()
            spaced = canvas.stringWidth(name, SANS_BOLD, 7.4) + 1.6 * (len(name) - 1)
            text.setTextOrigin((width - spaced) / 2, height - 36)
            text.setFillColor(MAROON)
            text.textOut(name)
            text.setCharSpace(0)
            canvas.drawText(text)
            canvas.setStrokeColor(GOLD)
            canvas.setLineWidth(1.1)
            canvas.line(width / 2 - 40, height - 42, width / 2 + 40, height - 42)
            canvas.setFillColor(GREY)
            canvas.setFont(SERIF_ITALIC, 8.6)
            canvas.drawCentredString(width / 2, height - 53, furniture.label)
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(0.7)
        canvas.line(LEFT, 46, width - RIGHT, 46)
        canvas.setFillColor(GREY)
        canvas.setFont(SANS, 7.4)
        canvas.drawString(LEFT, 34, f"{furniture.reference}   {furniture.dated}")
        canvas.setFont(SANS, 8.4)
        word = " | Page"
        canvas.drawRightString(width - RIGHT, 34, word)
        canvas.setFillColor(MAROON)
        canvas.setFont(SANS_BOLD, 9.4)
        canvas.drawRightString(width - RIGHT - canvas.stringWidth(word, SANS, 8.4), 34, str(document.page))
        canvas.restoreState()

    return running


def _templates(running: Any) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    column = (inner_w - GUTTER) / 2
    return [
        PageTemplate(
            "margin",
            [Frame(LEFT + MARGIN_COLUMN, FOOT, inner_w - MARGIN_COLUMN, inner_h, id="text")],
            onPage=running,
        ),
        PageTemplate("plain", [Frame(LEFT, FOOT, inner_w, inner_h, id="plain")], onPage=running),
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
            [Frame(LEFT, FOOT, land_w - LEFT - RIGHT, land_h - TOP - FOOT, id="wide")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


class SideHeading(Flowable):
    """A heading in the left margin of the "margin" template: its number in gold over the words in
    maroon, level with a gold rule drawn across the text column; it takes only the rule's height."""

    def __init__(self, number: str, text: str) -> None:
        super().__init__()
        number_part = f'<font color="{GOLD_HEX}" size="15">{number}</font><br/>' if number else ""
        self.paragraph = Paragraph(f"{number_part}{text}", SIDE)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, self.text_height = self.paragraph.wrap(MARGIN_COLUMN - 16, available_height)
        self.height = 10.0
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(1.4)
        canvas.line(0, self.height - 1, self.width, self.height - 1)
        canvas.restoreState()
        self.paragraph.drawOn(canvas, -MARGIN_COLUMN, self.height - 3 - self.text_height)

    def getSpaceBefore(self) -> float:
        return 14.0

    def getKeepWithNext(self) -> bool:
        return True


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def title(text: str, subtitle: str = "") -> list[Flowable]:
    return [p(text, TITLE)] + ([p(subtitle, SUBTITLE)] if subtitle else [])


def side(number: str, text: str) -> SideHeading:
    return SideHeading(number, text)


def band(text: str) -> Paragraph:
    """A heading reversed out of a maroon band."""
    return p(text, BAND)


def run_in(text: str) -> Paragraph:
    return p(text, RUN_IN)


def caption(text: str, keep: bool = True) -> Paragraph:
    """A table's caption, kept with the table unless `keep` is False (then the table may start on the
    same page and run over the break)."""
    return p(text, CAPTION if keep else LOOSE_CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def hanging(number: str, text: str) -> Paragraph:
    """A paragraph with its number ("F3", "R2", "4.1") hung at the left in maroon."""
    return p(f'<font name="{SANS_BOLD}" color="{MAROON_HEX}">{number}</font>&nbsp;&nbsp;{text}', HANGING)


def notice() -> Paragraph:
    """The fictional-document notice: maroon on cream inside a gold frame."""
    return p(FICTIONAL, NOTICE)


def listing(items: Sequence[str], numbered: str = "", style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items marked with a gold en dash, or numbered in the format `numbered` ("%s.", "(%s)")."""
    flow = [ListItem(p(item, style), leftIndent=16) for item in items]
    if numbered:
        return ListFlowable(
            flow, bulletType="1", bulletFormat=numbered, leftIndent=16, bulletFontName=SANS_BOLD,
            bulletFontSize=9, bulletColor=MAROON,
        )  # fmt: skip
    return ListFlowable(
        flow, bulletType="bullet", start="–", leftIndent=14, bulletFontName=SANS_BOLD, bulletFontSize=9.5,
        bulletColor=GOLD,
    )  # fmt: skip


def tiles(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    totals: Collection[int] = (),
    header_rows: int = 1,
    rag: int | None = None,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A tiled table: cream cells parted by white gaps, the header rows maroon with white words (repeated
    over a page break), the columns in `figures` set right, the rows in `totals` bold on sand; column
    `rag`'s cells tinted by the word in them (Red, Amber, Green)."""
    cells = []
    for r, row in enumerate(rows):
        line: list[Paragraph] = []
        for c, cell in enumerate(row):
            if r < header_rows:
                style = HEAD_FIGURE if c in figures else HEAD_CELL
            else:
                style = FIGURE if c in figures else CELL
            text = f"<b>{cell}</b>" if r in totals and cell else str(cell)
            line.append(p(text, style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), CREAM),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), MAROON),
        ("GRID", (0, 0), (-1, -1), 1.6, colors.white),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 2.0, GOLD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4.5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for r in totals:
        rules.append(("BACKGROUND", (0, r), (-1, r), SAND))
    if rag is not None:
        for r, row in enumerate(rows):
            if r >= header_rows and row[rag] in RAG:
                rules.append(("BACKGROUND", (rag, r), (rag, r), RAG[row[rag]]))
    table.setStyle(TableStyle([*rules, *extra]))
    return table


def pounds(amount: int) -> str:
    """£12,480 style: whole pounds."""
    return f"£{amount:,}"
