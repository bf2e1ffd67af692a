"""A scanned page's image made ready for Tesseract: specks out, table rules out, lines level; bullets found.

Tesseract reads words well but not what surrounds them: a table's ruled lines come back as "|" and
"__", a list's bullet dots are dropped or read as "e". Here the rules are erased before it reads,
and bullets are found afterwards as the dots left of a line's first word.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

INK = 128  # grey level below which a pixel is ink
MAX_SKEW = 5.0  # degrees searched either way: scanners feed pages a few degrees askew, not more
RULE_INCHES = 0.5  # a straight run of ink this long is a ruled line (no letter has one)
FILL_INCHES = 0.04  # a run of marks thicker than this is shading, not a rule (rules are a point or two)
RULE_GREY = 210  # grey level below which a mark may be part of a (light grey) table rule
# What Tesseract makes of a bullet dot when it reads one at all.
BULLET_MISREADS = frozenset("•·◦▪■●oe«»©®°*¢+-=")

_PixelWord = tuple[str, float, float, float, float, float]  # text, left, top, right, bottom, confidence


def prepare(image: Image.Image, dpi: float) -> tuple[Image.Image, float]:
    """The page cleaned of specks and ruled lines and turned level, with the turn made (degrees)."""
    # A median filter takes out a scanner's salt-and-pepper specks without thinning 300 dpi strokes.
    image = image.filter(ImageFilter.MedianFilter(3))
    pixels = np.asarray(image).copy()
    # Table rules are often printed light grey: look for them among light marks too, not only ink.
    ruled = _rules(pixels < RULE_GREY, max(int(RULE_INCHES * dpi), 20))
    # A shaded cell is such a run of marks too, but thick: there only the shading goes, and the
    # words printed on it stay.
    shaded = _opened(ruled, max(int(FILL_INCHES * dpi / 2), 1))
    pixels[_grown(ruled, 2) & ~(shaded & (pixels < INK))] = 255
    image = Image.fromarray(pixels)
    angle = skew(image)
    if angle:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return image, angle


def ink_share(image: Image.Image) -> float:
    """The share of the page's pixels that are ink."""
    return float((np.asarray(image) < INK).mean())


def skew(image: Image.Image) -> float:
    """The turn (degrees) that makes the page's lines level: the one whose rows of ink are sharpest."""
    small = image.copy()
    small.thumbnail((900, 900))

    def sharpness(angle: float) -> float:
        turned = small.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
        rows = (np.asarray(turned) < INK).sum(axis=1).astype(np.float64)
        return float(np.sum(np.diff(rows) ** 2))

    coarse = max((a / 2 for a in range(int(-2 * MAX_SKEW), int(2 * MAX_SKEW) + 1)), key=sharpness)
    fine = max((coarse + a / 10 for a in range(-4, 5)), key=sharpness)
    return round(fine, 1) if abs(fine) >= 0.2 else 0.0


def _rules(ink: np.ndarray, length: int) -> np.ndarray:
    """The ink of horizontal and vertical runs at least `length` long (a little slanted too)."""
    # A scan a degree or two askew steps a rule by a pixel every few dozen: thicken before looking.
    rows = ink | np.roll(ink, 1, axis=0) | np.roll(ink, -1, axis=0)
    columns = ink | np.roll(ink, 1, axis=1) | np.roll(ink, -1, axis=1)
    return ink & (_long_runs(rows, length) | _long_runs(columns.T, length).T)


def _opened(mask: np.ndarray, by: int) -> np.ndarray:
    """The parts of the mask a square `2 * by + 1` wide fits inside: nothing of a thin rule, nor of
    two rules crossing, but all of a shaded cell."""
    inside = mask
    for axis in (0, 1):
        inside = _shifted(inside, by, axis, np.logical_and)
    for axis in (0, 1):
        inside = _shifted(inside, by, axis, np.logical_or)
    return inside


def _shifted(mask: np.ndarray, by: int, axis: int, join: np.ufunc) -> np.ndarray:
    """The mask joined with itself moved up to `by` pixels either way along one axis."""
    out = mask.copy()
    for shift in range(1, by + 1):
        out = join(out, join(np.roll(mask, shift, axis=axis), np.roll(mask, -shift, axis=axis)))
    return out


def _grown(mask: np.ndarray, by: int) -> np.ndarray:
    """The mask and the pixels `by` around it: a rule's faint edges go with it (or read as quote marks)."""
    grown = mask.copy()
    for shift in range(1, by + 1):
        for axis in (0, 1):
            grown |= np.roll(mask, shift, axis=axis) | np.roll(mask, -shift, axis=axis)
    return grown


def _long_runs(ink: np.ndarray, length: int, step: int = 16) -> np.ndarray:
    """Where each row has a run of solid ink `length` long, found `step` pixels at a time (it is fast)."""
    height, width = ink.shape
    pieces = width // step
    need = max(length // step, 2)
    found = np.zeros_like(ink)
    if pieces < need:
        return found
    solid = ink[:, : pieces * step].reshape(height, pieces, step).mean(axis=2) >= 0.9
    counts = np.concatenate(
        [np.zeros((height, 1), np.int32), np.cumsum(solid, axis=1, dtype=np.int32)], axis=1
    )
    starts = (counts[:, need:] - counts[:, :-need]) == need  # `need` solid pieces from here on
    covered = np.zeros_like(solid)
    for offset in range(need):
        covered[:, offset : offset + starts.shape[1]] |= starts
    found[:, : pieces * step] = np.repeat(covered, step, axis=1)
    return found


def mark_bullets(lines: list[list[_PixelWord]], image: Image.Image, char_width: float) -> None:
    """Make each line's leading bullet a "•" word: a misread dot, or a dot Tesseract did not read."""
    pixels = np.asarray(image) < INK
    for line in lines:
        first = line[0]
        after = line[1] if len(line) > 1 else None
        gap = (after[1] - first[3]) / char_width if after else 0.0
        if len(first[0]) == 1 and first[0] in BULLET_MISREADS and gap > 1.0:
            line[0] = ("•", *first[1:])
            continue
        dot = _dot_before(pixels, first, char_width)
        if dot is not None:
            line.insert(0, ("•", *dot, 100.0))


def _dot_before(
    pixels: np.ndarray, word: _PixelWord, char_width: float
) -> tuple[float, float, float, float] | None:
    """The box of a solid dot just left of a word and level with it (a bullet), if there is one."""
    _, left, top, _, bottom, _ = word
    height = bottom - top
    x0, x1 = int(max(left - 4 * char_width, 0)), int(max(left - 0.4 * char_width, 0))
    y0, y1 = int(max(top - 0.2 * height, 0)), int(bottom + 0.2 * height)
    region = pixels[y0:y1, x0:x1]
    if region.size == 0 or not region.any():
        return None
    rows, cols = np.nonzero(region.any(axis=1))[0], np.nonzero(region.any(axis=0))[0]
    box_h, box_w = rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1
    solid = region[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1].mean()
    if not (0.15 * height <= box_h <= 0.75 * height and 0.6 <= box_w / box_h <= 1.6 and solid > 0.55):
        return None
    return (x0 + cols[0], y0 + rows[0], x0 + cols[-1] + 1.0, y0 + rows[-1] + 1.0)
