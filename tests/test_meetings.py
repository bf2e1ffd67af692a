"""When a board meets next: the next-meeting item of each set of minutes, and the questions it answers."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.facts.meetings import answer_next_meeting, answer_unheld_meeting
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import Sources
from ingest.facts.meetings import NextMeeting, extract_held_meeting, extract_next_meetings
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
        # A body named by its initials, a short day and a date in figures.
        "initials": ["Next NSG: Wed 06/03/24, Committee Room 2."],
    }
    expected = {"heading": "2023-09-20", "label": "2024-03-06", "initials": "2024-03-06"}
    for style, closing in styles.items():
        path = _minutes(tmp_path / f"{style}.pdf", "14 June 2023", closing)
        pages = clean_pages(read_pdf(path, path.name).pages)
        (found,) = extract_next_meetings(path.name, pages)
        assert (found.page, found.date) == (2, expected[style])
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
    # The body's next sitting asked without the word "meeting", after a month named alone.
    after_sitting = helper.ask("when's the next board after the june one")
    assert "20 September 2023" in after_sitting.text
    assert [(c.document, c.page) for c in after_sitting.citations] == [("june.pdf", 2)]
    assert helper.ask("when is the next board chair elected").answerer != "register"  # a role, not a sitting
    # No minutes of the December meeting are held: what came after it is not known, and said so.
    unheld = helper.ask("when does the board meet after its december 2023 meeting")
    assert unheld.abstained and not unheld.citations
    assert "The newest held are of 20 September 2023, which give the next meeting as 6 December 2023." in (
        unheld.text
    )
    # ... nor what it decided: its day is named, and no document is of that day.
    undecided = helper.ask("what did the board decide at its meeting of 6 december 2023")
    assert undecided.abstained and not undecided.citations
    assert undecided.text.endswith("The minutes of 20 September 2023 give it as the next meeting.")


def _opening(path: Path, held: str, opening: list[str]) -> Path:
    """Minutes whose first page opens with the meeting's time and place in some style."""
    page = [
        f"{BOARD}: minutes of the meeting held on {held}",
        *opening,
        "Present: Ann Reed (Chair), Lee Quinn.",
    ]
    return make_pdf(
        path, [[*page, "1. Budget", "The Board noted the budget."]], title=f"{BOARD} minutes, {held}"
    )


def test_when_and_where_a_meeting_was_held_is_read_from_its_opening(tmp_path: Path) -> None:
    styles = {
        "line": (
            ["10:00, Committee Room 1, Northby Civic Centre"],
            "10:00, Committee Room 1, Northby Civic Centre",
        ),
        "held": (
            ["Held at Northby Civic Centre, Committee Room 1, from 14:00 to 15:45."],
            "Held at Northby Civic Centre, Committee Room 1, from 14:00 to 15:45.",
        ),
        "labels": (
            ["Time: 14:00 to 16:10. Venue: Committee Room 2, Northby Council Offices."],
            "Time: 14:00 to 16:10. Venue: Committee Room 2, Northby Council Offices.",
        ),
        "dated": (["Executive Group 24.01.24"], None),  # a date written with stops is no time
    }
    for style, (opening, quote) in styles.items():
        path = _opening(tmp_path / f"{style}.pdf", "14 June 2023", opening)
        found = extract_held_meeting(path.name, clean_pages(read_pdf(path, path.name).pages))
        # A line run into the title above it (no full stop between) is quoted with it.
        assert [(h.quote.endswith(quote), h.page) for h in found] == ([(True, 1)] if quote else [])


