"""`csp eval`, `csp bench`, `csp load`: the evaluation's own subcommands, added by `add_commands`.

Nothing heavy is imported here at module level: `csp ask` and `csp serve` build the parser too, and
must not load the evaluation code, matplotlib or the question files to do it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.settings import Settings
from ingest.errors import CspError, EmptyIndexError

EXIT_GATE_FAILED = 1  # a figure is under (or over) its gate; 2 stays for errors


@dataclass(frozen=True)
class Gate:
    """A figure that must be at least (`under`) or at most (`over`) a threshold."""

    key: str
    threshold: float
    direction: str  # "under": fail when below; "over": fail when above
    spec: str


def add_commands(sub: Any) -> None:
    """Add `csp eval` to the `csp` parser."""
    ev = sub.add_parser("eval", help="score the assistant on question sets")
    ev.add_argument(
        "--questions",
        type=Path,
        action="append",
        metavar="FILE",
        help="a JSONL question set; repeat for several (default evals/questions.jsonl)",
    )
    ev.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ev.add_argument("--report", type=Path, metavar="DIR", help="write report.html, report.md and charts here")
    ev.add_argument(
        "--save", type=Path, metavar="FILE", help="save the run as JSON, to compare later runs with"
    )
    ev.add_argument("--compare", type=Path, metavar="FILE", help="compare with a run saved by --save")
    ev.add_argument(
        "--fail-under",
        action="append",
        default=[],
        metavar="KEY=MIN,...",
        help="exit 1 when a figure is below its minimum, e.g. acc=0.85,hit1=0.9",
    )
    ev.add_argument(
        "--fail-over",
        action="append",
        default=[],
        metavar="KEY=MAX,...",
        help="exit 1 when a figure is above its maximum, e.g. false_abstain=0.05,p95=2000",
    )
    ev.set_defaults(run=_eval)
    _add_speed_commands(sub)


def _add_speed_commands(sub: Any) -> None:
    load = sub.add_parser("load", help="load-test `csp serve` over loopback with concurrent chat sessions")
    load.add_argument("--sessions", type=int, default=8, help="concurrent chat sessions (default 8)")
    load.add_argument("--seconds", type=float, default=300, help="how long to run (default 300)")
    load.add_argument("--think", type=float, default=0.5, help="pause between a session's questions, s")
    load.add_argument("--warmup", type=float, default=30, help="unmeasured seconds at full load first")
    load.set_defaults(run=_load)

    bench = sub.add_parser("bench", help="measure ingest and answer speed on the corpus")
    bench.add_argument(
        "--out", type=Path, default=Path("bench-out"), help="where to write bench.json and .md"
    )
    bench.add_argument("--pages", type=int, default=2000, help="pages in the generated scale corpus")
    bench.add_argument("--no-server", action="store_true", help="skip the runs against a Chroma server")
    bench.add_argument(
        "--tutorial-python",
        type=Path,
        help="the python of a venv with the LangChain tutorial's packages (`make bench` makes one)",
    )
    bench.set_defaults(run=_bench)


def parse_gates(specs: Sequence[str], direction: str) -> list[Gate]:
    """`acc=0.85,hit1=0.9` as gates; a key may be a figure's short name or its full key."""
    from evals.scoring import BY_KEY, BY_SHORT

    gates = []
    for spec in (part.strip() for text in specs for part in text.split(",") if part.strip()):
        key, sep, raw = spec.partition("=")
        figure = BY_SHORT.get(key.strip()) or BY_KEY.get(key.strip())
        if not sep or figure is None:
            names = ", ".join(BY_SHORT)
            raise CspError(f"--fail-{direction} takes KEY=NUMBER with a key among {names}; not {spec!r}.")
        try:
            threshold = float(raw)
        except ValueError:
            raise CspError(f"--fail-{direction}: {raw!r} is not a number (in {spec!r}).") from None
        if figure.aggregate == "mean" and not 0 <= threshold <= 1:
            raise CspError(f"--fail-{direction}: {figure.short} is a share from 0 to 1, not {raw}.")
        gates.append(Gate(figure.key, threshold, direction, spec))
    return gates


