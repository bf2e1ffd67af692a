"""OCR output kept by the file's content hash, so an unchanged scanned file is never read by OCR twice.

One JSON file per PDF under `<data_dir>/ocr/<sha256>.json`, holding each OCR'd page's text, word
boxes and confidence. The page viewer and quote checks read an OCR'd page's text from here too.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ingest.parse.ocr import OCR_DPI, OcrPage, OcrWord

# Part of every cache file: OCR'd with another recipe (resolution, language, preprocessing), a page
# is read again rather than trusted. Bump when ingest/ocr.py changes what a page reads as.
RECIPE = f"tesseract-eng-psm3/{OCR_DPI}dpi/median3-rules-shading-deskew-bullets/v6"


def ocr_dir(data_dir: Path) -> Path:
    """Where OCR output is cached under a data folder."""
    return data_dir / "ocr"


class OcrCache:
    """OCR'd pages of PDFs, by content hash and page number."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path(self, sha256: str) -> Path:
        """The cache file of one PDF."""
        return self.directory / f"{sha256}.json"

    def load(self, sha256: str) -> dict[int, OcrPage]:
        """Every cached page of one PDF (none when the file is missing, unreadable or of another recipe)."""
        try:
            data = json.loads(self.path(sha256).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("recipe") != RECIPE:
            return {}
        return {int(p["number"]): _page(p) for p in data.get("pages", [])}

    def page(self, sha256: str, number: int) -> OcrPage | None:
        """One cached page, or None when it was never read by OCR."""
        return self.load(sha256).get(number)

    def save(self, sha256: str, pages: dict[int, OcrPage]) -> None:
        """Write one PDF's pages, replacing its file at once (a reader never sees half of it)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        data = {"recipe": RECIPE, "pages": [asdict(pages[n]) for n in sorted(pages)]}
        handle, temporary = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.chmod(temporary, 0o644)  # as any other file of the data folder, not mkstemp's 0600
            os.replace(temporary, self.path(sha256))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _page(data: dict[str, Any]) -> OcrPage:
    words = tuple(OcrWord(str(w["text"]), tuple(w["box"]), float(w["confidence"])) for w in data["words"])
    confidence = data.get("confidence")
    return OcrPage(
        number=int(data["number"]),
        text=str(data["text"]),
        words=words,
        confidence=None if confidence is None else float(confidence),
        skew=float(data.get("skew", 0.0)),
        drawn=bool(data.get("drawn", True)),
    )
