"""The evaluation archive and its question sets: built once, checked against each other."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from evals.archive.build import DOCUMENTS, REAL_REPORT, build_archive, catalogue_text
from evals.archive.questions import QUESTION_FILES, archive_pages, load, problems_in
from ingest.parse.catalogue import load_catalogue

EVALS = Path(__file__).resolve().parents[1] / "evals"
LABEL = "fictional document made for software testing"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("archive"))


def test_every_document_and_the_real_report_are_there(archive: Path) -> None:
    assert (archive / REAL_REPORT.name).read_bytes() == REAL_REPORT.read_bytes()
    for document in DOCUMENTS:
        assert 1 <= len(PdfReader(archive / document.file).pages) <= 6, document.file


def test_invented_documents_say_fictional_on_page_one(archive: Path) -> None:
    pages = archive_pages(archive)
    for document in DOCUMENTS:
        assert LABEL in pages(document.file)[0], document.file


def test_scanned_minutes_have_no_text_layer(archive: Path) -> None:
    scanned = [d for d in DOCUMENTS if d.scanned]
    assert scanned
    for document in scanned:
        reader = PdfReader(archive / document.file)
        assert reader.pages  # a one-page scanned email (Orrindale's) as well as scanned minutes
        for page in reader.pages:
            assert not (page.extract_text() or "").strip()
            assert page.images


def test_catalogue_loads_and_lists_every_pdf_but_the_uncatalogued(archive: Path) -> None:
    catalogue = load_catalogue(archive)
    files = {p.relative_to(archive).as_posix() for p in archive.rglob("*.pdf")}
    uncatalogued = {d.file for d in DOCUMENTS if not d.catalogued}
    assert uncatalogued and uncatalogued <= files
    assert set(catalogue) == files - uncatalogued
    assert len({info.partnership for info in catalogue.values()}) == 40
    assert (archive / "catalogue.toml").read_text(encoding="utf-8") == catalogue_text()


def test_a_second_build_into_the_same_folder_does_nothing(archive: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in archive.rglob("*") if p.is_file()}
    build_archive(archive)
    assert before == {p: p.stat().st_mtime_ns for p in archive.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", QUESTION_FILES)
def test_questions_match_the_documents(archive: Path, name: str) -> None:
    rows = load(EVALS / name)
    assert problems_in(rows, archive, archive_pages(archive)) == []


def test_question_sets_cover_what_they_must() -> None:
    names = ("archive-dev.jsonl", "archive-dev2.jsonl", "archive-test.jsonl", "archive3-dev.jsonl")
    archive_sets = [load(EVALS / name) for name in (*names, "archive3-test.jsonl")]
    test, test3 = archive_sets[2], archive_sets[-1]
    assert len(test) >= 45 and sum(not q["answerable"] for q in test) >= 8
    assert len(test3) >= 40 and sum(not q["answerable"] for q in test3) >= 7
    for rows in archive_sets:
        assert sum(bool(q.get("scanned")) for q in rows) >= 4
        kinds = Counter(q["kind"] for q in rows)
        assert {"table", "decision", "change", "current", "list", "definition", "unanswerable"} <= set(kinds)
    # Counted, not compared as sets: a failure must not print the held-out questions.
    every_set = [load(EVALS / name) for name in ("questions.jsonl", *QUESTION_FILES)]
    asked = Counter(text for rows in every_set for text in {q["question"].casefold() for q in rows})
    repeated = sum(n > 1 for n in asked.values())
    assert repeated == 0  # no question is in two sets: a dev question repeating a test one leaks it
    for name in (name for name in QUESTION_FILES if name.startswith("real-typed-")):
        rows = load(EVALS / name)
        assert sum(not q["answerable"] for q in rows) >= 3
        assert all(s["document"] == REAL_REPORT.name for q in rows for s in q["sources"])
