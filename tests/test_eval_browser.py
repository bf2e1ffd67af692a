"""The evaluation report and the Evaluation tab in Debian's headless Chromium: the charts are seen.

Screenshots are kept in artifacts/screenshots/ as test artefacts.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from assistant.app.ui import serve
from assistant.service import Assistant
from evals.load import free_port
from evals.questions import DEFAULT_QUESTIONS, load_sets
from evals.report import write_report
from evals.run import latest_dir, run_eval
from evals.ui_tab import evaluation_tab
from tests.browser import SHOTS

TIMEOUT_MS = 240_000  # the tab's run asks all 60 questions, on a machine busy with other tests
CHARTS_LOADED = """sel => {
    const images = [...document.querySelectorAll(sel)];
    return images.length >= 4 && images.every(i => i.complete && i.naturalWidth > 300);
}"""


def test_html_report_shows_its_charts(assistant: Assistant, browser: Any, tmp_path: Path) -> None:
    pages = {name: r.pages for name, r in assistant.records.items()}
    result = run_eval(assistant, load_sets([DEFAULT_QUESTIONS], pages))
    report = write_report(result.summary, tmp_path / "report")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(report.as_uri())
    page.wait_for_function(CHARTS_LOADED, arg="img.chart", timeout=30_000)
    assert page.locator("img.chart").count() == 4
    assert "Answer accuracy" in page.locator("table").first.inner_text()
    assert page.locator("td.fail, td.pass").count() == 60  # a row per question
    page.screenshot(path=str(SHOTS / "09-eval-report.png"), full_page=False)
    page.close()


def test_evaluation_tab_runs_with_progress_and_shows_the_charts(assistant: Assistant, browser: Any) -> None:
    shutil.rmtree(latest_dir(assistant.settings), ignore_errors=True)  # start from "nothing run yet"
    port = free_port()
    app = serve(assistant, "127.0.0.1", port, block=False, extra_tabs=[evaluation_tab])
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(f"http://127.0.0.1:{port}")
        page.get_by_role("tab", name="Evaluation").click()
        page.wait_for_selector("#eval-run", timeout=60_000)
        assert "No evaluation has been run yet" in page.locator("#eval-summary").inner_text()
        # However many sets ship, the chooser leaves the charts in the first screen.
        charts, screen = page.locator("#eval-charts").bounding_box(), page.viewport_size
        assert charts is not None and screen is not None and charts["y"] < screen["height"]
        page.click("#eval-run")
        page.wait_for_selector(".progress-text, .progress-level", timeout=60_000)  # gr.Progress shows
        page.wait_for_function(CHARTS_LOADED, arg="#eval-charts img", timeout=TIMEOUT_MS)
        summary = page.locator("#eval-summary").inner_text()
        assert "Answer accuracy" in summary and "by question kind" in summary
        page.screenshot(path=str(SHOTS / "10-eval-tab.png"))
        page.close()
    finally:
        app.close()
    assert (latest_dir(assistant.settings) / "report.html").is_file()
