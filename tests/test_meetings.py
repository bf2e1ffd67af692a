"""When a board meets next: the next-meeting item of each set of minutes, and the questions it answers."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.service import Assistant
from assistant.settings import Settings
from ingest.facts.meetings import extract_next_meetings
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import make_pdf

BOARD = "Northby Community Safety Partnership Board"


def _minutes(path: Path, held: str, closing: list[str]) -> Path:
    return make_pdf(
        path,
        [
            [f"{BOARD}: minutes of the meeting held on {held}", "1. Apologies"],
            ["Apologies were received from the fire service.", *closing],
        ],
        title=f"{BOARD} minutes, {held}",
    )


def test_the_next_meeting_is_read_under_its_heading_or_after_its_label(tmp_path: Path) -> None:
    styles = {
        "heading": ["7. Date of next meeting", "20 September 2023 at 10:00."],
        "label": ["Next meeting: 6 March 2024, Wrenwick Community Centre."],
    }
    for style, closing in styles.items():
        path = _minutes(tmp_path / f"{style}.pdf", "14 June 2023", closing)
        pages = clean_pages(read_pdf(path, path.name).pages)
        (found,) = extract_next_meetings(path.name, pages)
        assert (found.page, found.date) == (2, {"heading": "2023-09-20", "label": "2024-03-06"}[style])
        assert found.quote.endswith(closing[-1])
    deferred = ["The bid was deferred to the next meeting, so that costs are known by 31 July 2023."]
    path = _minutes(tmp_path / "deferred.pdf", "14 June 2023", deferred)
    assert extract_next_meetings(path.name, clean_pages(read_pdf(path, path.name).pages)) == []


def test_the_meeting_after_a_named_one_and_the_next_one(tmp_path: Path, model: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    _minutes(corpus / "june.pdf", "14 June 2023", ["5. Next meeting", "20 September 2023, 10:00."])
    _minutes(corpus / "september.pdf", "20 September 2023", ["5. Next meeting", "6 December 2023, 10:00."])
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    after_june = helper.ask("when does the board meet after its june 2023 meeting")
    assert "20 September 2023" in after_june.text and "6 December" not in after_june.text
    assert [(c.document, c.page) for c in after_june.citations] == [("june.pdf", 2)]
    upcoming = helper.ask("when is the next board meeting")
    assert "6 December 2023" in upcoming.text
    assert [(c.document, c.page) for c in upcoming.citations] == [("september.pdf", 2)]
    assert helper.ask("what was decided at the next meeting").answerer != "register"  # not a date asked
