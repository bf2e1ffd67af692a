"""Partnership L's page furniture, unlike common.py's and the other partnerships' layout modules: set in
STIX General (the Times-like TrueType family matplotlib ships in its mpl-data) with headings in DejaVu
Sans Bold; a plum rule down the left margin of every page; the document's short name in small italics at
the top left and "Page N" at the top right, with no rule under them; at the foot, the partnership's name
at the left and the document's date at the right in grey. Tables are "column-ruled": a box round the
table and a vertical rule between columns, no horizontal rules between body rows but alternate rows
shaded, and a double plum rule under a bold header row. Side panels (case studies) are boxes with a thick
plum bar at their left. Portrait, two-column portrait and landscape templates."""

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

PLUM = colors.Color(0.42, 0.16, 0.36)
MIST = colors.Color(0.96, 0.93, 0.95)
GREY = colors.Color(0.38, 0.38, 0.38)
LEFT, RIGHT, FOOT, TOP, GUTTER = 68.0, 52.0, 56.0, 62.0, 20.0
RULE_X = 44.0
FONT_DIR = Path(get_data_path()) / "fonts" / "ttf"


def _fonts() -> tuple[str, str, str, str, str, str]:
    """Register STIX General (regular, bold, italic, bold italic) and DejaVu Sans (regular, bold) once."""
    names = ("SmStix", "SmStixBd", "SmStixIt", "SmStixBdIt", "SmSans", "SmSansBd")
    files = (
        "STIXGeneral.ttf",
        "STIXGeneralBol.ttf",
        "STIXGeneralItalic.ttf",
        "STIXGeneralBolIta.ttf",
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
    )
    if names[0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in zip(names, files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[2],
                                      boldItalic=names[3])  # fmt: skip
        pdfmetrics.registerFontFamily(names[4], normal=names[4], bold=names[5], italic=names[4],
                                      boldItalic=names[5])  # fmt: skip
    return names


REGULAR, BOLD, ITALIC, BOLD_ITALIC, SANS, SANS_BOLD = _fonts()
TEXT = ParagraphStyle("SmBody", parent=BODY, fontName=REGULAR, fontSize=10.6, leading=13.8, spaceAfter=6)
CELL = ParagraphStyle("SmCell", parent=TEXT, fontSize=9.2, leading=11.2, spaceAfter=0)
FIGURE = ParagraphStyle("SmFigure", parent=CELL, alignment=2)
HEAD_CELL = ParagraphStyle("SmHeadCell", parent=CELL, fontName=BOLD)
HEAD_FIGURE = ParagraphStyle("SmHeadFigure", parent=HEAD_CELL, alignment=2)
TITLE = ParagraphStyle(
    "SmTitle", parent=TEXT, fontName=SANS_BOLD, fontSize=19, leading=24, textColor=PLUM, spaceAfter=4
)
SUBTITLE = ParagraphStyle(
    "SmSubtitle", parent=TEXT, fontName=ITALIC, fontSize=12.5, leading=16, spaceAfter=12
)
HEADING = ParagraphStyle(
    "SmHeading", parent=TEXT, fontName=SANS_BOLD, fontSize=11.8, leading=15, textColor=PLUM, spaceBefore=10,
    spaceAfter=4, keepWithNext=1,
)  # fmt: skip
MINOR = ParagraphStyle(
    "SmMinor", parent=TEXT, fontName=SANS_BOLD, fontSize=9.6, leading=12.5, spaceBefore=6, spaceAfter=2
)
CAPTION = ParagraphStyle(
    "SmCaption", parent=TEXT, fontName=BOLD_ITALIC, fontSize=9.6, leading=12, spaceBefore=4, spaceAfter=3
)
NOTE = ParagraphStyle("SmNote", parent=TEXT, fontName=ITALIC, fontSize=9, leading=11.4, textColor=GREY)
PANEL_TEXT = ParagraphStyle("SmPanel", parent=TEXT, fontSize=9.8, leading=12.6, spaceAfter=4)
PANEL_HEAD = ParagraphStyle(
    "SmPanelHead", parent=PANEL_TEXT, fontName=SANS_BOLD, fontSize=9.6, textColor=PLUM
)
NOTICE = ParagraphStyle(
    "SmNotice", parent=TEXT, fontName=SANS_BOLD, fontSize=8.4, leading=11, textColor=PLUM, borderColor=PLUM,
    borderWidth=0.8, borderPadding=(5, 6, 5, 6), spaceAfter=14,
)  # fmt: skip
RAG = {
    "Red": colors.Color(0.93, 0.62, 0.6),
    "Amber": colors.Color(0.99, 0.82, 0.5),
    "Green": colors.Color(0.66, 0.86, 0.66),
}


def render_pages(
    path: Path,
    story: StoryMaker,
    meta: Meta,
    label: str,
    date: str,
    first: str = "portrait",
    owner: str = "Sallowmere Community Safety Partnership",
) -> Path:
    """Lay `story` out into `path` on the plum-rule furniture: `label` at the top left, "Page N" at the top
    right, `owner` (the partnership) and `date` at the foot; starting on the template named `first`
    (portrait, columns, landscape)."""

    def running(canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(PLUM)
        canvas.setLineWidth(2.2)
        canvas.line(RULE_X, FOOT - 8, RULE_X, height - TOP + 14)
        canvas.setFillColor(PLUM)
        canvas.setFont(ITALIC, 9)
        canvas.drawString(LEFT, height - 36, label)
        canvas.setFont(SANS_BOLD, 9)
        canvas.drawRightString(width - RIGHT, height - 36, f"Page {document.page}")
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawString(LEFT, 30, owner)
        canvas.drawRightString(width - RIGHT, 30, date)
        canvas.restoreState()

    templates = three_templates(running, LEFT, RIGHT, FOOT, TOP, GUTTER)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(meta.build(story, templates, first))
    return path


def p(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def title(text: str, subtitle: str = "") -> list[Flowable]:
    return [Paragraph(text, TITLE)] + ([Paragraph(subtitle, SUBTITLE)] if subtitle else [])


def heading(text: str) -> Paragraph:
    return Paragraph(text, HEADING)


def minor(text: str) -> Paragraph:
    return Paragraph(text, MINOR)


def caption(text: str) -> Paragraph:
    return Paragraph(text, CAPTION)


def notice() -> Paragraph:
    """The fictional-document notice, plum in a thin plum box."""
    return Paragraph(FICTIONAL, NOTICE)


def bullets(items: Sequence[str], style: ParagraphStyle = TEXT, numbered: str = "") -> ListFlowable:
    """A list with en-dash bullets, or numbered with `numbered` as the format ("(%s)", "%s.")."""
    flow = [ListItem(Paragraph(item, style), leftIndent=20) for item in items]
    if numbered:
        return ListFlowable(flow, bulletType="1", bulletFormat=numbered, leftIndent=20,
                            bulletFontName=REGULAR, bulletFontSize=10)  # fmt: skip
    return ListFlowable(flow, bulletType="bullet", start="–", leftIndent=14, bulletFontName=REGULAR,
                        bulletFontSize=10)  # fmt: skip


def ruled(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    figures: Sequence[int] = (),
    header: bool = True,
    total_row: bool = False,
    shade_from: int = 0,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A column-ruled table: a box, vertical rules between columns, alternate body rows shaded (counting
    from `shade_from`, so a continuation keeps its stripes), a double plum rule under a bold header row
    when `header`; the columns in `figures` set right; a bold last row over a rule when `total_row`. The
    header is never repeated: a table split by hand continues without it."""
    cells = []
    for r, row in enumerate(rows):
        head = header and r == 0
        line = []
        for c, cell in enumerate(row):
            head_style, body_style = (HEAD_FIGURE, FIGURE) if c in figures else (HEAD_CELL, CELL)
            style = head_style if head else body_style
            text = f"<b>{cell}</b>" if total_row and r == len(rows) - 1 else str(cell)
            line.append(Paragraph(text, style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=0, hAlign="LEFT")
    first_body = 1 if header else 0
    rules: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.8, PLUM),
        ("LINEAFTER", (0, 0), (-2, -1), 0.4, PLUM),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    for r in range(first_body, len(rows)):
        if (r - first_body + shade_from) % 2 == 1:
            rules.append(("BACKGROUND", (0, r), (-1, r), MIST))
    if header:
        # A double rule: two lines 1.5 points apart.
        rules.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, PLUM, 1, None, None, 2, 1.5))
    if total_row:
        rules.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, PLUM))
    table.setStyle(TableStyle([*rules, *extra]))
    return table


def panel(heading_text: str, texts: Sequence[str], width: float) -> Table:
    """A boxed side panel (a case study): a thick plum bar at its left, a heading and paragraphs."""
    body: list[Flowable] = [Paragraph(heading_text, PANEL_HEAD), *(Paragraph(t, PANEL_TEXT) for t in texts)]
    box = Table([[body]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, PLUM),
                ("LINEBEFORE", (0, 0), (0, -1), 4, PLUM),
                ("BACKGROUND", (0, 0), (-1, -1), MIST),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def pounds(amount: int) -> str:
    """£14,500 style: whole pounds."""
    return f"£{amount:,}"


def in_k(amount: int) -> str:
    """14.5 style: thousands of pounds to one decimal, for a column headed £k."""
    return f"{amount / 1000:.1f}"
