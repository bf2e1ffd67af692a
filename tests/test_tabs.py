"""The Documents and Funding tabs through their plain functions and handlers, on a year of an invented
partnership's documents ingested for real (conftest's `archive`): documents newest first, filtered,
with pages read by OCR; re-ingest and remove asked first; item timelines; totals; CSV and Excel."""

from __future__ import annotations

import contextvars
import copy
import csv
import re
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from assistant.app.documents_tab import _shown_by
from assistant.app.documents_view import (
    PendingChange,
    document_filter_choices,
    document_rows,
    documents_shown,
    newest_first,
    ocr_counts,
)
from assistant.app.funding_view import ALL, funding_rows, totals_line, write_csv, write_xlsx
from assistant.app.timeline_view import (
    item_choices,
    label_of,
    state_for_row,
    timeline_labels,
    timeline_title,
    timeline_values,
)
from assistant.app.ui import ChatUI
from assistant.facts.register import CSV_FIELDS
from assistant.service import Assistant
from assistant.settings import Settings
from ingest.errors import CspError
from ingest.records import DocumentRecord
from tests.conftest import Archive
from tests.pdfs import make_pdf

K = "kestrelford/"
REPORT = "Kestrelford Community Safety Partnership Annual Report 2023-24"
BOARD = "Kestrelford Community Safety Partnership Board minutes"
SCANNED = f"{K}minutes-2024-06-11-signed.pdf"


def _record(document: str, date: str, period: str, title: str = "") -> DocumentRecord:
    return DocumentRecord(document, "", title or document, "minutes", period, "", 1, 1, "", "", date)


def test_documents_are_listed_newest_first_with_their_pages_read_by_ocr(archive: Archive) -> None:
    assistant = archive.assistant
    rows = document_rows(documents_shown(assistant.documents()), ocr_counts(assistant.ocr_pages))
    assert [(row[-1], row[3]) for row in rows] == [
        (f"{K}annual-report-2023-24.pdf", "2024-07-10"),
        (SCANNED, "2024-06-11"),
        (f"{K}minutes-2024-03-12.pdf", "2024-03-12"),
        (f"{K}minutes-2023-12-06.pdf", "2023-12-06"),
        (f"{K}minutes-2023-09-20.pdf", "2023-09-20"),
        (f"{K}minutes-2023-06-14.pdf", "2023-06-14"),
    ]
    read_by_ocr = {row[-1]: (row[5], row[4]) for row in rows}  # (pages read by OCR, pages)
    scanned_pages = read_by_ocr.pop(SCANNED)
    assert scanned_pages[0] == scanned_pages[1] > 0  # every page of the scan, none of the others
    assert {ocr for ocr, _ in read_by_ocr.values()} == {0}


def test_documents_filter_by_type_and_period(archive: Archive) -> None:
    records = archive.assistant.documents()
    assert document_filter_choices(records) == {
        "type": [ALL, "annual report", "minutes"],
        "period": [ALL, "2024-25", "2023-24"],
    }
    minutes = [r.document for r in documents_shown(records, "minutes", "2023-24")]
    assert minutes == [
        f"{K}minutes-{d}.pdf" for d in ("2024-03-12", "2023-12-06", "2023-09-20", "2023-06-14")
    ]
    assert [r.document for r in documents_shown(records, ALL, "2024-25")] == [SCANNED]
    assert [r.title for r in documents_shown(records, "annual report")] == [REPORT]
    assert documents_shown(records, "strategic assessment") == []


def test_an_undated_document_sorts_at_the_end_of_its_period() -> None:
    records = [
        _record("june.pdf", "2023-06-14", "2023-24"),
        _record("report.pdf", "", "2022-23"),  # after March 2023, before June
        _record("march.pdf", "2023-03-01", "2022-23"),
        _record("plan.pdf", "", "2024"),  # a calendar year ends in December
        _record("loose.pdf", "", ""),  # nothing to place it: last
    ]
    assert [r.document for r in newest_first(records)] == [
        "plan.pdf",
        "june.pdf",
        "report.pdf",
        "march.pdf",
        "loose.pdf",
    ]


