"""The report's charts, drawn with matplotlib from a run's JSON (and a comparison's), saved as PNG files."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from evals.run import overall
from evals.scoring import FIGURES

SHARES = [f for f in FIGURES if f.aggregate == "mean"]  # figures between 0 and 1
CHART_FILES = ("chart-figures.png", "chart-by-kind.png", "chart-by-doc-type.png", "chart-latency.png")
COMPARISON_FILE = "chart-comparison.png"
BY_GROUP = ("page_hit@5", "answer_accuracy", "citation_accuracy", "declined_unanswerable")
DPI = 100


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")  # files only: no display, no GUI toolkit
    import matplotlib.pyplot as plt

    return plt


def write_charts(
    run: Mapping[str, Any], directory: Path, comparison: Mapping[str, Any] | None = None
) -> list[Path]:
    """Draw every chart of a run into `directory`; returns the PNG files in reading order."""
    directory.mkdir(parents=True, exist_ok=True)
    figures, kinds, doc_types, latency = (directory / name for name in CHART_FILES)
    paths = [
        _headline(run, figures),
        _groups(overall(run)["by_kind"], "Figures by question kind", kinds),
        _groups(overall(run)["by_doc_type"], "Figures by document type", doc_types),
        _latency(run, latency),
    ]
    if comparison is not None:
        paths.append(_changes(comparison, directory / COMPARISON_FILE))
    else:
        (directory / COMPARISON_FILE).unlink(missing_ok=True)  # an old one would belong to another run
    return paths


def _bars(ax: Any, labels: Sequence[str], series: Mapping[str, Sequence[dict[str, Any] | None]]) -> None:
    """Horizontal grouped bars with interval whiskers; a missing or null figure is left empty."""
    height = 0.8 / max(len(series), 1)
    for i, (name, figures) in enumerate(series.items()):
        ys = [row - 0.4 + height * (i + 0.5) for row in range(len(labels))]
        values = [f["value"] if f and f["value"] is not None else 0.0 for f in figures]
        low = [
            v - f["low"] if f and f["low"] is not None else 0.0 for v, f in zip(values, figures, strict=True)
        ]
        high = [
            f["high"] - v if f and f["high"] is not None else 0.0
            for v, f in zip(values, figures, strict=True)
        ]
        ax.barh(ys, values, height=height, xerr=[low, high], capsize=2, label=name)
    ax.set_yticks(range(len(labels)), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.05)
    ax.grid(axis="x", alpha=0.3)


def _headline(run: Mapping[str, Any], path: Path) -> Path:
    plt = _pyplot()
    shown = [f for f in SHARES if any(s["figures"][f.key]["value"] is not None for s in run["sets"].values())]
    series = {name: [s["figures"][f.key] for f in shown] for name, s in run["sets"].items()}
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(shown) * max(1.0, len(series) / 2) + 1.5), dpi=DPI)
    _bars(ax, [f.label for f in shown], series)
    ax.set_title("Headline figures with 95% bootstrap intervals")
    if len(series) > 1:  # below the axes, where it hides no bar
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.05), ncol=min(len(series), 4), fontsize="small")
    return _save(fig, path)


def _groups(groups: Mapping[str, Mapping[str, Any]], title: str, path: Path) -> Path:
    """Vertical grouped bars: a group of questions each, a bar per figure, whiskers the interval."""
    plt = _pyplot()
    names = list(groups)
    fig, ax = plt.subplots(figsize=(max(6.0, 0.9 * len(names) + 2), 4.2), dpi=DPI)
    width = 0.8 / len(BY_GROUP)
    for i, key in enumerate(BY_GROUP):
        xs = [x - 0.4 + width * (i + 0.5) for x in range(len(names))]
        cells = [groups[name][key] for name in names]
        values = [c["value"] if c["value"] is not None else 0.0 for c in cells]
        low = [v - c["low"] if c["low"] is not None else 0.0 for v, c in zip(values, cells, strict=True)]
        high = [c["high"] - v if c["high"] is not None else 0.0 for v, c in zip(values, cells, strict=True)]
        label = next(f.label for f in FIGURES if f.key == key)
        ax.bar(xs, values, width=width, yerr=[low, high], capsize=2, label=label)
    counts = [max(f["n"] for f in groups[name].values()) for name in names]
    ax.set_xticks(range(len(names)), [f"{n}\n(n={c})" for n, c in zip(names, counts, strict=True)])
    ax.tick_params(axis="x", labelsize="small")
    ax.set_ylim(0, 1.05)
    ax.grid(axis="y", alpha=0.3)
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=2, fontsize="small")
    return _save(fig, path)


def _latency(run: Mapping[str, Any], path: Path) -> Path:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(8, 3.5), dpi=DPI)
    by_set: dict[str, list[float]] = {}
    for q in run["questions"]:
        by_set.setdefault(q["set"], []).append(q["seconds"] * 1000)
    ax.hist(list(by_set.values()), bins=30, label=list(by_set), stacked=True)
    ax.set_xlabel("milliseconds per question")
    ax.set_ylabel("questions")
    ax.set_title("Latency distribution")
    if len(by_set) > 1:
        ax.legend(fontsize="small")
    return _save(fig, path)


def _changes(comparison: Mapping[str, Any], path: Path) -> Path:
    plt = _pyplot()
    rows = [
        (f, comparison["figures"][f.key])
        for f in SHARES
        if comparison["figures"][f.key]["change"] is not None
    ]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(rows) + 1.2), dpi=DPI)
    colours = {"better": "tab:green", "worse": "tab:red"}
    for y, (_, change) in enumerate(rows):
        delta = change["change"]
        low = delta - change["low"] if change["low"] is not None else 0.0
        high = change["high"] - delta if change["high"] is not None else 0.0
        colour = colours.get(change["verdict"], "tab:gray")
        ax.barh(y, delta, xerr=[[low], [high]], color=colour, capsize=2)
    ax.set_yticks(range(len(rows)), [f.label for f, _ in rows])
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_title("Change since the earlier run (95% paired bootstrap interval)")
    return _save(fig, path)


def _save(fig: Any, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path)
    fig.clf()
    import matplotlib.pyplot as plt

    plt.close(fig)
    return path
