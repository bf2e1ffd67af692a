"""The chat UI in Debian's headless Chromium, driven by Playwright: ask, open a citation, follow up.

Screenshots are kept in artifacts/screenshots/ as test artefacts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.browser import SHOTS, TIMEOUT_MS, ask, wait_for_page_image


def test_ask_open_citation_follow_up_and_separate_sessions(base_url: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(base_url)
    page.wait_for_selector("#question textarea", timeout=TIMEOUT_MS)
    page.screenshot(path=str(SHOTS / "01-empty-chat.png"))

    answer = ask(page, "What are the partnership's priorities?")
    assert "Knife Crime" in answer.inner_text()
    sources = page.locator("#sources label")
    assert "p. 13" in sources.first.inner_text()
    page.screenshot(path=str(SHOTS / "02-answer.png"))

    sources.first.click()
    wait_for_page_image(page, "#page-viewer img.csp-page")
    assert "Road Safety" in page.locator("#page-viewer .csp-page-text").inner_text()
    page.screenshot(path=str(SHOTS / "03-citation-open.png"))

    ask(page, "Tell me about the Knife Angel")
    follow_up = ask(page, "and how much did it get?")
    text = follow_up.inner_text()
    assert "19,738" in text or "19,783" in text
    page.screenshot(path=str(SHOTS / "04-follow-up.png"))

    other = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    other.goto(base_url)
    other.wait_for_selector("#question textarea", timeout=TIMEOUT_MS)
    assert other.locator(".message").count() == 0  # a second browser sees none of the first's chat
    other.screenshot(path=str(SHOTS / "05-second-browser.png"))

    page.get_by_role("tab", name="Documents").click()
    page.wait_for_function(
        "name => (document.querySelector('#documents')?.innerText || '').includes(name)",
        arg="scep-annual-report-2022-23.pdf",
        timeout=TIMEOUT_MS,
    )
    assert "Safer Cheshire East Partnership Annual Report 2022-23" in page.locator("#documents").inner_text()
    page.screenshot(path=str(SHOTS / "06-documents.png"))
    context.close()


def test_funding_tab_filters_opens_a_row_and_downloads_csv(base_url: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
    page = context.new_page()
    page.goto(base_url)
    page.get_by_role("tab", name="Funding").click()
    table = page.locator("#funding")
    page.wait_for_function(
        "() => (document.querySelector('#funding')?.innerText || '').includes('Knife Angel')",
        timeout=TIMEOUT_MS,
    )
    assert "19,738 on p. 20" in table.inner_text()  # the other figure, shown beside the table's

    page.fill(
        "input[placeholder='e.g. domestic abuse'], textarea[placeholder='e.g. domestic abuse']", "knife"
    )
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => { const t = document.querySelector('#funding')?.innerText || '';"
        " return t.includes('Knife Angel') && !t.includes('Regional Analyst'); }",
        timeout=TIMEOUT_MS,
    )
    table.locator("[role=gridcell]:visible", has_text="Knife Angel").first.click()
    wait_for_page_image(page, "#funding-page img")
    assert "p. 9" in page.locator("#funding-page-text").inner_text()
    page.screenshot(path=str(SHOTS / "07-funding.png"))

    with page.expect_download(timeout=TIMEOUT_MS) as download:
        page.click("#funding-csv")
    csv_text = Path(download.value.path()).read_text(encoding="utf-8")
    assert csv_text.splitlines()[0].startswith("item,amount,kind,window")
    assert "Knife Angel,19783.00" in csv_text and "Regional Analyst" not in csv_text

    page.get_by_role("tab", name="Glossary").click()
    # An acronym the report spells out, near the top of the alphabet (the table shows its first rows).
    page.wait_for_function(
        "term => (document.querySelector('#glossary')?.innerText || '').includes(term)",
        arg="Combating Drugs Partnership",
        timeout=TIMEOUT_MS,
    )
    glossary = page.locator("#glossary").inner_text()
    assert "Annual Report 2022-23, p. 23" in glossary  # the page that spells CDP out
    assert "curated list" in glossary  # and an acronym the documents do not spell out
    page.screenshot(path=str(SHOTS / "08-glossary.png"))
    context.close()
