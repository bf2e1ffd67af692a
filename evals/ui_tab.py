"""The chat UI's Evaluation tab: the latest report's figures and charts, and a button that runs one.

`build_eval_tab` is called inside the app's `gr.Blocks`; gradio and the evaluation code load with
the UI only. Each run is compared with the one before it, and becomes the latest report (the same
folder `csp eval` writes, beside the index).
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evals.charts import CHART_FILES, COMPARISON_FILE
from evals.compare import compare, comparison_json
from evals.questions import DEFAULT_QUESTIONS, load_sets
from evals.report import summary_markdown, write_report
from evals.run import latest_dir as report_dir
from evals.run import load_run, run_eval
from ingest.errors import CspError

NOTHING_YET = "No evaluation has been run yet: choose question sets and press **Run evaluation**."


def question_files() -> list[Path]:
    """The question sets that ship beside `evals/questions.jsonl`."""
    return sorted(DEFAULT_QUESTIONS.parent.glob("*.jsonl"))


def latest(folder: Path) -> tuple[str, list[str], str | None]:
    """The latest report in `folder`: its figures as Markdown, its chart files, and a zip of it all."""
    run_path = folder / "run.json"
    if not run_path.is_file():
        return NOTHING_YET, [], None
    try:
        run = load_run(run_path)
    except CspError as exc:
        return f"The latest report cannot be read: {exc}", [], None
    compared = folder / "comparison.json"
    comparison = json.loads(compared.read_text(encoding="utf-8")) if compared.is_file() else None
    charts = [str(folder / name) for name in (*CHART_FILES, COMPARISON_FILE) if (folder / name).is_file()]
    exports = Path(tempfile.gettempdir()) / "csp-exports"
    exports.mkdir(parents=True, exist_ok=True)
    archive = shutil.make_archive(str(exports / f"evaluation-{uuid.uuid4().hex[:12]}"), "zip", folder)
    return summary_markdown(run, comparison), charts, archive


def build_eval_tab(assistant: Any, files: Sequence[Path] | None = None) -> None:
    """Add the Evaluation tab to the Blocks being built."""
    import gradio as gr

    files = list(files) if files is not None else question_files()
    folder = report_dir(assistant.settings)

    def run(chosen: list[str] | None, progress: Any = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008 - gradio's idiom
        paths = [f for f in files if f.name in (chosen or [])]
        if not paths:
            return ("Choose at least one question set.", gr.update(), gr.update())
        if not assistant.records:
            return ("Nothing is indexed yet: add documents first.", gr.update(), gr.update())
        try:
            page_counts = {name: r.pages for name, r in assistant.records.items()}
            sets = load_sets(paths, page_counts)
            earlier = load_run(folder / "run.json") if (folder / "run.json").is_file() else None
            total = sum(len(s) for s in sets.values())
            progress(0, desc=f"Asking {total} questions")
            result = run_eval(
                assistant, sets, lambda done, n: progress(done / n, desc=f"Question {done} of {n}")
            )
        except CspError as exc:
            return (f"**Not run.** {exc}", gr.update(), gr.update())
        comparison = comparison_json(compare(earlier, result.summary)) if earlier else None
        progress(1.0, desc="Drawing the charts")
        write_report(result.summary, folder, comparison)
        return latest(folder)

    with gr.Tab("Evaluation") as tab:
        gr.Markdown(
            "How well the assistant answers the question sets: retrieval, answers, citations and "
            "abstention, each figure with its 95% interval, by kind of question and document type. "
            "A run is compared with the one before it."
        )
        with gr.Row():
            # A drop-down, not a box per set: a hundred sets' boxes pushed the results off the page.
            chosen = gr.Dropdown(
                [f.name for f in files],
                value=[f.name for f in files if f == DEFAULT_QUESTIONS],
                multiselect=True,
                label="Question sets",
                info="Type to find a set; each chosen one is run and reported on its own.",
                elem_id="eval-sets",
            )
            button = gr.Button("Run evaluation", variant="primary", elem_id="eval-run")
        summary_text, charts, archive = latest(folder)
        gallery = gr.Gallery(
            charts,
            label="Charts",
            columns=2,
            height="auto",
            object_fit="contain",
            elem_id="eval-charts",
            preview=False,
        )
        download = gr.DownloadButton(
            "Download the report (HTML, Markdown, charts, run JSON)", value=archive, elem_id="eval-download"
        )
        summary = gr.Markdown(summary_text, elem_id="eval-summary")
    outputs = [summary, gallery, download]
    button.click(run, [chosen], outputs, concurrency_limit=1)  # two runs at once would share one folder
    tab.select(lambda: latest(folder), None, outputs)  # a run from the command line shows up too


def evaluation_tab(ui: Any) -> None:
    """The tab as the chat UI's extra-tab hook takes it (`ChatUI(extra_tabs=[evaluation_tab])`)."""
    build_eval_tab(ui.assistant)
