"""Partnership T's page furniture, unlike common.py's and the other partnerships' layout modules: set in a
combination of faces no other partnership uses (text in DejaVu Serif from matplotlib's fonts, headings,
running lines and folios in the embedded Type 1 Arial MT from reportlab's fonts folder, table cells in
Bitstream Vera), in Prussian blue with an olive-lime accent. Every page but a cover opens under a running
head of the partnership's short name in letter-spaced capitals and the document's short name in italics at
the left, with a "status stamp" at the right (a boxed word: PUBLISHED, FINAL, APPROVED, CONFIRMED), over a
dashed blue rule. The foot holds the document's reference and version at the left and, at the right, the
folio alone after a short lime upright bar: front matter numbered in lower-case roman ("ii"), the body in
arabic numbers counted afresh from its first page, so a printed number is not the page's place in the
file; minutes carry a "Chair's initials" blank in the middle of the foot. Headings carry their number in a
lime ring before blue words, over a dashed lime rule; sub-headings are "2.1" in lime before blue Arial.
Lists have lime guillemets ("»") or lower-case letters ("a."). Tables are "grid-span" tables (a full grid
of hairlines in a heavy blue box, a pale lime header whose first row may hold cells merged across
columns, figures set right, a totals row in bold over a double rule) or "key" tables (the key reversed
out of blue at the left, hairlines under each row); a column headed "£" may hold bare figures. Cover,
portrait, two-column and landscape templates. A record to be scanned has no running lines."""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import reportlab
from matplotlib import get_data_path
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
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker
from evals.archive.names import ELDERHYTHE_SHORT

BLUE = colors.Color(0.0, 0.19, 0.33)
BLUE_HEX = "#003054"
LIME = colors.Color(0.55, 0.65, 0.1)
LIME_HEX = "#8CA61A"
PALE = colors.Color(0.94, 0.96, 0.86)
MIST = colors.Color(0.9, 0.93, 0.96)
HAIR = colors.Color(0.62, 0.68, 0.74)
GREY = colors.Color(0.38, 0.4, 0.43)
INK = colors.Color(0.1, 0.11, 0.13)
LEFT, RIGHT, TOP, FOOT, GUTTER = 56.0, 56.0, 78.0, 70.0, 20.0
TYPE1_DIR = Path(os.path.dirname(reportlab.__file__)) / "fonts"
TTF_DIR = Path(get_data_path()) / "fonts" / "ttf"


