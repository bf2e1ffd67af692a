"""Partnership S's page furniture, unlike common.py's and the other partnerships' layout modules: set in a
combination of faces no other partnership uses (text in the embedded Type 1 Times New Roman PS from
reportlab's fonts folder, headings, running lines and table cells in DejaVu Sans from matplotlib's fonts),
in damson violet with a mustard accent. Every page opens under a "breadcrumb" running head: the
partnership's short name, the document's short name and the section the page is in (the first section
starting on the page, or the one carried over), parted by "›" chevrons, with the document's period in a
violet pill at the right, over a violet hairline. The foot holds the document's reference at the left
under a short mustard bar and, at the right, "Page 3" beside a row of page dots (one dot a page, the
current one filled mustard), so the page count is drawn but never written. Headings carry a two-digit
mustard number ("03") before violet words, with a short mustard bar under them; sub-headings are violet
bold italic serif. Lists have mustard "▸" arrows or "1)" numbers. Tables are "rounded": a violet frame with
rounded corners, a pale lavender header in violet bold, hairline rules between columns but none between
rows, figures set right and a totals row reversed out of violet; or "turned": the same with its header
cells set upright, reading upwards. A figures ribbon (large mustard figures over white captions on violet)
heads an annual report. Portrait, two-column, three-column and landscape templates; laid out twice so the
dots can be drawn. A form to be scanned has no running lines."""

from __future__ import annotations

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
    HRFlowable,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from evals.archive.common import BODY, FICTIONAL, Meta, StoryMaker
from evals.archive.names import FALLOWDEN_SHORT

VIOLET = colors.Color(0.29, 0.23, 0.45)
VIOLET_HEX = "#4A3B72"
MUSTARD = colors.Color(0.79, 0.63, 0.15)
MUSTARD_HEX = "#C9A126"
LAVENDER = colors.Color(0.92, 0.9, 0.96)
HAIR = colors.Color(0.78, 0.75, 0.85)
GREY = colors.Color(0.42, 0.41, 0.45)
INK = colors.Color(0.13, 0.12, 0.15)
LEFT, RIGHT, TOP, FOOT, GUTTER = 58.0, 58.0, 80.0, 72.0, 18.0
TYPE1_DIR = Path(os.path.dirname(reportlab.__file__)) / "fonts"
TTF_DIR = Path(get_data_path()) / "fonts" / "ttf"


def _fonts() -> tuple[str, ...]:
    """Embed the faces once: Times New Roman PS (Type 1, WinAnsi) and DejaVu Sans (TrueType)."""
    type1 = (
        ("FwSerif", "_er_____"),
        ("FwSerifBold", "_eb_____"),
        ("FwSerifItalic", "_ei_____"),
        ("FwSerifBoldItalic", "_ebi____"),
    )
    truetype = (
        ("FwSans", "DejaVuSans.ttf"),
        ("FwSansBold", "DejaVuSans-Bold.ttf"),
        ("FwSansItalic", "DejaVuSans-Oblique.ttf"),
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
            "FwSerif",
            normal="FwSerif",
            bold="FwSerifBold",
            italic="FwSerifItalic",
            boldItalic="FwSerifBoldItalic",
        )
        pdfmetrics.registerFontFamily(
            "FwSans", normal="FwSans", bold="FwSansBold", italic="FwSansItalic", boldItalic="FwSansBold"
        )
    return tuple(name for name, _ in (*type1, *truetype))


SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC, SANS, SANS_BOLD, SANS_ITALIC = _fonts()

