"""What each document is: title, type, period and partnership, from the catalogue or the PDF itself."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import ConfigError
from ingest.facts.periods import normalise_period, period_from_text

CATALOGUE_FILE = "catalogue.toml"
DOC_TYPES = ("annual report", "strategic assessment", "minutes", "plan", "other")

_TYPE_PATTERNS = (
    ("strategic assessment", re.compile(r"strategic (intelligence )?assessment|\bSIA\b", re.IGNORECASE)),
    ("annual report", re.compile(r"annual report", re.IGNORECASE)),
    ("minutes", re.compile(r"minutes", re.IGNORECASE)),
    ("plan", re.compile(r"\bplan\b|strategy", re.IGNORECASE)),
)


@dataclass(frozen=True)
class DocumentInfo:
    """Catalogue facts about one document, stored on each of its chunks."""

    title: str
    doc_type: str
    period: str
    partnership: str
    date: str = ""  # ISO date: a meeting's, or a publication's; "" when the catalogue does not say


def load_catalogue(corpus_dir: Path) -> dict[str, DocumentInfo]:
    """Entries of `catalogue.toml` keyed by file name relative to the corpus folder; none if absent."""
    path = corpus_dir / CATALOGUE_FILE
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    entries: dict[str, DocumentInfo] = {}
    for entry in data.get("document", []):
        file = entry.get("file")
        if not file:
            raise ConfigError(f"{path}: every [[document]] needs a file name")
        doc_type = entry.get("type", "other")
        if doc_type not in DOC_TYPES:
            raise ConfigError(
                f"{path}: type of {file} must be one of {', '.join(DOC_TYPES)}, not {doc_type!r}"
            )
        entries[file] = DocumentInfo(
            title=entry.get("title") or Path(file).stem,
            doc_type=doc_type,
            period=normalise_period(entry.get("period", "")),
            partnership=entry.get("partnership", ""),
            date=str(entry.get("date", "")),
        )
    return entries


def infer_info(document: str, meta_title: str, first_heading: str, meta_author: str) -> DocumentInfo:
    """Facts for a PDF the catalogue does not list: title from metadata or first heading, type from title."""
    title = meta_title or first_heading or Path(document).stem.replace("-", " ").replace("_", " ")
    return DocumentInfo(
        title=title,
        doc_type=type_from_title(f"{title} {Path(document).stem}"),
        period=period_from_text(f"{title} {Path(document).stem}"),
        partnership=meta_author,
    )


def type_from_title(title: str) -> str:
    """Guess the document type from words in its title."""
    for doc_type, pattern in _TYPE_PATTERNS:
        if pattern.search(title):
            return doc_type
    return "other"
