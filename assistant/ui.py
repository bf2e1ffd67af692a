"""The chat UI: a thin Gradio adapter over `Assistant` and `assistant.chat`.

`build_app()` makes the Blocks (tests drive it); `serve()` checks the bind address and launches.
Gradio is imported lazily, so the CLI and the library start without it.
"""

from __future__ import annotations

import ipaddress
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.answer import Answer
from assistant.chat import (
    EXAMPLE_QUESTIONS,
    Exchange,
    add_pdf,
    answer_markdown,
    export_markdown,
    page_text,
    source_label,
    turns,
)
from assistant.funding_view import (
    FUNDING_HEADERS,
    GLOSSARY_HEADERS,
    decision_for_row,
    filter_choices,
    funding_rows,
    glossary_values,
    table_values,
    write_csv,
)
from assistant.memory import start_heap_trimmer
from assistant.pages import PageRenderer
from assistant.service import Assistant
from ingest.catalogue import DOC_TYPES
from ingest.errors import ConfigError, CspError
from ingest.ocr_cache import ocr_dir

ALL = "All"
QUEUE_SIZE = 64  # past this many waiting requests, new ones are refused at once instead of hanging
CONCURRENCY = 2  # the machine has two cores; more parallel answers only queue inside torch


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """`user:password` from CSP_AUTH, or None when unset."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError("CSP_AUTH must look like user:password.")
    return user, password


def is_loopback(host: str) -> bool:
    """Whether a bind address only reaches this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, auth: tuple[str, str] | None) -> None:
    """Refuse to serve beyond this machine without credentials."""
    if not is_loopback(host) and auth is None:
        raise ConfigError(
            f"Refusing to serve on {host} without credentials: anyone on the network could read the "
            "documents. Set CSP_AUTH=user:password, or bind 127.0.0.1."
        )