def test_ingest_progress_shows_each_page_read_by_ocr_then_embedding(archive: Archive) -> None:
    lines = [line for _, line in archive.shown]
    ocr = [line for line in lines if "by OCR" in line]
    pages = archive.assistant.records[SCANNED].pages
    assert ocr == [f"Reading {SCANNED} by OCR: {n} of {pages} pages" for n in range(pages + 1)]
    fraction, last = next((f, line) for f, line in reversed(archive.shown) if line.startswith("Embedding"))
    assert fraction == 1.0 and re.fullmatch(r"Embedding: (\d+) of \1 chunks", last)


@pytest.fixture
def small(settings: Settings, model: Any) -> Assistant:
    """One small minutes PDF indexed, for tests that change the index."""
    make_pdf(
        settings.corpus_dir / "board.pdf",
        [
            [
                "Minutes of the meeting held on 14 June 2023",
                "",
                "The Board agreed to fund the youth project at £3,400.",
            ]
        ],
        title="Board minutes",
    )
    helper = Assistant.open(settings, model)
    helper.ingest()
    return helper


def test_reingest_reads_an_unchanged_file_again_once_confirmed(small: Assistant) -> None:
    ui = ChatUI(small)
    before = small.records["board.pdf"]
    pending, shown, question, status = ui.ask_to_reingest("board.pdf")
    assert pending == PendingChange("reingest", "board.pdf") and shown["visible"] is True
    assert "Read **Board minutes** (board.pdf) again" in question and status == ""
    assert small.records["board.pdf"] == before  # asking changes nothing

    line, cleared, hidden, *_ = ui.confirm_change(pending)
    assert line == "**Updated:** board.pdf (1 pages, 1 chunks)."
    assert cleared is None and hidden["visible"] is False
    assert small.records["board.pdf"].sha256 == before.sha256
    again = small.reingest("board.pdf")
    assert [f.status for f in again.files] == [
        "updated"
    ] and again.chunks_embedded == 0  # its text is the same
    assert [f.status for f in small.ingest().files] == ["unchanged"]  # an ordinary ingest still skips it
    with pytest.raises(CspError, match="No document named 'gone\\.pdf'"):
        small.reingest("gone.pdf")


def test_remove_is_asked_first_and_cancel_keeps_the_document(small: Assistant) -> None:
    ui = ChatUI(small)
    pending, _, question, _ = ui.ask_to_remove("board.pdf")
    assert "Remove **Board minutes** (board.pdf) from the index and delete its file" in question
    assert ui.cancel_change()[3] == "Nothing changed."
    assert "board.pdf" in small.records and (small.settings.corpus_dir / "board.pdf").exists()
    assert ui.ask_to_remove(None)[3] == "Choose a document first."

    line, *_, table, _, _, chosen, _, _ = ui.confirm_change(pending)
    assert line.startswith("**Removed:** board.pdf (")
    assert table == [] and chosen["choices"] == []
    assert "board.pdf" not in small.records and not (small.settings.corpus_dir / "board.pdf").exists()


def test_totals_count_each_decision_once(archive: Archive) -> None:
    knowledge = archive.assistant.knowledge
    year = funding_rows(knowledge, year="2023-24")
    # The report's own table of 2023-24 awards totals £42,900: the minutes' decisions and the
    # report's restatements of them, deferrals and the superseded £7,500, count once between them.
    assert "shown: £42,900**" in totals_line(knowledge, year)
    taxis = funding_rows(knowledge, search="taxi marshals")
    assert totals_line(knowledge, taxis).startswith(
        f"**Total of the {len(taxis)} rows shown: £9,200**, from 1 decision"
    )


