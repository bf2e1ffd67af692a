"""The chat UI: a Gradio app over `Assistant`, as a class with one builder per tab.

`ChatUI(assistant).create_app()` makes the Blocks (tests drive it); `launch` (or `serve`) checks who
may reach it and serves it. The Chat tab is laid out in chat_tab.py. What each event does is in
chat_handlers.py and handlers.py, which `ChatUI` extends; the work behind it is in chat.py, viewer.py
and funding_view.py, free of Gradio. Only `csp serve` imports this module, so the rest of the CLI
starts without Gradio.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.app.access import check_bind, parse_auth, served_paths
from assistant.app.chat import DOCUMENT_HEADERS, document_rows
from assistant.app.chat_handlers import ChatHandlers
from assistant.app.chat_tab import CHAT_CSS, ChatTab, chat_tab
from assistant.app.funding_view import (
    ALL,
    FUNDING_HEADERS,
    GLOSSARY_HEADERS,
    filter_choices,
    funding_rows,
    glossary_values,
    table_values,
)
from assistant.app.handlers import UIHandlers
from assistant.app.memory import start_heap_trimmer
from assistant.app.pages import PageRenderer
from assistant.service import Assistant

QUEUE_SIZE = 64  # past this many waiting requests, new ones are refused at once instead of hanging
# Answers computed at once; more would only compete for the same CPU cores inside torch.
CONCURRENCY = 2

# Builds one more tab inside the app's Blocks: opens its own `gr.Tab` and may use the ChatUI given.
TabBuilder = Callable[["ChatUI"], None]


@dataclass(frozen=True)
class DocumentsTab:
    """The Documents tab's components, for wiring uploads and removals to the other tabs."""

    table: Any
    upload: Any
    add_button: Any
    to_remove: Any
    remove_button: Any
    status: Any


@dataclass(frozen=True)
class FundingTab:
    """The Funding tab's components that a change of index refreshes."""

    table: Any
    shown: Any
    csv: Any
    year: Any
    priority: Any
    window: Any