TEXT = ParagraphStyle(
    "FwText", parent=BODY, fontName=SERIF, fontSize=10.8, leading=14.2, spaceAfter=6, textColor=INK
)
SMALL = ParagraphStyle("FwSmall", parent=TEXT, fontSize=9.2, leading=11.8, spaceAfter=4)
NOTE = ParagraphStyle("FwNote", parent=SMALL, fontName=SERIF_ITALIC, fontSize=8.8, leading=11, textColor=GREY)
CELL = ParagraphStyle("FwCell", parent=TEXT, fontName=SANS, fontSize=7.8, leading=9.9, spaceAfter=0)
CELL_BOLD = ParagraphStyle("FwCellBold", parent=CELL, fontName=SANS_BOLD)
FIGURE = ParagraphStyle("FwFigure", parent=CELL, alignment=2)
HEAD = ParagraphStyle("FwHead", parent=CELL, fontName=SANS_BOLD, fontSize=7.6, textColor=VIOLET)
HEAD_FIGURE = ParagraphStyle("FwHeadFigure", parent=HEAD, alignment=2)
TOTAL = ParagraphStyle("FwTotal", parent=CELL, fontName=SANS_BOLD, textColor=colors.white)
TOTAL_FIGURE = ParagraphStyle("FwTotalFigure", parent=TOTAL, alignment=2)
EYEBROW = ParagraphStyle(
    "FwEyebrow", parent=TEXT, fontName=SANS_BOLD, fontSize=8.6, leading=11, textColor=MUSTARD, spaceAfter=3
)
TITLE = ParagraphStyle(
    "FwTitle", parent=TEXT, fontName=SANS_BOLD, fontSize=20, leading=25, textColor=VIOLET, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "FwSubtitle", parent=TEXT, fontName=SERIF_ITALIC, fontSize=12.5, leading=16, textColor=GREY, spaceAfter=10
)
SECTION = ParagraphStyle(
    "FwSection", parent=TEXT, fontName=SANS_BOLD, fontSize=13, leading=17, textColor=VIOLET,
    spaceBefore=10, spaceAfter=1, keepWithNext=1,
)  # fmt: skip
SUBSECTION = ParagraphStyle(
    "FwSubsection", parent=TEXT, fontName=SERIF_BOLD_ITALIC, fontSize=11.4, leading=14.5, textColor=VIOLET,
    spaceBefore=5, spaceAfter=3, keepWithNext=1,
)  # fmt: skip
NOTICE = ParagraphStyle(
    "FwNotice", parent=TEXT, fontName=SERIF_ITALIC, fontSize=9, leading=11.6, textColor=INK,
    backColor=colors.Color(0.98, 0.95, 0.84), borderColor=MUSTARD, borderWidth=0.8,
    borderPadding=(5, 7, 5, 7), spaceBefore=2, spaceAfter=14,
)  # fmt: skip
CAPTION = ParagraphStyle(
    "FwCaption", parent=SMALL, fontName=SERIF_BOLD, spaceBefore=2, spaceAfter=3, keepWithNext=1
)
RIBBON_FIGURE = ParagraphStyle(
    "FwRibbonFigure", parent=TEXT, fontName=SANS_BOLD, fontSize=17, leading=20, textColor=MUSTARD, alignment=1
)
RIBBON_TEXT = ParagraphStyle(
    "FwRibbonText", parent=CELL, fontSize=7.6, leading=9.4, textColor=colors.white, alignment=1
)
FORM = ParagraphStyle("FwForm", parent=TEXT, fontName=SANS, fontSize=9.6, leading=13.4, spaceAfter=4)
FORM_BOLD = ParagraphStyle("FwFormBold", parent=FORM, fontName=SANS_BOLD)


@dataclass(frozen=True)
class Furniture:
    """The running lines: `short` in the breadcrumb, `period` in the pill, `reference` at the foot;
    `plain` leaves every running line out (a form to be scanned)."""

    short: str
    period: str
    reference: str
    plain: bool = False


_PAGE_COUNT: dict[str, int] = {}


