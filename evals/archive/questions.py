"""The question files written for the archive, and a check that they agree with the built documents.

Schema, one JSON object a line:
    {"id", "question", "kind", "answerable", "sources": [{"document", "page"}], "answer_all": [[...], ...],
     "doc_type" (answerable only), "scanned" (optional)}
Every answerable question's answer groups must each have an alternative on one of its cited pages: on
the page's text, or for a scanned document on the text of the page before it was scanned.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from evals.archive.build import DOCUMENTS, Document

QUESTION_FILES = (
    "archive-check.jsonl",
    "archive-check2.jsonl",
    "archive-check3.jsonl",
    "archive-dev.jsonl",
    "archive-dev2.jsonl",
    "archive-dev3.jsonl",
    "archive-dev4.jsonl",
    "archive-dev5.jsonl",
    "archive-test.jsonl",
    "archive3-dev.jsonl",
    "archive3-dev2.jsonl",
    "archive3-dev3.jsonl",
    "archive3-dev4.jsonl",
    "archive3-dev5.jsonl",
    "archive3-test.jsonl",
    "archive4-dev.jsonl",
    "archive4-dev2.jsonl",
    "archive4-test.jsonl",
    "archive5-dev.jsonl",
    "archive5-test.jsonl",
    "archive6-dev.jsonl",
    "archive6-test.jsonl",
    "archive7-dev.jsonl",
    "archive7-test.jsonl",
    "archive8-dev.jsonl",
    "archive8-test.jsonl",
    "archive9-dev.jsonl",
    "archive9-test.jsonl",
    "archive10-dev.jsonl",
    "archive10-test.jsonl",
    "archive11-dev.jsonl",
    "archive11-test.jsonl",
    "archive12-dev.jsonl",
    "archive12-test.jsonl",
    "archive13-dev.jsonl",
    "archive13-test.jsonl",
    "archive14-dev.jsonl",
    "archive14-test.jsonl",
    "archive15-dev.jsonl",
    "archive15-test.jsonl",
    "archive16-dev.jsonl",
    "archive16-test.jsonl",
    "archive17-dev.jsonl",
    "archive17-test.jsonl",
    "archive18-dev.jsonl",
    "archive18-test.jsonl",
    "archive19-dev.jsonl",
    "archive19-test.jsonl",
    "archive20-dev.jsonl",
    "archive20-test.jsonl",
    "archive21-dev.jsonl",
    "archive21-test.jsonl",
    "archive22-dev.jsonl",
    "archive22-test.jsonl",
    "archive23-dev.jsonl",
    "archive23-test.jsonl",
    "archive24-dev.jsonl",
    "archive24-test.jsonl",
    "archive25-dev.jsonl",
    "archive25-test.jsonl",
    "archive26-dev.jsonl",
    "archive26-test.jsonl",
    "archive27-dev.jsonl",
    "archive27-test.jsonl",
    "archive28-dev.jsonl",
    "archive28-test.jsonl",
    "archive29-dev.jsonl",
    "archive29-test.jsonl",
    "archive30-dev.jsonl",
    "archive30-test.jsonl",
    "archive31-dev.jsonl",
    "archive31-test.jsonl",
    "archive32-dev.jsonl",
    "archive32-test.jsonl",
    "archive33-dev.jsonl",
    "archive33-test.jsonl",
    "archive34-dev.jsonl",
    "archive34-test.jsonl",
    "archive35-dev.jsonl",
    "archive35-test.jsonl",
    "archive36-dev.jsonl",
    "archive36-test.jsonl",
    "archive37-dev.jsonl",
    "archive37-test.jsonl",
    "archive38-dev.jsonl",
    "archive38-test.jsonl",
    "archive39-dev.jsonl",
    "archive39-test.jsonl",
    "compare-dev.jsonl",
    "minutes-dev.jsonl",
    "real-typed-dev.jsonl",
    "real-typed-dev2.jsonl",
    "real-typed-dev3.jsonl",
    "real-typed-dev4.jsonl",
    "real-typed-dev5.jsonl",
    "real-typed-dev6.jsonl",
    "real-typed-check.jsonl",
    "real-typed-check2.jsonl",
    "real-typed-check3.jsonl",
    "real-typed-dev7.jsonl",
    "real-typed-dev8.jsonl",
    "real-typed-test.jsonl",
    "table-dev.jsonl",
)
KINDS = (
    "number", "list", "fact", "table", "decision", "change", "current", "definition", "who", "when",
    "unanswerable",
)  # fmt: skip
DOC_TYPES = ("annual report", "strategic assessment", "minutes")
PageTexts = Callable[[str], list[str]]


def load(path: Path) -> list[dict[str, Any]]:
    """Every question of a JSONL file, in order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def normalise(text: str) -> str:
    """As the answer metric compares: whitespace collapsed, case folded."""
    return " ".join(text.split()).casefold()


