"""How a source is named wherever it is shown (the chat, `csp ask`): title, type, date or period,
page label, and whether the page was read by OCR."""

from __future__ import annotations

from assistant.answering.ocr_marks import ocr_suffix
from assistant.types import Citation
from ingest.facts.periods import readable_date


def when(citation: Citation) -> str:
    """The cited document's date when known (a meeting's, a publication's), else its period."""
    return readable_date(citation.date) if citation.date else citation.period


def source_name(citation: Citation) -> str:
    """A source without its number: "Title (annual report, 2022-23), p. 13 (read by OCR)"."""
    about = ", ".join(part for part in (citation.doc_type, when(citation)) if part)
    kind = f" ({about})" if about else ""
    return f"{citation.title}{kind}, p. {citation.page_label}{ocr_suffix(citation.ocr)}"


def source_label(citation: Citation) -> str:
    """How a citation is named where the user reads or clicks it: "[1] " and its `source_name`."""
    return f"[{citation.number}] {source_name(citation)}"
