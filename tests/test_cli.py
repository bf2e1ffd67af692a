"""The `csp` command: human and JSON output, schemas exact, exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.app.cli import main
from assistant.service import Assistant
from assistant.settings import Settings
from tests.pdfs import make_pdf

ASK_KEYS = {"question", "answer", "abstained", "citations", "passages", "answerer", "notes", "sentences"}
CITATION_KEYS = {"document", "title", "page", "quote", "ocr", "doc_type", "period", "date"}
PASSAGE_KEYS = {"document", "page", "score", "text"}


def _use(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    monkeypatch.setenv("CSP_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("CSP_DATA_DIR", str(settings.data_dir))


def test_ingest_json_summary_and_failure_status(
    settings: Settings,
    model,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    _use(monkeypatch, settings)
    make_pdf(settings.corpus_dir / "good.pdf", [["A good page about road safety."], ["Another page."]])
    (settings.corpus_dir / "bad.pdf").write_text("not a pdf")
    assert main(["ingest", "--json"]) == 1  # a failed file makes the status non-zero
    summary = json.loads(capsys.readouterr().out)
    assert set(summary) == {"files", "totals", "chunks_in_store", "notes"}
    assert summary["files"] == [
        {
            "document": "bad.pdf",
            "status": "failed",
            "pages": 0,
            "chunks": 0,
            "reason": "not a PDF file (no %PDF header)",
            "ocr_pages": 0,
            "issues": [],
        },
        {
            "document": "good.pdf",
            "status": "added",
            "pages": 2,
            "chunks": 2,
            "reason": "",
            "ocr_pages": 0,
            "issues": [],
        },
    ]
    assert summary["notes"] == []
    assert summary["totals"] == {
        "added": 1,
        "updated": 0,
        "unchanged": 0,
        "removed": 0,
        "failed": 1,
        "pages": 2,
        "chunks": 2,
        "embedded": 2,
    }
    assert summary["chunks_in_store"] == 2

    (settings.corpus_dir / "bad.pdf").unlink()
    assert main(["ingest"]) == 0
    out = capsys.readouterr().out
    assert "unchanged  good.pdf  (2 pages, 2 chunks)" in out
    assert (
        "Files: 0 added, 0 updated, 1 unchanged, 0 removed, 0 failed. Pages: 2. Chunks: 2 (0 embedded now"
        in out
    )


def test_ask_json_schema(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _use(monkeypatch, assistant.settings)
    questions = ["How much did the Knife Angel receive?", "Who is the Mayor of Crewe?"]
    assert main(["ask", "--json", "-k", "3", *questions]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    assert len(lines) == 2
    answered, abstained = (json.loads(line) for line in lines)
    for row, question in zip((answered, abstained), questions, strict=True):
        assert set(row) == ASK_KEYS
        assert row["question"] == question
        assert len(row["passages"]) == 3
        assert all(set(p) == PASSAGE_KEYS for p in row["passages"])
        assert all(isinstance(p["page"], int) and isinstance(p["score"], float) for p in row["passages"])
    assert answered["abstained"] is False
    assert all(set(c) == CITATION_KEYS for c in answered["citations"])
    assert {c["document"] for c in answered["citations"]} == {"scep-annual-report-2022-23.pdf"}
    assert abstained["abstained"] is True and abstained["citations"] == []


def test_ask_human_output_lists_sources(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _use(monkeypatch, assistant.settings)
    assert main(["ask", "What are the partnership's priorities for 2022-2025?"]) == 0
    out = capsys.readouterr().out
    assert "- Knife Crime [1]" in out
    title = "Safer Cheshire East Partnership Annual Report 2022-23"
    assert f"Sources:\n  [1] {title} (annual report, 2022-23), p. 13" in out


def test_errors_are_one_sentence_not_a_traceback(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _use(monkeypatch, settings)
    assert main(["ask", "Anything?"]) == 2
    assert capsys.readouterr().err == "csp: Nothing is indexed yet: run `csp ingest` first.\n"
    monkeypatch.setenv("CSP_CHROMA_PORT", "eighty")
    assert main(["ask", "Anything?"]) == 2
    assert capsys.readouterr().err == "csp: CSP_CHROMA_PORT must be a port number, not 'eighty'.\n"


def test_console_script_runs_as_a_process(assistant: Assistant) -> None:
    env = {
        **os.environ,
        "CSP_DATA_DIR": str(assistant.settings.data_dir),
        "CSP_CORPUS_DIR": str(assistant.settings.corpus_dir),
    }
    csp = Path(sys.executable).with_name("csp")
    done = subprocess.run(
        [str(csp), "ask", "--json", "How much did the Knife Angel receive?"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    row = json.loads(done.stdout)
    assert row["abstained"] is False
    assert "Traceback" not in done.stderr


def test_ask_within_one_document(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _use(monkeypatch, assistant.settings)
    name = "scep-annual-report-2022-23.pdf"
    assert main(["ask", "--json", "--document", name, "How much did the Knife Angel receive?"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert not answer["abstained"] and {c["document"] for c in answer["citations"]} == {name}
    assert main(["ask", "--document", "minutes.pdf", "Anything?"]) == 2
    assert capsys.readouterr().err == (
        f"csp: No document named 'minutes.pdf' is indexed; the names are: {name}.\n"
    )
