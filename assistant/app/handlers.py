"""What each event of the chat UI does: the handler methods `ChatUI` (in ui.py) wires to its components;
the Chat tab's own are in chat_handlers.py.

Apart from the layout so that each reads on its own. One instance serves every browser session, so
handlers keep nothing on `self`: a session's conversation and shown rows come in and go out through
`gr.State`. The work itself is in chat.py, free of Gradio; handlers only turn it into component
values and updates. The Documents and Funding tabs' handlers are in documents_tab.py and
funding_tab.py, beside their layouts; `open_page` here serves them too.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

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
