"""Small real PDFs made for tests with reportlab: headers, footers, tables, labels, broken files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PageLines = Sequence[str]


def make_pdf(
    path: Path,
    pages: Sequence[PageLines],
    header: str | None = None,
    footer_numbers: bool = False,
    title: str | None = None,
) -> Path:
    """One page per item of `pages`, one line of text per string; a line with '|' is a table row."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    if title:
        pdf.setTitle(title)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 11)
        if header:
            pdf.drawString(50, height - 40, header)
        y = height - 90
        for line in lines:
            if "|" in line:  # a table row: cells at fixed columns, far apart
                for column, cell in enumerate(c.strip() for c in line.split("|")):
                    pdf.drawString(50 + column * 170, y, cell)
            else:
                pdf.drawString(50, y, line)
            y -= 16
        if footer_numbers:
            pdf.drawString(width - 60, 30, str(number))
        pdf.showPage()
    pdf.save()
    return path


def encrypt_pdf(source: Path, target: Path, password: str) -> Path:
    """A copy of `source` encrypted with AES-256 under `password` (empty: opens without one)."""
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=password, owner_password="owner-secret", algorithm="AES-256")
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def label_pages(source: Path, target: Path, style: str, start: int = 1) -> Path:
    """A copy of `source` whose pages carry PDF page labels of `style` (/r roman, /D decimal)."""
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.set_page_label(0, len(writer.pages) - 1, style=style, start=start)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


Placed = tuple[float, float, str]  # x, y (points from the bottom left), text


def place_pdf(
    path: Path,
    pages: Sequence[Sequence[Placed]],
    size: tuple[float, float] = A4,
    turned: Sequence[int] = (),
    rules: Sequence[Sequence[tuple[float, float, float]]] = (),
    uprights: Sequence[Sequence[tuple[float, float, float]]] = (),
) -> Path:
    """One page per item of `pages`, each string drawn where it is placed ("**9,862** crimes": its
    first words bold, in the same run of text; "^Hotspot": turned to read upwards); `rules` gives
    each page's horizontal rules as (x from, x to, y), `uprights` its upright ones as (x, y from, y to).

    A page whose index is in `turned` is a landscape page as scanners and word processors make
    them: its text is drawn sideways on a portrait page that says /Rotate 90, so it shows upright.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=size)
    for index, placed in enumerate(pages):
        pdf.setFont("Helvetica", 10)
        if index in turned:
            pdf.transform(0, 1, -1, 0, size[0], 0)  # landscape coordinates on the portrait page
        for x0, x1, y in rules[index] if index < len(rules) else ():
            pdf.line(x0, y, x1, y)
        for x, y0, y1 in uprights[index] if index < len(uprights) else ():
            pdf.line(x, y0, x, y1)
        for x, y, text in placed:
            if text.startswith("**") and "**" in text[2:]:  # "**9,862** crimes": bold, then plain, one run
                bold, plain = text[2:].split("**", 1)
                run = pdf.beginText(x, y)
                run.setFont("Helvetica-Bold", 10)
                run.textOut(bold)
                run.setFont("Helvetica", 10)
                run.textOut(plain)
                pdf.drawText(run)
            elif text.startswith("^"):  # "^Hotspot": turned a quarter, reading upwards from (x, y)
                pdf.saveState()
                pdf.translate(x, y)
                pdf.rotate(90)
                pdf.drawString(0, 0, text[1:])
                pdf.restoreState()
            else:
                pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    if turned:
        writer = PdfWriter(clone_from=PdfReader(path))
        for index in turned:
            writer.pages[index].rotate(90)
        with path.open("wb") as handle:
            writer.write(handle)
    return path