def build_app(assistant: Assistant, renderer: PageRenderer | None = None) -> Any:
    """The Gradio Blocks app: Chat (with page viewer), Documents, Funding and Glossary tabs."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    settings = assistant.settings
    renderer = renderer or PageRenderer(
        settings.corpus_dir, settings.data_dir / "pages", ocr_dir=ocr_dir(settings.data_dir)
    )
    max_bytes = settings.max_upload_mb * 1_000_000
    exports = Path(tempfile.gettempdir()) / "csp-exports"

    def filters() -> tuple[list[str], list[str]]:
        periods = sorted({r.period for r in assistant.documents() if r.period})
        return [ALL, *DOC_TYPES], [ALL, *periods]

    def respond(
        message: str, chat: list[dict[str, str]], exchanges: list[Exchange], doc_type: str, period: str
    ) -> Iterator[tuple[Any, ...]]:
        message = (message or "").strip()
        if not message:
            yield chat, exchanges, gr.update(), "", gr.update()
            return
        if not chat:  # a new or cleared conversation carries no history
            exchanges = []
        chat = [*chat, {"role": "user", "content": message}]
        yield chat, exchanges, gr.update(), "", gr.update()
        answer: Answer | None = None
        text = ""

        def showing(content: str) -> tuple[Any, ...]:
            return [*chat, {"role": "assistant", "content": content}], exchanges, gr.update(), "", gr.update()

        try:
            # Pieces stream into the chat as the answerer writes them; the final Answer replaces them.
            for item in assistant.stream(
                message,
                doc_type=None if doc_type in (ALL, None) else doc_type,
                period=None if period in (ALL, None) else period,
                history=turns(exchanges),
            ):
                if isinstance(item, Answer):
                    answer = item
                else:
                    text += item
                    yield showing(text)
        except CspError as exc:
            yield showing(f"Sorry: {exc}")
            return
        if answer is None:  # a stream always ends with its Answer; this guards the contract
            return
        exchanges = [*exchanges, Exchange(message, answer)]
        chat = [*chat, {"role": "assistant", "content": answer_markdown(answer)}]
        exports.mkdir(parents=True, exist_ok=True)
        export = exports / f"conversation-{uuid.uuid4().hex[:12]}.md"
        export.write_text(export_markdown(exchanges), encoding="utf-8")
        labels = [source_label(c) for c in answer.citations]
        yield chat, exchanges, gr.update(choices=labels, value=None), "", gr.update(value=str(export))

    def pick_example(event: Any) -> str:
        return str(event.value["text"])

    # Gradio passes the event by the parameter's annotation; a string annotation (PEP 563) it cannot see.
    pick_example.__annotations__["event"] = gr.SelectData

    def open_page(document: str, page: int, quote: str) -> tuple[Any, str]:
        """The page as an image with the quote highlighted, and its text under a title line."""
        rendered = renderer.render(document, page, quote)
        title = assistant.knowledge.titles.get(document, document)
        label = assistant.knowledge.register.page_labels.get((document, page), str(page))
        return str(rendered.path), f"#### {title}, p. {label}\n\n{page_text(assistant, document, page)}"

    def show_source(label: str | None, exchanges: list[Exchange]) -> tuple[Any, str]:
        if not label or not exchanges:
            return None, ""
        citation = next((c for c in exchanges[-1].answer.citations if source_label(c) == label), None)
        if citation is None:
            return None, ""
        return open_page(citation.document, citation.page, citation.quote)

    def show_funding(
        year: str, priority: str, window: str, min_amount: float | None, search: str
    ) -> tuple[Any, ...]:
        knowledge = assistant.knowledge
        shown = funding_rows(knowledge, year, priority, window, min_amount, search)
        csv = write_csv(knowledge, shown, exports / f"funding-{uuid.uuid4().hex[:12]}.csv")
        return table_values(knowledge, shown), shown, gr.update(value=str(csv))

    def refresh_funding() -> tuple[Any, ...]:
        choices = filter_choices(assistant.knowledge)
        table, shown, csv = show_funding(ALL, ALL, ALL, None, "")
        updates = [gr.update(choices=choices[key], value=ALL) for key in ("year", "priority", "window")]
        return (table, shown, csv, *updates, glossary_values(assistant.knowledge))

    def open_decision(event: Any, shown: list[Any]) -> tuple[Any, str]:
        decision = decision_for_row(shown, event.row_value or [])
        if decision is None:
            return None, ""
        return open_page(decision.document, decision.page, decision.quote)

    open_decision.__annotations__["event"] = gr.SelectData

    def document_rows() -> list[list[Any]]:
        return [
            [
                r.title,
                r.doc_type,
                r.period,
                r.pages,
                r.chunks,
                r.ingested_at.replace("T", " ").removesuffix("+00:00"),
                r.document,
            ]
            for r in assistant.documents()
        ]

    def refresh_documents() -> tuple[Any, ...]:
        _, periods = filters()
        names = [r.document for r in assistant.documents()]
        return document_rows(), gr.update(choices=names, value=None), gr.update(choices=periods)

    def add(upload: str | None, progress: Any = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008 - gradio's idiom
        if not upload:
            return ("Choose a PDF first.", *refresh_documents())
        path = Path(upload)
        try:
            report = add_pdf(
                assistant, path, path.name, max_bytes, lambda d, t: progress(d / t, desc="Embedding")
            )
        except CspError as exc:
            return (f"**Not added.** {exc}", *refresh_documents())
        f = report.files[0]
        return (
            f"**{f.status.capitalize()}:** {f.document} ({f.pages} pages, {f.chunks} chunks).",
            *refresh_documents(),
        )

    def remove(document: str | None) -> tuple[Any, ...]:
        if not document:
            return ("Choose a document to remove.", *refresh_documents())
        try:
            chunks = assistant.remove(document)
        except CspError as exc:
            return (f"**Not removed.** {exc}", *refresh_documents())
        return (f"**Removed:** {document} ({chunks} chunks).", *refresh_documents())

    types, periods = filters()
    with gr.Blocks(title="CSP assistant") as app:
        exchanges = gr.State([])
        gr.Markdown(
            "## Community Safety Partnership assistant\nAnswers come from the partnership's documents, "
            "each with the page it came from."
        )
        with gr.Tab("Chat"), gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    label="Conversation",
                    height=480,
                    examples=[{"text": q} for q in EXAMPLE_QUESTIONS],
                    placeholder="Ask about priorities, members, funding decisions, projects…",
                    feedback_options=None,
                    buttons=["copy"],
                )
                with gr.Row():
                    question = gr.Textbox(
                        placeholder="Ask a question", show_label=False, scale=5, elem_id="question"
                    )
                    send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                with gr.Row():
                    doc_type = gr.Dropdown(types, value=ALL, label="Document type")
                    period = gr.Dropdown(periods, value=ALL, label="Period")
                    export = gr.DownloadButton("Download conversation (Markdown)", value=None)
            with gr.Column(scale=2):
                sources = gr.Radio([], label="Sources: click one to open the page", elem_id="sources")
                page_image = gr.Image(
                    label="Cited page",
                    type="filepath",
                    interactive=False,
                    elem_id="page-image",
                    buttons=[],
                )
                page_body = gr.Markdown(elem_id="page-text")
        with gr.Tab("Documents"):
            table = gr.Dataframe(
                headers=["Title", "Type", "Period", "Pages", "Chunks", "Ingested (UTC)", "File"],
                value=document_rows(),
                interactive=False,
                elem_id="documents",
            )
            with gr.Row():
                with gr.Column():
                    upload = gr.File(
                        label=f"Add a PDF (up to {settings.max_upload_mb} MB)",
                        file_types=[".pdf"],
                        type="filepath",
                    )
                    add_button = gr.Button("Add to the index")
                with gr.Column():
                    to_remove = gr.Dropdown([r.document for r in assistant.documents()], label="Document")
                    remove_button = gr.Button("Remove from the index", variant="stop")
            status = gr.Markdown()
        choices = filter_choices(assistant.knowledge)
        with gr.Tab("Funding"):
            gr.Markdown(
                "Every funding decision found in the documents. Click a row to open its page. Where the "
                "documents give another figure for the same item, it is shown under *Also stated*."
            )
            with gr.Row():
                f_year = gr.Dropdown(choices["year"], value=ALL, label="Year")
                f_priority = gr.Dropdown(choices["priority"], value=ALL, label="Priority")
                f_window = gr.Dropdown(choices["window"], value=ALL, label="Window")
                f_min = gr.Number(None, label="At least (£)", minimum=0)
                f_search = gr.Textbox(label="Search", placeholder="e.g. domestic abuse")
            initial = funding_rows(assistant.knowledge)
            funding_table = gr.Dataframe(
                headers=FUNDING_HEADERS,
                value=table_values(assistant.knowledge, initial),
                interactive=False,
                elem_id="funding",
                wrap=True,
                datatype=["str", "number", "str", "str", "str", "str", "number", "str", "str"],
                column_widths=["20%", "8%", "9%", "14%", "7%", "14%", "5%", "11%", "12%"],
            )
            funding_shown = gr.State(initial)
            funding_csv = gr.DownloadButton("Download CSV", value=None, elem_id="funding-csv")
            with gr.Row():
                funding_image = gr.Image(
                    label="Page", type="filepath", interactive=False, elem_id="funding-page", buttons=[]
                )
                funding_text = gr.Markdown(elem_id="funding-page-text")
        with gr.Tab("Glossary"):
            gr.Markdown(
                "Acronyms used in community safety work. Asking about either form finds both: "
                "a question about anti-social behaviour also finds pages that say ASB."
            )
            glossary_table = gr.Dataframe(
                headers=GLOSSARY_HEADERS,
                value=glossary_values(assistant.knowledge),
                interactive=False,
                elem_id="glossary",
                wrap=True,
                column_widths=["9%", "26%", "45%", "20%"],
                max_height=720,
            )

        chat_outputs = [chatbot, exchanges, sources, question, export]
        chat_inputs = [question, chatbot, exchanges, doc_type, period]
        send.click(respond, chat_inputs, chat_outputs)
        question.submit(respond, chat_inputs, chat_outputs)
        chatbot.example_select(pick_example, None, question).then(respond, chat_inputs, chat_outputs)
        sources.change(show_source, [sources, exchanges], [page_image, page_body])
        refreshed = [funding_table, funding_shown, funding_csv, f_year, f_priority, f_window, glossary_table]
        documents_out = [status, table, to_remove, period]
        add_button.click(add, [upload], documents_out).then(refresh_funding, None, refreshed)
        remove_button.click(remove, [to_remove], documents_out).then(refresh_funding, None, refreshed)
        funding_filters: list[Any] = [f_year, f_priority, f_window, f_min, f_search]
        for control in funding_filters:
            control.change(show_funding, funding_filters, [funding_table, funding_shown, funding_csv])
        funding_table.select(open_decision, [funding_shown], [funding_image, funding_text])
        app.load(refresh_documents, None, [table, to_remove, period])
        app.load(refresh_funding, None, refreshed)
    return app


def serve(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860, block: bool = True) -> Any:
    """Check the bind address, then launch the app with a bounded queue and only its own files served."""
    auth = parse_auth(assistant.settings.auth)
    check_bind(host, auth)
    app = build_app(assistant)
    app.queue(max_size=QUEUE_SIZE, default_concurrency_limit=CONCURRENCY)
    start_heap_trimmer()  # RSS would otherwise creep up under load with freed memory glibc keeps
    app.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        max_file_size=assistant.settings.max_upload_mb * 1_000_000,  # bytes, as add_pdf counts them
        blocked_paths=[str(assistant.settings.data_dir.resolve() / "chroma"), str(Path.cwd().resolve())],
        allowed_paths=[],
        prevent_thread_lock=not block,
        show_error=False,
        quiet=not block,
        footer_links=[],
        ssr_mode=False,
    )
    return app
