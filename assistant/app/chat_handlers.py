"""What each event of the Chat tab does: asking, the filters, and the page viewer beside the chat.

A mixin of `ChatUI` (ui.py), beside the other tabs' `UIHandlers`, whose `__init__` sets the
attributes declared here. As there, handlers keep nothing on `self`: a session's conversation and
open page come in and go out through `gr.State`. The work is in chat.py and viewer.py, free of Gradio.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.app.chat import Exchange, Message, filters_summary, stream_messages, write_export
from assistant.app.funding_view import ALL
from assistant.app.pages import PageRenderer
from assistant.app.sources import source_label
from assistant.app.viewer import OpenPage, PageView, cite_ref, page_html, view_name
from assistant.service import Assistant
from assistant.types import Citation
from ingest.errors import CspError


class ChatHandlers:
    """The Chat tab's handlers over one Assistant and the renderer of its cited pages."""

    assistant: Assistant
    renderer: PageRenderer
    exports: Path

    def respond(
        self,
        message: str,
        chat: list[Message],
        exchanges: list[Exchange],
        doc_type: str,
        period: str,
        document: str,
    ) -> Iterator[tuple[Any, ...]]:
        """Stream the answer into the chat; once final, offer its sources and the conversation's export.

        Yields (chat, exchanges, sources, question box, export button).
        """
        message = (message or "").strip()
        if not message:
            yield chat, exchanges, gr.update(), "", gr.update()
            return
        filters = _chosen(doc_type, period, document)
        for update in stream_messages(self.assistant, message, chat, exchanges, *filters):
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

    def describe_filters(self, doc_type: str, period: str, document: str) -> str:
        """The line saying which filters are applied."""
        kind, years, name = _chosen(doc_type, period, document)
        return filters_summary(kind, years, self.assistant.knowledge.sources.title(name) if name else None)

    def reset_filters(self) -> tuple[str, str, str]:
        """Every filter back to All (the filters' change events then say so)."""
        return ALL, ALL, ALL

    # The page viewer

    def show_source(self, label: str | None, exchanges: list[Exchange]) -> tuple[str, OpenPage | None]:
        """Open the page of the last answer's citation chosen in the list beside the chat."""
        if not label or not exchanges:
            return "", None
        found = [c for c in exchanges[-1].answer.citations if source_label(c) == label]
        return self._open(found[0]) if found else ("", None)

    def open_cited(self, exchanges: list[Exchange], event: gr.EventData) -> tuple[str, OpenPage | None, Any]:
        """Open the page of a citation clicked in an answer; the event's `ref` names it ("2-1": the
        citation [1] of exchange 2). The list beside the chat shows it chosen when it is the last
        answer's, and nothing otherwise.
        """
        where = cite_ref(str(getattr(event, "ref", "")))
        if where is None or not 0 <= where[0] < len(exchanges):
            return "", None, gr.update()
        citations = exchanges[where[0]].answer.citations
        found = [c for c in citations if c.number == where[1]]
        if not found:
            return "", None, gr.update()
        last = where[0] == len(exchanges) - 1
        return (*self._open(found[0]), gr.update(value=source_label(found[0]) if last else None))

    def next_page(self, shown: OpenPage | None) -> tuple[str, OpenPage | None]:
        """The page after the one shown."""
        return self._show(shown.turned(1)) if shown else ("", None)

    def previous_page(self, shown: OpenPage | None) -> tuple[str, OpenPage | None]:
        """The page before the one shown."""
        return self._show(shown.turned(-1)) if shown else ("", None)

    def close_page(self) -> tuple[str, None, Any]:
        """Close the viewer and clear the choice in the list of sources."""
        return "", None, gr.update(value=None)

    def _open(self, citation: Citation) -> tuple[str, OpenPage | None]:
        record = self.assistant.records.get(citation.document)
        if record is None:
            return _said(f"{citation.title} is no longer indexed."), None
        return self._show(OpenPage(citation, citation.page, record.pages))

    def _show(self, shown: OpenPage) -> tuple[str, OpenPage | None]:
        """The viewer's HTML for a page, or one sentence saying why it cannot be shown."""
        document, page = shown.citation.document, shown.page
        try:
            rendered = self.renderer.render(document, page, shown.quote)
            pdf = self.renderer.resolve(document)
        except CspError as exc:
            return _said(str(exc)), shown
        state = self.assistant.index.state
        label = state.knowledge.sources.label(document, page)
        name = view_name(shown, label, (document, page) in state.ocr_pages)
        text = state.retriever.page_text(document, page)
        view = PageView(shown, name, rendered.path, rendered.highlights, rendered.first_top, pdf, text)
        return page_html(view), shown


def _chosen(*filters: str | None) -> list[str | None]:
    """The filters' values, None for those left at All."""
    return [None if value in (ALL, None, "") else value for value in filters]


def _said(sentence: str) -> str:
    return f'<p class="csp-viewer-error">{html.escape(sentence)}</p>'
