"""Plain functions behind the Documents tab: the indexed documents newest first, filtered by type and
period, with the pages of each read by OCR; what a re-ingest or a removal asks before it runs, and
what it says after.

Nothing here imports gradio; the UI only wires these to its components.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.app.funding_view import ALL
from ingest.facts.periods import period_end
from ingest.records import DocumentRecord
from ingest.report import FileResult

DOCUMENT_HEADERS = [
    "Title",
    "Type",
    "Period",
    "Date",
    "Pages",
    "Read by OCR",
    "Chunks",
    "Ingested (UTC)",
    "File",
]
# What each change asks before it runs: {title} and {document} are filled in.
_QUESTIONS = {
    "reingest": (
        "Read **{title}** ({document}) again and replace what the index holds of it? Pages read by OCR "
        "before are not read again, and only chunks whose text changed are embedded again."
    ),
    "remove": (
        "Remove **{title}** ({document}) from the index and delete its file from the corpus folder? "
        "Its funding decisions, priorities and terms go with it."
    ),
}


@dataclass(frozen=True)
class PendingChange:
    """A change to one document that waits for the user to confirm it: "reingest" or "remove"."""

    action: str
    document: str


def when(record: DocumentRecord) -> str:
    """A document's place in time, as an ISO date: its meeting's or publication's date, else the end
    of the period it covers (a report on a year comes out once the year is over); "" if neither."""
    return record.date or period_end(record.period)


def newest_first(records: Iterable[DocumentRecord]) -> list[DocumentRecord]:
    """Documents by date, newest first, undated ones last; documents of one date by title."""
    by_title = sorted(records, key=lambda r: (r.title.casefold(), r.document))
    return sorted(by_title, key=when, reverse=True)


def documents_shown(
    records: Iterable[DocumentRecord], doc_type: str = ALL, period: str = ALL
) -> list[DocumentRecord]:
    """The documents the tab lists, newest first: exact type and period ("All" for any)."""
    return [
        r
        for r in newest_first(records)
        if (doc_type in (ALL, None) or r.doc_type == doc_type)
        and (period in (ALL, None) or r.period == period)
    ]


def document_filter_choices(records: Sequence[DocumentRecord]) -> dict[str, list[str]]:
    """The values each Documents filter offers, "All" first: the types present, the periods newest first."""
    return {
        "type": [ALL, *sorted({r.doc_type for r in records if r.doc_type})],
        "period": [ALL, *sorted({r.period for r in records if r.period}, reverse=True)],
    }


def document_choices(records: Iterable[DocumentRecord]) -> list[tuple[str, str]]:
    """The documents one can re-ingest or remove, newest first: (title and file, file)."""
    return [(f"{r.title} ({r.document})", r.document) for r in newest_first(records)]


def ocr_counts(pages: Iterable[tuple[str, int]]) -> Counter[str]:
    """How many indexed pages of each document were read by OCR, from (document, page) pairs."""
    return Counter(document for document, _ in set(pages))


def document_rows(records: Sequence[DocumentRecord], ocr: Mapping[str, int]) -> list[list[Any]]:
    """The Documents table: one row per document, in the order given, under DOCUMENT_HEADERS."""
    return [
        [
            r.title,
            r.doc_type,
            r.period,
            r.date,
            r.pages,
            ocr.get(r.document, 0),
            r.chunks,
            r.ingested_at.replace("T", " ").removesuffix("+00:00"),
            r.document,
        ]
        for r in records
    ]


def confirmation(change: PendingChange, records: Mapping[str, DocumentRecord]) -> str:
    """What the tab asks before a change runs: which document, and what the change will do."""
    record = records.get(change.document)
    title = record.title if record is not None else change.document
    return _QUESTIONS[change.action].format(title=title, document=change.document)


def ingest_line(result: FileResult) -> str:
    """One line on what ingest did with a file: "**Updated:** a.pdf (3 pages, 1 read by OCR, 12 chunks).\""""
    if result.status == "failed":
        return f"**Not ingested:** {result.document}: {result.reason}."
    ocr = f", {result.ocr_pages} read by OCR" if result.ocr_pages else ""
    return (
        f"**{result.status.capitalize()}:** {result.document} "
        f"({result.pages} pages{ocr}, {result.chunks} chunks)."
    )
