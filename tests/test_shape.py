"""Answer-time quote checks, retrieval snapshots under concurrent change, and ingest without a chat model."""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.answering.quotes import drop_unquoted
from assistant.app.cli import main
from assistant.retrieve import Retriever
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence, Citation
from tests.pdfs import make_pdf

LIGHTING = "Harbour Ward street lighting"
BASE_PAGES = [
    ["Road safety", "The Moorland Speedwatch scheme was awarded £4,200 for roadside cameras."],
    ["Youth work", "The Detached Youth Team received £7,900 to work in parks at night."],
]
TOGGLED_PAGES = [["Lighting", f"The {LIGHTING} scheme received £12,345 from the reserve."]]


def _base(settings: Settings, model: Embeddings) -> Assistant:
    make_pdf(settings.corpus_dir / "base.pdf", BASE_PAGES, title="Moorland Partnership Annual Report 2023-24")
    helper = Assistant.open(settings, model)
    helper.ingest()
    return helper


def _citation(number: int, page: int, quote: str) -> Citation:
    return Citation(number, "base.pdf", "Base", page, str(page), quote)


def test_drop_unquoted_renumbers_what_is_left_and_marks_the_orphaned_sentence() -> None:
    pages = {("base.pdf", 1): "Awards £4,200 for cameras.", ("base.pdf", 2): "Youth work £7,900."}
    answer = Answer(
        "q",
        "Cameras got £9,999 [1]. Youth work got £7,900 [2].",
        False,
        citations=(_citation(1, 1, "£9,999"), _citation(2, 2, "Youth work £7,900.")),
        sentences=(CheckedSentence("Cameras got £9,999", (1,), True), CheckedSentence("Youth", (2,), True)),
    )
    checked = drop_unquoted(answer, pages)
    assert checked.text == "Cameras got £9,999. Youth work got £7,900 [1]."
    assert [(c.number, c.page) for c in checked.citations] == [(1, 2)]
    assert checked.sentences[0] == CheckedSentence(
        "Cameras got £9,999", (), False, "quote not found on its page"
    )
    assert checked.sentences[1].citations == (1,)
    assert drop_unquoted(answer, {}).text == ABSTAIN_TEXT  # no page text: nothing can be shown as quoted


def test_a_citation_whose_quote_is_not_on_its_stored_page_is_dropped_at_answer_time(
    settings: Settings, model: Embeddings, caplog: pytest.LogCaptureFixture
) -> None:
    helper = _base(settings, model)
    question = "How much was the Moorland Speedwatch scheme awarded?"
    answer = helper.ask(question)
    first = answer.citations[0]
    assert not answer.abstained and (first.document, first.page) == ("base.pdf", 1)

    helper.store.put_pages("base.pdf", [(1, "This page now says something else."), (2, "Nor this.")])
    with caplog.at_level(logging.WARNING, logger="assistant.answering.quotes"):
        checked = helper.ask(question)
    assert checked.abstained and checked.citations == ()
    assert "quote not on base.pdf p. 1" in caplog.text


def test_a_retriever_answers_from_its_own_snapshot(settings: Settings, model: Embeddings) -> None:
    helper = _base(settings, model)
    before = Retriever(helper.store, model)
    make_pdf(settings.corpus_dir / "later.pdf", TOGGLED_PAGES)
    helper.ingest()
    passages = before.search(f"How much did the {LIGHTING} scheme receive?", k=5)
    assert passages and {p.document for p in passages} == {"base.pdf"}
    after = helper.search(f"How much did the {LIGHTING} scheme receive?", k=1)
    assert [(p.document, p.page) for p in after] == [("later.pdf", 1)]


def test_several_sessions_ask_while_documents_are_added_and_removed(
    settings: Settings, model: Embeddings, tmp_path: Path
) -> None:
    helper = _base(settings, model)
    source = make_pdf(tmp_path / "source" / "lighting.pdf", TOGGLED_PAGES)
    target = settings.corpus_dir / "lighting.pdf"
    stop = threading.Event()
    answers: list[tuple[str, Answer]] = []
    errors: list[BaseException] = []
    questions = ["How much was the Moorland Speedwatch scheme awarded?", f"How much did {LIGHTING} get?"]

    def ask(question: str) -> None:
        try:
            while not stop.is_set():
                answers.append((question, helper.ask(question)))
        except BaseException as exc:  # any error at all fails the test
            errors.append(exc)
            stop.set()

    askers = [threading.Thread(target=ask, args=(q,)) for q in questions * 2]
    for thread in askers:
        thread.start()
    try:
        for _ in range(3):
            shutil.copyfile(source, target)
            helper.ingest([target])
            helper.remove("lighting.pdf")
    finally:
        stop.set()
        for thread in askers:
            thread.join(timeout=60)
    assert not errors, errors
    assert len(answers) > len(askers)  # questions were answered while the index changed
    base_answers = [a for q, a in answers if q == questions[0]]
    assert base_answers and all("£4,200" in a.text and a.citations[0].page == 1 for a in base_answers)
    for question, answer in answers:
        cited = {(c.document, c.page) for c in answer.citations}
        if question == questions[1] and not answer.abstained:
            assert cited == {("lighting.pdf", 1)} and "£12,345" in answer.text
        assert cited <= {("base.pdf", 1), ("base.pdf", 2), ("lighting.pdf", 1)}


def test_ingest_builds_no_chat_model(settings: Settings, model, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    make_pdf(settings.corpus_dir / "base.pdf", BASE_PAGES)
    monkeypatch.setenv("CSP_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("CSP_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("CSP_LLM", "openai:gpt-4o-mini")  # no key, no server: asking cannot use it
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("CSP_LLM_BASE_URL", raising=False)
    assert main(["ingest"]) == 0
    assert main(["ask", "How much was the Moorland Speedwatch scheme awarded?"]) == 2