def _fonts() -> tuple[str, ...]:
    """Embed the faces once: DejaVu Serif (TrueType), Arial MT (Type 1, WinAnsi), Vera (TrueType)."""
    serif = (
        ("EhSerif", TTF_DIR / "DejaVuSerif.ttf"),
        ("EhSerifBold", TTF_DIR / "DejaVuSerif-Bold.ttf"),
        ("EhSerifItalic", TTF_DIR / "DejaVuSerif-Italic.ttf"),
        ("EhSerifBoldItalic", TTF_DIR / "DejaVuSerif-BoldItalic.ttf"),
    )
    arial = (("EhArial", "_a______"), ("EhArialBold", "_ab_____"), ("EhArialItalic", "_ai_____"))
    cells = (
        ("EhCell", TYPE1_DIR / "Vera.ttf"),
        ("EhCellBold", TYPE1_DIR / "VeraBd.ttf"),
        ("EhCellItalic", TYPE1_DIR / "VeraIt.ttf"),
    )
    if serif[0][0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in (*serif, *cells):
            pdfmetrics.registerFont(TTFont(name, str(file)))
        for name, stem in arial:
            face = pdfmetrics.EmbeddedType1Face(
                str(TYPE1_DIR / f"{stem}.afm"), str(TYPE1_DIR / f"{stem}.pfb")
            )
            pdfmetrics.registerTypeFace(face)
            pdfmetrics.registerFont(pdfmetrics.Font(name, face.name, "WinAnsiEncoding"))
        pdfmetrics.registerFontFamily(
            "EhSerif",
            normal="EhSerif",
            bold="EhSerifBold",
            italic="EhSerifItalic",
            boldItalic="EhSerifBoldItalic",
        )
        pdfmetrics.registerFontFamily(
            "EhArial", normal="EhArial", bold="EhArialBold", italic="EhArialItalic", boldItalic="EhArialBold"
        )
        pdfmetrics.registerFontFamily(
            "EhCell", normal="EhCell", bold="EhCellBold", italic="EhCellItalic", boldItalic="EhCellBold"
        )
    return tuple(name for name, _ in (*serif, *arial, *cells))


(
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    SERIF_BOLD_ITALIC,
    ARIAL,
    ARIAL_BOLD,
    ARIAL_ITALIC,
    VERA,
    VERA_BOLD,
    VERA_ITALIC,
) = _fonts()

TEXT = ParagraphStyle(
    "EhText", parent=BODY, fontName=SERIF, fontSize=9.6, leading=13.4, spaceAfter=6, textColor=INK
)
SMALL = ParagraphStyle("EhSmall", parent=TEXT, fontSize=8.4, leading=11.2, spaceAfter=4)
NOTE = ParagraphStyle("EhNote", parent=SMALL, fontName=SERIF_ITALIC, fontSize=8, leading=10.4, textColor=GREY)
CELL = ParagraphStyle("EhCellText", parent=TEXT, fontName=VERA, fontSize=7.7, leading=9.8, spaceAfter=0)
CELL_BOLD = ParagraphStyle("EhCellBoldText", parent=CELL, fontName=VERA_BOLD)
FIGURE = ParagraphStyle("EhFigure", parent=CELL, alignment=2)
FIGURE_BOLD = ParagraphStyle("EhFigureBold", parent=CELL_BOLD, alignment=2)
GROUP = ParagraphStyle("EhGroup", parent=CELL, fontName=VERA_BOLD, textColor=BLUE)
HEAD = ParagraphStyle("EhHead", parent=CELL, fontName=VERA_BOLD, fontSize=7.5, textColor=BLUE)
HEAD_CENTRE = ParagraphStyle("EhHeadCentre", parent=HEAD, alignment=1)
HEAD_FIGURE = ParagraphStyle("EhHeadFigure", parent=HEAD, alignment=2)
KEY = ParagraphStyle("EhKey", parent=CELL, fontName=ARIAL_BOLD, fontSize=8, textColor=colors.white)
KICKER = ParagraphStyle(
    "EhKicker", parent=TEXT, fontName=ARIAL_BOLD, fontSize=8.5, leading=11, textColor=LIME, spaceAfter=2
)
TITLE = ParagraphStyle(
    "EhTitle", parent=TEXT, fontName=ARIAL_BOLD, fontSize=21, leading=26, textColor=BLUE, spaceAfter=5
)
SUBTITLE = ParagraphStyle(
    "EhSubtitle", parent=TEXT, fontName=SERIF_ITALIC, fontSize=11.5, leading=15, textColor=GREY, spaceAfter=10
)
HEADING = ParagraphStyle(
    "EhHeading", parent=TEXT, fontName=ARIAL_BOLD, fontSize=13.5, leading=17, textColor=BLUE, spaceAfter=0
)
SUBHEADING = ParagraphStyle(
    "EhSubheading",
    parent=TEXT,
    fontName=ARIAL_BOLD,
    fontSize=10.8,
    leading=14,
    textColor=BLUE,
    spaceBefore=6,
    spaceAfter=3,
    keepWithNext=1,
)
RUNIN = ParagraphStyle("EhRunin", parent=TEXT, spaceBefore=2)
NOTICE = ParagraphStyle(
    "EhNotice",
    parent=TEXT,
    fontName=ARIAL_BOLD,
    fontSize=8.6,
    leading=11.2,
    textColor=BLUE,
    backColor=PALE,
    borderColor=BLUE,
    borderWidth=1.1,
    borderPadding=(6, 8, 6, 8),
    spaceBefore=2,
    spaceAfter=16,
)
CAPTION = ParagraphStyle(
    "EhCaption",
    parent=SMALL,
    fontName=ARIAL_BOLD,
    textColor=BLUE,
    spaceBefore=4,
    spaceAfter=4,
    keepWithNext=1,
)
LOOSE_CAPTION = ParagraphStyle("EhLooseCaption", parent=CAPTION, keepWithNext=0)
FORM = ParagraphStyle("EhForm", parent=TEXT, fontName=VERA, fontSize=10, leading=14, spaceAfter=4)
FORM_BOLD = ParagraphStyle("EhFormBold", parent=FORM, fontName=VERA_BOLD)


@dataclass(frozen=True)
class Furniture:
    """The running lines: `short` in the head, `status` in the stamp, `reference` at the foot; `front`
    pages of front matter numbered in roman (the first, a cover, bare); `initials` puts a "Chair's
    initials" blank in the foot (minutes); `plain` leaves every running line out (a record to be scanned)."""

    short: str
    status: str
    reference: str
    front: int = 0
    initials: bool = False
    plain: bool = False


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "page"
) -> Path:
    """Lay `story` out into `path` starting on the template named `first` (cover, page, twocol, wide)."""
    data = meta.build(story, _templates(furniture), first)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def roman(number: int) -> str:
    """Lower-case roman numerals, enough for front matter."""
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += letters
            number -= value
    return out


