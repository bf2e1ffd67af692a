"""Headless Debian Chromium for the browser tests, driven by Playwright, and the chat UI it visits:
one of each per test module."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
# Chromium must not try the network: this machine has none, and a test must not depend on it.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
# Screenshots the README shows, kept in the repository.
DOCS_SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
TIMEOUT_MS = 60_000


@contextmanager
def served(assistant: Any) -> Iterator[str]:
    """The chat UI over `assistant`, served on a port of its own until the block ends; its URL."""
    from assistant.app.ui import serve
    from evals.load import free_port

    port = free_port()
    app = serve(assistant, "127.0.0.1", port, block=False)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        app.close()


@pytest.fixture(scope="module")
def base_url(assistant: Any) -> Iterator[str]:
    """The chat UI over the real corpus, served for the test module."""
    with served(assistant) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (`make test` does).")
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def ask(page: Any, question: str, press_enter: bool = False) -> Any:
    """Type a question, send it (Ask, or the Enter key), and wait for the final answer; returns the
    last bot message. Answers stream in, so a message is only final once its sources (or closest
    passages) show."""
    before = page.locator(".message.bot").count()
    page.fill("#question textarea", question)
    if press_enter:
        page.press("#question textarea", "Enter")
    else:
        page.click("#ask")
    page.wait_for_function(
        """n => {
            const bots = document.querySelectorAll('.message.bot');
            if (bots.length <= n) return false;
            const text = bots[bots.length - 1].innerText;
            return text.includes('Sources') || text.includes('Closest passages') || text.includes('Sorry');
        }""",
        arg=before,
        timeout=TIMEOUT_MS,
    )
    return page.locator(".message.bot").last


def wait_for_page_image(page: Any, selector: str) -> None:
    """Wait until the rendered page image has loaded (a real page, not a placeholder)."""
    page.wait_for_function(
        "s => { const i = document.querySelector(s); return i && i.complete && i.naturalWidth > 500; }",
        arg=selector,
        timeout=TIMEOUT_MS,
    )