def test_where_and_at_what_time_a_named_meeting_was_held(tmp_path: Path, model: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    _opening(corpus / "june.pdf", "14 June 2023", ["10:00, Committee Room 1, Northby Civic Centre"])
    _opening(corpus / "september.pdf", "20 September 2023", ["Held at Northby Library, from 14:00 to 15:45."])
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    where = helper.ask("where did the northby board meet in sept 2023")
    assert "Northby Library" in where.text and [(c.document, c.page) for c in where.citations] == [
        ("september.pdf", 1)
    ]
    times = helper.ask("what time did the 20 september 2023 board start and finish")
    assert "from 14:00 to 15:45" in times.text
    both = helper.ask("When and where was the board meeting of 14 June 2023 held?")
    assert "10:00, Committee Room 1" in both.text and [(c.document, c.page) for c in both.citations] == [
        ("june.pdf", 1)
    ]
    # The June minutes give no time it ended: how long it lasted is not recorded, and the answer says so.
    lasted = helper.ask("how long did the june 2023 board meeting last")
    assert lasted.abstained and "say when the meeting began, not when it ended" in lasted.text


def test_where_a_meeting_was_held_and_who_sent_apologies_are_answered_together(
    tmp_path: Path, model: Embeddings
) -> None:
    opening = [
        "10:00, Council Chamber, Northby Civic Centre",
        "Apologies: Kit Marsh (Fire and Rescue Service).",
    ]
    _opening(tmp_path / "corpus" / "december.pdf", "6 December 2023", opening)
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("where did the board meet in december 2023, and who sent apologies?")
    assert "Council Chamber" in answer.text and "Kit Marsh" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("december.pdf", 1)]  # one page, cited once


def test_the_next_meeting_set_under_an_actions_table_is_read(tmp_path: Path) -> None:
    # "Next meeting" sits in the table's first column with no blank line above: it heads the line
    # under it, which goes on as prose, so it is no wrapped cell of the last action.
    actions = [
        "Action | Owner | Due",
        "A8 Send the venue list | M. Kowalczyk | 30 Nov 2021",
        "A9 Report the CCTV review | O. Brand | 20 Jan 2022",
        "Next meeting",
        "Thursday 20 January 2022, 14:00, Committee Room 2, Kingsway House, Drayhurst.",
    ]
    path = _minutes(tmp_path / "log.pdf", "14 October 2021", actions)
    pages = clean_pages(read_pdf(path, path.name).pages)
    assert [(b.kind, b.text) for b in pages[1].blocks[-2:]] == [
        ("heading", "Next meeting"),
        ("para", actions[-1]),
    ]
    (found,) = extract_next_meetings(path.name, pages)
    assert (found.page, found.date, found.quote) == (2, "2022-01-20", actions[-1])


def test_what_a_meeting_did_is_declined_when_no_document_is_of_its_day() -> None:
    sources = Sources(
        {"jan.pdf": "Group minutes, 20 January 2022"},
        doc_types={"jan.pdf": "minutes"},
        dates={"jan.pdf": "2022-01-20"},
    )
    announced = [NextMeeting("jan.pdf", "2022-04-21", "Thursday 21 April 2022 at 10:00.", 2)]
    declined = answer_unheld_meeting("what was decided at the group on 21 april 2022", (), announced, sources)
    assert declined is not None and declined.abstained
    assert declined.text.endswith(
        "No minutes held are of a meeting on 21 April 2022. "
        "The minutes of 20 January 2022 give it as the next meeting."
    )
    # Minutes held of the day, a decision recorded on it, no day named, or nothing done asked: not this.
    for question, decided in (
        ("what was decided at the group on 20 january 2022", ()),
        ("what was decided at the group on 21 april 2022", ("2022-04-21",)),
        ("what was decided at the group in april 2022", ()),
        ("where is the group meeting on 21 april 2022", ()),
    ):
        assert answer_unheld_meeting(question, decided, announced, sources) is None, question


def test_the_next_meeting_after_a_day_named_is_that_days_minutes_not_the_months_last() -> None:
    sources = Sources(
        {"a.pdf": "Board minutes, 10 September 2024", "b.pdf": "Group minutes, 24 September 2024"},
        doc_types={"a.pdf": "minutes", "b.pdf": "minutes"},
        dates={"a.pdf": "2024-09-10", "b.pdf": "2024-09-24"},
    )
    announced = [
        NextMeeting("a.pdf", "2025-01-14", "Tuesday 14 January 2025 at 14:00, Committee Room 2.", 2),
        NextMeeting("b.pdf", "2024-11-26", "Tuesday 26 November 2024, 2.00pm.", 2),
    ]
    answer = answer_next_meeting("next meeting after 10 sep 2024 - date, time, room?", announced, sources)
    assert answer is not None and answer.text.startswith(
        "The next meeting after the one of 10 September 2024 is on 14 January 2025"
    )
    month = answer_next_meeting("when is the next meeting after september 2024", announced, sources)
    assert month is not None and "after the one of 24 September 2024" in month.text
    unheld = answer_next_meeting("when is the next meeting after 12 september 2024", announced, sources)
    assert unheld is not None and unheld.abstained