class ChatUI(ChatHandlers, UIHandlers):
    """Chat, Documents, Funding and Glossary tabs over one Assistant, then any extra tabs.

    `extra_tabs` lets modules this one does not import (an Evaluation tab from evals, say) add a tab
    at the CLI edge: each is called with this ChatUI inside the Blocks, after the built-in tabs.
    """

    def __init__(
        self,
        assistant: Assistant,
        renderer: PageRenderer | None = None,
        extra_tabs: Sequence[TabBuilder] = (),
    ) -> None:
        super().__init__(assistant, renderer)
        self.extra_tabs = tuple(extra_tabs)

    def create_app(self) -> gr.Blocks:
        """The Gradio Blocks: every tab, wired; not yet queued or launched."""
        os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # read when a Blocks is made
        with gr.Blocks(title="CSP assistant") as app:
            gr.Markdown(
                "## Community Safety Partnership assistant\nAnswers come from the partnership's documents, "
                "each with the page it came from."
            )
            chat = self.chat_tab()
            documents = self.documents_tab()
            funding = self.funding_tab()
            glossary = self.glossary_tab()
            for build in self.extra_tabs:
                build(self)
            self._follow_the_index(app, chat, documents, funding, glossary)
        return app

    def chat_tab(self) -> ChatTab:
        """The conversation, question box and filters; beside them, the page of a clicked source."""
        return chat_tab(self)

    def documents_tab(self) -> DocumentsTab:
        """What is indexed, a PDF upload to add to it, and a document to remove from it."""
        records = self.assistant.documents()
        with gr.Tab("Documents"):
            table = gr.Dataframe(
                headers=DOCUMENT_HEADERS, value=document_rows(records), interactive=False, elem_id="documents"
            )
            with gr.Row():
                with gr.Column():
                    upload = gr.File(
                        label=f"Add a PDF (up to {self.settings.max_upload_mb} MB)",
                        file_types=[".pdf"],
                        type="filepath",
                    )
                    add_button = gr.Button("Add to the index")
                with gr.Column():
                    to_remove = gr.Dropdown([r.document for r in records], label="Document")
                    remove_button = gr.Button("Remove from the index", variant="stop")
            status = gr.Markdown()
        return DocumentsTab(table, upload, add_button, to_remove, remove_button, status)

    def funding_tab(self) -> FundingTab:
        """Every funding decision found, with filters, a CSV download and the page of a clicked row."""
        knowledge = self.assistant.knowledge
        choices = filter_choices(knowledge)
        with gr.Tab("Funding"):
            gr.Markdown(
                "Every funding decision found in the documents. Click a row to open its page. Where the "
                "documents give another figure for the same item, it is shown under *Also stated*."
            )
            with gr.Row():
                year = gr.Dropdown(choices["year"], value=ALL, label="Year")
                priority = gr.Dropdown(choices["priority"], value=ALL, label="Priority")
                window = gr.Dropdown(choices["window"], value=ALL, label="Window")
                minimum = gr.Number(None, label="At least (£)", minimum=0)
                search = gr.Textbox(label="Search", placeholder="e.g. domestic abuse")
            initial = funding_rows(knowledge)
            table = gr.Dataframe(
                headers=FUNDING_HEADERS,
                value=table_values(knowledge, initial),
                interactive=False,
                elem_id="funding",
                wrap=True,
                datatype=["str", "number", "str", "str", "str", "str", "number", "str", "str"],
                column_widths=["20%", "8%", "9%", "14%", "7%", "14%", "5%", "11%", "12%"],
            )
            shown = gr.State(initial)
            csv = gr.DownloadButton("Download CSV", value=None, elem_id="funding-csv")
            with gr.Row():
                image = gr.Image(
                    label="Page", type="filepath", interactive=False, elem_id="funding-page", buttons=[]
                )
                text = gr.Markdown(elem_id="funding-page-text")
        filters: list[Any] = [year, priority, window, minimum, search]
        for control in filters:
            control.change(self.show_funding, filters, [table, shown, csv])
        table.select(self.open_decision, [shown], [image, text])
        return FundingTab(table, shown, csv, year, priority, window)

    def glossary_tab(self) -> Any:
        """The acronyms the documents use; returns the table, which a change of index refreshes."""
        with gr.Tab("Glossary"):
            gr.Markdown(
                "Acronyms used in community safety work. Asking about either form finds both: "
                "a question about anti-social behaviour also finds pages that say ASB."
            )
            return gr.Dataframe(
                headers=GLOSSARY_HEADERS,
                value=glossary_values(self.assistant.knowledge),
                interactive=False,
                elem_id="glossary",
                wrap=True,
                column_widths=["9%", "26%", "45%", "20%"],
                max_height=720,
            )

    def _follow_the_index(
        self, app: gr.Blocks, chat: ChatTab, documents: DocumentsTab, funding: FundingTab, glossary: Any
    ) -> None:
        """After an upload or a removal, and on every page load, tables and choices show the index now.

        On load because one app serves every session: a page opened after another session changed the
        index would otherwise show the tables as they were when the app was built.
        """
        listing = [documents.table, documents.to_remove, chat.period, chat.document]
        facts = [funding.table, funding.shown, funding.csv, funding.year, funding.priority, funding.window]
        refreshed = [*facts, glossary]
        changed = [documents.status, *listing]
        added = documents.add_button.click(self.add, [documents.upload], changed)
        added.then(self.refresh_funding, None, refreshed)
        removed = documents.remove_button.click(self.remove, [documents.to_remove], changed)
        removed.then(self.refresh_funding, None, refreshed)
        app.load(self.refresh_documents, None, listing)
        app.load(self.refresh_funding, None, refreshed)

    def launch(self, host: str = "127.0.0.1", port: int = 7860, block: bool = True) -> gr.Blocks:
        """Check who may reach the app, then serve it with a bounded queue and only its own files.

        Returns the running app; with `block=False` it serves in the background until `close()`.
        """
        auth = parse_auth(self.settings.auth)
        check_bind(host, auth)
        app = self.create_app()
        app.queue(max_size=QUEUE_SIZE, default_concurrency_limit=CONCURRENCY)
        # The corpus PDFs (opened at a page from the viewer) and the rendered pages; nothing else.
        allowed, blocked = served_paths(self.settings, self.renderer.cache_dir, Path.cwd())
        start_heap_trimmer()  # RSS would otherwise creep up under load with freed memory glibc keeps
        app.launch(
            server_name=host,
            server_port=port,
            auth=auth,
            max_file_size=self.settings.max_upload_mb * 1_000_000,  # bytes, as add_pdf counts them
            blocked_paths=[str(path) for path in blocked],
            allowed_paths=[str(path) for path in allowed],
            css_paths=[CHAT_CSS],
            prevent_thread_lock=not block,
            show_error=False,
            quiet=not block,
            footer_links=[],
            ssr_mode=False,
        )
        return app


def serve(
    assistant: Assistant,
    host: str = "127.0.0.1",
    port: int = 7860,
    block: bool = True,
    extra_tabs: Sequence[TabBuilder] = (),
) -> gr.Blocks:
    """What `csp serve` runs: the chat UI over `assistant`, with any extra tabs, launched."""
    return ChatUI(assistant, extra_tabs=extra_tabs).launch(host, port, block)
