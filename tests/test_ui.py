"""The UI's safety and document handling, driven through its plain functions and over real HTTP."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.app.access import check_bind, is_loopback, parse_auth
from assistant.app.chat import (
    Exchange,
    add_pdf,
    example_questions,
    export_markdown,
    stream_messages,
)
from assistant.app.cli import main
from assistant.app.pages import PageRenderer
from assistant.app.sources import source_name
from assistant.app.ui import ChatUI, serve
from assistant.service import Assistant
from assistant.settings import Settings
from evals.load import free_port
from ingest.errors import ConfigError, CspError
from tests.conftest import CORPUS_PDF
from tests.pdfs import make_pdf

FORUM_PAGES = [["Youth engagement", "The Borough Youth Forum meets every Tuesday at the Lyceum Theatre."]]


@pytest.fixture
def small(settings: Settings, model: Any) -> Assistant:
    """An assistant over a copy of the real report, for tests that change what is indexed."""
    shutil.copy(CORPUS_PDF, settings.corpus_dir / CORPUS_PDF.name)
    helper = Assistant.open(settings, model)
    helper.ingest()
    return helper


@pytest.fixture
def served(small: Assistant) -> Iterator[tuple[str, Assistant]]:
    port = free_port()
    app = serve(small, "127.0.0.1", port, block=False)
    try:
        yield f"http://127.0.0.1:{port}", small
    finally:
        app.close()


def test_non_loopback_bind_needs_credentials(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.org")
    with pytest.raises(ConfigError, match="Set CSP_AUTH=user:password"):
        check_bind("0.0.0.0", None)
    check_bind("0.0.0.0", ("officer", "s3cret"))  # with credentials it may
    assert parse_auth("officer:s3cret:x") == ("officer", "s3cret:x")
    with pytest.raises(ConfigError, match="user:password"):
        parse_auth("officer")
    monkeypatch.delenv("CSP_AUTH", raising=False)
    assert main(["serve", "--host", "0.0.0.0"]) == 2
    assert "Refusing to serve on 0.0.0.0 without credentials" in capsys.readouterr().err


def test_only_app_files_are_served(served: tuple[str, Assistant]) -> None:
    base, assistant = served
    chroma = next((assistant.settings.data_dir / "chroma").glob("*.sqlite3"))
    attempts = [
        "/gradio_api/file=/etc/passwd",
        "/gradio_api/file=../../../../etc/passwd",
        "/gradio_api/file=%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/gradio_api/file=..%252f..%252fetc%252fpasswd",
        f"/gradio_api/file={chroma}",
        f"/gradio_api/file={CORPUS_PDF.parent.parent / 'pyproject.toml'}",
        "/file=/etc/passwd",
        "/../../etc/passwd",
    ]
    with httpx.Client(base_url=base, timeout=10) as client:
        assert client.get("/").status_code == 200
        for path in attempts:
            response = client.get(path)
            assert response.status_code in (400, 403, 404, 405), (path, response.status_code)
            assert "root:" not in response.text and "SQLite format" not in response.text


def test_upload_over_the_limit_is_refused(served: tuple[str, Assistant], tmp_path: Path) -> None:
    base, assistant = served
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (assistant.settings.max_upload_mb * 1_000_000 + 10))
    with httpx.Client(base_url=base, timeout=30) as client:
        response = client.post(
            "/gradio_api/upload", files={"files": ("big.pdf", big.open("rb"), "application/pdf")}
        )
    assert response.status_code == 413
    assert response.text == "File size exceeded maximum allowed size of 20000000 bytes."
    with pytest.raises(CspError, match="the limit is 20 MB"):
        add_pdf(assistant, big, "big.pdf", assistant.settings.max_upload_mb * 1_000_000)


def test_only_pdfs_are_added(small: Assistant, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(CspError, match="not a PDF"):
        add_pdf(small, text, "notes.txt", 10_000_000)
    fake = tmp_path / "fake.pdf"
    fake.write_text("hello")
    with pytest.raises(CspError, match=r"fake\.pdf is not a PDF file"):
        add_pdf(small, fake, "fake.pdf", 10_000_000)
    assert not (small.settings.corpus_dir / "uploads" / "fake.pdf").exists()


def test_uploaded_pdf_answers_and_removal_forgets_it(small: Assistant, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "youth forum.pdf", FORUM_PAGES, title="Borough Youth Forum Minutes 2023")
    report = add_pdf(small, pdf, "youth forum.pdf", 10_000_000)
    assert [(f.document, f.status, f.pages) for f in report.files] == [
        ("uploads/youth forum.pdf", "added", 1)
    ]
    titles = {r.document: (r.title, r.doc_type, r.period) for r in small.documents()}
    assert titles["uploads/youth forum.pdf"] == ("Borough Youth Forum Minutes 2023", "minutes", "2023")

    answer = small.ask("When does the Youth Forum meet?")
    assert not answer.abstained
    assert "every Tuesday at the Lyceum Theatre" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("uploads/youth forum.pdf", 1)]

    assert small.remove("uploads/youth forum.pdf") == 1
    assert "uploads/youth forum.pdf" not in {r.document for r in small.documents()}
    assert not (small.settings.corpus_dir / "uploads" / "youth forum.pdf").exists()
    after = small.ask("When does the Youth Forum meet?")
    assert all(c.document != "uploads/youth forum.pdf" for c in after.citations)
    assert all(p.document != "uploads/youth forum.pdf" for p in after.passages)
    with pytest.raises(CspError, match="No document named"):
        small.remove("uploads/youth forum.pdf")


def test_page_render_is_cached_and_stays_in_the_corpus(small: Assistant, tmp_path: Path) -> None:
    renderer = PageRenderer(small.settings.corpus_dir, tmp_path / "pages")
    first = renderer.render(CORPUS_PDF.name, 9, "Knife Angel\t19,783")
    assert first.highlights == 1 and first.path.exists()
    stamp = first.path.stat().st_mtime_ns
    assert renderer.render(CORPUS_PDF.name, 9, "Knife Angel\t19,783").path.stat().st_mtime_ns == stamp
    assert renderer.render(CORPUS_PDF.name, 9, "not on this page at all").highlights == 0
    for bad in ("../../etc/passwd", "/etc/passwd", "../corpus/../../x.pdf"):
        with pytest.raises(CspError, match="No document named"):
            renderer.render(bad, 1)
    with pytest.raises(CspError, match="has no page 99"):
        renderer.render(CORPUS_PDF.name, 99)
    assert "Knife Angel\t19,783" in small.retriever.page_text(CORPUS_PDF.name, 9)


def test_export_markdown_keeps_citations(small: Assistant) -> None:
    answer = small.ask("How much did the Knife Angel receive?")
    exported = export_markdown([Exchange("How much did the Knife Angel receive?", answer)])
    assert exported.startswith(
        "# Conversation with the CSP assistant\n\n## How much did the Knife Angel receive?"
    )
    for citation in answer.citations:
        assert (
            f"[{citation.number}] {citation.title} ({citation.document}), p. {citation.page_label}:"
            in exported
        )


def test_app_builds_with_examples(small: Assistant) -> None:
    app = ChatUI(small).create_app()
    config = app.get_config_file()
    chatbots = [c for c in config["components"] if c.get("type") == "chatbot"]
    shown = [e["text"] for e in chatbots[0]["props"]["examples"]]
    assert shown == example_questions(small.knowledge) and len(shown) >= 3
    for question in shown:  # drawn from the documents, so each one is answered from them
        assert not small.ask(question).abstained, question


def test_answer_streams_into_chat_messages(small: Assistant) -> None:
    question = "How much did the Knife Angel receive?"
    earlier = [Exchange("What is ASB?", small.ask("What is ASB?"))]
    shown = [{"role": "user", "content": "What is ASB?"}, {"role": "assistant", "content": "..."}]
    updates = list(stream_messages(small, question, shown, earlier))
    assert updates[0].messages == [*shown, {"role": "user", "content": question}]
    assert all(u.answer is None for u in updates[:-1])
    final = updates[-1]
    assert final.answer is not None and final.answer.citations
    assert [e.question for e in final.exchanges] == ["What is ASB?", question]
    assert final.messages[-1]["role"] == "assistant"
    cited = final.answer.citations[0]  # the second answer's source, as a link that opens its page
    assert f"{source_name(cited)}](#cite-1-{cited.number})" in final.messages[-1]["content"]
    # A cleared chat (no messages) starts a new conversation: earlier exchanges are not its history.
    fresh = list(stream_messages(small, question, [], earlier))[-1]
    assert [e.question for e in fresh.exchanges] == [question]


def test_a_failed_answer_is_an_apology_and_keeps_the_exchanges() -> None:
    class Failing:
        def stream(self, *args: Any, **kwargs: Any) -> Iterator[str]:
            yield "Partly"
            raise CspError("the index is being rebuilt")

    earlier: list[Exchange] = []
    updates = list(stream_messages(Failing(), "Who chairs it?", [], earlier))  # type: ignore[arg-type]
    assert [u.messages[-1]["content"] for u in updates] == [
        "Who chairs it?",
        "Partly",
        "Sorry: the index is being rebuilt",
    ]
    assert all(u.answer is None and u.exchanges == [] for u in updates)


def test_extra_tabs_are_built_after_the_others(small: Assistant) -> None:
    import gradio as gr
    from gradio.utils import get_type_hints

    seen: list[ChatUI] = []

    def evaluation_tab(ui: ChatUI) -> None:
        seen.append(ui)
        with gr.Tab("Evaluation"):
            gr.Markdown("figures", elem_id="evaluation")

    ui = ChatUI(small, extra_tabs=[evaluation_tab])
    config = ui.create_app().get_config_file()
    tabs = [c["props"]["label"] for c in config["components"] if c.get("type") == "tabitem"]
    assert tabs == ["Chat", "Documents", "Funding", "Glossary", "Evaluation"]
    assert seen == [ui]
    # Gradio passes click data only to parameters it sees annotated as such at run time.
    assert get_type_hints(ui.pick_example)["event"] is gr.SelectData
    assert get_type_hints(ui.open_decision)["event"] is gr.SelectData