def folio(page: int, front: int) -> str:
    """The printed page number: roman in the front matter, arabic from the body's first page."""
    return roman(page) if page <= front else str(page - front)


def _running(furniture: Furniture) -> Any:
    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.plain or document.pageTemplate.id == "cover":
            return
        width, height = canvas._pagesize
        canvas.saveState()
        # The head: short names at the left, the stamp at the right, a dashed rule under both.
        canvas.setFillColor(BLUE)
        canvas.setFont(ARIAL_BOLD, 7.4)
        label = " ".join(ELDERHYTHE_SHORT.upper())
        canvas.drawString(LEFT, height - 44, label)
        offset = canvas.stringWidth(label, ARIAL_BOLD, 7.4) + 10
        canvas.setFillColor(GREY)
        canvas.setFont(SERIF_ITALIC, 8)
        canvas.drawString(LEFT + offset, height - 44, furniture.short)
        stamp_width = canvas.stringWidth(furniture.status, ARIAL_BOLD, 7.2) + 14
        canvas.setStrokeColor(BLUE)
        canvas.setLineWidth(0.9)
        canvas.rect(width - RIGHT - stamp_width, height - 48, stamp_width, 13, stroke=1, fill=0)
        canvas.setFillColor(BLUE)
        canvas.setFont(ARIAL_BOLD, 7.2)
        canvas.drawCentredString(width - RIGHT - stamp_width / 2, height - 44, furniture.status)
        canvas.setLineWidth(0.6)
        canvas.setDash(3, 2)
        canvas.line(LEFT, height - 56, width - RIGHT, height - 56)
        canvas.setDash()
        # The foot: reference at the left, a lime upright bar and the folio at the right.
        canvas.setFillColor(GREY)
        canvas.setFont(VERA, 6.8)
        canvas.drawString(LEFT, 38, furniture.reference)
        if furniture.initials:
            canvas.setFont(VERA, 7.4)
            canvas.drawCentredString(width / 2, 38, "Chair's initials ..........")
        number = folio(document.page, furniture.front)
        canvas.setFillColor(BLUE)
        canvas.setFont(ARIAL_BOLD, 10)
        canvas.drawRightString(width - RIGHT, 36, number)
        bar_x = width - RIGHT - canvas.stringWidth(number, ARIAL_BOLD, 10) - 7
        canvas.setFillColor(LIME)
        canvas.rect(bar_x, 33, 2.4, 14, stroke=0, fill=1)
        canvas.restoreState()

    return draw


