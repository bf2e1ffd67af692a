"""The chat UI: a Gradio app over `Assistant`, as a class with one builder per tab.

`ChatUI(assistant).create_app()` makes the Blocks (tests drive it); `launch` (or `serve`) checks who
may reach it and serves it. The Chat tab is laid out in chat_tab.py and handled in chat_handlers.py;
the Documents and Funding tabs are built and handled in documents_tab.py and funding_tab.py; what is
shared is in handlers.py: `ChatUI` extends them all. The work behind them is in chat.py, viewer.py,
documents_view.py, funding_view.py and timeline_view.py, free of Gradio. Only `csp serve` imports
this module, so the rest of the CLI starts without Gradio.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.app.access import check_bind, parse_auth, served_paths
from assistant.app.chat_handlers import ChatHandlers
from assistant.app.chat_tab import CHAT_CSS, ChatTab, chat_tab
from assistant.app.documents_tab import DocumentsTab, DocumentsTabUI
from assistant.app.funding_tab import FundingTab, FundingTabUI
from assistant.app.funding_view import GLOSSARY_HEADERS, glossary_values
from assistant.app.memory import start_heap_trimmer
from assistant.app.pages import PageRenderer
from assistant.service import Assistant

QUEUE_SIZE = 64  # past this many waiting requests, new ones are refused at once instead of hanging
# Answers computed at once; more would only compete for the same CPU cores inside torch.
CONCURRENCY = 2

# Builds one more tab inside the app's Blocks: opens its own `gr.Tab` and may use the ChatUI given.
TabBuilder = Callable[["ChatUI"], None]


class ChatUI(ChatHandlers, DocumentsTabUI, FundingTabUI):
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
        """After an upload, a re-ingest or a removal, and on every page load, tables and choices show
        the index now.

        On load because one app serves every session: a page opened after another session changed the
        index would otherwise show the tables as they were when the app was built.
        """
        listing = [*documents.listing, chat.period, chat.document]
        refreshed = [*funding.refreshed, glossary]
        changed = [documents.status, *listing]
        added = documents.add_button.click(self.add, [documents.upload], changed)
        added.then(self.refresh_funding, None, refreshed)
        done = [documents.status, documents.pending, documents.confirm, *listing]
        confirmed = documents.yes.click(self.confirm_change, [documents.pending], done)
        confirmed.then(self.refresh_funding, None, refreshed)
        app.load(self._unless_unchanged(self.refresh_documents, len(listing)), None, listing)
        app.load(self._unless_unchanged(self.refresh_funding, len(refreshed)), None, refreshed)

    def _unless_unchanged(
        self, refresh: Callable[[], tuple[Any, ...]], outputs: int
    ) -> Callable[[], tuple[Any, ...]]:
        """`refresh`, or nothing changed at all while the index is the one the app was built from:
        a page load then neither redoes the work nor resets what the user has begun to pick."""
        built = self.assistant.index.state

        def on_load() -> tuple[Any, ...]:
            return (gr.skip(),) * outputs if self.assistant.index.state is built else refresh()

        return on_load

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