def test_an_items_timeline_across_documents(archive: Archive) -> None:
    knowledge = archive.assistant.knowledge
    shown = funding_rows(knowledge, search="taxi marshals")
    approval = next(d for d in shown if d.outcome == "approved" and d.date == "2023-09-20")
    clicked = copy.deepcopy(approval)  # as the tab's state hands it back
    label = label_of(knowledge, clicked)
    assert label == "Night-Time Taxi Marshals" and item_choices(knowledge, shown) == [label]
    labels = timeline_labels(knowledge)
    timeline = labels[label]
    assert sorted(name for name in labels if name.startswith("Allocation")) == [  # one name, told apart
        "Allocation (2023-24, £40,600)",
        "Allocation (2023-24, £48,000)",
        "Allocation (2023-24, £8,000)",
    ]
    rows = timeline_values(knowledge, timeline)
    assert [row[:5] for row in rows] == [
        ["14 June 2023", "deferred on 14 June 2023 (£9,800 requested)", 9_800, "superseded", "no"],
        ["20 September 2023", "approved £9,200 on 20 September 2023", 9_200, "latest", "yes"],
    ]
    assert [row[5] for row in rows] == [f"{BOARD}, 14 June 2023", f"{BOARD}, 20 September 2023"]
    assert rows[1][7].startswith(f"{REPORT}, p. ")
    assert (
        "Now: approved £9,200 on 20 September 2023. 2 decisions; counted in totals: £9,200."
        in timeline_title(timeline)
    )
    assert state_for_row(timeline, rows[0]) is timeline.states[0]


def test_an_amended_award_shows_the_old_amount_superseded(archive: Archive) -> None:
    knowledge = archive.assistant.knowledge
    (label,) = [label for label in timeline_labels(knowledge) if "Safe at Home" in label]
    rows = timeline_values(knowledge, timeline_labels(knowledge)[label])
    assert [(row[0], row[2], row[3], row[4]) for row in rows] == [
        ("20 September 2023", 7_500, "superseded", "no"),
        ("12 March 2024", 5_000, "latest", "yes"),
    ]
    assert rows[1][1] == "amended on 12 March 2024 from £7,500 to £5,000"


def test_csv_and_excel_hold_exactly_the_rows_shown(archive: Archive, tmp_path: Path) -> None:
    knowledge = archive.assistant.knowledge
    shown = funding_rows(knowledge, search="safe at home")
    assert 1 < len(shown) < len(knowledge.register.decisions)
    expected = knowledge.register.export_rows(shown)
    with write_csv(knowledge, shown, tmp_path / "f.csv").open(encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    assert table[0] == list(CSV_FIELDS)
    assert [(row[0], float(row[1]), row[6], int(row[7])) for row in table[1:]] == [
        (d.item, d.amount, d.document, d.page) for d in shown
    ]
    sheet = load_workbook(write_xlsx(knowledge, shown, tmp_path / "f.xlsx")).active
    assert sheet is not None
    blank_as_none = [
        [None if value == "" else value for value in row] for row in expected
    ]  # as Excel keeps them
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [list(CSV_FIELDS), *blank_as_none]


def test_csv_and_excel_keep_text_that_looks_like_a_formula_as_text(archive: Archive, tmp_path: Path) -> None:
    knowledge = archive.assistant.knowledge
    decision = replace(funding_rows(knowledge)[0], item='=HYPERLINK("http://x")')
    sheet = load_workbook(write_xlsx(knowledge, [decision], tmp_path / "f.xlsx")).active
    assert sheet is not None and sheet["A2"].data_type == "s" and sheet["A2"].value == decision.item
    with write_csv(knowledge, [decision], tmp_path / "f.csv").open(encoding="utf-8") as handle:
        assert list(csv.reader(handle))[1][0] == "'" + decision.item


def test_progress_reaches_gradio_from_the_parsing_thread() -> None:
    """gr.Progress finds its event through context variables; OCR progress comes from another thread."""
    event = contextvars.ContextVar[str]("event")
    event.set("this event")
    seen: list[tuple[str | None, float, str]] = []
    shown = _shown_by(lambda fraction, desc: seen.append((event.get(None), fraction, desc)))
    parsing = threading.Thread(target=shown.ocr, args=("a.pdf", 1, 2))
    parsing.start()
    parsing.join()
    assert seen == [("this event", 0.5, "Reading a.pdf by OCR: 1 of 2 pages")]