def check_gates(gates: Sequence[Gate], figures: dict[str, Any]) -> list[str]:
    """One sentence per gate that fails; a figure that was not measured fails its gate too."""
    failed = []
    for gate in gates:
        value = figures[gate.key]["value"]
        if value is None:
            failed.append(f"{gate.key} was not measured on these questions, so {gate.spec} cannot hold.")
        elif (value < gate.threshold) if gate.direction == "under" else (value > gate.threshold):
            word = "below" if gate.direction == "under" else "above"
            failed.append(f"{gate.key} is {value:.4g}, {word} {gate.threshold:g} ({gate.spec}).")
    return failed


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.service import Assistant
    from evals.compare import compare, comparison_json
    from evals.questions import DEFAULT_QUESTIONS, load_sets
    from evals.report import render_text, write_report
    from evals.run import latest_dir, load_run, overall, run_eval, save_run

    # Every mistake in the flags is reported before the model loads.
    gates = parse_gates(args.fail_under, "under") + parse_gates(args.fail_over, "over")
    earlier = load_run(args.compare) if args.compare else None
    assistant = Assistant.open(settings)
    if not assistant.records:  # or every source of every question would be reported missing
        raise EmptyIndexError("Nothing is indexed yet: run `csp ingest` first.")
    page_counts = {name: record.pages for name, record in assistant.records.items()}
    sets = load_sets(args.questions or [DEFAULT_QUESTIONS], page_counts)
    result = run_eval(assistant, sets, _progress_bar(sum(len(s) for s in sets.values())))
    run = result.summary
    comparison = comparison_json(compare(earlier, run)) if earlier is not None else None
    if args.save:
        print(f"Run saved to {save_run(run, args.save)}", file=sys.stderr)
    if args.report:
        print(f"Report written to {write_report(run, args.report, comparison)}", file=sys.stderr)
    write_report(run, latest_dir(settings), comparison)  # what the UI's Evaluation tab shows
    failed = check_gates(gates, overall(run)["figures"])
    if args.json:
        shown = {k: v for k, v in run.items() if k != "questions"}
        shown |= {"comparison": comparison, "gates_failed": failed}
        print(json.dumps(shown, indent=1, ensure_ascii=False))
    else:
        print(render_text(run, comparison))
    for sentence in failed:
        print(f"csp: {sentence}", file=sys.stderr)
    return EXIT_GATE_FAILED if failed else 0


def _progress_bar(total: int) -> Any:
    """A progress bar on the terminal (none when stderr is not one), as a `run_eval` progress callback."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="question", desc="Evaluating", file=sys.stderr, mininterval=0.5)

    def progress(done: int, total: int) -> None:
        bar.update(done - bar.n)
        if done == total:
            bar.close()

    return progress


def _load(args: argparse.Namespace, settings: Settings) -> int:
    from evals.load import load_test

    if args.sessions < 1 or args.seconds <= 0:
        raise CspError("--sessions and --seconds must be positive.")
    result = load_test(args.sessions, args.seconds, args.think, args.warmup)
    print(result.render())
    return 0 if result.failures == 0 else 1


def _bench(args: argparse.Namespace, settings: Settings) -> int:
    from evals.bench import bench_all, render_table, write_results

    if args.pages < 100:
        raise CspError("--pages must be at least 100.")
    if importlib.util.find_spec("reportlab") is None:  # the scale corpus is drawn with it
        raise CspError("csp bench draws its corpus with reportlab: pip install -e '.[dev]' first.")
    if args.tutorial_python is not None and not args.tutorial_python.exists():
        raise CspError(f"--tutorial-python: no such file {args.tutorial_python}.")
    results = bench_all(
        settings, args.out, args.pages, server=not args.no_server, tutorial_python=args.tutorial_python
    )
    path = write_results(results, args.out)
    print(render_table(results))
    print(f"\nWritten to {path}", file=sys.stderr)
    return 0
