"""Pages, cleaning and chunking on the real corpus and on PDFs made here, asserted exactly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from ingest.parse.chunk import chunk_id, chunk_pages
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.conftest import CORPUS_PDF
from tests.pdfs import label_pages, make_pdf

HEADER = "Safer Cheshire East Partnership – Annual Report 2022-23"


@pytest.fixture(scope="module")
def real_pages():  # type: ignore[no-untyped-def]
    return clean_pages(read_pdf(CORPUS_PDF, "report.pdf").pages)


def test_real_corpus_pages_are_numbered_from_one_with_their_labels() -> None:
    pdf = read_pdf(CORPUS_PDF, "scep-annual-report-2022-23.pdf")
    assert [p.number for p in pdf.pages] == list(range(1, 24))
    assert [p.label for p in pdf.pages] == [str(n) for n in range(1, 24)]
    assert pdf.meta_title == "Safer Cheshire East Partnership Annual Report 2022-2023"


def test_pdf_page_labels_are_kept(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", [["Foreword text"], ["Body text"], ["More body text"]])
    labelled = label_pages(plain, tmp_path / "labelled.pdf", style="/r")
    pages = read_pdf(labelled, "labelled.pdf").pages
    assert [(p.number, p.label) for p in pages] == [(1, "i"), (2, "ii"), (3, "iii")]


def test_running_header_and_page_numbers_never_reach_a_chunk(real_pages) -> None:  # type: ignore[no-untyped-def]
    chunks = chunk_pages("report.pdf", real_pages)
    assert all(HEADER not in " ".join(c.text.split()) for c in chunks)
    # The bare page number printed at the foot of each page is gone from every page's blocks.
    for page in real_pages:
        assert all(block.text != str(page.number) for block in page.blocks)
    # ...but the same header words inside body text survive (page 3 names the partnership).
    assert "The Safer Cheshire East Partnership (SCEP) is a statutory partnership" in real_pages[2].text


def test_header_and_footer_removed_from_made_pdf(tmp_path: Path) -> None:
    lines = [[f"Item {n} was discussed at length.", f"The board agreed action {n}."] for n in range(1, 6)]
    path = make_pdf(
        tmp_path / "minutes.pdf", lines, header="Borough Community Safety Board Minutes", footer_numbers=True
    )
    pages = clean_pages(read_pdf(path, "minutes.pdf").pages)
    assert [page.text for page in pages] == [
        f"Item {n} was discussed at length. The board agreed action {n}." for n in range(1, 6)
    ]


def test_table_rows_stay_whole_on_one_line(real_pages) -> None:  # type: ignore[no-untyped-def]
    chunks = chunk_pages("report.pdf", real_pages)
    rows = [line for c in chunks for line in c.text.split("\n") if "Knife Angel" in line and "19,783" in line]
    assert rows == ["Safer Streets 4 contributions\t35,000\tKnife Angel\t19,783"]
    table_chunk = next(c for c in chunks if rows[0] in c.text)
    assert table_chunk.page == 9
    assert "PSPO – Macclesfield\t3,500" in next(c for c in chunks if c.page == 10).text


def test_chunks_stay_on_their_page_and_keep_their_heading(real_pages) -> None:  # type: ignore[no-untyped-def]
    chunks = chunk_pages("report.pdf", real_pages)
    raw = {
        i + 1: " ".join(p.extract_text(extraction_mode="layout").split())
        for i, p in enumerate(PdfReader(CORPUS_PDF).pages)
    }
    for chunk in chunks:
        for line in chunk.text.split("\n"):
            # Each line of a chunk is text of its own page (bullet glyphs and spacing aside).
            assert " ".join(line.removeprefix("• ").split()) in raw[chunk.page].replace("\x7f ", "")
    priorities = next(c for c in chunks if "Knife Crime" in c.text and c.page == 13)
    assert priorities.heading.endswith("Priorities identified for 2022-2025 (to be reviewed annually)")
    assert priorities.embed_text.startswith(
        "Priorities identified for 2022-2025 (to be reviewed annually)\n• "
    )
    assert priorities.search_text.startswith(priorities.heading)
    assert next(c.heading for c in chunks if c.page == 10) == "5. Police and Crime Commissioner (PCC) Funding"


def test_chunk_ids_derive_from_content(real_pages) -> None:  # type: ignore[no-untyped-def]
    first = chunk_pages("report.pdf", real_pages)
    again = chunk_pages("report.pdf", real_pages)
    assert [c.id for c in first] == [c.id for c in again]
    assert len({c.id for c in first}) == len(first)
    assert {c.id for c in chunk_pages("other.pdf", real_pages)}.isdisjoint({c.id for c in first})


def test_chunk_size_is_validated(real_pages) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="max_chars"):
        chunk_pages("report.pdf", real_pages, max_chars=10)


def test_chunk_id_covers_every_stored_field(real_pages) -> None:  # type: ignore[no-untyped-def]
    chunk = chunk_pages("report.pdf", real_pages)[0]
    for field, value in (("page_label", "iv"), ("index", 7), ("heading_page", 99), ("heading", "Other")):
        assert chunk_id(replace(chunk, **{field: value})) != chunk.id, field


def test_heading_page_says_where_the_heading_is_printed(real_pages) -> None:  # type: ignore[no-untyped-def]
    chunks = chunk_pages("report.pdf", real_pages)
    by_place = {(c.page, c.index): c for c in chunks}
    assert by_place[(9, 0)].heading_page == 9  # "5. Police and Crime Commissioner (PCC) Funding" is on p. 9
    assert by_place[(10, 0)].heading_page == 9  # ...and carries over to p. 10
    assert by_place[(20, 0)].heading_page == 20
    assert by_place[(12, 0)].heading_page == 11
