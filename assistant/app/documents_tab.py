"""The Documents tab of the chat UI: its layout and its events, a part of `ChatUI` (ui.py).

What is indexed, newest first, filtered by type and period, with the pages each had read by OCR; a
PDF to add; a document to re-ingest or remove, each change asked for a second time before it runs,
and an ingest's progress shown while it runs. The work is in documents_view.py, free of Gradio.
"""

from __future__ import annotations

import contextvars
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

# Gradio reads handler annotations at run time (gr.Progress): they must be real imports here.
from assistant.app.chat import add_pdf
from assistant.app.documents_view import (
    DOCUMENT_HEADERS,
    PendingChange,
    confirmation,
    document_choices,
    document_filter_choices,
    document_rows,
    documents_shown,
    ingest_line,
    ocr_counts,
)
from assistant.app.funding_view import ALL
from assistant.app.handlers import UIHandlers
from assistant.app.progress import IngestProgress
from ingest.errors import CspError
from ingest.records import DocumentRecord


@dataclass(frozen=True)
class DocumentsTab:
    """The Documents tab's components that the other tabs' wiring needs."""

    listing: tuple[Any, ...]  # what a change of index refreshes: table, filters, document picker
    upload: Any
    add_button: Any
    yes: Any  # confirms the pending change
    pending: Any
    confirm: Any  # the group that asks
    status: Any


