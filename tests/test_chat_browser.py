"""The Chat tab in Debian's headless Chromium: a citation marker inside an answer opens its page with
the quote highlighted; zoom, page turns and the PDF link; the keyboard (Enter asks, arrow keys move
through the sources, Escape closes the page); the filters; the layout at 1280x800 and narrow.

The README's screenshots of the chat are taken here, into docs/screenshots/.
"""

from __future__ import annotations

from typing import Any

from tests.browser import DOCS_SHOTS, TIMEOUT_MS, ask, wait_for_page_image

PRIORITIES = "What are the partnership's priorities?"
IMAGE = "#page-viewer img.csp-page"


def _open_page(page: Any, base_url: str) -> None:
    page.goto(base_url)
    page.wait_for_selector("#question textarea", timeout=TIMEOUT_MS)


def _viewer_page(page: Any) -> int:
    """The page number the viewer shows, once a page is open."""
    page.wait_for_selector("#page-viewer .csp-viewer", timeout=TIMEOUT_MS)
    return int(page.locator("#page-viewer .csp-viewer").get_attribute("data-page"))


def test_a_marker_in_the_answer_opens_its_page_to_zoom_turn_and_download(base_url: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    _open_page(page, base_url)
    answer = ask(page, PRIORITIES, press_enter=True)  # Enter asks
    marker = answer.locator('a[href="#cite-0-1"]').first
    assert marker.inner_text() == "[1]"
    marker.click()
    wait_for_page_image(page, IMAGE)
    assert _viewer_page(page) == 13
    assert int(page.locator(IMAGE).get_attribute("data-highlights")) > 0  # the quote drawn on the page
    assert "Knife Crime" in " ".join(page.locator("#page-viewer mark").all_inner_texts())
    assert page.locator("#sources input:checked").count() == 1  # the list beside the chat follows
    DOCS_SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS_SHOTS / "chat-1280x800.png"))

    fit = page.locator(IMAGE).bounding_box()["width"]
    page.click("#zoom-in")
    page.wait_for_function(
        "w => document.querySelector('#page-viewer img.csp-page').getBoundingClientRect().width > w * 1.2",
        arg=fit,
        timeout=TIMEOUT_MS,
    )
    page.click("#zoom-fit")
    page.wait_for_function(
        "w => Math.abs(document.querySelector('#page-viewer img.csp-page').getBoundingClientRect().width - w)"
        " < 2",
        arg=fit,
        timeout=TIMEOUT_MS,
    )

    link = page.locator("#page-viewer a.csp-pdf-link")
    href = link.get_attribute("href")
    assert href.endswith("#page=13") and link.get_attribute("target") == "_blank"
    response = context.request.get(f"{base_url}/{href.split('#')[0]}")
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")

    page.click("#page-next")
    page.wait_for_selector('#page-viewer .csp-viewer[data-page="14"]', timeout=TIMEOUT_MS)
    wait_for_page_image(page, IMAGE)
    assert page.locator("#page-viewer mark").count() == 0  # the quote is on page 13
    page.click("#page-previous")
    page.wait_for_selector('#page-viewer .csp-viewer[data-page="13"]', timeout=TIMEOUT_MS)
    assert page.locator("#page-viewer mark").count() > 0
    context.close()


def test_the_keyboard_moves_through_sources_and_escape_closes(base_url: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    _open_page(page, base_url)
    page.focus("#question textarea")
    page.keyboard.type("How much did the Knife Angel receive?")
    page.keyboard.press("Enter")
    page.wait_for_selector("#sources input[type=radio] >> nth=1", timeout=TIMEOUT_MS)
    page.locator('.message.bot a[href="#cite-0-2"]').first.focus()
    page.keyboard.press("Enter")  # a marker reached with Tab opens with Enter
    cited_second = _viewer_page(page)
    assert page.locator("#page-viewer .csp-source").inner_text().startswith("[2]")
    page.locator("#sources input[type=radio]").first.focus()
    page.keyboard.press("Space")  # choose the first source in the list
    page.wait_for_function(
        "p => document.querySelector('#page-viewer .csp-viewer')?.dataset.page !== String(p)",
        arg=cited_second,
        timeout=TIMEOUT_MS,
    )
    assert page.locator("#page-viewer .csp-source").inner_text().startswith("[1]")
    page.keyboard.press("ArrowDown")  # the next source
    page.wait_for_selector(f'#page-viewer .csp-viewer[data-page="{cited_second}"]', timeout=TIMEOUT_MS)
    assert page.locator("#page-viewer .csp-source").inner_text().startswith("[2]")
    assert page.locator("#sources input:checked").get_attribute("value").startswith("[2]")
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.querySelector('#page-viewer .csp-viewer')", timeout=TIMEOUT_MS)
    assert page.locator("#sources input:checked").count() == 0
    context.close()


def test_filters_show_what_is_applied_and_reset_in_one_click(base_url: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    _open_page(page, base_url)
    applied = page.locator("#filters-applied")
    assert applied.inner_text().strip() == "No filters: every document is searched."
    page.focus("#filter-period input")  # by keyboard: the list opens on All, the next is 2022-23
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.click("#filter-type input")
    page.get_by_role("option", name="annual report").click()
    page.wait_for_function(
        "() => document.querySelector('#filters-applied').innerText"
        ".includes('type: annual report; period: 2022-23')",
        timeout=TIMEOUT_MS,
    )
    answer = ask(page, PRIORITIES)
    assert "Knife Crime" in answer.inner_text()
    page.click("#reset-filters")
    page.wait_for_function(
        "() => document.querySelector('#filters-applied').innerText.includes('No filters')",
        timeout=TIMEOUT_MS,
    )
    assert page.locator("#filter-period input").input_value() == "All"
    context.close()


def test_a_narrow_window_puts_the_page_below_the_chat(base_url: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 760, "height": 1000})
    page = context.new_page()
    _open_page(page, base_url)
    answer = ask(page, PRIORITIES)
    answer.locator('a[href="#cite-0-1"]').last.click()  # the source in the answer's Sources list
    wait_for_page_image(page, IMAGE)
    chat = page.locator("#chat-column").bounding_box()
    viewer = page.locator("#page-column").bounding_box()
    assert viewer["y"] >= chat["y"] + chat["height"] - 1  # below, not beside
    assert (viewer["x"], viewer["width"]) == (chat["x"], chat["width"])  # as wide as the chat
    # The chat and the top of the page below it.
    top = {"x": 0, "y": 0, "width": 760, "height": viewer["y"] + 700}
    page.screenshot(path=str(DOCS_SHOTS / "chat-narrow.png"), full_page=True, clip=top)
    context.close()
