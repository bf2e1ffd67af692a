"""What each event of the chat UI does: the handler methods `ChatUI` (in ui.py) wires to its components;
the Chat tab's own are in chat_handlers.py.

Apart from the layout so that each reads on its own. One instance serves every browser session, so
handlers keep nothing on `self`: a session's conversation and shown rows come in and go out through
`gr.State`. The work itself is in chat.py and funding_view.py, free of Gradio; handlers only turn it
into component values and updates.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import Any

import gradio as gr

# Gradio finds event parameters by their annotations (gr.SelectData), which it resolves at run time:
# the names in handler annotations must be real imports here, not TYPE_CHECKING-only ones.
from assistant.app.chat import add_pdf, document_rows
from assistant.app.funding_view import (
    ALL,
    decision_for_row,
    filter_choices,
    funding_rows,
    glossary_values,
    table_values,
    write_csv,
)
from assistant.app.pages import PageRenderer
from assistant.service import Assistant
from ingest.errors import CspError
from ingest.facts.decision_types import FundingDecision
from ingest.parse.catalogue import DOC_TYPES
from ingest.parse.ocr_cache import ocr_dir
from ingest.records import DocumentRecord


class UIHandlers:
    """The chat UI's event handlers over one Assistant and the renderer of its cited pages."""

    def __init__(self, assistant: Assistant, renderer: PageRenderer | None = None) -> None:
        self.assistant = assistant
        self.settings = assistant.settings
        pages, scans = self.settings.data_dir / "pages", ocr_dir(self.settings.data_dir)
        self.renderer = renderer or PageRenderer(self.settings.corpus_dir, pages, ocr_dir=scans)
        self.exports = Path(tempfile.gettempdir()) / "csp-exports"

    def doc_types(self) -> list[str]:
        """The Document type filter's choices."""
        return [ALL, *DOC_TYPES]

    def periods(self, records: list[DocumentRecord] | None = None) -> list[str]:
        """The Period filter's choices: the periods of the indexed documents."""
        records = self.assistant.documents() if records is None else records
        return [ALL, *sorted({r.period for r in records if r.period})]

    def document_choices(self, records: list[DocumentRecord] | None = None) -> list[tuple[str, str]]:
        """The chat's Document filter: each indexed document by its title."""
        records = self.assistant.documents() if records is None else records
        return [(ALL, ALL), *((r.title, r.document) for r in records)]

    def open_page(self, document: str, page: int, quote: str) -> tuple[Any, str]:
        """The page as an image with the quote highlighted, and its text under a title line."""
        rendered = self.renderer.render(document, page, quote)
        knowledge = self.assistant.knowledge
        title = knowledge.sources.title(document)
        label = knowledge.sources.label(document, page)
        text = self.assistant.retriever.page_text(document, page)
        return str(rendered.path), f"#### {title}, p. {label}\n\n{text}"

    # Funding and Glossary tabs

    def show_funding(
        self, year: str, priority: str, window: str, min_amount: float | None, search: str
    ) -> tuple[Any, ...]:
        """The decisions the filters select: table values, the decisions shown, and their CSV."""
        knowledge = self.assistant.knowledge
        shown = funding_rows(knowledge, year, priority, window, min_amount, search)
        csv = write_csv(knowledge, shown, self.exports / f"funding-{uuid.uuid4().hex[:12]}.csv")
        return table_values(knowledge, shown), shown, gr.update(value=str(csv))

    def refresh_funding(self) -> tuple[Any, ...]:
        """Funding and Glossary tables rebuilt from the index, with every filter back to All."""
        choices = filter_choices(self.assistant.knowledge)
        table, shown, csv = self.show_funding(ALL, ALL, ALL, None, "")
        updates = [gr.update(choices=choices[key], value=ALL) for key in ("year", "priority", "window")]
        return (table, shown, csv, *updates, glossary_values(self.assistant.knowledge))

    def open_decision(self, event: gr.SelectData, shown: list[FundingDecision]) -> tuple[Any, str]:
        """Open the page of the funding decision in the clicked row."""
        decision = decision_for_row(shown, event.row_value or [])
        if decision is None:
            return None, ""
        return self.open_page(decision.document, decision.page, decision.quote)

    # Documents tab

    def refresh_documents(self) -> tuple[Any, ...]:
        """The Documents table, the Remove choices and the chat's Period and Document choices."""
        records = self.assistant.documents()
        names = [r.document for r in records]
        return (
            document_rows(records),
            gr.update(choices=names, value=None),
            gr.update(choices=self.periods(records)),
            gr.update(choices=self.document_choices(records)),
        )

    def add(self, upload: str | None, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008 - gradio's idiom
        """Ingest an uploaded PDF; a status line, then the refreshed document listings."""
        if not upload:
            return ("Choose a PDF first.", *self.refresh_documents())
        path = Path(upload)
        max_bytes = self.settings.max_upload_mb * 1_000_000
        try:
            report = add_pdf(
                self.assistant, path, path.name, max_bytes, lambda d, t: progress(d / t, desc="Embedding")
            )
        except CspError as exc:
            return (f"**Not added.** {exc}", *self.refresh_documents())
        f = report.files[0]
        return (
            f"**{f.status.capitalize()}:** {f.document} ({f.pages} pages, {f.chunks} chunks).",
            *self.refresh_documents(),
        )

    def remove(self, document: str | None) -> tuple[Any, ...]:
        """Drop a document from the index; a status line, then the refreshed document listings."""
        if not document:
            return ("Choose a document to remove.", *self.refresh_documents())
        try:
            chunks = self.assistant.remove(document)
        except CspError as exc:
            return (f"**Not removed.** {exc}", *self.refresh_documents())
        return (f"**Removed:** {document} ({chunks} chunks).", *self.refresh_documents())
