"""The Chat tab's layout: the conversation and its filters, and beside it the sources and the page viewer.

Markers in an answer are links; the viewer's script (chat.js) turns a click on one into the
viewer's "cite" event, and Escape into its "close_page" event, which Gradio runs like any other.
Zoom is done in the browser (chat.js), so it needs no round trip; every other step is a handler.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from assistant.app.chat import example_questions, filters_summary
from assistant.app.funding_view import ALL

if TYPE_CHECKING:
    from assistant.app.ui import ChatUI

CHAT_CSS = Path(__file__).with_name("chat.css")
CHAT_JS = Path(__file__).with_name("chat.js")


@dataclass(frozen=True)
class ChatTab:
    """The Chat tab's components that the index changes: the Period and Document filters."""

    period: Any
    document: Any


def chat_tab(ui: ChatUI) -> ChatTab:
    """The conversation, question box and filters; beside them, the sources and the page viewer."""
    exchanges, shown = gr.State([]), gr.State(None)
    with gr.Tab("Chat"), gr.Row(elem_id="chat-row"):
        with gr.Column(scale=1, min_width=420, elem_id="chat-column"):
            chatbot = gr.Chatbot(
                label="Conversation",
                height="52vh",
                examples=[{"text": q} for q in example_questions(ui.assistant.knowledge)],
                placeholder="Ask about priorities, members, funding decisions, projects…",
                feedback_options=None,
                buttons=["copy"],
                elem_id="chat",
            )
            with gr.Row():
                question = gr.Textbox(
                    placeholder="Ask a question (Enter asks)", show_label=False, scale=5, elem_id="question"
                )
                send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
            with gr.Row(elem_id="chat-filters"):
                doc_type = gr.Dropdown(
                    ui.doc_types(), value=ALL, label="Document type", elem_id="filter-type"
                )
                period = gr.Dropdown(ui.periods(), value=ALL, label="Period", elem_id="filter-period")
                document = gr.Dropdown(
                    ui.document_choices(), value=ALL, label="Document", elem_id="filter-document"
                )
            with gr.Row(equal_height=True):
                applied = gr.Markdown(filters_summary(None, None, None), elem_id="filters-applied")
                reset = gr.Button("Reset filters", size="sm", scale=0, elem_id="reset-filters")
                export = gr.DownloadButton("Download conversation", value=None, size="sm", scale=0)
        with gr.Column(scale=1, min_width=420, elem_id="page-column"):
            sources = gr.Radio(
                [],
                label="Sources: choose one to open its page; arrow keys move through them",
                elem_id="sources",
            )
            with gr.Row(elem_id="page-tools"):
                previous = _tool("◀ Previous page", "page-previous")
                following = _tool("Next page ▶", "page-next")
                zoom_out = _tool("Zoom −", "zoom-out")
                fit = _tool("Fit width", "zoom-fit")
                zoom_in = _tool("Zoom +", "zoom-in")
                close = _tool("Close (Esc)", "page-close")
            viewer = gr.HTML("", elem_id="page-viewer", js_on_load=CHAT_JS.read_text(encoding="utf-8"))

    inputs = [question, chatbot, exchanges, doc_type, period, document]
    outputs = [chatbot, exchanges, sources, question, export]
    send.click(ui.respond, inputs, outputs)
    question.submit(ui.respond, inputs, outputs)
    chatbot.example_select(ui.pick_example, None, question).then(ui.respond, inputs, outputs)
    # `input`, not `change`: choosing a source opens it, while a marker click only shows it chosen.
    sources.input(ui.show_source, [sources, exchanges], [viewer, shown])
    viewer.cite(ui.open_cited, [exchanges], [viewer, shown, sources])
    previous.click(ui.previous_page, [shown], [viewer, shown])
    following.click(ui.next_page, [shown], [viewer, shown])
    close.click(ui.close_page, None, [viewer, shown, sources])
    viewer.close_page(ui.close_page, None, [viewer, shown, sources])
    zoom_in.click(None, js="() => window.cspZoom(1.25)")
    zoom_out.click(None, js="() => window.cspZoom(0.8)")
    fit.click(None, js="() => window.cspZoom(0)")
    filters = [doc_type, period, document]
    for control in filters:
        control.change(ui.describe_filters, filters, applied)
    reset.click(ui.reset_filters, None, filters)
    return ChatTab(period, document)


def _tool(label: str, elem_id: str) -> Any:
    """A small button of the viewer's toolbar, as wide as its label, so the toolbar fits one line."""
    return gr.Button(label, size="sm", scale=0, min_width=0, elem_id=elem_id)
