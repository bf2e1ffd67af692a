"""Footnotes under a table: each note knows the row or column its mark stands on, through the store."""

from __future__ import annotations

from assistant.settings import Settings
from ingest.facts.decisions import extract_funding
from ingest.parse.blocks import Block, CleanPage
from ingest.parse.chunk import chunk_pages
from ingest.parse.clean import clean_pages
from ingest.parse.footnotes import linked_notes
from ingest.parse.pdf import read_pdf
from ingest.pipeline import ingest
from ingest.store import ChunkStore
from ingest.text import split_sentences
from tests.conftest import FakeEmbeddings
from tests.pdfs import make_pdf


def test_a_note_is_linked_to_the_row_and_the_column_its_mark_stands_on() -> None:
    header = ("Ward", "Population¹", "Burglary")
    table = Block("header", "\t".join(header), header)
    row = Block("row", "Millbrook²\t8,600\t41", ("Millbrook²", "8,600", "41"), header)
    notes = Block("para", "¹ ONS mid-2022 estimates. ² Boundaries changed in 2023. ³ Not marked above.")
    later = Block("para", "Figures are for 2023-24.")
    (page,) = linked_notes([CleanPage(1, "1", (table, row, notes, later))])
    assert page.blocks[2].notes == (("¹", "Population"), ("²", "Millbrook"))
    assert page.blocks[3].notes == ()  # no note: a paragraph opening with no mark


def test_a_notes_page_is_found_by_what_its_notes_are_about(settings: Settings) -> None:
    path = make_pdf(
        settings.corpus_dir / "annual-report-2023-24.pdf",
        [
            [
                "Grants awarded in 2023-24",
                "",
                "Project | Lead organisation | Awarded",
                "Knife crime workshops¹ | Fenwold Youth Trust | £9,650",
                "Relaunch of the Watch² | Bridge Neighbourhood Watch | £3,200",
            ],
            [
                "Notes",
                "",
                "¹ Increased from £8,400 in January 2024. ² £1,140 was spent; the rest was returned unspent.",
            ],
        ],
    )
    pages = clean_pages(read_pdf(path, path.name).pages)
    (noted,) = [c for c in chunk_pages(path.name, pages) if c.notes]
    assert (noted.page, noted.notes) == (2, (("¹", "Knife crime workshops"), ("²", "Relaunch of the Watch")))
    assert "Relaunch of the Watch" in noted.search_text and "Relaunch" not in noted.text
    found = extract_funding(path.name, read_pdf(path, path.name).pages, pages, "2023-24", "", "annual report")
    assert [d.item for d in found] == ["Knife crime workshops", "Relaunch of the Watch"]  # marks left off
    fake = FakeEmbeddings()
    store = ChunkStore(settings, fake.name, fake.dimension)
    ingest(settings, store, fake)
    (stored,) = [s.chunk for s in store.all_chunks() if s.chunk.page == 2 and s.chunk.notes]
    assert stored.notes == noted.notes  # kept through the store, as the ingest found them


def test_each_note_is_a_sentence_of_its_own() -> None:
    # So a note is read with the row its own mark stands on, not the one before it in the paragraph.
    notes = "¹ First awarded £6,500; raised to £7,900. ² Awarded £8,800; reduced to £6,600. † Estimated."
    assert split_sentences(notes) == [
        "¹ First awarded £6,500; raised to £7,900.",
        "² Awarded £8,800; reduced to £6,600.",
        "† Estimated.",
    ]
