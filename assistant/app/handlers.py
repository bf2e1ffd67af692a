"""What each event of the chat UI does: the handler methods `ChatUI` (in ui.py) wires to its components.

Apart from the layout so that each reads on its own. One instance serves every browser session, so
handlers keep nothing on `self`: a session's conversation and shown rows come in and go out through
`gr.State`. The work itself is in chat.py, free of Gradio; handlers only turn it into component
values and updates. The Documents and Funding tabs' handlers are in documents_tab.py and
funding_tab.py, beside their layouts; `open_page` here serves them too.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

# Gradio finds event parameters by their annotations (gr.SelectData), which it resolves at run time:
# the names in handler annotations must be real imports here, not TYPE_CHECKING-only ones.
from assistant.app.chat import Exchange, Message, source_label, stream_messages, write_export
from assistant.app.funding_view import ALL
from assistant.app.pages import PageRenderer
from assistant.service import Assistant
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

    # Chat tab

    def respond(
        self, message: str, chat: list[Message], exchanges: list[Exchange], doc_type: str, period: str
    ) -> Iterator[tuple[Any, ...]]:
        """Stream the answer into the chat; once final, offer its sources and the conversation's export.

        Yields (chat, exchanges, sources, question box, export button).
        """
        message = (message or "").strip()
        if not message:
            yield chat, exchanges, gr.update(), "", gr.update()
            return
        chosen_type = None if doc_type in (ALL, None) else doc_type
        chosen_period = None if period in (ALL, None) else period
        for update in stream_messages(self.assistant, message, chat, exchanges, chosen_type, chosen_period):
            if update.answer is None:
                yield update.messages, update.exchanges, gr.update(), "", gr.update()
                continue
            export = write_export(update.exchanges, self.exports)
            labels = [source_label(c) for c in update.answer.citations]
            sources = gr.update(choices=labels, value=None)
            yield update.messages, update.exchanges, sources, "", gr.update(value=str(export))

    def pick_example(self, event: gr.SelectData) -> str:
        """The example question the user clicked, into the question box."""
        return str(event.value["text"])

    def open_page(self, document: str, page: int, quote: str) -> tuple[Any, str]:
        """The page as an image with the quote highlighted, and its text under a title line."""
        rendered = self.renderer.render(document, page, quote)
        knowledge = self.assistant.knowledge
        title = knowledge.sources.title(document)
        label = knowledge.sources.label(document, page)
        text = self.assistant.retriever.page_text(document, page)
        return str(rendered.path), f"#### {title}, p. {label}\n\n{text}"

    def show_source(self, label: str | None, exchanges: list[Exchange]) -> tuple[Any, str]:
        """Open the page of the last answer's citation the user clicked."""
        if not label or not exchanges:
            return None, ""
        citation = next((c for c in exchanges[-1].answer.citations if source_label(c) == label), None)
        if citation is None:
            return None, ""
        return self.open_page(citation.document, citation.page, citation.quote)