def render_pages(
    path: Path, story: StoryMaker, meta: Meta, furniture: Furniture, first: str = "page"
) -> Path:
    """Lay `story` out into `path` starting on the template named `first` (page, twocol, threecol,
    wide); laid out twice, so that the foot can draw a dot for every page."""
    _PAGE_COUNT.clear()
    counted = meta.build(story, _templates(furniture), first)
    _PAGE_COUNT["total"] = len(PdfReader(BytesIO(counted)).pages)
    data = meta.build(story, _templates(furniture), first)
    _PAGE_COUNT.clear()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _page_start(furniture: Furniture) -> Any:
    def start(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas._fallowden_first = ""
        if furniture.plain:
            return
        width, _ = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(MUSTARD)
        canvas.rect(LEFT, 48, 34, 3, stroke=0, fill=1)
        canvas.setFillColor(GREY)
        canvas.setFont(SANS, 6.9)
        canvas.drawString(LEFT, 36, furniture.reference)
        total = _PAGE_COUNT.get("total", 0)
        step = 8.0
        x = width - RIGHT - 3
        for number in range(total, 0, -1):
            if number == document.page:
                canvas.setFillColor(MUSTARD)
                canvas.circle(x, 40, 3.1, stroke=0, fill=1)
            else:
                canvas.setStrokeColor(VIOLET)
                canvas.setLineWidth(0.6)
                canvas.circle(x, 40, 2.1, stroke=1, fill=0)
            x -= step
        canvas.setFillColor(VIOLET)
        canvas.setFont(SANS_BOLD, 8)
        canvas.drawRightString(x - 4, 37, f"Page {document.page}")
        canvas.restoreState()

    return start


def _page_end(furniture: Furniture) -> Any:
    def end(canvas: Canvas, document: BaseDocTemplate) -> None:
        if furniture.plain:
            return
        width, height = canvas._pagesize
        section = getattr(canvas, "_fallowden_first", "") or getattr(canvas, "_fallowden_section", "")
        crumbs = [FALLOWDEN_SHORT, furniture.short, *([section] if section else [])]
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFont(SANS, 7.4)
        canvas.drawString(LEFT, height - 44, "  \u203a  ".join(crumbs))
        pill = furniture.period
        pill_width = canvas.stringWidth(pill, SANS_BOLD, 7.4) + 16
        canvas.setFillColor(VIOLET)
        canvas.roundRect(width - RIGHT - pill_width, height - 48, pill_width, 13, 6.5, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(SANS_BOLD, 7.4)
        canvas.drawCentredString(width - RIGHT - pill_width / 2, height - 44, pill)
        canvas.setStrokeColor(VIOLET)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, height - 55, width - RIGHT, height - 55)
        canvas.restoreState()

    return end


def _templates(furniture: Furniture) -> list[PageTemplate]:
    width, height = A4
    land_w, land_h = landscape(A4)
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - FOOT
    half = (inner_w - GUTTER) / 2
    third = (inner_w - 2 * GUTTER) / 3
    start, end = _page_start(furniture), _page_end(furniture)
    return [
        PageTemplate("page", [Frame(LEFT, FOOT, inner_w, inner_h, id="page")], onPage=start, onPageEnd=end),
        PageTemplate(
            "twocol",
            [
                Frame(LEFT, FOOT, half, inner_h, id="left"),
                Frame(LEFT + half + GUTTER, FOOT, half, inner_h, id="right"),
            ],
            onPage=start,
            onPageEnd=end,
        ),
        PageTemplate(
            "threecol",
            [Frame(LEFT + i * (third + GUTTER), FOOT, third, inner_h, id=f"third{i}") for i in range(3)],
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


class _SectionMark(Flowable):
    """Takes no room; when drawn, tells the page's breadcrumb which section it is in."""

    def __init__(self, section: str) -> None:
        super().__init__()
        self.section = section

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv._fallowden_section = self.section
        if not getattr(self.canv, "_fallowden_first", ""):
            self.canv._fallowden_first = self.section

    def getKeepWithNext(self) -> bool:
        return True


class _Bar(HRFlowable):
    """The short mustard bar under a heading, kept with what follows."""

    def getKeepWithNext(self) -> bool:
        return True


class _Turned(Flowable):
    """A header cell's words set upright, reading upwards from the foot of the cell."""

    def __init__(self, text: str, height: float) -> None:
        super().__init__()
        self.text = text
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 10.0, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(VIOLET)
        canvas.setFont(SANS_BOLD, 7.4)
        canvas.translate(8, 0)
        canvas.rotate(90)
        canvas.drawString(0, 0, self.text)
        canvas.restoreState()


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def notice() -> Paragraph:
    """The fictional-document notice: italic on pale mustard in a mustard frame."""
    return p(FICTIONAL, NOTICE)


def title(eyebrow: str, text: str, subtitle: str = "") -> list[Flowable]:
    """A document's title block: a mustard label above, the title in violet sans, an italic subtitle."""
    out: list[Flowable] = [p(eyebrow.upper(), EYEBROW), p(text, TITLE)]
    if subtitle:
        out.append(p(subtitle, SUBTITLE))
    return out


def section(number: str, text: str, crumb: str = "") -> list[Flowable]:
    """A heading: a two-digit mustard number ("03") before the words, a short mustard bar under them;
    moves the breadcrumb to `crumb` (or the words)."""
    label = f'<font color="{MUSTARD_HEX}" size="15">{number}</font>&nbsp;&nbsp;{text}' if number else text
    return [
        _SectionMark(crumb or text),
        p(label, SECTION),
        _Bar(width=34, thickness=2.2, color=MUSTARD, hAlign="LEFT", spaceBefore=2, spaceAfter=7),
    ]


def subsection(text: str) -> Paragraph:
    return p(text, SUBSECTION)


def caption(text: str) -> Paragraph:
    """A table's caption in bold serif, kept with the table."""
    return p(text, CAPTION)


def note(text: str) -> Paragraph:
    return p(text, NOTE)


def arrows(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items after mustard arrows."""
    flow = [ListItem(p(item, style), leftIndent=15) for item in items]
    return ListFlowable(
        flow, bulletType="bullet", start="\u25b8", leftIndent=15, bulletFontName=SANS,
        bulletFontSize=9, bulletColor=MUSTARD,
    )  # fmt: skip


def numbered(items: Sequence[str], style: ParagraphStyle = TEXT) -> ListFlowable:
    """Items numbered 1), 2), ... in violet sans."""
    flow = [ListItem(p(item, style), leftIndent=20) for item in items]
    return ListFlowable(
        flow, bulletType="1", bulletFormat="%s)", leftIndent=20, bulletFontName=SANS_BOLD,
        bulletFontSize=9, bulletColor=VIOLET,
    )  # fmt: skip


def _rules(header_rows: int, total: bool) -> list[tuple[Any, ...]]:
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("ROUNDEDCORNERS", [5, 5, 5, 5]),
        ("BOX", (0, 0), (-1, -1), 0.9, VIOLET),
        ("LINEAFTER", (0, 0), (-2, -1), 0.3, HAIR),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), LAVENDER),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, VIOLET),
    ]
    if total:
        rules.append(("BACKGROUND", (0, -1), (-1, -1), VIOLET))
    return rules


def rounded(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    header_rows: int = 1,
    total: bool = False,
    first_bold: bool = False,
) -> Table:
    """A violet frame with rounded corners, a lavender header, hairlines between columns only, figures
    set right; with `total` the last row is reversed out of violet. The header repeats over a break."""
    cells = []
    for r, row in enumerate(rows):
        last = total and r == len(rows) - 1
        line = []
        for c, cell in enumerate(row):
            if r < header_rows:
                style = HEAD_FIGURE if c in figures else HEAD
            elif last:
                style = TOTAL_FIGURE if c in figures else TOTAL
            elif c in figures:
                style = FIGURE
            else:
                style = CELL_BOLD if first_bold and c == 0 else CELL
            line.append(p(str(cell), style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    table.setStyle(TableStyle(_rules(header_rows, total)))
    return table


def turned(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Collection[int] = (),
    height: float = 78,
    upright_first: bool = True,
) -> Table:
    """A rounded table whose header cells are set upright, reading upwards (the first one level unless
    `upright_first` is False)."""
    head: list[Any] = []
    for c, text in enumerate(header):
        if c == 0 and upright_first:
            head.append(p(text, HEAD))
        else:
            head.append(_Turned(text, height))
    body = [[p(str(cell), FIGURE if c in figures else CELL) for c, cell in enumerate(row)] for row in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    rules = _rules(1, False)
    rules.append(("VALIGN", (0, 0), (-1, 0), "BOTTOM"))
    table.setStyle(TableStyle(rules))
    return table


def ribbon(items: Sequence[tuple[str, str]], width: float) -> Table:
    """Headline figures: large mustard figures over white captions on a violet ribbon."""
    cells = [[p(figure, RIBBON_FIGURE) for figure, _ in items], [p(text, RIBBON_TEXT) for _, text in items]]
    table = Table(cells, colWidths=[width / len(items)] * len(items), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), VIOLET),
                ("ROUNDEDCORNERS", [6, 6, 6, 6]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("LINEAFTER", (0, 0), (-2, -1), 0.4, MUSTARD),
            ]
        )
    )
    return table


def glossary(entries: Sequence[tuple[str, str]]) -> list[Flowable]:
    """Terms run in, bold violet, each entry hanging."""
    style = ParagraphStyle("FwGlossary", parent=SMALL, leftIndent=14, firstLineIndent=-14)
    return [
        p(f'<font name="{SANS_BOLD}" color="{VIOLET_HEX}">{term}</font>  {text}', style)
        for term, text in entries
    ]


def form(rows: Sequence[tuple[str, str]], widths: Sequence[float] = (150, 320)) -> Table:
    """A boxed form: the label in bold sans on lavender at the left, the entry at the right."""
    cells = [[p(label, FORM_BOLD), p(value, FORM)] for label, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.7, INK),
                ("BACKGROUND", (0, 0), (0, -1), LAVENDER),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def whole(amount: int) -> str:
    """£12,500 style."""
    return f"£{amount:,}"


def thousands(amount: int) -> str:
    """£12.5k style: thousands, as many decimals as needed (£18k, £1.15k)."""
    return f"£{amount / 1000:g}k"


def k(amount: int) -> str:
    """12.5 style: thousands, as many decimals as needed, for a column headed (£k)."""
    return f"{amount / 1000:g}"


def k_change(amount: int) -> str:
    """+1.5 or -1.95 style: a change in thousands, signed; a dash for none."""
    return f"{amount / 1000:+g}" if amount else "–"
