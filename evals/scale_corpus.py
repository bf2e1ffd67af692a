"""A scale corpus for benchmarks: about 2,000 pages of PDFs made from the real corpus's text, reshuffled.

Paragraphs, list items and table rows of the real documents are drawn at random (seeded) onto new
pages under their headings, so that every page differs but reads like the partnership's writing.
"""

from __future__ import annotations

import random
from pathlib import Path

from ingest.corpus_files import find_pdfs
from ingest.parse.blocks import Block
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf

LINE_CHARS = 95
LINES_PER_PAGE = 36


def build_scale_corpus(
    source_dir: Path, target: Path, pages: int = 2000, per_file: int = 100, seed: int = 7
) -> Path:
    """Write `pages` pages in files of `per_file` pages under `target`; reuse them if already there."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    files = -(-pages // per_file)
    done = target / f".built-{pages}-{per_file}-{seed}"
    if done.exists():
        return target
    target.mkdir(parents=True, exist_ok=True)
    blocks = _source_blocks(source_dir)
    rng = random.Random(seed)
    made = 0
    for number in range(files):
        count = min(per_file, pages - made)
        pdf = canvas.Canvas(str(target / f"scale-{number:03d}.pdf"), pagesize=A4)
        pdf.setTitle(f"Scale corpus document {number} (minutes {2015 + number % 10}-{16 + number % 10})")
        for page in range(count):
            _draw_page(pdf, rng, blocks, f"Scale document {number}, page {page + 1}")
        pdf.save()
        made += count
    done.write_text(str(made))
    return target


def _source_blocks(source_dir: Path) -> list[Block]:
    blocks: list[Block] = []
    for path in find_pdfs([source_dir]):
        for page in clean_pages(read_pdf(path, path.name).pages):
            blocks.extend(page.blocks)
    if not blocks:
        raise ValueError(f"source_dir has no readable PDF text: {source_dir}")
    return blocks


def _draw_page(pdf: object, rng: random.Random, blocks: list[Block], header: str) -> None:
    height = 842  # A4 in points
    draw = pdf.drawString  # type: ignore[attr-defined]
    pdf.setFont("Helvetica", 8)  # type: ignore[attr-defined]
    draw(50, height - 30, header)
    y = height - 70
    lines = 0
    while lines < LINES_PER_PAGE - 4:
        block = rng.choice(blocks)
        font = ("Helvetica-Bold", 12) if block.kind == "heading" else ("Helvetica", 10)
        pdf.setFont(*font)  # type: ignore[attr-defined]
        text = block.text.replace("\t", "    ")
        prefix = "• " if block.kind == "bullet" else ""
        for line in _wrap(prefix + text):
            if lines >= LINES_PER_PAGE - 2:
                break
            draw(60 if prefix else 50, y, line)
            y -= 15
            lines += 1
        y -= 8
        lines += 1
    pdf.showPage()  # type: ignore[attr-defined]


def _wrap(text: str) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > LINE_CHARS:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines
