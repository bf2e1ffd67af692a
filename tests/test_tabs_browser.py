"""The Documents and Funding tabs in Debian's headless Chromium, driven by Playwright, over a copy of
conftest's `archive` (this module removes a document, so it has its own): an item's timeline opened
by a click and by the keyboard, CSV and Excel downloads of the rows shown, the Documents filters,
and re-ingest and removal, each confirmed first. Screenshots of both tabs at 1280x800 go to
artifacts/screenshots/ (docs/screenshots/ holds copies the README shows).
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from assistant.service import Assistant
from assistant.settings import Settings
from tests.browser import SHOTS, served
from tests.conftest import Archive

TIMEOUT_MS = 60_000
LAPTOP = {"width": 1280, "height": 800}
SCANNED = "kestrelford/minutes-2024-06-11-signed.pdf"


@pytest.fixture(scope="module")
def base_url(archive: Archive, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("archive-copy")
    settings = archive.assistant.settings
    shutil.copytree(settings.corpus_dir, root / "corpus")
    shutil.copytree(settings.data_dir, root / "data")  # no ingest runs on the original meanwhile
    copy = Assistant.open(
        Settings(corpus_dir=root / "corpus", data_dir=root / "data"), archive.assistant.embeddings
    )
    with served(copy) as url:
        yield url


def wait_for_text(page: Any, selector: str, text: str, present: bool = True) -> None:
    """Wait until the element's text holds `text` (or, with present=False, no longer does)."""
    page.wait_for_function(
        "([s, t, p]) => ((document.querySelector(s)?.innerText || '').includes(t)) === p",
        arg=[selector, text, present],
        timeout=TIMEOUT_MS,
    )


def choose(page: Any, dropdown: str, option: str) -> None:
    """Pick an option of a Gradio dropdown with the keyboard: focus, type, arrow down, Enter."""
    box = page.locator(f"{dropdown} input")
    box.focus()
    box.fill(option)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")


def open_tab(page: Any, base_url: str, name: str, ready: tuple[str, str]) -> None:
    page.goto(base_url)
    page.get_by_role("tab", name=name).click()
    wait_for_text(page, *ready)


def test_funding_timeline_by_keyboard_and_by_click_and_downloads(base_url: str, browser: Any) -> None:
    context = browser.new_context(viewport=LAPTOP, accept_downloads=True)
    page = context.new_page()
    open_tab(page, base_url, "Funding", ("#funding", "Night-Time Taxi Marshals"))
    assert "Total of the" in page.locator("#funding-totals").inner_text()

    choose(page, "#funding-item", "Safe at Home")
    wait_for_text(page, "#funding-timeline", "amended on 12 March 2024 from £7,500 to £5,000")
    assert "superseded" in page.locator("#funding-timeline").inner_text()

    page.fill("input[placeholder='e.g. domestic abuse'], textarea[placeholder='e.g. domestic abuse']", "taxi")
    page.keyboard.press("Enter")
    wait_for_text(page, "#funding", "Street Pastors", present=False)
    wait_for_text(page, "#funding-totals", "shown: £9,200, from 1 decision")
    page.locator("#funding [role=gridcell]:visible", has_text="Night-Time Taxi Marshals").first.click()
    wait_for_text(page, "#funding-timeline", "deferred on 14 June 2023 (£9,800 requested)")
    assert "approved £9,200 on 20 September 2023" in page.locator("#funding-timeline").inner_text()
    wait_for_text(page, "#funding-page-text", "Taxi Marshals")
    page.locator("#funding-item").scroll_into_view_if_needed()
    page.evaluate(
        "() => window.scrollBy(0, document.querySelector('#funding-item').getBoundingClientRect().top - 16)"
    )
    page.screenshot(path=str(SHOTS / "tabs-funding-timeline.png"))

    with page.expect_download(timeout=TIMEOUT_MS) as download:
        page.click("#funding-csv")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert rows[0][:4] == ["item", "amount", "kind", "window"] and len(rows) > 2
    assert all("Taxi Marshals" in row[0] for row in rows[1:])
    with page.expect_download(timeout=TIMEOUT_MS) as download:
        page.click("#funding-xlsx")
    assert download.value.suggested_filename.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
    assert sheet is not None
    assert [list(row) for row in sheet.iter_rows(max_col=2, values_only=True)] == [
        [row[0], float(row[1]) if n else row[1]] for n, row in enumerate(rows)
    ]
    context.close()


def test_documents_filter_reingest_and_remove_with_confirmation(base_url: str, browser: Any) -> None:
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    open_tab(page, base_url, "Documents", ("#documents", "Annual Report 2023-24"))

    choose(page, "#documents-type", "minutes")
    wait_for_text(page, "#documents", "Annual Report 2023-24", present=False)
    page.locator("#documents-type [role=option]").first.wait_for(state="detached", timeout=TIMEOUT_MS)
    page.screenshot(path=str(SHOTS / "tabs-documents.png"))
    choose(page, "#documents-period", "2024-25")
    wait_for_text(page, "#documents", "2023-06-14", present=False)
    assert SCANNED in page.locator("#documents").inner_text()

    choose(page, "#documents-chosen", SCANNED)
    page.click("#documents-reingest")
    wait_for_text(page, "#documents-confirm", "again and replace what the index holds of it")
    page.click("#documents-yes")
    wait_for_text(page, "#documents-status", f"Updated: {SCANNED}")
    assert "read by OCR" in page.locator("#documents-status").inner_text()

    choose(page, "#documents-chosen", SCANNED)
    page.click("#documents-remove")
    wait_for_text(page, "#documents-confirm", "from the index and delete its file")
    page.wait_for_function("() => document.activeElement?.id === 'documents-no'", timeout=TIMEOUT_MS)
    page.keyboard.press("Enter")  # focus is on Cancel: Enter alone changes nothing
    wait_for_text(page, "#documents-status", "Nothing changed.")
    assert SCANNED in page.locator("#documents").inner_text()

    page.click("#documents-remove")
    page.click("#documents-yes")
    wait_for_text(page, "#documents-status", f"Removed: {SCANNED}")
    wait_for_text(page, "#documents", SCANNED, present=False)
    context.close()
