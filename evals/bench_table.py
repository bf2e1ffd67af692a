"""The benchmark's figures as tables: one column per run, each figure's target beside it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# figure: (target, "min" or "max"); issue 18's targets, checked on the scale corpora
TARGETS = {
    "ingest_speedup_vs_tutorial": (1.5, "min"),
    "reingest_unchanged_s": (1.0, "max"),
    "warm_ask_p95_ms": (100.0, "max"),
    "cold_ask_s": (3.0, "max"),
    "serve_memory_growth": (0.05, "max"),
}


@dataclass(frozen=True)
class BenchResult:
    """Figures of one benchmark run over one corpus and one store."""

    name: str
    figures: dict[str, float]
    checked: bool = True  # whether the targets apply (they are set for the 2,000-page corpus)


def render_table(results: list[BenchResult]) -> str:
    """The results as Markdown tables (one per kind of run), one column per run, targets beside them."""
    groups: dict[tuple[str, ...], list[BenchResult]] = {}
    for result in results:
        groups.setdefault(tuple(result.figures), []).append(result)
    tables = "\n\n".join(_table(group) for group in groups.values())
    return tables + "\n\n✗: target missed. Targets are checked on the scale corpus only."


def _table(results: list[BenchResult]) -> str:
    names = list(results[0].figures)
    lines = [
        "| figure | target | " + " | ".join(r.name for r in results) + " |",
        "|---|---|" + "---|" * len(results),
    ]
    for name in names:
        target = TARGETS.get(name)
        shown = "" if target is None else ("≥ " if target[1] == "min" else "< ") + _fmt(target[0])
        cells = [_fmt(r.figures[name]) + (_mark(name, r.figures[name]) if r.checked else "") for r in results]
        lines.append(f"| {name} | {shown} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_results(results: list[BenchResult], directory: Path) -> Path:
    """Write `bench.json` and `bench.md`; returns the Markdown path."""
    directory.mkdir(parents=True, exist_ok=True)
    payload: list[dict[str, Any]] = [{"run": r.name, **r.figures} for r in results]
    (directory / "bench.json").write_text(json.dumps(payload, indent=2) + "\n")
    path = directory / "bench.md"
    path.write_text("# Benchmark\n\n" + render_table(results) + "\n")
    return path


def _mark(name: str, value: float) -> str:
    target = TARGETS.get(name)
    if target is None:
        return ""
    ok = value >= target[0] if target[1] == "min" else value < target[0]
    return "" if ok else " ✗"


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
