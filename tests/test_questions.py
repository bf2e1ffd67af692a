"""Question files: the canonical and legacy forms, and every problem reported by file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.questions import DEFAULT_QUESTIONS, QuestionFileError, Source, load_questions, load_sets

PAGES = {"northmoor/annual-report-2023-24.pdf": 12, "scep-annual-report-2022-23.pdf": 23}
GOOD = {
    "id": "ad01",
    "question": "How much did Youth Outreach receive?",
    "kind": "number",
    "answerable": True,
    "sources": [{"document": "northmoor/annual-report-2023-24.pdf", "page": 4}],
    "answer_all": [["£6,000", "6,000"], ["Youth Outreach"]],
    "doc_type": "minutes",
    "scanned": True,
}


def write(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def test_canonical_and_legacy_forms(tmp_path: Path) -> None:
    legacy = {k: v for k, v in GOOD.items() if k not in ("sources", "doc_type", "scanned")}
    rows = [
        GOOD,
        {**legacy, "id": "ad02", "pages": [9, 20]},
        {**legacy, "id": "ad03", "pages": [3], "document": "x.pdf"},
    ]
    samples = load_questions(write(tmp_path / "archive-dev.jsonl", rows))
    assert samples[0].sources == (Source("northmoor/annual-report-2023-24.pdf", 4),)
    assert (samples[0].doc_type, samples[0].scanned, samples[0].set_name, samples[0].line) == (
        "minutes",
        True,
        "archive-dev",
        1,
    )
    assert samples[1].sources == (Source(None, 9), Source(None, 20))  # any document's page
    assert samples[2].sources == (Source("x.pdf", 3),)


def test_every_problem_is_reported_by_file_and_line(tmp_path: Path) -> None:
    rows: list[object] = [
        GOOD,
        {k: v for k, v in GOOD.items() if k != "question"} | {"id": "b"},
        GOOD | {"id": "c", "kind": "opinion"},
        GOOD | {"id": "d", "sources": [{"document": "northmoor/annual-report-2023-24.pdf", "page": 40}]},
        GOOD | {"id": "e", "sources": [{"document": "elsewhere/minutes.pdf", "page": 1}]},
        "{not json",
        GOOD,  # the same id again
        GOOD | {"id": "f", "answer_all": "£6,000"},
    ]
    path = write(tmp_path / "bad.jsonl", rows)
    with pytest.raises(QuestionFileError) as caught:
        load_sets([path, tmp_path / "missing.jsonl"], PAGES)
    assert caught.value.problems == (
        f"{path}, line 2: missing field 'question'",
        f"{path}, line 3: unknown kind 'opinion' (one of change, current, decision, definition, fact, "
        "figure, funding, glossary, list, number, paraphrase, table, unanswerable, when, who)",
        f"{path}, line 4: page 40 is beyond the last page of northmoor/annual-report-2023-24.pdf (12)",
        f"{path}, line 5: document 'elsewhere/minutes.pdf' is not in the index",
        f"{path}, line 6: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{path}, line 7: id 'ad01' is already used on line 1",
        f"{path}, line 8: 'answer_all' must be a list of non-empty lists of strings",
        f"{tmp_path / 'missing.jsonl'}: no such question file",
    )
    assert str(caught.value).startswith("8 problems in the question files:\n  ")


def test_without_an_index_documents_and_pages_are_not_checked(tmp_path: Path) -> None:
    row = GOOD | {"sources": [{"document": "elsewhere/minutes.pdf", "page": 400}]}
    assert len(load_questions(write(tmp_path / "q.jsonl", [row]))) == 1


def test_the_project_question_set_is_canonical_and_valid() -> None:
    samples = load_questions(DEFAULT_QUESTIONS, {"scep-annual-report-2022-23.pdf": 23})
    assert len(samples) == 60 and sum(not s.answerable for s in samples) == 10
    assert {s.document for q in samples for s in q.sources} == {"scep-annual-report-2022-23.pdf"}
    rows = [json.loads(line) for line in DEFAULT_QUESTIONS.read_text().splitlines()]
    assert all("sources" in r and "pages" not in r for r in rows)