class DocumentsTabUI(UIHandlers):
    """The Documents tab's builder and handlers."""

    def documents_tab(self) -> DocumentsTab:
        """Documents newest first with filters; add a PDF; re-ingest or remove one, once confirmed."""
        records = self.assistant.documents()
        choices = document_filter_choices(records)
        with gr.Tab("Documents"):
            gr.Markdown(
                "Every indexed document, newest first (by its date, else the end of the period it covers). "
                "*Read by OCR* counts the pages read from a scanned image."
            )
            with gr.Row():
                doc_type = gr.Dropdown(choices["type"], value=ALL, label="Type", elem_id="documents-type")
                period = gr.Dropdown(choices["period"], value=ALL, label="Period", elem_id="documents-period")
            table = gr.Dataframe(
                headers=DOCUMENT_HEADERS,
                value=self.document_table(records),
                interactive=False,
                elem_id="documents",
                wrap=True,
                column_widths=["28%", "10%", "7%", "9%", "6%", "7%", "6%", "11%", "16%"],
            )
            with gr.Row():
                with gr.Column():
                    upload = gr.File(
                        label=f"Add a PDF (up to {self.settings.max_upload_mb} MB)",
                        file_types=[".pdf"],
                        type="filepath",
                    )
                    add_button = gr.Button("Add to the index", elem_id="documents-add")
                with gr.Column():
                    chosen = gr.Dropdown(
                        document_choices(records), value=None, label="Document", elem_id="documents-chosen"
                    )
                    with gr.Row():
                        reingest = gr.Button("Re-ingest", elem_id="documents-reingest")
                        remove = gr.Button(
                            "Remove from the index", variant="stop", elem_id="documents-remove"
                        )
            with gr.Group(visible=False, elem_id="documents-confirm") as confirm:
                question = gr.Markdown()
                with gr.Row():
                    yes = gr.Button("Yes, go ahead", variant="stop", elem_id="documents-yes")
                    no = gr.Button("Cancel", elem_id="documents-no")
            status = gr.Markdown(elem_id="documents-status")
            pending = gr.State(None)
        filters = [doc_type, period]
        for control in filters:
            control.change(self.show_documents, filters, [table])
        asking = [pending, confirm, question, status]
        # Focus moves to Cancel, so a keyboard user answers at once and Enter alone changes nothing.
        focus = "() => setTimeout(() => document.querySelector('#documents-no')?.focus(), 100)"
        reingest.click(self.ask_to_reingest, [chosen], asking).then(None, js=focus)
        remove.click(self.ask_to_remove, [chosen], asking).then(None, js=focus)
        no.click(self.cancel_change, None, asking)
        return DocumentsTab(
            (table, doc_type, period, chosen), upload, add_button, yes, pending, confirm, status
        )

    def document_table(
        self, records: Sequence[DocumentRecord] | None = None, doc_type: str = ALL, period: str = ALL
    ) -> list[list[Any]]:
        """The table's rows for the filters given, with each document's pages read by OCR."""
        records = self.assistant.documents() if records is None else records
        return document_rows(documents_shown(records, doc_type, period), ocr_counts(self.assistant.ocr_pages))

    def show_documents(self, doc_type: str, period: str) -> list[list[Any]]:
        """The table as the filters select."""
        return self.document_table(None, doc_type, period)

    def refresh_documents(self) -> tuple[Any, ...]:
        """The table (filters back to All), the filters' and the document picker's choices, and the
        chat's Period and Document choices, from the index."""
        records = self.assistant.documents()
        choices = document_filter_choices(records)
        return (
            self.document_table(records),
            gr.update(choices=choices["type"], value=ALL),
            gr.update(choices=choices["period"], value=ALL),
            gr.update(choices=document_choices(records), value=None),
            gr.update(choices=self.periods(records)),
            gr.update(choices=self.document_choices(records)),
        )

    def add(self, upload: str | None, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008 - gradio's idiom
        """Ingest an uploaded PDF, its progress shown; a status line, then the refreshed listings."""
        if not upload:
            return ("Choose a PDF first.", *self.refresh_documents())
        path = Path(upload)
        shown = _shown_by(progress)
        shown.start(path.name)
        try:
            max_bytes = self.settings.max_upload_mb * 1_000_000
            report = add_pdf(self.assistant, path, path.name, max_bytes, shown.embedded, shown.ocr)
        except CspError as exc:
            return (f"**Not added.** {exc}", *self.refresh_documents())
        return (ingest_line(report.files[0]), *self.refresh_documents())

    def ask_to_reingest(self, document: str | None) -> tuple[Any, ...]:
        """Ask before reading a document again: (pending change, the question shown, its text, status)."""
        return self._ask("reingest", document)

    def ask_to_remove(self, document: str | None) -> tuple[Any, ...]:
        """Ask before removing a document: (pending change, the question shown, its text, status)."""
        return self._ask("remove", document)

    def _ask(self, action: str, document: str | None) -> tuple[Any, ...]:
        if not document:
            return None, gr.update(visible=False), "", "Choose a document first."
        change = PendingChange(action, document)
        return change, gr.update(visible=True), confirmation(change, self.assistant.records), ""

    def cancel_change(self) -> tuple[Any, ...]:
        """Forget the pending change: nothing happens to the index."""
        return None, gr.update(visible=False), "", "Nothing changed."

    def confirm_change(
        self,
        change: PendingChange | None,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 - gradio's idiom
    ) -> tuple[Any, ...]:
        """Run the confirmed change; (status, pending, question hidden, then the refreshed listings)."""
        done = (None, gr.update(visible=False))
        if change is None:
            return ("Nothing to confirm.", *done, *self.refresh_documents())
        try:
            if change.action == "remove":
                chunks = self.assistant.remove(change.document)
                line = f"**Removed:** {change.document} ({chunks} chunks)."
            else:
                shown = _shown_by(progress)
                shown.start(change.document)
                report = self.assistant.reingest(change.document, shown.embedded, shown.ocr)
                line = ingest_line(report.files[0])
        except CspError as exc:
            line = f"**Not done.** {exc}"
        return (line, *done, *self.refresh_documents())


def _shown_by(progress: gr.Progress) -> IngestProgress:
    """An ingest's progress shown by Gradio's bar. gr.Progress finds its event through context
    variables, which ingest's parsing thread lacks: each update runs in a copy of this thread's."""
    context = contextvars.copy_context()
    return IngestProgress(lambda fraction, line: context.copy().run(progress, fraction, desc=line))
