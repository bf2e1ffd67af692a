"""Partnership Q's page furniture, unlike common.py's and the other partnerships' layout modules: set in a
combination of faces no other partnership uses (text in the embedded Type 1 Arial MT from reportlab's
fonts folder, headings and titles in DejaVu Serif Bold from matplotlib's fonts, the figures of tables in
DejaVu Sans Mono), in charcoal with a cerise accent. Nothing runs across the top of a page but page 1's
masthead (a short cerise bar over the partnership's name in letter-spaced capitals); every page's foot
holds a hairline, the partnership's name in letter-spaced capitals and the document's reference at the
left, and at the right the document's short name in italics beside a cerise rule and the page number
set large in cerise serif. A "thumb tab" bleeds off the right-hand edge at a height that steps down
with the first section that starts on the page (or the one carried over), holding the section's number
(a book's thumb index). Headings are
numbered to three levels: a section ("4") under a charcoal rule across the column, a sub-section
("4.2") in bold sans, and numbered paragraphs ("4.2.1") with the number hung in the margin. Tables are
"open" (no rules or shading at all, columns aligned by white space, a cerise bold header, figures in
monospace set right, totals under a short rule over the figure columns only), "railed" (a charcoal
header reversed out, blush hairlines between rows, a thick cerise rail down the left edge) or "heat"
tables (cells tinted blush to cerise by the value's band); sums are listed as "leaders" (a label, a row
of dots, the figure) and contents pages likewise. Portrait, two-column portrait and landscape templates.
A form to be scanned has no furniture."""

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
    HRFlowable,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker
from evals.archive.names import CADDISFORD

CHARCOAL = colors.Color(0.2, 0.22, 0.25)
CHARCOAL_HEX = "#33383F"
CERISE = colors.Color(0.76, 0.09, 0.36)
CERISE_HEX = "#C2175C"
BLUSH = colors.Color(0.98, 0.91, 0.94)
BLUSH_RULE = colors.Color(0.9, 0.74, 0.8)
GREY = colors.Color(0.42, 0.43, 0.46)
# The heat table's bands, palest first.
HEAT = (
    colors.Color(0.99, 0.95, 0.97),
    colors.Color(0.97, 0.85, 0.9),
    colors.Color(0.93, 0.7, 0.79),
    colors.Color(0.87, 0.52, 0.66),
)
LEFT, RIGHT, TOP, FOOT, GUTTER = 60.0, 64.0, 78.0, 70.0, 20.0
TYPE1_DIR = Path(os.path.dirname(reportlab.__file__)) / "fonts"
TTF_DIR = Path(get_data_path()) / "fonts" / "ttf"


def _fonts() -> tuple[str, ...]:
    """Embed the faces once: Arial MT (Type 1, WinAnsi), DejaVu Serif and DejaVu Sans Mono (TrueType)."""
    type1 = (
        ("CdSans", "_a______"),
        ("CdSansBold", "_ab_____"),
        ("CdSansItalic", "_ai_____"),
        ("CdSansBoldItalic", "_abi____"),
    )
    truetype = (
        ("CdSerifBold", "DejaVuSerif-Bold.ttf"),
        ("CdSerifItalic", "DejaVuSerif-Italic.ttf"),
        ("CdMono", "DejaVuSansMono.ttf"),
        ("CdMonoBold", "DejaVuSansMono-Bold.ttf"),
    )
    if type1[0][0] not in pdfmetrics.getRegisteredFontNames():
        for name, stem in type1:
            face = pdfmetrics.EmbeddedType1Face(
                str(TYPE1_DIR / f"{stem}.afm"), str(TYPE1_DIR / f"{stem}.pfb")
            )
            pdfmetrics.registerTypeFace(face)
            pdfmetrics.registerFont(pdfmetrics.Font(name, face.name, "WinAnsiEncoding"))
        for name, file in truetype:
            pdfmetrics.registerFont(TTFont(name, str(TTF_DIR / file)))
        pdfmetrics.registerFontFamily(
            "CdSans", normal="CdSans", bold="CdSansBold", italic="CdSansItalic", boldItalic="CdSansBoldItalic"
        )
        pdfmetrics.registerFontFamily(
            "CdMono", normal="CdMono", bold="CdMonoBold", italic="CdMono", boldItalic="CdMonoBold"
        )
    return tuple(name for name, _ in (*type1, *truetype))


SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC, SERIF_BOLD, SERIF_ITALIC, MONO, MONO_BOLD = _fonts()

TEXT = ParagraphStyle(
    "CdText", parent=BODY, fontName=SANS, fontSize=9.7, leading=13.6, spaceAfter=6, textColor=CHARCOAL
)
SMALL = ParagraphStyle("CdSmall", parent=TEXT, fontSize=8.3, leading=10.6, spaceAfter=3)
NOTE = ParagraphStyle("CdNote", parent=SMALL, fontName=SANS_ITALIC, fontSize=7.8, leading=9.8, textColor=GREY)
CELL = ParagraphStyle("CdCell", parent=TEXT, fontSize=8.4, leading=10.4, spaceAfter=0)
CELL_BOLD = ParagraphStyle("CdCellBold", parent=CELL, fontName=SANS_BOLD)
FIGURE = ParagraphStyle("CdFigure", parent=CELL, fontName=MONO, fontSize=8.0, alignment=2)
HEAD_CELL = ParagraphStyle("CdHeadCell", parent=CELL, fontName=SANS_BOLD, fontSize=8.0, textColor=CERISE)
HEAD_FIGURE = ParagraphStyle("CdHeadFigure", parent=HEAD_CELL, alignment=2)
REVERSED = ParagraphStyle("CdReversed", parent=HEAD_CELL, textColor=colors.white)
REVERSED_FIGURE = ParagraphStyle("CdReversedFigure", parent=REVERSED, alignment=2)
EYEBROW = ParagraphStyle(
    "CdEyebrow", parent=TEXT, fontName=SANS_BOLD, fontSize=8.4, leading=11, textColor=CERISE, spaceAfter=2
)
TITLE = ParagraphStyle(
    "CdTitle", parent=TEXT, fontName=SERIF_BOLD, fontSize=21, leading=26, textColor=CHARCOAL, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "CdSubtitle", parent=TEXT, fontName=SERIF_ITALIC, fontSize=11.5, leading=15, textColor=GREY, spaceAfter=12
)
SECTION = ParagraphStyle(
    "CdSection", parent=TEXT, fontName=SERIF_BOLD, fontSize=14, leading=18, textColor=CHARCOAL,
    spaceBefore=0, spaceAfter=6, keepWithNext=1,
)  # fmt: skip
SUBSECTION = ParagraphStyle(
    "CdSubsection", parent=TEXT, fontName=SANS_BOLD, fontSize=10.4, leading=13.4, textColor=CHARCOAL,
    spaceBefore=6, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
LOOSE_SUBSECTION = ParagraphStyle("CdLooseSubsection", parent=SUBSECTION, keepWithNext=0)
NUMBERED = ParagraphStyle(
    "CdNumbered", parent=TEXT, leftIndent=38, bulletIndent=0, bulletFontName=SANS_BOLD, bulletFontSize=9.2
)
CAPTION = ParagraphStyle(
    "CdCaption", parent=TEXT, fontName=SANS_BOLD_ITALIC, fontSize=8.6, leading=11, textColor=CERISE,
    spaceBefore=6, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
LOOSE_CAPTION = ParagraphStyle("CdLooseCaption", parent=CAPTION, keepWithNext=0)
NOTICE = ParagraphStyle(
    "CdNotice", parent=TEXT, fontName=SANS_ITALIC, fontSize=8.2, leading=10.8, textColor=CHARCOAL,
    backColor=BLUSH, borderPadding=(5, 7, 5, 7), spaceBefore=2, spaceAfter=14,
)  # fmt: skip
LEADER = ParagraphStyle("CdLeader", parent=CELL, fontSize=9.2, leading=12.4, endDots=" .")
LEADER_BOLD = ParagraphStyle("CdLeaderBold", parent=LEADER, fontName=SANS_BOLD)
LEADER_FIGURE = ParagraphStyle("CdLeaderFigure", parent=FIGURE, fontSize=8.8, leading=12.4)
TYPED = ParagraphStyle("CdTyped", parent=TEXT, fontSize=10.4, leading=14.6, spaceAfter=7)


@dataclass(frozen=True)
class Furniture:
    """What the foot says: `short` beside the page number, `reference` under the partnership's name;
    `form` leaves every running line, the masthead and the thumb tab out."""

    short: str
    reference: str
    form: bool = False


# The page each section starts on, as the last layout found it: a contents list reads them.
_FOUND: dict[str, int] = {}
_PAGES: dict[str, int] = {}


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "page"
) -> Path:
    """Lay `story` out into `path`, starting on the template named `first` (page, twocol, wide); laid
    out twice, so that a contents list can give the page each section starts on."""
    _FOUND.clear()
    _PAGES.clear()
    meta.build(story, _templates(furniture), first)
    _PAGES.update(_FOUND)
    data = meta.build(story, _templates(furniture), first)
    _PAGES.clear()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _tab_index(section: str) -> int:
    """Where a section's thumb tab sits: 1 for "1", ...; appendices ("A", "B") after the numbers."""
    if section.isdigit():
        return int(section)
    return 9 + ord(section[:1].upper()) - ord("A")


def _page_start(furniture: Furniture) -> Any:
    def start(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.form:
            return
        canvas._caddisford_first = ""
        width, height = canvas._pagesize
        canvas.saveState()
        if document.page == 1:
            canvas.setFillColor(CERISE)
            canvas.rect(LEFT, height - 38, 44, 5, stroke=0, fill=1)
            canvas.setFillColor(CHARCOAL)
            canvas.setFont(SANS_BOLD, 8.2)
            canvas.drawString(LEFT, height - 52, CADDISFORD.upper(), charSpace=1.1)
        canvas.setStrokeColor(CHARCOAL)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, 52, width - RIGHT, 52)
        canvas.setFillColor(CHARCOAL)
        canvas.setFont(SANS_BOLD, 6.6)
        canvas.drawString(LEFT, 38, CADDISFORD.upper(), charSpace=0.9)
        canvas.setFillColor(GREY)
        canvas.setFont(SANS, 6.8)
        canvas.drawString(LEFT, 28, furniture.reference)
        folio = str(document.page)
        canvas.setFont(SERIF_BOLD, 15)
        folio_width = canvas.stringWidth(folio, SERIF_BOLD, 15)
        canvas.setFillColor(CERISE)
        canvas.drawRightString(width - RIGHT, 30, folio)
        rule_x = width - RIGHT - folio_width - 8
        canvas.setStrokeColor(CERISE)
        canvas.setLineWidth(0.9)
        canvas.line(rule_x, 27, rule_x, 44)
        canvas.setFillColor(GREY)
        canvas.setFont(SANS_ITALIC, 7.6)
        canvas.drawRightString(rule_x - 7, 33, furniture.short)
        canvas.restoreState()

    return start


def _page_end(furniture: Furniture) -> Any:
    def end(canvas: Canvas, document: BaseDocTemplate) -> None:
        section = getattr(canvas, "_caddisford_first", "") or getattr(canvas, "_caddisford_section", "")
        if furniture.form or not section:
            return
        width, height = canvas._pagesize
        step = min(44.0, (height - TOP - FOOT - 40) / 11)
        top = height - TOP - 6 - (_tab_index(section) - 1) * step
        canvas.saveState()
        canvas.setFillColor(CERISE)
        canvas.roundRect(width - 20, top - 34, 30, 34, 4, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(SERIF_BOLD, 11)
        canvas.drawCentredString(width - 10, top - 22, section)
        canvas.restoreState()

    return end


def _templates(furniture: Furniture) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    column = (inner_w - GUTTER) / 2
    start, end = _page_start(furniture), _page_end(furniture)
    return [
        PageTemplate("page", [Frame(LEFT, FOOT, inner_w, inner_h, id="page")], onPage=start, onPageEnd=end),
        PageTemplate(
            "twocol",
            [
                Frame(LEFT, FOOT, column, inner_h, id="left"),
                Frame(LEFT + column + GUTTER, FOOT, column, inner_h, id="right"),
            ],
            onPage=start,
            onPageEnd=end,
        ),
        PageTemplate(
            "wide",
            [Frame(LEFT, FOOT, land_w - LEFT - RIGHT, land_h - TOP - FOOT, id="wide")],
            onPage=start,
            onPageEnd=end,
            pagesize=(land_w, land_h),
        ),
    ]


class _Rule(HRFlowable):
    """A rule kept with the heading under it."""

    def getKeepWithNext(self) -> bool:
        return True


class _SectionMark(Flowable):
    """Takes no room; when drawn, tells the page's thumb tab which section it is in."""

    def __init__(self, section: str) -> None:
        super().__init__()
        self.section = section

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv._caddisford_section = self.section
        if not getattr(self.canv, "_caddisford_first", ""):
            self.canv._caddisford_first = self.section
        if self.section:
            _FOUND.setdefault(self.section, self.canv.getPageNumber())

    def getKeepWithNext(self) -> bool:
        return True


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice() -> Paragraph:
    """The fictional-document notice: charcoal italics on a blush ground."""
    return p(FICTIONAL, NOTICE)


def title(eyebrow: str, text: str, subtitle: str = "") -> list[Flowable]:
    """A document's title block: a cerise label above, the title in serif, an italic subtitle."""
    out: list[Flowable] = [p(eyebrow.upper(), EYEBROW), p(text, TITLE)]
    if subtitle:
        out.append(p(subtitle, SUBTITLE))
    return out


def section(number: str, text: str) -> list[Flowable]:
    """A numbered section under a charcoal rule across the column; moves the thumb tab."""
    label = f'<font color="{CERISE_HEX}">{number}</font>&nbsp;&nbsp;&nbsp;{text}' if number else text
    return [
        _Rule(width="100%", thickness=1.2, color=CHARCOAL, spaceBefore=10, spaceAfter=5),
        _SectionMark(number) if number else _SectionMark(""),
        p(label, SECTION),
    ]


def subsection(number: str, text: str, keep: bool = True) -> Paragraph:
    """A sub-section's heading ("4.2"), kept with what follows unless `keep` is False (then a table
    under it may start on the same page and run over the break)."""
    label = f'<font color="{CERISE_HEX}">{number}</font>&nbsp;&nbsp;{text}' if number else text
    return p(label, SUBSECTION if keep else LOOSE_SUBSECTION)


def numbered(number: str, text: str) -> Paragraph:
    """A paragraph with its number ("4.2.1") hung in the margin."""
    return Paragraph(text, NUMBERED, bulletText=number)


def caption(text: str, keep: bool = True) -> Paragraph:
    """A table's caption, kept with the table unless `keep` is False."""
    return p(text, CAPTION if keep else LOOSE_CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def listing(items: Sequence[str], marks: str = "", style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items after a cerise en dash, or with `marks` "a" lettered "(a)", "(b)", or with "1" numbered
    "1.", "2."."""
    flow = [ListItem(p(item, style), leftIndent=16) for item in items]
    if marks:
        return ListFlowable(
            flow, bulletType=marks, bulletFormat="(%s)" if marks == "a" else "%s.", leftIndent=18,
            bulletFontName=SANS_BOLD, bulletFontSize=9.2, bulletColor=CERISE,
        )  # fmt: skip
    return ListFlowable(
        flow, bulletType="bullet", start="–", leftIndent=14, bulletFontName=SANS_BOLD, bulletFontSize=9.5,
        bulletColor=CERISE,
    )  # fmt: skip


def _cells(
    rows: Sequence[Sequence[str]],
    figures: Collection[int],
    totals: Collection[int],
    header_rows: int,
    head: ParagraphStyle,
    head_figure: ParagraphStyle,
    first_bold: bool = False,
) -> list[list[Paragraph]]:
    cells = []
    for r, row in enumerate(rows):
        line: list[Paragraph] = []
        for c, cell in enumerate(row):
            if r < header_rows:
                style = head_figure if c in figures else head
            elif c in figures:
                style = FIGURE
            else:
                style = CELL_BOLD if first_bold and c == 0 else CELL
            text = str(cell)
            if r in totals and text:
                text = f"<b>{text}</b>"
            line.append(p(text, style))
        cells.append(line)
    return cells


def open_table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    totals: Collection[int] = (),
    header_rows: int = 1,
    repeat: bool = True,
) -> Table:
    """No rules or shading: columns aligned by white space, a cerise bold header, figures in monospace
    set right, and a short rule over the figure columns only above a total."""
    cells = _cells(rows, figures, totals, header_rows, HEAD_CELL, HEAD_FIGURE)
    table = Table(cells, colWidths=list(widths), repeatRows=header_rows if repeat else 0, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, header_rows - 1), (-1, header_rows - 1), 7),
    ]
    for r in totals:
        for c in figures:
            rules.append(("LINEABOVE", (c, r), (c, r), 0.7, CHARCOAL))
    table.setStyle(TableStyle(rules))
    return table


def railed(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    totals: Collection[int] = (),
    header_rows: int = 1,
    first_bold: bool = True,
) -> Table:
    """A charcoal header reversed out, blush hairlines between rows, a thick cerise rail down the left
    edge, the first column in bold; the header repeats over a page break."""
    cells = _cells(rows, figures, totals, header_rows, REVERSED, REVERSED_FIGURE, first_bold)
    table = Table(cells, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), CHARCOAL),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.5, BLUSH_RULE),
        ("LINEBEFORE", (0, 0), (0, -1), 3.2, CERISE),
    ]
    for r in totals:
        rules.append(("BACKGROUND", (0, r), (-1, r), BLUSH))
    table.setStyle(TableStyle(rules))
    return table


def heat(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    bands: dict[tuple[int, int], int],
    *,
    figures: Collection[int] = (),
    totals: Collection[int] = (),
) -> Table:
    """An open table whose cells named in `bands` ((row, column) -> 0 to 3) are tinted blush to cerise."""
    cells = _cells(rows, figures, totals, 1, HEAD_CELL, HEAD_FIGURE)
    table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 7),
    ]
    for (r, c), band in sorted(bands.items()):
        rules.append(("BACKGROUND", (c, r), (c, r), HEAT[band]))
    for r in totals:
        for c in figures:
            rules.append(("LINEABOVE", (c, r), (c, r), 0.7, CHARCOAL))
    table.setStyle(TableStyle(rules))
    return table


def leaders(
    lines: Sequence[tuple[str, str]],
    width: float = 360,
    *,
    bold: Collection[int] = (),
    figure_width: float = 70,
) -> Table:
    """Label, a row of dots, the figure at the right: one line each; the lines numbered in `bold` are
    set bold under a short rule over the figure."""
    cells = []
    for i, (label, figure) in enumerate(lines):
        label_style = LEADER_BOLD if i in bold else LEADER
        figure_text = f"<b>{figure}</b>" if i in bold else figure
        cells.append([p(label, label_style), p(figure_text, LEADER_FIGURE)])
    table = Table(cells, colWidths=[width - figure_width, figure_width], hAlign="LEFT")
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for i in bold:
        rules.append(("LINEABOVE", (1, i), (1, i), 0.7, CHARCOAL))
    table.setStyle(TableStyle(rules))
    return table


def contents(entries: Sequence[tuple[str, str]], width: float = 330) -> Table:
    """A contents list: each section's number and title, dots, and the page it starts on (found by the
    first of the two layouts)."""
    lines = [(f"{number}&nbsp;&nbsp;{text}", str(_PAGES.get(number, 0))) for number, text in entries]
    return leaders(lines, width, figure_width=24)


def form(rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A boxed form to be scanned: labels in bold on the left, a ruled grid."""
    cells = [[p(f"<b>{label}</b>", TYPED), p(value, TYPED)] for label, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def pounds(amount: int) -> str:
    """£12,480 style: whole pounds."""
    return f"£{amount:,}"