def schema_problems(row: dict[str, Any]) -> list[str]:
    """What is wrong with one question's shape, if anything."""
    problems = [f"missing {key}" for key in ("id", "question", "kind", "answerable", "sources", "answer_all")
                if key not in row]  # fmt: skip
    if problems:
        return problems
    if row["kind"] not in KINDS:
        problems.append(f"kind {row['kind']!r}")
    sources, groups = row["sources"], row["answer_all"]
    if not all(isinstance(s, dict) and set(s) == {"document", "page"} for s in sources):
        problems.append("each source needs exactly document and page")
    if not all(isinstance(g, list) and g and all(isinstance(a, str) and a for a in g) for g in groups):
        problems.append("answer_all must be non-empty lists of strings")
    if row["answerable"]:
        if not sources or not groups:
            problems.append("an answerable question needs sources and answer_all")
        if row.get("doc_type") not in DOC_TYPES:
            problems.append(f"doc_type {row.get('doc_type')!r}")
    elif sources or groups or row["kind"] != "unanswerable" or "doc_type" in row:
        problems.append("an unanswerable question has no sources, answers or doc_type and kind unanswerable")
    return problems


def archive_pages(archive: Path) -> PageTexts:
    """Page texts of a built archive's documents, the scanned ones read from their unscanned originals."""
    scanned = {d.file: d for d in DOCUMENTS if d.scanned}
    cache: dict[str, list[str]] = {}

    def pages(document: str) -> list[str]:
        if document not in cache:
            if document in scanned:
                cache[document] = _original_pages(scanned[document])
            else:
                path = archive / document
                cache[document] = [normalise(p.extract_text() or "") for p in PdfReader(path).pages]
        return cache[document]

    return pages


def _original_pages(document: Document) -> list[str]:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "original.pdf"
        document.write(path)
        return [normalise(p.extract_text() or "") for p in PdfReader(path).pages]


def problems_in(rows: Iterable[dict[str, Any]], archive: Path, pages: PageTexts) -> list[str]:
    """Every problem of a question set: schema, missing documents or pages, answers not on cited pages."""
    problems: list[str] = []
    seen: set[str] = set()
    for row in rows:
        found = schema_problems(row)
        if row.get("id") in seen:
            found.append("duplicate id")
        seen.add(str(row.get("id")))
        if not found:
            found = _source_problems(row, archive, pages)
        problems += [f"{row.get('id')}: {p}" for p in found]
    return problems


def _source_problems(row: dict[str, Any], archive: Path, pages: PageTexts) -> list[str]:
    texts = []
    for source in row["sources"]:
        document, page = source["document"], source["page"]
        if not (archive / document).is_file():
            return [f"no document {document}"]
        document_pages = pages(document)
        if not isinstance(page, int) or not 1 <= page <= len(document_pages):
            return [f"{document} has no page {page}"]
        texts.append(document_pages[page - 1])
    return [
        f"none of {group} on the cited pages"
        for group in row["answer_all"]
        if not any(normalise(alt) in text for alt in group for text in texts)
    ]
