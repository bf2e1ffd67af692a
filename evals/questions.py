"""Question files: the schema, loading, and validation against the index (every problem by file and line).

A line is one JSON object. The canonical form names the (document, page) pairs that hold the answer:

    {"id": "ad01", "question": "...", "kind": "number", "answerable": true,
     "sources": [{"document": "northmoor/annual-report-2023-24.pdf", "page": 4}],
     "answer_all": [["£6,000", "6,000"], ["Youth Outreach"]], "doc_type": "minutes", "scanned": true}

The legacy form `"pages": [9, 20]` (with an optional `"document"`) is still read; a page without a
document matches that page of any document.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import CspError

DEFAULT_QUESTIONS = Path(__file__).with_name("questions.jsonl")
KINDS = frozenset(
    {
        "number",
        "list",
        "fact",
        "table",
        "decision",
        "change",
        "current",
        "definition",
        "who",
        "when",
        "unanswerable",
        # the kinds of the first question set, kept so its breakdown reads as before
        "figure",
        "paraphrase",
        "funding",
        "glossary",
    }
)
_REQUIRED = ("id", "question", "kind", "answerable", "answer_all")
_KNOWN = {*_REQUIRED, "sources", "pages", "document", "doc_type", "scanned"}


class QuestionFileError(CspError):
    """One or more question files do not follow the schema; `problems` lists each by file and line."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        super().__init__(f"{count} in the question files:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class Source:
    """A page that holds (part of) an answer; `document` None matches that page of any document."""

    document: str | None
    page: int


@dataclass(frozen=True)
class Sample:
    """One evaluation question, as written in its file."""

    id: str
    question: str
    kind: str
    answerable: bool
    sources: tuple[Source, ...]
    answer_all: tuple[tuple[str, ...], ...]
    doc_type: str | None = None
    scanned: bool | None = None
    set_name: str = ""
    line: int = 0

    @property
    def pages(self) -> tuple[int, ...]:
        """The expected page numbers, whatever their documents (for display)."""
        return tuple(s.page for s in self.sources)


def set_name(path: Path) -> str:
    """A question set is known by its file name without `.jsonl`."""
    return path.name.removesuffix(".jsonl")


def load_questions(path: Path, page_counts: Mapping[str, int] | None = None) -> list[Sample]:
    """Read one question file; raises QuestionFileError listing every problem (see `load_sets`)."""
    return load_sets([path], page_counts)[set_name(path)]


def load_sets(paths: Sequence[Path], page_counts: Mapping[str, int] | None = None) -> dict[str, list[Sample]]:
    """Read question files, each a set named after its file.

    With `page_counts` (document → pages, from the index) sources are checked too: a document not
    in the index or a page beyond its last is a problem. All problems of all files are raised at once.
    """
    sets: dict[str, list[Sample]] = {}
    problems: list[str] = []
    for path in paths:
        name = set_name(path)
        if name in sets:
            problems.append(f"{path}: another question file is also named {name!r}")
            continue
        if not path.is_file():
            problems.append(f"{path}: no such question file")
            continue
        sets[name] = _read(path, name, page_counts, problems)
    if problems:
        raise QuestionFileError(problems)
    return sets


def _read(path: Path, name: str, page_counts: Mapping[str, int] | None, problems: list[str]) -> list[Sample]:
    samples: list[Sample] = []
    ids: dict[str, int] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot be read ({exc.__class__.__name__})")
        return samples
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        found: list[str] = []
        sample = _parse(line, name, number, page_counts, found)
        if sample is not None and sample.id in ids:
            found.append(f"id {sample.id!r} is already used on line {ids[sample.id]}")
        problems.extend(f"{path}, line {number}: {p}" for p in found)
        if sample is not None and not found:
            ids[sample.id] = number
            samples.append(sample)
    if not samples and not problems:
        problems.append(f"{path}: holds no questions")
    return samples


def _parse(
    line: str, name: str, number: int, page_counts: Mapping[str, int] | None, found: list[str]
) -> Sample | None:
    """One line as a Sample, or None; what is wrong with it goes into `found`, one sentence each."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        found.append(f"not valid JSON ({exc.msg} at column {exc.colno})")
        return None
    if not isinstance(row, dict):
        found.append("not a JSON object")
        return None
    found.extend(f"missing field {f!r}" for f in _REQUIRED if f not in row)
    if "sources" not in row and "pages" not in row:
        found.append("missing field 'sources' (or the older 'pages')")
    found.extend(f"unknown field {f!r}" for f in row if f not in _KNOWN)
    if found:
        return None
    kind = row["kind"]
    if kind not in KINDS:
        found.append(f"unknown kind {kind!r} (one of {', '.join(sorted(KINDS))})")
    if not isinstance(row["answerable"], bool):
        found.append("'answerable' must be true or false")
    if not isinstance(row["question"], str) or not row["question"].strip():
        found.append("'question' must be a non-empty string")
    before = len(found)
    answer_all = _groups(row["answer_all"], found)
    sources = _sources(row, found)
    _check_sources(sources, page_counts, found)
    if len(found) == before and row["answerable"] is True and (not sources or not answer_all):
        found.append("an answerable question needs 'sources' and 'answer_all'")
    for field in ("doc_type", "scanned"):
        expected_type = str if field == "doc_type" else bool
        if row.get(field) is not None and not isinstance(row[field], expected_type):
            found.append(f"'{field}' must be a {'string' if expected_type is str else 'boolean'}")
    if found:
        return None
    return Sample(
        str(row["id"]),
        row["question"],
        kind,
        row["answerable"],
        sources,
        answer_all,
        row.get("doc_type"),
        row.get("scanned"),
        name,
        number,
    )


def _groups(value: Any, found: list[str]) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list) or not all(
        isinstance(g, list) and g and all(isinstance(a, str) and a.strip() for a in g) for g in value
    ):
        found.append("'answer_all' must be a list of non-empty lists of strings")
        return ()
    return tuple(tuple(a for a in group) for group in value)


def _sources(row: dict[str, Any], found: list[str]) -> tuple[Source, ...]:
    if "sources" in row:
        items = row["sources"]
        if not isinstance(items, list) or not all(
            isinstance(s, dict) and isinstance(s.get("document"), str) and _is_page(s.get("page"))
            for s in items
        ):
            found.append('\'sources\' must be a list of {"document": name, "page": number}')
            return ()
        return tuple(Source(s["document"], s["page"]) for s in items)
    pages, document = row["pages"], row.get("document")
    if not isinstance(pages, list) or not all(_is_page(p) for p in pages):
        found.append("'pages' must be a list of page numbers (1 and up)")
        return ()
    if document is not None and not isinstance(document, str):
        found.append("'document' must be a file name")
        return ()
    return tuple(Source(document, p) for p in pages)


def _is_page(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _check_sources(
    sources: Sequence[Source], page_counts: Mapping[str, int] | None, found: list[str]
) -> None:
    if page_counts is None:
        return
    for source in sources:
        if source.document is None:
            last = max(page_counts.values(), default=0)
            if source.page > last:
                found.append(f"page {source.page} is beyond the last page of every indexed document ({last})")
        elif source.document not in page_counts:
            found.append(f"document {source.document!r} is not in the index")
        elif source.page > page_counts[source.document]:
            found.append(
                f"page {source.page} is beyond the last page of {source.document} "
                f"({page_counts[source.document]})"
            )
