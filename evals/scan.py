"""Scanned copies of PDFs for tests and evaluation archives: pages turned into images, as a scanner would.

Each chosen page is rendered (pypdfium2), turned a little (skew), sprinkled with noise and saved back
as an image with no text layer; pages not chosen stay as they were, so a mixed document keeps its
text pages. The result is deterministic for a given seed.
"""

from __future__ import annotations

import io
import random
from collections.abc import Collection
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter


def scan_pdf(
    source: Path,
    target: Path,
    *,
    pages: Collection[int] | None = None,
    angle: float = 1.2,
    noise: float = 0.01,
    dpi: int = 200,
    seed: int = 0,
) -> Path:
    """Write `target`: `source` with the 1-based `pages` (all when None) replaced by scanned images."""
    rng = random.Random(seed)
    reader = PdfReader(source)
    chosen = set(range(1, len(reader.pages) + 1)) if pages is None else set(pages)
    document = pdfium.PdfDocument(str(source))
    writer = PdfWriter()
    try:
        for number in range(1, len(reader.pages) + 1):
            if number not in chosen:
                writer.add_page(reader.pages[number - 1])
                continue
            image = _scanned_image(document[number - 1], dpi, angle, noise, rng)
            writer.add_page(PdfReader(io.BytesIO(_image_pdf(image, dpi))).pages[0])
    finally:
        document.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def _scanned_image(
    page: pdfium.PdfPage, dpi: int, angle: float, noise: float, rng: random.Random
) -> Image.Image:
    image = page.render(scale=dpi / 72).to_pil().convert("L")
    # A scanner's skew: turned about the centre, the uncovered corners white as paper.
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(radius=0.4))
    if noise > 0:
        pixels = image.load()
        width, height = image.size
        for _ in range(int(width * height * noise)):
            x, y = rng.randrange(width), rng.randrange(height)
            pixels[x, y] = rng.choice((0, 90, 200))
    return image


def _image_pdf(image: Image.Image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=float(dpi))
    return buffer.getvalue()