def _cover(canvas: Canvas, document: BaseDocTemplate) -> None:
    """A cover: a Prussian blue panel down the left edge with a lime rule beside it."""
    _, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(BLUE)
    canvas.rect(0, 0, 30, height, stroke=0, fill=1)
    canvas.setFillColor(LIME)
    canvas.rect(30, 0, 4, height, stroke=0, fill=1)
    canvas.restoreState()


def _templates(furniture: Furniture) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    half = (inner_w - GUTTER) / 2
    running = _running(furniture)
    return [
        PageTemplate(
            "cover",
            [Frame(LEFT + 30, FOOT, inner_w - 30, inner_h, id="cover")],
            onPage=_cover,
        ),
        PageTemplate("page", [Frame(LEFT, FOOT, inner_w, inner_h, id="page")], onPage=running),
        PageTemplate(
            "twocol",
            [
                Frame(LEFT, FOOT, half, inner_h, id="left"),
                Frame(LEFT + half + GUTTER, FOOT, half, inner_h, id="right"),
            ],
            onPage=running,
        ),
        PageTemplate(
            "wide",
            [Frame(LEFT, FOOT, land_w - LEFT - RIGHT, land_h - TOP - FOOT, id="wide")],
            onPage=running,
            pagesize=(land_w, land_h),
        ),
    ]


class _Heading(Flowable):
    """A heading: its number in a lime ring, the words in blue Arial beside it, a dashed lime rule under."""

    def __init__(self, number: str, text: str) -> None:
        super().__init__()
        self.number = number
        self.words = Paragraph(text, HEADING)
        self.indent = 27.0 if number else 0.0
        self.spaceBefore = 10
        self.spaceAfter = 8

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, words_height = self.words.wrap(available_width - self.indent, available_height)
        self.height = max(words_height, 20.0) + 7
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height - 7
        if self.number:
            canvas.saveState()
            canvas.setStrokeColor(LIME)
            canvas.setLineWidth(1.6)
            canvas.circle(10, top - 9.5, 9.5, stroke=1, fill=0)
            canvas.setFillColor(BLUE)
            canvas.setFont(ARIAL_BOLD, 10 if len(self.number) < 2 else 8.5)
            canvas.drawCentredString(10, top - 13, self.number)
            canvas.restoreState()
        self.words.drawOn(canvas, self.indent, self.height - 7 - self.words.height + 1)
        canvas.saveState()
        canvas.setStrokeColor(LIME)
        canvas.setLineWidth(0.8)
        canvas.setDash(2, 2)
        canvas.line(0, 1, self.width, 1)
        canvas.restoreState()

    def getKeepWithNext(self) -> bool:
        return True


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice(style: ParagraphStyle = NOTICE) -> Paragraph:
    """The fictional-document notice: bold blue on pale lime in a blue frame."""
    return p(FICTIONAL, style)


def title(kicker: str, text: str, subtitle: str = "") -> list[Flowable]:
    """A document's title block: a lime kicker above, the title in blue Arial, an italic subtitle."""
    out: list[Flowable] = [p(kicker.upper(), KICKER), p(text, TITLE)]
    if subtitle:
        out.append(p(subtitle, SUBTITLE))
    return out


def heading(number: str, text: str) -> _Heading:
    return _Heading(number, text)


def subheading(number: str, text: str) -> Paragraph:
    label = f'<font color="{LIME_HEX}">{number}</font>&nbsp;&nbsp;{text}' if number else text
    return p(label, SUBHEADING)


def runin(label: str, text: str) -> Paragraph:
    """A paragraph opening with its heading run in, in blue Arial bold."""
    return p(f'<font name="{ARIAL_BOLD}" color="{BLUE_HEX}">{label}</font>&nbsp;&nbsp;{text}', RUNIN)


def caption(text: str, keep: bool = True) -> Paragraph:
    """A table's caption in blue Arial bold, kept with the table unless `keep` is False (so that a long
    table may start under it and run over the page)."""
    return p(text, CAPTION if keep else LOOSE_CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def guillemets(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items after lime guillemets."""
    flow = [ListItem(p(item, style), leftIndent=14) for item in items]
    return ListFlowable(
        flow,
        bulletType="bullet",
        start="\u00bb",
        leftIndent=14,
        bulletFontName=ARIAL_BOLD,
        bulletFontSize=10,
        bulletColor=LIME,
    )


def lettered(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items lettered a., b., ... in blue Arial."""
    flow = [ListItem(p(item, style), leftIndent=18) for item in items]
    return ListFlowable(
        flow,
        bulletType="a",
        bulletFormat="%s.",
        leftIndent=18,
        bulletFontName=ARIAL_BOLD,
        bulletFontSize=9,
        bulletColor=BLUE,
    )


def grid(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    header_rows: int = 1,
    spans: Sequence[tuple[int, int, int]] = (),
    total: bool = False,
    first_bold: bool = False,
    tints: Sequence[tuple[int, int, Any]] = (),
    groups: Collection[int] = (),
) -> Table:
    """A "grid-span" table: a full grid of hairlines inside a heavy blue box, a pale lime header (the
    header rows repeat over a page break), figures set right; `spans` merges header cells (row, first
    column, last column), centred; with `total` the last row is bold over a double rule; `tints`
    shades single body cells (row, column, colour); each row of `groups` is a group heading, its first
    cell merged across the table on pale blue."""
    spanned = {(r, c) for r, c, _ in spans}
    cells = []
    for r, row in enumerate(rows):
        last = total and r == len(rows) - 1
        line = []
        for c, cell in enumerate(row):
            if r < header_rows:
                style = HEAD_CENTRE if (r, c) in spanned else HEAD_FIGURE if c in figures else HEAD
            elif r in groups:
                style = GROUP
            elif last:
                style = FIGURE_BOLD if c in figures else CELL_BOLD
            elif c in figures:
                style = FIGURE
            else:
                style = CELL_BOLD if first_bold and c == 0 else CELL
            line.append(p(str(cell), style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, HAIR),
        ("BOX", (0, 0), (-1, -1), 1.3, BLUE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), PALE),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 1.0, BLUE),
    ]
    for r, first, last_column in spans:
        rules.append(("SPAN", (first, r), (last_column, r)))
    if total:
        rules.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, BLUE, None, None, None, 2, 1.6))
    for r in groups:
        rules += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), MIST)]
    for r, c, colour in tints:
        rules.append(("BACKGROUND", (c, r), (c, r), colour))
    table.setStyle(TableStyle(rules))
    return table


def key_table(rows: Sequence[tuple[str, str]], widths: Sequence[float] = (140, 343)) -> Table:
    """A "key" table: the key reversed out of blue at the left, the entry at the right, a hairline under
    each row."""
    cells = [[p(key, KEY), p(value, CELL)] for key, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), BLUE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, HAIR),
                ("LINEBELOW", (0, 0), (0, -1), 0.6, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def form(rows: Sequence[tuple[str, str]], widths: Sequence[float] = (150, 330)) -> Table:
    """A typed form to be scanned: the label in bold at the left, the entry at the right, a full grid."""
    cells = [[p(label, FORM_BOLD), p(value, FORM)] for label, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def pounds(amount: int) -> str:
    """£12,500 style."""
    return f"£{amount:,}"


def pence(amount: int) -> str:
    """£12,500.00 style."""
    return f"£{amount:,}.00"


def bare(amount: int) -> str:
    """12,500 style, for a column headed £."""
    return f"{amount:,}"


def thousands(amount: int) -> str:
    """12.50 style, two decimals, for a column headed £000."""
    return f"{amount // 1000}.{amount % 1000 // 10:02d}"
